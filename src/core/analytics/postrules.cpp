#include "postrules.h"

#include <QtGlobal>

// The rules are compiled in rather than read from a lexicon file: each rule's description goes
// through the translator next to its patterns, a change to the table must come with a new
// PostClassifier::version (so stored automatic codes are recomputed), and the labelled set in
// tests/data/maturity_posts.jsonl guards every change. Patterns are UTF-8 regular expressions
// (PCRE2 with Unicode properties) over text folded by SearchText::fold.
//
// The sentence-start prefix (?:^|[.!?:\n]\s*) lets a rule look at how a sentence opens; such
// patterns capture the shown part in group 1.

namespace Torget::PostRules {

namespace {

constexpr const char *kSignUp[] = {
    R"re(\bmeld (?:deg|dykk|dere|laget ditt|laget|inn laget)(?: gjerne)? (?:på|til|som)\b)re",
    R"re(\bmeld (?:deg|dykk|dere|interesse)\b)re",
    R"re(\bmelde (?:seg|deg|dykk) (?:på|til|hjå|hos|som)\b)re",
    R"re(\bkan melde seg\b)re",
    R"re(\bpåmelding(?:a|en)?\b)re",
    R"re(\bsign(?:ing)? up\b)re",
    R"re(\bregistration (?:closes|opens|is open)\b)re",
};
constexpr const char *kRegister[] = {
    R"re(\bregistrer (?:deg|dykk|dere|turane|turene|mobilnummeret|nummeret|fritidsboligen|hytta)\b)re",
    R"re(\bregister (?:now|here|your|today)\b)re",
};
constexpr const char *kVolunteer[] = {
    R"re(\bfrivillige? (?:søkes|søkjast|trengs|trengst)\b)re",
    R"re(\btreng(?:er)? (?:fleire|flere|deg|frivillige)\b)re",
    R"re(\bbli (?:frivillig|besøksvenn|besøksven|lesevenn|støttekontakt|fosterhjem|fosterheim)\b)re",
    R"re(\bsom frivillig\b)re",
    R"re(\bdugnad\b)re",
    R"re(\bvolunteers?\b)re",
    R"re(\bwe need\b)re",
    R"re(\bsøker (?:frivillige|deltakere|turledere|vertsfamilier)\b)re",
    R"re(\bsøkjer (?:frivillige|deltakarar)\b)re",
    R"re(\blooking for (?:volunteers|host))re",
};
constexpr const char *kTipUs[] = {
    R"re(\btips oss\b)re",
    R"re(\bmeld (?:fra|frå|ifra|ifrå|inn|feil)\b)re",
    R"re(\bgi (?:oss )?beskjed\b)re",
    R"re(\bsi (?:fra|frå|ifra)\b)re",
    R"re(\breport (?:it|them|a|faults)\b)re",
};
constexpr const char *kHearing[] = {
    R"re(\bsvar på høringen\b)re",
    R"re(\bsvar på høyringa\b)re",
    R"re(\bhøringsfrist\w*)re",
    R"re(\bhøyringsfrist\w*)re",
    R"re(\bsend (?:inn )?(?:merknader|merknadene|uttalelse|uttale|fråsegn)\w*)re",
    R"re(\bkom med merknad\w*)re",
    R"re(\bmerknadsfrist\w*)re",
    R"re(\ber (?:nå |no )?på (?:høring|høyring)\b)re",
    R"re(\blagt ut (?:på|til) (?:høring|høyring|offentleg ettersyn|offentlig ettersyn))re",
};
constexpr const char *kVote[] = {
    R"re(\bstem\b)re",
    R"re(\bgå og (?:stem|røyst))re",
    R"re(\bbruk (?:stemmeretten|røysteretten))re",
    R"re(\bforhåndsstem\w*)re",
    R"re(\bførehandsrøyst\w*)re",
    R"re(\bvote\b)re",
};
constexpr const char *kInvitation[] = {
    R"re(\binviterer\b)re",
    R"re(\bbli med\b)re",
    R"re(\bver med\b)re",
    R"re(\bvære med\b)re",
    R"re(\bkom (?:og|på|innom|til)\b)re",
    R"re(\bta del i\b)re",
    R"re(\bdelta i\b)re",
    R"re(\bjoin (?:us|the)\b)re",
    R"re(\bcome (?:and|to|along)\b)re",
    R"re(\bare invited\b)re",
    R"re(\binvited to\b)re",
};
constexpr const char *kNominate[] = {
    R"re(\bnominer\w*)re",
    R"re(\bkom med framlegg til kandidat\w*)re",
    R"re(\bsend (?:inn |oss )?(?:ditt |dine |eit |et )?(?:forslag|framlegg|bidrag|bilde|bilete|navn|namn)(?:et|a|ene)?\b)re",
    R"re(\bnominate\b)re",
    R"re(\bsend inn bidrag\w*)re",
    R"re(\bsend (?:det|den|dei|dem) inn\b)re",
};
constexpr const char *kGrant[] = {
    R"re(\bsøk(?:e|je)? (?:om )?(?:tilskudd|tilskot|driftstilskudd|midler|midlar|kulturmidl|støtte|penger|pengar)\w*)re",
};
constexpr const char *kApply[] = {
    R"re(\bsøk(?:e|je)? (?:om|på)\b)re",
    R"re(\bsøk (?:nå|no|i dag)\b)re",
    R"re(\bapply\b)re",
};
constexpr const char *kHelpUs[] = {
    R"re(\bhjelp (?:oss|brannvesenet)\b)re",
    R"re(\bhelp us\b)re",
    R"re(\bplease help\b)re",
    R"re(\bbidra (?:til|med)\b)re",
    R"re(\bstøtt\b)re",
    R"re(\bgi (?:en|ei) (?:jule)?gave\b)re",
    R"re(\bdonate\b)re",
    R"re(\bdoner\b)re",
};
constexpr const char *kAppeal[] = {
    R"re(\bvi (?:ber|oppmodar|oppfordrer|oppmoder|utfordrar|utfordrer) (?:alle|deg|dere|dykk|innbyggerne|innbyggjarane)\b)re",
    R"re(\bspar(?:e)? på (?:vannet|vatnet|strømmen|straumen))re",
    R"re(\bta vare på naboen)re",
    R"re(\bsjekk (?:røykvarsleren|røykvarslaren))re",
};
constexpr const char *kSurvey[] = {
    R"re(\bsvar på (?:ei |en )?(?:kort |lita |liten )?(?:undersøkelse|undersøking|spørreundersøkelse|spørjeundersøking))re",
    R"re(\btake the survey\b)re",
    R"re(\bfill in the\b)re",
};
constexpr const char *kImperative[] = {
    R"re((?:^|[.!?:\n]\s*)((?:plukk|hent|fjern|samle|samla|gi|lever|kjøp|støtt|bidra|rydd|plant|sykle|spar|sett ut|del|stem|nominer|registrer|søk|meld|delta|donate|join|sign|help|bring|pick|collect|vote|apply|ta med|ta vare|ta del|bli med))\b)re",
};
constexpr const char *kImperativeExclaimed[] = {
    R"re((?:^|[.!?:\n]\s*)((?:plukk|hent|fjern|samle|samla|gi|lever|kjøp|støtt|bidra|rydd|plant|sykle|spar|sett ut|del|stem|nominer|registrer|søk|meld|delta|donate|join|sign|help|bring|pick|collect|vote|apply|ta med|ta vare|ta del|bli med)\b[^.!?\n]*!))re",
};
constexpr const char *kCampaign[] = {
    R"re(aksjon(?:en)?\b)re",
    R"re(\bsamler inn\b)re",
    R"re(\bsamlar inn\b)re",
    R"re(\bcampaign\b)re",
};
constexpr const char *kAttend[] = {
    R"re(\bmøt opp\b)re",
    R"re(\bturn up\b)re",
};
constexpr const char *kThanksForHelp[] = {
    R"re(\btakk for (?:hjelpen|hjelpa|at du hjelper|at dere hjelper|innsatsen)\b)re",
    R"re(\bthank you for helping\b)re",
};
constexpr const char *kReminder[] = {
    R"re(\bhusk å\b)re",
    R"re(\bhugs å\b)re",
    R"re(\bremember to\b)re",
    R"re(\bdon't forget\b)re",
};
constexpr const char *kShare[] = {
    R"re(\bdel (?:gjerne )?(?:denne|posten|innlegget)\b)re",
    R"re(\bspre ordet\b)re",
    R"re(\bshare this\b)re",
};
constexpr const char *kOpinionQuestion[] = {
    R"re(\b(?:hva|kva) (?:mener|meiner|synes|synest|tenker|tenkjer|tror|trur|ønsker|ønskjer|trenger|treng|savner|saknar|liker|likar) (?:du|dere|dykk|de)\b)re",
    R"re(\b(?:hva|kva) (?:du|dere|dykk|de) (?:mener|meiner|synes|synest|tenker|tenkjer|ønsker|ønskjer)\b)re",
    R"re(\bhvordan (?:synes|mener|opplever|har) (?:du|dere)\b)re",
    R"re(\bkorleis (?:synest|meiner|opplever|vil) (?:du|de)\b)re",
    R"re(\bwhat do you think\b)re",
    R"re(\bwhat would (?:you|make)\b)re",
    R"re(\bhow do you\b)re",
    R"re(\bhvilke[nt]? [^.?!]{0,40}\b(?:liker|ønsker|foretrekker) (?:du|dere)\b)re",
    R"re(\bkva for [^.?!]{0,40}\b(?:likar|ønskjer) (?:du|de)\b)re",
};
constexpr const char *kTellUs[] = {
    R"re(\bfortell? oss\b)re",
    R"re(\bsi (?:din|di|deres) mening\b)re",
    R"re(\bsi meininga\b)re",
    R"re(\bvi vil (?:gjerne )?(?:høre|høyre|vite)\b)re",
    R"re(\bvil (?:gjerne )?høre (?:fra|frå|hva|kva|dine)\b)re",
    R"re(\bkom (?:gjerne )?med (?:forslag|ideer|idear|idéer|innspill|innspel|tilbakemeld|konkrete forslag|ønske|fleire|flere))re",
    R"re(\bgi oss (?:tilbakemelding|innspill|innspel))re",
    R"re(\bhave your say\b)re",
    R"re(\btell us\b)re",
    R"re(\blet us know\b)re",
    R"re(\bwe want to hear\b)re",
    R"re(\bshare your (?:thoughts|ideas|views)\b)re",
    R"re(\bvi er nyfikne\b)re",
    R"re(\bvi spør deg\b)re",
    R"re(\bha ideene dine\b)re",
};
constexpr const char *kComments[] = {
    R"re(\bkommentarfelt\w*)re",
    R"re(\bkommentarane\b)re",
    R"re(\bkommentarene\b)re",
    R"re(\bkommenter\b)re",
    R"re(\bskriv (?:gjerne )?(?:dem |dei |det )?(?:i|her|under|nedanfor|nedenfor|til oss)\b)re",
    R"re(\bsvar (?:her|oss|i kommentar))re",
    R"re(\bin the comments\b)re",
    R"re(\bcomment (?:below|on)\b)re",
    R"re(\bask below\b)re",
};
constexpr const char *kAskUs[] = {
    R"re(\bspør (?:oss|gjerne|ordføreren|ordføraren|ein|en|i kommentar))re",
    R"re(\bstill (?:gjerne )?(?:oppfølgings)?spørsmål\w*)re",
    R"re(\bask (?:us|the mayor)\b)re",
    R"re(\bsvarer (?:på spørsmål|direkte))re",
    R"re(\bsvarar (?:på spørsmål|direkte))re",
    R"re(\bspørretime\b)re",
    R"re(\bask (?:your )?questions\b)re",
    R"re(\btar imot spørsmål)re",
};
constexpr const char *kAnswers[] = {
    R"re(\btakk for (?:alle )?(?:spørsmålet|spørsmåla|spørsmålene|innspillene|innspela|innspill|innspel|tilbakemeldingene|tilbakemeldingane|tipsene|tipsa|kommentarane|kommentarene|svarene|svara|over \d+ svar)\b)re",
    R"re(\btakk for at (?:du|de|dere|dykk) (?:sa|seier|sier|melder|meldte|sende|sendte)\b)re",
    R"re(\bher er svar)re",
    R"re(\bhere are the answers\b)re",
    R"re(\bmange (?:av (?:dere|dykk) )?(?:har )?(?:spurt|spurte|lurt|lurer|lurte|lurde)\b)re",
    R"re(\bfle(?:i)?re har spurt\b)re",
    R"re(\bdere spurte\b)re",
    R"re(\bsvar til\b)re",
    R"re(\bsvar: )re",
    R"re(\bvi har (?:fått|mottatt) (?:mange )?(?:spørsmål|kommentarar|kommentarer))re",
    R"re(\bthank you for (?:all )?(?:the |your )?(?:feedback|questions)\b)re",
    R"re(\bwe have received many questions\b)re",
    R"re(\bhar sett at mange lurer\b)re",
    R"re(\bsvar på spørsmål (?:fra|frå)\b)re",
    R"re(\bdere ba om\b)re",
    R"re(\bsvar på (?:det|dei|de) (?:som|vanlegaste|vanligste)\b)re",
    R"re(\bgodt spørsmål\b)re",
    R"re(\bsvaret er\b)re",
    R"re(\bgood question\b)re",
};
constexpr const char *kWeListen[] = {
    R"re(\bvi (?:leser|les) (?:alt|alle)\b)re",
    R"re(\bvi tar (?:dem|det|forslagene|ønskene|innspillene) med\b)re",
    R"re(\btek (?:vi )?(?:det|dei|med oss)\b)re",
    R"re(\bwe read (?:all|every))re",
    R"re(\bvi (?:bruker|brukar) (?:tilbakemeldingene|tilbakemeldingane|innspillene|innspela|svarene|svara)\b)re",
};
constexpr const char *kReaderQuestion[] = {
    R"re((?:^|[.!?:\n]\s*)(?!visste|skal du|trenger du|treng du|lurer du|er du usikker|did you know)([^.!?:\n]*\b(?:du|deg|dere|dykk|you)\b[^.!?:\n]*\?))re",
};
constexpr const char *kOpenQuestion[] = {
    R"re((?:^|[.!?:\n]\s*)((?:hva|hvilke|hvilken|hvilket|hvor|hvordan|kva|kven|kvar|kor|korleis|what|which|where|how|who)\b[^.!?\n]*\?))re",
};
constexpr const char *kParticipation[] = {
    R"re(\bfolkemøte\w*)re",   R"re(\bope møte\b)re",         R"re(\bopen møte\b)re",
    R"re(\båpent møte\b)re",   R"re(\bdialogmøte\w*)re",      R"re(\binnbyggermøte\w*)re",
    R"re(\bmedvirkning\w*)re", R"re(\bmedverknad\w*)re",      R"re(\bverksted for innbyggere)re",
    R"re(\bdrop-in)re",        R"re(\binnbyggerdialog\w*)re", R"re(\bopen meeting\b)re",
};

constexpr PostRule kRules[] = {
    {"sign-up", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to sign up (meld deg på, påmelding, sign up)"),
     kSignUp},
    {"register", PostClass::Mobilization, 0.8,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to register themselves or something they own"),
     kRegister},
    {"volunteer", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Looks for volunteers or a joint effort (frivillige, dugnad, volunteers)"),
     kVolunteer},
    {"tip-us", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Asks people to report faults or send tips (tips oss, meld fra)"),
     kTipUs},
    {"hearing", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Asks people to respond to a public hearing (høring, høyring, merknader)"),
     kHearing},
    {"vote", PostClass::Mobilization, 1.0, QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to vote"),
     kVote},
    {"invitation", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Invites people to attend or join (inviterer, bli med, kom på)"),
     kInvitation},
    {"nominate", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks for nominations, proposals or contributions"),
     kNominate},
    {"grant", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Invites people to apply for grants or funds"), kGrant},
    {"apply", PostClass::Mobilization, 0.6,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Encourages people to apply (søk om, søk på)"), kApply},
    {"help-us", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to help or give (hjelp oss, bidra, støtt)"),
     kHelpUs},
    {"appeal", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Appeals to everyone to act for the community (vi ber alle om, spar på vannet)"),
     kAppeal},
    {"survey", PostClass::Mobilization, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to answer a survey"), kSurvey},
    {"imperative", PostClass::Mobilization, 0.6,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "A sentence opens with a call to action (plukk, hent, lever, stem …)"),
     kImperative},
    {"imperative-exclaimed", PostClass::Mobilization, 0.4,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "A call to action that ends with an exclamation mark"),
     kImperativeExclaimed},
    {"campaign", PostClass::Mobilization, 0.5,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Names a campaign or a collection drive (aksjon, samler inn)"),
     kCampaign},
    {"attend", PostClass::Mobilization, 0.5,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to turn up (møt opp)"), kAttend},
    {"thanks-for-help", PostClass::Mobilization, 0.5,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Thanks people for helping out"), kThanksForHelp},
    {"reminder", PostClass::Mobilization, 0.4,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Reminds people to do something (husk å, hugs å)"),
     kReminder},
    {"share", PostClass::Mobilization, 0.6,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Asks people to share the post"), kShare},
    {"opinion-question", PostClass::Dialog, 1.2,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Asks what people think or want (hva mener du, kva meiner du)"),
     kOpinionQuestion},
    {"tell-us", PostClass::Dialog, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Invites people to share views, ideas or experiences (fortell oss, kom med forslag)"),
     kTellUs},
    {"comments", PostClass::Dialog, 0.6,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Points people to the comments to answer (kommentarfeltet, skriv her)"),
     kComments},
    {"ask-us", PostClass::Dialog, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Invites questions that the municipality will answer (spør oss, still spørsmål)"),
     kAskUs},
    {"answers", PostClass::Dialog, 1.0,
     QT_TRANSLATE_NOOP(
         "Torget::PostClassifier",
         "Answers citizens or reports back on their input (takk for spørsmålet, her er svarene)"),
     kAnswers},
    {"we-listen", PostClass::Dialog, 0.5,
     QT_TRANSLATE_NOOP("Torget::PostClassifier", "Promises to read and use what people write (vi leser alt)"),
     kWeListen},
    {"reader-question", PostClass::Dialog, 0.5,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Asks the reader a direct question (a sentence with du/dere/you ending in ?)"),
     kReaderQuestion},
    {"open-question", PostClass::Dialog, 0.5,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Asks the public an open question (hva, hvilke, korleis … ?)"),
     kOpenQuestion},
    {"participation", PostClass::Dialog, 1.0,
     QT_TRANSLATE_NOOP("Torget::PostClassifier",
                       "Announces a participation meeting or workshop (folkemøte, medvirkning)"),
     kParticipation},
};

} // namespace

std::span<const PostRule> all()
{
    return kRules;
}

} // namespace Torget::PostRules
