#include "slarefreshjob.h"

#include "sla/slaservice.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/databaseworker.h"

#include <memory>

namespace Torget {

SlaRefreshJob::SlaRefreshJob(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_worker = std::make_unique<DatabaseWorker>(m_db, QStringLiteral("deadline refresh"));
}

SlaRefreshJob::~SlaRefreshJob()
{
    // The work in hand finishes before the members it uses go.
    m_worker.reset();
}

void SlaRefreshJob::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    run();
}

void SlaRefreshJob::run()
{
    QMetaObject::invokeMethod(
        m_worker->context(),
        [this] {
            qint64 total = 0;
            if (auto count = ConversationRepository(m_db).count({}))
                total = *count;
            qint64 reported = -1;
            auto result = SlaService(m_db).ensureFresh([this, total, &reported](qint64 done) {
                // At most about a hundred updates, whatever the size of the database.
                if (total > 0 && reported >= 0 && (done - reported) * 100 < total)
                    return;
                reported = done;
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            });
            QString error;
            qint64 conversations = 0;
            qint64 ms = 0;
            if (!result)
                error = result.error();
            else if (result->has_value()) {
                conversations = (*result)->conversations;
                ms = (*result)->milliseconds;
            }
            QMetaObject::invokeMethod(
                this,
                [this, error, conversations, ms] {
                    if (m_again) {
                        m_again = false;
                        run();
                        return;
                    }
                    m_running = false;
                    Q_EMIT finished(error, conversations, ms);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Torget
