#pragma once

#include "storage/inboxrepository.h"

#include <QAbstractTableModel>

#include <list>
#include <unordered_map>
#include <vector>

namespace Torget {

class Database;

// The inbox list: every conversation of a view, read from storage a page at a time as rows come
// into sight. Only a bounded number of pages is kept, so memory stays flat at a million rows.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChannelColumn,
        CitizenColumn,
        TextColumn,
        WaitingColumn,
        DeadlineColumn,
        StatusColumn,
        AssigneeColumn,
        TagsColumn,
        LastActivityColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrgencyRole
    };
    enum class Urgency
    {
        None,
        Ok,
        Soon,
        Breached
    };

    explicit InboxModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const InboxFilter &filter);
    // Both at once, read once (setSort() then setFilter() would read the view twice).
    void setFilter(const InboxFilter &filter, InboxSort sort);
    const InboxFilter &filter() const { return m_filter; }
    void setSort(InboxSort sort);
    InboxSort sortMode() const { return m_sort; }
    // Reads the view again (after a change, or a tick of the clock), keeping nothing cached.
    void reload();
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 when the row is not among the pages in memory

    static constexpr int pageSize = 200;
    static constexpr std::size_t maxPages = 16;
    std::size_t pagesInMemory() const { return m_pages.size(); }

Q_SIGNALS:
    void failed(const QString &message);

private:
    const InboxRow *row(int index) const;
    static QString age(qint64 fromMs, qint64 nowMs);
    Urgency urgency(const InboxRow &row) const;

    Database &m_db;
    InboxFilter m_filter;
    InboxSort m_sort = InboxSort::Urgency;
    int m_count = 0;
    // Page cache, least recently used first in m_order.
    mutable std::unordered_map<int, std::vector<InboxRow>> m_pages;
    mutable std::list<int> m_order;
};

} // namespace Torget
