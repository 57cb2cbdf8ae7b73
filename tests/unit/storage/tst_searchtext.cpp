#include "storage/searchtext.h"

#include <QTest>

using namespace Torget;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestSearchText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data();
    void fold();
    void fold_isIdempotent_data();
    void fold_isIdempotent();
    void terms_data();
    void terms();
};

void TestSearchText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("upper case with ø") << u8("BRØYTING") << u8("brøyting");
    QTest::newRow("æ and å capitals") << u8("Ærlig Åse") << u8("ærlig åse");
    QTest::newRow("all three letters") << u8("ÆØÅ æøå") << u8("æøå æøå");
    QTest::newRow("acute dropped") << u8("Café") << u8("cafe");
    QTest::newRow("umlaut u dropped") << u8("Müller") << u8("muller");
    QTest::newRow("ö becomes ø") << u8("Björn") << u8("bjørn");
    QTest::newRow("ä becomes æ") << u8("Säter") << u8("sæter");
    QTest::newRow("capital Ä and Ö") << u8("ÄÖ") << u8("æø");
    QTest::newRow("several accents") << u8("naïve façade à la crème") << u8("naive facade a la creme");
    QTest::newRow("å kept, ö folded") << u8("Ångström") << u8("ångstrøm");
    QTest::newRow("å in NFD") << (u8("a") + QChar(0x030A) + u8("pen")) << u8("åpen");
    QTest::newRow("Å in NFD") << (u8("A") + QChar(0x030A) + u8("SE")) << u8("åse");
    QTest::newRow("ä in NFD") << (u8("sa") + QChar(0x0308) + u8("ter")) << u8("sæter");
    QTest::newRow("é in NFD") << (u8("cafe") + QChar(0x0301)) << u8("cafe");
    QTest::newRow("ring on another letter dropped") << (u8("u") + QChar(0x030A)) << u8("u");
    QTest::newRow("digits and punctuation kept") << u8("Kl. 14:30, 3-2-1!") << u8("kl. 14:30, 3-2-1!");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("emoji ZWJ family") << u8("👩‍👩‍👧‍👦") << u8("👩‍👩‍👧‍👦");
    QTest::newRow("emoji with skin tone") << u8("Hei 👋🏽 TAKK") << u8("hei 👋🏽 takk");
    QTest::newRow("Arabic (RTL)") << u8("مرحبا بالعالم") << u8("مرحبا بالعالم");
    QTest::newRow("Hebrew (RTL)") << u8("שלום עולם") << u8("שלום עולם");
    QTest::newRow("RTL mixed with Latin") << u8("BRØYTING مرحبا") << u8("brøyting مرحبا");
    QTest::newRow("bidi override kept")
        << (u8("ABC") + QChar(0x202E) + u8("DEF")) << (u8("abc") + QChar(0x202E) + u8("def"));
}

void TestSearchText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(SearchText::fold(text), expected);
}

void TestSearchText::fold_isIdempotent_data()
{
    fold_data();
}

void TestSearchText::fold_isIdempotent()
{
    // The index stores folded text and queries are folded again: folding twice must change nothing.
    QFETCH(QString, text);
    const QString once = SearchText::fold(text);
    QCOMPARE(SearchText::fold(once), once);
}

void TestSearchText::terms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only separators") << u8("  ,.;!?\t\n ") << QStringList();
    QTest::newRow("one word folded") << u8("BRØYTING") << QStringList{u8("brøyting")};
    QTest::newRow("comma and space") << u8("brøyting, Storgata")
                                     << QStringList{u8("brøyting"), u8("storgata")};
    QTest::newRow("question marks") << u8("Hvor er bålplassen?!")
                                    << QStringList{u8("hvor"), u8("er"), u8("bålplassen")};
    QTest::newRow("hyphen splits") << u8("e-post") << QStringList{u8("e"), u8("post")};
    QTest::newRow("digits are terms") << u8("kl.14:30") << QStringList{u8("kl"), u8("14"), u8("30")};
    QTest::newRow("slash and accents") << u8("Café/Müller") << QStringList{u8("cafe"), u8("muller")};
    QTest::newRow("tabs and newlines") << u8("Ærlig\tÅse\n") << QStringList{u8("ærlig"), u8("åse")};
    QTest::newRow("FTS syntax is punctuation")
        << u8("\"brøyt\"* OR (vei) -sand ^x col:y")
        << QStringList{u8("brøyt"), u8("or"), u8("vei"), u8("sand"), u8("x"), u8("col"), u8("y")};
    QTest::newRow("emoji separates") << u8("hei👋du") << QStringList{u8("hei"), u8("du")};
    QTest::newRow("NFD å stays inside the word")
        << (u8("Ba") + QChar(0x030A) + u8("l")) << QStringList{u8("bål")};
    QTest::newRow("RTL words") << u8("مرحبا بالعالم") << QStringList{u8("مرحبا"), u8("بالعالم")};
    // Letters outside the Basic Multilingual Plane are letters to the FTS5 tokenizer as well.
    QTest::newRow("letters outside the BMP") << u8("𐐔𐐯𐑅𐐨𐑉𐐯𐐻") << QStringList{u8("𐐼𐐯𐑅𐐨𐑉𐐯𐐻")};
}

void TestSearchText::terms()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchText::terms(query), expected);
}

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
