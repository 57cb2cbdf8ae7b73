<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of Torget&apos;s menus and texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite file Torget keeps its data in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the default file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Channel</name>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::CitizenRepository</name>
    <message>
        <source>A citizen cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1. See torget-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1. See torget-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many conversations to make (up to millions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (default: now, to the hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty database with Demo kommune: 15 months of citizen enquiries on six channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--conversations must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until must be a time in ISO 8601, such as 2026-11-26T14:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo kommune is ready in %1: %2 conversations, %3 messages, %4 own posts on %5 channels (%6 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] conversations list [--status S] [--limit N] --format json|table
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: torget-cli conversations list --format json|table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status: new, open, waiting or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N conversations, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists conversations, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of: new, open, waiting, resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N hits, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find; case and accents do not matter, æ, ø and å do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search in all messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format (only jsonl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole database as JSON Lines (see README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: torget-cli export jsonl FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 lines: %2 conversations, %3 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads JSON Lines in one transaction: on any error nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: torget-cli import jsonl FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 conversations and %2 messages (%3 lines read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] db check | db backup FILE
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: torget-cli db check, or torget-cli db backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks pages, references, the search index and counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the live database to a new file while others keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: torget-cli db backup FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: torget-cli db check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound: schema %1, %2 conversations, %3 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] COMMAND [OPTIONS]

Commands:
  demo --conversations N [--seed S]     fill an empty database with Demo kommune
  conversations list [--status S] [--limit N] --format json|table
  search QUERY --format json|table       full-text search in messages
  export jsonl FILE                      write everything as JSON Lines
  import jsonl FILE                      read JSON Lines (all or nothing)
  db check                               check the database&apos;s integrity
  db backup FILE                         copy the live database to FILE

Global options:
  --db PATH      the database file (default: %1)
  -h, --help     this help; COMMAND --help explains a command
  -v, --version  the program&apos;s version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::ConversationListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Torget database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Demo</name>
    <message>
        <source>Checked with the technical department; they follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data; the demo needs an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of conversations cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Jsonl</name>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a record must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time in ISO 8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; refers to id %2, which no earlier line defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must be the header {&quot;type&quot;:&quot;torget&quot;,&quot;version&quot;:1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of facebook, instagram, mastodon, x, bluesky, email, import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of comment, dm, mention, email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of new, open, waiting, resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of status, assignment, priority, snooze, tag, redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citizen is merged into id %1, which the file does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message replies to id %1, which the file does not define.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Kind</name>
    <message>
        <source>Public comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::MainWindow</name>
    <message>
        <source>Torget — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another Torget database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database to a new file while Torget keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the conversations again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Torget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen conversations from every channel, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet.

Conversations appear here when a channel account is synchronised or a file is imported (torget-cli import jsonl FILE). To try Torget, create the demo municipality: torget-cli demo --conversations 20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations · %2 unanswered · %3 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Torget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Torget %1&lt;/h3&gt;&lt;p&gt;The municipality&apos;s service desk for citizen enquiries on social media and e-mail: one inbox, response times in opening hours, and the climb from presence to dialog.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · database %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Maintenance</name>
    <message>
        <source>Row %1 in %2 points to a missing row in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have a wrong message count.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Migrator</name>
    <message>
        <source>The database was made by a newer Torget (schema %1, this program knows %2). Update Torget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Priority</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::SettingsDialog</name>
    <message>
        <source>Follow the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Torget::Status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Service desk for citizen enquiries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torget cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
