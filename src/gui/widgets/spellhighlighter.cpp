#include "spellhighlighter.h"

#include "text/spellchecker.h"

#include <QTextDocument>

namespace Torget {

SpellHighlighter::SpellHighlighter(QTextDocument *document, SpellChecker *checker)
    : QSyntaxHighlighter(document)
    , m_checker(checker)
{
    m_misspelled.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    m_misspelled.setUnderlineColor(Qt::red);
    // A document emits contentsChange, which drives re-highlighting while typing, only once it has
    // a layout. A QTextEdit creates one; a document without a view would never be highlighted.
    if (document)
        document->documentLayout();
}

void SpellHighlighter::setChecker(SpellChecker *checker)
{
    m_checker = checker;
    rehighlight();
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker)
        return;
    // A block is one paragraph, so the checker's offsets are offsets into the block.
    for (const SpellChecker::Misspelling &misspelling : m_checker->check(text))
        setFormat(int(misspelling.start), int(misspelling.length), m_misspelled);
}

} // namespace Torget
