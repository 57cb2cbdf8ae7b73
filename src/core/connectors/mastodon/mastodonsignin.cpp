#include "mastodonsignin.h"

#include "connectors/httpclient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>

namespace Torget {

// Qt 6.4's handler drops a failed token request with a log line and no signal (the flow then waits
// for ever); this one reports the OAuth error body ({"error":"invalid_grant",…}) instead.
class MastodonReplyHandler final : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    using QOAuthHttpServerReplyHandler::QOAuthHttpServerReplyHandler;

Q_SIGNALS:
    void tokenRequestFailed(int status, const QString &error, const QString &description);

protected:
    void networkReplyFinished(QNetworkReply *reply) override
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
            return;
        }
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QString error = body.value(QLatin1String("error")).toString();
        if (error.isEmpty())
            error = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        Q_EMIT tokenRequestFailed(status, error, body.value(QLatin1String("error_description")).toString());
    }
};

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray randomVerifier()
{
    // RFC 7636: 43–128 characters from the unreserved set; 32 random bytes give 43.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &byte : bytes)
        byte = char(random->bounded(256));
    return base64Url(bytes);
}

} // namespace

MastodonSignIn::MastodonSignIn(const QString &baseUrl, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseText(baseUrl)
    , m_http(new HttpClient(network, this))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("Nobody signed in to %1 within the time allowed. Try again.").arg(m_base.host()));
    });
}

MastodonSignIn::~MastodonSignIn() = default;

QString MastodonSignIn::scopes()
{
    return QStringLiteral("read:accounts read:notifications read:statuses write:statuses");
}

QString MastodonSignIn::denied() const
{
    return tr("Signing in to %1 was refused in the browser.").arg(m_base.host());
}

void MastodonSignIn::start()
{
    if (m_started)
        return;
    m_started = true;
    const Outcome<QUrl> base = HttpClient::checkBaseUrl(m_baseText);
    if (!base.ok()) {
        QTimer::singleShot(0, this, [this, message = base.fault().message] { fail(message); });
        return;
    }
    m_base = base.value();
    m_timeout.start(m_timeoutMs);

    m_handler = new MastodonReplyHandler(QHostAddress::LocalHost, 0, this);
    if (!m_handler->isListening()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Torget could not open a local port to receive the answer from the browser."));
        });
        return;
    }
    m_handler->setCallbackText(tr("Torget has received the answer. You can close this page."));

    QUrl url = m_base;
    url.setPath(QStringLiteral("/api/v1/apps"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    QJsonObject app;
    app.insert(QLatin1String("client_name"), QStringLiteral("Torget"));
    // One string, not an array: servers before 4.3 accept only that, later ones accept both.
    app.insert(QLatin1String("redirect_uris"), m_handler->callback());
    app.insert(QLatin1String("scopes"), scopes());
    app.insert(QLatin1String("website"), QStringLiteral("https://torget.example.no"));
    m_http->send(
        request, "POST", QJsonDocument(app).toJson(QJsonDocument::Compact),
        [this, url](Outcome<HttpResponse> result) {
            if (!result.ok()) {
                fail(tr("Could not register Torget with %1: %2").arg(m_base.host(), result.fault().message));
                return;
            }
            const Outcome<QJsonDocument> json = HttpClient::parseJson(result.value(), url);
            const QJsonObject body = json.ok() ? json.value().object() : QJsonObject();
            const QString id = body.value(QLatin1String("client_id")).toString();
            const QString secret = body.value(QLatin1String("client_secret")).toString();
            if (result.value().status != 200 || id.isEmpty() || secret.isEmpty()) {
                QString said = body.value(QLatin1String("error")).toString();
                if (said.isEmpty())
                    said = QStringLiteral("HTTP %1").arg(result.value().status);
                fail(tr("Could not register Torget with %1: %2").arg(m_base.host(), said));
                return;
            }
            registered(id, secret);
        });
}

void MastodonSignIn::registered(const QString &clientId, const QString &clientSecret)
{
    if (m_done)
        return;
    QUrl authorize = m_base;
    authorize.setPath(QStringLiteral("/oauth/authorize"));
    QUrl token = m_base;
    token.setPath(QStringLiteral("/oauth/token"));
    m_flow = new QOAuth2AuthorizationCodeFlow(&m_network, this);
    m_flow->setAuthorizationUrl(authorize);
    m_flow->setAccessTokenUrl(token);
    m_flow->setClientIdentifier(clientId);
    m_flow->setClientIdentifierSharedKey(clientSecret);
    m_flow->setScope(scopes());
    m_flow->setReplyHandler(m_handler);

    m_verifier = randomVerifier();
    const QByteArray challenge = base64Url(QCryptographicHash::hash(m_verifier, QCryptographicHash::Sha256));
    m_flow->setModifyParametersFunction(
        [verifier = m_verifier, challenge](QAbstractOAuth::Stage stage,
                                           QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(challenge));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
            }
        });

    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &MastodonSignIn::openBrowser);
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        const QString accessToken = m_flow->token();
        if (accessToken.isEmpty())
            fail(tr("%1 signed Torget in without an access token.").arg(m_base.host()));
        else
            finish(accessToken);
    });
    connect(m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description) {
        if (error == QLatin1String("access_denied"))
            fail(denied());
        else
            fail(tr("%1 refused the sign-in: %2")
                     .arg(m_base.host(), description.isEmpty() ? error : description));
    });
    // The browser's redirect: an error there (the person pressed "Deny") ends the sign-in at once.
    // A redirect with someone else's state is not ours to act on: the flow ignores it, and so do we.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            [this](const QVariantMap &values) {
                const QString error = values.value(QStringLiteral("error")).toString();
                if (error.isEmpty() || values.value(QStringLiteral("state")).toString() != m_flow->state())
                    return;
                if (error == QLatin1String("access_denied"))
                    fail(denied());
                else
                    fail(tr("%1 refused the sign-in: %2").arg(m_base.host(), error));
            });
    connect(m_handler, &MastodonReplyHandler::tokenRequestFailed, this,
            [this](int status, const QString &error, const QString &description) {
                Q_UNUSED(description);
                if (error == QLatin1String("invalid_grant"))
                    fail(tr("%1 did not accept the sign-in (invalid_grant). Try again.").arg(m_base.host()));
                else if (status == 0)
                    fail(tr("Could not reach %1 to finish the sign-in: %2").arg(m_base.host(), error));
                else
                    fail(tr("%1 refused the sign-in: %2").arg(m_base.host(), error));
            });
    m_flow->grant();
}

void MastodonSignIn::cancel()
{
    fail(tr("Signing in to %1 was cancelled.").arg(m_base.isValid() ? m_base.host() : m_baseText));
}

void MastodonSignIn::finish(const Result<QString> &result)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    if (m_handler)
        m_handler->close(); // no more redirects accepted on the loopback port
    Q_EMIT finished(result);
}

} // namespace Torget

#include "mastodonsignin.moc"
