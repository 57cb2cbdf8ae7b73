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
</TS>
