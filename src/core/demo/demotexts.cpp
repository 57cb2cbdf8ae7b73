// Text material for the demo municipality ("Demo kommune"). See demotexts.h for the placeholders.
// Everything here is invented: people, places, phone number (12 34 56 78) and addresses.

#include "demotexts.h"

namespace Torget::Demo {

namespace {

using enum Topic;
using enum Lang;
using enum PostClass;

// Seasonal weights: relative frequency per month, January first.
constexpr TopicInfo kTopics[] = {
    // Steady; peaks after Christmas (packaging, new calendar) and with spring clean-up.
    {Renovasjon, "renovasjon", {8, 5, 5, 7, 8, 6, 5, 5, 5, 5, 5, 8}},
    // Winter only; a little in April (sweeping of grit) and October (first snow).
    {Broyting, "brøyting", {10, 10, 7, 2, 0, 0, 0, 0, 0, 1, 6, 9}},
    // Frozen pipes in winter, watering bans in summer, autumn rain and flooding.
    {VannAvlop, "vann og avløp", {6, 5, 4, 4, 5, 7, 7, 6, 6, 6, 5, 5}},
    // Main admission deadline 1 March, offers in April, start in August.
    {Barnehage, "barnehage", {4, 9, 10, 7, 5, 4, 2, 6, 5, 3, 3, 2}},
    // Building season.
    {Byggesak, "byggesak", {3, 4, 5, 7, 8, 8, 5, 6, 6, 5, 4, 2}},
    // School start in August, SFO and transport applications in spring.
    {Skole, "skole", {4, 4, 4, 5, 5, 6, 2, 10, 7, 4, 4, 3}},
    // Bills and tax notes go out in February/March.
    {Eiendomsskatt, "eiendomsskatt", {3, 10, 9, 4, 2, 1, 1, 1, 1, 1, 2, 2}},
    // 17 May, summer festivals, Christmas.
    {Arrangementer, "arrangementer", {3, 3, 3, 4, 10, 9, 5, 4, 4, 4, 5, 9}},
    // School start and route changes in August, summer timetable in June.
    {Kollektivtrafikk, "kollektivtrafikk", {5, 4, 4, 4, 4, 5, 3, 7, 6, 5, 5, 5}},
    // Potholes after the thaw, street lights when the evenings get dark.
    {Vei, "vei", {4, 5, 8, 10, 8, 5, 4, 4, 5, 7, 8, 6}},
    {Annet, "annet", {5, 5, 5, 5, 5, 5, 4, 5, 5, 5, 5, 5}},
};

constexpr Phrase kCitizenQuestions[] = {
    // --- Renovasjon ---
    {Renovasjon, Bokmal,
     "Hei! Når kommer søppelbilen i {sted}? Den skulle vært her i går, men dunken står fortsatt full."},
    {Renovasjon, Bokmal, "Hvor finner jeg tømmekalenderen for neste år?"},
    {Renovasjon, Bokmal,
     "Papirdunken vår ble ikke tømt denne uka. Hva gjør vi nå? Det er helt fullt og vi har masse pappesker "
     "etter jul 🙄"},
    {Renovasjon, Bokmal, "Er det noen som vet om gjenvinningsstasjonen har åpent på lørdag?"},
    {Renovasjon, Bokmal, "hvorfor ble ikke restavfallet tømt i {sted} i dag?? tredje gang i år"},
    {Renovasjon, Bokmal, "Kan jeg få en større dunk for restavfall? Vi er blitt fem i huset nå."},
    {Renovasjon, Bokmal, "Hei. Lokket på matavfallsdunken har knekt. Hvordan bestiller jeg nytt?"},
    {Renovasjon, Bokmal, "Blir det endringer i tømmingen i påskeuka?"},
    {Renovasjon, Bokmal, "Hvor kaster jeg gamle malingsspann og lysstoffrør? Skal de til miljøstasjonen?"},
    {Renovasjon, Bokmal,
     "Vi har ikke fått nye poser til matavfall på flere måneder. Hvor kan vi hente? Butikken her har ikke."},
    {Renovasjon, Bokmal, "Er det mulig å dele dunk med naboen for å spare på gebyret?"},
    {Renovasjon, Bokmal,
     "Søppelbilen kjørte forbi oss i dag uten å stoppe. Dunken sto ved veien som vanlig, klokka var kvart på "
     "sju. Kan noen sjekke dette?"},
    {Renovasjon, Bokmal,
     "Når er det henting av hageavfall i {sted}? Har en diger haug med greiner som må bort 🌿"},
    {Renovasjon, Bokmal, "Glass og metall ble ikke hentet {dato}. Skal vi bare vente til neste runde?"},
    {Renovasjon, Nynorsk, "Kva tid kjem bosbilen til {sted}? Dunken har stått ute sidan i går."},
    {Renovasjon, Nynorsk, "Eg lurer på kvar eg finn tømekalenderen for neste år?"},
    {Renovasjon, Nynorsk, "Papirdunken vår vart ikkje tømd denne veka. Kva skal vi gjere no?"},
    {Renovasjon, Nynorsk, "Har gjenvinningsstasjonen ope på laurdag?"},
    {Renovasjon, Nynorsk, "Kan eg få ein mindre dunk til restavfall? Eg bur åleine og han vert aldri full."},
    {Renovasjon, Nynorsk, "Hei! Kvar kan eg hente fleire posar til matavfall?"},
    {Renovasjon, English,
     "Hi, when is the garbage collected in {sted}? We just moved here and can't find the schedule."},
    {Renovasjon, English, "Where can I get rid of an old fridge? Do you pick up large items?"},
    {Renovasjon, English, "Our bin wasn't emptied today. Who should I contact?"},

    // --- Brøyting ---
    {Broyting, Bokmal, "Når blir {sted} brøytet? Vi har ikke sett brøytebilen siden i går morges."},
    {Broyting, Bokmal,
     "Brøytebilen har lagt igjen en diger brøytekant foran innkjørselen vår. Igjen. Er det virkelig ikke "
     "mulig å "
     "ta litt hensyn? 😤"},
    {Broyting, Bokmal,
     "Det er speilblankt på fortauet langs Skoleveien. Kan noen strø før ungene skal på skolen i morgen?"},
    {Broyting, Bokmal,
     "Hvem har ansvaret for brøyting av veien opp til {sted}, er det kommunen eller Statens vegvesen?"},
    {Broyting, Bokmal,
     "gangveien ved barnehagen er ikke brøyta i det hele tatt. umulig å komme fram med barnevogn"},
    {Broyting, Bokmal, "Hei. Kan dere strø bakken ved {sted}? Så to eldre som nesten gikk over ende i dag."},
    {Broyting, Bokmal, "Hvor får jeg tak i strøsand? Har kommunen en kasse vi kan forsyne oss fra?"},
    {Broyting, Bokmal, "Brøytebilen har knekt postkassestativet vårt. Hvordan søker jeg om erstatning?"},
    {Broyting, Bokmal,
     "Er det noen plan for når bussholdeplassene skal måkes? Folk står i snøen til knærne mens de venter."},
    {Broyting, Bokmal, "Fint brøytet i dag, takk til sjåføren! 👍 Men kan dere ta snuplassen innerst også?"},
    {Broyting, Bokmal,
     "Når blir strøsanda feid bort? Det er fortsatt fullt av grus på veien og det er jo nesten mai."},
    {Broyting, Bokmal,
     "Det er bygget opp store snøhauger i krysset ved {sted}, så man ser ikke bilene som kommer. Kan de "
     "fjernes "
     "før det skjer en ulykke?"},
    {Broyting, Bokmal,
     "Hvorfor brøyter dere klokka fire om natta rett utenfor soveromsvinduet? Kan ikke det gjøres litt "
     "senere?"},
    {Broyting, Nynorsk, "Kva tid vert vegen til {sted} brøyta? Vi kjem oss ikkje ut."},
    {Broyting, Nynorsk,
     "Det er blankis på fortauet ved skulen. Kan nokon strø før ungane skal gå dit i morgon?"},
    {Broyting, Nynorsk,
     "Brøytebilen la att ein stor brøytekant framfor innkøyrsla vår. Er det nokon som kan sjå på det?"},
    {Broyting, Nynorsk, "Kven har ansvaret for brøytinga av stikkvegen vår, kommunen eller vegvesenet?"},
    {Broyting, Nynorsk, "Eg lurer på kvar vi kan hente strøsand?"},
    {Broyting, Nynorsk, "Gangvegen langs {sted} er ikkje brøyta på to dagar. Kjem det nokon i dag?"},
    {Broyting, English,
     "Hi, is anyone going to plow our street in {sted}? We've been snowed in since yesterday."},
    {Broyting, English, "Where can I get sand for the icy sidewalk outside our house?"},

    // --- Vann og avløp ---
    {VannAvlop, Bokmal, "Vi har ikke vann i {sted}. Er det brudd på vannledningen?"},
    {VannAvlop, Bokmal, "Gjelder kokevarselet for {sted} fortsatt? Kan vi drikke vannet fra springen nå?"},
    {VannAvlop, Bokmal, "Vannet er brunt når jeg tapper fra kranen. Er det farlig?"},
    {VannAvlop, Bokmal, "Det fosser vann opp fra en kum i veien ved {sted}! Noen må komme med en gang!!"},
    {VannAvlop, Bokmal,
     "Hvor lenge blir vannet stengt i dag? Vi har små barn og trenger å vite om vi må kjøpe vann 😟"},
    {VannAvlop, Bokmal,
     "Kjelleren vår ble oversvømt etter regnet i natt, og vi tror det er kommunens avløp som har gått tett. "
     "Hvem "
     "kontakter vi? Forsikringsselskapet spør etter saksnummer."},
    {VannAvlop, Bokmal, "Hvorfor har vannavgiften økt så mye i år?"},
    {VannAvlop, Bokmal, "Er det vanningsforbud nå? Naboen vanner plenen hver kveld."},
    {VannAvlop, Bokmal, "det lukter kloakk ved lekeplassen i {sted}. har gjort det i en uke"},
    {VannAvlop, Bokmal, "Vi skal koble oss på kommunalt vann og avløp. Hvordan søker vi om tilknytning?"},
    {VannAvlop, Bokmal,
     "Får vi beskjed på SMS neste gang vannet blir stengt? Det kom helt uten varsel i dag."},
    {VannAvlop, Bokmal, "Hvordan leser jeg av vannmåleren, og hvor sender jeg inn avlesningen?"},
    {VannAvlop, Bokmal, "Lavt vanntrykk i hele {sted} siden i morges. Vet dere noe om det?"},
    {VannAvlop, Nynorsk, "Vi har ikkje vatn i {sted}. Er det brot på leidningen?"},
    {VannAvlop, Nynorsk, "Gjeld kokevarselet framleis? Kan vi drikke vatnet no?"},
    {VannAvlop, Nynorsk, "Vatnet er brunt når eg tappar frå kranen. Er det farleg å drikke?"},
    {VannAvlop, Nynorsk, "Kor lenge vert vatnet stengt i dag? Eg har ikkje fått noko varsel."},
    {VannAvlop, Nynorsk, "Kven skal eg kontakte når kumlokket i vegen vår ligg laust?"},
    {VannAvlop, Nynorsk, "Det luktar kloakk ved {sted}. Kan nokon frå kommunen kome og sjå på det?"},
    {VannAvlop, Nynorsk,
     "Kvifor har vassavgifta auka så mykje? Eg finn ikkje noka forklaring på kommunen sine nettsider."},
    {VannAvlop, English,
     "Is the tap water safe to drink in {sted}? I saw something about a boil water notice."},
    {VannAvlop, English, "We have had no water since this morning. Is there a pipe break?"},

    // --- Barnehage ---
    {Barnehage, Bokmal, "Når er søknadsfristen for hovedopptaket i barnehage?"},
    {Barnehage, Bokmal, "Vi har søkt barnehageplass, men ikke hørt noe. Når kommer svaret på hovedopptaket?"},
    {Barnehage, Bokmal,
     "Hei! Datteren vår fyller ett år i november. Har hun rett på plass fra august, eller må vi vente?"},
    {Barnehage, Bokmal, "Hvordan søker jeg om redusert foreldrebetaling? Vi har lav inntekt i år."},
    {Barnehage, Bokmal,
     "Vi har fått plass i en barnehage på andre siden av byen, langt fra {sted} der vi bor. Kan vi søke "
     "bytte?"},
    {Barnehage, Bokmal, "Hva koster en barnehageplass i kommunen nå? Og er det søskenmoderasjon?"},
    {Barnehage, Bokmal,
     "Det er helt uakseptabelt at vi fortsatt ikke har fått plass! Jeg skal begynne i ny jobb om to uker og "
     "vet "
     "ikke hva vi skal gjøre 😢"},
    {Barnehage, Bokmal, "Når må vi svare på tilbudet om plass? Fant ikke fristen i brevet."},
    {Barnehage, Bokmal, "hvordan sier man opp barnehageplassen? vi flytter til sommeren"},
    {Barnehage, Bokmal, "Har alle barnehagene i kommunen stengt i uke 29 og 30, eller er det bare noen?"},
    {Barnehage, Bokmal, "Er det mulig å søke plass midt i året, eller må man vente til hovedopptaket?"},
    {Barnehage, Bokmal,
     "Vi har fått tilbud om plass, men vil helst ha {sted} barnehage. Mister vi retten til plass hvis vi "
     "takker "
     "nei?"},
    {Barnehage, Bokmal, "Hvor mange planleggingsdager har barnehagene i år, og når er de?"},
    {Barnehage, Nynorsk, "Når er søknadsfristen for hovudopptaket i barnehagen?"},
    {Barnehage, Nynorsk, "Vi har søkt barnehageplass, men ikkje høyrt noko. Når kjem svaret?"},
    {Barnehage, Nynorsk, "Korleis søkjer eg om redusert foreldrebetaling?"},
    {Barnehage, Nynorsk, "Kan vi byte barnehage? Vi har fått plass langt unna der vi bur."},
    {Barnehage, Nynorsk,
     "Eg lurer på kor mykje ein barnehageplass kostar no, og om det er syskenmoderasjon?"},
    {Barnehage, Nynorsk, "Sonen vår fyller eitt år i oktober. Har han rett på plass frå august?"},
    {Barnehage, English,
     "Hi, how do I apply for a kindergarten place? We are moving to {kommune} in the spring."},
    {Barnehage, English, "When will we hear back about our kindergarten application?"},

    // --- Byggesak ---
    {Byggesak, Bokmal, "Må jeg søke for å bygge en terrasse på 25 kvm?"},
    {Byggesak, Bokmal,
     "Vi sendte byggesøknad i mars og har ikke hørt noe. Hvor lang er saksbehandlingstiden egentlig?"},
    {Byggesak, Bokmal, "Hvor stor kan en garasje være uten at man må søke?"},
    {Byggesak, Bokmal,
     "Naboen bygger et tilbygg helt inntil tomtegrensa vår. Har de lov til det uten å sende nabovarsel?"},
    {Byggesak, Bokmal, "Hvor finner jeg reguleringsplanen for {sted}?"},
    {Byggesak, Bokmal, "Hvordan får jeg tak i tegninger av huset mitt? Det er bygget på 70-tallet."},
    {Byggesak, Bokmal, "Hei, kan man sette opp et anneks på 15 kvm i hagen uten å søke?"},
    {Byggesak, Bokmal, "Er det mulig å få en forhåndskonferanse med en saksbehandler før vi søker?"},
    {Byggesak, Bokmal,
     "Tre måneder og fortsatt ikke svar på søknaden om bruksendring. Dette er ikke greit. Vi har håndverkere "
     "som venter og det koster oss penger hver uke."},
    {Byggesak, Bokmal, "Hva koster det å søke om rammetillatelse? Finner ingen gebyrliste."},
    {Byggesak, Bokmal, "Trenger jeg å søke for å sette inn nytt vindu i samme størrelse som det gamle?"},
    {Byggesak, Bokmal, "hvordan sender jeg nabovarsel? må det være rekommandert brev"},
    {Byggesak, Bokmal, "Vi vil dele tomta vår og selge den ene delen. Hvor starter vi? 🏡"},
    {Byggesak, Nynorsk, "Må eg søkje for å byggje ein terrasse på 20 kvadratmeter?"},
    {Byggesak, Nynorsk,
     "Vi sende byggjesøknad for to månader sidan og har ikkje høyrt noko. Kor lang er sakshandsamingstida?"},
    {Byggesak, Nynorsk, "Kvar finn eg reguleringsplanen for {sted}?"},
    {Byggesak, Nynorsk, "Kan eg setje opp ein garasje på 40 kvm utan å søkje?"},
    {Byggesak, Nynorsk, "Korleis får eg tak i teikningar av huset mitt?"},
    {Byggesak, English, "Do I need a permit to build a small shed in my garden?"},
    {Byggesak, English, "How long does it usually take to process a building application?"},

    // --- Skole ---
    {Skole, Bokmal, "Når er siste frist for å søke SFO-plass til høsten?"},
    {Skole, Bokmal, "Har sønnen min rett på gratis skoleskyss? Vi bor ca. 3,5 km fra skolen."},
    {Skole, Bokmal, "Når starter skolen etter sommerferien?"},
    {Skole, Bokmal,
     "Skolebussen kom ikke i dag og ungene sto og ventet i kulda i 40 minutter. Hvem har ansvaret for dette? "
     "😡"},
    {Skole, Bokmal, "Hvor finner jeg skoleruta for neste skoleår?"},
    {Skole, Bokmal,
     "Vi flytter til {sted} i august. Hvilken skole hører vi til, og hvordan melder vi overgang?"},
    {Skole, Bokmal, "Er SFO gratis for 1. og 2. trinn nå?"},
    {Skole, Bokmal, "Hvordan søker jeg om skolebytte? Barnet vårt har det ikke bra på skolen hun går på nå."},
    {Skole, Bokmal, "når er planleggingsdagene i høst? må planlegge ferie"},
    {Skole, Bokmal,
     "Skoleveien langs {sted} er livsfarlig, det er ikke fortau og bilene kjører fort. Burde ikke barna få "
     "skyss "
     "der?"},
    {Skole, Bokmal, "Hvordan sier jeg opp SFO-plassen?"},
    {Skole, Bokmal,
     "Hei! Får barna skoleskyss hvis de har brukket beinet og ikke kan gå? Vi har legeerklæring."},
    {Skole, Bokmal, "Hvem kan jeg snakke med om innskriving til 1. klasse?"},
    {Skole, Nynorsk, "Når er fristen for å søkje SFO-plass til hausten?"},
    {Skole, Nynorsk, "Har dottera mi rett på gratis skuleskyss? Vi bur fire kilometer frå skulen."},
    {Skole, Nynorsk, "Når byrjar skulen etter sommarferien?"},
    {Skole, Nynorsk, "Skulebussen kom ikkje i dag. Kven skal vi ringje?"},
    {Skole, Nynorsk, "Kvar finn eg skuleruta for neste år?"},
    {Skole, Nynorsk, "Korleis seier eg opp SFO-plassen?"},
    {Skole, English, "We are moving to {kommune} from Poland. How do we enrol our children in school?"},
    {Skole, English, "Is there an after-school programme (SFO), and how much does it cost?"},

    // --- Eiendomsskatt ---
    {Eiendomsskatt, Bokmal, "Hvorfor har eiendomsskatten min gått opp så mye i år?"},
    {Eiendomsskatt, Bokmal, "Når er forfall for første termin av eiendomsskatten?"},
    {Eiendomsskatt, Bokmal,
     "Jeg mener takseringen av huset mitt er feil. Hvordan klager jeg på eiendomsskatten?"},
    {Eiendomsskatt, Bokmal,
     "Fikk regning på eiendomsskatt for en hytte jeg solgte i fjor. Hvem skal jeg kontakte?"},
    {Eiendomsskatt, Bokmal, "Kan man dele opp eiendomsskatten i flere avdrag?"},
    {Eiendomsskatt, Bokmal, "Hva er klagefristen for eiendomsskatt?"},
    {Eiendomsskatt, Bokmal,
     "Hvorfor betaler vi eiendomsskatt når veien vår nesten aldri blir brøytet? Skjønner ikke hva pengene "
     "går "
     "til."},
    {Eiendomsskatt, Bokmal, "Er det bunnfradrag på eiendomsskatten i kommunen, og hvor stort er det?"},
    {Eiendomsskatt, Bokmal,
     "har ikke fått faktura på eiendomsskatt og kommunale avgifter i år. kommer den på efaktura?"},
    {Eiendomsskatt, Bokmal, "Hvordan beregnes eiendomsskatten? Bruker dere boligverdien fra Skatteetaten?"},
    {Eiendomsskatt, Bokmal,
     "Vi har fått eiendomsskatt på en garasje som ble revet for to år siden. Hvordan retter vi det?"},
    {Eiendomsskatt, Bokmal,
     "Jeg er minstepensjonist. Finnes det fritak eller mulighet for betalingsutsettelse? Det blir veldig "
     "tøft "
     "å betale alt på en gang."},
    {Eiendomsskatt, Bokmal, "Ligger eiendomsskattelisten ute til offentlig ettersyn et sted?"},
    {Eiendomsskatt, Nynorsk, "Kvifor har eigedomsskatten gått så mykje opp i år?"},
    {Eiendomsskatt, Nynorsk, "Når er forfallsdatoen for første termin av eigedomsskatten?"},
    {Eiendomsskatt, Nynorsk, "Korleis klagar eg på eigedomsskatten? Eg meiner takseringa er feil."},
    {Eiendomsskatt, Nynorsk, "Kan ein dele opp eigedomsskatten i fleire avdrag?"},
    {Eiendomsskatt, Nynorsk, "Eg har ikkje fått faktura for kommunale avgifter i år. Kjem han på e-faktura?"},
    {Eiendomsskatt, English, "I received a property tax bill. How is the amount calculated?"},
    {Eiendomsskatt, English, "Can I pay the property tax in instalments?"},

    // --- Arrangementer ---
    {Arrangementer, Bokmal, "Hva er programmet for 17. mai i år? Når går barnetoget?"},
    {Arrangementer, Bokmal, "Blir det fyrverkeri i sentrum på nyttårsaften?"},
    {Arrangementer, Bokmal, "Hvordan kjøper man billetter til konserten i kulturhuset {dato}?"},
    {Arrangementer, Bokmal, "Har biblioteket åpent i påsken?"},
    {Arrangementer, Bokmal,
     "Er det mulig å leie en sal i kulturhuset til konfirmasjon? Hva koster det, og hvor mange får plass?"},
    {Arrangementer, Bokmal, "Når tennes julegrana på torget i år? 🎄"},
    {Arrangementer, Bokmal, "Hvor kan vi parkere på 17. mai? I fjor var det helt kaos."},
    {Arrangementer, Bokmal,
     "Vi ønsker å arrangere et loppemarked i {sted}. Trenger vi tillatelse fra kommunen?"},
    {Arrangementer, Bokmal, "Har biblioteket meråpent? Hvordan får jeg tilgang?"},
    {Arrangementer, Bokmal, "Hvem kan man kontakte for å få stand på sommermarkedet?"},
    {Arrangementer, Bokmal,
     "hvorfor er det ingen aktiviteter for ungdom i sommerferien?? alt som skjer er for småbarn"},
    {Arrangementer, Bokmal,
     "Blir 17. mai-arrangementet flyttet inn hvis det regner? Og hvor går ruta for barnetoget i år? 🇳🇴"},
    {Arrangementer, Bokmal, "Kan man søke kulturmidler til en lokal festival? Når er fristen?"},
    {Arrangementer, Nynorsk, "Kva er programmet for 17. mai i år?"},
    {Arrangementer, Nynorsk, "Har biblioteket ope i påska?"},
    {Arrangementer, Nynorsk, "Kvar kan ein kjøpe billettar til konserten i kulturhuset?"},
    {Arrangementer, Nynorsk, "Når vert juletreet på torget tent i år?"},
    {Arrangementer, Nynorsk, "Kan vi leige ein sal i kulturhuset til eit bursdagsselskap?"},
    {Arrangementer, English, "Are there any events for families this weekend?"},
    {Arrangementer, English, "Does the library have books in English? And do I need a library card?"},

    // --- Kollektivtrafikk ---
    {Kollektivtrafikk, Bokmal,
     "Hvorfor er bussruta til {sted} lagt ned? Mange eldre her er helt avhengige av den."},
    {Kollektivtrafikk, Bokmal, "Bussen kom ikke i morges heller. Hvem skal man klage til?"},
    {Kollektivtrafikk, Bokmal, "Er det kommunen eller fylkeskommunen som bestemmer bussrutene?"},
    {Kollektivtrafikk, Bokmal,
     "Kan det settes opp leskur på bussholdeplassen ved {sted}? Det er mye vær og vind der."},
    {Kollektivtrafikk, Bokmal, "Gjelder ungdomskortet også på bestillingstransporten?"},
    {Kollektivtrafikk, Bokmal, "Hvor finner jeg sommerrutene for bussen?"},
    {Kollektivtrafikk, Bokmal, "Finnes det TT-kort i kommunen, og hvordan søker jeg?"},
    {Kollektivtrafikk, Bokmal,
     "Busstoppet i {sted} er ikke brøytet, og man må stå i veibanen for å vente på bussen. Farlig!"},
    {Kollektivtrafikk, Bokmal, "Når kommer det innfartsparkering ved stasjonen?"},
    {Kollektivtrafikk, Bokmal,
     "hvorfor går siste buss hjem fra sentrum kl 22? umulig for ungdom å komme seg hjem"},
    {Kollektivtrafikk, Bokmal, "Hvordan bestiller man ringebuss fra {sted}?"},
    {Kollektivtrafikk, Bokmal,
     "Det blir jo ikke enklere å la bilen stå når bussen bare går annenhver time. Finnes det planer om et "
     "bedre "
     "tilbud?"},
    {Kollektivtrafikk, Nynorsk, "Kvifor er bussruta til {sted} lagd ned?"},
    {Kollektivtrafikk, Nynorsk, "Er det kommunen eller fylkeskommunen som bestemmer busstilbodet?"},
    {Kollektivtrafikk, Nynorsk, "Kan de setje opp leskur ved busshaldeplassen ved skulen?"},
    {Kollektivtrafikk, Nynorsk, "Korleis søkjer eg om TT-kort?"},
    {Kollektivtrafikk, Nynorsk, "Bussen kom ikkje i dag tidleg. Kven kan eg klage til?"},
    {Kollektivtrafikk, English, "Where can I find the bus timetable to the city centre?"},
    {Kollektivtrafikk, English, "Who do I contact about a bus stop without a shelter?"},

    // --- Vei ---
    {Vei, Bokmal, "Det er et stort hull i veien ved {sted}. Holdt på å ødelegge felgen i dag."},
    {Vei, Bokmal, "Gatelyset utenfor nummer 14 i {sted} har vært mørkt i tre uker. Kan noen fikse det?"},
    {Vei, Bokmal, "Når blir {sted} asfaltert? Veien er full av hull og sprekker."},
    {Vei, Bokmal, "Hvem kan jeg melde fra til om et skilt som er kjørt ned?"},
    {Vei, Bokmal,
     "Kan det settes opp fartsdumper i boligfeltet vårt? Folk kjører altfor fort og det er mange barn her."},
    {Vei, Bokmal,
     "Det er helt mørkt på gangveien langs {sted}. Alle gatelysene er slukket, og det er skummelt å gå der "
     "om "
     "kvelden 😟"},
    {Vei, Bokmal, "Er det kommunal eller privat vei der vi bor? Hvordan finner jeg ut av det?"},
    {Vei, Bokmal, "Hvorfor er veien stengt ved {sted}? Det sto ikke noe om omkjøring."},
    {Vei, Bokmal, "Hullet i veien jeg meldte inn for en måned siden er fortsatt ikke fikset."},
    {Vei, Bokmal,
     "kumlokket midt i veien har sunket og smeller hver gang det kjører en bil over. hele nabolaget våkner"},
    {Vei, Bokmal, "Kan kommunen klippe buskene i krysset ved {sted}? Man ser ikke trafikken."},
    {Vei, Bokmal, "Hvordan søker jeg om gravetillatelse i kommunal vei?"},
    {Vei, Bokmal,
     "Hvor melder jeg skade på bilen etter et hull i veien? Jeg har bilder og kvittering fra verkstedet."},
    {Vei, Nynorsk, "Det er eit stort hol i vegen ved {sted}. Kan nokon fikse det før det skjer ei ulukke?"},
    {Vei, Nynorsk, "Gatelyset ved huset vårt har vore mørkt i fleire veker. Kven melder eg det til?"},
    {Vei, Nynorsk, "Når skal vegen gjennom {sted} asfalterast?"},
    {Vei, Nynorsk, "Kan de setje opp fartsdumpar i bustadfeltet vårt? Folk køyrer altfor fort."},
    {Vei, Nynorsk, "Er det kommunal eller privat veg der vi bur?"},
    {Vei, English, "There is a big pothole on the road near {sted}. Where do I report it?"},
    {Vei, English, "The street lights on our street have been out for a week. Who should I contact?"},

    // --- Annet ---
    {Annet, Bokmal, "Hva er åpningstidene til Servicetorget i sommer?"},
    {Annet, Bokmal, "Hvordan får jeg parkeringstillatelse for forflytningshemmede?"},
    {Annet, Bokmal, "Jeg har funnet en løs hund ved {sted}. Hvem kontakter jeg?"},
    {Annet, Bokmal, "Hva er nummeret til legevakta? Finner det ikke på nettsiden."},
    {Annet, Bokmal, "Hei! Hvor kan jeg søke om startlån?"},
    {Annet, Bokmal, "Hvem skal jeg kontakte om rotter i bakgården? Borettslaget gjør ingenting."},
    {Annet, Bokmal, "Hvor lang tid tar det å få svar på en innsynsbegjæring?"},
    {Annet, Bokmal, "Har dere ledige sommerjobber i hjemmetjenesten?"},
    {Annet, Bokmal,
     "Hvordan søker vi om støtte til fritidsaktiviteter for barna? Vi har dårlig råd for tida."},
    {Annet, Bokmal,
     "mamma trenger hjemmehjelp etter at hun kom hjem fra sykehuset. hvor starter vi? ingen har sagt noe til "
     "oss"},
    {Annet, Bokmal, "Hvorfor svarer dere aldri på telefonen? Har ringt Servicetorget tre ganger i dag."},
    {Annet, Bokmal, "Hvor kan jeg levere hittegods? Fant en lommebok ved {sted}."},
    {Annet, Bokmal, "Hvem har ansvaret for lekeplassen i {sted}? Huskene er ødelagte."},
    {Annet, Nynorsk, "Kva er opningstidene til Tenestetorget i sommar?"},
    {Annet, Nynorsk, "Korleis søkjer eg om parkeringsløyve for rørslehemma?"},
    {Annet, Nynorsk, "Eg har funne ein laus hund ved {sted}. Kven skal eg kontakte?"},
    {Annet, Nynorsk, "Kven har ansvaret for leikeplassen i {sted}? Fleire av leikeapparata er øydelagde."},
    {Annet, Nynorsk, "Kvar søkjer eg om startlån?"},
    {Annet, English, "What are the opening hours of the service centre?"},
    {Annet, English, "How do I register my new address after moving to {kommune}?"},
    {Annet, English,
     "Is there someone who can help me in English with an application for municipal housing?"},
};

constexpr Phrase kCitizenFollowUps[] = {
    // Generic
    {Annet, Bokmal, "Tusen takk for raskt svar!"},
    {Annet, Bokmal, "Takk, men det har fortsatt ikke skjedd noe."},
    {Annet, Bokmal, "Supert, takk for hjelpen 👍"},
    {Annet, Bokmal, "Ok, da vet jeg det. Takk!"},
    {Annet, Bokmal, "Har sendt e-post nå. Når kan jeg forvente svar?"},
    {Annet, Bokmal, "Jeg ringte nummeret dere ga meg, men kom ikke gjennom."},
    {Annet, Bokmal, "Hei igjen, er det noe nytt i saken?"},
    {Annet, Bokmal, "Det hjelper meg ikke så mye, men takk for svar."},
    {Annet, Bokmal, "Flott, det var akkurat det jeg lurte på."},
    {Annet, Bokmal, "Fant det på nettsiden nå, takk 😊"},
    {Annet, Bokmal, "Hvorfor tar dette så lang tid?"},
    {Annet, Bokmal, "Har sendt dere en privat melding med adressen."},
    {Annet, Bokmal, "Nå har det gått en uke siden dere svarte. Fortsatt ingenting."},
    {Annet, Bokmal, "takk for svar"},
    {Annet, Bokmal, "Hvem er det jeg kan snakke med om dette på telefon?"},
    {Annet, Bokmal, "Beklager at jeg var litt krass i sted. Takk for at dere tar tak i det."},
    // Topic-specific
    {Renovasjon, Bokmal, "Dunken ble tømt i dag. Takk!"},
    {Renovasjon, Bokmal, "Den ble ikke tømt i dag heller 😕"},
    {Broyting, Bokmal, "Nå er det brøytet, tusen takk!"},
    {Broyting, Bokmal, "Brøytebilen har vært her, men fortauet er like glatt."},
    {VannAvlop, Bokmal, "Vannet er tilbake nå 👍"},
    {VannAvlop, Bokmal, "Hvor lenge til kokevarselet blir opphevet, tror dere?"},
    {Barnehage, Bokmal, "Vi har fått plass nå, takk for hjelpen!"},
    {Barnehage, Bokmal, "Hvem er saksbehandler på barnehageopptaket? Jeg vil gjerne snakke med noen."},
    {Byggesak, Bokmal, "Har sendt inn søknaden nå. Får jeg bekreftelse på at den er mottatt?"},
    {Skole, Bokmal, "Bussen kom i dag. Takk for at dere fulgte opp!"},
    {Eiendomsskatt, Bokmal, "Klagen er sendt. Må jeg betale før klagen er behandlet?"},
    {Arrangementer, Bokmal, "Går toget selv om det regner?"},
    {Arrangementer, Bokmal, "Takk! Vi sees på torget 🇳🇴"},
    {Kollektivtrafikk, Bokmal, "Har sendt det til fylkeskommunen nå. Takk for tipset."},
    {Vei, Bokmal, "Hullet er fikset allerede, det gikk fort! 👏"},
    {Vei, Bokmal, "Lyset er fortsatt ikke fikset."},
    // Nynorsk
    {Annet, Nynorsk, "Takk for svaret!"},
    {Annet, Nynorsk, "Tusen takk for hjelpa 😊"},
    {Annet, Nynorsk, "Takk, men det har framleis ikkje skjedd noko."},
    {Annet, Nynorsk, "Har de noko nytt i saka?"},
    {Annet, Nynorsk, "Eg har sendt e-post no."},
    {Annet, Nynorsk, "Då veit eg det. Takk!"},
    {Vei, Nynorsk, "Holet i vegen er tetta no. Takk!"},
    {VannAvlop, Nynorsk, "Vatnet er tilbake no, takk."},
    {Broyting, Nynorsk, "No er det brøyta. Takk til sjåføren!"},
    {Barnehage, Nynorsk, "Vi har fått plass no, tusen takk!"},
    // English
    {Annet, English, "Thank you for the quick reply!"},
    {Annet, English, "Thanks, but nothing has happened yet."},
    {Annet, English, "I have sent an email now. How long does it usually take?"},
    {Annet, English, "Great, that helped a lot 👍"},
    {Renovasjon, English, "The bin was emptied today, thanks!"},
};

constexpr Phrase kAgentReplies[] = {
    // --- Renovasjon ---
    {Renovasjon, Bokmal,
     "Hei {navn}! Beklager at dunken ikke ble tømt. Vi har meldt avviket til renovasjonsselskapet, og de "
     "kommer "
     "tilbake og tømmer i løpet av morgendagen. La dunken stå ute til den er tømt. Hilsen {agent}, "
     "Servicetorget"},
    {Renovasjon, Bokmal,
     "Hei, {navn}. Tømmekalenderen for adressen din finner du på kommunens nettside under Avfall og "
     "gjenvinning. Skriv inn adressen, så får du alle hentedager for året. Du kan også laste ned appen «Min "
     "renovasjon» og få varsel dagen før tømming. Hilsen {agent}, Servicetorget"},
    {Renovasjon, Bokmal,
     "Hei {navn}! Du kan bestille større eller mindre dunk på Min side, eller ringe oss på 12 34 56 78. "
     "Bytte "
     "av dunk tar normalt 2–3 uker, og endringen i gebyret kommer på neste faktura. Hilsen {agent}, "
     "Servicetorget"},
    {Renovasjon, Bokmal,
     "Hei {navn}! Maling, lysstoffrør og annet farlig avfall leverer du gratis på miljøstasjonen ved "
     "gjenvinningsstasjonen. Den har åpent mandag–fredag 07–19 og lørdag 09–15. Hilsen {agent}, "
     "Servicetorget"},
    {Renovasjon, Bokmal,
     "Hei, {navn}. Takk for at du sier fra! Sjåføren fant ikke dunken ved veien da han kjørte forbi, men vi "
     "har likevel bestilt ekstra tømming i morgen. Husk at dunken må stå ute innen kl. 06.30 med håndtaket "
     "ut "
     "mot veien. Hilsen {agent}, Servicetorget"},
    {Renovasjon, Nynorsk,
     "Hei {navn}! Orsak at dunken ikkje vart tømd. Vi har meldt avviket til renovasjonsselskapet, og dei "
     "kjem "
     "tilbake i løpet av morgondagen. La dunken stå ute til han er tømd. Helsing {agent}, Tenestetorget"},
    {Renovasjon, Nynorsk,
     "Hei, {navn}. Tømekalenderen for adressa di finn du på nettsida til kommunen under Avfall og "
     "gjenvinning. "
     "Du kan òg laste ned appen «Min renovasjon» og få varsel dagen før tøming. Helsing {agent}, "
     "Tenestetorget"},
    {Renovasjon, Nynorsk,
     "Hei {navn}! Du kan bestille ny dunk på Min side eller ringje oss på 12 34 56 78. Posar til matavfall "
     "kan "
     "du hente gratis på Tenestetorget og på biblioteket. Helsing {agent}, Tenestetorget"},
    {Renovasjon, English,
     "Hi {navn}! You can find the collection calendar for your address on the municipality's website under "
     "«Avfall og gjenvinning» (waste and recycling). Feel free to call us at 12 34 56 78 if you need help. "
     "Best "
     "regards, {agent}, Servicetorget"},

    // --- Brøyting ---
    {Broyting, Bokmal,
     "Hei {navn}! Brøytemannskapene har vært ute hele natta, og hovedveier og bussruter prioriteres først. "
     "{sted} står på lista og skal etter planen brøytes i løpet av formiddagen. Takk for tålmodigheten! "
     "Hilsen "
     "{agent}, Servicetorget"},
    {Broyting, Bokmal,
     "Hei, {navn}. Takk for beskjeden! Vi har sendt den videre til driftsavdelingen, som sender ut en "
     "strøbil "
     "så snart som mulig. Hilsen {agent}, Servicetorget"},
    {Broyting, Bokmal,
     "Hei {navn}! Vi skjønner at brøytekanten er irriterende. Dessverre er det ikke mulig å brøyte uten å "
     "legge igjen noe snø foran innkjørsler, og det er huseier som må fjerne den. Er kanten ekstra stor og "
     "hard, "
     "kan du ringe driftsvakta på 12 34 56 78. Hilsen {agent}, Servicetorget"},
    {Broyting, Bokmal,
     "Hei {navn}! Strøsand kan hentes gratis i sandkassene ved {sted} og ved det kommunale driftsdepotet. Ta "
     "med egen bøtte 🙂 Hilsen {agent}, Servicetorget"},
    {Broyting, Bokmal,
     "Hei, {navn}. Veien du nevner er en fylkesvei, og der er det fylkeskommunen som har ansvaret for "
     "brøytingen. Vi har gitt dem beskjed, men du kan også melde fra direkte til Vegtrafikksentralen på 175. "
     "Hilsen {agent}, Servicetorget"},
    {Broyting, Bokmal,
     "Hei {navn}! Så kjedelig med postkassestativet. Skader etter brøyting meldes på skjemaet «Melding om "
     "skade» på kommunens nettside. Legg gjerne ved bilder, så tar brøyteentreprenøren kontakt med deg. "
     "Hilsen "
     "{agent}, Servicetorget"},
    {Broyting, Nynorsk,
     "Hei {navn}! Brøytemannskapa har vore ute heile natta, og hovudvegar og bussruter vert prioriterte "
     "først. "
     "{sted} står på lista og skal etter planen brøytast i løpet av formiddagen. Takk for tolmodet! Helsing "
     "{agent}, Tenestetorget"},
    {Broyting, Nynorsk,
     "Hei, {navn}. Takk for at du melde frå! Vi har sendt det vidare til driftsavdelinga, og dei sender ut "
     "ein "
     "strøbil så snart som mogleg. Helsing {agent}, Tenestetorget"},
    {Broyting, Nynorsk,
     "Hei {navn}! Strøsand kan du hente gratis i sandkassene ved {sted} og ved det kommunale driftsdepotet. "
     "Ta "
     "med eiga bøtte 🙂 Helsing {agent}, Tenestetorget"},
    {Broyting, English,
     "Hi {navn}! Our crews have been out since early morning. Main roads and bus routes are cleared first, "
     "and "
     "your street is on the list for today. Thanks for your patience! Best regards, {agent}, Servicetorget"},

    // --- Vann og avløp ---
    {VannAvlop, Bokmal,
     "Hei {navn}! Det er lekkasje på hovedledningen ved {sted}, og mannskapene jobber med å reparere den nå. "
     "Vi "
     "regner med at vannet er tilbake i løpet av ettermiddagen. Følg med på kommunens nettside for "
     "oppdateringer. Hilsen {agent}, Servicetorget"},
    {VannAvlop, Bokmal,
     "Hei, {navn}. Kokevarselet gjelder fortsatt. Vannet må kokes før det brukes til drikke og matlaging, "
     "men "
     "du kan dusje og vaske klær som vanlig. Vi varsler på SMS og på nettsiden så snart varselet er "
     "opphevet. "
     "Hilsen {agent}, Servicetorget"},
    {VannAvlop, Bokmal,
     "Hei {navn}! Brunt vann skyldes som regel rust og slam som blir virvlet opp etter arbeid på "
     "ledningsnettet. Det er ikke helseskadelig. La kaldtvannet renne noen minutter til det blir klart. Er "
     "det "
     "ikke bedre i løpet av dagen, ring vakttelefonen på 12 34 56 78. Hilsen {agent}, Servicetorget"},
    {VannAvlop, Bokmal,
     "Hei {navn}! Takk for at du melder fra så raskt. Vi har varslet vakthavende på vann og avløp, og de er "
     "på "
     "vei. Akutte lekkasjer utenfor åpningstid meldes til vakttelefonen 12 34 56 78, som er betjent hele "
     "døgnet. Hilsen {agent}, Servicetorget"},
    {VannAvlop, Bokmal,
     "Hei, {navn}. Får du ikke SMS-varsel om vannavstengning, kan det være at mobilnummeret ditt ikke er "
     "knyttet til adressen. Du kan registrere deg for varsling på kommunens nettside. Vi beklager at "
     "varselet "
     "ikke nådde deg i dag. Hilsen {agent}, Servicetorget"},
    {VannAvlop, Nynorsk,
     "Hei {navn}! Det er lekkasje på hovudleidningen ved {sted}, og mannskapa arbeider med å reparere han "
     "no. "
     "Vi reknar med at vatnet er tilbake i løpet av ettermiddagen. Helsing {agent}, Tenestetorget"},
    {VannAvlop, Nynorsk,
     "Hei, {navn}. Kokevarselet gjeld framleis. Vatnet må kokast før du drikk det eller brukar det i "
     "matlaging, men du kan dusje og vaske klede som vanleg. Vi varslar på SMS så snart varselet er oppheva. "
     "Helsing {agent}, Tenestetorget"},
    {VannAvlop, Nynorsk,
     "Hei {navn}! Brunt vatn kjem som regel av rust som vert rørt opp etter arbeid på leidningsnettet. Det "
     "er "
     "ikkje helsefarleg. La kaldtvatnet renne nokre minutt til det vert klart. Helsing {agent}, "
     "Tenestetorget"},
    {VannAvlop, English,
     "Hi {navn}! The boil water notice is still in effect. Please boil tap water before drinking it or using "
     "it for cooking – showering and washing clothes is fine. We will send an SMS as soon as the notice is "
     "lifted. Best regards, {agent}, Servicetorget"},

    // --- Barnehage ---
    {Barnehage, Bokmal,
     "Hei {navn}! Søknadsfristen for hovedopptaket er 1. mars. Du søker via Min side på kommunens nettside, "
     "og "
     "svar på søknaden sendes ut i løpet av april. Hilsen {agent}, Servicetorget"},
    {Barnehage, Bokmal,
     "Hei, {navn}. Barn som fyller ett år innen utgangen av november, har rett på plass fra den måneden de "
     "fyller ett år, så lenge dere søker innen fristen for hovedopptaket. Ring gjerne barnehagekontoret på "
     "12 34 "
     "56 78 hvis du vil gå gjennom søknaden. Hilsen {agent}, Servicetorget"},
    {Barnehage, Bokmal,
     "Hei {navn}! Redusert foreldrebetaling og gratis kjernetid søker du om på Min side. Husk å legge ved "
     "skattemeldingen for begge foresatte. Hilsen {agent}, Servicetorget"},
    {Barnehage, Bokmal,
     "Hei {navn}! Vi forstår at dette er en vanskelig situasjon. Jeg har sendt saken videre til "
     "barnehagekontoret, og de tar kontakt med deg i løpet av uka. Hilsen {agent}, Servicetorget"},
    {Barnehage, Bokmal,
     "Hei, {navn}. Du kan søke om bytte av barnehage på Min side samtidig som du takker ja til plassen dere "
     "har "
     "fått. Da beholder dere plassen mens byttesøknaden behandles. Hilsen {agent}, Servicetorget"},
    {Barnehage, Nynorsk,
     "Hei {navn}! Søknadsfristen for hovudopptaket er 1. mars. Du søkjer via Min side på nettsida til "
     "kommunen, "
     "og svar vert sendt ut i løpet av april. Helsing {agent}, Tenestetorget"},
    {Barnehage, Nynorsk,
     "Hei, {navn}. Redusert foreldrebetaling søkjer du om på Min side. Hugs å leggje ved skattemeldinga for "
     "begge føresette. Helsing {agent}, Tenestetorget"},
    {Barnehage, Nynorsk,
     "Hei {navn}! Du kan søkje om å byte barnehage samtidig som du takkar ja til plassen de har fått. Då "
     "held "
     "de på plassen medan søknaden om byte vert handsama. Helsing {agent}, Tenestetorget"},
    {Barnehage, English,
     "Hi {navn}! You apply for a kindergarten place on «Min side» on the municipality's website. The "
     "deadline "
     "for the main admission is 1 March, but you can apply at any time of the year. Call us at 12 34 56 78 "
     "if "
     "you need help with the application. Best regards, {agent}, Servicetorget"},

    // --- Byggesak ---
    {Byggesak, Bokmal,
     "Hei {navn}! En terrasse som ikke er høyere enn 50 cm over terrenget kan normalt bygges uten søknad, "
     "men "
     "den må ligge minst 1 meter fra nabogrensen og være i tråd med reguleringsplanen. Les mer under "
     "Byggesak "
     "på kommunens nettside. Hilsen {agent}, Servicetorget"},
    {Byggesak, Bokmal,
     "Hei, {navn}. Fristen for saksbehandling er 12 uker for ordinære søknader og 3 uker for enklere "
     "søknader "
     "uten merknader fra naboer. Jeg har sendt spørsmålet ditt videre til byggesaksavdelingen, som gir deg "
     "en "
     "status. Hilsen {agent}, Servicetorget"},
    {Byggesak, Bokmal,
     "Hei {navn}! Reguleringsplaner finner du i kartløsningen på kommunens nettside. Søk opp adressen din og "
     "velg «Planer». Hilsen {agent}, Servicetorget"},
    {Byggesak, Bokmal,
     "Hei {navn}! Tegninger og dokumenter for eiendommen din kan du bestille fra byggesaksarkivet med "
     "skjemaet "
     "«Bestill innsyn i byggesak» på kommunens nettside. Det tar vanligvis en til to uker. Hilsen {agent}, "
     "Servicetorget"},
    {Byggesak, Bokmal,
     "Hei, {navn}. Forhåndskonferanse bestiller du via kommunens nettside, og vi anbefaler det for litt "
     "større "
     "tiltak. Byggesaksavdelingen har også telefontid tirsdag og torsdag kl. 10–12 på 12 34 56 78. Hilsen "
     "{agent}, Servicetorget"},
    {Byggesak, Nynorsk,
     "Hei {navn}! Ein terrasse som ikkje er høgare enn 50 cm over terrenget kan normalt byggjast utan "
     "søknad, "
     "men han må liggje minst 1 meter frå nabogrensa. Les meir under Byggjesak på nettsida til kommunen. "
     "Helsing {agent}, Tenestetorget"},
    {Byggesak, Nynorsk,
     "Hei, {navn}. Vi har sendt spørsmålet ditt vidare til byggjesaksavdelinga, og sakshandsamaren tek "
     "kontakt "
     "med deg i løpet av veka. Helsing {agent}, Tenestetorget"},
    {Byggesak, Nynorsk,
     "Hei {navn}! Reguleringsplanane finn du i kartløysinga på nettsida til kommunen. Søk opp adressa di og "
     "vel "
     "«Planar». Helsing {agent}, Tenestetorget"},
    {Byggesak, English,
     "Hi {navn}! A small shed of up to 15 m² can usually be built without a permit, as long as it is at "
     "least 1 "
     "metre from the property line and complies with the zoning plan. You can read more under «Byggesak» on "
     "our website. Best regards, {agent}, Servicetorget"},

    // --- Skole ---
    {Skole, Bokmal,
     "Hei {navn}! Søknad om SFO-plass for nytt skoleår sendes via Min side innen 1. april. Du kan også søke "
     "senere i året hvis det er ledig plass. Hilsen {agent}, Servicetorget"},
    {Skole, Bokmal,
     "Hei, {navn}. Elever på 2.–10. trinn har rett på gratis skyss når skoleveien er lengre enn 4 km, og "
     "elever "
     "på 1. trinn når den er lengre enn 2 km. Søknaden sendes til skolen. Hilsen {agent}, Servicetorget"},
    {Skole, Bokmal,
     "Hei {navn}! Det er veldig leit å høre. Vi har kontaktet busselskapet for å finne ut hva som skjedde, "
     "og "
     "skolen er informert. Vi kommer tilbake til deg så snart vi vet mer. Hilsen {agent}, Servicetorget"},
    {Skole, Bokmal,
     "Hei {navn}! Skoleruta for neste skoleår ligger på kommunens nettside under Skole. Første skoledag "
     "etter "
     "sommerferien er {dato}. Hilsen {agent}, Servicetorget"},
    {Skole, Bokmal,
     "Hei, {navn}. Ved midlertidig skade kan eleven få skyss når det foreligger legeerklæring. Send søknaden "
     "til skolen, så ordner de resten. God bedring! Hilsen {agent}, Servicetorget"},
    {Skole, Nynorsk,
     "Hei {navn}! Søknad om SFO-plass for nytt skuleår sender du via Min side innan 1. april. Helsing "
     "{agent}, "
     "Tenestetorget"},
    {Skole, Nynorsk,
     "Hei, {navn}. Elevar på 2.–10. trinn har rett på gratis skyss når skulevegen er lengre enn 4 km. For 1. "
     "trinn er grensa 2 km. Søknaden sender du til skulen. Helsing {agent}, Tenestetorget"},
    {Skole, Nynorsk,
     "Hei {navn}! Skuleruta for neste skuleår ligg på nettsida til kommunen under Skule. Ta gjerne kontakt "
     "med "
     "skulen direkte om du har fleire spørsmål. Helsing {agent}, Tenestetorget"},
    {Skole, English,
     "Hi {navn}, and welcome to {kommune}! To enrol your children in school, fill in the form «Innmelding i "
     "skole» on our website. The school will contact you to agree on a start date. Call us at 12 34 56 78 if "
     "you need help. Best regards, {agent}, Servicetorget"},

    // --- Eiendomsskatt ---
    {Eiendomsskatt, Bokmal,
     "Hei {navn}! Eiendomsskatten har økt fordi kommunestyret vedtok en høyere promillesats i budsjettet for "
     "i "
     "år. Du finner vedtaket og satsene på kommunens nettside under Eiendomsskatt. Hilsen {agent}, "
     "Servicetorget"},
    {Eiendomsskatt, Bokmal,
     "Hei, {navn}. Klagen må sendes skriftlig innen seks uker fra skatteseddelen ble sendt ut. Bruk skjemaet "
     "«Klage på eiendomsskatt» på kommunens nettside. Merk at skatten må betales selv om du har klaget. "
     "Hilsen "
     "{agent}, Servicetorget"},
    {Eiendomsskatt, Bokmal,
     "Hei {navn}! Eiendomsskatten faktureres sammen med de kommunale avgiftene i fire terminer. Første "
     "termin "
     "forfaller {dato}. Hilsen {agent}, Servicetorget"},
    {Eiendomsskatt, Bokmal,
     "Hei {navn}! Eiendommen står fortsatt registrert på deg i matrikkelen. Jeg har sendt saken videre til "
     "eiendomsskattekontoret, som retter opp og sender ny faktura. Du trenger ikke betale den gamle. Hilsen "
     "{agent}, Servicetorget"},
    {Eiendomsskatt, Nynorsk,
     "Hei {navn}! Eigedomsskatten har auka fordi kommunestyret vedtok ein høgare promillesats i budsjettet "
     "for i "
     "år. Du finn vedtaket på nettsida til kommunen. Helsing {agent}, Tenestetorget"},
    {Eiendomsskatt, Nynorsk,
     "Hei, {navn}. Klagen må sendast skriftleg innan seks veker frå skattesetelen vart send ut. Du kan bruke "
     "skjemaet «Klage på eigedomsskatt» på nettsida vår. Helsing {agent}, Tenestetorget"},
    {Eiendomsskatt, Nynorsk,
     "Hei {navn}! Eigedomsskatten vert fakturert saman med dei kommunale avgiftene i fire terminar. Ta "
     "kontakt "
     "på 12 34 56 78 om du ønskjer ein betalingsavtale. Helsing {agent}, Tenestetorget"},
    {Eiendomsskatt, English,
     "Hi {navn}! Property tax is based on the value of the property and the rate set by the municipal "
     "council. "
     "It is invoiced together with the municipal fees in four instalments. Call us at 12 34 56 78 if you "
     "want a "
     "payment plan. Best regards, {agent}, Servicetorget"},

    // --- Arrangementer ---
    {Arrangementer, Bokmal,
     "Hei {navn}! Hele programmet for 17. mai ligger på kommunens nettside. Barnetoget går fra skolegården "
     "kl. "
     "10.30 og følger den vanlige ruta gjennom sentrum. Gratulerer med dagen når den kommer! 🇳🇴 Hilsen "
     "{agent}, Servicetorget"},
    {Arrangementer, Bokmal,
     "Hei, {navn}. Billetter til arrangementer i kulturhuset kjøper du på kulturhusets nettside eller i "
     "billettluka, som åpner en time før forestillingen. Hilsen {agent}, Servicetorget"},
    {Arrangementer, Bokmal,
     "Hei {navn}! Biblioteket har meråpent alle dager 07–22, også i påsken. Du trenger lånekort og PIN-kode, "
     "og registrerer deg for meråpent i skranken i betjent åpningstid. Hilsen {agent}, Servicetorget"},
    {Arrangementer, Bokmal,
     "Hei {navn}! Kulturhuset har flere saler til utleie. Send en forespørsel med dato og antall gjester via "
     "kommunens nettside, så får du pris og tilbud. Hilsen {agent}, Servicetorget"},
    {Arrangementer, Bokmal,
     "Hei, {navn}. Julegrana på torget tennes første søndag i advent kl. 17.00, med korsang og besøk av "
     "nissen "
     "🎅 Velkommen! Hilsen {agent}, Servicetorget"},
    {Arrangementer, Nynorsk,
     "Hei {navn}! Heile programmet for 17. mai ligg på nettsida til kommunen. Barnetoget går frå "
     "skuleplassen "
     "kl. 10.30. Gratulerer med dagen! 🇳🇴 Helsing {agent}, Tenestetorget"},
    {Arrangementer, Nynorsk,
     "Hei, {navn}. Biblioteket har meirope alle dagar 07–22, òg i påska. Du treng lånekort og PIN-kode. "
     "Helsing {agent}, Tenestetorget"},
    {Arrangementer, Nynorsk,
     "Hei {navn}! Billettar til konsertar i kulturhuset kjøper du på nettsida til kulturhuset eller i "
     "billettluka, som opnar ein time før. Helsing {agent}, Tenestetorget"},
    {Arrangementer, English,
     "Hi {navn}! You will find all upcoming events on our website under «Kultur og fritid». This weekend "
     "there "
     "is a family concert at the cultural centre and story time at the library on Saturday at 11. Best "
     "regards, "
     "{agent}, Servicetorget"},

    // --- Kollektivtrafikk ---
    {Kollektivtrafikk, Bokmal,
     "Hei {navn}! Det er fylkeskommunen som har ansvaret for busstilbudet. Vi har sendt innspillet ditt "
     "videre "
     "til dem, men du kan også klage direkte til kundeservicen deres. Hilsen {agent}, Servicetorget"},
    {Kollektivtrafikk, Bokmal,
     "Hei, {navn}. Rutetidene finner du i reiseappen til fylkeskommunen eller på nettsiden deres. "
     "Sommerrutene gjelder fra {dato}. Hilsen {agent}, Servicetorget"},
    {Kollektivtrafikk, Bokmal,
     "Hei {navn}! Søknad om TT-kort sendes til kommunen på eget skjema, sammen med legeerklæring. Skjemaet "
     "finner du på kommunens nettside, eller du kan hente det hos oss på Servicetorget. Hilsen {agent}, "
     "Servicetorget"},
    {Kollektivtrafikk, Bokmal,
     "Hei {navn}! Takk for tipset. Holdeplassen ved {sted} er kommunal, og vi har meldt ønsket om leskur til "
     "vei- og parkavdelingen, som vurderer nye leskur hver vår. Hilsen {agent}, Servicetorget"},
    {Kollektivtrafikk, Nynorsk,
     "Hei {navn}! Det er fylkeskommunen som har ansvaret for busstilbodet. Vi har sendt innspelet ditt "
     "vidare "
     "til dei. Helsing {agent}, Tenestetorget"},
    {Kollektivtrafikk, Nynorsk,
     "Hei, {navn}. Søknad om TT-kort sender du til kommunen på eige skjema saman med legeerklæring. Skjemaet "
     "finn du på nettsida vår. Helsing {agent}, Tenestetorget"},
    {Kollektivtrafikk, Nynorsk,
     "Hei {navn}! Rutetidene finn du i reiseappen til fylkeskommunen. Ta gjerne kontakt med kundeservicen "
     "deira om bussen ikkje kjem som han skal. Helsing {agent}, Tenestetorget"},
    {Kollektivtrafikk, English,
     "Hi {navn}! Bus services are run by the county, not the municipality. You can find timetables in the "
     "county's travel app, and we have passed your feedback on to them. Best regards, {agent}, "
     "Servicetorget"},

    // --- Vei ---
    {Vei, Bokmal,
     "Hei {navn}! Takk for at du sier fra. Hullet er registrert og blir lappet i løpet av uka. Du kan også "
     "melde feil direkte i kartet via «Meld feil» på kommunens nettside. Hilsen {agent}, Servicetorget"},
    {Vei, Bokmal,
     "Hei, {navn}. Vi har meldt gatelyset til elektrikeren vår. Reparasjonene samles opp, så det kan ta "
     "opptil "
     "tre uker før det er fikset. Beklager ulempen! Hilsen {agent}, Servicetorget"},
    {Vei, Bokmal,
     "Hei {navn}! Skader på kjøretøy etter hull i kommunal vei kan meldes som erstatningskrav med skjemaet "
     "på "
     "kommunens nettside. Legg ved bilder, dato og kvittering fra verkstedet. Hilsen {agent}, Servicetorget"},
    {Vei, Bokmal,
     "Hei {navn}! Ønsker om fartsdumper behandles av trafikksikkerhetsutvalget. Send et skriftlig innspill "
     "til "
     "postmottak@demo.kommune.no, gjerne med underskrifter fra flere naboer. Hilsen {agent}, Servicetorget"},
    {Vei, Bokmal,
     "Hei, {navn}. Beklager at dette har tatt så lang tid. Jeg har purret på saken hos driftsavdelingen i "
     "dag, "
     "og de lover å se på det innen fredag. Hilsen {agent}, Servicetorget"},
    {Vei, Nynorsk,
     "Hei {navn}! Takk for at du melde frå. Holet er registrert og vert lappa i løpet av veka. Du kan òg "
     "melde "
     "feil direkte i kartet via «Meld feil» på nettsida vår. Helsing {agent}, Tenestetorget"},
    {Vei, Nynorsk,
     "Hei, {navn}. Vi har meldt gatelyset til elektrikaren vår. Det kan ta opptil tre veker før det er "
     "reparert. Orsak ulempa! Helsing {agent}, Tenestetorget"},
    {Vei, Nynorsk,
     "Hei {navn}! Ønske om fartsdumpar vert handsama av trafikktryggingsutvalet. Send eit skriftleg innspel "
     "til "
     "postmottak@demo.kommune.no. Helsing {agent}, Tenestetorget"},
    {Vei, English,
     "Hi {navn}! Thanks for letting us know. The pothole has been registered and will be repaired within a "
     "week. You can also report road issues directly on the map via «Meld feil» on our website. Best "
     "regards, "
     "{agent}, Servicetorget"},

    // --- Annet ---
    {Annet, Bokmal,
     "Hei {navn}! Servicetorget har sommeråpent 08.00–15.00 fra 15. mai til 14. september. Resten av året "
     "har vi "
     "åpent 08.00–15.30. Hilsen {agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei, {navn}. I åpningstiden kan du ringe oss på 12 34 56 78 om løse dyr, så sender vi beskjed videre. "
     "Utenfor åpningstid kan du kontakte politiet. Hilsen {agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei {navn}! Beklager at du ikke har kommet gjennom. Vi har hatt svært mange henvendelser i dag. Send "
     "oss "
     "gjerne nummeret ditt i en privat melding, så ringer vi deg opp. Hilsen {agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei {navn}! Startlån søker du om digitalt via Husbankens søknadsportal. Det er kommunen som behandler "
     "søknaden, og du kan ringe oss på 12 34 56 78 hvis du har spørsmål. Hilsen {agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei, {navn}. Lekeplassen i {sted} er kommunal, og vi har meldt fra til parkavdelingen om huskene. Takk "
     "for "
     "at du sier fra! Hilsen {agent}, Servicetorget"},
    {Annet, Nynorsk,
     "Hei {navn}! Tenestetorget har sommaropningstid 08.00–15.00 frå 15. mai til 14. september. Resten av "
     "året "
     "har vi ope 08.00–15.30. Helsing {agent}, Tenestetorget"},
    {Annet, Nynorsk,
     "Hei, {navn}. Leikeplassen i {sted} er kommunal, og vi har meldt frå til parkavdelinga. Takk for at du "
     "sa "
     "frå! Helsing {agent}, Tenestetorget"},
    {Annet, Nynorsk,
     "Hei {navn}! Orsak at du ikkje kom gjennom på telefonen. Send oss gjerne nummeret ditt i ei privat "
     "melding, så ringjer vi deg opp. Helsing {agent}, Tenestetorget"},
    {Annet, English,
     "Hi {navn}! The service centre is open 08:00–15:30 on weekdays (08:00–15:00 in summer). You can also "
     "reach "
     "us by phone at 12 34 56 78 or by email at postmottak@demo.kommune.no. Best regards, {agent}, "
     "Servicetorget"},
};

constexpr Phrase kRedirectReplies[] = {
    {Annet, Bokmal,
     "Hei {navn}! Vi kan dessverre ikke behandle saker som inneholder personopplysninger her på Facebook. "
     "Send "
     "henvendelsen din på e-post til postmottak@demo.kommune.no, så blir den registrert og fulgt opp. Hilsen "
     "{agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei, {navn}. Takk for meldingen! For at vi skal kunne behandle saken din, må den sendes inn skriftlig "
     "via "
     "kommunens eDialog. Da får du også kvittering og saksnummer. Hilsen {agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei {navn}! Av hensyn til personvernet ber vi deg om ikke å dele helseopplysninger eller "
     "fødselsnummer i kommentarfeltet, og vi har derfor skjult kommentaren. Ring oss gjerne på 12 34 56 78, "
     "eller send det via eDialog på kommunens nettside. Hilsen {agent}, Servicetorget"},
    {Annet, Bokmal,
     "Hei, {navn}. Dette er en sak vi må behandle formelt. Send klagen til postmottak@demo.kommune.no eller "
     "via "
     "eDialog, så får du svar innen fristene i forvaltningsloven. Hilsen {agent}, Servicetorget"},
    {Byggesak, Bokmal,
     "Hei {navn}! Spørsmål om en konkret byggesak kan vi dessverre ikke svare på her. Send inn søknaden "
     "eller "
     "spørsmålet via kommunens eDialog, eller ring byggesaksavdelingen på 12 34 56 78. Hilsen {agent}, "
     "Servicetorget"},
    {Barnehage, Bokmal,
     "Hei {navn}! Vi kan ikke gå inn på enkeltsaker om barn her i kommentarfeltet. Send en melding via "
     "eDialog "
     "eller ring barnehagekontoret på 12 34 56 78, så hjelper de deg. Hilsen {agent}, Servicetorget"},
    {Eiendomsskatt, Bokmal,
     "Hei, {navn}. Klage på eiendomsskatt må sendes skriftlig. Bruk skjemaet på kommunens nettside eller "
     "send "
     "e-post til postmottak@demo.kommune.no. Hilsen {agent}, Servicetorget"},
    {Annet, Nynorsk,
     "Hei {navn}! Vi kan dessverre ikkje handsame saker med personopplysningar her på Facebook. Send "
     "førespurnaden din på e-post til postmottak@demo.kommune.no, så vert han registrert og følgd opp. "
     "Helsing "
     "{agent}, Tenestetorget"},
    {Annet, Nynorsk,
     "Hei, {navn}. Takk for meldinga! Saka di må sendast inn skriftleg via eDialog på nettsida til kommunen, "
     "så "
     "får du kvittering og saksnummer. Helsing {agent}, Tenestetorget"},
    {Annet, Nynorsk,
     "Hei {navn}! Av omsyn til personvernet ber vi deg om ikkje å dele helseopplysningar eller fødselsnummer "
     "i "
     "kommentarfeltet. Ring oss heller på 12 34 56 78. Helsing {agent}, Tenestetorget"},
    {Byggesak, Nynorsk,
     "Hei {navn}! Spørsmål om ei konkret byggjesak kan vi ikkje svare på her. Send spørsmålet via eDialog, "
     "så "
     "tek sakshandsamaren kontakt. Helsing {agent}, Tenestetorget"},
    {Annet, English,
     "Hi {navn}! Unfortunately we cannot handle cases containing personal information here on social media. "
     "Please send your enquiry by email to postmottak@demo.kommune.no, and we will follow it up. Best "
     "regards, "
     "{agent}, Servicetorget"},
    {Annet, English,
     "Hi, {navn}. Thank you for your message! For us to process your case, please submit it in writing via "
     "eDialog on the municipality's website. You will receive a receipt and a case number. Best regards, "
     "{agent}, Servicetorget"},
};

constexpr PostText kOwnPosts[] = {
    // ===== Information =====
    {Information, Renovasjon, Bokmal,
     "Tømmeplanen for neste år er klar! Finn hentedagene for din adresse på kommunens nettside eller i "
     "appen «Min renovasjon». ♻️"},
    {Information, Renovasjon, Bokmal,
     "Påsketømming: Restavfall som skulle vært hentet skjærtorsdag og langfredag, hentes lørdag i stedet. "
     "Sett "
     "dunken ut kvelden før."},
    {Information, Renovasjon, Bokmal,
     "Gjenvinningsstasjonen har utvidet åpningstid i hele mai: mandag–torsdag 07–20 og lørdag 09–16. "
     "Velkommen "
     "med vårryddingen!"},
    {Information, Renovasjon, Bokmal,
     "Juletreinnsamling: Vi henter juletrær langs veien i uke 2. Fjern pynt og lys, og legg treet ved dunken "
     "innen mandag kl. 07."},
    {Information, Broyting, Bokmal,
     "Mye snø i natt ❄️ Alle brøytemannskaper er ute. Hovedveier, bussruter og skoleveier prioriteres "
     "først, "
     "deretter boligfeltene. Vi ber om tålmodighet!"},
    {Information, Broyting, Bokmal,
     "Det er meldt underkjølt regn i kveld og i natt. Strøbilene står klare, men bruk brodder og ta det "
     "forsiktig på fortauene."},
    {Information, Broyting, Bokmal,
     "Nå starter vårfeiingen! Fra {dato} feier vi strøsand fra veier og fortau, sentrum først. Ikke parker "
     "langs veien de dagene det feies der du bor."},
    {Information, VannAvlop, Bokmal,
     "Kokevarsel for {sted}: Etter en vannlekkasje må vannet kokes før det drikkes eller brukes til "
     "matlaging. "
     "Varselet gjelder til vi gir ny beskjed."},
    {Information, VannAvlop, Bokmal,
     "Kokevarselet for {sted} er opphevet. Prøvene viser at vannet er trygt å drikke igjen. Takk for "
     "tålmodigheten!"},
    {Information, VannAvlop, Bokmal,
     "Vannbrudd i {sted}: Flere husstander er uten vann. Mannskaper er på stedet, og vi regner med at vannet "
     "er "
     "tilbake ca. kl. {tid}."},
    {Information, VannAvlop, Bokmal,
     "Planlagt vannavstengning {dato} kl. 09–14 i {sted} på grunn av arbeid på ledningsnettet. Berørte "
     "husstander får SMS."},
    {Information, Barnehage, Bokmal,
     "Hovedopptaket i barnehage: Søknadsfristen er 1. mars. Søk via Min side på kommunens nettside."},
    {Information, Barnehage, Bokmal,
     "Svarene på hovedopptaket i barnehage er sendt ut. Husk å svare på tilbudet innen fristen som står i "
     "brevet."},
    {Information, Byggesak, Bokmal,
     "Nå kan du søke om garasje, tilbygg og andre enkle tiltak helt digitalt fra kommunens nettside."},
    {Information, Byggesak, Bokmal,
     "Byggesaksavdelingen har telefontid tirsdag og torsdag kl. 10–12. Ellers når du oss på e-post til "
     "postmottak@demo.kommune.no."},
    {Information, Skole, Bokmal,
     "Skoleruta for neste skoleår er vedtatt av kommunestyret. Første skoledag er {dato}."},
    {Information, Skole, Bokmal,
     "Skolestart til høsten? Innskrivingen til 1. trinn skjer digitalt i januar, og alle foresatte får brev "
     "med informasjon."},
    {Information, Eiendomsskatt, Bokmal,
     "Skattesedlene for eiendomsskatt er sendt ut. Klagefristen er seks uker, og eiendomsskattelisten ligger "
     "ute til offentlig ettersyn på Servicetorget og på kommunens nettside."},
    {Information, Eiendomsskatt, Bokmal,
     "Fakturaen for kommunale avgifter og eiendomsskatt for første termin er sendt ut. Forfall {dato}."},
    {Information, Arrangementer, Bokmal,
     "Programmet for 17. mai er klart! 🇳🇴 Barnetoget går fra skolegården kl. 10.30. Hele programmet finner "
     "du "
     "på kommunens nettside."},
    {Information, Arrangementer, Bokmal,
     "Nye åpningstider på biblioteket fra 1. september: mandag–torsdag 10–19, fredag 10–16 og lørdag 11–15. "
     "Meråpent hver dag 07–22."},
    {Information, Arrangementer, Bokmal,
     "Julegrana på torget tennes søndag kl. 17 🎄 Korsang, gløgg og besøk av nissen. Velkommen!"},
    {Information, Kollektivtrafikk, Bokmal,
     "Sommerrutene for bussen gjelder fra {dato}. Sjekk avgangene i reiseappen før du reiser."},
    {Information, Kollektivtrafikk, Bokmal,
     "Fra mandag flyttes bussholdeplassen ved {sted} ca. 100 meter på grunn av veiarbeid. Omleggingen varer "
     "i "
     "cirka tre uker."},
    {Information, Vei, Bokmal,
     "Asfaltering i {sted} fra {dato}. Veien stenges for gjennomkjøring mellom kl. 07 og 16, og omkjøringen "
     "er "
     "skiltet."},
    {Information, Vei, Bokmal,
     "Denne uka bytter vi gatelysene i {sted} til LED. Noen lys kan være slukket i korte perioder."},
    {Information, Annet, Bokmal,
     "Nye åpningstider på Servicetorget fra 15. mai: 08.00–15.00. Vi svarer som vanlig på telefon 12 34 56 "
     "78 "
     "og her på siden."},
    {Information, Annet, Bokmal,
     "Servicetorget holder stengt i påskehelgen. Onsdag før skjærtorsdag stenger vi kl. 12. God påske! 🐣"},
    {Information, Annet, Bokmal,
     "Kommunestyret møtes torsdag kl. {tid}. Møtet strømmes direkte på kommunens nettside."},
    {Information, Annet, Bokmal,
     "Nå kan du bestille time til influensavaksine. Tilbudet gjelder alle over 65 år og personer i "
     "risikogrupper."},
    {Information, Renovasjon, Nynorsk,
     "Tømeplanen for neste år er klar! Finn hentedagane for adressa di på nettsida til kommunen eller i "
     "appen "
     "«Min renovasjon»."},
    {Information, Broyting, Nynorsk,
     "Mykje snø i natt ❄️ Alle brøytemannskapa er ute. Hovudvegar, bussruter og skulevegar vert "
     "prioriterte "
     "først. Takk for tolmodet!"},
    {Information, VannAvlop, Nynorsk,
     "Kokevarsel for {sted}: Vatnet må kokast før det vert drukke eller brukt i matlaging. Varselet gjeld "
     "til "
     "vi gjev ny melding."},
    {Information, VannAvlop, Nynorsk,
     "Kokevarselet for {sted} er oppheva. Prøvane viser at vatnet er trygt å drikke igjen."},
    {Information, Barnehage, Nynorsk,
     "Hovudopptaket i barnehage: Søknadsfristen er 1. mars. Søk via Min side på nettsida til kommunen."},
    {Information, Skole, Nynorsk, "Skuleruta for neste skuleår er vedteken. Første skuledag er {dato}."},
    {Information, Eiendomsskatt, Nynorsk,
     "Skattesetlane for eigedomsskatt er sende ut. Klagefristen er seks veker frå utsendinga."},
    {Information, Arrangementer, Nynorsk,
     "Programmet for 17. mai er klart! 🇳🇴 Barnetoget går frå skuleplassen kl. 10.30. Heile programmet finn "
     "du "
     "på nettsida vår."},
    {Information, Arrangementer, Nynorsk,
     "Biblioteket har nye opningstider frå 1. september. Meirope kvar dag 07–22 som før."},
    {Information, Kollektivtrafikk, Nynorsk,
     "Frå måndag vert busshaldeplassen ved {sted} flytta om lag 100 meter på grunn av vegarbeid."},
    {Information, Vei, Nynorsk,
     "Asfaltering i {sted} frå {dato}. Vegen vert stengd for gjennomkøyring mellom kl. 07 og 16."},
    {Information, Annet, Nynorsk,
     "Nye opningstider på Tenestetorget frå 15. mai: 08.00–15.00. Vi svarar som vanleg på telefon 12 34 56 "
     "78."},
    {Information, VannAvlop, English,
     "Boil water notice for {sted}: Please boil tap water before drinking or cooking until further notice. "
     "Showering and washing is safe."},
    {Information, Renovasjon, English,
     "The waste collection calendar for next year is ready. Find your collection days on our website or in "
     "the "
     "«Min renovasjon» app."},
    {Information, Annet, English,
     "Welcome to {kommune}! New residents can find information in English about schools, health services and "
     "waste collection on our website."},

    // ===== Mobilization =====
    {Mobilization, Vei, Bokmal,
     "Tips oss om hull i veien! 🚧 Bruk «Meld feil» på kommunens nettside, så lapper vi så fort vi kan."},
    {Mobilization, Annet, Bokmal,
     "Vi trenger frivillige til strandrydding ved {sted} lørdag {dato} kl. 11. Sekker og hansker deles ut. "
     "Meld "
     "deg på via lenken!"},
    {Mobilization, Annet, Bokmal,
     "Svar på høringen om ny kommuneplan! Høringsfristen er {dato}, og alle innspill blir lest."},
    {Mobilization, Arrangementer, Bokmal,
     "Meld deg på dugnad i {sted} park lørdag! Vi stiller med kaffe, vafler og utstyr ☕"},
    {Mobilization, Arrangementer, Bokmal,
     "Hvem fortjener årets kulturpris? Send inn ditt forslag innen {dato}."},
    {Mobilization, Arrangementer, Bokmal,
     "Vil foreningen din gå i 17. mai-toget? Meld dere på innen {dato}."},
    {Mobilization, Renovasjon, Bokmal,
     "Tid for vårrydding! Hageavfall og grovavfall kan leveres gratis på gjenvinningsstasjonen hele mai. Ta "
     "med "
     "naboen 🌱"},
    {Mobilization, Renovasjon, Bokmal,
     "Hjelp oss å sortere bedre! Svar på en kort undersøkelse om matavfall og plast – det tar to minutter."},
    {Mobilization, Broyting, Bokmal,
     "Parker bilen i egen innkjørsel når det snør, så kommer brøytebilen fram. Takk for at du hjelper til! "
     "❄️"},
    {Mobilization, Broyting, Bokmal,
     "Har du en brannhydrant utenfor huset? Hjelp brannvesenet ved å holde den fri for snø."},
    {Mobilization, VannAvlop, Bokmal,
     "Vi ber alle om å spare på vannet. Ikke vann plenen eller fyll basseng før det har kommet mer nedbør 💧"},
    {Mobilization, VannAvlop, Bokmal,
     "Registrer mobilnummeret ditt på kommunens nettside, så får du SMS om vannavstengning og kokevarsel."},
    {Mobilization, Barnehage, Bokmal,
     "Husk søknadsfristen 1. mars for barnehageplass! Søk i dag via Min side."},
    {Mobilization, Skole, Bokmal,
     "Vi trenger flere trafikkvakter ved {sted} skole! Kan du stille noen morgener i måneden? Ta kontakt med "
     "oss."},
    {Mobilization, Skole, Bokmal,
     "Frivillige søkes til leksehjelp på biblioteket på tirsdager. Har du et par timer å gi? Meld deg!"},
    {Mobilization, Annet, Bokmal,
     "Besøksvenn søkes! Mange eldre på sykehjemmet ønsker seg noen å prate med. Meld deg som frivillig via "
     "frivilligsentralen."},
    {Mobilization, Annet, Bokmal,
     "Kjenner du en ildsjel? Nominer kandidater til årets frivillighetspris innen {dato}."},
    {Mobilization, Kollektivtrafikk, Bokmal,
     "Sykle til jobben i mai! Bli med på sykkelkampanjen og registrer turene dine 🚲"},
    {Mobilization, Eiendomsskatt, Bokmal,
     "Sjekk opplysningene om boligen din! Er arealet eller antall etasjer feil, gi beskjed til "
     "eiendomsskattekontoret innen {dato}."},
    {Mobilization, Byggesak, Bokmal,
     "Høring: Forslag til reguleringsplan for {sted} er lagt ut. Send inn merknader innen {dato}."},
    {Mobilization, Vei, Bokmal,
     "Gatelys som ikke virker? Meld fra i kartet på kommunens nettside. Hvert tips hjelper oss å "
     "prioritere."},
    {Mobilization, Annet, Bokmal,
     "Hjelp oss å gjøre {kommune} mer tilgjengelig! Tips oss om steder der det er vanskelig å komme fram med "
     "rullestol eller barnevogn."},
    {Mobilization, Vei, Nynorsk, "Tips oss om hol i vegen! Bruk «Meld feil» på nettsida til kommunen."},
    {Mobilization, Annet, Nynorsk,
     "Vi treng frivillige til strandrydding ved {sted} laurdag {dato}. Sekkar og hanskar vert delte ut. Meld "
     "deg "
     "på!"},
    {Mobilization, Annet, Nynorsk, "Svar på høyringa om ny kommuneplan! Høyringsfristen er {dato}."},
    {Mobilization, Arrangementer, Nynorsk,
     "Meld deg på dugnad i {sted} park laurdag! Vi stiller med kaffi og vaflar ☕"},
    {Mobilization, Barnehage, Nynorsk,
     "Hugs søknadsfristen 1. mars for barnehageplass! Søk i dag via Min side."},
    {Mobilization, VannAvlop, Nynorsk,
     "Vi ber alle om å spare på vatnet. Ikkje vatn plenen før det har kome meir nedbør 💧"},
    {Mobilization, Broyting, Nynorsk,
     "Parker bilen i eiga innkøyrsle når det snør, så kjem brøytebilen fram. Takk for hjelpa!"},
    {Mobilization, Annet, Nynorsk,
     "Besøksven søkjast! Mange eldre ønskjer seg nokon å prate med. Meld deg som frivillig hjå "
     "frivilligsentralen."},
    {Mobilization, Byggesak, Nynorsk,
     "Høyring: Framlegg til reguleringsplan for {sted} er lagt ut. Send inn merknader innan {dato}."},
    {Mobilization, Arrangementer, Nynorsk,
     "Kven fortener årets kulturpris? Send inn framlegget ditt innan {dato}."},
    {Mobilization, Annet, English,
     "We need volunteers for a beach clean-up at {sted} on Saturday. Bags and gloves provided – sign up via "
     "the "
     "link!"},
    {Mobilization, Vei, English,
     "Spotted a pothole? Report it on our website with «Meld feil» and we will fix it as soon as we can."},

    // ===== Dialog =====
    {Dialog, Annet, Bokmal,
     "Hva synes du om de nye åpningstidene på Servicetorget? Skriv i kommentarfeltet!"},
    {Dialog, Annet, Bokmal,
     "Vi vil høre fra deg: hvordan bør nye {sted} park se ut? Lekeplass, benker, hundeluftegård? Kom med "
     "forslag 👇"},
    {Dialog, Annet, Bokmal,
     "Takk for alle innspillene! Her er svarene på spørsmålene dere stilte om ny kommuneplan."},
    {Dialog, Annet, Bokmal,
     "Spør ordføreren! Torsdag kl. {tid} svarer ordføreren direkte her på siden. Du kan sende inn spørsmål "
     "allerede nå."},
    {Dialog, Renovasjon, Bokmal,
     "Vi vurderer å tømme restavfallet hver tredje uke i stedet for annenhver. Hva tenker du? Vi leser alle "
     "kommentarene."},
    {Dialog, Renovasjon, Bokmal,
     "Mange har spurt hvorfor glass og metall hentes sjeldnere enn før. Her er svaret – still gjerne flere "
     "spørsmål i kommentarfeltet."},
    {Dialog, Broyting, Bokmal,
     "Hvordan synes du brøytingen har fungert i vinter? Vi bruker tilbakemeldingene når vi lyser ut ny "
     "brøytekontrakt."},
    {Dialog, Broyting, Bokmal,
     "Vi har fått mange spørsmål om brøytekanter. Her svarer driftssjefen på de vanligste – spør oss gjerne "
     "om "
     "mer!"},
    {Dialog, VannAvlop, Bokmal,
     "Mange av dere lurte på hvorfor vannavgiften øker. Vi har samlet spørsmålene og svarer på dem her. Har "
     "du "
     "flere, skriv dem under."},
    {Dialog, Barnehage, Bokmal,
     "Til foreldre med barn i barnehage: Hva er viktigst for dere – lengre åpningstid eller færre "
     "planleggingsdager? Si din mening!"},
    {Dialog, Barnehage, Bokmal,
     "Direkte i dag kl. {tid}: Barnehagesjefen svarer på spørsmål om hovedopptaket. Still spørsmålene dine i "
     "kommentarfeltet."},
    {Dialog, Byggesak, Bokmal,
     "Vi vil gjøre det enklere å søke byggetillatelse. Hva var vanskeligst sist du søkte? Fortell oss!"},
    {Dialog, Skole, Bokmal,
     "Hvor på skoleveien føler barna seg utrygge? Merk av farlige steder i kartet eller skriv i "
     "kommentarfeltet."},
    {Dialog, Skole, Bokmal,
     "Takk for over 300 svar i undersøkelsen om SFO! Her er det vi har lært, og dette endrer vi fra høsten."},
    {Dialog, Eiendomsskatt, Bokmal,
     "Har du spørsmål om eiendomsskatten? Eiendomsskattekontoret svarer her i kommentarfeltet hele dagen i "
     "dag."},
    {Dialog, Arrangementer, Bokmal,
     "Hva ønsker du deg på årets sommerfestival? Konserter, marked, aktiviteter for barn? Kom med ideer!"},
    {Dialog, Arrangementer, Bokmal,
     "Biblioteket vil lage flere arrangementer for ungdom. Hva skulle du ønske vi fant på?"},
    {Dialog, Kollektivtrafikk, Bokmal,
     "Hvor mangler det leskur eller sykkelparkering? Tips oss i kommentarfeltet, så tar vi det med i planen "
     "for "
     "neste år."},
    {Dialog, Kollektivtrafikk, Bokmal,
     "Etter innspillene deres sendte vi ønsket om kveldsbuss videre til fylkeskommunen. Her er svaret vi "
     "fikk."},
    {Dialog, Vei, Bokmal,
     "Hvilke veier bør asfalteres først neste år? Vi vil høre fra dere før asfaltplanen vedtas."},
    {Dialog, Vei, Bokmal,
     "Takk for alle tipsene om hull i veien i vår! Over 200 hull er lappet. Se kartet, og si fra hvis vi har "
     "glemt noen."},
    {Dialog, Annet, Bokmal,
     "Vi får ofte spørsmål om hvor raskt vi svarer her. I snitt svarer vi innen en time i åpningstiden. Hva "
     "kan "
     "vi bli bedre på?"},
    {Dialog, Annet, Nynorsk,
     "Kva synest du om dei nye opningstidene på Tenestetorget? Skriv i kommentarfeltet!"},
    {Dialog, Annet, Nynorsk, "Vi vil høyre frå deg: korleis bør nye {sted} park sjå ut? Kom med framlegg 👇"},
    {Dialog, Annet, Nynorsk,
     "Takk for alle innspela! Her er svara på spørsmåla de stilte om den nye kommuneplanen."},
    {Dialog, Annet, Nynorsk,
     "Spør ordføraren! Torsdag kl. {tid} svarar ordføraren på spørsmåla dykkar direkte her på sida."},
    {Dialog, Broyting, Nynorsk,
     "Korleis har brøytinga fungert i vinter? Vi brukar tilbakemeldingane når vi lyser ut ny "
     "brøytekontrakt."},
    {Dialog, Skole, Nynorsk,
     "Kvar på skulevegen kjenner borna seg utrygge? Skriv i kommentarfeltet, så tek vi det med i "
     "trafikktryggingsplanen."},
    {Dialog, Renovasjon, Nynorsk,
     "Vi vurderer å tøme restavfallet kvar tredje veke i staden for annakvar. Kva tenkjer du?"},
    {Dialog, Arrangementer, Nynorsk, "Kva ønskjer du deg på sommarfestivalen i år? Kom med idear!"},
    {Dialog, Vei, Nynorsk,
     "Kva for vegar bør asfalterast først neste år? Vi vil høyre frå dykk før asfaltplanen vert vedteken."},
    {Dialog, Barnehage, Nynorsk,
     "Direkte i dag kl. {tid}: Barnehagesjefen svarar på spørsmål om hovudopptaket. Still spørsmåla dine i "
     "kommentarfeltet."},
    {Dialog, Annet, English, "What do you think about our new opening hours? Let us know in the comments!"},
    {Dialog, Annet, English,
     "Ask the mayor! On Thursday at {tid} the mayor answers your questions live here on our page. Questions "
     "in "
     "English are welcome too."},
};

constexpr const char *kFirstNames[] = {
    "Ola",     "Kari",    "Per",     "Anne",   "Øystein",    "Øyvind",  "Åse",     "Åsmund",    "Bjørn",
    "Sølvi",   "Kåre",    "Ørjan",   "Håkon",  "Ståle",      "Ingrid",  "Solveig", "Marit",     "Liv",
    "Randi",   "Tove",    "Hilde",   "Berit",  "Gro",        "Siri",    "Silje",   "Ingvild",   "Mari",
    "Nora",    "Emma",    "Sofie",   "Ida",    "Thea",       "Maja",    "Ella",    "Jon",       "Lars",
    "Knut",    "Terje",   "Geir",    "Rune",   "Tor",        "Trond",   "Svein",   "Arne",      "Gunnar",
    "Odd",     "Jan",     "Morten",  "Espen",  "Jørgen",     "Magnus",  "Henrik",  "Sindre",    "Eirik",
    "Jonas",   "Emil",    "Mathias", "Sander", "Kristoffer", "Tobias",  "Aksel",   "Torbjørn",  "Ragnhild",
    "Åshild",  "Gøril",   "Mette",   "Torill", "Grethe",     "Synnøve", "Hege",    "Line",      "Camilla",
    "Therese", "Frøydis", "Jørn",    "Vegard", "Ahmed",      "Fatima",  "Piotr",   "Agnieszka", "Mohammed",
    "Hassan",  "Ali",     "Leyla",   "Amina",  "Tomasz",     "Yonas",   "Sara",
};

constexpr const char *kLastNames[] = {
    "Hansen",      "Johansen",  "Olsen",         "Larsen",     "Andersen",  "Pedersen", "Nilsen",
    "Kristiansen", "Jensen",    "Karlsen",       "Johnsen",    "Pettersen", "Eriksen",  "Berg",
    "Haugen",      "Hagen",     "Johannessen",   "Andreassen", "Jacobsen",  "Dahl",     "Jørgensen",
    "Halvorsen",   "Henriksen", "Lund",          "Sørensen",   "Strand",    "Solberg",  "Bakken",
    "Moen",        "Lie",       "Kristoffersen", "Næss",       "Ødegård",   "Brekke",   "Aasen",
    "Sæther",      "Haugland",  "Holm",          "Aune",       "Nygård",    "Bakke",    "Myhre",
    "Fredriksen",  "Martinsen", "Gundersen",     "Rasmussen",  "Iversen",   "Berge",    "Tangen",
    "Vik",         "Sandvik",   "Knutsen",       "Ellingsen",  "Hovland",   "Rønning",  "Kvamme",
    "Grønli",      "Løken",     "Skaug",         "Khan",       "Nowak",     "Hussein",  "Ahmadi",
    "Mohamed",
};

constexpr const char *kAgentNames[] = {
    "Ingrid Haugen", "Jørgen Lie",  "Sølvi Bakken",    "Ahmed Rashid",
    "Marte Solberg", "Kåre Strand", "Agnieszka Nowak", "Håkon Brekke",
};

constexpr const char *kPlaceNames[] = {
    "Storgata",      "Kirkegata",  "Skoleveien",      "Bjørnstadmyra", "Tunevannet",     "Hafslundsøy",
    "Sandbakken",    "Grålum",     "Stasjonsveien",   "Bjørkåsen",     "Furulund",       "Solbakken",
    "Møllerenga",    "Nordbyen",   "Østre Strandvei", "Kirkeparken",   "Elvebakken",     "Lykkeberg",
    "Kvernhusveien", "Skjærviken", "Granly",          "Fjellheim",     "Brattåsen",      "Fossum",
    "Haugtun",       "Smedbakken", "Ravneberget",     "Lundeskogen",   "Vestre Ringvei", "Åsveien",
};

} // namespace

std::span<const TopicInfo> topics()
{
    return kTopics;
}

std::span<const Phrase> citizenQuestions()
{
    return kCitizenQuestions;
}

std::span<const Phrase> citizenFollowUps()
{
    return kCitizenFollowUps;
}

std::span<const Phrase> agentReplies()
{
    return kAgentReplies;
}

std::span<const Phrase> redirectReplies()
{
    return kRedirectReplies;
}

std::span<const PostText> ownPosts()
{
    return kOwnPosts;
}

std::span<const char *const> firstNames()
{
    return kFirstNames;
}

std::span<const char *const> lastNames()
{
    return kLastNames;
}

std::span<const char *const> agentNames()
{
    return kAgentNames;
}

std::span<const char *const> placeNames()
{
    return kPlaceNames;
}

} // namespace Torget::Demo
