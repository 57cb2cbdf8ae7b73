#include "connectors/mastodon/linkheader.h"
#include "connectors/mastodon/mastodonparse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Torget;

namespace {

qint64 utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

HttpResponse response(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

} // namespace

class TestMastodonParse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idLess_comparesByLengthThenText_data();
    void idLess_comparesByLengthThenText();
    void parseTime_readsMastodonTimes_data();
    void parseTime_readsMastodonTimes();
    void parseReset_readsIsoMicrosecondsAndUnixSeconds_data();
    void parseReset_readsIsoMicrosecondsAndUnixSeconds();
    void linkHeader_findsNextAndPrev_data();
    void linkHeader_findsNextAndPrev();
    void withMention_addsTheHandleOnlyWhenMissing_data();
    void withMention_addsTheHandleOnlyWhenMissing();
    void comparableText_ignoresLeadingMentionsAndSpacing_data();
    void comparableText_ignoresLeadingMentionsAndSpacing();
    void fault_followsTheStatusCode_data();
    void fault_followsTheStatusCode();
    void message_readsStatusFields();
    void cursor_roundTrips();
};

void TestMastodonParse::idLess_comparesByLengthThenText_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("less");
    QTest::newRow("shorter is older") << QStringLiteral("99") << QStringLiteral("100") << true;
    QTest::newRow("longer is newer") << QStringLiteral("100") << QStringLiteral("99") << false;
    QTest::newRow("same length by text") << QStringLiteral("10999") << QStringLiteral("11000") << true;
    QTest::newRow("equal") << QStringLiteral("123") << QStringLiteral("123") << false;
    QTest::newRow("snowflakes beyond 2^63")
        << QStringLiteral("9999999999999999999") << QStringLiteral("10000000000000000000") << true;
    QTest::newRow("empty is oldest") << QString() << QStringLiteral("1") << true;
}

void TestMastodonParse::idLess_comparesByLengthThenText()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, less);
    QCOMPARE(MastodonParse::idLess(a, b), less);
    QCOMPARE(MastodonParse::newerId(a, b), less ? b : a);
}

void TestMastodonParse::parseTime_readsMastodonTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("milliseconds Z") << QStringLiteral("2019-11-23T07:49:02.064Z")
                                    << utc(2019, 11, 23, 7, 49, 2, 64);
    QTest::newRow("microseconds") << QStringLiteral("2024-05-01T10:05:00.123456Z")
                                  << utc(2024, 5, 1, 10, 5, 0, 123);
    QTest::newRow("no fraction") << QStringLiteral("2024-05-01T10:05:00Z") << utc(2024, 5, 1, 10, 5, 0);
    QTest::newRow("offset") << QStringLiteral("2024-05-01T12:05:00.5+02:00")
                            << utc(2024, 5, 1, 10, 5, 0, 500);
    QTest::newRow("offset without colon")
        << QStringLiteral("2024-05-01T08:05:00-0200") << utc(2024, 5, 1, 10, 5, 0);
    QTest::newRow("garbage") << QStringLiteral("yesterday") << qint64(-1);
    QTest::newRow("impossible date") << QStringLiteral("2024-02-30T10:00:00Z") << qint64(-1);
}

void TestMastodonParse::parseTime_readsMastodonTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(MastodonParse::parseTime(text).value_or(-1), ms);
}

void TestMastodonParse::parseReset_readsIsoMicrosecondsAndUnixSeconds_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("upstream ISO µs") << QByteArray("2024-05-01T10:05:00.000000Z")
                                     << utc(2024, 5, 1, 10, 5, 0);
    QTest::newRow("unix seconds") << QByteArray("1714557900") << utc(2024, 5, 1, 10, 5, 0);
    QTest::newRow("spaces") << QByteArray(" 2024-05-01T10:05:00.250000Z ") << utc(2024, 5, 1, 10, 5, 0, 250);
    QTest::newRow("http date") << QByteArray("Wed, 01 May 2024 10:05:00 GMT") << utc(2024, 5, 1, 10, 5, 0);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
}

void TestMastodonParse::parseReset_readsIsoMicrosecondsAndUnixSeconds()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    QCOMPARE(MastodonParse::parseReset(value).value_or(-1), ms);
}

void TestMastodonParse::linkHeader_findsNextAndPrev_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("prev");
    QTest::newRow("mastodon") << QByteArray(
                                     "<https://mastodon.example/api/v1/notifications?max_id=34975535>; "
                                     "rel=\"next\", <https://mastodon.example/api/v1/notifications?min_id="
                                     "34975861>; rel=\"prev\"")
                              << QStringLiteral("max_id=34975535") << QStringLiteral("min_id=34975861");
    QTest::newRow("only prev") << QByteArray("<http://127.0.0.1:5/x?min_id=9>; rel=\"prev\"") << QString()
                               << QStringLiteral("min_id=9");
    QTest::newRow("unquoted rel, extra params, comma in url")
        << QByteArray("<https://m.example/a?types%5B%5D=mention&x=1,2&max_id=7>; title=\"a, b\"; rel=next , "
                      "<https://m.example/a?min_id=8>;rel=\"prev last\"")
        << QStringLiteral("types%5B%5D=mention&x=1,2&max_id=7") << QStringLiteral("min_id=8");
    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("junk") << QByteArray("nonsense; rel=\"next\"") << QString() << QString();
}

void TestMastodonParse::linkHeader_findsNextAndPrev()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, next);
    QFETCH(QString, prev);
    const QHash<QString, QUrl> links = LinkHeader::parse(header);
    QCOMPARE(LinkHeader::pagingQuery(links.value(QStringLiteral("next"))), next);
    QCOMPARE(LinkHeader::pagingQuery(links.value(QStringLiteral("prev"))), prev);
}

void TestMastodonParse::withMention_addsTheHandleOnlyWhenMissing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("acct");
    QTest::addColumn<QString>("out");
    QTest::newRow("added") << QStringLiteral("Takk for beskjed.") << QStringLiteral("kari")
                           << QStringLiteral("@kari Takk for beskjed.");
    QTest::newRow("remote added") << QStringLiteral("Hei!") << QStringLiteral("ola@social.example")
                                  << QStringLiteral("@ola@social.example Hei!");
    QTest::newRow("already there") << QStringLiteral("Hei @Kari, takk.") << QStringLiteral("kari")
                                   << QStringLiteral("Hei @Kari, takk.");
    QTest::newRow("short form is not the remote account")
        << QStringLiteral("@ola takk") << QStringLiteral("ola@social.example")
        << QStringLiteral("@ola@social.example @ola takk");
    QTest::newRow("leading @ in handle")
        << QStringLiteral("ok") << QStringLiteral("@kari") << QStringLiteral("@kari ok");
    QTest::newRow("no handle") << QStringLiteral("ok") << QString() << QStringLiteral("ok");
}

void TestMastodonParse::withMention_addsTheHandleOnlyWhenMissing()
{
    QFETCH(QString, text);
    QFETCH(QString, acct);
    QFETCH(QString, out);
    QCOMPARE(MastodonParse::withMention(text, acct), out);
}

void TestMastodonParse::comparableText_ignoresLeadingMentionsAndSpacing_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("rendered remote mention") << QStringLiteral("@ola@social.example Vi ser på det.")
                                             << QStringLiteral("@ola Vi ser på det.") << true;
    QTest::newRow("line breaks") << QStringLiteral("Linje en\n\nlinje to")
                                 << QStringLiteral("Linje en linje to") << true;
    QTest::newRow("different text") << QStringLiteral("@kari Ja") << QStringLiteral("@kari Nei") << false;
    QTest::newRow("mention in the middle counts")
        << QStringLiteral("Spør @per") << QStringLiteral("Spør") << false;
}

void TestMastodonParse::comparableText_ignoresLeadingMentionsAndSpacing()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(MastodonParse::comparableText(a) == MastodonParse::comparableText(b), same);
}

void TestMastodonParse::fault_followsTheStatusCode_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("replyTarget");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("401") << 401 << QByteArray(R"({"error":"The access token is invalid"})") << false
                         << int(FaultKind::SignInRequired) << QStringLiteral("Sign in to Demo kommune again");
    QTest::newRow("403") << 403 << QByteArray(R"({"error":"This action is outside the authorized scopes"})")
                         << false << int(FaultKind::Permission) << QString();
    QTest::newRow("404 reply target") << 404 << QByteArray(R"({"error":"Record not found"})") << true
                                      << int(FaultKind::Rejected) << QStringLiteral("deleted");
    QTest::newRow("422 with server text")
        << 422 << QByteArray(R"({"error":"Validation failed: Text character limit of 500 exceeded"})") << true
        << int(FaultKind::Rejected) << QStringLiteral("Text character limit of 500 exceeded");
    QTest::newRow("429") << 429 << QByteArray(R"({"error":"Too many requests"})") << false
                         << int(FaultKind::RateLimited) << QString();
    QTest::newRow("500 html") << 500 << QByteArray("<html>oops</html>") << false << int(FaultKind::Server)
                              << QStringLiteral("500");
    QTest::newRow("503") << 503 << QByteArray() << false << int(FaultKind::Server) << QString();
    QTest::newRow("400 oauth") << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"bad"})")
                               << false << int(FaultKind::Rejected) << QStringLiteral("invalid_grant: bad");
}

void TestMastodonParse::fault_followsTheStatusCode()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, replyTarget);
    QFETCH(int, kind);
    QFETCH(QString, inMessage);
    const HttpResponse r = response(status, body, {{"X-RateLimit-Reset", "2024-05-01T10:05:00.000000Z"}});
    const Fault f = MastodonParse::fault(r, QUrl(QStringLiteral("https://social.example/api/v1/statuses")),
                                         QStringLiteral("Demo kommune"), replyTarget);
    QCOMPARE(int(f.kind), kind);
    QVERIFY2(f.message.contains(inMessage), qPrintable(f.message));
    QVERIFY(f.detail.contains(QString::number(status)));
    if (f.kind == FaultKind::RateLimited)
        QCOMPARE(f.retryAt.value_or(0), utc(2024, 5, 1, 10, 5, 0));
}

void TestMastodonParse::message_readsStatusFields()
{
    const QJsonObject status = QJsonDocument::fromJson(R"({
        "id": "110", "created_at": "2024-05-01T10:00:00.000Z", "edited_at": "2024-05-01T10:01:00.000Z",
        "in_reply_to_id": "100", "in_reply_to_account_id": "1", "visibility": "private",
        "spoiler_text": "Avfall", "content": "<p><span class=\"h-card\"><a class=\"u-url mention\" href=\"https://m.example/@kommune\">@<span>kommune</span></a></span> Full <b>container</b></p>",
        "account": {"id": "7", "username": "kari", "acct": "kari@m.example", "display_name": ""},
        "mentions": [{"id": "1", "username": "kommune", "acct": "kommune", "url": "https://m.example/@kommune"}],
        "media_attachments": [{"type": "image", "url": "https://m.example/x.jpg", "description": "Bilde"}]
    })")
                                   .object();
    const RemoteMessage m =
        MastodonParse::message(status, QStringLiteral("1"), ConversationKind::Mention, QStringLiteral("100"));
    QCOMPARE(m.externalId, QStringLiteral("110"));
    QCOMPARE(m.conversationExternalId, QStringLiteral("100"));
    QCOMPARE(m.author.name, QStringLiteral("kari")); // empty display name: the username
    QCOMPARE(m.author.handle, QStringLiteral("kari@m.example"));
    QVERIFY(!m.fromAccount);
    QCOMPARE(m.text, QStringLiteral(
                         "Avfall\n\n@kommune Full container\n\nAttachment: https://m.example/x.jpg (Bilde)"));
    QCOMPARE(m.format, QStringLiteral("html"));
    QVERIFY(m.original.startsWith(QStringLiteral("<p><span")));
    QCOMPARE(m.createdAt, utc(2024, 5, 1, 10, 0, 0));
    QCOMPARE(m.editedAt.value_or(0), utc(2024, 5, 1, 10, 1, 0));
    QCOMPARE(m.inReplyToExternalId, QStringLiteral("100"));
    QCOMPARE(m.subject, QStringLiteral("Avfall"));
    QCOMPARE(m.replyMeta, QStringLiteral(R"({"acct":"kari@m.example","visibility":"private"})"));
    QVERIFY(MastodonParse::addressedTo(status, QStringLiteral("1")));
    QVERIFY(!MastodonParse::addressedTo(status, QStringLiteral("2")));
    const MastodonParse::ReplyMeta meta = MastodonParse::readReplyMeta(m.replyMeta);
    QCOMPARE(meta.visibility, QStringLiteral("private"));
    QCOMPARE(meta.acct, QStringLiteral("kari@m.example"));
}

void TestMastodonParse::cursor_roundTrips()
{
    MastodonParse::Cursor c;
    QCOMPARE(MastodonParse::writeCursor(c), QString());
    c.watermark = QStringLiteral("10001");
    c.top = QStringLiteral("10050");
    c.nextQuery = QStringLiteral("limit=40&max_id=9990");
    c.pages = 2;
    c.historyDone = true;
    const MastodonParse::Cursor back = MastodonParse::readCursor(MastodonParse::writeCursor(c));
    QCOMPARE(back.watermark, c.watermark);
    QCOMPARE(back.top, c.top);
    QCOMPARE(back.nextQuery, c.nextQuery);
    QCOMPARE(back.pages, 2);
    QVERIFY(back.historyDone);
    QCOMPARE(MastodonParse::readCursor(QStringLiteral("not json")).watermark, QString());
}

QTEST_GUILESS_MAIN(TestMastodonParse)
#include "tst_mastodonparse.moc"
