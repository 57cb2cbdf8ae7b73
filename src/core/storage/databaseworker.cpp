#include "databaseworker.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlDriver>

namespace Torget {

DatabaseWorker::DatabaseWorker(Database &db, const QString &name)
    : m_db(db)
    , m_context(new QObject)
{
    m_thread.setObjectName(name);
    m_context->moveToThread(&m_thread);
    m_thread.start(QThread::LowPriority);
}

DatabaseWorker::~DatabaseWorker()
{
    QThread *owner = QThread::currentThread();
    QMetaObject::invokeMethod(
        m_context,
        [this, owner] {
            QSqlDatabase connection = m_db.connection();
            connection.close();
            if (QSqlDriver *driver = connection.driver())
                driver->moveToThread(owner);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_context;
}

} // namespace Torget
