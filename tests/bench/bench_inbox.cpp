// The inbox through the code the window uses (InboxModel over InboxRepository): views, a screenful
// at random scroll positions, counts and search. Each figure's limit replays the SQL statements
// the app ran (recorded with their values) on a raw SQLite connection.

#include "bench.h"

#include "inbox/searchquery.h"
#include "models/inboxmodel.h"
#include "sla/slaservice.h"
#include "storage/accountrepository.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

namespace Bench {

using namespace Torget;

namespace {

// What the window shows first: the model filled and the visible rows read, every column.
void firstScreen(Database &db, const InboxFilter &f, InboxSort sort, int from = 0)
{
    InboxModel model(db);
    model.setFilter(f, sort);
    const int end = std::min(from + 50, model.rowCount());
    for (int r = from; r < end; ++r) {
        for (int c = 0; c < InboxModel::ColumnCount; ++c)
            (void)model.data(model.index(r, c));
    }
}

// The 20 queries: topics of Demo kommune in bokmål and nynorsk, filters, phrases.
const QStringList &queries()
{
    static const QStringList list{QStringLiteral("brøyting"),
                                  QStringLiteral("søppel"),
                                  QStringLiteral("vannet brunt"),
                                  QStringLiteral("barnehageplass"),
                                  QStringLiteral("eiendomsskatt"),
                                  QStringLiteral("kanal:epost hull"),
                                  QStringLiteral("status:ny vei"),
                                  QStringLiteral("fra:kari"),
                                  QStringLiteral("etikett:skole sfo"),
                                  QStringLiteral("kva tid"),
                                  QStringLiteral("buss"),
                                  QStringLiteral("17. mai"),
                                  QStringLiteral("gatelys"),
                                  QStringLiteral("byggesøknad"),
                                  QStringLiteral("kokevarsel"),
                                  QStringLiteral("tømmeplan"),
                                  QStringLiteral("parkering"),
                                  QStringLiteral("strøing fortau"),
                                  QStringLiteral("SFO"),
                                  QStringLiteral("takk for svar")};
    return list;
}

} // namespace

void inbox(const Options &o, Database &db, const QString &path, const Add &add)
{
    RawConnection raw(path);
    resetPeakMemory();
    InboxFilter base;
    base.now = o.until.toMSecsSinceEpoch();
    if (auto bounds = SlaService(db).inboxBounds(base.now)) {
        base.breachedUpTo = bounds->breachedUpTo;
        base.soonUpTo = bounds->soonUpTo;
    }
    if (auto agents = AccountRepository(db).agents(); agents && !agents->empty())
        base.me = agents->front().id;

    // The app's time (median of the runs) beside the raw replay of the statements it ran.
    const auto measure = [&](const QString &key, const QString &label, const std::function<void()> &op,
                             std::optional<Target> target, bool detail = false) {
        // One run unrecorded first: caches filled (pages, the search vocabulary), as in the runs.
        op();
        QStringList sql;
        {
            SqlTrace trace(db);
            op();
            sql = trace.statements();
        }
        if (o.verbose) {
            // For EXPLAIN QUERY PLAN by hand: sqlite3 FILE < trace-KEY.sql
            QFile file(QDir(o.workdir).filePath(QStringLiteral("trace-%1.sql").arg(key)));
            if (file.open(QIODevice::WriteOnly))
                file.write(sql.join(QStringLiteral(";\n")).toUtf8() + ";\n");
        }
        const Samples app = repeat(o.runs, op);
        const Samples limit = repeat(o.runs, [&] { raw.run(sql); });
        Figure f;
        f.key = key;
        f.label = label;
        f.unit = QStringLiteral("ms");
        setTimes(f, app, &limit, o);
        f.target = target;
        f.detail = detail;
        f.note = QStringLiteral("%1 statements").arg(sql.size());
        add(f);
        return std::make_pair(app, limit);
    };
    const Target firstPage{Target::Kind::ValueBelow, 100};

    struct View
    {
        const char *key;
        const char *label;
        InboxView view;
        InboxSort sort;
    };
    const View views[] = {
        {"inbox_open", "inbox open to first screen (Unanswered, deadline order)", InboxView::Unanswered,
         InboxSort::Urgency},
        {"view_all", "first screen, All (newest first)", InboxView::All, InboxSort::LastMessage},
        {"view_mine", "first screen, Mine (deadline order)", InboxView::Mine, InboxSort::Urgency},
        {"view_about_to_breach", "first screen, About to breach (deadline order)", InboxView::AboutToBreach,
         InboxSort::Urgency},
        {"view_breached", "first screen, Breached (deadline order)", InboxView::Breached, InboxSort::Urgency},
        {"view_waiting", "first screen, Waiting", InboxView::Waiting, InboxSort::Urgency},
        {"view_resolved", "first screen, Resolved (newest first)", InboxView::Resolved,
         InboxSort::LastMessage},
    };
    for (const View &v : views) {
        InboxFilter f = base;
        f.view = v.view;
        measure(
            QString::fromLatin1(v.key), QString::fromLatin1(v.label), [&] { firstScreen(db, f, v.sort); },
            firstPage);
    }
    {
        InboxFilter f = base;
        f.channels = {Channel::Email};
        measure(
            QStringLiteral("view_channel"), QStringLiteral("first screen, All filtered to e-mail"),
            [&] { firstScreen(db, f, InboxSort::LastMessage); }, firstPage);
        InboxFilter t = base;
        t.view = InboxView::Unanswered;
        t.tags = QStringList{QStringLiteral("brøyting")};
        measure(
            QStringLiteral("view_tag"),
            QStringLiteral("first screen, Unanswered with a tag (deadline order)"),
            [&] { firstScreen(db, t, InboxSort::Urgency); }, firstPage);
    }
    measure(
        QStringLiteral("counts"), QStringLiteral("counts of all eight views"),
        [&] { (void)InboxRepository(db).counts(base); }, std::nullopt);

    // A screenful at random scroll positions of All: each jump on a model that has only the first
    // page, so every jump reads from storage.
    {
        InboxFilter f = base;
        InboxModel probe(db);
        probe.setFilter(f, InboxSort::LastMessage);
        const int rows = probe.rowCount();
        QRandomGenerator rng(42);
        Samples app;
        Samples limit;
        for (int i = 0; i < 20 && rows > 0; ++i) {
            const int at = static_cast<int>(rng.bounded(static_cast<quint32>(rows)));
            const auto jump = [&](InboxModel &model) {
                for (int r = at; r < std::min(at + 50, rows); ++r) {
                    for (int c = 0; c < InboxModel::ColumnCount; ++c)
                        (void)model.data(model.index(r, c));
                }
            };
            QStringList sql;
            {
                InboxModel model(db);
                model.setFilter(f, InboxSort::LastMessage);
                SqlTrace trace(db);
                jump(model);
                sql = trace.statements();
            }
            InboxModel model(db);
            model.setFilter(f, InboxSort::LastMessage);
            app.add(repeat(1, [&] { jump(model); }));
            limit.add(repeat(1, [&] { raw.run(sql); }));
        }
        for (const double p : {0.5, 1.0}) {
            Figure fig;
            fig.key = p < 1 ? QStringLiteral("scroll_p50") : QStringLiteral("scroll_max");
            fig.label = QStringLiteral("a screenful at a random scroll position, %1 of 20")
                            .arg(p < 1 ? QStringLiteral("p50") : QStringLiteral("max"));
            fig.unit = QStringLiteral("ms");
            setTimes(fig, app, &limit, o, p);
            fig.target = firstPage;
            add(fig);
        }
    }

    // Search: the text typed in the search field, parsed and applied as the inbox pane does.
    // Per query the median of the runs; p50 and p95 over the 20 medians.
    Samples app;
    Samples limit;
    const auto medians = [](const Samples &s) { return Samples{{s.median()}, {s.cpuMedian()}}; };
    for (int i = 0; i < queries().size(); ++i) {
        const QString &text = queries().at(i);
        const SearchQuery query = SearchQuery::parse(text);
        InboxFilter f = base;
        f.view = InboxView::All;
        f.channels = query.channels;
        f.statuses = query.statuses;
        f.tags = query.tags;
        f.from = query.from;
        f.terms = query.terms;
        const auto [a, l] = measure(
            QStringLiteral("search_%1").arg(i + 1, 2, 10, QLatin1Char('0')),
            QStringLiteral("  search \"%1\"").arg(text), [&] { firstScreen(db, f, InboxSort::LastMessage); },
            std::nullopt, true);
        app.add(medians(a));
        limit.add(medians(l));
    }
    for (const double p : {0.5, 0.95}) {
        Figure fig;
        fig.key = p < 0.9 ? QStringLiteral("search_p50") : QStringLiteral("search_p95");
        fig.label = QStringLiteral("search to first screen, %1 of 20 queries")
                        .arg(p < 0.9 ? QStringLiteral("p50") : QStringLiteral("p95"));
        fig.unit = QStringLiteral("ms");
        setTimes(fig, app, &limit, o, p);
        fig.runs = o.runs;
        if (p > 0.9)
            fig.target = Target{Target::Kind::ValueBelow, 50};
        add(fig);
    }
    Figure m;
    m.key = QStringLiteral("inbox_peak_memory");
    m.label = QStringLiteral("peak memory, inbox and search (bench process)");
    m.unit = QStringLiteral("MB");
    m.value = m.best = peakMemoryMb();
    m.target = Target{Target::Kind::ValueBelow, 300};
    add(m);
}

} // namespace Bench
