#include "cli.h"

#include <QCoreApplication>
#include <QDir>

namespace Torget {

namespace {

QString overview()
{
    return Cli::tr(
               "Usage: torget-cli [--db PATH] COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  demo --conversations N [--seed S]     fill an empty database with Demo kommune\n"
               "  conversations list [--status S] [--limit N] --format json|table\n"
               "  search QUERY --format json|table       full-text search in messages\n"
               "  export jsonl FILE                      write everything as JSON Lines\n"
               "  import jsonl FILE                      read JSON Lines (all or nothing)\n"
               "  db check                               check the database's integrity\n"
               "  db backup FILE                         copy the live database to FILE\n"
               "  calendar holidays YEAR --format json   Norwegian public holidays of a year\n"
               "  calendar due --from TIME --minutes N [--calendar-time] --format json\n"
               "                                         when a deadline falls in opening hours\n"
               "  calendar export|import FILE            the calendar's versions as JSON\n"
               "  report sla --from DATE --to DATE --by channel|agent|week|month --format json|csv\n"
               "                                         response times: median, p90, share in target\n"
               "  report refresh                         recompute every conversation's response times\n"
               "  report maturity --from DATE --to DATE --by month|quarter --format json|csv\n"
               "                                         maturity level, post mix and replies per period\n"
               "  classify --text TEXT --format json     code a post: information, mobilization, dialog\n"
               "  escalate [--once] [--to EMAIL|--off]   breached conversations to a named colleague\n"
               "  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin\n"
               "                                         add an account (the token goes to the keychain)\n"
               "  account list [--format json|table]     accounts, last sync, gaps in coverage\n"
               "  account signin|pause|resume|remove NAME\n"
               "  sync [--account NAME] --once           fetch what is new on the accounts\n"
               "  reply CONVERSATION_ID --text TEXT      queue a reply (prints the outbox id)\n"
               "  outbox list [--format json|table]      the replies and their state\n"
               "  outbox flush [--account NAME]          send the queued replies now\n"
               "\n"
               "Global options:\n"
               "  --db PATH      the database file (default: %1)\n"
               "  -h, --help     this help; COMMAND --help explains a command\n"
               "  -v, --version  the program's version\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()));
}

} // namespace

int Cli::fail(const QString &message, int code)
{
    m_err << QStringLiteral("torget-cli: ") << message << Qt::endl;
    return code;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &args, const QString &command,
                const QString &description, int *exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QCoreApplication::arguments().value(0)} + args)) {
        *exitCode = fail(parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // helpText() names the program by argv[0]; people type "torget-cli [--db PATH] COMMAND".
        const QString program = QCoreApplication::arguments().value(0);
        const qsizetype at = text.indexOf(program);
        if (at >= 0)
            text.replace(at, program.size(), QStringLiteral("torget-cli [--db PATH] ") + command);
        m_out << text;
        m_out.flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

bool Cli::formatOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool tableAllowed,
                       QString *format, int *exitCode)
{
    *format = parser.value(option);
    const QStringList allowed = tableAllowed ? QStringList{QStringLiteral("json"), QStringLiteral("table")}
                                             : QStringList{QStringLiteral("json"), QStringLiteral("csv")};
    if (!allowed.contains(*format)) {
        *exitCode = fail(tr("--format must be one of: %1.").arg(allowed.join(QStringLiteral(", "))), Usage);
        return false;
    }
    return true;
}

Database *Cli::open()
{
    if (m_db)
        return m_db.get();
    auto db = Database::openSqlite(m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(*db);
    return m_db.get();
}

int Cli::run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty())
                return fail(tr("--db needs a file name."), Usage);
            m_dbPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            m_dbPath = option.mid(5);
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            m_out << overview();
            return Ok;
        } else if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            m_out << QStringLiteral("torget-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
            return Ok;
        } else {
            return fail(tr("Unknown option %1. See torget-cli --help.").arg(option), Usage);
        }
    }
    if (args.isEmpty()) {
        m_err << overview();
        return Usage;
    }
    const QString command = args.takeFirst();
    if (command == QLatin1String("demo"))
        return demo(args);
    if (command == QLatin1String("conversations"))
        return conversations(args);
    if (command == QLatin1String("search"))
        return search(args);
    if (command == QLatin1String("export"))
        return exportCommand(args);
    if (command == QLatin1String("import"))
        return importCommand(args);
    if (command == QLatin1String("db"))
        return dbCommand(args);
    if (command == QLatin1String("calendar"))
        return calendarCommand(args);
    if (command == QLatin1String("report") && args.value(0) == QLatin1String("maturity"))
        return reportMaturity(args.mid(1));
    if (command == QLatin1String("report"))
        return reportCommand(args);
    if (command == QLatin1String("classify"))
        return classify(args);
    if (command == QLatin1String("escalate"))
        return escalate(args);
    if (command == QLatin1String("account"))
        return account(args);
    if (command == QLatin1String("sync"))
        return sync(args);
    if (command == QLatin1String("reply"))
        return replyCommand(args);
    if (command == QLatin1String("outbox"))
        return outbox(args);
    return fail(tr("Unknown command %1. See torget-cli --help.").arg(command), Usage);
}

} // namespace Torget
