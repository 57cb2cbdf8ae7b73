#include "cli.h"

#include "demo/demogenerator.h"
#include "interchange/jsonl.h"
#include "storage/conversationrepository.h"
#include "storage/maintenance.h"
#include "storage/searchrepository.h"
#include "util/timeformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace Torget {

namespace {

// Columns padded to their widest cell; the last column is not padded.
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 < cells.size())
                out << cells[i].leftJustified(widths[i]) << QStringLiteral("  ");
            else
                out << cells[i];
        }
        out << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out.flush();
}

// One line for a table cell: no line breaks, no control characters, at most `max` characters.
QString cell(QString text, int max = 60)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    text = text.simplified();
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

void printJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out.flush();
}

} // namespace

int Cli::demo(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption count(QStringLiteral("conversations"),
                                   tr("How many conversations to make (up to millions)."),
                                   QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Random seed: the same seed gives the same municipality."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption until(QStringLiteral("until"),
                                   tr("End of the history, ISO 8601 (default: now, to the hour)."),
                                   QStringLiteral("TIME"));
    p.addOptions({count, seed, until});
    int code = Ok;
    if (!parse(
            p, args, QStringLiteral("demo"),
            tr("Fills an empty database with Demo kommune: 15 months of citizen enquiries on six channels."),
            &code))
        return code;
    bool ok = false;
    DemoOptions options;
    options.conversations = p.value(count).toLongLong(&ok);
    if (!ok || options.conversations < 0)
        return fail(tr("--conversations must be a whole number, 0 or more."), Usage);
    options.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(tr("--seed must be a whole number, 0 or more."), Usage);
    if (p.isSet(until)) {
        options.until = TimeFormat::parseIso(p.value(until));
        if (!options.until.isValid())
            return fail(tr("--until must be a time in ISO 8601, such as 2026-11-26T14:00:00+01:00."), Usage);
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        options.until = QDateTime(now.date(), QTime(now.time().hour(), 0), QTimeZone::utc());
    }
    Database *db = open();
    if (!db)
        return Failed;
    QElapsedTimer timer;
    timer.start();
    // Progress only for a person at a terminal; logs and tests get the summary line alone.
    const bool terminal = isatty(fileno(stderr));
    auto summary = DemoGenerator(*db, options).run([&](qint64 done, qint64 total) {
        if (terminal)
            m_err << '\r' << tr("%1 of %2 conversations").arg(done).arg(total) << Qt::flush;
    });
    if (terminal && options.conversations > 0)
        m_err << '\n';
    if (!summary)
        return fail(summary.error());
    m_out << tr("Demo kommune is ready in %1: %2 conversations, %3 messages, %4 own posts on %5 channels (%6 "
                "s).")
                 .arg(QDir::toNativeSeparators(db->path()))
                 .arg(summary->conversations)
                 .arg(summary->messages)
                 .arg(summary->posts)
                 .arg(summary->accounts)
                 .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    return Ok;
}

int Cli::conversations(const QStringList &args)
{
    if (args.isEmpty() || args.first() != QLatin1String("list")) {
        if (!args.isEmpty() &&
            (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
            m_out << tr("Usage: torget-cli [--db PATH] conversations list [--status S] [--limit N] --format "
                        "json|table\n");
            return Ok;
        }
        return fail(tr("Use: torget-cli conversations list --format json|table"), Usage);
    }
    QCommandLineParser p;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("Only this status: new, open, waiting or resolved."),
                                    QStringLiteral("S"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N conversations, newest first."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    p.addOptions({status, limit, format});
    int code = Ok;
    if (!parse(p, args.mid(1), QStringLiteral("conversations list"), tr("Lists conversations, newest first."),
               &code))
        return code;
    QString fmt;
    if (!formatOption(p, format, true, &fmt, &code))
        return code;
    ConversationFilter filter;
    if (p.isSet(status)) {
        filter.status = statusFromKey(p.value(status));
        if (!filter.status)
            return fail(tr("--status must be one of: new, open, waiting, resolved."), Usage);
    }
    bool ok = false;
    filter.limit = p.value(limit).toInt(&ok);
    if (!ok || filter.limit < 0)
        return fail(tr("--limit must be a whole number, 0 or more."), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    auto rows = ConversationRepository(*db).list(filter);
    if (!rows)
        return fail(rows.error());
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const ConversationSummary &s : *rows) {
            array.append(
                QJsonObject{{QStringLiteral("id"), s.id},
                            {QStringLiteral("channel"), key(s.channel)},
                            {QStringLiteral("account"), s.accountName},
                            {QStringLiteral("kind"), key(s.kind)},
                            {QStringLiteral("status"), key(s.status)},
                            {QStringLiteral("priority"), static_cast<int>(s.priority)},
                            {QStringLiteral("citizen"), s.citizenName},
                            {QStringLiteral("assignee"), s.assigneeName},
                            {QStringLiteral("subject"), s.subject},
                            {QStringLiteral("preview"), s.preview},
                            {QStringLiteral("created_at"), TimeFormat::isoWithOffset(s.createdAt)},
                            {QStringLiteral("last_message_at"), TimeFormat::isoWithOffset(s.lastMessageAt)},
                            {QStringLiteral("message_count"), s.messageCount}});
        }
        printJson(m_out, array);
        return Ok;
    }
    QList<QStringList> table;
    for (const ConversationSummary &s : *rows)
        table << QStringList{QString::number(s.id),
                             displayName(s.channel),
                             displayName(s.kind),
                             displayName(s.status),
                             cell(s.citizenName, 30),
                             TimeFormat::dateTime(s.createdAt),
                             TimeFormat::dateTime(s.lastMessageAt),
                             QString::number(s.messageCount)};
    printTable(m_out,
               {tr("Id"), tr("Channel"), tr("Kind"), tr("Status"), tr("Citizen"), tr("Created"),
                tr("Last message"), tr("Messages")},
               table);
    return Ok;
}

int Cli::search(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N hits, newest first."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    p.addOptions({format, limit});
    p.addPositionalArgument(QStringLiteral("QUERY"),
                            tr("Words to find; case and accents do not matter, æ, ø and å do."));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("search"), tr("Full-text search in all messages."), &code))
        return code;
    QString fmt;
    if (!formatOption(p, format, true, &fmt, &code))
        return code;
    if (p.positionalArguments().isEmpty())
        return fail(tr("Give the words to search for."), Usage);
    bool ok = false;
    const int max = p.value(limit).toInt(&ok);
    if (!ok || max < 0)
        return fail(tr("--limit must be a whole number, 0 or more."), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    auto hits = SearchRepository(*db).search(p.positionalArguments().join(QLatin1Char(' ')), max);
    if (!hits)
        return fail(hits.error());
    if (fmt == QLatin1String("json")) {
        QJsonArray array;
        for (const SearchHit &h : *hits) {
            array.append(QJsonObject{{QStringLiteral("message_id"), h.messageId},
                                     {QStringLiteral("conversation_id"), h.conversationId},
                                     {QStringLiteral("channel"), key(h.channel)},
                                     {QStringLiteral("status"), key(h.status)},
                                     {QStringLiteral("author"), h.author},
                                     {QStringLiteral("text"), h.text},
                                     {QStringLiteral("created_at"), TimeFormat::isoWithOffset(h.createdAt)}});
        }
        printJson(m_out, array);
        return Ok;
    }
    QList<QStringList> table;
    for (const SearchHit &h : *hits)
        table << QStringList{QString::number(h.conversationId), displayName(h.channel),
                             TimeFormat::dateTime(h.createdAt), cell(h.author, 28), cell(h.text, 70)};
    printTable(m_out, {tr("Conversation"), tr("Channel"), tr("Time"), tr("Author"), tr("Text")}, table);
    return Ok;
}

int Cli::exportCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("jsonl"), tr("The format (only jsonl)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The file to write."));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("export"),
               tr("Writes the whole database as JSON Lines (see README.md)."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("jsonl"))
        return fail(tr("Use: torget-cli export jsonl FILE"), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    auto counts = Jsonl::exportToFile(*db, pos.at(1));
    if (!counts)
        return fail(counts.error());
    m_out << tr("Wrote %1 lines: %2 conversations, %3 messages.")
                 .arg(counts->lines)
                 .arg(counts->conversations)
                 .arg(counts->messages)
          << Qt::endl;
    return Ok;
}

int Cli::importCommand(const QStringList &args)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("jsonl"), tr("The format (only jsonl)."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("The file to read."));
    int code = Ok;
    if (!parse(p, args, QStringLiteral("import"),
               tr("Reads JSON Lines in one transaction: on any error nothing is imported."), &code))
        return code;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2 || pos.first() != QLatin1String("jsonl"))
        return fail(tr("Use: torget-cli import jsonl FILE"), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    auto counts = Jsonl::importFromFile(*db, pos.at(1));
    if (!counts)
        return fail(tr("Nothing was imported. %1").arg(counts.error()));
    m_out << tr("Imported %1 conversations and %2 messages (%3 lines read).")
                 .arg(counts->conversations)
                 .arg(counts->messages)
                 .arg(counts->lines)
          << Qt::endl;
    return Ok;
}

int Cli::dbCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("check") && sub != QLatin1String("backup")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            m_out << tr("Usage: torget-cli [--db PATH] db check | db backup FILE\n");
            return Ok;
        }
        return fail(tr("Use: torget-cli db check, or torget-cli db backup FILE"), Usage);
    }
    QCommandLineParser p;
    if (sub == QLatin1String("backup"))
        p.addPositionalArgument(QStringLiteral("FILE"), tr("The new file to write the copy to."));
    int code = Ok;
    if (!parse(p, args.mid(1), QStringLiteral("db ") + sub,
               sub == QLatin1String("check")
                   ? tr("Checks pages, references, the search index and counters.")
                   : tr("Copies the live database to a new file while others keep working."),
               &code))
        return code;
    if (sub == QLatin1String("backup") && p.positionalArguments().size() != 1)
        return fail(tr("Use: torget-cli db backup FILE"), Usage);
    if (sub == QLatin1String("check") && !p.positionalArguments().isEmpty())
        return fail(tr("Use: torget-cli db check"), Usage);
    Database *db = open();
    if (!db)
        return Failed;
    Maintenance maintenance(*db);
    if (sub == QLatin1String("backup")) {
        if (auto done = maintenance.backup(p.positionalArguments().first()); !done)
            return fail(done.error());
        m_out << tr("Backup written to %1.").arg(QDir::toNativeSeparators(p.positionalArguments().first()))
              << Qt::endl;
        return Ok;
    }
    auto problems = maintenance.check();
    if (!problems)
        return fail(problems.error());
    if (!problems->isEmpty()) {
        for (const QString &problem : *problems)
            m_out << problem << '\n';
        const int count = static_cast<int>(problems->size());
        return fail(tr("The database has %n problem(s).", nullptr, count));
    }
    auto stats = maintenance.stats();
    if (!stats)
        return fail(stats.error());
    m_out << tr("The database is sound: schema %1, %2 conversations, %3 messages.")
                 .arg(stats->schemaVersion)
                 .arg(stats->conversations)
                 .arg(stats->messages)
          << Qt::endl;
    return Ok;
}

} // namespace Torget
