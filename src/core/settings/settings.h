#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Torget {

// Every setting is a key of this enum with a default in one table (settings.cpp); stored with
// QSettings under the names in that table. migrate() upgrades older layouts.
class Settings final
{
public:
    enum class Key
    {
        Language,     // "" = follow the system, else nb | nn | en
        DatabasePath, // "" = Database::defaultPath()
        MainWindowGeometry,
        MainWindowState,
        AgentEmail,      // who "me" is in the inbox; "" = the first active agent
        NotifyDeadlines, // bool: tray (or status bar) messages before and at a breach; on by default
        SettingsVersion,
    };

    Settings();                                // the user's settings
    explicit Settings(const QString &iniFile); // a given file (tests, --settings)

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString name(Key key);

    static constexpr int currentVersion = 1;
    void migrate();
    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace Torget
