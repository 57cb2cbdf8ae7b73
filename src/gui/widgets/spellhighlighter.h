#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Torget {

class SpellChecker;

// Underlines the misspelled words of a text document (the reply editor) with the spell-check
// squiggle, paragraph by paragraph as the text changes.
//
// The checker is not owned: whoever owns it calls setChecker(nullptr) (or destroys this
// highlighter) before destroying it, and uses both from the GUI thread.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpellHighlighter(QTextDocument *document, SpellChecker *checker = nullptr);

    SpellChecker *checker() const { return m_checker; }
    // nullptr turns spell-checking off. Re-highlights the whole document, which is also what to
    // call after SpellChecker::addToSession().
    void setChecker(SpellChecker *checker);

protected:
    void highlightBlock(const QString &text) override;

private:
    SpellChecker *m_checker = nullptr;
    QTextCharFormat m_misspelled;
};

} // namespace Torget
