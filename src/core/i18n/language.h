#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Torget::Language {

// Codes Torget is translated into: "nb" (bokmål), "nn" (nynorsk), "en".
QStringList available();
QString displayName(const QString &code); // in its own language: "Norsk bokmål", "Norsk nynorsk", "English"

// The language for a system locale: nb_NO and no_NO → nb, nn_NO → nn, anything else → en.
QString forLocale(const QLocale &locale);
// The chosen language: the setting when it names a known language, else the system's.
QString resolve(const QString &setting, const QLocale &system = QLocale::system());

// The locale used for numbers and dates in that language (decimal comma, Monday first).
QLocale locale(const QString &code);

// Installs Torget's and Qt's own translations for `code` on the application, replacing any that
// were installed before. Qt ships nynorsk but not bokmål; Torget ships its own bokmål for Qt's
// buttons and dialogs. Returns false when Torget's own catalogue could not be loaded.
bool install(QCoreApplication &app, const QString &code);

} // namespace Torget::Language
