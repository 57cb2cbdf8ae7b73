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

// Language and database location. Values are written to Settings when the dialog is accepted.
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

private:
    void browse();
    void fillLanguages();

    Settings &m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace Torget
