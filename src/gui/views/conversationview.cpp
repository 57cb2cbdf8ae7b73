#include "conversationview.h"

#include "inbox/searchquery.h"

#include "domain/types.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "util/timeformat.h"
#include "views/deadlinepanel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Torget {

// What the pane shows, read once per load: rendering again (new palette, new language) runs no SQL.
struct ConversationView::Content
{
    Conversation conversation;
    QString citizenName;
    QString citizenHandle;
    QString accountName;
    std::optional<Channel> channel;
    std::optional<Post> post;
    std::vector<Message> messages; // bodyText already cleaned and shortened
    std::vector<Note> notes;       // text already cleaned and shortened
    std::vector<ConversationEvent> events;
    QHash<qint64, qsizetype> fullLength; // message id → length before shortening (shortened ones only)
    QHash<qint64, qsizetype> noteLength; // note id → the same for notes
    qsizetype postLength = -1;           // the same for the post, -1 when whole
    QHash<qint64, OutboxEntry> outbox;   // message id → its latest outbox entry
    QHash<qint64, QString> agentNames;
    std::vector<ConversationSummary> earlier;
};

namespace {

bool isInternal(const QUrl &url)
{
    return url.scheme() == QLatin1String("torget");
}

// Loads nothing: no remote image, stylesheet or file reaches the pane, whatever a document asks
// for. Only "torget:" URLs are the pane's own (served from the document's cache when registered
// with addResource(); the base class resolves them to no file).
class SafeTextBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        return isInternal(name) ? QTextBrowser::loadResource(type, name) : QVariant();
    }
};

// The browser's override alone is not enough: when it answers nothing, QTextDocument falls back to
// reading local files, qrc: and data: URLs itself. This document never falls back.
class SafeTextDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        return isInternal(name) ? QTextDocument::loadResource(type, name) : QVariant();
    }
};

constexpr char16_t firstStrongIsolate = 0x2068;
constexpr char16_t popDirectionalIsolate = 0x2069;

bool isBidiControl(char16_t u)
{
    return u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069);
}

// Plain text that is safe to lay out: line breaks become \n, control characters other than \n and
// \t go, and what QTextDocument reserves for its own structure (frame markers U+FDD0/U+FDD1, the
// object replacement character, paragraph separators) or what is not text at all (lone
// surrogates, noncharacters) becomes U+FFFD.
QString cleaned(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'\r') {
            out += QLatin1Char('\n');
            if (i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (u == u'\n' || u == u'\t') {
            out += c;
        } else if (u == QChar::ParagraphSeparator || u == QChar::LineSeparator) {
            out += QLatin1Char('\n');
        } else if (u < 0x20 || (u >= 0x7f && u <= 0x9f)) {
            continue;
        } else if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || (u >= 0xfdd0 && u <= 0xfdef) || u == 0xfffe || u == 0xffff ||
                   u == QChar::ObjectReplacementCharacter) {
            out += QChar(QChar::ReplacementCharacter);
        } else {
            out += c;
        }
    }
    return out;
}

// Where to cut text to at most `limit` characters without splitting a character, an emoji
// sequence or a letter with its accents. Grapheme clusters are short: a window is enough.
qsizetype cutAt(const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text.size();
    const qsizetype start = std::max<qsizetype>(0, limit - 64);
    const QString window = text.mid(start, 128);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(limit - start);
    if (finder.isAtBoundary())
        return limit;
    const qsizetype previous = finder.toPreviousBoundary();
    return previous > 0 ? start + previous : limit;
}

// Cleans and shortens a body; returns the cleaned length when it was shortened, else -1.
qsizetype prepareBody(QString &text, qsizetype limit)
{
    text = cleaned(text);
    const qsizetype length = text.size();
    if (length <= limit)
        return -1;
    text.truncate(cutAt(text, limit));
    return length;
}

// One line of metadata (a name, a tag, a subject): no line breaks and no bidi controls of its own,
// bounded in length.
QString oneLine(const QString &text, qsizetype limit = 200)
{
    QString s = cleaned(text);
    s.removeIf([](QChar c) { return isBidiControl(c.unicode()); });
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('\t'), QLatin1Char(' '));
    s = s.simplified();
    if (s.size() > limit)
        s = s.left(cutAt(s, limit)) + QChar(0x2026);
    return s;
}

// Inline text for the HTML: escaped, and isolated so that a right-to-left name cannot reorder the
// dates and words around it.
QString inlineHtml(const QString &text, qsizetype limit = 200)
{
    const QString isolated = QChar(firstStrongIsolate) + oneLine(text, limit) + QChar(popDirectionalIsolate);
    return isolated.toHtmlEscaped();
}

// Plain text as HTML: escaped, line breaks as <br>. Tabs and runs of spaces survive through
// white-space: pre-wrap on the enclosing paragraph.
QString blockHtml(const QString &plain)
{
    QString s = plain.toHtmlEscaped();
    s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return s;
}

QString dirOf(const QString &text)
{
    return text.isRightToLeft() ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

QString uiDir()
{
    return QGuiApplication::layoutDirection() == Qt::RightToLeft ? QStringLiteral("rtl")
                                                                 : QStringLiteral("ltr");
}

// WCAG 2 relative luminance and contrast ratio: backgrounds are tinted from the palette only as
// far as the palette's text colour stays readable on them (4.5:1), in light, dark and
// high-contrast palettes alike.
double luminance(const QColor &color)
{
    const QColor c = color.toRgb();
    const auto channel = [](float v) {
        return v <= 0.03928f ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor readableTint(const QColor &base, const QColor &tint, const QColor &text, double strength)
{
    for (double t = strength; t > 0.0; t -= 0.05) {
        const QColor c = mix(base, tint, t);
        if (contrast(c, text) >= 4.5)
            return c;
    }
    return base;
}

// A border that shows against the base (3:1 for graphical objects), preferring `wanted`.
QColor visibleBorder(const QColor &wanted, const QColor &base, const QColor &text)
{
    if (contrast(wanted, base) >= 3.0)
        return wanted;
    const QColor middle = mix(base, text, 0.6);
    return contrast(middle, base) >= 3.0 ? middle : text;
}

struct Colours
{
    QString inbound, inboundBorder, outbound, outboundBorder, noteBorder, quote, quoteBorder;
};

Colours coloursFor(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    const QColor grey = visibleBorder(palette.color(QPalette::Mid), base, text);
    Colours c;
    c.inbound = readableTint(base, alternate, text, 1.0).name();
    c.inboundBorder = grey.name();
    c.outbound = readableTint(base, highlight, text, 0.22).name();
    c.outboundBorder = visibleBorder(highlight, base, text).name();
    c.noteBorder = text.name();
    c.quote = c.inbound;
    c.quoteBorder = grey.name();
    return c;
}

// One box in the thread: a one-cell table, so that it has a background, a border and a width.
QString box(const QString &align, const QString &width, const QString &background, const QString &border,
            const QString &borderStyle, const QString &inner)
{
    QString html = QStringLiteral("<table width=\"") + width + QStringLiteral("\" align=\"") + align +
                   QStringLiteral("\" border=\"") +
                   (borderStyle == QLatin1String("dashed") ? QStringLiteral("2") : QStringLiteral("1")) +
                   QStringLiteral("\" cellspacing=\"0\" cellpadding=\"8\" style=\"border-style: ") +
                   borderStyle + QStringLiteral("; border-color: ") + border +
                   QStringLiteral("; border-collapse: collapse; margin-top: 10px\"");
    // With collapsed borders only the cell paints a background: set it on both.
    const QString fill =
        background.isEmpty() ? QString() : QStringLiteral(" bgcolor=\"") + background + QStringLiteral("\"");
    html += fill + QStringLiteral("><tr><td") + fill + QStringLiteral(">") + inner +
            QStringLiteral("</td></tr></table>");
    return html;
}

QString metaParagraph(const QString &html)
{
    return QStringLiteral("<p dir=\"") + uiDir() +
           QStringLiteral("\" style=\"margin-top: 0px; margin-bottom: 4px\">") + html +
           QStringLiteral("</p>");
}

QString bodyParagraph(const QString &plain, bool italic = false)
{
    QString html = QStringLiteral("<p dir=\"") + dirOf(plain) +
                   QStringLiteral("\" style=\"margin-top: 0px; margin-bottom: 0px; white-space: pre-wrap");
    if (italic)
        html += QStringLiteral("; font-style: italic");
    return html + QStringLiteral("\">") + blockHtml(plain) + QStringLiteral("</p>");
}

QString separator()
{
    return QStringLiteral(" \u00b7 ");
}

} // namespace

ConversationView::ConversationView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("conversationView"));

    m_browser = new SafeTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("conversationBrowser"));
    m_browser->setDocument(new SafeTextDocument(m_browser));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ConversationView::followLink);
    m_browser->setReadOnly(true);
    m_browser->setUndoRedoEnabled(false);
    m_browser->setTabChangesFocus(true);
    m_browser->setLineWrapMode(QTextEdit::WidgetWidth);
    // Long words and URLs without spaces wrap anywhere instead of widening the pane.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    m_earlierLabel = new QLabel(this);
    m_earlierLabel->setObjectName(QStringLiteral("earlierConversationsLabel"));
    m_earlierLabel->setTextFormat(Qt::PlainText);
    m_earlierLabel->setWordWrap(true);

    m_earlierList = new QListWidget(this);
    m_earlierList->setObjectName(QStringLiteral("earlierConversations"));
    m_earlierList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_earlierList->setUniformItemSizes(true);
    m_earlierList->setTextElideMode(Qt::ElideRight);
    m_earlierList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows elide; a bar would hide one
    m_earlierList->installEventFilter(this);
    m_earlierLabel->setBuddy(m_earlierList);
    // A mouse click opens; Enter is handled in eventFilter(). Not activated(): a double click
    // would emit it after clicked() and open the conversation twice.
    connect(m_earlierList, &QListWidget::itemClicked, this, &ConversationView::openEarlier);

    m_deadline = new DeadlinePanel(db, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_deadline);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_earlierLabel);
    layout->addWidget(m_earlierList);
    // Focusing the pane (and tabbing into it) lands in the thread; Tab goes on to the list.
    setFocusProxy(m_browser);

    retranslate();
    render();
}

ConversationView::~ConversationView() = default;

void ConversationView::setClock(const Clock &clock)
{
    m_deadline->setClock(clock);
}

void ConversationView::showConversation(qint64 id)
{
    m_id = id;
    m_deadline->showConversation(id);
    load();
    render();
    fillEarlier();
    if (m_content)
        m_browser->scrollToAnchor(QStringLiteral("latest"));
    else
        m_browser->verticalScrollBar()->setValue(0);
}

void ConversationView::reload()
{
    const QScrollBar *bar = m_browser->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum();
    const int position = bar->value();
    const int current = m_earlierList->currentRow();
    m_deadline->refresh();
    load();
    render();
    fillEarlier();
    m_browser->verticalScrollBar()->setValue(atEnd ? m_browser->verticalScrollBar()->maximum() : position);
    if (current >= 0 && current < m_earlierList->count())
        m_earlierList->setCurrentRow(current);
}

void ConversationView::load()
{
    m_content.reset();
    m_lastError.clear();
    if (m_id == 0)
        return;
    auto content = std::make_unique<Content>();
    Content &c = *content;

    auto conversation = ConversationRepository(m_db).byId(m_id);
    if (!conversation) {
        m_lastError = conversation.error();
        return;
    }
    if (!conversation->has_value()) {
        m_lastError = tr("This conversation is no longer in the database.");
        return;
    }
    c.conversation = **conversation;

    auto accounts = AccountRepository(m_db).list();
    auto agents = AccountRepository(m_db).agents();
    if (!accounts || !agents) {
        m_lastError = !accounts ? accounts.error() : agents.error();
        return;
    }
    for (const Account &account : *accounts) {
        if (account.id == c.conversation.accountId) {
            c.accountName = account.name;
            c.channel = account.channel;
        }
    }
    for (const Agent &agent : *agents)
        c.agentNames.insert(agent.id, agent.name);

    if (c.conversation.citizenId != 0) {
        CitizenRepository citizens(m_db);
        auto citizen = citizens.byId(c.conversation.citizenId);
        // A merged identity shows under the person it was merged into, as in the conversation list.
        if (citizen && citizen->has_value() && (*citizen)->mergedInto)
            citizen = citizens.byId(*(*citizen)->mergedInto);
        if (!citizen) {
            m_lastError = citizen.error();
            return;
        }
        if (citizen->has_value()) {
            c.citizenName = (*citizen)->displayName;
            c.citizenHandle = (*citizen)->handle;
        }
        auto earlier = ConversationRepository(m_db).forCitizen(c.conversation.citizenId);
        if (!earlier) {
            m_lastError = earlier.error();
            return;
        }
        for (ConversationSummary &summary : *earlier) {
            if (summary.id != m_id)
                c.earlier.push_back(std::move(summary));
        }
    }

    if (c.conversation.kind == ConversationKind::Comment && c.conversation.postId) {
        auto post = PostRepository(m_db).byId(*c.conversation.postId);
        if (!post) {
            m_lastError = post.error();
            return;
        }
        c.post = *post;
        if (c.post)
            c.postLength = prepareBody(c.post->text, maxRenderedChars);
    }

    auto messages = MessageRepository(m_db).forConversation(m_id);
    auto notes = HistoryRepository(m_db).notes(m_id);
    auto events = HistoryRepository(m_db).events(m_id);
    auto outbox = OutboxRepository(m_db).forConversation(m_id);
    for (const QString *error : {messages ? nullptr : &messages.error(), notes ? nullptr : &notes.error(),
                                 events ? nullptr : &events.error(), outbox ? nullptr : &outbox.error()}) {
        if (error) {
            m_lastError = *error;
            return;
        }
    }
    c.messages = std::move(*messages);
    for (Message &message : c.messages) {
        message.bodyOriginal.clear(); // platform HTML is never shown
        if (const qsizetype full = prepareBody(message.bodyText, maxRenderedChars); full >= 0)
            c.fullLength.insert(message.id, full);
    }
    c.notes = std::move(*notes);
    for (Note &note : c.notes) {
        if (const qsizetype full = prepareBody(note.text, maxRenderedChars); full >= 0)
            c.noteLength.insert(note.id, full);
    }
    c.events = std::move(*events);
    for (const OutboxEntry &entry : *outbox) // ordered by id: the latest entry wins
        c.outbox.insert(entry.messageId, entry);

    m_content = std::move(content);
}

void ConversationView::render()
{
    const QString hintStyle = QStringLiteral("<p dir=\"") + uiDir() +
                              QStringLiteral("\" align=\"center\" style=\"margin-top: 24px\">");
    if (!m_content) {
        if (m_id == 0) {
            m_browser->setHtml(hintStyle + tr("Select a conversation to read it here.").toHtmlEscaped() +
                               QStringLiteral("</p>"));
        } else {
            m_browser->setHtml(
                hintStyle + tr("The conversation could not be shown: %1").arg(m_lastError).toHtmlEscaped() +
                QStringLiteral("</p>"));
        }
        m_browser->setAccessibleName(tr("Conversation"));
        return;
    }

    const Content &c = *m_content;
    const Colours colours = coloursFor(palette());
    const QString unknown = tr("Unknown citizen");
    const QString citizenName = oneLine(c.citizenName).isEmpty() ? unknown : c.citizenName;
    const auto agentName = [&c](std::optional<qint64> id) -> QString {
        return id && c.agentNames.contains(*id) ? c.agentNames.value(*id) : QString();
    };

    // The header.
    QString html;
    const QString name = oneLine(citizenName);
    html += QStringLiteral("<h2 dir=\"") + dirOf(name) + QStringLiteral("\">") + name.toHtmlEscaped();
    if (!oneLine(c.citizenHandle).isEmpty() && oneLine(c.citizenHandle) != name)
        html += QStringLiteral(" (") + inlineHtml(c.citizenHandle) + QStringLiteral(")");
    html += QStringLiteral("</h2>");
    QStringList origin;
    if (c.channel)
        origin << displayName(*c.channel).toHtmlEscaped();
    origin << displayName(c.conversation.kind).toHtmlEscaped();
    if (!oneLine(c.accountName).isEmpty())
        origin << inlineHtml(c.accountName);
    html += metaParagraph(origin.join(separator()));
    const QString assignee = agentName(c.conversation.assigneeId);
    QString state = tr("Status: %1").arg(displayName(c.conversation.status)).toHtmlEscaped() + separator();
    state += assignee.isEmpty() ? tr("Not assigned").toHtmlEscaped()
                                : tr("Assigned to %1").toHtmlEscaped().arg(inlineHtml(assignee));
    html += metaParagraph(state);
    if (!c.conversation.tags.isEmpty()) {
        QStringList tags;
        for (const QString &tag : c.conversation.tags)
            tags << inlineHtml(tag, 80);
        html += metaParagraph(tr("Tags: %1").toHtmlEscaped().arg(tags.join(QStringLiteral(", "))));
    }
    if (!oneLine(c.conversation.subject).isEmpty())
        html += metaParagraph(tr("Subject: %1").toHtmlEscaped().arg(inlineHtml(c.conversation.subject, 500)));
    html += QStringLiteral("<hr>");

    const auto shortenedNote = [](qsizetype shown, qsizetype full) -> QString {
        return QStringLiteral("<p style=\"margin-top: 6px; margin-bottom: 0px; font-style: italic\">") +
               tr("Message shortened: only the first %L1 of %L2 characters are shown.")
                   .arg(shown)
                   .arg(full)
                   .toHtmlEscaped() +
               QStringLiteral("</p>");
    };

    // The municipality's post a public comment belongs to.
    if (c.post) {
        QString inner = metaParagraph(
            QStringLiteral("<b>") +
            tr("Comment on the post by %1 published %2")
                .toHtmlEscaped()
                .arg(inlineHtml(c.accountName.isEmpty() ? tr("the municipality") : c.accountName),
                     TimeFormat::dateTime(c.post->createdAt)) +
            QStringLiteral("</b>"));
        inner += bodyParagraph(c.post->text.isEmpty() ? tr("(no text)") : c.post->text);
        if (c.postLength >= 0)
            inner += shortenedNote(c.post->text.size(), c.postLength);
        if (!oneLine(c.post->url).isEmpty())
            inner += metaParagraph(inlineHtml(c.post->url, 2000)); // shown as text, never a link
        html += box(QStringLiteral("left"), QStringLiteral("100%"), colours.quote, colours.quoteBorder,
                    QStringLiteral("solid"), inner);
    }

    // Messages, notes and events in time order; at the same instant a message comes first.
    struct Entry
    {
        qint64 at;
        int rank;
        std::size_t index;
    };
    std::vector<Entry> entries;
    for (std::size_t i = 0; i < c.messages.size(); ++i)
        entries.push_back({c.messages[i].createdAt, 0, i});
    for (std::size_t i = 0; i < c.notes.size(); ++i)
        entries.push_back({c.notes[i].createdAt, 1, i});
    for (std::size_t i = 0; i < c.events.size(); ++i)
        entries.push_back({c.events[i].at, 2, i});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.at != b.at ? a.at < b.at : a.rank < b.rank;
    });

    const QString anchor = QStringLiteral("<a name=\"latest\"></a>");

    for (std::size_t e = 0; e < entries.size(); ++e) {
        const Entry &entry = entries[e];
        const QString mark = e + 1 == entries.size() ? anchor : QString();
        if (entry.rank == 0) {
            const Message &m = c.messages[entry.index];
            QStringList meta;
            QString inner;
            if (m.direction == Direction::Inbound) {
                const QString author = oneLine(m.authorName).isEmpty() ? citizenName : m.authorName;
                meta << QStringLiteral("<b>") + inlineHtml(author) + QStringLiteral("</b>");
            } else {
                QString agent = agentName(m.agentId);
                if (oneLine(agent).isEmpty())
                    agent = oneLine(m.authorName).isEmpty() ? tr("the municipality") : m.authorName;
                const QString who = m.automatic ? tr("Automatic reply from %1") : tr("Reply from %1");
                meta << QStringLiteral("<b>") + who.toHtmlEscaped().arg(inlineHtml(agent)) +
                            QStringLiteral("</b>");
            }
            meta << TimeFormat::dateTime(m.createdAt).toHtmlEscaped();
            if (m.editedAt)
                meta << tr("edited %1").arg(TimeFormat::dateTime(*m.editedAt)).toHtmlEscaped();
            if (const auto sent = c.outbox.constFind(m.id); sent != c.outbox.constEnd()) {
                const OutboxEntry &o = *sent;
                if (o.state == OutboxState::Failed && !oneLine(o.lastError).isEmpty()) {
                    meta << QStringLiteral("<b>") +
                                tr("%1: %2", "outbox state and why sending failed")
                                    .toHtmlEscaped()
                                    .arg(displayName(o.state).toHtmlEscaped(), inlineHtml(o.lastError, 500)) +
                                QStringLiteral("</b>");
                    // Refused only for Messenger's 24-hour window: it may still go as a staff member's
                    // personal answer within 7 days (the connector checks the 7 days again).
                    if (o.failure == QLatin1String("outside_window"))
                        meta << QStringLiteral("<a href=\"torget:human-agent/%1\">%2</a>")
                                    .arg(o.id)
                                    .arg(tr("Send as a personal answer (HUMAN_AGENT)").toHtmlEscaped());
                } else {
                    meta << displayName(o.state).toHtmlEscaped();
                }
            }
            inner += metaParagraph(mark + meta.join(separator()));
            inner += bodyParagraph(m.bodyText.isEmpty() ? tr("(no text)") : m.bodyText);
            if (const auto full = c.fullLength.constFind(m.id); full != c.fullLength.constEnd())
                inner += shortenedNote(m.bodyText.size(), *full);
            const bool inbound = m.direction == Direction::Inbound;
            html +=
                box(inbound ? QStringLiteral("left") : QStringLiteral("right"), QStringLiteral("85%"),
                    inbound ? colours.inbound : colours.outbound,
                    inbound ? colours.inboundBorder : colours.outboundBorder, QStringLiteral("solid"), inner);
        } else if (entry.rank == 1) {
            // Internal notes: a dashed box on the page background, italic, labelled — never shaped
            // like a reply the citizen has seen.
            const Note &n = c.notes[entry.index];
            QStringList meta;
            meta << QStringLiteral("<b>") + tr("Internal note").toHtmlEscaped() + QStringLiteral("</b>");
            if (const QString agent = agentName(n.agentId); !oneLine(agent).isEmpty())
                meta << inlineHtml(agent);
            meta << TimeFormat::dateTime(n.createdAt).toHtmlEscaped();
            meta << tr("not visible to the citizen").toHtmlEscaped();
            QString inner = metaParagraph(mark + meta.join(separator()));
            inner += bodyParagraph(n.text, true);
            if (const auto full = c.noteLength.constFind(n.id); full != c.noteLength.constEnd())
                inner += shortenedNote(n.text.size(), *full);
            html += box(QStringLiteral("center"), QStringLiteral("100%"), QString(), colours.noteBorder,
                        QStringLiteral("dashed"), inner);
        } else {
            const ConversationEvent &ev = c.events[entry.index];
            QStringList line;
            line << eventText(ev);
            if (const QString agent = agentName(ev.agentId); !oneLine(agent).isEmpty())
                line << tr("by %1").toHtmlEscaped().arg(inlineHtml(agent));
            line << TimeFormat::dateTime(ev.at).toHtmlEscaped();
            html += QStringLiteral("<p dir=\"") + uiDir() +
                    QStringLiteral("\" align=\"center\" style=\"margin-top: 10px; margin-bottom: 0px\">") +
                    mark + line.join(separator()) + QStringLiteral("</p>");
        }
    }
    if (entries.empty())
        html += metaParagraph(tr("This conversation has no messages yet.").toHtmlEscaped());

    m_browser->setHtml(html);
    m_browser->setAccessibleName(tr("Conversation with %1").arg(oneLine(citizenName)));
    markHighlights();
}

void ConversationView::setHighlightTerms(const QStringList &foldedTerms)
{
    if (foldedTerms == m_highlightTerms)
        return;
    m_highlightTerms = foldedTerms;
    markHighlights();
}

void ConversationView::markHighlights()
{
    // The search words, marked where they occur (the same prefix rule as the search), as extra
    // selections: the document itself, and so the escaping of citizen text, stays untouched.
    QList<QTextEdit::ExtraSelection> marks;
    if (!m_highlightTerms.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette().brush(QPalette::Highlight));
        format.setForeground(palette().brush(QPalette::HighlightedText));
        QTextDocument *document = m_browser->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const Highlight &h : highlights(block.text(), m_highlightTerms)) {
                QTextCursor cursor(block);
                cursor.setPosition(block.position() + static_cast<int>(h.start));
                cursor.setPosition(block.position() + static_cast<int>(h.start + h.length),
                                   QTextCursor::KeepAnchor);
                marks.append({cursor, format});
            }
        }
    }
    m_browser->setExtraSelections(marks);
}

QString ConversationView::eventText(const ConversationEvent &event) const
{
    const auto agentName = [this](const QString &idText) -> QString {
        bool ok = false;
        const qint64 id = idText.toLongLong(&ok);
        const QString name = ok && m_content ? m_content->agentNames.value(id) : QString();
        return inlineHtml(name.isEmpty() ? idText : name);
    };
    switch (event.kind) {
    case EventKind::StatusChange: {
        const auto from = statusFromKey(event.oldValue);
        const auto to = statusFromKey(event.newValue);
        const QString toText = to ? displayName(*to).toHtmlEscaped() : inlineHtml(event.newValue);
        if (from)
            return tr("Status changed from %1 to %2")
                .toHtmlEscaped()
                .arg(displayName(*from).toHtmlEscaped(), toText);
        return tr("Status set to %1").toHtmlEscaped().arg(toText);
    }
    case EventKind::Assignment:
        if (event.newValue.isEmpty())
            return tr("Assignment removed").toHtmlEscaped();
        return tr("Assigned to %1").toHtmlEscaped().arg(agentName(event.newValue));
    case EventKind::Priority: {
        bool ok = false;
        const int value = event.newValue.toInt(&ok);
        const QString to =
            ok && value >= static_cast<int>(Priority::Low) && value <= static_cast<int>(Priority::Urgent)
                ? displayName(static_cast<Priority>(value)).toHtmlEscaped()
                : inlineHtml(event.newValue);
        return tr("Priority set to %1").toHtmlEscaped().arg(to);
    }
    case EventKind::Snooze: {
        bool ok = false;
        const qint64 until = event.newValue.toLongLong(&ok);
        if (!ok)
            return tr("Snooze ended").toHtmlEscaped();
        return tr("Snoozed until %1").arg(TimeFormat::dateTime(until)).toHtmlEscaped();
    }
    case EventKind::Tag:
        if (!event.newValue.isEmpty())
            return tr("Tag added: %1").toHtmlEscaped().arg(inlineHtml(event.newValue, 80));
        return tr("Tag removed: %1").toHtmlEscaped().arg(inlineHtml(event.oldValue, 80));
    case EventKind::Redirect:
        return tr("Referred to a formal channel").toHtmlEscaped();
    }
    return {};
}

void ConversationView::fillEarlier()
{
    m_earlierList->clear();
    const bool hasCitizen = m_content && m_content->conversation.citizenId != 0;
    m_earlierLabel->setVisible(hasCitizen);
    if (!hasCitizen) {
        m_earlierList->setVisible(false);
        return;
    }
    const auto &earlier = m_content->earlier;
    for (const ConversationSummary &s : earlier) {
        QStringList parts{TimeFormat::dateTime(s.lastMessageAt), displayName(s.channel), displayName(s.kind),
                          displayName(s.status)};
        QString line = parts.join(separator());
        // QListWidget shows plain text; the isolate keeps a right-to-left subject from reordering the line.
        if (const QString about = oneLine(s.subject.isEmpty() ? s.preview : s.subject, 120); !about.isEmpty())
            line +=
                QStringLiteral(" \u2014 ") + QChar(firstStrongIsolate) + about + QChar(popDirectionalIsolate);
        auto *item = new QListWidgetItem(line, m_earlierList);
        item->setData(Qt::UserRole, s.id);
    }
    m_earlierList->setVisible(!earlier.empty());
    // As tall as its rows, up to six; more scroll.
    const int rows = std::min<int>(static_cast<int>(earlier.size()), 6);
    const int rowHeight = rows > 0 ? m_earlierList->sizeHintForRow(0) : 0;
    m_earlierList->setFixedHeight(rows * rowHeight + 2 * m_earlierList->frameWidth());
    m_earlierLabel->setText(earlier.empty() ? tr("No earlier conversations with this citizen.")
                                            : tr("Earlier conversations with this citizen (%n):", nullptr,
                                                 static_cast<int>(earlier.size())));
}

void ConversationView::retranslate()
{
    m_browser->setAccessibleName(tr("Conversation"));
    m_browser->setAccessibleDescription(tr(
        "The messages, internal notes and changes of the selected conversation, oldest first. Read-only."));
    m_earlierList->setAccessibleName(tr("Earlier conversations with this citizen"));
    m_earlierList->setAccessibleDescription(tr("Press Enter or click to open a conversation."));
}

void ConversationView::openEarlier(const QListWidgetItem *item)
{
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id != 0)
        Q_EMIT citizenConversationRequested(id);
}

bool ConversationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_earlierList && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            openEarlier(m_earlierList->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (!m_browser)
        return;
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        fillEarlier();
        [[fallthrough]];
    case QEvent::PaletteChange:
    case QEvent::StyleChange: {
        // Drawn again from what was read: no SQL, and the reader keeps their place.
        const int position = m_browser->verticalScrollBar()->value();
        render();
        m_browser->verticalScrollBar()->setValue(position);
        break;
    }
    default:
        break;
    }
}

void ConversationView::followLink(const QUrl &url)
{
    const QString path = url.path();
    if (url.scheme() != QLatin1String("torget") || !path.startsWith(QLatin1String("human-agent/")))
        return;
    const qint64 outboxId = path.mid(12).toLongLong();
    if (Status queued = OutboxRepository(m_db).sendAsHumanAgent(outboxId); !queued) {
        QMessageBox::warning(this, tr("Cannot send"), queued.error());
        return;
    }
    reload();
    Q_EMIT replyRequeued();
}

} // namespace Torget
