// MastodonFake: transport (answers written on the socket so that delays and cut-off bodies can be
// played), the rate limit, injected faults and the /_fake/ control API.

#include "mastodonfake.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Torget {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString isoMicros(const QDateTime &time)
{
    // Upstream: Time#iso8601(6), e.g. 2024-05-01T10:05:00.000000Z.
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

void put(QJsonObject &params, const QString &key, const QString &value)
{
    if (key.endsWith(QLatin1String("[]"))) {
        QJsonArray values = params.value(key).toArray();
        values.append(value);
        params.insert(key, values);
    } else {
        params.insert(key, value);
    }
}

} // namespace

MastodonFake::MastodonFake(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_resetAt = QDateTime::currentDateTimeUtc().addSecs(300);
    Account own;
    own.id = ownId();
    own.username = ownAcct();
    own.acct = ownAcct();
    own.displayName = QStringLiteral("Demo kommune");
    own.createdAt = QDateTime(QDate(2022, 11, 1), QTime(0, 0), Qt::UTC);
    m_accounts.insert(own.id, own);
    m_accountsByAcct.insert(own.acct, own.id);
}

MastodonFake::~MastodonFake() = default;

QString MastodonFake::baseUrl() const
{
    const QList<QTcpServer *> list = servers();
    const quint16 port = list.isEmpty() ? 0 : list.first()->serverPort();
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

void MastodonFake::setRateLimit(int remaining, int resetInSecs)
{
    m_remaining = remaining;
    m_resetAt = QDateTime::currentDateTimeUtc().addSecs(resetInSecs);
}

MastodonFake::Answer MastodonFake::json(const QJsonValue &value, int status)
{
    Answer a;
    a.status = status;
    a.body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return a;
}

MastodonFake::Answer MastodonFake::error(int status, const QString &message)
{
    QJsonObject o;
    o.insert(QLatin1String("error"), message);
    return json(o, status);
}

QJsonObject MastodonFake::parseParams(const QHttpServerRequest &request)
{
    QJsonObject params;
    for (const auto &[key, value] : request.query().queryItems(QUrl::FullyDecoded))
        put(params, key, value);
    QByteArray contentType;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            contentType = value.toLower();
    }
    const QByteArray body = request.body();
    if (body.isEmpty())
        return params;
    if (contentType.startsWith("application/json")) {
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        for (auto it = o.begin(); it != o.end(); ++it)
            params.insert(it.key(), it.value());
    } else {
        // application/x-www-form-urlencoded: '+' is a space before percent-decoding.
        QByteArray form = body;
        form.replace('+', ' ');
        const QUrlQuery query(QString::fromUtf8(form));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            put(params, key, value);
    }
    return params;
}

void MastodonFake::write(QTcpSocket *socket, const Answer &answer, bool truncate)
{
    QByteArray body = answer.body;
    if (truncate)
        body.truncate(body.size() / 2); // complete HTTP, broken JSON
    QByteArray out = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' + reason(answer.status) + "\r\n";
    out += "Content-Type: " + answer.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += body;
    socket->write(out);
}

bool MastodonFake::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Call call;
    call.method = QString::fromLatin1(
                      QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method())))
                      .toUpper();
    call.path = request.url().path();
    call.query = request.query();
    call.params = parseParams(request);
    call.body = request.body();
    for (const auto &[name, value] : request.headers())
        call.headers.insert(name.toLower(), value);

    if (call.path.startsWith(QLatin1String("/_fake/"))) {
        write(socket, control(call), false);
        return true;
    }
    m_requests.append(call);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now >= m_resetAt) {
        m_remaining = m_limit;
        m_resetAt = now.addSecs(300);
    }
    if (m_remaining <= 0) {
        Answer limited = error(429, QStringLiteral("Too many requests"));
        addRateLimitHeaders(limited);
        write(socket, limited, false);
        return true;
    }
    --m_remaining;

    std::optional<Fault> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        const bool pathMatches =
            f.path.endsWith(u'*') ? call.path.startsWith(f.path.chopped(1)) : call.path == f.path;
        if (!pathMatches || (!f.method.isEmpty() && f.method.compare(call.method, Qt::CaseInsensitive) != 0))
            continue;
        fault = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        break;
    }
    Answer answer;
    if (!fault || !fault->status || fault->processed)
        answer = dispatch(call);
    if (fault && fault->status)
        answer = error(fault->status,
                       fault->error.isEmpty() ? QString::fromLatin1(reason(fault->status)) : fault->error);
    addRateLimitHeaders(answer);
    const bool truncate = fault && fault->truncate;
    if (fault && fault->delayMs > 0) {
        QTimer::singleShot(fault->delayMs, this,
                           [this, socket = QPointer<QTcpSocket>(socket), answer, truncate] {
                               if (socket && socket->state() == QAbstractSocket::ConnectedState)
                                   write(socket, answer, truncate);
                           });
    } else {
        write(socket, answer, truncate);
    }
    return true;
}

void MastodonFake::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, error(404, QStringLiteral("Not found")), false);
}

void MastodonFake::addRateLimitHeaders(Answer &answer) const
{
    answer.headers.append({"X-RateLimit-Limit", QByteArray::number(m_limit)});
    answer.headers.append({"X-RateLimit-Remaining", QByteArray::number(std::max(0, m_remaining))});
    answer.headers.append({"X-RateLimit-Reset", isoMicros(m_resetAt).toLatin1()});
}

bool MastodonFake::authorized(const Call &call) const
{
    const QByteArray header = call.headers.value("authorization");
    if (!m_tokensValid || !header.startsWith("Bearer "))
        return false;
    const QString token = QString::fromUtf8(header.mid(7)).trimmed();
    return token == m_token || m_issuedTokens.contains(token);
}

MastodonFake::Answer MastodonFake::dispatch(const Call &call)
{
    if (call.method == QLatin1String("GET") &&
        call.path == QLatin1String("/.well-known/oauth-authorization-server"))
        return discovery();
    if (call.method == QLatin1String("GET") && call.path == QLatin1String("/oauth/authorize"))
        return authorize(call);
    if (call.method == QLatin1String("POST") && call.path == QLatin1String("/oauth/token"))
        return issueToken(call);
    if (call.method == QLatin1String("POST") && call.path == QLatin1String("/api/v1/apps"))
        return registerApp(call);
    if (call.path.startsWith(QLatin1String("/api/"))) {
        if (!authorized(call))
            return error(401, QStringLiteral("The access token is invalid"));
        return api(call);
    }
    return error(404, QStringLiteral("Not found"));
}

MastodonFake::Answer MastodonFake::control(const Call &call)
{
    const QJsonObject &p = call.params;
    const bool post = call.method == QLatin1String("POST");
    if (post && (call.path == QLatin1String("/_fake/mention") || call.path == QLatin1String("/_fake/dm"))) {
        const bool dm = call.path == QLatin1String("/_fake/dm");
        Post base;
        postFromJson(p, base);
        if (base.acct.isEmpty() || (base.text.isEmpty() && base.html.isEmpty()))
            return error(422, QStringLiteral("acct and text are required"));
        const int count = std::max(1, p.value(QLatin1String("count")).toInt(1));
        QString id;
        for (int i = 0; i < count; ++i) {
            Post one = base;
            if (count > 1)
                one.text = QStringLiteral("%1 (%2)").arg(base.text).arg(i + 1);
            id = dm ? addDirectMessage(one) : addMention(one);
            if (id.isEmpty())
                return error(404, QStringLiteral("Record not found"));
        }
        QJsonObject out;
        out.insert(QLatin1String("status"), statusJson(id));
        if (dm) {
            out.insert(QLatin1String("conversation"),
                       conversationJson(m_conversations.value(m_statuses.value(id).conversationId)));
        } else {
            for (const Notification &n : m_notifications) {
                if (n.statusId == id)
                    out.insert(QLatin1String("notification"), notificationJson(n));
            }
        }
        return json(out);
    }
    if (post && call.path == QLatin1String("/_fake/post")) {
        const QString id = addOwnPost(
            p.value(QLatin1String("text")).toString(), p.value(QLatin1String("favourites_count")).toInt(),
            p.value(QLatin1String("reblogs_count")).toInt(),
            p.value(QLatin1String("visibility")).toString(QStringLiteral("public")));
        return json(statusJson(id));
    }
    if (post && call.path == QLatin1String("/_fake/edit")) {
        const QString id = p.value(QLatin1String("id")).toString();
        if (!editStatus(id, p.value(QLatin1String("text")).toString(),
                        p.value(QLatin1String("html")).toString()))
            return error(404, QStringLiteral("Record not found"));
        return json(statusJson(id));
    }
    if (post && call.path == QLatin1String("/_fake/delete")) {
        if (!deleteStatus(p.value(QLatin1String("id")).toString()))
            return error(404, QStringLiteral("Record not found"));
        return json(QJsonObject());
    }
    if (call.path == QLatin1String("/_fake/sent"))
        return json(sent());
    if (call.path == QLatin1String("/_fake/requests")) {
        QJsonArray list;
        for (const Call &c : m_requests) {
            QJsonObject o;
            o.insert(QLatin1String("method"), c.method);
            o.insert(QLatin1String("path"), c.path);
            o.insert(QLatin1String("query"), c.query.toString(QUrl::FullyDecoded));
            list.append(o);
        }
        QJsonObject out;
        out.insert(QLatin1String("count"), int(m_requests.size()));
        out.insert(QLatin1String("requests"), list);
        return json(out);
    }
    if (call.path == QLatin1String("/_fake/faults")) {
        if (call.method == QLatin1String("DELETE")) {
            m_faults.clear();
            return json(QJsonObject());
        }
        if (post) {
            Fault f;
            f.path = p.value(QLatin1String("path")).toString();
            f.method = p.value(QLatin1String("method")).toString();
            f.status = p.value(QLatin1String("status")).toInt();
            f.count = p.value(QLatin1String("count")).toInt(1);
            f.delayMs = p.value(QLatin1String("delay_ms")).toInt();
            f.truncate = p.value(QLatin1String("truncate")).toBool();
            f.error = p.value(QLatin1String("error")).toString();
            f.processed = p.value(QLatin1String("processed")).toBool();
            if (f.path.isEmpty() || f.count == 0)
                return error(422, QStringLiteral("path is required and count must not be 0"));
            addFault(f);
        }
        return json(QJsonObject{{QLatin1String("faults"), int(m_faults.size())}});
    }
    if (post && call.path == QLatin1String("/_fake/token")) {
        m_tokensValid = p.value(QLatin1String("valid")).toBool(true);
        if (p.contains(QLatin1String("token")))
            m_token = p.value(QLatin1String("token")).toString();
        return json(QJsonObject{{QLatin1String("valid"), m_tokensValid}});
    }
    if (post && call.path == QLatin1String("/_fake/ratelimit")) {
        if (p.contains(QLatin1String("limit")))
            m_limit = p.value(QLatin1String("limit")).toInt();
        setRateLimit(p.value(QLatin1String("remaining")).toInt(m_limit),
                     p.value(QLatin1String("reset_in_s")).toInt(300));
        return json(QJsonObject{{QLatin1String("remaining"), m_remaining},
                                {QLatin1String("reset"), isoMicros(m_resetAt)}});
    }
    if (post && call.path == QLatin1String("/_fake/oauth")) {
        m_denyAuthorization = p.value(QLatin1String("deny")).toBool();
        return json(QJsonObject{{QLatin1String("deny"), m_denyAuthorization}});
    }
    return error(404, QStringLiteral("No such control call"));
}

QStringList MastodonFake::requestLog() const
{
    QStringList out;
    for (const Call &c : m_requests) {
        const QString query = c.query.toString(QUrl::FullyDecoded);
        out << c.method + u' ' + c.path + (query.isEmpty() ? QString() : u'?' + query);
    }
    return out;
}

QJsonArray MastodonFake::sent() const
{
    QJsonArray out;
    for (const QString &id : m_statusOrder) {
        const Status &s = m_statuses[id];
        if (!s.fromClient)
            continue;
        QJsonObject o;
        o.insert(QLatin1String("id"), s.id);
        o.insert(QLatin1String("in_reply_to_id"),
                 s.inReplyToId.isEmpty() ? QJsonValue() : QJsonValue(s.inReplyToId));
        o.insert(QLatin1String("visibility"), s.visibility);
        o.insert(QLatin1String("text"), s.text);
        o.insert(QLatin1String("content"), s.content);
        o.insert(QLatin1String("idempotency_key"), s.idempotencyKey);
        o.insert(QLatin1String("attempts"), s.attempts);
        o.insert(QLatin1String("created_at"), isoTime(s.createdAt));
        out.append(o);
    }
    return out;
}

} // namespace Torget
