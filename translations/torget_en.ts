<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Torget::Cli</name>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>The database has %n problem.</numerusform>
            <numerusform>The database has %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n calendar version(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n calendar version to %1.</numerusform>
            <numerusform>Wrote %n calendar versions to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n calendar version(s); response times recomputed for %1 conversations.</source>
        <translation>
            <numerusform>Imported %n calendar version; response times recomputed for %1 conversations.</numerusform>
            <numerusform>Imported %n calendar versions; response times recomputed for %1 conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new or changed message(s)</source>
        <translation>
            <numerusform>%1: %n new or changed message</numerusform>
            <numerusform>%1: %n new or changed messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n page(s).</source>
        <translation>
            <numerusform>in %n page.</numerusform>
            <numerusform>in %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) sent</source>
        <translation>
            <numerusform>%n reply sent</numerusform>
            <numerusform>%n replies sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still waiting</source>
        <translation>
            <numerusform>%n still waiting</numerusform>
            <numerusform>%n still waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n reply(ies).</source>
        <translation>
            <numerusform>Sent %n reply.</numerusform>
            <numerusform>Sent %n replies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) escalated.</source>
        <translation>
            <numerusform>%n conversation escalated.</numerusform>
            <numerusform>%n conversations escalated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::ConversationView</name>
    <message numerus="yes">
        <source>Earlier conversations with this citizen (%n):</source>
        <translation>
            <numerusform>Earlier conversation with this citizen (%n):</numerusform>
            <numerusform>Earlier conversations with this citizen (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::DeadlineNotifier</name>
    <message numerus="yes">
        <source>%n breached conversation(s) escalated to %1.</source>
        <translation>
            <numerusform>%n breached conversation escalated to %1.</numerusform>
            <numerusform>%n breached conversations escalated to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) breached</source>
        <translation>
            <numerusform>%n deadline breached</numerusform>
            <numerusform>%n deadlines breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) about to breach</source>
        <translation>
            <numerusform>%n conversation about to breach</numerusform>
            <numerusform>%n conversations about to breach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::DeadlinePanel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::FacebookConnector</name>
    <message numerus="yes">
        <source>Facebook asks Torget to slow down; it waits %n minute(s) before asking again.</source>
        <translation>
            <numerusform>Facebook asks Torget to slow down; it waits %n minute before asking again.</numerusform>
            <numerusform>Facebook asks Torget to slow down; it waits %n minutes before asking again.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::InboxPane</name>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation>
            <numerusform>%1, %n conversation</numerusform>
            <numerusform>%1, %n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report: %1 (%n conversation(s))</source>
        <translation>
            <numerusform>Report: %1 (%n conversation)</numerusform>
            <numerusform>Report: %1 (%n conversations)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::MainWindow</name>
    <message numerus="yes">
        <source>Deadlines recomputed for %n conversation(s) in %1 s.</source>
        <translation>
            <numerusform>Deadlines recomputed for %n conversation in %1 s.</numerusform>
            <numerusform>Deadlines recomputed for %n conversations in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::Maintenance</name>
    <message numerus="yes">
        <source>%n conversation(s) have a wrong message count.</source>
        <translation>
            <numerusform>%n conversation has a wrong message count.</numerusform>
            <numerusform>%n conversations have a wrong message count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::MaturityDashboard</name>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n period</numerusform>
            <numerusform>%n periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln own post(s)</source>
        <translation>
            <numerusform>%Ln own post</numerusform>
            <numerusform>%Ln own posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen question(s), %1 answered</source>
        <translation>
            <numerusform>%Ln citizen question, %1 answered</numerusform>
            <numerusform>%Ln citizen questions, %1 answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln citizen(s) wrote to us</source>
        <translation>
            <numerusform>%Ln citizen wrote to us</numerusform>
            <numerusform>%Ln citizens wrote to us</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reply(ies) between citizens</source>
        <translation>
            <numerusform>%Ln reply between citizens</numerusform>
            <numerusform>%Ln replies between citizens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::MaturityPostPanel</name>
    <message numerus="yes">
        <source>%1: %Ln own post(s)</source>
        <translation>
            <numerusform>%1: %Ln own post</numerusform>
            <numerusform>%1: %Ln own posts</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>… and %n more closed period(s).</source>
        <translation>
            <numerusform>… and %n more closed period.</numerusform>
            <numerusform>… and %n more closed periods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::SlaHeatmap</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) that missed the target</source>
        <translation>
            <numerusform>%n conversation that missed the target</numerusform>
            <numerusform>%n conversations that missed the target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s)</source>
        <translation>
            <numerusform>%n arrival</numerusform>
            <numerusform>%n arrivals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::SlaPolicy</name>
    <message numerus="yes">
        <source>%n business hour(s)</source>
        <translation>
            <numerusform>%n business hour</numerusform>
            <numerusform>%n business hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minute(s)</source>
        <translation>
            <numerusform>%n business minute</numerusform>
            <numerusform>%n business minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::SlaReportsPage</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
