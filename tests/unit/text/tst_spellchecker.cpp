#include "text/spellchecker.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Torget;

namespace {

QString u8(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "start:word" for each misspelling, so that a failure shows what was flagged and where.
QStringList describe(const QString &text, const std::vector<SpellChecker::Misspelling> &misspellings)
{
    QStringList out;
    for (const SpellChecker::Misspelling &m : misspellings)
        out << QString::number(m.start) + u':' + text.mid(m.start, m.length);
    return out;
}

// The expected misspellings of `text`, found by searching for each word in turn.
QStringList expect(const QString &text, const QStringList &words)
{
    QStringList out;
    qsizetype from = 0;
    for (const QString &word : words) {
        const qsizetype at = text.indexOf(word, from);
        Q_ASSERT(at >= 0);
        out << QString::number(at) + u':' + word;
        from = at + word.size();
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestSpellChecker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void load_readsTheLatin1SetOfTheSystemDictionaries();
    void isCorrect_followsTheRealDictionary_data();
    void isCorrect_followsTheRealDictionary();
    void isCorrect_acceptsWordsTheDictionaryCannotHold_data();
    void isCorrect_acceptsWordsTheDictionaryCannotHold();
    void suggestions_comeBackInUtf16_data();
    void suggestions_comeBackInUtf16();
    void suggestions_respectMax();
    void typographicApostrophe_isTheDictionarysAsciiOne();
    void check_returnsExactlyTheMisspelledRanges_data();
    void check_returnsExactlyTheMisspelledRanges();
    void check_survivesHostileText_data();
    void check_survivesHostileText();
    void addToSession_acceptsTheWordOnlyInThisInstance();
    void load_unknownLanguage_fails_data();
    void load_unknownLanguage_fails();
    void load_missingDirectory_namesFileAndPackage();
    void load_missingDicBesideAff_namesTheDicFile();
    void load_usesTheSetOfTheAffFile();
    void load_unknownCharacterSet_fails();

private:
    SpellChecker *checker(const QString &language) const;

    std::unique_ptr<SpellChecker> m_nb;
    std::unique_ptr<SpellChecker> m_nn;
};

void TestSpellChecker::initTestCase()
{
    // The real dictionaries from Debian's hunspell-no: a missing package is a failure, not a skip.
    auto nb = SpellChecker::load(QStringLiteral("nb"));
    QVERIFY2(nb, nb ? "" : qPrintable(nb.error()));
    m_nb = std::move(nb).value();
    auto nn = SpellChecker::load(QStringLiteral("nn"));
    QVERIFY2(nn, nn ? "" : qPrintable(nn.error()));
    m_nn = std::move(nn).value();
}

SpellChecker *TestSpellChecker::checker(const QString &language) const
{
    return language == QLatin1String("nn") ? m_nn.get() : m_nb.get();
}

void TestSpellChecker::load_readsTheLatin1SetOfTheSystemDictionaries()
{
    QCOMPARE(m_nb->language(), QStringLiteral("nb"));
    QCOMPARE(m_nn->language(), QStringLiteral("nn"));
    QCOMPARE(m_nb->dictionaryEncoding(), QStringLiteral("ISO8859-1"));
    QCOMPARE(m_nn->dictionaryEncoding(), QStringLiteral("ISO8859-1"));
}

void TestSpellChecker::isCorrect_followsTheRealDictionary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("correct");

    const QString nb = QStringLiteral("nb");
    const QString nn = QStringLiteral("nn");
    QTest::newRow("nb kommunen") << nb << u8("kommunen") << true;
    QTest::newRow("nb brøyting") << nb << u8("brøyting") << true;
    QTest::newRow("nb Brøytingen, capital and ø") << nb << u8("Brøytingen") << true;
    QTest::newRow("nb compound søppeltømming") << nb << u8("søppeltømming") << true;
    QTest::newRow("nb compound svarfristen") << nb << u8("svarfristen") << true;
    QTest::newRow("nb henvendelse") << nb << u8("henvendelse") << true;
    QTest::newRow("nb innbygger") << nb << u8("innbygger") << true;
    QTest::newRow("nb løst") << nb << u8("løst") << true;
    QTest::newRow("nb virkedag") << nb << u8("virkedag") << true;
    QTest::newRow("nb uke") << nb << u8("uke") << true;
    QTest::newRow("nb åpner") << nb << u8("åpner") << true;
    QTest::newRow("nb Sarpsborg (in the dictionary)") << nb << u8("Sarpsborg") << true;
    QTest::newRow("nb ikke") << nb << u8("ikke") << true;
    QTest::newRow("nb e-post") << nb << u8("e-post") << true;
    QTest::newRow("nb KOMMUNEN in capitals") << nb << u8("KOMMUNEN") << true;
    QTest::newRow("nb komune") << nb << u8("komune") << false;
    QTest::newRow("nb komunen") << nb << u8("komunen") << false;
    QTest::newRow("nb brøytting") << nb << u8("brøytting") << false;
    QTest::newRow("nb ikkje is nynorsk") << nb << u8("ikkje") << false;
    QTest::newRow("nb innbyggjar is nynorsk") << nb << u8("innbyggjar") << false;
    QTest::newRow("nb Per's: no apostrophe genitive") << nb << u8("Per's") << false;

    QTest::newRow("nn ikkje") << nn << u8("ikkje") << true;
    QTest::newRow("nn kva") << nn << u8("kva") << true;
    QTest::newRow("nn kvifor") << nn << u8("kvifor") << true;
    QTest::newRow("nn eg") << nn << u8("eg") << true;
    QTest::newRow("nn kommunen") << nn << u8("kommunen") << true;
    QTest::newRow("nn brøytinga") << nn << u8("brøytinga") << true;
    QTest::newRow("nn innbyggjar") << nn << u8("innbyggjar") << true;
    QTest::newRow("nn løyst") << nn << u8("løyst") << true;
    QTest::newRow("nn yrkedag") << nn << u8("yrkedag") << true;
    QTest::newRow("nn veke") << nn << u8("veke") << true;
    QTest::newRow("nn tenestetorg") << nn << u8("tenestetorg") << true;
    QTest::newRow("nn ikke is bokmål") << nn << u8("ikke") << false;
    QTest::newRow("nn hva is bokmål") << nn << u8("hva") << false;
    QTest::newRow("nn jeg is bokmål") << nn << u8("jeg") << false;
    QTest::newRow("nn hvorfor is bokmål") << nn << u8("hvorfor") << false;
    QTest::newRow("nn innbygger is bokmål") << nn << u8("innbygger") << false;
    QTest::newRow("nn løst is bokmål") << nn << u8("løst") << false;
    QTest::newRow("nn Brøytingen is bokmål") << nn << u8("Brøytingen") << false;
    QTest::newRow("nn komune") << nn << u8("komune") << false;
    QTest::newRow("nn brøytting") << nn << u8("brøytting") << false;
}

void TestSpellChecker::isCorrect_followsTheRealDictionary()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(bool, correct);
    QCOMPARE(checker(language)->isCorrect(word), correct);
}

void TestSpellChecker::isCorrect_acceptsWordsTheDictionaryCannotHold_data()
{
    QTest::addColumn<QString>("word");

    QTest::newRow("Cyrillic") << u8("привет");
    QTest::newRow("Cyrillic misspelled") << u8("превет");
    QTest::newRow("Greek") << u8("καλημέρα");
    QTest::newRow("Polish Łódź") << u8("Łódź");
    QTest::newRow("Japanese") << u8("東京");
    QTest::newRow("emoji") << u8("😊");
    QTest::newRow("ZWJ family") << u8("👩‍👩‍👧");
    QTest::newRow("lone high surrogate") << QString(QChar(0xD83D));
    QTest::newRow("Latin-1 word with an emoji") << u8("komune😊");
    QTest::newRow("empty") << QString();
    QTest::newRow("beyond hunspell's word length") << QString(300, u'k');
}

void TestSpellChecker::isCorrect_acceptsWordsTheDictionaryCannotHold()
{
    QFETCH(QString, word);
    QVERIFY(m_nb->isCorrect(word));
    QVERIFY(m_nn->isCorrect(word));
    QVERIFY(m_nb->suggestions(word).isEmpty());
}

void TestSpellChecker::suggestions_comeBackInUtf16_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nb komune") << QStringLiteral("nb") << u8("komune") << u8("kommune");
    QTest::newRow("nn komune") << QStringLiteral("nn") << u8("komune") << u8("kommune");
    QTest::newRow("nb brøytting, ø round trip") << QStringLiteral("nb") << u8("brøytting") << u8("brøyting");
    QTest::newRow("nn brøytting, ø round trip") << QStringLiteral("nn") << u8("brøytting") << u8("brøyting");
    QTest::newRow("nb ikkje") << QStringLiteral("nb") << u8("ikkje") << u8("ikke");
    QTest::newRow("nb innbyggjar") << QStringLiteral("nb") << u8("innbyggjar") << u8("innbygger");
}

void TestSpellChecker::suggestions_comeBackInUtf16()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(QString, expected);
    const QStringList suggestions = checker(language)->suggestions(word);
    QVERIFY2(suggestions.contains(expected), qPrintable(suggestions.join(QLatin1String(", "))));
    QVERIFY(suggestions.size() <= 8);
}

void TestSpellChecker::suggestions_respectMax()
{
    QCOMPARE(m_nb->suggestions(u8("kva"), 3).size(), qsizetype(3));
    QVERIFY(m_nb->suggestions(u8("kva"), 0).isEmpty());
    QVERIFY(m_nb->suggestions(u8("kva"), -1).isEmpty());
}

void TestSpellChecker::typographicApostrophe_isTheDictionarysAsciiOne()
{
    // hunspell-no has no words with apostrophes, so a small Latin-1 dictionary stands in.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nn_NO.aff")), "SET ISO8859-1\nTRY acklnor\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nn_NO.dic")), "2\nrock'n'roll\nbl\xE5"
                                                                 "b\xE6r\n"));
    auto loaded = SpellChecker::load(QStringLiteral("nn"), {dir.path()});
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    SpellChecker &checker = **loaded;
    QVERIFY(checker.isCorrect(u8("blåbær"))); // read as ISO 8859-1, not as UTF-8
    QVERIFY(!checker.isCorrect(u8("blåber")));
    QVERIFY(checker.isCorrect(u8("rock'n'roll")));
    QVERIFY(checker.isCorrect(u8("rock’n’roll")));
    QVERIFY(!checker.isCorrect(u8("rok’n’roll")));
    // Suggestions come back with the apostrophe the user typed.
    QVERIFY2(checker.suggestions(u8("rok’n’roll")).contains(u8("rock’n’roll")),
             qPrintable(checker.suggestions(u8("rok’n’roll")).join(u8(", "))));
    QVERIFY2(checker.suggestions(u8("rok'n'roll")).contains(u8("rock'n'roll")),
             qPrintable(checker.suggestions(u8("rok'n'roll")).join(u8(", "))));
    const QString text = u8("rock’n’roll, rok’n’roll");
    QCOMPARE(describe(text, checker.check(text)), expect(text, {u8("rok’n’roll")}));
}

void TestSpellChecker::check_returnsExactlyTheMisspelledRanges_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("misspelled");

    const QString nb = QStringLiteral("nb");
    const QString nn = QStringLiteral("nn");
    QTest::newRow("reply with everything that is not prose")
        << nb
        << u8("Hei! Brøytingen i Storgata er ferdig 17.05.2026, se "
              "https://www.sarpsborg.kommune.no/brøyting eller skriv til postmottak@sarpsborg.kommune.no. "
              "@Ola_Nordmann og NAV er varslet 😊 #brøyting Takk for tipset til komunen 👍")
        << QStringList{u8("komunen")};
    QTest::newRow("empty") << nb << QString() << QStringList{};
    QTest::newRow("all correct, æøå") << nb << u8("Ærlig talt er været på Østlandet fint.") << QStringList{};
    QTest::newRow("two misspellings in order") << nb << u8("Vi har meldt fra til komunen om brøyttingen.")
                                               << QStringList{u8("komunen"), u8("brøyttingen")};
    QTest::newRow("misspelling after surrogate pairs")
        << nb << u8("🎉🎉 Gratulerer, komune!") << QStringList{u8("komune")};
    QTest::newRow("misspelling glued to an emoji with variation selector")
        << nb << u8("Takk, komune❤️") << QStringList{u8("komune")};
    QTest::newRow("abbreviations in capitals") << nb << u8("NAV, SFO, KS og NAVs kontor") << QStringList{};
    QTest::newRow("capital abbreviation in a compound")
        << nb << u8("NAV-kontoret og SFO-en og XYZ-rapporten") << QStringList{};
    QTest::newRow("only the wrong part of a hyphenated word")
        << nb << u8("Se komune-tipset") << QStringList{u8("komune")};
    QTest::newRow("one-letter prefix") << nb << u8("Send en e-post til e-postadressen.") << QStringList{};
    QTest::newRow("words with digits")
        << nb << u8("E6 er stengt, 3-roms i 2. etasje, kl.14, abc123") << QStringList{};
    QTest::newRow("dotted abbreviations")
        << nb << u8("Vi åpner kl. 8, f.eks. i morgen, bl.a. ved torget.") << QStringList{};
    QTest::newRow("apostrophe inside the word") << nb << u8("Det er Per's sak.") << QStringList{u8("Per's")};
    QTest::newRow("typographic apostrophe inside the word")
        << nb << u8("Det er Per’s sak.") << QStringList{u8("Per’s")};
    QTest::newRow("quotes around a word are not part of it")
        << nb << u8("Han sa 'komune' og ‘kommune’.") << QStringList{u8("komune")};
    QTest::newRow("å as a + combining ring")
        << nb << (u8("Vi er a") + QChar(0x030A) + u8("pne for komune")) << QStringList{u8("komune")};
    QTest::newRow("misspelling with a combining diaeresis")
        << nb << (u8("Ha") + QChar(0x0308) + u8("lsning"))
        << QStringList{u8("Ha") + QChar(0x0308) + u8("lsning")};
    QTest::newRow("Mastodon mention, hashtag, bare domain")
        << nb << u8("@ola@mastodon.social #sarpsborgkommune sarpsborg.kommune.no www.nav.no")
        << QStringList{};
    QTest::newRow("foreign scripts are not flagged")
        << nb << u8("Привет и Łódź og 東京, takk for komune") << QStringList{u8("komune")};
    QTest::newRow("line and paragraph separators")
        << nb << (u8("komune") + QChar(QChar::LineSeparator) + u8("kommune")) << QStringList{u8("komune")};
    QTest::newRow("nn reply") << nn << u8("Eg veit ikkje kva kommunen gjer med brøytinga.") << QStringList{};
    QTest::newRow("nn with bokmål words")
        << nn << u8("Eg veit ikke hva kommunen gjer.") << QStringList{u8("ikke"), u8("hva")};
}

void TestSpellChecker::check_returnsExactlyTheMisspelledRanges()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, misspelled);
    QCOMPARE(describe(text, checker(language)->check(text)), expect(text, misspelled));
}

void TestSpellChecker::check_survivesHostileText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("lone surrogates") << (QString(QChar(0xD800)) + u8("komune") + QChar(0xDC00));
    QTest::newRow("combining marks without a letter") << (QString(QChar(0x0301)) + QChar(0x0308));
    QTest::newRow("only joiners") << u8("- ' ’ -- ''");
    QTest::newRow("dangling joiners") << u8("-komune- 'komune' komune-");
    QTest::newRow("a long run of letters") << QString(5000, u'a');
    QTest::newRow("a long run of dots") << (u8("f.") + QString(2000, u'.') + u8("eks."));
    QTest::newRow("many dotted parts") << u8("a.b.c.d.e.f.g.h.i.j.k.");
    QTest::newRow("right-to-left") << u8("مرحبا بالعالم komune");
    QTest::newRow("NUL inside") << (u8("kom") + QChar(0) + u8("une"));
}

void TestSpellChecker::check_survivesHostileText()
{
    QFETCH(QString, text);
    for (const SpellChecker::Misspelling &m : m_nb->check(text)) {
        QVERIFY(m.start >= 0);
        QVERIFY(m.length > 0);
        QVERIFY(m.start + m.length <= text.size());
    }
}

void TestSpellChecker::addToSession_acceptsTheWordOnlyInThisInstance()
{
    auto fresh = SpellChecker::load(QStringLiteral("nb"));
    QVERIFY2(fresh, fresh ? "" : qPrintable(fresh.error()));
    SpellChecker &checker = **fresh;
    QVERIFY(!checker.isCorrect(u8("Facebook")));
    QCOMPARE(checker.check(u8("Svar på Facebook")).size(), std::size_t(1));

    checker.addToSession(u8("Facebook"));
    QVERIFY(checker.isCorrect(u8("Facebook")));
    QVERIFY(checker.check(u8("Svar på Facebook")).empty());
    QVERIFY(!m_nb->isCorrect(u8("Facebook")));

    checker.addToSession(u8("привет😊")); // cannot be held in ISO 8859-1: ignored, no crash
    checker.addToSession(QString());
}

void TestSpellChecker::load_unknownLanguage_fails_data()
{
    QTest::addColumn<QString>("language");

    QTest::newRow("Swedish") << QStringLiteral("sv");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("empty") << QString();
    QTest::newRow("locale name instead of code") << QStringLiteral("nb_NO");
    QTest::newRow("path traversal") << QStringLiteral("../nb");
}

void TestSpellChecker::load_unknownLanguage_fails()
{
    QFETCH(QString, language);
    const auto loaded = SpellChecker::load(language);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(u8("“") + language + u8("”")), qPrintable(loaded.error()));
}

void TestSpellChecker::load_missingDirectory_namesFileAndPackage()
{
    const auto loaded = SpellChecker::load(QStringLiteral("nn"), {QStringLiteral("/nonexistent/hunspell")});
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(QLatin1String("nn_NO.dic")), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QLatin1String("/nonexistent/hunspell")), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QLatin1String("hunspell-no")), qPrintable(loaded.error()));
}

void TestSpellChecker::load_missingDicBesideAff_namesTheDicFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/hunspell/nb_NO.aff"),
                        dir.filePath(QStringLiteral("nb_NO.aff"))));
    const auto loaded = SpellChecker::load(QStringLiteral("nb"), {dir.path()});
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(dir.filePath(QStringLiteral("nb_NO.dic"))), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(QLatin1String("hunspell-no")), qPrintable(loaded.error()));

    // The first folder that has both files wins over one that has half.
    auto found =
        SpellChecker::load(QStringLiteral("nb"), {dir.path(), QStringLiteral("/usr/share/hunspell")});
    QVERIFY2(found, found ? "" : qPrintable(found.error()));
}

void TestSpellChecker::load_usesTheSetOfTheAffFile()
{
    // A UTF-8 dictionary holds words that ISO 8859-1 cannot: proof that the SET line is read,
    // not assumed.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nb_NO.aff")), "\xEF\xBB\xBFSET UTF-8\nTRY abc\n"));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("nb_NO.dic")), u8("3\nпривет\nblåbær\nkommune\n").toUtf8()));
    auto loaded = SpellChecker::load(QStringLiteral("nb"), {dir.path()});
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    SpellChecker &checker = **loaded;
    QCOMPARE(checker.dictionaryEncoding(), QStringLiteral("UTF-8"));
    QVERIFY(checker.isCorrect(u8("привет")));
    QVERIFY(!checker.isCorrect(u8("превет")));
    QVERIFY(checker.isCorrect(u8("blåbær")));
    QVERIFY(!checker.isCorrect(u8("blåber")));
    const QString text = u8("blåbær превет kommune");
    QCOMPARE(describe(text, checker.check(text)), expect(text, {u8("превет")}));
}

void TestSpellChecker::load_unknownCharacterSet_fails()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nn_NO.aff")), "SET X-NO-SUCH-CHARSET\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("nn_NO.dic")), "1\nkommune\n"));
    const auto loaded = SpellChecker::load(QStringLiteral("nn"), {dir.path()});
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().contains(QLatin1String("X-NO-SUCH-CHARSET")), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
