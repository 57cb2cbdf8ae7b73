#pragma once

#include "domain/enums.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Torget {

// What the inbox search field asks for. The text is whitespace-separated tokens; `key:value` tokens
// are filters, everything else is free text:
//
//   brøyting kanal:facebook,epost status:åpen etikett:"vann og avløp" fra:"Kari Nordmann"
//
// Keys (any case): kanal/channel, status, etikett/tag, fra/from. Double quotes let a value hold
// spaces and commas; a quote left open runs to the end of the text. Values of one key, whether
// repeated or comma-separated, OR together; different keys and the free-text terms AND together.
// An unknown key (`kl:12`) is free text, because citizens write colons too.
struct SearchQuery
{
    std::vector<Channel> channels;            // any of these; empty: every channel
    std::vector<ConversationStatus> statuses; // any of these; empty: every status
    QStringList tags;                         // any of these, as typed (trimmed)
    QStringList from;                         // any of these, as typed (trimmed): a citizen name prefix
    QStringList terms;                        // all of these, folded (SearchText::terms): word prefixes
    // Translated messages for values that were not understood (`kanal:telefaks`, `status:`). The
    // rest of the query still applies: a half-typed filter must not stop the search.
    QStringList errors;

    // True when the query filters nothing and searches for nothing (errors do not count).
    bool isEmpty() const;

    static SearchQuery parse(const QString &text);

    // Canonical form with English keys, e.g. `channel:facebook,email status:open tag:"vann og avløp"
    // brøyt`; parse(q.toText()) gives q back (without its errors) for every q that parse() made.
    QString toText() const;

    bool operator==(const SearchQuery &) const = default;
};

// A range of a text, in UTF-16 code units of the original (unfolded) text.
struct Highlight
{
    qsizetype start = 0;
    qsizetype length = 0;

    bool operator==(const Highlight &) const = default;
};

// The words of text whose folded form starts with one of foldedTerms, as the full-text search
// matches them: "Brøytinga" for "brøyt", "Café" for "cafe". Words are cut as SearchText::terms()
// cuts them; a range is widened to whole grapheme clusters (combining marks, emoji keycaps), and
// ranges are sorted, with overlapping or touching ones merged. Linear in the length of text.
std::vector<Highlight> highlights(const QString &text, const QStringList &foldedTerms);

} // namespace Torget
