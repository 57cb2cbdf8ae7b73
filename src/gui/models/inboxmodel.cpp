#include "inboxmodel.h"

#include "util/timeformat.h"
#include "widgets/channelicons.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace Torget {

namespace {

// Citizen text in one cell: the first line, no control characters, bounded.
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

InboxModel::InboxModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const InboxRow *InboxModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    const int page = index / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        auto rows = InboxRepository(m_db).page(m_filter, m_sort, page * pageSize, pageSize);
        if (!rows) {
            Q_EMIT const_cast<InboxModel *>(this)->failed(rows.error());
            return nullptr;
        }
        if (m_pages.size() >= maxPages) {
            m_pages.erase(m_order.front());
            m_order.pop_front();
        }
        it = m_pages.emplace(page, std::move(*rows)).first;
    } else {
        m_order.remove(page);
    }
    m_order.push_back(page);
    const auto offset = static_cast<std::size_t>(index % pageSize);
    return offset < it->second.size() ? &it->second[offset] : nullptr;
}

qint64 InboxModel::idAt(int index) const
{
    const InboxRow *r = row(index);
    return r ? r->summary.id : 0;
}

int InboxModel::rowOf(qint64 id) const
{
    for (const auto &[page, rows] : m_pages) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].summary.id == id)
                return page * pageSize + static_cast<int>(i);
        }
    }
    return -1;
}

QString InboxModel::age(qint64 fromMs, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - fromMs) / 60000);
    if (minutes < 60)
        return tr("%n min", nullptr, static_cast<int>(minutes));
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
}

InboxModel::Urgency InboxModel::urgency(const InboxRow &r) const
{
    // The response-time engine's deadline, against the bounds the views use (SlaService).
    if (!r.dueAt || r.summary.status == ConversationStatus::Resolved)
        return Urgency::None;
    if (*r.dueAt <= m_filter.breachedUpTo)
        return Urgency::Breached;
    if (*r.dueAt <= m_filter.soonUpTo)
        return Urgency::Soon;
    return Urgency::Ok;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxRow *r = row(index.row());
    if (!r)
        return {};
    const ConversationSummary &s = r->summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChannelColumn:
            return displayName(s.channel);
        case CitizenColumn:
            return oneLine(s.citizenName);
        case TextColumn:
            return oneLine(s.subject.isEmpty() ? s.preview : s.subject);
        case WaitingColumn:
            return r->awaitingSince ? age(*r->awaitingSince, m_filter.now) : QString();
        case DeadlineColumn:
            if (!r->dueAt || s.status == ConversationStatus::Resolved)
                return QString();
            return *r->dueAt <= m_filter.now ? tr("%1 over").arg(age(*r->dueAt, m_filter.now))
                                             : tr("in %1").arg(age(m_filter.now, *r->dueAt));
        case StatusColumn:
            if (r->snoozedUntil && *r->snoozedUntil > m_filter.now)
                return tr("Snoozed until %1").arg(TimeFormat::dateTime(*r->snoozedUntil));
            return displayName(s.status);
        case AssigneeColumn:
            return s.assigneeName;
        case TagsColumn:
            return r->tags.join(QStringLiteral(", "));
        case LastActivityColumn:
            return TimeFormat::dateTime(s.lastMessageAt);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ChannelColumn)
            return ChannelIcons::icon(s.channel);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ChannelColumn)
            return tr("%1 · %2").arg(s.accountName, displayName(s.kind));
        if (index.column() == DeadlineColumn && r->dueAt)
            return tr("Deadline %1, counted in opening hours").arg(TimeFormat::dateTime(*r->dueAt));
        if (index.column() == WaitingColumn && r->awaitingSince)
            return tr("The citizen has waited since %1").arg(TimeFormat::dateTime(*r->awaitingSince));
        // Tooltips render rich text: citizen text is escaped so that it stays text.
        if (index.column() == TextColumn)
            return QStringLiteral("<p>%1</p>").arg(oneLine(s.preview).toHtmlEscaped());
        break;
    case Qt::ForegroundRole:
        // The palette's own colours, so that dark and high-contrast themes keep their contrast.
        if (index.column() == WaitingColumn || index.column() == DeadlineColumn) {
            const Urgency u = urgency(*r);
            if (u == Urgency::Breached)
                return QGuiApplication::palette().brush(QPalette::Highlight);
            if (u == Urgency::Soon)
                return QGuiApplication::palette().brush(QPalette::Link);
        }
        break;
    case Qt::FontRole:
        if (s.status == ConversationStatus::New) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case IdRole:
        return s.id;
    case UrgencyRole:
        return static_cast<int>(urgency(*r));
    case Qt::AccessibleTextRole:
        if (index.column() == WaitingColumn) {
            const Urgency u = urgency(*r);
            const QString waited = r->awaitingSince ? age(*r->awaitingSince, m_filter.now) : QString();
            if (u == Urgency::Breached)
                return tr("Breached, waited %1").arg(waited);
            if (u == Urgency::Soon)
                return tr("About to breach, waited %1").arg(waited);
            return waited;
        }
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case CitizenColumn:
        return tr("Citizen");
    case TextColumn:
        return tr("Enquiry");
    case WaitingColumn:
        return tr("Waiting");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case AssigneeColumn:
        return tr("Assigned to");
    case TagsColumn:
        return tr("Tags");
    case LastActivityColumn:
        return tr("Last message");
    }
    return {};
}

void InboxModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    // The orders storage can give quickly: by urgency, by latest activity, by age of the conversation.
    if (column == LastActivityColumn)
        setSort(InboxSort::LastMessage);
    else if (column == WaitingColumn || column == StatusColumn)
        setSort(InboxSort::Urgency);
    else if (column == CitizenColumn || column == TextColumn)
        setSort(InboxSort::Oldest);
}

void InboxModel::setFilter(const InboxFilter &filter)
{
    m_filter = filter;
    reload();
}

void InboxModel::setFilter(const InboxFilter &filter, InboxSort sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

void InboxModel::setSort(InboxSort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void InboxModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_order.clear();
    auto count = InboxRepository(m_db).count(m_filter);
    m_count = count ? static_cast<int>(*count) : 0;
    endResetModel();
    if (!count)
        Q_EMIT failed(count.error());
}

} // namespace Torget
