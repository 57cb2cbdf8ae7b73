#pragma once

// Shared by the Facebook connector tests: waiting for a connector callback on the event loop, and
// names for fault kinds so that a failing comparison says what it saw.

#include "connectors/connector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>

#include <functional>
#include <optional>

namespace TorgetTest {

inline QString kindName(Torget::FaultKind kind)
{
    using Torget::FaultKind;
    switch (kind) {
    case FaultKind::Network:
        return QStringLiteral("Network");
    case FaultKind::Timeout:
        return QStringLiteral("Timeout");
    case FaultKind::Server:
        return QStringLiteral("Server");
    case FaultKind::BadResponse:
        return QStringLiteral("BadResponse");
    case FaultKind::RateLimited:
        return QStringLiteral("RateLimited");
    case FaultKind::SignInRequired:
        return QStringLiteral("SignInRequired");
    case FaultKind::Permission:
        return QStringLiteral("Permission");
    case FaultKind::OutsideWindow:
        return QStringLiteral("OutsideWindow");
    case FaultKind::Rejected:
        return QStringLiteral("Rejected");
    }
    return QStringLiteral("?");
}

template <typename T>
QString describe(const Torget::Outcome<T> &outcome)
{
    if (outcome.ok())
        return QStringLiteral("ok");
    return kindName(outcome.fault().kind) + QStringLiteral(": ") + outcome.fault().message +
           QStringLiteral(" [") + outcome.fault().detail + QLatin1Char(']');
}

// Runs call with a callback and spins the event loop until the callback came (or 20 s passed).
// A callback made before call returned is counted in *synchronous: the Connector contract says
// callbacks always come later.
template <typename T>
Torget::Outcome<T> await(const std::function<void(std::function<void(Torget::Outcome<T>)>)> &call,
                         int *synchronous)
{
    auto result = std::make_shared<std::optional<Torget::Outcome<T>>>();
    auto returned = std::make_shared<bool>(false);
    call([result, returned, synchronous](Torget::Outcome<T> r) {
        if (!*returned)
            ++*synchronous;
        result->emplace(std::move(r));
    });
    *returned = true;
    QDeadlineTimer deadline(20000);
    while (!result->has_value() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!result->has_value())
        return Torget::Fault{Torget::FaultKind::Timeout,
                             QStringLiteral("the test waited in vain"),
                             QStringLiteral("test"),
                             {}};
    return std::move(**result);
}

inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace TorgetTest
