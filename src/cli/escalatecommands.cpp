// torget-cli escalate: breached conversations to a named colleague (issue 5), for desks that want
// it to happen when nobody has the app open (cron: `torget-cli --db PATH escalate --once`).

#include "cli.h"

#include "sla/escalation.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "util/clock.h"
#include "util/timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Torget {

int Cli::escalate(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption once(
        QStringLiteral("once"),
        tr("Escalate the conversations that breached since the last pass (by any desk)."));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("Escalate breached conversations to this agent (e-mail)."),
                                QStringLiteral("EMAIL"));
    const QCommandLineOption off(QStringLiteral("off"), tr("Stop escalating."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: json or table."),
                                    QStringLiteral("F"), QStringLiteral("table"));
    p.addOptions({once, to, off, format});
    int code = Ok;
    if (!parse(p, args, QStringLiteral("escalate"),
               tr("Assigns conversations whose deadline has passed to the colleague chosen for escalation, "
                  "once per breach, with an audit entry. Without options: who that colleague is."),
               &code))
        return code;
    QString fmt;
    if (!formatOption(p, format, true, &fmt, &code))
        return code;
    if (!p.positionalArguments().isEmpty() || (p.isSet(to) && p.isSet(off)))
        return fail(
            tr("Use: torget-cli escalate [--once] [--to EMAIL | --off] (see torget-cli escalate --help)."),
            Usage);
    Database *db = open();
    if (!db)
        return Failed;
    const SystemClock clock;
    Escalation escalation(*db, clock);
    auto agents = AccountRepository(*db).agents();
    if (!agents)
        return fail(agents.error());

    if (p.isSet(off)) {
        if (auto set = escalation.setTarget(std::nullopt); !set)
            return fail(set.error());
    } else if (p.isSet(to)) {
        const auto agent = std::find_if(agents->begin(), agents->end(), [&](const Agent &a) {
            return a.active && a.email.compare(p.value(to), Qt::CaseInsensitive) == 0;
        });
        if (agent == agents->end())
            return fail(tr("No active agent has the e-mail address %1.").arg(p.value(to)));
        if (auto set = escalation.setTarget(agent->id); !set)
            return fail(set.error());
    }
    if (!p.isSet(once)) {
        auto target = escalation.target();
        if (!target)
            return fail(target.error());
        QString name;
        for (const Agent &a : *agents) {
            if (target->has_value() && a.id == **target)
                name = a.email.isEmpty() ? a.name : QStringLiteral("%1 <%2>").arg(a.name, a.email);
        }
        if (fmt == QLatin1String("json"))
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("escalateTo"),
                                                target->has_value() ? QJsonValue(name) : QJsonValue()}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << (target->has_value() ? tr("Breached conversations are escalated to %1.").arg(name)
                                          : tr("Breached conversations are not escalated."))
                  << '\n';
        return Ok;
    }
    // Deadlines must be current before they are compared with now.
    if (auto fresh = SlaService(*db).ensureFresh(); !fresh)
        return fail(fresh.error());
    auto done = escalation.run();
    if (!done)
        return fail(done.error());
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const Escalation::Escalated &e : *done)
            list.append(QJsonObject{{QStringLiteral("conversation"), e.conversationId},
                                    {QStringLiteral("due"), TimeFormat::isoWithOffset(e.dueAt)},
                                    {QStringLiteral("agent"), e.agentName}});
        m_out << QJsonDocument(list).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Escalation::Escalated &e : *done)
            m_out << e.conversationId << '\t' << TimeFormat::isoWithOffset(e.dueAt) << '\t' << e.agentName
                  << '\n';
        m_out << tr("%n conversation(s) escalated.", nullptr, static_cast<int>(done->size())) << '\n';
    }
    return Ok;
}

} // namespace Torget
