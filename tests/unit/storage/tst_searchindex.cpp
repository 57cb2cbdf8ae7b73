// SearchIndex::matchQuery spells prefix terms out as the index's words (issue 7: search at a
// million conversations). The matches must stay those of FTS5's own prefix query, also after the
// index gains new words.

#include "storage/messagerepository.h"
#include "storage/searchindex.h"
#include "storage/searchrepository.h"
#include "storagetestutil.h"

#include <QTest>

#include <algorithm>

using namespace Torget;
using namespace TorgetTest;

class TestSearchIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void prefixOfFewWords_isSpelledOutAndFindsEveryForm();
    void prefixOfManyWords_staysAPrefixAndFindsEveryForm();
    void wordAddedAfterASearch_isFoundByTheNextSearch();
    void wordRemovedByAnEdit_isNoLongerFound();

private:
    qint64 add(const QString &externalId, const QString &text);
    QList<qint64> found(const QString &query);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Seed m_seed;
    QList<qint64> m_takk; // messages with a word beginning with "takk"
};

void TestSearchIndex::init()
{
    QVERIFY(m_dir.isValid());
    m_db.reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath(m_dir) + suffix);
    TORGET_CALL(openMigrated(dbPath(m_dir), m_db));
    m_seed = {};
    TORGET_CALL(seed(*m_db, m_seed));
    m_takk.clear();
    m_takk << add(QStringLiteral("1"), QStringLiteral("Takk for svar!"));
    m_takk << add(QStringLiteral("2"), QStringLiteral("Takker for svaret om brøyting."));
    m_takk << add(QStringLiteral("3"), QStringLiteral("Vi takket nei."));
    (void)add(QStringLiteral("4"), QStringLiteral("Tak over hodet og ingen svar."));
    (void)add(QStringLiteral("5"), QStringLiteral("Stakkars oss."));
}

qint64 TestSearchIndex::add(const QString &externalId, const QString &text)
{
    auto stored = MessageRepository(*m_db).insert(message(m_seed, externalId, text));
    return stored ? stored->id : -1;
}

QList<qint64> TestSearchIndex::found(const QString &query)
{
    QList<qint64> ids;
    if (auto hits = SearchRepository(*m_db).search(query, 1000)) {
        for (const SearchHit &h : *hits)
            ids << h.messageId;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestSearchIndex::prefixOfFewWords_isSpelledOutAndFindsEveryForm()
{
    const QString match = m_db->searchIndex().matchQuery({QStringLiteral("takk")});
    QVERIFY2(!match.contains(QLatin1Char('*')), qPrintable(match));
    QVERIFY2(match.contains(QLatin1String("\"takket\"")), qPrintable(match));
    QCOMPARE(found(QStringLiteral("takk")), m_takk);
    // "takk" and "svar" both prefixes, "for" whole: the first two messages, not "Tak … svar".
    QCOMPARE(found(QStringLiteral("takk for svar")), m_takk.mid(0, 2));
}

void TestSearchIndex::prefixOfManyWords_staysAPrefixAndFindsEveryForm()
{
    QList<qint64> expected;
    for (int i = 0; i <= SearchIndex::maxPrefixWords; ++i)
        expected << add(QStringLiteral("ord-%1").arg(i), QStringLiteral("ordform%1 her").arg(i));
    const QString match = m_db->searchIndex().matchQuery({QStringLiteral("ordform")});
    QCOMPARE(match, m_db->dialect().ftsQuery({QStringLiteral("ordform")}));
    QCOMPARE(found(QStringLiteral("ordform")), expected);
}

void TestSearchIndex::wordAddedAfterASearch_isFoundByTheNextSearch()
{
    QCOMPARE(found(QStringLiteral("takk")), m_takk);
    const qint64 added = add(QStringLiteral("6"), QStringLiteral("Takksigelse til brøytemannskapet"));
    QCOMPARE(found(QStringLiteral("takk")), m_takk << added);
}

void TestSearchIndex::wordRemovedByAnEdit_isNoLongerFound()
{
    QCOMPARE(found(QStringLiteral("takke")), m_takk.mid(1, 2));
    Message edited = message(m_seed, QStringLiteral("3"), QStringLiteral("Vi sa nei."));
    edited.editedAt = 3000;
    TORGET_TAKE(stored, MessageRepository(*m_db).insert(edited));
    QVERIFY(stored.edited);
    QCOMPARE(found(QStringLiteral("takke")), m_takk.mid(1, 1));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
