#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QEvent;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTextBrowser;

class QUrl;

namespace Torget {

class Clock;
class Database;
class DeadlinePanel;
struct ConversationEvent;

// The right-hand pane of the inbox: one conversation, read-only. A header (citizen, channel, status,
// assignee, tags), the municipality's post a comment belongs to, every message, internal note and
// status change in time order, and the same citizen's earlier conversations.
//
// Citizen and platform text is plain text: the pane builds its own HTML with every piece escaped
// and never loads a resource from outside, so nothing a citizen writes can format, link or fetch.
class ConversationView final : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(Database &db, QWidget *parent = nullptr);
    ~ConversationView() override;

    // 0 clears the pane and shows a hint.
    void showConversation(qint64 id);
    qint64 conversationId() const { return m_id; }
    // The same conversation again, fresh from storage (keeps the reading position).
    void reload();
    // Marks these words (folded search terms) wherever they start a word; empty = no marks.
    void setHighlightTerms(const QStringList &foldedTerms);
    // "Why this deadline" above the thread; it reads "now" from the clock (the system clock until set).
    void setClock(const Clock &clock);
    DeadlinePanel *deadlinePanel() const { return m_deadline; }
    // Empty when the last load succeeded.
    QString lastError() const { return m_lastError; }

    // Longer message texts are cut to this many characters (at a character boundary) and say so.
    static constexpr int maxRenderedChars = 100000;

Q_SIGNALS:
    // The agent opened one of the citizen's earlier conversations.
    void citizenConversationRequested(qint64 conversationId);
    // A failed reply was queued again (as a personal answer): the sender should look now.
    void replyRequeued();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Content;

    void load();
    void render();
    void followLink(const QUrl &url);
    void markHighlights();
    void fillEarlier();
    void retranslate();
    void openEarlier(const QListWidgetItem *item);
    QString eventText(const ConversationEvent &event) const;

    Database &m_db;
    qint64 m_id = 0;
    QString m_lastError;
    std::unique_ptr<Content> m_content; // what was read from storage; rendering never runs SQL
    QTextBrowser *m_browser = nullptr;
    QStringList m_highlightTerms;
    QLabel *m_earlierLabel = nullptr;
    QListWidget *m_earlierList = nullptr;
    DeadlinePanel *m_deadline = nullptr;
};

} // namespace Torget
