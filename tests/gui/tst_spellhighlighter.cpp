#include "text/spellchecker.h"
#include "widgets/spellhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Torget;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "start+length" of every spell-check underline in the block, checking its colour on the way.
QStringList underlines(const QTextBlock &block)
{
    QStringList out;
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
            continue;
        if (range.format.underlineColor() != QColor(Qt::red))
            out << QStringLiteral("wrong colour");
        out << QString::number(range.start) + u'+' + QString::number(range.length);
    }
    return out;
}

QString at(const QTextBlock &block, const QString &word)
{
    return QString::number(block.text().indexOf(word)) + u'+' + QString::number(word.size());
}

} // namespace

class TestSpellHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void underline_coversExactlyTheMisspelledWord();
    void underline_followsEditing();
    void setChecker_nullptrRemovesUnderlines();
    void setChecker_switchesLanguage();

private:
    std::unique_ptr<SpellChecker> m_nb;
    std::unique_ptr<SpellChecker> m_nn;
};

void TestSpellHighlighter::initTestCase()
{
    auto nb = SpellChecker::load(QStringLiteral("nb"));
    QVERIFY2(nb, nb ? "" : qPrintable(nb.error()));
    m_nb = std::move(nb).value();
    auto nn = SpellChecker::load(QStringLiteral("nn"));
    QVERIFY2(nn, nn ? "" : qPrintable(nn.error()));
    m_nn = std::move(nn).value();
}

void TestSpellHighlighter::underline_coversExactlyTheMisspelledWord()
{
    QTextDocument document;
    SpellHighlighter highlighter(&document, m_nb.get());
    document.setPlainText(u8("Hei 😊 Brøytingen er ferdig, takk til komunen på https://nav.no!\n"
                             "Her er alt riktig, også NAV og 17.05.2026."));
    const QTextBlock first = document.firstBlock();
    QCOMPARE(underlines(first), QStringList{at(first, u8("komunen"))});
    QCOMPARE(underlines(first.next()), QStringList{});
}

void TestSpellHighlighter::underline_followsEditing()
{
    QTextDocument document;
    SpellHighlighter highlighter(&document, m_nb.get());
    document.setPlainText(u8("Alt er riktig.\nDette også."));
    QCOMPARE(underlines(document.firstBlock()), QStringList{});

    QTextCursor cursor(document.lastBlock());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u8(" Vi brøytter i morgen."));
    const QTextBlock last = document.lastBlock();
    QCOMPARE(underlines(last), QStringList{at(last, u8("brøytter"))});
    QCOMPARE(underlines(document.firstBlock()), QStringList{});

    // Correcting the word removes the underline.
    cursor.setPosition(last.position() + int(last.text().indexOf(u8("brøytter"))));
    cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
    cursor.insertText(u8("brøyter"));
    QCOMPARE(underlines(document.lastBlock()), QStringList{});
}

void TestSpellHighlighter::setChecker_nullptrRemovesUnderlines()
{
    QTextDocument document;
    SpellHighlighter highlighter(&document);
    QCOMPARE(highlighter.checker(), nullptr);
    document.setPlainText(u8("En komune."));
    QCOMPARE(underlines(document.firstBlock()), QStringList{});

    highlighter.setChecker(m_nb.get());
    QCOMPARE(underlines(document.firstBlock()), QStringList{at(document.firstBlock(), u8("komune"))});

    highlighter.setChecker(nullptr);
    QCOMPARE(underlines(document.firstBlock()), QStringList{});
}

void TestSpellHighlighter::setChecker_switchesLanguage()
{
    QTextDocument document;
    SpellHighlighter highlighter(&document, m_nb.get());
    document.setPlainText(u8("Eg veit ikkje."));
    const QTextBlock block = document.firstBlock();
    QCOMPARE(underlines(block), (QStringList{at(block, u8("Eg")), at(block, u8("ikkje"))}));

    highlighter.setChecker(m_nn.get());
    QCOMPARE(underlines(document.firstBlock()), QStringList{});
}

QTEST_MAIN(TestSpellHighlighter)
#include "tst_spellhighlighter.moc"
