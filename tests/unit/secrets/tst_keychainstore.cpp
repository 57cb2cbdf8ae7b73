#include "secrets/keychainstore.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using namespace Torget;

// The real Secret Service through QtKeychain (run by with-keyring.sh: a private D-Bus session with
// an unlocked GNOME Keyring). Each test uses its own service name, so runs never see each other.
class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void write_thenRead_givesTheSecretBack();
    void write_overAnExistingSecret_replacesIt();
    void read_missingSecret_saysSignInAgain();
    void remove_forgetsTheSecret_andRemovingAgainSucceeds();
    void secrets_keepEveryCharacter_data();
    void secrets_keepEveryCharacter();
    void keys_areSeparate_perAccount();
    void done_isCalledLater_neverInsideTheCall();

private:
    std::unique_ptr<KeychainStore> m_store;
};

void TestKeychainStore::init()
{
    m_store = std::make_unique<KeychainStore>(QStringLiteral("Torget test ") +
                                              QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestKeychainStore::cleanup()
{
    for (qint64 id : {1, 2, 3})
        (void)m_store->removeNow(SecretStore::accountKey(id));
    m_store.reset();
}

void TestKeychainStore::write_thenRead_givesTheSecretBack()
{
    const QString key = SecretStore::accountKey(1);
    const Status written = m_store->writeNow(key, QStringLiteral("EAAB-token-123"));
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
    const Result<QString> read = m_store->readNow(key);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error()));
    QCOMPARE(*read, QStringLiteral("EAAB-token-123"));
}

void TestKeychainStore::write_overAnExistingSecret_replacesIt()
{
    const QString key = SecretStore::accountKey(1);
    QVERIFY(m_store->writeNow(key, QStringLiteral("old")).ok());
    QVERIFY(m_store->writeNow(key, QStringLiteral("new")).ok());
    const Result<QString> read = m_store->readNow(key);
    QVERIFY(read.ok());
    QCOMPARE(*read, QStringLiteral("new"));
}

void TestKeychainStore::read_missingSecret_saysSignInAgain()
{
    const Result<QString> read = m_store->readNow(SecretStore::accountKey(3));
    QVERIFY(!read.ok());
    QCOMPARE(read.error(), QStringLiteral("No sign-in is saved for this account; sign in again."));
}

void TestKeychainStore::remove_forgetsTheSecret_andRemovingAgainSucceeds()
{
    const QString key = SecretStore::accountKey(2);
    QVERIFY(m_store->writeNow(key, QStringLiteral("gone soon")).ok());
    QVERIFY(m_store->removeNow(key).ok());
    QVERIFY(!m_store->readNow(key).ok());
    const Status again = m_store->removeNow(key);
    QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error()));
}

void TestKeychainStore::secrets_keepEveryCharacter_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("norwegian letters") << QStringLiteral("blåbærsyltetøy-ÆØÅ");
    QTest::newRow("emoji outside the BMP") << QStringLiteral("token-\U0001F511-\U0001F600");
    QTest::newRow("quotes, spaces and symbols") << QStringLiteral("a \"b\" 'c' \\d %e &f <g> =h+/");
    QTest::newRow("long (4 KiB)") << QString(4096, QLatin1Char('x'));
}

void TestKeychainStore::secrets_keepEveryCharacter()
{
    QFETCH(QString, secret);
    const QString key = SecretStore::accountKey(1);
    QVERIFY(m_store->writeNow(key, secret).ok());
    const Result<QString> read = m_store->readNow(key);
    QVERIFY(read.ok());
    QCOMPARE(*read, secret);
}

void TestKeychainStore::keys_areSeparate_perAccount()
{
    QVERIFY(m_store->writeNow(SecretStore::accountKey(1), QStringLiteral("one")).ok());
    QVERIFY(m_store->writeNow(SecretStore::accountKey(2), QStringLiteral("two")).ok());
    QVERIFY(m_store->removeNow(SecretStore::accountKey(1)).ok());
    const Result<QString> two = m_store->readNow(SecretStore::accountKey(2));
    QVERIFY(two.ok());
    QCOMPARE(*two, QStringLiteral("two"));
}

void TestKeychainStore::done_isCalledLater_neverInsideTheCall()
{
    int calls = 0;
    bool insideCall = true;
    m_store->write(SecretStore::accountKey(1), QStringLiteral("x"), [&](Status s) {
        QVERIFY(s.ok());
        QVERIFY(!insideCall);
        ++calls;
    });
    insideCall = false;
    QTRY_COMPARE(calls, 1);
    QTest::qWait(50);
    QCOMPARE(calls, 1);
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
