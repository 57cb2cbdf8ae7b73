#include "tst_channels_fixture.h"

#include <QFile>
#include <QSet>

using namespace TorgetTest;
using namespace Qt::StringLiterals;

// torget-cli's channel commands end to end: the real executable against the platform fakes as
// processes over loopback, tokens in the real keychain. A citizen writes, `sync --once` brings it
// in, `reply` queues an answer, `outbox flush` sends it, and the fake received exactly one reply
// with the right target and visibility. Faults: expired tokens, 5xx, rate limits, lost answers.
class TestChannels : public QObject, private ChannelsFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void facebook_commentAndDm_syncReplyFlush_oneReplyEach();
    void facebook_expiredToken_asksToSignIn_thenResumesWithoutDuplicates();
    void facebook_serverErrors_areRetried_andAGapShowsUntilASyncSucceeds();
    void facebook_rateLimit_nothingIsRequestedWhileBlocked();
    void mastodon_mentionAndDm_syncReplyFlush_keepTheirVisibility();
    void mastodon_lostConfirmation_isNotSentTwice();
    void mastodon_rateLimit_waitsForTheReset_thenContinues();
    void account_tokenOnlyFromStdin_andNeverInTheDatabase();
    void account_pauseResumeRemove();

private:
    void addFacebook(const QString &token = u"fb-page-token-secret-1"_s);
    void addMastodon();
    QJsonObject accountNamed(const QString &name);
    qint64 conversationOf(const QString &citizen);
    qint64 messagesInDb();
    void dbCheckIsClean();

    std::unique_ptr<FakeServer> m_graph;
    std::unique_ptr<FakeServer> m_mastodon;
};

void TestChannels::initTestCase()
{
    QVERIFY2(inKeyringSession(), "run through tests/unit/secrets/with-keyring.sh (ctest does)");
}

void TestChannels::init()
{
    QVERIFY(setUpChannels());
    m_graph = std::make_unique<FakeServer>(QStringLiteral(TORGET_FAKE_GRAPH));
    QVERIFY(m_graph->start());
    m_mastodon = std::make_unique<FakeServer>(QStringLiteral(TORGET_FAKE_MASTODON));
    QVERIFY(m_mastodon->start());
}

void TestChannels::cleanup()
{
    // Each test leaves the keychain as it found it.
    for (const QJsonValue &a : cli({u"account"_s, u"list"_s, u"--format"_s, u"json"_s}).json())
        (void)cli({u"account"_s, u"remove"_s, a[u"name"_s].toString()});
    m_graph.reset();
    m_mastodon.reset();
    m_dir.reset();
}

void TestChannels::addFacebook(const QString &token)
{
    CLI_OK(cli({u"account"_s, u"add"_s, u"facebook"_s, u"--name"_s, u"Demo kommune på Facebook"_s,
                u"--base-url"_s, m_graph->base() + u"/v25.0"_s, u"--page-id"_s, u"1000001"_s,
                u"--token-stdin"_s},
               token.toUtf8() + '\n'));
}

void TestChannels::addMastodon()
{
    CLI_OK(cli({u"account"_s, u"add"_s, u"mastodon"_s, u"--name"_s, u"Demo kommune på Mastodon"_s,
                u"--base-url"_s, m_mastodon->base(), u"--token-stdin"_s},
               "torget-fake-token\n"));
}

QJsonObject TestChannels::accountNamed(const QString &name)
{
    for (const QJsonValue &a : cli({u"account"_s, u"list"_s, u"--format"_s, u"json"_s}).json()) {
        if (a[u"name"_s].toString() == name)
            return a.toObject();
    }
    return {};
}

qint64 TestChannels::conversationOf(const QString &citizen)
{
    const CliResult list =
        cli({u"conversations"_s, u"list"_s, u"--format"_s, u"json"_s, u"--limit"_s, u"1000"_s});
    for (const QJsonValue &c : list.json()) {
        if (c[u"citizen"_s].toString() == citizen)
            return c[u"id"_s].toInteger();
    }
    return 0;
}

qint64 TestChannels::messagesInDb()
{
    const CliResult check = cli({u"db"_s, u"check"_s});
    static const QRegularExpression count(u"(\\d+) messages"_s);
    const auto m = count.match(QString::fromUtf8(check.out));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

void TestChannels::dbCheckIsClean()
{
    CLI_OK(cli({u"db"_s, u"check"_s}));
}

void TestChannels::facebook_commentAndDm_syncReplyFlush_oneReplyEach()
{
    addFacebook();
    const QJsonObject dm = m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"psid-kari"_s},
                                                          {u"name"_s, u"Kari Nordmann"_s},
                                                          {u"text"_s, u"Når tømmes glass og metall?"_s}});
    QVERIFY(!dm[u"message_id"_s].toString().isEmpty());
    const QString post =
        m_graph->post(u"/_fake/post"_s, {{u"text"_s, u"Vegarbeid i Storgata"_s}})[u"id"_s].toString();
    const QString comment =
        m_graph
            ->post(u"/_fake/comment"_s, {{u"post_id"_s, post},
                                         {u"from_id"_s, u"psid-per"_s},
                                         {u"from_name"_s, u"Per Hansen"_s},
                                         {u"text"_s, u"Hvor lenge varer det?"_s}})[u"id"_s]
            .toString();
    QVERIFY(!comment.isEmpty());

    const CliResult synced = cli({u"sync"_s, u"--once"_s});
    CLI_OK(synced);
    // (Plural forms come from the translations: "message(s)" untranslated, "messages" in English.)
    QVERIFY2(synced.out.contains(": 2 new or changed message"), qPrintable(synced.describe()));
    const qint64 kari = conversationOf(u"Kari Nordmann"_s);
    const qint64 per = conversationOf(u"Per Hansen"_s);
    QVERIFY(kari > 0 && per > 0);

    const CliResult r1 =
        cli({u"reply"_s, QString::number(kari), u"--text"_s, u"Hei Kari! Neste tømming er torsdag."_s});
    CLI_OK(r1);
    QVERIFY2(QString::fromUtf8(r1.out).trimmed().toLongLong() > 0, qPrintable(r1.describe()));
    CLI_OK(cli({u"reply"_s, QString::number(per), u"--text"_s, u"Hei Per, arbeidet varer i to uker."_s}));
    const QJsonArray queued = cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s}).json();
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued[0][u"state"_s].toString(), u"queued"_s);

    const CliResult flushed = cli({u"outbox"_s, u"flush"_s});
    CLI_OK(flushed);
    QVERIFY2(flushed.out.contains("Sent 2 repl"), qPrintable(flushed.describe()));
    const QJsonArray sent = m_graph->sent();
    QCOMPARE(sent.size(), 2);
    QJsonObject toKari;
    QJsonObject toPer;
    for (const QJsonValue &s : sent)
        (s[u"kind"_s].toString() == u"message"_s ? toKari : toPer) = s.toObject();
    QCOMPARE(toKari[u"target"_s].toString(), u"psid-kari"_s);
    QCOMPARE(toKari[u"messaging_type"_s].toString(), u"RESPONSE"_s);
    QCOMPARE(toKari[u"text"_s].toString(), u"Hei Kari! Neste tømming er torsdag."_s);
    QCOMPARE(toPer[u"kind"_s].toString(), u"comment"_s);
    QCOMPARE(toPer[u"target"_s].toString(), comment);

    // Everything is recorded; flushing and syncing again send and store nothing twice.
    for (const QJsonValue &e : cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s}).json()) {
        QCOMPARE(e[u"state"_s].toString(), u"sent"_s);
        QVERIFY(!e[u"external_id"_s].toString().isEmpty());
    }
    CLI_OK(cli({u"outbox"_s, u"flush"_s}));
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    QCOMPARE(m_graph->sent().size(), 2);
    QCOMPARE(messagesInDb(), qint64(4));
    dbCheckIsClean();
}

void TestChannels::facebook_expiredToken_asksToSignIn_thenResumesWithoutDuplicates()
{
    addFacebook();
    for (int i = 0; i < 3; ++i)
        m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"p%1"_s.arg(i)}, {u"text"_s, u"Spørsmål %1"_s.arg(i)}});
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    const QJsonObject before = accountNamed(u"Demo kommune på Facebook"_s);
    QCOMPARE(before[u"state"_s].toString(), u"active"_s);
    QVERIFY(!before[u"last_sync"_s].toObject().value(u"messenger"_s).toString().isEmpty());

    m_graph->post(u"/_fake/token"_s, {{u"valid"_s, false}});
    m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"p1"_s}, {u"text"_s, u"Hallo? Er det noen der?"_s}});
    const CliResult expired = cli({u"sync"_s, u"--once"_s});
    CLI_FAILS_ONE_LINE(expired, 1);
    const QJsonObject signin = accountNamed(u"Demo kommune på Facebook"_s);
    QCOMPARE(signin[u"state"_s].toString(), u"signin"_s);
    QVERIFY(!signin[u"last_error"_s].toString().isEmpty());
    QCOMPARE(signin[u"gaps"_s].toArray().size(), 1);
    // Still refused, without asking the platform, until someone signs in.
    const int requests = m_graph->call("GET", u"/_fake/requests"_s).object()[u"count"_s].toInt();
    const CliResult refused = cli({u"sync"_s, u"--once"_s, u"--account"_s, u"Demo kommune på Facebook"_s});
    CLI_FAILS_ONE_LINE(refused, 1);
    QVERIFY2(refused.err.contains("sign in"), qPrintable(refused.describe()));
    QCOMPARE(m_graph->call("GET", u"/_fake/requests"_s).object()[u"count"_s].toInt(), requests);

    m_graph->post(u"/_fake/token"_s, {{u"valid"_s, true}});
    CLI_OK(cli({u"account"_s, u"signin"_s, u"Demo kommune på Facebook"_s, u"--token-stdin"_s},
               "fb-page-token-secret-2\n"));
    const CliResult resumed = cli({u"sync"_s, u"--once"_s});
    CLI_OK(resumed);
    QVERIFY2(resumed.out.contains(": 1 new or changed message"), qPrintable(resumed.describe()));
    QCOMPARE(messagesInDb(), qint64(4));
    const QJsonObject after = accountNamed(u"Demo kommune på Facebook"_s);
    QCOMPARE(after[u"state"_s].toString(), u"active"_s);
    QCOMPARE(after[u"gaps"_s].toArray().size(), 0);
    dbCheckIsClean();
}

void TestChannels::facebook_serverErrors_areRetried_andAGapShowsUntilASyncSucceeds()
{
    addFacebook();
    m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"p1"_s}, {u"text"_s, u"Hei"_s}});
    // Two failures: the sync's own retries (with backoff) get through.
    m_graph->post(u"/_fake/faults"_s,
                  {{u"path"_s, u"/conversations"_s}, {u"status"_s, 502}, {u"count"_s, 2}});
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    QCOMPARE(messagesInDb(), qint64(1));
    QCOMPARE(accountNamed(u"Demo kommune på Facebook"_s)[u"gaps"_s].toArray().size(), 0);

    // Many failures: the sync gives up, and the account shows the gap and the error.
    m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"p2"_s}, {u"text"_s, u"Hallo"_s}});
    m_graph->post(u"/_fake/faults"_s,
                  {{u"path"_s, u"/conversations"_s}, {u"status"_s, 500}, {u"count"_s, 50}});
    QElapsedTimer timer;
    timer.start();
    CLI_FAILS_ONE_LINE(cli({u"sync"_s, u"--once"_s}), 1);
    QVERIFY2(timer.elapsed() > 1000, "retries back off"); // 0.5 + 1 + 2 s at the least jitter
    const QJsonObject failing = accountNamed(u"Demo kommune på Facebook"_s);
    QCOMPARE(failing[u"gaps"_s].toArray().size(), 1);
    QVERIFY(!failing[u"errors"_s].toObject().value(u"messenger"_s).toString().isEmpty());
    QCOMPARE(failing[u"state"_s].toString(), u"active"_s);

    m_graph->call("DELETE", u"/_fake/faults"_s);
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    QCOMPARE(messagesInDb(), qint64(2));
    const QJsonObject healed = accountNamed(u"Demo kommune på Facebook"_s);
    QCOMPARE(healed[u"gaps"_s].toArray().size(), 0);
    QCOMPARE(healed[u"last_error"_s].toString(), QString());
}

void TestChannels::facebook_rateLimit_nothingIsRequestedWhileBlocked()
{
    addFacebook();
    m_graph->post(u"/_fake/dm"_s,
                  {{u"psid"_s, u"p1"_s}, {u"name"_s, u"Kari Nordmann"_s}, {u"text"_s, u"Hei"_s}});
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    const qint64 c = conversationOf(u"Kari Nordmann"_s);
    QVERIFY(c > 0);
    // Graph: "(#80001) There have been too many calls to this Page account", access back in 5 minutes.
    m_graph->post(u"/_fake/faults"_s,
                  {{u"path"_s, u"/conversations"_s}, {u"graph_code"_s, 80001}, {u"regain_minutes"_s, 5}});
    CLI_FAILS_ONE_LINE(cli({u"sync"_s, u"--once"_s}), 1);
    QVERIFY(!accountNamed(u"Demo kommune på Facebook"_s)[u"blocked_until"_s].toString().isEmpty());
    // The next runs (new processes) know the block from the database: no request goes out, for a
    // sync or for a reply.
    const int requests = m_graph->call("GET", u"/_fake/requests"_s).object()[u"count"_s].toInt();
    CLI_FAILS_ONE_LINE(cli({u"sync"_s, u"--once"_s}), 1);
    CLI_OK(cli({u"reply"_s, QString::number(c), u"--text"_s, u"Hei Kari!"_s}));
    const CliResult flushed = cli({u"outbox"_s, u"flush"_s});
    CLI_FAILS_ONE_LINE(flushed, 1);
    QVERIFY2(flushed.err.contains("1 still waiting"), qPrintable(flushed.describe()));
    QCOMPARE(m_graph->call("GET", u"/_fake/requests"_s).object()[u"count"_s].toInt(), requests);
    QCOMPARE(m_graph->sent().size(), 0);
    QCOMPARE(cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s}).json()[0][u"state"_s].toString(),
             u"queued"_s);
}

void TestChannels::mastodon_mentionAndDm_syncReplyFlush_keepTheirVisibility()
{
    addMastodon();
    const QJsonObject mastodon = accountNamed(u"Demo kommune på Mastodon"_s);
    QCOMPARE(mastodon[u"external_id"_s].toString(), u"1"_s); // filled in from verify_credentials
    const QString mention =
        m_mastodon
            ->post(u"/_fake/mention"_s, {{u"acct"_s, u"kari@example.org"_s},
                                         {u"display_name"_s, u"Kari Nordmann"_s},
                                         {u"text"_s, u"@kommune når åpner bassenget?"_s},
                                         {u"visibility"_s, u"unlisted"_s}})[u"status"_s][u"id"_s]
            .toString();
    const QString direct =
        m_mastodon
            ->post(u"/_fake/dm"_s, {{u"acct"_s, u"per"_s},
                                    {u"display_name"_s, u"Per Hansen"_s},
                                    {u"text"_s, u"@kommune jeg har en klage"_s}})[u"status"_s][u"id"_s]
            .toString();
    QVERIFY(!mention.isEmpty() && !direct.isEmpty());
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    const qint64 kari = conversationOf(u"Kari Nordmann"_s);
    const qint64 per = conversationOf(u"Per Hansen"_s);
    QVERIFY(kari > 0 && per > 0);
    CLI_OK(cli({u"reply"_s, QString::number(kari), u"--text"_s, u"Bassenget åpner mandag."_s}));
    CLI_OK(cli({u"reply"_s, QString::number(per), u"--text"_s, u"Send klagen til postmottak@kommune.no."_s}));
    CLI_OK(cli({u"outbox"_s, u"flush"_s}));
    const QJsonArray sent = m_mastodon->sent();
    QCOMPARE(sent.size(), 2);
    for (const QJsonValue &s : sent) {
        if (s[u"in_reply_to_id"_s].toString() == mention) {
            QCOMPARE(s[u"visibility"_s].toString(), u"unlisted"_s);
            QVERIFY(s[u"text"_s].toString().contains(u"@kari@example.org"_s));
        } else {
            QCOMPARE(s[u"in_reply_to_id"_s].toString(), direct);
            QCOMPARE(s[u"visibility"_s].toString(), u"direct"_s); // a DM answer stays private
            QVERIFY(s[u"text"_s].toString().contains(u"@per"_s));
        }
        QCOMPARE(s[u"attempts"_s].toInt(1), 1);
        QVERIFY(!s[u"idempotency_key"_s].toString().isEmpty());
    }
    // Our statuses come back with the next sync: recognised, not stored twice.
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    CLI_OK(cli({u"outbox"_s, u"flush"_s}));
    QCOMPARE(m_mastodon->sent().size(), 2);
    QCOMPARE(messagesInDb(), qint64(4));
    dbCheckIsClean();
}

void TestChannels::mastodon_lostConfirmation_isNotSentTwice()
{
    addMastodon();
    m_mastodon->post(
        u"/_fake/dm"_s,
        {{u"acct"_s, u"per"_s}, {u"display_name"_s, u"Per Hansen"_s}, {u"text"_s, u"@kommune hei"_s}});
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    CLI_OK(cli({u"reply"_s, QString::number(conversationOf(u"Per Hansen"_s)), u"--text"_s, u"Hei Per"_s}));
    // The status is posted, but the answer is lost (a 502 from a proxy after the server took it).
    m_mastodon->post(u"/_fake/faults"_s, {{u"path"_s, u"/api/v1/statuses"_s},
                                          {u"method"_s, u"POST"_s},
                                          {u"status"_s, 502},
                                          {u"processed"_s, true}});
    CLI_OK(cli({u"outbox"_s, u"flush"_s}));
    const QJsonArray sent = m_mastodon->sent();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0][u"attempts"_s].toInt(), 2); // the same Idempotency-Key, answered from memory
    const QJsonArray outbox = cli({u"outbox"_s, u"list"_s, u"--format"_s, u"json"_s}).json();
    QCOMPARE(outbox[0][u"state"_s].toString(), u"sent"_s);
    QCOMPARE(outbox[0][u"external_id"_s].toString(), sent[0][u"id"_s].toString());
}

void TestChannels::mastodon_rateLimit_waitsForTheReset_thenContinues()
{
    addMastodon();
    m_mastodon->post(u"/_fake/mention"_s, {{u"acct"_s, u"kari"_s}, {u"text"_s, u"@kommune hei"_s}});
    m_mastodon->post(u"/_fake/ratelimit"_s, {{u"remaining"_s, 0}, {u"reset_in_s"_s, 3}});
    QElapsedTimer timer;
    timer.start();
    const CliResult synced = cli({u"sync"_s, u"--once"_s});
    CLI_OK(synced);
    QVERIFY2(timer.elapsed() >= 2000, qPrintable(u"finished after %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(messagesInDb(), qint64(1));
    // One refused request, then nothing until the reset.
    const QJsonArray log = m_mastodon->call("GET", u"/_fake/requests"_s).object()[u"requests"_s].toArray();
    QVERIFY(log.size() >= 2);
}

void TestChannels::account_tokenOnlyFromStdin_andNeverInTheDatabase()
{
    CLI_FAILS_ONE_LINE(cli({u"account"_s, u"add"_s, u"facebook"_s, u"--name"_s, u"X"_s, u"--base-url"_s,
                            m_graph->base() + u"/v25.0"_s, u"--page-id"_s, u"1000001"_s}),
                       2);
    CLI_FAILS_ONE_LINE(cli({u"account"_s, u"add"_s, u"facebook"_s, u"--name"_s, u"X"_s, u"--base-url"_s,
                            u"http://example.org/v25.0"_s, u"--page-id"_s, u"1000001"_s, u"--token-stdin"_s},
                           "tok\n"),
                       1);
    CLI_FAILS_ONE_LINE(cli({u"account"_s, u"add"_s, u"facebook"_s, u"--name"_s, u"X"_s, u"--base-url"_s,
                            m_graph->base() + u"/v25.0"_s, u"--page-id"_s, u"999"_s, u"--token-stdin"_s},
                           "tok\n"),
                       1);
    QCOMPARE(cli({u"account"_s, u"list"_s, u"--format"_s, u"json"_s}).json().size(), 0);
    const QString token = u"EAAB-very-secret-page-token-4711"_s;
    addFacebook(token);
    m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"p1"_s}, {u"text"_s, u"Hei"_s}});
    const CliResult synced = cli({u"sync"_s, u"--once"_s});
    CLI_OK(synced);
    QVERIFY(!synced.out.contains(token.toUtf8()));
    QByteArray everything;
    for (const QString &file : QDir(m_dir->path()).entryList({u"torget.sqlite*"_s}, QDir::Files)) {
        QFile f(m_dir->filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        everything += f.readAll();
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains(token.toUtf8()));
    QVERIFY(!everything.contains("very-secret"));
    const QJsonObject account = accountNamed(u"Demo kommune på Facebook"_s);
    QCOMPARE(account[u"channel"_s].toString(), u"facebook"_s);
    QCOMPARE(account[u"external_id"_s].toString(), u"1000001"_s);
    QCOMPARE(account[u"base_url"_s].toString(), m_graph->base() + u"/v25.0"_s);
    QCOMPARE(account[u"sync_interval"_s].toInt(), 300);
    QCOMPARE(account[u"last_sync"_s].toObject().keys(), (QStringList{u"feed"_s, u"messenger"_s, u"posts"_s}));
}

void TestChannels::account_pauseResumeRemove()
{
    addFacebook();
    m_graph->post(u"/_fake/dm"_s, {{u"psid"_s, u"p1"_s}, {u"text"_s, u"Hei"_s}});
    CLI_OK(cli({u"account"_s, u"pause"_s, u"Demo kommune på Facebook"_s}));
    const CliResult paused = cli({u"sync"_s, u"--once"_s});
    CLI_OK(paused);
    QVERIFY(paused.out.contains("No active account"));
    QCOMPARE(m_graph->call("GET", u"/_fake/requests"_s).object()[u"count"_s].toInt(), 1); // verify at add
    CLI_OK(cli({u"account"_s, u"resume"_s, u"Demo kommune på Facebook"_s}));
    CLI_OK(cli({u"sync"_s, u"--once"_s}));
    QCOMPARE(messagesInDb(), qint64(1));
    CLI_OK(cli({u"account"_s, u"remove"_s, u"Demo kommune på Facebook"_s, u"--keep-data"_s}));
    QCOMPARE(accountNamed(u"Demo kommune på Facebook"_s)[u"state"_s].toString(), u"paused"_s);
    QCOMPARE(messagesInDb(), qint64(1));
    CLI_OK(cli({u"account"_s, u"remove"_s, u"Demo kommune på Facebook"_s}));
    QCOMPARE(cli({u"account"_s, u"list"_s, u"--format"_s, u"json"_s}).json().size(), 0);
    QCOMPARE(messagesInDb(), qint64(0));
    dbCheckIsClean();
}

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
