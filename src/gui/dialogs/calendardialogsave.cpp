// CalendarDialog: reading the editors back (with translated errors that name the row), the
// targets table, saving, and JSON import/export. The layout is in calendardialog.cpp.

#include "calendardialog.h"

#include "sla/calendarjson.h"
#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/database.h"
#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace Torget {

namespace {

constexpr int weekdays = 7;

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

std::optional<int> parseTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[:.](\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 24 || min > 59 || (h == 24 && min != 0))
        return std::nullopt;
    return h * 60 + min;
}

// "08:00–11:30, 12:00–15:30" (hyphen or dash; commas or semicolons between spans).
Result<DayHours> parseHours(const QString &text, const QString &where)
{
    DayHours hours;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    static const QRegularExpression dash(QStringLiteral("\\s*[-\u2013\u2014]\\s*"));
    for (const QString &raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const QStringList ends = part.split(dash);
        const auto open = ends.size() == 2 ? parseTime(ends[0]) : std::nullopt;
        const auto close = ends.size() == 2 ? parseTime(ends[1]) : std::nullopt;
        if (!open || !close)
            return Error{
                CalendarDialog::tr("%1: \"%2\" is not opening hours such as 08:00–15:30.").arg(where, part)};
        if (*close <= *open)
            return Error{CalendarDialog::tr("%1: \"%2\" closes before it opens.").arg(where, part)};
        if (!hours.empty() && *open < hours.back().close)
            return Error{CalendarDialog::tr("%1: \"%2\" overlaps or comes before the hours before it.")
                             .arg(where, part)};
        hours.push_back({*open, *close});
    }
    return hours;
}

// "15.05" → (month, day); a date that exists in a leap year.
std::optional<std::pair<int, int>> parseDayMonth(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int day = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    if (!QDate(2024, month, day).isValid())
        return std::nullopt;
    return std::make_pair(month, day);
}

QString dayName(int d)
{
    return QLocale().standaloneDayName(d + 1, QLocale::LongFormat);
}

QString unitName(TargetUnit unit)
{
    switch (unit) {
    case TargetUnit::BusinessMinutes:
        return CalendarDialog::tr("business minutes");
    case TargetUnit::CalendarMinutes:
        return CalendarDialog::tr("calendar minutes");
    case TargetUnit::WorkingDays:
        return CalendarDialog::tr("working days");
    case TargetUnit::CalendarMonths:
        return CalendarDialog::tr("calendar months");
    }
    return {};
}

} // namespace

Result<CalendarVersion> CalendarDialog::editedVersion() const
{
    CalendarVersion v;
    v.validFrom = m_validFrom->date();
    v.name = m_name->text().trimmed();
    if (v.name.isEmpty())
        return Error{tr("The calendar needs a name.")};
    v.publicHolidays = m_holidays->isChecked();
    for (int d = 0; d < weekdays; ++d) {
        auto hours = parseHours(cellText(m_weekly, d, 0), dayName(d));
        if (!hours)
            return Error{hours.error()};
        v.weekly.days[static_cast<std::size_t>(d)] = *hours;
    }
    for (int row = 0; row < m_seasons->rowCount(); ++row) {
        SeasonHours s;
        s.name = cellText(m_seasons, row, 0);
        const QString where = tr("Season %1 (%2)").arg(row + 1).arg(s.name);
        const auto from = parseDayMonth(cellText(m_seasons, row, 1));
        const auto to = parseDayMonth(cellText(m_seasons, row, 2));
        if (!from || !to)
            return Error{tr("%1: \"From\" and \"To\" must be days of the year such as 15.05.").arg(where)};
        s.fromMonth = from->first;
        s.fromDay = from->second;
        s.toMonth = to->first;
        s.toDay = to->second;
        for (int d = 0; d < weekdays; ++d) {
            auto hours = parseHours(cellText(m_seasons, row, 3 + d), tr("%1, %2").arg(where, dayName(d)));
            if (!hours)
                return Error{hours.error()};
            s.hours.days[static_cast<std::size_t>(d)] = *hours;
        }
        v.seasons.push_back(std::move(s));
    }
    for (int row = 0; row < m_reduced->rowCount(); ++row) {
        ReducedDay r;
        r.name = cellText(m_reduced, row, 0);
        const QString where = tr("Reduced day %1 (%2)").arg(row + 1).arg(r.name);
        const QString date = cellText(m_reduced, row, 1);
        const QString easter = cellText(m_reduced, row, 2);
        if (!date.isEmpty()) {
            const auto md = parseDayMonth(date);
            if (!md)
                return Error{tr("%1: \"%2\" is not a day of the year such as 24.12.").arg(where, date)};
            r.month = md->first;
            r.day = md->second;
        } else {
            bool ok = false;
            const int offset = easter.toInt(&ok);
            if (!ok || offset < -60 || offset > 60)
                return Error{tr("%1: give a date such as 24.12, or a number of days from Easter Sunday "
                                "such as -4.")
                                 .arg(where)};
            r.easterOffset = offset;
        }
        auto hours = parseHours(cellText(m_reduced, row, 3), where);
        if (!hours)
            return Error{hours.error()};
        r.hours = *hours;
        v.reducedDays.push_back(std::move(r));
    }
    for (int row = 0; row < m_closures->rowCount(); ++row) {
        CalendarException e;
        const QString date = cellText(m_closures, row, 0);
        e.date = QDate::fromString(date, QStringLiteral("dd.MM.yyyy"));
        e.name = cellText(m_closures, row, 1);
        const QString where = tr("Closure %1 (%2)").arg(row + 1).arg(e.name);
        if (!e.date.isValid())
            return Error{tr("%1: \"%2\" is not a date such as 19.06.2026.").arg(where, date)};
        auto hours = parseHours(cellText(m_closures, row, 2), where);
        if (!hours)
            return Error{hours.error()};
        e.hours = *hours;
        v.exceptions.push_back(std::move(e));
    }
    std::sort(v.exceptions.begin(), v.exceptions.end(),
              [](const CalendarException &a, const CalendarException &b) { return a.date < b.date; });
    return v;
}

void CalendarDialog::showPolicy(const SlaPolicy &policy)
{
    const int index = m_preset->findData(policy.id);
    m_preset->setCurrentIndex(index >= 0 ? index : m_preset->findData(QStringLiteral("custom")));
    m_soon->setValue(policy.soonMinutes);
    m_rules->setRowCount(0);
    for (const SlaRule &r : policy.rules)
        addRuleRow(r);
}

void CalendarDialog::addRuleRow(const SlaRule &rule)
{
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto *kind = new QComboBox(m_rules);
    for (ResponseKind k : {ResponseKind::First, ResponseKind::Next, ResponseKind::Resolution})
        kind->addItem(displayName(k), key(k));
    kind->setCurrentIndex(kind->findData(key(rule.kind)));
    m_rules->setCellWidget(row, 0, kind);

    // The keys as the policy's JSON writes them.
    SlaPolicy one;
    one.rules = {rule};
    const QJsonObject json = one.toJson().value(QStringLiteral("rules")).toArray().at(0).toObject();
    const auto keys = [&](const QString &name) {
        QStringList list;
        for (const QJsonValue &v : json.value(name).toArray())
            list << v.toString();
        return list.join(QStringLiteral(", "));
    };
    m_rules->setItem(row, 1, new QTableWidgetItem(keys(QStringLiteral("channels"))));
    m_rules->setItem(row, 2, new QTableWidgetItem(keys(QStringLiteral("priorities"))));

    auto *amount = new QSpinBox(m_rules);
    amount->setRange(0, 100000);
    amount->setSpecialValueText(tr("none"));
    amount->setValue(rule.target ? std::max(1, rule.target->amount) : 0);
    m_rules->setCellWidget(row, 3, amount);
    auto *unit = new QComboBox(m_rules);
    for (TargetUnit u : {TargetUnit::BusinessMinutes, TargetUnit::CalendarMinutes, TargetUnit::WorkingDays,
                         TargetUnit::CalendarMonths})
        unit->addItem(unitName(u), key(u));
    unit->setCurrentIndex(rule.target ? unit->findData(key(rule.target->unit)) : 0);
    m_rules->setCellWidget(row, 4, unit);
    auto *same = new QTableWidgetItem;
    same->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    same->setCheckState(rule.target && rule.target->sameOpeningDay ? Qt::Checked : Qt::Unchecked);
    m_rules->setItem(row, 5, same);
}

void CalendarDialog::choosePreset(int index)
{
    const QString id = m_preset->itemData(index).toString();
    for (SlaPolicy::Preset p : SlaPolicy::presets()) {
        if (SlaPolicy::presetKey(p) == id)
            showPolicy(SlaPolicy::preset(p));
    }
}

Result<SlaPolicy> CalendarDialog::editedPolicy() const
{
    QJsonArray rules;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const auto *kind = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 0));
        const auto *amount = qobject_cast<QSpinBox *>(m_rules->cellWidget(row, 3));
        const auto *unit = qobject_cast<QComboBox *>(m_rules->cellWidget(row, 4));
        if (!kind || !amount || !unit)
            continue;
        QJsonObject o{{QStringLiteral("kind"), kind->currentData().toString()}};
        const auto list = [&](int column) {
            QJsonArray a;
            for (const QString &k :
                 cellText(m_rules, row, column).toLower().split(separators, Qt::SkipEmptyParts))
                a.append(k);
            return a;
        };
        o.insert(QStringLiteral("channels"), list(1));
        o.insert(QStringLiteral("priorities"), list(2));
        const QTableWidgetItem *same = m_rules->item(row, 5);
        if (amount->value() > 0)
            o.insert(
                QStringLiteral("target"),
                QJsonObject{{QStringLiteral("amount"), amount->value()},
                            {QStringLiteral("unit"), unit->currentData().toString()},
                            {QStringLiteral("sameOpeningDay"), same && same->checkState() == Qt::Checked}});
        else
            o.insert(QStringLiteral("target"), QJsonValue::Null);
        rules.append(o);
    }
    auto policy = SlaPolicy::fromJson(QJsonObject{{QStringLiteral("id"), QStringLiteral("custom")},
                                                  {QStringLiteral("soonMinutes"), m_soon->value()},
                                                  {QStringLiteral("rules"), rules}});
    if (!policy)
        return policy;
    // A preset whose targets were not touched stays that preset; anything else is custom.
    const QString chosen = m_preset->currentData().toString();
    for (SlaPolicy::Preset p : SlaPolicy::presets()) {
        const SlaPolicy preset = SlaPolicy::preset(p);
        if (preset.id == chosen && preset.rules == policy->rules) {
            policy->id = preset.id;
            policy->name = preset.name;
            return policy;
        }
    }
    policy->id = QStringLiteral("custom");
    policy->name = m_policy.id == QLatin1String("custom") && !m_policy.name.isEmpty() ? m_policy.name
                                                                                      : tr("Custom targets");
    return policy;
}

std::vector<CalendarVersion> CalendarDialog::merged(const CalendarVersion &draft) const
{
    std::vector<CalendarVersion> out;
    for (const CalendarVersion &v : m_versions) {
        if (v.validFrom != draft.validFrom)
            out.push_back(v);
    }
    out.push_back(draft);
    std::sort(out.begin(), out.end(),
              [](const CalendarVersion &a, const CalendarVersion &b) { return a.validFrom < b.validFrom; });
    return out;
}

bool CalendarDialog::fail(const QString &message, bool quiet)
{
    m_lastError = message;
    if (!quiet)
        QMessageBox::warning(this, windowTitle(), message);
    return false;
}

bool CalendarDialog::save(bool quiet)
{
    m_lastError.clear();
    auto version = editedVersion();
    if (!version)
        return fail(version.error(), quiet);
    auto policy = editedPolicy();
    if (!policy)
        return fail(policy.error(), quiet);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    SlaService service(m_db);

    // Only a real change makes a version: the same hours saved again leave the calendar alone.
    CalendarVersion inForce = BusinessCalendar(m_versions).versionFor(version->validFrom);
    inForce.validFrom = version->validFrom;
    const bool calendarChanged = m_imported || !(inForce == *version);
    if (m_imported) {
        if (auto set = service.setCalendarVersions(merged(*version), now); !set)
            return fail(set.error(), quiet);
    } else if (calendarChanged) {
        if (auto put = service.putCalendarVersion(*version, now); !put)
            return fail(put.error(), quiet);
    }
    const bool policyChanged = !(*policy == m_policy);
    if (policyChanged) {
        if (auto set = service.setPolicy(*policy); !set)
            return fail(set.error(), quiet);
    }
    const auto chosen = m_escalation->currentData();
    const std::optional<qint64> escalateTo =
        chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
    if (escalateTo != m_escalateTo) {
        if (auto set = Escalation(m_db, m_clock).setTarget(escalateTo); !set)
            return fail(set.error(), quiet);
    }
    m_refreshNeeded = m_refreshNeeded || calendarChanged || policyChanged;
    if (calendarChanged)
        m_versions = merged(*version);
    m_imported = false;
    m_policy = *policy;
    m_escalateTo = escalateTo;
    return true;
}

void CalendarDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool CalendarDialog::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
    auto versions = CalendarJson::fromJson(file.readAll());
    if (!versions)
        return fail(versions.error(), true);
    m_versions = *versions;
    m_imported = true;
    fillVersions();
    const QDate date = m_validFrom->date();
    const CalendarVersion current = BusinessCalendar(m_versions).versionFor(date);
    showVersion(current);
    m_validFrom->setDate(current.validFrom);
    for (std::size_t i = 0; i < m_versions.size(); ++i) {
        if (m_versions[i].validFrom == current.validFrom)
            m_versionCombo->setCurrentIndex(static_cast<int>(i));
    }
    return true;
}

bool CalendarDialog::exportFile(const QString &path)
{
    auto version = editedVersion();
    if (!version)
        return fail(version.error(), true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CalendarJson::toJson(merged(*version))) < 0 ||
        !file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
    return true;
}

void CalendarDialog::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Calendar"), QString(),
                                                      tr("Calendar (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (!importFile(path))
        QMessageBox::warning(this, tr("Import Calendar"), m_lastError);
}

void CalendarDialog::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Calendar"), QStringLiteral("torget-calendar.json"), tr("Calendar (*.json)"));
    if (path.isEmpty())
        return;
    if (!exportFile(path))
        QMessageBox::warning(this, tr("Export Calendar"), m_lastError);
}

} // namespace Torget
