#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace Torget {

class HttpClient;
class MastodonReplyHandler;

// Signs a Mastodon account in through the browser (PLATFORM_APIS.md §4 OAuth, §8 QtNetworkAuth):
// registers Torget as an app on the instance with a loopback redirect (http://127.0.0.1:<port>/,
// a port chosen by the system), then runs the OAuth 2 authorization code flow with PKCE (S256).
// Qt 6.4 has no PKCE of its own, so the challenge and verifier are added through
// setModifyParametersFunction.
//
// A core class without widgets: it cannot open a browser, it asks for one with openBrowser() (the
// GUI connects QDesktopServices::openUrl; tests play the browser). finished() comes exactly once:
// the access token, or a translated reason (registration failed, denied in the browser, grant
// refused, no answer within the timeout, cancelled). The token is never logged.
class MastodonSignIn final : public QObject
{
    Q_OBJECT

public:
    MastodonSignIn(const QString &baseUrl, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~MastodonSignIn() override;

    static constexpr int kDefaultTimeoutMs = 5 * 60 * 1000;
    // Least privilege: read mentions, DMs and own posts, write replies, read who we are.
    static QString scopes();

    void setTimeout(int msecs) { m_timeoutMs = msecs; }
    void start();
    void cancel();

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void finished(const Torget::Result<QString> &token);

private:
    void registered(const QString &clientId, const QString &clientSecret);
    void finish(const Result<QString> &result);
    void fail(const QString &message) { finish(Error{message}); }
    QString denied() const;

    QNetworkAccessManager &m_network;
    QString m_baseText;
    QUrl m_base;
    HttpClient *m_http = nullptr;
    MastodonReplyHandler *m_handler = nullptr;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    QTimer m_timeout;
    int m_timeoutMs = kDefaultTimeoutMs;
    QByteArray m_verifier;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Torget
