#pragma once

#include "analytics/maturityreport.h"

#include <QPalette>
#include <QString>

#include <functional>

class QChart;

namespace Torget::MaturityCharts {

// The dashboard's charts. Each is built afresh from a report (cheap: a few dozen points) and styled
// from a palette, so that a palette change or an export on white paper is one rebuild.
enum class Kind
{
    Level,    // the level as a staircase over time
    Mix,      // the post mix as a stacked area
    Replies,  // reply rate, same-day share, redirects and median first response
    Reach,    // distinct citizens, citizen-to-citizen replies, comments per post
    Channels, // the channels compared over the whole range
};
inline constexpr Kind allKinds[] = {Kind::Level, Kind::Mix, Kind::Replies, Kind::Reach, Kind::Channels};

QString title(Kind kind);    // translated
QString fileStem(Kind kind); // "level", "post-mix", … for exported files

// onPeriodClicked: called with a period index when a point of a period is clicked.
QChart *build(Kind kind, const MaturityReportData &data, const QPalette &palette,
              const std::function<void(int)> &onPeriodClicked = {});

// A light palette for charts on paper (PDF, PNG and SVG exports).
QPalette printPalette();

} // namespace Torget::MaturityCharts
