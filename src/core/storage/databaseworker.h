#pragma once

#include <QString>
#include <QThread>

namespace Torget {

class Database;

// A thread for long database reads and writes off the GUI thread (reports, recomputing deadlines).
// Work is queued to it with QMetaObject::invokeMethod(worker.context(), …); Database gives that
// thread a connection of its own on first use. The destructor waits for the work in hand, then
// closes that connection on its own thread and hands the driver back, so that Database can remove
// the connection later without touching another thread's connection.
class DatabaseWorker final
{
public:
    DatabaseWorker(Database &db, const QString &name);
    ~DatabaseWorker();
    DatabaseWorker(const DatabaseWorker &) = delete;
    DatabaseWorker &operator=(const DatabaseWorker &) = delete;

    QObject *context() const { return m_context; }

private:
    Database &m_db;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
};

} // namespace Torget
