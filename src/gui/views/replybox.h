#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Torget {

class SpellChecker;
class SpellHighlighter;

// Where the agent writes: a reply the citizen will see, or an internal note only colleagues see.
// Ctrl+Enter sends. Spell-checking follows the chosen language (bokmål or nynorsk).
class ReplyBox final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Reply,
        Note
    };

    explicit ReplyBox(QWidget *parent = nullptr);
    ~ReplyBox() override;

    Mode mode() const;
    void setMode(Mode mode);
    QString text() const;
    void clear();
    void insertText(const QString &text);
    // "nb" or "nn": the spell-checking dictionary; also the language standard replies are offered in.
    QString language() const;
    void setLanguage(const QString &code);
    void focusEditor();
    QPlainTextEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void sendRequested(Mode mode, const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void loadDictionary();
    void updateMode();

    QPlainTextEdit *m_edit = nullptr;
    QRadioButton *m_replyMode = nullptr;
    QRadioButton *m_noteMode = nullptr;
    QComboBox *m_language = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_spellState = nullptr;
    std::unique_ptr<SpellChecker> m_checker;
    SpellHighlighter *m_highlighter = nullptr;
    QString m_spellError;
};

} // namespace Torget
