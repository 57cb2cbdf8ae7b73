#pragma once

#include "domain/types.h"

#include <QDialog>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace Ui {
class AddAccountDialog;
}

namespace Torget {

class AccountSetup;
class MastodonSignIn;

// Adds a Facebook page or a Mastodon account, or signs an existing account in again (then only
// the token can change). The token is pasted or, for Mastodon, fetched through the browser
// sign-in; AccountSetup checks it with one call before anything is kept.
class AddAccountDialog final : public QDialog
{
    Q_OBJECT

public:
    AddAccountDialog(AccountSetup &setup, QNetworkAccessManager &network, QWidget *parent = nullptr);
    // Sign in again to account.
    AddAccountDialog(AccountSetup &setup, QNetworkAccessManager &network, const Account &account,
                     QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    void accept() override;
    qint64 accountId() const { return m_accountId; }
    // The browser sign-in's "open this address" step; the main window opens the system browser.
    // Replaceable so that tests can play the browser.
    void setBrowserOpener(std::function<void(const QUrl &)> opener) { m_openBrowser = std::move(opener); }

private:
    void setUp();
    void channelChanged();
    void signInWithBrowser();
    void setBusy(bool busy, const QString &status);
    void showError(const QString &message);
    Channel channel() const;

    AccountSetup &m_setup;
    QNetworkAccessManager &m_network;
    std::optional<Account> m_existing;
    std::unique_ptr<Ui::AddAccountDialog> m_ui;
    MastodonSignIn *m_signIn = nullptr;
    std::function<void(const QUrl &)> m_openBrowser;
    qint64 m_accountId = 0;
};

} // namespace Torget
