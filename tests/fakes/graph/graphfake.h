#pragma once

#include "graphstore.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

class QTcpSocket;

namespace Torget {

class FieldList;
struct FieldSpec;

// A Facebook Graph API fake on loopback that reproduces PLATFORM_APIS.md §1: any /vNN.N/ prefix,
// the token as a Bearer header or access_token parameter, Messenger conversations with nested
// messages and cursor paging, the feed paged by time (since/until/__paging_token), comments paged
// by cursor with summary, the Send API with its 24-hour window (error 10/2018278) and the
// HUMAN_AGENT tag's 7 days, comment replies, X-App-Usage and X-Business-Use-Case-Usage on every
// answer, and the {"error":{...}} envelope with HTTP 400. `next` URLs are absolute and built from
// the fake's own base. Cursors are base64 of binary keys, so they contain '+', '/' and '='.
//
// Control API (JSON in and out; not counted as Graph requests, no token needed):
//   POST /_fake/dm       {"psid","name","text","at"?}  → {"conversation_id","message_id","psid"}
//                        an inbound Messenger message (the conversation with that PSID, or a new one)
//   POST /_fake/post     {"text","at"?,"reactions"?,"shares"?}                     → {"id"}
//   POST /_fake/comment  {"post_id","parent_id"?,"from_id","from_name","text","at"?} → {"id"}
//   POST /_fake/edit     {"id","text"}  a message, post or comment gets new text   → {"ok":true}
//   GET  /_fake/sent     → {"data":[{"kind":"message"|"comment","id","target","conversation"?,
//                           "parent"?,"text","messaging_type"?,"tag"?,"at"}]}  every accepted reply;
//                          for a message the target is the recipient PSID, for a comment the id posted to
//   POST /_fake/faults   {"path":"substring, empty for all","status":500|429|400..,"graph_code":4|17|32|
//                         613|80001|190..,"subcode":..,"count":N(1),"delay_ms":..,"truncate":true,
//                         "regain_minutes":M}  the next N matching Graph requests fail that way: an
//                         error envelope when graph_code is set, an empty body with the status
//                         otherwise; delay_ms alone slows a normal answer, truncate alone cuts a
//                         normal answer in half and closes the connection.
//   DELETE /_fake/faults  forgets pending faults
//   POST /_fake/token    {"valid":false} every token is expired (190/463) until {"valid":true};
//                        {"token":"abc"} accepts only that token ("" accepts any non-empty token)
//   POST /_fake/usage    {"app":95,"buc":100,"regain_minutes":2}  usage header values from now on
//   GET  /_fake/requests → {"count":N,"data":["GET /v25.0/1000001/conversations?...",...]}
// "at" is ISO 8601 (2026-11-26T09:00:00Z); without it the wall clock is used.
//
// Built on QAbstractHttpServer rather than QHttpServer's routes: a 6.4 responder keeps a reference
// to the request and a raw socket pointer, so it cannot answer late (slow responses) or stop half
// way (truncated bodies); here the fake writes to the socket itself.
class GraphFake final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct FaultRule
    {
        QString path;
        int status = 0;
        int graphCode = 0;
        int subcode = 0;
        int count = 1;
        int delayMs = 0;
        bool truncate = false;
        int regainMinutes = 0;
    };

    explicit GraphFake(const QString &pageId = QStringLiteral("1000001"), QObject *parent = nullptr);
    ~GraphFake() override;

    // Listens on 127.0.0.1 (port 0: any free port). Returns the port, 0 on failure.
    quint16 start(quint16 port = 0);
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT/v25.0
    QString baseUrl(const QString &version = QStringLiteral("v25.0")) const;
    QString pageId() const { return m_store.pageId(); }
    GraphStore &store() { return m_store; }
    static qint64 now();

    void addFault(const FaultRule &rule) { m_faults.append(rule); }
    void clearFaults() { m_faults.clear(); }
    void setTokenValid(bool valid) { m_tokenValid = valid; }
    void setAcceptedToken(const QString &token) { m_acceptedToken = token; }
    void setUsage(int app, int buc, int regainMinutes);
    // Graph API requests seen (control requests are not counted): "GET /v25.0/...?query".
    int requestCount() const { return int(m_requests.size()); }
    const QStringList &requests() const { return m_requests; }
    // A couple of conversations, posts and comments, for manual runs.
    void seedDemo();

    struct Request
    {
        QByteArray method;
        QString path;
        QList<QPair<QString, QString>> query; // decoded, '+' read as a space like any web server
        QByteArray body;
        QByteArray contentType;
        QByteArray authorization;
        QString version;
        QStringList segments;                // the path after the version
        QJsonObject json;                    // the body when it is a JSON object
        QList<QPair<QString, QString>> form; // the body when it is form-encoded
        // A parameter from the query string, a form body or a JSON body (objects as JSON text).
        QString param(const QString &key) const;
    };
    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    static Response json(const QJsonObject &object, int status = 200);
    static Response graphError(int code, int subcode, const QString &message,
                               const QString &type = QStringLiteral("OAuthException"), int status = 400);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response api(const Request &r);
    Response control(const Request &r);
    Response faultResponse(const FaultRule &rule) const;
    void addUsageHeaders(Response &response, const Request &r, int regainMinutes) const;
    void write(QTcpSocket *socket, const Response &response, bool truncate) const;

    // graphroutes.cpp
    Response getObject(const Request &r);
    Response getConversations(const Request &r);
    Response getMessages(const Request &r, const FakeConversation &c);
    Response getPosts(const Request &r);
    Response getComments(const Request &r, const QString &id);
    Response sendMessage(const Request &r);
    Response postComment(const Request &r, const QString &id);
    QJsonObject renderConversation(const Request &r, const FakeConversation &c,
                                   const FieldList &fields) const;
    QJsonObject renderMessage(const FakeMessage &m, const FakeConversation &c, const FieldList &fields) const;
    QJsonObject renderPost(const Request &r, const FakePost &p, const FieldList &fields) const;
    QJsonObject renderComment(const FakeComment &c, const FieldList &fields) const;
    QJsonObject messagesEdge(const Request &r, const FakeConversation &c, const QString &fieldsText,
                             int limit, const QString &after) const;
    struct CommentsArgs
    {
        QString fieldsText;
        int limit = 25;
        bool stream = false;
        bool reverse = false;
        bool summary = false;
        QString after;
    };
    QJsonObject commentsEdge(const Request &r, const QString &id, const CommentsArgs &args) const;
    QString nextUrl(const Request &r, const QString &path,
                    const QList<QPair<QString, QString>> &params) const;

    GraphStore m_store;
    quint16 m_port = 0;
    QList<FaultRule> m_faults;
    bool m_tokenValid = true;
    QString m_acceptedToken;
    int m_appUsage = 3;
    int m_bucUsage = 2;
    int m_regainMinutes = 0;
    QStringList m_requests;
};

} // namespace Torget
