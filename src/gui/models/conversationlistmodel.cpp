#include "conversationlistmodel.h"

#include "util/timeformat.h"

namespace Torget {

namespace {

// Citizen text in one cell: first line only, control characters out, bounded length.
QString oneLine(const QString &text)
{
    QString s = text.left(200);
    for (QChar &c : s) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return s.simplified();
}

} // namespace

ConversationListModel::ConversationListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConversationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationSummary &row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Channel:
            return displayName(row.channel);
        case Citizen:
            return oneLine(row.citizenName);
        case Subject:
            return oneLine(row.subject.isEmpty() ? row.preview : row.subject);
        case Status:
            return displayName(row.status);
        case Assignee:
            return row.assigneeName;
        case LastMessage:
            return TimeFormat::dateTime(row.lastMessageAt);
        case Messages:
            return row.messageCount;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Channel) {
        return tr("%1 · %2").arg(row.accountName, displayName(row.kind));
    } else if (role == Qt::UserRole) {
        return row.id;
    } else if (role == Qt::TextAlignmentRole && index.column() == Messages) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Citizen:
        return tr("Citizen");
    case Subject:
        return tr("Enquiry");
    case Status:
        return tr("Status");
    case Assignee:
        return tr("Assigned to");
    case LastMessage:
        return tr("Last message");
    case Messages:
        return tr("Messages");
    }
    return {};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcing;
}

Result<std::vector<ConversationSummary>> ConversationListModel::page(int offset)
{
    ConversationFilter filter;
    filter.limit = pageSize;
    filter.offset = offset;
    auto rows = ConversationRepository(m_db).list(filter);
    if (!rows) {
        m_atEnd = true;
        m_lastError = rows.error();
        Q_EMIT failed(m_lastError);
    } else if (rows->size() < static_cast<std::size_t>(pageSize)) {
        m_atEnd = true;
    }
    return rows;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    // Not while our own change is being announced: listeners (views, the model tester) may ask for
    // more from inside those signals, and a nested insert would interleave with the announcement.
    if (parent.isValid() || m_atEnd || m_announcing)
        return;
    auto rows = page(static_cast<int>(m_rows.size()));
    if (!rows || rows->empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(rows->begin()), std::make_move_iterator(rows->end()));
    m_announcing = true;
    endInsertRows();
    m_announcing = false;
}

void ConversationListModel::reload()
{
    // The first page is read inside the reset: views see one change, not a reset and an insert.
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_lastError.clear();
    if (auto rows = page(0))
        m_rows = std::move(*rows);
    m_announcing = true;
    endResetModel();
    m_announcing = false;
}

} // namespace Torget
