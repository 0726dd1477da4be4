<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClipsPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/clips.py" line="298" />
        <source>%1 of %n clip(s) shown</source>
        <translation><numerusform>%1 of %n clip shown</numerusform><numerusform>%1 of %n clips shown</numerusform></translation>
    </message>
</context>
<context>
    <name>CountdownScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/countdown.py" line="52" />
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/export.py" line="234" />
        <source>%n clip(s) in the record at %2 (%3 new, %4 removed).</source>
        <translation><numerusform>%n clip in the record at %2 (%3 new, %4 removed).</numerusform><numerusform>%n clips in the record at %2 (%3 new, %4 removed).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/export.py" line="238" />
        <source>%n clip(s) left out by card, date or consent.</source>
        <translation><numerusform>%n clip left out by card, date or consent.</numerusform><numerusform>%n clips left out by card, date or consent.</numerusform></translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/pin.py" line="108" />
        <source>%n digit(s) typed</source>
        <translation><numerusform>%n digit typed</numerusform><numerusform>%n digits typed</numerusform></translation>
    </message>
</context>
<context>
    <name>PinWaitWords</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/backoff.py" line="44" />
        <source>Too many tries. Please wait %n second(s).</source>
        <translation><numerusform>Too many tries. Please wait %n second.</numerusform><numerusform>Too many tries. Please wait %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/prompt.py" line="85" />
        <source>You can talk for up to %n second(s), and stop whenever you like. A short countdown comes first.</source>
        <translation><numerusform>You can talk for up to %n second, and stop whenever you like. A short countdown comes first.</numerusform><numerusform>You can talk for up to %n seconds, and stop whenever you like. A short countdown comes first.</numerusform></translation>
    </message>
</context>
<context>
    <name>RecordingScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/recording.py" line="100" />
        <source>%n second(s) left. Time to finish your thought.</source>
        <translation><numerusform>%n second left. Time to finish your thought.</numerusform><numerusform>%n seconds left. Time to finish your thought.</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="80" />
        <source>Transcripts: being made in the background; %n clip(s) waiting.</source>
        <translation><numerusform>Transcripts: being made in the background; %n clip waiting.</numerusform><numerusform>Transcripts: being made in the background; %n clips waiting.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="81" />
        <source>Transcripts: %n clip(s) waiting.</source>
        <translation><numerusform>Transcripts: %n clip waiting.</numerusform><numerusform>Transcripts: %n clips waiting.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="84" />
        <source>%1 of %n clip(s) today were kept without the attendee's confirmation (they walked away at review).</source>
        <translation><numerusform>%1 of %n clip today was kept without the attendee's confirmation (they walked away at review).</numerusform><numerusform>%1 of %n clips today were kept without the attendee's confirmation (they walked away at review).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="88" />
        <source>%n clip(s) kept without the attendee's confirmation wait for a facilitator's check (listed first under Clips).</source>
        <translation><numerusform>%n clip kept without the attendee's confirmation waits for a facilitator's check (listed first under Clips).</numerusform><numerusform>%n clips kept without the attendee's confirmation wait for a facilitator's check (listed first under Clips).</numerusform></translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/still_there.py" line="76" />
        <source>Going back to the start in %n second(s).</source>
        <translation><numerusform>Going back to the start in %n second.</numerusform><numerusform>Going back to the start in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/thanks.py" line="75" />
        <source>This screen goes back to the start in %n second(s).</source>
        <translation><numerusform>This screen goes back to the start in %n second.</numerusform><numerusform>This screen goes back to the start in %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>ThemeEditor</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="207" />
        <source>%n clip(s) tagged with it keep the tag in their sidecar, but the tag is not shown or exported while the theme is not in the settings.</source>
        <translation><numerusform>%n clip tagged with it keeps the tag in its sidecar, but the tag is not shown or exported while the theme is not in the settings.</numerusform><numerusform>%n clips tagged with it keep the tag in their sidecars, but the tag is not shown or exported while the theme is not in the settings.</numerusform></translation>
    </message>
</context>
</TS>