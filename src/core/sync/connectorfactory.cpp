#include "connectorfactory.h"

#include "connectors/facebook/facebookconnector.h"
#include "connectors/mastodon/mastodonconnector.h"

#include <QCoreApplication>

namespace Torget {

bool ConnectorFactory::supports(Channel channel)
{
    return channel == Channel::Facebook || channel == Channel::Mastodon;
}

Result<std::unique_ptr<Connector>> ConnectorFactory::create(const Account &account, QObject *parent) const
{
    switch (account.channel) {
    case Channel::Facebook:
        return std::unique_ptr<Connector>(
            std::make_unique<FacebookConnector>(account, m_network, m_clock, parent));
    case Channel::Mastodon:
        return std::unique_ptr<Connector>(
            std::make_unique<MastodonConnector>(account, m_network, m_clock, parent));
    case Channel::Instagram:
    case Channel::X:
    case Channel::Bluesky:
    case Channel::Email:
    case Channel::Import:
        break;
    }
    return Error{
        QCoreApplication::translate("Torget::ConnectorFactory", "Torget cannot sync %1 accounts yet.")
            .arg(displayName(account.channel))};
}

} // namespace Torget
