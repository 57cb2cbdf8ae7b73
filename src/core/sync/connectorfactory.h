#pragma once

#include "connectors/connector.h"
#include "domain/types.h"
#include "util/result.h"

#include <memory>

class QNetworkAccessManager;

namespace Torget {

class Clock;

// Makes the connector for an account's channel. Channels without a connector yet (X, Bluesky,
// e-mail, Instagram, import) get a translated error instead.
class ConnectorFactory final
{
public:
    ConnectorFactory(QNetworkAccessManager &network, const Clock &clock)
        : m_network(network)
        , m_clock(clock)
    {}

    Result<std::unique_ptr<Connector>> create(const Account &account, QObject *parent = nullptr) const;
    static bool supports(Channel channel);

private:
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
};

} // namespace Torget
