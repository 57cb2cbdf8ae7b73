#pragma once

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;
class QTcpSocket;

namespace Torget {

// A Mastodon server on loopback that answers in the shapes of PLATFORM_APIS.md §4 and of the
// OpenAPI description in tests/data/mastodon-openapi.json (checked by mastodon_fake_openapi), so
// that a client passing against it would pass against mastodon.social.
//
// Our account is "kommune" (id "1"); the fixed access token is "torget-fake-token" (token()), and
// tokens issued by /oauth/token are valid too. Ids are opaque strings from counters that cross a
// digit boundary early (statuses 99900…, notifications 9950…), which catches clients that compare
// ids as plain text.
//
// Platform API: GET /api/v1/accounts/verify_credentials, /api/v1/accounts/:id,
// /api/v1/accounts/:id/statuses (limit, max_id, since_id, min_id, exclude_replies, exclude_reblogs),
// /api/v1/notifications (types[], exclude_types[], account_id, limit ≤ 80, max_id, since_id, min_id),
// /api/v1/conversations (limit ≤ 40, paging by last status), /api/v1/statuses/:id and
// /api/v1/statuses/:id/context; POST /api/v1/statuses (JSON or form; Idempotency-Key kept 1 h:
// the same key answers the same status and posts nothing; 422 on blank text; 404 for an unknown
// in_reply_to_id). Paging answers carry Link headers with absolute URLs from the fake's own base.
// Every /api and /oauth answer has X-RateLimit-Limit/-Remaining/-Reset (ISO 8601, 6 fractional
// digits; 300 per 5 minutes); when none remain: 429 {"error":"Too many requests"}. A bad token:
// 401 {"error":"The access token is invalid"}.
// OAuth: POST /api/v1/apps, GET /oauth/authorize (approves at once: 302 to
// redirect_uri?code=…&state=…; in deny mode error=access_denied), POST /oauth/token (checks code,
// client id and secret, redirect_uri and the PKCE S256 code_verifier; else 400 invalid_grant),
// GET /.well-known/oauth-authorization-server.
//
// Control API (JSON bodies, no token, not counted by the rate limit):
//   POST /_fake/mention   {"acct","display_name"?,"text"|"html","visibility"?,"in_reply_to_id"?,
//                          "at"? (ISO time),"spoiler_text"?,"count"? (that many, text numbered)}
//                         → {"status":…,"notification":…} (the last one when count > 1)
//   POST /_fake/dm        the same, visibility direct; a DM without in_reply_to_id starts a conversation
//   POST /_fake/post      {"text","visibility"?,"favourites_count"?,"reblogs_count"?,"at"?} our own post
//   POST /_fake/edit      {"id","text"|"html"} new content and edited_at (no notification, as upstream)
//   POST /_fake/delete    {"id"} the status is gone (404 from then on)
//   GET  /_fake/sent      every status the fake accepted from the client:
//                         [{"id","in_reply_to_id","visibility","text","content","idempotency_key",
//                           "attempts","created_at"}]
//   GET  /_fake/requests  {"count":N,"requests":[{"method","path","query"}…]} (API calls only)
//   POST /_fake/faults    {"path" (exact, or a prefix ending in *),"method"?,"status"?,"count"? (1;
//                          -1 for ever),"delay_ms"?,"truncate"? (body cut in half),"error"? (text
//                          of the error body),"processed"? (the call takes effect before the
//                          fault status replaces its answer: a reply that went out unconfirmed)};
//                         DELETE clears
//   POST /_fake/token     {"valid":false} every token is refused (401) until {"valid":true}
//   POST /_fake/ratelimit {"remaining":0,"reset_in_s":N,"limit"?}
//   POST /_fake/oauth     {"deny":true} the authorize page refuses (error=access_denied)
class MastodonFake final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit MastodonFake(QObject *parent = nullptr);
    ~MastodonFake() override;

    static QString ownId() { return QStringLiteral("1"); }
    static QString ownAcct() { return QStringLiteral("kommune"); }
    QString token() const { return m_token; }
    void setToken(const QString &token) { m_token = token; }
    // After listen(): "http://127.0.0.1:PORT".
    QString baseUrl() const;

    struct Post
    {
        QString acct;
        QString displayName;
        QString text;
        QString html; // used verbatim as content when set
        QString visibility = QStringLiteral("public");
        QString inReplyToId;
        QString spoilerText;
        std::optional<QDateTime> at;
    };
    // A citizen's status that mentions us (and its notification). Returns the status id.
    QString addMention(const Post &post);
    QString addDirectMessage(Post post);
    QString addOwnPost(const QString &text, int favourites, int reblogs,
                       const QString &visibility = QStringLiteral("public"));
    bool editStatus(const QString &id, const QString &text, const QString &html = {});
    bool deleteStatus(const QString &id);
    void seedDemo();

    struct Fault
    {
        QString path;
        QString method;
        int status = 0;
        int count = 1;
        int delayMs = 0;
        bool truncate = false;
        QString error;          // body {"error": …}; default: the reason phrase
        bool processed = false; // with status: the request takes effect, only the answer is lost
    };
    void addFault(const Fault &fault) { m_faults.append(fault); }
    void setTokenValid(bool valid) { m_tokensValid = valid; }
    void setRateLimit(int remaining, int resetInSecs);
    void setDenyAuthorization(bool deny) { m_denyAuthorization = deny; }
    QDateTime rateLimitReset() const { return m_resetAt; }

    QJsonArray sent() const;
    int requestCount() const { return int(m_requests.size()); }
    QStringList requestLog() const; // "GET /api/v1/notifications?limit=40&…" (decoded), oldest first
    QJsonObject statusJson(const QString &id) const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Account
    {
        QString id;
        QString username;
        QString acct;
        QString displayName;
        QDateTime createdAt;
        int statuses = 0;
        QDateTime lastStatusAt;
    };
    struct Status
    {
        QString id;
        QString accountId;
        QString content;
        QString text;
        QString inReplyToId;
        QString inReplyToAccountId;
        QString visibility;
        QString spoilerText;
        QDateTime createdAt;
        std::optional<QDateTime> editedAt;
        QStringList mentionIds;
        QStringList tags;
        int favourites = 0;
        int reblogs = 0;
        QString conversationId;
        QString idempotencyKey;
        int attempts = 0;
        bool fromClient = false;
    };
    struct Notification
    {
        QString id;
        QString type;
        QString accountId;
        QString statusId;
        QDateTime createdAt;
    };
    struct Conversation
    {
        QString id;
        QStringList accountIds;
        QString lastStatusId;
    };
    struct App
    {
        QString id;
        QString name;
        QString clientId;
        QString clientSecret;
        QStringList redirectUris;
        QStringList scopes;
        QString website;
    };
    struct Grant
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString scope;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray contentType = "application/json; charset=utf-8";
    };
    struct Call
    {
        QString method;
        QString path;
        QUrlQuery query;
        QJsonObject params;                    // JSON or form body, and the query for GET
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };

    // mastodonfake.cpp: transport, rate limit, faults, control API
    static Answer json(const QJsonValue &value, int status = 200);
    static Answer error(int status, const QString &message);
    void write(QTcpSocket *socket, const Answer &answer, bool truncate);
    Answer dispatch(const Call &call);
    Answer control(const Call &call);
    bool authorized(const Call &call) const;
    void addRateLimitHeaders(Answer &answer) const;
    QString nextId(qint64 &counter) { return QString::number(counter++); }
    static QJsonObject parseParams(const QHttpServerRequest &request);

    // mastodonfakeapi.cpp: the REST API
    Answer api(const Call &call);
    Answer notifications(const Call &call);
    Answer conversations(const Call &call);
    Answer accountStatuses(const Call &call, const QString &accountId);
    Answer context(const QString &id);
    Answer postStatus(const Call &call);
    QStringList page(const QStringList &ascending, const Call &call, int defaultLimit, int maxLimit) const;
    void addLink(Answer &answer, const Call &call, const QStringList &ids, bool always) const;
    QString createStatus(Status status);
    const Account &citizen(const QString &acct, const QString &displayName);
    static void postFromJson(const QJsonObject &o, Post &post);

    // mastodonfakedata.cpp: entities and content
    QJsonObject accountJson(const QString &id) const;
    QJsonObject credentialAccountJson() const;
    QJsonObject notificationJson(const Notification &n) const;
    QJsonObject conversationJson(const Conversation &c) const;
    QString formatContent(const QString &text, QStringList &mentionIds, QStringList &tags) const;
    QString mentionHtml(const Account &account) const;
    static QString isoTime(const QDateTime &time);

    // mastodonfakeoauth.cpp
    Answer registerApp(const Call &call);
    Answer authorize(const Call &call);
    Answer issueToken(const Call &call);
    Answer discovery() const;

    QString m_token = QStringLiteral("torget-fake-token");
    QStringList m_issuedTokens;
    bool m_tokensValid = true;
    bool m_denyAuthorization = false;
    int m_limit = 300;
    int m_remaining = 300;
    QDateTime m_resetAt;
    QList<Fault> m_faults;
    QList<Call> m_requests;

    qint64 m_nextAccount = 100;
    qint64 m_nextStatus = 99900;
    qint64 m_nextNotification = 9950;
    qint64 m_nextConversation = 480;
    qint64 m_nextApp = 1;
    QMap<QString, Account> m_accounts;        // by id
    QHash<QString, QString> m_accountsByAcct; // acct (lower case) → id
    QHash<QString, Status> m_statuses;
    QStringList m_statusOrder;              // ascending ids
    QHash<QString, QStringList> m_children; // status id → replies
    QList<Notification> m_notifications;    // ascending ids
    QHash<QString, Conversation> m_conversations;
    QHash<QString, QPair<QString, QDateTime>> m_idempotency; // key → status id, first seen
    QHash<QString, App> m_apps;                              // by client id
    QHash<QString, Grant> m_grants;                          // by code
};

} // namespace Torget
