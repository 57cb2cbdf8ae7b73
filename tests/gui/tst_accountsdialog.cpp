#include "dialogs/accountsdialog.h"
#include "dialogs/addaccountdialog.h"
#include "domain/types.h"
#include "graphfake.h"
#include "inbox/inboxservice.h"
#include "mainwindow/channelhub.h"
#include "mastodonfake.h"
#include "secrets/keychainstore.h"
#include "storage/accountrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/outboxrepository.h"
#include "sync/syncengine.h"
#include "util/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Torget;

// The accounts dialog against the Mastodon and Graph fakes over loopback, with the real keychain
// (run through with-keyring.sh): add an account through the browser sign-in, watch a mention
// arrive, answer it, sign in again after the token stopped working, pause, remove.
class TestAccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addMastodon_throughBrowser_syncsMentionsAndSendsTheReplyOnce();
    void expiredToken_asksToSignInAgain_andResumesWithoutDuplicates();
    void addFacebook_withAnotherPagesToken_isRefusedAndNothingKept();
    void plainHttpToAnotherHost_isRefused();
    void pause_stopsSyncAndResumeStartsIt();
    void remove_keepsOrDeletesConversations_andForgetsTheToken();

private:
    qint64 addMastodon(const QString &name);
    qint64 conversations();
    QString state(qint64 accountId);
    QTreeWidgetItem *row(const QString &name);
    // The browser: opens the authorize address and follows its redirect to Torget's loopback page.
    void playBrowser(const QUrl &url);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime::currentDateTimeUtc()};
    QNetworkAccessManager m_network;
    std::unique_ptr<KeychainStore> m_secrets;
    std::unique_ptr<MastodonFake> m_mastodon;
    std::unique_ptr<GraphFake> m_graph;
    std::unique_ptr<ChannelHub> m_hub;
    std::unique_ptr<AccountsDialog> m_dialog;
    std::function<void(AddAccountDialog &)> m_fill;
    int m_run = 0;
};

void TestAccountsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_secrets = std::make_unique<KeychainStore>(QStringLiteral("TorgetTest"));
}

void TestAccountsDialog::init()
{
    ++m_run;
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("accounts%1.sqlite").arg(m_run)));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    m_db = std::move(*db);
    m_mastodon = std::make_unique<MastodonFake>();
    QVERIFY(m_mastodon->listen(QHostAddress::LocalHost, 0));
    m_graph = std::make_unique<GraphFake>();
    QVERIFY(m_graph->start());
    m_hub = std::make_unique<ChannelHub>(*m_db, *m_secrets, m_network, m_clock);
    m_hub->start();
    m_dialog = std::make_unique<AccountsDialog>(*m_db, *m_hub);
    m_dialog->setDialogRunner([this](QDialog &dialog) {
        auto add = qobject_cast<AddAccountDialog *>(&dialog);
        QVERIFY(add);
        add->show();
        m_fill(*add);
    });
    m_dialog->show();
}

void TestAccountsDialog::cleanup()
{
    m_dialog.reset();
    m_hub.reset();
    m_graph.reset();
    m_mastodon.reset();
    m_db.reset();
}

void TestAccountsDialog::playBrowser(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *authorize = m_network.get(request);
    connect(authorize, &QNetworkReply::finished, this, [this, authorize] {
        authorize->deleteLater();
        const QUrl back = authorize->header(QNetworkRequest::LocationHeader).toUrl();
        QVERIFY2(back.isValid(), "the authorize page did not redirect");
        QNetworkReply *landing = m_network.get(QNetworkRequest(back));
        connect(landing, &QNetworkReply::finished, landing, &QObject::deleteLater);
    });
}

qint64 TestAccountsDialog::addMastodon(const QString &name)
{
    bool filled = false;
    m_fill = [&](AddAccountDialog &add) {
        auto combo = add.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        combo->setCurrentIndex(combo->findText(displayName(Channel::Mastodon)));
        add.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(name);
        add.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(m_mastodon->baseUrl());
        add.setBrowserOpener([this](const QUrl &url) { playBrowser(url); });
        QTest::mouseClick(add.findChild<QPushButton *>(QStringLiteral("browserButton")), Qt::LeftButton);
        auto token = add.findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!token->text().isEmpty(), 10000);
        add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(add.result(), int(QDialog::Accepted), 10000);
        filled = true;
    };
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    if (!filled)
        return 0;
    auto account = AccountRepository(*m_db).byName(name);
    return account && account->has_value() ? (*account)->id : 0;
}

qint64 TestAccountsDialog::conversations()
{
    auto n = ConversationRepository(*m_db).count({});
    return n ? *n : -1;
}

QString TestAccountsDialog::state(qint64 accountId)
{
    auto account = AccountRepository(*m_db).byId(accountId);
    return account && account->has_value() ? (*account)->state : QString();
}

QTreeWidgetItem *TestAccountsDialog::row(const QString &name)
{
    auto list = m_dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"));
    const auto items = list->findItems(name, Qt::MatchExactly, 0);
    return items.isEmpty() ? nullptr : items.first();
}

void TestAccountsDialog::addMastodon_throughBrowser_syncsMentionsAndSendsTheReplyOnce()
{
    const qint64 id = addMastodon(QStringLiteral("Kommunen på Mastodon"));
    QVERIFY(id > 0);
    QCOMPARE(state(id), QStringLiteral("active"));
    QVERIFY(row(QStringLiteral("Kommunen på Mastodon")));

    // The token is in the keychain and nowhere in the database file.
    auto token = m_secrets->readNow(SecretStore::accountKey(id));
    QVERIFY2(token, token ? "" : qPrintable(token.error()));
    QVERIFY(!token->isEmpty());
    for (const QString &file : QStringList{m_db->path(), m_db->path() + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(token->toUtf8()), qPrintable(file));
    }

    MastodonFake::Post mention;
    mention.acct = QStringLiteral("kari@example.org");
    mention.displayName = QStringLiteral("Kari Nordmann");
    mention.text = QStringLiteral("@kommune Når blir Storgata brøytet?");
    mention.visibility = QStringLiteral("unlisted");
    const QString statusId = m_mastodon->addMention(mention);
    row(QStringLiteral("Kommunen på Mastodon"))->setSelected(true);
    m_dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"))
        ->setCurrentItem(row(QStringLiteral("Kommunen på Mastodon")));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("syncButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(conversations(), qint64(1), 15000);
    QTRY_VERIFY(row(QStringLiteral("Kommunen på Mastodon"))->text(3) != AccountsDialog::tr("Never"));

    auto list = ConversationRepository(*m_db).list({});
    QVERIFY(list && list->size() == 1);
    Agent agent;
    agent.name = QStringLiteral("Ola Saksbehandler");
    agent.email = QStringLiteral("ola@kommune.no");
    agent.id = *AccountRepository(*m_db).upsertAgent(agent);
    InboxService service(*m_db, m_clock);
    QVERIFY(service.reply(list->front().id, QStringLiteral("Den brøytes i løpet av kvelden."), agent));
    m_hub->replyQueued();
    QTRY_COMPARE_WITH_TIMEOUT(m_mastodon->sent().size(), qsizetype(1), 15000);
    const QJsonObject sent = m_mastodon->sent().first().toObject();
    QCOMPARE(sent.value(QStringLiteral("in_reply_to_id")).toString(), statusId);
    QCOMPARE(sent.value(QStringLiteral("visibility")).toString(), QStringLiteral("unlisted"));
    QVERIFY(sent.value(QStringLiteral("text")).toString().contains(QStringLiteral("Den brøytes")));
    QTRY_COMPARE_WITH_TIMEOUT(OutboxRepository(*m_db).list(OutboxState::Sent)->size(), std::size_t(1), 10000);

    // A second sync brings our reply back from the server: it is recognised, not stored twice.
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("syncButton")), Qt::LeftButton);
    QTest::qWait(1500);
    QCOMPARE(m_mastodon->sent().size(), qsizetype(1));
    QCOMPARE(conversations(), qint64(1));
}

void TestAccountsDialog::expiredToken_asksToSignInAgain_andResumesWithoutDuplicates()
{
    const qint64 id = addMastodon(QStringLiteral("Mastodon"));
    QVERIFY(id > 0);
    MastodonFake::Post mention;
    mention.acct = QStringLiteral("per");
    mention.text = QStringLiteral("@kommune Er bassenget åpent?");
    m_mastodon->addMention(mention);
    m_hub->sync().syncNow(id);
    QTRY_COMPARE_WITH_TIMEOUT(conversations(), qint64(1), 15000);

    m_mastodon->setTokenValid(false);
    mention.text = QStringLiteral("@kommune Hallo?");
    m_mastodon->addMention(mention);
    m_hub->sync().syncNow(id);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("signin"), 15000);
    QTRY_COMPARE(row(QStringLiteral("Mastodon"))->text(2), AccountsDialog::tr("Sign in again"));
    QCOMPARE(conversations(), qint64(1));

    m_mastodon->setTokenValid(true);
    m_fill = [this](AddAccountDialog &add) {
        QVERIFY(!add.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
        add.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(m_mastodon->token());
        add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(add.result(), int(QDialog::Accepted), 10000);
    };
    m_dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"))
        ->setCurrentItem(row(QStringLiteral("Mastodon")));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(state(id), QStringLiteral("active"), 10000);
    // Both mentions arrive as messages, neither twice.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            auto q =
                m_db->query(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT external_id) FROM messages"));
            return q && q->next() && q->value(0).toInt() == 2 && q->value(1).toInt() == 2;
        }(),
        15000);
}

void TestAccountsDialog::addFacebook_withAnotherPagesToken_isRefusedAndNothingKept()
{
    QString status;
    m_fill = [&](AddAccountDialog &add) {
        auto combo = add.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        combo->setCurrentIndex(combo->findText(displayName(Channel::Facebook)));
        add.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Facebook"));
        add.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))->setText(m_graph->baseUrl());
        add.findChild<QLineEdit *>(QStringLiteral("pageIdEdit"))->setText(QStringLiteral("424242"));
        add.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("page-token"));
        auto ok = add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        auto label = add.findChild<QLabel *>(QStringLiteral("statusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
        status = label->text();
        QCOMPARE(add.result(), int(QDialog::Rejected));
    };
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY2(!status.isEmpty(), "the dialog says why");
    QVERIFY(AccountRepository(*m_db).list()->empty());
}

void TestAccountsDialog::plainHttpToAnotherHost_isRefused()
{
    QString status;
    m_fill = [&](AddAccountDialog &add) {
        auto combo = add.findChild<QComboBox *>(QStringLiteral("channelCombo"));
        combo->setCurrentIndex(combo->findText(displayName(Channel::Mastodon)));
        add.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("M"));
        add.findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"))
            ->setText(QStringLiteral("http://mastodon.example"));
        add.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("abc"));
        auto ok = add.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        ok->click();
        QTRY_VERIFY(ok->isEnabled());
        status = add.findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    };
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
    QVERIFY2(status.contains(QStringLiteral("https")), qPrintable(status));
    QVERIFY(AccountRepository(*m_db).list()->empty());
}

void TestAccountsDialog::pause_stopsSyncAndResumeStartsIt()
{
    const qint64 id = addMastodon(QStringLiteral("Mastodon"));
    QVERIFY(id > 0);
    auto list = m_dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"));
    list->setCurrentItem(row(QStringLiteral("Mastodon")));
    auto pause = m_dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"));
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(state(id), QStringLiteral("paused"));
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("syncButton"))->isEnabled());
    MastodonFake::Post mention;
    mention.acct = QStringLiteral("per");
    mention.text = QStringLiteral("@kommune Hei");
    m_mastodon->addMention(mention);
    m_hub->sync().syncNow(id);
    QTest::qWait(1000);
    QCOMPARE(conversations(), qint64(0));

    list->setCurrentItem(row(QStringLiteral("Mastodon")));
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(state(id), QStringLiteral("active"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("syncButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(conversations(), qint64(1), 15000);
}

void TestAccountsDialog::remove_keepsOrDeletesConversations_andForgetsTheToken()
{
    const qint64 kept = addMastodon(QStringLiteral("Beholdt"));
    QVERIFY(kept > 0);
    MastodonFake::Post mention;
    mention.acct = QStringLiteral("per");
    mention.text = QStringLiteral("@kommune Hei");
    m_mastodon->addMention(mention);
    m_hub->sync().syncNow(kept);
    QTRY_COMPARE_WITH_TIMEOUT(conversations(), qint64(1), 15000);

    auto list = m_dialog->findChild<QTreeWidget *>(QStringLiteral("accountList"));
    auto remove = m_dialog->findChild<QPushButton *>(QStringLiteral("removeButton"));
    m_dialog->setRemoveAnswer([](const QString &) { return AccountsDialog::RemoveChoice::Cancel; });
    list->setCurrentItem(row(QStringLiteral("Beholdt")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(row(QStringLiteral("Beholdt")));

    m_dialog->setRemoveAnswer([](const QString &) { return AccountsDialog::RemoveChoice::KeepData; });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(conversations(), qint64(1)); // the reports keep their history
    QTRY_VERIFY(!m_secrets->readNow(SecretStore::accountKey(kept)));

    const qint64 dropped = addMastodon(QStringLiteral("Slettet"));
    QVERIFY(dropped > 0);
    mention.text = QStringLiteral("@kommune Igjen");
    m_mastodon->addMention(mention);
    m_hub->sync().syncNow(dropped);
    QTRY_VERIFY_WITH_TIMEOUT(conversations() >= 2, 15000);
    const qint64 before = conversations();
    m_dialog->setRemoveAnswer([](const QString &) { return AccountsDialog::RemoveChoice::DeleteData; });
    list->setCurrentItem(row(QStringLiteral("Slettet")));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!row(QStringLiteral("Slettet")));
    QVERIFY(conversations() < before);
    QTRY_VERIFY(!m_secrets->readNow(SecretStore::accountKey(dropped)));
}

QTEST_MAIN(TestAccountsDialog)
#include "tst_accountsdialog.moc"
