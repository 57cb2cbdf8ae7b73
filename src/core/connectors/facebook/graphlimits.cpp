#include "graphlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Torget {

namespace {

// Usage figures are whole numbers in the docs, but a tolerant reader also takes "97.5" or "97".
int percent(const QJsonValue &value)
{
    if (value.isDouble())
        return int(value.toDouble());
    if (value.isString())
        return int(value.toString().toDouble());
    return 0;
}

int highestOf(const QJsonObject &usage)
{
    return std::max({percent(usage.value(QLatin1String("call_count"))),
                     percent(usage.value(QLatin1String("total_time"))),
                     percent(usage.value(QLatin1String("total_cputime")))});
}

QString sourceDetail(const GraphError &error, int status)
{
    QString detail = QStringLiteral("Graph %1").arg(error.code);
    if (error.subcode != 0)
        detail += QStringLiteral("/%1").arg(error.subcode);
    detail += QStringLiteral(" (HTTP %1").arg(status);
    if (!error.trace.isEmpty())
        detail += QStringLiteral(", fbtrace_id %1").arg(error.trace);
    detail += QLatin1Char(')');
    if (!error.message.isEmpty())
        detail += QStringLiteral(": ") + error.message.left(300);
    return detail;
}

Fault rateLimited(int code, const GraphUsage &usage, qint64 nowMs, const QString &detail)
{
    qint64 waitMs =
        (code == 32 || code == 613) ? GraphLimits::kPageLimitBlockMs : GraphLimits::kDefaultBlockMs;
    if (usage.regainMinutes > 0)
        waitMs = qint64(usage.regainMinutes) * 60 * 1000;
    const int minutes = int((waitMs + 59999) / 60000);
    return Fault{FaultKind::RateLimited,
                 QCoreApplication::translate("Torget::FacebookConnector",
                                             "Facebook asks Torget to slow down; it waits %n minute(s) "
                                             "before asking again.",
                                             nullptr, minutes),
                 detail, nowMs + waitMs};
}

Fault signInFault(const GraphError &error, const QString &detail)
{
    QString message;
    switch (error.subcode) {
    case 463:
        message = QCoreApplication::translate("Torget::FacebookConnector",
                                              "Sign in again: the Facebook token has expired.");
        break;
    case 460:
        message = QCoreApplication::translate(
            "Torget::FacebookConnector",
            "Sign in again: the Facebook password was changed, so the page token no longer works.");
        break;
    case 458:
    case 459:
        message = QCoreApplication::translate(
            "Torget::FacebookConnector",
            "Sign in again: the page's access for Torget was removed or the Facebook account is locked.");
        break;
    default:
        message = QCoreApplication::translate("Torget::FacebookConnector",
                                              "Sign in again: Facebook no longer accepts the page token.");
    }
    return Fault{FaultKind::SignInRequired, message, detail, {}};
}

Fault codeFault(const GraphError &error, int status, const GraphUsage &usage, qint64 nowMs)
{
    const QString detail = sourceDetail(error, status);
    switch (error.code) {
    case 102:
    case 104:
    case 190:
        return signInFault(error, detail);
    case 4:
    case 17:
    case 32:
    case 341:
    case 613:
    case 80001:
    case 80002:
    case 80006:
        return rateLimited(error.code, usage, nowMs, detail);
    case 1:
    case 2:
        return Fault{
            FaultKind::Server,
            QCoreApplication::translate("Torget::FacebookConnector",
                                        "Facebook had a temporary problem; Torget tries again later."),
            detail,
            {}};
    case 368:
        return Fault{FaultKind::Rejected,
                     QCoreApplication::translate("Torget::FacebookConnector",
                                                 "Facebook blocked this action because it may break its "
                                                 "rules. Check the text, or answer in Facebook itself."),
                     detail,
                     {}};
    case 551:
        return Fault{FaultKind::Rejected,
                     QCoreApplication::translate("Torget::FacebookConnector",
                                                 "This person cannot be reached on Messenger right now; "
                                                 "use another channel."),
                     detail,
                     {}};
    case 100:
    case 506:
        return Fault{
            FaultKind::Rejected,
            QCoreApplication::translate("Torget::FacebookConnector", "Facebook refused the request: %1")
                .arg(error.message.left(200)),
            detail,
            {}};
    default:
        break;
    }
    if (error.code == 10 && error.subcode == 2018278)
        return Fault{FaultKind::OutsideWindow,
                     QCoreApplication::translate(
                         "Torget::FacebookConnector",
                         "Messenger only accepts answers within 24 hours of the citizen's last message. "
                         "Within 7 days you can still send it as a personal answer from a staff member "
                         "(the HUMAN_AGENT option)."),
                     detail,
                     {}};
    if (error.code == 10 || (error.code >= 200 && error.code <= 299))
        return Fault{FaultKind::Permission,
                     QCoreApplication::translate("Torget::FacebookConnector",
                                                 "The page token lacks a Facebook permission for this; sign "
                                                 "in again and grant Torget the page permissions."),
                     detail,
                     {}};
    if (status >= 500)
        return Fault{
            FaultKind::Server,
            QCoreApplication::translate("Torget::FacebookConnector",
                                        "Facebook had a temporary problem; Torget tries again later."),
            detail,
            {}};
    return Fault{FaultKind::Rejected,
                 QCoreApplication::translate("Torget::FacebookConnector", "Facebook refused the request: %1")
                     .arg(error.message.left(200)),
                 detail,
                 {}};
}

} // namespace

GraphUsage parseGraphUsage(const HttpResponse &response)
{
    GraphUsage usage;
    const QJsonDocument app = QJsonDocument::fromJson(response.header("X-App-Usage"));
    if (app.isObject()) {
        usage.appPercent = highestOf(app.object());
        usage.seen = true;
    }
    // {"<business-object-id>":[{"type":"pages","call_count":..,"estimated_time_to_regain_access":..}]}
    const QJsonDocument buc = QJsonDocument::fromJson(response.header("X-Business-Use-Case-Usage"));
    if (buc.isObject()) {
        usage.seen = true;
        const QJsonObject objects = buc.object();
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonArray entries = it.value().toArray();
            for (const QJsonValue &entry : entries) {
                const QJsonObject e = entry.toObject();
                usage.businessPercent = std::max(usage.businessPercent, highestOf(e));
                usage.regainMinutes = std::max(
                    usage.regainMinutes, percent(e.value(QLatin1String("estimated_time_to_regain_access"))));
            }
        }
    }
    return usage;
}

std::optional<GraphError> parseGraphError(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonValue envelope = doc.object().value(QLatin1String("error"));
    if (!envelope.isObject())
        return std::nullopt;
    const QJsonObject e = envelope.toObject();
    const QJsonValue code = e.value(QLatin1String("code"));
    if (!code.isDouble())
        return std::nullopt;
    GraphError error;
    error.code = code.toInt();
    error.subcode = e.value(QLatin1String("error_subcode")).toInt();
    error.message = e.value(QLatin1String("message")).toString();
    error.type = e.value(QLatin1String("type")).toString();
    error.trace = e.value(QLatin1String("fbtrace_id")).toString();
    return error;
}

Fault graphFault(const HttpResponse &response, const GraphUsage &usage, qint64 nowMs)
{
    if (const auto error = parseGraphError(response.body))
        return codeFault(*error, response.status, usage, nowMs);
    const QString detail = QStringLiteral("HTTP %1 without a Graph error").arg(response.status);
    if (response.status == 401)
        return Fault{FaultKind::SignInRequired,
                     QCoreApplication::translate("Torget::FacebookConnector",
                                                 "Sign in again: Facebook no longer accepts the page token."),
                     detail,
                     {}};
    if (response.status == 429)
        return rateLimited(0, usage, nowMs, detail);
    if (response.status >= 500)
        return Fault{FaultKind::Server,
                     QCoreApplication::translate("Torget::FacebookConnector",
                                                 "Facebook answered with a server error (HTTP %1); Torget "
                                                 "tries again later.")
                         .arg(response.status),
                     detail,
                     {}};
    if (response.status == 403)
        return Fault{FaultKind::Permission,
                     QCoreApplication::translate("Torget::FacebookConnector",
                                                 "The page token lacks a Facebook permission for this; sign "
                                                 "in again and grant Torget the page permissions."),
                     detail,
                     {}};
    return Fault{FaultKind::BadResponse,
                 QCoreApplication::translate("Torget::FacebookConnector",
                                             "Facebook sent an answer Torget does not understand (HTTP %1).")
                     .arg(response.status),
                 detail,
                 {}};
}

void GraphLimits::observe(const HttpResponse &response, qint64 nowMs)
{
    const GraphUsage usage = parseGraphUsage(response);
    if (!usage.seen)
        return;
    m_usage = usage;
    if (usage.regainMinutes > 0)
        blockUntil(nowMs + qint64(usage.regainMinutes) * 60 * 1000);
    else if (usage.highest() >= 100)
        blockUntil(nowMs + kDefaultBlockMs);
}

void GraphLimits::blockUntil(qint64 untilMs)
{
    if (!m_blockedUntil || *m_blockedUntil < untilMs)
        m_blockedUntil = untilMs;
}

std::optional<qint64> GraphLimits::blockedUntil(qint64 nowMs) const
{
    if (m_blockedUntil && *m_blockedUntil > nowMs)
        return m_blockedUntil;
    return std::nullopt;
}

int GraphLimits::pacingDelayMs() const
{
    const int p = m_usage.highest();
    if (p < kPacingFromPercent || p >= 100)
        return 0;
    // 1 s at 80 %, rising to about 30 s at 99 %: a sweep spreads out instead of hitting the wall.
    return 1000 + (p - kPacingFromPercent) * 1500;
}

} // namespace Torget
