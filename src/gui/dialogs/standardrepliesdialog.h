#pragma once

#include "storage/cannedreplyrepository.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Torget {

class Clock;
class Database;

// The library of standard replies (standardsvar), managed in the app: add, edit, delete, in
// bokmål, nynorsk and English, with the placeholders {navn}, {agent} and {kommune}.
class StandardRepliesDialog final : public QDialog
{
    Q_OBJECT

public:
    StandardRepliesDialog(Database &db, const Clock &clock, QWidget *parent = nullptr);

    void newReply();
    bool saveReply();   // false (and a message) when the reply is incomplete
    void deleteReply(); // asks first

private:
    void reload(qint64 select = 0);
    void showReply(int row);

    Database &m_db;
    const Clock &m_clock;
    std::vector<CannedReply> m_replies;
    qint64 m_editing = 0;
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_redirect = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Torget
