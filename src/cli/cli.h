#pragma once

#include "domain/types.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Torget {

// torget-cli: `torget-cli [--db PATH] COMMAND [ARGS]`. Each command has its own --help; success
// exits 0, a failure prints one translated line to stderr and exits 1 (2 for wrong usage).
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::Cli)

public:
    Cli(QTextStream &out, QTextStream &err)
        : m_out(out)
        , m_err(err)
    {}
    int run(const QStringList &arguments);

    enum Exit
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

private:
    // Parses a command's own arguments; returns false when it has answered already (help, error).
    bool parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
               const QString &description, int *exitCode);
    int fail(const QString &message, int code = Failed);
    Database *open();
    bool formatOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool tableAllowed,
                      QString *format, int *exitCode);

    int demo(const QStringList &args);
    int conversations(const QStringList &args);
    int search(const QStringList &args);
    int exportCommand(const QStringList &args);
    int importCommand(const QStringList &args);
    int dbCommand(const QStringList &args);
    int calendarCommand(const QStringList &args); // calendarcommands.cpp
    int reportCommand(const QStringList &args);   // reportcommands.cpp
    int reportMaturity(const QStringList &args);  // maturitycommands.cpp
    int classify(const QStringList &args);
    int escalate(const QStringList &args); // escalatecommands.cpp
    // Channels (channelcommands.cpp)
    int account(const QStringList &args);
    int accountAdd(const QStringList &args);
    int accountSignIn(const QStringList &args);
    int accountChange(const QString &action, const QStringList &args);
    int accountList(const QStringList &args);
    int sync(const QStringList &args);
    int replyCommand(const QStringList &args);
    int outbox(const QStringList &args);
    int outboxList(const QStringList &args);
    int outboxFlush(const QStringList &args);
    int outboxHumanAgent(const QStringList &args);
    Result<Account> accountNamed(const QString &name);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
};

} // namespace Torget
