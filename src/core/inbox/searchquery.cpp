#include "searchquery.h"

#include "storage/searchtext.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace Torget {

namespace {

enum class Key
{
    Channel,
    Status,
    Tag,
    From
};

constexpr std::array<std::pair<const char16_t *, Key>, 7> keyNames{{
    {u"kanal", Key::Channel},
    {u"channel", Key::Channel},
    {u"status", Key::Status},
    {u"etikett", Key::Tag},
    {u"tag", Key::Tag},
    {u"fra", Key::From},
    {u"from", Key::From},
}};

// What people type besides the keys of enums.cpp, already folded (SearchText::fold, simplified).
constexpr std::array<std::pair<const char16_t *, Channel>, 10> channelAliases{{
    {u"fb", Channel::Facebook},
    {u"insta", Channel::Instagram},
    {u"ig", Channel::Instagram},
    {u"twitter", Channel::X},
    {u"bsky", Channel::Bluesky},
    {u"e-mail", Channel::Email},
    {u"epost", Channel::Email},
    {u"e-post", Channel::Email},
    {u"mail", Channel::Email},
    {u"importert", Channel::Import},
}};

// Bokmål, nynorsk and the English display names (DOMAIN.md §6), already folded.
constexpr std::array<std::pair<const char16_t *, ConversationStatus>, 9> statusAliases{{
    {u"ny", ConversationStatus::New},
    {u"åpen", ConversationStatus::Open},
    {u"venter", ConversationStatus::Waiting},
    {u"ventar", ConversationStatus::Waiting},
    {u"venter på innbygger", ConversationStatus::Waiting},
    {u"ventar på innbyggjar", ConversationStatus::Waiting},
    {u"waiting for citizen", ConversationStatus::Waiting},
    {u"løst", ConversationStatus::Resolved},
    {u"løyst", ConversationStatus::Resolved},
}};

template <typename E, std::size_t N>
std::optional<E> lookUp(const std::array<std::pair<const char16_t *, E>, N> &table, QStringView name)
{
    for (const auto &[alias, value] : table) {
        if (name == QStringView(alias))
            return value;
    }
    return std::nullopt;
}

std::optional<Channel> channelFromText(const QString &text)
{
    const QString folded = SearchText::fold(text).simplified();
    if (const auto c = channelFromKey(folded))
        return c;
    return lookUp(channelAliases, folded);
}

std::optional<ConversationStatus> statusFromText(const QString &text)
{
    const QString folded = SearchText::fold(text).simplified();
    if (const auto s = statusFromKey(folded))
        return s;
    return lookUp(statusAliases, folded);
}

template <typename T>
void appendOnce(std::vector<T> &list, T value)
{
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

// Appends each string once; a set, because a pasted e-mail thread has thousands of distinct words.
class UniqueAppender final
{
public:
    explicit UniqueAppender(QStringList &list)
        : m_list(list)
    {}
    void operator()(const QString &value)
    {
        if (!m_seen.contains(value)) {
            m_seen.insert(value);
            m_list << value;
        }
    }

private:
    QStringList &m_list;
    QSet<QString> m_seen;
};

// One whitespace-separated token, with its quotes taken out.
struct Token
{
    QString text;
    // Length of the key when the token has an unquoted ':' with no quote before it, else -1.
    qsizetype keyLength = -1;
    // What follows that colon, cut at unquoted commas (untrimmed, possibly empty).
    QStringList values;
};

std::vector<Token> tokenize(const QString &input)
{
    std::vector<Token> tokens;
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && input.at(i).isSpace())
            ++i;
        if (i == n)
            break;
        Token token;
        QString value;
        bool quoted = false;
        bool sawQuote = false;
        for (; i < n; ++i) {
            const QChar c = input.at(i);
            if (c == u'"') {
                quoted = !quoted;
                sawQuote = true;
                continue;
            }
            if (!quoted && c.isSpace())
                break;
            token.text.append(c);
            if (token.keyLength < 0) {
                if (c == u':' && !sawQuote)
                    token.keyLength = token.text.size() - 1;
            } else if (c == u',' && !quoted) {
                token.values.append(std::exchange(value, QString()));
            } else {
                value.append(c);
            }
        }
        if (token.keyLength >= 0)
            token.values.append(value);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

std::optional<Key> keyOf(const Token &token)
{
    if (token.keyLength <= 0)
        return std::nullopt;
    return lookUp(keyNames, QStringView(token.text).left(token.keyLength).toString().toLower());
}

// A value as parse() reads it back: quoted when it holds a space or a comma. A double quote cannot
// be written inside a value (parse() never makes one), so it is left out.
QString quotedIfNeeded(const QString &value)
{
    QString v = value;
    v.remove(u'"');
    v = v.trimmed();
    const bool needsQuotes =
        std::any_of(v.cbegin(), v.cend(), [](QChar c) { return c.isSpace() || c == u','; });
    return needsQuotes ? QString(u'"' + v + u'"') : v;
}

void appendFilter(QStringList &parts, const char16_t *key, const QStringList &values)
{
    QStringList written;
    for (const QString &v : values) {
        const QString w = quotedIfNeeded(v);
        if (!w.isEmpty())
            written << w;
    }
    if (!written.isEmpty())
        parts << QString::fromUtf16(key) + u':' + written.join(u',');
}

// The code point at i and its length in UTF-16 units; a lone surrogate is a code point of its own.
char32_t codePointAt(const QString &text, qsizetype i, qsizetype &length)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        length = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    length = 1;
    return c.unicode();
}

bool startsWithAny(const QString &folded, const QStringList &terms)
{
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) { return folded.startsWith(t); });
}

// The common case without allocating: an ASCII word folds to its lower case.
bool asciiStartsWithAny(QStringView word, const QStringList &terms)
{
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString &t) {
        if (t.size() > word.size())
            return false;
        for (qsizetype k = 0; k < t.size(); ++k) {
            const char16_t w = word.at(k).unicode();
            const char16_t lower = (w >= u'A' && w <= u'Z') ? char16_t(w + (u'a' - u'A')) : w;
            if (lower != t.at(k).unicode())
                return false;
        }
        return true;
    });
}

} // namespace

bool SearchQuery::isEmpty() const
{
    return channels.empty() && statuses.empty() && tags.isEmpty() && from.isEmpty() && terms.isEmpty();
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery q;
    UniqueAppender addTag(q.tags);
    UniqueAppender addFrom(q.from);
    UniqueAppender addTerm(q.terms);
    UniqueAppender addError(q.errors);
    for (const Token &token : tokenize(text)) {
        const std::optional<Key> key = keyOf(token);
        if (!key) {
            for (const QString &term : SearchText::terms(token.text))
                addTerm(term);
            continue;
        }
        bool hasValue = false;
        for (const QString &untrimmed : token.values) {
            const QString value = untrimmed.trimmed();
            if (value.isEmpty())
                continue; // `kanal:facebook,` while typing
            hasValue = true;
            switch (*key) {
            case Key::Channel:
                if (const auto c = channelFromText(value))
                    appendOnce(q.channels, *c);
                else
                    addError(QCoreApplication::translate("Torget::SearchQuery", "Unknown channel “%1”.")
                                 .arg(value));
                break;
            case Key::Status:
                if (const auto s = statusFromText(value))
                    appendOnce(q.statuses, *s);
                else
                    addError(QCoreApplication::translate("Torget::SearchQuery", "Unknown status “%1”.")
                                 .arg(value));
                break;
            case Key::Tag:
                addTag(value);
                break;
            case Key::From:
                addFrom(value);
                break;
            }
        }
        if (!hasValue) {
            addError(QCoreApplication::translate("Torget::SearchQuery", "The filter “%1” has no value.")
                         .arg(token.text.left(token.keyLength + 1)));
        }
    }
    return q;
}

QString SearchQuery::toText() const
{
    QStringList parts;
    QStringList channelKeys;
    for (const Channel c : channels)
        channelKeys << key(c);
    appendFilter(parts, u"channel", channelKeys);
    QStringList statusKeys;
    for (const ConversationStatus s : statuses)
        statusKeys << key(s);
    appendFilter(parts, u"status", statusKeys);
    appendFilter(parts, u"tag", tags);
    appendFilter(parts, u"from", from);
    for (const QString &term : terms) {
        if (!term.isEmpty())
            parts << term;
    }
    return parts.join(u' ');
}

std::vector<Highlight> highlights(const QString &text, const QStringList &foldedTerms)
{
    std::vector<Highlight> result;
    QStringList terms;
    for (const QString &t : foldedTerms) {
        const QString folded = SearchText::fold(t); // cheap, and forgiving to a caller that forgot
        if (!folded.isEmpty())
            terms << folded;
    }
    if (terms.isEmpty())
        return result;

    // Created on the first hit only: it analyses the whole text.
    std::optional<QTextBoundaryFinder> graphemes;
    const auto add = [&](qsizetype start, qsizetype end) {
        if (!graphemes)
            graphemes.emplace(QTextBoundaryFinder::Grapheme, text);
        graphemes->setPosition(start);
        if (!graphemes->isAtBoundary())
            start = std::max<qsizetype>(graphemes->toPreviousBoundary(), 0);
        graphemes->setPosition(end);
        if (!graphemes->isAtBoundary()) {
            const qsizetype next = graphemes->toNextBoundary();
            end = next < 0 ? text.size() : next;
        }
        if (!result.empty() && start <= result.back().start + result.back().length) {
            Highlight &last = result.back();
            last.length = std::max(last.start + last.length, end) - last.start;
        } else {
            result.push_back({start, end - start});
        }
    };

    // Words are cut as SearchText::terms() cuts the folded text: letters and digits make words,
    // non-spacing marks vanish in folding (so they neither start nor end a word), anything else
    // separates. A mark stays in the range of the word it follows: the ring of an NFD "å".
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype len = 0;
        if (!QChar::isLetterOrNumber(codePointAt(text, i, len))) {
            i += len;
            continue;
        }
        const qsizetype start = i;
        bool ascii = text.at(i).unicode() < 0x80;
        i += len;
        while (i < n) {
            const char32_t c = codePointAt(text, i, len);
            if (!QChar::isLetterOrNumber(c) && QChar::category(c) != QChar::Mark_NonSpacing)
                break;
            ascii = ascii && c < 0x80;
            i += len;
        }
        const QStringView word = QStringView(text).mid(start, i - start);
        const bool hit =
            ascii ? asciiStartsWithAny(word, terms) : startsWithAny(SearchText::fold(word.toString()), terms);
        if (hit)
            add(start, i);
    }
    return result;
}

} // namespace Torget
