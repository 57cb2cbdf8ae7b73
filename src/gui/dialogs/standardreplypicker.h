#pragma once

#include "storage/cannedreplyrepository.h"

#include <QDialog>

#include <optional>
#include <vector>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Torget {

class Database;

// Finds a standard reply by typing: the list narrows with every key; Enter takes the highlighted one.
class StandardReplyPicker final : public QDialog
{
    Q_OBJECT

public:
    StandardReplyPicker(Database &db, const QString &language, QWidget *parent = nullptr);
    std::optional<CannedReply> chosen() const;

private:
    void filter();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Database &m_db;
    QString m_language;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    std::vector<CannedReply> m_replies;
};

} // namespace Torget
