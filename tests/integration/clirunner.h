#pragma once

// Running torget-cli as a real process for the integration tests, and checking its answers against the
// CLI contract (exit codes, one translated line on stderr, JSON on stdout).

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>

#include <algorithm>

namespace TorgetTest {

using namespace Qt::StringLiterals;

inline constexpr int processTimeoutMs = 60 * 1000;
inline const QString english = u"C.UTF-8"_s;
inline const QString demoUntil = u"2026-11-26T09:00:00+01:00"_s;

// One finished (or not) run of torget-cli.
struct Run
{
    QStringList arguments;
    QString language;
    QStringList extraEnvironment;
    QString startError;
    bool started = false;
    bool finished = false; // ended within the time limit
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }

    QString describe() const
    {
        QString text = u"\n  torget-cli "_s + arguments.join(u' ') + u"  (LANG="_s + language;
        if (!extraEnvironment.isEmpty())
            text += u", "_s + extraEnvironment.join(u", "_s);
        text += u")\n"_s;
        if (!started)
            return text + u"  did not start: "_s + startError;
        if (!finished)
            text += u"  did not finish within 60 s\n"_s;
        else if (exitStatus != QProcess::NormalExit)
            text += u"  crashed\n"_s;
        else
            text += u"  exit code %1\n"_s.arg(exitCode);
        QString shownOut = outText();
        if (shownOut.size() > 1500)
            shownOut = shownOut.left(1500) + u"… (%1 characters in all)"_s.arg(out.size());
        return text + u"  --- stdout ---\n"_s + shownOut + u"\n  --- stderr ---\n"_s + errText();
    }
};

// Empty when the process started and ended by itself within the time limit.
inline QString runProblem(const Run &r)
{
    if (!r.started)
        return u"could not start the process"_s + r.describe();
    if (!r.finished)
        return u"timed out"_s + r.describe();
    if (r.exitStatus != QProcess::NormalExit)
        return u"crashed"_s + r.describe();
    return {};
}

inline QString successProblem(const Run &r)
{
    if (const QString problem = runProblem(r); !problem.isEmpty())
        return problem;
    if (r.exitCode != 0)
        return u"expected exit code 0"_s + r.describe();
    if (!r.err.isEmpty())
        return u"expected nothing on stderr"_s + r.describe();
    return {};
}

// The failure contract: the given exit code, nothing on stdout, exactly one line "torget-cli: …" on stderr
// (so no Qt warnings, no usage text, no second line).
inline QString oneLineFailureProblem(const Run &r, int expectedCode)
{
    if (const QString problem = runProblem(r); !problem.isEmpty())
        return problem;
    if (r.exitCode != expectedCode)
        return u"expected exit code %1"_s.arg(expectedCode) + r.describe();
    if (!r.out.isEmpty())
        return u"expected nothing on stdout"_s + r.describe();
    if (!r.err.endsWith('\n') || std::count(r.err.cbegin(), r.err.cend(), '\n') != 1 || r.err.contains('\r'))
        return u"expected exactly one line on stderr"_s + r.describe();
    if (!r.err.startsWith("torget-cli: ") || r.err.trimmed().size() <= qsizetype(sizeof("torget-cli:")))
        return u"expected the line to be \"torget-cli: <message>\""_s + r.describe();
    return {};
}

inline QString jsonArrayProblem(const Run &r, QJsonArray *array)
{
    if (const QString problem = successProblem(r); !problem.isEmpty())
        return problem;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        return u"stdout is not valid JSON (%1 at %2)"_s.arg(error.errorString()).arg(error.offset) +
               r.describe();
    if (!doc.isArray())
        return u"stdout is not a JSON array"_s + r.describe();
    *array = doc.array();
    return {};
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Where two JSON Lines files first differ, for a readable failure message.
inline QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> le = expected.split('\n');
    const QList<QByteArray> la = actual.split('\n');
    for (qsizetype i = 0; i < std::max(le.size(), la.size()); ++i) {
        const QByteArray x = le.value(i), y = la.value(i);
        if (x != y)
            return u"files differ first on line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(
                QString::fromUtf8(x.left(300)), QString::fromUtf8(y.left(300)));
    }
    return u"files are identical"_s;
}

inline bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == static_cast<double>(v.toInteger());
}

inline QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline const QRegularExpression &isoWithOffset()
{
    static const QRegularExpression re(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s);
    return re;
}

// True when `number` occurs in `text` as a number of its own (so 3 is not found in 13 or 2023).
inline bool mentionsNumber(const QString &text, qint64 number)
{
    return QRegularExpression(u"(^|\\D)%1(\\D|$)"_s.arg(number)).match(text).hasMatch();
}

inline QStringList nonEmptyLines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// Runs the executable `program` with a clean environment rooted at `envRoot`: HOME, XDG_CONFIG_HOME and
// XDG_DATA_HOME inside it, LANG as given, nothing else from whoever runs the tests (no LANGUAGE, LC_ALL,
// DISPLAY or session variables), then `extraEnvironment` ("NAME=value").
inline Run runCli(const QString &program, const QString &envRoot, const QStringList &arguments,
                  const QString &language, const QStringList &extraEnvironment)
{
    Run r;
    r.arguments = arguments;
    r.language = language;
    r.extraEnvironment = extraEnvironment;

    QProcessEnvironment env;
    env.insert(u"HOME"_s, envRoot + u"/home"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, envRoot + u"/config"_s);
    env.insert(u"XDG_DATA_HOME"_s, envRoot + u"/data"_s);
    env.insert(u"LANG"_s, language);
    for (const QString &variable : extraEnvironment)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));

    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(envRoot);
    process.start();
    r.started = process.waitForStarted(processTimeoutMs);
    if (!r.started) {
        r.startError = process.errorString();
        return r;
    }
    process.closeWriteChannel();
    r.finished = process.waitForFinished(processTimeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.exitStatus = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

// "conversations list --format json" → its words; for fixed words only (paths go in separately).
inline QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace TorgetTest

// QTest macros return from the test function, so the checks are macros too.
#define CLI_SUCCEEDS(run)                                                                                    \
    do {                                                                                                     \
        const QString why_ = TorgetTest::successProblem(run);                                                \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                          \
    } while (false)

#define CLI_FAILS_WITH_ONE_LINE(run, code)                                                                   \
    do {                                                                                                     \
        const QString why_ = TorgetTest::oneLineFailureProblem((run), (code));                               \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                          \
    } while (false)

#define CLI_JSON_ARRAY(run, array)                                                                           \
    do {                                                                                                     \
        const QString why_ = TorgetTest::jsonArrayProblem((run), &(array));                                  \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                          \
    } while (false)
