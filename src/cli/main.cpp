#include "cli.h"

#include "i18n/language.h"
#include "settings/settings.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("torget"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TORGET_VERSION));

    Torget::Settings settings;
    Torget::Language::install(
        app, Torget::Language::resolve(settings.value(Torget::Settings::Key::Language).toString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Torget::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
