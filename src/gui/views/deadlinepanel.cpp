#include "deadlinepanel.h"

#include "sla/escalation.h"
#include "sla/slaclock.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "util/timeformat.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace Torget {

namespace {

constexpr int minuteMs = 60 * 1000;

QString listHtml(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0; -qt-list-indent: 1;\">");
    for (const QString &line : lines)
        html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

DeadlinePanel::DeadlinePanel(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("deadlinePanel"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_whyButton = new QToolButton(this);
    m_whyButton->setObjectName(QStringLiteral("deadlineWhyButton"));
    m_whyButton->setCheckable(true);
    m_whyButton->setAutoRaise(true);
    m_whyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_whyButton->setArrowType(Qt::RightArrow);
    m_whyButton->setFocusPolicy(Qt::StrongFocus);

    m_rulesButton = new QToolButton(this);
    m_rulesButton->setObjectName(QStringLiteral("deadlineRulesButton"));
    m_rulesButton->setCheckable(true);
    m_rulesButton->setAutoRaise(true);
    m_rulesButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rulesButton->setArrowType(Qt::RightArrow);
    m_rulesButton->setFocusPolicy(Qt::StrongFocus);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("deadlineDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setVisible(false);

    m_rules = new QLabel(this);
    m_rules->setObjectName(QStringLiteral("deadlineRules"));
    m_rules->setTextFormat(Qt::RichText);
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rules->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_whyButton);
    buttons->addWidget(m_rulesButton);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addWidget(m_rules);

    connect(m_whyButton, &QToolButton::toggled, this, [this](bool on) {
        m_whyButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(on);
    });
    connect(m_rulesButton, &QToolButton::toggled, this, [this](bool on) {
        m_rulesButton->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_rules->setVisible(on);
    });

    // One timer for the panel: the remaining time moves by the minute, so a minute is enough.
    m_timer = new QTimer(this);
    m_timer->setInterval(minuteMs);
    connect(m_timer, &QTimer::timeout, this, &DeadlinePanel::refresh);

    retranslate();
    setVisible(false);
}

DeadlinePanel::~DeadlinePanel() = default;

void DeadlinePanel::setClock(const Clock &clock)
{
    m_clock = &clock;
    refresh();
}

void DeadlinePanel::showConversation(qint64 id)
{
    m_id = id;
    refresh();
}

bool DeadlinePanel::isExpanded() const
{
    return m_whyButton->isChecked();
}

void DeadlinePanel::setExpanded(bool expanded)
{
    m_whyButton->setChecked(expanded);
}

QString DeadlinePanel::summaryText() const
{
    return m_summary->text();
}

void DeadlinePanel::refresh()
{
    m_error.clear();
    m_running = false;
    if (m_id == 0) {
        m_steps.clear();
        setVisible(false);
        updateTimer();
        return;
    }
    auto x = SlaService(m_db).explain(m_id, m_clock->now().toMSecsSinceEpoch());
    if (!x) {
        m_error = x.error();
        m_steps.clear();
        m_summary->setText(tr("The deadline cannot be computed: %1").arg(x.error()));
        m_details->clear();
        setVisible(true);
        updateTimer();
        return;
    }
    render(*x);
    setVisible(true);
    updateTimer();
}

// "1 h 05 min" of time, sign dropped.
static QString durationText(qint64 ms)
{
    const qint64 minutes = (std::abs(ms) + 30 * 1000) / minuteMs;
    if (minutes < 60)
        return DeadlinePanel::tr("%n min", nullptr, static_cast<int>(minutes));
    return DeadlinePanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void DeadlinePanel::render(const Explanation &x)
{
    const Deadline &d = x.deadline;
    const QString kind = d.kind ? displayName(*d.kind).toLower() : QString();
    const QString due = d.dueAt ? TimeFormat::dateTime(*d.dueAt) : QString();
    QString summary;
    switch (d.state) {
    case DeadlineState::Ok:
        summary =
            tr("Deadline: %1 due %2 · %3 of opening hours left (%4 in calendar time)")
                .arg(kind, due, durationText(d.remainingBusinessMs), durationText(d.remainingCalendarMs));
        m_running = true;
        break;
    case DeadlineState::Soon:
        summary =
            tr("About to breach: %1 due %2 · %3 of opening hours left (%4 in calendar time)")
                .arg(kind, due, durationText(d.remainingBusinessMs), durationText(d.remainingCalendarMs));
        m_running = true;
        break;
    case DeadlineState::Breached:
        summary =
            tr("Breached: %1 was due %2 · %3 of opening hours over (%4 in calendar time)")
                .arg(kind, due, durationText(d.remainingBusinessMs), durationText(d.remainingCalendarMs));
        m_running = true;
        break;
    case DeadlineState::Paused:
        summary = tr("Paused: waiting for the citizen, nothing is due");
        break;
    case DeadlineState::None:
        summary = tr("No deadline: nothing is waiting for a reply");
        break;
    }
    m_summary->setText(summary);
    m_summary->setProperty("deadlineState", key(d.state));

    QPalette palette = this->palette();
    const bool dark = darkPalette(palette);
    if (d.state == DeadlineState::Breached)
        palette.setColor(QPalette::WindowText, dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
    else if (d.state == DeadlineState::Soon)
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x4a, 0x00));
    m_summary->setPalette(palette);

    m_steps.clear();
    for (const ExplanationStep &step : x.steps)
        m_steps << step.text;
    if (d.state == DeadlineState::Breached && d.dueAt) {
        Escalation escalation(m_db, *m_clock);
        if (auto done = escalation.escalatedFor(m_id, *d.dueAt); done && done->has_value()) {
            QString name;
            if (auto agents = AccountRepository(m_db).agents()) {
                for (const Agent &a : *agents) {
                    if (a.id == (*done)->second)
                        name = a.name;
                }
            }
            m_steps << tr("Escalated to %1 at %2 after the breach.")
                           .arg(name.isEmpty() ? tr("a colleague") : name,
                                TimeFormat::dateTime((*done)->first));
        }
    }
    m_details->setText(listHtml(m_steps));
}

void DeadlinePanel::updateTimer()
{
    if (m_running && isVisible())
        m_timer->start();
    else
        m_timer->stop();
}

void DeadlinePanel::retranslate()
{
    m_whyButton->setText(tr("Why this deadline"));
    m_whyButton->setToolTip(tr("Which message started the clock, which hours, weekends and holidays were "
                               "skipped, and any pause"));
    m_rulesButton->setText(tr("What counts as a response"));
    m_rulesButton->setToolTip(tr("The rules every response time in Torget follows"));
    m_rules->setText(listHtml(SlaClock::rules()));
    m_details->setAccessibleName(tr("Why this deadline"));
    m_rules->setAccessibleName(tr("What counts as a response"));
    m_summary->setAccessibleName(tr("Deadline"));
    if (m_id != 0)
        refresh();
}

void DeadlinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DeadlinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void DeadlinePanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

} // namespace Torget
