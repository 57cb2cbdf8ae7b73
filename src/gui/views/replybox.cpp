#include "replybox.h"

#include "text/spellchecker.h"
#include "widgets/spellhighlighter.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Torget {

ReplyBox::ReplyBox(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("replyBox"));
    m_replyMode = new QRadioButton(this);
    m_replyMode->setObjectName(QStringLiteral("replyModeButton"));
    m_replyMode->setChecked(true);
    m_noteMode = new QRadioButton(this);
    m_noteMode->setObjectName(QStringLiteral("noteModeButton"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("replyLanguage"));
    m_language->addItem(QStringLiteral("Bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Nynorsk"), QStringLiteral("nn"));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("replyEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->installEventFilter(this);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_spellState = new QLabel(this);
    m_spellState->setObjectName(QStringLiteral("spellState"));
    m_highlighter = new SpellHighlighter(m_edit->document());

    auto *top = new QHBoxLayout;
    top->addWidget(m_replyMode);
    top->addWidget(m_noteMode);
    top->addStretch();
    top->addWidget(m_language);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_spellState, 1);
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addLayout(bottom);

    connect(m_replyMode, &QRadioButton::toggled, this, &ReplyBox::updateMode);
    // Loading a dictionary takes about 0.4 s: done when the agent first writes, not at start-up.
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (m_checker || !m_spellError.isEmpty())
            loadDictionary();
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        if (!m_edit->toPlainText().trimmed().isEmpty())
            Q_EMIT sendRequested(mode(), m_edit->toPlainText());
    });
    retranslate();
    updateMode();
}

ReplyBox::~ReplyBox()
{
    // The highlighter refers to the checker: detach before the checker goes.
    m_highlighter->setChecker(nullptr);
}

ReplyBox::Mode ReplyBox::mode() const
{
    return m_noteMode->isChecked() ? Mode::Note : Mode::Reply;
}

void ReplyBox::setMode(Mode mode)
{
    (mode == Mode::Note ? m_noteMode : m_replyMode)->setChecked(true);
}

QString ReplyBox::text() const
{
    return m_edit->toPlainText();
}

void ReplyBox::clear()
{
    m_edit->clear();
}

void ReplyBox::insertText(const QString &text)
{
    m_edit->insertPlainText(text);
}

QString ReplyBox::language() const
{
    return m_language->currentData().toString();
}

void ReplyBox::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

void ReplyBox::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void ReplyBox::loadDictionary()
{
    m_highlighter->setChecker(nullptr);
    auto checker = SpellChecker::load(language());
    if (checker) {
        m_checker = std::move(*checker);
        m_spellError.clear();
        m_highlighter->setChecker(m_checker.get());
    } else {
        m_checker.reset();
        m_spellError = checker.error();
    }
    retranslate();
}

void ReplyBox::updateMode()
{
    const bool note = mode() == Mode::Note;
    // A note must never look like something the citizen will see.
    m_edit->setBackgroundRole(note ? QPalette::AlternateBase : QPalette::Base);
    m_edit->setAutoFillBackground(true);
    retranslate();
}

void ReplyBox::retranslate()
{
    m_replyMode->setText(tr("&Reply to citizen"));
    m_noteMode->setText(tr("Internal &note"));
    m_language->setAccessibleName(tr("Language of the reply"));
    m_language->setToolTip(tr("Spell-checking and standard replies follow this language"));
    const bool note = mode() == Mode::Note;
    m_send->setText(note ? tr("Save note") : tr("Send reply"));
    m_send->setToolTip(tr("Ctrl+Enter"));
    m_edit->setPlaceholderText(note ? tr("Internal note — only colleagues see it")
                                    : tr("Write a reply to the citizen…"));
    m_edit->setAccessibleName(note ? tr("Internal note") : tr("Reply"));
    m_edit->setAccessibleDescription(tr("Ctrl+Enter sends; Tab moves on"));
    m_spellState->setText(m_checker ? QString() : m_spellError);
}

bool ReplyBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusIn && !m_checker && m_spellError.isEmpty())
        loadDictionary();
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() & Qt::ControlModifier) {
            m_send->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReplyBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Torget
