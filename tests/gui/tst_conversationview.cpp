#include "storage/accountrepository.h"
#include "storage/citizenrepository.h"
#include "storage/conversationrepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/messagerepository.h"
#include "storage/outboxrepository.h"
#include "views/conversationview.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimeZone>

#include <cmath>

using namespace Torget;

namespace {

qint64 at(int hour, int minute)
{
    return QDateTime(QDate(2026, 5, 17), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

const QString hostile = QStringLiteral("<img src=\"http://example.invalid/x.png\"> <script>alert(1)</script> "
                                       "<b>fet</b> <a href=\"http://example.invalid/\">lenke</a>");
// Woman, zero width joiner, woman, ZWJ, girl: one family emoji.
const QString family = QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467");
const QString arabic =
    QStringLiteral("\u0645\u062A\u0649 \u062A\u0641\u062A\u062D \u0627\u0644\u0637\u0631\u064A\u0642\u061F");

// The document's text without the invisible isolates the view puts around names.
QString plainText(const QTextBrowser *browser)
{
    QString text = browser->toPlainText();
    text.remove(QChar(0x2068));
    text.remove(QChar(0x2069));
    return text;
}

double luminance(const QColor &color)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestConversationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyPane_showsHint();
    void header_showsCitizenChannelStatusAssigneeAndTags();
    void comment_quotesThePostAboveTheThread();
    void thread_mergesMessagesNotesAndEventsInTimeOrder();
    void note_isLabelledAndBoxedUnlikeReplies();
    void outboundReplies_showTheirOutboxState();
    void dates_useTheNorwegianFormatInOsloTime();
    void earlierConversation_isListedAndOpensWithEnter();
    void earlierConversation_opensWithOneClickOnce();
    void hostileText_isShownLiterallyAndNothingIsLoaded();
    void bodyOriginal_isNeverShown();
    void controlCharacters_areRemovedAndEmojiKept();
    void rightToLeftMessage_hasARightToLeftBlock();
    void hugeMessage_isShortenedWithANoteAndWraps();
    void loadResource_returnsNothingForRemoteUrls();
    void palettes_keepTextReadableOnEveryBox_data();
    void palettes_keepTextReadableOnEveryBox();
    void reload_readsNewMessages();
    void missingConversation_saysSo();
    void accessibility_namesAndKeyboard();
    // Last: it changes the shared conversation.
    void replyRefusedForTheWindow_offersHumanAgent_andQueuesItAgain();

private:
    ConversationView *makeView();
    qint64 addMessage(qint64 conversation, Direction direction, const QString &text, qint64 when,
                      const QString &externalId);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::vector<std::unique_ptr<ConversationView>> m_views;
    qint64 m_account = 0;
    qint64 m_agent = 0;
    qint64 m_citizen = 0;
    qint64 m_earlier = 0;
    qint64 m_current = 0;
    qint64 m_stress = 0;
    qint64 m_original = 0;
};

qint64 TestConversationView::addMessage(qint64 conversation, Direction direction, const QString &text,
                                        qint64 when, const QString &externalId)
{
    Message m;
    m.conversationId = conversation;
    m.accountId = m_account;
    m.externalId = externalId;
    m.direction = direction;
    if (direction == Direction::Inbound) {
        m.citizenId = m_citizen;
        m.authorName = QStringLiteral("Kari Nordmann");
    } else {
        m.agentId = m_agent;
        m.authorName = QStringLiteral("Demo kommune");
    }
    m.bodyText = text;
    m.createdAt = when;
    auto stored = MessageRepository(*m_db).insert(m);
    if (!stored)
        qFatal("%s", qPrintable(stored.error()));
    return stored->id;
}

void TestConversationView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::openSqlite(m_dir.filePath(QStringLiteral("view.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    m_db = std::move(*db);

    AccountRepository accounts(*m_db);
    Account account;
    account.channel = Channel::Facebook;
    account.name = QStringLiteral("Demo kommune på Facebook");
    account.externalId = QStringLiteral("page-1");
    auto accountId = accounts.upsert(account);
    QVERIFY(accountId);
    m_account = *accountId;
    auto agentId = accounts.upsertAgent(
        {0, QStringLiteral("Ola Saksbehandler"), QStringLiteral("ola@demo.kommune.no"), true});
    QVERIFY(agentId);
    m_agent = *agentId;

    Citizen citizen;
    citizen.accountId = m_account;
    citizen.externalId = QStringLiteral("fb-kari");
    citizen.displayName = QStringLiteral("Kari Nordmann");
    auto citizenId = CitizenRepository(*m_db).upsert(citizen);
    QVERIFY(citizenId);
    m_citizen = *citizenId;

    Post post;
    post.accountId = m_account;
    post.externalId = QStringLiteral("post-1");
    post.text = QStringLiteral("Storgata stenger for asfaltering fra mandag.\nOmkjøring via Kirkeveien.");
    post.url = QStringLiteral("https://facebook.example/posts/1");
    post.createdAt = at(6, 0);
    auto postId = PostRepository(*m_db).upsert(post);
    QVERIFY(postId);

    ConversationRepository conversations(*m_db);
    Conversation earlier;
    earlier.accountId = m_account;
    earlier.externalId = QStringLiteral("dm-old");
    earlier.kind = ConversationKind::DirectMessage;
    earlier.citizenId = m_citizen;
    earlier.subject = QStringLiteral("Søppeltømming");
    earlier.createdAt = at(6, 0) - 30LL * 24 * 3600 * 1000;
    auto earlierId = conversations.upsert(earlier);
    QVERIFY(earlierId);
    m_earlier = *earlierId;
    addMessage(m_earlier, Direction::Inbound, QStringLiteral("Når kommer søppelbilen?"), earlier.createdAt,
               QStringLiteral("dm-old-1"));

    Conversation current;
    current.accountId = m_account;
    current.externalId = QStringLiteral("comment-1");
    current.kind = ConversationKind::Comment;
    current.citizenId = m_citizen;
    current.postId = *postId;
    current.createdAt = at(8, 5);
    auto currentId = conversations.upsert(current);
    QVERIFY(currentId);
    m_current = *currentId;
    QVERIFY(conversations.addTag(m_current, QStringLiteral("vei")));
    QVERIFY(conversations.addTag(m_current, QStringLiteral("asfalt")));

    addMessage(m_current, Direction::Inbound, QStringLiteral("Når åpner Storgata igjen?"), at(8, 5),
               QStringLiteral("c1"));
    Note note;
    note.conversationId = m_current;
    note.agentId = m_agent;
    note.text = QStringLiteral("Sjekk med teknisk etat først.");
    note.createdAt = at(8, 10);
    QVERIFY(HistoryRepository(*m_db).addNote(note));
    QVERIFY(conversations.assign(m_current, m_agent, m_agent, at(8, 12)));
    QVERIFY(conversations.setStatus(m_current, ConversationStatus::Open, m_agent, at(8, 15)));
    const qint64 queued = addMessage(m_current, Direction::Outbound, QStringLiteral("Storgata åpner fredag."),
                                     at(8, 20), QString());
    addMessage(m_current, Direction::Inbound,
               hostile + QStringLiteral(" ctl:\x01\x07\x1b|") + QString(QChar(0xFDD0)) +
                   QStringLiteral("| ") + family + QStringLiteral(" ok"),
               at(8, 30), QStringLiteral("c2"));
    const qint64 failed = addMessage(m_current, Direction::Outbound,
                                     QStringLiteral("Vi har sendt saken videre."), at(8, 40), QString());
    addMessage(m_current, Direction::Inbound, arabic, at(8, 50), QStringLiteral("c3"));

    OutboxRepository outbox(*m_db);
    QVERIFY(outbox.queue(queued, QStringLiteral("key-queued"), at(8, 20)));
    auto failedEntry = outbox.queue(failed, QStringLiteral("key-failed"), at(8, 40));
    QVERIFY(failedEntry);
    QVERIFY(outbox.setState(*failedEntry, OutboxState::Sending, QString(), at(8, 41)));
    QVERIFY(outbox.setState(*failedEntry, OutboxState::Failed,
                            QStringLiteral("Rate limit reached (HTTP 429)"), at(8, 42)));

    // Another citizen's conversation with a 1 MB message without a single space.
    Citizen other;
    other.accountId = m_account;
    other.externalId = QStringLiteral("fb-per");
    other.displayName = QStringLiteral("Per Hansen");
    auto otherId = CitizenRepository(*m_db).upsert(other);
    QVERIFY(otherId);
    Conversation stress;
    stress.accountId = m_account;
    stress.externalId = QStringLiteral("dm-stress");
    stress.kind = ConversationKind::DirectMessage;
    stress.citizenId = *otherId;
    stress.createdAt = at(9, 0);
    auto stressId = conversations.upsert(stress);
    QVERIFY(stressId);
    m_stress = *stressId;
    QString huge;
    huge.reserve(1000000);
    while (huge.size() < 1000000)
        huge += QStringLiteral("https://example.invalid/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/");
    huge.truncate(1000000);
    addMessage(m_stress, Direction::Inbound, huge, at(9, 0), QStringLiteral("s1"));

    // A message that came from the platform as HTML: only its plain text may ever show.
    Conversation mail;
    mail.accountId = m_account;
    mail.externalId = QStringLiteral("mail-1");
    mail.kind = ConversationKind::Email;
    mail.citizenId = *otherId;
    mail.createdAt = at(9, 30);
    auto mailId = conversations.upsert(mail);
    QVERIFY(mailId);
    m_original = *mailId;
    Message m;
    m.conversationId = m_original;
    m.accountId = m_account;
    m.externalId = QStringLiteral("mail-1-1");
    m.citizenId = *otherId;
    m.bodyText = QStringLiteral("Hei, se vedlagt bilde.");
    m.bodyOriginal = QStringLiteral("<p>ORIGINAL-HTML <img src=\"http://example.invalid/track.png\"></p>");
    m.bodyFormat = QStringLiteral("html");
    m.createdAt = at(9, 30);
    QVERIFY(MessageRepository(*m_db).insert(m));
}

ConversationView *TestConversationView::makeView()
{
    m_views.push_back(std::make_unique<ConversationView>(*m_db));
    ConversationView *view = m_views.back().get();
    view->resize(500, 700);
    return view;
}

void TestConversationView::emptyPane_showsHint()
{
    ConversationView *view = makeView();
    QCOMPARE(view->objectName(), QStringLiteral("conversationView"));
    view->showConversation(0);
    QCOMPARE(view->conversationId(), 0);
    auto *browser = view->findChild<QTextBrowser *>(QStringLiteral("conversationBrowser"));
    QVERIFY(browser);
    QVERIFY2(plainText(browser).contains(QStringLiteral("Select a conversation")),
             qPrintable(plainText(browser)));
    view->show();
    QVERIFY(!view->findChild<QListWidget *>(QStringLiteral("earlierConversations"))->isVisible());
}

void TestConversationView::header_showsCitizenChannelStatusAssigneeAndTags()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    QCOMPARE(view->conversationId(), m_current);
    QVERIFY(view->lastError().isEmpty());
    const QString text = plainText(view->findChild<QTextBrowser *>());
    QVERIFY2(text.startsWith(QStringLiteral("Kari Nordmann\n")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Facebook · Public comment · Demo kommune på Facebook")));
    QVERIFY(text.contains(QStringLiteral("Status: Open · Assigned to Ola Saksbehandler")));
    QVERIFY(text.contains(QStringLiteral("Tags: asfalt, vei")));
}

void TestConversationView::comment_quotesThePostAboveTheThread()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    const QString text = plainText(view->findChild<QTextBrowser *>());
    const auto post = text.indexOf(
        QStringLiteral("Storgata stenger for asfaltering fra mandag.\nOmkjøring via Kirkeveien."));
    QVERIFY2(post > 0, qPrintable(text));
    QVERIFY(text.contains(
        QStringLiteral("Comment on the post by Demo kommune på Facebook published 17.05.2026 08:00")));
    QVERIFY(text.contains(QStringLiteral("https://facebook.example/posts/1")));
    QVERIFY(post < text.indexOf(QStringLiteral("Når åpner Storgata igjen?")));
}

void TestConversationView::thread_mergesMessagesNotesAndEventsInTimeOrder()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    const QString text = plainText(view->findChild<QTextBrowser *>());
    const QStringList order{
        QStringLiteral("Når åpner Storgata igjen?"),
        QStringLiteral("Internal note"),
        QStringLiteral("Sjekk med teknisk etat først."),
        QStringLiteral("Assigned to Ola Saksbehandler · by Ola Saksbehandler · 17.05.2026 10:12"),
        QStringLiteral("Status changed from New to Open"),
        QStringLiteral("Storgata åpner fredag."),
        QStringLiteral("<script>"),
        QStringLiteral("Vi har sendt saken videre."),
        arabic};
    qsizetype last = -1;
    for (const QString &piece : order) {
        const qsizetype index = text.indexOf(piece, last + 1);
        QVERIFY2(index > last, qPrintable(piece + QStringLiteral(" out of order in:\n") + text));
        last = index;
    }
}

void TestConversationView::note_isLabelledAndBoxedUnlikeReplies()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    QTextDocument *doc = view->findChild<QTextBrowser *>()->document();
    QVERIFY(plainText(view->findChild<QTextBrowser *>())
                .contains(QStringLiteral(
                    "Internal note · Ola Saksbehandler · 17.05.2026 10:10 · not visible to the citizen")));
    bool noteFound = false;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        QVERIFY(table);
        const QTextTableCell cell = table->cellAt(0, 0);
        QString cellText;
        for (auto it = cell.begin(); !it.atEnd(); ++it)
            cellText += it.currentBlock().text() + QLatin1Char('\n');
        const bool isNote = cellText.startsWith(QStringLiteral("Internal note"));
        if (isNote) {
            noteFound = true;
            QCOMPARE(table->format().borderStyle(), QTextFrameFormat::BorderStyle_Dashed);
            // Italic body, no tinted background: it does not look like a message.
            QCOMPARE(table->format().background().style(), Qt::NoBrush);
            QTextBlock body = cell.firstCursorPosition().block().next();
            QVERIFY(body.text().contains(QStringLiteral("Sjekk med teknisk etat")));
            QVERIFY(body.begin().fragment().charFormat().fontItalic());
        } else {
            QCOMPARE(table->format().borderStyle(), QTextFrameFormat::BorderStyle_Solid);
            QVERIFY(!cellText.contains(QStringLiteral("Internal note")));
        }
    }
    QVERIFY(noteFound);
}

void TestConversationView::outboundReplies_showTheirOutboxState()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    const QString text = plainText(view->findChild<QTextBrowser *>());
    QVERIFY2(text.contains(QStringLiteral(
                 "Reply from Ola Saksbehandler · 17.05.2026 10:20 · Queued\nStorgata åpner fredag.")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Reply from Ola Saksbehandler · 17.05.2026 10:40 · Failed: Rate "
                                         "limit reached (HTTP 429)\nVi har sendt saken videre.")));
    // Inbound messages carry no outbox state.
    QVERIFY(text.contains(QStringLiteral("Kari Nordmann · 17.05.2026 10:05\nNår åpner Storgata igjen?")));

    // Outbound boxes sit on the other side from inbound ones.
    QTextDocument *doc = view->findChild<QTextBrowser *>()->document();
    int left = 0;
    int right = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        const QString first = table->cellAt(0, 0).firstCursorPosition().block().text();
        if (first.contains(QStringLiteral("Reply from"))) {
            QVERIFY(table->format().alignment() & Qt::AlignRight);
            ++right;
        } else if (first.contains(QStringLiteral("Kari Nordmann"))) {
            QVERIFY(table->format().alignment() & Qt::AlignLeft);
            ++left;
        }
    }
    QCOMPARE(right, 2);
    QCOMPARE(left, 3);
}

void TestConversationView::dates_useTheNorwegianFormatInOsloTime()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    const QString text = plainText(view->findChild<QTextBrowser *>());
    // 08:05 UTC on 17 May is 10:05 in Oslo (summer time).
    QVERIFY(text.contains(QStringLiteral("17.05.2026 10:05")));
    QVERIFY(!text.contains(QStringLiteral("08:05")));
    QVERIFY(!text.contains(QStringLiteral("2026-05-17")));
}

void TestConversationView::earlierConversation_isListedAndOpensWithEnter()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    auto *list = view->findChild<QListWidget *>(QStringLiteral("earlierConversations"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1); // this conversation is not listed as an earlier one
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), m_earlier);
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Søppeltømming")),
             qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("Direct message")));

    QSignalSpy spy(view, &ConversationView::citizenConversationRequested);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_earlier);
    QTest::keyClick(list, Qt::Key_Enter);
    QCOMPARE(spy.count(), 2);

    // The earlier conversation lists the current one in turn.
    view->showConversation(m_earlier);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), m_current);
}

void TestConversationView::earlierConversation_opensWithOneClickOnce()
{
    ConversationView *view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    view->showConversation(m_current);
    auto *list = view->findChild<QListWidget *>(QStringLiteral("earlierConversations"));
    QVERIFY(list->isVisible());
    QSignalSpy spy(view, &ConversationView::citizenConversationRequested);
    const QPoint centre = list->visualItemRect(list->item(0)).center();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), m_earlier);
    // A double click as a window system delivers it (press, release, double click, release)
    // opens the conversation once, not twice.
    QTest::mousePress(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseRelease(list->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(spy.count(), 2);
    QTest::mouseClick(list->viewport(), Qt::RightButton, {}, centre);
    QCOMPARE(spy.count(), 2);
}

void TestConversationView::hostileText_isShownLiterallyAndNothingIsLoaded()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    auto *browser = view->findChild<QTextBrowser *>();
    const QString text = plainText(browser);
    QVERIFY2(text.contains(hostile), qPrintable(text));
    const QString html = browser->toHtml();
    QVERIFY(html.contains(QStringLiteral("&lt;img src=&quot;http://example.invalid/x.png&quot;&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<a href"), Qt::CaseInsensitive));
    QVERIFY(
        html.contains(QStringLiteral("&lt;a href=&quot;http://example.invalid/&quot;&gt;lenke&lt;/a&gt;")));
    // No image, no link and no citizen-made bold anywhere in the document.
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.isAnchor() || format.anchorHref().isEmpty());
            if (it.fragment().text().contains(QStringLiteral("fet")))
                QVERIFY(format.fontWeight() <= QFont::Normal);
        }
    }
}

void TestConversationView::bodyOriginal_isNeverShown()
{
    ConversationView *view = makeView();
    view->showConversation(m_original);
    auto *browser = view->findChild<QTextBrowser *>();
    QVERIFY(plainText(browser).contains(QStringLiteral("Hei, se vedlagt bilde.")));
    QVERIFY(!browser->toHtml().contains(QStringLiteral("ORIGINAL-HTML")));
    QVERIFY(!browser->toHtml().contains(QStringLiteral("track.png")));
}

void TestConversationView::controlCharacters_areRemovedAndEmojiKept()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    const QString text = plainText(view->findChild<QTextBrowser *>());
    QVERIFY(text.contains(QStringLiteral(" ctl:|\uFFFD| ") + family + QStringLiteral(" ok")));
    for (char16_t c = 0; c < 0x20; ++c) {
        if (c != u'\n' && c != u'\t')
            QVERIFY2(!text.contains(QChar(c)), qPrintable(QString::number(c)));
    }
    QVERIFY(!text.contains(QChar(0xFDD0)));
}

void TestConversationView::rightToLeftMessage_hasARightToLeftBlock()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    QTextDocument *doc = view->findChild<QTextBrowser *>()->document();
    bool rtlFound = false;
    bool ltrFound = false;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.text() == arabic) {
            QCOMPARE(block.blockFormat().layoutDirection(), Qt::RightToLeft);
            rtlFound = true;
        } else if (block.text() == QStringLiteral("Storgata åpner fredag.")) {
            QCOMPARE(block.blockFormat().layoutDirection(), Qt::LeftToRight);
            ltrFound = true;
        }
    }
    QVERIFY(rtlFound);
    QVERIFY(ltrFound);
}

void TestConversationView::hugeMessage_isShortenedWithANoteAndWraps()
{
    ConversationView *view = makeView();
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QElapsedTimer timer;
    timer.start();
    view->showConversation(m_stress);
    auto *browser = view->findChild<QTextBrowser *>();
    QVERIFY(browser->document()->documentLayout()->documentSize().height() > 0);
    QCoreApplication::processEvents();
    const qint64 elapsed = timer.elapsed();
    qInfo("1 MB message shown in %lld ms", elapsed);
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    const QString text = plainText(browser);
    // The counts are written with the user's digit grouping.
    const QString note = QStringLiteral("Message shortened: only the first %1 of %2 characters are shown.")
                             .arg(QLocale().toString(100000), QLocale().toString(1000000));
    QVERIFY2(text.contains(note), qPrintable(text.right(200)));
    QVERIFY(text.size() < ConversationView::maxRenderedChars + 2000);
    // No space in 100 000 characters, and still no horizontal scrolling: it wraps anywhere.
    QCOMPARE(browser->horizontalScrollBar()->maximum(), 0);
    QVERIFY(browser->document()->size().width() <= browser->viewport()->width() + 1);
}

void TestConversationView::loadResource_returnsNothingForRemoteUrls()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    auto *browser = view->findChild<QTextBrowser *>();
    for (const QString &url :
         {QStringLiteral("http://example.invalid/x.png"), QStringLiteral("https://example.invalid/s.css"),
          QStringLiteral("file:///etc/hostname"), QStringLiteral("qrc:/icons/torget.svg"),
          QStringLiteral("/etc/hostname"), QStringLiteral("data:text/plain;base64,aGVp"),
          QStringLiteral("torget:nothing")}) {
        QVERIFY2(!browser->loadResource(QTextDocument::ImageResource, QUrl(url)).isValid(), qPrintable(url));
        QVERIFY2(!browser->loadResource(QTextDocument::StyleSheetResource, QUrl(url)).isValid(),
                 qPrintable(url));
        QVERIFY2(!browser->document()->resource(QTextDocument::ImageResource, QUrl(url)).isValid(),
                 qPrintable(url));
    }
    // Even HTML with an image, set behind the view's back, shows no image from a file.
    browser->setHtml(QStringLiteral("<img src=\"file:///usr/share/icons/hicolor/48x48/apps/torget.png\">"
                                    "<img src=\"qrc:/icons/torget.svg\">"));
    QVERIFY(!browser->document()
                 ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("qrc:/icons/torget.svg")))
                 .isValid());
    QVERIFY(!browser->openLinks());
    QVERIFY(!browser->openExternalLinks());
}

void TestConversationView::palettes_keepTextReadableOnEveryBox_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<QColor>("alternate");
    QTest::addColumn<QColor>("highlight");
    QTest::newRow("light") << QColor(255, 255, 255) << QColor(0, 0, 0) << QColor(245, 245, 245)
                           << QColor(48, 140, 198);
    QTest::newRow("dark") << QColor(30, 30, 30) << QColor(230, 230, 230) << QColor(45, 45, 45)
                          << QColor(42, 130, 218);
    QTest::newRow("high contrast") << QColor(0, 0, 0) << QColor(255, 255, 255) << QColor(0, 0, 0)
                                   << QColor(0, 255, 255);
    QTest::newRow("odd") << QColor(20, 20, 60) << QColor(255, 255, 200) << QColor(250, 250, 250)
                         << QColor(255, 255, 0);
}

void TestConversationView::palettes_keepTextReadableOnEveryBox()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QFETCH(QColor, alternate);
    QFETCH(QColor, highlight);
    ConversationView *view = makeView();
    view->showConversation(m_current);
    QPalette palette = view->palette();
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::AlternateBase, alternate);
    palette.setColor(QPalette::Highlight, highlight);
    view->setPalette(palette); // re-rendered from what was read
    QTextDocument *doc = view->findChild<QTextBrowser *>()->document();
    int boxes = 0;
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        const QTextFrameFormat format = frame->frameFormat();
        const QColor background =
            format.background().style() == Qt::NoBrush ? base : format.background().color();
        QVERIFY2(contrast(background, text) >= 4.5, qPrintable(background.name()));
        QVERIFY2(contrast(format.borderBrush().color(), base) >= 3.0 || format.borderBrush().color() == text,
                 qPrintable(format.borderBrush().color().name()));
        ++boxes;
    }
    QCOMPARE(boxes, 7); // the post, five messages and the note
}

void TestConversationView::reload_readsNewMessages()
{
    ConversationView *view = makeView();
    view->showConversation(m_earlier);
    auto *browser = view->findChild<QTextBrowser *>();
    QVERIFY(!plainText(browser).contains(QStringLiteral("Takk for svar!")));
    addMessage(m_earlier, Direction::Inbound, QStringLiteral("Takk for svar!"),
               at(7, 0) - 29LL * 24 * 3600 * 1000, QStringLiteral("dm-old-2"));
    view->reload();
    QCOMPARE(view->conversationId(), m_earlier);
    QVERIFY(plainText(browser).contains(QStringLiteral("Takk for svar!")));
}

void TestConversationView::missingConversation_saysSo()
{
    ConversationView *view = makeView();
    view->showConversation(987654);
    QVERIFY(!view->lastError().isEmpty());
    QVERIFY(plainText(view->findChild<QTextBrowser *>()).contains(view->lastError()));
    view->showConversation(m_current);
    QVERIFY(view->lastError().isEmpty());
}

void TestConversationView::accessibility_namesAndKeyboard()
{
    ConversationView *view = makeView();
    view->showConversation(m_current);
    auto *browser = view->findChild<QTextBrowser *>();
    auto *list = view->findChild<QListWidget *>(QStringLiteral("earlierConversations"));
    QCOMPARE(browser->accessibleName(), QStringLiteral("Conversation with Kari Nordmann"));
    QVERIFY(!browser->accessibleDescription().isEmpty());
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!list->accessibleDescription().isEmpty());
    QVERIFY(browser->focusPolicy() & Qt::TabFocus);
    QVERIFY(list->focusPolicy() & Qt::TabFocus);
    QVERIFY(browser->tabChangesFocus());
    QCOMPARE(view->focusProxy(), browser);
}

void TestConversationView::replyRefusedForTheWindow_offersHumanAgent_andQueuesItAgain()
{
    const qint64 late = addMessage(m_current, Direction::Outbound, QStringLiteral("Beklager sent svar."),
                                   at(9, 0), QString());
    OutboxRepository outbox(*m_db);
    auto entry = outbox.queue(late, QStringLiteral("key-late"), at(9, 0));
    QVERIFY(entry);
    QVERIFY(outbox.setState(*entry, OutboxState::Sending, QString(), at(9, 1)));
    QVERIFY(outbox.markFailed(*entry, QStringLiteral("More than 24 hours have passed"),
                              QStringLiteral("outside_window")));

    ConversationView *view = makeView();
    view->showConversation(m_current);
    auto *browser = view->findChild<QTextBrowser *>();
    QVERIFY(plainText(browser).contains(QStringLiteral("Send as a personal answer (HUMAN_AGENT)")));
    // Only the refused reply has the link; the one failed for a rate limit has not.
    QCOMPARE(browser->toHtml().count(QStringLiteral("torget:human-agent/")), 1);

    QSignalSpy requeued(view, &ConversationView::replyRequeued);
    Q_EMIT browser->anchorClicked(QUrl(QStringLiteral("torget:human-agent/%1").arg(*entry)));
    QCOMPARE(requeued.count(), 1);
    auto after = outbox.byMessage(late);
    QVERIFY(after && after->has_value());
    QCOMPARE((*after)->state, OutboxState::Queued);
    QVERIFY((*after)->humanAgent);
    QVERIFY(!plainText(browser).contains(QStringLiteral("HUMAN_AGENT")));
}

QTEST_MAIN(TestConversationView)
#include "tst_conversationview.moc"
