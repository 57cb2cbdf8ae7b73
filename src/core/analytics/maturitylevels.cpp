#include "maturitylevels.h"

#include "storage/maturityrepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace Torget {

QString key(MaturityLevel l)
{
    switch (l) {
    case MaturityLevel::None:
        return QStringLiteral("none");
    case MaturityLevel::Presence:
        return QStringLiteral("presence");
    case MaturityLevel::Mobilization:
        return QStringLiteral("mobilization");
    case MaturityLevel::Dialog:
        return QStringLiteral("dialog");
    }
    return QStringLiteral("none");
}

QString displayName(MaturityLevel l)
{
    switch (l) {
    case MaturityLevel::None:
        return QCoreApplication::translate("Torget::MaturityLevels", "No presence");
    case MaturityLevel::Presence:
        return QCoreApplication::translate("Torget::MaturityLevels", "Presence");
    case MaturityLevel::Mobilization:
        return QCoreApplication::translate("Torget::MaturityLevels", "Mobilization");
    case MaturityLevel::Dialog:
        return QCoreApplication::translate("Torget::MaturityLevels", "Dialog");
    }
    return {};
}

std::vector<MaturityThresholds::Spec> MaturityThresholds::specs()
{
    const QString percent = QStringLiteral("%");
    return {
        {QStringLiteral("presence.min_posts_per_month"), &MaturityThresholds::minPostsPerMonth,
         QCoreApplication::translate("Torget::MaturityLevels", "Presence: own posts per month, at least"),
         QString(), 0, 1000},
        {QStringLiteral("mobilization.min_share"), &MaturityThresholds::mobilizationShare,
         QCoreApplication::translate("Torget::MaturityLevels",
                                     "Mobilization: share of mobilization posts, at least"),
         percent, 0, 1},
        {QStringLiteral("dialog.min_share"), &MaturityThresholds::dialogShare,
         QCoreApplication::translate("Torget::MaturityLevels", "Dialog: share of dialog posts, at least"),
         percent, 0, 1},
        {QStringLiteral("dialog.min_reply_rate"), &MaturityThresholds::replyRate,
         QCoreApplication::translate("Torget::MaturityLevels",
                                     "Dialog: citizen questions with a reply, at least"),
         percent, 0, 1},
        {QStringLiteral("dialog.max_median_response_hours"), &MaturityThresholds::maxMedianResponseHours,
         QCoreApplication::translate("Torget::MaturityLevels", "Dialog: median first response, at most"),
         QStringLiteral("h"), 0, 24 * 31},
        {QStringLiteral("dialog.min_same_day_share"), &MaturityThresholds::sameDayShare,
         QCoreApplication::translate("Torget::MaturityLevels", "Dialog: replies the same day, at least"),
         percent, 0, 1},
    };
}

MaturityThresholds MaturityThresholds::fromMap(const QHash<QString, double> &stored)
{
    MaturityThresholds t;
    for (const Spec &spec : specs()) {
        const auto it = stored.constFind(spec.key);
        if (it != stored.constEnd() && std::isfinite(*it))
            t.*spec.field = std::clamp(*it, spec.minimum, spec.maximum);
    }
    return t;
}

QHash<QString, double> MaturityThresholds::toMap() const
{
    QHash<QString, double> out;
    for (const Spec &spec : specs())
        out.insert(spec.key, this->*spec.field);
    return out;
}

Result<MaturityThresholds> MaturityThresholds::load(Database &db)
{
    auto stored = MaturityRepository(db).thresholds();
    if (!stored)
        return Error{stored.error()};
    return fromMap(*stored);
}

namespace {

QString percentText(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 0) + QStringLiteral(" %");
}

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'f', hours < 10 ? 1 : 0) + QStringLiteral(" h");
}

} // namespace

QString LevelCriterion::label() const
{
    if (indicator == QLatin1String("posts"))
        return QCoreApplication::translate("Torget::MaturityLevels", "Own posts");
    if (indicator == QLatin1String("mobilization_share"))
        return QCoreApplication::translate("Torget::MaturityLevels", "Mobilization posts");
    if (indicator == QLatin1String("dialog_share"))
        return QCoreApplication::translate("Torget::MaturityLevels", "Dialog posts");
    if (indicator == QLatin1String("reply_rate"))
        return QCoreApplication::translate("Torget::MaturityLevels", "Citizen questions answered");
    if (indicator == QLatin1String("median_response"))
        return QCoreApplication::translate("Torget::MaturityLevels", "Median first response");
    if (indicator == QLatin1String("same_day_share"))
        return QCoreApplication::translate("Torget::MaturityLevels", "Answered the same day");
    return indicator;
}

QString LevelCriterion::valueText() const
{
    if (!value)
        return QCoreApplication::translate("Torget::MaturityLevels", "nothing to measure");
    if (indicator == QLatin1String("posts"))
        return QLocale().toString(static_cast<qint64>(*value));
    if (indicator == QLatin1String("median_response"))
        return hoursText(*value);
    // 14.9 % against a threshold of 15 % must not read "15 %" next to a failed criterion.
    if (std::abs(*value - threshold) < 0.005)
        return QLocale().toString(*value * 100.0, 'f', 1) + QStringLiteral(" %");
    return percentText(*value);
}

QString LevelCriterion::thresholdText() const
{
    if (!required())
        return QCoreApplication::translate("Torget::MaturityLevels", "not required");
    QString number;
    if (indicator == QLatin1String("posts"))
        number = QLocale().toString(threshold, 'f', threshold == std::floor(threshold) ? 0 : 1);
    else if (indicator == QLatin1String("median_response"))
        number = hoursText(threshold);
    else
        number = percentText(threshold);
    return atMost ? QCoreApplication::translate("Torget::MaturityLevels", "at most %1").arg(number)
                  : QCoreApplication::translate("Torget::MaturityLevels", "at least %1").arg(number);
}

QString LevelCriterion::text() const
{
    return QCoreApplication::translate("Torget::MaturityLevels", "%1: %2 (%3)",
                                       "indicator: value (threshold)")
        .arg(label(), valueText(), thresholdText());
}

QString LevelAssessment::explanation() const
{
    QStringList met;
    QStringList missing;
    const auto next = static_cast<MaturityLevel>(static_cast<int>(level) + 1);
    for (const LevelCriterion &c : criteria) {
        if (c.level <= level && c.met)
            met << c.text();
        else if (c.level == next && !c.met)
            missing << c.text();
    }
    QString text =
        QCoreApplication::translate("Torget::MaturityLevels", "Level: %1.").arg(displayName(level));
    if (!met.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("Torget::MaturityLevels", "Met: %1.")
                                       .arg(met.join(QStringLiteral("; ")));
    if (level != MaturityLevel::Dialog && !missing.isEmpty())
        text +=
            QLatin1Char(' ') + QCoreApplication::translate("Torget::MaturityLevels", "Missing for %1: %2.")
                                   .arg(displayName(next), missing.join(QStringLiteral("; ")));
    return text;
}

LevelAssessment assessLevel(const Indicators &in, const Period &period, const MaturityThresholds &t)
{
    // A clipped period (the month so far) needs posts in proportion to its days.
    const qint64 days = period.first.daysTo(period.last) + 1;
    const double months = period.partial ? static_cast<double>(days) / 30.4375
                                         : static_cast<double>(std::max(1, period.months));

    LevelAssessment a;
    const auto add = [&](MaturityLevel level, const char *indicator, std::optional<double> value,
                         double threshold, bool atMost) {
        LevelCriterion c;
        c.level = level;
        c.indicator = QString::fromLatin1(indicator);
        c.value = value;
        c.threshold = threshold;
        c.atMost = atMost;
        constexpr double epsilon = 1e-9;
        c.met = !c.required() ||
                (value && (atMost ? *value <= threshold + epsilon : *value + epsilon >= threshold));
        a.criteria.push_back(c);
    };
    add(MaturityLevel::Presence, "posts", static_cast<double>(in.posts), t.minPostsPerMonth * months, false);
    add(MaturityLevel::Mobilization, "mobilization_share", in.share(PostClass::Mobilization),
        t.mobilizationShare, false);
    add(MaturityLevel::Dialog, "dialog_share", in.share(PostClass::Dialog), t.dialogShare, false);
    add(MaturityLevel::Dialog, "reply_rate", in.replyRate(), t.replyRate, false);
    std::optional<double> medianHours;
    if (in.medianFirstResponseMinutes)
        medianHours = *in.medianFirstResponseMinutes / 60.0;
    add(MaturityLevel::Dialog, "median_response", medianHours, t.maxMedianResponseHours, true);
    add(MaturityLevel::Dialog, "same_day_share", in.sameDayShare(), t.sameDayShare, false);
    // At least one post: a threshold of 0 must not make an empty period "present".
    if (in.posts == 0)
        a.criteria.front().met = false;

    a.level = MaturityLevel::None;
    for (MaturityLevel level :
         {MaturityLevel::Presence, MaturityLevel::Mobilization, MaturityLevel::Dialog}) {
        bool all = true;
        for (const LevelCriterion &c : a.criteria) {
            if (c.level == level)
                all = all && c.met;
        }
        if (!all)
            break;
        a.level = level;
    }
    return a;
}

} // namespace Torget
