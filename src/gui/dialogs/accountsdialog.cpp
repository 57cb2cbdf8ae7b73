#include "accountsdialog.h"
#include "ui_accountsdialog.h"

#include "addaccountdialog.h"
#include "mainwindow/channelhub.h"
#include "secrets/secretstore.h"
#include "storage/accountrepository.h"
#include "storage/syncstaterepository.h"
#include "sync/syncengine.h"
#include "util/timeformat.h"
#include "widgets/channelicons.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace Torget {

namespace {

QString stateText(const QString &state)
{
    if (state == QLatin1String("paused"))
        return AccountsDialog::tr("Paused");
    if (state == QLatin1String("signin"))
        return AccountsDialog::tr("Sign in again");
    return AccountsDialog::tr("Active");
}

} // namespace

AccountsDialog::AccountsDialog(Database &db, ChannelHub &hub, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_hub(hub)
    , m_ui(std::make_unique<Ui::AccountsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountsDialog"));
    m_removeAnswer = [this](const QString &account) {
        QMessageBox box(QMessageBox::Question, tr("Remove account"),
                        tr("Remove %1 from Torget?").arg(account), QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("Its conversations can stay, so that reports for earlier periods stay "
               "complete, or be deleted together with the account. The token is removed from "
               "the keychain either way."));
        QPushButton *keep = box.addButton(tr("Remove, keep conversations"), QMessageBox::AcceptRole);
        QPushButton *drop = box.addButton(tr("Remove with conversations"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() == keep)
            return RemoveChoice::KeepData;
        if (box.clickedButton() == drop)
            return RemoveChoice::DeleteData;
        return RemoveChoice::Cancel;
    };
    m_runDialog = [](QDialog &dialog) { dialog.exec(); };

    connect(m_ui->accountList, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsDialog::add);
    connect(m_ui->signInButton, &QPushButton::clicked, this, &AccountsDialog::signInAgain);
    connect(m_ui->syncButton, &QPushButton::clicked, this, &AccountsDialog::syncNow);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &AccountsDialog::togglePause);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AccountsDialog::remove);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);
    connect(&m_hub.sync(), &SyncEngine::syncFinished, this, &AccountsDialog::reload);
    connect(&m_hub.sync(), &SyncEngine::accountStateChanged, this, &AccountsDialog::reload);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reload()
{
    const qint64 current = currentId();
    m_ui->accountList->clear();
    auto accounts = AccountRepository(m_db).list();
    if (!accounts)
        return showProblem(accounts.error());
    SyncStateRepository syncState(m_db);
    for (const Account &a : *accounts) {
        if (a.channel == Channel::Import)
            continue; // imported data has no account to sync
        auto item = new QTreeWidgetItem(m_ui->accountList);
        item->setData(0, Qt::UserRole, a.id);
        item->setText(0, a.name);
        item->setIcon(1, ChannelIcons::icon(a.channel));
        item->setText(1, displayName(a.channel));
        item->setText(2, stateText(a.state));
        item->setData(2, Qt::UserRole, a.state);
        const auto last = syncState.lastSyncAt(a.id);
        item->setText(3, last && last->has_value() ? TimeFormat::dateTime(**last) : tr("Never"));
        QStringList problems;
        if (auto states = syncState.forAccount(a.id)) {
            for (const SyncState &s : *states) {
                if (!s.lastError.isEmpty() && !problems.contains(s.lastError))
                    problems << s.lastError;
            }
        }
        if (auto gaps = syncState.gaps(a.id, true); gaps && !gaps->empty())
            problems << tr("Not synced since %1").arg(TimeFormat::dateTime(gaps->front().fromAt));
        item->setText(4, problems.join(QStringLiteral("; ")));
        item->setToolTip(4, problems.join(QLatin1Char('\n')));
        if (a.id == current)
            m_ui->accountList->setCurrentItem(item);
    }
    for (int c = 0; c < m_ui->accountList->columnCount(); ++c)
        m_ui->accountList->resizeColumnToContents(c);
    if (!m_ui->accountList->currentItem() && m_ui->accountList->topLevelItemCount() > 0)
        m_ui->accountList->setCurrentItem(m_ui->accountList->topLevelItem(0));
    m_ui->detailLabel->setText(m_ui->accountList->topLevelItemCount() == 0
                                   ? tr("No accounts yet. Add the municipality's Facebook page or Mastodon "
                                        "account to bring citizens' questions into the inbox.")
                                   : QString());
    updateButtons();
}

qint64 AccountsDialog::currentId() const
{
    const QTreeWidgetItem *item = m_ui->accountList->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void AccountsDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_ui->accountList->currentItem();
    const QString state = item ? item->data(2, Qt::UserRole).toString() : QString();
    m_ui->signInButton->setEnabled(item);
    m_ui->syncButton->setEnabled(item && state == QLatin1String("active"));
    m_ui->pauseButton->setEnabled(item && state != QLatin1String("signin"));
    m_ui->pauseButton->setText(state == QLatin1String("paused") ? tr("Res&ume") : tr("&Pause"));
    m_ui->removeButton->setEnabled(item);
}

void AccountsDialog::showProblem(const QString &message)
{
    m_ui->detailLabel->setText(message);
}

void AccountsDialog::add()
{
    AddAccountDialog dialog(m_hub.setup(), m_hub.network(), this);
    m_runDialog(dialog);
    if (dialog.result() != QDialog::Accepted)
        return;
    m_hub.accountChanged(dialog.accountId());
    reload();
}

void AccountsDialog::signInAgain()
{
    auto account = AccountRepository(m_db).byId(currentId());
    if (!account || !account->has_value())
        return showProblem(account ? tr("The account no longer exists.") : account.error());
    AddAccountDialog dialog(m_hub.setup(), m_hub.network(), **account, this);
    m_runDialog(dialog);
    if (dialog.result() != QDialog::Accepted)
        return;
    m_hub.accountChanged(dialog.accountId());
    m_hub.sync().syncNow(dialog.accountId());
    reload();
}

void AccountsDialog::syncNow()
{
    if (!m_ui->accountList->currentItem())
        return;
    m_ui->detailLabel->setText(tr("Syncing %1…").arg(m_ui->accountList->currentItem()->text(0)));
    m_hub.sync().syncNow(currentId());
}

void AccountsDialog::togglePause()
{
    const QTreeWidgetItem *item = m_ui->accountList->currentItem();
    if (!item)
        return;
    const bool paused = item->data(2, Qt::UserRole).toString() == QLatin1String("paused");
    const Status done = AccountRepository(m_db).setState(currentId(), paused ? QStringLiteral("active")
                                                                             : QStringLiteral("paused"));
    if (!done)
        return showProblem(done.error());
    m_hub.accountChanged(currentId());
    reload();
}

void AccountsDialog::remove()
{
    const QTreeWidgetItem *item = m_ui->accountList->currentItem();
    if (!item)
        return;
    const qint64 id = currentId();
    const RemoveChoice choice = m_removeAnswer(item->text(0));
    if (choice == RemoveChoice::Cancel)
        return;
    const Status removed = AccountRepository(m_db).remove(id, choice == RemoveChoice::KeepData
                                                                  ? AccountRepository::Removal::KeepData
                                                                  : AccountRepository::Removal::DeleteData);
    if (!removed)
        return showProblem(removed.error());
    m_hub.accountRemoved(id);
    m_hub.secrets().remove(SecretStore::accountKey(id), [this, self = QPointer(this)](Status status) {
        if (self && !status)
            showProblem(
                tr("The account was removed, but its token could not be removed from the keychain: %1")
                    .arg(status.error()));
    });
    reload();
}

} // namespace Torget
