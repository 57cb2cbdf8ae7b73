#include "calendardialog.h"

#include "sla/calendarjson.h"
#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Torget {

namespace {

constexpr int weekdayColumns = 7;

QString minutesText(int m)
{
    return QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0'));
}

// "08:00–15:30, 16:00–18:00"; empty when closed.
QString hoursText(const DayHours &hours)
{
    QStringList parts;
    for (const OpeningSpan &s : hours)
        parts << minutesText(s.open) + QChar(0x2013) + minutesText(s.close);
    return parts.join(QStringLiteral(", "));
}

void setCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setItem(row, column, new QTableWidgetItem(text));
}

QTableWidget *makeTable(QWidget *parent, const QString &name, int columns)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // headers stay readable
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false); // Tab leaves the table: the dialog stays keyboard-friendly
    return t;
}

// Add and Remove buttons under a table.
QHBoxLayout *rowButtons(QWidget *parent, QTableWidget *table, const QString &add, const QString &remove,
                        const std::function<void()> &onAdd)
{
    auto *addButton = new QPushButton(add, parent);
    addButton->setObjectName(table->objectName() + QStringLiteral("Add"));
    auto *removeButton = new QPushButton(remove, parent);
    removeButton->setObjectName(table->objectName() + QStringLiteral("Remove"));
    QObject::connect(addButton, &QPushButton::clicked, table, onAdd);
    QObject::connect(removeButton, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    auto *layout = new QHBoxLayout;
    layout->addWidget(addButton);
    layout->addWidget(removeButton);
    layout->addStretch(1);
    return layout;
}

QStringList weekdayNames()
{
    QStringList names;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d)
        names << locale.standaloneDayName(d, QLocale::LongFormat);
    return names;
}

} // namespace

CalendarDialog::CalendarDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Opening Hours and Targets"));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("calendarTabs"));
    auto *hours = new QWidget(tabs);
    auto *days = new QWidget(tabs);
    auto *targets = new QWidget(tabs);
    buildHoursTab(hours);
    buildDaysTab(days);
    buildTargetsTab(targets);
    tabs->addTab(hours, tr("Opening &hours"));
    tabs->addTab(days, tr("&Special days"));
    tabs->addTab(targets, tr("&Targets"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *importButton = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setToolTip(tr("Read a calendar file (JSON); it replaces every version when you save"));
    auto *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setToolTip(tr("Write the calendar, with the changes shown here, to a JSON file"));
    connect(importButton, &QPushButton::clicked, this, &CalendarDialog::importClicked);
    connect(exportButton, &QPushButton::clicked, this, &CalendarDialog::exportClicked);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(980, 700);
    load();
}

CalendarDialog::~CalendarDialog() = default;

void CalendarDialog::buildHoursTab(QWidget *page)
{
    m_versionCombo = new QComboBox(page);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_validFrom = new QDateEdit(page);
    m_validFrom->setObjectName(QStringLiteral("validFromEdit"));
    m_validFrom->setCalendarPopup(true);
    m_validFrom->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_validFrom->setMinimumDate(QDate(BusinessCalendar::firstYear, 1, 1));
    m_validFrom->setMaximumDate(QDate(BusinessCalendar::lastYear, 12, 31));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("calendarNameEdit"));
    m_holidays = new QCheckBox(tr("Closed on Norwegian public &holidays"), page);
    m_holidays->setObjectName(QStringLiteral("publicHolidaysCheck"));

    m_weekly = makeTable(page, QStringLiteral("weeklyTable"), 1);
    m_weekly->setHorizontalHeaderLabels({tr("Opening hours (empty: closed)")});
    m_weekly->setRowCount(weekdayColumns);
    m_weekly->setVerticalHeaderLabels(weekdayNames());
    m_weekly->verticalHeader()->setVisible(true);
    m_weekly->setSelectionBehavior(QAbstractItemView::SelectItems);
    // All seven days in view without scrolling; the seasons table takes the rest of the height.
    m_weekly->verticalHeader()->setDefaultSectionSize(m_weekly->fontMetrics().height() + 8);
    m_weekly->setMinimumHeight(m_weekly->horizontalHeader()->sizeHint().height() +
                               weekdayColumns * m_weekly->verticalHeader()->defaultSectionSize() + 4);
    m_weekly->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_weekly->setToolTip(tr("Hours such as 08:00–15:30; several spans separated by commas: 08:00–11:30, "
                            "12:00–15:30"));

    m_seasons = makeTable(page, QStringLiteral("seasonsTable"), 3 + weekdayColumns);
    QStringList seasonHeaders{tr("Name"), tr("From (dd.MM)"), tr("To (dd.MM)")};
    const QLocale locale;
    for (int d = 1; d <= 7; ++d)
        seasonHeaders << locale.standaloneDayName(d, QLocale::ShortFormat);
    m_seasons->setHorizontalHeaderLabels(seasonHeaders);

    auto *note =
        new QLabel(tr("A change applies from the date above and makes a new version of the calendar; "
                      "reports on earlier periods keep the hours that were valid then. Choose an "
                      "earlier version to correct it."),
                   page);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *versionLabel = new QLabel(tr("&Version:"), page);
    versionLabel->setBuddy(m_versionCombo);
    form->addRow(versionLabel, m_versionCombo);
    auto *fromLabel = new QLabel(tr("&Applies from:"), page);
    fromLabel->setBuddy(m_validFrom);
    form->addRow(fromLabel, m_validFrom);
    auto *nameLabel = new QLabel(tr("&Name:"), page);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_holidays);

    auto *weeklyLabel = new QLabel(tr("&Weekly opening hours:"), page);
    weeklyLabel->setBuddy(m_weekly);
    auto *seasonsLabel = new QLabel(tr("S&easons with other hours (such as summer hours):"), page);
    seasonsLabel->setBuddy(m_seasons);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(weeklyLabel);
    layout->addWidget(m_weekly);
    layout->addWidget(seasonsLabel);
    layout->addWidget(m_seasons, 1);
    layout->addLayout(rowButtons(page, m_seasons, tr("Add season"), tr("Remove season"), [this] {
        const int row = m_seasons->rowCount();
        m_seasons->insertRow(row);
        setCell(m_seasons, row, 0, tr("Summer hours"));
        m_seasons->setCurrentCell(row, 0);
    }));

    connect(m_versionCombo, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < static_cast<int>(m_versions.size())) {
            showVersion(m_versions[static_cast<std::size_t>(index)]);
            m_validFrom->setDate(m_versions[static_cast<std::size_t>(index)].validFrom);
        }
    });
}

void CalendarDialog::buildDaysTab(QWidget *page)
{
    m_reduced = makeTable(page, QStringLiteral("reducedTable"), 4);
    m_reduced->setHorizontalHeaderLabels(
        {tr("Name"), tr("Date each year (dd.MM)"), tr("Or days from Easter Sunday"), tr("Hours")});
    m_closures = makeTable(page, QStringLiteral("closuresTable"), 3);
    m_closures->setHorizontalHeaderLabels({tr("Date (dd.MM.yyyy)"), tr("Name"), tr("Hours (empty: closed)")});

    auto *reducedLabel = new QLabel(tr("&Reduced days, every year (only when the day would be open):"), page);
    reducedLabel->setBuddy(m_reduced);
    auto *closuresLabel = new QLabel(tr("&One-off closures and other hours:"), page);
    closuresLabel->setBuddy(m_closures);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(reducedLabel);
    layout->addWidget(m_reduced, 1);
    layout->addLayout(rowButtons(page, m_reduced, tr("Add reduced day"), tr("Remove reduced day"), [this] {
        const int row = m_reduced->rowCount();
        m_reduced->insertRow(row);
        setCell(m_reduced, row, 3, QStringLiteral("08:00") + QChar(0x2013) + QStringLiteral("12:00"));
        m_reduced->setCurrentCell(row, 0);
    }));
    layout->addWidget(closuresLabel);
    layout->addWidget(m_closures, 1);
    layout->addLayout(rowButtons(page, m_closures, tr("Add closure"), tr("Remove closure"), [this] {
        const int row = m_closures->rowCount();
        m_closures->insertRow(row);
        setCell(
            m_closures, row, 0,
            m_clock.now().toTimeZone(TimeFormat::osloZone()).date().toString(QStringLiteral("dd.MM.yyyy")));
        m_closures->setCurrentCell(row, 1);
    }));
}

void CalendarDialog::buildTargetsTab(QWidget *page)
{
    m_preset = new QComboBox(page);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    for (SlaPolicy::Preset p : SlaPolicy::presets())
        m_preset->addItem(SlaPolicy::preset(p).name, SlaPolicy::presetKey(p));
    m_preset->addItem(tr("Custom targets"), QStringLiteral("custom"));
    m_soon = new QSpinBox(page);
    m_soon->setObjectName(QStringLiteral("soonSpin"));
    m_soon->setRange(0, 24 * 60);
    m_soon->setSuffix(tr(" min of opening hours"));
    m_rules = makeTable(page, QStringLiteral("rulesTable"), 6);
    m_rules->setHorizontalHeaderLabels({tr("Clock"), tr("Channels (empty: all)"),
                                        tr("Priorities (empty: all)"), tr("Target (0: none)"),
                                        tr("Counted in"), tr("Same opening day")});
    m_rules->setToolTip(tr("Channels: facebook, instagram, mastodon, x, bluesky, email, import. "
                           "Priorities: low, normal, high, urgent. The most specific line wins."));
    m_escalation = new QComboBox(page);
    m_escalation->setObjectName(QStringLiteral("escalationCombo"));

    auto *form = new QFormLayout;
    auto *presetLabel = new QLabel(tr("&Policy:"), page);
    presetLabel->setBuddy(m_preset);
    form->addRow(presetLabel, m_preset);
    auto *soonLabel = new QLabel(tr("\"About to &breach\" when at most:"), page);
    soonLabel->setBuddy(m_soon);
    form->addRow(soonLabel, m_soon);
    auto *escalationLabel = new QLabel(tr("&Escalate breached conversations to:"), page);
    escalationLabel->setBuddy(m_escalation);
    form->addRow(escalationLabel, m_escalation);
    auto *rulesLabel = new QLabel(tr("Ta&rgets:"), page);
    rulesLabel->setBuddy(m_rules);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(rulesLabel);
    layout->addWidget(m_rules, 1);
    layout->addLayout(rowButtons(page, m_rules, tr("Add target"), tr("Remove target"), [this] {
        addRuleRow(SlaRule{});
        m_preset->setCurrentIndex(m_preset->findData(QStringLiteral("custom")));
    }));
    connect(m_preset, &QComboBox::activated, this, &CalendarDialog::choosePreset);
}

void CalendarDialog::load()
{
    SlaService service(m_db);
    if (auto calendar = service.calendar())
        m_versions = calendar->versions();
    else
        m_lastError = calendar.error();
    if (m_versions.empty())
        m_versions.push_back(BusinessCalendar::defaultVersion());
    if (auto policy = service.policy())
        m_policy = *policy;
    else
        m_lastError = policy.error();
    if (auto to = Escalation(m_db, m_clock).target())
        m_escalateTo = *to;

    fillVersions();
    const QDate today = m_clock.now().toTimeZone(TimeFormat::osloZone()).date();
    const BusinessCalendar calendar(m_versions);
    const CalendarVersion &current = calendar.versionFor(today);
    for (std::size_t i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].validFrom == current.validFrom)
            m_versionCombo->setCurrentIndex(static_cast<int>(i));
    }
    showVersion(current);
    m_validFrom->setDate(today); // a change is a new version from today unless another date is chosen
    showPolicy(m_policy);

    m_escalation->clear();
    m_escalation->addItem(tr("Nobody (no escalation)"), QVariant());
    if (auto agents = AccountRepository(m_db).agents()) {
        for (const Agent &a : *agents) {
            if (a.active || a.id == m_escalateTo.value_or(0))
                m_escalation->addItem(
                    a.email.isEmpty() ? a.name : QStringLiteral("%1 <%2>").arg(a.name, a.email), a.id);
        }
    }
    if (m_escalateTo)
        m_escalation->setCurrentIndex(std::max(0, m_escalation->findData(*m_escalateTo)));
}

void CalendarDialog::fillVersions()
{
    std::sort(m_versions.begin(), m_versions.end(),
              [](const CalendarVersion &a, const CalendarVersion &b) { return a.validFrom < b.validFrom; });
    m_versionCombo->clear();
    for (const CalendarVersion &v : m_versions)
        m_versionCombo->addItem(
            tr("From %1: %2").arg(v.validFrom.toString(QStringLiteral("dd.MM.yyyy")), v.name));
}

void CalendarDialog::showVersion(const CalendarVersion &v)
{
    m_name->setText(v.name);
    m_holidays->setChecked(v.publicHolidays);
    for (int d = 0; d < weekdayColumns; ++d)
        setCell(m_weekly, d, 0, hoursText(v.weekly.days[static_cast<std::size_t>(d)]));
    m_seasons->setRowCount(0);
    for (const SeasonHours &s : v.seasons) {
        const int row = m_seasons->rowCount();
        m_seasons->insertRow(row);
        setCell(m_seasons, row, 0, s.name);
        setCell(m_seasons, row, 1,
                QStringLiteral("%1.%2")
                    .arg(s.fromDay, 2, 10, QLatin1Char('0'))
                    .arg(s.fromMonth, 2, 10, QLatin1Char('0')));
        setCell(m_seasons, row, 2,
                QStringLiteral("%1.%2")
                    .arg(s.toDay, 2, 10, QLatin1Char('0'))
                    .arg(s.toMonth, 2, 10, QLatin1Char('0')));
        for (int d = 0; d < weekdayColumns; ++d)
            setCell(m_seasons, row, 3 + d, hoursText(s.hours.days[static_cast<std::size_t>(d)]));
    }
    m_reduced->setRowCount(0);
    for (const ReducedDay &r : v.reducedDays) {
        const int row = m_reduced->rowCount();
        m_reduced->insertRow(row);
        setCell(m_reduced, row, 0, r.name);
        setCell(m_reduced, row, 1,
                r.easterOffset ? QString()
                               : QStringLiteral("%1.%2")
                                     .arg(r.day, 2, 10, QLatin1Char('0'))
                                     .arg(r.month, 2, 10, QLatin1Char('0')));
        setCell(m_reduced, row, 2, r.easterOffset ? QString::number(*r.easterOffset) : QString());
        setCell(m_reduced, row, 3, hoursText(r.hours));
    }
    m_closures->setRowCount(0);
    for (const CalendarException &e : v.exceptions) {
        const int row = m_closures->rowCount();
        m_closures->insertRow(row);
        setCell(m_closures, row, 0, e.date.toString(QStringLiteral("dd.MM.yyyy")));
        setCell(m_closures, row, 1, e.name);
        setCell(m_closures, row, 2, hoursText(e.hours));
    }
}

} // namespace Torget
