#include "settings.h"

#include <array>

namespace Torget {

namespace {

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, 7> &table()
{
    static const std::array<Entry, 7> entries{{
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::DatabasePath, "storage/databasePath", QString()},
        {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Settings::Key::MainWindowState, "ui/mainWindowState", QByteArray()},
        {Settings::Key::AgentEmail, "inbox/agentEmail", QString()},
        {Settings::Key::NotifyDeadlines, "inbox/notifyDeadlines", true},
        {Settings::Key::SettingsVersion, "meta/version", 0},
    }};
    return entries;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : table()) {
        if (e.key == key)
            return e;
    }
    return table().front();
}

} // namespace

Settings::Settings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("torget"),
                 QStringLiteral("torget"))
{
    migrate();
}

Settings::Settings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
    migrate();
}

QString Settings::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    return m_settings.value(name(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(name(key), value);
}

void Settings::reset(Key key)
{
    m_settings.remove(name(key));
}

void Settings::migrate()
{
    const int version = value(Key::SettingsVersion).toInt();
    if (version >= currentVersion)
        return;
    // Version 0 → 1: first layout; nothing to convert, only the version is recorded.
    setValue(Key::SettingsVersion, currentVersion);
}

} // namespace Torget
