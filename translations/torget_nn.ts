<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Kontoar</translation>
    </message>
    <message>
        <source>The municipality&apos;s accounts on social media, with when each was last synced and any problem</source>
        <translation>Kontoane til kommunen i sosiale medium, med tidspunkt for siste synkronisering og eventuelle problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
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
        <translation>&amp;Legg til konto…</translation>
    </message>
    <message>
        <source>Connects a Facebook page or a Mastodon account</source>
        <translation>Koplar til ei Facebook-side eller ein Mastodon-konto</translation>
    </message>
    <message>
        <source>&amp;Sign in again…</source>
        <translation>Logg &amp;inn på nytt…</translation>
    </message>
    <message>
        <source>Gives the selected account a new token when the old one stopped working</source>
        <translation>Gir den valde kontoen ein ny tilgangsnøkkel når den gamle har slutta å verke</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Synkroniser no</translation>
    </message>
    <message>
        <source>Fetches new comments and messages from the selected account at once</source>
        <translation>Hentar nye kommentarar og meldingar frå den valde kontoen med ein gong</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Stops or resumes syncing the selected account</source>
        <translation>Stansar eller held fram synkroniseringa av den valde kontoen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Fjern…</translation>
    </message>
    <message>
        <source>Removes the selected account; you choose whether its conversations stay</source>
        <translation>Fjernar den valde kontoen; du vel om samtalane skal bli verande</translation>
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
        <translation>Torget les kommentarar og meldingar frå innbyggjarar på kontoen og sender svara dine gjennom han. Tilgangsnøkkelen blir lagra i nøkkelringen til systemet, aldri i databasen til Torget.</translation>
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
        <translation>Plattforma i sosiale medium der kontoen ligg</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>What the account is called in Torget, such as the page&apos;s name</source>
        <translation>Kva kontoen heiter i Torget, til dømes namnet på sida</translation>
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
        <translation>Nettadressa til programmeringsgrensesnittet for plattforma; https er påkravd</translation>
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
        <translation>Nummeret til Facebook-sida, som du finn under «Om» på sida</translation>
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
        <translation>Lim inn tilgangsnøkkelen du fekk frå plattforma; han blir lagra i nøkkelringen</translation>
    </message>
    <message>
        <source>Sign in with &amp;browser…</source>
        <translation>Logg inn i nett&amp;lesaren…</translation>
    </message>
    <message>
        <source>Opens the server&apos;s sign-in page in your web browser and fills in the token when you have approved Torget</source>
        <translation>Opnar innloggingssida til serveren i nettlesaren din og fyller inn tilgangsnøkkelen når du har godkjent Torget</translation>
    </message>
</context>
<context>
    <name>MaturityEventsDialog</name>
    <message>
        <source>Events on the Maturity Charts</source>
        <translation>Hendingar i modenheitsdiagramma</translation>
    </message>
    <message>
        <source>Events explain the curves: when a strategy was adopted, a channel opened or a campaign ran. They are drawn as dashed lines on the charts and listed in the report.</source>
        <translation>Hendingar forklarer kurvene: når ein strategi vart vedteken, ein kanal vart opna eller ein kampanje gjekk. Dei blir viste som stipla linjer i diagramma og lista opp i rapporten.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <source>Events shown on the maturity charts, oldest first</source>
        <translation>Hendingar som blir viste i modenheitsdiagramma, eldste først</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>Datoen for hendinga</translation>
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
        <translation>Type hending</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Title of the event</source>
        <translation>Tittelen på hendinga</translation>
    </message>
    <message>
        <source>Communication strategy adopted</source>
        <translation>Kommunikasjonsstrategi vedteken</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>D&amp;etaljar:</translation>
    </message>
    <message>
        <source>Details of the event</source>
        <translation>Detaljar om hendinga</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>Start a new event</source>
        <translation>Lag ei ny hending</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the event</source>
        <translation>Lagre hendinga</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Slett</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Slett den valde hendinga</translation>
    </message>
</context>
<context>
    <name>MaturityThresholdsDialog</name>
    <message>
        <source>Maturity Thresholds</source>
        <translation>Terskelverdiar for modenheit</translation>
    </message>
    <message>
        <source>A period reaches a level when it meets that level&apos;s thresholds and those of every level below it. These are Torget&apos;s choices, not a standard: adjust them to your municipality&apos;s strategy.</source>
        <translation>Ein periode når eit nivå når han oppfyller terskelverdiane for nivået og for alle nivåa under. Desse verdiane er valde av Torget og er ingen standard: tilpass dei til strategien i kommunen din.</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstadevering</translation>
    </message>
    <message>
        <source>Own &amp;posts per month, at least:</source>
        <translation>Eigne &amp;innlegg per månad, minst:</translation>
    </message>
    <message>
        <source>Own posts per month, at least</source>
        <translation>Eigne innlegg per månad, minst</translation>
    </message>
    <message>
        <source>Mobilization</source>
        <translation>Mobilisering</translation>
    </message>
    <message>
        <source>Share of &amp;mobilization posts, at least:</source>
        <translation>Del &amp;mobiliseringsinnlegg, minst:</translation>
    </message>
    <message>
        <source>Share of mobilization posts, at least</source>
        <translation>Del mobiliseringsinnlegg, minst</translation>
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
        <translation>Del &amp;dialoginnlegg, minst:</translation>
    </message>
    <message>
        <source>Share of dialog posts, at least</source>
        <translation>Del dialoginnlegg, minst</translation>
    </message>
    <message>
        <source>Citizen questions with a &amp;reply, at least:</source>
        <translation>Spørsmål frå innbyggjarar som har fått &amp;svar, minst:</translation>
    </message>
    <message>
        <source>Citizen questions with a reply, at least</source>
        <translation>Spørsmål frå innbyggjarar som har fått svar, minst</translation>
    </message>
    <message>
        <source>Median first response, at &amp;most:</source>
        <translation>Median tid til første svar, &amp;høgst:</translation>
    </message>
    <message>
        <source>Median first response in hours, at most</source>
        <translation>Median tid til første svar i timar, høgst</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>Replies the &amp;same day, at least:</source>
        <translation>Svar s&amp;ame dag, minst:</translation>
    </message>
    <message>
        <source>Replies the same day, at least</source>
        <translation>Svar same dag, minst</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Ikkje påkravd</translation>
    </message>
</context>
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
    <message>
        <source>&amp;Notify about deadlines (before and at a breach)</source>
        <translation>&amp;Varsle om fristar (før og når fristen går ut)</translation>
    </message>
    <message>
        <source>A message from the system tray, or in the status bar, when a conversation is about to breach its deadline and when it does</source>
        <translation>Ei melding i systemstatusfeltet eller i statuslinja når ein samtale snart går over fristen, og når han har gått over</translation>
    </message>
    <message>
        <source>&amp;Opening Hours and Targets…</source>
        <translation>&amp;Opningstid og fristar…</translation>
    </message>
    <message>
        <source>Edit the opening hours, the response-time targets and escalation after a breach</source>
        <translation>Endre opningstida, svarfristane og eskaleringa når fristen har gått ut</translation>
    </message>
</context>
<context>
    <name>Torget::AccountRepository</name>
    <message>
        <source>%1 is not an account state.</source>
        <translation>%1 er ikkje ein gyldig tilstand for ein konto.</translation>
    </message>
    <message>
        <source>An account is synced at most every 30 seconds.</source>
        <translation>Ein konto blir synkronisert høgst éin gong kvart 30. sekund.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finst ikkje lenger.</translation>
    </message>
</context>
<context>
    <name>Torget::AccountSetup</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Gi kontoen eit namn.</translation>
    </message>
    <message>
        <source>Torget cannot connect to this kind of account yet.</source>
        <translation>Torget kan ikkje kople til denne typen konto enno.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Det finst allereie ein konto som heiter %1.</translation>
    </message>
    <message>
        <source>Give the address of the Mastodon server, such as https://mastodon.example.</source>
        <translation>Oppgi adressa til Mastodon-serveren, til dømes https://mastodon.example.</translation>
    </message>
    <message>
        <source>Give the id of the Facebook page.</source>
        <translation>Oppgi ID-en til Facebook-sida.</translation>
    </message>
    <message>
        <source>Paste the access token.</source>
        <translation>Lim inn tilgangsnøkkelen.</translation>
    </message>
    <message>
        <source>The token belongs to the page %1 (%2), not to page %3.</source>
        <translation>Tilgangsnøkkelen høyrer til sida %1 (%2), ikkje til sida %3.</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain: %1</source>
        <translation>Tilgangsnøkkelen kunne ikkje lagrast i nøkkelringen: %1</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finst ikkje lenger.</translation>
    </message>
    <message>
        <source>The token belongs to %1, not to the account %2.</source>
        <translation>Tilgangsnøkkelen høyrer til %1, ikkje til kontoen %2.</translation>
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
        <translation>Vil du fjerne %1 frå Torget?</translation>
    </message>
    <message>
        <source>Its conversations can stay, so that reports for earlier periods stay complete, or be deleted together with the account. The token is removed from the keychain either way.</source>
        <translation>Samtalane frå kontoen kan bli verande, slik at rapportar for tidlegare periodar framleis er fullstendige, eller dei kan slettast saman med kontoen. Tilgangsnøkkelen blir fjerna frå nøkkelringen uansett.</translation>
    </message>
    <message>
        <source>Remove, keep conversations</source>
        <translation>Fjern, men behald samtalane</translation>
    </message>
    <message>
        <source>Remove with conversations</source>
        <translation>Fjern saman med samtalane</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <source>Not synced since %1</source>
        <translation>Ikkje synkronisert sidan %1</translation>
    </message>
    <message>
        <source>No accounts yet. Add the municipality&apos;s Facebook page or Mastodon account to bring citizens&apos; questions into the inbox.</source>
        <translation>Ingen kontoar enno. Legg til Facebook-sida eller Mastodon-kontoen til kommunen for å få spørsmåla frå innbyggjarane inn i innboksen.</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>Synkroniserer %1…</translation>
    </message>
    <message>
        <source>The account was removed, but its token could not be removed from the keychain: %1</source>
        <translation>Kontoen vart fjerna, men tilgangsnøkkelen kunne ikkje fjernast frå nøkkelringen: %1</translation>
    </message>
</context>
<context>
    <name>Torget::AddAccountDialog</name>
    <message>
        <source>Sign in again to %1</source>
        <translation>Logg inn på nytt på %1</translation>
    </message>
    <message>
        <source>The account&apos;s token no longer works. Paste a new token for the same page or account; syncing then resumes where it stopped, and nothing is lost.</source>
        <translation>Tilgangsnøkkelen til kontoen verkar ikkje lenger. Lim inn ein ny tilgangsnøkkel for same side eller konto; då held synkroniseringa fram der ho stoppa, og ingenting går tapt.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Give the address of the Mastodon server first.</source>
        <translation>Oppgi adressa til Mastodon-serveren først.</translation>
    </message>
    <message>
        <source>Signed in. Choose OK to check the token and save the account.</source>
        <translation>Du er logga inn. Vel OK for å kontrollere tilgangsnøkkelen og lagre kontoen.</translation>
    </message>
    <message>
        <source>Approve Torget in the browser window that opened; this dialog fills in the token.</source>
        <translation>Godkjenn Torget i nettlesarvindauget som vart opna; denne dialogen fyller inn tilgangsnøkkelen.</translation>
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
        <translation>Vanleg opningstid</translation>
    </message>
    <message>
        <source>Summer hours</source>
        <translation>Sommaropningstid</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Julaftan</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve</source>
        <translation>Nyttårsaftan</translation>
    </message>
    <message>
        <source>Wednesday before Maundy Thursday</source>
        <translation>Onsdag før skjærtorsdag</translation>
    </message>
    <message>
        <source>%1: closes at %2</source>
        <translation>%1: stengjer kl. %2</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>helg</translation>
    </message>
    <message>
        <source>%1 (%2, public holiday)</source>
        <translation>%1 (%2, heilagdag)</translation>
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
        <translation>stengt heile dagen %1</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>utanfor opningstida</translation>
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
        <translation>Opningstid og fristar</translation>
    </message>
    <message>
        <source>Opening &amp;hours</source>
        <translation>&amp;Opningstid</translation>
    </message>
    <message>
        <source>&amp;Special days</source>
        <translation>&amp;Særlege dagar</translation>
    </message>
    <message>
        <source>&amp;Targets</source>
        <translation>&amp;Fristar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Read a calendar file (JSON); it replaces every version when you save</source>
        <translation>Les ei kalenderfil (JSON); ho erstattar alle versjonane når du lagrar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Write the calendar, with the changes shown here, to a JSON file</source>
        <translation>Skriv kalenderen, med endringane som er viste her, til ei JSON-fil</translation>
    </message>
    <message>
        <source>Closed on Norwegian public &amp;holidays</source>
        <translation>Stengt på norske &amp;heilagdagar</translation>
    </message>
    <message>
        <source>Opening hours (empty: closed)</source>
        <translation>Opningstid (tom: stengt)</translation>
    </message>
    <message>
        <source>Hours such as 08:00–15:30; several spans separated by commas: 08:00–11:30, 12:00–15:30</source>
        <translation>Tider, til dømes 08:00–15:30; fleire tidsrom skilde med komma: 08:00–11:30, 12:00–15:30</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>From (dd.MM)</source>
        <translation>Frå (dd.MM)</translation>
    </message>
    <message>
        <source>To (dd.MM)</source>
        <translation>Til (dd.MM)</translation>
    </message>
    <message>
        <source>A change applies from the date above and makes a new version of the calendar; reports on earlier periods keep the hours that were valid then. Choose an earlier version to correct it.</source>
        <translation>Ei endring gjeld frå datoen over og lagar ein ny versjon av kalenderen; rapportar for tidlegare periodar held fram med opningstida som galdt då. Vel ein tidlegare versjon for å rette han.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versjon:</translation>
    </message>
    <message>
        <source>&amp;Applies from:</source>
        <translation>&amp;Gjeld frå:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Weekly opening hours:</source>
        <translation>Opningstid &amp;per veke:</translation>
    </message>
    <message>
        <source>S&amp;easons with other hours (such as summer hours):</source>
        <translation>Sesong&amp;ar med anna opningstid (til dømes sommaropningstid):</translation>
    </message>
    <message>
        <source>Add season</source>
        <translation>Legg til sesong</translation>
    </message>
    <message>
        <source>Remove season</source>
        <translation>Fjern sesong</translation>
    </message>
    <message>
        <source>Summer hours</source>
        <translation>Sommaropningstid</translation>
    </message>
    <message>
        <source>Date each year (dd.MM)</source>
        <translation>Dato kvart år (dd.MM)</translation>
    </message>
    <message>
        <source>Or days from Easter Sunday</source>
        <translation>Eller dagar frå første påskedag</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Opningstid</translation>
    </message>
    <message>
        <source>Date (dd.MM.yyyy)</source>
        <translation>Dato (dd.MM.yyyy)</translation>
    </message>
    <message>
        <source>Hours (empty: closed)</source>
        <translation>Opningstid (tom: stengt)</translation>
    </message>
    <message>
        <source>&amp;Reduced days, every year (only when the day would be open):</source>
        <translation>Ko&amp;rtdagar kvart år (berre når dagen elles ville vore open):</translation>
    </message>
    <message>
        <source>&amp;One-off closures and other hours:</source>
        <translation>&amp;Enkeltdagar som er stengde eller har anna opningstid:</translation>
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
        <translation>Legg til stenging</translation>
    </message>
    <message>
        <source>Remove closure</source>
        <translation>Fjern stenging</translation>
    </message>
    <message>
        <source>Custom targets</source>
        <translation>Eigne fristar</translation>
    </message>
    <message>
        <source> min of opening hours</source>
        <translation> min i opningstida</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Klokke</translation>
    </message>
    <message>
        <source>Channels (empty: all)</source>
        <translation>Kanalar (tom: alle)</translation>
    </message>
    <message>
        <source>Priorities (empty: all)</source>
        <translation>Prioritetar (tom: alle)</translation>
    </message>
    <message>
        <source>Target (0: none)</source>
        <translation>Frist (0: ingen)</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Rekna i</translation>
    </message>
    <message>
        <source>Same opening day</source>
        <translation>Same opningsdag</translation>
    </message>
    <message>
        <source>Channels: facebook, instagram, mastodon, x, bluesky, email, import. Priorities: low, normal, high, urgent. The most specific line wins.</source>
        <translation>Kanalar: facebook, instagram, mastodon, x, bluesky, email, import. Prioritetar: low, normal, high, urgent. Den mest spesifikke linja gjeld.</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>Svarfrist&amp;regel:</translation>
    </message>
    <message>
        <source>&quot;About to &amp;breach&quot; when at most:</source>
        <translation>«Snart over fristen» når det er att &amp;høgst:</translation>
    </message>
    <message>
        <source>&amp;Escalate breached conversations to:</source>
        <translation>&amp;Eskaler samtalar over fristen til:</translation>
    </message>
    <message>
        <source>Ta&amp;rgets:</source>
        <translation>Fris&amp;tar:</translation>
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
        <translation>Ingen (inga eskalering)</translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation>Frå %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not opening hours such as 08:00–15:30.</source>
        <translation>%1: &quot;%2&quot; er ikkje ei opningstid på forma 08:00–15:30.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; closes before it opens.</source>
        <translation>%1: i &quot;%2&quot; kjem stengetida før opningstida.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; overlaps or comes before the hours before it.</source>
        <translation>%1: &quot;%2&quot; overlappar med eller kjem før opningstida framfor i lista.</translation>
    </message>
    <message>
        <source>business minutes</source>
        <translation>minutt i opningstida</translation>
    </message>
    <message>
        <source>calendar minutes</source>
        <translation>kalenderminutt</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>yrkedagar</translation>
    </message>
    <message>
        <source>calendar months</source>
        <translation>kalendermånader</translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>Kalenderen må ha eit namn.</translation>
    </message>
    <message>
        <source>Season %1 (%2)</source>
        <translation>Sesong %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;From&quot; and &quot;To&quot; must be days of the year such as 15.05.</source>
        <translation>%1: &quot;Frå&quot; og &quot;Til&quot; må vere dagar i året, til dømes 15.05.</translation>
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
        <translation>%1: &quot;%2&quot; er ikkje ein dag i året, til dømes 24.12.</translation>
    </message>
    <message>
        <source>%1: give a date such as 24.12, or a number of days from Easter Sunday such as -4.</source>
        <translation>%1: oppgi ein dato, til dømes 24.12, eller eit tal på dagar frå første påskedag, til dømes -4.</translation>
    </message>
    <message>
        <source>Closure %1 (%2)</source>
        <translation>Stenging %1 (%2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date such as 19.06.2026.</source>
        <translation>%1: &quot;%2&quot; er ikkje ein dato, til dømes 19.06.2026.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive til %1: %2</translation>
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
        <translation>%1 må vere ei liste med opningstider, til dømes [&quot;08:00-15:30&quot;].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not opening hours such as &quot;08:00-15:30&quot;.</source>
        <translation>%1: &quot;%2&quot; er ikkje ei opningstid på forma &quot;08:00-15:30&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; closes before it opens.</source>
        <translation>%1: i &quot;%2&quot; kjem stengetida før opningstida.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; overlaps or comes before the hours before it.</source>
        <translation>%1: &quot;%2&quot; overlappar med eller kjem før opningstida framfor i lista.</translation>
    </message>
    <message>
        <source>%1 must be an object with the weekdays mon, tue, wed, thu, fri, sat and sun.</source>
        <translation>%1 må vere eit objekt med vekedagane mon, tue, wed, thu, fri, sat og sun.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a weekday (mon, tue, wed, thu, fri, sat, sun).</source>
        <translation>%1: &quot;%2&quot; er ikkje ein vekedag (mon, tue, wed, thu, fri, sat, sun).</translation>
    </message>
    <message>
        <source>%1.validFrom must be a date such as &quot;2026-01-01&quot;.</source>
        <translation>%1.validFrom må vere ein dato, til dømes &quot;2026-01-01&quot;.</translation>
    </message>
    <message>
        <source>%1.publicHolidays must be true or false.</source>
        <translation>%1.publicHolidays må vere true eller false.</translation>
    </message>
    <message>
        <source>%1: &quot;from&quot; and &quot;to&quot; must be days of the year such as &quot;05-15&quot;.</source>
        <translation>%1: &quot;from&quot; og &quot;to&quot; må vere dagar i året, til dømes &quot;05-15&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;easterOffset&quot; must be a number of days from Easter Sunday.</source>
        <translation>%1: &quot;easterOffset&quot; må vere eit tal på dagar frå første påskedag.</translation>
    </message>
    <message>
        <source>%1: give &quot;date&quot; (such as &quot;12-24&quot;) or &quot;easterOffset&quot; (such as -4).</source>
        <translation>%1: oppgi &quot;date&quot; (til dømes &quot;12-24&quot;) eller &quot;easterOffset&quot; (til dømes -4).</translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; must be a date such as &quot;2026-06-19&quot;.</source>
        <translation>%1: &quot;date&quot; må vere ein dato, til dømes &quot;2026-06-19&quot;.</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1 at character %2.</source>
        <translation>Kalenderen er ikkje gyldig JSON: %1 ved teikn %2.</translation>
    </message>
    <message>
        <source>The calendar must be a JSON object.</source>
        <translation>Kalenderen må vere eit JSON-objekt.</translation>
    </message>
    <message>
        <source>This is not a Torget calendar (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Dette er ikkje ein Torget-kalender (&quot;format&quot; må vere &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The calendar was written by a newer Torget (format version %1); this program reads version 1.</source>
        <translation>Kalenderen er skriven av ein nyare versjon av Torget (formatversjon %1); dette programmet les versjon 1.</translation>
    </message>
    <message>
        <source>The calendar&apos;s time zone is %1; Torget supports only %2.</source>
        <translation>Tidssona i kalenderen er %1; Torget støttar berre %2.</translation>
    </message>
    <message>
        <source>The calendar has no versions (&quot;versions&quot; must be a list of at least one).</source>
        <translation>Kalenderen har ingen versjonar (&quot;versions&quot; må vere ei liste med minst éin).</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 må vere eit objekt.</translation>
    </message>
    <message>
        <source>%1: another version is also valid from %2.</source>
        <translation>%1: ein annan versjon gjeld òg frå %2.</translation>
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
        <translation>%1 kunne ikkje synkroniserast: %2</translation>
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
        <translation>Bruk: torget-cli calendar holidays|due|export|import (sjå torget-cli calendar --help).</translation>
    </message>
    <message>
        <source>Start, ISO 8601 (such as 2026-03-27T15:20:00+01:00; without an offset: Oslo time).</source>
        <translation>Start, ISO 8601 (til dømes 2026-03-27T15:20:00+01:00; utan tidssone: Oslo-tid).</translation>
    </message>
    <message>
        <source>How many minutes to add.</source>
        <translation>Kor mange minutt som skal leggjast til.</translation>
    </message>
    <message>
        <source>Count wall-clock minutes instead of opening hours.</source>
        <translation>Tel vanlege klokkeminutt i staden for opningstid.</translation>
    </message>
    <message>
        <source>The year, 1900 to 2200.</source>
        <translation>Året, 1900 til 2200.</translation>
    </message>
    <message>
        <source>Lists the Norwegian public holidays of a year.</source>
        <translation>Viser dei norske heilagdagane i eit år.</translation>
    </message>
    <message>
        <source>When a deadline of N minutes falls, counted in opening hours (the database&apos;s calendar with --db, else the default one).</source>
        <translation>Når ein frist på N minutt går ut, rekna i opningstid (kalenderen i databasen med --db, elles standardkalenderen).</translation>
    </message>
    <message>
        <source>The file to write (- for standard output).</source>
        <translation>Fila det skal skrivast til (- for standard utdata).</translation>
    </message>
    <message>
        <source>The calendar file to read.</source>
        <translation>Kalenderfila som skal lesast.</translation>
    </message>
    <message>
        <source>Writes the database&apos;s calendar, every version, as JSON.</source>
        <translation>Skriv kalenderen i databasen, alle versjonane, som JSON.</translation>
    </message>
    <message>
        <source>Replaces the database&apos;s calendar with a JSON file and recomputes response times.</source>
        <translation>Byter ut kalenderen i databasen med ei JSON-fil og reknar ut svartidene på nytt.</translation>
    </message>
    <message>
        <source>Give one year from %1 to %2.</source>
        <translation>Oppgi eitt år frå %1 til %2.</translation>
    </message>
    <message>
        <source>Give --from and --minutes.</source>
        <translation>Oppgi --from og --minutes.</translation>
    </message>
    <message>
        <source>--from must be a time in ISO 8601, such as 2026-03-27T15:20:00+01:00.</source>
        <translation>--from må vere eit tidspunkt i ISO 8601, til dømes 2026-03-27T15:20:00+01:00.</translation>
    </message>
    <message>
        <source>--minutes must be a whole number, 0 or more.</source>
        <translation>--minutes må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>The deadline falls after the year %1, beyond the calendar.</source>
        <translation>Fristen går ut etter år %1, utanfor kalenderen.</translation>
    </message>
    <message>
        <source>Use: torget-cli calendar %1 FILE</source>
        <translation>Bruk: torget-cli calendar %1 FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive til %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar version(s) to %1.</source>
        <translation>
            <numerusform>Skreiv %n kalenderversjon til %1.</numerusform>
            <numerusform>Skreiv %n kalenderversjonar til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar version(s); response times recomputed for %1 conversations.</source>
        <translation>
            <numerusform>Importerte %n kalenderversjon; svartidene er rekna ut på nytt for %1 samtalar.</numerusform>
            <numerusform>Importerte %n kalenderversjonar; svartidene er rekna ut på nytt for %1 samtalar.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no account named %1. See torget-cli account list.</source>
        <translation>Det finst ingen konto som heiter %1. Sjå torget-cli account list.</translation>
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
        <translation>Bruk: torget-cli account add|list|signin|pause|resume|remove (sjå account --help)</translation>
    </message>
    <message>
        <source>A name for the account, unique in Torget.</source>
        <translation>Eit namn på kontoen, som må vere unikt i Torget.</translation>
    </message>
    <message>
        <source>The API address: https://graph.facebook.com/v25.0, the Mastodon server.</source>
        <translation>API-adressa: https://graph.facebook.com/v25.0 eller Mastodon-serveren.</translation>
    </message>
    <message>
        <source>Facebook: the id of the page.</source>
        <translation>Facebook: ID-en til sida.</translation>
    </message>
    <message>
        <source>Read the access token from standard input.</source>
        <translation>Les tilgangsnøkkelen frå standard inndata.</translation>
    </message>
    <message>
        <source>facebook or mastodon</source>
        <translation>facebook eller mastodon</translation>
    </message>
    <message>
        <source>Adds an account: checks the token with one call, keeps it in the system keychain.</source>
        <translation>Legg til ein konto: kontrollerer tilgangsnøkkelen med eitt kall og lagrar han i nøkkelringen til systemet.</translation>
    </message>
    <message>
        <source>Use: torget-cli account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin</source>
        <translation>Bruk: torget-cli account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin</translation>
    </message>
    <message>
        <source>Give the account a name with --name.</source>
        <translation>Gi kontoen eit namn med --name.</translation>
    </message>
    <message>
        <source>The token is read from standard input: add --token-stdin (a token on the command line would be visible to other users).</source>
        <translation>Tilgangsnøkkelen blir lesen frå standard inndata: legg til --token-stdin (ein nøkkel på kommandolinja ville vere synleg for andre brukarar).</translation>
    </message>
    <message>
        <source>A Facebook account needs --page-id.</source>
        <translation>Ein Facebook-konto treng --page-id.</translation>
    </message>
    <message>
        <source>No token on standard input.</source>
        <translation>Ingen tilgangsnøkkel på standard inndata.</translation>
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
        <translation>Gir ein konto ein ny tilgangsnøkkel; synkroniseringa held fram der ho stoppa.</translation>
    </message>
    <message>
        <source>Use: torget-cli account signin NAME --token-stdin</source>
        <translation>Bruk: torget-cli account signin NAME --token-stdin</translation>
    </message>
    <message>
        <source>%1 is signed in again.</source>
        <translation>%1 er logga inn på nytt.</translation>
    </message>
    <message>
        <source>remove: keep the account&apos;s conversations for the reports.</source>
        <translation>remove: behald samtalane frå kontoen til rapportane.</translation>
    </message>
    <message>
        <source>Removes an account and its token; without --keep-data also everything it brought in.</source>
        <translation>Fjernar ein konto og tilgangsnøkkelen hans; utan --keep-data òg alt kontoen har henta inn.</translation>
    </message>
    <message>
        <source>Stops syncing an account until it is resumed.</source>
        <translation>Set synkroniseringa av ein konto på pause til ho blir starta att.</translation>
    </message>
    <message>
        <source>Syncs a paused account again.</source>
        <translation>Tek opp att synkroniseringa av ein konto som er på pause.</translation>
    </message>
    <message>
        <source>Use: torget-cli account %1 NAME</source>
        <translation>Bruk: torget-cli account %1 NAME</translation>
    </message>
    <message>
        <source>%1 must sign in again: torget-cli account signin %1 --token-stdin</source>
        <translation>%1 må loggast inn på nytt: torget-cli account signin %1 --token-stdin</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 er sett på pause.</translation>
    </message>
    <message>
        <source>%1 syncs again.</source>
        <translation>%1 blir synkronisert att.</translation>
    </message>
    <message>
        <source>%1 is removed; its conversations stay.</source>
        <translation>%1 er fjerna; samtalane blir verande.</translation>
    </message>
    <message>
        <source>%1 and its conversations are removed.</source>
        <translation>%1 og samtalane frå kontoen er fjerna.</translation>
    </message>
    <message>
        <source>Lists the accounts with their state, last sync per stream and gaps in coverage.</source>
        <translation>Viser kontoane med tilstand, siste synkronisering per straum og periodar utan dekning.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sidan %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Sist synkronisert</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Utan dekning</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Siste feil</translation>
    </message>
    <message>
        <source>Only this account.</source>
        <translation>Berre denne kontoen.</translation>
    </message>
    <message>
        <source>Sync once and stop (the app syncs continuously).</source>
        <translation>Synkroniser éin gong og stopp (appen synkroniserer heile tida).</translation>
    </message>
    <message>
        <source>Fetches what is new on every active account (or one) and stores it.</source>
        <translation>Hentar det som er nytt på alle aktive kontoar (eller éin) og lagrar det.</translation>
    </message>
    <message>
        <source>Use: torget-cli sync [--account NAME] --once (the app keeps accounts in sync).</source>
        <translation>Bruk: torget-cli sync [--account NAME] --once (appen held kontoane synkroniserte).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No active account to sync.</source>
        <translation>Ingen aktive kontoar å synkronisere.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new or changed message(s)</source>
        <translation>
            <numerusform>%1: %n ny eller endra melding</numerusform>
            <numerusform>%1: %n nye eller endra meldingar</numerusform>
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
        <translation>Samtalen som skal svarast på.</translation>
    </message>
    <message>
        <source>Queues a reply in the outbox (torget-cli outbox flush or the app sends it). Prints the outbox entry&apos;s id.</source>
        <translation>Legg eit svar i kø i utboksen (torget-cli outbox flush eller appen sender det). Skriv ut ID-en til svaret i utboksen.</translation>
    </message>
    <message>
        <source>Use: torget-cli reply CONVERSATION_ID --text TEXT</source>
        <translation>Bruk: torget-cli reply CONVERSATION_ID --text TEXT</translation>
    </message>
    <message>
        <source>The reply was stored but not queued.</source>
        <translation>Svaret vart lagra, men ikkje lagt i kø.</translation>
    </message>
    <message>
        <source>Only this state: queued, sending, sent or failed.</source>
        <translation>Berre denne tilstanden: queued, sending, sent eller failed.</translation>
    </message>
    <message>
        <source>Lists the replies in the outbox.</source>
        <translation>Viser svara i utboksen.</translation>
    </message>
    <message>
        <source>--state must be one of: queued, sending, sent, failed.</source>
        <translation>--state må vere ein av: queued, sending, sent, failed.</translation>
    </message>
    <message>
        <source>Only this account&apos;s replies.</source>
        <translation>Berre svar frå denne kontoen.</translation>
    </message>
    <message>
        <source>Sends the queued replies that are due and waits for the answers.</source>
        <translation>Sender svara i køen som skal sendast no, og ventar på tilbakemelding.</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) sent</source>
        <translation>
            <numerusform>%n svar sendt</numerusform>
            <numerusform>%n svar sende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n mislukka</numerusform>
            <numerusform>%n mislukka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n ventar framleis</numerusform>
            <numerusform>%n ventar framleis</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Ingenting å sende.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reply(ies).</source>
        <translation>
            <numerusform>Sende %n svar.</numerusform>
            <numerusform>Sende %n svar.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Første dag, ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Last day (included), YYYY-MM-DD.</source>
        <translation>Siste dag (medrekna), ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>Periods: month or quarter.</source>
        <translation>Periodar: månad (month) eller kvartal (quarter).</translation>
    </message>
    <message>
        <source>Only this channel (facebook, instagram, mastodon, x, bluesky, email, import).</source>
        <translation>Berre denne kanalen (facebook, instagram, mastodon, x, bluesky, email, import).</translation>
    </message>
    <message>
        <source>Output format: json or csv.</source>
        <translation>Format på utdata: json eller csv.</translation>
    </message>
    <message>
        <source>The maturity model per period: post mix, reply rate, first response, engagement and the level (presence, mobilization, dialog) with the criteria behind it.</source>
        <translation>Modenheitsmodellen per periode: fordeling av innlegg, svarprosent, første svar, engasjement og nivået (tilstadevering, mobilisering, dialog) med kriteria bak.</translation>
    </message>
    <message>
        <source>Give the period with --from DATE and --to DATE.</source>
        <translation>Oppgi perioden med --from DATE og --to DATE.</translation>
    </message>
    <message>
        <source>--from and --to must be dates such as 2026-01-31.</source>
        <translation>--from og --to må vere datoar, til dømes 2026-01-31.</translation>
    </message>
    <message>
        <source>--to must be the same day as --from or later.</source>
        <translation>--to må vere same dag som --from eller seinare.</translation>
    </message>
    <message>
        <source>--by must be one of: month, quarter.</source>
        <translation>--by må vere ein av: month, quarter.</translation>
    </message>
    <message>
        <source>--channel must be one of: facebook, instagram, mastodon, x, bluesky, email, import.</source>
        <translation>--channel må vere ein av: facebook, instagram, mastodon, x, bluesky, email, import.</translation>
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
        <translation>Klassifiserer eit innlegg som informasjon, mobilisering eller dialog og viser reglane som avgjorde det.</translation>
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
        <translation>Bruk: torget-cli report sla eller torget-cli report refresh (sjå torget-cli report --help).</translation>
    </message>
    <message>
        <source>First day, such as 2026-01-01.</source>
        <translation>Første dag, til dømes 2026-01-01.</translation>
    </message>
    <message>
        <source>The day after the last day, such as 2027-01-01.</source>
        <translation>Dagen etter siste dag, til dømes 2027-01-01.</translation>
    </message>
    <message>
        <source>Rows by channel, agent, week or month.</source>
        <translation>Ei rad per kanal (channel), sakshandsamar (agent), veke (week) eller månad (month).</translation>
    </message>
    <message>
        <source>Response times of the clocks that started in [--from, --to): median, p90 and mean in business and calendar minutes, share within target and the same working day, by first response, next response and resolution; with the heatmap and the backlog in JSON.</source>
        <translation>Svartider for klokkene som starta i [--from, --to): median, p90 og gjennomsnitt i opningstidsminutt og kalenderminutt, del innan fristen og del på same yrkedag, for første svar, neste svar og løysing; med varmekart og restansar i JSON.</translation>
    </message>
    <message>
        <source>Recomputes every conversation&apos;s response-time facts and deadline.</source>
        <translation>Reknar ut svartidsdata og frist for alle samtalar på nytt.</translation>
    </message>
    <message>
        <source>Use: torget-cli report %1 (see torget-cli report --help).</source>
        <translation>Bruk: torget-cli report %1 (sjå torget-cli report --help).</translation>
    </message>
    <message>
        <source>Response times recomputed for %1 conversations (%2 clocks) in %3 s.</source>
        <translation>Svartidene er rekna ut på nytt for %1 samtalar (%2 klokker) på %3 s.</translation>
    </message>
    <message>
        <source>Give --from and --to.</source>
        <translation>Oppgi --from og --to.</translation>
    </message>
    <message>
        <source>--from and --to must be dates such as 2026-01-01.</source>
        <translation>--from og --to må vere datoar, til dømes 2026-01-01.</translation>
    </message>
    <message>
        <source>--to must come after --from (the period is [--from, --to)).</source>
        <translation>--to må kome etter --from (perioden er [--from, --to)).</translation>
    </message>
    <message>
        <source>--by must be one of: channel, agent, week, month.</source>
        <translation>--by må vere ein av: channel, agent, week, month.</translation>
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
        <translation>Det mislukka svaret (torget-cli outbox list).</translation>
    </message>
    <message>
        <source>Queues a Messenger reply refused for the 24-hour window again, to go as a staff member&apos;s personal answer (the HUMAN_AGENT tag, within 7 days of the citizen&apos;s last message).</source>
        <translation>Legg eit Messenger-svar som vart avvist på grunn av 24-timarsgrensa, i kø på nytt, slik at det blir sendt som eit personleg svar frå ein tilsett (merket HUMAN_AGENT, innan 7 dagar etter den siste meldinga frå innbyggjaren).</translation>
    </message>
    <message>
        <source>Give the outbox id of one failed reply.</source>
        <translation>Oppgi utboks-ID-en til eitt mislukka svar.</translation>
    </message>
    <message>
        <source>Queued again as a personal answer; torget-cli outbox flush or the app sends it.</source>
        <translation>Lagt i kø på nytt som personleg svar; torget-cli outbox flush eller appen sender det.</translation>
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

Kommandoar:
  demo --conversations N [--seed S]     fyll ein tom database med Demo kommune
  conversations list [--status S] [--limit N] --format json|table
  search QUERY --format json|table       fritekstsøk i meldingane
  export jsonl FILE                      skriv alt som JSON Lines
  import jsonl FILE                      les JSON Lines (alt eller ingenting)
  db check                               kontroller integriteten til databasen
  db backup FILE                         kopier databasen til FILE medan han er i bruk
  calendar holidays YEAR --format json   norske heilagdagar i eit år
  calendar due --from TIME --minutes N [--calendar-time] --format json
                                         når ein frist går ut, rekna i opningstid
  calendar export|import FILE            versjonane av kalenderen som JSON
  report sla --from DATE --to DATE --by channel|agent|week|month --format json|csv
                                         svartider: median, p90, del innan fristen
  report refresh                         rekn ut svartidene for alle samtalar på nytt
  report maturity --from DATE --to DATE --by month|quarter --format json|csv
                                         modenheitsnivå, fordeling av innlegg og svar per periode
  classify --text TEXT --format json     klassifiser eit innlegg: informasjon, mobilisering, dialog
  escalate [--once] [--to EMAIL|--off]   eskaler samtalar over fristen til ein namngitt kollega
  account add facebook|mastodon --name NAME --base-url URL [--page-id ID] --token-stdin
                                         legg til ein konto (nøkkelen blir lagra i nøkkelringen)
  account list [--format json|table]     kontoar, siste synkronisering, periodar utan dekning
  account signin|pause|resume|remove NAME
  sync [--account NAME] --once           hent det som er nytt på kontoane
  reply CONVERSATION_ID --text TEXT      legg eit svar i kø (skriv ut ID-en i utboksen)
  outbox list [--format json|table]      svara og tilstanden deira
  outbox flush [--account NAME]          send svara i køen no

Globale val:
  --db PATH      databasefila (standard: %1)
  -h, --help     denne hjelpa; COMMAND --help forklarer ein kommando
  -v, --version  versjonen av programmet
</translation>
    </message>
    <message>
        <source>Escalate the conversations that breached since the last pass (by any desk).</source>
        <translation>Eskaler samtalane som har gått over fristen sidan førre køyring (same kven som køyrde ho).</translation>
    </message>
    <message>
        <source>Escalate breached conversations to this agent (e-mail).</source>
        <translation>Eskaler samtalar over fristen til denne sakshandsamaren (e-post).</translation>
    </message>
    <message>
        <source>Stop escalating.</source>
        <translation>Slutt å eskalere.</translation>
    </message>
    <message>
        <source>Assigns conversations whose deadline has passed to the colleague chosen for escalation, once per breach, with an audit entry. Without options: who that colleague is.</source>
        <translation>Tildeler samtalar der fristen har gått ut, til kollegaen som er vald for eskalering, éin gong per frist som har gått ut, og loggfører kvar tildeling. Utan val: viser kven kollegaen er.</translation>
    </message>
    <message>
        <source>Use: torget-cli escalate [--once] [--to EMAIL | --off] (see torget-cli escalate --help).</source>
        <translation>Bruk: torget-cli escalate [--once] [--to EMAIL | --off] (sjå torget-cli escalate --help).</translation>
    </message>
    <message>
        <source>No active agent has the e-mail address %1.</source>
        <translation>Ingen aktiv sakshandsamar har e-postadressa %1.</translation>
    </message>
    <message>
        <source>Breached conversations are escalated to %1.</source>
        <translation>Samtalar over fristen blir eskalerte til %1.</translation>
    </message>
    <message>
        <source>Breached conversations are not escalated.</source>
        <translation>Samtalar over fristen blir ikkje eskalerte.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) escalated.</source>
        <translation>
            <numerusform>%n samtale er eskalert.</numerusform>
            <numerusform>%n samtalar er eskalerte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::ConnectorFactory</name>
    <message>
        <source>Torget cannot sync %1 accounts yet.</source>
        <translation>Torget kan ikkje synkronisere %1-kontoar enno.</translation>
    </message>
</context>
<context>
    <name>Torget::ConnectorPool</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finst ikkje lenger.</translation>
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
    <message>
        <source>Send as a personal answer (HUMAN_AGENT)</source>
        <translation>Send som personleg svar (HUMAN_AGENT)</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Kan ikkje sende</translation>
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
    <name>Torget::DeadlineNotifier</name>
    <message>
        <source>Torget: deadlines</source>
        <translation>Torget: fristar</translation>
    </message>
    <message numerus="yes">
        <source>%n breached conversation(s) escalated to %1.</source>
        <translation>
            <numerusform>%n samtale over fristen er eskalert til %1.</numerusform>
            <numerusform>%n samtalar over fristen er eskalerte til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>Ein innbyggjar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a citizen</source>
        <translation>ein innbyggjar</translation>
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
            <numerusform>%n frist har gått ut</numerusform>
            <numerusform>%n fristar har gått ut</numerusform>
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
            <numerusform>%n samtalar er snart over fristen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::DeadlinePanel</name>
    <message>
        <source>The deadline cannot be computed: %1</source>
        <translation>Fristen kan ikkje reknast ut: %1</translation>
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
        <translation>Frist for %1: %2 · %3 att i opningstida (%4 i kalendertid)</translation>
    </message>
    <message>
        <source>About to breach: %1 due %2 · %3 of opening hours left (%4 in calendar time)</source>
        <translation>Snart over fristen for %1: %2 · %3 att i opningstida (%4 i kalendertid)</translation>
    </message>
    <message>
        <source>Breached: %1 was due %2 · %3 of opening hours over (%4 in calendar time)</source>
        <translation>Over fristen for %1: fristen var %2 · overskriden med %3 i opningstida (%4 i kalendertid)</translation>
    </message>
    <message>
        <source>Paused: waiting for the citizen, nothing is due</source>
        <translation>På pause: ventar på innbyggjaren, ingenting har frist</translation>
    </message>
    <message>
        <source>No deadline: nothing is waiting for a reply</source>
        <translation>Ingen frist: ingenting ventar på svar</translation>
    </message>
    <message>
        <source>Escalated to %1 at %2 after the breach.</source>
        <translation>Eskalert til %1 %2 etter at fristen gjekk ut.</translation>
    </message>
    <message>
        <source>a colleague</source>
        <translation>ein kollega</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>Kvifor denne fristen</translation>
    </message>
    <message>
        <source>Which message started the clock, which hours, weekends and holidays were skipped, and any pause</source>
        <translation>Kva melding som starta klokka, kva timar, helgar og heilagdagar som vart hoppa over, og eventuelle pausar</translation>
    </message>
    <message>
        <source>What counts as a response</source>
        <translation>Kva som tel som svar</translation>
    </message>
    <message>
        <source>The rules every response time in Torget follows</source>
        <translation>Reglane som alle svartider i Torget følgjer</translation>
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
        <translation>Databasen inneheld allereie data; demoen treng ein tom database.</translation>
    </message>
    <message>
        <source>The number of conversations cannot be negative.</source>
        <translation>Talet på samtalar kan ikkje vere negativt.</translation>
    </message>
</context>
<context>
    <name>Torget::Escalation</name>
    <message>
        <source>The colleague chosen for escalation is no longer an active agent. Choose another one under Edit, Opening Hours and Targets.</source>
        <translation>Kollegaen som er vald for eskalering, er ikkje lenger ein aktiv sakshandsamar. Vel ein annan under Rediger, Opningstid og fristar.</translation>
    </message>
</context>
<context>
    <name>Torget::FacebookConnector</name>
    <message>
        <source>Sign in again: no Facebook token is stored for this page.</source>
        <translation>Logg inn på nytt: det finst ingen lagra Facebook-nøkkel for denne sida.</translation>
    </message>
    <message>
        <source>The Facebook account has no page id.</source>
        <translation>Facebook-kontoen har ingen side-ID.</translation>
    </message>
    <message numerus="yes">
        <source>Facebook asks Torget to slow down; it waits %n minute(s) before asking again.</source>
        <translation>
            <numerusform>Facebook ber Torget sende færre førespurnader; Torget ventar %n minutt før det prøver igjen.</numerusform>
            <numerusform>Facebook ber Torget sende færre førespurnader; Torget ventar %n minutt før det prøver igjen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Torget will not ask Facebook for this address.</source>
        <translation>Torget vil ikkje hente denne adressa frå Facebook.</translation>
    </message>
    <message>
        <source>Facebook sent an answer Torget does not understand (HTTP %1).</source>
        <translation>Facebook sende eit svar som Torget ikkje forstår (HTTP %1).</translation>
    </message>
    <message>
        <source>Facebook did not say which page the token belongs to.</source>
        <translation>Facebook oppgav ikkje kva side tilgangsnøkkelen høyrer til.</translation>
    </message>
    <message>
        <source>Facebook has no stream called %1.</source>
        <translation>Facebook har ingen straum som heiter %1.</translation>
    </message>
    <message>
        <source>An empty answer cannot be sent.</source>
        <translation>Eit tomt svar kan ikkje sendast.</translation>
    </message>
    <message>
        <source>Facebook can only answer comments and Messenger messages.</source>
        <translation>På Facebook kan Torget berre svare på kommentarar og Messenger-meldingar.</translation>
    </message>
    <message>
        <source>The Messenger answer has no recipient.</source>
        <translation>Messenger-svaret har ingen mottakar.</translation>
    </message>
    <message>
        <source>Messenger accepts at most %1 characters in one message; this answer has %2.</source>
        <translation>Messenger godtek høgst %1 teikn i ei melding; dette svaret har %2.</translation>
    </message>
    <message>
        <source>More than 7 days have passed since the citizen&apos;s last message, so it can no longer be answered in Messenger; use another channel.</source>
        <translation>Det har gått meir enn 7 dagar sidan den siste meldinga frå innbyggjaren, så ho kan ikkje lenger svarast på i Messenger; bruk ein annan kanal.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the citizen&apos;s last message, so Messenger does not accept an ordinary answer. Within 7 days you can still send it as a personal answer from a staff member (the HUMAN_AGENT option).</source>
        <translation>Det har gått meir enn 24 timar sidan den siste meldinga frå innbyggjaren, så Messenger godtek ikkje eit vanleg svar. Innan 7 dagar kan du framleis sende det som eit personleg svar frå ein tilsett (valet HUMAN_AGENT).</translation>
    </message>
    <message>
        <source>Facebook accepted the message but did not say its id.</source>
        <translation>Facebook tok imot meldinga, men oppgav ikkje ID-en til meldinga.</translation>
    </message>
    <message>
        <source>The comment answer has no comment to answer.</source>
        <translation>Kommentarsvaret manglar ein kommentar å svare på.</translation>
    </message>
    <message>
        <source>Facebook accepts at most %1 characters in a comment; this answer has %2.</source>
        <translation>Facebook godtek høgst %1 teikn i ein kommentar; dette svaret har %2.</translation>
    </message>
    <message>
        <source>Facebook accepted the comment but did not say its id.</source>
        <translation>Facebook tok imot kommentaren, men oppgav ikkje ID-en til kommentaren.</translation>
    </message>
    <message>
        <source>Torget cannot tell where on Facebook this answer would be.</source>
        <translation>Torget kan ikkje finne ut kvar på Facebook dette svaret skal publiserast.</translation>
    </message>
    <message>
        <source>Sign in again: the Facebook token has expired.</source>
        <translation>Logg inn på nytt: tilgangsnøkkelen til Facebook har gått ut.</translation>
    </message>
    <message>
        <source>Sign in again: the Facebook password was changed, so the page token no longer works.</source>
        <translation>Logg inn på nytt: passordet til Facebook er endra, så tilgangsnøkkelen til sida verkar ikkje lenger.</translation>
    </message>
    <message>
        <source>Sign in again: the page&apos;s access for Torget was removed or the Facebook account is locked.</source>
        <translation>Logg inn på nytt: tilgangen Torget hadde til sida, er fjerna, eller Facebook-kontoen er låst.</translation>
    </message>
    <message>
        <source>Sign in again: Facebook no longer accepts the page token.</source>
        <translation>Logg inn på nytt: Facebook godtek ikkje lenger tilgangsnøkkelen til sida.</translation>
    </message>
    <message>
        <source>Facebook had a temporary problem; Torget tries again later.</source>
        <translation>Facebook hadde eit mellombels problem; Torget prøver igjen seinare.</translation>
    </message>
    <message>
        <source>Facebook blocked this action because it may break its rules. Check the text, or answer in Facebook itself.</source>
        <translation>Facebook stoppa denne handlinga fordi ho kan bryte reglane til Facebook. Sjå over teksten, eller svar direkte i Facebook.</translation>
    </message>
    <message>
        <source>This person cannot be reached on Messenger right now; use another channel.</source>
        <translation>Denne personen kan ikkje nåast på Messenger no; bruk ein annan kanal.</translation>
    </message>
    <message>
        <source>Facebook refused the request: %1</source>
        <translation>Facebook avviste førespurnaden: %1</translation>
    </message>
    <message>
        <source>Messenger only accepts answers within 24 hours of the citizen&apos;s last message. Within 7 days you can still send it as a personal answer from a staff member (the HUMAN_AGENT option).</source>
        <translation>Messenger godtek berre svar innan 24 timar etter den siste meldinga frå innbyggjaren. Innan 7 dagar kan du framleis sende det som eit personleg svar frå ein tilsett (valet HUMAN_AGENT).</translation>
    </message>
    <message>
        <source>The page token lacks a Facebook permission for this; sign in again and grant Torget the page permissions.</source>
        <translation>Tilgangsnøkkelen til sida manglar eit Facebook-løyve for dette; logg inn på nytt og gi Torget løyva for sida.</translation>
    </message>
    <message>
        <source>Facebook answered with a server error (HTTP %1); Torget tries again later.</source>
        <translation>Facebook svarte med ein serverfeil (HTTP %1); Torget prøver igjen seinare.</translation>
    </message>
    <message>
        <source>(A message without text, such as a picture or a sticker: open it in Facebook to see it.)</source>
        <translation>(Ei melding utan tekst, til dømes eit bilete eller eit klistremerke: opne ho i Facebook for å sjå ho.)</translation>
    </message>
    <message>
        <source>(A comment without text, such as a picture or a sticker: open it in Facebook to see it.)</source>
        <translation>(Ein kommentar utan tekst, til dømes eit bilete eller eit klistremerke: opne han i Facebook for å sjå han.)</translation>
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
    <name>Torget::HttpClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 svarte ikkje i tide.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Fekk ikkje kontakt med %1: %2</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off.</source>
        <translation>Svaret frå %1 var avkorta.</translation>
    </message>
    <message>
        <source>%1 is not a valid web address.</source>
        <translation>%1 er ikkje ei gyldig nettadresse.</translation>
    </message>
    <message>
        <source>%1 must use https: tokens are only sent unencrypted to this computer itself.</source>
        <translation>%1 må bruke https: tilgangsnøklar blir berre sende ukrypterte til denne datamaskina.</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 må byrje med https://.</translation>
    </message>
    <message>
        <source>%1 sent an answer that is not valid JSON (%2 at byte %3).</source>
        <translation>%1 sende eit svar som ikkje er gyldig JSON (%2 ved byte %3).</translation>
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
        <translation>Frist %1, rekna i opningstid</translation>
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
    <message>
        <source>✕ Back to the inbox</source>
        <translation>✕ Tilbake til innboksen</translation>
    </message>
    <message>
        <source>Leave the report&apos;s conversations and show the view chosen before</source>
        <translation>Gå ut av samtalane frå rapporten og vis visinga som var vald før</translation>
    </message>
    <message>
        <source>Close the report&apos;s conversations</source>
        <translation>Lukk samtalane frå rapporten</translation>
    </message>
    <message numerus="yes">
        <source>Report: %1 (%n conversation(s))</source>
        <translation>
            <numerusform>Rapport: %1 (%n samtale)</numerusform>
            <numerusform>Rapport: %1 (%n samtalar)</numerusform>
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
    <name>Torget::KeychainStore</name>
    <message>
        <source>No sign-in is saved for this account; sign in again.</source>
        <translation>Det er ikkje lagra noka innlogging for denne kontoen; logg inn på nytt.</translation>
    </message>
    <message>
        <source>The system keychain refused access to the sign-in (%1).</source>
        <translation>Nøkkelringen til systemet nekta tilgang til innlogginga (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available, so sign-ins cannot be stored safely. Start the keyring service (for example GNOME Keyring) and try again.</source>
        <translation>Ingen nøkkelring er tilgjengeleg i systemet, så innloggingar kan ikkje lagrast trygt. Start nøkkelringtenesta (til dømes GNOME Keyring) og prøv igjen.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Feil i nøkkelringen til systemet: %1</translation>
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
        <source>%1 conversations · %2 new</source>
        <comment>status bar: all conversations, and those with the status New</comment>
        <translation>%1 samtalar · %2 nye</translation>
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
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Kontoar…</translation>
    </message>
    <message>
        <source>Connect the municipality&apos;s Facebook page and Mastodon account</source>
        <translation>Kople til Facebook-sida og Mastodon-kontoen til kommunen</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Innboks</translation>
    </message>
    <message>
        <source>&amp;Maturity</source>
        <translation>&amp;Modenheit</translation>
    </message>
    <message>
        <source>The municipality&apos;s climb from presence to mobilization to dialog, month by month</source>
        <translation>Utviklinga i kommunen frå tilstadevering via mobilisering til dialog, månad for månad</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Innboks</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Modenheit</translation>
    </message>
    <message>
        <source>Opening &amp;Hours and Targets…</source>
        <translation>&amp;Opningstid og fristar…</translation>
    </message>
    <message>
        <source>Opening hours, holidays and closures, response-time targets and escalation after a breach</source>
        <translation>Opningstid, heilagdagar og stengingar, svarfristar og eskalering når fristen har gått ut</translation>
    </message>
    <message>
        <source>Response &amp;Times</source>
        <translation>Svar&amp;tider</translation>
    </message>
    <message>
        <source>How fast the municipality answers: by channel, agent, week or month, with the hours that miss</source>
        <translation>Kor raskt kommunen svarar: per kanal, sakshandsamar, veke eller månad, med timane der fristen ikkje blir halden</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Svartider</translation>
    </message>
    <message>
        <source>Recomputing deadlines… %1 %</source>
        <translation>Reknar ut fristane på nytt… %1 %</translation>
    </message>
    <message>
        <source>Recomputing deadlines…</source>
        <translation>Reknar ut fristane på nytt…</translation>
    </message>
    <message>
        <source>The deadlines could not be recomputed: %1</source>
        <translation>Fristane kunne ikkje reknast ut på nytt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines recomputed for %n conversation(s) in %1 s.</source>
        <translation>
            <numerusform>Fristane er rekna ut på nytt for %n samtale på %1 s.</numerusform>
            <numerusform>Fristane er rekna ut på nytt for %n samtalar på %1 s.</numerusform>
        </translation>
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
    <name>Torget::MastodonConnector</name>
    <message>
        <source>Mastodon has no stream called %1.</source>
        <translation>Mastodon har ingen straum som heiter %1.</translation>
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
        <translation>Ingen logga inn på %1 innan tida gjekk ut. Prøv igjen.</translation>
    </message>
    <message>
        <source>Signing in to %1 was refused in the browser.</source>
        <translation>Innlogginga på %1 vart avvist i nettlesaren.</translation>
    </message>
    <message>
        <source>Torget could not open a local port to receive the answer from the browser.</source>
        <translation>Torget klarte ikkje å opne ein lokal port for å ta imot svaret frå nettlesaren.</translation>
    </message>
    <message>
        <source>Torget has received the answer. You can close this page.</source>
        <translation>Torget har fått svaret. Du kan lukke denne sida.</translation>
    </message>
    <message>
        <source>Could not register Torget with %1: %2</source>
        <translation>Klarte ikkje å registrere Torget på %1: %2</translation>
    </message>
    <message>
        <source>%1 signed Torget in without an access token.</source>
        <translation>%1 godkjende innlogginga, men sende ingen tilgangsnøkkel til Torget.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 avviste innlogginga: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (invalid_grant). Try again.</source>
        <translation>%1 godtok ikkje innlogginga (invalid_grant). Prøv igjen.</translation>
    </message>
    <message>
        <source>Could not reach %1 to finish the sign-in: %2</source>
        <translation>Fekk ikkje kontakt med %1 for å fullføre innlogginga: %2</translation>
    </message>
    <message>
        <source>Signing in to %1 was cancelled.</source>
        <translation>Innlogginga på %1 vart avbroten.</translation>
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
Klikk for å sjå kvifor.</translation>
    </message>
    <message>
        <source>Share of own posts</source>
        <translation>Del av eigne innlegg</translation>
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
        <translation>Fått svar</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Same dag</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Vist vidare</translation>
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
        <translation>Del av spørsmåla frå innbyggjarar</translation>
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
Fått svar %2 (%3 av %4)
Same dag %5
Median tid til første svar %6 t
Vist vidare %7</translation>
    </message>
    <message>
        <source>Citizens who wrote to us</source>
        <translation>Innbyggjarar som skreiv til oss</translation>
    </message>
    <message>
        <source>Citizens answering each other</source>
        <translation>Innbyggjarar som svarar kvarandre</translation>
    </message>
    <message>
        <source>Comments per post</source>
        <translation>Kommentarar per innlegg</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personar</translation>
    </message>
    <message>
        <source>%1
%2 citizens wrote to us
%3 replies between citizens
%4 comments per post</source>
        <translation>%1
%2 innbyggjarar skreiv til oss
%3 svar mellom innbyggjarar
%4 kommentarar per innlegg</translation>
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
        <translation>Spørsmål som fekk svar</translation>
    </message>
    <message>
        <source>Answered the same day</source>
        <translation>Fått svar same dag</translation>
    </message>
    <message>
        <source>%1 — %2: %3
%4 posts, %5 citizen questions, %6 answered</source>
        <translation>%1 — %2: %3
%4 innlegg, %5 spørsmål frå innbyggjarar, %6 fekk svar</translation>
    </message>
    <message>
        <source>Maturity level</source>
        <translation>Modenheitsnivå</translation>
    </message>
    <message>
        <source>Post mix</source>
        <translation>Innleggstypar</translation>
    </message>
    <message>
        <source>Replies to citizens</source>
        <translation>Svar til innbyggjarar</translation>
    </message>
    <message>
        <source>Reach and engagement</source>
        <translation>Rekkjevidd og engasjement</translation>
    </message>
    <message>
        <source>Channels compared</source>
        <translation>Samanlikning av kanalar</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityDashboard</name>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
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
        <translation>&amp;Periodar:</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Månader</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Length of each period</source>
        <translation>Lengda på kvar periode</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Channel to show</source>
        <translation>Kanal som skal visast</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Compute the figures again from the database</source>
        <translation>Rekn ut tala på nytt frå databasen</translation>
    </message>
    <message>
        <source>T&amp;hresholds…</source>
        <translation>Terskel&amp;verdiar…</translation>
    </message>
    <message>
        <source>Change the thresholds that place a period at a level</source>
        <translation>Endre terskelverdiane som avgjer kva nivå ein periode kjem på</translation>
    </message>
    <message>
        <source>&amp;Events…</source>
        <translation>&amp;Hendingar…</translation>
    </message>
    <message>
        <source>Add or change the events drawn on the charts</source>
        <translation>Legg til eller endre hendingane som blir viste i diagramma</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksporter</translation>
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
        <translation>Diagram: hald peikaren over ein periode for å sjå tala, og klikk for å sjå kvifor</translation>
    </message>
    <message>
        <source>Maturity charts</source>
        <translation>Modenheitsdiagram</translation>
    </message>
    <message>
        <source>Why this &amp;level:</source>
        <translation>Kvifor dette &amp;nivået:</translation>
    </message>
    <message>
        <source>Period to explain</source>
        <translation>Periode som skal forklarast</translation>
    </message>
    <message>
        <source>Why the period is at its level</source>
        <translation>Kvifor perioden er på dette nivået</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalar</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Den siste dagen er før den første.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Reknar ut…</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n periode</numerusform>
            <numerusform>%n periodar</numerusform>
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
        <translation>Berre %1–%2 av denne perioden er teke med.</translation>
    </message>
    <message>
        <source>every criterion met</source>
        <translation>alle krava er oppfylte</translation>
    </message>
    <message>
        <source>not every criterion met</source>
        <translation>ikkje alle krava er oppfylte</translation>
    </message>
    <message>
        <source>Also in this period</source>
        <translation>Elles i denne perioden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln own post(s)</source>
        <translation>
            <numerusform>%Ln eige innlegg</numerusform>
            <numerusform>%Ln eigne innlegg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen question(s), %1 answered</source>
        <translation>
            <numerusform>%Ln innbyggjarspørsmål, %1 fekk svar</numerusform>
            <numerusform>%Ln innbyggjarspørsmål, %1 fekk svar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 comments per post</source>
        <translation>%1 kommentarar per innlegg</translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) wrote to us</source>
        <translation>
            <numerusform>%Ln innbyggjar skreiv til oss</numerusform>
            <numerusform>%Ln innbyggjarar skreiv til oss</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) between citizens</source>
        <translation>
            <numerusform>%Ln svar mellom innbyggjarar</numerusform>
            <numerusform>%Ln svar mellom innbyggjarar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 redirected to a formal channel</source>
        <translation>%1 vist til ein formell kanal</translation>
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
        <translation>Korleis dette blir målt</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportere enno.</translation>
    </message>
    <message>
        <source>Maturity report</source>
        <translation>Modenheitsrapport</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-bilete (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-bilete (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Klarte ikkje å eksportere</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagra %1</translation>
    </message>
    <message>
        <source>Thresholds not saved</source>
        <translation>Terskelverdiane er ikkje lagra</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityEventsDialog</name>
    <message>
        <source>Strategy adopted</source>
        <translation>Strategi vedteken</translation>
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
        <translation>Anna</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Ikkje sletta</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityExport</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappa %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikkje skrive til %1.</translation>
    </message>
    <message>
        <source>Made by Torget</source>
        <translation>Laga av Torget</translation>
    </message>
    <message>
        <source>all channels</source>
        <translation>alle kanalar</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kvartal</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per månad</translation>
    </message>
    <message>
        <source>Period %1–%2, %3, %4.</source>
        <translation>Periode %1–%2, %3, %4.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>%1 was at %2; %3 is at %4.</source>
        <translation>%1 var på nivået %2; %3 er på nivået %4.</translation>
    </message>
    <message>
        <source>Periods at each level: dialog %1, mobilization %2, presence %3, below presence %4.</source>
        <translation>Periodar på kvart nivå: dialog %1, mobilisering %2, tilstadevering %3, under tilstadevering %4.</translation>
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
        <translation>Kvifor</translation>
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
        <translation>Fått svar</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Median tid til første svar (t)</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>Same dag</translation>
    </message>
    <message>
        <source>Comments per post</source>
        <translation>Kommentarar per innlegg</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Innbyggjarar</translation>
    </message>
    <message>
        <source>Citizen replies</source>
        <translation>Svar frå innbyggjarar</translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation>Vist vidare</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Periods marked * are not whole months or quarters. Sources: Berntzen&apos;s maturity model; Lovejoy and Saxton (2012) for the coding of posts; Mergel (2013).</source>
        <translation>Periodar merkte med * er ikkje heile månader eller kvartal. Kjelder: modenheitsmodellen til Berntzen; Lovejoy og Saxton (2012) for kodinga av innlegg; Mergel (2013).</translation>
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
        <translation>Inga tilstadevering</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstadevering</translation>
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
        <translation>Tilstadevering: eigne innlegg per månad, minst</translation>
    </message>
    <message>
        <source>Mobilization: share of mobilization posts, at least</source>
        <translation>Mobilisering: del mobiliseringsinnlegg, minst</translation>
    </message>
    <message>
        <source>Dialog: share of dialog posts, at least</source>
        <translation>Dialog: del dialoginnlegg, minst</translation>
    </message>
    <message>
        <source>Dialog: citizen questions with a reply, at least</source>
        <translation>Dialog: innbyggjarspørsmål som fekk svar, minst</translation>
    </message>
    <message>
        <source>Dialog: median first response, at most</source>
        <translation>Dialog: median tid til første svar, høgst</translation>
    </message>
    <message>
        <source>Dialog: replies the same day, at least</source>
        <translation>Dialog: svar same dag, minst</translation>
    </message>
    <message>
        <source>Own posts</source>
        <translation>Eigne innlegg</translation>
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
        <translation>Innbyggjarspørsmål som fekk svar</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>Median tid til første svar</translation>
    </message>
    <message>
        <source>Answered the same day</source>
        <translation>Fått svar same dag</translation>
    </message>
    <message>
        <source>nothing to measure</source>
        <translation>ingenting å måle</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>ikkje kravd</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>høgst %1</translation>
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
        <translation>Manglar for %1: %2.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityPostModel</name>
    <message>
        <source>Not coded</source>
        <translation>Ikkje koda</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redaktør</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglar</translation>
    </message>
    <message>
        <source>No call to action and no invitation to dialog: information.</source>
        <translation>Inga oppmoding om å handle og ingen invitasjon til dialog: informasjon.</translation>
    </message>
    <message>
        <source>«%1» — %2</source>
        <translation>«%1» — %2</translation>
    </message>
    <message>
        <source>Code: %1, set by %2</source>
        <translation>Kode: %1, sett av %2</translation>
    </message>
    <message>
        <source>an editor</source>
        <translation>ein redaktør</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>reglane</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Sett av</translation>
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
        <translation>Eigne innlegg i perioden</translation>
    </message>
    <message>
        <source>Each post with its code; the tooltip says why the rules chose it</source>
        <translation>Kvart innlegg med koden sin; hjelpeteksten viser kvifor reglane valde han</translation>
    </message>
    <message>
        <source>Why the post has its code</source>
        <translation>Kvifor innlegget har denne koden</translation>
    </message>
    <message>
        <source>Code to set</source>
        <translation>Kode som skal setjast</translation>
    </message>
    <message>
        <source>&amp;Set Code</source>
        <translation>&amp;Set kode</translation>
    </message>
    <message>
        <source>Give the selected post the chosen code as an editor</source>
        <translation>Gi det valde innlegget den valde koden som redaktør</translation>
    </message>
    <message>
        <source>Use the &amp;Rules&apos; Code</source>
        <translation>Bruk koden frå &amp;reglane</translation>
    </message>
    <message>
        <source>Remove the editor&apos;s code from the selected post</source>
        <translation>Fjern koden som redaktøren sette på det valde innlegget</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>Ko&amp;de:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln own post(s)</source>
        <translation>
            <numerusform>%1: %Ln eige innlegg</numerusform>
            <numerusform>%1: %Ln eigne innlegg</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: %1 (%2)</source>
        <translation>Kode: %1 (%2)</translation>
    </message>
    <message>
        <source>not coded yet</source>
        <translation>ikkje koda enno</translation>
    </message>
    <message>
        <source>set by an editor</source>
        <translation>sett av ein redaktør</translation>
    </message>
    <message>
        <source>set by the rules</source>
        <translation>sett av reglane</translation>
    </message>
    <message>
        <source>Changed by %1 on %2 (%3).</source>
        <translation>Endra av %1 den %2 (%3).</translation>
    </message>
    <message>
        <source>an unknown editor</source>
        <translation>ein ukjend redaktør</translation>
    </message>
    <message>
        <source>The rules found no call to action and no invitation to dialog, so the post is information.</source>
        <translation>Reglane fann inga oppmoding om å handle og ingen invitasjon til dialog, så innlegget er informasjon.</translation>
    </message>
    <message>
        <source>What the rules found:</source>
        <translation>Dette fann reglane:</translation>
    </message>
    <message>
        <source>«%1» — %2 (%3 %4)</source>
        <translation>«%1» — %2 (%3 %4)</translation>
    </message>
    <message>
        <source>Mobilization %1, dialog %2. A post needs %3 towards a class to leave information; the higher score wins, and a tie goes to dialog. The rules say: %4.</source>
        <translation>Mobilisering %1, dialog %2. Eit innlegg må ha minst %3 poeng mot ein klasse for å bli noko anna enn informasjon; den høgaste poengsummen vinn, og står det likt, blir det dialog. Reglane seier: %4.</translation>
    </message>
    <message>
        <source>Choose a post to see why it has its code.</source>
        <translation>Vel eit innlegg for å sjå kvifor det har koden sin.</translation>
    </message>
    <message>
        <source>Code not changed</source>
        <translation>Koden er ikkje endra</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityReport</name>
    <message>
        <source>The period must run from a date to the same or a later date.</source>
        <translation>Perioden må gå frå ein dato til same eller ein seinare dato.</translation>
    </message>
    <message>
        <source>A period is at Presence with at least %1 own posts a month; at Mobilization when also at least %2 of the posts are mobilization; at Dialog when also at least %3 are dialog posts, at least %4 of citizen questions got a reply and the median first response is at most %5 hours.</source>
        <translation>Ein periode er på nivået Tilstadevering med minst %1 eigne innlegg i månaden; på Mobilisering når i tillegg minst %2 av innlegga er mobilisering; på Dialog når i tillegg minst %3 er dialoginnlegg, minst %4 av spørsmåla frå innbyggjarar fekk svar og mediantida til første svar er høgst %5 timar.</translation>
    </message>
    <message>
        <source>Dialog also needs at least %1 answered the same day.</source>
        <translation>Dialog krev i tillegg at minst %1 får svar same dag.</translation>
    </message>
    <message>
        <source>The thresholds can be changed in the app.</source>
        <translation>Terskelverdiane kan endrast i appen.</translation>
    </message>
    <message>
        <source>The maturity model has three steps: presence (the municipality publishes news), mobilization (it asks citizens to act) and dialog (it talks with citizens and answers them quickly).</source>
        <translation>Modenheitsmodellen har tre steg: tilstadevering (kommunen publiserer nyheiter), mobilisering (kommunen ber innbyggjarane gjere noko) og dialog (kommunen snakkar med innbyggjarane og svarar dei raskt).</translation>
    </message>
    <message>
        <source>Every own post is coded information, mobilization or dialog by open rules in bokmål, nynorsk and English: calls to action, invitations, volunteering and hearings count towards mobilization; questions to citizens, invitations to comment and answers count towards dialog. Each post shows which words decided its code, and an editor can change the code.</source>
        <translation>Kvart eige innlegg blir koda som informasjon, mobilisering eller dialog etter opne reglar på bokmål, nynorsk og engelsk: oppmodingar om å handle, invitasjonar, frivillig innsats og høyringar tel mot mobilisering; spørsmål til innbyggjarane, invitasjonar til å kommentere og svar tel mot dialog. Kvart innlegg viser kva ord som avgjorde koden, og ein redaktør kan endre koden.</translation>
    </message>
    <message>
        <source>Reply rate is the share of conversations begun in the period with a citizen message that got a reply from a person (automatic replies do not count). First response is the time from the citizen&apos;s first message to that reply, in calendar time.</source>
        <translation>Svarprosenten er delen av samtalane som byrja i perioden med ei melding frå ein innbyggjar, og som fekk svar frå ein person (automatiske svar tel ikkje). Første svar er tida frå den første meldinga til innbyggjaren til dette svaret, i kalendertid.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturityRepository</name>
    <message>
        <source>There is no post with id %1.</source>
        <translation>Det finst ikkje noko innlegg med ID %1.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Det finst inga hending med ID %1.</translation>
    </message>
</context>
<context>
    <name>Torget::MaturitySettings</name>
    <message>
        <source>The event needs a title.</source>
        <translation>Hendinga må ha ein tittel.</translation>
    </message>
    <message>
        <source>Unknown kind of event: %1.</source>
        <translation>Ukjend type hending: %1.</translation>
    </message>
</context>
<context>
    <name>Torget::MemorySecretStore</name>
    <message>
        <source>No sign-in is saved for this account; sign in again.</source>
        <translation>Det er ikkje lagra noka innlogging for denne kontoen; logg inn på nytt.</translation>
    </message>
</context>
<context>
    <name>Torget::MessageRepository</name>
    <message>
        <source>The message no longer exists.</source>
        <translation>Meldinga finst ikkje lenger.</translation>
    </message>
    <message>
        <source>Another message already has the platform id %1.</source>
        <translation>Ei anna melding har allereie plattform-ID %1.</translation>
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
    <name>Torget::OutboxRepository</name>
    <message>
        <source>Only a Messenger reply refused for the 24-hour window can be sent again as a personal answer.</source>
        <translation>Berre eit Messenger-svar som vart avvist på grunn av 24-timarsgrensa, kan sendast på nytt som personleg svar.</translation>
    </message>
</context>
<context>
    <name>Torget::OutboxSender</name>
    <message>
        <source>Torget cannot send replies on %1.</source>
        <translation>Torget kan ikkje sende svar i %1.</translation>
    </message>
    <message>
        <source>Waiting: the account %1 is paused.</source>
        <translation>Ventar: kontoen %1 er sett på pause.</translation>
    </message>
    <message>
        <source>Waiting: the account %1 must sign in again.</source>
        <translation>Ventar: kontoen %1 må logge inn på nytt.</translation>
    </message>
    <message>
        <source>Waiting until %1: the platform asked Torget to slow down.</source>
        <translation>Ventar til %1: plattforma bad Torget om å sende færre førespurnader.</translation>
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
        <translation>Ber folk registrere seg sjølve eller noko dei eig</translation>
    </message>
    <message>
        <source>Looks for volunteers or a joint effort (frivillige, dugnad, volunteers)</source>
        <translation>Søkjer frivillige eller dugnadsinnsats (frivillige, dugnad, volunteers)</translation>
    </message>
    <message>
        <source>Asks people to report faults or send tips (tips oss, meld fra)</source>
        <translation>Ber folk melde frå om feil eller sende tips (tips oss, meld fra)</translation>
    </message>
    <message>
        <source>Asks people to respond to a public hearing (høring, høyring, merknader)</source>
        <translation>Ber folk svare på ei offentleg høyring (høring, høyring, merknader)</translation>
    </message>
    <message>
        <source>Asks people to vote</source>
        <translation>Ber folk stemme</translation>
    </message>
    <message>
        <source>Invites people to attend or join (inviterer, bli med, kom på)</source>
        <translation>Inviterer folk til å kome eller vere med (inviterer, bli med, kom på)</translation>
    </message>
    <message>
        <source>Asks for nominations, proposals or contributions</source>
        <translation>Ber om nominasjonar, forslag eller bidrag</translation>
    </message>
    <message>
        <source>Invites people to apply for grants or funds</source>
        <translation>Inviterer folk til å søkje om tilskot eller midlar</translation>
    </message>
    <message>
        <source>Encourages people to apply (søk om, søk på)</source>
        <translation>Oppmodar folk til å søkje (søk om, søk på)</translation>
    </message>
    <message>
        <source>Asks people to help or give (hjelp oss, bidra, støtt)</source>
        <translation>Ber folk hjelpe til eller gi (hjelp oss, bidra, støtt)</translation>
    </message>
    <message>
        <source>Appeals to everyone to act for the community (vi ber alle om, spar på vannet)</source>
        <translation>Oppmodar alle til å gjere noko for fellesskapet (vi ber alle om, spar på vannet)</translation>
    </message>
    <message>
        <source>Asks people to answer a survey</source>
        <translation>Ber folk svare på ei spørjeundersøking</translation>
    </message>
    <message>
        <source>A sentence opens with a call to action (plukk, hent, lever, stem …)</source>
        <translation>Ei setning byrjar med ei oppmoding om å handle (plukk, hent, lever, stem …)</translation>
    </message>
    <message>
        <source>A call to action that ends with an exclamation mark</source>
        <translation>Ei oppmoding om å handle som sluttar med utropsteikn</translation>
    </message>
    <message>
        <source>Names a campaign or a collection drive (aksjon, samler inn)</source>
        <translation>Nemner ein kampanje eller ei innsamling (aksjon, samler inn)</translation>
    </message>
    <message>
        <source>Asks people to turn up (møt opp)</source>
        <translation>Ber folk møte opp (møt opp)</translation>
    </message>
    <message>
        <source>Thanks people for helping out</source>
        <translation>Takkar folk for at dei hjelpte til</translation>
    </message>
    <message>
        <source>Reminds people to do something (husk å, hugs å)</source>
        <translation>Minner folk på å gjere noko (husk å, hugs å)</translation>
    </message>
    <message>
        <source>Asks people to share the post</source>
        <translation>Ber folk dele innlegget</translation>
    </message>
    <message>
        <source>Asks what people think or want (hva mener du, kva meiner du)</source>
        <translation>Spør kva folk meiner eller ønskjer (hva mener du, kva meiner du)</translation>
    </message>
    <message>
        <source>Invites people to share views, ideas or experiences (fortell oss, kom med forslag)</source>
        <translation>Inviterer folk til å dele meiningar, idear eller erfaringar (fortell oss, kom med forslag)</translation>
    </message>
    <message>
        <source>Points people to the comments to answer (kommentarfeltet, skriv her)</source>
        <translation>Viser folk til kommentarfeltet for å svare (kommentarfeltet, skriv her)</translation>
    </message>
    <message>
        <source>Invites questions that the municipality will answer (spør oss, still spørsmål)</source>
        <translation>Inviterer til spørsmål som kommunen skal svare på (spør oss, still spørsmål)</translation>
    </message>
    <message>
        <source>Answers citizens or reports back on their input (takk for spørsmålet, her er svarene)</source>
        <translation>Svarar innbyggjarar eller gir tilbakemelding på innspela deira (takk for spørsmålet, her er svarene)</translation>
    </message>
    <message>
        <source>Promises to read and use what people write (vi leser alt)</source>
        <translation>Lovar å lese og bruke det folk skriv (vi leser alt)</translation>
    </message>
    <message>
        <source>Asks the reader a direct question (a sentence with du/dere/you ending in ?)</source>
        <translation>Stiller lesaren eit direkte spørsmål (ei setning med du/dere/you som sluttar med ?)</translation>
    </message>
    <message>
        <source>Asks the public an open question (hva, hvilke, korleis … ?)</source>
        <translation>Stiller eit ope spørsmål til alle (hva, hvilke, korleis … ?)</translation>
    </message>
    <message>
        <source>Announces a participation meeting or workshop (folkemøte, medvirkning)</source>
        <translation>Varslar om eit medverknadsmøte eller ein arbeidsverkstad (folkemøte, medvirkning)</translation>
    </message>
</context>
<context>
    <name>Torget::PostCoding</name>
    <message>
        <source>There is no post with id %1.</source>
        <translation>Det finst ikkje noko innlegg med ID %1.</translation>
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
        <translation>Inga klokke har starta: innbyggjaren har ikkje skrive noko.</translation>
    </message>
    <message>
        <source>The %1 clock started with the citizen&apos;s message of %2.</source>
        <translation>Klokka for %1 starta med meldinga innbyggjaren sende %2.</translation>
    </message>
    <message>
        <source>The %1 clock started when the conversation was reopened at %2.</source>
        <translation>Klokka for %1 starta då samtalen vart opna att %2.</translation>
    </message>
    <message>
        <source>That was outside opening hours: business time counts from the next opening, %1.</source>
        <translation>Det var utanfor opningstida: tida blir rekna frå neste opning, %1.</translation>
    </message>
    <message>
        <source>The resolution clock runs until the conversation is resolved; &quot;waiting for the citizen&quot; pauses it.</source>
        <translation>Klokka for løysing går til samtalen er løyst; statusen «Ventar på innbyggjar» set klokka på pause.</translation>
    </message>
    <message>
        <source>A response is a reply the citizen can see, written by a person (an answer given on the platform itself counts). Internal notes, automatic acknowledgements and status changes do not stop the clock.</source>
        <translation>Eit svar er eit svar som innbyggjaren kan sjå, skrive av ein person (svar gitt direkte på plattforma tel òg). Interne notat, automatiske kvitteringar og statusendringar stoppar ikkje klokka.</translation>
    </message>
    <message>
        <source>The automatic acknowledgement of %1 is not a response.</source>
        <translation>Den automatiske kvitteringa sendt %1 tel ikkje som svar.</translation>
    </message>
    <message>
        <source>Referred to a formal channel at %1.</source>
        <translation>Vist til ein formell kanal %1.</translation>
    </message>
    <message>
        <source>The status is not in the conversation&apos;s history; it is taken to apply from the last activity, %1.</source>
        <translation>Statusen står ikkje i historikken til samtalen; han blir rekna som gjeldande frå siste aktivitet, %1.</translation>
    </message>
    <message>
        <source>Waiting for the citizen %1 – %2: the clock was paused (%3 of business time).</source>
        <translation>Venta på innbyggjaren %1 – %2: klokka stod på pause (%3 i opningstida).</translation>
    </message>
    <message>
        <source>Waiting for the citizen since %1: the clock is paused.</source>
        <translation>Ventar på innbyggjaren sidan %1: klokka står på pause.</translation>
    </message>
    <message>
        <source>Target: %1 (%2).</source>
        <translation>Frist: %1 (%2).</translation>
    </message>
    <message>
        <source>The policy &quot;%1&quot; sets no target for this clock.</source>
        <translation>Svarfristregelen «%1» set ingen frist for denne klokka.</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Stengt %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more closed period(s).</source>
        <translation>
            <numerusform>… og %n stengd periode til.</numerusform>
            <numerusform>… og %n stengde periodar til.</numerusform>
        </translation>
    </message>
    <message>
        <source>no target</source>
        <translation>ingen frist</translation>
    </message>
    <message>
        <source>within the target</source>
        <translation>innan fristen</translation>
    </message>
    <message>
        <source>later than the target</source>
        <translation>etter fristen</translation>
    </message>
    <message>
        <source>Resolved %1 after %2 of business time (%3 in calendar time): %4.</source>
        <translation>Løyst %1 etter %2 i opningstida (%3 i kalendertid): %4.</translation>
    </message>
    <message>
        <source>Answered %1 after %2 of business time (%3 in calendar time): %4.</source>
        <translation>Svara %1 etter %2 i opningstida (%3 i kalendertid): %4.</translation>
    </message>
    <message>
        <source>The conversation was resolved without a reply to this message.</source>
        <translation>Samtalen vart løyst utan svar på denne meldinga.</translation>
    </message>
    <message>
        <source>The conversation is resolved; its history does not say when.</source>
        <translation>Samtalen er løyst; historikken seier ikkje når.</translation>
    </message>
    <message>
        <source>Due %1: %2 of business time left.</source>
        <translation>Frist %1: %2 att i opningstida.</translation>
    </message>
    <message>
        <source>Breached: it was due %1, %2 of business time ago.</source>
        <translation>Over fristen: fristen var %1, for %2 sidan i opningstida.</translation>
    </message>
    <message>
        <source>Nothing is due while the conversation waits for the citizen.</source>
        <translation>Ingenting har frist medan samtalen ventar på innbyggjaren.</translation>
    </message>
    <message>
        <source>Nothing is due: there is no target.</source>
        <translation>Ingenting har frist: det er ikkje sett nokon frist.</translation>
    </message>
    <message>
        <source>The clock starts at the citizen&apos;s first unanswered message; outside opening hours, business time counts from the next opening.</source>
        <translation>Klokka startar ved den første ubesvarte meldinga frå innbyggjaren; utanfor opningstid vert yrkestid rekna frå neste opning.</translation>
    </message>
    <message>
        <source>A response is a reply the citizen can see, written by a person: a public reply, a direct message or an e-mail, also when it was written on the platform itself.</source>
        <translation>Eit svar er eit svar innbyggjaren kan sjå, skrive av eit menneske: eit offentleg svar, ei direktemelding eller ein e-post, også når det vart skrive på plattforma sjølv.</translation>
    </message>
    <message>
        <source>Internal notes, automatic acknowledgements and status changes are not responses.</source>
        <translation>Interne notat, automatiske kvitteringar og statusendringar er ikkje svar.</translation>
    </message>
    <message>
        <source>After a response, the next-response clock runs from the oldest message that is still unanswered.</source>
        <translation>Etter eit svar går klokka for neste svar frå den eldste meldinga som framleis er ubesvart.</translation>
    </message>
    <message>
        <source>The resolution clock runs until the conversation is resolved; &quot;waiting for the citizen&quot; pauses it, and the citizen&apos;s next message ends the pause.</source>
        <translation>Klokka for løysing går til samtalen er løyst; «ventar på innbyggjar» set henne på pause, og den neste meldinga frå innbyggjaren avsluttar pausen.</translation>
    </message>
    <message>
        <source>A conversation that is reopened starts a new first response and a new resolution.</source>
        <translation>Ein samtale som vert opna att, startar eit nytt første svar og ei ny løysing.</translation>
    </message>
    <message>
        <source>Every time is kept both in business time (opening hours, holidays skipped) and in calendar time.</source>
        <translation>Alle tider vert førte både i yrkestid (opningstid, heilagdagar hoppa over) og i kalendertid.</translation>
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
            <numerusform>%n samtale som gjekk over fristen</numerusform>
            <numerusform>%n samtalar som gjekk over fristen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n innkomen førespurnad</numerusform>
            <numerusform>%n innkomne førespurnader</numerusform>
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
        <translation>Løysing</translation>
    </message>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n time i opningstida</numerusform>
            <numerusform>%n timar i opningstida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n minutt i opningstida</numerusform>
            <numerusform>%n minutt i opningstida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n yrkedag</numerusform>
            <numerusform>%n yrkedagar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n månad</numerusform>
            <numerusform>%n månader</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, and before closing on the day the clock starts</source>
        <translation>%1, og før stengetid den dagen klokka startar</translation>
    </message>
    <message>
        <source>Sarpsborg: social media within 2 business hours and the same day</source>
        <translation>Sarpsborg: sosiale medium innan 2 timar i opningstida og same dag</translation>
    </message>
    <message>
        <source>E-mail: every channel within 1 working day</source>
        <translation>E-post: alle kanalar innan 1 yrkedag</translation>
    </message>
    <message>
        <source>Public Administration Act § 11 a: preliminary reply within one month</source>
        <translation>Forvaltningslova § 11 a: førebels svar innan éin månad</translation>
    </message>
    <message>
        <source>Freedom of Information Act: 1 working day, refused after 5</source>
        <translation>Offentleglova: 1 yrkedag, rekna som avslag etter 5</translation>
    </message>
    <message>
        <source>The response-time policy&apos;s &quot;soonMinutes&quot; must be a whole number, 0 or more.</source>
        <translation>«soonMinutes» i svarfristreglane må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>Rule %1 of the response-time policy: %2</source>
        <translation>Regel %1 i svarfristreglane: %2</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be first, next or resolution.</source>
        <translation>«kind» må vere first, next eller resolution.</translation>
    </message>
    <message>
        <source>unknown channel &quot;%1&quot;.</source>
        <translation>ukjend kanal «%1».</translation>
    </message>
    <message>
        <source>unknown priority &quot;%1&quot; (low, normal, high or urgent).</source>
        <translation>ukjend prioritet «%1» (low, normal, high eller urgent).</translation>
    </message>
    <message>
        <source>&quot;unit&quot; must be business_minutes, calendar_minutes, working_days or calendar_months.</source>
        <translation>«unit» må vere business_minutes, calendar_minutes, working_days eller calendar_months.</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be a whole number, 0 or more.</source>
        <translation>«amount» må vere eit heiltal, 0 eller meir.</translation>
    </message>
    <message>
        <source>&quot;target&quot; must be an object or null.</source>
        <translation>«target» må vere eit objekt eller null.</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReport</name>
    <message>
        <source>The report period must end after it starts.</source>
        <translation>Rapportperioden må slutte etter at han byrjar.</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Veke %1, %2</translation>
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
        <translation>Sakshandsamar %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a row of this report.</source>
        <translation>«%1» er ikkje ei rad i denne rapporten.</translation>
    </message>
    <message>
        <source>The response-time summary of %1 is damaged; recompute the response times.</source>
        <translation>Svartidssamandraget for %1 er skadd; rekn ut svartidene på nytt.</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportCharts</name>
    <message>
        <source>%1: median and p90 (business hours)</source>
        <translation>%1: median og p90 (i opningstida)</translation>
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
%6 svara
Klikk for å sjå samtalane</translation>
    </message>
    <message>
        <source>Hours (business time)</source>
        <translation>Timar (opningstid)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1: within target and same working day</source>
        <translation>%1: innan fristen og same yrkedag</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innan fristen</translation>
    </message>
    <message>
        <source>Same working day</source>
        <translation>Same yrkedag</translation>
    </message>
    <message>
        <source>%1
Within target %2 (%3 of %4)
Same working day %5</source>
        <translation>%1
Innan fristen %2 (%3 av %4)
Same yrkedag %5</translation>
    </message>
    <message>
        <source>Below the goal of %1</source>
        <translation>Under målet på %1</translation>
    </message>
    <message>
        <source>Click to see the conversations that missed the target</source>
        <translation>Klikk for å sjå samtalane som gjekk over fristen</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Del (%)</translation>
    </message>
    <message>
        <source>Goal %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>Open conversations at the end of each day</source>
        <translation>Opne samtalar ved slutten av kvar dag</translation>
    </message>
    <message>
        <source>Open (backlog)</source>
        <translation>Opne (restansar)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Samtalar</translation>
    </message>
    <message>
        <source>%1: %2 open
Click to see them</source>
        <translation>%1: %2 opne
Klikk for å sjå dei</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportExport</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappa %1 finst ikkje.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikkje skrive til %1.</translation>
    </message>
    <message>
        <source>Answers by weekday and hour</source>
        <translation>Svar etter vekedag og time</translation>
    </message>
    <message>
        <source>Missed the target, by the hour the message came</source>
        <translation>Over fristen, etter kva time meldinga kom</translation>
    </message>
    <message>
        <source>Arrivals by weekday and hour</source>
        <translation>Innkomne meldingar etter vekedag og time</translation>
    </message>
    <message>
        <source>%1 · period %2 · by %3 · policy: %4</source>
        <translation>%1 · periode %2 · per %3 · svarfristregel: %4</translation>
    </message>
    <message>
        <source>%1 answered: median %2 in business time (%3 on the clock), p90 %4; %5 within target, %6 the same working day; %7 still open, %8 unanswered.</source>
        <translation>%1 svara: median %2 i opningstida (%3 i kalendertid), p90 %4; %5 innan fristen, %6 same yrkedag; %7 framleis opne, %8 ubesvarte.</translation>
    </message>
    <message>
        <source>Every row meets the goal of %1 within target.</source>
        <translation>Alle radene når målet på %1 innan fristen.</translation>
    </message>
    <message>
        <source>Below the goal of %1 within target: %2.</source>
        <translation>Under målet på %1 innan fristen: %2.</translation>
    </message>
    <message>
        <source>Targets: %1.</source>
        <translation>Fristar: %1.</translation>
    </message>
    <message>
        <source>When citizens write, and when they are answered</source>
        <translation>Når innbyggjarane skriv, og når dei får svar</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Restansar</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definisjonar</translation>
    </message>
    <message>
        <source>What counts as a response</source>
        <translation>Kva som tel som svar</translation>
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
        <translation>%1 innan fristen, under målet på %2</translation>
    </message>
    <message>
        <source>%1 within target, the goal is %2</source>
        <translation>%1 innan fristen, målet er %2</translation>
    </message>
    <message>
        <source>Click to see the conversations that missed the target</source>
        <translation>Klikk for å sjå samtalane som gjekk over fristen</translation>
    </message>
    <message>
        <source>Click to see the conversations not answered the same working day</source>
        <translation>Klikk for å sjå samtalane som ikkje fekk svar same yrkedag</translation>
    </message>
    <message>
        <source>Click to see the conversations behind this figure</source>
        <translation>Klikk for å sjå samtalane bak dette talet</translation>
    </message>
    <message>
        <source>Business time: only the opening hours of the calendar count</source>
        <translation>Opningstid: berre opningstidene i kalenderen tel</translation>
    </message>
    <message>
        <source>Calendar time: the clock on the wall</source>
        <translation>Kalendertid: vanleg klokketid</translation>
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
        <translation>Svara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Opne</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvarte</translation>
    </message>
    <message>
        <source>Median
(business)</source>
        <translation>Median
(opningstid)</translation>
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
(opningstid)</translation>
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
(opningstid)</translation>
    </message>
    <message>
        <source>Mean
(calendar)</source>
        <translation>Gjennomsnitt
(kalendertid)</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innan fristen</translation>
    </message>
    <message>
        <source>Same
working day</source>
        <translation>Same
yrkedag</translation>
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
        <translation>%1, ikkje same yrkedag</translation>
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
        <translation>Løysing</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Sakshandsamar</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Times are measured from the message that started the clock to the response, in business time (opening hours of the calendar, without weekends and holidays) and in calendar time (the clock on the wall).</source>
        <translation>Tidene blir målte frå meldinga som starta klokka, fram til svaret, både i opningstid (opningstidene i kalenderen, utan helgar og heilagdagar) og i kalendertid (vanleg klokketid).</translation>
    </message>
    <message>
        <source>Median: half of the answered clocks took this long or less (the lower middle value of an even count). p90: nine in ten took this long or less (the value at rank ⌈0.9 × count⌉ of the sorted times). Mean: the plain average.</source>
        <translation>Median: halvparten av klokkene med svar tok så lang tid eller kortare (ved eit partal den lågaste av dei to midtverdiane). p90: ni av ti tok så lang tid eller kortare (verdien på plass ⌈0,9 × talet⌉ i dei sorterte tidene). Gjennomsnitt: vanleg gjennomsnitt.</translation>
    </message>
    <message>
        <source>Within target: answered within the target, out of those answered with a target plus those that missed it without an answer (still open past the deadline, or resolved after it).</source>
        <translation>Innan fristen: delen som fekk svar innan fristen, rekna av dei som fekk svar og hadde ein frist, pluss dei som gjekk over fristen utan svar (framleis opne etter fristen, eller løyste etter han).</translation>
    </message>
    <message>
        <source>Same working day: answered no later than the end of the working day the clock started on, out of those answered.</source>
        <translation>Same yrkedag: delen som fekk svar seinast ved slutten av den yrkedagen klokka starta, rekna av dei som fekk svar.</translation>
    </message>
    <message>
        <source>Count: answered clocks; open: still running; unanswered: closed without a response. Rows below the goal of %1 within target are marked. Clocks are counted in the period they started.</source>
        <translation>Tal: klokker med svar; opne: går framleis; ubesvarte: avslutta utan svar. Rader under målet på %1 innan fristen er merkte. Klokkene blir talde i perioden dei starta i.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>%1 (social media)</source>
        <translation>%1 (sosiale medium)</translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportsPage</name>
    <message>
        <source>Arrived %1 %2:00–%3:00, missed the target</source>
        <translation>Kom %1 %2:00–%3:00, over fristen</translation>
    </message>
    <message>
        <source>Arrived %1 %2:00–%3:00</source>
        <translation>Kom %1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>Answered %1 %2:00–%3:00</source>
        <translation>Svara %1 %2:00–%3:00</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valde datoar</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dagar</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Førre månad</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 månader</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Perioden for rapporten</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Frå:</translation>
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
        <translation>Kva svartid som skal visast</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>Share within target that a row must reach</source>
        <translation>Delen innan fristen som ei rad må nå</translation>
    </message>
    <message>
        <source>Rows with a smaller share answered within target are marked</source>
        <translation>Rader der ein mindre del fekk svar innan fristen, blir merkte</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>Compute the figures again from the database</source>
        <translation>Rekn ut tala på nytt frå databasen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Save the figures as CSV or the report as PDF</source>
        <translation>Lagre tala som CSV eller rapporten som PDF</translation>
    </message>
    <message>
        <source>Figures as &amp;CSV…</source>
        <translation>Tal som &amp;CSV…</translation>
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
        <translation>Éi rad per gruppe og ei rad med totalen; trykk Enter på ei celle for å opne samtalane bak</translation>
    </message>
    <message>
        <source>Median and p90</source>
        <translation>Median og p90</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Innan fristen</translation>
    </message>
    <message>
        <source>Hours of the week</source>
        <translation>Timane i veka</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Restansar</translation>
    </message>
    <message>
        <source>Response-time charts</source>
        <translation>Svartidsdiagram</translation>
    </message>
    <message>
        <source>Median and p90 per row</source>
        <translation>Median og p90 per rad</translation>
    </message>
    <message>
        <source>Share within target per row</source>
        <translation>Del innan fristen per rad</translation>
    </message>
    <message>
        <source>Open conversations per day</source>
        <translation>Opne samtalar per dag</translation>
    </message>
    <message>
        <source>Chart; hover a bar or point for its figures, click it for its conversations</source>
        <translation>Diagram: hald peikaren over ein stolpe eller eit punkt for å sjå tala, og klikk for å sjå samtalane</translation>
    </message>
    <message>
        <source>Arrivals by weekday and hour</source>
        <translation>Innkomne meldingar etter vekedag og time</translation>
    </message>
    <message>
        <source>Answers by weekday and hour</source>
        <translation>Svar etter vekedag og time</translation>
    </message>
    <message>
        <source>First and next responses. A darker cell is a busier hour. Click a cell, or move with the arrow keys and press Enter, to see its conversations. Messages that come outside opening hours count from the next opening, so evenings and weekends show where the desk starts behind.</source>
        <translation>Første og neste svar. Ei mørkare celle er ein travlare time. Klikk på ei celle, eller flytt med piltastane og trykk Enter, for å sjå samtalane. Meldingar som kjem utanfor opningstida, blir rekna frå neste opning, så kveldar og helger viser kvar tenestetorget kjem på etterskot.</translation>
    </message>
    <message>
        <source>What counts as a response, and what the figures mean</source>
        <translation>Kva som tel som svar, og kva tala tyder</translation>
    </message>
    <message>
        <source>What counts as a response</source>
        <translation>Kva som tel som svar</translation>
    </message>
    <message>
        <source>The figures</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>Policy: %1. The heatmaps count first and next responses: when the message that started the clock came, and when it was answered.</source>
        <translation>Svarfristregel: %1. Varmekarta tel første og neste svar: når meldinga som starta klokka kom, og når ho fekk svar.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Siste dag kjem før første dag.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Reknar ut…</translation>
    </message>
    <message>
        <source>Computed in %1 s</source>
        <translation>Rekna ut på %1 s</translation>
    </message>
    <message>
        <source>%1, %2 (policy %3): median %4 in business time, %5 within target.</source>
        <translation>%1, %2 (svarfristregel %3): median %4 i opningstida, %5 innan fristen.</translation>
    </message>
    <message>
        <source>Every row meets the goal.</source>
        <translation>Alle radene når målet.</translation>
    </message>
    <message>
        <source>Below the goal: %1.</source>
        <translation>Under målet: %1.</translation>
    </message>
    <message>
        <source>Open at the end of %1</source>
        <translation>Opne ved slutten av %1</translation>
    </message>
    <message>
        <source>Missed the target, by the hour the message came (counting…)</source>
        <translation>Over fristen, etter kva time meldinga kom (tel opp …)</translation>
    </message>
    <message>
        <source>Missed the target, by the hour the message came</source>
        <translation>Over fristen, etter kva time meldinga kom</translation>
    </message>
    <message>
        <source>Finding the conversations…</source>
        <translation>Finn samtalane…</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n samtale</numerusform>
            <numerusform>%n samtalar</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Det er ingenting å eksportere enno.</translation>
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
        <translation>Klarte ikkje å eksportere</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lagra %1</translation>
    </message>
</context>
<context>
    <name>Torget::SlaService</name>
    <message>
        <source>The stored calendar cannot be read: %1</source>
        <translation>Den lagra kalenderen kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>The stored response-time policy cannot be read: %1</source>
        <translation>Dei lagra svarfristreglane kan ikkje lesast: %1</translation>
    </message>
    <message>
        <source>A calendar version needs the date it is valid from.</source>
        <translation>Ein kalenderversjon må ha datoen han gjeld frå.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Samtalen finst ikkje lenger.</translation>
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
    <name>Torget::SyncEngine</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen finst ikkje lenger.</translation>
    </message>
    <message>
        <source>%1 is paused.</source>
        <translation>%1 er sett på pause.</translation>
    </message>
    <message>
        <source>%1 must sign in again before it can sync.</source>
        <translation>%1 må logge inn på nytt før kontoen kan synkroniserast.</translation>
    </message>
    <message>
        <source>%1 asked Torget to wait until %2 before the next request.</source>
        <translation>%1 bad Torget vente til %2 før neste førespurnad.</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>Kontoen vart fjerna.</translation>
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
