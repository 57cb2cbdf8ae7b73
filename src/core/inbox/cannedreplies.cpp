#include "cannedreplies.h"

#include "storage/database.h"

namespace Torget::CannedReplies {

namespace {

QString firstName(const QString &name)
{
    return name.simplified().section(QLatin1Char(' '), 0, 0);
}

struct Default
{
    const char *language;
    const char *title;
    const char *body;
    bool redirect;
};

// Plain data: the texts are the municipality's own words, not program strings to translate.
constexpr Default library[] = {
    {"nb", "Takk for meldingen",
     "Hei {navn}! Takk for meldingen. Vi ser på saken og kommer tilbake til deg så snart vi kan.\n\nHilsen "
     "{agent}, Servicetorget i {kommune}",
     false},
    {"nb", "Tømmeplan for avfall",
     "Hei {navn}! Tømmeplanen for din adresse finner du på kommunens nettside under «Avfall og gjenvinning». "
     "Ble beholderen ikke tømt, kan du melde fra der, så kommer renovatøren tilbake innen to "
     "virkedager.\n\nHilsen {agent}, Servicetorget",
     false},
    {"nb", "Brøyting og strøing",
     "Hei {navn}! Takk for at du sier fra. Vi har sendt beskjed til brøyteansvarlig. Kommunale veier brøytes "
     "etter prioritert rekkefølge; fylkesveier og riksveier har egne ansvarlige.\n\nHilsen {agent}, "
     "Servicetorget",
     false},
    {"nb", "Vannbrudd og kokevarsel",
     "Hei {navn}! Vi jobber med saken. Oppdatert informasjon om vannbrudd og kokevarsel legger vi ut på "
     "kommunens nettside og her på siden vår.\n\nHilsen {agent}, Servicetorget",
     false},
    {"nb", "Personopplysninger – bruk sikker kanal",
     "Hei {navn}! Vi kan dessverre ikke behandle saker med personopplysninger her. Send henvendelsen som "
     "sikker melding via kommunens nettside, eller ring Servicetorget på 12 34 56 78, så hjelper vi "
     "deg.\n\nHilsen {agent}, Servicetorget",
     true},
    {"nb", "Søknad må sendes skriftlig",
     "Hei {navn}! Dette må behandles som en sak. Send søknaden via kommunens eDialog eller til "
     "postmottak@demo.kommune.no, så får du svar fra saksbehandler.\n\nHilsen {agent}, Servicetorget",
     true},
    {"nb", "Videresendt til fagavdeling",
     "Hei {navn}! Vi har sendt spørsmålet ditt videre til riktig avdeling, som tar kontakt med "
     "deg.\n\nHilsen {agent}, Servicetorget",
     false},
    {"nb", "Åpningstider",
     "Hei {navn}! Servicetorget har åpent mandag–fredag 08.00–15.30 (15. mai–14. september 08.00–15.00). Du "
     "kan også ringe oss på 12 34 56 78.\n\nHilsen {agent}, Servicetorget",
     false},
    {"nn", "Takk for meldinga",
     "Hei {navn}! Takk for meldinga. Vi ser på saka og kjem tilbake til deg så snart vi kan.\n\nHelsing "
     "{agent}, Tenestetorget i {kommune}",
     false},
    {"nn", "Tømeplan for avfall",
     "Hei {navn}! Tømeplanen for adressa di finn du på nettsida til kommunen under «Avfall og gjenvinning». "
     "Vart ikkje behaldaren tømd, kan du melde frå der, så kjem renovatøren tilbake innan to "
     "yrkedagar.\n\nHelsing {agent}, Tenestetorget",
     false},
    {"nn", "Brøyting og strøing",
     "Hei {navn}! Takk for at du seier frå. Vi har sendt beskjed til den som har ansvar for brøytinga. "
     "Kommunale vegar blir brøyta i prioritert rekkjefølgje.\n\nHelsing {agent}, Tenestetorget",
     false},
    {"nn", "Vassbrot og kokevarsel",
     "Hei {navn}! Vi arbeider med saka. Oppdatert informasjon om vassbrot og kokevarsel legg vi ut på "
     "nettsida til kommunen og her på sida vår.\n\nHelsing {agent}, Tenestetorget",
     false},
    {"nn", "Personopplysningar – bruk sikker kanal",
     "Hei {navn}! Vi kan dessverre ikkje handsame saker med personopplysningar her. Send førespurnaden som "
     "sikker melding via nettsida til kommunen, eller ring Tenestetorget på 12 34 56 78.\n\nHelsing {agent}, "
     "Tenestetorget",
     true},
    {"nn", "Søknad må sendast skriftleg",
     "Hei {navn}! Dette må handsamast som ei sak. Send søknaden via eDialog eller til "
     "postmottak@demo.kommune.no, så får du svar frå sakshandsamaren.\n\nHelsing {agent}, Tenestetorget",
     true},
    {"nn", "Opningstider",
     "Hei {navn}! Tenestetorget har ope måndag–fredag 08.00–15.30 (15. mai–14. september 08.00–15.00). Du "
     "kan òg ringje oss på 12 34 56 78.\n\nHelsing {agent}, Tenestetorget",
     false},
    {"en", "Thank you for your message",
     "Hi {navn}! Thank you for your message. We are looking into it and will get back to you as soon as we "
     "can.\n\nBest regards, {agent}, Service desk, {kommune}",
     false},
    {"en", "Personal data – use a secure channel",
     "Hi {navn}! We cannot handle cases with personal data here. Please send your enquiry as a secure "
     "message through the municipality's website, or call us on 12 34 56 78.\n\nBest regards, {agent}, "
     "Service desk",
     true},
};

} // namespace

QString expand(const QString &body, const Placeholders &values)
{
    QString s = body;
    const QString citizen = firstName(values.citizen);
    const QString agent = firstName(values.agent);
    for (const auto &[key, value] :
         {std::pair{QStringLiteral("{navn}"), citizen}, std::pair{QStringLiteral("{name}"), citizen},
          std::pair{QStringLiteral("{agent}"), agent},
          std::pair{QStringLiteral("{kommune}"), values.municipality},
          std::pair{QStringLiteral("{municipality}"), values.municipality}})
        s.replace(key, value);
    // "Hei !" when the name is unknown reads badly: drop the space before the punctuation.
    s.replace(QStringLiteral(" !"), QStringLiteral("!")).replace(QStringLiteral(" ,"), QStringLiteral(","));
    return s;
}

std::vector<CannedReply> defaults(qint64 now)
{
    std::vector<CannedReply> result;
    for (const Default &d : library)
        result.push_back({0, QString::fromUtf8(d.title), QString::fromLatin1(d.language),
                          QString::fromUtf8(d.body), d.redirect, now, now});
    return result;
}

Result<int> seedIfEmpty(Database &db, qint64 now)
{
    CannedReplyRepository repository(db);
    auto count = repository.count();
    if (!count)
        return Error{count.error()};
    if (*count > 0)
        return 0;
    int added = 0;
    const Status saved = db.write([&]() -> Status {
        for (const CannedReply &r : defaults(now)) {
            if (auto id = repository.save(r); !id)
                return Error{id.error()};
            ++added;
        }
        return {};
    });
    if (!saved)
        return Error{saved.error()};
    return added;
}

} // namespace Torget::CannedReplies
