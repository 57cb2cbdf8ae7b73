#include "maturityeventsdialog.h"

#include "ui_maturityeventsdialog.h"

#include "analytics/maturitysettings.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QMessageBox>

#include <limits>

namespace Torget {

namespace {

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("strategy"))
        return QCoreApplication::translate("Torget::MaturityEventsDialog", "Strategy adopted");
    if (kind == QLatin1String("channel"))
        return QCoreApplication::translate("Torget::MaturityEventsDialog", "New channel");
    if (kind == QLatin1String("campaign"))
        return QCoreApplication::translate("Torget::MaturityEventsDialog", "Campaign");
    return QCoreApplication::translate("Torget::MaturityEventsDialog", "Other");
}

} // namespace

MaturityEventsDialog::MaturityEventsDialog(Database &db, const Clock &clock, const Agent &agent,
                                           QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_agent(agent)
    , m_ui(std::make_unique<Ui::MaturityEventsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("maturityEventsDialog"));
    for (const char *kind : {"strategy", "channel", "campaign", "other"})
        m_ui->kindCombo->addItem(kindName(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    connect(m_ui->eventList, &QListWidget::currentRowChanged, this, &MaturityEventsDialog::showEventAt);
    connect(m_ui->newButton, &QPushButton::clicked, this, &MaturityEventsDialog::newEvent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { (void)saveEvent(); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &MaturityEventsDialog::deleteEvent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    if (m_events.empty())
        newEvent();
}

MaturityEventsDialog::~MaturityEventsDialog() = default;

void MaturityEventsDialog::reload(qint64 select)
{
    auto events = MaturityRepository(m_db).events(std::numeric_limits<qint64>::min(),
                                                  std::numeric_limits<qint64>::max());
    m_events = events ? std::move(*events) : std::vector<MaturityEvent>();
    const QSignalBlocker blocker(m_ui->eventList);
    m_ui->eventList->clear();
    int selectRow = -1;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const MaturityEvent &e = m_events[i];
        m_ui->eventList->addItem(
            TimeFormat::date(QDateTime::fromMSecsSinceEpoch(e.at, TimeFormat::osloZone())) +
            QStringLiteral("  ") + e.title);
        if (e.id == select)
            selectRow = static_cast<int>(i);
    }
    if (selectRow >= 0) {
        m_ui->eventList->setCurrentRow(selectRow);
        showEventAt(selectRow);
    }
}

void MaturityEventsDialog::showEventAt(int row)
{
    if (row < 0 || row >= static_cast<int>(m_events.size()))
        return;
    const MaturityEvent &e = m_events[static_cast<std::size_t>(row)];
    m_editing = e.id;
    m_ui->dateEdit->setDate(QDateTime::fromMSecsSinceEpoch(e.at, TimeFormat::osloZone()).date());
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(e.kind)));
    m_ui->titleEdit->setText(e.title);
    m_ui->detailEdit->setPlainText(e.detail);
    m_ui->deleteButton->setEnabled(true);
}

void MaturityEventsDialog::newEvent()
{
    m_editing = 0;
    m_ui->eventList->clearSelection();
    m_ui->dateEdit->setDate(m_clock.now().toTimeZone(TimeFormat::osloZone()).date());
    m_ui->kindCombo->setCurrentIndex(0);
    m_ui->titleEdit->clear();
    m_ui->detailEdit->clear();
    m_ui->deleteButton->setEnabled(false);
    m_ui->titleEdit->setFocus();
}

bool MaturityEventsDialog::saveEvent()
{
    MaturityEvent e;
    e.id = m_editing;
    // Noon: the event stays on its day whatever the summer time.
    e.at = QDateTime(m_ui->dateEdit->date(), QTime(12, 0), TimeFormat::osloZone()).toMSecsSinceEpoch();
    e.kind = m_ui->kindCombo->currentData().toString();
    e.title = m_ui->titleEdit->text().trimmed();
    e.detail = m_ui->detailEdit->toPlainText().trimmed();
    MaturitySettings settings(m_db, m_clock);
    Status done;
    if (e.id == 0) {
        auto id = settings.addEvent(e, m_agent);
        if (id)
            e.id = *id;
        else
            done = Error{id.error()};
    } else {
        done = settings.updateEvent(e, m_agent);
    }
    if (!done) {
        QMessageBox::warning(this, tr("Not saved"), done.error());
        return false;
    }
    m_changed = true;
    reload(e.id);
    return true;
}

void MaturityEventsDialog::deleteEvent()
{
    if (m_editing == 0)
        return;
    if (auto done = MaturitySettings(m_db, m_clock).removeEvent(m_editing, m_agent); !done) {
        QMessageBox::warning(this, tr("Not deleted"), done.error());
        return;
    }
    m_changed = true;
    reload();
    newEvent();
}

} // namespace Torget
