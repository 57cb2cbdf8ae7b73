#pragma once

#include "sla/businesscalendar.h"
#include "sla/slapolicy.h"
#include "util/result.h"

#include <QDialog>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Torget {

class Clock;
class Database;

// Opening hours and response targets: one version of the business calendar (weekday hours,
// seasons such as summer hours, reduced days, one-off closures, valid from a date), the active
// policy (a preset or custom targets per clock, channel and priority, the "soon" threshold) and
// the colleague breached conversations are escalated to. Calendars can be exported and imported
// as JSON (CalendarJson).
//
// Saving writes the database only; the deadlines are then recomputed by the caller on a worker
// thread (refreshNeeded(), SlaRefreshJob), which may take a minute at a million conversations.
// A change to the hours makes a new version from the chosen date (or replaces the version of that
// date), so that reports on earlier periods keep the hours that were valid then.
class CalendarDialog final : public QDialog
{
    Q_OBJECT

public:
    CalendarDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);
    ~CalendarDialog() override;

    // Validates and writes; false with a translated lastError() (also shown unless quiet).
    bool save(bool quiet = false);
    void accept() override;
    QString lastError() const { return m_lastError; }
    // Something was saved that moves deadlines: the caller should recompute them.
    bool refreshNeeded() const { return m_refreshNeeded; }

    // Reads a calendar file into the dialog (saved with the dialog); false with lastError().
    bool importFile(const QString &path);
    bool exportFile(const QString &path);

    // The version the editors describe, and the policy the targets tab describes.
    Result<CalendarVersion> editedVersion() const;
    Result<SlaPolicy> editedPolicy() const;

private:
    void buildHoursTab(QWidget *page);
    void buildDaysTab(QWidget *page);
    void buildTargetsTab(QWidget *page);
    void load();
    void fillVersions();
    void showVersion(const CalendarVersion &version);
    void showPolicy(const SlaPolicy &policy);
    void addRuleRow(const SlaRule &rule);
    void choosePreset(int index);
    void importClicked();
    void exportClicked();
    std::vector<CalendarVersion> merged(const CalendarVersion &draft) const;
    bool fail(const QString &message, bool quiet);

    Database &m_db;
    const Clock &m_clock;
    std::vector<CalendarVersion> m_versions; // as stored (or as imported, not yet saved)
    bool m_imported = false;
    SlaPolicy m_policy;
    std::optional<qint64> m_escalateTo;
    QString m_lastError;
    bool m_refreshNeeded = false;

    QComboBox *m_versionCombo = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_holidays = nullptr;
    QTableWidget *m_weekly = nullptr;
    QTableWidget *m_seasons = nullptr;
    QTableWidget *m_reduced = nullptr;
    QTableWidget *m_closures = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_soon = nullptr;
    QTableWidget *m_rules = nullptr;
    QComboBox *m_escalation = nullptr;
};

} // namespace Torget
