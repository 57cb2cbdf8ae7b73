#pragma once

#include "domain/types.h"
#include "storage/conversationrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace Torget {

class Database;

// Conversations newest first, fetched from storage a page at a time as the view scrolls.
class ConversationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Channel,
        Citizen,
        Subject,
        Status,
        Assignee,
        LastMessage,
        Messages,
        ColumnCount
    };

    explicit ConversationListModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Reads the first page again (after a change in storage or the language).
    void reload();
    QString lastError() const { return m_lastError; }

    static constexpr int pageSize = 200;

Q_SIGNALS:
    void failed(const QString &message);

private:
    Result<std::vector<ConversationSummary>> page(int offset);

    Database &m_db;
    std::vector<ConversationSummary> m_rows;
    bool m_atEnd = false;
    bool m_announcing = false;
    QString m_lastError;
};

} // namespace Torget
