#include "graphstore.h"

#include <algorithm>

namespace Torget {

GraphStore::GraphStore(QString pageId, QString pageName)
    : m_pageId(std::move(pageId))
    , m_pageName(std::move(pageName))
{}

GraphStore::DmIds GraphStore::addInbound(const QString &psid, const QString &name, const QString &text,
                                         qint64 at)
{
    FakeConversation *c = conversationWith(psid);
    if (!c) {
        FakeConversation fresh;
        fresh.seq = nextSeq();
        fresh.id = QStringLiteral("t_%1").arg(fresh.seq);
        fresh.psid = psid;
        fresh.name = name;
        m_conversationIndex.insert(fresh.id, m_conversations.size());
        m_conversationByPsid.insert(psid, m_conversations.size());
        m_conversations.push_back(std::move(fresh));
        c = &m_conversations.back();
    }
    if (!name.isEmpty())
        c->name = name;
    FakeMessage m;
    m.seq = nextSeq();
    m.id = QStringLiteral("m_%1").arg(m.seq);
    m.fromId = psid;
    m.fromName = c->name;
    m.text = text;
    m.at = at;
    c->messages.push_back(m);
    c->updatedAt = std::max(c->updatedAt, at);
    c->lastInboundAt = std::max(c->lastInboundAt, at);
    return {c->id, m.id};
}

FakeMessage GraphStore::addPageMessage(const QString &conversationId, const QString &text, qint64 at)
{
    FakeConversation *c = conversation(conversationId);
    FakeMessage m;
    m.seq = nextSeq();
    m.id = QStringLiteral("m_%1").arg(m.seq);
    m.fromId = m_pageId;
    m.fromName = m_pageName;
    m.text = text;
    m.at = at;
    if (c) {
        c->messages.push_back(m);
        c->updatedAt = std::max(c->updatedAt, at);
    }
    return m;
}

QString GraphStore::addPost(const QString &text, qint64 at, int reactions, int shares)
{
    FakePost p;
    p.seq = nextSeq();
    p.id = QStringLiteral("%1_%2").arg(m_pageId).arg(p.seq);
    p.text = text;
    p.at = at;
    p.updatedAt = at;
    p.reactions = reactions;
    p.shares = shares;
    m_postIndex.insert(p.id, m_posts.size());
    m_posts.push_back(p);
    return p.id;
}

std::optional<QString> GraphStore::addComment(const QString &postId, const QString &parentId,
                                              const QString &fromId, const QString &fromName,
                                              const QString &text, qint64 at)
{
    const auto post = m_postIndex.constFind(postId);
    if (post == m_postIndex.constEnd())
        return std::nullopt;
    if (!parentId.isEmpty()) {
        const FakeComment *parent = comment(parentId);
        if (!parent || parent->postId != postId)
            return std::nullopt;
    }
    FakeComment c;
    c.seq = nextSeq();
    c.id = QStringLiteral("%1_%2").arg(m_posts[*post].seq).arg(c.seq);
    c.postId = postId;
    c.parentId = parentId;
    c.fromId = fromId;
    c.fromName = fromName;
    c.text = text;
    c.at = at;
    m_posts[*post].updatedAt = std::max(m_posts[*post].updatedAt, at);
    m_commentIndex.insert(c.id, m_comments.size());
    m_comments.push_back(c);
    return c.id;
}

bool GraphStore::edit(const QString &id, const QString &text, qint64 at)
{
    if (const auto it = m_commentIndex.constFind(id); it != m_commentIndex.constEnd()) {
        m_comments[*it].text = text;
        return true;
    }
    if (const auto it = m_postIndex.constFind(id); it != m_postIndex.constEnd()) {
        m_posts[*it].text = text;
        m_posts[*it].updatedAt = std::max(m_posts[*it].updatedAt, at);
        return true;
    }
    for (FakeConversation &c : m_conversations) {
        for (FakeMessage &m : c.messages) {
            if (m.id == id) {
                m.text = text;
                return true;
            }
        }
    }
    return false;
}

FakeConversation *GraphStore::conversation(const QString &id)
{
    const auto it = m_conversationIndex.constFind(id);
    return it == m_conversationIndex.constEnd() ? nullptr : &m_conversations[*it];
}

FakeConversation *GraphStore::conversationWith(const QString &psid)
{
    const auto it = m_conversationByPsid.constFind(psid);
    return it == m_conversationByPsid.constEnd() ? nullptr : &m_conversations[*it];
}

const FakePost *GraphStore::post(const QString &id) const
{
    const auto it = m_postIndex.constFind(id);
    return it == m_postIndex.constEnd() ? nullptr : &m_posts[*it];
}

const FakeComment *GraphStore::comment(const QString &id) const
{
    const auto it = m_commentIndex.constFind(id);
    return it == m_commentIndex.constEnd() ? nullptr : &m_comments[*it];
}

QString GraphStore::rootOf(const QString &commentId) const
{
    QString id = commentId;
    for (const FakeComment *c = comment(id); c && !c->parentId.isEmpty(); c = comment(id))
        id = c->parentId;
    return id;
}

std::vector<const FakeConversation *> GraphStore::conversationsNewestFirst() const
{
    std::vector<const FakeConversation *> out;
    out.reserve(m_conversations.size());
    for (const FakeConversation &c : m_conversations)
        out.push_back(&c);
    std::sort(out.begin(), out.end(), [](const FakeConversation *a, const FakeConversation *b) {
        return SortKey{a->updatedAt, a->seq} > SortKey{b->updatedAt, b->seq};
    });
    return out;
}

std::vector<const FakePost *> GraphStore::postsNewestFirst() const
{
    std::vector<const FakePost *> out;
    out.reserve(m_posts.size());
    for (const FakePost &p : m_posts)
        out.push_back(&p);
    std::sort(out.begin(), out.end(), [](const FakePost *a, const FakePost *b) {
        return SortKey{a->at, a->seq} > SortKey{b->at, b->seq};
    });
    return out;
}

bool GraphStore::isUnder(const FakeComment &c, const QString &ancestor) const
{
    for (QString parent = c.parentId; !parent.isEmpty();) {
        if (parent == ancestor)
            return true;
        const FakeComment *p = comment(parent);
        parent = p ? p->parentId : QString();
    }
    return false;
}

std::vector<const FakeComment *> GraphStore::commentsUnder(const QString &id, bool stream) const
{
    const bool onPost = post(id) != nullptr;
    std::vector<const FakeComment *> out;
    for (const FakeComment &c : m_comments) {
        bool match = false;
        if (onPost)
            match = c.postId == id && (stream || c.parentId.isEmpty());
        else
            match = stream ? isUnder(c, id) : c.parentId == id;
        if (match)
            out.push_back(&c);
    }
    std::sort(out.begin(), out.end(), [](const FakeComment *a, const FakeComment *b) {
        return SortKey{a->at, a->seq} < SortKey{b->at, b->seq};
    });
    return out;
}

int GraphStore::directChildren(const QString &commentId) const
{
    return int(std::count_if(m_comments.begin(), m_comments.end(),
                             [&commentId](const FakeComment &c) { return c.parentId == commentId; }));
}

} // namespace Torget
