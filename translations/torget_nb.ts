<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
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
        <translation>Språket i menyene og tekstene i Torget</translation>
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
        <translation>SQLite-filen der Torget lagrer data</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>Velg databasefilen</translation>
    </message>
    <message>
        <source>Leave empty to use the default file.</source>
        <translation>La feltet stå tomt for å bruke standardfilen.</translation>
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
        <translation>Saksbehandleren som står på svarene dine, og som eier samtalene under Mine</translation>
    </message>
</context>
<context>
    <name>Torget::CannedReplyRepository</name>
    <message>
        <source>A standard reply needs a title and a text.</source>
        <translation>Et standardsvar må ha en tittel og en tekst.</translation>
    </message>
    <message>
        <source>A standard reply is in bokmål, nynorsk or English.</source>
        <translation>Et standardsvar må være på bokmål, nynorsk eller engelsk.</translation>
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
        <translation>En innbygger kan ikke slås sammen med seg selv.</translation>
    </message>
    <message>
        <source>There is no citizen %1.</source>
        <translation>Det finnes ingen innbygger med ID %1.</translation>
    </message>
</context>
<context>
    <name>Torget::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpen.</translation>
    </message>
    <message>
        <source>--format must be one of: %1.</source>
        <translation>--format må være en av: %1.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db trenger et filnavn.</translation>
    </message>
    <message>
        <source>Unknown option %1. See torget-cli --help.</source>
        <translation>Ukjent valg %1. Se torget-cli --help.</translation>
    </message>
    <message>
        <source>Unknown command %1. See torget-cli --help.</source>
        <translation>Ukjent kommando %1. Se torget-cli --help.</translation>
    </message>
    <message>
        <source>How many conversations to make (up to millions).</source>
        <translation>Hvor mange samtaler som skal lages (opptil flere millioner).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same municipality.</source>
        <translation>Startverdi for tilfeldige tall: samme verdi gir samme kommune.</translation>
    </message>
    <message>
        <source>End of the history, ISO 8601 (default: now, to the hour).</source>
        <translation>Slutten på historikken, ISO 8601 (standard: nå, rundet ned til hel time).</translation>
    </message>
    <message>
        <source>Fills an empty database with Demo kommune: 15 months of citizen enquiries on six channels.</source>
        <translation>Fyller en tom database med Demo kommune: 15 måneder med henvendelser fra innbyggere i seks kanaler.</translation>
    </message>
    <message>
        <source>--conversations must be a whole number, 0 or more.</source>
        <translation>--conversations må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more.</source>
        <translation>--seed må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>--until must be a time in ISO 8601, such as 2026-11-26T14:00:00+01:00.</source>
        <translation>--until må være et tidspunkt i ISO 8601, for eksempel 2026-11-26T14:00:00+01:00.</translation>
    </message>
    <message>
        <source>%1 of %2 conversations</source>
        <translation>%1 av %2 samtaler</translation>
    </message>
    <message>
        <source>Demo kommune is ready in %1: %2 conversations, %3 messages, %4 own posts on %5 channels (%6 s).</source>
        <translation>Demo kommune er klar i %1: %2 samtaler, %3 meldinger, %4 egne innlegg i %5 kanaler (%6 s).</translation>
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
        <translation>Bare denne statusen: new, open, waiting eller resolved.</translation>
    </message>
    <message>
        <source>At most N conversations, newest first.</source>
        <translation>Høyst N samtaler, nyeste først.</translation>
    </message>
    <message>
        <source>Output format: json or table.</source>
        <translation>Format på utdata: json eller table.</translation>
    </message>
    <message>
        <source>Lists conversations, newest first.</source>
        <translation>Viser samtaler, nyeste først.</translation>
    </message>
    <message>
        <source>--status must be one of: new, open, waiting, resolved.</source>
        <translation>--status må være en av: new, open, waiting, resolved.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more.</source>
        <translation>--limit må være et heltall, 0 eller mer.</translation>
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
        <translation>Innbygger</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Siste melding</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldinger</translation>
    </message>
    <message>
        <source>At most N hits, newest first.</source>
        <translation>Høyst N treff, nyeste først.</translation>
    </message>
    <message>
        <source>Words to find; case and accents do not matter, æ, ø and å do.</source>
        <translation>Ord du vil søke etter. Store og små bokstaver og aksenter spiller ingen rolle, men æ, ø og å er egne bokstaver.</translation>
    </message>
    <message>
        <source>Full-text search in all messages.</source>
        <translation>Fritekstsøk i alle meldinger.</translation>
    </message>
    <message>
        <source>Give the words to search for.</source>
        <translation>Oppgi ordene du vil søke etter.</translation>
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
        <translation>Avsender</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>The format (only jsonl).</source>
        <translation>Formatet (bare jsonl).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen det skal skrives til.</translation>
    </message>
    <message>
        <source>Writes the whole database as JSON Lines (see README.md).</source>
        <translation>Skriver hele databasen som JSON Lines (se README.md).</translation>
    </message>
    <message>
        <source>Use: torget-cli export jsonl FILE</source>
        <translation>Bruk: torget-cli export jsonl FILE</translation>
    </message>
    <message>
        <source>Wrote %1 lines: %2 conversations, %3 messages.</source>
        <translation>Skrev %1 linjer: %2 samtaler, %3 meldinger.</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>Filen som skal leses.</translation>
    </message>
    <message>
        <source>Reads JSON Lines in one transaction: on any error nothing is imported.</source>
        <translation>Leser JSON Lines i én transaksjon: ved feil blir ingenting importert.</translation>
    </message>
    <message>
        <source>Use: torget-cli import jsonl FILE</source>
        <translation>Bruk: torget-cli import jsonl FILE</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ingenting ble importert. %1</translation>
    </message>
    <message>
        <source>Imported %1 conversations and %2 messages (%3 lines read).</source>
        <translation>Importerte %1 samtaler og %2 meldinger (leste %3 linjer).</translation>
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
        <translation>Den nye filen som kopien skal skrives til.</translation>
    </message>
    <message>
        <source>Checks pages, references, the search index and counters.</source>
        <translation>Kontrollerer sider, referanser, søkeindeksen og tellere.</translation>
    </message>
    <message>
        <source>Copies the live database to a new file while others keep working.</source>
        <translation>Kopierer databasen til en ny fil mens andre arbeider videre i den.</translation>
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
        <translation>Sikkerhetskopien er lagret i %1.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>Databasen har %n problem.</numerusform>
            <numerusform>Databasen har %n problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is sound: schema %1, %2 conversations, %3 messages.</source>
        <translation>Databasen er i orden: skjema %1, %2 samtaler, %3 meldinger.</translation>
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

Kommandoer:
  demo --conversations N [--seed S]      lager Demo kommune i en tom database
  conversations list [--status S] [--limit N] --format json|table
  search QUERY --format json|table       fritekstsøk i meldinger
  export jsonl FILE                      skriver alt som JSON Lines
  import jsonl FILE                      leser JSON Lines (alt eller ingenting)
  db check                               kontrollerer at databasen er hel
  db backup FILE                         kopierer databasen i bruk til FILE

Globale valg:
  --db PATH      databasefilen (standard: %1)
  -h, --help     denne hjelpen; COMMAND --help forklarer en kommando
  -v, --version  versjonen av programmet
</translation>
    </message>
</context>
<context>
    <name>Torget::ConversationView</name>
    <message>
        <source>This conversation is no longer in the database.</source>
        <translation>Denne samtalen finnes ikke lenger i databasen.</translation>
    </message>
    <message>
        <source>Select a conversation to read it here.</source>
        <translation>Velg en samtale for å lese den her.</translation>
    </message>
    <message>
        <source>The conversation could not be shown: %1</source>
        <translation>Samtalen kunne ikke vises: %1</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Unknown citizen</source>
        <translation>Ukjent innbygger</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Tildelt %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiketter: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>Message shortened: only the first %L1 of %L2 characters are shown.</source>
        <translation>Meldingen er forkortet: bare de første %L1 av %L2 tegn vises.</translation>
    </message>
    <message>
        <source>Comment on the post by %1 published %2</source>
        <translation>Kommentar til innlegget fra %1 publisert %2</translation>
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
        <translation>Automatisk svar fra %1</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Svar fra %1</translation>
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
        <translation>ikke synlig for innbyggeren</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>This conversation has no messages yet.</source>
        <translation>Denne samtalen har ingen meldinger ennå.</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Samtale med %1</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status endret fra %1 til %2</translation>
    </message>
    <message>
        <source>Status set to %1</source>
        <translation>Status satt til %1</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>Tildeling fjernet</translation>
    </message>
    <message>
        <source>Priority set to %1</source>
        <translation>Prioritet satt til %1</translation>
    </message>
    <message>
        <source>Snooze ended</source>
        <translation>Utsettelse avsluttet</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Utsatt til %1</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Etikett lagt til: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Etikett fjernet: %1</translation>
    </message>
    <message>
        <source>Referred to a formal channel</source>
        <translation>Henvist til en formell kanal</translation>
    </message>
    <message>
        <source>No earlier conversations with this citizen.</source>
        <translation>Ingen tidligere samtaler med denne innbyggeren.</translation>
    </message>
    <message numerus="yes">
        <source>Earlier conversations with this citizen (%n):</source>
        <translation>
            <numerusform>Tidligere samtaler med denne innbyggeren (%n):</numerusform>
            <numerusform>Tidligere samtaler med denne innbyggeren (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages, internal notes and changes of the selected conversation, oldest first. Read-only.</source>
        <translation>Meldingene, de interne notatene og endringene i den valgte samtalen, eldste først. Kan bare leses.</translation>
    </message>
    <message>
        <source>Earlier conversations with this citizen</source>
        <translation>Tidligere samtaler med denne innbyggeren</translation>
    </message>
    <message>
        <source>Press Enter or click to open a conversation.</source>
        <translation>Trykk Enter eller klikk for å åpne en samtale.</translation>
    </message>
</context>
<context>
    <name>Torget::Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (libqt6sql6-sqlite).</source>
        <translation>SQLite-driveren for Qt er ikke installert (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan ikke opprette mappen %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Kan ikke åpne databasen %1: %2</translation>
    </message>
    <message>
        <source>The database returned no row.</source>
        <translation>Databasen returnerte ingen rad.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was saved.</source>
        <translation>Disken er full, og ingenting ble lagret. Frigjør litt plass.</translation>
    </message>
    <message>
        <source>The database is busy in another program. Try again.</source>
        <translation>Databasen er opptatt i et annet program. Prøv igjen.</translation>
    </message>
    <message>
        <source>The database file is read-only.</source>
        <translation>Databasefilen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Torget database.</source>
        <translation>Databasefilen er skadet eller er ikke en Torget-database.</translation>
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
        <translation>Databasen inneholder allerede data; demoen trenger en tom database.</translation>
    </message>
    <message>
        <source>The number of conversations cannot be negative.</source>
        <translation>Antall samtaler kan ikke være negativt.</translation>
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
        <translation>Offentlig høytidsdag</translation>
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
            <numerusform>%n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Utsatt til %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The citizen has waited since %1</source>
        <translation>Innbyggeren har ventet siden %1</translation>
    </message>
    <message>
        <source>Breached, waited %1</source>
        <translation>Over fristen, ventet %1</translation>
    </message>
    <message>
        <source>About to breach, waited %1</source>
        <translation>Snart over fristen, ventet %1</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Innbygger</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>Henvendelse</translation>
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
        <translation>Etiketter</translation>
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
        <translation>Venter på innbygger</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Utsatt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
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
        <translation>Merket som løst.</translation>
    </message>
    <message>
        <source>Reopened.</source>
        <translation>Gjenåpnet.</translation>
    </message>
    <message>
        <source>Waiting for the citizen.</source>
        <translation>Merket som venter på innbygger.</translation>
    </message>
    <message>
        <source>&amp;Next Conversation</source>
        <translation>&amp;Neste samtale</translation>
    </message>
    <message>
        <source>&amp;Previous Conversation</source>
        <translation>&amp;Forrige samtale</translation>
    </message>
    <message>
        <source>&amp;Open Conversation</source>
        <translation>Å&amp;pne samtale</translation>
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
        <translation>Sett inn stan&amp;dardsvar…</translation>
    </message>
    <message>
        <source>Redirect to a &amp;Formal Channel</source>
        <translation>Henvis til fo&amp;rmell kanal</translation>
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
        <translation>&amp;Utsett…</translation>
    </message>
    <message>
        <source>Mark &amp;Waiting for Citizen</source>
        <translation>Merk som &amp;venter på innbygger</translation>
    </message>
    <message>
        <source>R&amp;esolve</source>
        <translation>Merk som &amp;løst</translation>
    </message>
    <message>
        <source>Open A&amp;gain</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Sø&amp;k</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>Search (/): words, kanal:, status:, etikett:, fra:</source>
        <translation>Søk (/): ord, kanal:, status:, etikett:, fra:</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Søk i samtaler</translation>
    </message>
    <message>
        <source>Words to find, and filters: kanal: or channel:, status:, etikett: or tag:, fra: or from:</source>
        <translation>Ord du vil finne, og filtre: kanal: eller channel:, status:, etikett: eller tag:, fra: eller from:</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Choose which conversations the list shows</source>
        <translation>Velg hvilke samtaler listen viser</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>J and K move, Enter opens, R replies, E resolves, ? lists every key</source>
        <translation>J og K flytter, Enter åpner, R svarer, E merker som løst, ? viser alle tastene</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n samtale</numerusform>
            <numerusform>%1, %n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <source>The action failed</source>
        <translation>Kunne ikke utføre handlingen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Notatet er lagret.</translation>
    </message>
    <message>
        <source>Reply queued; it is sent when the channel is reachable.</source>
        <translation>Svaret står i kø og blir sendt når kanalen er tilgjengelig.</translation>
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
        <translation>Tildelingen er fjernet.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Tildelt %1.</translation>
    </message>
    <message>
        <source>Snoozed until %1.</source>
        <translation>Utsatt til %1.</translation>
    </message>
    <message>
        <source>For &amp;1 hour</source>
        <translation>I &amp;1 time</translation>
    </message>
    <message>
        <source>an hour from now</source>
        <translation>én time fra nå</translation>
    </message>
    <message>
        <source>For &amp;3 hours</source>
        <translation>I &amp;3 timer</translation>
    </message>
    <message>
        <source>three hours from now</source>
        <translation>tre timer fra nå</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow 08:00</source>
        <translation>Til i &amp;morgen kl. 08:00</translation>
    </message>
    <message>
        <source>tomorrow 08:00</source>
        <translation>i morgen kl. 08:00</translation>
    </message>
    <message>
        <source>Until &amp;Monday 08:00</source>
        <translation>Til man&amp;dag kl. 08:00</translation>
    </message>
    <message>
        <source>Monday 08:00</source>
        <translation>mandag kl. 08:00</translation>
    </message>
    <message>
        <source>&amp;Wake now</source>
        <translation>&amp;Avslutt utsettelsen nå</translation>
    </message>
    <message>
        <source>Woken.</source>
        <translation>Utsettelsen er avsluttet.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Legg til etikett</translation>
    </message>
    <message>
        <source>Tag for the selected conversations:</source>
        <translation>Etikett for de valgte samtalene:</translation>
    </message>
    <message>
        <source>Tagged “%1”.</source>
        <translation>Etiketten «%1» er lagt til.</translation>
    </message>
    <message>
        <source>No redirect reply</source>
        <translation>Mangler standardsvar for henvisning</translation>
    </message>
    <message>
        <source>Add a standard reply marked “redirects to a formal channel” first.</source>
        <translation>Legg først til et standardsvar som er merket «henviser til en formell kanal».</translation>
    </message>
    <message>
        <source>Redirected to a formal channel.</source>
        <translation>Henvist til en formell kanal.</translation>
    </message>
    <message>
        <source>Send the reply or save the note</source>
        <translation>Send svaret eller lagre notatet</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Hurtigtaster</translation>
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
        <translation>Samtalen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Notatet er tomt.</translation>
    </message>
    <message>
        <source>The tag has no name.</source>
        <translation>Etiketten har ikke noe navn.</translation>
    </message>
</context>
<context>
    <name>Torget::Jsonl</name>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Linje %1: teksten er ikke gyldig UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: not valid JSON (%2 at character %3).</source>
        <translation>Linje %1: ugyldig JSON (%2 ved tegn %3).</translation>
    </message>
    <message>
        <source>Line %1: a record must be a JSON object.</source>
        <translation>Linje %1: en post må være et JSON-objekt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Kunne ikke skrive: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive til %1: %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltall</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a time in ISO 8601</source>
        <translation>et tidspunkt i ISO 8601</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be %2</source>
        <translation>feltet «%1» må være %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; refers to id %2, which no earlier line defines</source>
        <translation>feltet «%1» viser til ID %2, som ingen tidligere linje definerer</translation>
    </message>
    <message>
        <source>the first line must be the header {&quot;type&quot;:&quot;torget&quot;,&quot;version&quot;:1}</source>
        <translation>den første linjen må være topplinjen {&quot;type&quot;:&quot;torget&quot;,&quot;version&quot;:1}</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>format version %1 is newer than this program reads (%2)</source>
        <translation>formatversjon %1 er nyere enn det dette programmet kan lese (%2)</translation>
    </message>
    <message>
        <source>a second header</source>
        <translation>en topplinje til</translation>
    </message>
    <message>
        <source>one of facebook, instagram, mastodon, x, bluesky, email, import</source>
        <translation>en av facebook, instagram, mastodon, x, bluesky, email, import</translation>
    </message>
    <message>
        <source>one of comment, dm, mention, email</source>
        <translation>en av comment, dm, mention, email</translation>
    </message>
    <message>
        <source>one of new, open, waiting, resolved</source>
        <translation>en av new, open, waiting, resolved</translation>
    </message>
    <message>
        <source>0, 1, 2 or 3</source>
        <translation>0, 1, 2 eller 3</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>en liste med tekster</translation>
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
        <translation>en av status, assignment, priority, snooze, tag, redirect</translation>
    </message>
    <message>
        <source>unknown record type &quot;%1&quot;</source>
        <translation>ukjent posttype «%1»</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Filen er tom: den har ingen topplinje.</translation>
    </message>
    <message>
        <source>A citizen is merged into id %1, which the file does not define.</source>
        <translation>En innbygger er slått sammen med ID %1, som ikke finnes i filen.</translation>
    </message>
    <message>
        <source>A message replies to id %1, which the file does not define.</source>
        <translation>En melding svarer på ID %1, som ikke finnes i filen.</translation>
    </message>
</context>
<context>
    <name>Torget::Kind</name>
    <message>
        <source>Public comment</source>
        <translation>Offentlig kommentar</translation>
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
        <translation>Å&amp;pne database…</translation>
    </message>
    <message>
        <source>Open another Torget database file</source>
        <translation>Åpne en annen Torget-databasefil</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sikkerhetskopier database…</translation>
    </message>
    <message>
        <source>Copy the database to a new file while Torget keeps running</source>
        <translation>Kopier databasen til en ny fil mens Torget fortsatt kjører</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Read the conversations again from the database</source>
        <translation>Les samtalene på nytt fra databasen</translation>
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
        <translation>Ingen samtaler ennå.

Samtalene vises her når en kanalkonto blir synkronisert eller en fil blir importert (torget-cli import jsonl FILE). Vil du prøve Torget, kan du opprette demokommunen: torget-cli demo --conversations 20000</translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation>Ingen samtaler</translation>
    </message>
    <message>
        <source>The database file</source>
        <translation>Databasefilen</translation>
    </message>
    <message>
        <source>%1 conversations · %2 unanswered</source>
        <translation>%1 samtaler · %2 ubesvarte</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Kan ikke åpne databasen</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Åpne database</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-database (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sikkerhetskopier database</translation>
    </message>
    <message>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite-database (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sikkerhetskopieringen mislyktes</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sikkerhetskopien er lagret i %1</translation>
    </message>
    <message>
        <source>About Torget</source>
        <translation>Om Torget</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Torget %1&lt;/h3&gt;&lt;p&gt;The municipality&apos;s service desk for citizen enquiries on social media and e-mail: one inbox, response times in opening hours, and the climb from presence to dialog.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · database %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Torget %1&lt;/h3&gt;&lt;p&gt;Kommunens servicetorg for henvendelser fra innbyggere i sosiale medier og på e-post: én innboks, svartid i åpningstiden og veien fra tilstedeværelse til dialog.&lt;/p&gt;&lt;p&gt;Fri programvare under GNU General Public License, versjon 3 eller senere.&lt;/p&gt;&lt;p&gt;Qt %2 · database %3&lt;/p&gt;</translation>
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
        <translation>Rad %1 i %2 viser til en rad som mangler i %3.</translation>
    </message>
    <message>
        <source>The search index is damaged: %1</source>
        <translation>Søkeindeksen er skadet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) have a wrong message count.</source>
        <translation>
            <numerusform>%n samtale har feil antall meldinger.</numerusform>
            <numerusform>%n samtaler har feil antall meldinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 finnes allerede. Velg et nytt filnavn.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
</context>
<context>
    <name>Torget::Migrator</name>
    <message>
        <source>The database was made by a newer Torget (schema %1, this program knows %2). Update Torget.</source>
        <translation>Databasen er laget av en nyere versjon av Torget (skjema %1, dette programmet kjenner til %2). Oppdater Torget.</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 failed: %2</source>
        <translation>Kunne ikke oppdatere databasen til skjema %1: %2</translation>
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
        <translation>Sendes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislyktes</translation>
    </message>
</context>
<context>
    <name>Torget::Priority</name>
    <message>
        <source>Low</source>
        <translation>Lav</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Haster</translation>
    </message>
</context>
<context>
    <name>Torget::ReplyBox</name>
    <message>
        <source>&amp;Reply to citizen</source>
        <translation>Svar &amp;innbyggeren</translation>
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
        <translation>Stavekontroll og standardsvar følger dette språket</translation>
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
        <translation>Internt notat — bare kolleger ser det</translation>
    </message>
    <message>
        <source>Write a reply to the citizen…</source>
        <translation>Skriv et svar til innbyggeren…</translation>
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
        <translation>Ctrl+Enter sender, Tab går videre</translation>
    </message>
</context>
<context>
    <name>Torget::SearchQuery</name>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Ukjent kanal «%1».</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Ukjent status «%1».</translation>
    </message>
    <message>
        <source>The filter “%1” has no value.</source>
        <translation>Filteret «%1» mangler verdi.</translation>
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
        <translation>Stavekontroll er ikke tilgjengelig for språkkoden «%1». Torget kontrollerer bokmål (nb) og nynorsk (nn).</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 was not found (looked in %2). Install the package %3.</source>
        <translation>Fant ikke stavekontrollordboken %1 (søkte i %2). Installer pakken %3.</translation>
    </message>
    <message>
        <source>Could not read the spelling dictionary %1: %2</source>
        <translation>Kunne ikke lese stavekontrollordboken %1: %2</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 uses the character set %2, which Torget cannot convert.</source>
        <translation>Stavekontrollordboken %1 bruker tegnsettet %2, som Torget ikke kan konvertere.</translation>
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
        <translation>&amp;Henviser til en formell kanal (merker samtalen)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Placeholders: {navn} the citizen&apos;s first name, {agent} your first name, {kommune} the municipality.</source>
        <translation>Plassholdere: {navn} innbyggerens fornavn, {agent} ditt fornavn, {kommune} kommunen.</translation>
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



Hilsen {agent}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
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
        <translation>Ikke slettet</translation>
    </message>
</context>
<context>
    <name>Torget::StandardReplyPicker</name>
    <message>
        <source>Insert Standard Reply</source>
        <translation>Sett inn standardsvar</translation>
    </message>
    <message>
        <source>Type to find a standard reply…</source>
        <translation>Skriv for å finne et standardsvar…</translation>
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
        <translation>%1 (henviser til en formell kanal)</translation>
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
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Waiting for citizen</source>
        <translation>Venter på innbygger</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Service desk for citizen enquiries.</source>
        <translation>Servicetorg for henvendelser fra innbyggere.</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Databasefilen.</translation>
    </message>
    <message>
        <source>Torget cannot start</source>
        <translation>Torget kan ikke starte</translation>
    </message>
</context>
</TS>
