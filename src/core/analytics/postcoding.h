#pragma once

#include "postclassifier.h"
#include "util/result.h"

#include <QString>

namespace Torget {

class Clock;
class Database;
struct Agent;

// Keeps every own post coded: the classifier codes new posts and recodes automatic codes from an
// older classifier version (codePending, run before every report and dashboard load: posts arrive
// from connectors, imports and the demo through PostRepository, which knows nothing of codes);
// an editor's override persists and is audited.
class PostCoding final
{
public:
    PostCoding(Database &db, const Clock &clock);

    // Codes posts that have no code or an automatic code from an older classifier; returns how many.
    Result<int> codePending();

    // An editor sets the code; recorded in the audit log ("maturity-override", "information → dialog").
    Status overrideCode(qint64 postId, PostClass code, const Agent &agent);
    // Back to the classifier's code; recorded in the audit log ("maturity-override-removed").
    Status removeOverride(qint64 postId, const Agent &agent);

    const PostClassifier &classifier() const { return m_classifier; }

private:
    Status audit(const QString &action, qint64 postId, const QString &detail, const Agent &agent);

    Database &m_db;
    const Clock &m_clock;
    PostClassifier m_classifier;
};

} // namespace Torget
