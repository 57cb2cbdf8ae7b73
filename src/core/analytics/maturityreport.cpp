#include "maturityreport.h"

#include "postcoding.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace Torget {

MaturityReport::MaturityReport(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Result<MaturityReportData> MaturityReport::build(const MaturityReportOptions &options)
{
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from)
        return Error{QCoreApplication::translate(
            "Torget::MaturityReport", "The period must run from a date to the same or a later date.")};
    MaturityReportData data;
    data.options = options;
    auto coded = PostCoding(m_db, m_clock).codePending();
    if (!coded)
        return Error{coded.error()};
    data.newlyCoded = *coded;
    auto thresholds = MaturityThresholds::load(m_db);
    if (!thresholds)
        return Error{thresholds.error()};
    data.thresholds = *thresholds;

    const std::vector<Period> periods = periodsBetween(options.from, options.to, options.by);
    MaturityIndicators indicators(m_db);
    indicators.setFirstResponse(m_firstResponse);
    data.calendarResponses = !m_firstResponse;
    auto computed = indicators.compute(periods, options.channel);
    if (!computed)
        return Error{computed.error()};
    for (PeriodIndicators &p : *computed) {
        PeriodReport r;
        r.level = assessLevel(p.all, p.period, data.thresholds);
        for (const auto &[channel, values] : p.channels)
            r.channelLevels[channel] = assessLevel(values, p.period, data.thresholds);
        r.indicators = std::move(p);
        data.periods.push_back(std::move(r));
    }
    if (!periods.empty()) {
        auto events = MaturityRepository(m_db).events(periods.front().fromMs, periods.back().toMs);
        if (!events)
            return Error{events.error()};
        data.events = std::move(*events);
    }
    return data;
}

namespace {

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString csvNumber(std::optional<double> v, int decimals = 4)
{
    if (!v)
        return {};
    QString s = QString::number(*v, 'f', decimals);
    // 0.2500 → 0.25, 12.0000 → 12
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonArray criteriaJson(const LevelAssessment &a)
{
    QJsonArray out;
    for (const LevelCriterion &c : a.criteria) {
        out.append(QJsonObject{{QStringLiteral("level"), key(c.level)},
                               {QStringLiteral("indicator"), c.indicator},
                               {QStringLiteral("value"), number(c.value)},
                               {QStringLiteral("threshold"), c.threshold},
                               {QStringLiteral("at_most"), c.atMost},
                               {QStringLiteral("met"), c.met}});
    }
    return out;
}

} // namespace

QJsonObject MaturityReport::toJson(const Indicators &i)
{
    return QJsonObject{
        {QStringLiteral("posts"), i.posts},
        {QStringLiteral("information"), i.postsByClass[0]},
        {QStringLiteral("mobilization"), i.postsByClass[1]},
        {QStringLiteral("dialog"), i.postsByClass[2]},
        {QStringLiteral("information_share"), number(i.share(PostClass::Information))},
        {QStringLiteral("mobilization_share"), number(i.share(PostClass::Mobilization))},
        {QStringLiteral("dialog_share"), number(i.share(PostClass::Dialog))},
        {QStringLiteral("conversations"), i.conversations},
        {QStringLiteral("replied"), i.replied},
        {QStringLiteral("reply_rate"), number(i.replyRate())},
        {QStringLiteral("median_first_response_minutes"), number(i.medianFirstResponseMinutes)},
        {QStringLiteral("answered_same_day"), i.answeredSameDay},
        {QStringLiteral("same_day_share"), number(i.sameDayShare())},
        {QStringLiteral("comments"), i.comments},
        {QStringLiteral("comments_per_post"), number(i.commentsPerPost())},
        {QStringLiteral("citizen_replies"), i.citizenReplies},
        {QStringLiteral("distinct_citizens"), i.distinctCitizens},
        {QStringLiteral("redirected"), i.redirected},
        {QStringLiteral("redirect_share"), number(i.redirectShare())},
    };
}

QJsonObject MaturityReport::toJson(const MaturityReportData &data)
{
    QJsonObject thresholds;
    const QHash<QString, double> map = data.thresholds.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        thresholds.insert(it.key(), it.value());
    QJsonArray periods;
    for (const PeriodReport &r : data.periods) {
        const Period &p = r.indicators.period;
        QJsonArray channels;
        for (const auto &[channel, values] : r.indicators.channels) {
            channels.append(QJsonObject{{QStringLiteral("channel"), key(channel)},
                                        {QStringLiteral("level"), key(r.channelLevels.at(channel).level)},
                                        {QStringLiteral("indicators"), toJson(values)}});
        }
        periods.append(QJsonObject{{QStringLiteral("period"), p.key},
                                   {QStringLiteral("start"), p.first.toString(Qt::ISODate)},
                                   {QStringLiteral("end"), p.last.toString(Qt::ISODate)},
                                   {QStringLiteral("partial"), p.partial},
                                   {QStringLiteral("level"), key(r.level.level)},
                                   {QStringLiteral("criteria"), criteriaJson(r.level)},
                                   {QStringLiteral("indicators"), toJson(r.indicators.all)},
                                   {QStringLiteral("channels"), channels}});
    }
    QJsonArray events;
    for (const MaturityEvent &e : data.events) {
        events.append(QJsonObject{{QStringLiteral("at"), TimeFormat::isoWithOffset(e.at)},
                                  {QStringLiteral("kind"), e.kind},
                                  {QStringLiteral("title"), e.title},
                                  {QStringLiteral("detail"), e.detail}});
    }
    return QJsonObject{
        {QStringLiteral("from"), data.options.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), data.options.to.toString(Qt::ISODate)},
        {QStringLiteral("by"), key(data.options.by)},
        {QStringLiteral("channel"),
         data.options.channel ? key(*data.options.channel) : QStringLiteral("all")},
        {QStringLiteral("classifier_version"), PostClassifier::version},
        // Until the response-time engine is wired in (FirstResponseSource), first responses are in calendar
        // time.
        {QStringLiteral("first_response_time"),
         data.calendarResponses ? QStringLiteral("calendar") : QStringLiteral("source")},
        {QStringLiteral("thresholds"), thresholds},
        {QStringLiteral("periods"), periods},
        {QStringLiteral("events"), events},
    };
}

QString MaturityReport::toCsv(const MaturityReportData &data)
{
    const QStringList header{
        QStringLiteral("period"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("channel"),
        QStringLiteral("level"),
        QStringLiteral("posts"),
        QStringLiteral("information"),
        QStringLiteral("mobilization"),
        QStringLiteral("dialog"),
        QStringLiteral("information_share"),
        QStringLiteral("mobilization_share"),
        QStringLiteral("dialog_share"),
        QStringLiteral("conversations"),
        QStringLiteral("replied"),
        QStringLiteral("reply_rate"),
        QStringLiteral("median_first_response_minutes"),
        QStringLiteral("same_day_share"),
        QStringLiteral("comments_per_post"),
        QStringLiteral("citizen_replies"),
        QStringLiteral("distinct_citizens"),
        QStringLiteral("redirected"),
        QStringLiteral("redirect_share"),
    };
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    const auto row = [&](const Period &p, const QString &channel, MaturityLevel level, const Indicators &i) {
        const QStringList cells{
            p.key,
            p.first.toString(Qt::ISODate),
            p.last.toString(Qt::ISODate),
            channel,
            key(level),
            QString::number(i.posts),
            QString::number(i.postsByClass[0]),
            QString::number(i.postsByClass[1]),
            QString::number(i.postsByClass[2]),
            csvNumber(i.share(PostClass::Information)),
            csvNumber(i.share(PostClass::Mobilization)),
            csvNumber(i.share(PostClass::Dialog)),
            QString::number(i.conversations),
            QString::number(i.replied),
            csvNumber(i.replyRate()),
            csvNumber(i.medianFirstResponseMinutes, 1),
            csvNumber(i.sameDayShare()),
            csvNumber(i.commentsPerPost(), 2),
            QString::number(i.citizenReplies),
            QString::number(i.distinctCitizens),
            QString::number(i.redirected),
            csvNumber(i.redirectShare()),
        };
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const PeriodReport &r : data.periods) {
        const Period &p = r.indicators.period;
        row(p, data.options.channel ? key(*data.options.channel) : QStringLiteral("all"), r.level.level,
            r.indicators.all);
        if (data.options.channel)
            continue;
        for (const auto &[channel, values] : r.indicators.channels)
            row(p, key(channel), r.channelLevels.at(channel).level, values);
    }
    return out;
}

QStringList MaturityReport::methodText(const MaturityThresholds &t)
{
    const QLocale locale;
    const auto percent = [&](double v) -> QString {
        return locale.toString(v * 100, 'f', 0) + QStringLiteral(" %");
    };
    QString levels = QCoreApplication::translate(
                         "Torget::MaturityReport",
                         "A period is at Presence with at least %1 own posts a month; at Mobilization "
                         "when also at least %2 of the posts are mobilization; at Dialog when also at "
                         "least %3 are dialog posts, at least %4 of citizen questions got a reply and "
                         "the median first response is at most %5 hours.")
                         .arg(locale.toString(t.minPostsPerMonth, 'f', 0), percent(t.mobilizationShare),
                              percent(t.dialogShare), percent(t.replyRate),
                              locale.toString(t.maxMedianResponseHours, 'f', 0));
    if (t.sameDayShare > 0)
        levels += QLatin1Char(' ') +
                  QCoreApplication::translate("Torget::MaturityReport",
                                              "Dialog also needs at least %1 answered the same day.")
                      .arg(percent(t.sameDayShare));
    levels += QLatin1Char(' ') + QCoreApplication::translate("Torget::MaturityReport",
                                                             "The thresholds can be changed in the app.");
    return {
        QCoreApplication::translate(
            "Torget::MaturityReport",
            "The maturity model has three steps: presence (the municipality publishes "
            "news), mobilization (it asks citizens to act) and dialog (it talks with "
            "citizens and answers them quickly)."),
        QCoreApplication::translate(
            "Torget::MaturityReport",
            "Every own post is coded information, mobilization or dialog by open rules in "
            "bokmål, nynorsk and English: calls to action, invitations, volunteering and "
            "hearings count towards mobilization; questions to citizens, invitations to "
            "comment and answers count towards dialog. Each post shows which words "
            "decided its code, and an editor can change the code."),
        QCoreApplication::translate(
            "Torget::MaturityReport",
            "Reply rate is the share of conversations begun in the period with a citizen "
            "message that got a reply from a person (automatic replies do not count). "
            "First response is the time from the citizen's first message to that reply, "
            "in calendar time."),
        levels,
    };
}

} // namespace Torget
