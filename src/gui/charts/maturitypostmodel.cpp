#include "maturitypostmodel.h"

#include "util/timeformat.h"
#include "widgets/channelicons.h"

namespace Torget {

MaturityPostModel::MaturityPostModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MaturityPostModel::setPosts(std::vector<CodedPost> posts)
{
    beginResetModel();
    m_posts = std::move(posts);
    m_classifications.assign(m_posts.size(), std::nullopt);
    endResetModel();
}

const CodedPost *MaturityPostModel::post(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_posts.size()))
        return nullptr;
    return &m_posts[static_cast<std::size_t>(row)];
}

int MaturityPostModel::rowOf(qint64 postId) const
{
    for (std::size_t i = 0; i < m_posts.size(); ++i) {
        if (m_posts[i].id == postId)
            return static_cast<int>(i);
    }
    return -1;
}

const Classification &MaturityPostModel::classification(int row) const
{
    auto &slot = m_classifications[static_cast<std::size_t>(row)];
    if (!slot)
        slot = m_classifier.classify(m_posts[static_cast<std::size_t>(row)].text);
    return *slot;
}

int MaturityPostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_posts.size());
}

int MaturityPostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaturityPostModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodedPost &p = m_posts[static_cast<std::size_t>(index.row())];
    const auto code = postClassFromKey(p.code);
    switch (role) {
    case PostIdRole:
        return p.id;
    case CodeKeyRole:
        return p.code;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return TimeFormat::date(QDateTime::fromMSecsSinceEpoch(p.createdAt, TimeFormat::osloZone()));
        case ChannelColumn:
            return displayName(p.channel);
        case CodeColumn:
            return code ? displayName(*code) : tr("Not coded");
        case SourceColumn:
            return p.overridden ? tr("Editor") : tr("Rules");
        case TextColumn:
            return p.text.simplified();
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return ChannelIcons::icon(p.channel);
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == TextColumn)
            return p.text;
        const Classification &c = classification(index.row());
        if (c.reasons.empty())
            return tr("No call to action and no invitation to dialog: information.");
        QStringList lines;
        for (const ClassificationReason &r : c.reasons)
            lines << tr("«%1» — %2").arg(r.matched, PostClassifier::describe(r.rule));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        if (index.column() == CodeColumn)
            return tr("Code: %1, set by %2")
                .arg(code ? displayName(*code) : tr("Not coded"),
                     p.overridden ? tr("an editor") : tr("the rules"));
        return {};
    default:
        return {};
    }
}

QVariant MaturityPostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ChannelColumn:
        return tr("Channel");
    case CodeColumn:
        return tr("Code");
    case SourceColumn:
        return tr("Set by");
    case TextColumn:
        return tr("Post");
    default:
        return {};
    }
}

} // namespace Torget
