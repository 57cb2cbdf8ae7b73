// Coding of own posts: every post gets the classifier's code, a changed text or a newer classifier
// codes it again, and an editor's override persists and is audited.

#include "analytics/postcoding.h"
#include "maturityfixture.h"
#include "storage/historyrepository.h"
#include "storage/maturityrepository.h"
#include "util/clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace TorgetTest;
using namespace Qt::StringLiterals;

class TestPostCoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void codePending_codesEveryPostWithTheClassifiersCode();
    void codePending_secondRun_codesNothing();
    void changedText_isCodedAgain();
    void olderClassifierVersion_isCodedAgain();
    void override_persistsAcrossReopening_andIsAudited();
    void override_survivesRecodingAndTextChanges();
    void removeOverride_returnsToTheClassifier_andIsAudited();
    void override_unknownPost_failsAndAuditsNothing();
    void posts_allChannelsOrOne_newestFirst();

private:
    QString codeOf(qint64 postId);
    std::vector<AuditEntry> audits();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    MaturityFixture m_f;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc())};
    Agent m_editor;
};

void TestPostCoding::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_CALL(buildMaturityFixture(*m_db, m_f));
    m_editor = {m_f.agent, QStringLiteral("Åse Saksbehandler"), QStringLiteral("ase@kommune.no"), true};
}

void TestPostCoding::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestPostCoding::codeOf(qint64 postId)
{
    auto post = MaturityRepository(*m_db).post(postId);
    if (!post || !post->has_value())
        return QStringLiteral("<missing>");
    return (*post)->code;
}

std::vector<AuditEntry> TestPostCoding::audits()
{
    std::vector<AuditEntry> out;
    (void)HistoryRepository(*m_db).forEachAudit([&](const AuditEntry &a) -> Status {
        if (a.objectType == QLatin1String("post"))
            out.push_back(a);
        return {};
    });
    return out;
}

void TestPostCoding::codePending_codesEveryPostWithTheClassifiersCode()
{
    QCOMPARE(codeOf(m_f.posts[0]), QString()); // not coded on insert
    TORGET_TAKE(coded, PostCoding(*m_db, m_clock).codePending());
    QCOMPARE(coded, 6);
    const QStringList expected{u"information"_s, u"mobilization"_s, u"dialog"_s,
                               u"information"_s, u"mobilization"_s, u"dialog"_s};
    for (std::size_t i = 0; i < m_f.posts.size(); ++i)
        QCOMPARE(codeOf(m_f.posts[i]), expected.at(static_cast<qsizetype>(i)));
    TORGET_TAKE(post, MaturityRepository(*m_db).post(m_f.posts[0]));
    QCOMPARE(post->codeVersion, PostClassifier::version);
    QVERIFY(!post->overridden);
}

void TestPostCoding::codePending_secondRun_codesNothing()
{
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    TORGET_TAKE(again, PostCoding(*m_db, m_clock).codePending());
    QCOMPARE(again, 0);
}

void TestPostCoding::changedText_isCodedAgain()
{
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    QCOMPARE(codeOf(m_f.posts[0]), u"information"_s);
    // The platform reports an edited post (PostRepository::upsert on the same external id).
    Post p;
    p.accountId = m_f.facebook;
    p.externalId = QStringLiteral("p1");
    p.text = QStringLiteral("Vannet er stengt i Storgata. Tips oss om du ser lekkasjer!");
    p.createdAt = oslo(1, 5, 10, 0);
    TORGET_VERIFY_OK(PostRepository(*m_db).upsert(p));
    QCOMPARE(codeOf(m_f.posts[0]), QString());
    TORGET_TAKE(coded, PostCoding(*m_db, m_clock).codePending());
    QCOMPARE(coded, 1);
    QCOMPARE(codeOf(m_f.posts[0]), u"mobilization"_s);
}

void TestPostCoding::olderClassifierVersion_isCodedAgain()
{
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    // As if coded by an older classifier that called the post dialog.
    TORGET_VERIFY_OK(
        m_db->exec(QStringLiteral("UPDATE posts SET code = 'dialog', code_version = 0 WHERE id = %1")
                       .arg(m_f.posts[0])));
    TORGET_TAKE(coded, PostCoding(*m_db, m_clock).codePending());
    QCOMPARE(coded, 1);
    QCOMPARE(codeOf(m_f.posts[0]), u"information"_s);
}

void TestPostCoding::override_persistsAcrossReopening_andIsAudited()
{
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).overrideCode(m_f.posts[1], PostClass::Dialog, m_editor));

    m_db.reset();
    TORGET_CALL(openMigrated(dbPath(*m_dir), m_db));
    TORGET_TAKE(post, MaturityRepository(*m_db).post(m_f.posts[1]));
    QVERIFY(post.has_value());
    QCOMPARE(post->code, u"dialog"_s);
    QVERIFY(post->overridden);

    const auto entries = audits();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].action, u"maturity-override"_s);
    QCOMPARE(entries[0].objectId, std::optional<qint64>(m_f.posts[1]));
    QCOMPARE(entries[0].agentId, std::optional<qint64>(m_f.agent));
    QCOMPARE(entries[0].detail, u"mobilization → dialog"_s);
    QCOMPARE(entries[0].at, m_clock.now().toMSecsSinceEpoch());

    TORGET_TAKE(info, MaturityRepository(*m_db).lastOverride(m_f.posts[1]));
    QVERIFY(info.has_value());
    QCOMPARE(info->agentName, u"Åse Saksbehandler"_s);
}

void TestPostCoding::override_survivesRecodingAndTextChanges()
{
    TORGET_VERIFY_OK(
        PostCoding(*m_db, m_clock).overrideCode(m_f.posts[0], PostClass::Mobilization, m_editor));
    TORGET_VERIFY_OK(
        m_db->exec(QStringLiteral("UPDATE posts SET code_version = 0, text = 'Ny tekst' WHERE id = %1")
                       .arg(m_f.posts[0])));
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    QCOMPARE(codeOf(m_f.posts[0]), u"mobilization"_s);
}

void TestPostCoding::removeOverride_returnsToTheClassifier_andIsAudited()
{
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).overrideCode(m_f.posts[2], PostClass::Information, m_editor));
    m_clock.advanceSecs(60);
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).removeOverride(m_f.posts[2], m_editor));
    TORGET_TAKE(post, MaturityRepository(*m_db).post(m_f.posts[2]));
    QCOMPARE(post->code, u"dialog"_s);
    QVERIFY(!post->overridden);
    const auto entries = audits();
    QCOMPARE(entries.size(), std::size_t(2));
    QCOMPARE(entries[1].action, u"maturity-override-removed"_s);
    QCOMPARE(entries[1].detail, u"information → dialog"_s);
    TORGET_TAKE(info, MaturityRepository(*m_db).lastOverride(m_f.posts[2]));
    QCOMPARE(info->detail, u"information → dialog"_s);
}

void TestPostCoding::override_unknownPost_failsAndAuditsNothing()
{
    const Status s = PostCoding(*m_db, m_clock).overrideCode(999999, PostClass::Dialog, m_editor);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("999999")));
    QVERIFY(audits().empty());
}

void TestPostCoding::posts_allChannelsOrOne_newestFirst()
{
    TORGET_VERIFY_OK(PostCoding(*m_db, m_clock).codePending());
    TORGET_TAKE(all, MaturityRepository(*m_db).posts(oslo(1, 1, 0, 0), oslo(3, 1, 0, 0)));
    QCOMPARE(all.size(), std::size_t(6));
    QCOMPARE(all.front().id, m_f.posts[5]); // 10 February
    QCOMPARE(all.back().id, m_f.posts[0]);  // 5 January
    QCOMPARE(all.front().code, u"dialog"_s);
    QCOMPARE(all.front().channel, Channel::Mastodon);
    QCOMPARE(all.front().accountName, u"Kommunen på Mastodon"_s);
    TORGET_TAKE(mastodon,
                MaturityRepository(*m_db).posts(oslo(1, 1, 0, 0), oslo(3, 1, 0, 0), Channel::Mastodon));
    QCOMPARE(mastodon.size(), std::size_t(2));
    TORGET_TAKE(january, MaturityRepository(*m_db).posts(oslo(1, 1, 0, 0), oslo(2, 1, 0, 0)));
    QCOMPARE(january.size(), std::size_t(4));
}

QTEST_GUILESS_MAIN(TestPostCoding)
#include "tst_postcoding.moc"
