#include "standardrepliesdialog.h"

#include "util/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Torget {

StandardRepliesDialog::StandardRepliesDialog(Database &db, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("standardRepliesDialog"));
    setWindowTitle(tr("Standard Replies"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("standardRepliesList"));
    m_list->setAccessibleName(tr("Standard replies"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("standardReplyTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("standardReplyLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(QStringLiteral("Bokmål"), QStringLiteral("nb"));
    m_language->addItem(QStringLiteral("Nynorsk"), QStringLiteral("nn"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_redirect = new QCheckBox(tr("&Redirects to a formal channel (marks the conversation)"), this);
    m_redirect->setObjectName(QStringLiteral("standardReplyRedirect"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("standardReplyBody"));
    m_body->setAccessibleName(tr("Text"));
    m_body->setTabChangesFocus(true);
    auto *hint =
        new QLabel(tr("Placeholders: {navn} the citizen's first name, {agent} your first name, {kommune} the "
                      "municipality."),
                   this);
    hint->setWordWrap(true);
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(QStringLiteral("newStandardReply"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveStandardReply"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteStandardReply"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_redirect);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(QString(), hint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(buttons);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 2);
    top->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &StandardRepliesDialog::showReply);
    connect(m_new, &QPushButton::clicked, this, &StandardRepliesDialog::newReply);
    connect(m_save, &QPushButton::clicked, this, &StandardRepliesDialog::saveReply);
    connect(m_delete, &QPushButton::clicked, this, &StandardRepliesDialog::deleteReply);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 560);
    reload();
}

void StandardRepliesDialog::reload(qint64 select)
{
    auto replies = CannedReplyRepository(m_db).list();
    m_replies = replies ? std::move(*replies) : std::vector<CannedReply>();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = m_replies.empty() ? -1 : 0;
    for (std::size_t i = 0; i < m_replies.size(); ++i) {
        const CannedReply &r = m_replies[i];
        m_list->addItem(QStringLiteral("%1 (%2)").arg(r.title, r.language));
        if (r.id == select)
            row = static_cast<int>(i);
    }
    m_list->setCurrentRow(row);
    showReply(row);
}

void StandardRepliesDialog::showReply(int row)
{
    if (row < 0 || row >= static_cast<int>(m_replies.size())) {
        newReply();
        return;
    }
    const CannedReply &r = m_replies[static_cast<std::size_t>(row)];
    m_editing = r.id;
    m_title->setText(r.title);
    m_language->setCurrentIndex(std::max(0, m_language->findData(r.language)));
    m_redirect->setChecked(r.redirect);
    m_body->setPlainText(r.body);
    m_delete->setEnabled(true);
}

void StandardRepliesDialog::newReply()
{
    m_editing = 0;
    m_title->clear();
    m_redirect->setChecked(false);
    m_body->setPlainText(tr("Hei {navn}!\n\n\n\nHilsen {agent}"));
    m_delete->setEnabled(false);
    m_title->setFocus();
}

bool StandardRepliesDialog::saveReply()
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    CannedReply r{m_editing,
                  m_title->text(),
                  m_language->currentData().toString(),
                  m_body->toPlainText(),
                  m_redirect->isChecked(),
                  now,
                  now};
    auto saved = CannedReplyRepository(m_db).save(r);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.error());
        return false;
    }
    reload(*saved);
    return true;
}

void StandardRepliesDialog::deleteReply()
{
    if (!m_editing)
        return;
    if (QMessageBox::question(this, tr("Delete Standard Reply"), tr("Delete “%1”?").arg(m_title->text())) !=
        QMessageBox::Yes)
        return;
    if (auto removed = CannedReplyRepository(m_db).remove(m_editing); !removed) {
        QMessageBox::warning(this, tr("Not deleted"), removed.error());
        return;
    }
    reload();
}

} // namespace Torget
