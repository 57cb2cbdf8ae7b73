#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Torget {

// Where SQLite and PostgreSQL differ: DDL, full-text search, maintenance. Repositories write
// portable SQL (ON CONFLICT, RETURNING, CASE, COALESCE work on both) and ask the dialect for the rest.
class SqlDialect
{
public:
    struct Migration
    {
        int version;
        QString description;
        QStringList statements;
        // After the statements: index the messages already stored (the index holds text folded in C++).
        bool reindexMessages = false;
        // After the statements: fill citizens.search_name (folded in C++).
        bool foldCitizenNames = false;
    };

    virtual ~SqlDialect() = default;
    virtual QString name() const = 0;
    virtual std::vector<Migration> migrations() const = 0;
    // Statements run on every new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    virtual QString beginWrite() const = 0;
    // Full-text index maintenance for messages; the text is already folded (SearchText::fold).
    virtual QString ftsInsertRows(int rows) const = 0; // positional: id, body, author per row
    virtual QString ftsDelete() const = 0; // binds :id, :body, :author (the previously indexed values)
    // Matching message ids for a MATCH expression built by ftsQuery(), newest first; binds :q and :limit.
    virtual QString ftsSearch() const = 0;
    virtual QString ftsQuery(const QStringList &foldedTerms) const = 0;
};

class SqliteDialect final : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    std::vector<Migration> migrations() const override;
    QStringList connectionSetup() const override;
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString ftsInsertRows(int rows) const override;
    QString ftsDelete() const override;
    QString ftsSearch() const override;
    QString ftsQuery(const QStringList &foldedTerms) const override;
};

} // namespace Torget
