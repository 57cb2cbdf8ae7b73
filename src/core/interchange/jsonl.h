#pragma once

#include "util/result.h"

#include <QString>

class QIODevice;

namespace Torget {

class Database;

// Torget's JSON Lines interchange format (README.md, "JSON Lines interchange format"): one record per line, a
// header first, records referring to each other by the ids they carry in the file.
namespace Jsonl {

inline constexpr int formatVersion = 1;

struct Counts
{
    qint64 accounts = 0;
    qint64 agents = 0;
    qint64 citizens = 0;
    qint64 posts = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
    qint64 notes = 0;
    qint64 events = 0;
    qint64 audit = 0;
    qint64 lines = 0;
};

// Writes the whole database.
Result<Counts> write(Database &db, QIODevice &out);
Result<Counts> exportToFile(Database &db, const QString &path);

// Reads a file in one transaction: a malformed line names its line number and nothing is imported.
// Idempotent on external ids: importing the same file twice adds nothing the second time.
Result<Counts> read(Database &db, QIODevice &in);
Result<Counts> importFromFile(Database &db, const QString &path);

} // namespace Jsonl
} // namespace Torget
