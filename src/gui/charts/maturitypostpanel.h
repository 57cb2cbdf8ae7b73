#pragma once

#include "analytics/postclassifier.h"
#include "domain/enums.h"
#include "domain/types.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace Torget {

class Clock;
class Database;
class MaturityPostModel;

// The own posts of the chosen period: their code, why the rules gave it (the words that decided are
// marked in the text), and an editor's override, which persists and is audited.
class MaturityPostPanel final : public QWidget
{
    Q_OBJECT

public:
    MaturityPostPanel(Database &db, const Clock &clock, QWidget *parent = nullptr);

    void setAgent(const Agent &agent) { m_agent = agent; }
    // Shows the posts in [from, to) (UTC ms), optionally of one channel.
    void showPosts(qint64 from, qint64 to, std::optional<Channel> channel, const QString &caption);
    MaturityPostModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTextBrowser *why() const { return m_why; }

    // The selected post gets this code from an editor; false (and a message) when it failed.
    bool overrideSelected(PostClass code);
    // The selected post goes back to the rules' code.
    bool revertSelected();

Q_SIGNALS:
    void codesChanged(); // an editor changed a code: the figures need a reload

private:
    void showSelected();
    int selectedRow() const;
    QString whyHtml(int row) const;
    void reloadKeepingSelection();

    Database &m_db;
    const Clock &m_clock;
    Agent m_agent;
    qint64 m_from = 0;
    qint64 m_to = 0;
    std::optional<Channel> m_channel;
    MaturityPostModel *m_model = nullptr;
    QLabel *m_caption = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_why = nullptr;
    QComboBox *m_codeCombo = nullptr;
    QPushButton *m_setCode = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace Torget
