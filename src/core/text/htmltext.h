#pragma once

#include <QString>

namespace Torget::HtmlText {

// The plain text a person reads in a piece of platform HTML (Mastodon's status content):
// <p> and other blocks become paragraph breaks, <br> a line break, a link shows its text and, when
// that differs from where it points, the http(s) address in brackets (mentions and hashtags show
// their text only). Entities are decoded; scripts, styles and every other tag are dropped.
//
// Hostile input is expected: the HTML comes from strangers. libxml2's HTML parser does the parsing
// with the network off and nothing is ever loaded (no images, style sheets or DTDs); input above
// maxInputBytes is cut, and nesting deeper than libxml2's limit (256) ends the text there.
// Safe to call from any thread.
QString toPlainText(const QString &html);

// Longer input is cut here (UTF-8 bytes): no status is this long, and libxml2 needs ~0.4 s per MiB.
inline constexpr qsizetype maxInputBytes = 512 * 1024;

} // namespace Torget::HtmlText
