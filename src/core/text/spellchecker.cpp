#include "spellchecker.h"

#include <QByteArrayView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

#include <string>

namespace Torget {

namespace {

// Hunspell answers "wrong" for anything this long (MAXWORDLEN bytes); such a token is no word.
constexpr qsizetype MaxWordBytes = MAXWORDLEN - 1;
// f.eks., bl.a., t.o.m., m.a.o.: the longest dotted abbreviations have four parts.
constexpr std::size_t MaxDottedParts = 4;
// hunspell's own default when an .aff file has no SET line.
constexpr const char *DefaultEncoding = "ISO8859-1";

constexpr char32_t RightSingleQuote = 0x2019; // the apostrophe word processors and phones type
constexpr char32_t UnicodeHyphen = 0x2010;
constexpr char32_t NonBreakingHyphen = 0x2011;

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    bool hasDigit = false;
    bool hasJoiner = false; // apostrophe or hyphen inside
    bool hasHyphen = false;
};

char32_t codePointAt(const QString &text, qsizetype i, qsizetype *size)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
        *size = 2;
        return QChar::surrogateToUcs4(c, text.at(i + 1));
    }
    *size = 1;
    return c.unicode();
}

bool isDigitLike(char32_t c)
{
    return QChar::isNumber(c) || c == U'_';
}

// Letters, digits and underscore start and continue a token; a token with a digit or underscore
// (17.05.2026, E6, 3-roms, snake_case) is skipped as a whole.
bool isWordChar(char32_t c)
{
    return QChar::isLetter(c) || isDigitLike(c);
}

// Combining accents belong to the letter before them (å typed as a + ring); emoji variation
// selectors are marks too, but they belong to the emoji, not to a word next to it.
bool isCombiningMark(char32_t c)
{
    const bool variationSelector = (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    const QChar::Category category = QChar::category(c);
    return !variationSelector &&
           (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining);
}

bool isHyphen(char32_t c)
{
    return c == U'-' || c == UnicodeHyphen || c == NonBreakingHyphen;
}

bool isJoiner(char32_t c)
{
    return isHyphen(c) || c == U'\'' || c == RightSingleQuote;
}

// Text that is not prose: URLs, e-mail addresses, @mentions (also Mastodon's @user@server),
// #hashtags and bare domains such as sarpsborg.kommune.no. A bare domain needs labels of two
// characters or more and a lower-case ASCII top level, so that f.eks. and bl.a. stay prose.
const QRegularExpression &notProsePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?<!\\w)(?:[A-Za-z][A-Za-z0-9+.\\-]*://|[Ww][Ww][Ww]\\.)\\S+"
                       "|[\\w.+\\-]+@[\\w\\-]+(?:\\.[\\w\\-]+)+"
                       "|(?<![\\w@#])[@#]\\w[\\w.\\-]*(?:@[\\w\\-]+(?:\\.[\\w\\-]+)+)?"
                       "|(?<![\\w@.\\-])(?:[A-Za-z0-9\\-]{2,}\\.)+[a-z]{2,}(?![\\w\\-])(?:/\\S*)?"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

std::vector<Span> notProseSpans(const QString &text)
{
    std::vector<Span> spans;
    auto matches = notProsePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        spans.push_back({match.capturedStart(), match.capturedEnd()});
    }
    return spans;
}

// Splits text into candidate words outside the spans that are not prose. Tokens with digits are
// dropped here; the offsets of the rest are UTF-16 indices into `text`.
std::vector<Token> tokenize(const QString &text, const std::vector<Span> &skipped)
{
    std::vector<Token> tokens;
    auto span = skipped.cbegin();
    qsizetype i = 0;
    while (i < text.size()) {
        while (span != skipped.cend() && span->end <= i)
            ++span;
        if (span != skipped.cend() && span->start <= i) {
            i = span->end;
            continue;
        }
        const qsizetype limit = span != skipped.cend() ? span->start : text.size();
        qsizetype size = 0;
        if (!isWordChar(codePointAt(text, i, &size))) {
            i += size;
            continue;
        }
        Token token{i, i};
        qsizetype j = i;
        while (j < limit) {
            const char32_t c = codePointAt(text, j, &size);
            if (isWordChar(c)) {
                token.hasDigit = token.hasDigit || isDigitLike(c);
            } else if (isCombiningMark(c)) {
                // part of the letter before it
            } else if (isJoiner(c) && j + size < limit) {
                qsizetype nextSize = 0;
                if (!isWordChar(codePointAt(text, j + size, &nextSize)))
                    break;
                token.hasJoiner = true;
                token.hasHyphen = token.hasHyphen || isHyphen(c);
            } else {
                break;
            }
            j += size;
        }
        token.end = j;
        i = j;
        if (!token.hasDigit)
            tokens.push_back(token);
    }
    return tokens;
}

// NAV, SFO, KS — also with a short lower-case ending (NAVs, SFOen): abbreviations, not words.
// Shouted words in capitals are skipped by the same rule, as other spell-checkers do.
bool isAbbreviation(const QString &word)
{
    qsizetype leadingCapitals = 0;
    qsizetype rest = 0;
    qsizetype size = 0;
    for (qsizetype i = 0; i < word.size(); i += size) {
        const char32_t c = codePointAt(word, i, &size);
        if (!QChar::isLetter(c))
            continue;
        if (rest == 0 && QChar::isUpper(c)) {
            ++leadingCapitals;
        } else if (QChar::isUpper(c)) {
            return false; // KOmmUNE: a typo, not an abbreviation
        } else {
            ++rest;
        }
    }
    return leadingCapitals >= 2 && rest <= 3;
}

qsizetype letterCount(const QString &word)
{
    qsizetype letters = 0;
    qsizetype size = 0;
    for (qsizetype i = 0; i < word.size(); i += size)
        letters += QChar::isLetter(codePointAt(word, i, &size)) ? 1 : 0;
    return letters;
}

bool followedByDot(const QString &text, const Token &token)
{
    return token.end < text.size() && text.at(token.end) == u'.';
}

QString dictionaryBaseName(const QString &language)
{
    if (language == QLatin1String("nb"))
        return QStringLiteral("nb_NO");
    if (language == QLatin1String("nn"))
        return QStringLiteral("nn_NO");
    return {};
}

// The SET line of an .aff file ("SET ISO8859-1"); hunspell's default when there is none.
QByteArray affEncoding(QFile &aff)
{
    bool firstLine = true;
    while (!aff.atEnd()) {
        QByteArray line = aff.readLine();
        if (firstLine && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        firstLine = false;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 2 && fields.at(0) == "SET")
            return fields.at(1);
    }
    return DefaultEncoding;
}

} // namespace

SpellChecker::SpellChecker(QString language, QByteArray encoding, std::unique_ptr<Hunspell> hunspell)
    : m_language(std::move(language))
    , m_encoding(std::move(encoding))
    , m_hunspell(std::move(hunspell))
{}

SpellChecker::~SpellChecker() = default;

QStringList SpellChecker::defaultDirs()
{
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts")};
}

QString SpellChecker::dictionaryPackage()
{
    return QStringLiteral("hunspell-no");
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::load(const QString &language,
                                                         const QStringList &searchDirs)
{
    const QString baseName = dictionaryBaseName(language);
    if (baseName.isEmpty())
        return Error{tr("Spell-checking is not available for the language code “%1”. Torget checks "
                        "bokmål (nb) and nynorsk (nn).")
                         .arg(language)};
    const QString affName = baseName + QLatin1String(".aff");
    const QString dicName = baseName + QLatin1String(".dic");

    QString affPath;
    QString dicPath;
    // Without any file, "the dictionary" is the word list; in a half-installed folder it is the
    // file that is missing there.
    QString missing = dicName;
    bool halfFound = false;
    for (const QString &dirName : searchDirs) {
        const QDir dir(dirName);
        const bool hasAff = QFileInfo::exists(dir.filePath(affName));
        const bool hasDic = QFileInfo::exists(dir.filePath(dicName));
        if (hasAff && hasDic) {
            affPath = dir.filePath(affName);
            dicPath = dir.filePath(dicName);
            break;
        }
        if (!halfFound && (hasAff || hasDic)) {
            halfFound = true;
            missing = QDir::toNativeSeparators(dir.filePath(hasAff ? dicName : affName));
        }
    }
    if (affPath.isEmpty()) {
        QStringList looked;
        for (const QString &dirName : searchDirs)
            looked << QDir::toNativeSeparators(dirName);
        return Error{tr("The spelling dictionary %1 was not found (looked in %2). Install the package %3.")
                         .arg(missing, looked.join(QLatin1String(", ")), dictionaryPackage())};
    }

    QFile aff(affPath);
    if (!aff.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the spelling dictionary %1: %2")
                         .arg(QDir::toNativeSeparators(affPath), aff.errorString())};
    const QByteArray encoding = affEncoding(aff);
    aff.close();
    QFile dic(dicPath);
    if (!dic.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the spelling dictionary %1: %2")
                         .arg(QDir::toNativeSeparators(dicPath), dic.errorString())};
    dic.close();
    if (!QStringEncoder(encoding.constData()).isValid() || !QStringDecoder(encoding.constData()).isValid())
        return Error{tr("The spelling dictionary %1 uses the character set %2, which Torget cannot convert.")
                         .arg(QDir::toNativeSeparators(affPath), QString::fromLatin1(encoding))};

    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                               QFile::encodeName(dicPath).constData());
    return std::unique_ptr<SpellChecker>(new SpellChecker(language, encoding, std::move(hunspell)));
}

std::optional<std::string> SpellChecker::encode(const QString &word) const
{
    QString normal = word.normalized(QString::NormalizationForm_C);
    // The dictionaries spell apostrophes and hyphens in ASCII.
    normal.replace(QChar(RightSingleQuote), u'\'');
    normal.replace(QChar(UnicodeHyphen), u'-');
    normal.replace(QChar(NonBreakingHyphen), u'-');

    QStringEncoder encoder(m_encoding.constData());
    const QByteArray bytes = encoder.encode(normal);
    if (encoder.hasError())
        return std::nullopt;
    // Some converters substitute a character instead of reporting it: only a lossless round trip
    // means the dictionary can hold the word.
    QStringDecoder decoder(m_encoding.constData());
    const QString back = decoder.decode(bytes);
    if (decoder.hasError() || back != normal || bytes.size() > MaxWordBytes)
        return std::nullopt;
    return bytes.toStdString();
}

bool SpellChecker::isCorrect(const QString &word) const
{
    const std::optional<std::string> encoded = encode(word);
    if (!encoded || encoded->empty())
        return true;
    return m_hunspell->spell(*encoded);
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    QStringList result;
    const std::optional<std::string> encoded = encode(word);
    if (max <= 0 || !encoded || encoded->empty())
        return result;
    const bool typographicApostrophe = word.contains(QChar(RightSingleQuote));
    for (const std::string &raw : m_hunspell->suggest(*encoded)) {
        QStringDecoder decoder(m_encoding.constData());
        QString suggestion = decoder.decode(QByteArrayView(raw.data(), qsizetype(raw.size())));
        if (decoder.hasError() || suggestion.isEmpty())
            continue;
        if (typographicApostrophe)
            suggestion.replace(u'\'', QChar(RightSingleQuote));
        if (result.contains(suggestion))
            continue;
        result << suggestion;
        if (result.size() >= max)
            break;
    }
    return result;
}

void SpellChecker::addToSession(const QString &word)
{
    const std::optional<std::string> encoded = encode(word);
    if (encoded && !encoded->empty())
        m_hunspell->add(*encoded);
}

bool SpellChecker::isAcceptedPart(const QString &part) const
{
    return isAbbreviation(part) || isCorrect(part);
}

std::vector<SpellChecker::Misspelling> SpellChecker::check(const QString &text) const
{
    std::vector<Misspelling> found;
    const std::vector<Token> tokens = tokenize(text, notProseSpans(text));
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens[i];

        // Dotted abbreviations (f.eks., bl.a.) as the dictionary has them, longest first.
        std::size_t last = i;
        while (last + 1 < tokens.size() && last + 1 - i < MaxDottedParts && !tokens[last].hasJoiner &&
               !tokens[last + 1].hasJoiner && followedByDot(text, tokens[last]) &&
               tokens[last + 1].start == tokens[last].end + 1)
            ++last;
        bool dotted = false;
        for (std::size_t j = last; j > i && !dotted; --j) {
            if (followedByDot(text, tokens[j]) &&
                isCorrect(text.mid(token.start, tokens[j].end + 1 - token.start))) {
                i = j;
                dotted = true;
            }
        }
        if (dotted)
            continue;

        const QString word = text.mid(token.start, token.end - token.start);
        if (!token.hasHyphen) {
            // "kl." is in the dictionary where "kl" is not.
            if (!isAcceptedPart(word) && !(followedByDot(text, token) && isCorrect(word + QLatin1Char('.'))))
                found.push_back({token.start, token.end - token.start});
            continue;
        }
        if (isCorrect(word)) // e-post, NAV-kontoret
            continue;
        // Report only the wrong parts of a hyphenated word; one-letter parts are prefixes (e-, x-).
        qsizetype partStart = 0;
        qsizetype size = 0;
        for (qsizetype k = 0; k <= word.size(); k += size) {
            size = 1;
            if (k < word.size() && !isHyphen(codePointAt(word, k, &size)))
                continue;
            const QString part = word.mid(partStart, k - partStart);
            if (letterCount(part) > 1 && !isAcceptedPart(part))
                found.push_back({token.start + partStart, part.size()});
            partStart = k + size;
        }
    }
    return found;
}

} // namespace Torget
