#include "demogenerator.h"

#include "demorandom.h"
#include "demotexts.h"
#include "sla/holidays.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace Torget {

using namespace Demo;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

// One channel account of the demo and how conversations arrive on it.
struct DemoAccount
{
    Channel channel;
    const char *name;
    const char *baseUrl;
    const char *externalId;
    double share;   // share of all conversations
    double dmShare; // share of those that are direct messages (rest: comment or mention)
    ConversationKind publicKind;
    double postsPerDay;
};

constexpr std::array<DemoAccount, 6> demoAccounts{{
    {Channel::Facebook, "Demo kommune (Facebook)", "https://graph.facebook.com/v19.0", "100000000000001",
     0.52, 0.45, ConversationKind::Comment, 1.3},
    {Channel::Instagram, "@demokommune (Instagram)", "https://graph.facebook.com/v19.0", "17841400000000001",
     0.10, 0.4, ConversationKind::Comment, 0.5},
    {Channel::Email, "postmottak@demo.kommune.no", "imap://imap.demo.kommune.no",
     "postmottak@demo.kommune.no", 0.20, 1.0, ConversationKind::Email, 0.0},
    {Channel::Mastodon, "@demokommune@sosial.demo.kommune.no", "https://sosial.demo.kommune.no",
     "109000000000000001", 0.06, 0.3, ConversationKind::Mention, 0.6},
    {Channel::X, "@demokommune (X)", "https://api.x.com", "1200000000000000001", 0.07, 0.25,
     ConversationKind::Mention, 0.7},
    {Channel::Bluesky, "@demokommune.no (Bluesky)", "https://bsky.social", "did:plc:demokommune0000000000000",
     0.05, 0.2, ConversationKind::Mention, 0.4},
}};

// Arrivals per hour of day (local time): the morning peak, lunch, and social media in the evening.
constexpr std::array<int, 24> hourWeights{1,  1,  1,  1, 1, 2, 4, 9,  14, 15, 13, 11,
                                          12, 11, 10, 9, 8, 8, 9, 10, 10, 8,  5,  2};
// Monday first.
constexpr std::array<int, 7> weekdayWeights{18, 16, 15, 14, 12, 7, 8};

QString fromUtf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString asciiFold(const QString &name)
{
    QString s = name.toLower();
    s.replace(QChar(0xE6), QStringLiteral("ae"))
        .replace(QChar(0xF8), QStringLiteral("o"))
        .replace(QChar(0xE5), QStringLiteral("a"));
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : s) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
        else if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            out.append(QLatin1Char('.'));
    }
    return out;
}

Lang pickLang(Random &rng)
{
    const double r = rng.uniform();
    return r < 0.74 ? Lang::Bokmal : (r < 0.94 ? Lang::Nynorsk : Lang::English);
}

// Phrases of one topic and language, falling back to bokmål, then to any topic.
std::vector<const Phrase *> phrasesFor(std::span<const Phrase> table, Topic topic, Lang lang)
{
    std::vector<const Phrase *> out;
    for (Lang l : {lang, Lang::Bokmal}) {
        for (const Phrase &p : table) {
            if (p.topic == topic && p.lang == l)
                out.push_back(&p);
        }
        if (!out.empty())
            return out;
    }
    for (const Phrase &p : table) {
        if (p.lang == lang)
            out.push_back(&p);
    }
    if (out.empty())
        out.push_back(&table.front());
    return out;
}

// Opening-hours arithmetic on the default calendar: the time `minutes` of open desk after `from`.
qint64 addOpeningMinutes(qint64 fromMs, qint64 minutes)
{
    const QTimeZone zone = TimeFormat::osloZone();
    QDateTime t = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc()).toTimeZone(zone);
    qint64 remaining = minutes * minuteMs;
    for (int guard = 0; guard < 400; ++guard) {
        const auto hours = Holidays::defaultOpeningHours(t.date());
        if (hours) {
            const QDateTime open(t.date(), hours->open, zone);
            const QDateTime close(t.date(), hours->close, zone);
            if (t < open)
                t = open;
            if (t < close) {
                const qint64 available = t.msecsTo(close);
                if (remaining <= available)
                    return t.addMSecs(remaining).toMSecsSinceEpoch();
                remaining -= available;
            }
        }
        t = QDateTime(t.date().addDays(1), QTime(0, 0), zone);
    }
    return t.toMSecsSinceEpoch();
}

class Filler
{
public:
    Filler(Database &db, const DemoOptions &o)
        : m_db(db)
        , m_options(o)
        , m_rng(o.seed)
        , m_accounts(db)
        , m_citizens(db)
        , m_posts(db)
        , m_conversations(db)
        , m_messages(db)
        , m_history(db)
    {}

    Result<DemoSummary> run(const std::function<void(qint64, qint64)> &progress);

private:
    Status createAccountsAndAgents();
    Status createPosts();
    std::vector<qint64> arrivalTimes();
    Status createConversation(qint64 arrival);
    QString fill(const char *text, const QString &citizen, const QString &agent, qint64 at);
    std::optional<qint64> postFor(int account, qint64 at);
    Result<qint64> citizenFor(int account, QString *firstName, QString *fullName);

    Database &m_db;
    DemoOptions m_options;
    Random m_rng;
    AccountRepository m_accounts;
    CitizenRepository m_citizens;
    PostRepository m_posts;
    ConversationRepository m_conversations;
    MessageRepository m_messages;
    HistoryRepository m_history;

    qint64 m_start = 0;
    qint64 m_end = 0;
    std::vector<qint64> m_accountIds;
    std::vector<std::pair<qint64, QString>> m_agents; // id, first name
    std::vector<std::vector<Post>> m_postsByAccount;  // in time order
    std::vector<int> m_citizenPool;                   // pool size per account
    QHash<qint64, int> m_commentsPerPost;             // post id → citizen questions on it
    qint64 m_sequence = 0;
    DemoSummary m_summary;
};

Status Filler::createAccountsAndAgents()
{
    for (const DemoAccount &d : demoAccounts) {
        Account a;
        a.channel = d.channel;
        a.name = fromUtf8(d.name);
        a.baseUrl = fromUtf8(d.baseUrl);
        a.externalId = fromUtf8(d.externalId);
        // The demo's accounts stand for platforms there is no token for: paused, so that the app
        // does not try to sync them (an agent who connects the real page adds it in Accounts).
        a.state = QStringLiteral("paused");
        a.createdAt = m_start;
        auto id = m_accounts.upsert(a);
        if (!id)
            return Error{id.error()};
        m_accountIds.push_back(*id);
        ++m_summary.accounts;
    }
    for (const char *name : agentNames()) {
        const QString full = fromUtf8(name);
        const QString email = asciiFold(full) + QStringLiteral("@demo.kommune.no");
        auto id = m_accounts.upsertAgent({0, full, email, true});
        if (!id)
            return Error{id.error()};
        m_agents.emplace_back(*id, full.section(QLatin1Char(' '), 0, 0));
        ++m_summary.agents;
    }
    return {};
}

Status Filler::createPosts()
{
    m_postsByAccount.resize(demoAccounts.size());
    const QTimeZone zone = TimeFormat::osloZone();
    const QDate first = QDateTime::fromMSecsSinceEpoch(m_start, QTimeZone::utc()).toTimeZone(zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(m_end, QTimeZone::utc()).toTimeZone(zone).date();
    const double spanDays = std::max<qint64>(1, first.daysTo(last));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        // The climb: information dominates at first, mobilization and dialog grow month by month.
        const double progress = first.daysTo(day) / spanDays;
        const std::array<double, 3> mix{0.80 - 0.38 * progress, 0.12 + 0.14 * progress,
                                        0.08 + 0.24 * progress};
        const double weekdayFactor = day.dayOfWeek() >= 6 ? 0.35 : 1.0;
        for (std::size_t a = 0; a < demoAccounts.size(); ++a) {
            const double expected = demoAccounts[a].postsPerDay * weekdayFactor;
            int count = static_cast<int>(expected);
            if (m_rng.chance(expected - count))
                ++count;
            for (int i = 0; i < count; ++i) {
                const auto postClass = static_cast<PostClass>(m_rng.weighted(std::span<const double>(mix)));
                const Lang lang = pickLang(m_rng);
                std::vector<const PostText *> candidates;
                for (const PostText &p : ownPosts()) {
                    if (p.postClass == postClass && (p.lang == lang || lang == Lang::English))
                        candidates.push_back(&p);
                }
                if (candidates.empty())
                    continue;
                const PostText *text =
                    candidates[static_cast<std::size_t>(m_rng.below(static_cast<int>(candidates.size())))];
                const QDateTime at(day, QTime(8 + m_rng.below(8), m_rng.below(60)), zone);
                if (at.toMSecsSinceEpoch() > m_end)
                    continue;
                Post p;
                p.accountId = m_accountIds[a];
                p.externalId =
                    QStringLiteral("%1_%2").arg(fromUtf8(demoAccounts[a].externalId)).arg(++m_sequence);
                p.text = fill(text->text, QString(), QString(), at.toMSecsSinceEpoch());
                p.url = fromUtf8(demoAccounts[a].baseUrl) + QStringLiteral("/posts/") + p.externalId;
                p.createdAt = at.toMSecsSinceEpoch();
                const double reach = 1.0 + progress; // the audience grows along with the dialog
                p.likes = static_cast<int>(m_rng.logNormal(40 * reach, 0.8));
                p.shares =
                    static_cast<int>(m_rng.logNormal(postClass == PostClass::Mobilization ? 12 : 4, 0.9));
                p.comments =
                    static_cast<int>(m_rng.logNormal(postClass == PostClass::Dialog ? 18 * reach : 3, 0.8));
                auto id = m_posts.upsert(p);
                if (!id)
                    return Error{id.error()};
                p.id = *id;
                m_postsByAccount[a].push_back(p);
                ++m_summary.posts;
            }
        }
    }
    return {};
}

std::vector<qint64> Filler::arrivalTimes()
{
    const QTimeZone zone = TimeFormat::osloZone();
    const QDate first = QDateTime::fromMSecsSinceEpoch(m_start, QTimeZone::utc()).toTimeZone(zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(m_end, QTimeZone::utc()).toTimeZone(zone).date();
    std::vector<QDate> days;
    std::vector<double> weights;
    const double spanDays = std::max<qint64>(1, first.daysTo(last));
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        days.push_back(d);
        // Slow growth over the period (more followers, more questions), quieter on holidays.
        double w = weekdayWeights[static_cast<std::size_t>(d.dayOfWeek() - 1)] *
                   (0.8 + 0.4 * first.daysTo(d) / spanDays);
        if (Holidays::isPublicHoliday(d))
            w *= 0.5;
        weights.push_back(w);
    }
    // Cumulative weights, then N draws by binary search.
    std::vector<double> cumulative(weights.size());
    double total = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        cumulative[i] = (total += weights[i]);
    std::vector<qint64> times;
    times.reserve(static_cast<std::size_t>(m_options.conversations));
    while (static_cast<qint64>(times.size()) < m_options.conversations) {
        const double r = m_rng.uniform() * total;
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const QDate day = days[static_cast<std::size_t>(
            std::min<std::ptrdiff_t>(it - cumulative.begin(), static_cast<std::ptrdiff_t>(days.size()) - 1))];
        const int hour = m_rng.weighted(std::span<const int>(hourWeights));
        const QDateTime at(day, QTime(hour, m_rng.below(60), m_rng.below(60)), zone);
        const qint64 ms = at.toMSecsSinceEpoch();
        if (ms >= m_start && ms < m_end)
            times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return times;
}

QString Filler::fill(const char *text, const QString &citizen, const QString &agent, qint64 at)
{
    QString s = fromUtf8(text);
    if (!s.contains(QLatin1Char('{')))
        return s;
    const QDateTime when =
        QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toTimeZone(TimeFormat::osloZone());
    s.replace(QStringLiteral("{navn}"), citizen);
    s.replace(QStringLiteral("{agent}"), agent);
    s.replace(QStringLiteral("{kommune}"), QStringLiteral("Demo kommune"));
    s.replace(QStringLiteral("{sted}"), fromUtf8(m_rng.pick(placeNames())));
    s.replace(QStringLiteral("{dato}"), when.addDays(m_rng.below(14)).toString(QStringLiteral("dd.MM.yyyy")));
    s.replace(QStringLiteral("{tid}"),
              QTime(8 + m_rng.below(10), 15 * m_rng.below(4)).toString(QStringLiteral("HH:mm")));
    return s;
}

std::optional<qint64> Filler::postFor(int account, qint64 at)
{
    const auto &posts = m_postsByAccount[static_cast<std::size_t>(account)];
    const auto it = std::upper_bound(posts.begin(), posts.end(), at,
                                     [](qint64 t, const Post &p) { return t < p.createdAt; });
    if (it == posts.begin())
        return std::nullopt;
    // Mostly the newest post, sometimes one a little older.
    const auto back = std::min<std::ptrdiff_t>(it - posts.begin(), 1 + m_rng.below(3));
    return (it - back)->id;
}

Result<qint64> Filler::citizenFor(int account, QString *firstName, QString *fullName)
{
    const int k = m_rng.below(m_citizenPool[static_cast<std::size_t>(account)]);
    // The name follows from k, so that a returning citizen keeps theirs.
    Random names(m_options.seed * 7919 + static_cast<quint64>(account) * 104729 + static_cast<quint64>(k));
    const QString first = fromUtf8(names.pick(firstNames()));
    const QString last = fromUtf8(names.pick(lastNames()));
    Citizen c;
    c.accountId = m_accountIds[static_cast<std::size_t>(account)];
    c.externalId = QStringLiteral("c%1-%2").arg(account).arg(k);
    c.displayName = first + QLatin1Char(' ') + last;
    c.handle = demoAccounts[static_cast<std::size_t>(account)].channel == Channel::Email
                   ? asciiFold(c.displayName) + QStringLiteral("@epost.example")
                   : asciiFold(first) + QString::number(k % 100);
    c.createdAt = m_start;
    *firstName = first;
    *fullName = c.displayName;
    return m_citizens.upsert(c);
}

Status Filler::createConversation(qint64 arrival)
{
    const auto accountShares = [] {
        std::array<double, demoAccounts.size()> s{};
        for (std::size_t i = 0; i < demoAccounts.size(); ++i)
            s[i] = demoAccounts[i].share;
        return s;
    }();
    const int account = m_rng.weighted(std::span<const double>(accountShares));
    const DemoAccount &demo = demoAccounts[static_cast<std::size_t>(account)];
    const QDateTime local =
        QDateTime::fromMSecsSinceEpoch(arrival, QTimeZone::utc()).toTimeZone(TimeFormat::osloZone());

    std::array<int, TopicCount> topicWeights{};
    for (const TopicInfo &t : topics())
        topicWeights[static_cast<std::size_t>(t.topic)] = t.seasonalWeight[local.date().month() - 1];
    const auto topic = static_cast<Topic>(m_rng.weighted(std::span<const int>(topicWeights)));
    const Lang lang = pickLang(m_rng);

    QString firstName;
    QString citizenName;
    auto citizenId = citizenFor(account, &firstName, &citizenName);
    if (!citizenId)
        return Error{citizenId.error()};

    Conversation c;
    c.accountId = m_accountIds[static_cast<std::size_t>(account)];
    c.externalId = QStringLiteral("t%1").arg(++m_sequence);
    c.kind = m_rng.chance(demo.dmShare) ? (demo.channel == Channel::Email ? ConversationKind::Email
                                                                          : ConversationKind::DirectMessage)
                                        : demo.publicKind;
    c.citizenId = *citizenId;
    if (c.kind == ConversationKind::Comment)
        c.postId = postFor(account, arrival);
    const auto question = phrasesFor(citizenQuestions(), topic, lang);
    const QString opening =
        fill(question[static_cast<std::size_t>(m_rng.below(static_cast<int>(question.size())))]->text,
             firstName, QString(), arrival);
    if (c.kind == ConversationKind::Email)
        c.subject = opening.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('?'), 0, 0).left(60);
    c.createdAt = arrival;
    c.lastMessageAt = arrival;
    c.priority = m_rng.chance(0.04) ? Priority::High : Priority::Normal;

    // The thread: question, replies in opening hours, maybe follow-ups.
    struct Turn
    {
        bool inbound;
        qint64 at;
        QString text;
        int agent;
    };
    std::vector<Turn> turns{{true, arrival, opening, -1}};
    const bool redirect = m_rng.chance(0.05);
    int agent = m_rng.below(static_cast<int>(m_agents.size()));
    qint64 t = arrival;
    // About 4.4 messages per conversation: many threads go back and forth a few times.
    int rounds = 1;
    for (const double p : {0.55, 0.35, 0.2, 0.1})
        rounds += m_rng.chance(p) ? 1 : 0;
    for (int round = 0; round < rounds; ++round) {
        // Social channels are answered fast, e-mail within the day or the next.
        const double median = demo.channel == Channel::Email ? 150 : 35;
        const qint64 delay = std::max<qint64>(2, static_cast<qint64>(m_rng.logNormal(median, 1.1)));
        const qint64 replyAt = addOpeningMinutes(t, delay);
        if (replyAt > m_end)
            break;
        const auto &table = (redirect && round == 0) ? redirectReplies() : agentReplies();
        const auto replies = phrasesFor(table, topic, lang == Lang::English ? Lang::English : lang);
        if (m_rng.chance(0.1))
            agent = m_rng.below(static_cast<int>(m_agents.size()));
        turns.push_back(
            {false, replyAt,
             fill(replies[static_cast<std::size_t>(m_rng.below(static_cast<int>(replies.size())))]->text,
                  firstName, m_agents[static_cast<std::size_t>(agent)].second, replyAt),
             agent});
        t = replyAt;
        if (round + 1 == rounds || redirect)
            break;
        const qint64 followAt = t + static_cast<qint64>(m_rng.logNormal(90, 1.3) * minuteMs);
        if (followAt > m_end)
            break;
        const auto follow = phrasesFor(citizenFollowUps(), m_rng.chance(0.5) ? topic : Topic::Annet, lang);
        turns.push_back(
            {true, followAt,
             fill(follow[static_cast<std::size_t>(m_rng.below(static_cast<int>(follow.size())))]->text,
                  firstName, QString(), followAt),
             -1});
        t = followAt;
    }
    const Turn &lastTurn = turns.back();
    const bool answered = turns.size() > 1;
    if (!lastTurn.inbound)
        c.status = (m_end - lastTurn.at > 2 * dayMs || redirect) ? ConversationStatus::Resolved
                                                                 : ConversationStatus::Waiting;
    else
        c.status = answered ? ConversationStatus::Open : ConversationStatus::New;
    if (answered)
        c.assigneeId = m_agents[static_cast<std::size_t>(turns[1].agent)].first;

    auto conversationId = m_conversations.upsert(c);
    if (!conversationId)
        return Error{conversationId.error()};
    if (c.postId)
        ++m_commentsPerPost[*c.postId];

    std::optional<qint64> previous;
    for (const Turn &turn : turns) {
        Message m;
        m.conversationId = *conversationId;
        m.accountId = c.accountId;
        m.externalId = QStringLiteral("m%1").arg(++m_sequence);
        m.direction = turn.inbound ? Direction::Inbound : Direction::Outbound;
        if (turn.inbound) {
            m.citizenId = *citizenId;
            m.authorName = citizenName;
        } else {
            m.agentId = m_agents[static_cast<std::size_t>(turn.agent)].first;
            m.authorName = fromUtf8(demoAccounts[static_cast<std::size_t>(account)].name);
        }
        m.bodyText = turn.text;
        m.createdAt = turn.at;
        m.replyToId = previous;
        auto stored = m_messages.insert(m);
        if (!stored)
            return Error{stored.error()};
        previous = stored->id;
        ++m_summary.messages;
    }

    // History the SLA clock and the audit log need: assignment, status changes, the odd note.
    const auto event = [&](EventKind kind, const QString &from, const QString &to, int byAgent, qint64 at) {
        ConversationEvent e;
        e.conversationId = *conversationId;
        e.kind = kind;
        e.oldValue = from;
        e.newValue = to;
        e.agentId = m_agents[static_cast<std::size_t>(byAgent)].first;
        e.at = at;
        return m_history.addEvent(e);
    };
    // The audit log records what agents did (a sample of actions: redirects, notes, resolving).
    const auto audit = [&](const QString &action, qint64 byAgent, qint64 at, const QString &detail) {
        AuditEntry a;
        a.at = at;
        a.agentId = byAgent;
        a.action = action;
        a.objectType = QStringLiteral("conversation");
        a.objectId = *conversationId;
        a.detail = detail;
        return m_history.audit(a);
    };
    if (answered) {
        const Turn &reply = turns[1];
        const qint64 agentId = m_agents[static_cast<std::size_t>(reply.agent)].first;
        if (auto e = event(EventKind::Assignment, QString(), QString::number(agentId), reply.agent,
                           reply.at - minuteMs);
            !e)
            return Error{e.error()};
        if (auto e = event(EventKind::StatusChange, key(ConversationStatus::New),
                           key(ConversationStatus::Open), reply.agent, reply.at - minuteMs);
            !e)
            return Error{e.error()};
        if (redirect) {
            if (auto e =
                    event(EventKind::Redirect, QString(), QStringLiteral("formal"), reply.agent, reply.at);
                !e)
                return Error{e.error()};
            if (auto a = audit(QStringLiteral("redirect"), agentId, reply.at, QStringLiteral("formal")); !a)
                return Error{a.error()};
        }
        if (c.status == ConversationStatus::Resolved) {
            const qint64 resolvedAt = std::min(m_end - minuteMs, lastTurn.at + (redirect ? minuteMs : dayMs));
            const int resolver = lastTurn.agent >= 0 ? lastTurn.agent : reply.agent;
            if (auto e = event(EventKind::StatusChange, key(ConversationStatus::Open),
                               key(ConversationStatus::Resolved), resolver, resolvedAt);
                !e)
                return Error{e.error()};
            if (auto a = audit(QStringLiteral("status"), m_agents[static_cast<std::size_t>(resolver)].first,
                               resolvedAt, key(ConversationStatus::Resolved));
                !a)
                return Error{a.error()};
        }
        if (m_rng.chance(0.03)) {
            // Staff write their notes in Norwegian whatever language the program runs in.
            static const std::array<const char *, 4> notes{
                "Sjekket med teknisk avdeling, de følger opp.", "Videresendt til saksbehandler i byggesak.",
                "Innbygger ringte også servicetorget om dette i dag.", "Meldt inn i avvikssystemet."};
            Note n{0, *conversationId, agentId,
                   QString::fromUtf8(
                       notes[static_cast<std::size_t>(m_rng.below(static_cast<int>(notes.size())))]),
                   std::min(m_end, reply.at + 5 * minuteMs)};
            if (auto id = m_history.addNote(n); !id)
                return Error{id.error()};
            if (auto a = audit(QStringLiteral("note"), agentId, n.createdAt, QString()); !a)
                return Error{a.error()};
        }
    }
    if (m_rng.chance(0.8)) {
        for (const TopicInfo &info : topics()) {
            if (info.topic == topic) {
                if (auto tagged = m_conversations.addTag(*conversationId, fromUtf8(info.tag)); !tagged)
                    return tagged;
            }
        }
    }
    if (redirect) {
        if (auto tagged = m_conversations.addTag(*conversationId, QStringLiteral("videreformidlet")); !tagged)
            return tagged;
    }
    ++m_summary.conversations;
    return {};
}

Result<DemoSummary> Filler::run(const std::function<void(qint64, qint64)> &progress)
{
    auto stats = Maintenance(m_db).stats();
    if (!stats)
        return Error{stats.error()};
    if (stats->conversations > 0 || stats->accounts > 0)
        return Error{QCoreApplication::translate(
            "Torget::Demo", "The database already holds data; the demo needs an empty database.")};
    if (m_options.conversations < 0)
        return Error{
            QCoreApplication::translate("Torget::Demo", "The number of conversations cannot be negative.")};
    const QDateTime until = m_options.until.isValid() ? m_options.until : QDateTime::currentDateTimeUtc();
    m_end = until.toMSecsSinceEpoch();
    m_start = until.toTimeZone(TimeFormat::osloZone()).addMonths(-m_options.months).toMSecsSinceEpoch();

    Status status = m_db.write([&]() -> Status {
        if (auto s = createAccountsAndAgents(); !s)
            return s;
        return createPosts();
    });
    if (!status)
        return Error{status.error()};
    // About three conversations per citizen: regulars come back, most ask once or twice.
    for (const DemoAccount &d : demoAccounts)
        m_citizenPool.push_back(std::max(20, static_cast<int>(m_options.conversations * d.share / 2.5)));

    const std::vector<qint64> arrivals = arrivalTimes();
    constexpr std::size_t batch = 2000;
    for (std::size_t i = 0; i < arrivals.size(); i += batch) {
        status = m_db.write([&]() -> Status {
            for (std::size_t j = i; j < std::min(arrivals.size(), i + batch); ++j) {
                if (auto s = createConversation(arrivals[j]); !s)
                    return s;
            }
            return {};
        });
        if (!status)
            return Error{status.error()};
        if (progress)
            progress(static_cast<qint64>(std::min(arrivals.size(), i + batch)), m_options.conversations);
    }
    // Comment counts: the citizen questions on each post plus the chatter that needs no answer.
    status = m_db.write([&]() -> Status {
        for (auto &posts : m_postsByAccount) {
            for (Post &p : posts) {
                p.comments += m_commentsPerPost.value(p.id);
                if (auto id = m_posts.upsert(p); !id)
                    return Error{id.error()};
            }
        }
        return {};
    });
    if (!status)
        return Error{status.error()};
    return m_summary;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(std::move(options))
{}

Result<DemoSummary> DemoGenerator::run(const std::function<void(qint64, qint64)> &progress)
{
    Filler filler(m_db, m_options);
    auto summary = filler.run(progress);
    if (!summary)
        return summary;
    // The history was written in bulk: the response-time facts and live deadlines are computed
    // once at the end, so that the inbox opens with its deadlines.
    SlaService sla(m_db);
    if (auto marked = sla.requestRefresh(); !marked)
        return Error{marked.error()};
    if (auto fresh = sla.ensureFresh(); !fresh)
        return Error{fresh.error()};
    return summary;
}

} // namespace Torget
