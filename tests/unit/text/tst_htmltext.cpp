#include "text/htmltext.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Torget;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

bool hasUnpairedSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= s.size() || !s.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestHtmlText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toPlainText_readsMastodonContent_data();
    void toPlainText_readsMastodonContent();
    void toPlainText_survivesHostileInput_data();
    void toPlainText_survivesHostileInput();
    void toPlainText_staysFastOnDeepAndHugeInput();
    void toPlainText_cutsInputAboveTheLimitOnACharacterBoundary();
};

void TestHtmlText::toPlainText_readsMastodonContent_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    const QString mentionKari = QStringLiteral("<span class=\"h-card\" translate=\"no\"><a "
                                               "href=\"https://social.example/@kari\" class=\"u-url "
                                               "mention\">@<span>kari</span></a></span>");
    QTest::newRow("mention shows the handle only")
        << mentionKari + QStringLiteral(" hei") << QStringLiteral("@kari hei");
    QTest::newRow("paragraphs become blank lines")
        << QStringLiteral("<p>Første avsnitt</p><p>Andre avsnitt</p>")
        << u8("Første avsnitt\n\nAndre avsnitt");
    QTest::newRow("br is a line break") << QStringLiteral("<p>linje en<br>linje to<br />linje tre</p>")
                                        << QStringLiteral("linje en\nlinje to\nlinje tre");
    QTest::newRow("mention inside paragraph")
        << QStringLiteral("<p>") + mentionKari + u8(" Når tømmes søpla i Storgata?</p>")
        << u8("@kari Når tømmes søpla i Storgata?");
    QTest::newRow("hashtag shows the tag only")
        << QStringLiteral("<p>Stengt vei <a href=\"https://social.example/tags/brøyting\" class=\"mention "
                          "hashtag\" rel=\"tag\">#<span>brøyting</span></a></p>")
        << u8("Stengt vei #brøyting");
    QTest::newRow("link whose text is its address shows once")
        << QStringLiteral("<p>Se <a href=\"https://www.kommune.example/vei/stengt\" target=\"_blank\" "
                          "rel=\"nofollow noopener noreferrer\"><span class=\"invisible\">https://www.</span>"
                          "<span class=\"ellipsis\">kommune.example/vei/st</span><span "
                          "class=\"invisible\">engt</span></a> nå</p>")
        << QStringLiteral("Se https://www.kommune.example/vei/stengt nå");
    QTest::newRow("link with other text shows the address too")
        << QStringLiteral("<p>Les <a href=\"https://kommune.example/info\">informasjonen</a>.</p>")
        << QStringLiteral("Les informasjonen (https://kommune.example/info).");
    QTest::newRow("javascript link shows its text only")
        << QStringLiteral("<a href=\"javascript:alert(1)\">klikk</a>") << QStringLiteral("klikk");
    QTest::newRow("entities are decoded")
        << QStringLiteral("<p>Tom &amp; Jerry &lt;3 &quot;sitat&quot; &#39;x&#39; &#x1F600; &hellip;</p>")
        << u8("Tom & Jerry <3 \"sitat\" 'x' 😀 …");
    QTest::newRow("emoji stay as they are")
        << u8("<p>Takk 🙏🏽 for svar 👍</p>") << u8("Takk 🙏🏽 for svar 👍");
    QTest::newRow("right-to-left text")
        << u8("<p>مرحبا <span>بالعالم</span></p><p>שלום</p>") << u8("مرحبا بالعالم\n\nשלום");
    QTest::newRow("whitespace collapses")
        << QStringLiteral("<p>  mye \n\t  luft   her </p>") << QStringLiteral("mye luft her");
    QTest::newRow("plain text without tags") << QStringLiteral("bare tekst") << QStringLiteral("bare tekst");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("list items") << QStringLiteral("<p>Liste:</p><ul><li>en</li><li>to</li></ul><ol><li>a</li>"
                                                  "<li>b</li></ol>")
                                << u8("Liste:\n\n• en\n• to\n\n1. a\n2. b");
    QTest::newRow("blockquote and pre")
        << QStringLiteral("<blockquote><p>sitat</p></blockquote><pre>kode  med\n  innrykk</pre>")
        << QStringLiteral("sitat\n\nkode  med\n  innrykk");
    QTest::newRow("many br give at most one blank line")
        << QStringLiteral("a<br><br><br><br><br>b") << QStringLiteral("a\n\nb");
    QTest::newRow("spaces between inline elements survive")
        << QStringLiteral("<p><b>fet</b> <i>kursiv</i></p>") << QStringLiteral("fet kursiv");
}

void TestHtmlText::toPlainText_readsMastodonContent()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TestHtmlText::toPlainText_survivesHostileInput_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("script and style content dropped")
        << QStringLiteral("<p>før<script>alert('x')</script><style>p{color:red}</style> etter</p>")
        << u8("før etter");
    QTest::newRow("unclosed tags") << QStringLiteral(
                                          "<p>åpen <b>fet <i>kursiv <a href=\"https://x.example/\">lenke")
                                   << u8("åpen fet kursiv lenke (https://x.example/)");
    QTest::newRow("stray closing tags")
        << QStringLiteral("</p></div>tekst</span></a>") << QStringLiteral("tekst");
    QTest::newRow("nested junk") << QStringLiteral(
                                        "<div><table><tr><td>a</td><td>b</td></tr></table><p><p>c</"
                                        "div><<>>d</p>")
                                 << QStringLiteral("a b\n\nc\n\n<<>>d");
    QTest::newRow("images are never loaded nor shown")
        << QStringLiteral("<p>bilde<img src=\"http://127.0.0.1:9/spy.png\" alt=\"x\"></p>")
        << QStringLiteral("bilde");
    QTest::newRow("style sheet imports are ignored")
        << QStringLiteral("<head><link rel=\"stylesheet\" href=\"/etc/passwd\"><style>@import "
                          "url(/etc/passwd);</style></head><body>ok</body>")
        << QStringLiteral("ok");
    QTest::newRow("comments and processing instructions")
        << QStringLiteral("a<!-- skjult -->b<?php echo 1; ?>c") << QStringLiteral("abc");
    QTest::newRow("control characters dropped") << QStringLiteral("a\x01"
                                                                  "\x02"
                                                                  "b\x7f") +
                                                       QChar(0x1b) + u'c'
                                                << QStringLiteral("abc");
    QTest::newRow("NUL character") << QStringLiteral("<p>a") + QChar(0) + QStringLiteral("b</p>")
                                   << QStringLiteral("ab");
    QTest::newRow("unknown entity stays literal")
        << QStringLiteral("&bogus; &amp;x") << QStringLiteral("&bogus; &x");
    QTest::newRow("iframe and svg dropped")
        << QStringLiteral("x<iframe src=\"https://evil.example\">inne</iframe><svg><text>svg</text></svg>y")
        << QStringLiteral("xy");
}

void TestHtmlText::toPlainText_survivesHostileInput()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toPlainText(html), text);
}

void TestHtmlText::toPlainText_staysFastOnDeepAndHugeInput()
{
    // Unpaired surrogates cannot leak into the text.
    QString broken = QStringLiteral("<p>a");
    broken += QChar(0xD800);
    broken += QStringLiteral("b");
    broken += QChar(0xDC00);
    broken += QStringLiteral("</p>");
    const QString cleaned = HtmlText::toPlainText(broken);
    QVERIFY(!hasUnpairedSurrogate(cleaned));
    QVERIFY(cleaned.startsWith(u'a'));
    QVERIFY(cleaned.contains(u'b'));

    QString deep = QStringLiteral("start ");
    for (int i = 0; i < 100000; ++i)
        deep += QStringLiteral("<span><div>");
    deep += QStringLiteral("bunn");
    QElapsedTimer timer;
    timer.start();
    const QString fromDeep = HtmlText::toPlainText(deep);
    // libxml2 stops at 256 levels: the text up to there survives, the rest is lost, nothing hangs.
    QVERIFY(fromDeep.startsWith(QStringLiteral("start")));
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

    QString wide;
    for (int i = 0; i < 20000; ++i)
        wide += QStringLiteral("<p>avsnitt <a href=\"https://x.example/%1\">lenke</a></p>").arg(i);
    const QString fromWide = HtmlText::toPlainText(wide);
    QVERIFY(fromWide.startsWith(QStringLiteral("avsnitt lenke (https://x.example/0)\n\navsnitt")));
}

void TestHtmlText::toPlainText_cutsInputAboveTheLimitOnACharacterBoundary()
{
    // One 'x' then 'ø' (two UTF-8 bytes) repeated past the limit: the cut lands inside some 'ø'.
    QString big = QStringLiteral("x");
    big += QString(HtmlText::maxInputBytes / 2 + 10, QChar(0xf8));
    const QString text = HtmlText::toPlainText(big);
    QVERIFY(text.size() < big.size());
    QVERIFY(text.size() >= HtmlText::maxInputBytes / 2 - 1);
    QVERIFY(!text.contains(QChar(0xFFFD)));
    QVERIFY(text.endsWith(u8("ø")));
}

QTEST_GUILESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
