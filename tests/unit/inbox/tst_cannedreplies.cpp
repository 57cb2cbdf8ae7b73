#include "inbox/cannedreplies.h"
#include "storage/cannedreplyrepository.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Torget;
using namespace Qt::StringLiterals;

class TestCannedReplies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void expand_fillsPlaceholders_data();
    void expand_fillsPlaceholders();
    void seedIfEmpty_addsTheLibraryOnce();
    void defaults_coverBokmalNynorskAndRedirects();
    void list_searchesTitleAndBodyFolded_inNorwegianOrder();
    void save_sameTitleAndLanguage_updatesInsteadOfDuplicating();
    void save_withoutTitleOrText_isRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCannedReplies::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(u"t.sqlite"_s));
    QVERIFY(db);
    m_db = std::move(*db);
}

void TestCannedReplies::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestCannedReplies::expand_fillsPlaceholders_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("citizen");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first names") << u"Hei {navn}! Hilsen {agent}, {kommune}"_s << u"Åse Ødegård"_s
                                 << u"Hei Åse! Hilsen Kari, Demo kommune"_s;
    QTest::newRow("English keys") << u"Hi {name}, {municipality}"_s << u"Ola"_s << u"Hi Ola, Demo kommune"_s;
    QTest::newRow("unknown citizen") << u"Hei {navn}!"_s << QString() << u"Hei!"_s;
    QTest::newRow("unknown braces stay")
        << u"Se {lenke} og {navn}"_s << u"Per Berg"_s << u"Se {lenke} og Per"_s;
}

void TestCannedReplies::expand_fillsPlaceholders()
{
    QFETCH(QString, body);
    QFETCH(QString, citizen);
    QFETCH(QString, expected);
    QCOMPARE(CannedReplies::expand(body, {citizen, u"Kari Nordmann"_s, u"Demo kommune"_s}), expected);
}

void TestCannedReplies::seedIfEmpty_addsTheLibraryOnce()
{
    auto added = CannedReplies::seedIfEmpty(*m_db, 1000);
    QVERIFY(added);
    QCOMPARE(*added, static_cast<int>(CannedReplies::defaults(0).size()));
    auto again = CannedReplies::seedIfEmpty(*m_db, 2000);
    QVERIFY(again);
    QCOMPARE(*again, 0);
    QCOMPARE(*CannedReplyRepository(*m_db).count(), static_cast<qint64>(*added));
}

void TestCannedReplies::defaults_coverBokmalNynorskAndRedirects()
{
    int nb = 0, nn = 0, redirects = 0;
    for (const CannedReply &r : CannedReplies::defaults(0)) {
        nb += r.language == u"nb"_s;
        nn += r.language == u"nn"_s;
        redirects += r.redirect;
        QVERIFY2(r.body.contains(u"{agent}"_s), qPrintable(r.title));
    }
    QVERIFY(nb >= 5);
    QVERIFY(nn >= 5);
    QVERIFY(redirects >= 2);
}

void TestCannedReplies::list_searchesTitleAndBodyFolded_inNorwegianOrder()
{
    QVERIFY(CannedReplies::seedIfEmpty(*m_db, 0));
    CannedReplyRepository repository(*m_db);
    auto nn = repository.list(u"nn"_s);
    QVERIFY(nn);
    for (const CannedReply &r : *nn)
        QCOMPARE(r.language, u"nn"_s);
    auto hits = repository.list(QString(), u"BRØYT"_s);
    QVERIFY(hits);
    QCOMPARE(hits->size(), std::size_t(2));             // one bokmål, one nynorsk
    auto none = repository.list(QString(), u"broyt"_s); // ø is a letter of its own
    QCOMPARE(none->size(), std::size_t(0));
    // Norwegian order: "Åpningstider" after "Videresendt…" (å is the last letter).
    auto nb = repository.list(u"nb"_s);
    QCOMPARE(nb->back().title, u"Åpningstider"_s);
}

void TestCannedReplies::save_sameTitleAndLanguage_updatesInsteadOfDuplicating()
{
    CannedReplyRepository repository(*m_db);
    auto first = repository.save({0, u"Svar"_s, u"nb"_s, u"én"_s, false, 1, 1});
    auto second = repository.save({0, u"Svar"_s, u"nb"_s, u"to"_s, true, 1, 2});
    QVERIFY(first && second);
    QCOMPARE(*first, *second);
    auto all = repository.list();
    QCOMPARE(all->size(), std::size_t(1));
    QCOMPARE(all->front().body, u"to"_s);
    QVERIFY(all->front().redirect);
    auto nynorsk = repository.save({0, u"Svar"_s, u"nn"_s, u"tre"_s, false, 1, 1});
    QVERIFY(nynorsk && *nynorsk != *first);
    QVERIFY(repository.remove(*first));
    QCOMPARE(*repository.count(), 1);
}

void TestCannedReplies::save_withoutTitleOrText_isRefused()
{
    CannedReplyRepository repository(*m_db);
    QVERIFY(!repository.save({0, u"  "_s, u"nb"_s, u"tekst"_s, false, 0, 0}));
    QVERIFY(!repository.save({0, u"Tittel"_s, u"nb"_s, u""_s, false, 0, 0}));
    QVERIFY(!repository.save({0, u"Tittel"_s, u"sv"_s, u"tekst"_s, false, 0, 0}));
    QCOMPARE(*repository.count(), 0);
}

QTEST_GUILESS_MAIN(TestCannedReplies)
#include "tst_cannedreplies.moc"
