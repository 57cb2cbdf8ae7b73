#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AccountsDialog;
}

namespace Torget {

class ChannelHub;
class Database;

// The municipality's channel accounts: add, sign in again, sync now, pause or resume, remove.
// Shows for each when it last synced, what went wrong, and stretches of time not covered.
class AccountsDialog final : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(Database &db, ChannelHub &hub, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void reload();

    // Test seam: the answer to "what happens to the account's conversations?" (see remove()).
    enum class RemoveChoice
    {
        Cancel,
        KeepData,
        DeleteData
    };
    void setRemoveAnswer(std::function<RemoveChoice(const QString &account)> answer)
    {
        m_removeAnswer = std::move(answer);
    }
    // Test seam: how the add / sign-in dialog is run (default: exec()).
    void setDialogRunner(std::function<void(QDialog &)> runner) { m_runDialog = std::move(runner); }

private:
    qint64 currentId() const;
    void updateButtons();
    void add();
    void signInAgain();
    void syncNow();
    void togglePause();
    void remove();
    void showProblem(const QString &message);

    Database &m_db;
    ChannelHub &m_hub;
    std::unique_ptr<Ui::AccountsDialog> m_ui;
    std::function<RemoveChoice(const QString &)> m_removeAnswer;
    std::function<void(QDialog &)> m_runDialog;
};

} // namespace Torget
