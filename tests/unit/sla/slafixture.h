#pragma once

// Conversations with a known history written to a real database, for the response-time tests
// (tests/unit/sla and tests/integration/tst_cli_sla). Histories are lines such as
//   "in@2026-03-09T09:00:00+01:00"            a citizen's message
//   "out:Anne@2026-03-09T09:10:00+01:00"      a reply by agent Anne
//   "platform@…"                             a reply written on the platform itself (no agent)
//   "auto@…"                                 an automatic acknowledgement
//   "status:open>resolved:Anne@…"            a status change by Anne
//   "redirect:Anne@…"                        referred to a formal channel

#include "domain/types.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace TorgetTest {

class SlaFixture
{
public:
    explicit SlaFixture(Torget::Database &db)
        : m_db(db)
    {}

    // The first error, empty when every write succeeded.
    QString error;

    qint64 account(const QString &name, Torget::Channel channel)
    {
        if (m_accounts.contains(name))
            return m_accounts.value(name);
        Torget::Account a;
        a.channel = channel;
        a.name = name;
        a.externalId = name + QStringLiteral("-id");
        a.createdAt = 1000;
        const qint64 id = take(Torget::AccountRepository(m_db).upsert(a));
        m_accounts.insert(name, id);
        return id;
    }

    qint64 agent(const QString &name)
    {
        if (m_agents.contains(name))
            return m_agents.value(name);
        Torget::Agent a;
        a.name = name;
        a.email = name.toLower() + QStringLiteral("@kommune.example");
        const qint64 id = take(Torget::AccountRepository(m_db).upsertAgent(a));
        m_agents.insert(name, id);
        return id;
    }

    // Writes one conversation on the account and returns its id.
    qint64 conversation(qint64 accountId, const QStringList &lines,
                        Torget::ConversationStatus status = Torget::ConversationStatus::Open,
                        Torget::Priority priority = Torget::Priority::Normal)
    {
        // Unique in the process: a second fixture on the same database must not meet the first's ids.
        static int sequence = 0;
        const int number = ++sequence;
        Torget::Citizen citizen;
        citizen.accountId = accountId;
        citizen.externalId = QStringLiteral("citizen-%1").arg(number);
        citizen.displayName = QStringLiteral("Innbygger %1").arg(number);
        citizen.createdAt = 1000;
        const qint64 citizenId = take(Torget::CitizenRepository(m_db).upsert(citizen));
        Torget::Conversation c;
        c.accountId = accountId;
        c.citizenId = citizenId;
        c.externalId = QStringLiteral("conversation-%1").arg(number);
        c.createdAt = lines.isEmpty() ? 1000 : at(lines.first());
        c.lastMessageAt = c.createdAt;
        const qint64 id = take(Torget::ConversationRepository(m_db).upsert(c));
        for (const QString &line : lines)
            add(id, accountId, citizenId, line);
        const Torget::Status set =
            Torget::ConversationRepository(m_db).setState(id, status, priority, std::nullopt, std::nullopt);
        if (!set && error.isEmpty())
            error = set.error();
        return id;
    }

    // One more line of history for an existing conversation.
    void add(qint64 conversationId, qint64 accountId, qint64 citizenId, const QString &line)
    {
        const QString what = line.section(QLatin1Char('@'), 0, 0);
        const QString kind = what.section(QLatin1Char(':'), 0, 0);
        const qint64 when = at(line);
        if (kind == QLatin1String("status") || kind == QLatin1String("redirect")) {
            Torget::ConversationEvent e;
            e.conversationId = conversationId;
            e.at = when;
            if (kind == QLatin1String("status")) {
                e.kind = Torget::EventKind::StatusChange;
                e.oldValue = what.section(QLatin1Char(':'), 1, 1).section(QLatin1Char('>'), 0, 0);
                e.newValue = what.section(QLatin1Char(':'), 1, 1).section(QLatin1Char('>'), 1, 1);
                const QString by = what.section(QLatin1Char(':'), 2, 2);
                if (!by.isEmpty())
                    e.agentId = agent(by);
            } else {
                e.kind = Torget::EventKind::Redirect;
                e.newValue = QStringLiteral("formal");
                const QString by = what.section(QLatin1Char(':'), 1, 1);
                if (!by.isEmpty())
                    e.agentId = agent(by);
            }
            take(Torget::HistoryRepository(m_db).addEvent(e));
            return;
        }
        Torget::Message m;
        m.conversationId = conversationId;
        m.accountId = accountId;
        m.externalId = QStringLiteral("message-%1-%2").arg(conversationId).arg(++m_messages);
        m.createdAt = when;
        m.bodyText = QStringLiteral("Tekst %1").arg(m_messages);
        if (kind == QLatin1String("in")) {
            m.direction = Torget::Direction::Inbound;
            m.citizenId = citizenId;
            m.authorName = QStringLiteral("Innbygger");
        } else {
            m.direction = Torget::Direction::Outbound;
            m.authorName = QStringLiteral("Kommunen");
            m.automatic = kind == QLatin1String("auto");
            const QString by = what.section(QLatin1Char(':'), 1, 1);
            if (kind == QLatin1String("out") && !by.isEmpty())
                m.agentId = agent(by);
        }
        take(Torget::MessageRepository(m_db).insert(m));
    }

    static qint64 at(const QString &line)
    {
        return QDateTime::fromString(line.section(QLatin1Char('@'), 1), Qt::ISODate).toMSecsSinceEpoch();
    }

private:
    template <typename T>
    qint64 take(const Torget::Result<T> &r)
    {
        if (!r.ok()) {
            if (error.isEmpty())
                error = r.error();
            return 0;
        }
        if constexpr (std::is_same_v<T, Torget::MessageRepository::Stored>)
            return r.value().id;
        else
            return r.value();
    }

    Torget::Database &m_db;
    QHash<QString, qint64> m_accounts;
    QHash<QString, qint64> m_agents;
    int m_messages = 0;
};

// The report fixture (hand-computed figures in tst_slareport and tst_cli_sla): week 11 of 2026,
// Facebook and e-mail, agents Anne and Bjørn; "now" is Wednesday 11 March 12:00.
struct ReportFixtureIds
{
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0;
    qint64 anne = 0, bjorn = 0;
};

inline QString writeReportFixture(Torget::Database &db, ReportFixtureIds &ids)
{
    using S = Torget::ConversationStatus;
    SlaFixture f(db);
    const qint64 fb = f.account(QStringLiteral("Facebook"), Torget::Channel::Facebook);
    const qint64 mail = f.account(QStringLiteral("E-post"), Torget::Channel::Email);
    ids.anne = f.agent(QStringLiteral("Anne"));
    ids.bjorn = f.agent(QString::fromUtf8("Bjørn"));
    const QString bjorn = QString::fromUtf8("Bjørn");
    ids.c1 = f.conversation(fb,
                            {QStringLiteral("in@2026-03-09T09:00:00+01:00"),
                             QStringLiteral("out:Anne@2026-03-09T09:10:00+01:00"),
                             QStringLiteral("status:open>resolved:Anne@2026-03-09T09:30:00+01:00")},
                            S::Resolved);
    ids.c2 =
        f.conversation(fb, {QStringLiteral("in@2026-03-09T10:00:00+01:00"),
                            QStringLiteral("out:") + bjorn + QStringLiteral("@2026-03-09T10:40:00+01:00")});
    ids.c3 = f.conversation(fb, {QStringLiteral("in@2026-03-09T15:00:00+01:00"),
                                 QStringLiteral("out:Anne@2026-03-10T08:20:00+01:00")});
    ids.c4 =
        f.conversation(fb, {QStringLiteral("in@2026-03-10T11:00:00+01:00"),
                            QStringLiteral("out:Anne@2026-03-10T11:20:00+01:00"),
                            QStringLiteral("in@2026-03-10T12:00:00+01:00"),
                            QStringLiteral("out:") + bjorn + QStringLiteral("@2026-03-10T12:30:00+01:00")});
    ids.c5 =
        f.conversation(mail, {QStringLiteral("in@2026-03-10T09:00:00+01:00"),
                              QStringLiteral("out:") + bjorn + QStringLiteral("@2026-03-11T10:00:00+01:00")});
    ids.c6 = f.conversation(fb, {QStringLiteral("in@2026-03-11T09:00:00+01:00")}, S::New);
    return f.error;
}

inline QDateTime reportFixtureNow()
{
    return QDateTime::fromString(QStringLiteral("2026-03-11T12:00:00+01:00"), Qt::ISODate);
}

} // namespace TorgetTest
