#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include "i18n/language.h"
#include "settings/settings.h"
#include "storage/database.h"

#include <QDir>
#include <QFileDialog>

namespace Torget {

SettingsDialog::SettingsDialog(Settings &settings, const std::vector<Agent> &agents, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    fillLanguages();
    m_ui->databaseEdit->setText(m_settings.value(Settings::Key::DatabasePath).toString());
    for (const Agent &a : agents) {
        if (a.active)
            m_ui->agentCombo->addItem(
                a.email.isEmpty() ? a.name : QStringLiteral("%1 <%2>").arg(a.name, a.email), a.email);
    }
    m_ui->agentCombo->setCurrentIndex(
        std::max(0, m_ui->agentCombo->findData(m_settings.value(Settings::Key::AgentEmail))));
    m_ui->notifyCheck->setChecked(m_settings.value(Settings::Key::NotifyDeadlines).toBool());
    connect(m_ui->calendarButton, &QPushButton::clicked, this, &SettingsDialog::calendarRequested);
    m_ui->databaseEdit->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    m_ui->languageCombo->addItem(
        tr("Follow the system (%1)").arg(Language::displayName(Language::forLocale(QLocale::system()))),
        QString());
    for (const QString &code : Language::available())
        m_ui->languageCombo->addItem(Language::displayName(code), code);
    const int current = m_ui->languageCombo->findData(m_settings.value(Settings::Key::Language).toString());
    m_ui->languageCombo->setCurrentIndex(std::max(0, current));
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

QString SettingsDialog::agentEmail() const
{
    return m_ui->agentCombo->currentData().toString();
}

bool SettingsDialog::notifyDeadlines() const
{
    return m_ui->notifyCheck->isChecked();
}

QString SettingsDialog::databasePath() const
{
    return m_ui->databaseEdit->text().trimmed();
}

void SettingsDialog::browse()
{
    const QString start = databasePath().isEmpty() ? Database::defaultPath() : databasePath();
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Database file"), start, tr("SQLite database (*.sqlite *.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_ui->databaseEdit->setText(QDir::toNativeSeparators(file));
}

void SettingsDialog::accept()
{
    m_settings.setValue(Settings::Key::Language, language());
    m_settings.setValue(Settings::Key::DatabasePath, QDir::fromNativeSeparators(databasePath()));
    m_settings.setValue(Settings::Key::AgentEmail, agentEmail());
    m_settings.setValue(Settings::Key::NotifyDeadlines, notifyDeadlines());
    m_settings.sync();
    QDialog::accept();
}

} // namespace Torget
