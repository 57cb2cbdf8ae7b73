#pragma once

#include <memory>

#include <QObject>
#include <QString>

namespace Torget {

class DatabaseWorker;

class Database;

// Recomputes every conversation's response-time facts and deadline on a worker thread after the
// calendar or the policy changed (SlaService::ensureFresh: about a minute at a million
// conversations), so that the window stays usable; progress comes back to the GUI thread.
// Destroying the job waits for the worker (the database must outlive it).
class SlaRefreshJob final : public QObject
{
    Q_OBJECT

public:
    explicit SlaRefreshJob(Database &db, QObject *parent = nullptr);
    ~SlaRefreshJob() override;

    // Starts (or, when running, runs once more after the current pass).
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // done of total conversations (total 0: unknown).
    void progress(qint64 done, qint64 total);
    // error empty on success; conversations: how many were recomputed (0: nothing was needed).
    void finished(const QString &error, qint64 conversations, qint64 milliseconds);

private:
    void run();

    Database &m_db;
    std::unique_ptr<DatabaseWorker> m_worker;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Torget
