<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Kontoer</translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts on social media, with when each was last synced and any problem</source>
        <translation>Kommunens kontoer i sosiale medier, med tidspunktet for siste synkronisering og eventuelle problemer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Legg til &amp;konto…</translation>
    </message>
    <message>
        <source>Connects a Facebook page or a Mastodon account</source>
        <translation>Kobler til en Facebook-side eller en Mastodon-konto</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>Logg &amp;inn på nytt…</translation>
    </message>
    <message>
        <source>Gives the selected account a new token when the old one stopped working</source>
        <translation>Gir den valgte kontoen en ny tilgangsnøkkel når den gamle har sluttet å virke</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynkroniser nå</translation>
    </message>
    <message>
        <source>Fetches new comments and messages from the selected account at once</source>
        <translation>Henter nye kommentarer og meldinger fra den valgte kontoen med en gang</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stops or resumes syncing the selected account</source>
        <translation>Stopper eller gjenopptar synkroniseringen av den valgte kontoen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Removes the selected account; you choose whether its conversations stay</source>
        <translation>Fjerner den valgte kontoen; du velger selv om samtalene skal beholdes</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Legg til konto</translation>
    </message>
    <message>
        <source>Torget reads citizens&apos; comments and messages from the account and sends your replies through it. The token is kept in the system keychain, never in Torget&apos;s database.</source>
        <translation>Torget leser innbyggernes kommentarer og meldinger fra kontoen og sender svarene dine gjennom den. Tilgangsnøkkelen lagres i systemets nøkkelring, aldri i databasen til Torget.</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>The social media platform the account is on</source>
        <translation>Det sosiale mediet som kontoen hører til</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>What the account is called in Torget, such as the page&apos;s name</source>
        <translation>Hva kontoen skal hete i Torget, for eksempel navnet på siden</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>The web address of the platform&apos;s programming interface; https is required</source>
        <translation>Nettadressen til programmeringsgrensesnittet (API-et) for plattformen; adressen må bruke https</translation>
    </message>
    <message>
        <source>Page &amp;id:</source>
        <translation>Side-&amp;ID:</translation>
    </message>
    <message>
        <source>Page id</source>
        <translation>Side-ID</translation>
    </message>
    <message>
        <source>The number of the Facebook page, found under the page&apos;s About section</source>
        <translation>Nummeret til Facebook-siden. Du finner det under «Om» på siden</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Tilgangsnøkkel:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Tilgangsnøkkel</translation>
    </message>
    <message>
        <source>Paste the token the platform gave you; it is saved in the keychain</source>
        <translation>Lim inn tilgangsnøkkelen du fikk fra plattformen; den lagres i nøkkelringen</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser…</source>
        <translation>Logg inn med nett&amp;leser…</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your web browser and fills in the token when you have approved Torget</source>
        <translation>Åpner innloggingssiden til serveren i nettleseren din og fyller inn tilgangsnøkkelen når du har godkjent Torget</translation>
    </message>
</context>
<context>
    <name>MaturityEventsDialog</name>
    <message>
        <source>Events on the Maturity Charts</source>
        <translation>Hendelser i modenhetsdiagrammene</translation>
    </message>
    <message>
        <source>Events explain the curves: when a strategy was adopted, a channel opened or a campaign ran. They are drawn as dashed lines on the charts and listed in the report.</source>
        <translation>Hendelser forklarer kurvene: når en strategi ble vedtatt, en kanal ble åpnet eller en kampanje pågikk. De vises som stiplede linjer i diagrammene og er listet opp i rapporten.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Events shown on the maturity charts, oldest first</source>
        <translation>Hendelser som vises i modenhetsdiagrammene, eldste først</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Datoen for hendelsen</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Type hendelse</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Title of the event</source>
        <translation>Tittelen på hendelsen</translation>
    </message>
    <message>
        <source>Communication strategy adopted</source>
        <translation>Kommunikasjonsstrategi vedtatt</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>D&amp;etaljer:</translation>
    </message>
    <message>
        <source>Details of the event</source>
        <translation>Detaljer om hendelsen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Start a new event</source>
        <translation>Opprett en ny hendelse</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the event</source>
        <translation>Lagre hendelsen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Slett den valgte hendelsen</translation>
    </message>
</context>
<context>
    <name>MaturityThresholdsDialog</name>
    <message>
        <source>Maturity Thresholds</source>
        <translation>Grenseverdier for modenhet</translation>
    </message>
    <message>
        <source>A period reaches a level when it meets that level&apos;s thresholds and those of every level below it. These are Torget&apos;s choices, not a standard: adjust them to your municipality&apos;s strategy.</source>
        <translation>En periode når et nivå når den oppfyller grenseverdiene for dette nivået og for alle nivåene under. Verdiene er valgt av Torget og er ingen standard: tilpass dem til kommunens strategi.</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>Own &amp;posts per month, at least:</source>
        <translation>Egne &amp;innlegg per måned, minst:</translation>
    </message>
    <message>
        <source>Own posts per month, at least</source>
        <translation>Egne innlegg per måned, minst</translation>
    </message>
    <message>
        <source>Mobilization</source>
        <translation>Mobilisering</translation>
    </message>
    <message>
        <source>Share of &amp;mobilization posts, at least:</source>
        <translation>Andel &amp;mobiliseringsinnlegg, minst:</translation>
    </message>
    <message>
        <source>Share of mobilization posts, at least</source>
        <translation>Andel mobiliseringsinnlegg, minst</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Share of &amp;dialog posts, at least:</source>
        <translation>Andel &amp;dialoginnlegg, minst:</translation>
    </message>
    <message>
        <source>Share of dialog posts, at least</source>
        <translation>Andel dialoginnlegg, minst</translation>
    </message>
    <message>
        <source>Citizen questions with a &amp;reply, at least:</source>
        <translation>&amp;Besvarte spørsmål fra innbyggere, minst:</translation>
    </message>
    <message>
        <source>Citizen questions with a reply, at least</source>
        <translation>Besvarte spørsmål fra innbyggere, minst</translation>
    </message>
    <message>
        <source>Median first response, at &amp;most:</source>
        <translation>Median for første svar, &amp;høyst:</translation>
    </message>
    <message>
        <source>Median first response in hours, at most</source>
        <translation>Median for første svar i timer, høyst</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>Replies the &amp;same day, at least:</source>
        <translation>&amp;Svar samme dag, minst:</translation>
    </message>
    <message>
        <source>Replies the same day, at least</source>
        <translation>Svar samme dag, minst</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ikke påkrevd</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Notify about deadlines (before and at a breach)</source>
        <translation>&amp;Varsle om frister (før og når fristen går ut)</translation>
    </message>
    <message>
        <source>A message from the system tray, or in the status bar, when a conversation is about to breach its deadline and when it does</source>
        <translation>En melding i systemstatusfeltet eller i statuslinjen når en samtale snart er over fristen, og når den er over fristen</translation>
    </message>
    <message>
        <source>&amp;Opening Hours and Targets…</source>
        <translation>Å&amp;pningstid og svarfrister…</translation>
    </message>
    <message>
        <source>Edit the opening hours, the response-time targets and escalation after a breach</source>
        <translation>Rediger åpningstiden, svarfristene og eskalering når fristen er overskredet</translation>
    </message>
</context>
<context>
    <name>Torget::AccountRepository</name>
    <message>
        <source>%1 is not an account state.</source>
        <translation>%1 er ikke en gyldig kontostatus.</translation>
    </message>
    <message>
        <source>An account is synced at most every 30 seconds.</source>
        <translation>En konto synkroniseres høyst hvert 30. sekund.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>Torget::AccountSetup</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Gi kontoen et navn.</translation>
    </message>
    <message>
        <source>Torget cannot connect to this kind of account yet.</source>
        <translation>Torget kan ikke koble til denne typen konto ennå.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Det finnes allerede en konto med navnet %1.</translation>
    </message>
    <message>
        <source>Give the address of the Mastodon server, such as https://mastodon.example.</source>
        <translation>Oppgi adressen til Mastodon-serveren, for eksempel https://mastodon.example.</translation>
    </message>
    <message>
        <source>Give the id of the Facebook page.</source>
        <translation>Oppgi ID-en til Facebook-siden.</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Lim inn tilgangsnøkkelen.</translation>
    </message>
    <message>
        <source>The token belongs to the page %1 (%2), not to page %3.</source>
        <translation>Tilgangsnøkkelen hører til siden %1 (%2), ikke til siden %3.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain: %1</source>
        <translation>Tilgangsnøkkelen kunne ikke lagres i nøkkelringen: %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The token belongs to %1, not to the account %2.</source>
        <translation>Tilgangsnøkkelen hører til %1, ikke til kontoen %2.</translation>
    </message>
</context>
<context>
    <name>Torget::AccountsDialog</name>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logg inn på nytt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Fjern konto</translation>
    </message>
    <message>
        <source>Remove %1 from Torget?</source>
        <translation>Vil du fjerne %1 fra Torget?</translation>
    </message>
    <message>
        <source>Its conversations can stay, so that reports for earlier periods stay complete, or be deleted together with the account. The token is removed from the keychain either way.</source>
        <translation>Samtalene kan beholdes, slik at rapportene for tidligere perioder blir fullstendige, eller slettes sammen med kontoen. Tilgangsnøkkelen blir uansett fjernet fra nøkkelringen.</translation>
    </message>
    <message>
        <source>Remove, keep conversations</source>
        <translation>Fjern, men behold samtalene</translation>
    </message>
    <message>
        <source>Remove with conversations</source>
        <translation>Fjern sammen med samtalene</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source>Not synced since %1</source>
        <translation>Ikke synkronisert siden %1</translation>
    </message>
    <message>
        <source>No accounts yet. Add the municipality&apos;s Facebook page or Mastodon account to bring citizens&apos; questions into the inbox.</source>
        <translation>Ingen kontoer ennå. Legg til kommunens Facebook-side eller Mastodon-konto for å få spørsmålene fra innbyggerne inn i innboksen.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Gjenoppta</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synkroniserer %1…</translation>
    </message>
    <message>
        <source>The account was removed, but its token could not be removed from the keychain: %1</source>
        <translation>Kontoen ble fjernet, men tilgangsnøkkelen kunne ikke fjernes fra nøkkelringen: %1</translation>
    </message>
</context>
<context>
    <name>Torget::AddAccountDialog</name>
    <message>
        <source>Sign in again to %1</source>
        <translation>Logg inn på nytt for %1</translation>
    </message>
    <message>
        <source>The account&apos;s token no longer works. Paste a new token for the same page or account; syncing then resumes where it stopped, and nothing is lost.</source>
        <translation>Tilgangsnøkkelen for kontoen virker ikke lenger. Lim inn en ny tilgangsnøkkel for den samme siden eller kontoen. Synkroniseringen fortsetter da der den stoppet, og ingenting går tapt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Give the address of the Mastodon server first.</source>
        <translation>Oppgi adressen til Mastodon-serveren først.</translation>
    </message>
    <message>
        <source>Signed in. Choose OK to check the token and save the account.</source>
        <translation>Du er logget inn. Velg OK for å kontrollere tilgangsnøkkelen og lagre kontoen.</translation>
    </message>
    <message>
        <source>Approve Torget in the browser window that opened; this dialog fills in the token.</source>
        <translation>Godkjenn Torget i nettleservinduet som ble åpnet; tilgangsnøkkelen fylles da inn her automatisk.</translation>
    </message>
    <message>
        <source>Checking the token with %1…</source>
        <translation>Kontrollerer tilgangsnøkkelen hos %1…</translation>
    </message>
</context>
<context>
    <name>Torget::BusinessCalendar</name>
    <message>
        <source>Standard opening hours</source>
        <translation>Vanlig åpningstid</translation>
    </message>
    <message>
        <source>Summer hours</source>
        <translation>Sommeråpningstid</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Julaften</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Nyttårsaften</translation>
    </message>
    <message>
        <source>Wednesday before Maundy Thursday</source>
        <translation>Onsdag før skjærtorsdag</translation>
    </message>
    <message>
        <source>%1: closes at %2</source>
        <translation>%1: stenger kl. %2</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>helg</translation>
    </message>
    <message>
        <source>%1 (%2, public holiday)</source>
        <translation>%1 (%2, helligdag)</translation>
    </message>
    <message>
        <source>%1 (%2, closed)</source>
        <translation>%1 (%2, stengt)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stengt</translation>
    </message>
    <message>
        <source>closed all day %1</source>
        <translation>stengt hele dagen %1</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>utenfor åpningstiden</translation>
    </message>
    <message>
        <source>%1 – %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
</context>
<context>
    <name>Torget::CalendarDialog</name>
    <message>
        <source>Opening Hours and Targets</source>
        <translation>Åpningstid og svarfrister</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>Å&amp;pningstid</translation>
    </message>
    <message>
        <source>&amp;Special days</source>
        <translation>&amp;Spesielle dager</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Frister</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Read a calendar file (JSON); it replaces every version when you save</source>
        <translation>Les inn en kalenderfil (JSON); den erstatter alle versjoner når du lagrer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Write the calendar, with the changes shown here, to a JSON file</source>
        <translation>Skriv kalenderen, med endringene som vises her, til en JSON-fil</translation>
    </message>
    <message>
        <source>Closed on Norwegian public &amp;holidays</source>
        <translation>Stengt på norske &amp;helligdager</translation>
    </message>
    <message>
        <source>Opening hours (empty: closed)</source>
        <translation>Åpningstid (tom: stengt)</translation>
    </message>
    <message>
        <source>Hours such as 08:00–15:30; several spans separated by commas: 08:00–11:30, 12:00–15:30</source>
        <translation>Tider som 08:00–15:30; flere tidsrom skilt med komma: 08:00–11:30, 12:00–15:30</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>From (dd.MM)</source>
        <translation>Fra (dd.MM)</translation>
    </message>
    <message>
        <source>To (dd.MM)</source>
        <translation>Til (dd.MM)</translation>
    </message>
    <message>
        <source>A change applies from the date above and makes a new version of the calendar; reports on earlier periods keep the hours that were valid then. Choose an earlier version to correct it.</source>
        <translation>En endring gjelder fra datoen over og lager en ny versjon av kalenderen; rapporter for tidligere perioder beholder åpningstiden som gjaldt da. Velg en tidligere versjon for å rette den.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>&amp;Gjelder fra:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Weekly opening hours:</source>
        <translation>&amp;Ukentlig åpningstid:</translation>
    </message>
    <message>
        <source>S&amp;easons with other hours (such as summer hours):</source>
        <translation>Pe&amp;rioder med annen åpningstid (for eksempel sommeråpningstid):</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Legg til periode</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Fjern periode</translation>
    </message>
    <message>
        <source>Summer hours</source>
        <translation>Sommeråpningstid</translation>
    </message>
    <message>
        <source>Date each year (dd.MM)</source>
        <translation>Dato hvert år (dd.MM)</translation>
    </message>
    <message>
        <source>Or days from Easter Sunday</source>
        <translation>Eller dager fra første påskedag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Åpningstid</translation>
    </message>
    <message>
        <source>Date (dd.MM.yyyy)</source>
        <translation>Dato (dd.MM.yyyy)</translation>
    </message>
    <message>
        <source>Hours (empty: closed)</source>
        <translation>Åpningstid (tom: stengt)</translation>
    </message>
    <message>
        <source>&amp;Reduced days, every year (only when the day would be open):</source>
        <translation>&amp;Kortdager hvert år (bare når dagen ellers ville vært åpen):</translation>
    </message>
    <message>
        <source>&amp;One-off closures and other hours:</source>
        <translation>Enkelt&amp;dager som er stengt eller har annen åpningstid:</translation>
    </message>
    <message>
        <source>Add reduced day</source>
        <translation>Legg til kortdag</translation>
    </message>
    <message>
        <source>Remove reduced day</source>
        <translation>Fjern kortdag</translation>
    </message>
    <message>
        <source>Add closure</source>
        <translation>Legg til stengt dag</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>Fjern stengt dag</translation>
    </message>
    <message>
        <source>Custom targets</source>
        <translation>Egne svarfrister</translation>
    </message>
    <message>
        <source> min of opening hours</source>
        <translation> min i åpningstiden</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klokke</translation>
    </message>
    <message>
        <source>Channels (empty: all)</source>
        <translation>Kanaler (tom: alle)</translation>
    </message>
    <message>
        <source>Priorities (empty: all)</source>
        <translation>Prioriteter (tom: alle)</translation>
    </message>
    <message>
        <source>Target (0: none)</source>
        <translation>Frist (0: ingen)</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Regnet i</translation>
    </message>
    <message>
        <source>Same opening day</source>
        <translation>Samme åpningsdag</translation>
    </message>
    <message>
        <source>Channels: facebook, instagram, mastodon, x, bluesky, email, import. Priorities: low, normal, high, urgent. The most specific line wins.</source>
        <translation>Kanaler: facebook, instagram, mastodon, x, bluesky, email, import. Prioriteter: low, normal, high, urgent. Den mest spesifikke linjen gjelder.</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>Svarfrist&amp;regel:</translation>
    </message>
    <message>
        <source>&quot;About to &amp;breach&quot; when at most:</source>
        <translation>«Snart &amp;over fristen» når det er høyst:</translation>
    </message>
    <message>
        <source>&amp;Escalate breached conversations to:</source>
        <translation>Esk&amp;aler samtaler over fristen til:</translation>
    </message>
    <message>
        <source>Ta&amp;rgets:</source>
        <translation>Fris&amp;ter:</translation>
    </message>
    <message>
        <source>Add target</source>
        <translation>Legg til frist</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Fjern frist</translation>
    </message>
    <message>
        <source>Nobody (no escalation)</source>
        <translation>Ingen (ingen eskalering)</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Fra %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not opening hours such as 08:00–15:30.</source>
        <translation>%1: «%2» er ikke en åpningstid på formen 08:00–15:30.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; closes before it opens.</source>
        <translation>%1: «%2» stenger før det åpner.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; overlaps or comes before the hours before it.</source>
        <translation>%1: «%2» overlapper med eller kommer før tidsrommet foran.</translation>
    </message>
    <message>
        <source>business minutes</source>
        <translation>minutter i åpningstiden</translation>
    </message>
    <message>
        <source>calendar minutes</source>
        <translation>kalenderminutter</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>virkedager</translation>
    </message>
    <message>
        <source>calendar months</source>
        <translation>kalendermåneder</translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>Kalenderen må ha et navn.</translation>
    </message>
    <message>
        <source>Season %1 (%2)</source>
        <translation>Periode %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;From&quot; and &quot;To&quot; must be days of the year such as 15.05.</source>
        <translation>%1: «Fra» og «Til» må være dager i året, for eksempel 15.05.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reduced day %1 (%2)</source>
        <translation>Kortdag %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day of the year such as 24.12.</source>
        <translation>%1: «%2» er ikke en dag i året, for eksempel 24.12.</translation>
    </message>
    <message>
        <source>%1: give a date such as 24.12, or a number of days from Easter Sunday such as -4.</source>
        <translation>%1: oppgi en dato, for eksempel 24.12, eller et antall dager fra første påskedag, for eksempel -4.</translation>
    </message>
    <message>
        <source>Closure %1 (%2)</source>
        <translation>Stengt dag %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 19.06.2026.</source>
        <translation>%1: «%2» er ikke en dato, for eksempel 19.06.2026.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive til %1: %2</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importer kalender</translation>
    </message>
    <message>
        <source>Calendar (*.json);;All files (*)</source>
        <translation>Kalender (*.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Eksporter kalender</translation>
    </message>
    <message>
        <source>Calendar (*.json)</source>
        <translation>Kalender (*.json)</translation>
    </message>
</context>
<context>
    <name>Torget::CalendarJson</name>
    <message>
        <source>%1 must be a list of opening hours such as [&quot;08:00-15:30&quot;].</source>
        <translation>%1 må være en liste med åpningstider, for eksempel [&quot;08:00-15:30&quot;].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not opening hours such as &quot;08:00-15:30&quot;.</source>
        <translation>%1: «%2» er ikke en åpningstid på formen «08:00-15:30».</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; closes before it opens.</source>
        <translation>%1: «%2» stenger før den åpner.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; overlaps or comes before the hours before it.</source>
        <translation>%1: «%2» overlapper med eller kommer før åpningstiden foran.</translation>
    </message>
    <message>
        <source>%1 must be an object with the weekdays mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>%1 må være et objekt med ukedagene mon, tue, wed, thu, fri, sat og sun.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weekday (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>%1: «%2» er ikke en ukedag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>%1.validFrom must be a date such as &quot;2026-01-01&quot;.</source>
        <translation>%1.validFrom må være en dato, for eksempel «2026-01-01».</translation>
    </message>
    <message>
        <source>%1.publicHolidays must be true or false.</source>
        <translation>%1.publicHolidays må være true eller false.</translation>
    </message>
    <message>
        <source>%1: &quot;from&quot; and &quot;to&quot; must be days of the year such as &quot;05-15&quot;.</source>
        <translation>%1: «from» og «to» må være dager i året, for eksempel «05-15».</translation>
    </message>
    <message>
        <source>%1: &quot;easterOffset&quot; must be a number of days from Easter Sunday.</source>
        <translation>%1: «easterOffset» må være et antall dager fra første påskedag.</translation>
    </message>
    <message>
        <source>%1: give &quot;date&quot; (such as &quot;12-24&quot;) or &quot;easterOffset&quot; (such as -4).</source>
        <translation>%1: oppgi «date» (for eksempel «12-24») eller «easterOffset» (for eksempel -4).</translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; must be a date such as &quot;2026-06-19&quot;.</source>
        <translation>%1: «date» må være en dato, for eksempel «2026-06-19».</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1 at character %2.</source>
        <translation>Kalenderen er ikke gyldig JSON: %1 ved tegn %2.</translation>
    </message>
    <message>
        <source>The calendar must be a JSON object.</source>
        <translation>Kalenderen må være et JSON-objekt.</translation>
    </message>
    <message>
        <source>This is not a Torget calendar (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Dette er ikke en Torget-kalender («format» må være «%1»).</translation>
    </message>
    <message>
        <source>The calendar was written by a newer Torget (format version %1); this program reads version 1.</source>
        <translation>Kalenderen er skrevet av en nyere versjon av Torget (formatversjon %1); dette programmet leser versjon 1.</translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone is %1; Torget supports only %2.</source>
        <translation>Tidssonen i kalenderen er %1; Torget støtter bare %2.</translation>
    </message>
    <message>
        <source>The calendar has no versions (&quot;versions&quot; must be a list of at least one).</source>
        <translation>Kalenderen har ingen versjoner («versions» må være en liste med minst én versjon).</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 må være et objekt.</translation>
    </message>
    <message>
        <source>%1: another version is also valid from %2.</source>
        <translation>%1: en annen versjon gjelder også fra %2.</translation>
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
    <name>Torget::ChannelHub</name>
    <message>
        <source>Syncing %1…</source>
        <translation>Synkroniserer %1…</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 er oppdatert.</translation>
    </message>
    <message>
        <source>%1 could not be synced: %2</source>
        <translation>%1 kunne ikke synkroniseres: %2</translation>
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
        <source>Usage: torget-cli calendar holidays YEAR --format json|table
       torget-cli [--db PATH] calendar due --from TIME --minutes N [--calendar-time] --format json|table
       torget-cli [--db PATH] calendar export FILE
       torget-cli [--db PATH] calendar import FILE
</source>
        <translation>Bruk: torget-cli calendar holidays YEAR --format json|table
      torget-cli [--db PATH] calendar due --from TIME --minutes N [--calendar-time] --format json|table
      torget-cli [--db PATH] calendar export FILE
      torget-cli [--db PATH] calendar import FILE
</translation>
    </message>
    <message>
        <source>Use: torget-cli calendar holidays|due|export|import (see torget-cli calendar --help).</source>
        <translation>Bruk: torget-cli calendar holidays|due|export|import (se torget-cli calendar --help).</translation>
    </message>
    <message>
        <source>Start, ISO 8601 (such as 2026-03-27T15:20:00+01:00; without an offset: Oslo time).</source>
        <translation>Start, ISO 8601 (for eksempel 2026-03-27T15:20:00+01:00; uten tidsforskyvning: Oslo-tid).</translation>
    </message>
    <message>
        <source>How many minutes to add.</source>
        <translation>Hvor mange minutter som skal legges til.</translation>
    </message>
    <message>
        <source>Count wall-clock minutes instead of opening hours.</source>
        <translation>Tell vanlige klokkeminutter i stedet for minutter i åpningstiden.</translation>
    </message>
    <message>
        <source>The year, 1900 to 2200.</source>
        <translation>Året, fra 1900 til 2200.</translation>
    </message>
    <message>
        <source>Lists the Norwegian public holidays of a year.</source>
        <translation>Viser de norske helligdagene i et år.</translation>
    </message>
    <message>
        <source>When a deadline of N minutes falls, counted in opening hours (the database&apos;s calendar with --db, else the default one).</source>
        <translation>Når en frist på N minutter går ut, regnet i åpningstid (kalenderen i databasen med --db, ellers standardkalenderen).</translation>
    </message>
    <message>
        <source>The file to write (- for standard output).</source>
        <translation>Filen det skal skrives til (- for standard utdata).</translation>
    </message>
    <message>
        <source>The calendar file to read.</source>
        <translation>Kalenderfilen som skal leses.</translation>
    </message>
    <message>
        <source>Writes the database&apos;s calendar, every version, as JSON.</source>
        <translation>Skriver kalenderen i databasen, med alle versjoner, som JSON.</translation>
    </message>
    <message>
        <source>Replaces the database&apos;s calendar with a JSON file and recomputes response times.</source>
        <translation>Erstatter kalenderen i databasen med en JSON-fil og beregner svartidene på nytt.</translation>
    </message>
    <message>
        <source>Give one year from %1 to %2.</source>
        <translation>Oppgi ett år fra %1 til %2.</translation>
    </message>
    <message>
        <source>Give --from and --minutes.</source>
        <translation>Oppgi --from og --minutes.</translation>
    </message>
    <message>
        <source>--from must be a time in ISO 8601, such as 2026-03-27T15:20:00+01:00.</source>
        <translation>--from må være et tidspunkt i ISO 8601, for eksempel 2026-03-27T15:20:00+01:00.</translation>
    </message>
    <message>
        <source>--minutes must be a whole number, 0 or more.</source>
        <translation>--minutes må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>The deadline falls after the year %1, beyond the calendar.</source>
        <translation>Fristen går ut etter år %1, utenfor kalenderen.</translation>
    </message>
    <message>
        <source>Use: torget-cli calendar %1 FILE</source>
        <translation>Bruk: torget-cli calendar %1 FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikke skrive til %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar version(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n kalenderversjon til %1.</numerusform>
            <numerusform>Skrev %n kalenderversjoner til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar version(s); response times recomputed for %1 conversations.</source>
        <translation>
            <numerusform>Importerte %n kalenderversjon; svartidene er beregnet på nytt for %1 samtaler.</numerusform>
            <numerusform>Importerte %n kalenderversjoner; svartidene er beregnet på nytt for %1 samtaler.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account named %1. See torget-cli account list.</source>
        <translation>Det finnes ingen konto med navnet %1. Se torget-cli account list.</translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] account add|list|signin|pause|resume|remove …
  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin
  account list [--format json|table]
  account signin NAME --token-stdin
  account pause NAME | account resume NAME | account remove NAME [--keep-data]
</source>
        <translation>Bruk: torget-cli [--db PATH] account add|list|signin|pause|resume|remove …
  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin
  account list [--format json|table]
  account signin NAME --token-stdin
  account pause NAME | account resume NAME | account remove NAME [--keep-data]
</translation>
    </message>
    <message>
        <source>Use: torget-cli account add|list|signin|pause|resume|remove (see account --help)</source>
        <translation>Bruk: torget-cli account add|list|signin|pause|resume|remove (se account --help)</translation>
    </message>
    <message>
        <source>A name for the account, unique in Torget.</source>
        <translation>Et navn på kontoen, unikt i Torget.</translation>
    </message>
    <message>
        <source>The API address: https://graph.facebook.com/v25.0, the Mastodon server.</source>
        <translation>API-adressen: https://graph.facebook.com/v25.0 eller adressen til Mastodon-serveren.</translation>
    </message>
    <message>
        <source>Facebook: the id of the page.</source>
        <translation>Facebook: ID-en til siden.</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>Les tilgangsnøkkelen fra standard inndata.</translation>
    </message>
    <message>
        <source>facebook or mastodon</source>
        <translation>facebook eller mastodon</translation>
    </message>
    <message>
        <source>Adds an account: checks the token with one call, keeps it in the system keychain.</source>
        <translation>Legger til en konto: kontrollerer tilgangsnøkkelen med ett kall og lagrer den i systemets nøkkelring.</translation>
    </message>
    <message>
        <source>Use: torget-cli account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin</source>
        <translation>Bruk: torget-cli account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin</translation>
    </message>
    <message>
        <source>Give the account a name with --name.</source>
        <translation>Gi kontoen et navn med --name.</translation>
    </message>
    <message>
        <source>The token is read from standard input: add --token-stdin (a token on the command line would be visible to other users).</source>
        <translation>Tilgangsnøkkelen leses fra standard inndata: legg til --token-stdin (en nøkkel på kommandolinjen ville vært synlig for andre brukere).</translation>
    </message>
    <message>
        <source>A Facebook account needs --page-id.</source>
        <translation>En Facebook-konto trenger --page-id.</translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>Fant ingen tilgangsnøkkel på standard inndata.</translation>
    </message>
    <message>
        <source>Added the account %1 (id %2).</source>
        <translation>La til kontoen %1 (ID %2).</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>Kontoen.</translation>
    </message>
    <message>
        <source>Gives an account a new token; its sync resumes where it stopped.</source>
        <translation>Gir en konto en ny tilgangsnøkkel; synkroniseringen fortsetter der den stoppet.</translation>
    </message>
    <message>
        <source>Use: torget-cli account signin NAME --token-stdin</source>
        <translation>Bruk: torget-cli account signin NAME --token-stdin</translation>
    </message>
    <message>
        <source>%1 is signed in again.</source>
        <translation>%1 er logget inn på nytt.</translation>
    </message>
    <message>
        <source>remove: keep the account&apos;s conversations for the reports.</source>
        <translation>remove: behold samtalene fra kontoen til rapportene.</translation>
    </message>
    <message>
        <source>Removes an account and its token; without --keep-data also everything it brought in.</source>
        <translation>Fjerner en konto og tilgangsnøkkelen; uten --keep-data også alt kontoen har hentet inn.</translation>
    </message>
    <message>
        <source>Stops syncing an account until it is resumed.</source>
        <translation>Stopper synkroniseringen av en konto til den blir gjenopptatt.</translation>
    </message>
    <message>
        <source>Syncs a paused account again.</source>
        <translation>Gjenopptar synkroniseringen av en konto som er satt på pause.</translation>
    </message>
    <message>
        <source>Use: torget-cli account %1 NAME</source>
        <translation>Bruk: torget-cli account %1 NAME</translation>
    </message>
    <message>
        <source>%1 must sign in again: torget-cli account signin %1 --token-stdin</source>
        <translation>%1 må logges inn på nytt: torget-cli account signin %1 --token-stdin</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 er satt på pause.</translation>
    </message>
    <message>
        <source>%1 syncs again.</source>
        <translation>%1 synkroniseres igjen.</translation>
    </message>
    <message>
        <source>%1 is removed; its conversations stay.</source>
        <translation>%1 er fjernet; samtalene er beholdt.</translation>
    </message>
    <message>
        <source>%1 and its conversations are removed.</source>
        <translation>%1 er fjernet sammen med samtalene.</translation>
    </message>
    <message>
        <source>Lists the accounts with their state, last sync per stream and gaps in coverage.</source>
        <translation>Viser kontoene med status, siste synkronisering per strøm og hull i dekningen.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Hull</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Bare denne kontoen.</translation>
    </message>
    <message>
        <source>Sync once and stop (the app syncs continuously).</source>
        <translation>Synkroniser én gang og avslutt (appen synkroniserer fortløpende).</translation>
    </message>
    <message>
        <source>Fetches what is new on every active account (or one) and stores it.</source>
        <translation>Henter det som er nytt på alle aktive kontoer (eller én av dem), og lagrer det.</translation>
    </message>
    <message>
        <source>Use: torget-cli sync [--account NAME] --once (the app keeps accounts in sync).</source>
        <translation>Bruk: torget-cli sync [--account NAME] --once (appen holder kontoene synkronisert).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No active account to sync.</source>
        <translation>Ingen aktiv konto å synkronisere.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new or changed message(s)</source>
        <translation>
            <numerusform>%1: %n ny eller endret melding</numerusform>
            <numerusform>%1: %n nye eller endrede meldinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n page(s).</source>
        <translation>
            <numerusform>på %n side.</numerusform>
            <numerusform>på %n sider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reply.</source>
        <translation>Svaret.</translation>
    </message>
    <message>
        <source>The conversation to answer.</source>
        <translation>Samtalen som skal besvares.</translation>
    </message>
    <message>
        <source>Queues a reply in the outbox (torget-cli outbox flush or the app sends it). Prints the outbox entry&apos;s id.</source>
        <translation>Legger et svar i utboksen (torget-cli outbox flush eller appen sender det). Skriver ut ID-en til oppføringen i utboksen.</translation>
    </message>
    <message>
        <source>Use: torget-cli reply CONVERSATION_ID --text TEXT</source>
        <translation>Bruk: torget-cli reply CONVERSATION_ID --text TEXT</translation>
    </message>
    <message>
        <source>The reply was stored but not queued.</source>
        <translation>Svaret ble lagret, men ikke lagt i kø.</translation>
    </message>
    <message>
        <source>Only this state: queued, sending, sent or failed.</source>
        <translation>Bare denne statusen: queued, sending, sent eller failed.</translation>
    </message>
    <message>
        <source>Lists the replies in the outbox.</source>
        <translation>Viser svarene i utboksen.</translation>
    </message>
    <message>
        <source>--state must be one of: queued, sending, sent, failed.</source>
        <translation>--state må være en av: queued, sending, sent, failed.</translation>
    </message>
    <message>
        <source>Only this account&apos;s replies.</source>
        <translation>Bare svarene fra denne kontoen.</translation>
    </message>
    <message>
        <source>Sends the queued replies that are due and waits for the answers.</source>
        <translation>Sender svarene i køen som står for tur, og venter på tilbakemelding.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) sent</source>
        <translation>
            <numerusform>%n svar sendt</numerusform>
            <numerusform>%n svar sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislyktes</numerusform>
            <numerusform>%n mislyktes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n venter fortsatt</numerusform>
            <numerusform>%n venter fortsatt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Ingenting å sende.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reply(ies).</source>
        <translation>
            <numerusform>Sendte %n svar.</numerusform>
            <numerusform>Sendte %n svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Første dag, ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Last day (included), YYYY-MM-DD.</source>
        <translation>Siste dag (tas med), ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Periods: month or quarter.</source>
        <translation>Perioder: month (måned) eller quarter (kvartal).</translation>
    </message>
    <message>
        <source>Only this channel (facebook, instagram, mastodon, x, bluesky, email, import).</source>
        <translation>Bare denne kanalen (facebook, instagram, mastodon, x, bluesky, email, import).</translation>
    </message>
    <message>
        <source>Output format: json or csv.</source>
        <translation>Format på utdata: json eller csv.</translation>
    </message>
    <message>
        <source>The maturity model per period: post mix, reply rate, first response, engagement and the level (presence, mobilization, dialog) with the criteria behind it.</source>
        <translation>Modenhetsmodellen per periode: fordelingen av innlegg, svarandel, første svar, engasjement og nivået (tilstedeværelse, mobilisering, dialog) med kriteriene bak.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE and --to DATE.</source>
        <translation>Oppgi perioden med --from DATE og --to DATE.</translation>
    </message>
    <message>
        <source>--from and --to must be dates such as 2026-01-31.</source>
        <translation>--from og --to må være datoer, for eksempel 2026-01-31.</translation>
    </message>
    <message>
        <source>--to must be the same day as --from or later.</source>
        <translation>--to må være samme dag som --from eller senere.</translation>
    </message>
    <message>
        <source>--by must be one of: month, quarter.</source>
        <translation>--by må være en av: month, quarter.</translation>
    </message>
    <message>
        <source>--channel must be one of: facebook, instagram, mastodon, x, bluesky, email, import.</source>
        <translation>--channel må være en av: facebook, instagram, mastodon, x, bluesky, email, import.</translation>
    </message>
    <message>
        <source>The post&apos;s text.</source>
        <translation>Teksten i innlegget.</translation>
    </message>
    <message>
        <source>Output format: json.</source>
        <translation>Format på utdata: json.</translation>
    </message>
    <message>
        <source>Codes a post as information, mobilization or dialog and shows the rules that decided.</source>
        <translation>Kategoriserer et innlegg som informasjon, mobilisering eller dialog og viser reglene som avgjorde.</translation>
    </message>
    <message>
        <source>Give the post with --text TEXT.</source>
        <translation>Oppgi innlegget med --text TEXT.</translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] report sla --from DATE --to DATE --by channel|agent|week|month --format json|csv
       torget-cli [--db PATH] report refresh
</source>
        <translation>Bruk: torget-cli [--db PATH] report sla --from DATE --to DATE --by channel|agent|week|month --format json|csv
      torget-cli [--db PATH] report refresh
</translation>
    </message>
    <message>
        <source>Use: torget-cli report sla or torget-cli report refresh (see torget-cli report --help).</source>
        <translation>Bruk: torget-cli report sla eller torget-cli report refresh (se torget-cli report --help).</translation>
    </message>
    <message>
        <source>First day, such as 2026-01-01.</source>
        <translation>Første dag, for eksempel 2026-01-01.</translation>
    </message>
    <message>
        <source>The day after the last day, such as 2027-01-01.</source>
        <translation>Dagen etter den siste dagen, for eksempel 2027-01-01.</translation>
    </message>
    <message>
        <source>Rows by channel, agent, week or month.</source>
        <translation>Rader per kanal (channel), saksbehandler (agent), uke (week) eller måned (month).</translation>
    </message>
    <message>
        <source>Response times of the clocks that started in [--from, --to): median, p90 and mean in business and calendar minutes, share within target and the same working day, by first response, next response and resolution; with the heatmap and the backlog in JSON.</source>
        <translation>Svartider for målingene som startet i [--from, --to): median, p90 og gjennomsnitt i minutter i åpningstiden og i kalenderminutter, andel innen fristen og innen samme virkedag, for første svar, neste svar og løsning; med varmekart og restanser i JSON.</translation>
    </message>
    <message>
        <source>Recomputes every conversation&apos;s response-time facts and deadline.</source>
        <translation>Beregner svartidsdata og frist på nytt for alle samtaler.</translation>
    </message>
    <message>
        <source>Use: torget-cli report %1 (see torget-cli report --help).</source>
        <translation>Bruk: torget-cli report %1 (se torget-cli report --help).</translation>
    </message>
    <message>
        <source>Response times recomputed for %1 conversations (%2 clocks) in %3 s.</source>
        <translation>Svartidene er beregnet på nytt for %1 samtaler (%2 målinger) på %3 s.</translation>
    </message>
    <message>
        <source>Give --from and --to.</source>
        <translation>Oppgi --from og --to.</translation>
    </message>
    <message>
        <source>--from and --to must be dates such as 2026-01-01.</source>
        <translation>--from og --to må være datoer, for eksempel 2026-01-01.</translation>
    </message>
    <message>
        <source>--to must come after --from (the period is [--from, --to)).</source>
        <translation>--to må være etter --from (perioden er [--from, --to)).</translation>
    </message>
    <message>
        <source>--by must be one of: channel, agent, week, month.</source>
        <translation>--by må være en av: channel, agent, week, month.</translation>
    </message>
    <message>
        <source>Usage: torget-cli [--db PATH] outbox list [--format json|table] | outbox flush [--account NAME] | outbox human-agent OUTBOX_ID
</source>
        <translation>Bruk: torget-cli [--db PATH] outbox list [--format json|table] | outbox flush [--account NAME] | outbox human-agent OUTBOX_ID
</translation>
    </message>
    <message>
        <source>Use: torget-cli outbox list --format json|table, torget-cli outbox flush or torget-cli outbox human-agent OUTBOX_ID</source>
        <translation>Bruk: torget-cli outbox list --format json|table, torget-cli outbox flush eller torget-cli outbox human-agent OUTBOX_ID</translation>
    </message>
    <message>
        <source>The failed reply (torget-cli outbox list).</source>
        <translation>Svaret som ikke ble sendt (torget-cli outbox list).</translation>
    </message>
    <message>
        <source>Queues a Messenger reply refused for the 24-hour window again, to go as a staff member&apos;s personal answer (the HUMAN_AGENT tag, within 7 days of the citizen&apos;s last message).</source>
        <translation>Legger et Messenger-svar som ble avvist på grunn av 24-timersgrensen, i kø på nytt, slik at det sendes som et personlig svar fra en ansatt (merket HUMAN_AGENT, innen 7 dager etter innbyggerens siste melding).</translation>
    </message>
    <message>
        <source>Give the outbox id of one failed reply.</source>
        <translation>Oppgi utboks-ID-en til ett svar som ikke ble sendt.</translation>
    </message>
    <message>
        <source>Queued again as a personal answer; torget-cli outbox flush or the app sends it.</source>
        <translation>Lagt i kø på nytt som personlig svar; torget-cli outbox flush eller appen sender det.</translation>
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
  calendar holidays YEAR --format json   Norwegian public holidays of a year
  calendar due --from TIME --minutes N [--calendar-time] --format json
                                         when a deadline falls in opening hours
  calendar export|import FILE            the calendar&apos;s versions as JSON
  report sla --from DATE --to DATE --by channel|agent|week|month --format json|csv
                                         response times: median, p90, share in target
  report refresh                         recompute every conversation&apos;s response times
  report maturity --from DATE --to DATE --by month|quarter --format json|csv
                                         maturity level, post mix and replies per period
  classify --text TEXT --format json     code a post: information, mobilization, dialog
  escalate [--once] [--to EMAIL|--off]   breached conversations to a named colleague
  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin
                                         add an account (the token goes to the keychain)
  account list [--format json|table]     accounts, last sync, gaps in coverage
  account signin|pause|resume|remove NAME
  sync [--account NAME] --once           fetch what is new on the accounts
  reply CONVERSATION_ID --text TEXT      queue a reply (prints the outbox id)
  outbox list [--format json|table]      the replies and their state
  outbox flush [--account NAME]          send the queued replies now

Global options:
  --db PATH      the database file (default: %1)
  -h, --help     this help; COMMAND --help explains a command
  -v, --version  the program&apos;s version
</source>
        <translation>Bruk: torget-cli [--db PATH] COMMAND [OPTIONS]

Kommandoer:
  demo --conversations N [--seed S]     fyll en tom database med Demo kommune
  conversations list [--status S] [--limit N] --format json|table
  search QUERY --format json|table       fritekstsøk i meldinger
  export jsonl FILE                      skriv alt som JSON Lines
  import jsonl FILE                      les JSON Lines (alt eller ingenting)
  db check                               kontroller at databasen er intakt
  db backup FILE                         kopier databasen i bruk til FILE
  calendar holidays YEAR --format json   norske helligdager i et år
  calendar due --from TIME --minutes N [--calendar-time] --format json
                                         når en frist går ut, regnet i åpningstid
  calendar export|import FILE            kalenderversjonene som JSON
  report sla --from DATE --to DATE --by channel|agent|week|month --format json|csv
                                         svartider: median, p90, andel innen fristen
  report refresh                         beregn svartidene for alle samtaler på nytt
  report maturity --from DATE --to DATE --by month|quarter --format json|csv
                                         modenhetsnivå, typer innlegg og svar per periode
  classify --text TEXT --format json     kategoriser et innlegg: informasjon, mobilisering, dialog
  escalate [--once] [--to EMAIL|--off]   samtaler over fristen til en navngitt kollega
  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin
                                         legg til en konto (nøkkelen lagres i nøkkelringen)
  account list [--format json|table]     kontoer, siste synkronisering, hull i dekningen
  account signin|pause|resume|remove NAME
  sync [--account NAME] --once           hent det som er nytt på kontoene
  reply CONVERSATION_ID --text TEXT      legg et svar i kø (skriver ut utboks-ID-en)
  outbox list [--format json|table]      svarene og statusen deres
  outbox flush [--account NAME]          send svarene i køen nå

Globale valg:
  --db PATH      databasefilen (standard: %1)
  -h, --help     denne hjelpen; COMMAND --help forklarer en kommando
  -v, --version  programversjonen
</translation>
    </message>
    <message>
        <source>Escalate the conversations that breached since the last pass (by any desk).</source>
        <translation>Eskaler samtalene som har gått over fristen siden forrige gjennomgang (uansett hvor den ble kjørt).</translation>
    </message>
    <message>
        <source>Escalate breached conversations to this agent (e-mail).</source>
        <translation>Eskaler samtaler over fristen til denne saksbehandleren (e-post).</translation>
    </message>
    <message>
        <source>Stop escalating.</source>
        <translation>Slutt å eskalere.</translation>
    </message>
    <message>
        <source>Assigns conversations whose deadline has passed to the colleague chosen for escalation, once per breach, with an audit entry. Without options: who that colleague is.</source>
        <translation>Tildeler samtaler der fristen er gått ut, til kollegaen som er valgt for eskalering, én gang per fristbrudd, og fører det i loggen. Uten valg: viser hvem denne kollegaen er.</translation>
    </message>
    <message>
        <source>Use: torget-cli escalate [--once] [--to EMAIL | --off] (see torget-cli escalate --help).</source>
        <translation>Bruk: torget-cli escalate [--once] [--to EMAIL | --off] (se torget-cli escalate --help).</translation>
    </message>
    <message>
        <source>No active agent has the e-mail address %1.</source>
        <translation>Ingen aktiv saksbehandler har e-postadressen %1.</translation>
    </message>
    <message>
        <source>Breached conversations are escalated to %1.</source>
        <translation>Samtaler over fristen blir eskalert til %1.</translation>
    </message>
    <message>
        <source>Breached conversations are not escalated.</source>
        <translation>Samtaler over fristen blir ikke eskalert.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) escalated.</source>
        <translation>
            <numerusform>%n samtale ble eskalert.</numerusform>
            <numerusform>%n samtaler ble eskalert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::ConnectorFactory</name>
    <message>
        <source>Torget cannot sync %1 accounts yet.</source>
        <translation>Torget kan ikke synkronisere %1-kontoer ennå.</translation>
    </message>
</context>
<context>
    <name>Torget::ConnectorPool</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finnes ikke lenger.</translation>
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
    <message>
        <source>Send as a personal answer (HUMAN_AGENT)</source>
        <translation>Send som personlig svar (HUMAN_AGENT)</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Kan ikke sende</translation>
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
    <name>Torget::DeadlineNotifier</name>
    <message>
        <source>Torget: deadlines</source>
        <translation>Torget: frister</translation>
    </message>
    <message numerus="yes">
        <source>%n breached conversation(s) escalated to %1.</source>
        <translation>
            <numerusform>%n samtale over fristen er eskalert til %1.</numerusform>
            <numerusform>%n samtaler over fristen er eskalert til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>En innbygger</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a citizen</source>
        <translation>en innbygger</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline breached</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>%1 — the reply was due %2.</source>
        <translation>%1 — svarfristen var %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) breached</source>
        <translation>
            <numerusform>%n frist er overskredet</numerusform>
            <numerusform>%n frister er overskredet</numerusform>
        </translation>
    </message>
    <message>
        <source>About to breach</source>
        <translation>Snart over fristen</translation>
    </message>
    <message>
        <source>%1 — the reply is due %2.</source>
        <translation>%1 — svarfristen er %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) about to breach</source>
        <translation>
            <numerusform>%n samtale er snart over fristen</numerusform>
            <numerusform>%n samtaler er snart over fristen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::DeadlinePanel</name>
    <message>
        <source>The deadline cannot be computed: %1</source>
        <translation>Kan ikke beregne fristen: %1</translation>
    </message>
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
    <message>
        <source>Deadline: %1 due %2 · %3 of opening hours left (%4 in calendar time)</source>
        <translation>Frist: %1 innen %2 · %3 igjen, regnet i åpningstid (%4 i kalendertid)</translation>
    </message>
    <message>
        <source>About to breach: %1 due %2 · %3 of opening hours left (%4 in calendar time)</source>
        <translation>Snart over fristen: %1 innen %2 · %3 igjen, regnet i åpningstid (%4 i kalendertid)</translation>
    </message>
    <message>
        <source>Breached: %1 was due %2 · %3 of opening hours over (%4 in calendar time)</source>
        <translation>Over fristen: %1 hadde frist %2 · %3 for sent, regnet i åpningstid (%4 i kalendertid)</translation>
    </message>
    <message>
        <source>Paused: waiting for the citizen, nothing is due</source>
        <translation>På pause: venter på innbyggeren, ingen frist løper</translation>
    </message>
    <message>
        <source>No deadline: nothing is waiting for a reply</source>
        <translation>Ingen frist: ingenting venter på svar</translation>
    </message>
    <message>
        <source>Escalated to %1 at %2 after the breach.</source>
        <translation>Eskalert til %1 %2 etter at fristen gikk ut.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>en kollega</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>Hvorfor denne fristen</translation>
    </message>
    <message>
        <source>Which message started the clock, which hours, weekends and holidays were skipped, and any pause</source>
        <translation>Hvilken melding som startet klokken, hvilke timer, helger og helligdager som ble hoppet over, og eventuelle pauser</translation>
    </message>
    <message>
        <source>What counts as a response</source>
        <translation>Hva som regnes som svar</translation>
    </message>
    <message>
        <source>The rules every response time in Torget follows</source>
        <translation>Reglene som gjelder for alle svartider i Torget</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
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
    <name>Torget::Escalation</name>
    <message>
        <source>The colleague chosen for escalation is no longer an active agent. Choose another one under Edit, Opening Hours and Targets.</source>
        <translation>Kollegaen som er valgt for eskalering, er ikke lenger en aktiv saksbehandler. Velg en annen under Rediger, Åpningstid og svarfrister.</translation>
    </message>
</context>
<context>
    <name>Torget::FacebookConnector</name>
    <message>
        <source>Sign in again: no Facebook token is stored for this page.</source>
        <translation>Logg inn på nytt: det er ikke lagret noen Facebook-tilgangsnøkkel for denne siden.</translation>
    </message>
    <message>
        <source>The Facebook account has no page id.</source>
        <translation>Facebook-kontoen har ingen side-ID.</translation>
    </message>
    <message numerus="yes">
        <source>Facebook asks Torget to slow down; it waits %n minute(s) before asking again.</source>
        <translation>
            <numerusform>Facebook ber Torget sende færre forespørsler; Torget venter %n minutt før det spør igjen.</numerusform>
            <numerusform>Facebook ber Torget sende færre forespørsler; Torget venter %n minutter før det spør igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Torget will not ask Facebook for this address.</source>
        <translation>Torget sender ikke forespørsler til Facebook for denne adressen.</translation>
    </message>
    <message>
        <source>Facebook sent an answer Torget does not understand (HTTP %1).</source>
        <translation>Facebook sendte et svar som Torget ikke forstår (HTTP %1).</translation>
    </message>
    <message>
        <source>Facebook did not say which page the token belongs to.</source>
        <translation>Facebook oppga ikke hvilken side tilgangsnøkkelen hører til.</translation>
    </message>
    <message>
        <source>Facebook has no stream called %1.</source>
        <translation>Facebook har ingen strøm som heter %1.</translation>
    </message>
    <message>
        <source>An empty answer cannot be sent.</source>
        <translation>Et tomt svar kan ikke sendes.</translation>
    </message>
    <message>
        <source>Facebook can only answer comments and Messenger messages.</source>
        <translation>På Facebook kan bare kommentarer og Messenger-meldinger besvares.</translation>
    </message>
    <message>
        <source>The Messenger answer has no recipient.</source>
        <translation>Svaret i Messenger har ingen mottaker.</translation>
    </message>
    <message>
        <source>Messenger accepts at most %1 characters in one message; this answer has %2.</source>
        <translation>Messenger godtar høyst %1 tegn i én melding; dette svaret har %2.</translation>
    </message>
    <message>
        <source>More than 7 days have passed since the citizen&apos;s last message, so it can no longer be answered in Messenger; use another channel.</source>
        <translation>Det er gått mer enn 7 dager siden innbyggerens siste melding, så den kan ikke lenger besvares i Messenger; bruk en annen kanal.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the citizen&apos;s last message, so Messenger does not accept an ordinary answer. Within 7 days you can still send it as a personal answer from a staff member (the HUMAN_AGENT option).</source>
        <translation>Det er gått mer enn 24 timer siden innbyggerens siste melding, så Messenger godtar ikke et vanlig svar. Innen 7 dager kan du fortsatt sende det som et personlig svar fra en ansatt (valget HUMAN_AGENT).</translation>
    </message>
    <message>
        <source>Facebook accepted the message but did not say its id.</source>
        <translation>Facebook godtok meldingen, men oppga ikke ID-en.</translation>
    </message>
    <message>
        <source>The comment answer has no comment to answer.</source>
        <translation>Kommentarsvaret har ingen kommentar å svare på.</translation>
    </message>
    <message>
        <source>Facebook accepts at most %1 characters in a comment; this answer has %2.</source>
        <translation>Facebook godtar høyst %1 tegn i en kommentar; dette svaret har %2.</translation>
    </message>
    <message>
        <source>Facebook accepted the comment but did not say its id.</source>
        <translation>Facebook godtok kommentaren, men oppga ikke ID-en.</translation>
    </message>
    <message>
        <source>Torget cannot tell where on Facebook this answer would be.</source>
        <translation>Torget kan ikke finne ut hvor på Facebook dette svaret skulle stå.</translation>
    </message>
    <message>
        <source>Sign in again: the Facebook token has expired.</source>
        <translation>Logg inn på nytt: Facebook-tilgangsnøkkelen er utløpt.</translation>
    </message>
    <message>
        <source>Sign in again: the Facebook password was changed, so the page token no longer works.</source>
        <translation>Logg inn på nytt: Facebook-passordet er endret, så tilgangsnøkkelen for siden virker ikke lenger.</translation>
    </message>
    <message>
        <source>Sign in again: the page&apos;s access for Torget was removed or the Facebook account is locked.</source>
        <translation>Logg inn på nytt: Torget har mistet tilgangen til siden, eller Facebook-kontoen er låst.</translation>
    </message>
    <message>
        <source>Sign in again: Facebook no longer accepts the page token.</source>
        <translation>Logg inn på nytt: Facebook godtar ikke lenger tilgangsnøkkelen for siden.</translation>
    </message>
    <message>
        <source>Facebook had a temporary problem; Torget tries again later.</source>
        <translation>Facebook hadde et midlertidig problem; Torget prøver igjen senere.</translation>
    </message>
    <message>
        <source>Facebook blocked this action because it may break its rules. Check the text, or answer in Facebook itself.</source>
        <translation>Facebook stoppet denne handlingen fordi den kan bryte reglene deres. Sjekk teksten, eller svar direkte i Facebook.</translation>
    </message>
    <message>
        <source>This person cannot be reached on Messenger right now; use another channel.</source>
        <translation>Denne personen kan ikke nås på Messenger akkurat nå; bruk en annen kanal.</translation>
    </message>
    <message>
        <source>Facebook refused the request: %1</source>
        <translation>Facebook avviste forespørselen: %1</translation>
    </message>
    <message>
        <source>Messenger only accepts answers within 24 hours of the citizen&apos;s last message. Within 7 days you can still send it as a personal answer from a staff member (the HUMAN_AGENT option).</source>
        <translation>Messenger godtar bare svar innen 24 timer etter innbyggerens siste melding. Innen 7 dager kan du fortsatt sende det som et personlig svar fra en ansatt (valget HUMAN_AGENT).</translation>
    </message>
    <message>
        <source>The page token lacks a Facebook permission for this; sign in again and grant Torget the page permissions.</source>
        <translation>Tilgangsnøkkelen for siden mangler en Facebook-tillatelse som trengs til dette; logg inn på nytt og gi Torget tillatelsene for siden.</translation>
    </message>
    <message>
        <source>Facebook answered with a server error (HTTP %1); Torget tries again later.</source>
        <translation>Facebook svarte med en serverfeil (HTTP %1); Torget prøver igjen senere.</translation>
    </message>
    <message>
        <source>(A message without text, such as a picture or a sticker: open it in Facebook to see it.)</source>
        <translation>(En melding uten tekst, for eksempel et bilde eller et klistremerke: åpne den i Facebook for å se den.)</translation>
    </message>
    <message>
        <source>(A comment without text, such as a picture or a sticker: open it in Facebook to see it.)</source>
        <translation>(En kommentar uten tekst, for eksempel et bilde eller et klistremerke: åpne den i Facebook for å se den.)</translation>
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
    <name>Torget::HttpClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 svarte ikke i tide.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Fikk ikke kontakt med %1: %2</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Svaret fra %1 ble avbrutt.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1 er ikke en gyldig nettadresse.</translation>
    </message>
    <message>
        <source>%1 must use https: tokens are only sent unencrypted to this computer itself.</source>
        <translation>%1 må bruke https: tilgangsnøkler sendes bare ukryptert til denne datamaskinen selv.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 må begynne med https://.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2 at byte %3).</source>
        <translation>%1 sendte et svar som ikke er gyldig JSON (%2 ved byte %3).</translation>
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
    <message>
        <source>%1 over</source>
        <translation>%1 over fristen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>om %1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Deadline %1, counted in opening hours</source>
        <translation>Frist %1, regnet i åpningstid</translation>
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
    <message>
        <source>✕ Back to the inbox</source>
        <translation>✕ Tilbake til innboksen</translation>
    </message>
    <message>
        <source>Leave the report&apos;s conversations and show the view chosen before</source>
        <translation>Gå ut av samtalene fra rapporten og vis det du hadde valgt før</translation>
    </message>
    <message>
        <source>Close the report&apos;s conversations</source>
        <translation>Lukk samtalene fra rapporten</translation>
    </message>
    <message numerus="yes">
        <source>Report: %1 (%n conversation(s))</source>
        <translation>
            <numerusform>Rapport: %1 (%n samtale)</numerusform>
            <numerusform>Rapport: %1 (%n samtaler)</numerusform>
        </translation>
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
    <name>Torget::KeychainStore</name>
    <message>
        <source>No sign-in is saved for this account; sign in again.</source>
        <translation>Det er ikke lagret noen innlogging for denne kontoen; logg inn på nytt.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the sign-in (%1).</source>
        <translation>Systemets nøkkelring nektet tilgang til innloggingen (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available, so sign-ins cannot be stored safely. Start the keyring service (for example GNOME Keyring) and try again.</source>
        <translation>Ingen nøkkelring er tilgjengelig i systemet, så innlogginger kan ikke lagres trygt. Start nøkkelringtjenesten (for eksempel GNOME Keyring) og prøv igjen.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Feil i systemets nøkkelring: %1</translation>
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
        <source>%1 conversations · %2 new</source>
        <comment>status bar: all conversations, and those with the status New</comment>
        <translation>%1 samtaler · %2 nye</translation>
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
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Kontoer…</translation>
    </message>
    <message>
        <source>Connect the municipality&apos;s Facebook page and Mastodon account</source>
        <translation>Koble til kommunens Facebook-side og Mastodon-konto</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Innboks</translation>
    </message>
    <message>
        <source>&amp;Maturity</source>
        <translation>&amp;Modenhet</translation>
    </message>
    <message>
        <source>The municipality&apos;s climb from presence to mobilization to dialog, month by month</source>
        <translation>Kommunens utvikling fra tilstedeværelse via mobilisering til dialog, måned for måned</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Innboks</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Modenhet</translation>
    </message>
    <message>
        <source>Opening &amp;Hours and Targets…</source>
        <translation>Å&amp;pningstid og svarfrister…</translation>
    </message>
    <message>
        <source>Opening hours, holidays and closures, response-time targets and escalation after a breach</source>
        <translation>Åpningstid, helligdager og stengte dager, svarfrister og eskalering når fristen er overskredet</translation>
    </message>
    <message>
        <source>Response &amp;Times</source>
        <translation>&amp;Svartider</translation>
    </message>
    <message>
        <source>How fast the municipality answers: by channel, agent, week or month, with the hours that miss</source>
        <translation>Hvor raskt kommunen svarer: per kanal, saksbehandler, uke eller måned, og timene der fristen ikke nås</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Svartider</translation>
    </message>
    <message>
        <source>Recomputing deadlines… %1 %</source>
        <translation>Beregner fristene på nytt… %1 %</translation>
    </message>
    <message>
        <source>Recomputing deadlines…</source>
        <translation>Beregner fristene på nytt…</translation>
    </message>
    <message>
        <source>The deadlines could not be recomputed: %1</source>
        <translation>Kunne ikke beregne fristene på nytt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines recomputed for %n conversation(s) in %1 s.</source>
        <translation>
            <numerusform>Fristene er beregnet på nytt for %n samtale på %1 s.</numerusform>
            <numerusform>Fristene er beregnet på nytt for %n samtaler på %1 s.</numerusform>
        </translation>
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
    <name>Torget::MastodonConnector</name>
    <message>
        <source>Mastodon has no stream called %1.</source>
        <translation>Mastodon har ingen strøm som heter %1.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret er tomt.</translation>
    </message>
</context>
<context>
    <name>Torget::MastodonSignIn</name>
    <message>
        <source>Nobody signed in to %1 within the time allowed. Try again.</source>
        <translation>Ingen logget inn på %1 innen tidsfristen. Prøv igjen.</translation>
    </message>
    <message>
        <source>Signing in to %1 was refused in the browser.</source>
        <translation>Innloggingen på %1 ble avvist i nettleseren.</translation>
    </message>
    <message>
        <source>Torget could not open a local port to receive the answer from the browser.</source>
        <translation>Torget kunne ikke åpne en lokal port for å ta imot svaret fra nettleseren.</translation>
    </message>
    <message>
        <source>Torget has received the answer. You can close this page.</source>
        <translation>Torget har mottatt svaret. Du kan lukke denne siden.</translation>
    </message>
    <message>
        <source>Could not register Torget with %1: %2</source>
        <translation>Kunne ikke registrere Torget hos %1: %2</translation>
    </message>
    <message>
        <source>%1 signed Torget in without an access token.</source>
        <translation>%1 logget inn Torget uten å gi en tilgangsnøkkel.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 avviste innloggingen: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (invalid_grant). Try again.</source>
        <translation>%1 godtok ikke innloggingen (invalid_grant). Prøv igjen.</translation>
    </message>
    <message>
        <source>Could not reach %1 to finish the sign-in: %2</source>
        <translation>Fikk ikke kontakt med %1 for å fullføre innloggingen: %2</translation>
    </message>
    <message>
        <source>Signing in to %1 was cancelled.</source>
        <translation>Innloggingen på %1 ble avbrutt.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityCharts</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>%1: %2
Click to see why.</source>
        <translation>%1: %2
Klikk for å se hvorfor.</translation>
    </message>
    <message>
        <source>Share of own posts</source>
        <translation>Andel av egne innlegg</translation>
    </message>
    <message>
        <source>%1 (%2 posts)
Information %3
Mobilization %4
Dialog %5</source>
        <translation>%1 (%2 innlegg)
Informasjon %3
Mobilisering %4
Dialog %5</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Samme dag</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Needed for dialog</source>
        <translation>Krav for dialog</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>Median svartid</translation>
    </message>
    <message>
        <source>Share of citizen questions</source>
        <translation>Andel av spørsmål fra innbyggere</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median tid til første svar</translation>
    </message>
    <message>
        <source>%1
Answered %2 (%3 of %4)
Same day %5
Median first response %6 h
Redirected %7</source>
        <translation>%1
Besvart %2 (%3 av %4)
Samme dag %5
Median tid til første svar %6 t
Henvist %7</translation>
    </message>
    <message>
        <source>Citizens who wrote to us</source>
        <translation>Innbyggere som skrev til oss</translation>
    </message>
    <message>
        <source>Citizens answering each other</source>
        <translation>Innbyggere som svarer hverandre</translation>
    </message>
    <message>
        <source>Comments per post</source>
        <translation>Kommentarer per innlegg</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>%1
%2 citizens wrote to us
%3 replies between citizens
%4 comments per post</source>
        <translation>%1
%2 innbyggere skrev til oss
%3 svar mellom innbyggere
%4 kommentarer per innlegg</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Mobilization posts</source>
        <translation>Mobiliseringsinnlegg</translation>
    </message>
    <message>
        <source>Dialog posts</source>
        <translation>Dialoginnlegg</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Besvarte spørsmål</translation>
    </message>
    <message>
        <source>Answered the same day</source>
        <translation>Besvart samme dag</translation>
    </message>
    <message>
        <source>%1 — %2: %3
%4 posts, %5 citizen questions, %6 answered</source>
        <translation>%1 — %2: %3
%4 innlegg, %5 spørsmål fra innbyggere, %6 besvart</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Modenhetsnivå</translation>
    </message>
    <message>
        <source>Post mix</source>
        <translation>Fordeling av innlegg</translation>
    </message>
    <message>
        <source>Replies to citizens</source>
        <translation>Svar til innbyggere</translation>
    </message>
    <message>
        <source>Reach and engagement</source>
        <translation>Rekkevidde og engasjement</translation>
    </message>
    <message>
        <source>Channels compared</source>
        <translation>Kanalene sammenlignet</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityDashboard</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Første dag i rapporten</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Siste dag i rapporten</translation>
    </message>
    <message>
        <source>&amp;Periods:</source>
        <translation>&amp;Perioder:</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Måneder</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kvartaler</translation>
    </message>
    <message>
        <source>Length of each period</source>
        <translation>Lengden på hver periode</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Channel to show</source>
        <translation>Kanalen som skal vises</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Compute the figures again from the database</source>
        <translation>Beregn tallene på nytt fra databasen</translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation>T&amp;erskler…</translation>
    </message>
    <message>
        <source>Change the thresholds that place a period at a level</source>
        <translation>Endre tersklene som avgjør hvilket nivå en periode får</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;Hendelser…</translation>
    </message>
    <message>
        <source>Add or change the events drawn on the charts</source>
        <translation>Legg til eller endre hendelsene som vises i diagrammene</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ek&amp;sporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Save the chart as PNG or SVG, or the report for the council as PDF</source>
        <translation>Lagre diagrammet som PNG eller SVG, eller rapporten til kommunestyret som PDF</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagram som &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagram som &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Report as PDF…</source>
        <translation>&amp;Rapport som PDF…</translation>
    </message>
    <message>
        <source>Chart; hover a period for its figures, click it to see why</source>
        <translation>Diagram. Hold pekeren over en periode for å se tallene, og klikk for å se hvorfor</translation>
    </message>
    <message>
        <source>Maturity charts</source>
        <translation>Modenhetsdiagrammer</translation>
    </message>
    <message>
        <source>Why this &amp;level:</source>
        <translation>Hvorfor dette &amp;nivået:</translation>
    </message>
    <message>
        <source>Period to explain</source>
        <translation>Perioden som skal forklares</translation>
    </message>
    <message>
        <source>Why the period is at its level</source>
        <translation>Hvorfor perioden har dette nivået</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Den siste dagen er før den første.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n periode</numerusform>
            <numerusform>%n perioder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 is at %2</source>
        <translation>%1 er på nivået %2</translation>
    </message>
    <message>
        <source>Only %1–%2 of this period is counted.</source>
        <translation>Bare %1–%2 av denne perioden er tatt med.</translation>
    </message>
    <message>
        <source>every criterion met</source>
        <translation>alle kriteriene er oppfylt</translation>
    </message>
    <message>
        <source>not every criterion met</source>
        <translation>ikke alle kriteriene er oppfylt</translation>
    </message>
    <message>
        <source>Also in this period</source>
        <translation>Ellers i denne perioden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln own post(s)</source>
        <translation>
            <numerusform>%Ln eget innlegg</numerusform>
            <numerusform>%Ln egne innlegg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen question(s), %1 answered</source>
        <translation>
            <numerusform>%Ln spørsmål fra innbyggere, %1 besvart</numerusform>
            <numerusform>%Ln spørsmål fra innbyggere, %1 besvart</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 comments per post</source>
        <translation>%1 kommentarer per innlegg</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) wrote to us</source>
        <translation>
            <numerusform>%Ln innbygger skrev til oss</numerusform>
            <numerusform>%Ln innbyggere skrev til oss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) between citizens</source>
        <translation>
            <numerusform>%Ln svar mellom innbyggere</numerusform>
            <numerusform>%Ln svar mellom innbyggere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected to a formal channel</source>
        <translation>%1 henvist til en formell kanal</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Per kanal</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How this is measured</source>
        <translation>Slik måles det</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportere ennå.</translation>
    </message>
    <message>
        <source>Maturity report</source>
        <translation>Modenhetsrapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bilde (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilde (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>Tersklene ble ikke lagret</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityEventsDialog</name>
    <message>
        <source>Strategy adopted</source>
        <translation>Strategi vedtatt</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Ny kanal</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikke slettet</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityExport</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive til %1.</translation>
    </message>
    <message>
        <source>Made by Torget</source>
        <translation>Laget med Torget</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle kanaler</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kvartal</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per måned</translation>
    </message>
    <message>
        <source>Period %1–%2, %3, %4.</source>
        <translation>Periode %1–%2, %3, %4.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>%1 was at %2; %3 is at %4.</source>
        <translation>%1 var på nivået %2, %3 er på nivået %4.</translation>
    </message>
    <message>
        <source>Periods at each level: dialog %1, mobilization %2, presence %3, below presence %4.</source>
        <translation>Perioder på hvert nivå: dialog %1, mobilisering %2, tilstedeværelse %3, under tilstedeværelse %4.</translation>
    </message>
    <message>
        <source>Level per period</source>
        <translation>Nivå per periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Innlegg</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Mobilization</source>
        <translation>Mobilisering</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Median tid til første svar (t)</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Samme dag</translation>
    </message>
    <message>
        <source>Comments per post</source>
        <translation>Kommentarer per innlegg</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Innbyggere</translation>
    </message>
    <message>
        <source>Citizen replies</source>
        <translation>Svar mellom innbyggere</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Periods marked * are not whole months or quarters. Sources: Berntzen&apos;s maturity model; Lovejoy and Saxton (2012) for the coding of posts; Mergel (2013).</source>
        <translation>Perioder merket med * er ikke hele måneder eller kvartaler. Kilder: Berntzens modenhetsmodell; Lovejoy og Saxton (2012) for kategorisering av innlegg; Mergel (2013).</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityIndicators</name>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>%1. kv. %2</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityLevels</name>
    <message>
        <source>No presence</source>
        <translation>Ingen tilstedeværelse</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>Mobilization</source>
        <translation>Mobilisering</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Presence: own posts per month, at least</source>
        <translation>Tilstedeværelse: egne innlegg per måned, minst</translation>
    </message>
    <message>
        <source>Mobilization: share of mobilization posts, at least</source>
        <translation>Mobilisering: andel mobiliseringsinnlegg, minst</translation>
    </message>
    <message>
        <source>Dialog: share of dialog posts, at least</source>
        <translation>Dialog: andel dialoginnlegg, minst</translation>
    </message>
    <message>
        <source>Dialog: citizen questions with a reply, at least</source>
        <translation>Dialog: spørsmål fra innbyggere som fikk svar, minst</translation>
    </message>
    <message>
        <source>Dialog: median first response, at most</source>
        <translation>Dialog: median tid til første svar, høyst</translation>
    </message>
    <message>
        <source>Dialog: replies the same day, at least</source>
        <translation>Dialog: svar samme dag, minst</translation>
    </message>
    <message>
        <source>Own posts</source>
        <translation>Egne innlegg</translation>
    </message>
    <message>
        <source>Mobilization posts</source>
        <translation>Mobiliseringsinnlegg</translation>
    </message>
    <message>
        <source>Dialog posts</source>
        <translation>Dialoginnlegg</translation>
    </message>
    <message>
        <source>Citizen questions answered</source>
        <translation>Besvarte spørsmål fra innbyggere</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median tid til første svar</translation>
    </message>
    <message>
        <source>Answered the same day</source>
        <translation>Besvart samme dag</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>ingenting å måle</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>ikke påkrevd</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>høyst %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minst %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <comment>indicator: value (threshold)</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Level: %1.</source>
        <translation>Nivå: %1.</translation>
    </message>
    <message>
        <source>Met: %1.</source>
        <translation>Oppfylt: %1.</translation>
    </message>
    <message>
        <source>Missing for %1: %2.</source>
        <translation>Mangler for %1: %2.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityPostModel</name>
    <message>
        <source>Not coded</source>
        <translation>Ikke kategorisert</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktør</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglene</translation>
    </message>
    <message>
        <source>No call to action and no invitation to dialog: information.</source>
        <translation>Ingen oppfordring til handling og ingen invitasjon til dialog: informasjon.</translation>
    </message>
    <message>
        <source>«%1» — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>Code: %1, set by %2</source>
        <translation>Kategori: %1, satt av %2</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>en redaktør</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>reglene</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Satt av</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Innlegg</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityPostPanel</name>
    <message>
        <source>Own posts in the period</source>
        <translation>Egne innlegg i perioden</translation>
    </message>
    <message>
        <source>Each post with its code; the tooltip says why the rules chose it</source>
        <translation>Hvert innlegg med kategorien sin. Verktøytipset forteller hvorfor reglene valgte den</translation>
    </message>
    <message>
        <source>Why the post has its code</source>
        <translation>Hvorfor innlegget har denne kategorien</translation>
    </message>
    <message>
        <source>Code to set</source>
        <translation>Kategorien som skal settes</translation>
    </message>
    <message>
        <source>&amp;Set Code</source>
        <translation>&amp;Sett kategori</translation>
    </message>
    <message>
        <source>Give the selected post the chosen code as an editor</source>
        <translation>Gi det markerte innlegget den valgte kategorien som redaktør</translation>
    </message>
    <message>
        <source>Use the &amp;Rules&apos; Code</source>
        <translation>Bruk &amp;reglenes kategori</translation>
    </message>
    <message>
        <source>Remove the editor&apos;s code from the selected post</source>
        <translation>Fjern redaktørens kategori fra det markerte innlegget</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln own post(s)</source>
        <translation>
            <numerusform>%1: %Ln eget innlegg</numerusform>
            <numerusform>%1: %Ln egne innlegg</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Kategori: %1 (%2)</translation>
    </message>
    <message>
        <source>not coded yet</source>
        <translation>ikke kategorisert ennå</translation>
    </message>
    <message>
        <source>set by an editor</source>
        <translation>satt av en redaktør</translation>
    </message>
    <message>
        <source>set by the rules</source>
        <translation>satt av reglene</translation>
    </message>
    <message>
        <source>Changed by %1 on %2 (%3).</source>
        <translation>Endret av %1 %2 (%3).</translation>
    </message>
    <message>
        <source>an unknown editor</source>
        <translation>en ukjent redaktør</translation>
    </message>
    <message>
        <source>The rules found no call to action and no invitation to dialog, so the post is information.</source>
        <translation>Reglene fant ingen oppfordring til handling og ingen invitasjon til dialog, så innlegget er informasjon.</translation>
    </message>
    <message>
        <source>What the rules found:</source>
        <translation>Dette fant reglene:</translation>
    </message>
    <message>
        <source>«%1» — %2 (%3 %4)</source>
        <translation>«%1» — %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Mobilization %1, dialog %2. A post needs %3 towards a class to leave information; the higher score wins, and a tie goes to dialog. The rules say: %4.</source>
        <translation>Mobilisering %1, dialog %2. Et innlegg trenger %3 poeng mot en kategori for å bli noe annet enn informasjon. Den høyeste poengsummen vinner, og ved likt resultat blir det dialog. Reglene sier: %4.</translation>
    </message>
    <message>
        <source>Choose a post to see why it has its code.</source>
        <translation>Velg et innlegg for å se hvorfor det har denne kategorien.</translation>
    </message>
    <message>
        <source>Code not changed</source>
        <translation>Kategorien ble ikke endret</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityReport</name>
    <message>
        <source>The period must run from a date to the same or a later date.</source>
        <translation>Perioden må gå fra en dato til samme eller en senere dato.</translation>
    </message>
    <message>
        <source>A period is at Presence with at least %1 own posts a month; at Mobilization when also at least %2 of the posts are mobilization; at Dialog when also at least %3 are dialog posts, at least %4 of citizen questions got a reply and the median first response is at most %5 hours.</source>
        <translation>En periode er på nivået Tilstedeværelse med minst %1 egne innlegg i måneden, på Mobilisering når også minst %2 av innleggene er mobiliseringsinnlegg, og på Dialog når også minst %3 er dialoginnlegg, minst %4 av spørsmålene fra innbyggere har fått svar og median tid til første svar er høyst %5 timer.</translation>
    </message>
    <message>
        <source>Dialog also needs at least %1 answered the same day.</source>
        <translation>Dialog krever også at minst %1 er besvart samme dag.</translation>
    </message>
    <message>
        <source>The thresholds can be changed in the app.</source>
        <translation>Tersklene kan endres i appen.</translation>
    </message>
    <message>
        <source>The maturity model has three steps: presence (the municipality publishes news), mobilization (it asks citizens to act) and dialog (it talks with citizens and answers them quickly).</source>
        <translation>Modenhetsmodellen har tre trinn: tilstedeværelse (kommunen publiserer nyheter), mobilisering (kommunen ber innbyggerne gjøre noe) og dialog (kommunen snakker med innbyggerne og svarer dem raskt).</translation>
    </message>
    <message>
        <source>Every own post is coded information, mobilization or dialog by open rules in bokmål, nynorsk and English: calls to action, invitations, volunteering and hearings count towards mobilization; questions to citizens, invitations to comment and answers count towards dialog. Each post shows which words decided its code, and an editor can change the code.</source>
        <translation>Hvert eget innlegg blir kategorisert som informasjon, mobilisering eller dialog etter åpne regler på bokmål, nynorsk og engelsk: oppfordringer til handling, invitasjoner, frivillig innsats og høringer teller mot mobilisering, mens spørsmål til innbyggerne, invitasjoner til å kommentere og svar teller mot dialog. Hvert innlegg viser hvilke ord som avgjorde kategorien, og en redaktør kan endre kategorien.</translation>
    </message>
    <message>
        <source>Reply rate is the share of conversations begun in the period with a citizen message that got a reply from a person (automatic replies do not count). First response is the time from the citizen&apos;s first message to that reply, in calendar time.</source>
        <translation>Svarandelen er andelen samtaler som startet i perioden med en melding fra en innbygger, og som fikk svar fra en person (automatiske svar teller ikke). Første svar er tiden fra innbyggerens første melding til dette svaret, i kalendertid.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityRepository</name>
    <message>
        <source>There is no post with id %1.</source>
        <translation>Det finnes ikke noe innlegg med ID %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Det finnes ingen hendelse med ID %1.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturitySettings</name>
    <message>
        <source>The event needs a title.</source>
        <translation>Hendelsen må ha en tittel.</translation>
    </message>
    <message>
        <source>Unknown kind of event: %1.</source>
        <translation>Ukjent type hendelse: %1.</translation>
    </message>
</context>
<context>
    <name>Torget::MemorySecretStore</name>
    <message>
        <source>No sign-in is saved for this account; sign in again.</source>
        <translation>Ingen innlogging er lagret for denne kontoen. Logg inn på nytt.</translation>
    </message>
</context>
<context>
    <name>Torget::MessageRepository</name>
    <message>
        <source>The message no longer exists.</source>
        <translation>Meldingen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Another message already has the platform id %1.</source>
        <translation>En annen melding har allerede plattform-ID %1.</translation>
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
    <name>Torget::OutboxRepository</name>
    <message>
        <source>Only a Messenger reply refused for the 24-hour window can be sent again as a personal answer.</source>
        <translation>Bare et Messenger-svar som ble avvist på grunn av 24-timersgrensen, kan sendes på nytt som personlig svar.</translation>
    </message>
</context>
<context>
    <name>Torget::OutboxSender</name>
    <message>
        <source>Torget cannot send replies on %1.</source>
        <translation>Torget kan ikke sende svar på %1.</translation>
    </message>
    <message>
        <source>Waiting: the account %1 is paused.</source>
        <translation>Venter: kontoen %1 er satt på pause.</translation>
    </message>
    <message>
        <source>Waiting: the account %1 must sign in again.</source>
        <translation>Venter: kontoen %1 må logge inn på nytt.</translation>
    </message>
    <message>
        <source>Waiting until %1: the platform asked Torget to slow down.</source>
        <translation>Venter til %1: plattformen ba Torget om å sende færre forespørsler.</translation>
    </message>
</context>
<context>
    <name>Torget::PostClassifier</name>
    <message>
        <source>Information</source>
        <translation>Informasjon</translation>
    </message>
    <message>
        <source>Mobilization</source>
        <translation>Mobilisering</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
    <message>
        <source>Asks people to sign up (meld deg på, påmelding, sign up)</source>
        <translation>Ber folk melde seg på (meld deg på, påmelding, sign up)</translation>
    </message>
    <message>
        <source>Asks people to register themselves or something they own</source>
        <translation>Ber folk registrere seg selv eller noe de eier</translation>
    </message>
    <message>
        <source>Looks for volunteers or a joint effort (frivillige, dugnad, volunteers)</source>
        <translation>Søker frivillige eller dugnadsinnsats (frivillige, dugnad, volunteers)</translation>
    </message>
    <message>
        <source>Asks people to report faults or send tips (tips oss, meld fra)</source>
        <translation>Ber folk melde fra om feil eller sende tips (tips oss, meld fra)</translation>
    </message>
    <message>
        <source>Asks people to respond to a public hearing (høring, høyring, merknader)</source>
        <translation>Ber folk svare på en offentlig høring (høring, høyring, merknader)</translation>
    </message>
    <message>
        <source>Asks people to vote</source>
        <translation>Ber folk stemme</translation>
    </message>
    <message>
        <source>Invites people to attend or join (inviterer, bli med, kom på)</source>
        <translation>Inviterer folk til å komme eller bli med (inviterer, bli med, kom på)</translation>
    </message>
    <message>
        <source>Asks for nominations, proposals or contributions</source>
        <translation>Ber om nominasjoner, forslag eller bidrag</translation>
    </message>
    <message>
        <source>Invites people to apply for grants or funds</source>
        <translation>Inviterer folk til å søke om tilskudd eller midler</translation>
    </message>
    <message>
        <source>Encourages people to apply (søk om, søk på)</source>
        <translation>Oppfordrer folk til å søke (søk om, søk på)</translation>
    </message>
    <message>
        <source>Asks people to help or give (hjelp oss, bidra, støtt)</source>
        <translation>Ber folk hjelpe til eller gi (hjelp oss, bidra, støtt)</translation>
    </message>
    <message>
        <source>Appeals to everyone to act for the community (vi ber alle om, spar på vannet)</source>
        <translation>Oppfordrer alle til å gjøre noe for fellesskapet (vi ber alle om, spar på vannet)</translation>
    </message>
    <message>
        <source>Asks people to answer a survey</source>
        <translation>Ber folk svare på en spørreundersøkelse</translation>
    </message>
    <message>
        <source>A sentence opens with a call to action (plukk, hent, lever, stem …)</source>
        <translation>En setning begynner med en oppfordring (plukk, hent, lever, stem …)</translation>
    </message>
    <message>
        <source>A call to action that ends with an exclamation mark</source>
        <translation>En oppfordring som slutter med utropstegn</translation>
    </message>
    <message>
        <source>Names a campaign or a collection drive (aksjon, samler inn)</source>
        <translation>Nevner en kampanje eller innsamling (aksjon, samler inn)</translation>
    </message>
    <message>
        <source>Asks people to turn up (møt opp)</source>
        <translation>Ber folk møte opp (møt opp)</translation>
    </message>
    <message>
        <source>Thanks people for helping out</source>
        <translation>Takker folk for at de hjalp til</translation>
    </message>
    <message>
        <source>Reminds people to do something (husk å, hugs å)</source>
        <translation>Minner folk på å gjøre noe (husk å, hugs å)</translation>
    </message>
    <message>
        <source>Asks people to share the post</source>
        <translation>Ber folk dele innlegget</translation>
    </message>
    <message>
        <source>Asks what people think or want (hva mener du, kva meiner du)</source>
        <translation>Spør hva folk mener eller ønsker (hva mener du, kva meiner du)</translation>
    </message>
    <message>
        <source>Invites people to share views, ideas or experiences (fortell oss, kom med forslag)</source>
        <translation>Inviterer folk til å dele synspunkter, ideer eller erfaringer (fortell oss, kom med forslag)</translation>
    </message>
    <message>
        <source>Points people to the comments to answer (kommentarfeltet, skriv her)</source>
        <translation>Ber folk svare i kommentarfeltet (kommentarfeltet, skriv her)</translation>
    </message>
    <message>
        <source>Invites questions that the municipality will answer (spør oss, still spørsmål)</source>
        <translation>Inviterer til spørsmål som kommunen skal svare på (spør oss, still spørsmål)</translation>
    </message>
    <message>
        <source>Answers citizens or reports back on their input (takk for spørsmålet, her er svarene)</source>
        <translation>Svarer innbyggere eller gir tilbakemelding på innspillene deres (takk for spørsmålet, her er svarene)</translation>
    </message>
    <message>
        <source>Promises to read and use what people write (vi leser alt)</source>
        <translation>Lover å lese og bruke det folk skriver (vi leser alt)</translation>
    </message>
    <message>
        <source>Asks the reader a direct question (a sentence with du/dere/you ending in ?)</source>
        <translation>Stiller leseren et direkte spørsmål (en setning med du/dere/you som slutter med ?)</translation>
    </message>
    <message>
        <source>Asks the public an open question (hva, hvilke, korleis … ?)</source>
        <translation>Stiller et åpent spørsmål til alle (hva, hvilke, korleis … ?)</translation>
    </message>
    <message>
        <source>Announces a participation meeting or workshop (folkemøte, medvirkning)</source>
        <translation>Kunngjør et medvirkningsmøte eller verksted (folkemøte, medvirkning)</translation>
    </message>
</context>
<context>
    <name>Torget::PostCoding</name>
    <message>
        <source>There is no post with id %1.</source>
        <translation>Det finnes ikke noe innlegg med ID %1.</translation>
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
    <name>Torget::SlaClock</name>
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
    <message>
        <source>No clock has started: the citizen has not written.</source>
        <translation>Ingen klokke har startet: innbyggeren har ikke skrevet noe.</translation>
    </message>
    <message>
        <source>The %1 clock started with the citizen&apos;s message of %2.</source>
        <translation>Klokken for %1 startet med innbyggerens melding %2.</translation>
    </message>
    <message>
        <source>The %1 clock started when the conversation was reopened at %2.</source>
        <translation>Klokken for %1 startet da samtalen ble gjenåpnet %2.</translation>
    </message>
    <message>
        <source>That was outside opening hours: business time counts from the next opening, %1.</source>
        <translation>Det var utenfor åpningstiden, så tiden regnes fra neste åpning, %1.</translation>
    </message>
    <message>
        <source>The resolution clock runs until the conversation is resolved; &quot;waiting for the citizen&quot; pauses it.</source>
        <translation>Klokken for løsning går til samtalen er løst. Statusen «venter på innbygger» setter den på pause.</translation>
    </message>
    <message>
        <source>A response is a reply the citizen can see, written by a person (an answer given on the platform itself counts). Internal notes, automatic acknowledgements and status changes do not stop the clock.</source>
        <translation>Som svar regnes en melding som innbyggeren kan se, skrevet av en person (også svar gitt direkte på plattformen). Interne notater, automatiske mottaksbekreftelser og statusendringer stopper ikke klokken.</translation>
    </message>
    <message>
        <source>The automatic acknowledgement of %1 is not a response.</source>
        <translation>Den automatiske mottaksbekreftelsen sendt %1 regnes ikke som svar.</translation>
    </message>
    <message>
        <source>Referred to a formal channel at %1.</source>
        <translation>Henvist til en formell kanal %1.</translation>
    </message>
    <message>
        <source>The status is not in the conversation&apos;s history; it is taken to apply from the last activity, %1.</source>
        <translation>Statusen finnes ikke i historikken til samtalen, så den regnes fra siste aktivitet, %1.</translation>
    </message>
    <message>
        <source>Waiting for the citizen %1 – %2: the clock was paused (%3 of business time).</source>
        <translation>Ventet på innbyggeren %1 – %2: klokken var satt på pause (%3 i åpningstiden).</translation>
    </message>
    <message>
        <source>Waiting for the citizen since %1: the clock is paused.</source>
        <translation>Venter på innbyggeren siden %1: klokken er satt på pause.</translation>
    </message>
    <message>
        <source>Target: %1 (%2).</source>
        <translation>Frist: %1 (%2).</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; sets no target for this clock.</source>
        <translation>Svarfristregelen «%1» setter ingen frist for denne klokken.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Stengt %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more closed period(s).</source>
        <translation>
            <numerusform>… og %n stengt periode til.</numerusform>
            <numerusform>… og %n stengte perioder til.</numerusform>
        </translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>innen fristen</translation>
    </message>
    <message>
        <source>later than the target</source>
        <translation>etter fristen</translation>
    </message>
    <message>
        <source>Resolved %1 after %2 of business time (%3 in calendar time): %4.</source>
        <translation>Løst %1 etter %2 i åpningstiden (%3 i kalendertid): %4.</translation>
    </message>
    <message>
        <source>Answered %1 after %2 of business time (%3 in calendar time): %4.</source>
        <translation>Besvart %1 etter %2 i åpningstiden (%3 i kalendertid): %4.</translation>
    </message>
    <message>
        <source>The conversation was resolved without a reply to this message.</source>
        <translation>Samtalen ble løst uten at denne meldingen fikk svar.</translation>
    </message>
    <message>
        <source>The conversation is resolved; its history does not say when.</source>
        <translation>Samtalen er løst, men historikken viser ikke når.</translation>
    </message>
    <message>
        <source>Due %1: %2 of business time left.</source>
        <translation>Frist %1: %2 igjen, regnet i åpningstid.</translation>
    </message>
    <message>
        <source>Breached: it was due %1, %2 of business time ago.</source>
        <translation>Over fristen: fristen var %1, for %2 siden, regnet i åpningstid.</translation>
    </message>
    <message>
        <source>Nothing is due while the conversation waits for the citizen.</source>
        <translation>Ingen frist løper mens samtalen venter på innbyggeren.</translation>
    </message>
    <message>
        <source>Nothing is due: there is no target.</source>
        <translation>Ingen frist løper, fordi det ikke er satt noen frist.</translation>
    </message>
    <message>
        <source>The clock starts at the citizen&apos;s first unanswered message; outside opening hours, business time counts from the next opening.</source>
        <translation>Klokken starter ved innbyggerens første ubesvarte melding; utenfor åpningstid regnes virketid fra neste åpning.</translation>
    </message>
    <message>
        <source>A response is a reply the citizen can see, written by a person: a public reply, a direct message or an e-mail, also when it was written on the platform itself.</source>
        <translation>Et svar er et svar innbyggeren kan se, skrevet av et menneske: et offentlig svar, en direktemelding eller en e-post, også når det ble skrevet på plattformen selv.</translation>
    </message>
    <message>
        <source>Internal notes, automatic acknowledgements and status changes are not responses.</source>
        <translation>Interne notater, automatiske kvitteringer og statusendringer er ikke svar.</translation>
    </message>
    <message>
        <source>After a response, the next-response clock runs from the oldest message that is still unanswered.</source>
        <translation>Etter et svar går klokken for neste svar fra den eldste meldingen som fortsatt er ubesvart.</translation>
    </message>
    <message>
        <source>The resolution clock runs until the conversation is resolved; &quot;waiting for the citizen&quot; pauses it, and the citizen&apos;s next message ends the pause.</source>
        <translation>Klokken for løsning går til samtalen er løst; «venter på innbygger» setter den på pause, og innbyggerens neste melding avslutter pausen.</translation>
    </message>
    <message>
        <source>A conversation that is reopened starts a new first response and a new resolution.</source>
        <translation>En samtale som åpnes igjen, starter et nytt første svar og en ny løsning.</translation>
    </message>
    <message>
        <source>Every time is kept both in business time (opening hours, holidays skipped) and in calendar time.</source>
        <translation>Alle tider føres både i virketid (åpningstid, helligdager hoppet over) og i kalendertid.</translation>
    </message>
</context>
<context>
    <name>Torget::SlaHeatmap</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n svar</numerusform>
            <numerusform>%n svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) that missed the target</source>
        <translation>
            <numerusform>%n samtale over fristen</numerusform>
            <numerusform>%n samtaler over fristen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n innkommet melding</numerusform>
            <numerusform>%n innkomne meldinger</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2:00–%3:00: %4</source>
        <translation>%1 %2:00–%3:00: %4</translation>
    </message>
</context>
<context>
    <name>Torget::SlaPolicy</name>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Neste svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n time i åpningstiden</numerusform>
            <numerusform>%n timer i åpningstiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n minutt i åpningstiden</numerusform>
            <numerusform>%n minutter i åpningstiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n virkedag</numerusform>
            <numerusform>%n virkedager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n måned</numerusform>
            <numerusform>%n måneder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and before closing on the day the clock starts</source>
        <translation>%1, og før stengetid samme dag som klokken starter</translation>
    </message>
    <message>
        <source>Sarpsborg: social media within 2 business hours and the same day</source>
        <translation>Sarpsborg: sosiale medier innen 2 timer i åpningstiden og samme dag</translation>
    </message>
    <message>
        <source>E-mail: every channel within 1 working day</source>
        <translation>E-post: alle kanaler innen 1 virkedag</translation>
    </message>
    <message>
        <source>Public Administration Act § 11 a: preliminary reply within one month</source>
        <translation>Forvaltningsloven § 11 a: foreløpig svar innen én måned</translation>
    </message>
    <message>
        <source>Freedom of Information Act: 1 working day, refused after 5</source>
        <translation>Offentleglova: 1 virkedag, regnes som avslag etter 5</translation>
    </message>
    <message>
        <source>The response-time policy&apos;s &quot;soonMinutes&quot; must be a whole number, 0 or more.</source>
        <translation>«soonMinutes» i svarfristregelen må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>Rule %1 of the response-time policy: %2</source>
        <translation>Delregel %1 i svarfristregelen: %2</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be first, next or resolution.</source>
        <translation>«kind» må være first, next eller resolution.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;.</source>
        <translation>ukjent kanal «%1».</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (low, normal, high or urgent).</source>
        <translation>ukjent prioritet «%1» (low, normal, high eller urgent).</translation>
    </message>
    <message>
        <source>&quot;unit&quot; must be business_minutes, calendar_minutes, working_days or calendar_months.</source>
        <translation>«unit» må være business_minutes, calendar_minutes, working_days eller calendar_months.</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be a whole number, 0 or more.</source>
        <translation>«amount» må være et heltall, 0 eller mer.</translation>
    </message>
    <message>
        <source>&quot;target&quot; must be an object or null.</source>
        <translation>«target» må være et objekt eller null.</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReport</name>
    <message>
        <source>The report period must end after it starts.</source>
        <translation>Rapportperioden må slutte etter at den starter.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uke %1, %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Saksbehandler %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of this report.</source>
        <translation>«%1» er ikke en rad i denne rapporten.</translation>
    </message>
    <message>
        <source>The response-time summary of %1 is damaged; recompute the response times.</source>
        <translation>Svartidssammendraget for %1 er skadet; beregn svartidene på nytt.</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportCharts</name>
    <message>
        <source>%1: median and p90 (business hours)</source>
        <translation>%1: median og p90 (i åpningstiden)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>%1
Median %2 (calendar %3)
p90 %4 (calendar %5)
%6 answered
Click to see the conversations</source>
        <translation>%1
Median %2 (kalendertid %3)
p90 %4 (kalendertid %5)
%6 besvart
Klikk for å se samtalene</translation>
    </message>
    <message>
        <source>Hours (business time)</source>
        <translation>Timer (åpningstid)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1: within target and same working day</source>
        <translation>%1: innen fristen og samme virkedag</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innen fristen</translation>
    </message>
    <message>
        <source>Same working day</source>
        <translation>Samme virkedag</translation>
    </message>
    <message>
        <source>%1
Within target %2 (%3 of %4)
Same working day %5</source>
        <translation>%1
Innen fristen %2 (%3 av %4)
Samme virkedag %5</translation>
    </message>
    <message>
        <source>Below the goal of %1</source>
        <translation>Under målet på %1</translation>
    </message>
    <message>
        <source>Click to see the conversations that missed the target</source>
        <translation>Klikk for å se samtalene som gikk over fristen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>Open conversations at the end of each day</source>
        <translation>Åpne samtaler ved slutten av hver dag</translation>
    </message>
    <message>
        <source>Open (backlog)</source>
        <translation>Åpne (restanser)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <source>%1: %2 open
Click to see them</source>
        <translation>%1: %2 åpne
Klikk for å se dem</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportExport</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 finnes ikke.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive til %1.</translation>
    </message>
    <message>
        <source>Answers by weekday and hour</source>
        <translation>Svar per ukedag og time</translation>
    </message>
    <message>
        <source>Missed the target, by the hour the message came</source>
        <translation>Over fristen, fordelt på timen meldingen kom inn</translation>
    </message>
    <message>
        <source>Arrivals by weekday and hour</source>
        <translation>Innkomne meldinger per ukedag og time</translation>
    </message>
    <message>
        <source>%1 · period %2 · by %3 · policy: %4</source>
        <translation>%1 · periode %2 · per %3 · svarfristregel: %4</translation>
    </message>
    <message>
        <source>%1 answered: median %2 in business time (%3 on the clock), p90 %4; %5 within target, %6 the same working day; %7 still open, %8 unanswered.</source>
        <translation>%1 besvart: median %2 i åpningstiden (%3 i kalendertid), p90 %4; %5 innen fristen, %6 samme virkedag; %7 er fortsatt åpne, %8 ubesvart.</translation>
    </message>
    <message>
        <source>Every row meets the goal of %1 within target.</source>
        <translation>Alle rader når målet om %1 innen fristen.</translation>
    </message>
    <message>
        <source>Below the goal of %1 within target: %2.</source>
        <translation>Under målet om %1 innen fristen: %2.</translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation>Frister: %1.</translation>
    </message>
    <message>
        <source>When citizens write, and when they are answered</source>
        <translation>Når innbyggerne skriver, og når de får svar</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Restanser</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definisjoner</translation>
    </message>
    <message>
        <source>What counts as a response</source>
        <translation>Hva som regnes som svar</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportModel</name>
    <message>
        <source>No target</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>✗ Below goal</source>
        <translation>✗ Under målet</translation>
    </message>
    <message>
        <source>✓ Met</source>
        <translation>✓ Nådd</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 av %3)</translation>
    </message>
    <message>
        <source>%1 within target, below the goal of %2</source>
        <translation>%1 innen fristen, under målet på %2</translation>
    </message>
    <message>
        <source>%1 within target, the goal is %2</source>
        <translation>%1 innen fristen, målet er %2</translation>
    </message>
    <message>
        <source>Click to see the conversations that missed the target</source>
        <translation>Klikk for å se samtalene som gikk over fristen</translation>
    </message>
    <message>
        <source>Click to see the conversations not answered the same working day</source>
        <translation>Klikk for å se samtalene som ikke ble besvart samme virkedag</translation>
    </message>
    <message>
        <source>Click to see the conversations behind this figure</source>
        <translation>Klikk for å se samtalene bak dette tallet</translation>
    </message>
    <message>
        <source>Business time: only the opening hours of the calendar count</source>
        <translation>Åpningstid: bare kalenderens åpningstider teller</translation>
    </message>
    <message>
        <source>Calendar time: the clock on the wall</source>
        <translation>Kalendertid: vanlig klokketid</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvart</translation>
    </message>
    <message>
        <source>Median
(business)</source>
        <translation>Median
(åpningstid)</translation>
    </message>
    <message>
        <source>Median
(calendar)</source>
        <translation>Median
(kalendertid)</translation>
    </message>
    <message>
        <source>p90
(business)</source>
        <translation>p90
(åpningstid)</translation>
    </message>
    <message>
        <source>p90
(calendar)</source>
        <translation>p90
(kalendertid)</translation>
    </message>
    <message>
        <source>Mean
(business)</source>
        <translation>Gjennomsnitt
(åpningstid)</translation>
    </message>
    <message>
        <source>Mean
(calendar)</source>
        <translation>Gjennomsnitt
(kalendertid)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innen fristen</translation>
    </message>
    <message>
        <source>Same
working day</source>
        <translation>Samme
virkedag</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1, missed the target</source>
        <translation>%1, over fristen</translation>
    </message>
    <message>
        <source>%1, not the same working day</source>
        <translation>%1, ikke samme virkedag</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportText</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 t %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 t</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Første svar</translation>
    </message>
    <message>
        <source>Next response</source>
        <translation>Neste svar</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Løsning</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Times are measured from the message that started the clock to the response, in business time (opening hours of the calendar, without weekends and holidays) and in calendar time (the clock on the wall).</source>
        <translation>Tidene måles fra meldingen som startet klokken, til svaret, både i åpningstid (kalenderens åpningstider, uten helger og helligdager) og i kalendertid (vanlig klokketid).</translation>
    </message>
    <message>
        <source>Median: half of the answered clocks took this long or less (the lower middle value of an even count). p90: nine in ten took this long or less (the value at rank ⌈0.9 × count⌉ of the sorted times). Mean: the plain average.</source>
        <translation>Median: halvparten av de besvarte målingene tok så lang tid eller kortere (ved et partall den laveste av de to midterste verdiene). p90: ni av ti tok så lang tid eller kortere (verdien på plass ⌈0,9 × antall⌉ i de sorterte tidene). Gjennomsnitt: det vanlige gjennomsnittet.</translation>
    </message>
    <message>
        <source>Within target: answered within the target, out of those answered with a target plus those that missed it without an answer (still open past the deadline, or resolved after it).</source>
        <translation>Innen fristen: besvart innen fristen, av alle som er besvart med en frist, pluss dem som gikk over fristen uten svar (fortsatt åpne etter fristen, eller løst etter den).</translation>
    </message>
    <message>
        <source>Same working day: answered no later than the end of the working day the clock started on, out of those answered.</source>
        <translation>Samme virkedag: besvart senest ved slutten av virkedagen da klokken startet, av alle som er besvart.</translation>
    </message>
    <message>
        <source>Count: answered clocks; open: still running; unanswered: closed without a response. Rows below the goal of %1 within target are marked. Clocks are counted in the period they started.</source>
        <translation>Antall: besvarte målinger; åpne: går fortsatt; ubesvart: avsluttet uten svar. Rader under målet om %1 innen fristen er merket. Målingene telles i perioden de startet.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 (social media)</source>
        <translation>%1 (sosiale medier)</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportsPage</name>
    <message>
        <source>Arrived %1 %2:00–%3:00, missed the target</source>
        <translation>Kom inn %1 %2:00–%3:00, over fristen</translation>
    </message>
    <message>
        <source>Arrived %1 %2:00–%3:00</source>
        <translation>Kom inn %1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>Answered %1 %2:00–%3:00</source>
        <translation>Besvart %1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Rapportperioden</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Første dag i rapporten</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Siste dag i rapporten</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Grupper etter:</translation>
    </message>
    <message>
        <source>Rows of the report</source>
        <translation>Radene i rapporten</translation>
    </message>
    <message>
        <source>C&amp;lock:</source>
        <translation>&amp;Klokke:</translation>
    </message>
    <message>
        <source>Which response time to show</source>
        <translation>Hvilken svartid som skal vises</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Share within target that a row must reach</source>
        <translation>Andelen innen fristen som en rad må nå</translation>
    </message>
    <message>
        <source>Rows with a smaller share answered within target are marked</source>
        <translation>Rader der en mindre andel er besvart innen fristen, blir merket</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Compute the figures again from the database</source>
        <translation>Beregn tallene på nytt fra databasen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>Ek&amp;sporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Save the figures as CSV or the report as PDF</source>
        <translation>Lagre tallene som CSV eller rapporten som PDF</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Tall som &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Report as PDF…</source>
        <translation>&amp;Rapport som PDF…</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Svartider</translation>
    </message>
    <message>
        <source>One row per group and a total; Enter on a cell opens its conversations</source>
        <translation>Én rad per gruppe og én for totalen. Enter i en celle åpner samtalene bak den</translation>
    </message>
    <message>
        <source>Median and p90</source>
        <translation>Median og p90</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innen fristen</translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation>Timer i uken</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Restanser</translation>
    </message>
    <message>
        <source>Response-time charts</source>
        <translation>Svartidsdiagrammer</translation>
    </message>
    <message>
        <source>Median and p90 per row</source>
        <translation>Median og p90 per rad</translation>
    </message>
    <message>
        <source>Share within target per row</source>
        <translation>Andel innen fristen per rad</translation>
    </message>
    <message>
        <source>Open conversations per day</source>
        <translation>Åpne samtaler per dag</translation>
    </message>
    <message>
        <source>Chart; hover a bar or point for its figures, click it for its conversations</source>
        <translation>Diagram. Hold pekeren over en stolpe eller et punkt for å se tallene, og klikk for å se samtalene</translation>
    </message>
    <message>
        <source>Arrivals by weekday and hour</source>
        <translation>Innkomne meldinger per ukedag og time</translation>
    </message>
    <message>
        <source>Answers by weekday and hour</source>
        <translation>Svar per ukedag og time</translation>
    </message>
    <message>
        <source>First and next responses. A darker cell is a busier hour. Click a cell, or move with the arrow keys and press Enter, to see its conversations. Messages that come outside opening hours count from the next opening, so evenings and weekends show where the desk starts behind.</source>
        <translation>Første og neste svar. Jo mørkere celle, desto travlere time. Klikk på en celle, eller flytt med piltastene og trykk Enter, for å se samtalene. Meldinger som kommer utenfor åpningstiden, regnes fra neste åpning, så kvelder og helger viser hvor servicetorget starter på etterskudd.</translation>
    </message>
    <message>
        <source>What counts as a response, and what the figures mean</source>
        <translation>Hva som regnes som svar, og hva tallene betyr</translation>
    </message>
    <message>
        <source>What counts as a response</source>
        <translation>Hva som regnes som svar</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Tallene</translation>
    </message>
    <message>
        <source>Policy: %1. The heatmaps count first and next responses: when the message that started the clock came, and when it was answered.</source>
        <translation>Svarfristregel: %1. Varmekartene teller første og neste svar: når meldingen som startet klokken, kom inn, og når den ble besvart.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Siste dag er før første dag.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>Computed in %1 s</source>
        <translation>Beregnet på %1 s</translation>
    </message>
    <message>
        <source>%1, %2 (policy %3): median %4 in business time, %5 within target.</source>
        <translation>%1, %2 (svarfristregel %3): median %4 i åpningstiden, %5 innen fristen.</translation>
    </message>
    <message>
        <source>Every row meets the goal.</source>
        <translation>Alle rader når målet.</translation>
    </message>
    <message>
        <source>Below the goal: %1.</source>
        <translation>Under målet: %1.</translation>
    </message>
    <message>
        <source>Open at the end of %1</source>
        <translation>Åpne ved slutten av %1</translation>
    </message>
    <message>
        <source>Missed the target, by the hour the message came (counting…)</source>
        <translation>Over fristen, fordelt på timen meldingen kom inn (teller…)</translation>
    </message>
    <message>
        <source>Missed the target, by the hour the message came</source>
        <translation>Over fristen, fordelt på timen meldingen kom inn</translation>
    </message>
    <message>
        <source>Finding the conversations…</source>
        <translation>Finner samtalene…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtaler</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportere ennå.</translation>
    </message>
    <message>
        <source>response-times.pdf</source>
        <translation>response-times.pdf</translation>
    </message>
    <message>
        <source>response-times.csv</source>
        <translation>response-times.csv</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagret %1</translation>
    </message>
</context>
<context>
    <name>Torget::SlaService</name>
    <message>
        <source>The stored calendar cannot be read: %1</source>
        <translation>Kan ikke lese den lagrede kalenderen: %1</translation>
    </message>
    <message>
        <source>The stored response-time policy cannot be read: %1</source>
        <translation>Kan ikke lese den lagrede svarfristregelen: %1</translation>
    </message>
    <message>
        <source>A calendar version needs the date it is valid from.</source>
        <translation>En kalenderversjon må ha en dato den gjelder fra.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Samtalen finnes ikke lenger.</translation>
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
    <name>Torget::SyncEngine</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 er satt på pause.</translation>
    </message>
    <message>
        <source>%1 must sign in again before it can sync.</source>
        <translation>%1 må logge inn på nytt før kontoen kan synkroniseres.</translation>
    </message>
    <message>
        <source>%1 asked Torget to wait until %2 before the next request.</source>
        <translation>%1 ba Torget vente til %2 før neste forespørsel.</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Kontoen ble fjernet.</translation>
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
