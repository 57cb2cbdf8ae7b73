#include "settings/settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Torget;
using Key = Settings::Key;

Q_DECLARE_METATYPE(Settings::Key)

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void defaultValue_perKey_data();
    void defaultValue_perKey();
    void value_ofFreshFile_isDefault_data();
    void value_ofFreshFile_isDefault();
    void name_isUniquePerKey();

    void setValue_thenValue_returnsIt_data();
    void setValue_thenValue_returnsIt();
    void setValue_persistsThroughSecondSettingsOnSameFile_data();
    void setValue_persistsThroughSecondSettingsOnSameFile();
    void reset_restoresDefault();

    void migrate_fromVersion0_writesCurrentVersion();
    void migrate_fromMissingFile_writesCurrentVersionToDisk();
    void migrate_keepsUserValues();
    void migrate_leavesNewerVersionAlone();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("torget.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettings::defaultValue_perKey_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("name");

    QTest::newRow("language follows the system")
        << Key::Language << QVariant(QString()) << QStringLiteral("ui/language");
    QTest::newRow("database path is the default file")
        << Key::DatabasePath << QVariant(QString()) << QStringLiteral("storage/databasePath");
    QTest::newRow("no window geometry")
        << Key::MainWindowGeometry << QVariant(QByteArray()) << QStringLiteral("ui/mainWindowGeometry");
    QTest::newRow("no window state") << Key::MainWindowState << QVariant(QByteArray())
                                     << QStringLiteral("ui/mainWindowState");
    QTest::newRow("version 0 before migration")
        << Key::SettingsVersion << QVariant(0) << QStringLiteral("meta/version");
}

void TestSettings::defaultValue_perKey()
{
    QFETCH(Key, key);
    QFETCH(QVariant, expected);
    QFETCH(QString, name);
    QCOMPARE(Settings::defaultValue(key), expected);
    QCOMPARE(Settings::name(key), name);
}

void TestSettings::value_ofFreshFile_isDefault_data()
{
    QTest::addColumn<Key>("key");
    QTest::newRow("language") << Key::Language;
    QTest::newRow("database path") << Key::DatabasePath;
    QTest::newRow("geometry") << Key::MainWindowGeometry;
    QTest::newRow("state") << Key::MainWindowState;
}

void TestSettings::value_ofFreshFile_isDefault()
{
    QFETCH(Key, key);
    Settings settings(iniPath());
    QCOMPARE(settings.value(key), Settings::defaultValue(key));
}

void TestSettings::name_isUniquePerKey()
{
    const QList<Key> keys{Key::Language, Key::DatabasePath, Key::MainWindowGeometry, Key::MainWindowState,
                          Key::SettingsVersion};
    QStringList names;
    for (Key k : keys)
        names << Settings::name(k);
    names.removeDuplicates();
    QCOMPARE(names.size(), keys.size());
}

void TestSettings::setValue_thenValue_returnsIt_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("language nn") << Key::Language << QVariant(QStringLiteral("nn"));
    QTest::newRow("database path with æøå and spaces")
        << Key::DatabasePath << QVariant(QStringLiteral("/home/kari/Mine filer/tørget æøå.sqlite"));
    QTest::newRow("binary geometry") << Key::MainWindowGeometry
                                     << QVariant(QByteArray("\x01\x00\xff\x7f=;[]", 8));
    QTest::newRow("binary state") << Key::MainWindowState << QVariant(QByteArray(300, '\xAB'));
}

void TestSettings::setValue_thenValue_returnsIt()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    Settings settings(iniPath());
    settings.setValue(key, value);
    QCOMPARE(settings.value(key), value);
}

void TestSettings::setValue_persistsThroughSecondSettingsOnSameFile_data()
{
    setValue_thenValue_returnsIt_data();
}

void TestSettings::setValue_persistsThroughSecondSettingsOnSameFile()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    {
        Settings writer(iniPath());
        writer.setValue(key, value);
        writer.sync();
        QCOMPARE(writer.fileName(), iniPath());
    }
    QVERIFY(QFile::exists(iniPath()));
    Settings reader(iniPath());
    QCOMPARE(reader.value(key), value);
}

void TestSettings::reset_restoresDefault()
{
    {
        Settings settings(iniPath());
        settings.setValue(Key::Language, QStringLiteral("en"));
        settings.sync();
    }
    Settings settings(iniPath());
    QCOMPARE(settings.value(Key::Language).toString(), QStringLiteral("en"));
    settings.reset(Key::Language);
    QCOMPARE(settings.value(Key::Language), Settings::defaultValue(Key::Language));
    settings.sync();
    Settings again(iniPath());
    QCOMPARE(again.value(Key::Language), Settings::defaultValue(Key::Language));
}

void TestSettings::migrate_fromVersion0_writesCurrentVersion()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("meta/version"), 0);
        raw.sync();
    }
    Settings settings(iniPath()); // the constructor migrates
    QCOMPARE(settings.value(Key::SettingsVersion).toInt(), Settings::currentVersion);

    // An explicit migrate() from version 0 does the same.
    settings.setValue(Key::SettingsVersion, 0);
    QCOMPARE(settings.value(Key::SettingsVersion).toInt(), 0);
    settings.migrate();
    QCOMPARE(settings.value(Key::SettingsVersion).toInt(), Settings::currentVersion);
    settings.sync();

    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("meta/version")).toInt(), Settings::currentVersion);
}

void TestSettings::migrate_fromMissingFile_writesCurrentVersionToDisk()
{
    QVERIFY(!QFile::exists(iniPath()));
    {
        Settings settings(iniPath());
        settings.sync();
    }
    QSettings raw(iniPath(), QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("meta/version")).toInt(), Settings::currentVersion);
}

void TestSettings::migrate_keepsUserValues()
{
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("ui/language"), QStringLiteral("nb"));
        raw.setValue(QStringLiteral("storage/databasePath"), QStringLiteral("/srv/torget.sqlite"));
        raw.sync();
    }
    Settings settings(iniPath());
    QCOMPARE(settings.value(Key::SettingsVersion).toInt(), Settings::currentVersion);
    QCOMPARE(settings.value(Key::Language).toString(), QStringLiteral("nb"));
    QCOMPARE(settings.value(Key::DatabasePath).toString(), QStringLiteral("/srv/torget.sqlite"));
}

void TestSettings::migrate_leavesNewerVersionAlone()
{
    const int newer = Settings::currentVersion + 5;
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(QStringLiteral("meta/version"), newer);
        raw.sync();
    }
    Settings settings(iniPath());
    settings.migrate();
    QCOMPARE(settings.value(Key::SettingsVersion).toInt(), newer);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
