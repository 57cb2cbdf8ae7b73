#pragma once

#include "storage/cannedreplyrepository.h"
#include "util/result.h"

#include <QString>

#include <vector>

namespace Torget {

class Database;

namespace CannedReplies {

struct Placeholders
{
    QString citizen;      // the citizen's display name; {navn} takes the first name
    QString agent;        // the agent's name; {agent} takes the first name
    QString municipality; // {kommune}
};

// Fills {navn}, {agent} and {kommune} (also {name}, {municipality}); unknown braces stay as written.
QString expand(const QString &body, const Placeholders &values);

// The library a new installation starts with: common answers in bokmål, nynorsk and English.
std::vector<CannedReply> defaults(qint64 now);
// Saves the defaults when the library is empty; returns how many were added.
Result<int> seedIfEmpty(Database &db, qint64 now);

} // namespace CannedReplies
} // namespace Torget
