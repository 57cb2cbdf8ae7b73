#include "httpclient.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Torget {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

void HttpClient::send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
                      std::function<void(Outcome<HttpResponse>)> done)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    reply->setParent(this);
    auto timer = new QTimer(reply);
    timer->setSingleShot(true);
    auto timedOut = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    const QString host = request.url().host();
    connect(reply, &QNetworkReply::finished, this, [reply, timedOut, host, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*timedOut) {
            done(Fault{FaultKind::Timeout,
                       tr("%1 did not answer in time.").arg(host),
                       QStringLiteral("timeout"),
                       {}});
            return;
        }
        // A platform error (400, 401, 429, 500 …) still has a status and a body to read; only a
        // failure without an HTTP answer is a network fault.
        if (status == 0) {
            done(Fault{FaultKind::Network,
                       tr("Could not reach %1: %2").arg(host, reply->errorString()),
                       QStringLiteral("network %1").arg(int(reply->error())),
                       {}});
            return;
        }
        HttpResponse response;
        response.status = status;
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
        // A body cut off mid-way (connection closed early) is not a complete answer.
        if (reply->error() == QNetworkReply::RemoteHostClosedError ||
            reply->error() == QNetworkReply::OperationCanceledError) {
            done(Fault{FaultKind::BadResponse,
                       tr("The answer from %1 was cut off.").arg(host),
                       QStringLiteral("truncated"),
                       {}});
            return;
        }
        done(std::move(response));
    });
}

Outcome<QUrl> HttpClient::checkBaseUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return Fault{FaultKind::Rejected, tr("%1 is not a valid web address.").arg(text), {}, {}};
    if (url.scheme() == QLatin1String("https"))
        return url;
    if (url.scheme() == QLatin1String("http")) {
        const QHostAddress address(url.host());
        if (url.host() == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return url;
        return Fault{
            FaultKind::Rejected,
            tr("%1 must use https: tokens are only sent unencrypted to this computer itself.").arg(text),
            {},
            {}};
    }
    return Fault{FaultKind::Rejected, tr("%1 must start with https://.").arg(text), {}, {}};
}

Outcome<QJsonDocument> HttpClient::parseJson(const HttpResponse &response, const QUrl &from)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return Fault{FaultKind::BadResponse,
                     tr("%1 sent an answer that is not valid JSON (%2 at byte %3).")
                         .arg(from.host(), error.errorString())
                         .arg(error.offset),
                     QStringLiteral("HTTP %1, bad JSON").arg(response.status),
                     {}};
    return doc;
}

} // namespace Torget
