#include "maturityindicators.h"

#include "inbox/inboxservice.h"
#include "storage/maturityrepository.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace Torget {

QString key(Granularity g)
{
    return g == Granularity::Quarter ? QStringLiteral("quarter") : QStringLiteral("month");
}

std::optional<Granularity> granularityFromKey(const QString &key)
{
    if (key == QLatin1String("month"))
        return Granularity::Month;
    if (key == QLatin1String("quarter"))
        return Granularity::Quarter;
    return std::nullopt;
}

namespace {

qint64 startOfDay(QDate d)
{
    return QDateTime(d, QTime(0, 0), TimeFormat::osloZone()).toMSecsSinceEpoch();
}

std::optional<double> ratio(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return static_cast<double>(part) / static_cast<double>(whole);
}

std::optional<double> median(std::vector<double> &values)
{
    if (values.empty())
        return std::nullopt;
    const auto mid = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), mid, values.end());
    if (values.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2.0;
}

} // namespace

std::vector<Period> periodsBetween(QDate from, QDate to, Granularity g)
{
    std::vector<Period> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    const int step = g == Granularity::Quarter ? 3 : 1;
    const int firstMonth = g == Granularity::Quarter ? (from.month() - 1) / 3 * 3 + 1 : from.month();
    for (QDate start(from.year(), firstMonth, 1); start <= to; start = start.addMonths(step)) {
        const QDate end = start.addMonths(step).addDays(-1);
        Period p;
        p.first = std::max(start, from);
        p.last = std::min(end, to);
        p.fromMs = startOfDay(p.first);
        p.toMs = startOfDay(p.last.addDays(1));
        p.partial = p.first != start || p.last != end;
        p.months = step;
        p.key = g == Granularity::Quarter
                    ? QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1)
                    : start.toString(QStringLiteral("yyyy-MM"));
        out.push_back(p);
    }
    return out;
}

QString periodLabel(const Period &p, Granularity g, const QLocale &locale)
{
    if (g == Granularity::Quarter)
        return QCoreApplication::translate("Torget::MaturityIndicators", "Q%1 %2", "quarter, year")
            .arg((p.first.month() - 1) / 3 + 1)
            .arg(p.first.year());
    return locale.toString(p.first, QStringLiteral("MMMM yyyy"));
}

QString periodShortLabel(const Period &p, Granularity g, const QLocale &locale)
{
    if (g == Granularity::Quarter)
        return periodLabel(p, g, locale);
    return locale.toString(p.first, QStringLiteral("MMM yyyy"));
}

std::optional<double> Indicators::share(PostClass c) const
{
    return ratio(postsByClass[static_cast<std::size_t>(c)], posts);
}

std::optional<double> Indicators::replyRate() const
{
    return ratio(replied, conversations);
}

std::optional<double> Indicators::sameDayShare() const
{
    return ratio(answeredSameDay, replied);
}

std::optional<double> Indicators::commentsPerPost() const
{
    return ratio(comments, posts);
}

std::optional<double> Indicators::redirectShare() const
{
    return ratio(redirected, conversations);
}

FirstResponse calendarFirstResponse(const ConversationFact &c)
{
    FirstResponse r;
    if (!c.firstInboundAt || !c.firstReplyAt)
        return r;
    r.minutes = static_cast<double>(*c.firstReplyAt - *c.firstInboundAt) / 60000.0;
    const QTimeZone zone = TimeFormat::osloZone();
    r.sameDay = QDateTime::fromMSecsSinceEpoch(*c.firstInboundAt, zone).date() ==
                QDateTime::fromMSecsSinceEpoch(*c.firstReplyAt, zone).date();
    return r;
}

MaturityIndicators::MaturityIndicators(Database &db)
    : m_db(db)
{}

Result<std::vector<PeriodIndicators>> MaturityIndicators::compute(const std::vector<Period> &periods,
                                                                  std::optional<Channel> channel)
{
    std::vector<PeriodIndicators> out;
    if (periods.empty())
        return out;
    for (const Period &p : periods)
        out.push_back({p, {}, {}});
    const qint64 from = periods.front().fromMs;
    const qint64 to = periods.back().toMs;
    const auto periodOf = [&](qint64 at) -> PeriodIndicators * {
        const auto it = std::upper_bound(periods.begin(), periods.end(), at,
                                         [](qint64 t, const Period &p) { return t < p.fromMs; });
        if (it == periods.begin())
            return nullptr;
        const std::size_t index = static_cast<std::size_t>(it - periods.begin()) - 1;
        return at < periods[index].toMs ? &out[index] : nullptr;
    };

    MaturityRepository repository(m_db);
    auto posts = repository.postFacts(from, to);
    if (!posts)
        return Error{posts.error()};
    for (const PostFact &post : *posts) {
        if (channel && post.channel != *channel)
            continue;
        PeriodIndicators *bucket = periodOf(post.createdAt);
        if (!bucket)
            continue;
        const PostClass code = postClassFromKey(post.code).value_or(PostClass::Information);
        for (Indicators *i : {&bucket->all, &bucket->channels[post.channel]}) {
            ++i->posts;
            ++i->postsByClass[static_cast<std::size_t>(code)];
            i->comments += post.comments;
        }
    }

    // With a first-response source the first-reply look-up per conversation is not needed.
    const bool calendarResponses = !m_firstResponse;
    auto conversations = repository.conversationFacts(from, to, InboxService::redirectedTag().toCaseFolded(),
                                                      calendarResponses);
    if (!conversations)
        return Error{conversations.error()};
    std::vector<FirstResponseSample> samples;
    if (calendarResponses) {
        samples.reserve(conversations->size());
        for (const ConversationFact &c : *conversations) {
            if (!c.firstInboundAt)
                continue;
            const FirstResponse r = calendarFirstResponse(c);
            samples.push_back({c.createdAt, c.channel, r.minutes, r.sameDay});
        }
    } else {
        auto given = m_firstResponse(from, to);
        if (!given)
            return Error{given.error()};
        samples = std::move(*given);
    }

    // Per period (index) and channel: the first-response minutes and the persons seen.
    std::vector<std::vector<double>> minutesAll(out.size());
    std::vector<std::map<Channel, std::vector<double>>> minutesByChannel(out.size());
    std::vector<QSet<qint64>> citizensAll(out.size());
    std::vector<std::map<Channel, QSet<qint64>>> citizensByChannel(out.size());
    for (const FirstResponseSample &sample : samples) {
        if (channel && sample.channel != *channel)
            continue;
        PeriodIndicators *bucket = periodOf(sample.askedAt);
        if (!bucket)
            continue;
        const std::size_t index = static_cast<std::size_t>(bucket - out.data());
        for (Indicators *i : {&bucket->all, &bucket->channels[sample.channel]}) {
            ++i->conversations;
            if (sample.minutes) {
                ++i->replied;
                if (sample.sameDay)
                    ++i->answeredSameDay;
            }
        }
        if (sample.minutes) {
            minutesAll[index].push_back(*sample.minutes);
            minutesByChannel[index][sample.channel].push_back(*sample.minutes);
        }
    }
    for (const ConversationFact &c : *conversations) {
        if (!c.firstInboundAt || (channel && c.channel != *channel))
            continue;
        PeriodIndicators *bucket = periodOf(c.createdAt);
        if (!bucket)
            continue;
        const std::size_t index = static_cast<std::size_t>(bucket - out.data());
        for (Indicators *i : {&bucket->all, &bucket->channels[c.channel]}) {
            i->citizenReplies += c.citizenReplies;
            if (c.redirected)
                ++i->redirected;
        }
        if (c.citizen > 0) {
            citizensAll[index].insert(c.citizen);
            citizensByChannel[index][c.channel].insert(c.citizen);
        }
    }
    for (std::size_t k = 0; k < out.size(); ++k) {
        out[k].all.medianFirstResponseMinutes = median(minutesAll[k]);
        out[k].all.distinctCitizens = citizensAll[k].size();
        for (auto &[ch, values] : minutesByChannel[k])
            out[k].channels[ch].medianFirstResponseMinutes = median(values);
        for (auto &[ch, persons] : citizensByChannel[k])
            out[k].channels[ch].distinctCitizens = persons.size();
    }
    return out;
}

} // namespace Torget
