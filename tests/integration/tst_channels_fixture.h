#pragma once

// The channel end-to-end tests' setting: the platform fakes as real processes on loopback
// (torget-fake-graph, torget-fake-mastodon, each printing "listening http://127.0.0.1:PORT"), the
// real torget-cli on a SQLite file in a temporary folder, and the real keychain: the test runs
// inside with-keyring.sh, and every torget-cli it starts shares that private D-Bus session.

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace TorgetTest {

using namespace Qt::StringLiterals;

// A fake platform as a process of its own.
class FakeServer
{
public:
    explicit FakeServer(QString program)
        : m_program(std::move(program))
    {}
    ~FakeServer() { stop(); }

    bool start()
    {
        m_process.setProgram(m_program);
        m_process.setArguments({u"--port"_s, u"0"_s});
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression line(u"^listening (http://127\\.0\\.0\\.1:\\d+)\\s*$"_s);
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (!out.contains('\n') && timer.elapsed() < 10000) {
            m_process.waitForReadyRead(200);
            out += m_process.readAllStandardOutput();
        }
        const auto match = line.match(QString::fromUtf8(out));
        if (!match.hasMatch())
            return false;
        m_base = QUrl(match.captured(1));
        return true;
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QUrl url(const QString &path) const
    {
        QUrl u = m_base;
        u.setPath(path);
        return u;
    }
    QString base() const { return m_base.toString(); }

    // The control API: JSON in, JSON out. Empty on failure (the test then fails on its content).
    QJsonDocument call(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(url(path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(
            request, verb, verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray bytes = reply->readAll();
        reply->deleteLater();
        return QJsonDocument::fromJson(bytes);
    }
    QJsonObject post(const QString &path, const QJsonObject &body)
    {
        return call("POST", path, body).object();
    }
    // Every reply the fake accepted (both fakes' shapes: a bare array, or {"data": [...]}).
    QJsonArray sent()
    {
        const QJsonDocument doc = call("GET", u"/_fake/sent"_s);
        return doc.isArray() ? doc.array() : doc.object().value(u"data"_s).toArray();
    }

private:
    QString m_program;
    QProcess m_process;
    QUrl m_base;
    QNetworkAccessManager m_network;
};

struct CliResult
{
    QStringList arguments;
    bool finished = false;
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe() const
    {
        return u"\n  torget-cli "_s + arguments.join(u' ') +
               u"\n  exit %1%2\n  --- stdout ---\n"_s.arg(exitCode).arg(crashed    ? u" (crashed)"_s
                                                                        : finished ? QString()
                                                                                   : u" (timed out)"_s) +
               QString::fromUtf8(out.left(3000)) + u"\n  --- stderr ---\n"_s + QString::fromUtf8(err);
    }
    QJsonArray json() const { return QJsonDocument::fromJson(out).array(); }
};

class ChannelsFixture
{
protected:
    bool setUpChannels()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        QDir(m_dir->path()).mkpath(u"home"_s);
        m_db = m_dir->filePath(u"torget.sqlite"_s);
        return true;
    }

    // The environment of a torget-cli run: its own HOME and settings, English, and the keychain
    // session of with-keyring.sh (nothing else from whoever runs the tests).
    QProcessEnvironment cliEnvironment() const
    {
        const QProcessEnvironment here = QProcessEnvironment::systemEnvironment();
        QProcessEnvironment env;
        env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        for (const QString &name : {u"DBUS_SESSION_BUS_ADDRESS"_s, u"XDG_RUNTIME_DIR"_s, u"PATH"_s}) {
            if (here.contains(name))
                env.insert(name, here.value(name));
        }
        return env;
    }

    static bool inKeyringSession() { return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"); }

    CliResult cli(QStringList arguments, const QByteArray &input = {}, int timeoutMs = 90000) const
    {
        CliResult r;
        arguments.prepend(m_db);
        arguments.prepend(u"--db"_s);
        r.arguments = arguments;
        QProcess p;
        p.setProgram(QStringLiteral(TORGET_CLI_PATH));
        p.setArguments(arguments);
        p.setProcessEnvironment(cliEnvironment());
        p.setWorkingDirectory(m_dir->path());
        p.start();
        if (!p.waitForStarted(10000))
            return r;
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(timeoutMs);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.crashed = p.exitStatus() != QProcess::NormalExit;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A torget-cli run killed with SIGKILL after `afterMs` (or left to finish if it is quicker).
    // Returns true when it was killed.
    bool cliKilledAfter(QStringList arguments, int afterMs) const
    {
        arguments.prepend(m_db);
        arguments.prepend(u"--db"_s);
        QProcess p;
        p.setProgram(QStringLiteral(TORGET_CLI_PATH));
        p.setArguments(arguments);
        p.setProcessEnvironment(cliEnvironment());
        p.setWorkingDirectory(m_dir->path());
        p.start();
        if (!p.waitForStarted(10000))
            return false;
        p.closeWriteChannel();
        if (p.waitForFinished(afterMs))
            return false;
        p.kill(); // SIGKILL: no destructor, no rollback handler, nothing of ours runs
        p.waitForFinished(5000);
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

} // namespace TorgetTest

#define CLI_OK(run)                                                                                          \
    do {                                                                                                     \
        const TorgetTest::CliResult &r_ = (run);                                                             \
        QVERIFY2(r_.finished && !r_.crashed && r_.exitCode == 0 && r_.err.isEmpty(),                         \
                 qPrintable(r_.describe()));                                                                 \
    } while (false)

#define CLI_FAILS_ONE_LINE(run, code)                                                                        \
    do {                                                                                                     \
        const TorgetTest::CliResult &r_ = (run);                                                             \
        QVERIFY2(r_.finished && !r_.crashed && r_.exitCode == (code) && r_.out.isEmpty() &&                  \
                     r_.err.startsWith("torget-cli: ") && r_.err.count('\n') == 1,                           \
                 qPrintable(r_.describe()));                                                                 \
    } while (false)
