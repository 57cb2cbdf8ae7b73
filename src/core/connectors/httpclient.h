#pragma once

#include "connector.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkRequest>
#include <QPair>
#include <QUrl>

class QNetworkAccessManager;

namespace Torget {

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
};

// The one place connectors talk HTTP: a timeout on every request, and network failures turned into
// translated Faults. Any HTTP status is a response; the connector reads platform error bodies.
class HttpClient final : public QObject
{
    Q_OBJECT

public:
    HttpClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    void setTimeout(int msecs) { m_timeout = msecs; }

    // verb: "GET", "POST", "DELETE". done is called exactly once, on this object's thread.
    void send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body,
              std::function<void(Outcome<HttpResponse>)> done);

    // https everywhere, plain http only to a loopback address (the fakes, a local relay).
    static Outcome<QUrl> checkBaseUrl(const QString &url);
    // The body as JSON, or a BadResponse fault ("truncated or malformed") that names the host.
    static Outcome<QJsonDocument> parseJson(const HttpResponse &response, const QUrl &from);

private:
    QNetworkAccessManager &m_network;
    int m_timeout = 30000;
};

} // namespace Torget
