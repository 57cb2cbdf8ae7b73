// torget-fake-graph: the Graph API fake as a process, for manual runs and for tests that kill a
// real process. Prints exactly one line, "listening http://127.0.0.1:PORT", then serves until killed.
#include "graphfake.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("torget-fake-graph"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Facebook Graph API fake on 127.0.0.1 (control API under /_fake/)"));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption pageId(QStringLiteral("page-id"), QStringLiteral("The page's id."),
                                    QStringLiteral("ID"), QStringLiteral("1000001"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("Accept only this token (default: any non-empty token)."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption seed(QStringLiteral("seed-demo"),
                                  QStringLiteral("Start with a few conversations and comments."));
    parser.addOptions({port, pageId, token, seed});
    parser.process(app);

    bool ok = false;
    const uint requested = parser.value(port).toUInt(&ok);
    if (!ok || requested > 65535) {
        std::fprintf(stderr, "torget-fake-graph: --port must be a number from 0 to 65535\n");
        return 2;
    }
    Torget::GraphFake fake(parser.value(pageId));
    if (parser.isSet(token))
        fake.setAcceptedToken(parser.value(token));
    if (parser.isSet(seed))
        fake.seedDemo();
    const quint16 listening = fake.start(quint16(requested));
    if (listening == 0) {
        std::fprintf(stderr, "torget-fake-graph: cannot listen on 127.0.0.1:%u\n", requested);
        return 1;
    }
    std::printf("listening http://127.0.0.1:%u\n", unsigned(listening));
    std::fflush(stdout);
    return app.exec();
}
