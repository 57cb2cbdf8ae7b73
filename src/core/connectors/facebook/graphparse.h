#pragma once

#include "connectors/connector.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

// Graph JSON → platform-neutral values, and the cursor the Facebook connector persists.
// Pure functions: no network, no clock, so that they can be reasoned about one by one.
namespace Torget::Graph {

// Citizens' text is kept as text: longer than this is cut (Messenger allows 2,000 characters and
// comments 8,000, so only a hostile or broken answer reaches it).
constexpr int kMaxTextLength = 65536;

// "2021-07-23T09:28:50+0000" (what Graph sends), other ISO forms, or Unix seconds (what its docs
// placeholder says) → UTC ms; 0 when unreadable.
qint64 parseTime(const QJsonValue &value);
// Drops control characters (but not tab and line breaks) and lone surrogates, and caps the length.
QString cleanText(const QString &text);
// The first line, at most max characters (subject of a new conversation).
QString firstLine(const QString &text, int max = 80);

// The query of paging.next reduced to its paging parameters, exactly as the server encoded them
// ("after=QVFI...%3D" or "until=1690000000&__paging_token=..."); empty when there is no next page.
// The connector rebuilds each request on its own base URL, so a next URL can never send the token
// to another host, and a cursor stays valid when the fields asked for change.
QString nextPaging(const QJsonObject &page);

RemoteAuthor author(const QJsonObject &from);
// One Messenger message of a conversation; nullopt when Graph left out its details (only the
// newest messages of a conversation carry them).
std::optional<RemoteMessage> directMessage(const QJsonObject &message, const QString &conversationId,
                                           const QString &pageId);
// summary.total_count of an edge such as comments.summary(true) or reactions.summary(true).
int summaryCount(const QJsonValue &edge);
// A post with its engagement counts (reactions, shares, comments); missing fields count 0.
RemotePost post(const QJsonObject &object);
// The comments of one post (all pages, filter=stream). Each top-level comment is its own
// conversation; a reply joins the conversation of the top-level comment it hangs under, however
// deep, and says which comment it answers.
std::vector<RemoteMessage> comments(const std::vector<QJsonObject> &items, const QString &postId,
                                    const QString &pageId, const QString &subject);

// What the connector persists between fetches of one stream (JSON, opaque to the engine).
//
// A sweep walks a stream from its newest item back to a stop point, following Graph's paging
// within the sweep. Graph says not to store its cursors, and conversations reorder as they update,
// so the durable part is a watermark, not a cursor: `since` is the newest activity (Graph's own
// updated_time, UTC ms) that a finished sweep saw. The next sweep starts from the top again and
// stops once it reaches items not updated since `since` minus a re-fetch window; the window absorbs
// clock skew, items that moved while a sweep paged past them, and late edits. Ingest is idempotent
// on external ids, so what the window fetches twice costs a little time and nothing else.
// `next` holds Graph's paging parameters only while a sweep is under way (so a crash resumes on the
// same page), and `top` carries the newest activity seen so far in that sweep.
struct SweepCursor
{
    qint64 since = 0;
    qint64 top = 0;
    QString next;

    QString toJson() const;
    // An unreadable or empty cursor is a first sweep (the whole history window).
    static SweepCursor fromJson(const QString &text);
    // The cursor after the last page of a sweep: the watermark moves up, paging is forgotten.
    SweepCursor finished() const;
};

} // namespace Torget::Graph
