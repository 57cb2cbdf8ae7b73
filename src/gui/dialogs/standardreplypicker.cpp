#include "standardreplypicker.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Torget {

StandardReplyPicker::StandardReplyPicker(Database &db, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(language)
{
    setObjectName(QStringLiteral("standardReplyPicker"));
    setWindowTitle(tr("Insert Standard Reply"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("standardReplySearch"));
    m_search->setPlaceholderText(tr("Type to find a standard reply…"));
    m_search->setAccessibleName(tr("Find standard reply"));
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("standardReplyList"));
    m_list->setAccessibleName(tr("Standard replies"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("standardReplyPreview"));
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Text of the standard reply"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &StandardReplyPicker::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_preview->setPlainText(row >= 0 && row < static_cast<int>(m_replies.size())
                                    ? m_replies[static_cast<std::size_t>(row)].body
                                    : QString());
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 460);
    filter();
}

void StandardReplyPicker::filter()
{
    auto replies = CannedReplyRepository(m_db).list(m_language, m_search->text());
    m_replies = replies ? std::move(*replies) : std::vector<CannedReply>();
    m_list->clear();
    for (const CannedReply &r : m_replies)
        m_list->addItem(r.redirect ? tr("%1 (redirects to a formal channel)").arg(r.title) : r.title);
    m_list->setCurrentRow(m_replies.empty() ? -1 : 0);
}

std::optional<CannedReply> StandardReplyPicker::chosen() const
{
    const int row = m_list->currentRow();
    if (result() != QDialog::Accepted || row < 0 || row >= static_cast<int>(m_replies.size()))
        return std::nullopt;
    return m_replies[static_cast<std::size_t>(row)];
}

bool StandardReplyPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down move in the list while the cursor stays in the search field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Torget
