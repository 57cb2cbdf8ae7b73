#include "searchtext.h"

#include <optional>

namespace Torget::SearchText {

namespace {

// Most texts are ASCII plus æ, ø and å: those need only lower case, which one pass gives without
// the decomposition below (the dearer half of indexing a message). Empty when another character
// needs the full path.
std::optional<QString> foldNorwegian(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *to = out.data();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            *to++ = QChar(u >= u'A' && u <= u'Z' ? static_cast<char16_t>(u + 0x20) : u);
        else if (u == 0xE6 || u == 0xF8 || u == 0xE5) // æ ø å
            *to++ = c;
        else if (u == 0xC6 || u == 0xD8 || u == 0xC5) // Æ Ø Å
            *to++ = QChar(static_cast<char16_t>(u + 0x20));
        else
            return std::nullopt;
    }
    return out;
}

} // namespace

QString fold(const QString &text)
{
    if (auto quick = foldNorwegian(text))
        return *quick;
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        if (c.category() == QChar::Mark_NonSpacing) {
            const QChar base = out.isEmpty() ? QChar() : out.back();
            if (base == QLatin1Char('a') && c.unicode() == 0x030A) { // å
                out.back() = QChar(0x00E5);
            } else if (base == QLatin1Char('a') && c.unicode() == 0x0308) { // ä → æ
                out.back() = QChar(0x00E6);
            } else if (base == QLatin1Char('o') && c.unicode() == 0x0308) { // ö → ø
                out.back() = QChar(0x00F8);
            }
            continue; // every other accent is dropped
        }
        out.append(c);
    }
    return out;
}

QStringList terms(const QString &query)
{
    // By code point, not UTF-16 unit: letters outside the BMP (mathematical bold, some scripts)
    // are letters to the index's tokenizer too.
    QStringList result;
    QList<char32_t> current;
    const auto flush = [&] {
        if (!current.isEmpty())
            result << QString::fromUcs4(current.constData(), current.size());
        current.clear();
    };
    for (const char32_t c : fold(query).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            current.append(c);
        else
            flush();
    }
    flush();
    return result;
}

} // namespace Torget::SearchText
