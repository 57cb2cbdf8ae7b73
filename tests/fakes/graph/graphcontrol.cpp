// GraphFake: the /_fake/ control API for tests and manual runs (documented in graphfake.h).
#include "graphfake.h"

#include <QDateTime>
#include <QJsonArray>

namespace Torget {

namespace {

GraphFake::Response problem(const QString &message, int status = 400)
{
    return GraphFake::json({{QStringLiteral("error"), message}}, status);
}

// "at" in ISO 8601, or now when absent; nullopt when present but unreadable.
std::optional<qint64> timeOf(const QJsonObject &body)
{
    const QJsonValue at = body.value(QLatin1String("at"));
    if (at.isUndefined() || at.isNull())
        return GraphFake::now();
    const QDateTime time = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

} // namespace

GraphFake::Response GraphFake::control(const Request &r)
{
    const QString what = r.path.mid(int(qstrlen("/_fake/")));
    const QJsonObject &body = r.json;
    auto text = [&body](const char *key) { return body.value(QLatin1String(key)).toString(); };

    if (what == QLatin1String("dm") && r.method == "POST") {
        const auto at = timeOf(body);
        if (text("psid").isEmpty() || text("text").isEmpty() || !at)
            return problem(QStringLiteral("dm needs psid, text and an ISO 8601 at (or none)"));
        const auto ids = m_store.addInbound(text("psid"), text("name"), text("text"), *at);
        return json({{QStringLiteral("conversation_id"), ids.conversationId},
                     {QStringLiteral("message_id"), ids.messageId},
                     {QStringLiteral("psid"), text("psid")}});
    }
    if (what == QLatin1String("post") && r.method == "POST") {
        const auto at = timeOf(body);
        if (!at)
            return problem(QStringLiteral("post needs an ISO 8601 at (or none)"));
        const QString id = m_store.addPost(text("text"), *at, body.value(QLatin1String("reactions")).toInt(),
                                           body.value(QLatin1String("shares")).toInt());
        return json({{QStringLiteral("id"), id}});
    }
    if (what == QLatin1String("comment") && r.method == "POST") {
        const auto at = timeOf(body);
        if (text("from_id").isEmpty() || text("text").isEmpty() || !at)
            return problem(
                QStringLiteral("comment needs post_id, from_id, text and an ISO 8601 at (or none)"));
        const auto id = m_store.addComment(text("post_id"), text("parent_id"), text("from_id"),
                                           text("from_name"), text("text"), *at);
        if (!id)
            return problem(QStringLiteral("no such post, or the parent is not a comment on it"), 404);
        return json({{QStringLiteral("id"), *id}});
    }
    if (what == QLatin1String("edit") && r.method == "POST") {
        if (!m_store.edit(text("id"), text("text"), now()))
            return problem(QStringLiteral("no message, post or comment with that id"), 404);
        return json({{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("sent") && r.method == "GET")
        return json({{QStringLiteral("data"), m_store.sent()}});
    if (what == QLatin1String("requests") && r.method == "GET")
        return json({{QStringLiteral("count"), requestCount()},
                     {QStringLiteral("data"), QJsonArray::fromStringList(m_requests)}});
    if (what == QLatin1String("faults") && r.method == "DELETE") {
        clearFaults();
        return json({{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("faults") && r.method == "POST") {
        FaultRule rule;
        rule.path = text("path");
        rule.status = body.value(QLatin1String("status")).toInt();
        rule.graphCode = body.value(QLatin1String("graph_code")).toInt();
        rule.subcode = body.value(QLatin1String("subcode")).toInt();
        rule.count = body.value(QLatin1String("count")).toInt(1);
        rule.delayMs = body.value(QLatin1String("delay_ms")).toInt();
        rule.truncate = body.value(QLatin1String("truncate")).toBool();
        rule.regainMinutes = body.value(QLatin1String("regain_minutes")).toInt();
        if (rule.count < 1)
            return problem(QStringLiteral("count must be at least 1"));
        addFault(rule);
        return json({{QStringLiteral("ok"), true}, {QStringLiteral("pending"), int(m_faults.size())}});
    }
    if (what == QLatin1String("token") && r.method == "POST") {
        if (body.contains(QLatin1String("valid")))
            setTokenValid(body.value(QLatin1String("valid")).toBool());
        if (body.contains(QLatin1String("token")))
            setAcceptedToken(text("token"));
        return json({{QStringLiteral("ok"), true}});
    }
    if (what == QLatin1String("usage") && r.method == "POST") {
        setUsage(body.value(QLatin1String("app")).toInt(m_appUsage),
                 body.value(QLatin1String("buc")).toInt(m_bucUsage),
                 body.value(QLatin1String("regain_minutes")).toInt(m_regainMinutes));
        return json({{QStringLiteral("ok"), true}});
    }
    return problem(QStringLiteral("unknown control request %1 %2").arg(QString::fromLatin1(r.method), r.path),
                   404);
}

} // namespace Torget
