#include "demo/demogenerator.h"

#include "demo/demotexts.h"
#include "interchange/jsonl.h"
#include "sla/holidays.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/maintenance.h"
#include "storage/messagerepository.h"
#include "util/timeformat.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <vector>

using namespace Torget;

namespace {

// QVERIFY2 evaluates its message even when the check passes, so error() must not be called on success.
template <typename R>
QString why(const R &result)
{
    return result ? QString() : result.error();
}

// Monday morning before the desk opens: the weekend's questions are still waiting.
QDateTime until()
{
    return QDateTime(QDate(2026, 3, 2), QTime(7, 0), TimeFormat::osloZone());
}

QDateTime local(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toTimeZone(TimeFormat::osloZone());
}

QByteArray exportBytes(Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto counts = Jsonl::write(db, buffer);
    if (!counts)
        qWarning("export failed: %s", qPrintable(counts.error()));
    return counts ? buffer.data() : QByteArray();
}

// Which own-post template a generated post came from: placeholders ({sted}, {dato} …) match anything.
class PostClassifier
{
public:
    PostClassifier()
    {
        static const QRegularExpression placeholder(QStringLiteral(R"(\\\{[a-z]+\\\})"));
        for (const Demo::PostText &p : Demo::ownPosts()) {
            QString pattern = QRegularExpression::escape(QString::fromUtf8(p.text));
            pattern.replace(placeholder, QStringLiteral(".*"));
            m_patterns.emplace_back(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                       QRegularExpression::DotMatchesEverythingOption),
                                    p.postClass);
        }
    }
    std::optional<Demo::PostClass> classify(const QString &text) const
    {
        for (const auto &[re, postClass] : m_patterns) {
            if (re.match(text).hasMatch())
                return postClass;
        }
        return std::nullopt;
    }
    std::size_t size() const { return m_patterns.size(); }

private:
    std::vector<std::pair<QRegularExpression, Demo::PostClass>> m_patterns;
};

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void run_sameSeedSizeAndUntil_giveIdenticalDatabases();
    void run_otherSeed_givesAnotherDatabase();
    void run_nonEmptyDatabase_isRefused();
    void run_databaseWithOnlyAnAccount_isRefused();
    void run_negativeSize_isRefused();
    void run_reportsProgressUpToTheTotal();

    void summary_matchesTheDatabase();
    void conversations_comeFromAtLeastFiveChannels();
    void conversations_haveEveryKind();
    void history_spansFifteenMonthsAndEndsAtUntil();
    void texts_areInBokmalNynorskAndEnglish();
    void conversations_areTaggedWithTopics();
    void arrivals_areBusierOnWeekdays();
    void arrivals_areBusierInTheMorningThanAtNight();
    void outboundReplies_fallWithinOpeningHours();
    void ownPosts_moveTowardsMobilizationAndDialog();
    void endState_hasUnansweredConversations();
    void database_passesIntegrityCheck();

private:
    std::unique_ptr<Database> open(const QString &name);
    Result<DemoSummary> generate(Database &db, qint64 conversations, quint64 seed,
                                 const std::function<void(qint64, qint64)> &progress = {});

    QTemporaryDir m_root;
    std::unique_ptr<QTemporaryDir> m_dir;
    // The large demo, generated once and only read by the tests.
    std::unique_ptr<QTemporaryDir> m_bigDir;
    std::unique_ptr<Database> m_big;
    DemoSummary m_bigSummary;
    std::vector<Account> m_accounts;
    std::vector<Conversation> m_conversations;
    std::vector<Message> m_messages;
    std::vector<Post> m_posts;
};

std::unique_ptr<Database> TestDemoGenerator::open(const QString &name)
{
    auto db = Database::openSqlite(m_dir->filePath(name + QStringLiteral(".sqlite")));
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(db.error()));
        return nullptr;
    }
    return std::move(*db);
}

Result<DemoSummary> TestDemoGenerator::generate(Database &db, qint64 conversations, quint64 seed,
                                                const std::function<void(qint64, qint64)> &progress)
{
    DemoOptions options;
    options.conversations = conversations;
    options.seed = seed;
    options.until = until();
    return DemoGenerator(db, options).run(progress);
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_bigDir = std::make_unique<QTemporaryDir>(m_root.filePath(QStringLiteral("big-XXXXXX")));
    auto db = Database::openSqlite(m_bigDir->filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db, qPrintable(why(db)));
    m_big = std::move(*db);
    auto summary = generate(*m_big, 3000, 20260302);
    QVERIFY2(summary, qPrintable(why(summary)));
    m_bigSummary = *summary;

    auto accounts = AccountRepository(*m_big).list();
    QVERIFY(accounts);
    m_accounts = *accounts;
    QVERIFY(ConversationRepository(*m_big).forEach([this](const Conversation &c) -> Status {
        m_conversations.push_back(c);
        return {};
    }));
    QVERIFY(MessageRepository(*m_big).forEach([this](const Message &m) -> Status {
        m_messages.push_back(m);
        return {};
    }));
    QVERIFY(PostRepository(*m_big).forEach([this](const Post &p) -> Status {
        m_posts.push_back(p);
        return {};
    }));
}

void TestDemoGenerator::init()
{
    m_dir = std::make_unique<QTemporaryDir>(m_root.filePath(QStringLiteral("t-XXXXXX")));
    QVERIFY(m_dir->isValid());
}

void TestDemoGenerator::run_sameSeedSizeAndUntil_giveIdenticalDatabases()
{
    auto a = open(QStringLiteral("a"));
    auto b = open(QStringLiteral("b"));
    QVERIFY(a && b);
    auto first = generate(*a, 300, 99);
    QVERIFY2(first, qPrintable(why(first)));
    auto second = generate(*b, 300, 99);
    QVERIFY2(second, qPrintable(why(second)));
    const QByteArray exportA = exportBytes(*a);
    QVERIFY(exportA.size() > 10000);
    QVERIFY2(exportA == exportBytes(*b), "two runs with the same options differ");
}

void TestDemoGenerator::run_otherSeed_givesAnotherDatabase()
{
    auto a = open(QStringLiteral("a"));
    auto b = open(QStringLiteral("b"));
    QVERIFY(a && b);
    QVERIFY(generate(*a, 300, 99));
    QVERIFY(generate(*b, 300, 100));
    const QByteArray exportA = exportBytes(*a);
    const QByteArray exportB = exportBytes(*b);
    QVERIFY(!exportA.isEmpty() && !exportB.isEmpty());
    QVERIFY(exportA != exportB);
    // Not only a detail: the conversations themselves differ.
    std::vector<qint64> timesA;
    std::vector<qint64> timesB;
    QVERIFY(ConversationRepository(*a).forEach([&](const Conversation &c) -> Status {
        timesA.push_back(c.createdAt);
        return {};
    }));
    QVERIFY(ConversationRepository(*b).forEach([&](const Conversation &c) -> Status {
        timesB.push_back(c.createdAt);
        return {};
    }));
    QCOMPARE(timesA.size(), std::size_t(300));
    QCOMPARE(timesB.size(), std::size_t(300));
    QVERIFY(timesA != timesB);
}

void TestDemoGenerator::run_nonEmptyDatabase_isRefused()
{
    auto db = open(QStringLiteral("twice"));
    QVERIFY(db);
    QVERIFY(generate(*db, 50, 1));
    auto statsBefore = Maintenance(*db).stats();
    QVERIFY(statsBefore);
    const QByteArray before = exportBytes(*db);

    auto again = generate(*db, 50, 2);
    QVERIFY2(!again, "the demo was written over an existing database");
    QVERIFY(!again.error().isEmpty());
    QVERIFY2(again.error().contains(QStringLiteral("empty")), qPrintable(again.error()));

    auto statsAfter = Maintenance(*db).stats();
    QVERIFY(statsAfter);
    QCOMPARE(statsAfter->conversations, statsBefore->conversations);
    QCOMPARE(statsAfter->messages, statsBefore->messages);
    QCOMPARE(statsAfter->posts, statsBefore->posts);
    QCOMPARE(statsAfter->accounts, statsBefore->accounts);
    QVERIFY(exportBytes(*db) == before);
}

void TestDemoGenerator::run_databaseWithOnlyAnAccount_isRefused()
{
    auto db = open(QStringLiteral("account"));
    QVERIFY(db);
    Account a;
    a.channel = Channel::Email;
    a.name = QStringLiteral("postmottak@ekte.kommune.no");
    QVERIFY(AccountRepository(*db).upsert(a));
    auto result = generate(*db, 50, 1);
    QVERIFY(!result);
    auto stats = Maintenance(*db).stats();
    QVERIFY(stats);
    QCOMPARE(stats->accounts, qint64(1));
    QCOMPARE(stats->conversations, qint64(0));
    QCOMPARE(stats->posts, qint64(0));
}

void TestDemoGenerator::run_negativeSize_isRefused()
{
    auto db = open(QStringLiteral("negative"));
    QVERIFY(db);
    auto result = generate(*db, -5, 1);
    QVERIFY(!result);
    auto stats = Maintenance(*db).stats();
    QVERIFY(stats);
    QCOMPARE(stats->accounts, qint64(0));
}

void TestDemoGenerator::run_reportsProgressUpToTheTotal()
{
    auto db = open(QStringLiteral("progress"));
    QVERIFY(db);
    std::vector<std::pair<qint64, qint64>> calls;
    auto result = generate(*db, 4500, 3, [&](qint64 done, qint64 total) { calls.emplace_back(done, total); });
    QVERIFY2(result, qPrintable(why(result)));
    QVERIFY(!calls.empty());
    for (std::size_t i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls[i].second, qint64(4500));
        QVERIFY(calls[i].first <= calls[i].second);
        if (i > 0)
            QVERIFY(calls[i].first > calls[i - 1].first);
    }
    QCOMPARE(calls.back().first, qint64(4500));
    QVERIFY(calls.size() >= 2); // reported between transactions, not only at the end
}

void TestDemoGenerator::summary_matchesTheDatabase()
{
    auto stats = Maintenance(*m_big).stats();
    QVERIFY(stats);
    QCOMPARE(m_bigSummary.conversations, qint64(3000));
    QCOMPARE(stats->conversations, m_bigSummary.conversations);
    QCOMPARE(stats->messages, m_bigSummary.messages);
    QCOMPARE(stats->posts, m_bigSummary.posts);
    QCOMPARE(stats->accounts, m_bigSummary.accounts);
    auto agents = AccountRepository(*m_big).agents();
    QVERIFY(agents);
    QCOMPARE(qint64(agents->size()), m_bigSummary.agents);
    // Threads go back and forth: clearly more than one message per conversation on average.
    QVERIFY2(m_bigSummary.messages > 2 * m_bigSummary.conversations,
             qPrintable(QString::number(m_bigSummary.messages)));
}

void TestDemoGenerator::conversations_comeFromAtLeastFiveChannels()
{
    QHash<qint64, Channel> channelOf;
    for (const Account &a : m_accounts)
        channelOf.insert(a.id, a.channel);
    QHash<Channel, int> perChannel;
    for (const Conversation &c : m_conversations)
        ++perChannel[channelOf.value(c.accountId, Channel::Import)];
    QVERIFY2(perChannel.size() >= 5, qPrintable(QString::number(perChannel.size())));
    QVERIFY(!perChannel.contains(Channel::Import));
    // Facebook is the biggest channel of a Norwegian municipality.
    for (auto it = perChannel.cbegin(); it != perChannel.cend(); ++it)
        QVERIFY(perChannel.value(Channel::Facebook) >= it.value());
}

void TestDemoGenerator::conversations_haveEveryKind()
{
    QHash<ConversationKind, int> perKind;
    QHash<qint64, Channel> channelOf;
    for (const Account &a : m_accounts)
        channelOf.insert(a.id, a.channel);
    for (const Conversation &c : m_conversations) {
        ++perKind[c.kind];
        // E-mail conversations live on the e-mail account and carry a subject.
        QCOMPARE(c.kind == ConversationKind::Email, channelOf.value(c.accountId) == Channel::Email);
        if (c.kind == ConversationKind::Email)
            QVERIFY(!c.subject.isEmpty());
    }
    for (ConversationKind k : {ConversationKind::Comment, ConversationKind::DirectMessage,
                               ConversationKind::Mention, ConversationKind::Email})
        QVERIFY2(perKind.value(k) > 0, qPrintable(key(k)));
}

void TestDemoGenerator::history_spansFifteenMonthsAndEndsAtUntil()
{
    const qint64 end = until().toMSecsSinceEpoch();
    const qint64 start = until().addMonths(-15).toMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;

    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const Conversation &c : m_conversations) {
        first = std::min(first, c.createdAt);
        last = std::max(last, c.createdAt);
        QVERIFY2(c.createdAt >= start, qPrintable(TimeFormat::isoWithOffset(c.createdAt)));
        QVERIFY2(c.createdAt <= end, qPrintable(TimeFormat::isoWithOffset(c.createdAt)));
        QVERIFY2(c.lastMessageAt <= end, qPrintable(TimeFormat::isoWithOffset(c.lastMessageAt)));
    }
    QVERIFY2(first - start < 7 * day, qPrintable(TimeFormat::isoWithOffset(first)));
    QVERIFY2(end - last < 2 * day, qPrintable(TimeFormat::isoWithOffset(last)));
    QVERIFY(last - first >= end - start - 9 * day); // ≥ 15 months minus a few days at the edges

    for (const Message &m : m_messages)
        QVERIFY2(m.createdAt <= end, qPrintable(TimeFormat::isoWithOffset(m.createdAt)));
    qint64 firstPost = std::numeric_limits<qint64>::max();
    for (const Post &p : m_posts) {
        QVERIFY2(p.createdAt <= end, qPrintable(TimeFormat::isoWithOffset(p.createdAt)));
        firstPost = std::min(firstPost, p.createdAt);
    }
    QVERIFY2(firstPost - start < 3 * day, qPrintable(TimeFormat::isoWithOffset(firstPost)));
    HistoryRepository history(*m_big);
    QVERIFY(history.forEachEvent([&](const ConversationEvent &e) -> Status {
        if (e.at > end)
            return Error{QStringLiteral("event at %1 after until").arg(TimeFormat::isoWithOffset(e.at))};
        return {};
    }));
    auto notes = history.forEachNote([&](const Note &n) -> Status {
        if (n.createdAt > end)
            return Error{
                QStringLiteral("note at %1 after until").arg(TimeFormat::isoWithOffset(n.createdAt))};
        return {};
    });
    QVERIFY2(notes, qPrintable(why(notes)));
}

void TestDemoGenerator::texts_areInBokmalNynorskAndEnglish()
{
    // Typical words: nynorsk "ikkje", "kva", "eg"; bokmål "ikke", "jeg", "hva"; English "the".
    const QRegularExpression nynorsk(QStringLiteral(R"(\b(ikkje|kva|eg)\b)"),
                                     QRegularExpression::CaseInsensitiveOption |
                                         QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression bokmal(QStringLiteral(R"(\b(ikke|jeg|hva|hvordan|hvor)\b)"),
                                    QRegularExpression::CaseInsensitiveOption |
                                        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression english(QStringLiteral(R"(\b(the|you|thank|please)\b)"),
                                     QRegularExpression::CaseInsensitiveOption);
    std::array<int, 3> inbound{};
    std::array<int, 3> outbound{};
    for (const Message &m : m_messages) {
        auto &counts = m.direction == Direction::Inbound ? inbound : outbound;
        counts[0] += bokmal.match(m.bodyText).hasMatch() ? 1 : 0;
        counts[1] += nynorsk.match(m.bodyText).hasMatch() ? 1 : 0;
        counts[2] += english.match(m.bodyText).hasMatch() ? 1 : 0;
    }
    const QString report = QStringLiteral("inbound nb/nn/en %1/%2/%3, outbound %4/%5/%6")
                               .arg(inbound[0])
                               .arg(inbound[1])
                               .arg(inbound[2])
                               .arg(outbound[0])
                               .arg(outbound[1])
                               .arg(outbound[2]);
    qInfo("%s", qPrintable(report));
    // About 74 % bokmål, 20 % nynorsk and 6 % English conversations.
    QVERIFY2(inbound[0] >= 300, qPrintable(report));
    QVERIFY2(inbound[1] >= 50, qPrintable(report));
    QVERIFY2(inbound[2] >= 20, qPrintable(report));
    QVERIFY2(outbound[1] >= 20, qPrintable(report)); // answered in the citizen's written standard
    QVERIFY2(outbound[2] >= 10, qPrintable(report));
    QVERIFY2(inbound[0] > inbound[1] && inbound[1] > inbound[2], qPrintable(report));

    // Placeholders are always filled.
    for (const Message &m : m_messages)
        QVERIFY2(!m.bodyText.contains(QStringLiteral("{navn}")) &&
                     !m.bodyText.contains(QStringLiteral("{agent}")) &&
                     !m.bodyText.contains(QStringLiteral("{sted}")),
                 qPrintable(m.bodyText));
}

void TestDemoGenerator::conversations_areTaggedWithTopics()
{
    QHash<QString, int> perTag;
    int tagged = 0;
    QSet<QString> known;
    for (const Demo::TopicInfo &t : Demo::topics())
        known.insert(QString::fromUtf8(t.tag));
    known.insert(QStringLiteral("videreformidlet"));
    for (const Conversation &c : m_conversations) {
        tagged += c.tags.isEmpty() ? 0 : 1;
        for (const QString &t : c.tags) {
            ++perTag[t];
            QVERIFY2(known.contains(t), qPrintable(t));
            // Snow clearing is a winter topic: none from May to September.
            if (t == QStringLiteral("brøyting")) {
                const int month = local(c.createdAt).date().month();
                QVERIFY2(month < 5 || month > 9, qPrintable(TimeFormat::isoWithOffset(c.createdAt)));
            }
        }
    }
    QVERIFY2(perTag.value(QStringLiteral("renovasjon")) > 0, "no renovasjon");
    QVERIFY2(perTag.value(QStringLiteral("brøyting")) > 0, "no brøyting");
    QVERIFY2(perTag.size() >= 8, qPrintable(QStringList(perTag.keys()).join(QLatin1Char(','))));
    QVERIFY2(tagged > int(m_conversations.size()) / 2, qPrintable(QString::number(tagged)));
}

void TestDemoGenerator::arrivals_areBusierOnWeekdays()
{
    std::array<int, 8> perDay{}; // 1 = Monday … 7 = Sunday
    for (const Conversation &c : m_conversations)
        ++perDay[std::size_t(local(c.createdAt).date().dayOfWeek())];
    const int quietestWeekday = *std::min_element(perDay.begin() + 1, perDay.begin() + 6);
    const int busiestWeekend = std::max(perDay[6], perDay[7]);
    QString report;
    for (int d = 1; d <= 7; ++d)
        report += QStringLiteral("%1:%2 ").arg(d).arg(perDay[std::size_t(d)]);
    qInfo("arrivals per weekday %s", qPrintable(report));
    QVERIFY2(quietestWeekday > 1.25 * busiestWeekend, qPrintable(report));
    QVERIFY2(perDay[1] > perDay[5], qPrintable(report)); // Monday is the busiest, Friday the quietest weekday
}

void TestDemoGenerator::arrivals_areBusierInTheMorningThanAtNight()
{
    std::array<int, 24> perHour{};
    for (const Conversation &c : m_conversations)
        ++perHour[std::size_t(local(c.createdAt).time().hour())];
    const int morning = perHour[9] + perHour[10] + perHour[11];
    const int night = perHour[2] + perHour[3] + perHour[4];
    qInfo("arrivals 09–11: %d, 02–04: %d", morning, night);
    QVERIFY2(morning > 5 * night, qPrintable(QStringLiteral("09–11: %1, 02–04: %2").arg(morning).arg(night)));
    QVERIFY2(night > 0, "nobody writes at night at all: too regular to be real");
}

void TestDemoGenerator::outboundReplies_fallWithinOpeningHours()
{
    int outbound = 0;
    for (const Message &m : m_messages) {
        if (m.direction != Direction::Outbound)
            continue;
        ++outbound;
        const QDateTime at = local(m.createdAt);
        const auto hours = Holidays::defaultOpeningHours(at.date());
        QVERIFY2(hours.has_value(),
                 qPrintable(QStringLiteral("reply on a closed day: %1").arg(at.toString(Qt::ISODate))));
        QVERIFY2(
            hours->open <= at.time() && at.time() <= hours->close,
            qPrintable(QStringLiteral("reply at %1 outside %2–%3")
                           .arg(at.toString(Qt::ISODate), hours->open.toString(), hours->close.toString())));
        QVERIFY(m.agentId.has_value());
    }
    QVERIFY(outbound > 1000);
}

void TestDemoGenerator::ownPosts_moveTowardsMobilizationAndDialog()
{
    const PostClassifier classifier;
    QCOMPARE(classifier.size(), Demo::ownPosts().size());
    const qint64 start = until().addMonths(-15).toMSecsSinceEpoch();
    const qint64 earlyEnd = until().addMonths(-12).toMSecsSinceEpoch();
    const qint64 lateStart = until().addMonths(-3).toMSecsSinceEpoch();
    int early = 0;
    int earlyEngaging = 0;
    int late = 0;
    int lateEngaging = 0;
    for (const Post &p : m_posts) {
        const auto postClass = classifier.classify(p.text);
        QVERIFY2(postClass.has_value(), qPrintable(QStringLiteral("not from ownPosts(): ") + p.text));
        const bool engaging = *postClass != Demo::PostClass::Information;
        if (p.createdAt >= start && p.createdAt < earlyEnd) {
            ++early;
            earlyEngaging += engaging ? 1 : 0;
        } else if (p.createdAt >= lateStart) {
            ++late;
            lateEngaging += engaging ? 1 : 0;
        }
    }
    QVERIFY(early > 50 && late > 50);
    const double earlyShare = double(earlyEngaging) / early;
    const double lateShare = double(lateEngaging) / late;
    const QString report =
        QStringLiteral("mobilization+dialog: first 3 months %1 of %2 (%3), last 3 months %4 of %5 (%6)")
            .arg(earlyEngaging)
            .arg(early)
            .arg(earlyShare, 0, 'f', 2)
            .arg(lateEngaging)
            .arg(late)
            .arg(lateShare, 0, 'f', 2);
    qInfo("%s", qPrintable(report));
    QVERIFY2(lateShare > earlyShare + 0.1, qPrintable(report));
    QVERIFY2(earlyShare < 0.5, qPrintable(report)); // it starts as information
}

void TestDemoGenerator::endState_hasUnansweredConversations()
{
    auto stats = Maintenance(*m_big).stats();
    QVERIFY(stats);
    qInfo("unanswered at the end: %lld of %lld", stats->unanswered, stats->conversations);
    QVERIFY2(stats->unanswered > 0, "every conversation is answered: the demo shows no work to do");
    QVERIFY(stats->unanswered < stats->conversations / 10);

    QHash<qint64, int> outboundPer;
    for (const Message &m : m_messages) {
        if (m.direction == Direction::Outbound)
            ++outboundPer[m.conversationId];
    }
    qint64 fresh = 0;
    QSet<ConversationStatus> statuses;
    for (const Conversation &c : m_conversations) {
        statuses.insert(c.status);
        if (c.status == ConversationStatus::New) {
            ++fresh;
            QVERIFY2(outboundPer.value(c.id) == 0, "a conversation with a reply is still new");
            QVERIFY(!c.assigneeId.has_value());
        } else {
            QVERIFY2(outboundPer.value(c.id) > 0, "an unanswered conversation is not new");
        }
    }
    QCOMPARE(fresh, stats->unanswered);
    ConversationFilter onlyNew;
    onlyNew.status = ConversationStatus::New;
    auto counted = ConversationRepository(*m_big).count(onlyNew);
    QVERIFY(counted);
    QCOMPARE(*counted, stats->unanswered);
    QVERIFY(statuses.contains(ConversationStatus::Resolved));
    QVERIFY(statuses.contains(ConversationStatus::Open) || statuses.contains(ConversationStatus::Waiting));
}

void TestDemoGenerator::database_passesIntegrityCheck()
{
    auto problems = Maintenance(*m_big).check();
    QVERIFY2(problems, qPrintable(why(problems)));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    for (const Conversation &c : m_conversations) {
        QVERIFY(c.messageCount >= 1);
        QVERIFY(c.citizenId != 0);
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
