// torget-fake-mastodon: the Mastodon fake as a process, for manual runs, the OpenAPI check and
// tests that kill a real process. Prints exactly one line, "listening http://127.0.0.1:PORT", then
// serves until it is killed.

#include "mastodonfake.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A Mastodon server on loopback for Torget's tests."));
    parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed-demo"),
                                  QStringLiteral("Start with a few mentions and DMs."));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The access token to accept."),
                                   QStringLiteral("TOKEN"));
    parser.addOptions({port, seed, token});
    parser.process(app);

    Torget::MastodonFake fake;
    if (parser.isSet(token))
        fake.setToken(parser.value(token));
    const quint16 chosen = fake.listen(QHostAddress::LocalHost, quint16(parser.value(port).toUInt()));
    if (chosen == 0) {
        std::fprintf(stderr, "torget-fake-mastodon: cannot listen on port %s\n",
                     qPrintable(parser.value(port)));
        return 1;
    }
    if (parser.isSet(seed))
        fake.seedDemo();
    std::printf("listening http://127.0.0.1:%u\n", unsigned(chosen));
    std::fflush(stdout);
    return app.exec();
}
