#pragma once

#include "domain/types.h"
#include "storage/maturityrepository.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class MaturityEventsDialog;
}

namespace Torget {

class Clock;
class Database;

// Adds, edits and deletes the events drawn on the maturity charts (audited by MaturitySettings).
class MaturityEventsDialog final : public QDialog
{
    Q_OBJECT

public:
    MaturityEventsDialog(Database &db, const Clock &clock, const Agent &agent, QWidget *parent = nullptr);
    ~MaturityEventsDialog() override;

    void newEvent();
    bool saveEvent(); // false (and a message) when the event could not be saved
    void deleteEvent();
    int eventCount() const { return static_cast<int>(m_events.size()); }
    bool changed() const { return m_changed; }

private:
    void reload(qint64 select = 0);
    void showEventAt(int row);

    Database &m_db;
    const Clock &m_clock;
    Agent m_agent;
    std::unique_ptr<Ui::MaturityEventsDialog> m_ui;
    std::vector<MaturityEvent> m_events;
    qint64 m_editing = 0;
    bool m_changed = false;
};

} // namespace Torget
