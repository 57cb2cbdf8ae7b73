<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The language of Torget&apos;s menus and texts</source>
        <translation>Språket i menyane og tekstane i Torget</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Databasefil:</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>The SQLite file Torget keeps its data in</source>
        <translation>SQLite-fila der Torget lagrar data</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Vel databasefila</translation>
    </message>
    <message>
        <source>Leave empty to use the default file.</source>
        <translation>La feltet stå tomt for å bruke standardfila.</translation>
    </message>
    <message>
        <source>&amp;You are:</source>
        <translation>Du &amp;er:</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Du er</translation>
    </message>
    <message>
        <source>The agent whose name is on your replies and whose conversations are Mine</source>
        <translation>Sakshandsamaren som står på svara dine, og som eig samtalane under Mine</translation>
    </message>
</context>
<context>
    <name>Torget::CannedReplyRepository</name>
    <message>
        <source>A standard reply needs a title and a text.</source>
        <translation>Eit standardsvar må ha ein tittel og ein tekst.</translation>
    </message>
    <message>
        <source>A standard reply is in bokmål, nynorsk or English.</source>
        <translation>Eit standardsvar må vere på bokmål, nynorsk eller engelsk.</translation>
    </message>
</context>
<context>
    <name>Torget::Channel</name>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>Torget::CitizenRepository</name>
    <message>
        <source>A citizen cannot be merged with itself.</source>
        <translation>Ein innbyggjar kan ikkje slåast saman med seg sjølv.</translation>
    </message>
    <message>
        <source>There is no citizen %1.</source>
        <translation>Det finst ingen innbyggjar med ID %1.</translation>
    </message>
</context>
<context>
    <name>Torget::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation>--format må vere ein av: %1.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db treng eit filnamn.</translation>
    </message>
    <message>
        <source>Unknown option %1. See torget-cli --help.</source>
        <translation>Ukjent val %1. Sjå torget-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command %1. See torget-cli --help.</source>
        <translation>Ukjent kommando %1. Sjå torget-cli --help.</translation>
    </message>
    <message>
        <source>How many conversations to make (up to millions).</source>
        <translation>Kor mange samtalar som skal lagast (opptil fleire millionar).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same municipality.</source>
        <translation>Startverdi for tilfeldige tal: same verdi gir same kommune.</translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (default: now, to the hour).</source>
        <translation>Slutten på historikken, ISO 8601 (standard: no, runda ned til heil time).</translation>
    </message>
    <message>
        <source>Fills an empty database with Demo kommune: 15 months of citizen enquiries on six channels.</source>
        <translation>Fyller ein tom database med Demo kommune: 15 månader med førespurnader frå innbyggjarar i seks kanalar.</translation>
    </message>
    <message>
        <source>--conversations must be a whole number, 0 or more.</source>
        <translation>--conversations må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more.</source>
        <translation>--seed må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>--until must be a time in ISO 8601, such as 2026-11-26T14:00:00+01:00.</source>
        <translation>--until må vere eit tidspunkt i ISO 8601, til dømes 2026-11-26T14:00:00+01:00.</translation>
    </message>
    <message>
        <source>%1 of %2 conversations</source>
        <translation>%1 av %2 samtalar</translation>
    </message>
    <message>
        <source>Demo kommune is ready in %1: %2 conversations, %3 messages, %4 own posts on %5 channels (%6 s).</source>
        <translation>Demo kommune er klar i %1: %2 samtalar, %3 meldingar, %4 eigne innlegg i %5 kanalar (%6 s).</translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] conversations list [--status S] [--limit N] --format json|table
</source>
        <translation>Bruk: torget-cli [--db PATH] conversations list [--status S] [--limit N] --format json|table
</translation>
    </message>
    <message>
        <source>Use: torget-cli conversations list --format json|table</source>
        <translation>Bruk: torget-cli conversations list --format json|table</translation>
    </message>
    <message>
        <source>Only this status: new, open, waiting or resolved.</source>
        <translation>Berre denne statusen: new, open, waiting eller resolved.</translation>
    </message>
    <message>
        <source>At most N conversations, newest first.</source>
        <translation>Høgst N samtalar, nyaste først.</translation>
    </message>
    <message>
        <source>Output format: json or table.</source>
        <translation>Format på utdata: json eller table.</translation>
    </message>
    <message>
        <source>Lists conversations, newest first.</source>
        <translation>Viser samtalar, nyaste først.</translation>
    </message>
    <message>
        <source>--status must be one of: new, open, waiting, resolved.</source>
        <translation>--status må vere ein av: new, open, waiting, resolved.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Innbyggjar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oppretta</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Siste melding</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldingar</translation>
    </message>
    <message>
        <source>At most N hits, newest first.</source>
        <translation>Høgst N treff, nyaste først.</translation>
    </message>
    <message>
        <source>Words to find; case and accents do not matter, æ, ø and å do.</source>
        <translation>Ord du vil søkje etter. Store og små bokstavar og aksentar spelar inga rolle, men æ, ø og å er eigne bokstavar.</translation>
    </message>
    <message>
        <source>Full-text search in all messages.</source>
        <translation>Fritekstsøk i alle meldingar.</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Oppgi orda du vil søkje etter.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avsendar</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The format (only jsonl).</source>
        <translation>Formatet (berre jsonl).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Fila det skal skrivast til.</translation>
    </message>
    <message>
        <source>Writes the whole database as JSON Lines (see README.md).</source>
        <translation>Skriv heile databasen som JSON Lines (sjå README.md).</translation>
    </message>
    <message>
        <source>Use: torget-cli export jsonl FILE</source>
        <translation>Bruk: torget-cli export jsonl FILE</translation>
    </message>
    <message>
        <source>Wrote %1 lines: %2 conversations, %3 messages.</source>
        <translation>Skreiv %1 linjer: %2 samtalar, %3 meldingar.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Fila som skal lesast.</translation>
    </message>
    <message>
        <source>Reads JSON Lines in one transaction: on any error nothing is imported.</source>
        <translation>Les JSON Lines i éin transaksjon: ved feil blir ingenting importert.</translation>
    </message>
    <message>
        <source>Use: torget-cli import jsonl FILE</source>
        <translation>Bruk: torget-cli import jsonl FILE</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ingenting vart importert. %1</translation>
    </message>
    <message>
        <source>Imported %1 conversations and %2 messages (%3 lines read).</source>
        <translation>Importerte %1 samtalar og %2 meldingar (las %3 linjer).</translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] db check | db backup FILE
</source>
        <translation>Bruk: torget-cli [--db PATH] db check | db backup FILE
</translation>
    </message>
    <message>
        <source>Use: torget-cli db check, or torget-cli db backup FILE</source>
        <translation>Bruk: torget-cli db check eller torget-cli db backup FILE</translation>
    </message>
    <message>
        <source>The new file to write the copy to.</source>
        <translation>Den nye fila som kopien skal skrivast til.</translation>
    </message>
    <message>
        <source>Checks pages, references, the search index and counters.</source>
        <translation>Kontrollerer sider, referansar, søkjeindeksen og teljarar.</translation>
    </message>
    <message>
        <source>Copies the live database to a new file while others keep working.</source>
        <translation>Kopierer databasen til ei ny fil medan andre arbeider vidare i han.</translation>
    </message>
    <message>
        <source>Use: torget-cli db backup FILE</source>
        <translation>Bruk: torget-cli db backup FILE</translation>
    </message>
    <message>
        <source>Use: torget-cli db check</source>
        <translation>Bruk: torget-cli db check</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Tryggingskopien er lagra i %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>Databasen har %n problem.</numerusform>
            <numerusform>Databasen har %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound: schema %1, %2 conversations, %3 messages.</source>
        <translation>Databasen er i orden: skjema %1, %2 samtalar, %3 meldingar.</translation>
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
        <translation>Bruk: torget-cli [--db PATH] COMMAND [OPTIONS]

Kommandoar:
  demo --conversations N [--seed S]      lagar Demo kommune i ein tom database
  conversations list [--status S] [--limit N] --format json|table
  search QUERY --format json|table       fritekstsøk i meldingar
  export jsonl FILE                      skriv alt som JSON Lines
  import jsonl FILE                      les JSON Lines (alt eller ingenting)
  db check                               kontrollerer at databasen er heil
  db backup FILE                         kopierer databasen i bruk til FILE

Globale val:
  --db PATH      databasefila (standard: %1)
  -h, --help     denne hjelpa; COMMAND --help forklarer ein kommando
  -v, --version  versjonen av programmet
</translation>
    </message>
</context>
<context>
    <name>Torget::ConversationView</name>
    <message>
        <source>This conversation is no longer in the database.</source>
        <translation>Denne samtalen finst ikkje lenger i databasen.</translation>
    </message>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Vel ein samtale for å lese han her.</translation>
    </message>
    <message>
        <source>The conversation could not be shown: %1</source>
        <translation>Samtalen kunne ikkje visast: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Unknown citizen</source>
        <translation>Ukjend innbyggjar</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ikkje tildelt</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etikettar: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>Message shortened: only the first %L1 of %L2 characters are shown.</source>
        <translation>Meldinga er forkorta: berre dei første %L1 av %L2 teikn er viste.</translation>
    </message>
    <message>
        <source>Comment on the post by %1 published %2</source>
        <translation>Kommentar til innlegget frå %1 publisert %2</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen tekst)</translation>
    </message>
    <message>
        <source>Automatic reply from %1</source>
        <translation>Automatisk svar frå %1</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Svar frå %1</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>redigert %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>outbox state and why sending failed</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>not visible to the citizen</source>
        <translation>ikkje synleg for innbyggjaren</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>This conversation has no messages yet.</source>
        <translation>Denne samtalen har ingen meldingar enno.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Samtale med %1</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status endra frå %1 til %2</translation>
    </message>
    <message>
        <source>Status set to %1</source>
        <translation>Status sett til %1</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>Tildeling fjerna</translation>
    </message>
    <message>
        <source>Priority set to %1</source>
        <translation>Prioritet sett til %1</translation>
    </message>
    <message>
        <source>Snooze ended</source>
        <translation>Utsetjing avslutta</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Utsett til %1</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Etikett lagd til: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Etikett fjerna: %1</translation>
    </message>
    <message>
        <source>Referred to a formal channel</source>
        <translation>Vist til ein formell kanal</translation>
    </message>
    <message>
        <source>No earlier conversations with this citizen.</source>
        <translation>Ingen tidlegare samtalar med denne innbyggjaren.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier conversations with this citizen (%n):</source>
        <translation>
            <numerusform>Tidlegare samtalar med denne innbyggjaren (%n):</numerusform>
            <numerusform>Tidlegare samtalar med denne innbyggjaren (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages, internal notes and changes of the selected conversation, oldest first. Read-only.</source>
        <translation>Meldingane, dei interne notata og endringane i den valde samtalen, eldste først. Kan berre lesast.</translation>
    </message>
    <message>
        <source>Earlier conversations with this citizen</source>
        <translation>Tidlegare samtalar med denne innbyggjaren</translation>
    </message>
    <message>
        <source>Press Enter or click to open a conversation.</source>
        <translation>Trykk Enter eller klikk for å opne ein samtale.</translation>
    </message>
</context>
<context>
    <name>Torget::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation>SQLite-drivaren for Qt er ikkje installert (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikkje opprette mappa %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan ikkje opne databasen %1: %2</translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation>Databasen returnerte inga rad.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Disken er full, og ingenting vart lagra. Frigjer litt plass.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again.</source>
        <translation>Databasen er opptatt i eit anna program. Prøv igjen.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Databasefila er skriveverna.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Torget database.</source>
        <translation>Databasefila er skadd eller er ikkje ein Torget-database.</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefeil: %1</translation>
    </message>
</context>
<context>
    <name>Torget::Demo</name>
    <message>
        <source>The database already holds data; the demo needs an empty database.</source>
        <translation>Databasen inneheld allereie data; demoen treng ein tom database.</translation>
    </message>
    <message>
        <source>The number of conversations cannot be negative.</source>
        <translation>Talet på samtalar kan ikkje vere negativt.</translation>
    </message>
</context>
<context>
    <name>Torget::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Første nyttårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skjærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Første påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Andre påskedag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Offentleg høgtidsdag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Grunnlovsdag</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Første pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Andre pinsedag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Første juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Andre juledag</translation>
    </message>
</context>
<context>
    <name>Torget::InboxModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Utsett til %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The citizen has waited since %1</source>
        <translation>Innbyggjaren har venta sidan %1</translation>
    </message>
    <message>
        <source>Breached, waited %1</source>
        <translation>Over fristen, venta %1</translation>
    </message>
    <message>
        <source>About to breach, waited %1</source>
        <translation>Snart over fristen, venta %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Innbyggjar</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Førespurnad</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikettar</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Siste melding</translation>
    </message>
</context>
<context>
    <name>Torget::InboxPane</name>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvarte</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>About to breach</source>
        <translation>Snart over fristen</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Waiting for citizen</source>
        <translation>Ventar på innbyggjar</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løyst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Tildelt deg.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Merka som løyst.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Opna att.</translation>
    </message>
    <message>
        <source>Waiting for the citizen.</source>
        <translation>Merka som ventar på innbyggjar.</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Neste samtale</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Førre samtale</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>&amp;Opne samtale</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>&amp;Internal Note</source>
        <translation>&amp;Internt notat</translation>
    </message>
    <message>
        <source>Insert Standar&amp;d Reply…</source>
        <translation>Set inn stan&amp;dardsvar…</translation>
    </message>
    <message>
        <source>Redirect to a &amp;Formal Channel</source>
        <translation>Vis til fo&amp;rmell kanal</translation>
    </message>
    <message>
        <source>Assign to &amp;Me</source>
        <translation>Tildel &amp;meg</translation>
    </message>
    <message>
        <source>&amp;Assign To…</source>
        <translation>&amp;Tildel til…</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>Legg til &amp;etikett…</translation>
    </message>
    <message>
        <source>Snoo&amp;ze…</source>
        <translation>&amp;Utset…</translation>
    </message>
    <message>
        <source>Mark &amp;Waiting for Citizen</source>
        <translation>Merk som &amp;ventar på innbyggjar</translation>
    </message>
    <message>
        <source>R&amp;esolve</source>
        <translation>Merk som &amp;løyst</translation>
    </message>
    <message>
        <source>Open A&amp;gain</source>
        <translation>Opne &amp;att</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Sø&amp;k</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Snø&amp;ggtastar</translation>
    </message>
    <message>
        <source>Search (/): words, kanal:, status:, etikett:, fra:</source>
        <translation>Søk (/): ord, kanal:, status:, etikett:, fra:</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Søk i samtalar</translation>
    </message>
    <message>
        <source>Words to find, and filters: kanal: or channel:, status:, etikett: or tag:, fra: or from:</source>
        <translation>Ord du vil finne, og filter: kanal: eller channel:, status:, etikett: eller tag:, fra: eller from:</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visingar</translation>
    </message>
    <message>
        <source>Choose which conversations the list shows</source>
        <translation>Vel kva samtalar lista viser</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtalar</translation>
    </message>
    <message>
        <source>J and K move, Enter opens, R replies, E resolves, ? lists every key</source>
        <translation>J og K flyttar, Enter opnar, R svarar, E merkjer som løyst, ? viser alle tastane</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n samtale</numerusform>
            <numerusform>%1, %n samtalar</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etikettar</translation>
    </message>
    <message>
        <source>The action failed</source>
        <translation>Klarte ikkje å utføre handlinga</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notatet er lagra.</translation>
    </message>
    <message>
        <source>Reply queued; it is sent when the channel is reachable.</source>
        <translation>Svaret står i kø og blir sendt når kanalen er tilgjengeleg.</translation>
    </message>
    <message>
        <source>To &amp;me</source>
        <translation>Til &amp;meg</translation>
    </message>
    <message>
        <source>&amp;Nobody</source>
        <translation>&amp;Ingen</translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation>Tildelinga er fjerna.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tildelt %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Utsett til %1.</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>I &amp;1 time</translation>
    </message>
    <message>
        <source>an hour from now</source>
        <translation>éin time frå no</translation>
    </message>
    <message>
        <source>For &amp;3 hours</source>
        <translation>I &amp;3 timar</translation>
    </message>
    <message>
        <source>three hours from now</source>
        <translation>tre timar frå no</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 08:00</source>
        <translation>Til i &amp;morgon kl. 08:00</translation>
    </message>
    <message>
        <source>tomorrow 08:00</source>
        <translation>i morgon kl. 08:00</translation>
    </message>
    <message>
        <source>Until &amp;Monday 08:00</source>
        <translation>Til mån&amp;dag kl. 08:00</translation>
    </message>
    <message>
        <source>Monday 08:00</source>
        <translation>måndag kl. 08:00</translation>
    </message>
    <message>
        <source>&amp;Wake now</source>
        <translation>&amp;Avslutt utsetjinga no</translation>
    </message>
    <message>
        <source>Woken.</source>
        <translation>Utsetjinga er avslutta.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Legg til etikett</translation>
    </message>
    <message>
        <source>Tag for the selected conversations:</source>
        <translation>Etikett for dei valde samtalane:</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>Etiketten «%1» er lagd til.</translation>
    </message>
    <message>
        <source>No redirect reply</source>
        <translation>Manglar standardsvar for tilvising</translation>
    </message>
    <message>
        <source>Add a standard reply marked “redirects to a formal channel” first.</source>
        <translation>Legg først til eit standardsvar som er merkt «viser til ein formell kanal».</translation>
    </message>
    <message>
        <source>Redirected to a formal channel.</source>
        <translation>Vist til ein formell kanal.</translation>
    </message>
    <message>
        <source>Send the reply or save the note</source>
        <translation>Send svaret eller lagre notatet</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
</context>
<context>
    <name>Torget::InboxService</name>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret er tomt.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Samtalen finst ikkje lenger.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Notatet er tomt.</translation>
    </message>
    <message>
        <source>The tag has no name.</source>
        <translation>Etiketten har ikkje noko namn.</translation>
    </message>
</context>
<context>
    <name>Torget::Jsonl</name>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Linje %1: teksten er ikkje gyldig UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: not valid JSON (%2 at character %3).</source>
        <translation>Linje %1: ugyldig JSON (%2 ved teikn %3).</translation>
    </message>
    <message>
        <source>Line %1: a record must be a JSON object.</source>
        <translation>Linje %1: ein post må vere eit JSON-objekt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Klarte ikkje å skrive: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive til %1: %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eit heiltal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a time in ISO 8601</source>
        <translation>eit tidspunkt i ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>feltet «%1» må vere %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; refers to id %2, which no earlier line defines</source>
        <translation>feltet «%1» viser til ID %2, som inga tidlegare linje definerer</translation>
    </message>
    <message>
        <source>the first line must be the header {&quot;type&quot;:&quot;torget&quot;,&quot;version&quot;:1}</source>
        <translation>den første linja må vere topplinja {&quot;type&quot;:&quot;torget&quot;,&quot;version&quot;:1}</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2)</source>
        <translation>formatversjon %1 er nyare enn det dette programmet kan lese (%2)</translation>
    </message>
    <message>
        <source>a second header</source>
        <translation>ei topplinje til</translation>
    </message>
    <message>
        <source>one of facebook, instagram, mastodon, x, bluesky, email, import</source>
        <translation>ein av facebook, instagram, mastodon, x, bluesky, email, import</translation>
    </message>
    <message>
        <source>one of comment, dm, mention, email</source>
        <translation>ein av comment, dm, mention, email</translation>
    </message>
    <message>
        <source>one of new, open, waiting, resolved</source>
        <translation>ein av new, open, waiting, resolved</translation>
    </message>
    <message>
        <source>0, 1, 2 or 3</source>
        <translation>0, 1, 2 eller 3</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>ei liste med tekstar</translation>
    </message>
    <message>
        <source>in or out</source>
        <translation>in eller out</translation>
    </message>
    <message>
        <source>text or html</source>
        <translation>text eller html</translation>
    </message>
    <message>
        <source>one of status, assignment, priority, snooze, tag, redirect</source>
        <translation>ein av status, assignment, priority, snooze, tag, redirect</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>ukjent posttype «%1»</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Fila er tom: ho har inga topplinje.</translation>
    </message>
    <message>
        <source>A citizen is merged into id %1, which the file does not define.</source>
        <translation>Ein innbyggjar er slått saman med ID %1, som ikkje finst i fila.</translation>
    </message>
    <message>
        <source>A message replies to id %1, which the file does not define.</source>
        <translation>Ei melding svarar på ID %1, som ikkje finst i fila.</translation>
    </message>
</context>
<context>
    <name>Torget::Kind</name>
    <message>
        <source>Public comment</source>
        <translation>Offentleg kommentar</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Direktemelding</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Omtale</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>Torget::MainWindow</name>
    <message>
        <source>Torget — %1</source>
        <translation>Torget — %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Opne database…</translation>
    </message>
    <message>
        <source>Open another Torget database file</source>
        <translation>Opne ei anna Torget-databasefil</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Ta tryggingskopi av databasen…</translation>
    </message>
    <message>
        <source>Copy the database to a new file while Torget keeps running</source>
        <translation>Kopier databasen til ei ny fil medan Torget framleis køyrer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillingar…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Read the conversations again from the database</source>
        <translation>Les samtalane på nytt frå databasen</translation>
    </message>
    <message>
        <source>&amp;About Torget</source>
        <translation>&amp;Om Torget</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>No conversations yet.

Conversations appear here when a channel account is synchronised or a file is imported (torget-cli import jsonl FILE). To try Torget, create the demo municipality: torget-cli demo --conversations 20000</source>
        <translation>Ingen samtalar enno.

Samtalane kjem fram her når ein kanalkonto blir synkronisert eller ei fil blir importert (torget-cli import jsonl FILE). Vil du prøve Torget, kan du opprette demokommunen: torget-cli demo --conversations 20000</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Ingen samtalar</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Databasefila</translation>
    </message>
    <message>
        <source>%1 conversations · %2 unanswered</source>
        <translation>%1 samtalar · %2 ubesvarte</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikkje opne databasen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-database (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Ta tryggingskopi av databasen</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Klarte ikkje å ta tryggingskopi</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Tryggingskopien er lagra i %1</translation>
    </message>
    <message>
        <source>About Torget</source>
        <translation>Om Torget</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Torget %1&lt;/h3&gt;&lt;p&gt;The municipality&apos;s service desk for citizen enquiries on social media and e-mail: one inbox, response times in opening hours, and the climb from presence to dialog.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · database %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Torget %1&lt;/h3&gt;&lt;p&gt;Tenestetorget i kommunen for førespurnader frå innbyggjarar i sosiale medium og på e-post: éin innboks, svartid i opningstida og vegen frå nærvær til dialog.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU General Public License, versjon 3 eller seinare.&lt;/p&gt;&lt;p&gt;Qt %2 · database %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Samtale</translation>
    </message>
    <message>
        <source>Standard &amp;Replies…</source>
        <translation>Stan&amp;dardsvar…</translation>
    </message>
    <message>
        <source>Add, change and delete the standard replies in bokmål, nynorsk and English</source>
        <translation>Legg til, endre og slett standardsvar på bokmål, nynorsk og engelsk</translation>
    </message>
</context>
<context>
    <name>Torget::Maintenance</name>
    <message>
        <source>Row %1 in %2 points to a missing row in %3.</source>
        <translation>Rad %1 i %2 viser til ei rad som manglar i %3.</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Søkjeindeksen er skadd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have a wrong message count.</source>
        <translation>
            <numerusform>%n samtale har feil tal på meldingar.</numerusform>
            <numerusform>%n samtalar har feil tal på meldingar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finst allereie. Vel eit nytt filnamn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappa %1 finst ikkje.</translation>
    </message>
</context>
<context>
    <name>Torget::Migrator</name>
    <message>
        <source>The database was made by a newer Torget (schema %1, this program knows %2). Update Torget.</source>
        <translation>Databasen er laga av ein nyare versjon av Torget (skjema %1, dette programmet kjenner til %2). Oppdater Torget.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Klarte ikkje å oppdatere databasen til skjema %1: %2</translation>
    </message>
</context>
<context>
    <name>Torget::Outbox</name>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Blir sendt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukka</translation>
    </message>
</context>
<context>
    <name>Torget::Priority</name>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høg</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Hastar</translation>
    </message>
</context>
<context>
    <name>Torget::ReplyBox</name>
    <message>
        <source>&amp;Reply to citizen</source>
        <translation>Svar &amp;innbyggjaren</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Internt &amp;notat</translation>
    </message>
    <message>
        <source>Language of the reply</source>
        <translation>Språket i svaret</translation>
    </message>
    <message>
        <source>Spell-checking and standard replies follow this language</source>
        <translation>Stavekontroll og standardsvar følgjer dette språket</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Internal note — only colleagues see it</source>
        <translation>Internt notat — berre kollegaer ser det</translation>
    </message>
    <message>
        <source>Write a reply to the citizen…</source>
        <translation>Skriv eit svar til innbyggjaren…</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internt notat</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Ctrl+Enter sends; Tab moves on</source>
        <translation>Ctrl+Enter sender, Tab går vidare</translation>
    </message>
</context>
<context>
    <name>Torget::SearchQuery</name>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Ukjend kanal «%1».</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Ukjend status «%1».</translation>
    </message>
    <message>
        <source>The filter “%1” has no value.</source>
        <translation>Filteret «%1» manglar verdi.</translation>
    </message>
</context>
<context>
    <name>Torget::SettingsDialog</name>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Følg systemet (%1)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite-database (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>Torget::SpellChecker</name>
    <message>
        <source>Spell-checking is not available for the language code “%1”. Torget checks bokmål (nb) and nynorsk (nn).</source>
        <translation>Stavekontroll er ikkje tilgjengeleg for språkkoden «%1». Torget kontrollerer bokmål (nb) og nynorsk (nn).</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 was not found (looked in %2). Install the package %3.</source>
        <translation>Fann ikkje stavekontrollordboka %1 (leita i %2). Installer pakken %3.</translation>
    </message>
    <message>
        <source>Could not read the spelling dictionary %1: %2</source>
        <translation>Kunne ikkje lese stavekontrollordboka %1: %2</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 uses the character set %2, which Torget cannot convert.</source>
        <translation>Stavekontrollordboka %1 bruker teiknsettet %2, som Torget ikkje kan konvertere.</translation>
    </message>
</context>
<context>
    <name>Torget::StandardRepliesDialog</name>
    <message>
        <source>Standard Replies</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Redirects to a formal channel (marks the conversation)</source>
        <translation>&amp;Viser til ein formell kanal (merkjer samtalen)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Placeholders: {navn} the citizen&apos;s first name, {agent} your first name, {kommune} the municipality.</source>
        <translation>Plasshaldarar: {navn} førenamnet til innbyggjaren, {agent} førenamnet ditt, {kommune} kommunen.</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;kst:</translation>
    </message>
    <message>
        <source>Hei {navn}!



Hilsen {agent}</source>
        <translation>Hei {navn}!



Helsing {agent}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Delete Standard Reply</source>
        <translation>Slett standardsvar</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Vil du slette «%1»?</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikkje sletta</translation>
    </message>
</context>
<context>
    <name>Torget::StandardReplyPicker</name>
    <message>
        <source>Insert Standard Reply</source>
        <translation>Set inn standardsvar</translation>
    </message>
    <message>
        <source>Type to find a standard reply…</source>
        <translation>Skriv for å finne eit standardsvar…</translation>
    </message>
    <message>
        <source>Find standard reply</source>
        <translation>Finn standardsvar</translation>
    </message>
    <message>
        <source>Standard replies</source>
        <translation>Standardsvar</translation>
    </message>
    <message>
        <source>Text of the standard reply</source>
        <translation>Teksten i standardsvaret</translation>
    </message>
    <message>
        <source>%1 (redirects to a formal channel)</source>
        <translation>%1 (viser til ein formell kanal)</translation>
    </message>
</context>
<context>
    <name>Torget::Status</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting for citizen</source>
        <translation>Ventar på innbyggjar</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løyst</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Service desk for citizen enquiries.</source>
        <translation>Tenestetorg for førespurnader frå innbyggjarar.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasefila.</translation>
    </message>
    <message>
        <source>Torget cannot start</source>
        <translation>Torget kan ikkje starte</translation>
    </message>
</context>
</TS>
