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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::InboxModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Torget::InboxPane</name>
    <message numerus="yes">
        <source>%1, %n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
