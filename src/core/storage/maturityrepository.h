#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace Torget {

class Database;

// An own post with its maturity code (posts.code: information | mobilization | dialog, NULL until
// coded; code_source: auto = the classifier, override = an editor).
struct CodedPost
{
    qint64 id = 0;
    qint64 accountId = 0;
    Channel channel = Channel::Facebook;
    QString accountName;
    QString text;
    QString url;
    qint64 createdAt = 0;
    int likes = 0;
    int shares = 0;
    int comments = 0;
    QString code; // empty while not coded
    bool overridden = false;
    int codeVersion = 0; // the classifier version that set an automatic code
};

// The figures of one own post that the indicators need.
struct PostFact
{
    qint64 createdAt = 0;
    Channel channel = Channel::Facebook;
    QString code;
    int comments = 0;
};

// One conversation that began in a period, reduced to what the maturity indicators need.
struct ConversationFact
{
    qint64 id = 0;
    qint64 createdAt = 0;
    Channel channel = Channel::Facebook;
    qint64 citizen = 0; // the person (merged identities resolved); 0 when unknown
    std::optional<qint64> firstInboundAt;
    std::optional<qint64> firstReplyAt; // first human reply (outbound, not automatic) after firstInboundAt
    int citizenReplies = 0;             // inbound messages replying to a message by another citizen
    bool redirected = false;
};

// A dated event shown on the maturity charts ("strategy adopted", "new channel").
struct MaturityEvent
{
    qint64 id = 0;
    qint64 at = 0;
    QString kind = QStringLiteral("other"); // strategy | channel | campaign | other
    QString title;
    QString detail;
};

// The last time an editor set or removed a post's code (from the audit log).
struct CodeOverrideInfo
{
    qint64 at = 0;
    std::optional<qint64> agentId;
    QString agentName;
    QString detail; // "information → dialog"
};

// Post codes, overrides, level thresholds and chart events, and the SQL behind the maturity
// indicators (issue 6). Times are UTC milliseconds; ranges are [from, to).
class MaturityRepository final
{
public:
    explicit MaturityRepository(Database &db)
        : m_db(db)
    {}

    // Posts without a code, or with an automatic code from a classifier older than `version`.
    Result<std::vector<std::pair<qint64, QString>>> postsToCode(int version);
    // Sets automatic codes (post id, code) in one transaction, except on posts an editor has overridden.
    Status setAutoCodes(const std::vector<std::pair<qint64, QString>> &codes, int version);
    // An editor's code: kept until removed, whatever the classifier says.
    Status setOverride(qint64 postId, const QString &code);
    // Back to the classifier's code (given, so that the post is never left uncoded).
    Status clearOverride(qint64 postId, const QString &autoCode, int version);
    Result<std::optional<CodedPost>> post(qint64 postId);
    // Own posts in [from, to), newest first; channel filters when given.
    Result<std::vector<CodedPost>> posts(qint64 from, qint64 to, std::optional<Channel> channel = {});
    Result<std::optional<CodeOverrideInfo>> lastOverride(qint64 postId);

    Result<std::vector<PostFact>> postFacts(qint64 from, qint64 to);
    // Conversations created in [from, to); redirectTagKey is the case-folded tag that marks a redirect.
    // withFirstReply false leaves firstReplyAt empty (and skips its look-up).
    Result<std::vector<ConversationFact>>
    conversationFacts(qint64 from, qint64 to, const QString &redirectTagKey, bool withFirstReply = true);
    // The channels that have accounts, in enum order.
    Result<std::vector<Channel>> channels();

    // Level thresholds as stored (missing keys take the defaults in MaturityLevels).
    Result<QHash<QString, double>> thresholds();
    Status setThreshold(const QString &key, double value, qint64 at);
    Status clearThresholds();

    Result<std::vector<MaturityEvent>> events(qint64 from, qint64 to);
    Result<std::optional<MaturityEvent>> event(qint64 id);
    Result<qint64> addEvent(const MaturityEvent &event, qint64 at);
    Status updateEvent(const MaturityEvent &event, qint64 at);
    Status removeEvent(qint64 id);

private:
    Database &m_db;
};

} // namespace Torget
