// The post classifier: every rule on bokmål, nynorsk and English examples, the decision rules (weak
// cues, ties), the words it shows as reasons, and its measured quality on the labelled set.

#include "analytics/postclassifier.h"
#include "demo/demotexts.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <array>

using namespace Torget;

namespace {

const ClassificationReason *reasonFor(const Classification &c, const QString &rule)
{
    for (const ClassificationReason &r : c.reasons) {
        if (r.rule == rule)
            return &r;
    }
    return nullptr;
}

QString describe(const Classification &c)
{
    QStringList parts;
    for (const ClassificationReason &r : c.reasons)
        parts << QStringLiteral("%1 «%2» %3").arg(r.rule, r.matched).arg(r.weight);
    return key(c.postClass) + QStringLiteral(" [") + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

struct Labelled
{
    QString text;
    QString lang;
    PostClass label;
};

// Precision and recall per class over (expected, predicted) pairs.
struct Scores
{
    std::array<double, 3> precision{};
    std::array<double, 3> recall{};
    double accuracy = 0;
};

Scores score(const std::vector<std::pair<PostClass, PostClass>> &pairs)
{
    std::array<int, 3> tp{}, fp{}, fn{};
    int correct = 0;
    for (const auto &[expected, predicted] : pairs) {
        const auto e = static_cast<std::size_t>(expected);
        const auto p = static_cast<std::size_t>(predicted);
        if (e == p) {
            ++tp[e];
            ++correct;
        } else {
            ++fp[p];
            ++fn[e];
        }
    }
    Scores s;
    for (std::size_t k = 0; k < 3; ++k) {
        s.precision[k] = tp[k] + fp[k] > 0 ? double(tp[k]) / (tp[k] + fp[k]) : 0;
        s.recall[k] = tp[k] + fn[k] > 0 ? double(tp[k]) / (tp[k] + fn[k]) : 0;
    }
    s.accuracy = pairs.empty() ? 0 : double(correct) / double(pairs.size());
    return s;
}

} // namespace

class TestPostClassifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void classify_ruleFires_data();
    void classify_ruleFires();
    void classify_weakCueAlone_staysInformation_data();
    void classify_weakCueAlone_staysInformation();
    void classify_plainNews_isInformationWithoutReasons_data();
    void classify_plainNews_isInformationWithoutReasons();
    void classify_tie_goesToDialog();
    void classify_higherScoreWins();
    void classify_ruleCountsOnce_howeverOftenItMatches();
    void classify_matchedText_isAsWrittenInThePost();
    void classify_decomposedLetters_matchLikeComposed();
    void classify_emojiBeforeMatch_positionPointsIntoOriginal();
    void rules_haveUniqueIdsAndDescriptions();

    void labelledSet_isLargeVariedAndBalancedEnough();
    void labelledSet_heldOutSplit_precisionAndRecallPerClass();
    void demoPosts_mostlyGetTheClassTheDemoIntended();

private:
    std::vector<Labelled> m_labelled;
    PostClassifier m_classifier;
};

void TestPostClassifier::initTestCase()
{
    QFile file(QStringLiteral(TORGET_TEST_DATA "/maturity_posts.jsonl"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    int line = 0;
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine().trimmed();
        ++line;
        if (bytes.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(QStringLiteral("line %1").arg(line)));
        const auto label = postClassFromKey(o.value(QStringLiteral("label")).toString());
        QVERIFY2(label.has_value(), qPrintable(QStringLiteral("line %1: unknown label").arg(line)));
        m_labelled.push_back(
            {o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("lang")).toString(), *label});
    }
}

void TestPostClassifier::classify_ruleFires_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<QString>("expected");
    const QString m = QStringLiteral("mobilization");
    const QString d = QStringLiteral("dialog");
    const auto row = [](const char *name, const char *text, const char *rule, const char *matched,
                        const QString &cls) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromLatin1(rule)
                            << QString::fromUtf8(matched) << cls;
    };
    row("sign-up nb", "Meld deg på sommerskolen innen fredag.", "sign-up", "Meld deg på", m);
    row("sign-up nn", "Påmeldinga til kurset er open no.", "sign-up", "Påmeldinga", m);
    row("sign-up en", "Sign up for the reading club at the library.", "sign-up", "Sign up", m);
    row("volunteer nb", "Frivillige søkes til vaktordning på konserten.", "volunteer", "Frivillige søkes", m);
    row("volunteer nn", "Dugnad på skuleplassen laurdag.", "volunteer", "Dugnad", m);
    row("volunteer en", "Volunteers wanted for the marathon.", "volunteer", "Volunteers", m);
    row("tip-us nb", "Tips oss om ødelagte lekeapparater.", "tip-us", "Tips oss", m);
    row("tip-us nn", "Meld frå om vassleidningar som lek.", "tip-us", "Meld frå", m);
    row("tip-us en", "Report faults on street lights via the website.", "tip-us", "Report faults", m);
    row("hearing nb", "Høringsfristen for kommuneplanen er 1. juni.", "hearing", "Høringsfristen", m);
    row("hearing nn", "Planen er no på høyring.", "hearing", "er no på høyring", m);
    row("vote nb", "Forhåndsstemmingen er åpen på rådhuset.", "vote", "Forhåndsstemmingen", m);
    row("vote nn", "Gå og røyst før klokka 21!", "vote", "Gå og røyst", m);
    row("vote en", "Vote in the youth council election.", "vote", "Vote", m);
    row("invitation nb", "Vi inviterer til åpning av den nye parken.", "invitation", "inviterer", m);
    row("invitation nn", "Ver med på opninga av turstien.", "invitation", "Ver med", m);
    row("invitation en", "Join us for the opening of the library.", "invitation", "Join us", m);
    row("nominate nb", "Nominer årets ildsjel innen fredag.", "nominate", "Nominer", m);
    row("grant nb", "Lag kan søke om tilskudd til nytt utstyr.", "grant", "søke om tilskudd", m);
    row("grant nn", "Søk om kulturmidlar innan 1. mars.", "grant", "Søk om kulturmidlar", m);
    row("help-us nb", "Hjelp oss å holde sluket fritt for løv.", "help-us", "Hjelp oss", m);
    row("help-us en", "Please help us clear the drains.", "help-us", "Please help", m);
    row("appeal nn", "Vi oppmodar alle om å halde hunden i band.", "appeal", "Vi oppmodar alle", m);
    row("survey nb", "Svar på en kort undersøkelse om biblioteket.", "survey", "Svar på en kort undersøkelse",
        m);
    row("share nb", "Del gjerne denne posten med naboen.", "share", "Del gjerne denne", m);
    row("imperative nb", "Plukk søppel når du er på tur!", "imperative", "Plukk", m);
    row("opinion nb", "Hva mener du om den nye busstraséen?", "opinion-question", "Hva mener du", d);
    row("opinion nn", "Kva meiner de om planen for sentrum?", "opinion-question", "Kva meiner de", d);
    row("opinion en", "What do you think about the new library?", "opinion-question", "What do you think", d);
    row("opinion indirect nn", "Fortel kva du meiner om parken.", "opinion-question", "kva du meiner", d);
    row("tell-us nb", "Fortell oss hvordan du bruker parken.", "tell-us", "Fortell oss", d);
    row("tell-us nn", "Fortel oss kva du saknar i sentrum.", "tell-us", "Fortel oss", d);
    row("tell-us en", "Tell us what you would change.", "tell-us", "Tell us", d);
    row("ask-us nb", "Spør oss om byggesøknader i dag.", "ask-us", "Spør oss", d);
    row("ask-us nn", "Still spørsmåla dine til rektor her.", "ask-us", "Still spørsmåla", d);
    row("ask-us en", "Ask the mayor anything on Friday.", "ask-us", "Ask the mayor", d);
    row("answers nb", "Takk for spørsmålet! Svaret er ja.", "answers", "Takk for spørsmålet", d);
    row("answers nn", "Mange har spurt om brøytinga, og her er svara.", "answers", "Mange har spurt", d);
    row("answers en", "Thank you for your feedback on the bus routes.", "answers",
        "Thank you for your feedback", d);
    row("participation nb", "Folkemøte om skolestruktur torsdag kl. 18.", "participation", "Folkemøte", d);
    row("participation nn", "Ope møte om ny kommuneplan på kulturhuset.", "participation", "Ope møte", d);
    row("participation en", "Open meeting about the harbour plan on Monday.", "participation", "Open meeting",
        d);
    row("comments + question", "Hvilken lekeplass bruker dere mest? Skriv i kommentarfeltet.", "comments",
        "Skriv i", d);
}

void TestPostClassifier::classify_ruleFires()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    QFETCH(QString, matched);
    QFETCH(QString, expected);
    const Classification c = m_classifier.classify(text);
    const ClassificationReason *reason = reasonFor(c, rule);
    QVERIFY2(reason, qPrintable(rule + QStringLiteral(" did not fire: ") + describe(c)));
    QCOMPARE(reason->matched, matched);
    QCOMPARE(text.mid(reason->position, reason->matched.size()), matched);
    QVERIFY(!PostClassifier::describe(rule).isEmpty());
    QVERIFY2(key(c.postClass) == expected, qPrintable(describe(c)));
}

void TestPostClassifier::classify_weakCueAlone_staysInformation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rule");
    QTest::newRow("reminder nb") << QStringLiteral("Husk å sette dunken ut kvelden før tømming.")
                                 << QStringLiteral("reminder");
    QTest::newRow("reminder nn") << QStringLiteral("Hugs å ta med legitimasjon til valet.")
                                 << QStringLiteral("reminder");
    QTest::newRow("reader question") << QStringLiteral("Har du sett den nye sykkelveien langs elva?")
                                     << QStringLiteral("reader-question");
    QTest::newRow("open question") << QStringLiteral("Hvor mye snø kom i natt? Over 40 cm på Fjellheim.")
                                   << QStringLiteral("open-question");
    QTest::newRow("apply, job ad")
        << QStringLiteral("Stillingen som rektor er lyst ut, og du kan søke på den via nettsiden.")
        << QStringLiteral("apply");
}

void TestPostClassifier::classify_weakCueAlone_staysInformation()
{
    QFETCH(QString, text);
    QFETCH(QString, rule);
    const Classification c = m_classifier.classify(text);
    QVERIFY2(reasonFor(c, rule), qPrintable(describe(c)));
    QVERIFY2(c.postClass == PostClass::Information, qPrintable(describe(c)));
}

void TestPostClassifier::classify_plainNews_isInformationWithoutReasons_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("nb") << QStringLiteral(
        "Vannet i Storgata er stengt til kl. 14 på grunn av ledningsbrudd.");
    QTest::newRow("nn") << QStringLiteral("Skulen er stengd måndag på grunn av planleggingsdag.");
    QTest::newRow("en") << QStringLiteral("The swimming pool is closed for maintenance until Monday.");
    QTest::newRow("rhetorical did-you-know")
        << QStringLiteral("Visste du at biblioteket låner ut sykler? Utlånet er gratis.");
    QTest::newRow("empty") << QString();
}

void TestPostClassifier::classify_plainNews_isInformationWithoutReasons()
{
    QFETCH(QString, text);
    const Classification c = m_classifier.classify(text);
    QVERIFY2(c.postClass == PostClass::Information && c.reasons.empty(), qPrintable(describe(c)));
    QCOMPARE(c.mobilizationScore, 0.0);
    QCOMPARE(c.dialogScore, 0.0);
}

void TestPostClassifier::classify_tie_goesToDialog()
{
    // tip-us (1.0 towards mobilization) against ask-us (1.0 towards dialog).
    const Classification c =
        m_classifier.classify(QStringLiteral("Tips oss om hull i veien. Spør oss om asfaltplanen."));
    QCOMPARE(c.mobilizationScore, 1.0);
    QCOMPARE(c.dialogScore, 1.0);
    QVERIFY2(c.postClass == PostClass::Dialog, qPrintable(describe(c)));
}

void TestPostClassifier::classify_higherScoreWins()
{
    const Classification c = m_classifier.classify(
        QStringLiteral("Meld deg på dugnaden og bli med! Fortell oss hvor vi skal rydde."));
    QVERIFY(c.dialogScore >= PostClassifier::threshold);
    QVERIFY(c.mobilizationScore > c.dialogScore);
    QVERIFY2(c.postClass == PostClass::Mobilization, qPrintable(describe(c)));
}

void TestPostClassifier::classify_ruleCountsOnce_howeverOftenItMatches()
{
    const Classification once = m_classifier.classify(QStringLiteral("Tips oss om hull i veien."));
    const Classification thrice = m_classifier.classify(
        QStringLiteral("Tips oss om hull i veien. Tips oss om skilt. Tips oss om lys."));
    QCOMPARE(thrice.mobilizationScore, once.mobilizationScore);
    QCOMPARE(thrice.reasons.size(), once.reasons.size());
}

void TestPostClassifier::classify_matchedText_isAsWrittenInThePost()
{
    const QString text = QStringLiteral("Nyhet: MELD DEG PÅ Julemarkedet!");
    const Classification c = m_classifier.classify(text);
    const ClassificationReason *r = reasonFor(c, QStringLiteral("sign-up"));
    QVERIFY2(r, qPrintable(describe(c)));
    QCOMPARE(r->matched, QStringLiteral("MELD DEG PÅ"));
    QCOMPARE(r->position, qsizetype(7));
}

void TestPostClassifier::classify_decomposedLetters_matchLikeComposed()
{
    // "på" with å written as a + combining ring (as some keyboards and platforms send it).
    const QString decomposed = QStringLiteral("Meld deg pa") + QChar(0x030A) + QStringLiteral(" kurset.");
    const Classification c = m_classifier.classify(decomposed);
    const ClassificationReason *r = reasonFor(c, QStringLiteral("sign-up"));
    QVERIFY2(r, qPrintable(describe(c)));
    QCOMPARE(r->matched, QStringLiteral("Meld deg på"));
}

void TestPostClassifier::classify_emojiBeforeMatch_positionPointsIntoOriginal()
{
    // Emoji outside the BMP are two UTF-16 units: positions must still point at the words.
    const QString text = QStringLiteral("🎉🎉 Bli med på dugnad i parken!");
    const Classification c = m_classifier.classify(text);
    const ClassificationReason *r = reasonFor(c, QStringLiteral("volunteer"));
    QVERIFY2(r, qPrintable(describe(c)));
    QCOMPARE(r->matched, QStringLiteral("dugnad"));
    QCOMPARE(text.mid(r->position, r->matched.size()), QStringLiteral("dugnad"));
}

void TestPostClassifier::rules_haveUniqueIdsAndDescriptions()
{
    QSet<QString> ids;
    for (const auto &rule : PostClassifier::rules()) {
        QVERIFY2(!ids.contains(rule.id), qPrintable(rule.id));
        ids.insert(rule.id);
        QVERIFY(!rule.description.isEmpty());
        QVERIFY(rule.weight > 0 && rule.weight <= 2);
        QVERIFY(rule.towards != PostClass::Information);
    }
    QVERIFY(ids.size() >= 20);
}

void TestPostClassifier::labelledSet_isLargeVariedAndBalancedEnough()
{
    QVERIFY(m_labelled.size() >= 300);
    std::array<int, 3> perClass{};
    QSet<QString> languages;
    QSet<QString> texts;
    for (const Labelled &l : m_labelled) {
        ++perClass[static_cast<std::size_t>(l.label)];
        languages.insert(l.lang);
        QVERIFY2(!texts.contains(l.text), qPrintable(QStringLiteral("duplicate: ") + l.text));
        texts.insert(l.text);
    }
    for (int n : perClass)
        QVERIFY(n >= 60);
    // Information dominates, as in Lovejoy & Saxton's sample.
    QVERIFY(perClass[0] > perClass[1] && perClass[0] > perClass[2]);
    QCOMPARE(languages, (QSet<QString>{QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")}));
}

void TestPostClassifier::labelledSet_heldOutSplit_precisionAndRecallPerClass()
{
    // Held out: every third post (lines 3, 6, 9, …). The rules were tuned on the other two thirds only.
    std::vector<std::pair<PostClass, PostClass>> tuning;
    std::vector<std::pair<PostClass, PostClass>> heldOut;
    for (std::size_t i = 0; i < m_labelled.size(); ++i) {
        const PostClass predicted = m_classifier.classify(m_labelled[i].text).postClass;
        (i % 3 == 2 ? heldOut : tuning).emplace_back(m_labelled[i].label, predicted);
    }
    const Scores t = score(tuning);
    const Scores h = score(heldOut);
    for (PostClass c : {PostClass::Information, PostClass::Mobilization, PostClass::Dialog}) {
        const auto k = static_cast<std::size_t>(c);
        qInfo("%-13s held-out P %.3f R %.3f | tuning P %.3f R %.3f", qPrintable(key(c)), h.precision[k],
              h.recall[k], t.precision[k], t.recall[k]);
    }
    qInfo("accuracy held-out %.3f (n=%zu) | tuning %.3f (n=%zu)", h.accuracy, heldOut.size(), t.accuracy,
          tuning.size());
    // Guards a little below what was measured (held-out: information P 0.92 R 1.00, mobilization
    // P 1.00 R 0.87, dialog P 1.00 R 0.93, accuracy 0.955).
    const std::array<double, 3> minPrecision{0.88, 0.92, 0.92};
    const std::array<double, 3> minRecall{0.95, 0.80, 0.85};
    for (std::size_t k = 0; k < 3; ++k) {
        QVERIFY2(h.precision[k] >= minPrecision[k], qPrintable(key(static_cast<PostClass>(k))));
        QVERIFY2(h.recall[k] >= minRecall[k], qPrintable(key(static_cast<PostClass>(k))));
    }
    QVERIFY(h.accuracy >= 0.92);
    QVERIFY(t.accuracy >= 0.95);
}

void TestPostClassifier::demoPosts_mostlyGetTheClassTheDemoIntended()
{
    // The demo municipality's climb on the dashboard comes from these posts, coded by this classifier.
    int agree = 0;
    int total = 0;
    for (const Demo::PostText &p : Demo::ownPosts()) {
        QString text = QString::fromUtf8(p.text);
        text.replace(QStringLiteral("{sted}"), QStringLiteral("Storgata"))
            .replace(QStringLiteral("{dato}"), QStringLiteral("12.05.2026"))
            .replace(QStringLiteral("{tid}"), QStringLiteral("10:00"))
            .replace(QStringLiteral("{kommune}"), QStringLiteral("Demo kommune"));
        const PostClass intended = p.postClass == Demo::PostClass::Information    ? PostClass::Information
                                   : p.postClass == Demo::PostClass::Mobilization ? PostClass::Mobilization
                                                                                  : PostClass::Dialog;
        ++total;
        agree += m_classifier.classify(text).postClass == intended ? 1 : 0;
    }
    qInfo("demo posts: %d of %d coded as intended", agree, total);
    QVERIFY(total >= 100);
    QVERIFY(double(agree) / total >= 0.9);
}

QTEST_GUILESS_MAIN(TestPostClassifier)
#include "tst_postclassifier.moc"
