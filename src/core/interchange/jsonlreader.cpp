#include "jsonl.h"

#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>

#include <vector>

namespace Torget::Jsonl {

namespace {

// Thrown-free field access: the first problem is kept and reported with the line number.
class Fields
{
public:
    explicit Fields(const QJsonObject &o)
        : m_o(o)
    {}

    QString text(const char *name, bool required = true)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isString())
            return v.toString();
        if (!required && (v.isUndefined() || v.isNull()))
            return {};
        fail(name, QCoreApplication::translate("Torget::Jsonl", "text"));
        return {};
    }
    qint64 integer(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger()))
            return v.toInteger();
        fail(name, QCoreApplication::translate("Torget::Jsonl", "a whole number"));
        return 0;
    }
    std::optional<qint64> optionalInteger(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return integer(name);
    }
    bool boolean(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined())
            return false;
        if (v.isBool())
            return v.toBool();
        fail(name, QCoreApplication::translate("Torget::Jsonl", "true or false"));
        return false;
    }
    qint64 time(const char *name)
    {
        const QString s = text(name);
        const QDateTime dt = TimeFormat::parseIso(s);
        if (!dt.isValid() && m_error.isEmpty())
            fail(name, QCoreApplication::translate("Torget::Jsonl", "a time in ISO 8601"));
        return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
    }
    std::optional<qint64> optionalTime(const char *name)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        return time(name);
    }
    void fail(const char *name, const QString &expected)
    {
        if (m_error.isEmpty())
            m_error = QCoreApplication::translate("Torget::Jsonl", "field \"%1\" must be %2")
                          .arg(QLatin1String(name), expected);
    }
    void failWith(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }
    const QString &error() const { return m_error; }

private:
    const QJsonObject &m_o;
    QString m_error;
};

class Importer
{
public:
    explicit Importer(Database &db)
        : m_accounts(db)
        , m_citizens(db)
        , m_posts(db)
        , m_conversations(db)
        , m_messages(db)
        , m_history(db)
    {}

    Status line(const QJsonObject &o, qint64 number);
    Status finish();
    Counts counts;

private:
    std::optional<qint64> ref(Fields &f, const QHash<qint64, qint64> &map, const char *name, bool required);
    Status record(Fields &f, const QJsonObject &o, const QString &type);

    AccountRepository m_accounts;
    CitizenRepository m_citizens;
    PostRepository m_posts;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
    HistoryRepository m_history;
    bool m_header = false;
    QHash<qint64, qint64> m_accountIds, m_agentIds, m_citizenIds, m_postIds, m_conversationIds, m_messageIds;
    QHash<qint64, qint64> m_conversationAccount;      // file conversation id → database account id
    QSet<qint64> m_existingConversations;             // matched, not created: their history is already there
    std::vector<std::pair<qint64, qint64>> m_merges;  // database citizen id → file citizen id
    std::vector<std::pair<qint64, qint64>> m_replies; // database message id → file message id
};

std::optional<qint64> Importer::ref(Fields &f, const QHash<qint64, qint64> &map, const char *name,
                                    bool required)
{
    const std::optional<qint64> fileId =
        required ? std::optional<qint64>(f.integer(name)) : f.optionalInteger(name);
    if (!fileId || !f.error().isEmpty())
        return std::nullopt;
    const auto it = map.constFind(*fileId);
    if (it == map.constEnd()) {
        f.failWith(QCoreApplication::translate("Torget::Jsonl",
                                               "field \"%1\" refers to id %2, which no earlier line defines")
                       .arg(QLatin1String(name))
                       .arg(*fileId));
        return std::nullopt;
    }
    return *it;
}

Status Importer::line(const QJsonObject &o, qint64 number)
{
    Fields f(o);
    const QString type = f.text("type");
    Status status;
    if (f.error().isEmpty()) {
        if (!m_header && type != QLatin1String("torget"))
            f.failWith(QCoreApplication::translate(
                "Torget::Jsonl", "the first line must be the header {\"type\":\"torget\",\"version\":1}"));
        else
            status = record(f, o, type);
    }
    if (!status)
        return Error{
            QCoreApplication::translate("Torget::Jsonl", "Line %1: %2").arg(number).arg(status.error())};
    if (!f.error().isEmpty())
        return Error{QCoreApplication::translate("Torget::Jsonl", "Line %1: %2").arg(number).arg(f.error())};
    ++counts.lines;
    return {};
}

Status Importer::record(Fields &f, const QJsonObject &o, const QString &type)
{
    if (type == QLatin1String("torget")) {
        const qint64 version = f.integer("version");
        if (f.error().isEmpty() && version > formatVersion)
            f.failWith(QCoreApplication::translate("Torget::Jsonl",
                                                   "format version %1 is newer than this program reads (%2)")
                           .arg(version)
                           .arg(formatVersion));
        if (m_header)
            f.failWith(QCoreApplication::translate("Torget::Jsonl", "a second header"));
        m_header = true;
        return {};
    }
    const qint64 fileId = f.integer("id");
    if (type == QLatin1String("account")) {
        Account a;
        const auto channel = channelFromKey(f.text("channel"));
        if (!channel)
            f.fail("channel",
                   QCoreApplication::translate(
                       "Torget::Jsonl", "one of facebook, instagram, mastodon, x, bluesky, email, import"));
        a.channel = channel.value_or(Channel::Import);
        a.name = f.text("name");
        a.baseUrl = f.text("base_url", false);
        a.externalId = f.text("external_id", false);
        a.state = f.text("state", false);
        if (a.state.isEmpty())
            a.state = QStringLiteral("active");
        a.createdAt = f.time("created_at");
        if (!f.error().isEmpty())
            return {};
        auto id = m_accounts.upsert(a);
        if (!id)
            return Error{id.error()};
        m_accountIds.insert(fileId, *id);
        ++counts.accounts;
    } else if (type == QLatin1String("agent")) {
        Agent a{0, f.text("name"), f.text("email", false), true};
        a.active = f.boolean("active");
        if (!f.error().isEmpty())
            return {};
        auto id = m_accounts.upsertAgent(a);
        if (!id)
            return Error{id.error()};
        m_agentIds.insert(fileId, *id);
        ++counts.agents;
    } else if (type == QLatin1String("citizen")) {
        Citizen c;
        c.accountId = ref(f, m_accountIds, "account", true).value_or(0);
        c.externalId = f.text("external_id");
        c.displayName = f.text("display_name");
        c.handle = f.text("handle", false);
        const auto mergedInto = f.optionalInteger("merged_into");
        c.createdAt = f.time("created_at");
        if (!f.error().isEmpty())
            return {};
        auto id = m_citizens.upsert(c);
        if (!id)
            return Error{id.error()};
        m_citizenIds.insert(fileId, *id);
        if (mergedInto)
            m_merges.emplace_back(*id, *mergedInto);
        ++counts.citizens;
    } else if (type == QLatin1String("post")) {
        Post p;
        p.accountId = ref(f, m_accountIds, "account", true).value_or(0);
        p.externalId = f.text("external_id");
        p.text = f.text("text");
        p.url = f.text("url", false);
        p.createdAt = f.time("created_at");
        p.likes = static_cast<int>(f.integer("likes"));
        p.shares = static_cast<int>(f.integer("shares"));
        p.comments = static_cast<int>(f.integer("comments"));
        if (!f.error().isEmpty())
            return {};
        auto id = m_posts.upsert(p);
        if (!id)
            return Error{id.error()};
        m_postIds.insert(fileId, *id);
        ++counts.posts;
    } else if (type == QLatin1String("conversation")) {
        Conversation c;
        c.accountId = ref(f, m_accountIds, "account", true).value_or(0);
        c.externalId = f.text("external_id", false);
        const auto kind = kindFromKey(f.text("kind"));
        if (!kind)
            f.fail("kind",
                   QCoreApplication::translate("Torget::Jsonl", "one of comment, dm, mention, email"));
        c.kind = kind.value_or(ConversationKind::Comment);
        c.citizenId = ref(f, m_citizenIds, "citizen", false).value_or(0);
        c.postId = ref(f, m_postIds, "post", false);
        c.subject = f.text("subject", false);
        const auto status = statusFromKey(f.text("status"));
        if (!status)
            f.fail("status",
                   QCoreApplication::translate("Torget::Jsonl", "one of new, open, waiting, resolved"));
        c.status = status.value_or(ConversationStatus::New);
        const qint64 priority = f.integer("priority");
        if (priority < 0 || priority > 3)
            f.fail("priority", QCoreApplication::translate("Torget::Jsonl", "0, 1, 2 or 3"));
        c.priority = static_cast<Priority>(priority);
        c.assigneeId = ref(f, m_agentIds, "assignee", false);
        c.snoozedUntil = f.optionalTime("snoozed_until");
        c.createdAt = f.time("created_at");
        const QJsonValue tagsValue = o.value(QLatin1String("tags"));
        QStringList tags;
        if (!tagsValue.isUndefined() && !tagsValue.isArray())
            f.fail("tags", QCoreApplication::translate("Torget::Jsonl", "a list of texts"));
        for (const QJsonValue &t : tagsValue.toArray()) {
            if (!t.isString())
                f.fail("tags", QCoreApplication::translate("Torget::Jsonl", "a list of texts"));
            tags << t.toString();
        }
        if (!f.error().isEmpty())
            return {};
        // A conversation that was there before keeps its state; its history is not imported twice.
        if (!c.externalId.isEmpty()) {
            auto existing = m_conversations.findByExternalId(c.accountId, c.externalId);
            if (!existing)
                return Error{existing.error()};
            if (existing->has_value())
                m_existingConversations.insert(fileId);
        }
        auto id = m_conversations.upsert(c);
        if (!id)
            return Error{id.error()};
        for (const QString &tag : tags) {
            if (auto added = m_conversations.addTag(*id, tag); !added)
                return added;
        }
        m_conversationIds.insert(fileId, *id);
        m_conversationAccount.insert(fileId, c.accountId);
        ++counts.conversations;
        return {};
    } else if (type == QLatin1String("message")) {
        Message m;
        const qint64 fileConversation = f.integer("conversation");
        m.conversationId = ref(f, m_conversationIds, "conversation", true).value_or(0);
        m.accountId = m_conversationAccount.value(fileConversation);
        m.externalId = f.text("external_id", false);
        const auto direction = directionFromKey(f.text("direction"));
        if (!direction)
            f.fail("direction", QCoreApplication::translate("Torget::Jsonl", "in or out"));
        m.direction = direction.value_or(Direction::Inbound);
        m.citizenId = ref(f, m_citizenIds, "citizen", false);
        m.agentId = ref(f, m_agentIds, "agent", false);
        m.authorName = f.text("author");
        m.bodyText = f.text("text");
        m.bodyOriginal = f.text("original", false);
        m.bodyFormat = f.text("format", false);
        if (m.bodyFormat.isEmpty())
            m.bodyFormat = QStringLiteral("text");
        else if (m.bodyFormat != QLatin1String("text") && m.bodyFormat != QLatin1String("html"))
            f.fail("format", QCoreApplication::translate("Torget::Jsonl", "text or html"));
        m.createdAt = f.time("created_at");
        m.editedAt = f.optionalTime("edited_at");
        const auto replyTo = f.optionalInteger("reply_to");
        m.automatic = f.boolean("automatic");
        if (!f.error().isEmpty())
            return {};
        if (m_existingConversations.contains(fileConversation) && m.externalId.isEmpty())
            return {}; // a local message of a conversation imported before
        auto stored = m_messages.insert(m);
        if (!stored)
            return Error{stored.error()};
        m_messageIds.insert(fileId, stored->id);
        if (replyTo && stored->created)
            m_replies.emplace_back(stored->id, *replyTo);
        if (stored->created)
            ++counts.messages;
    } else if (type == QLatin1String("note")) {
        const qint64 fileConversation = f.integer("conversation");
        Note n{0, ref(f, m_conversationIds, "conversation", true).value_or(0),
               ref(f, m_agentIds, "agent", false), f.text("text"), f.time("created_at")};
        if (!f.error().isEmpty() || m_existingConversations.contains(fileConversation))
            return {};
        if (auto id = m_history.addNote(n); !id)
            return Error{id.error()};
        ++counts.notes;
    } else if (type == QLatin1String("event")) {
        const qint64 fileConversation = f.integer("conversation");
        ConversationEvent e;
        e.conversationId = ref(f, m_conversationIds, "conversation", true).value_or(0);
        const auto kind = eventKindFromKey(f.text("kind"));
        if (!kind)
            f.fail("kind",
                   QCoreApplication::translate("Torget::Jsonl",
                                               "one of status, assignment, priority, snooze, tag, redirect"));
        e.kind = kind.value_or(EventKind::StatusChange);
        e.oldValue = f.text("old", false);
        e.newValue = f.text("new", false);
        e.agentId = ref(f, m_agentIds, "agent", false);
        e.at = f.time("at");
        if (!f.error().isEmpty() || m_existingConversations.contains(fileConversation))
            return {};
        if (auto id = m_history.addEvent(e); !id)
            return Error{id.error()};
        ++counts.events;
    } else if (type == QLatin1String("audit")) {
        AuditEntry a;
        a.at = f.time("at");
        a.agentId = ref(f, m_agentIds, "agent", false);
        a.action = f.text("action");
        a.objectType = f.text("object_type", false);
        a.objectId = f.optionalInteger("object_id");
        a.detail = f.text("detail", false);
        if (!f.error().isEmpty())
            return {};
        auto added = m_history.auditIfMissing(a);
        if (!added)
            return Error{added.error()};
        if (*added)
            ++counts.audit;
    } else {
        f.failWith(QCoreApplication::translate("Torget::Jsonl", "unknown record type \"%1\"").arg(type));
    }
    return {};
}

Status Importer::finish()
{
    if (!m_header)
        return Error{
            QCoreApplication::translate("Torget::Jsonl", "The file is empty: it has no header line.")};
    for (const auto &[citizen, fileInto] : m_merges) {
        const auto into = m_citizenIds.constFind(fileInto);
        if (into == m_citizenIds.constEnd())
            return Error{
                QCoreApplication::translate("Torget::Jsonl",
                                            "A citizen is merged into id %1, which the file does not define.")
                    .arg(fileInto)};
        if (auto merged = m_citizens.merge(citizen, *into); !merged)
            return merged;
    }
    for (const auto &[message, fileReplyTo] : m_replies) {
        const auto replyTo = m_messageIds.constFind(fileReplyTo);
        if (replyTo == m_messageIds.constEnd())
            return Error{QCoreApplication::translate(
                             "Torget::Jsonl", "A message replies to id %1, which the file does not define.")
                             .arg(fileReplyTo)};
        if (auto set = m_messages.setReplyTo(message, *replyTo); !set)
            return set;
    }
    return {};
}

} // namespace

Result<Counts> read(Database &db, QIODevice &in)
{
    Importer importer(db);
    const Status status = db.write([&]() -> Status {
        qint64 number = 0;
        while (!in.atEnd()) {
            QByteArray bytes = in.readLine();
            ++number;
            if (bytes.endsWith('\n'))
                bytes.chop(1);
            if (bytes.endsWith('\r'))
                bytes.chop(1);
            if (bytes.trimmed().isEmpty())
                continue;
            QStringDecoder utf8(QStringDecoder::Utf8);
            (void)utf8.decode(bytes);
            if (utf8.hasError())
                return Error{
                    QCoreApplication::translate("Torget::Jsonl", "Line %1: the text is not valid UTF-8.")
                        .arg(number)};
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return Error{QCoreApplication::translate("Torget::Jsonl",
                                                         "Line %1: not valid JSON (%2 at character %3).")
                                 .arg(number)
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset + 1)};
            if (!doc.isObject())
                return Error{
                    QCoreApplication::translate("Torget::Jsonl", "Line %1: a record must be a JSON object.")
                        .arg(number)};
            if (auto done = importer.line(doc.object(), number); !done)
                return done;
        }
        return importer.finish();
    });
    if (!status)
        return Error{status.error()};
    return importer.counts;
}

Result<Counts> importFromFile(Database &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Torget::Jsonl", "Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    return read(db, file);
}

} // namespace Torget::Jsonl
