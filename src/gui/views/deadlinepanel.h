#pragma once

#include "util/clock.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace Torget {

class Database;
struct Explanation;

// "Why this deadline" above the conversation: the state (ok, soon, breached, paused), when the
// running clock is due and how much time is left, and behind an expander the engine's explanation
// (SlaService::explain): which message started the clock, opening hours, the weekends, holidays and
// closures skipped, pauses, and an escalation after a breach. A second expander lists what counts
// as a response (SlaClock::rules). Both expanders are buttons, so Tab and Space reach them.
//
// Recomputed when the conversation changes and at most once a minute while it is shown (one timer
// for the panel, running only while a conversation with a running clock is visible).
class DeadlinePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DeadlinePanel(Database &db, QWidget *parent = nullptr);
    ~DeadlinePanel() override;

    // The panel reads "now" from this clock (the system clock until set).
    void setClock(const Clock &clock);
    // 0 hides the panel.
    void showConversation(qint64 id);
    // Reads the explanation again (the conversation changed, or a minute passed).
    void refresh();

    bool isExpanded() const;
    void setExpanded(bool expanded);
    // The texts shown, for tests and screen readers: the summary line and one line per step.
    QString summaryText() const;
    QStringList stepTexts() const { return m_steps; }
    QString lastError() const { return m_error; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void render(const Explanation &x);
    void updateTimer();

    Database &m_db;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    qint64 m_id = 0;
    bool m_running = false; // a clock runs: the remaining time changes with the minutes
    QString m_error;
    QStringList m_steps;
    QLabel *m_summary = nullptr;
    QToolButton *m_whyButton = nullptr;
    QToolButton *m_rulesButton = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_rules = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Torget
