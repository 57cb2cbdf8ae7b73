#include "graphfake.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>

using namespace Torget;

// The Graph fake seen from outside, over HTTP: its control API (what other tests and manual runs
// drive), the wire shapes PLATFORM_APIS.md §1 describes, the Send API's windows, fault injection,
// and the executable's one-line handshake.
class TestGraphFake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void controlApi_fillsThePage_andGraphShowsItInItsOwnShapes();
    void anyVersionPrefix_andTheTokenAsQueryParameter();
    void sendApi_formEncoded_keepsTheWindows();
    void faults_failTheNextMatchingRequestsOnly();
    void usageHeaders_comeWithEveryAnswer_errorsIncluded();
    void executable_printsOneLine_andServes();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
        QHash<QByteArray, QByteArray> headers;
    };
    Answer call(const QByteArray &verb, const QString &url, const QByteArray &body = {},
                const QByteArray &contentType = "application/json", const QByteArray &token = "tok");
    Answer control(const QByteArray &verb, const QString &what, const QJsonObject &body = {})
    {
        return call(verb, root(m_fake->port()) + QStringLiteral("/_fake/") + what,
                    QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", {});
    }
    static QString root(quint16 port) { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    QString graph(const QString &path) const { return m_fake->baseUrl() + path; }

    std::unique_ptr<GraphFake> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestGraphFake::init()
{
    m_fake = std::make_unique<GraphFake>();
    QVERIFY(m_fake->start() != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestGraphFake::cleanup()
{
    m_network.reset();
    m_fake.reset();
}

TestGraphFake::Answer TestGraphFake::call(const QByteArray &verb, const QString &url, const QByteArray &body,
                                          const QByteArray &contentType, const QByteArray &token)
{
    QNetworkRequest request{QUrl(url)};
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.json = QJsonDocument::fromJson(a.body).object();
    a.error = reply->error();
    for (const auto &[key, value] : reply->rawHeaderPairs())
        a.headers.insert(key.toLower(), value);
    reply->deleteLater();
    return a;
}

void TestGraphFake::controlApi_fillsThePage_andGraphShowsItInItsOwnShapes()
{
    const Answer dm = control("POST", QStringLiteral("dm"),
                              {{QStringLiteral("psid"), QStringLiteral("4242")},
                               {QStringLiteral("name"), QStringLiteral("Kari Nordmann")},
                               {QStringLiteral("text"), QStringLiteral("Hei på deg")},
                               {QStringLiteral("at"), QStringLiteral("2026-11-25T10:00:00Z")}});
    QCOMPARE(dm.status, 200);
    const QString conversation = dm.json.value(QLatin1String("conversation_id")).toString();
    QVERIFY(conversation.startsWith(QStringLiteral("t_")));
    const QString post =
        control("POST", QStringLiteral("post"),
                {{QStringLiteral("text"), QStringLiteral("Nyhet")}, {QStringLiteral("reactions"), 7}})
            .json.value(QLatin1String("id"))
            .toString();
    QVERIFY(post.startsWith(m_fake->pageId() + QLatin1Char('_')));
    const QString top = control("POST", QStringLiteral("comment"),
                                {{QStringLiteral("post_id"), post},
                                 {QStringLiteral("from_id"), QStringLiteral("77")},
                                 {QStringLiteral("from_name"), QStringLiteral("Per")},
                                 {QStringLiteral("text"), QStringLiteral("Når?")}})
                            .json.value(QLatin1String("id"))
                            .toString();
    const QString reply = control("POST", QStringLiteral("comment"),
                                  {{QStringLiteral("post_id"), post},
                                   {QStringLiteral("parent_id"), top},
                                   {QStringLiteral("from_id"), QStringLiteral("78")},
                                   {QStringLiteral("from_name"), QStringLiteral("Lise")},
                                   {QStringLiteral("text"), QStringLiteral("Lurer på det samme")}})
                              .json.value(QLatin1String("id"))
                              .toString();
    QVERIFY(!reply.isEmpty());
    QCOMPARE(control("POST", QStringLiteral("edit"),
                     {{QStringLiteral("id"), top}, {QStringLiteral("text"), QStringLiteral("Når da?")}})
                 .status,
             200);
    QCOMPARE(control("POST", QStringLiteral("edit"),
                     {{QStringLiteral("id"), QStringLiteral("nope")},
                      {QStringLiteral("text"), QStringLiteral("x")}})
                 .status,
             404);

    const Answer conversations =
        call("GET",
             graph(QStringLiteral(
                       "/%1/conversations?platform=messenger&fields=updated_time,messages%7Bid,message,from,"
                       "created_time%7D")
                       .arg(m_fake->pageId())));
    QCOMPARE(conversations.status, 200);
    const QJsonObject first = conversations.json.value(QLatin1String("data")).toArray().first().toObject();
    QCOMPARE(first.value(QLatin1String("id")).toString(), conversation);
    QCOMPARE(first.value(QLatin1String("updated_time")).toString(),
             QStringLiteral("2026-11-25T10:00:00+0000"));
    const QJsonObject message = first.value(QLatin1String("messages"))
                                    .toObject()
                                    .value(QLatin1String("data"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(message.value(QLatin1String("message")).toString(), QStringLiteral("Hei på deg"));
    QCOMPARE(message.value(QLatin1String("from")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("4242"));

    const Answer comments = call(
        "GET",
        graph(QStringLiteral("/%1/comments?fields=id,message,parent&filter=stream&summary=1").arg(post)));
    const QJsonArray data = comments.json.value(QLatin1String("data")).toArray();
    QCOMPARE(data.size(), 2);
    QCOMPARE(data[0].toObject().value(QLatin1String("message")).toString(), QStringLiteral("Når da?"));
    QVERIFY(!data[0].toObject().contains(QLatin1String("parent")));
    QCOMPARE(
        data[1].toObject().value(QLatin1String("parent")).toObject().value(QLatin1String("id")).toString(),
        top);
    const QJsonObject summary = comments.json.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("total_count")).toInt(), 2);
    QCOMPARE(summary.value(QLatin1String("order")).toString(), QStringLiteral("chronological"));
    const Answer topLevel = call("GET", graph(QStringLiteral("/%1/comments?summary=true").arg(post)));
    QCOMPARE(topLevel.json.value(QLatin1String("data")).toArray().size(), 1);

    const Answer feed =
        call("GET", graph(QStringLiteral("/%1/feed?fields=id,reactions.summary(true).limit(0),shares")
                              .arg(m_fake->pageId())));
    const QJsonObject item = feed.json.value(QLatin1String("data")).toArray().first().toObject();
    QCOMPARE(item.value(QLatin1String("reactions"))
                 .toObject()
                 .value(QLatin1String("summary"))
                 .toObject()
                 .value(QLatin1String("total_count"))
                 .toInt(),
             7);
    QVERIFY(!item.contains(QLatin1String("shares"))); // none, so Graph leaves it out
}

void TestGraphFake::anyVersionPrefix_andTheTokenAsQueryParameter()
{
    for (int i = 0; i < 3; ++i)
        m_fake->store().addInbound(QStringLiteral("p%1").arg(i), QStringLiteral("P"), QStringLiteral("Q"),
                                   GraphFake::now() - i * 1000);
    const QString base = root(m_fake->port());
    const Answer old =
        call("GET", base + QStringLiteral("/v19.0/%1?access_token=abc").arg(m_fake->pageId()), {}, {}, {});
    QCOMPARE(old.status, 200);
    QCOMPARE(old.json.value(QLatin1String("name")).toString(), QStringLiteral("Demo kommune"));
    QCOMPARE(
        call("GET", base + QStringLiteral("/v27.0/me?fields=id")).json.value(QLatin1String("id")).toString(),
        m_fake->pageId());

    const Answer noToken = call("GET", graph(QLatin1Char('/') + m_fake->pageId()), {}, {}, {});
    QCOMPARE(noToken.status, 400);
    QCOMPARE(noToken.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 104);
    const Answer noVersion = call("GET", base + QLatin1Char('/') + m_fake->pageId());
    QCOMPARE(noVersion.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(),
             2500);

    // A query-string token comes back in next (as Graph does); next is absolute on the fake's base.
    const Answer paged =
        call("GET",
             base + QStringLiteral("/v21.0/%1/conversations?limit=2&access_token=abc").arg(m_fake->pageId()),
             {}, {}, {});
    const QString next =
        paged.json.value(QLatin1String("paging")).toObject().value(QLatin1String("next")).toString();
    QVERIFY2(next.startsWith(base + QStringLiteral("/v21.0/")), qPrintable(next));
    QVERIFY(next.contains(QStringLiteral("access_token=abc")));
    const Answer rest = call("GET", next, {}, {}, {});
    QCOMPARE(rest.json.value(QLatin1String("data")).toArray().size(), 1);
    QVERIFY(!rest.json.value(QLatin1String("paging")).toObject().contains(QLatin1String("next")));
}

void TestGraphFake::sendApi_formEncoded_keepsTheWindows()
{
    constexpr qint64 day = 24 * 3600 * 1000;
    m_fake->store().addInbound(QStringLiteral("late"), QStringLiteral("L"), QStringLiteral("?"),
                               GraphFake::now() - day - 60000);
    m_fake->store().addInbound(QStringLiteral("gone"), QStringLiteral("G"), QStringLiteral("?"),
                               GraphFake::now() - 8 * day);
    auto form = [](const QString &psid, const QString &type, const QString &tag) {
        QByteArray body =
            "recipient=" + QUrl::toPercentEncoding(QStringLiteral("{\"id\":\"%1\"}").arg(psid)) +
            "&messaging_type=" + type.toLatin1() +
            "&message=" + QUrl::toPercentEncoding(QStringLiteral("{\"text\":\"Hei+hopp\"}"));
        if (!tag.isEmpty())
            body += "&tag=" + tag.toLatin1();
        return body;
    };
    const QString url = graph(QLatin1Char('/') + m_fake->pageId() + QStringLiteral("/messages"));
    const QByteArray formType = "application/x-www-form-urlencoded";
    const Answer late =
        call("POST", url, form(QStringLiteral("late"), QStringLiteral("RESPONSE"), {}), formType);
    const QJsonObject error = late.json.value(QLatin1String("error")).toObject();
    QCOMPARE(late.status, 400);
    QCOMPARE(error.value(QLatin1String("code")).toInt(), 10);
    QCOMPARE(error.value(QLatin1String("error_subcode")).toInt(), 2018278);
    QVERIFY(!error.value(QLatin1String("fbtrace_id")).toString().isEmpty());

    const Answer tagged = call(
        "POST", url,
        form(QStringLiteral("late"), QStringLiteral("MESSAGE_TAG"), QStringLiteral("HUMAN_AGENT")), formType);
    QCOMPARE(tagged.status, 200);
    QCOMPARE(tagged.json.value(QLatin1String("recipient_id")).toString(), QStringLiteral("late"));
    const Answer gone = call(
        "POST", url,
        form(QStringLiteral("gone"), QStringLiteral("MESSAGE_TAG"), QStringLiteral("HUMAN_AGENT")), formType);
    QCOMPARE(gone.json.value(QLatin1String("error")).toObject().value(QLatin1String("error_subcode")).toInt(),
             2018278);
    const Answer stranger =
        call("POST", url, form(QStringLiteral("nobody"), QStringLiteral("RESPONSE"), {}), formType);
    QCOMPARE(stranger.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(),
             100);

    const QJsonArray sent =
        control("GET", QStringLiteral("sent")).json.value(QLatin1String("data")).toArray();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].toObject().value(QLatin1String("text")).toString(), QStringLiteral("Hei+hopp"));
    QCOMPARE(sent[0].toObject().value(QLatin1String("tag")).toString(), QStringLiteral("HUMAN_AGENT"));
    QCOMPARE(sent[0].toObject().value(QLatin1String("id")).toString(),
             tagged.json.value(QLatin1String("message_id")).toString());
}

void TestGraphFake::faults_failTheNextMatchingRequestsOnly()
{
    const QString conversations =
        graph(QLatin1Char('/') + m_fake->pageId() + QStringLiteral("/conversations"));
    QCOMPARE(control("POST", QStringLiteral("faults"),
                     {{QStringLiteral("path"), QStringLiteral("/conversations")},
                      {QStringLiteral("graph_code"), 80001},
                      {QStringLiteral("count"), 2},
                      {QStringLiteral("regain_minutes"), 3}})
                 .status,
             200);
    QCOMPARE(call("GET", graph(QLatin1Char('/') + m_fake->pageId())).status, 200); // another path: untouched
    for (int i = 0; i < 2; ++i) {
        const Answer limited = call("GET", conversations);
        QCOMPARE(limited.json.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(),
                 80001);
        const QJsonObject buc = QJsonDocument::fromJson(limited.header("X-Business-Use-Case-Usage")).object();
        QCOMPARE(buc.value(m_fake->pageId())
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("estimated_time_to_regain_access"))
                     .toInt(),
                 3);
    }
    QCOMPARE(call("GET", conversations).status, 200);

    control("POST", QStringLiteral("faults"), {{QStringLiteral("status"), 500}});
    const Answer bare = call("GET", conversations);
    QCOMPARE(bare.status, 500);
    QVERIFY(bare.body.isEmpty());

    control("POST", QStringLiteral("faults"), {{QStringLiteral("truncate"), true}});
    const Answer cut = call("GET", conversations);
    QCOMPARE(cut.error, QNetworkReply::RemoteHostClosedError);

    control("POST", QStringLiteral("token"), {{QStringLiteral("valid"), false}});
    const QJsonObject expired = call("GET", conversations).json.value(QLatin1String("error")).toObject();
    QCOMPARE(expired.value(QLatin1String("code")).toInt(), 190);
    QCOMPARE(expired.value(QLatin1String("error_subcode")).toInt(), 463);
    control("POST", QStringLiteral("token"), {{QStringLiteral("valid"), true}});

    const QJsonObject requests = control("GET", QStringLiteral("requests")).json;
    QCOMPARE(requests.value(QLatin1String("count")).toInt(), 7);
    QVERIFY(requests.value(QLatin1String("data"))
                .toArray()
                .first()
                .toString()
                .startsWith(QStringLiteral("GET /v25.0/")));
}

void TestGraphFake::usageHeaders_comeWithEveryAnswer_errorsIncluded()
{
    control(
        "POST", QStringLiteral("usage"),
        {{QStringLiteral("app"), 95}, {QStringLiteral("buc"), 100}, {QStringLiteral("regain_minutes"), 2}});
    for (const QString &path :
         {QString(QLatin1Char('/') + m_fake->pageId()), QStringLiteral("/nothing-here/edge")}) {
        const Answer a = call("GET", graph(path));
        const QJsonObject app = QJsonDocument::fromJson(a.header("X-App-Usage")).object();
        QCOMPARE(app.value(QLatin1String("call_count")).toInt(), 95);
        const QJsonArray buc = QJsonDocument::fromJson(a.header("X-Business-Use-Case-Usage"))
                                   .object()
                                   .value(m_fake->pageId())
                                   .toArray();
        QCOMPARE(buc.first().toObject().value(QLatin1String("call_count")).toInt(), 100);
        QCOMPARE(buc.first().toObject().value(QLatin1String("type")).toString(), QStringLiteral("pages"));
        QCOMPARE(buc.first().toObject().value(QLatin1String("estimated_time_to_regain_access")).toInt(), 2);
    }
}

void TestGraphFake::executable_printsOneLine_andServes()
{
    QProcess process;
    process.start(QStringLiteral(TORGET_FAKE_GRAPH_EXE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed-demo"),
                   QStringLiteral("--page-id"), QStringLiteral("555")});
    QVERIFY(process.waitForStarted(5000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    const auto match =
        QRegularExpression(QStringLiteral("^listening (http://127\\.0\\.0\\.1:(\\d+))$")).match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    const Answer answer = call("GET", match.captured(1) + QStringLiteral("/v25.0/555/conversations"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json.value(QLatin1String("data")).toArray().size(), 2);
    process.kill();
    process.waitForFinished(5000);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line
}

QTEST_GUILESS_MAIN(TestGraphFake)
#include "tst_graphfake.moc"
