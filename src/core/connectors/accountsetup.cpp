#include "accountsetup.h"

#include "facebook/facebookconnector.h"
#include "httpclient.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "sync/connectorfactory.h"
#include "util/clock.h"

#include <QTimer>

namespace Torget {

AccountSetup::AccountSetup(Database &db, SecretStore &secrets, QNetworkAccessManager &network,
                           const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_network(network)
    , m_clock(clock)
{}

AccountSetup::~AccountSetup() = default;

QList<Channel> AccountSetup::supportedChannels()
{
    QList<Channel> channels;
    for (Channel c : {Channel::Facebook, Channel::Instagram, Channel::Mastodon, Channel::X, Channel::Bluesky,
                      Channel::Email}) {
        if (ConnectorFactory::supports(c))
            channels << c;
    }
    return channels;
}

QString AccountSetup::defaultBaseUrl(Channel channel)
{
    if (channel == Channel::Facebook)
        return FacebookConnector::defaultBaseUrl();
    return {};
}

void AccountSetup::verify(const Account &account, const QString &token,
                          std::function<void(Outcome<AccountIdentity>)> done)
{
    auto made = ConnectorFactory(m_network, m_clock).create(account, this);
    if (!made) {
        QTimer::singleShot(0, this, [done, message = made.error()] {
            done(Fault{FaultKind::Rejected, message, {}, {}});
        });
        return;
    }
    Connector *connector = made->release();
    connector->setToken(token);
    connector->verify([connector, done](Outcome<AccountIdentity> identity) {
        done(std::move(identity));
        connector->deleteLater();
    });
}

void AccountSetup::add(const NewAccount &input, std::function<void(Result<qint64>)> done)
{
    auto fail = [this, done](const QString &message) {
        QTimer::singleShot(0, this, [done, message] { done(Error{message}); });
    };
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return fail(tr("Give the account a name."));
    if (!supportedChannels().contains(input.channel))
        return fail(tr("Torget cannot connect to this kind of account yet."));
    auto existing = AccountRepository(m_db).byName(name);
    if (!existing)
        return fail(existing.error());
    if (existing->has_value())
        return fail(tr("There is already an account named %1.").arg(name));
    const QString base =
        input.baseUrl.trimmed().isEmpty() ? defaultBaseUrl(input.channel) : input.baseUrl.trimmed();
    if (base.isEmpty())
        return fail(tr("Give the address of the Mastodon server, such as https://mastodon.example."));
    const auto url = HttpClient::checkBaseUrl(base);
    if (!url.ok())
        return fail(url.fault().message);
    if (input.channel == Channel::Facebook && input.pageId.trimmed().isEmpty())
        return fail(tr("Give the id of the Facebook page."));
    if (input.token.trimmed().isEmpty())
        return fail(tr("Paste the access token."));

    Account account;
    account.channel = input.channel;
    account.name = name;
    account.baseUrl = base;
    account.externalId = input.pageId.trimmed();
    account.createdAt = m_clock.now().toMSecsSinceEpoch();
    const QString token = input.token.trimmed();
    verify(account, token, [this, account, token, done](Outcome<AccountIdentity> identity) mutable {
        if (!identity.ok()) {
            done(Error{identity.fault().message});
            return;
        }
        if (account.channel == Channel::Facebook && identity.value().externalId != account.externalId) {
            done(Error{tr("The token belongs to the page %1 (%2), not to page %3.")
                           .arg(identity.value().name, identity.value().externalId, account.externalId)});
            return;
        }
        account.externalId = identity.value().externalId;
        auto id = AccountRepository(m_db).upsert(account);
        if (!id) {
            done(Error{id.error()});
            return;
        }
        const qint64 accountId = *id;
        m_secrets.write(SecretStore::accountKey(accountId), token, [this, accountId, done](Status saved) {
            if (!saved) {
                // No token, no account: a half-made account would only ask to sign in again.
                (void)AccountRepository(m_db).remove(accountId, AccountRepository::Removal::DeleteData);
                done(Error{tr("The token could not be saved in the keychain: %1").arg(saved.error())});
                return;
            }
            done(accountId);
        });
    });
}

void AccountSetup::signInAgain(qint64 accountId, const QString &token, std::function<void(Status)> done)
{
    auto fail = [this, done](const QString &message) {
        QTimer::singleShot(0, this, [done, message] { done(Error{message}); });
    };
    auto account = AccountRepository(m_db).byId(accountId);
    if (!account)
        return fail(account.error());
    if (!account->has_value())
        return fail(tr("The account no longer exists."));
    if (token.trimmed().isEmpty())
        return fail(tr("Paste the access token."));
    const Account current = **account;
    verify(current, token.trimmed(), [this, current, token, done](Outcome<AccountIdentity> identity) {
        if (!identity.ok()) {
            done(Error{identity.fault().message});
            return;
        }
        if (!current.externalId.isEmpty() && identity.value().externalId != current.externalId) {
            done(Error{tr("The token belongs to %1, not to the account %2.")
                           .arg(identity.value().name, current.name)});
            return;
        }
        m_secrets.write(
            SecretStore::accountKey(current.id), token.trimmed(), [this, current, done](Status saved) {
                if (!saved) {
                    done(Error{tr("The token could not be saved in the keychain: %1").arg(saved.error())});
                    return;
                }
                done(AccountRepository(m_db).setState(current.id, QStringLiteral("active")));
            });
    });
}

} // namespace Torget
