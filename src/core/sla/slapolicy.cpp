#include "slapolicy.h"

#include "businesscalendar.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace Torget {

namespace {

constexpr std::array<std::pair<ResponseKind, const char *>, 3> kindKeys{{
    {ResponseKind::First, "first"},
    {ResponseKind::Next, "next"},
    {ResponseKind::Resolution, "resolution"},
}};

constexpr std::array<std::pair<TargetUnit, const char *>, 4> unitKeys{{
    {TargetUnit::BusinessMinutes, "business_minutes"},
    {TargetUnit::CalendarMinutes, "calendar_minutes"},
    {TargetUnit::WorkingDays, "working_days"},
    {TargetUnit::CalendarMonths, "calendar_months"},
}};

constexpr std::array<std::pair<Priority, const char *>, 4> priorityKeys{{
    {Priority::Low, "low"},
    {Priority::Normal, "normal"},
    {Priority::High, "high"},
    {Priority::Urgent, "urgent"},
}};

template <typename E, std::size_t N>
QString keyIn(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, k] : table) {
        if (e == value)
            return QString::fromLatin1(k);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKeyIn(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

constexpr qint64 minuteMs = 60 * 1000;

const std::vector<Channel> socialChannels{Channel::Facebook, Channel::Instagram, Channel::Mastodon,
                                          Channel::X, Channel::Bluesky};

SlaRule rule(ResponseKind kind, std::optional<SlaTarget> target, std::vector<Channel> channels = {},
             std::vector<Priority> priorities = {})
{
    return {kind, std::move(channels), std::move(priorities), target};
}

} // namespace

QString key(ResponseKind kind)
{
    return keyIn(kindKeys, kind);
}

std::optional<ResponseKind> responseKindFromKey(const QString &key)
{
    return fromKeyIn(kindKeys, key);
}

QString displayName(ResponseKind kind)
{
    switch (kind) {
    case ResponseKind::First:
        return QCoreApplication::translate("Torget::SlaPolicy", "First response");
    case ResponseKind::Next:
        return QCoreApplication::translate("Torget::SlaPolicy", "Next response");
    case ResponseKind::Resolution:
        return QCoreApplication::translate("Torget::SlaPolicy", "Resolution");
    }
    return {};
}

QString key(TargetUnit unit)
{
    return keyIn(unitKeys, unit);
}

std::optional<TargetUnit> targetUnitFromKey(const QString &key)
{
    return fromKeyIn(unitKeys, key);
}

bool isSocialChannel(Channel channel)
{
    return std::find(socialChannels.begin(), socialChannels.end(), channel) != socialChannels.end();
}

qint64 SlaTarget::dueFrom(const BusinessCalendar &calendar, qint64 start) const
{
    qint64 due = BusinessCalendar::invalidTime;
    switch (unit) {
    case TargetUnit::BusinessMinutes:
        // A zero target is due when the desk opens, not at an arrival in the night.
        due = amount > 0 ? calendar.addBusinessMs(start, amount * minuteMs) : calendar.nextOpening(start);
        break;
    case TargetUnit::CalendarMinutes:
        due = start + amount * minuteMs;
        break;
    case TargetUnit::WorkingDays:
        due = calendar.addWorkingDays(start, amount);
        break;
    case TargetUnit::CalendarMonths:
        due =
            QDateTime::fromMSecsSinceEpoch(start, calendar.timeZone()).addMonths(amount).toMSecsSinceEpoch();
        break;
    }
    if (sameOpeningDay && due != BusinessCalendar::invalidTime) {
        const qint64 close = calendar.closeOfWorkingDay(start);
        if (close != BusinessCalendar::invalidTime)
            due = std::min(due, close);
    }
    return due;
}

qint64 SlaTarget::extend(const BusinessCalendar &calendar, qint64 due, qint64 pausedBusinessMs,
                         qint64 pausedCalendarMs) const
{
    if (due == BusinessCalendar::invalidTime)
        return due;
    if (unit == TargetUnit::BusinessMinutes || unit == TargetUnit::WorkingDays)
        return calendar.addBusinessMs(due, pausedBusinessMs);
    return due + pausedCalendarMs;
}

QString SlaTarget::describe() const
{
    QString text;
    switch (unit) {
    case TargetUnit::BusinessMinutes:
        text = amount % 60 == 0 && amount > 0 ? SlaPolicy::tr("%n business hour(s)", nullptr, amount / 60)
                                              : SlaPolicy::tr("%n business minute(s)", nullptr, amount);
        break;
    case TargetUnit::CalendarMinutes:
        text = amount % 60 == 0 && amount > 0 ? SlaPolicy::tr("%n hour(s)", nullptr, amount / 60)
                                              : SlaPolicy::tr("%n minute(s)", nullptr, amount);
        break;
    case TargetUnit::WorkingDays:
        text = SlaPolicy::tr("%n working day(s)", nullptr, amount);
        break;
    case TargetUnit::CalendarMonths:
        text = SlaPolicy::tr("%n month(s)", nullptr, amount);
        break;
    }
    if (sameOpeningDay)
        text = SlaPolicy::tr("%1, and before closing on the day the clock starts").arg(text);
    return text;
}

bool SlaRule::matches(ResponseKind k, Channel c, Priority p) const
{
    return k == kind &&
           (channels.empty() || std::find(channels.begin(), channels.end(), c) != channels.end()) &&
           (priorities.empty() || std::find(priorities.begin(), priorities.end(), p) != priorities.end());
}

std::optional<SlaTarget> SlaPolicy::targetFor(ResponseKind kind, Channel channel, Priority priority) const
{
    const SlaRule *best = nullptr;
    int bestScore = -1;
    for (const SlaRule &r : rules) {
        if (!r.matches(kind, channel, priority))
            continue;
        const int score = (r.channels.empty() ? 0 : 2) + (r.priorities.empty() ? 0 : 1);
        if (score >= bestScore) {
            best = &r;
            bestScore = score;
        }
    }
    return best ? best->target : std::nullopt;
}

std::vector<SlaPolicy::Preset> SlaPolicy::presets()
{
    return {Preset::Sarpsborg, Preset::Email, Preset::Forvaltningsloven, Preset::Offentleglova};
}

QString SlaPolicy::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::Sarpsborg:
        return QStringLiteral("sarpsborg");
    case Preset::Email:
        return QStringLiteral("email");
    case Preset::Forvaltningsloven:
        return QStringLiteral("forvaltningsloven");
    case Preset::Offentleglova:
        return QStringLiteral("offentleglova");
    }
    return {};
}

SlaPolicy SlaPolicy::preset(Preset preset)
{
    SlaPolicy p;
    p.id = presetKey(preset);
    const SlaTarget oneWorkingDay{1, TargetUnit::WorkingDays, false};
    const SlaTarget fiveWorkingDays{5, TargetUnit::WorkingDays, false};
    switch (preset) {
    case Preset::Sarpsborg: {
        // Sarpsborg kommune (DOMAIN.md §1): social channels answered within the opening day, the
        // first reply within 2 business hours; urgent matters within one. Resolution within a
        // week of working days is our default, not Sarpsborg's.
        p.name = tr("Sarpsborg: social media within 2 business hours and the same day");
        const SlaTarget social{120, TargetUnit::BusinessMinutes, true};
        const SlaTarget urgent{60, TargetUnit::BusinessMinutes, true};
        const std::vector<Priority> pressing{Priority::High, Priority::Urgent};
        p.rules = {rule(ResponseKind::First, oneWorkingDay),
                   rule(ResponseKind::Next, oneWorkingDay),
                   rule(ResponseKind::Resolution, fiveWorkingDays),
                   rule(ResponseKind::First, social, socialChannels),
                   rule(ResponseKind::Next, social, socialChannels),
                   rule(ResponseKind::First, urgent, socialChannels, pressing),
                   rule(ResponseKind::Next, urgent, socialChannels, pressing)};
        break;
    }
    case Preset::Email:
        p.name = tr("E-mail: every channel within 1 working day");
        p.rules = {rule(ResponseKind::First, oneWorkingDay), rule(ResponseKind::Next, oneWorkingDay),
                   rule(ResponseKind::Resolution, fiveWorkingDays)};
        break;
    case Preset::Forvaltningsloven:
        // § 11 a: a preliminary reply is due within one month in cases about individual decisions;
        // the decision itself has no fixed deadline ("without undue delay").
        p.name = tr("Public Administration Act § 11 a: preliminary reply within one month");
        p.rules = {rule(ResponseKind::First, SlaTarget{1, TargetUnit::CalendarMonths, false}),
                   rule(ResponseKind::Next, SlaTarget{1, TargetUnit::CalendarMonths, false}),
                   rule(ResponseKind::Resolution, std::nullopt)};
        break;
    case Preset::Offentleglova:
        // §§ 29 and 32: access requests decided without undue delay (ombud practice 1–3 working
        // days); no decision within 5 working days counts as a refusal that can be appealed.
        p.name = tr("Freedom of Information Act: 1 working day, refused after 5");
        p.rules = {rule(ResponseKind::First, oneWorkingDay), rule(ResponseKind::Next, oneWorkingDay),
                   rule(ResponseKind::Resolution, fiveWorkingDays)};
        break;
    }
    return p;
}

QJsonObject SlaPolicy::toJson() const
{
    QJsonArray list;
    for (const SlaRule &r : rules) {
        QJsonObject o{{QStringLiteral("kind"), key(r.kind)}};
        if (!r.channels.empty()) {
            QJsonArray channels;
            for (Channel c : r.channels)
                channels.append(key(c));
            o.insert(QStringLiteral("channels"), channels);
        }
        if (!r.priorities.empty()) {
            QJsonArray priorities;
            for (Priority pr : r.priorities)
                priorities.append(keyIn(priorityKeys, pr));
            o.insert(QStringLiteral("priorities"), priorities);
        }
        if (r.target)
            o.insert(QStringLiteral("target"),
                     QJsonObject{{QStringLiteral("amount"), r.target->amount},
                                 {QStringLiteral("unit"), key(r.target->unit)},
                                 {QStringLiteral("sameOpeningDay"), r.target->sameOpeningDay}});
        else
            o.insert(QStringLiteral("target"), QJsonValue::Null);
        list.append(o);
    }
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("soonMinutes"), soonMinutes},
            {QStringLiteral("rules"), list}};
}

Result<SlaPolicy> SlaPolicy::fromJson(const QJsonObject &json)
{
    SlaPolicy p;
    p.id = json.value(QStringLiteral("id")).toString(QStringLiteral("custom"));
    p.name = json.value(QStringLiteral("name")).toString();
    const QJsonValue soon = json.value(QStringLiteral("soonMinutes"));
    if (!soon.isUndefined() && (!soon.isDouble() || soon.toInt(-1) < 0))
        return Error{tr("The response-time policy's \"soonMinutes\" must be a whole number, 0 or more.")};
    p.soonMinutes = soon.toInt(30);
    const QJsonArray list = json.value(QStringLiteral("rules")).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const auto bad = [&](const QString &what) {
            return Error{tr("Rule %1 of the response-time policy: %2").arg(i + 1).arg(what)};
        };
        SlaRule r;
        const auto kind = responseKindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return bad(tr("\"kind\" must be first, next or resolution."));
        r.kind = *kind;
        for (const QJsonValue &v : o.value(QStringLiteral("channels")).toArray()) {
            const auto c = channelFromKey(v.toString());
            if (!c)
                return bad(tr("unknown channel \"%1\".").arg(v.toString()));
            r.channels.push_back(*c);
        }
        for (const QJsonValue &v : o.value(QStringLiteral("priorities")).toArray()) {
            const auto pr = fromKeyIn(priorityKeys, v.toString());
            if (!pr)
                return bad(tr("unknown priority \"%1\" (low, normal, high or urgent).").arg(v.toString()));
            r.priorities.push_back(*pr);
        }
        const QJsonValue target = o.value(QStringLiteral("target"));
        if (target.isObject()) {
            const QJsonObject t = target.toObject();
            const auto unit = targetUnitFromKey(t.value(QStringLiteral("unit")).toString());
            if (!unit)
                return bad(tr("\"unit\" must be business_minutes, calendar_minutes, working_days or "
                              "calendar_months."));
            const int amount = t.value(QStringLiteral("amount")).toInt(-1);
            if (amount < 0)
                return bad(tr("\"amount\" must be a whole number, 0 or more."));
            r.target = SlaTarget{amount, *unit, t.value(QStringLiteral("sameOpeningDay")).toBool()};
        } else if (!target.isNull() && !target.isUndefined()) {
            return bad(tr("\"target\" must be an object or null."));
        }
        p.rules.push_back(std::move(r));
    }
    return p;
}

} // namespace Torget
