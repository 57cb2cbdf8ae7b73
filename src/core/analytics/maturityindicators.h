#pragma once

#include "domain/enums.h"
#include "postclassifier.h"
#include "util/result.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace Torget {

class Database;
struct ConversationFact;

enum class Granularity
{
    Month,
    Quarter
};
QString key(Granularity g); // month | quarter
std::optional<Granularity> granularityFromKey(const QString &key);

// A calendar month or quarter in Oslo time, clipped to the range asked for.
struct Period
{
    QDate first;       // first day counted
    QDate last;        // last day counted (inclusive)
    qint64 fromMs = 0; // [fromMs, toMs) in UTC
    qint64 toMs = 0;
    QString key;          // "2026-03" or "2026-Q1"
    bool partial = false; // clipped: not the whole month or quarter
    int months = 1;       // whole months the period spans (1 or 3), for per-month thresholds
};

// The periods from `from` to `to` (inclusive days), oldest first.
std::vector<Period> periodsBetween(QDate from, QDate to, Granularity g);
// "mars 2026" / "1. kv. 2026" in the locale's language (QLocale of the current language).
QString periodLabel(const Period &p, Granularity g, const QLocale &locale = QLocale());
// The short form for chart axes: "mar. 2026", "K1 2026".
QString periodShortLabel(const Period &p, Granularity g, const QLocale &locale = QLocale());

// The maturity indicators of one period, for all channels or one (DOMAIN.md §2).
struct Indicators
{
    // Post mix: own posts by code.
    qint64 posts = 0;
    std::array<qint64, 3> postsByClass{}; // indexed by PostClass
    // Citizen questions begun in the period (conversations with an inbound citizen message), and those
    // that got a human reply (outbound, not automatic); from the first-response samples.
    qint64 conversations = 0;
    qint64 replied = 0;
    // First response over the replied questions (see FirstResponseSource).
    std::optional<double> medianFirstResponseMinutes;
    qint64 answeredSameDay = 0;
    // Comments on own posts (the platform's count).
    qint64 comments = 0;
    qint64 citizenReplies = 0;   // inbound messages replying to another citizen's message
    qint64 distinctCitizens = 0; // persons who wrote in a conversation begun in the period
    qint64 redirected = 0;       // conversations marked redirected to a formal channel

    std::optional<double> share(PostClass c) const;
    std::optional<double> replyRate() const;
    std::optional<double> sameDayShare() const;
    std::optional<double> commentsPerPost() const;
    std::optional<double> redirectShare() const;
};

struct PeriodIndicators
{
    Period period;
    Indicators all;
    std::map<Channel, Indicators> channels; // channels with any activity in the period
};

// The seam for first-response figures ("firstResponse"). A source gives the first response to every
// citizen question begun in [from, to): reply rate, median first response and same-day share are
// counted from these samples. Default (no source set): calendar minutes from the messages, between
// the first inbound message and the first human reply, and "same day" as the same Oslo date
// (calendarFirstResponse on each conversation). The response-time engine (src/core/sla: business
// minutes and working days, read from its per-day facts) is meant to take over here.
struct FirstResponseSample
{
    qint64 askedAt = 0; // places the sample in a period (UTC ms)
    Channel channel = Channel::Facebook;
    std::optional<double> minutes; // empty: not answered
    bool sameDay = false;
};
using FirstResponseSource = std::function<Result<std::vector<FirstResponseSample>>(qint64 from, qint64 to)>;

struct FirstResponse
{
    std::optional<double> minutes; // empty when not answered
    bool sameDay = false;
};
FirstResponse calendarFirstResponse(const ConversationFact &conversation);

// Computes the indicators per period (and per channel) from storage: one pass over the posts and one
// over the conversations of the whole range, bucketed in memory.
class MaturityIndicators final
{
public:
    explicit MaturityIndicators(Database &db);

    // Replaces the calendar-time first responses (see FirstResponseSource); an empty source restores them.
    void setFirstResponse(FirstResponseSource source) { m_firstResponse = std::move(source); }

    // channel: only that channel's posts and conversations (the per-channel map then holds it alone).
    Result<std::vector<PeriodIndicators>> compute(const std::vector<Period> &periods,
                                                  std::optional<Channel> channel = {});

private:
    Database &m_db;
    FirstResponseSource m_firstResponse;
};

} // namespace Torget
