#pragma once

#include "util/result.h"

#include <QDateTime>

#include <functional>

namespace Torget {

class Database;

struct DemoOptions
{
    qint64 conversations = 20000;
    quint64 seed = 1;
    // The demo's "now": history ends here. The same seed, size and end give the same database.
    QDateTime until;
    int months = 15;
};

struct DemoSummary
{
    qint64 accounts = 0;
    qint64 agents = 0;
    qint64 posts = 0;
    qint64 conversations = 0;
    qint64 messages = 0;
};

// Fills an empty database with "Demo kommune": channels, staff, citizens asking about real municipal
// topics in bokmål, nynorsk and English, agents answering in opening hours, and own posts whose mix
// moves from information towards mobilization and dialog.
class DemoGenerator final
{
public:
    DemoGenerator(Database &db, DemoOptions options);
    // progress(done, total) is called between transactions.
    Result<DemoSummary> run(const std::function<void(qint64, qint64)> &progress = {});

private:
    Database &m_db;
    DemoOptions m_options;
};

} // namespace Torget
