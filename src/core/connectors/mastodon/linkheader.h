#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

namespace Torget::LinkHeader {

// RFC 8288 Link header as Mastodon sends it:
//   <https://m.example/api/v1/notifications?max_id=7>; rel="next", <…?min_id=9>; rel="prev"
// Returns rel → target. Tolerant: unquoted rel values, several rels in one value ("next last"),
// commas inside <…>, extra parameters, junk between entries (skipped). The first target for a rel wins.
QHash<QString, QUrl> parse(const QByteArray &header);

// The query of a paging link, for the next request against our own base URL: the token is only
// ever sent to the configured server, never to a host named in a header.
QString pagingQuery(const QUrl &link);

} // namespace Torget::LinkHeader
