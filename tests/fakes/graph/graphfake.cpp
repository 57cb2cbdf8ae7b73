#include "graphfake.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace Torget {

namespace {

QList<QPair<QString, QString>> parseForm(const QByteArray &text)
{
    QList<QPair<QString, QString>> out;
    const QList<QByteArray> items = text.split('&');
    for (QByteArray item : items) {
        if (item.isEmpty())
            continue;
        item.replace('+', ' ');
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = eq < 0 ? item : item.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : item.mid(eq + 1);
        out.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return out;
}

QString valueOf(const QList<QPair<QString, QString>> &items, const QString &key, bool *found)
{
    for (const auto &[k, v] : items) {
        if (k == key) {
            *found = true;
            return v;
        }
    }
    return {};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString defaultMessage(int code, int subcode)
{
    switch (code) {
    case 1:
        return QStringLiteral("An unknown error occurred");
    case 2:
        return QStringLiteral("An unexpected error has occurred. Please retry your request later.");
    case 4:
        return QStringLiteral("(#4) Application request limit reached");
    case 10:
        return subcode == 2018278
                   ? QStringLiteral("(#10) This message is sent outside of allowed window.")
                   : QStringLiteral("(#10) Application does not have permission for this action");
    case 17:
        return QStringLiteral("(#17) User request limit reached");
    case 32:
        return QStringLiteral("(#32) Page request limit reached");
    case 100:
        return QStringLiteral("(#100) Invalid parameter");
    case 102:
        return QStringLiteral("Session key invalid or no longer valid");
    case 190:
        return QStringLiteral("Error validating access token: Session has expired.");
    case 200:
        return QStringLiteral("(#200) Permissions error");
    case 368:
        return QStringLiteral(
            "(#368) The action attempted has been deemed abusive or is otherwise disallowed");
    case 551:
        return QStringLiteral("(#551) This person isn't available right now.");
    case 613:
        return QStringLiteral("(#613) Calls to this api have exceeded the rate limit.");
    case 80001:
        return QStringLiteral(
            "(#80001) There have been too many calls to this Page account. Wait a bit and try "
            "again. For more info, please refer to "
            "https://developers.facebook.com/docs/graph-api/overview/rate-limiting.");
    case 80006:
        return QStringLiteral("(#80006) There have been too many messenger api calls to this Page account. "
                              "Wait a bit and try again.");
    default:
        return QStringLiteral("(#%1) Error").arg(code);
    }
}

} // namespace

QString GraphFake::Request::param(const QString &key) const
{
    bool found = false;
    QString value = valueOf(query, key, &found);
    if (found)
        return value;
    value = valueOf(form, key, &found);
    if (found)
        return value;
    const QJsonValue v = json.value(key);
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

GraphFake::GraphFake(const QString &pageId, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(pageId, QStringLiteral("Demo kommune"))
{}

GraphFake::~GraphFake() = default;

quint16 GraphFake::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port;
}

QString GraphFake::baseUrl(const QString &version) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(version);
}

qint64 GraphFake::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void GraphFake::setUsage(int app, int buc, int regainMinutes)
{
    m_appUsage = app;
    m_bucUsage = buc;
    m_regainMinutes = regainMinutes;
}

GraphFake::Response GraphFake::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=UTF-8")));
    return r;
}

GraphFake::Response GraphFake::graphError(int code, int subcode, const QString &message, const QString &type,
                                          int status)
{
    QJsonObject error{
        {QStringLiteral("message"), message.isEmpty() ? defaultMessage(code, subcode) : message},
        {QStringLiteral("type"), type},
        {QStringLiteral("code"), code},
        {QStringLiteral("fbtrace_id"),
         QStringLiteral("Ffake%1").arg(QRandomGenerator::global()->generate() % 1000000)}};
    if (subcode != 0)
        error.insert(QStringLiteral("error_subcode"), subcode);
    return json({{QStringLiteral("error"), error}}, status);
}

bool GraphFake::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = parseForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    r.body = request.body();
    r.contentType = request.value("Content-Type");
    r.authorization = request.value("Authorization");
    if (r.contentType.startsWith("application/json"))
        r.json = QJsonDocument::fromJson(r.body).object();
    else if (r.contentType.startsWith("application/x-www-form-urlencoded"))
        r.form = parseForm(r.body);

    if (r.path.startsWith(QLatin1String("/_fake/"))) {
        write(socket, control(r), false);
        return true;
    }

    const QString query = request.url().query(QUrl::FullyEncoded);
    m_requests.append(QString::fromLatin1(r.method) + QLatin1Char(' ') + r.path +
                      (query.isEmpty() ? QString() : QLatin1Char('?') + query));

    std::optional<FaultRule> fault;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults[i].path.isEmpty() || r.path.contains(m_faults[i].path)) {
            fault = m_faults[i];
            if (--m_faults[i].count <= 0)
                m_faults.removeAt(i);
            break;
        }
    }

    Response response;
    if (fault && (fault->status != 0 || fault->graphCode != 0))
        response = faultResponse(*fault);
    else
        response = api(r);
    addUsageHeaders(response, r, fault ? fault->regainMinutes : 0);

    const bool truncate = fault && fault->truncate;
    if (fault && fault->delayMs > 0) {
        // The socket is the timer's context: a client that gave up and closed it cancels the answer.
        QTimer::singleShot(fault->delayMs, socket,
                           [this, socket, response, truncate] { write(socket, response, truncate); });
    } else {
        write(socket, response, truncate);
    }
    return true;
}

void GraphFake::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    write(socket, graphError(100, 33, QStringLiteral("Unknown path")), false);
}

GraphFake::Response GraphFake::api(const Request &r)
{
    static const QRegularExpression versioned(QStringLiteral("^/(v\\d+\\.\\d+)/(.+)$"));
    const auto match = versioned.match(r.path);
    if (!match.hasMatch())
        return graphError(2500, 0, QStringLiteral("Unknown path components: %1").arg(r.path));
    Request routed = r;
    routed.version = match.captured(1);
    routed.segments = match.captured(2).split(QLatin1Char('/'), Qt::SkipEmptyParts);

    QString token;
    if (r.authorization.startsWith("Bearer "))
        token = QString::fromUtf8(r.authorization.mid(7)).trimmed();
    if (token.isEmpty())
        token = r.param(QStringLiteral("access_token"));
    if (token.isEmpty())
        return graphError(104, 0, QStringLiteral("An access token is required to request this resource."));
    if (!m_acceptedToken.isEmpty() && token != m_acceptedToken)
        return graphError(190, 0, QStringLiteral("Malformed access token %1").arg(token)); // Graph quotes it
    if (!m_tokenValid)
        return graphError(190, 463,
                          QStringLiteral("Error validating access token: Session has expired on Thursday, "
                                         "26-Nov-26 08:00:00 PST. The current time is Thursday, 26-Nov-26."));

    const QStringList &s = routed.segments;
    const bool isPage = !s.isEmpty() && (s[0] == m_store.pageId() || s[0] == QLatin1String("me"));
    if (s.size() == 1 && r.method == "GET")
        return getObject(routed);
    if (s.size() == 2) {
        const QString &edge = s[1];
        if (isPage && edge == QLatin1String("conversations") && r.method == "GET")
            return getConversations(routed);
        if (isPage && edge == QLatin1String("messages") && r.method == "POST")
            return sendMessage(routed);
        if (edge == QLatin1String("messages") && r.method == "GET") {
            if (const FakeConversation *c = m_store.conversation(s[0]))
                return getMessages(routed, *c);
        }
        if (isPage && r.method == "GET" &&
            (edge == QLatin1String("feed") || edge == QLatin1String("posts") ||
             edge == QLatin1String("published_posts")))
            return getPosts(routed);
        if (edge == QLatin1String("comments") && r.method == "GET")
            return getComments(routed, s[0]);
        if (edge == QLatin1String("comments") && r.method == "POST")
            return postComment(routed, s[0]);
    }
    return graphError(
        100, 33,
        QStringLiteral("Unsupported %1 request. Object with ID '%2' does not exist, cannot be loaded "
                       "due to missing permissions, or does not support this operation.")
            .arg(QString::fromLatin1(r.method).toLower(), s.value(0)),
        QStringLiteral("GraphMethodException"));
}

GraphFake::Response GraphFake::faultResponse(const FaultRule &rule) const
{
    if (rule.graphCode != 0)
        return graphError(rule.graphCode, rule.subcode, {}, QStringLiteral("OAuthException"),
                          rule.status != 0 ? rule.status : 400);
    Response r;
    r.status = rule.status;
    return r;
}

void GraphFake::addUsageHeaders(Response &response, const Request &r, int regainMinutes) const
{
    const int buc = regainMinutes > 0 ? 100 : m_bucUsage;
    const int regain = std::max(regainMinutes, m_regainMinutes);
    const QJsonObject app{{QStringLiteral("call_count"), m_appUsage},
                          {QStringLiteral("total_cputime"), m_appUsage / 2},
                          {QStringLiteral("total_time"), m_appUsage / 2}};
    const QString type =
        r.path.contains(QLatin1String("/messages")) ? QStringLiteral("messenger") : QStringLiteral("pages");
    const QJsonObject entry{{QStringLiteral("type"), type},
                            {QStringLiteral("call_count"), buc},
                            {QStringLiteral("total_cputime"), buc / 2},
                            {QStringLiteral("total_time"), buc / 2},
                            {QStringLiteral("estimated_time_to_regain_access"), regain}};
    const QJsonObject business{{m_store.pageId(), QJsonArray{entry}}};
    response.headers.append(
        qMakePair(QByteArray("X-App-Usage"), QJsonDocument(app).toJson(QJsonDocument::Compact)));
    response.headers.append(qMakePair(QByteArray("X-Business-Use-Case-Usage"),
                                      QJsonDocument(business).toJson(QJsonDocument::Compact)));
    response.headers.append(qMakePair(QByteArray("facebook-api-version"), QByteArray("v25.0")));
}

void GraphFake::write(QTcpSocket *socket, const Response &response, bool truncate) const
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    for (const auto &[key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    if (!truncate) {
        socket->write(out + response.body);
        return;
    }
    // Half the promised body, then the connection closes: what a dropped connection looks like.
    socket->write(out + response.body.left(response.body.size() / 2));
    socket->disconnectFromHost();
}

void GraphFake::seedDemo()
{
    const qint64 t = now();
    constexpr qint64 hour = 3600 * 1000;
    m_store.addInbound(QStringLiteral("2000001"), QStringLiteral("Kari Nordmann"),
                       QStringLiteral("Hei! Når blir papiravfallet hentet i Storgata denne uka?"),
                       t - 1 * hour);
    const auto ola =
        m_store.addInbound(QStringLiteral("2000002"), QStringLiteral("Ola Hansen"),
                           QStringLiteral("Hvor søker jeg om byggetillatelse for en garasje?"), t - 5 * hour);
    m_store.addPageMessage(ola.conversationId,
                           QStringLiteral("Hei Ola! Du søker på kommunens nettsider under «Byggesak»."),
                           t - 4 * hour);
    m_store.addInbound(QStringLiteral("2000002"), QStringLiteral("Ola Hansen"),
                       QStringLiteral("Takk! Og gebyret?"), t - 3 * hour);

    const QString roadworks = m_store.addPost(
        QStringLiteral("Vegarbeid i sentrum fra mandag. Følg skiltingen."), t - 48 * hour, 12, 3);
    const auto question =
        m_store.addComment(roadworks, {}, QStringLiteral("2000003"), QStringLiteral("Per Berg"),
                           QStringLiteral("Hvor lenge varer arbeidet?"), t - 30 * hour);
    if (question) {
        m_store.addComment(roadworks, *question, m_store.pageId(), m_store.pageName(),
                           QStringLiteral("Hei Per! Arbeidet er ferdig innen fredag."), t - 28 * hour);
        m_store.addComment(roadworks, *question, QStringLiteral("2000004"), QStringLiteral("Lise Dahl"),
                           QStringLiteral("Gjelder det Kirkegata også?"), t - 2 * hour);
    }
    const QString hearing = m_store.addPost(
        QStringLiteral("Høring: ny kommuneplan. Si din mening innen 1. desember!"), t - 5 * 24 * hour, 30, 8);
    m_store.addComment(hearing, {}, QStringLiteral("2000005"), QStringLiteral("Nina Lie"),
                       QStringLiteral("Hvor finner jeg dokumentene?"), t - 6 * hour);
}

} // namespace Torget
