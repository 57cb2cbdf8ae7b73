#include "maturitypostpanel.h"

#include "analytics/postcoding.h"
#include "maturitypostmodel.h"
#include "storage/maturityrepository.h"
#include "util/timeformat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Torget {

MaturityPostPanel::MaturityPostPanel(Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new MaturityPostModel(this))
{
    setObjectName(QStringLiteral("maturityPostPanel"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("postCaption"));
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_caption->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("postList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Own posts in the period"));
    m_view->setAccessibleDescription(tr("Each post with its code; the tooltip says why the rules chose it"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MaturityPostPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MaturityPostPanel::showSelected);

    m_why = new QTextBrowser(this);
    m_why->setObjectName(QStringLiteral("postWhy"));
    m_why->setAccessibleName(tr("Why the post has its code"));
    m_why->setOpenLinks(false);

    m_codeCombo = new QComboBox(this);
    m_codeCombo->setObjectName(QStringLiteral("codeCombo"));
    m_codeCombo->setAccessibleName(tr("Code to set"));
    for (PostClass c : {PostClass::Information, PostClass::Mobilization, PostClass::Dialog})
        m_codeCombo->addItem(displayName(c), key(c));
    m_setCode = new QPushButton(tr("&Set Code"), this);
    m_setCode->setObjectName(QStringLiteral("setCodeButton"));
    m_setCode->setAccessibleDescription(tr("Give the selected post the chosen code as an editor"));
    m_revert = new QPushButton(tr("Use the &Rules' Code"), this);
    m_revert->setObjectName(QStringLiteral("revertCodeButton"));
    m_revert->setAccessibleDescription(tr("Remove the editor's code from the selected post"));
    auto *codeLabel = new QLabel(tr("C&ode:"), this);
    codeLabel->setBuddy(m_codeCombo);
    connect(m_setCode, &QPushButton::clicked, this, [this] {
        if (const auto code = postClassFromKey(m_codeCombo->currentData().toString()))
            (void)overrideSelected(*code);
    });
    connect(m_revert, &QPushButton::clicked, this, [this] { (void)revertSelected(); });

    auto *controls = new QHBoxLayout;
    controls->addWidget(codeLabel);
    controls->addWidget(m_codeCombo);
    controls->addWidget(m_setCode);
    controls->addWidget(m_revert);
    controls->addStretch();
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_why);
    detailLayout->addLayout(controls);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(split, 1);
    showSelected();
}

void MaturityPostPanel::showPosts(qint64 from, qint64 to, std::optional<Channel> channel,
                                  const QString &caption)
{
    // The same post stays chosen when the list is shown again (after an override, a reload).
    const int previous = selectedRow();
    const qint64 keep = previous >= 0 ? m_model->post(previous)->id : 0;
    const bool sameList = from == m_from && to == m_to && channel == m_channel;
    m_from = from;
    m_to = to;
    m_channel = channel;
    auto posts = MaturityRepository(m_db).posts(from, to, channel);
    m_model->setPosts(posts ? std::move(*posts) : std::vector<CodedPost>());
    m_caption->setText(tr("%1: %Ln own post(s)", nullptr, m_model->rowCount()).arg(caption));
    if (!sameList)
        m_view->resizeColumnsToContents();
    const int row = sameList ? m_model->rowOf(keep) : -1;
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::max(0, row), 0));
}

void MaturityPostPanel::reloadKeepingSelection()
{
    const int row = selectedRow();
    const qint64 id = row >= 0 ? m_model->post(row)->id : 0;
    auto posts = MaturityRepository(m_db).posts(m_from, m_to, m_channel);
    m_model->setPosts(posts ? std::move(*posts) : std::vector<CodedPost>());
    const int again = m_model->rowOf(id);
    if (again >= 0)
        m_view->setCurrentIndex(m_model->index(again, 0));
}

int MaturityPostPanel::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString MaturityPostPanel::whyHtml(int row) const
{
    const CodedPost &post = *m_model->post(row);
    const Classification &c = m_model->classification(row);
    // The text with the words that decided marked (bold and underlined: not by colour alone).
    std::vector<const ClassificationReason *> spans;
    for (const ClassificationReason &r : c.reasons)
        spans.push_back(&r);
    std::sort(spans.begin(), spans.end(), [](auto *a, auto *b) { return a->position < b->position; });
    QString marked;
    qsizetype at = 0;
    for (const ClassificationReason *r : spans) {
        if (r->position < at)
            continue; // overlaps a span already marked
        marked += post.text.mid(at, r->position - at).toHtmlEscaped();
        marked += QStringLiteral("<b><u>") + post.text.mid(r->position, r->matched.size()).toHtmlEscaped() +
                  QStringLiteral("</u></b>");
        at = r->position + r->matched.size();
    }
    marked += post.text.mid(at).toHtmlEscaped();
    marked.replace(QLatin1Char('\n'), QStringLiteral("<br>"));

    const QLocale locale;
    QString html = QStringLiteral("<p>%1</p>").arg(marked);
    const auto code = postClassFromKey(post.code);
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Code: %1 (%2)")
                         .arg(code ? displayName(*code) : tr("not coded yet"),
                              post.overridden ? tr("set by an editor") : tr("set by the rules"))
                         .toHtmlEscaped());
    if (post.overridden) {
        if (auto info = MaturityRepository(m_db).lastOverride(post.id); info && info->has_value()) {
            const CodeOverrideInfo &o = **info;
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Changed by %1 on %2 (%3).")
                                 .arg(o.agentName.isEmpty() ? tr("an unknown editor") : o.agentName,
                                      TimeFormat::dateTime(o.at), o.detail)
                                 .toHtmlEscaped());
        }
    }
    if (c.reasons.empty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The rules found no call to action and no invitation to dialog, so the post is "
                            "information.")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("What the rules found:").toHtmlEscaped());
        for (const ClassificationReason &r : c.reasons) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(tr("«%1» — %2 (%3 %4)")
                                 .arg(r.matched, PostClassifier::describe(r.rule), displayName(r.towards),
                                      QStringLiteral("+") + locale.toString(r.weight, 'f', 1))
                                 .toHtmlEscaped());
        }
        html += QStringLiteral("</ul>");
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Mobilization %1, dialog %2. A post needs %3 towards a class to leave information; "
                        "the higher score wins, and a tie goes to dialog. The rules say: %4.")
                         .arg(locale.toString(c.mobilizationScore, 'f', 1),
                              locale.toString(c.dialogScore, 'f', 1),
                              locale.toString(PostClassifier::threshold, 'f', 1), displayName(c.postClass))
                         .toHtmlEscaped());
    }
    return html;
}

void MaturityPostPanel::showSelected()
{
    const int row = selectedRow();
    const bool has = row >= 0 && m_model->post(row);
    m_setCode->setEnabled(has);
    m_codeCombo->setEnabled(has);
    m_revert->setEnabled(has && m_model->post(row)->overridden);
    if (!has) {
        m_why->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Choose a post to see why it has its code.").toHtmlEscaped()));
        return;
    }
    const CodedPost *post = m_model->post(row);
    m_codeCombo->setCurrentIndex(std::max(0, m_codeCombo->findData(post->code)));
    m_why->setHtml(whyHtml(row));
}

bool MaturityPostPanel::overrideSelected(PostClass code)
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    if (auto done = PostCoding(m_db, m_clock).overrideCode(m_model->post(row)->id, code, m_agent); !done) {
        QMessageBox::warning(this, tr("Code not changed"), done.error());
        return false;
    }
    reloadKeepingSelection();
    Q_EMIT codesChanged();
    return true;
}

bool MaturityPostPanel::revertSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    if (auto done = PostCoding(m_db, m_clock).removeOverride(m_model->post(row)->id, m_agent); !done) {
        QMessageBox::warning(this, tr("Code not changed"), done.error());
        return false;
    }
    reloadKeepingSelection();
    Q_EMIT codesChanged();
    return true;
}

} // namespace Torget
