#pragma once

// A small municipality whose maturity figures are computed by hand below (tests of the indicators,
// the coding and the report). Two channels, four citizen identities (one merged into another),
// six own posts and eight conversations in January and February 2026, Oslo time (UTC+1).
//
// Hand-computed figures:
//   January, all: posts 4 (information 1, mobilization 2, dialog 1), comments 17;
//     conversations with a citizen message 4 (C1–C4; C5 has none), replied 3 (C3 only got an automatic
//     reply), first responses 30, 615, 45 min → median 45, same day 2 of 3; citizen-to-citizen
//     replies 1 (Ola in Kari's second identity's thread; Kari answering herself under either identity
//     does not count); distinct citizens 3 (Kari, Ola, Per); redirected 1 (C2).
//   January, facebook: 3 conversations, 2 replied, median (30 + 615) / 2 = 322.5, same day 1 of 2,
//     distinct 2, citizen replies 1, redirected 1; posts 3 (1/1/1), comments 16.
//   January, mastodon: 1 conversation, replied, 45 min, same day; posts 1 (mobilization), comments 1.
//   February, all: posts 2 (information 1, dialog 1), comments 3; conversations 3 (C6, C7, C8; C8
//     begins 00:30 on 1 February Oslo time, which is still 31 January in UTC), replied 2 (60 and
//     20 min) → median 40, same day 2 of 2; distinct 2 (Ola, Per).
//   First quarter: posts 6 (2/2/2), comments 20; conversations 7, replied 5, median of 30, 615,
//     45, 60, 20 → 45; same day 4 of 5; distinct 3; citizen replies 1; redirected 1.

#include "domain/types.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/messagerepository.h"
#include "storagetestutil.h"
#include "util/timeformat.h"

#include <QDateTime>
#include <QTest>

namespace TorgetTest {

inline qint64 oslo(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Torget::TimeFormat::osloZone())
        .toMSecsSinceEpoch();
}

struct MaturityFixture
{
    qint64 facebook = 0;
    qint64 mastodon = 0;
    qint64 kari = 0;      // facebook
    qint64 kariAgain = 0; // facebook, merged into kari
    qint64 ola = 0;       // facebook
    qint64 per = 0;       // mastodon
    qint64 agent = 0;
    std::vector<qint64> posts; // P1..P6
};

inline void addPost(Torget::Database &db, qint64 account, const QString &ext, const QString &text, qint64 at,
                    int comments, std::vector<qint64> &ids)
{
    Torget::Post p;
    p.accountId = account;
    p.externalId = ext;
    p.text = text;
    p.createdAt = at;
    p.comments = comments;
    TORGET_TAKE(id, Torget::PostRepository(db).upsert(p));
    ids.push_back(id);
}

// A conversation: its citizen and messages (direction, author citizen or 0 for the agent, time,
// automatic, index of the message replied to or -1).
struct Line
{
    bool inbound;
    qint64 citizen;
    qint64 at;
    bool automatic = false;
    int replyTo = -1;
};

inline void addConversation(Torget::Database &db, qint64 account, qint64 citizen, const QString &ext,
                            const std::vector<Line> &lines, qint64 agent, qint64 &conversationId)
{
    Torget::Conversation c;
    c.accountId = account;
    c.citizenId = citizen;
    c.externalId = ext;
    c.createdAt = lines.front().at;
    c.lastMessageAt = lines.back().at;
    TORGET_TAKE(id, Torget::ConversationRepository(db).upsert(c));
    conversationId = id;
    std::vector<qint64> messageIds;
    int n = 0;
    for (const Line &l : lines) {
        Torget::Message m;
        m.conversationId = id;
        m.accountId = account;
        m.externalId = ext + QStringLiteral("-m%1").arg(++n);
        m.direction = l.inbound ? Torget::Direction::Inbound : Torget::Direction::Outbound;
        if (l.inbound)
            m.citizenId = l.citizen;
        else
            m.agentId = agent;
        m.authorName = l.inbound ? QStringLiteral("Innbygger") : QStringLiteral("Servicetorget");
        m.bodyText = QStringLiteral("Melding %1").arg(n);
        m.createdAt = l.at;
        m.automatic = l.automatic;
        if (l.replyTo >= 0)
            m.replyToId = messageIds.at(static_cast<std::size_t>(l.replyTo));
        TORGET_TAKE(stored, Torget::MessageRepository(db).insert(m));
        messageIds.push_back(stored.id);
    }
}

inline void buildMaturityFixture(Torget::Database &db, MaturityFixture &f)
{
    using namespace Torget;
    TORGET_CALL(addAccount(db, QStringLiteral("Kommunen på Facebook"), f.facebook, Channel::Facebook));
    TORGET_CALL(addAccount(db, QStringLiteral("Kommunen på Mastodon"), f.mastodon, Channel::Mastodon));
    TORGET_CALL(
        addCitizen(db, f.facebook, QStringLiteral("fb-kari"), QStringLiteral("Kari Nordmann"), f.kari));
    TORGET_CALL(
        addCitizen(db, f.facebook, QStringLiteral("fb-kari-2"), QStringLiteral("Kari N."), f.kariAgain));
    TORGET_CALL(addCitizen(db, f.facebook, QStringLiteral("fb-ola"), QStringLiteral("Ola Hansen"), f.ola));
    TORGET_CALL(addCitizen(db, f.mastodon, QStringLiteral("md-per"), QStringLiteral("Per Berg"), f.per));
    TORGET_VERIFY_OK(CitizenRepository(db).merge(f.kariAgain, f.kari));
    TORGET_TAKE(agentId, AccountRepository(db).upsertAgent({0, QStringLiteral("Åse Saksbehandler"),
                                                            QStringLiteral("ase@kommune.no"), true}));
    f.agent = agentId;

    auto &p = f.posts;
    TORGET_CALL(addPost(db, f.facebook, QStringLiteral("p1"),
                        QStringLiteral("Vannet er stengt i Storgata i dag."), oslo(1, 5, 10, 0), 4, p));
    TORGET_CALL(addPost(db, f.facebook, QStringLiteral("p2"), QStringLiteral("Meld deg på dugnad lørdag!"),
                        oslo(1, 12, 10, 0), 2, p));
    TORGET_CALL(addPost(db, f.facebook, QStringLiteral("p3"),
                        QStringLiteral("Hva mener du om nye åpningstider? Skriv i kommentarfeltet."),
                        oslo(1, 20, 10, 0), 10, p));
    TORGET_CALL(addPost(db, f.facebook, QStringLiteral("p4"), QStringLiteral("Biblioteket er stengt mandag."),
                        oslo(2, 3, 10, 0), 0, p));
    TORGET_CALL(addPost(db, f.mastodon, QStringLiteral("p5"), QStringLiteral("Tips oss om hull i veien."),
                        oslo(1, 25, 10, 0), 1, p));
    TORGET_CALL(addPost(db, f.mastodon, QStringLiteral("p6"),
                        QStringLiteral("Takk for spørsmålene! Her er svarene på de vanligste."),
                        oslo(2, 10, 10, 0), 3, p));

    qint64 id = 0;
    // C1: automatic acknowledgement after a minute, human reply after 30; Kari writes again under both
    // identities, replying to herself: not citizen-to-citizen.
    TORGET_CALL(addConversation(db, f.facebook, f.kari, QStringLiteral("c1"),
                                {{true, f.kari, oslo(1, 6, 9, 0)},
                                 {false, 0, oslo(1, 6, 9, 1), true, 0},
                                 {false, 0, oslo(1, 6, 9, 30), false, 0},
                                 {true, f.kari, oslo(1, 6, 9, 40), false, 0},
                                 {true, f.kariAgain, oslo(1, 6, 9, 45), false, 3}},
                                f.agent, id));
    // C2: asked at 22:00, answered 08:15 the next morning (615 min, not the same day); redirected.
    TORGET_CALL(addConversation(db, f.facebook, f.ola, QStringLiteral("c2"),
                                {{true, f.ola, oslo(1, 7, 22, 0)}, {false, 0, oslo(1, 8, 8, 15), false, 0}},
                                f.agent, id));
    TORGET_VERIFY_OK(ConversationRepository(db).addTag(id, QStringLiteral("Videreformidlet")));
    // C3: Kari's second identity asks; only an automatic reply; Ola answers her (citizen-to-citizen).
    TORGET_CALL(addConversation(db, f.facebook, f.kariAgain, QStringLiteral("c3"),
                                {{true, f.kariAgain, oslo(1, 15, 12, 0)},
                                 {false, 0, oslo(1, 15, 12, 1), true, 0},
                                 {true, f.ola, oslo(1, 15, 12, 10), false, 0}},
                                f.agent, id));
    // C4: Mastodon, answered in 45 minutes.
    TORGET_CALL(addConversation(
        db, f.mastodon, f.per, QStringLiteral("c4"),
        {{true, f.per, oslo(1, 20, 10, 0)}, {false, 0, oslo(1, 20, 10, 45), false, 0}}, f.agent, id));
    // C5: the municipality writes first and nobody answers: no citizen question.
    TORGET_CALL(addConversation(db, f.facebook, f.ola, QStringLiteral("c5"), {{false, 0, oslo(1, 21, 9, 0)}},
                                f.agent, id));
    // C6: February, answered in an hour.
    TORGET_CALL(addConversation(db, f.facebook, f.ola, QStringLiteral("c6"),
                                {{true, f.ola, oslo(2, 2, 14, 0)}, {false, 0, oslo(2, 2, 15, 0), false, 0}},
                                f.agent, id));
    // C7: February, never answered.
    TORGET_CALL(addConversation(db, f.mastodon, f.per, QStringLiteral("c7"),
                                {{true, f.per, oslo(2, 5, 9, 0)}}, f.agent, id));
    // C8: 00:30 on 1 February in Oslo (23:30 on 31 January in UTC), answered 20 minutes later.
    TORGET_CALL(addConversation(db, f.mastodon, f.per, QStringLiteral("c8"),
                                {{true, f.per, oslo(2, 1, 0, 30)}, {false, 0, oslo(2, 1, 0, 50), false, 0}},
                                f.agent, id));
}

} // namespace TorgetTest
