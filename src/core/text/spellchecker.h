#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

class Hunspell;

namespace Torget {

// Spell-checking of a reply in bokmål ("nb") or nynorsk ("nn") with hunspell and the system's
// dictionaries (Debian: hunspell-no). The dictionaries are GPL-2 data, so they are read from the
// system at run time and never compiled into Torget.
//
// One thread only: hunspell keeps scratch state in its handle even for lookups, so an instance
// must be used from one thread (the GUI thread, for the reply editor). A worker that checks text
// needs its own instance.
class SpellChecker final
{
    Q_DECLARE_TR_FUNCTIONS(Torget::SpellChecker)

public:
    // A misspelled word in the checked text, in UTF-16 code units (QString indices).
    struct Misspelling
    {
        qsizetype start = 0;
        qsizetype length = 0;

        friend bool operator==(const Misspelling &, const Misspelling &) = default;
    };

    // Where Debian's hunspell-no puts nb_NO.{aff,dic} and nn_NO.{aff,dic}, in search order.
    static QStringList defaultDirs();
    // The package to install when a dictionary is missing.
    static QString dictionaryPackage();

    // Loads the dictionary for "nb" or "nn" from the first directory that holds both its files.
    // Fails with a translated message naming the missing file and the package to install.
    static Result<std::unique_ptr<SpellChecker>> load(const QString &language,
                                                      const QStringList &searchDirs = defaultDirs());

    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    QString language() const { return m_language; }
    // The .aff file's SET, e.g. "ISO8859-1": words are converted to it on the way in and back.
    QString dictionaryEncoding() const { return QString::fromLatin1(m_encoding); }

    // The dictionary's verdict on one word. A word the dictionary's character set cannot hold
    // (emoji, Cyrillic, …) is not the dictionary's business and counts as correct.
    bool isCorrect(const QString &word) const;
    // At most `max` corrections, best first; empty for a word the dictionary cannot hold.
    QStringList suggestions(const QString &word, int max = 8) const;
    // Accepts `word` (and hunspell's case variants of it) until this object is destroyed.
    void addToSession(const QString &word);

    // The misspelled words of `text`, in order. Words are letters with apostrophes or hyphens
    // inside them; skipped are words with digits, URLs, e-mail addresses, @mentions, #hashtags and
    // abbreviations in capitals (NAV, SFO, NAVs). Dotted abbreviations (f.eks., kl.) are accepted
    // when the dictionary has them, and in a hyphenated word that the dictionary lacks as a
    // whole only the wrong parts are reported.
    std::vector<Misspelling> check(const QString &text) const;

private:
    SpellChecker(QString language, QByteArray encoding, std::unique_ptr<Hunspell> hunspell);

    // `word` in the dictionary's character set, or nothing when it cannot be represented there.
    std::optional<std::string> encode(const QString &word) const;
    // isCorrect() for a word or hyphen part found by check(), where abbreviations in capitals pass.
    bool isAcceptedPart(const QString &part) const;

    QString m_language;
    QByteArray m_encoding;
    std::unique_ptr<Hunspell> m_hunspell;
};

} // namespace Torget
