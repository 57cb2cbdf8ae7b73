#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Torget {

// The Graph fake's world, in memory: one page, the citizens who wrote to it, Messenger
// conversations, the page's posts with comments, and every reply the fake accepted.
// Times are UTC ms; `seq` numbers make sort orders total (two items in the same second).

struct FakeMessage
{
    QString id;
    QString fromId;
    QString fromName;
    QString text;
    qint64 at = 0;
    qint64 seq = 0;
};

struct FakeConversation
{
    QString id;
    QString psid;
    QString name;
    qint64 seq = 0;
    std::vector<FakeMessage> messages; // oldest first
    qint64 updatedAt = 0;
    qint64 lastInboundAt = 0;
};

struct FakePost
{
    QString id;
    QString text;
    qint64 at = 0;
    qint64 updatedAt = 0; // Graph moves it when the post is edited or someone comments
    qint64 seq = 0;
    int reactions = 0;
    int shares = 0;
};

struct FakeComment
{
    QString id;
    QString postId;
    QString parentId; // empty: top-level
    QString fromId;
    QString fromName;
    QString text;
    qint64 at = 0;
    qint64 seq = 0;
};

using SortKey = std::pair<qint64, qint64>; // (time, seq)

class GraphStore final
{
public:
    GraphStore(QString pageId, QString pageName);

    const QString &pageId() const { return m_pageId; }
    const QString &pageName() const { return m_pageName; }

    struct DmIds
    {
        QString conversationId;
        QString messageId;
    };
    DmIds addInbound(const QString &psid, const QString &name, const QString &text, qint64 at);
    FakeMessage addPageMessage(const QString &conversationId, const QString &text, qint64 at);
    QString addPost(const QString &text, qint64 at, int reactions = 0, int shares = 0);
    // nullopt when the post or the parent comment does not exist.
    std::optional<QString> addComment(const QString &postId, const QString &parentId, const QString &fromId,
                                      const QString &fromName, const QString &text, qint64 at);
    // A message, post or comment; false when there is no such id.
    bool edit(const QString &id, const QString &text, qint64 at);

    FakeConversation *conversation(const QString &id);
    FakeConversation *conversationWith(const QString &psid);
    const FakePost *post(const QString &id) const;
    const FakeComment *comment(const QString &id) const;
    QString rootOf(const QString &commentId) const;

    std::vector<const FakeConversation *> conversationsNewestFirst() const;
    std::vector<const FakePost *> postsNewestFirst() const;
    // stream: every comment under the post (or comment), replies included; else direct children.
    std::vector<const FakeComment *> commentsUnder(const QString &id, bool stream) const;
    int directChildren(const QString &commentId) const;

    void recordSent(const QJsonObject &entry) { m_sent.append(entry); }
    const QJsonArray &sent() const { return m_sent; }

private:
    qint64 nextSeq() { return ++m_seq; }
    bool isUnder(const FakeComment &c, const QString &ancestor) const;

    QString m_pageId;
    QString m_pageName;
    qint64 m_seq = 100000;
    std::vector<FakeConversation> m_conversations;
    QHash<QString, std::size_t> m_conversationIndex;
    QHash<QString, std::size_t> m_conversationByPsid;
    std::vector<FakePost> m_posts;
    QHash<QString, std::size_t> m_postIndex;
    std::vector<FakeComment> m_comments;
    QHash<QString, std::size_t> m_commentIndex;
    QJsonArray m_sent;
};

} // namespace Torget
