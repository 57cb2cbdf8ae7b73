// torget-cli report maturity and torget-cli classify (issue 6).

#include "analytics/maturityreport.h"
#include "analytics/postclassifier.h"
#include "cli.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Torget {

int Cli::reportMaturity(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption from(QStringLiteral("from"), tr("First day, YYYY-MM-DD."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (included), YYYY-MM-DD."),
                                QStringLiteral("DATE"));
    const QCommandLineOption by(QStringLiteral("by"), tr("Periods: month or quarter."), QStringLiteral("P"),
                                QStringLiteral("month"));
    const QCommandLineOption channel(
        QStringLiteral("channel"),
        tr("Only this channel (facebook, instagram, mastodon, x, bluesky, email, import)."),
        QStringLiteral("C"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or csv."),
                                    QStringLiteral("F"), QStringLiteral("json"));
    p.addOptions({from, to, by, channel, format});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("report maturity"),
               tr("The maturity model per period: post mix, reply rate, first response, engagement and the "
                  "level "
                  "(presence, mobilization, dialog) with the criteria behind it."),
               &code))
        return code;
    QString fmt;
    if (!formatOption(p, format, false, &fmt, &code))
        return code;
    if (!p.isSet(from) || !p.isSet(to))
        return fail(tr("Give the period with --from DATE and --to DATE."), Usage);
    MaturityReportOptions options;
    options.from = QDate::fromString(p.value(from), Qt::ISODate);
    options.to = QDate::fromString(p.value(to), Qt::ISODate);
    if (!options.from.isValid() || !options.to.isValid())
        return fail(tr("--from and --to must be dates such as 2026-01-31."), Usage);
    if (options.to < options.from)
        return fail(tr("--to must be the same day as --from or later."), Usage);
    const auto granularity = granularityFromKey(p.value(by));
    if (!granularity)
        return fail(tr("--by must be one of: month, quarter."), Usage);
    options.by = *granularity;
    if (p.isSet(channel)) {
        options.channel = channelFromKey(p.value(channel));
        if (!options.channel)
            return fail(
                tr("--channel must be one of: facebook, instagram, mastodon, x, bluesky, email, import."),
                Usage);
    }
    Database *db = open();
    if (!db)
        return Failed;
    const SystemClock clock;
    auto data = MaturityReport(*db, clock).build(options);
    if (!data)
        return fail(data.error());
    if (fmt == QLatin1String("csv"))
        m_out << MaturityReport::toCsv(*data);
    else
        m_out << QString::fromUtf8(
            QJsonDocument(MaturityReport::toJson(*data)).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Ok;
}

int Cli::classify(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption text(QStringLiteral("text"), tr("The post's text."), QStringLiteral("TEXT"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json."), QStringLiteral("F"),
                                    QStringLiteral("json"));
    p.addOptions({text, format});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("classify"),
               tr("Codes a post as information, mobilization or dialog and shows the rules that decided."),
               &code))
        return code;
    if (p.value(format) != QLatin1String("json"))
        return fail(tr("--format must be one of: %1.").arg(QStringLiteral("json")), Usage);
    if (!p.isSet(text))
        return fail(tr("Give the post with --text TEXT."), Usage);
    const Classification c = PostClassifier().classify(p.value(text));
    QJsonArray reasons;
    for (const ClassificationReason &r : c.reasons) {
        reasons.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                   {QStringLiteral("towards"), key(r.towards)},
                                   {QStringLiteral("matched"), r.matched},
                                   {QStringLiteral("weight"), r.weight},
                                   {QStringLiteral("description"), PostClassifier::describe(r.rule)}});
    }
    const QJsonObject out{
        {QStringLiteral("class"), key(c.postClass)},
        {QStringLiteral("reasons"), reasons},
        {QStringLiteral("scores"), QJsonObject{{QStringLiteral("mobilization"), c.mobilizationScore},
                                               {QStringLiteral("dialog"), c.dialogScore}}},
        {QStringLiteral("threshold"), PostClassifier::threshold},
        {QStringLiteral("classifier_version"), PostClassifier::version},
    };
    m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    m_out.flush();
    return Ok;
}

} // namespace Torget
