// MastodonFake: app registration and the OAuth 2 authorization code flow with PKCE (S256), as
// Mastodon's Doorkeeper setup answers it.

#include "mastodonfake.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace Torget {

namespace {

const QStringList &knownScopes()
{
    static const QStringList scopes = {QStringLiteral("read"),
                                       QStringLiteral("write"),
                                       QStringLiteral("push"),
                                       QStringLiteral("follow"),
                                       QStringLiteral("profile"),
                                       QStringLiteral("read:accounts"),
                                       QStringLiteral("read:blocks"),
                                       QStringLiteral("read:bookmarks"),
                                       QStringLiteral("read:favourites"),
                                       QStringLiteral("read:filters"),
                                       QStringLiteral("read:follows"),
                                       QStringLiteral("read:lists"),
                                       QStringLiteral("read:mutes"),
                                       QStringLiteral("read:notifications"),
                                       QStringLiteral("read:search"),
                                       QStringLiteral("read:statuses"),
                                       QStringLiteral("write:accounts"),
                                       QStringLiteral("write:blocks"),
                                       QStringLiteral("write:bookmarks"),
                                       QStringLiteral("write:conversations"),
                                       QStringLiteral("write:favourites"),
                                       QStringLiteral("write:filters"),
                                       QStringLiteral("write:follows"),
                                       QStringLiteral("write:lists"),
                                       QStringLiteral("write:media"),
                                       QStringLiteral("write:mutes"),
                                       QStringLiteral("write:notifications"),
                                       QStringLiteral("write:reports"),
                                       QStringLiteral("write:statuses")};
    return scopes;
}

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QStringList splitScopes(const QString &scopes)
{
    return scopes.split(QRegularExpression(QStringLiteral("[\\s+]+")), Qt::SkipEmptyParts);
}

QJsonObject oauthError(const QString &error, const QString &description)
{
    QJsonObject o;
    o.insert(QLatin1String("error"), error);
    o.insert(QLatin1String("error_description"), description);
    return o;
}

} // namespace

MastodonFake::Answer MastodonFake::registerApp(const Call &call)
{
    const QJsonObject &p = call.params;
    const QString name = p.value(QLatin1String("client_name")).toString().trimmed();
    if (name.isEmpty())
        return error(422, QStringLiteral("Validation failed: Application name can't be blank"));
    QStringList redirects;
    const QJsonValue given = p.contains(QLatin1String("redirect_uris[]"))
                                 ? p.value(QLatin1String("redirect_uris[]"))
                                 : p.value(QLatin1String("redirect_uris"));
    if (given.isArray()) {
        for (const QJsonValue &v : given.toArray())
            redirects << v.toString().trimmed();
    } else {
        redirects = given.toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    if (redirects.isEmpty())
        return error(422, QStringLiteral("Validation failed: Redirect URI can't be blank"));
    for (const QString &uri : redirects) {
        const QUrl url(uri, QUrl::StrictMode);
        if (uri != QLatin1String("urn:ietf:wg:oauth:2.0:oob") &&
            (!url.isValid() || url.isRelative() || url.host().isEmpty()))
            return error(422, QStringLiteral("Validation failed: Redirect URI must be an absolute URI."));
    }
    QStringList scopes = splitScopes(p.value(QLatin1String("scopes")).toString(QStringLiteral("read")));
    if (scopes.isEmpty())
        scopes << QStringLiteral("read");
    for (const QString &scope : scopes) {
        if (!knownScopes().contains(scope))
            return error(422, QStringLiteral("Validation failed: Scopes must be a valid scope"));
    }
    App app;
    app.id = nextId(m_nextApp);
    app.name = name;
    app.clientId = randomToken();
    app.clientSecret = randomToken();
    app.redirectUris = redirects;
    app.scopes = scopes;
    app.website = p.value(QLatin1String("website")).toString();
    m_apps.insert(app.clientId, app);

    QJsonObject o;
    o.insert(QLatin1String("id"), app.id);
    o.insert(QLatin1String("name"), app.name);
    o.insert(QLatin1String("website"), app.website.isEmpty() ? QJsonValue() : QJsonValue(app.website));
    o.insert(QLatin1String("scopes"), QJsonArray::fromStringList(app.scopes));
    o.insert(QLatin1String("redirect_uri"), app.redirectUris.join(u'\n'));
    o.insert(QLatin1String("redirect_uris"), QJsonArray::fromStringList(app.redirectUris));
    o.insert(QLatin1String("client_id"), app.clientId);
    o.insert(QLatin1String("client_secret"), app.clientSecret);
    o.insert(QLatin1String("client_secret_expires_at"), 0);
    o.insert(QLatin1String("vapid_key"),
             QStringLiteral(
                 "BCk-QqERU0q-CfYZjcuB6lnyyOYfJ2AifKqfeGIm7Z-HiTU5T9eTG5GxVA0_OH5mMlI4UkkDTpaZwozy0TzdZ2M="));
    return json(o);
}

MastodonFake::Answer MastodonFake::authorize(const Call &call)
{
    const QJsonObject &p = call.params;
    const QString clientId = p.value(QLatin1String("client_id")).toString();
    const QString redirectUri = p.value(QLatin1String("redirect_uri")).toString();
    const QString state = p.value(QLatin1String("state")).toString();
    const auto app = m_apps.constFind(clientId);
    // Doorkeeper shows an error page (no redirect) when the client or its redirect URI is unknown.
    if (app == m_apps.constEnd())
        return json(
            oauthError(QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed.")),
            401);
    if (!app->redirectUris.contains(redirectUri))
        return json(
            oauthError(QStringLiteral("invalid_redirect_uri"),
                       QStringLiteral("The requested redirect uri is malformed or doesn't match client "
                                      "redirect URI.")),
            400);
    auto redirect = [&](const QList<QPair<QString, QString>> &items) {
        QUrl target(redirectUri);
        QUrlQuery query(target);
        for (const auto &[key, value] : items)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        if (!state.isEmpty())
            query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
        target.setQuery(query);
        Answer a;
        a.status = 302;
        a.contentType = "text/html; charset=utf-8";
        a.headers.append({"Location", target.toString(QUrl::FullyEncoded).toUtf8()});
        a.body = "<html><body>You are being redirected.</body></html>";
        return a;
    };
    if (p.value(QLatin1String("response_type")).toString() != QLatin1String("code"))
        return redirect({{QStringLiteral("error"), QStringLiteral("unsupported_response_type")}});
    QStringList scopes = splitScopes(p.value(QLatin1String("scope")).toString());
    if (scopes.isEmpty())
        scopes = app->scopes;
    for (const QString &scope : scopes) {
        if (!app->scopes.contains(scope))
            return redirect({{QStringLiteral("error"), QStringLiteral("invalid_scope")}});
    }
    const QString challenge = p.value(QLatin1String("code_challenge")).toString();
    if (!challenge.isEmpty() &&
        p.value(QLatin1String("code_challenge_method")).toString() != QLatin1String("S256"))
        return redirect({{QStringLiteral("error"), QStringLiteral("invalid_request")},
                         {QStringLiteral("error_description"), QStringLiteral("Only S256 is supported.")}});
    if (m_denyAuthorization)
        return redirect({{QStringLiteral("error"), QStringLiteral("access_denied")},
                         {QStringLiteral("error_description"),
                          QStringLiteral("The resource owner or authorization server denied the request.")}});
    const QString code = randomToken();
    m_grants.insert(code, Grant{clientId, redirectUri, challenge, scopes.join(u' ')});
    return redirect({{QStringLiteral("code"), code}});
}

MastodonFake::Answer MastodonFake::issueToken(const Call &call)
{
    const QJsonObject &p = call.params;
    const QString grantType = p.value(QLatin1String("grant_type")).toString();
    if (grantType != QLatin1String("authorization_code"))
        return json(
            oauthError(QStringLiteral("unsupported_grant_type"),
                       QStringLiteral("The authorization grant type is not supported by the authorization "
                                      "server.")),
            400);
    QString clientId = p.value(QLatin1String("client_id")).toString();
    QString secret = p.value(QLatin1String("client_secret")).toString();
    const QByteArray basic = call.headers.value("authorization");
    if (basic.startsWith("Basic ")) {
        const QList<QByteArray> pair = QByteArray::fromBase64(basic.mid(6)).split(':');
        if (pair.size() == 2) {
            clientId = QUrl::fromPercentEncoding(pair.at(0));
            secret = QUrl::fromPercentEncoding(pair.at(1));
        }
    }
    const auto app = m_apps.constFind(clientId);
    if (app == m_apps.constEnd() || app->clientSecret != secret)
        return json(
            oauthError(QStringLiteral("invalid_client"),
                       QStringLiteral("Client authentication failed due to unknown client, no client "
                                      "authentication included, or unsupported authentication method.")),
            401);
    const QJsonObject invalidGrant = oauthError(
        QStringLiteral("invalid_grant"),
        QStringLiteral("The provided authorization grant is invalid, expired, revoked, does not match "
                       "the redirection URI used in the authorization request, or was issued to another "
                       "client."));
    const QString code = p.value(QLatin1String("code")).toString();
    const auto grant = m_grants.constFind(code);
    if (grant == m_grants.constEnd() || grant->clientId != clientId ||
        grant->redirectUri != p.value(QLatin1String("redirect_uri")).toString())
        return json(invalidGrant, 400);
    if (!grant->challenge.isEmpty()) {
        const QByteArray verifier = p.value(QLatin1String("code_verifier")).toString().toLatin1();
        const QByteArray computed =
            QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (verifier.isEmpty() || QString::fromLatin1(computed) != grant->challenge)
            return json(invalidGrant, 400);
    }
    const QString scope = grant->scope;
    m_grants.remove(code); // a code is good for one token
    const QString token = randomToken();
    m_issuedTokens << token;
    QJsonObject o;
    o.insert(QLatin1String("access_token"), token);
    o.insert(QLatin1String("token_type"), QStringLiteral("Bearer"));
    o.insert(QLatin1String("scope"), scope);
    o.insert(QLatin1String("created_at"), QDateTime::currentSecsSinceEpoch());
    return json(o);
}

MastodonFake::Answer MastodonFake::discovery() const
{
    const QString base = baseUrl();
    QJsonObject o;
    o.insert(QLatin1String("issuer"), QString(base + u'/'));
    o.insert(QLatin1String("service_documentation"), QStringLiteral("https://docs.joinmastodon.org/"));
    o.insert(QLatin1String("authorization_endpoint"), QString(base + QStringLiteral("/oauth/authorize")));
    o.insert(QLatin1String("token_endpoint"), QString(base + QStringLiteral("/oauth/token")));
    o.insert(QLatin1String("app_registration_endpoint"), QString(base + QStringLiteral("/api/v1/apps")));
    o.insert(QLatin1String("revocation_endpoint"), QString(base + QStringLiteral("/oauth/revoke")));
    o.insert(QLatin1String("userinfo_endpoint"), QString(base + QStringLiteral("/oauth/userinfo")));
    o.insert(QLatin1String("scopes_supported"), QJsonArray::fromStringList(knownScopes()));
    o.insert(QLatin1String("response_types_supported"), QJsonArray{QStringLiteral("code")});
    o.insert(QLatin1String("response_modes_supported"),
             QJsonArray{QStringLiteral("query"), QStringLiteral("fragment"), QStringLiteral("form_post")});
    o.insert(QLatin1String("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")});
    o.insert(QLatin1String("grant_types_supported"),
             QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("client_credentials")});
    o.insert(QLatin1String("token_endpoint_auth_methods_supported"),
             QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")});
    return json(o);
}

} // namespace Torget
