#pragma once

#include <QString>
#include <QStringList>

namespace Torget::SearchText {

// Folds text for the full-text index and for queries: lower case, accents removed (é → e,
// ü → u), but æ, ø and å kept as the letters they are in Norwegian; ä and ö, which Norwegians
// meet in Swedish and German names and type as æ and ø, fold to those.
QString fold(const QString &text);

// Splits a user's query into folded search terms (letters and digits; everything else separates).
QStringList terms(const QString &query);

} // namespace Torget::SearchText
