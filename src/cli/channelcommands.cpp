// torget-cli's channel commands: accounts, sync, reply and the outbox (issue 4).

#include "cli.h"

#include "connectors/accountsetup.h"
#include "inbox/inboxservice.h"
#include "secrets/keychainstore.h"
#include "settings/settings.h"
#include "storage/accountrepository.h"
#include "storage/outboxrepository.h"
#include "storage/syncstaterepository.h"
#include "sync/connectorfactory.h"
#include "sync/connectorpool.h"
#include "sync/outboxsender.h"
#include "sync/syncengine.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace Torget {

namespace {

// What every networked command needs, made once per command: the keychain, the network, one
// connector per account.
struct Channels
{
    explicit Channels(Database &db)
        : factory(network, clock)
        , pool(db, secrets, factory)
    {}
    SystemClock clock;
    KeychainStore secrets;
    QNetworkAccessManager network;
    ConnectorFactory factory;
    ConnectorPool pool;
};

// A person at the command line waits for one answer at a time: short backoffs, and a bounded wait.
SyncEngine::Options cliSyncOptions()
{
    SyncEngine::Options o;
    o.backoff = Backoff(1000, 8000);
    o.onceRetries = 3;
    o.onceWaitLimitMs = 60'000;
    return o;
}

OutboxSender::Options cliOutboxOptions()
{
    OutboxSender::Options o;
    o.backoff = Backoff(1000, 8000);
    o.flushWaitLimitMs = 15'000;
    return o;
}

QJsonValue isoOrJsonNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(TimeFormat::isoWithOffset(*ms)) : QJsonValue(QJsonValue::Null);
}

void printJsonArray(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

// Reads the token from standard input (never from the command line, where `ps` and the shell's
// history would show it).
QString readToken()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).trimmed();
}

} // namespace

Result<Account> Cli::accountNamed(const QString &name)
{
    Database *db = open();
    if (!db)
        return Error{QString()};
    auto account = AccountRepository(*db).byName(name);
    if (!account)
        return Error{account.error()};
    if (!account->has_value())
        return Error{tr("There is no account named %1. See torget-cli account list.").arg(name)};
    return **account;
}

int Cli::account(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return accountAdd(rest);
    if (sub == QLatin1String("list"))
        return accountList(rest);
    if (sub == QLatin1String("signin"))
        return accountSignIn(rest);
    if (sub == QLatin1String("pause") || sub == QLatin1String("resume") || sub == QLatin1String("remove"))
        return accountChange(sub, rest);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_out << tr(
            "Usage: torget-cli [--db PATH] account add|list|signin|pause|resume|remove …\n"
            "  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin\n"
            "  account list [--format json|table]\n"
            "  account signin NAME --token-stdin\n"
            "  account pause NAME | account resume NAME | account remove NAME [--keep-data]\n");
        return Ok;
    }
    return fail(tr("Use: torget-cli account add|list|signin|pause|resume|remove (see account --help)"),
                Usage);
}

int Cli::accountAdd(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), tr("A name for the account, unique in Torget."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        tr("The API address: https://graph.facebook.com/v25.0, the Mastodon server."), QStringLiteral("URL"));
    const QCommandLineOption pageId(QStringLiteral("page-id"), tr("Facebook: the id of the page."),
                                    QStringLiteral("ID"));
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"),
                                        tr("Read the access token from standard input."));
    p.addOptions({name, baseUrl, pageId, tokenStdin});
    p.addPositionalArgument(QStringLiteral("CHANNEL"), tr("facebook or mastodon"));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("account add"),
               tr("Adds an account: checks the token with one call, keeps it in the system keychain."),
               &code))
        return code;
    const QStringList pos = p.positionalArguments();
    const std::optional<Channel> channel = pos.size() == 1 ? channelFromKey(pos.first()) : std::nullopt;
    if (!channel || (*channel != Channel::Facebook && *channel != Channel::Mastodon))
        return fail(
            tr("Use: torget-cli account add facebook|mastodon --name NAME --base-url URL [--page-id ID] "
               "--token-stdin"),
            Usage);
    if (!p.isSet(name))
        return fail(tr("Give the account a name with --name."), Usage);
    if (!p.isSet(tokenStdin))
        return fail(
            tr("The token is read from standard input: add --token-stdin (a token on the command line "
               "would be visible to other users)."),
            Usage);
    if (*channel == Channel::Facebook && !p.isSet(pageId))
        return fail(tr("A Facebook account needs --page-id."), Usage);
    const QString token = readToken();
    if (token.isEmpty())
        return fail(tr("No token on standard input."), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    Channels channels(*db);
    AccountSetup setup(*db, channels.secrets, channels.network, channels.clock);
    NewAccount input;
    input.channel = *channel;
    input.name = p.value(name);
    input.baseUrl = p.value(baseUrl);
    input.pageId = p.value(pageId);
    input.token = token;
    QEventLoop loop;
    std::optional<Result<qint64>> added;
    setup.add(input, [&](Result<qint64> result) {
        added.emplace(std::move(result));
        loop.quit();
    });
    if (!added)
        loop.exec();
    if (!added->ok())
        return fail(added->error());
    m_out << tr("Added the account %1 (id %2).").arg(input.name.trimmed()).arg(added->value()) << Qt::endl;
    return Ok;
}

int Cli::accountSignIn(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption tokenStdin(QStringLiteral("token-stdin"),
                                        tr("Read the access token from standard input."));
    p.addOption(tokenStdin);
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("account signin"),
               tr("Gives an account a new token; its sync resumes where it stopped."), &code))
        return code;
    if (p.positionalArguments().size() != 1 || !p.isSet(tokenStdin))
        return fail(tr("Use: torget-cli account signin NAME --token-stdin"), Usage);
    const QString token = readToken();
    if (token.isEmpty())
        return fail(tr("No token on standard input."), Usage);
    auto account = accountNamed(p.positionalArguments().first());
    if (!account)
        return account.error().isEmpty() ? Failed : fail(account.error());
    Channels channels(*m_db);
    AccountSetup setup(*m_db, channels.secrets, channels.network, channels.clock);
    QEventLoop loop;
    std::optional<Status> signedIn;
    setup.signInAgain(account->id, token, [&](Status status) {
        signedIn.emplace(std::move(status));
        loop.quit();
    });
    if (!signedIn)
        loop.exec();
    if (!signedIn->ok())
        return fail(signedIn->error());
    m_out << tr("%1 is signed in again.").arg(account->name) << Qt::endl;
    return Ok;
}

int Cli::accountChange(const QString &action, const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption keepData(QStringLiteral("keep-data"),
                                      tr("remove: keep the account's conversations for the reports."));
    if (action == QLatin1String("remove"))
        p.addOption(keepData);
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The account."));
    int code = Ok;
    if (!parse(
            p, args, QStringLiteral("account ") + action,
            action == QLatin1String("remove")
                ? tr("Removes an account and its token; without --keep-data also everything it brought in.")
            : action == QLatin1String("pause") ? tr("Stops syncing an account until it is resumed.")
                                               : tr("Syncs a paused account again."),
            &code))
        return code;
    if (p.positionalArguments().size() != 1)
        return fail(tr("Use: torget-cli account %1 NAME").arg(action), Usage);
    auto account = accountNamed(p.positionalArguments().first());
    if (!account)
        return account.error().isEmpty() ? Failed : fail(account.error());
    AccountRepository accounts(*m_db);
    if (action == QLatin1String("pause") || action == QLatin1String("resume")) {
        if (action == QLatin1String("resume") && account->state == QLatin1String("signin"))
            return fail(
                tr("%1 must sign in again: torget-cli account signin %1 --token-stdin").arg(account->name));
        if (auto set =
                accounts.setState(account->id, action == QLatin1String("pause") ? QStringLiteral("paused")
                                                                                : QStringLiteral("active"));
            !set)
            return fail(set.error());
        m_out << (action == QLatin1String("pause") ? tr("%1 is paused.") : tr("%1 syncs again."))
                     .arg(account->name)
              << Qt::endl;
        return Ok;
    }
    // The token goes first: an account left without one only asks to sign in again, while a token
    // left without its account would stay in the keychain for good.
    KeychainStore secrets;
    if (auto removed = secrets.removeNow(SecretStore::accountKey(account->id)); !removed)
        return fail(removed.error());
    const bool keep = p.isSet(keepData);
    if (auto removed = accounts.remove(account->id, keep ? AccountRepository::Removal::KeepData
                                                         : AccountRepository::Removal::DeleteData);
        !removed)
        return fail(removed.error());
    m_out << (keep ? tr("%1 is removed; its conversations stay.")
                   : tr("%1 and its conversations are removed."))
                 .arg(account->name)
          << Qt::endl;
    return Ok;
}

int Cli::accountList(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    p.addOption(format);
    int code = Ok;
    if (!parse(p, args, QStringLiteral("account list"),
               tr("Lists the accounts with their state, last sync per stream and gaps in coverage."), &code))
        return code;
    QString fmt;
    if (!formatOption(p, format, true, &fmt, &code))
        return code;
    Database *db = open();
    if (!db)
        return Failed;
    auto accounts = AccountRepository(*db).list();
    if (!accounts)
        return fail(accounts.error());
    SyncStateRepository syncState(*db);
    QJsonArray array;
    QList<QStringList> table;
    for (const Account &a : *accounts) {
        auto streams = syncState.forAccount(a.id);
        auto gaps = syncState.gaps(a.id, true);
        auto interval = AccountRepository(*db).syncInterval(a.id);
        auto blocked = syncState.blockedUntil(a.id);
        if (!streams || !gaps || !interval || !blocked)
            return fail(!streams    ? streams.error()
                        : !gaps     ? gaps.error()
                        : !interval ? interval.error()
                                    : blocked.error());
        QJsonObject lastSync;
        QJsonObject errors;
        QString lastError;
        std::optional<qint64> newest;
        for (const SyncState &s : *streams) {
            lastSync.insert(s.stream, isoOrJsonNull(s.lastSyncAt));
            if (!s.lastError.isEmpty()) {
                errors.insert(s.stream, s.lastError);
                if (lastError.isEmpty())
                    lastError = s.lastError;
            }
            if (s.lastSyncAt && (!newest || *s.lastSyncAt > *newest))
                newest = s.lastSyncAt;
        }
        QJsonArray openGaps;
        for (const SyncGap &g : *gaps)
            openGaps.append(QJsonObject{{QStringLiteral("from"), TimeFormat::isoWithOffset(g.fromAt)},
                                        {QStringLiteral("reason"), g.reason}});
        array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("name"), a.name},
                                 {QStringLiteral("channel"), key(a.channel)},
                                 {QStringLiteral("base_url"), a.baseUrl},
                                 {QStringLiteral("external_id"), a.externalId},
                                 {QStringLiteral("state"), a.state},
                                 {QStringLiteral("sync_interval"), *interval},
                                 {QStringLiteral("last_sync"), lastSync},
                                 {QStringLiteral("last_sync_at"), isoOrJsonNull(newest)},
                                 {QStringLiteral("last_error"), lastError},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("blocked_until"), isoOrJsonNull(*blocked)},
                                 {QStringLiteral("gaps"), openGaps}});
        table << QStringList{QString::number(a.id),
                             a.name,
                             displayName(a.channel),
                             a.state,
                             newest ? TimeFormat::dateTime(*newest) : QStringLiteral("–"),
                             gaps->empty() ? QString()
                                           : tr("since %1").arg(TimeFormat::dateTime(gaps->front().fromAt)),
                             lastError.simplified().left(60)};
    }
    if (fmt == QLatin1String("json")) {
        printJsonArray(m_out, array);
        return Ok;
    }
    QList<qsizetype> widths;
    const QStringList header{tr("Id"),        tr("Name"), tr("Channel"),   tr("State"),
                             tr("Last sync"), tr("Gap"),  tr("Last error")};
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : table)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    const auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_out << (i + 1 < cells.size() ? cells[i].leftJustified(widths[i]) + QStringLiteral("  ")
                                           : cells[i]);
        m_out << '\n';
    };
    line(header);
    for (const QStringList &row : table)
        line(row);
    m_out.flush();
    return Ok;
}

int Cli::sync(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("Only this account."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption once(QStringLiteral("once"),
                                  tr("Sync once and stop (the app syncs continuously)."));
    p.addOptions({accountOption, once});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("sync"),
               tr("Fetches what is new on every active account (or one) and stores it."), &code))
        return code;
    if (!p.isSet(once))
        return fail(tr("Use: torget-cli sync [--account NAME] --once (the app keeps accounts in sync)."),
                    Usage);
    std::optional<qint64> only;
    if (p.isSet(accountOption)) {
        auto account = accountNamed(p.value(accountOption));
        if (!account)
            return account.error().isEmpty() ? Failed : fail(account.error());
        only = account->id;
    }
    Database *db = open();
    if (!db)
        return Failed;
    Channels channels(*db);
    SyncEngine engine(*db, channels.pool, channels.clock, cliSyncOptions());
    QEventLoop loop;
    QList<SyncEngine::AccountResult> results;
    bool finished = false;
    QObject::connect(&engine, &SyncEngine::onceFinished, &loop,
                     [&](const QList<SyncEngine::AccountResult> &r) {
                         results = r;
                         finished = true;
                         loop.quit();
                     });
    engine.syncOnce(only);
    if (!finished)
        loop.exec();
    QStringList failures;
    for (const SyncEngine::AccountResult &r : std::as_const(results)) {
        if (!r.error.isEmpty())
            failures << tr("%1: %2").arg(r.name, r.error.simplified());
    }
    if (!failures.isEmpty())
        return fail(failures.join(QStringLiteral("; ")));
    if (results.isEmpty()) {
        m_out << tr("No active account to sync.") << Qt::endl;
        return Ok;
    }
    for (const SyncEngine::AccountResult &r : std::as_const(results))
        m_out << tr("%1: %n new or changed message(s)", nullptr, r.stored).arg(r.name) << ' '
              << tr("in %n page(s).", nullptr, r.pages) << Qt::endl;
    return Ok;
}

int Cli::replyCommand(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption text(QStringLiteral("text"), tr("The reply."), QStringLiteral("TEXT"));
    p.addOption(text);
    p.addPositionalArgument(QStringLiteral("CONVERSATION_ID"), tr("The conversation to answer."));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("reply"),
               tr("Queues a reply in the outbox (torget-cli outbox flush or the app sends it). Prints the "
                  "outbox "
                  "entry's id."),
               &code))
        return code;
    bool ok = false;
    const qint64 conversationId = p.positionalArguments().value(0).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok || !p.isSet(text))
        return fail(tr("Use: torget-cli reply CONVERSATION_ID --text TEXT"), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    // As the agent chosen in the settings, else as "Torget CLI", so the history says who answered.
    AccountRepository accounts(*db);
    const QString email = Settings().value(Settings::Key::AgentEmail).toString();
    Agent agent;
    if (!email.isEmpty()) {
        auto agents = accounts.agents();
        if (!agents)
            return fail(agents.error());
        for (const Agent &a : *agents) {
            if (a.email.compare(email, Qt::CaseInsensitive) == 0 && a.active)
                agent = a;
        }
    }
    if (!agent.id) {
        agent.name = QStringLiteral("Torget CLI");
        auto id = accounts.upsertAgent(agent);
        if (!id)
            return fail(id.error());
        agent.id = *id;
    }
    SystemClock clock;
    auto messageId = InboxService(*db, clock).reply(conversationId, p.value(text), agent);
    if (!messageId)
        return fail(messageId.error());
    auto entry = OutboxRepository(*db).byMessage(*messageId);
    if (!entry || !entry->has_value())
        return fail(entry ? tr("The reply was stored but not queued.") : entry.error());
    m_out << (*entry)->id << Qt::endl;
    return Ok;
}

int Cli::outbox(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return outboxList(args.mid(1));
    if (sub == QLatin1String("flush"))
        return outboxFlush(args.mid(1));
    if (sub == QLatin1String("human-agent"))
        return outboxHumanAgent(args.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        m_out << tr("Usage: torget-cli [--db PATH] outbox list [--format json|table] | outbox flush "
                    "[--account NAME] | outbox human-agent OUTBOX_ID\n");
        return Ok;
    }
    return fail(tr("Use: torget-cli outbox list --format json|table, torget-cli outbox flush or "
                   "torget-cli outbox human-agent OUTBOX_ID"),
                Usage);
}

int Cli::outboxList(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption state(QStringLiteral("state"),
                                   tr("Only this state: queued, sending, sent or failed."),
                                   QStringLiteral("S"));
    p.addOptions({format, state});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("outbox list"), tr("Lists the replies in the outbox."), &code))
        return code;
    QString fmt;
    if (!formatOption(p, format, true, &fmt, &code))
        return code;
    std::optional<OutboxState> only;
    if (p.isSet(state)) {
        only = outboxStateFromKey(p.value(state));
        if (!only)
            return fail(tr("--state must be one of: queued, sending, sent, failed."), Usage);
    }
    Database *db = open();
    if (!db)
        return Failed;
    auto rows = OutboxRepository(*db).details(only, 100000);
    if (!rows)
        return fail(rows.error());
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const OutboxDetail &d : *rows)
            array.append(
                QJsonObject{{QStringLiteral("id"), d.entry.id},
                            {QStringLiteral("message_id"), d.entry.messageId},
                            {QStringLiteral("conversation_id"), d.conversationId},
                            {QStringLiteral("account"), d.accountName},
                            {QStringLiteral("state"), key(d.entry.state)},
                            {QStringLiteral("attempts"), d.entry.attempts},
                            {QStringLiteral("last_error"), d.entry.lastError},
                            {QStringLiteral("failure"), d.entry.failure},
                            {QStringLiteral("human_agent"), d.entry.humanAgent},
                            {QStringLiteral("queued_at"), TimeFormat::isoWithOffset(d.entry.queuedAt)},
                            {QStringLiteral("next_attempt_at"), isoOrJsonNull(d.entry.nextAttemptAt)},
                            {QStringLiteral("sent_at"), isoOrJsonNull(d.entry.sentAt)},
                            {QStringLiteral("external_id"), d.messageExternalId},
                            {QStringLiteral("text"), d.text}});
        printJsonArray(m_out, array);
        return Ok;
    }
    for (const OutboxDetail &d : *rows) {
        m_out << d.entry.id << "  " << displayName(d.entry.state) << "  " << d.accountName << "  "
              << TimeFormat::dateTime(d.entry.queuedAt) << "  " << d.text.simplified().left(50);
        if (!d.entry.lastError.isEmpty())
            m_out << "  (" << d.entry.lastError.simplified() << ')';
        m_out << '\n';
    }
    m_out.flush();
    return Ok;
}

int Cli::outboxFlush(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("Only this account's replies."),
                                           QStringLiteral("NAME"));
    p.addOption(accountOption);
    int code = Ok;
    if (!parse(p, args, QStringLiteral("outbox flush"),
               tr("Sends the queued replies that are due and waits for the answers."), &code))
        return code;
    std::optional<qint64> only;
    if (p.isSet(accountOption)) {
        auto account = accountNamed(p.value(accountOption));
        if (!account)
            return account.error().isEmpty() ? Failed : fail(account.error());
        only = account->id;
    }
    Database *db = open();
    if (!db)
        return Failed;
    Channels channels(*db);
    OutboxSender sender(*db, channels.pool, channels.clock, cliOutboxOptions());
    QEventLoop loop;
    std::optional<OutboxSender::Summary> summary;
    QObject::connect(&sender, &OutboxSender::flushed, &loop, [&](const OutboxSender::Summary &s) {
        summary = s;
        loop.quit();
    });
    sender.flush(only);
    if (!summary)
        loop.exec();
    // Plain variables as the counts: Qt 6.4's lupdate hangs on "->" inside tr()'s arguments.
    const int sent = summary->sent;
    const int failed = summary->failed;
    const int waiting = summary->waiting;
    const QStringList errors = summary->errors;
    if (failed > 0 || waiting > 0 || (sent == 0 && !errors.isEmpty())) {
        QString line = tr("%n reply(ies) sent", nullptr, sent) + QStringLiteral(", ") +
                       tr("%n failed", nullptr, failed) + QStringLiteral(", ") +
                       tr("%n still waiting", nullptr, waiting);
        if (!errors.isEmpty())
            line += QStringLiteral(": ") + errors.join(QStringLiteral("; ")).simplified();
        return fail(line);
    }
    m_out << (sent == 0 ? tr("Nothing to send.") : tr("Sent %n reply(ies).", nullptr, sent)) << Qt::endl;
    return Ok;
}

int Cli::outboxHumanAgent(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("OUTBOX_ID"), tr("The failed reply (torget-cli outbox list)."));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("outbox human-agent"),
               tr("Queues a Messenger reply refused for the 24-hour window again, to go as a staff "
                  "member's personal answer (the HUMAN_AGENT tag, within 7 days of the citizen's last "
                  "message)."),
               &code))
        return code;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || p.positionalArguments().size() != 1)
        return fail(tr("Give the outbox id of one failed reply."), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    if (Status queued = OutboxRepository(*db).sendAsHumanAgent(id); !queued)
        return fail(queued.error());
    m_out << tr("Queued again as a personal answer; torget-cli outbox flush or the app sends it.")
          << Qt::endl;
    return Ok;
}

} // namespace Torget
