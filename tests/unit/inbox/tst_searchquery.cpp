#include "inbox/searchquery.h"
#include "storage/searchtext.h"

#include <QTest>

#include <initializer_list>

using namespace Torget;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> utf8)
{
    QStringList result;
    for (const char *s : utf8)
        result << QString::fromUtf8(s);
    return result;
}

QStringList keys(const std::vector<Channel> &channels)
{
    QStringList result;
    for (const Channel c : channels)
        result << key(c);
    return result;
}

QStringList keys(const std::vector<ConversationStatus> &statuses)
{
    QStringList result;
    for (const ConversationStatus s : statuses)
        result << key(s);
    return result;
}

// The text with every highlighted range in brackets: "[Brøytinga] er sein".
QString marked(const QString &text, const std::vector<Highlight> &ranges)
{
    QString out;
    qsizetype at = 0;
    for (const Highlight &h : ranges) {
        out += text.mid(at, h.start - at) + u'[' + text.mid(h.start, h.length) + u']';
        at = h.start + h.length;
    }
    return out + text.mid(at);
}

// Sorted, non-overlapping, non-empty, inside the text, and never half a surrogate pair.
bool wellFormed(const QString &text, const std::vector<Highlight> &ranges)
{
    qsizetype previousEnd = -1;
    const auto splitsPair = [&](qsizetype pos) {
        return pos > 0 && pos < text.size() && text.at(pos - 1).isHighSurrogate() &&
               text.at(pos).isLowSurrogate();
    };
    for (const Highlight &h : ranges) {
        if (h.length <= 0 || h.start <= previousEnd || h.start + h.length > text.size())
            return false;
        if (splitsPair(h.start) || splitsPair(h.start + h.length))
            return false;
        previousEnd = h.start + h.length;
    }
    return true;
}

const QString ring = QString(QChar(0x030A));  // combining ring above: "a" + ring is an NFD "å"
const QString acute = QString(QChar(0x0301)); // combining acute accent

} // namespace

class TestSearchQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parse_roundTripsThroughToText_data();
    void parse_roundTripsThroughToText();
    void parse_megabyteOfText();
    void toText_data();
    void toText();
    void toText_leavesOutWhatCannotBeWritten();
    void isEmpty_data();
    void isEmpty();
    void highlights_data();
    void highlights();
    void highlights_offsetsAreInTheOriginalText();
    void highlights_findEveryTermOfTheText_data();
    void highlights_findEveryTermOfTheText();
    void highlights_megabyteOfText();
    void highlights_megabyteWord();
};

void TestSearchQuery::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("channels");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QStringList>("from");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("errors");

    const QStringList none;
    const auto row = [](const char *name, const QString &text) -> QTestData & {
        return QTest::newRow(name) << text;
    };
    const auto channels = [&](const char *name, const char *text,
                              std::initializer_list<const char *> expected) {
        row(name, u8(text)) << list(expected) << none << none << none << none << none;
    };
    const auto statuses = [&](const char *name, const QString &text,
                              std::initializer_list<const char *> expected) {
        row(name, text) << none << list(expected) << none << none << none << none;
    };

    // Nothing, and plain text.
    row("empty", QString()) << none << none << none << none << none << none;
    row("only whitespace", u8(" \t\n ")) << none << none << none << none << none << none;
    row("free text is folded into terms", u8("Brøyting i STORGATA"))
        << none << none << none << none << list({"brøyting", "i", "storgata"}) << none;
    row("repeated terms once", u8("brøyt Brøyt BRØYT"))
        << none << none << none << none << list({"brøyt"}) << none;

    // Every key, in both languages and in any case.
    channels("kanal", "kanal:facebook", {"facebook"});
    channels("channel", "channel:facebook", {"facebook"});
    statuses("status", u8("status:new"), {"new"});
    row("etikett", u8("etikett:vei")) << none << none << list({"vei"}) << none << none << none;
    row("tag", u8("tag:vei")) << none << none << list({"vei"}) << none << none << none;
    row("fra", u8("fra:Kari")) << none << none << none << list({"Kari"}) << none << none;
    row("from", u8("from:Kari")) << none << none << none << list({"Kari"}) << none << none;
    channels("KANAL upper case", "KANAL:Facebook", {"facebook"});
    channels("Channel mixed case", "Channel:FACEBOOK", {"facebook"});
    statuses("STATUS upper case", u8("STATUS:Ny"), {"new"});
    row("Etikett keeps the tag as typed", u8("Etikett:Vei"))
        << none << none << list({"Vei"}) << none << none << none;
    row("TAG upper case", u8("TAG:vei")) << none << none << list({"vei"}) << none << none << none;
    row("FRA keeps the name as typed", u8("FRA:kari"))
        << none << none << none << list({"kari"}) << none << none;
    row("From mixed case", u8("From:Kari")) << none << none << none << list({"Kari"}) << none << none;

    // Channel values: the keys and what people call them.
    channels("instagram", "kanal:instagram", {"instagram"});
    channels("mastodon", "kanal:mastodon", {"mastodon"});
    channels("x", "kanal:x", {"x"});
    channels("X upper case", "kanal:X", {"x"});
    channels("bluesky", "kanal:bluesky", {"bluesky"});
    channels("email", "kanal:email", {"email"});
    channels("import", "kanal:import", {"import"});
    channels("fb", "kanal:fb", {"facebook"});
    channels("FB", "kanal:FB", {"facebook"});
    channels("insta", "kanal:insta", {"instagram"});
    channels("ig", "kanal:ig", {"instagram"});
    channels("twitter is X", "kanal:Twitter", {"x"});
    channels("bsky", "kanal:bsky", {"bluesky"});
    channels("e-post", "kanal:e-post", {"email"});
    channels("E-post", "kanal:E-post", {"email"});
    channels("epost", "kanal:epost", {"email"});
    channels("e-mail", "kanal:e-mail", {"email"});
    channels("mail", "kanal:mail", {"email"});
    channels("importert", "kanal:importert", {"import"});

    // Status values: keys, bokmål, nynorsk; case and accents do not matter, æ/ø/å do.
    statuses("new", u8("status:new"), {"new"});
    statuses("ny", u8("status:ny"), {"new"});
    statuses("NY", u8("status:NY"), {"new"});
    statuses("open (key and nynorsk)", u8("status:open"), {"open"});
    statuses("åpen (bokmål)", u8("status:åpen"), {"open"});
    statuses("ÅPEN", u8("status:ÅPEN"), {"open"});
    statuses("Åpen in NFD", u8("status:A") + ring + u8("pen"), {"open"});
    statuses("accent dropped: Ópen", u8("status:Ópen"), {"open"});
    statuses("waiting", u8("status:waiting"), {"waiting"});
    statuses("venter (bokmål)", u8("status:venter"), {"waiting"});
    statuses("ventar (nynorsk)", u8("status:ventar"), {"waiting"});
    statuses("venter på innbygger", u8("status:\"venter på innbygger\""), {"waiting"});
    statuses("Ventar på innbyggjar", u8("status:\"Ventar på innbyggjar\""), {"waiting"});
    statuses("extra spaces inside", u8("status:\" venter  på\tinnbygger \""), {"waiting"});
    statuses("English display name", u8("status:\"Waiting for citizen\""), {"waiting"});
    statuses("resolved", u8("status:resolved"), {"resolved"});
    statuses("løst (bokmål)", u8("status:løst"), {"resolved"});
    statuses("LØST", u8("status:LØST"), {"resolved"});
    statuses("løyst (nynorsk)", u8("status:løyst"), {"resolved"});
    statuses("Løyst", u8("status:Løyst"), {"resolved"});
    statuses("quoted single word", u8("status:\"ny\""), {"new"});

    // Quotes.
    row("quoted tag with spaces", u8("etikett:\"vann og avløp\""))
        << none << none << list({"vann og avløp"}) << none << none << none;
    row("quoted name", u8("fra:\"Kari Nordmann\""))
        << none << none << none << list({"Kari Nordmann"}) << none << none;
    row("quoted value is trimmed", u8("fra:\"  Kari Nordmann \""))
        << none << none << none << list({"Kari Nordmann"}) << none << none;
    row("comma inside quotes", u8("etikett:\"vann, avløp\""))
        << none << none << list({"vann, avløp"}) << none << none << none;
    row("quote in the middle of a value", u8("fra:Kari\" \"Nordmann"))
        << none << none << none << list({"Kari Nordmann"}) << none << none;
    row("open quote runs to the end", u8("fra:\"Kari Nordmann"))
        << none << none << none << list({"Kari Nordmann"}) << none << none;
    row("open quote swallows later filters", u8("brøyt fra:\"Kari Nordmann kanal:fb"))
        << none << none << none << list({"Kari Nordmann kanal:fb"}) << list({"brøyt"}) << none;
    row("quoted free text", u8("\"vann og avløp\""))
        << none << none << none << none << list({"vann", "og", "avløp"}) << none;
    row("quoted filter is free text", u8("\"kanal:facebook\""))
        << none << none << none << none << list({"kanal", "facebook"}) << none;
    row("quoted key is free text", u8("\"kanal\":facebook"))
        << none << none << none << none << list({"kanal", "facebook"}) << none;

    // Several values of one key.
    channels("comma list", "kanal:facebook,epost", {"facebook", "email"});
    statuses("comma list of statuses", u8("status:ny,løst"), {"new", "resolved"});
    statuses("order kept", u8("status:løyst,ny"), {"resolved", "new"});
    row("comma list with a quoted tag", u8("etikett:vei,\"vann og avløp\""))
        << none << none << list({"vei", "vann og avløp"}) << none << none << none;
    row("comma list of names", u8("fra:Kari,\"Ola Nordmann\""))
        << none << none << none << list({"Kari", "Ola Nordmann"}) << none << none;
    channels("trailing comma while typing", "kanal:facebook,", {"facebook"});
    channels("leading comma", "kanal:,facebook", {"facebook"});
    channels("key repeated", "kanal:fb kanal:x", {"facebook", "x"});
    channels("both languages repeated", "kanal:fb channel:mastodon", {"facebook", "mastodon"});
    channels("duplicates once", "kanal:fb,facebook KANAL:FB", {"facebook"});
    row("space after comma starts free text", u8("kanal:facebook, epost"))
        << list({"facebook"}) << none << none << none << list({"epost"}) << none;
    row("no-break space separates", u8("kanal:fb\u00A0status:ny"))
        << list({"facebook"}) << list({"new"}) << none << none << none << none;

    // Values that are not understood: a message, and the rest of the query still applies.
    row("unknown channel", u8("kanal:telefaks"))
        << none << none << none << none << none << list({"Unknown channel “telefaks”."});
    row("unknown status", u8("status:kanskje"))
        << none << none << none << none << none << list({"Unknown status “kanskje”."});
    row("unknown quoted status", u8("status:\"Venter på svar\""))
        << none << none << none << none << none << list({"Unknown status “Venter på svar”."});
    row("empty status", u8("status:"))
        << none << none << none << none << none << list({"The filter “status:” has no value."});
    row("empty key as typed", u8("Kanal:"))
        << none << none << none << none << none << list({"The filter “Kanal:” has no value."});
    row("empty quotes", u8("etikett:\"\""))
        << none << none << none << none << none << list({"The filter “etikett:” has no value."});
    row("only spaces in quotes", u8("fra:\"  \""))
        << none << none << none << none << none << list({"The filter “fra:” has no value."});
    row("only a comma", u8("tag:,")) << none << none << none << none << none
                                     << list({"The filter “tag:” has no value."});
    row("space after the colon", u8("status: ny"))
        << none << none << none << none << list({"ny"}) << list({"The filter “status:” has no value."});
    row("known and unknown channel", u8("kanal:facebook,telefaks"))
        << list({"facebook"}) << none << none << none << none << list({"Unknown channel “telefaks”."});
    row("the rest still applies", u8("kanal:telefaks brøyt status:ny"))
        << none << list({"new"}) << none << none << list({"brøyt"}) << list({"Unknown channel “telefaks”."});
    row("two errors", u8("kanal:telefaks status:kanskje"))
        << none << none << none << none << none
        << list({"Unknown channel “telefaks”.", "Unknown status “kanskje”."});
    row("same error once", u8("kanal:telefaks kanal:telefaks"))
        << none << none << none << none << none << list({"Unknown channel “telefaks”."});

    // Unknown keys are text: citizens write colons too.
    row("unknown key", u8("foo:bar")) << none << none << none << none << list({"foo", "bar"}) << none;
    row("time of day", u8("kl:12")) << none << none << none << none << list({"kl", "12"}) << none;
    row("web address", u8("https://torget.example.no/sak"))
        << none << none << none << none << list({"https", "torget", "example", "no", "sak"}) << none;
    row("nothing before the colon", u8(":facebook"))
        << none << none << none << none << list({"facebook"}) << none;
    row("key with accents is not a key", u8("kånal:fb"))
        << none << none << none << none << list({"kånal", "fb"}) << none;

    // Everything at once.
    row("everything", u8("Brøyting kanal:fb status:åpen etikett:\"vann og avløp\" fra:\"Kari Nordmann\" "
                         "Storgata"))
        << list({"facebook"}) << list({"open"}) << list({"vann og avløp"}) << list({"Kari Nordmann"})
        << list({"brøyting", "storgata"}) << none;
}

void TestSearchQuery::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, channels);
    QFETCH(QStringList, statuses);
    QFETCH(QStringList, tags);
    QFETCH(QStringList, from);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, errors);

    const SearchQuery q = SearchQuery::parse(text);
    QCOMPARE(keys(q.channels), channels);
    QCOMPARE(keys(q.statuses), statuses);
    QCOMPARE(q.tags, tags);
    QCOMPARE(q.from, from);
    QCOMPARE(q.terms, terms);
    QCOMPARE(q.errors, errors);
}

void TestSearchQuery::parse_roundTripsThroughToText_data()
{
    parse_data();
}

void TestSearchQuery::parse_roundTripsThroughToText()
{
    QFETCH(QString, text);
    SearchQuery q = SearchQuery::parse(text);
    q.errors.clear(); // messages are for the user, not part of the query

    const QString canonical = q.toText();
    const SearchQuery again = SearchQuery::parse(canonical);
    QVERIFY2(again.errors.isEmpty(), qPrintable(again.errors.join(u' ')));
    QCOMPARE(again.toText(), canonical);
    QVERIFY2(again == q, qPrintable(canonical));
}

void TestSearchQuery::parse_megabyteOfText()
{
    // A pasted e-mail thread must not stall the search field, even with many distinct words.
    const QString paragraph = u8("Brøytinga i Storgata kl:12 kanal:fb \"vann og avløp\" 🎉 sak");
    QString text;
    int count = 0;
    while (text.size() < (1 << 20))
        text += paragraph + QString::number(count++) + u' ';
    text += u8("status:løst");

    const SearchQuery q = SearchQuery::parse(text);
    QCOMPARE(keys(q.channels), list({"facebook"}));
    QCOMPARE(keys(q.statuses), list({"resolved"}));
    QCOMPARE(q.terms.size(), 8 + count);
    QCOMPARE(q.terms.mid(0, 9),
             list({"brøytinga", "i", "storgata", "kl", "12", "vann", "og", "avløp", "sak0"}));
    QCOMPARE(q.terms.last(), u8("sak") + QString::number(count - 1));
    QVERIFY(q.errors.isEmpty());
}

void TestSearchQuery::toText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("English keys, canonical values")
        << u8("Brøyting kanal:fb status:åpen etikett:\"vann og avløp\" fra:\"Kari Nordmann\" Storgata")
        << u8("channel:facebook status:open tag:\"vann og avløp\" from:\"Kari Nordmann\" brøyting storgata");
    QTest::newRow("one list per key")
        << u8("kanal:facebook,epost channel:x kanal:twitter") << u8("channel:facebook,email,x");
    QTest::newRow("statuses in nynorsk") << u8("status:løyst,ventar") << u8("status:resolved,waiting");
    QTest::newRow("comma in a value is quoted")
        << u8("etikett:\"vann, avløp\",vei") << u8("tag:\"vann, avløp\",vei");
    QTest::newRow("open quote is closed") << u8("fra:\"Kari Nordmann") << u8("from:\"Kari Nordmann\"");
    QTest::newRow("simple values unquoted") << u8("fra:\"Kari\" etikett:\"vei\"") << u8("tag:vei from:Kari");
    QTest::newRow("errors are left out") << u8("kanal:telefaks status: brøyt") << u8("brøyt");
    QTest::newRow("unknown key as terms") << u8("kl:12") << u8("kl 12");
    QTest::newRow("colon in a value") << u8("fra:kari:nordmann") << u8("from:kari:nordmann");
}

void TestSearchQuery::toText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchQuery::parse(text).toText(), expected);
}

void TestSearchQuery::toText_leavesOutWhatCannotBeWritten()
{
    // parse() never makes these, but a query can be put together by hand.
    SearchQuery q;
    q.tags = list({"vann \"og\" avløp", "", "  "});
    q.from = list({" Kari "});
    q.terms = list({"", "brøyt"});
    QCOMPARE(q.toText(), u8("tag:\"vann og avløp\" from:Kari brøyt"));
}

void TestSearchQuery::isEmpty_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("empty");

    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("whitespace") << u8("   ") << true;
    QTest::newRow("punctuation only") << u8("?! -") << true;
    QTest::newRow("empty filter, with an error") << u8("status:") << true;
    QTest::newRow("unknown channel, with an error") << u8("kanal:telefaks") << true;
    QTest::newRow("a term") << u8("brøyt") << false;
    QTest::newRow("a channel") << u8("kanal:fb") << false;
    QTest::newRow("a status") << u8("status:ny") << false;
    QTest::newRow("a tag") << u8("etikett:vei") << false;
    QTest::newRow("a name") << u8("fra:Kari") << false;
}

void TestSearchQuery::isEmpty()
{
    QFETCH(QString, text);
    QFETCH(bool, empty);
    QCOMPARE(SearchQuery::parse(text).isEmpty(), empty);
}

void TestSearchQuery::highlights_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("expected");

    // Prefixes of folded words, as the full-text search matches them.
    QTest::newRow("prefix") << u8("Brøytinga er sein i dag") << list({"brøyt"})
                            << u8("[Brøytinga] er sein i dag");
    QTest::newRow("upper case text") << u8("BRØYTING") << list({"brøyt"}) << u8("[BRØYTING]");
    QTest::newRow("accent folded") << u8("Café Müller") << list({"cafe", "mul"}) << u8("[Café] [Müller]");
    QTest::newRow("ö is ø") << u8("Björn") << list({"bjørn"}) << u8("[Björn]");
    QTest::newRow("å is not a") << u8("Bål") << list({"bal"}) << u8("Bål");
    QTest::newRow("ASCII word, term with ø") << u8("broyt") << list({"brøyt"}) << u8("broyt");
    QTest::newRow("not inside a word") << u8("snøbrøyting") << list({"brøyt"}) << u8("snøbrøyting");
    QTest::newRow("term longer than the word") << u8("brøy") << list({"brøyt"}) << u8("brøy");
    QTest::newRow("sorted, whatever the term order")
        << u8("vann og avløp, vann") << list({"avl", "vann"}) << u8("[vann] og [avløp], [vann]");
    QTest::newRow("two terms on one word") << u8("brøytinga") << list({"br", "brøyt"}) << u8("[brøytinga]");
    QTest::newRow("terms not folded yet") << u8("Brøyting") << list({"BRØYT"}) << u8("[Brøyting]");
    QTest::newRow("German ß") << u8("Straße") << list({"straß"}) << u8("[Straße]");
    QTest::newRow("Turkish dotted I") << u8("İstanbul") << list({"istan"}) << u8("[İstanbul]");
    QTest::newRow("digits after a colon") << u8("kl:12") << list({"12"}) << u8("kl:[12]");
    QTest::newRow("hyphen separates") << u8("e-post") << list({"post"}) << u8("e-[post]");

    // Combining marks belong to the word they follow.
    QTest::newRow("NFD é at the end")
        << (u8("Cafe") + acute + u8(" au lait")) << list({"cafe"}) << (u8("[Cafe") + acute + u8("] au lait"));
    QTest::newRow("NFD å in the middle")
        << (u8("Ba") + ring + u8("l i kveld")) << list({"bål"}) << (u8("[Ba") + ring + u8("l] i kveld"));
    QTest::newRow("NFD å is not a") << (u8("Ba") + ring + u8("l")) << list({"bal"})
                                    << (u8("Ba") + ring + u8("l"));
    QTest::newRow("mark after a space is not a word")
        << (u8("x ") + acute + u8("abc")) << list({"abc"}) << (u8("x ") + acute + u8("[abc]"));
    QTest::newRow("many marks") << (u8("a") + acute + acute + acute + u8("b c")) << list({"ab"})
                                << (u8("[a") + acute + acute + acute + u8("b] c"));

    // Emoji: surrogate pairs, ZWJ sequences, modifiers, keycaps.
    QTest::newRow("emoji before the word") << u8("🎉🎉 Brøyt") << list({"brøyt"}) << u8("🎉🎉 [Brøyt]");
    QTest::newRow("emoji inside a word separates") << u8("brøyt🎉ing") << list({"ing"}) << u8("brøyt🎉[ing]");
    QTest::newRow("ZWJ family before a word")
        << u8("👩‍👩‍👧‍👦vei") << list({"vei"}) << u8("👩‍👩‍👧‍👦[vei]");
    QTest::newRow("skin tone") << u8("Hei 👋🏽 takk") << list({"takk"}) << u8("Hei 👋🏽 [takk]");
    QTest::newRow("keycap widened to the grapheme")
        << u8("1️⃣ gang") << list({"1"}) << u8("[1️⃣] gang");
    QTest::newRow("letters outside the BMP")
        << u8("x 𐐔𐐯𐑅 y") << SearchText::terms(u8("𐐔𐐯")) << u8("x [𐐔𐐯𐑅] y");
    QTest::newRow("lone surrogate") << (QString(QChar(0xD800)) + u8("abc")) << list({"abc"})
                                    << (QString(QChar(0xD800)) + u8("[abc]"));

    // Right-to-left text: offsets are logical, as in the string.
    QTest::newRow("Arabic") << u8("مرحبا بالعالم") << list({"بال"}) << u8("مرحبا [بالعالم]");
    QTest::newRow("Arabic with vowel marks") << u8("مَرْحَبًا يا") << list({"مرح"}) << u8("[مَرْحَبًا] يا");
    QTest::newRow("Hebrew") << u8("שלום עולם") << list({"עול"}) << u8("שלום [עולם]");
    QTest::newRow("bidi marks around a word") << u8("Brøyting \u200Fمرحبا\u200E!") << list({"مرحبا", "brøyt"})
                                              << u8("[Brøyting] \u200F[مرحبا]\u200E!");
    // Spacing vowel signs cut words for the index; the ranges widen to whole clusters and meet.
    QTest::newRow("Devanagari") << u8("हिन्दी भाषा") << SearchText::terms(u8("हिन्दी")) << u8("[हिन्दी] भाषा");

    // Nothing to do.
    QTest::newRow("no terms") << u8("brøyt") << QStringList() << u8("brøyt");
    QTest::newRow("an empty term matches nothing") << u8("brøyt") << list({""}) << u8("brøyt");
    QTest::newRow("a term of punctuation matches nothing") << u8("a-b") << list({"-"}) << u8("a-b");
    QTest::newRow("empty text") << QString() << list({"brøyt"}) << QString();
}

void TestSearchQuery::highlights()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QString, expected);

    const std::vector<Highlight> ranges = Torget::highlights(text, terms);
    QVERIFY(wellFormed(text, ranges));
    QCOMPARE(marked(text, ranges), expected);
}

void TestSearchQuery::highlights_offsetsAreInTheOriginalText()
{
    // 🎉 is two UTF-16 units and the NFD "å" two more than its folded form.
    const QString text = u8("🎉 Ba") + ring + u8("l og Ba") + ring + u8("lplass");
    const std::vector<Highlight> ranges = Torget::highlights(text, list({"bål"}));
    QCOMPARE(ranges.size(), std::size_t(2));
    QCOMPARE(ranges[0], (Highlight{3, 4}));
    QCOMPARE(ranges[1], (Highlight{11, 9}));
}

void TestSearchQuery::highlights_findEveryTermOfTheText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("Norwegian") << u8("Brøytinga i Storgata er sein, og bålplassen er full!");
    QTest::newRow("accents") << u8("Café Müller, Björn Säter, naïve façade");
    QTest::newRow("NFD") << (u8("Ba") + ring + u8("l og cafe") + acute + u8(" ") + acute + u8("x"));
    QTest::newRow("emoji") << u8("Hei👋🏽du 👩‍👩‍👧‍👦 1️⃣ gang ❤️takk");
    QTest::newRow("RTL") << u8("مَرْحَبًا بالعالم שלום עולם \u200Fabc\u200E");
    QTest::newRow("Devanagari") << u8("हिन्दी भाषा");
    QTest::newRow("outside the BMP") << u8("𐐔𐐯𐑅𐐨𐑉𐐯𐐻 𝐁𝐫𝐨");
    QTest::newRow("Turkish and German") << u8("İstanbul Straße ǅemal");
}

void TestSearchQuery::highlights_findEveryTermOfTheText()
{
    // Words are cut as the index cuts them: every term of a text is found in it again, and all
    // of its terms together cover every letter and digit.
    QFETCH(QString, text);
    const QStringList terms = SearchText::terms(text);
    QVERIFY(!terms.isEmpty());
    for (const QString &term : terms)
        QVERIFY2(!Torget::highlights(text, {term}).empty(), qPrintable(term));

    const std::vector<Highlight> all = Torget::highlights(text, terms);
    QVERIFY(wellFormed(text, all));
    QString outside;
    qsizetype at = 0;
    for (const Highlight &h : all) {
        outside += text.mid(at, h.start - at) + u' ';
        at = h.start + h.length;
    }
    outside += text.mid(at);
    QCOMPARE(SearchText::terms(outside), QStringList());
}

void TestSearchQuery::highlights_megabyteOfText()
{
    const QString paragraph = u8("Brøytinga i Storgata 🎉 er sein. Cafe") + acute + u8(" og Ba") + ring +
                              u8("l! مرحبا 1️⃣ brøyt\n");
    const QStringList hitsInParagraph{u8("Brøytinga"), u8("Cafe") + acute, u8("brøyt")};
    const qsizetype offsets[] = {paragraph.indexOf(hitsInParagraph[0]), paragraph.indexOf(hitsInParagraph[1]),
                                 paragraph.indexOf(hitsInParagraph[2])};
    QString text;
    while (text.size() < (1 << 20))
        text += paragraph;
    const qsizetype repeats = text.size() / paragraph.size();

    const std::vector<Highlight> ranges = Torget::highlights(text, list({"brøyt", "cafe"}));
    QCOMPARE(qsizetype(ranges.size()), 3 * repeats);
    for (qsizetype i = 0; i < qsizetype(ranges.size()); ++i) {
        const Highlight &h = ranges[std::size_t(i)];
        const qsizetype expectedStart = (i / 3) * paragraph.size() + offsets[i % 3];
        if (h.start != expectedStart || text.mid(h.start, h.length) != hitsInParagraph[i % 3])
            QFAIL(
                qPrintable(QStringLiteral("range %1 is at %2, length %3").arg(i).arg(h.start).arg(h.length)));
    }
}

void TestSearchQuery::highlights_megabyteWord()
{
    // One word of a million letters, then one letter with a million marks: still one range each.
    const QString word(1 << 20, u'a');
    QCOMPARE(Torget::highlights(word, list({"aa"})), (std::vector<Highlight>{{0, 1 << 20}}));
    QCOMPARE(Torget::highlights(word, list({"ab"})), std::vector<Highlight>());

    const QString marks = u8("a") + QString(1 << 20, acute.at(0));
    QCOMPARE(Torget::highlights(marks, list({"a"})), (std::vector<Highlight>{{0, marks.size()}}));

    // Half a million one-letter words: as many ranges, none merged across the spaces.
    QString words;
    for (int i = 0; i < (1 << 19); ++i)
        words += u8("å ");
    const std::vector<Highlight> ranges = Torget::highlights(words, list({"å"}));
    QCOMPARE(ranges.size(), std::size_t(1 << 19));
    QCOMPARE(ranges.back(), (Highlight{words.size() - 2, 1}));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
