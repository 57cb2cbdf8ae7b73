#pragma once

#include "domain/types.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class SettingsDialog;
}

namespace Torget {

class Settings;

// Language, database location, who "me" is and deadline notifications. Values are written to
// Settings when the dialog is accepted. Opening hours and targets live in the database and have
// their own dialog (calendarRequested()).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings &settings, const std::vector<Agent> &agents, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    QString language() const;     // "" = system
    QString databasePath() const; // "" = default
    QString agentEmail() const;   // "" = the first active agent
    bool notifyDeadlines() const;

Q_SIGNALS:
    // "Opening Hours and Targets…": the window opens CalendarDialog over this dialog.
    void calendarRequested();

private:
    void browse();
    void fillLanguages();

    Settings &m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace Torget
