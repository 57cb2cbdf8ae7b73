#pragma once

// Shared by the storage tests: a real SQLite file in a temporary folder, plus a few rows that most
// tests need (account, citizen, conversation) created through the repositories themselves.

#include "domain/types.h"
#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "util/result.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace TorgetTest {

// The error text of a failed result, for QVERIFY2; empty (and never touching the error) when ok.
template <typename T>
QByteArray errorText(const Torget::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().toUtf8();
}

} // namespace TorgetTest

// Fails the current test with the result's translated error unless it succeeded.
#define TORGET_VERIFY_OK(expr)                                                                               \
    do {                                                                                                     \
        const auto &torgetResult_ = (expr);                                                                  \
        QVERIFY2(torgetResult_.ok(), TorgetTest::errorText(torgetResult_).constData());                      \
    } while (false)

// Declares `var` as the value of a Result<T>, failing the current test when it holds an error.
#define TORGET_TAKE(var, expr)                                                                               \
    auto var##Result_ = (expr);                                                                              \
    QVERIFY2(var##Result_.ok(), TorgetTest::errorText(var##Result_).constData());                            \
    auto &var = *var##Result_

// Calls a void helper that uses QVERIFY/QCOMPARE and stops the test when the helper failed.
#define TORGET_CALL(expr)                                                                                    \
    do {                                                                                                     \
        expr;                                                                                                \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace TorgetTest {

inline QString dbPath(const QTemporaryDir &dir, const QString &name = QStringLiteral("torget.sqlite"))
{
    return dir.filePath(name);
}

inline void openMigrated(const QString &path, std::unique_ptr<Torget::Database> &out)
{
    auto opened = Torget::Database::openSqlite(path);
    QVERIFY2(opened.ok(), errorText(opened).constData());
    out = std::move(*opened);
}

inline void openRaw(const QString &path, std::unique_ptr<Torget::Database> &out)
{
    auto opened = Torget::Database::openSqliteRaw(path);
    QVERIFY2(opened.ok(), errorText(opened).constData());
    out = std::move(*opened);
}

// Runs a query that returns one value.
inline void scalar(Torget::Database &db, const QString &sql, QVariant &out)
{
    auto q = db.query(sql);
    QVERIFY2(q.ok(), errorText(q).constData());
    QVERIFY2(q->next(), qPrintable(QStringLiteral("no row from: ") + sql));
    out = q->value(0);
}

inline void scalarInt(Torget::Database &db, const QString &sql, qint64 &out)
{
    QVariant v;
    TORGET_CALL(scalar(db, sql, v));
    bool ok = false;
    out = v.toLongLong(&ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("not a number from: ") + sql));
}

inline bool objectExists(Torget::Database &db, const QString &name)
{
    auto q = db.query(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = :n"), {{":n", name}});
    return q.ok() && q->next();
}

struct Seed
{
    qint64 accountId = 0;
    qint64 citizenId = 0;
    qint64 conversationId = 0;
};

inline void addAccount(Torget::Database &db, const QString &name, qint64 &out,
                       Torget::Channel channel = Torget::Channel::Facebook)
{
    Torget::Account a;
    a.channel = channel;
    a.name = name;
    a.externalId = name + QStringLiteral("-page");
    a.createdAt = 1000;
    TORGET_TAKE(id, Torget::AccountRepository(db).upsert(a));
    out = id;
}

inline void addCitizen(Torget::Database &db, qint64 accountId, const QString &externalId, const QString &name,
                       qint64 &out)
{
    Torget::Citizen c;
    c.accountId = accountId;
    c.externalId = externalId;
    c.displayName = name;
    c.createdAt = 1000;
    TORGET_TAKE(id, Torget::CitizenRepository(db).upsert(c));
    out = id;
}

inline Torget::Conversation conversation(qint64 accountId, qint64 citizenId, const QString &externalId,
                                         qint64 lastMessageAt = 1000)
{
    Torget::Conversation c;
    c.accountId = accountId;
    c.citizenId = citizenId;
    c.externalId = externalId;
    c.subject = QStringLiteral("Emne ") + externalId;
    c.createdAt = 1000;
    c.lastMessageAt = lastMessageAt;
    return c;
}

inline void addConversation(Torget::Database &db, const Torget::Conversation &c, qint64 &out)
{
    TORGET_TAKE(id, Torget::ConversationRepository(db).upsert(c));
    out = id;
}

// One account, one citizen and one conversation.
inline void seed(Torget::Database &db, Seed &out, const QString &accountName = QStringLiteral("Demo kommune"))
{
    TORGET_CALL(addAccount(db, accountName, out.accountId));
    TORGET_CALL(addCitizen(db, out.accountId, QStringLiteral("citizen-1"), QStringLiteral("Kari Nordmann"),
                           out.citizenId));
    TORGET_CALL(addConversation(db, conversation(out.accountId, out.citizenId, QStringLiteral("conv-1")),
                                out.conversationId));
}

inline Torget::Message message(const Seed &s, const QString &externalId, const QString &text,
                               qint64 createdAt = 2000)
{
    Torget::Message m;
    m.conversationId = s.conversationId;
    m.accountId = s.accountId;
    m.externalId = externalId;
    m.citizenId = s.citizenId;
    m.authorName = QStringLiteral("Kari Nordmann");
    m.bodyText = text;
    m.createdAt = createdAt;
    return m;
}

// Every schema object as "type|name|table|sql" with whitespace runs collapsed, sorted.
inline void schemaOf(Torget::Database &db, QStringList &out)
{
    auto q = db.query(QStringLiteral("SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master"));
    QVERIFY2(q.ok(), errorText(q).constData());
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    out.clear();
    while (q->next()) {
        QString sql = q->value(3).toString();
        sql.replace(spaces, QStringLiteral(" "));
        out << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                           sql.trimmed()}
                   .join(QLatin1Char('|'));
    }
    out.sort();
}

} // namespace TorgetTest
