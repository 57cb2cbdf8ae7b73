#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Torget::Language {

namespace {

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    // Owned here for the life of the application; replaced as a set when the language changes.
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

bool load(QCoreApplication &app, const QString &file, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, dir))
        return false;
    app.installTranslator(translator.get());
    installed().push_back(std::move(translator));
    return true;
}

} // namespace

QStringList available()
{
    return {QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")};
}

QString displayName(const QString &code)
{
    if (code == QLatin1String("nb"))
        return QStringLiteral("Norsk bokmål");
    if (code == QLatin1String("nn"))
        return QStringLiteral("Norsk nynorsk");
    return QStringLiteral("English");
}

QString forLocale(const QLocale &locale)
{
    if (locale.language() == QLocale::NorwegianNynorsk)
        return QStringLiteral("nn");
    if (locale.language() == QLocale::NorwegianBokmal)
        return QStringLiteral("nb");
    return QStringLiteral("en");
}

QString resolve(const QString &setting, const QLocale &system)
{
    if (available().contains(setting))
        return setting;
    return forLocale(system);
}

QLocale locale(const QString &code)
{
    if (code == QLatin1String("nb"))
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (code == QLatin1String("nn"))
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    // English text with Nordic conventions (decimal comma, Monday first, 24-hour clock): Qt has no
    // English-in-Norway locale, and en_US would switch to M/d/yy and a decimal point.
    return QLocale(QLocale::English, QLocale::Sweden);
}

bool install(QCoreApplication &app, const QString &code)
{
    for (const auto &translator : installed())
        app.removeTranslator(translator.get());
    installed().clear();

    QLocale::setDefault(locale(code));
    const bool own = load(app, QStringLiteral("torget_") + code, QStringLiteral(":/i18n"));
    if (code == QLatin1String("nb"))
        load(app, QStringLiteral("qtbase_nb"), QStringLiteral(":/i18n"));
    else if (code == QLatin1String("nn"))
        load(app, QStringLiteral("qtbase_nn"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return own;
}

} // namespace Torget::Language
