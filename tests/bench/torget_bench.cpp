// torget-bench --db FILE: measures the inbox on an existing database through the code the app
// uses (InboxRepository, InboxModel, the views' counts, full-text search) and prints a table.
// Make the database first: torget-cli --db FILE demo --conversations N.

#include "inbox/searchquery.h"
#include "models/inboxmodel.h"
#include "storage/database.h"
#include "storage/inboxrepository.h"
#include "storage/maintenance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Torget;

namespace {

qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0
                     : v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database file"),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("time every search query"));
    parser.addOption(verbose);
    parser.process(app);
    QTextStream out(stdout);

    QElapsedTimer t;
    t.start();
    auto db = Database::openSqlite(parser.value(dbOption));
    if (!db) {
        out << db.error() << Qt::endl;
        return 1;
    }
    const double openMs = ms(t);
    auto stats = Maintenance(**db).stats();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    const auto row = [&out](const QString &what, double value, const QString &unit) {
        out << what.leftJustified(46) << QString::number(value, 'f', 1).rightJustified(10) << ' ' << unit
            << '\n';
    };
    out << "conversations: " << stats->conversations << ", messages: " << stats->messages << "\n";
    row(QStringLiteral("open database"), openMs, QStringLiteral("ms"));

    InboxFilter f;
    f.now = now;
    for (InboxView view : {InboxView::Unanswered, InboxView::All, InboxView::Resolved}) {
        f.view = view;
        InboxModel model(**db);
        model.setSort(view == InboxView::Unanswered ? InboxSort::Urgency : InboxSort::LastMessage);
        t.restart();
        model.setFilter(f);
        for (int r = 0; r < std::min(50, model.rowCount()); ++r)
            (void)model.data(model.index(r, InboxModel::TextColumn));
        row(QStringLiteral("inbox first screen, view %1 (%2 rows)")
                .arg(static_cast<int>(view))
                .arg(model.rowCount()),
            ms(t), QStringLiteral("ms"));
        if (view == InboxView::All) {
            std::vector<double> jumps;
            for (int i = 1; i <= 10; ++i) {
                const int target = static_cast<int>(static_cast<qint64>(model.rowCount()) * i / 11);
                t.restart();
                for (int r = target; r < std::min(target + 50, model.rowCount()); ++r)
                    (void)model.data(model.index(r, InboxModel::TextColumn));
                jumps.push_back(ms(t));
            }
            row(QStringLiteral("screenful at a random scroll position, p50"), percentile(jumps, 0.5),
                QStringLiteral("ms"));
            row(QStringLiteral("screenful at a random scroll position, max"), percentile(jumps, 1.0),
                QStringLiteral("ms"));
            row(QStringLiteral("pages in memory after the jumps"), static_cast<double>(model.pagesInMemory()),
                QStringLiteral("pages"));
        }
    }
    f.view = InboxView::All;
    t.restart();
    (void)InboxRepository(**db).counts(f);
    row(QStringLiteral("counts of all eight views"), ms(t), QStringLiteral("ms"));

    const QStringList queries{QStringLiteral("brøyting"),
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
    std::vector<double> search;
    for (const QString &q : queries) {
        const SearchQuery query = SearchQuery::parse(q);
        InboxFilter sf;
        sf.view = InboxView::All;
        sf.now = now;
        sf.channels = query.channels;
        sf.statuses = query.statuses;
        sf.tags = query.tags;
        sf.from = query.from;
        sf.terms = query.terms;
        InboxModel model(**db);
        model.setSort(InboxSort::LastMessage);
        t.restart();
        model.setFilter(sf);
        for (int r = 0; r < std::min(50, model.rowCount()); ++r)
            (void)model.data(model.index(r, InboxModel::TextColumn));
        search.push_back(ms(t));
        if (parser.isSet(verbose))
            row(QStringLiteral("  search \"%1\" (%2 rows)").arg(q).arg(model.rowCount()), search.back(),
                QStringLiteral("ms"));
    }
    row(QStringLiteral("search to first screen, p50 (20 queries)"), percentile(search, 0.5),
        QStringLiteral("ms"));
    row(QStringLiteral("search to first screen, p95"), percentile(search, 0.95), QStringLiteral("ms"));
    row(QStringLiteral("peak memory (VmHWM)"), static_cast<double>(rssKb()) / 1024.0, QStringLiteral("MB"));
    return 0;
}
