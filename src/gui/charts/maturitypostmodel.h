#pragma once

#include "analytics/postclassifier.h"
#include "storage/maturityrepository.h"

#include <QAbstractTableModel>

#include <vector>

namespace Torget {

// The own posts of a period with their maturity code: date, channel, code, who set it (the
// classifier or an editor) and the text. The tooltip of a row says why the classifier coded it so.
class MaturityPostModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ChannelColumn,
        CodeColumn,
        SourceColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        CodeKeyRole, // "information" | "mobilization" | "dialog"
    };

    explicit MaturityPostModel(QObject *parent = nullptr);

    void setPosts(std::vector<CodedPost> posts);
    const CodedPost *post(int row) const;
    int rowOf(qint64 postId) const;
    // The classifier's verdict for a row's text (computed once, when first asked for).
    const Classification &classification(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    PostClassifier m_classifier;
    std::vector<CodedPost> m_posts;
    mutable std::vector<std::optional<Classification>> m_classifications;
};

} // namespace Torget
