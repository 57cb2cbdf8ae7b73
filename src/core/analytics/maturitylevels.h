#pragma once

#include "maturityindicators.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Database;

// Berntzen's steps (DOMAIN.md §2). None: no own posts worth the name in the period.
enum class MaturityLevel
{
    None,
    Presence,
    Mobilization,
    Dialog
};
QString key(MaturityLevel l); // none | presence | mobilization | dialog
QString displayName(MaturityLevel l);

// The thresholds that place a period at a level: our design choice, so visible and editable
// (stored in maturity_thresholds). Shares are fractions (0.15 = 15 %).
struct MaturityThresholds
{
    double minPostsPerMonth = 4;        // Presence: about one own post a week
    double mobilizationShare = 0.15;    // Mobilization: Lovejoy & Saxton found 15.6 % action posts
    double dialogShare = 0.15;          // Dialog: posts that invite or answer
    double replyRate = 0.70;            //   and most citizen questions get a human reply
    double maxMedianResponseHours = 24; //   quickly: median first response (calendar hours today)
    // Not required by default (0): in calendar time a question sent in the evening cannot be answered
    // the same day, so the share mostly measures when citizens write. With the SLA engine's working
    // days behind the first-response seam, 0.5 is a sensible requirement.
    double sameDayShare = 0;

    // Keys as stored, with the defaults, labels and ranges for the editor.
    struct Spec
    {
        QString key;
        double MaturityThresholds::*field;
        QString label; // translated
        QString unit;  // "%", "h", "" (posts per month)
        double minimum;
        double maximum;
    };
    static std::vector<Spec> specs();

    static MaturityThresholds fromMap(const QHash<QString, double> &stored);
    QHash<QString, double> toMap() const;
    bool operator==(const MaturityThresholds &) const = default;

    static Result<MaturityThresholds> load(Database &db);
};

// One condition of a level, with the indicator that decides it.
struct LevelCriterion
{
    MaturityLevel level = MaturityLevel::Presence;
    QString indicator;           // posts | mobilization_share | dialog_share | reply_rate | …
    std::optional<double> value; // empty when the period has nothing to measure it on
    double threshold = 0;
    bool atMost = false; // the value must be at most the threshold (response time)
    bool met = false;
    bool required() const { return atMost || threshold > 0; } // "at least 0" asks for nothing

    QString label() const;     // translated name of the indicator
    QString valueText() const; // "18 %", "2,5 h", "12"
    QString thresholdText() const;
    QString text() const; // "Mobilization posts: 18 % (at least 15 %)"
};

struct LevelAssessment
{
    MaturityLevel level = MaturityLevel::None;
    std::vector<LevelCriterion> criteria; // all criteria of all levels, in level order
    // A few translated sentences: why this level, and what the next one lacks.
    QString explanation() const;
};

// The highest level whose criteria, and those of every level below it, are all met.
LevelAssessment assessLevel(const Indicators &indicators, const Period &period,
                            const MaturityThresholds &thresholds);

} // namespace Torget
