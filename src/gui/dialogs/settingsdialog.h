#pragma once

#include <QDialog>

#include <memory>

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
    SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    QString language() const;     // "" = system
    QString databasePath() const; // "" = default

private:
    void browse();
    void fillLanguages();

    Settings &m_settings;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace Torget
