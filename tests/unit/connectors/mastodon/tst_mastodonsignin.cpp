// MastodonSignIn through the whole browser flow against MastodonFake: app registration, the
// authorize page (a simulated browser follows the 302 to the loopback redirect), the token
// exchange with PKCE checked by the fake.

#include "connectors/mastodon/mastodonconnector.h"
#include "connectors/mastodon/mastodonsignin.h"
#include "mastodonfake.h"
#include "util/clock.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Torget;

namespace {

// A browser that opens the authorize URL (optionally altered first) and follows its redirect.
class Browser final : public QObject
{
public:
    std::function<QUrl(QUrl)> tamper;
    QUrl opened;
    QUrl redirectedTo;
    int pageStatus = 0;

    void open(const QUrl &url)
    {
        opened = url;
        get(tamper ? tamper(url) : url, true);
    }

private:
    void get(const QUrl &url, bool follow)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, follow] {
            reply->deleteLater();
            const QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
            if (follow && location.isValid()) {
                redirectedTo = reply->url().resolved(location);
                get(redirectedTo, false);
            } else {
                pageStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            }
        });
    }

    QNetworkAccessManager m_network;
};

struct SignInOutcome
{
    std::optional<Result<QString>> result;
    int emissions = 0;
};

QString errorOf(const std::optional<Result<QString>> &result)
{
    return result && !result->ok() ? result->error() : QString();
}

QString s256(const QByteArray &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestMastodonSignIn final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MastodonFake> m_fake;
    std::unique_ptr<QNetworkAccessManager> m_network;

    SignInOutcome run(MastodonSignIn &signIn, Browser *browser, int timeoutMs = 15000)
    {
        SignInOutcome out;
        QEventLoop loop;
        connect(&signIn, &MastodonSignIn::finished, &loop, [&](const Result<QString> &result) {
            ++out.emissions;
            out.result.emplace(result);
            loop.quit();
        });
        if (browser)
            connect(&signIn, &MastodonSignIn::openBrowser, browser,
                    [browser](const QUrl &url) { browser->open(url); });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        signIn.start();
        loop.exec();
        QTest::qWait(100); // a second finished() would arrive here
        return out;
    }

private Q_SLOTS:
    void init();
    void cleanup();
    void browserFlow_givesATokenTheServerAccepts();
    void wrongVerifier_isRefusedByTheServer();
    void deniedInTheBrowser_endsTheSignIn();
    void noAnswerFromTheBrowser_timesOut();
    void failedRegistration_saysSo();
    void plainHttpToAnotherHost_isRefused();
};

void TestMastodonSignIn::init()
{
    m_fake = std::make_unique<MastodonFake>();
    QVERIFY(m_fake->listen(QHostAddress::LocalHost, 0) != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestMastodonSignIn::cleanup()
{
    m_network.reset();
    m_fake.reset();
}

void TestMastodonSignIn::browserFlow_givesATokenTheServerAccepts()
{
    MastodonSignIn signIn(m_fake->baseUrl(), *m_network);
    Browser browser;
    const SignInOutcome out = run(signIn, &browser);
    QVERIFY(out.result.has_value());
    QVERIFY2(out.result->ok(), qPrintable(errorOf(out.result)));
    QCOMPARE(out.emissions, 1);

    // What the browser was asked to open: Mastodon's authorize page with PKCE S256.
    QCOMPARE(browser.opened.path(), QStringLiteral("/oauth/authorize"));
    const QUrlQuery query(browser.opened);
    QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), MastodonSignIn::scopes());
    QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
    const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QCOMPARE(browser.redirectedTo.port(), redirect.port());
    QCOMPARE(browser.pageStatus, 200); // the loopback page that says "you can close this page"

    // The token works for the API.
    Account account;
    account.name = QStringLiteral("Demo kommune");
    account.baseUrl = m_fake->baseUrl();
    SystemClock clock;
    MastodonConnector connector(account, *m_network, clock);
    connector.setToken(out.result->value());
    std::optional<Torget::Outcome<AccountIdentity>> who;
    connector.verify([&](Torget::Outcome<AccountIdentity> r) { who.emplace(std::move(r)); });
    QTRY_VERIFY(who.has_value());
    QVERIFY(who->ok());
    QCOMPARE(who->value().handle, MastodonFake::ownAcct());
}

void TestMastodonSignIn::wrongVerifier_isRefusedByTheServer()
{
    MastodonSignIn signIn(m_fake->baseUrl(), *m_network);
    Browser browser;
    // The authorize request carries the challenge of another verifier, so the verifier the
    // sign-in sends with the code does not match: the fake must refuse the grant.
    browser.tamper = [](QUrl url) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("code_challenge"));
        query.addQueryItem(QStringLiteral("code_challenge"),
                           s256("not-the-verifier-the-client-keeps-0123456789"));
        url.setQuery(query);
        return url;
    };
    const SignInOutcome out = run(signIn, &browser);
    QVERIFY(out.result.has_value());
    QVERIFY(!out.result->ok());
    QVERIFY2(out.result->error().contains(QStringLiteral("invalid_grant")), qPrintable(errorOf(out.result)));
    QCOMPARE(out.emissions, 1);
}

void TestMastodonSignIn::deniedInTheBrowser_endsTheSignIn()
{
    m_fake->setDenyAuthorization(true);
    MastodonSignIn signIn(m_fake->baseUrl(), *m_network);
    Browser browser;
    const SignInOutcome out = run(signIn, &browser);
    QVERIFY(out.result.has_value());
    QVERIFY(!out.result->ok());
    QVERIFY2(out.result->error().contains(QStringLiteral("refused in the browser")),
             qPrintable(errorOf(out.result)));
    QCOMPARE(out.emissions, 1);
    QVERIFY(QUrlQuery(browser.redirectedTo).queryItemValue(QStringLiteral("error")) ==
            QLatin1String("access_denied"));
}

void TestMastodonSignIn::noAnswerFromTheBrowser_timesOut()
{
    MastodonSignIn signIn(m_fake->baseUrl(), *m_network);
    signIn.setTimeout(500);
    bool asked = false;
    connect(&signIn, &MastodonSignIn::openBrowser, this, [&] { asked = true; });
    const SignInOutcome out = run(signIn, nullptr);
    QVERIFY(asked);
    QVERIFY(out.result.has_value());
    QVERIFY(!out.result->ok());
    QVERIFY2(out.result->error().contains(QStringLiteral("within the time")),
             qPrintable(errorOf(out.result)));
    QCOMPARE(out.emissions, 1);
}

void TestMastodonSignIn::failedRegistration_saysSo()
{
    MastodonFake::Fault f;
    f.path = QStringLiteral("/api/v1/apps");
    f.status = 503;
    m_fake->addFault(f);
    MastodonSignIn signIn(m_fake->baseUrl(), *m_network);
    Browser browser;
    const SignInOutcome out = run(signIn, &browser);
    QVERIFY(out.result.has_value());
    QVERIFY(!out.result->ok());
    QVERIFY2(out.result->error().contains(QStringLiteral("Could not register Torget")),
             qPrintable(errorOf(out.result)));
    QVERIFY(browser.opened.isEmpty());
}

void TestMastodonSignIn::plainHttpToAnotherHost_isRefused()
{
    MastodonSignIn signIn(QStringLiteral("http://mastodon.example"), *m_network);
    const SignInOutcome out = run(signIn, nullptr, 3000);
    QVERIFY(out.result.has_value());
    QVERIFY(!out.result->ok());
    QVERIFY(out.result->error().contains(QStringLiteral("https")));
}

QTEST_GUILESS_MAIN(TestMastodonSignIn)
#include "tst_mastodonsignin.moc"
