#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace Torget {

// For the start-up benchmark (tests/bench): installed on the application, it prints
// "first-paint <ms since main> <peak kB> <main-thread CPU ms> <process CPU ms>" once the first
// paint pass has ended, and quits. The app (TORGET_EXIT_AFTER_FIRST_PAINT=1) and the empty-window
// baseline (torget-bench-window) use this one probe, so that both report the same way.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &since)
        : m_since(since)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QElapsedTimer &m_since;
    bool m_seen = false;
};

} // namespace Torget
