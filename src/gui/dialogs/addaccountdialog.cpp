#include "addaccountdialog.h"
#include "ui_addaccountdialog.h"

#include "connectors/accountsetup.h"
#include "connectors/mastodon/mastodonsignin.h"
#include "widgets/channelicons.h"

#include <QDesktopServices>
#include <QPointer>
#include <QPushButton>

namespace Torget {

AddAccountDialog::AddAccountDialog(AccountSetup &setup, QNetworkAccessManager &network, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_network(network)
    , m_ui(std::make_unique<Ui::AddAccountDialog>())
{
    setUp();
}

AddAccountDialog::AddAccountDialog(AccountSetup &setup, QNetworkAccessManager &network,
                                   const Account &account, QWidget *parent)
    : QDialog(parent)
    , m_setup(setup)
    , m_network(network)
    , m_existing(account)
    , m_ui(std::make_unique<Ui::AddAccountDialog>())
{
    setUp();
}

AddAccountDialog::~AddAccountDialog() = default;

void AddAccountDialog::setUp()
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("addAccountDialog"));
    m_openBrowser = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    for (Channel c : AccountSetup::supportedChannels())
        m_ui->channelCombo->addItem(ChannelIcons::icon(c), displayName(c), QVariant::fromValue(int(c)));
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, &AddAccountDialog::channelChanged);
    connect(m_ui->browserButton, &QPushButton::clicked, this, &AddAccountDialog::signInWithBrowser);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddAccountDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);

    if (m_existing) {
        setWindowTitle(tr("Sign in again to %1").arg(m_existing->name));
        m_ui->introLabel->setText(
            tr("The account's token no longer works. Paste a new token for the same "
               "page or account; syncing then resumes where it stopped, and nothing is lost."));
        m_ui->channelCombo->setCurrentIndex(m_ui->channelCombo->findData(int(m_existing->channel)));
        m_ui->nameEdit->setText(m_existing->name);
        m_ui->baseUrlEdit->setText(m_existing->baseUrl);
        m_ui->pageIdEdit->setText(m_existing->externalId);
        for (QWidget *w :
             {static_cast<QWidget *>(m_ui->channelCombo), static_cast<QWidget *>(m_ui->nameEdit),
              static_cast<QWidget *>(m_ui->baseUrlEdit), static_cast<QWidget *>(m_ui->pageIdEdit)})
            w->setEnabled(false);
        m_ui->tokenEdit->setFocus();
    }
    channelChanged();
}

Channel AddAccountDialog::channel() const
{
    return static_cast<Channel>(m_ui->channelCombo->currentData().toInt());
}

void AddAccountDialog::channelChanged()
{
    const bool facebook = channel() == Channel::Facebook;
    m_ui->pageIdLabel->setVisible(facebook);
    m_ui->pageIdEdit->setVisible(facebook);
    m_ui->browserButton->setVisible(!facebook);
    if (m_existing)
        return;
    // A user who has not typed an address of their own gets the platform's default.
    const QString text = m_ui->baseUrlEdit->text();
    bool isDefault = text.isEmpty();
    for (Channel c : AccountSetup::supportedChannels())
        isDefault = isDefault || text == AccountSetup::defaultBaseUrl(c);
    if (isDefault)
        m_ui->baseUrlEdit->setText(AccountSetup::defaultBaseUrl(channel()));
    m_ui->baseUrlEdit->setPlaceholderText(facebook ? QString() : QStringLiteral("https://mastodon.example"));
}

void AddAccountDialog::setBusy(bool busy, const QString &status)
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->browserButton->setEnabled(!busy);
    m_ui->tokenEdit->setEnabled(!busy);
    m_ui->statusLabel->setText(status);
}

void AddAccountDialog::showError(const QString &message)
{
    setBusy(false, message);
    m_ui->statusLabel->setAccessibleName(tr("Problem"));
}

void AddAccountDialog::signInWithBrowser()
{
    const QString base = m_ui->baseUrlEdit->text().trimmed();
    if (base.isEmpty()) {
        showError(tr("Give the address of the Mastodon server first."));
        m_ui->baseUrlEdit->setFocus();
        return;
    }
    if (m_signIn)
        m_signIn->deleteLater();
    m_signIn = new MastodonSignIn(base, m_network, this);
    connect(m_signIn, &MastodonSignIn::openBrowser, this, [this](const QUrl &url) { m_openBrowser(url); });
    connect(m_signIn, &MastodonSignIn::finished, this, [this](const Result<QString> &token) {
        if (!token) {
            showError(token.error());
            return;
        }
        m_ui->tokenEdit->setText(*token);
        setBusy(false, tr("Signed in. Choose OK to check the token and save the account."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setFocus();
    });
    setBusy(true, tr("Approve Torget in the browser window that opened; this dialog fills in the token."));
    m_signIn->start();
}

void AddAccountDialog::accept()
{
    setBusy(true, tr("Checking the token with %1…").arg(m_ui->baseUrlEdit->text().trimmed()));
    if (m_existing) {
        // The dialog may be closed before the platform answers.
        m_setup.signInAgain(m_existing->id, m_ui->tokenEdit->text(),
                            [this, self = QPointer(this)](Status status) {
                                if (!self)
                                    return;
                                if (!status)
                                    return showError(status.error());
                                m_accountId = m_existing->id;
                                QDialog::accept();
                            });
        return;
    }
    NewAccount input;
    input.channel = channel();
    input.name = m_ui->nameEdit->text();
    input.baseUrl = m_ui->baseUrlEdit->text();
    input.pageId = m_ui->pageIdEdit->text();
    input.token = m_ui->tokenEdit->text();
    m_setup.add(input, [this, self = QPointer(this)](Result<qint64> id) {
        if (!self)
            return;
        if (!id)
            return showError(id.error());
        m_accountId = *id;
        QDialog::accept();
    });
}

} // namespace Torget
