#pragma once

#include "connectors/connector.h"
#include "connectors/httpclient.h"

#include <QString>

#include <optional>

namespace Torget {

// What Graph's usage headers said about one answer, in whole percent of the allowance.
struct GraphUsage
{
    int appPercent = 0;      // highest of X-App-Usage call_count / total_time / total_cputime
    int businessPercent = 0; // the same over every X-Business-Use-Case-Usage entry
    int regainMinutes = 0;   // highest estimated_time_to_regain_access (minutes, not seconds)
    bool seen = false;       // at least one of the headers was there and readable
    int highest() const { return std::max(appPercent, businessPercent); }
};

// The {"error":{...}} envelope Graph sends with any status (usually 400).
struct GraphError
{
    int code = 0;
    int subcode = 0;
    QString message;
    QString type;
    QString trace; // fbtrace_id: what Meta support asks for
};

GraphUsage parseGraphUsage(const HttpResponse &response);
std::optional<GraphError> parseGraphError(const QByteArray &body);

// Turns an answer that is not a success into a Fault, whatever its shape: a Graph error envelope,
// a bare HTTP status, or a body that is not JSON at all. usage supplies the BUC regain time for
// rate-limit codes; nowMs anchors retryAt.
Fault graphFault(const HttpResponse &response, const GraphUsage &usage, qint64 nowMs);

// Rate-limit state of one page token. Graph counts usage per app and per page (BUC) over a rolling
// hour and says so on every answer; once a figure reaches 100 % (or Graph names a time to regain
// access), further calls only dig the hole deeper, so the connector sends nothing until then.
class GraphLimits final
{
public:
    // Reads the usage headers of an answer (success or error).
    void observe(const HttpResponse &response, qint64 nowMs);
    // Extends the block to at least untilMs (from a rate-limit error).
    void blockUntil(qint64 untilMs);
    // The time until which nothing may be sent, or nullopt when sending is allowed at nowMs.
    std::optional<qint64> blockedUntil(qint64 nowMs) const;
    // How long to wait before the next read, to slow down before the wall (0 below 80 %).
    int pacingDelayMs() const;
    const GraphUsage &usage() const { return m_usage; }

    // Without a regain time Graph gives no hint; these are the waits its docs suggest in prose.
    static constexpr qint64 kDefaultBlockMs = 5 * 60 * 1000;
    static constexpr qint64 kPageLimitBlockMs = 60 * 60 * 1000; // codes 32 and 613
    static constexpr int kPacingFromPercent = 80;

private:
    GraphUsage m_usage;
    std::optional<qint64> m_blockedUntil;
};

} // namespace Torget
