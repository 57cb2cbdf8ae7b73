#pragma once

#include "connectors/connector.h"
#include "connectors/httpclient.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

// Mastodon's wire format (PLATFORM_APIS.md §4) turned into connector values: pure functions, no
// network, so that every rule here is tested with data alone (tst_mastodonparse).
namespace Torget::MastodonParse {

// Mastodon ids are opaque strings that sort by length first, then lexically ("99" < "100").
// They are never converted to numbers: snowflake ids do not fit every integer type on every server.
bool idLess(const QString &a, const QString &b);
QString newerId(const QString &a, const QString &b); // the newer of two ids ("" counts as oldest)

// "2019-11-23T07:49:02.064Z", any number of fractional digits, "Z" or an offset → UTC ms.
std::optional<qint64> parseTime(const QString &text);
// X-RateLimit-Reset: ISO 8601 with 6 fractional digits upstream; Unix seconds from some proxies.
std::optional<qint64> parseReset(const QByteArray &value);

struct RateLimit
{
    std::optional<int> remaining;
    std::optional<qint64> resetAt; // UTC ms
};
RateLimit rateLimit(const HttpResponse &response);

RemoteAuthor author(const QJsonObject &account);
AccountIdentity identity(const QJsonObject &account);

// What a reply to a status needs: its visibility (kept, never widened) and the author's @acct.
struct ReplyMeta
{
    QString visibility;
    QString acct;
};
QString writeReplyMeta(const ReplyMeta &meta);
ReplyMeta readReplyMeta(const QString &json);
bool isVisibility(const QString &value);

// A status as a message: HTML content to text (spoiler text first), replyMeta, fromAccount.
RemoteMessage message(const QJsonObject &status, const QString &ownId, ConversationKind kind,
                      const QString &conversationId);
RemotePost post(const QJsonObject &status);

// Whether a status is addressed to the account: it mentions it or answers one of its statuses.
bool addressedTo(const QJsonObject &status, const QString &ownId);

// The reply text with "@acct " in front unless the text already mentions exactly that account.
QString withMention(const QString &text, const QString &acct);
// Text reduced for "is this the reply we sent?": leading mentions dropped, "@user@domain" read as
// "@user" (Mastodon renders remote mentions short), whitespace collapsed.
QString comparableText(const QString &plainText);

// The error a non-2xx answer means (bodies {"error","error_description"?}). replyTarget: a 404
// means the status being answered is gone.
Fault fault(const HttpResponse &response, const QUrl &url, const QString &accountName, bool replyTarget);
// The fault for a call that was not sent because the rate limit blocks the account.
Fault blockedFault(const QUrl &base, qint64 until);
// A body that is JSON but not the shape the endpoint documents.
Fault shapeFault(const QUrl &url, const QString &what);

// Resume point of one stream (FetchedPage::cursor), kept as compact JSON:
//   w   newest id already stored (notifications: notification id; conversations: last status id)
//   top newest id seen in a sweep that has not finished yet
//   q   query of the rel="next" link still to follow in this sweep
//   n   pages fetched in this sweep
//   h   own statuses: the first (history) sweep is done, later sweeps refresh the newest page
struct Cursor
{
    QString watermark;
    QString top;
    QString nextQuery;
    int pages = 0;
    bool historyDone = false;
};
Cursor readCursor(const QString &text);
QString writeCursor(const Cursor &cursor);

} // namespace Torget::MastodonParse
