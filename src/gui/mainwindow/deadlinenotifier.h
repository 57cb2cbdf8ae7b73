#pragma once

#include "sla/slaclock.h"

#include <QObject>
#include <QString>

#include <set>
#include <tuple>
#include <vector>

class QSystemTrayIcon;
class QTimer;

namespace Torget {

class Clock;
class Database;

// Tray messages before and at a breach, and escalation after it, for the whole application: one
// timer, once a minute, and two range queries on conversations.due_at (the deadlines that entered
// "about to breach" or "breached" since the last check), so nothing runs per conversation.
//
// Each conversation is announced once per deadline and state (soon, then breached). What was
// announced is remembered in memory only: a restarted app announces nothing from before its
// start (its first check only sets the starting point); escalation, which must happen exactly
// once, keeps its mark in the database instead (Escalation).
//
// With a system tray the message is a tray balloon whose click opens the conversation; without
// one (or with tray messages off in tests) it goes to statusMessage() for the status bar.
class DeadlineNotifier final : public QObject
{
    Q_OBJECT

public:
    DeadlineNotifier(Database &db, const Clock &clock, QObject *parent = nullptr);
    ~DeadlineNotifier() override;

    // Announcements on or off (the setting "notify about deadlines"); escalation runs either way.
    void setNotificationsEnabled(bool enabled);
    bool notificationsEnabled() const { return m_enabled; }
    // A tray icon when the desktop has a tray (default); off: status-bar messages only.
    void setTrayAllowed(bool allowed);
    bool usesTray() const { return m_tray != nullptr; }

    // The first check now, then one a minute.
    void start();
    // One check: announcements and an escalation pass.
    void check();

    struct Notice
    {
        qint64 conversationId = 0;
        DeadlineState state = DeadlineState::Soon;
        qint64 dueAt = 0;
    };
    // Every announcement made, in order (tests, and the count in the status bar).
    const std::vector<Notice> &notices() const { return m_notices; }

Q_SIGNALS:
    // One announcement (a tray message, or the same text for the status bar).
    void notified(const QString &title, const QString &text, qint64 conversationId);
    void statusMessage(const QString &message);
    // The user clicked a message: open this conversation.
    void conversationRequested(qint64 conversationId);
    // Conversations were assigned by escalation: the inbox should read them again.
    void escalated(int count);

private:
    void announce(const QString &title, const QString &text, qint64 conversationId);
    void updateTray();

    Database &m_db;
    const Clock &m_clock;
    QTimer *m_timer = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_enabled = true;
    bool m_trayAllowed = true;
    bool m_started = false;
    qint64 m_soonUpTo = 0;
    qint64 m_breachedUpTo = 0;
    qint64 m_clickTarget = 0;
    std::set<std::tuple<qint64, int, qint64>> m_announced; // (conversation, state, due at)
    std::vector<Notice> m_notices;
};

} // namespace Torget
