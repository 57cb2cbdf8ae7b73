#include "sqldialect.h"

namespace Torget {

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),  QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),   QStringLiteral("PRAGMA busy_timeout=10000"),
        QStringLiteral("PRAGMA cache_size=-32000"), QStringLiteral("PRAGMA temp_store=MEMORY"),
    };
}

QString SqliteDialect::ftsInsertRows(int rows) const
{
    QString sql = QStringLiteral("INSERT INTO message_fts(rowid, body, author) VALUES (?, ?, ?)");
    for (int i = 1; i < rows; ++i)
        sql += QStringLiteral(", (?, ?, ?)");
    return sql;
}

QString SqliteDialect::ftsDelete() const
{
    // A contentless FTS5 table forgets a row only when given the values it indexed.
    return QStringLiteral(
        "INSERT INTO message_fts(message_fts, rowid, body, author) VALUES('delete', :id, :body, :author)");
}

QString SqliteDialect::ftsSearch() const
{
    return QStringLiteral(
        "SELECT rowid FROM message_fts WHERE message_fts MATCH :q ORDER BY rowid DESC LIMIT :limit");
}

QString SqliteDialect::ftsQuery(const QStringList &foldedTerms) const
{
    // Every term must match. The last one is a prefix (the agent is still typing it), and so is any
    // word of four letters or more, so that "brøyt" finds "brøytingen". A short word before the last
    // ("for", "og", "i") must match whole: as a prefix it would match most of the index.
    QStringList parts;
    for (qsizetype i = 0; i < foldedTerms.size(); ++i) {
        QString quoted = foldedTerms.at(i);
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const bool prefix = i + 1 == foldedTerms.size() || quoted.size() >= 4;
        parts << QLatin1Char('"') + quoted + (prefix ? QStringLiteral("\"*") : QStringLiteral("\""));
    }
    return parts.join(QLatin1Char(' '));
}

std::vector<SqlDialect::Migration> SqliteDialect::migrations() const
{
    std::vector<Migration> list;
    list.push_back(
        {1,
         QStringLiteral("accounts, citizens, conversations, messages, history, audit"),
         {
             QStringLiteral(R"(CREATE TABLE accounts(
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL CHECK(channel IN ('facebook','instagram','mastodon','x','bluesky','email','import')),
            name TEXT NOT NULL UNIQUE,
            base_url TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'active' CHECK(state IN ('active','paused','signin')),
            created_at INTEGER NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE agents(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT UNIQUE,
            active INTEGER NOT NULL DEFAULT 1))"),
             QStringLiteral(R"(CREATE TABLE citizens(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            display_name TEXT NOT NULL,
            handle TEXT NOT NULL DEFAULT '',
            merged_into INTEGER REFERENCES citizens(id) ON DELETE SET NULL,
            created_at INTEGER NOT NULL,
            UNIQUE(account_id, external_id)))"),
             QStringLiteral(R"(CREATE TABLE posts(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            text TEXT NOT NULL,
            url TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            likes INTEGER NOT NULL DEFAULT 0,
            shares INTEGER NOT NULL DEFAULT 0,
            comments INTEGER NOT NULL DEFAULT 0,
            UNIQUE(account_id, external_id)))"),
             QStringLiteral("CREATE INDEX posts_created ON posts(created_at)"),
             QStringLiteral(R"(CREATE TABLE conversations(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            external_id TEXT,
            kind TEXT NOT NULL CHECK(kind IN ('comment','dm','mention','email')),
            citizen_id INTEGER REFERENCES citizens(id),
            post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
            subject TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'new' CHECK(status IN ('new','open','waiting','resolved')),
            priority INTEGER NOT NULL DEFAULT 1 CHECK(priority BETWEEN 0 AND 3),
            assignee_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            snoozed_until INTEGER,
            created_at INTEGER NOT NULL,
            last_message_at INTEGER NOT NULL,
            message_count INTEGER NOT NULL DEFAULT 0,
            UNIQUE(account_id, external_id)))"),
             QStringLiteral("CREATE INDEX conversations_last ON conversations(last_message_at)"),
             QStringLiteral(
                 "CREATE INDEX conversations_status_last ON conversations(status, last_message_at)"),
             QStringLiteral("CREATE INDEX conversations_assignee ON conversations(assignee_id, status)"),
             QStringLiteral("CREATE INDEX conversations_citizen ON conversations(citizen_id)"),
             // key: the name case-folded by Qt (SQLite's NOCASE folds ASCII only, not Æ/Ø/Å).
             QStringLiteral(R"(CREATE TABLE tags(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE))"),
             QStringLiteral(R"(CREATE TABLE conversation_tags(
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY(conversation_id, tag_id)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX conversation_tags_tag ON conversation_tags(tag_id)"),
             QStringLiteral(R"(CREATE TABLE messages(
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            external_id TEXT,
            direction TEXT NOT NULL CHECK(direction IN ('in','out')),
            citizen_id INTEGER REFERENCES citizens(id),
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            author_name TEXT NOT NULL,
            body_text TEXT NOT NULL,
            body_original TEXT NOT NULL DEFAULT '',
            body_format TEXT NOT NULL DEFAULT 'text' CHECK(body_format IN ('text','html')),
            created_at INTEGER NOT NULL,
            edited_at INTEGER,
            reply_to_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            automatic INTEGER NOT NULL DEFAULT 0,
            UNIQUE(account_id, external_id)))"),
             QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, created_at)"),
             QStringLiteral("CREATE INDEX messages_created ON messages(created_at)"),
             QStringLiteral(R"(CREATE TABLE notes(
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            created_at INTEGER NOT NULL))"),
             QStringLiteral("CREATE INDEX notes_conversation ON notes(conversation_id)"),
             QStringLiteral(R"(CREATE TABLE conversation_events(
            id INTEGER PRIMARY KEY,
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK(kind IN ('status','assignment','priority','snooze','tag','redirect')),
            old_value TEXT NOT NULL DEFAULT '',
            new_value TEXT NOT NULL DEFAULT '',
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            at INTEGER NOT NULL))"),
             QStringLiteral(
                 "CREATE INDEX conversation_events_conversation ON conversation_events(conversation_id, at)"),
             QStringLiteral(R"(CREATE TABLE audit_log(
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            agent_id INTEGER REFERENCES agents(id) ON DELETE SET NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL DEFAULT '',
            object_id INTEGER,
            detail TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log(at)"),
         }});
    list.push_back(
        {2,
         QStringLiteral("full-text search over messages"),
         {
             // Contentless: the index holds folded text (SearchText::fold) so that case and accents other
             // than æ, ø, å do not matter, while "bål" and "bal" stay different words.
             QStringLiteral("CREATE VIRTUAL TABLE message_fts USING fts5(body, author, content='', "
                            "tokenize=\"unicode61 remove_diacritics 0\")"),
         },
         true});
    list.push_back({3,
                    QStringLiteral("outbox and sync state"),
                    {
                        QStringLiteral(R"(CREATE TABLE outbox(
            id INTEGER PRIMARY KEY,
            message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'queued' CHECK(state IN ('queued','sending','sent','failed')),
            idempotency_key TEXT NOT NULL UNIQUE,
            attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            queued_at INTEGER NOT NULL,
            next_attempt_at INTEGER,
            sent_at INTEGER))"),
                        QStringLiteral("CREATE INDEX outbox_state ON outbox(state, next_attempt_at)"),
                        QStringLiteral(R"(CREATE TABLE sync_state(
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            stream TEXT NOT NULL,
            cursor TEXT NOT NULL DEFAULT '',
            last_sync_at INTEGER,
            last_error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY(account_id, stream)) WITHOUT ROWID)"),
                        QStringLiteral(R"(CREATE TABLE sync_gaps(
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            from_at INTEGER NOT NULL,
            to_at INTEGER,
            reason TEXT NOT NULL DEFAULT ''))"),
                    }});
    list.push_back(
        {4,
         QStringLiteral("inbox: waiting-since clock and standard replies"),
         {
             // awaiting_since: the oldest inbound message no human reply has answered yet (NULL when
             // answered); the inbox sorts and ages by it.
             QStringLiteral("ALTER TABLE conversations ADD COLUMN awaiting_since INTEGER"),
             QStringLiteral(R"(UPDATE conversations SET awaiting_since = (
            SELECT MIN(m.created_at) FROM messages m
            WHERE m.conversation_id = conversations.id AND m.direction = 'in'
              AND m.created_at > COALESCE((SELECT MAX(o.created_at) FROM messages o
                                           WHERE o.conversation_id = conversations.id
                                             AND o.direction = 'out' AND o.automatic = 0), 0)))"),
             QStringLiteral(
                 "CREATE INDEX conversations_status_waiting ON conversations(status, awaiting_since)"),
             // The citizen's name folded by SearchText::fold, for the inbox's "from:" filter; filled
             // by the citizen repository (and by Migrator for existing rows).
             QStringLiteral("ALTER TABLE citizens ADD COLUMN search_name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(R"(CREATE TABLE canned_replies(
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            language TEXT NOT NULL CHECK(language IN ('nb','nn','en')),
            body TEXT NOT NULL,
            redirect INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            UNIQUE(title, language)))"),
         },
         false,
         true});
    list.push_back(
        {5,
         QStringLiteral("channels: reply details and sync interval"),
         {
             // What a reply to this message needs beyond the columns (connector JSON, e.g.
             // Mastodon's visibility and the citizen's @acct).
             QStringLiteral("ALTER TABLE messages ADD COLUMN reply_meta TEXT NOT NULL DEFAULT ''"),
             // Seconds between automatic syncs of the account.
             QStringLiteral("ALTER TABLE accounts ADD COLUMN sync_interval INTEGER NOT NULL DEFAULT 300"),
         }});
    list.push_back(
        {6,
         QStringLiteral("response times: calendars, facts per conversation, live deadlines"),
         {
             // The running deadline (UTC ms; NULL when nothing runs) and which clock it belongs to
             // (first | next | resolution), kept by SlaService::refresh for the inbox to sort by.
             QStringLiteral("ALTER TABLE conversations ADD COLUMN due_at INTEGER"),
             QStringLiteral("ALTER TABLE conversations ADD COLUMN due_kind TEXT"),
             QStringLiteral(
                 "CREATE INDEX conversations_due ON conversations(due_at) WHERE due_at IS NOT NULL"),
             // One row per calendar version: JSON of the version (sla/calendarjson.h).
             QStringLiteral(R"(CREATE TABLE sla_calendar_versions(
            valid_from TEXT PRIMARY KEY,
            definition TEXT NOT NULL,
            updated_at INTEGER NOT NULL) WITHOUT ROWID)"),
             // The active policy (JSON) and "refresh_needed" (facts must be computed again).
             QStringLiteral(R"(CREATE TABLE sla_settings(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),
             // kind: 0 first response, 1 next response, 2 resolution; state: 0 open, 1 done,
             // 2 closed unanswered, 3 resolved at an unknown time. Days are local Julian days, slots
             // (weekday - 1) * 24 + hour in local time. Ordered by start for period scans.
             QStringLiteral(R"(CREATE TABLE sla_responses(
            conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind INTEGER NOT NULL CHECK(kind BETWEEN 0 AND 2),
            state INTEGER NOT NULL CHECK(state BETWEEN 0 AND 3),
            started_at INTEGER NOT NULL,
            ended_at INTEGER,
            due_at INTEGER,
            business_secs INTEGER,
            calendar_secs INTEGER,
            agent_id INTEGER,
            account_id INTEGER NOT NULL,
            start_day INTEGER NOT NULL,
            end_day INTEGER,
            arrival_slot INTEGER NOT NULL,
            answer_slot INTEGER,
            same_day INTEGER NOT NULL DEFAULT 0,
            within_target INTEGER,
            PRIMARY KEY(started_at, conversation_id, seq)) WITHOUT ROWID)"),
             QStringLiteral("CREATE INDEX sla_responses_conversation ON sla_responses(conversation_id)"),
             QStringLiteral("CREATE INDEX sla_responses_end ON sla_responses(kind, end_day)"),
             // Per local day: resolution cycles opened and closed, and the day's facts packed
             // (SlaDayItem), so that a year's report reads a few hundred rows.
             QStringLiteral(R"(CREATE TABLE sla_days(
            day INTEGER PRIMARY KEY,
            opened INTEGER NOT NULL,
            closed INTEGER NOT NULL,
            items BLOB NOT NULL))"),
             QStringLiteral("CREATE TABLE sla_dirty_days(day INTEGER PRIMARY KEY) WITHOUT ROWID"),
             // A conversation deleted (with its facts, by cascade) leaves its days to be summed again.
             QStringLiteral(R"(CREATE TRIGGER sla_conversation_deleted BEFORE DELETE ON conversations BEGIN
            INSERT OR IGNORE INTO sla_dirty_days(day)
                SELECT start_day FROM sla_responses WHERE conversation_id = old.id
                UNION SELECT end_day FROM sla_responses WHERE conversation_id = old.id AND end_day IS NOT NULL;
            END)"),
             // Existing conversations get their facts from SlaService::ensureFresh (C++: calendar
             // and policy), which the program runs after opening the database.
             QStringLiteral("INSERT INTO sla_settings(key, value) VALUES('refresh_needed', '1')"),
         }});
    list.push_back(
        {7,
         QStringLiteral("maturity: post codes, level thresholds and chart events"),
         {
             // The code of each own post (NULL until the classifier has seen it); code_source tells the
             // classifier's code from an editor's override (audited), code_version which classifier
             // set an automatic code, so that a newer one recodes it (MaturityRepository::postsToCode).
             QStringLiteral("ALTER TABLE posts ADD COLUMN code TEXT "
                            "CHECK(code IN ('information','mobilization','dialog'))"),
             QStringLiteral("ALTER TABLE posts ADD COLUMN code_source TEXT NOT NULL DEFAULT 'auto' "
                            "CHECK(code_source IN ('auto','override'))"),
             QStringLiteral("ALTER TABLE posts ADD COLUMN code_version INTEGER NOT NULL DEFAULT 0"),
             // A post whose text changes is coded again, unless an editor chose its code.
             QStringLiteral(R"(CREATE TRIGGER posts_text_recode AFTER UPDATE OF text ON posts
            WHEN NEW.text IS NOT OLD.text AND NEW.code_source = 'auto'
            BEGIN UPDATE posts SET code = NULL WHERE id = NEW.id; END)"),
             // The indicators take conversations by the period they began in.
             QStringLiteral("CREATE INDEX conversations_created ON conversations(created_at)"),
             QStringLiteral(R"(CREATE TABLE maturity_thresholds(
            key TEXT PRIMARY KEY,
            value REAL NOT NULL,
            updated_at INTEGER NOT NULL) WITHOUT ROWID)"),
             QStringLiteral(R"(CREATE TABLE maturity_events(
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'other' CHECK(kind IN ('strategy','channel','campaign','other')),
            title TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))"),
             QStringLiteral("CREATE INDEX maturity_events_at ON maturity_events(at)"),
         }});
    list.push_back(
        {8,
         QStringLiteral("maturity: partial indexes for the indicators"),
         {
             // The maturity report looks up, per conversation, its first citizen message, the first human
             // reply and the citizens' replies to another message. From these small indexes it reads no
             // message rows: 15 months of a million conversations took 6 s of CPU instead of 10 s; the
             // file grows by about 4 %.
             QStringLiteral("CREATE INDEX messages_inbound ON messages(conversation_id, created_at) "
                            "WHERE direction = 'in'"),
             QStringLiteral("CREATE INDEX messages_human_replies ON messages(conversation_id, created_at) "
                            "WHERE direction = 'out' AND automatic = 0"),
             QStringLiteral("CREATE INDEX messages_inbound_replies ON messages(conversation_id) "
                            "WHERE direction = 'in' AND reply_to_id IS NOT NULL"),
         }});
    list.push_back(
        {9,
         QStringLiteral("outbox: claim lease, HUMAN_AGENT tag and the kind of failure"),
         {
             // A sender owns an entry in 'sending' until lease_until; only after that may another
             // process (the app and `torget-cli outbox flush` on one file) take it for reconciling,
             // so that a reply in flight is never looked for and sent a second time meanwhile.
             // lease_owner names the sender (host, process id, a per-run nonce), so that a sender on
             // the same computer whose process is gone (killed) is taken over at once.
             QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_until INTEGER"),
             QStringLiteral("ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT ''"),
             // Messenger: send with the HUMAN_AGENT tag (a staff member's answer within 7 days).
             QStringLiteral("ALTER TABLE outbox ADD COLUMN human_agent INTEGER NOT NULL DEFAULT 0"),
             // Why a failed entry failed, for the program ('outside_window': may go as HUMAN_AGENT).
             QStringLiteral("ALTER TABLE outbox ADD COLUMN failure TEXT"),
         }});
    list.push_back(
        {10,
         QStringLiteral("citizens: index of merged people"),
         {
             // A citizen's earlier conversations include those of people merged into them; few are
             // merged, so the index is small.
             QStringLiteral(
                 "CREATE INDEX citizens_merged ON citizens(merged_into) WHERE merged_into IS NOT NULL"),
         }});
    return list;
}

} // namespace Torget
