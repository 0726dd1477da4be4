<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>Annotations</name>
    <message>
        <location filename="../../kiosk/report/annotate.py" line="71" />
        <source>The transcript of %1 is longer than the kiosk reads.</source>
        <translation>Mae trawsgrifiad %1 yn hirach nag y mae'r ciosg yn ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/report/annotate.py" line="74" />
        <source>The transcript of %1 cannot be read; open it in the panel's transcript editor and save it again.</source>
        <translation>Does dim modd darllen trawsgrifiad %1; agorwch ef yng ngolygydd trawsgrifiadau'r panel a'i gadw eto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/report/annotate.py" line="85" />
        <source>A quote runs from a time to a later one, in seconds from the clip's start (not %1 to %2).</source>
        <translation>Mae dyfyniad yn rhedeg o un amser i amser diweddarach, mewn eiliadau o ddechrau'r clip (nid %1 i %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/report/annotate.py" line="88" />
        <source>The clip lasts %1 s, so a quote cannot end at %2 s.</source>
        <translation>Mae'r clip yn para %1 e, felly ni all dyfyniad orffen ar %2 e.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="114" />
        <source>Share your thoughts in a short video. It only takes a minute or two.</source>
        <translation>Rhannwch eich syniadau mewn fideo byr. Dim ond munud neu ddwy mae'n ei gymryd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="115" />
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="115" />
        <source>Start: record your thoughts</source>
        <translation>Dechrau: recordiwch eich syniadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="116" />
        <source>Use English</source>
        <translation>Defnyddio Saesneg (English)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="117" />
        <source>Use Welsh (Cymraeg)</source>
        <translation>Defnyddio Cymraeg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="123" />
        <source>In the shoes of: %1</source>
        <translation>Yn esgidiau: %1</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="138" />
        <source>Cards</source>
        <translation>Cardiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="139" />
        <source>Add a card</source>
        <translation>Ychwanegu cerdyn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="139" />
        <source>Add a card for another perspective</source>
        <translation>Ychwanegu cerdyn ar gyfer safbwynt arall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="140" />
        <source>%1: label (English)</source>
        <translation>%1: label (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="140" />
        <source>%1: label (Welsh)</source>
        <translation>%1: label (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="141" />
        <source>%1: prompt (English, empty: the event prompt)</source>
        <translation>%1: cwestiwn (Saesneg, gwag: cwestiwn y digwyddiad)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="142" />
        <source>%1: prompt (Welsh)</source>
        <translation>%1: cwestiwn (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="145" />
        <source>New card %1</source>
        <translation>Cerdyn newydd %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="151" />
        <source>%1 is removed: tap to keep it</source>
        <translation>Mae %1 wedi'i dynnu: tapiwch i'w gadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="152" />
        <source>Keep the card %1</source>
        <translation>Cadw'r cerdyn %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="154" />
        <source>Remove %1</source>
        <translation>Tynnu %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/cards.py" line="155" />
        <source>Remove the card %1</source>
        <translation>Tynnu'r cerdyn %1</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="158" />
        <source>Whose shoes are you in today?</source>
        <translation>Yn esgidiau pwy ydych chi heddiw?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="159" />
        <source>Tap the one you speak from.</source>
        <translation>Tapiwch yr un rydych chi'n siarad ohono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="165" />
        <source>Press %1 to choose</source>
        <translation>Pwyswch %1 i ddewis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="166" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>ClipListModel</name>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="69" />
        <source>consent not chosen</source>
        <translation>caniatâd heb ei ddewis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="71" />
        <source>consent: %1</source>
        <translation>caniatâd: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="79" />
        <source>kept without the attendee's confirmation</source>
        <translation>wedi'i gadw heb i'r person ei gadarnhau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="81" />
        <source>recovered after a crash</source>
        <translation>wedi'i adfer ar ôl chwalfa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="83" />
        <source>not reviewed</source>
        <translation>heb ei wylio'n ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="106" />
        <source>code %1</source>
        <translation>cod %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="107" />
        <source>no withdrawal code</source>
        <translation>dim cod tynnu'n ôl</translation>
    </message>
</context>
<context>
    <name>ClipsPage</name>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="168" />
        <source>Sound only: no camera was working.</source>
        <translation>Sain yn unig: nid oedd camera'n gweithio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="284" />
        <location filename="../../kiosk/ui/panel/clips.py" line="511" />
        <source>Every card</source>
        <translation>Pob cerdyn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="332" />
        <source>Choose a clip to play it, check it or withdraw it.</source>
        <translation>Dewiswch glip i'w chwarae, ei wirio neu ei dynnu'n ôl.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="334" />
        <source>Withdrawal code: %1</source>
        <translation>Cod tynnu'n ôl: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="337" />
        <source>Marking it as checked…</source>
        <translation>Yn ei nodi fel un wedi'i wirio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="339" />
        <source>Kept without the attendee's confirmation: watch it, then check it or withdraw it.</source>
        <translation>Wedi'i gadw heb i'r person ei gadarnhau: gwyliwch y clip, yna ei wirio neu ei dynnu'n ôl.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="342" />
        <source>Changing what the wall shows…</source>
        <translation>Yn newid yr hyn mae'r wal yn ei ddangos…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="344" />
        <source>Not for the wall: the attendee's consent does not allow showing it in public.</source>
        <translation>Nid i'r wal: nid yw caniatâd y mynychwr yn caniatáu ei ddangos yn gyhoeddus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="346" />
        <source>On the wall: it is in the loop of the venue's screen.</source>
        <translation>Ar y wal: mae yn y ddolen ar sgrin y lleoliad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="378" />
        <source>Its themes could not be changed: %1</source>
        <translation>Nid oedd modd newid ei themâu: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="399" />
        <source>Approved for the wall: it joins the loop within seconds.</source>
        <translation>Wedi'i gymeradwyo i'r wal: mae'n ymuno â'r ddolen o fewn eiliadau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="400" />
        <source>Taken off the wall: a wall showing it stops within seconds.</source>
        <translation>Wedi'i dynnu oddi ar y wal: mae wal sy'n ei ddangos yn stopio o fewn eiliadau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="405" />
        <source>The wall could not be changed: %1</source>
        <translation>Nid oedd modd newid y wal: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="416" />
        <source>The wall: no clip approved yet, so it shows the invitation to the kiosk.</source>
        <translation>Y wal: dim clip wedi'i gymeradwyo eto, felly mae'n dangos y gwahoddiad i'r ciosg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="418" />
        <source>Clips in the wall's loop: %1.</source>
        <translation>Clipiau yn nolen y wal: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="420" />
        <source>Next in the loop: %1.</source>
        <translation>Nesaf yn y ddolen: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="422" />
        <source>Then: %1.</source>
        <translation>Wedyn: %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="442" />
        <source>Checked: it now goes where the attendee chose.</source>
        <translation>Wedi'i wirio: mae'n mynd nawr lle dewisodd y person.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="447" />
        <source>It could not be marked as checked: %1</source>
        <translation>Nid oedd modd ei nodi fel un wedi'i wirio: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="508" />
        <source>Clips</source>
        <translation>Clipiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="509" />
        <source>Show the clips of one card</source>
        <translation>Dangos clipiau un cerdyn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="514" />
        <source>Clips: those kept without the attendee's confirmation first, then the newest</source>
        <translation>Clipiau: y rhai a gadwyd heb i'r person eu cadarnhau yn gyntaf, yna'r diweddaraf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="521" />
        <source>I have checked this clip</source>
        <translation>Rydw i wedi gwirio'r clip hwn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="522" />
        <source>I have watched this clip: it may go where the attendee chose</source>
        <translation>Rydw i wedi gwylio'r clip hwn: caiff fynd lle dewisodd y person</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="523" />
        <source>Themes:</source>
        <translation>Themâu:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="528" />
        <source>Show on the wall</source>
        <translation>Dangos ar y wal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="529" />
        <source>Approve the chosen clip for the live wall on the venue's screen, or take it off</source>
        <translation>Cymeradwyo'r clip a ddewiswyd i'r wal fyw ar sgrin y lleoliad, neu ei dynnu oddi arni</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="530" />
        <source>Withdraw this clip</source>
        <translation>Tynnu'r clip hwn yn ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="531" />
        <source>Withdraw the chosen clip, without its code (you are asked first)</source>
        <translation>Tynnu'r clip a ddewiswyd yn ôl, heb ei god (gofynnir i chi yn gyntaf)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="516" />
        <source>The chosen clip, playing</source>
        <translation>Y clip a ddewiswyd, yn chwarae</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/clips.py" line="298" />
        <source>%1 of %n clip(s) shown</source>
        <translation><numerusform>Yn dangos %1 o %n clip</numerusform><numerusform>Yn dangos %1 o %n clip</numerusform><numerusform>Yn dangos %1 o %n clip</numerusform><numerusform>Yn dangos %1 o %n clip</numerusform><numerusform>Yn dangos %1 o %n clip</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="517" />
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="517" />
        <source>Refresh the list of clips</source>
        <translation>Adnewyddu'r rhestr clipiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="518" />
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="518" />
        <source>Play the chosen clip</source>
        <translation>Chwarae'r clip a ddewiswyd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="519" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="519" />
        <source>Stop playing</source>
        <translation>Stopio chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="520" />
        <source>Transcript</source>
        <translation>Trawsgrifiad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/clips.py" line="520" />
        <source>Read or correct the chosen clip's transcript</source>
        <translation>Darllen neu gywiro trawsgrifiad y clip a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="115" />
        <source>Before we start</source>
        <translation>Cyn i ni ddechrau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="117" />
        <source>Who may see your video?</source>
        <translation>Pwy gaiff weld eich fideo?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="118" />
        <source>I agree, continue</source>
        <translation>Rwy'n cytuno, ymlaen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="119" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="120" />
        <source>Please choose who may see your video first: tap one of the choices below.</source>
        <translation>Dewiswch pwy gaiff weld eich fideo yn gyntaf: tapiwch un o'r dewisiadau isod.</translation>
    </message>
</context>
<context>
    <name>CountdownScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/countdown.py" line="50" />
        <source>Get ready, recording starts in…</source>
        <translation>Paratowch, mae'r recordio'n dechrau mewn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/countdown.py" line="51" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/countdown.py" line="51" />
        <source>Cancel, do not record yet</source>
        <translation>Canslo, peidio â recordio eto</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/countdown.py" line="52" />
        <source>%n second(s)</source>
        <translation><numerusform>%n eiliad</numerusform><numerusform>%n eiliad</numerusform><numerusform>%n eiliad</numerusform><numerusform>%n eiliad</numerusform><numerusform>%n eiliad</numerusform></translation>
    </message>
</context>
<context>
    <name>DeviceCheck</name>
    <message>
        <location filename="../../kiosk/ui/panel/device_check.py" line="35" />
        <source>Neither the camera nor the microphone is working now.</source>
        <translation>Nid yw'r camera na'r meicroffon yn gweithio nawr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/device_check.py" line="42" />
        <source>The check itself failed (%1).</source>
        <translation>Methodd y prawf ei hun (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="91" />
        <source>Camera: %1, %2x%3 at %4 fps delivered, %5 of %6 frames dropped.</source>
        <translation>Camera: %1, %2x%3 ar %4 ffrâm yr eiliad, %5 o %6 ffrâm wedi'u colli.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="95" />
        <source>silent: is it connected and unmuted?</source>
        <translation>tawel: ydy e wedi'i gysylltu a heb ei dawelu?</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="96" />
        <source>clipping: turn the input down.</source>
        <translation>yn gwyrdroi: trowch y mewnbwn i lawr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="97" />
        <source>hears sound.</source>
        <translation>yn clywed sain.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="98" />
        <source>Microphone: %1, level %2 (peak %3), %4</source>
        <translation>Meicroffon: %1, lefel %2 (brig %3), %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="101" />
        <source>Encoder: %1 frames a second on one core at the configured size, %2x what the camera needs.</source>
        <translation>Amgodiwr: %1 ffrâm yr eiliad ar un craidd ar y maint a osodwyd, %2x yr hyn mae'r camera ei angen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="106" />
        <source>Free space: %1 GB, about %2 h %3 min of recording at %4 MB a minute (measured by this test).</source>
        <translation>Lle rhydd: %1 GB, tua %2 awr %3 mun o recordio ar %4 MB y funud (wedi'i fesur gan y prawf hwn).</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="115" />
        <source>Recommended: %1x%2 with preset %3 (at least %4x headroom).</source>
        <translation>Argymhellir: %1x%2 gyda'r rhagosodiad %3 (o leiaf %4x o le wrth gefn).</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="118" />
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="119" />
        <source>Note: %1</source>
        <translation>Nodyn: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="120" />
        <source>All essential checks passed.</source>
        <translation>Mae pob prawf hanfodol wedi llwyddo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="121" />
        <source>Something essential failed (see Problem).</source>
        <translation>Methodd rhywbeth hanfodol (gweler Problem).</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="130" />
        <source>silence</source>
        <translation>tawelwch</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="236" />
        <source>The test recording failed: %1</source>
        <translation>Methodd y recordiad prawf: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="243" />
        <source>%1 gave no picture during the test.</source>
        <translation>Ni roddodd %1 unrhyw lun yn ystod y prawf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="246" />
        <source>Frames dropped: %1. This laptop did not keep up.</source>
        <translation>Fframiau wedi'u colli: %1. Ni lwyddodd y gliniadur hwn i gadw i fyny.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="253" />
        <source>%1 gave no sound during the test.</source>
        <translation>Ni roddodd %1 unrhyw sain yn ystod y prawf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="261" />
        <source>%1 is silent: check it is connected, chosen and not muted.</source>
        <translation>Mae %1 yn dawel: gwiriwch ei fod wedi'i gysylltu, wedi'i ddewis a heb ei dawelu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="264" />
        <source>%1 is clipping: turn its input level down.</source>
        <translation>Mae %1 yn gwyrdroi: trowch lefel ei fewnbwn i lawr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="273" />
        <source>The screen may blank, lock or sleep while the kiosk is left alone (see above).</source>
        <translation>Gall y sgrin dywyllu, cloi neu gysgu tra bo'r ciosg ar ei ben ei hun (gweler uchod).</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="279" />
        <source>Power: plugged in, battery at %1.</source>
        <translation>Pŵer: wedi'i blygio i mewn, y batri ar %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="281" />
        <source>Power: on battery at %1: plug the laptop in for the event.</source>
        <translation>Pŵer: ar y batri ar %1: plygiwch y gliniadur i mewn ar gyfer y digwyddiad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="326" />
        <source>Even %1x%2 with preset %3 is too slow to encode on this laptop: %4 needs %5 frames a second.</source>
        <translation>Mae hyd yn oed %1x%2 gyda'r rhagosodiad %3 yn rhy araf i'w amgodio ar y gliniadur hwn: mae %4 angen %5 ffrâm yr eiliad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="331" />
        <source>The configured %1x%2 (%3) leaves only %4x headroom: use the recommended setting (kiosk check --apply).</source>
        <translation>Dim ond %4x o le wrth gefn sydd gan y %1x%2 (%3) a osodwyd: defnyddiwch y gosodiad a argymhellir (kiosk check --apply).</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="343" />
        <source>The recordings folder %1 cannot be reached.</source>
        <translation>Does dim modd cyrraedd y ffolder recordiadau %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="347" />
        <source>The recordings folder %1 cannot be written.</source>
        <translation>Does dim modd ysgrifennu i'r ffolder recordiadau %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/diagnostics/check.py" line="353" />
        <source>There is room for less than an hour of recording in %1.</source>
        <translation>Mae lle i lai nag awr o recordio yn %1.</translation>
    </message>
</context>
<context>
    <name>DeviceControl</name>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="67" />
        <source>not found</source>
        <translation>heb ei ganfod</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="86" />
        <source>being opened again after the laptop woke.</source>
        <translation>yn cael ei agor eto ar ôl i'r gliniadur ddeffro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="96" />
        <location filename="../../kiosk/ui/device_control.py" line="111" />
        <source>a take is being recorded. Try again when it has finished.</source>
        <translation>mae recordiad ar y gweill. Rhowch gynnig arall arni pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="115" />
        <source>the camera and microphone are already being changed.</source>
        <translation>mae'r camera a'r meicroffon eisoes yn cael eu newid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="145" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="145" />
        <source>Microphone</source>
        <translation>Meicroffon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="148" />
        <source>missing since %1 (%2); the kiosk is paused for attendees and looks for it again every few seconds.</source>
        <translation>ar goll ers %1 (%2); mae'r ciosg wedi oedi i'r mynychwyr ac yn chwilio amdano eto bob ychydig eiliadau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="172" />
        <source>Demo: a test pattern stands in for the camera.</source>
        <translation>Arddangos: mae patrwm prawf yn lle'r camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="173" />
        <source>Demo: a test tone stands in for the microphone.</source>
        <translation>Arddangos: mae tôn prawf yn lle'r meicroffon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/device_control.py" line="139" />
        <location filename="../../kiosk/ui/device_control.py" line="152" />
        <source>none</source>
        <translation>dim</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../kiosk/ui/devices.py" line="22" />
        <source>No camera was found.</source>
        <translation>Ni chafwyd hyd i gamera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/devices.py" line="23" />
        <source>No microphone was found.</source>
        <translation>Ni chafwyd hyd i feicroffon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="68" />
        <source>The camera file %1 does not exist.</source>
        <translation>Nid yw'r ffeil camera %1 yn bodoli.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="71" />
        <source>The camera file %1 is not a video OpenCV can read.</source>
        <translation>Nid yw'r ffeil camera %1 yn fideo y gall OpenCV ei ddarllen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="86" />
        <source>The camera file has ended.</source>
        <translation>Mae'r ffeil camera wedi dod i ben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="118" />
        <source>Camera %1 could not be opened.</source>
        <translation>Nid oedd modd agor camera %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="128" />
        <source>Camera %1 opened but gave no picture.</source>
        <translation>Agorodd camera %1 ond ni roddodd lun.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="136" />
        <source>Camera %1 cannot give %2x%3; it offers %4x%5.</source>
        <translation>Ni all camera %1 roi %2x%3; mae'n cynnig %4x%5.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/camera.py" line="149" />
        <source>%1 stopped sending pictures.</source>
        <translation>Stopiodd %1 anfon lluniau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/base.py" line="134" />
        <source>%1 stopped working (%2).</source>
        <translation>Stopiodd %1 weithio (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/__init__.py" line="45" />
        <source>The camera %1 is not plugged in.</source>
        <translation>Nid yw'r camera %1 wedi'i blygio i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/__init__.py" line="59" />
        <source>There is no camera at %1.</source>
        <translation>Does dim camera yn %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/__init__.py" line="61" />
        <source>Unknown camera %1: use auto, synthetic, file:PATH, name:NAME, an index or /dev/videoN.</source>
        <translation>Camera anhysbys %1: defnyddiwch auto, synthetic, file:PATH, name:NAME, rhif neu /dev/videoN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/__init__.py" line="81" />
        <source>The microphone spec is empty: use auto, synthetic, file:PATH, an index or a device name.</source>
        <translation>Mae manyleb y meicroffon yn wag: defnyddiwch auto, synthetic, file:PATH, rhif neu enw dyfais.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="128" />
        <source>No microphone matches %1 (%2).</source>
        <translation>Does dim meicroffon yn cyfateb i %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="152" />
        <source>The microphone %1 could not be opened (%2).</source>
        <translation>Nid oedd modd agor y meicroffon %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="171" />
        <source>The microphone %1 stopped sending sound.</source>
        <translation>Stopiodd y meicroffon %1 anfon sain.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="185" />
        <source>The microphone %1 was disconnected.</source>
        <translation>Cafodd y meicroffon %1 ei ddatgysylltu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="212" />
        <source>%1 has ended.</source>
        <translation>Mae %1 wedi dod i ben.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="241" />
        <source>The microphone file %1 does not exist.</source>
        <translation>Nid yw'r ffeil meicroffon %1 yn bodoli.</translation>
    </message>
    <message>
        <location filename="../../kiosk/capture/microphone.py" line="245" />
        <source>The microphone file %1 is not audio soundfile can read (%2).</source>
        <translation>Nid yw'r ffeil meicroffon %1 yn sain y gall soundfile ei darllen (%2).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../kiosk/export/apply.py" line="108" />
        <source>The record keeps the copy of %1 exported before.</source>
        <translation>Mae'r cofnod yn cadw'r copi o %1 a allforiwyd o'r blaen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="131" />
        <source>A clip withdrawn during the export was left out of %1.</source>
        <translation>Gadawyd clip a dynnwyd yn ôl yn ystod yr allforio allan o %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="155" />
        <source>%1: damaged, skipped</source>
        <translation>%1: wedi'i ddifrodi, wedi'i hepgor</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="163" />
        <source>%1: copied</source>
        <translation>%1: wedi'i gopïo</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="164" />
        <source>%1: unchanged</source>
        <translation>%1: heb ei newid</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="214" />
        <source>%1 It was skipped.</source>
        <translation>%1 Cafodd ei hepgor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="215" />
        <source>Every copy of %1 is damaged; it was skipped.</source>
        <translation>Mae pob copi o %1 wedi'i ddifrodi; cafodd ei hepgor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="219" />
        <source>%1 Another kiosk's copy of the same clip was exported instead.</source>
        <translation>%1 Allforiwyd copi ciosg arall o'r un clip yn ei le.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="253" />
        <source>The transcript of %1 is longer than the kiosk reads; the clip is exported without it.</source>
        <translation>Mae trawsgrifiad %1 yn hirach nag y mae'r ciosg yn ei ddarllen; caiff y clip ei allforio hebddo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="258" />
        <source>The transcript of %1 could not be read; the clip is exported without it (open it in the facilitator panel's transcript editor and save it again).</source>
        <translation>Nid oedd modd darllen trawsgrifiad %1; caiff y clip ei allforio hebddo (agorwch ef yng ngolygydd trawsgrifiadau panel yr hwylusydd a'i gadw eto).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="289" />
        <source>%1 The clip is exported without a thumbnail.</source>
        <translation>%1 Caiff y clip ei allforio heb lun bach.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="324" />
        <source>Compilation for %1 (clips in it: %2)</source>
        <translation>Casgliad ar gyfer %1 (clipiau ynddo: %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="337" />
        <source>The compilation for %1 could not be made (%2).</source>
        <translation>Nid oedd modd gwneud y casgliad ar gyfer %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/apply.py" line="360" />
        <source>%1 It was taken out of the record.</source>
        <translation>%1 Cafodd ei dynnu allan o'r cofnod.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="61" />
        <source>Name at least one recordings folder to export from.</source>
        <translation>Enwch o leiaf un ffolder recordiadau i allforio ohono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="65" />
        <source>There is no recordings folder at %1.</source>
        <translation>Does dim ffolder recordiadau yn %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="71" />
        <source>The export cannot go in %1: it overlaps the recordings folder %2.</source>
        <translation>Ni all yr allforio fynd i %1: mae'n gorgyffwrdd â'r ffolder recordiadau %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="95" />
        <source>%1 is read-only, so a withdrawal made there will not reach %2; export into it again after withdrawing.</source>
        <translation>Mae %1 yn ddarllen-yn-unig, felly ni fydd tynnu'n ôl a wneir yno'n cyrraedd %2; allforiwch iddo eto ar ôl tynnu'n ôl.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="104" />
        <source>The export cannot be written in %1 (%2).</source>
        <translation>Does dim modd ysgrifennu'r allforio yn %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="114" />
        <source>Another export or withdrawal is changing %1 right now; export again when it is done.</source>
        <translation>Mae allforio neu dynnu'n ôl arall yn newid %1 ar hyn o bryd; allforiwch eto pan fydd wedi gorffen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="125" />
        <source>A withdrawal could not be logged in every recordings folder (%1); export these folders together until it can.</source>
        <translation>Nid oedd modd cofnodi tynnu'n ôl ym mhob ffolder recordiadau (%1); allforiwch y ffolderi hyn gyda'i gilydd nes y bydd modd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="135" />
        <source>%1 still holds a copy of the withdrawn clip %2; it is left out of every export, and `kiosk withdraw %2 --recordings %1` deletes it.</source>
        <translation>Mae %1 yn dal i gadw copi o'r clip a dynnwyd yn ôl %2; caiff ei adael allan o bob allforio, ac mae `kiosk withdraw %2 --recordings %1` yn ei ddileu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="167" />
        <source>A withdrawal log cannot be read (%1), so the export cannot tell which clips were withdrawn; nothing was written.</source>
        <translation>Does dim modd darllen log tynnu'n ôl (%1), felly ni all yr allforio wybod pa glipiau a dynnwyd yn ôl; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="188" />
        <source>There are no clips in %1; nothing was written.</source>
        <translation>Does dim clipiau yn %1; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="191" />
        <source>No clip matches this export (%1 left out by card, date or scope, %2 withdrawn, %3 skipped); nothing was written.%4</source>
        <translation>Does dim clip yn cyfateb i'r allforio hwn (%1 wedi'u gadael allan oherwydd cerdyn, dyddiad neu gwmpas, %2 wedi'u tynnu'n ôl, %3 wedi'u hepgor); ni ysgrifennwyd dim.%4</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="230" />
        <source>%1 is a file, not a folder to export into.</source>
        <translation>Ffeil yw %1, nid ffolder i allforio iddo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="234" />
        <source>%1 holds an export marker the kiosk did not write (%2); choose an empty or new folder.</source>
        <translation>Mae %1 yn dal marciwr allforio nad ysgrifennodd y ciosg (%2); dewiswch ffolder gwag neu newydd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="238" />
        <source>%1 already holds files the kiosk did not export; choose an empty or new folder.</source>
        <translation>Mae %1 eisoes yn dal ffeiliau na wnaeth y ciosg eu hallforio; dewiswch ffolder gwag neu newydd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="243" />
        <source>%1 cannot be exported into: %2.</source>
        <translation>Does dim modd allforio i %1: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="254" />
        <source>The export folder %1 cannot be written (%2).</source>
        <translation>Does dim modd ysgrifennu i'r ffolder allforio %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="281" />
        <source>The highlight reel could not be made (%1).</source>
        <translation>Nid oedd modd gwneud y ffilm uchafbwyntiau (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="298" />
        <source>%1 needs about %2 MB free for this export but has %3 MB.</source>
        <translation>Mae %1 angen tua %2 MB yn rhydd ar gyfer yr allforio hwn ond mae ganddo %3 MB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="324" />
        <source>%1 is not a zip the kiosk exported; choose another name.</source>
        <translation>Nid yw %1 yn zip a allforiodd y ciosg; dewiswch enw arall.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="336" />
        <source>%1 exists and is not a zip the kiosk exported.</source>
        <translation>Mae %1 yn bodoli ac nid yw'n zip a allforiodd y ciosg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="353" />
        <source>The zip %1 could not be written (%2).</source>
        <translation>Nid oedd modd ysgrifennu'r zip %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/record.py" line="356" />
        <source>%1 is not a zip the kiosk can bring up to date (%2).</source>
        <translation>Nid yw %1 yn zip y gall y ciosg ei ddiweddaru (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/selection.py" line="72" />
        <source>%1 have one clip id but different recordings; neither was exported (a facilitator should look at them).</source>
        <translation>Mae gan %1 un enw clip ond recordiadau gwahanol; ni allforiwyd yr un ohonynt (dylai hwylusydd edrych arnynt).</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/selection.py" line="88" />
        <source>%1 was skipped: its status is %2, not kept.</source>
        <translation>Hepgorwyd %1: ei statws yw %2, nid wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/selection.py" line="91" />
        <source>%1 was skipped: it has an unknown consent scope %2.</source>
        <translation>Hepgorwyd %1: mae ganddo gwmpas caniatâd anhysbys %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/export/selection.py" line="94" />
        <source>%1 was skipped: it has no consent scope.</source>
        <translation>Hepgorwyd %1: does ganddo ddim cwmpas caniatâd.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="178" />
        <source>Export to the drive %1</source>
        <translation>Allforio i'r gyriant %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="201" />
        <source>Choose a drive, or type a whole folder path starting with /.</source>
        <translation>Dewiswch yriant, neu teipiwch lwybr ffolder llawn sy'n dechrau gyda /.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="232" />
        <source>Export cancelled: the record holds what was copied so far.</source>
        <translation>Allforio wedi'i ganslo: mae'r cofnod yn cynnwys yr hyn a gopïwyd hyd yma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="233" />
        <source>Export finished.</source>
        <translation>Mae'r allforio wedi gorffen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/export.py" line="234" />
        <source>%n clip(s) in the record at %2 (%3 new, %4 removed).</source>
        <translation><numerusform>%n clip yn y cofnod yn %2 (%3 newydd, %4 wedi'u tynnu).</numerusform><numerusform>%n clip yn y cofnod yn %2 (%3 newydd, %4 wedi'u tynnu).</numerusform><numerusform>%n clip yn y cofnod yn %2 (%3 newydd, %4 wedi'u tynnu).</numerusform><numerusform>%n clip yn y cofnod yn %2 (%3 newydd, %4 wedi'u tynnu).</numerusform><numerusform>%n clip yn y cofnod yn %2 (%3 newydd, %4 wedi'u tynnu).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/export.py" line="238" />
        <source>%n clip(s) left out by card, date or consent.</source>
        <translation><numerusform>%n clip wedi'u gadael allan oherwydd cerdyn, dyddiad neu ganiatâd.</numerusform><numerusform>%n clip wedi'u gadael allan oherwydd cerdyn, dyddiad neu ganiatâd.</numerusform><numerusform>%n clip wedi'u gadael allan oherwydd cerdyn, dyddiad neu ganiatâd.</numerusform><numerusform>%n clip wedi'u gadael allan oherwydd cerdyn, dyddiad neu ganiatâd.</numerusform><numerusform>%n clip wedi'u gadael allan oherwydd cerdyn, dyddiad neu ganiatâd.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="239" />
        <source>Skipped:</source>
        <translation>Wedi'u hepgor:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="239" />
        <source>Damaged, not exported:</source>
        <translation>Wedi'u difrodi, heb eu hallforio:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="246" />
        <source>Export the event record</source>
        <translation>Allforio cofnod y digwyddiad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="247" />
        <source>Drives:</source>
        <translation>Gyriannau:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="247" />
        <source>No USB drive found.</source>
        <translation>Ni chafwyd hyd i yriant USB.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="248" />
        <source>Look again</source>
        <translation>Edrych eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="248" />
        <source>Look again for USB drives</source>
        <translation>Edrych eto am yriannau USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="249" />
        <location filename="../../kiosk/ui/panel/export.py" line="250" />
        <source>Folder to export into</source>
        <translation>Ffolder i allforio iddo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="251" />
        <source>Keyboard</source>
        <translation>Bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="251" />
        <source>Show the keyboard to type a folder</source>
        <translation>Dangos y bysellfwrdd i deipio ffolder</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="252" />
        <source>Consent:</source>
        <translation>Caniatâd:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="255" />
        <source>Cards (none chosen: every card):</source>
        <translation>Cardiau (dim wedi'u dewis: pob cerdyn):</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="258" />
        <source>Compilations</source>
        <translation>Casgliadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="258" />
        <source>Also make a compilation video per card</source>
        <translation>Gwneud fideo casgliad ar gyfer pob cerdyn hefyd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="259" />
        <source>One zip file</source>
        <translation>Un ffeil zip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="259" />
        <source>Export as one zip file</source>
        <translation>Allforio fel un ffeil zip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="260" />
        <source>What we heard</source>
        <translation>Beth glywson ni</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="261" />
        <source>Also write the report of themes and quotes (web page and Word) and a REFI-QDA project</source>
        <translation>Ysgrifennu hefyd adroddiad y themâu a'r dyfyniadau (tudalen we a Word) a phrosiect REFI-QDA</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="262" />
        <source>Highlight reel</source>
        <translation>Ffilm uchafbwyntiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="262" />
        <source>Also make a video of the quotes, theme by theme</source>
        <translation>Gwneud fideo o'r dyfyniadau hefyd, fesul thema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="263" />
        <source>What to export</source>
        <translation>Beth i'w allforio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="264" />
        <source>Export progress</source>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="265" />
        <source>Start export</source>
        <translation>Dechrau allforio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="266" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="266" />
        <source>Cancel the export</source>
        <translation>Canslo'r allforio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="272" />
        <source>Exporting…</source>
        <translation>Yn allforio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="273" />
        <source>Cancelling after the current file…</source>
        <translation>Yn canslo ar ôl y ffeil bresennol…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/export.py" line="275" />
        <source>The export did not run: %1</source>
        <translation>Ni redodd yr allforio: %1</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="123" />
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="123" />
        <source>Clips</source>
        <translation>Clipiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="123" />
        <source>Withdraw</source>
        <translation>Tynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="124" />
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="124" />
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="124" />
        <source>Change PIN</source>
        <translation>Newid PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="125" />
        <source>Hub</source>
        <translation>Hyb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="127" />
        <source>Show the page: %1</source>
        <translation>Dangos y dudalen: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="128" />
        <source>Back to kiosk</source>
        <translation>Yn ôl i'r ciosg</translation>
    </message>
</context>
<context>
    <name>HubEngine</name>
    <message>
        <location filename="../../kiosk/ui/hub/engine.py" line="70" />
        <source>%1 was accepted: its clips arrive in kiosks/%1.</source>
        <translation>Derbyniwyd %1: mae ei glipiau'n cyrraedd kiosks/%1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/engine.py" line="105" />
        <source>The hub's sync could not start (%1).</source>
        <translation>Ni allai cysoni'r hyb ddechrau (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/engine.py" line="119" />
        <source>The hub's sync stopped by itself; start the hub again.</source>
        <translation>Stopiodd cysoni'r hyb ohono'i hun; dechreuwch yr hyb eto.</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="80" />
        <source>Pairing with the hub…</source>
        <translation>Yn paru â'r hyb…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="102" />
        <source>The hub's code was read: check it is the hub's, then Pair.</source>
        <translation>Darllenwyd cod yr hyb: gwiriwch mai un yr hyb ydyw, yna Paru.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="112" />
        <source>Send this kiosk's clips to a hub</source>
        <translation>Anfon clipiau'r ciosg hwn i hyb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="113" />
        <source>Sync is off. To send clips to a facilitator's laptop, set Sync with the hub to kiosk in Settings.</source>
        <translation>Mae cysoni i ffwrdd. I anfon clipiau i liniadur hwylusydd, gosodwch Cysoni â'r hyb i kiosk yn y Gosodiadau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="115" />
        <source>Sync is starting…</source>
        <translation>Mae cysoni'n dechrau…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="116" />
        <source>Sync is on. This kiosk's device id: %1</source>
        <translation>Mae cysoni ymlaen. Rhif dyfais y ciosg hwn: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="117" />
        <source>Sync is off: Syncthing is not installed on this laptop.</source>
        <translation>Mae cysoni i ffwrdd: nid yw Syncthing wedi'i osod ar y gliniadur hwn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="118" />
        <source>Sync stopped; the clips are still kept here.</source>
        <translation>Stopiodd y cysoni; mae'r clipiau'n dal i gael eu cadw yma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="119" />
        <source>Sync is off.</source>
        <translation>Mae cysoni i ffwrdd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="121" />
        <source>Type the hub's device id, or hold the QR code the hub shows up to the camera.</source>
        <translation>Teipiwch rif dyfais yr hyb, neu daliwch y cod QR y mae'r hyb yn ei ddangos o flaen y camera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="122" />
        <location filename="../../kiosk/ui/panel/hub.py" line="123" />
        <source>The hub's device id</source>
        <translation>Rhif dyfais yr hyb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="124" />
        <source>Pair with this hub</source>
        <translation>Paru â'r hyb hwn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="125" />
        <source>Stop reading</source>
        <translation>Stopio darllen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="125" />
        <source>Read the hub's QR code</source>
        <translation>Darllen cod QR yr hyb</translation>
    </message>
</context>
<context>
    <name>HubWindow</name>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="77" />
        <source>a clip goes on the wall at its kiosk's panel, not at the hub.</source>
        <translation>mae clip yn mynd ar y wal o banel ei giosg, nid o'r hyb.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="92" />
        <source>%1 is withdrawn at the hub; its kiosk removes it when it is connected.</source>
        <translation>Mae %1 wedi'i dynnu'n ôl yn yr hyb; bydd ei giosg yn ei ddileu pan fydd wedi'i gysylltu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="111" />
        <source>Whose Shoes? hub</source>
        <translation>Hyb Esgidiau Pwy?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="112" />
        <source>Hub: the kiosks of the day</source>
        <translation>Hyb: ciosgau'r dydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="113" />
        <source>Kiosks asking to join</source>
        <translation>Ciosgau sy'n gofyn am ymuno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="114" />
        <source>Accept this kiosk</source>
        <translation>Derbyn y ciosg hwn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="115" />
        <source>Kiosks</source>
        <translation>Ciosgau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="116" />
        <source>Clips</source>
        <translation>Clipiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="118" />
        <source>Kiosk</source>
        <translation>Ciosg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="118" />
        <source>Connected</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="118" />
        <source>Clips today</source>
        <translation>Clipiau heddiw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="118" />
        <source>Waiting to arrive</source>
        <translation>Yn aros i gyrraedd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="119" />
        <source>Free hours</source>
        <translation>Oriau'n rhydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="119" />
        <source>Battery</source>
        <translation>Batri</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="119" />
        <source>Last take</source>
        <translation>Y recordiad olaf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="119" />
        <source>Faults</source>
        <translation>Namau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="128" />
        <source>Starting the sync engine…</source>
        <translation>Yn dechrau'r peiriant cysoni…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="128" />
        <source>Receiving the kiosks</source>
        <translation>Yn derbyn y ciosgau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="129" />
        <source>Sync is off: Syncthing is missing</source>
        <translation>Mae cysoni i ffwrdd: mae Syncthing ar goll</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="129" />
        <location filename="../../kiosk/ui/hub/window.py" line="130" />
        <source>Sync stopped</source>
        <translation>Stopiodd y cysoni</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="141" />
        <source>This hub's device id (a kiosk pairs with it):
%1</source>
        <translation>Rhif dyfais yr hyb hwn (mae ciosg yn paru ag ef):
%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="160" />
        <source>connected</source>
        <translation>wedi cysylltu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="162" />
        <source>last heard %1</source>
        <translation>clywyd ddiwethaf %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="163" />
        <source>never connected</source>
        <translation>heb gysylltu erioed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="167" />
        <source>mains</source>
        <translation>prif gyflenwad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="169" />
        <source>%1%, plugged in</source>
        <translation>%1%, wedi'i blygio i mewn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="170" />
        <source>%1%, on battery</source>
        <translation>%1%, ar y batri</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="187" />
        <source>Accepting %1…</source>
        <translation>Yn derbyn %1…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/hub/window.py" line="190" />
        <source>Withdraw %1? It is deleted from this hub now, and from its kiosk when it is connected. This cannot be undone.</source>
        <translation>Tynnu %1 yn ôl? Caiff ei ddileu o'r hyb hwn nawr, ac o'i giosg pan fydd wedi'i gysylltu. Ni ellir dadwneud hyn.</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="251" />
        <source>The kiosk met a fault in its flow and paused itself; open this panel to let attendees start again. (%1)</source>
        <translation>Aeth rhywbeth o'i le yn llif y ciosg a saibiodd ei hun; agorwch y panel hwn i adael i bobl ddechrau eto. (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="358" />
        <source>The laptop slept or its clock changed (about %1 minutes): the camera and microphone were opened again.</source>
        <translation>Bu'r gliniadur yn cysgu neu newidiodd ei gloc (tua %1 munud): agorwyd y camera a'r meicroffon eto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="375" />
        <source>You reached the time limit, so the recording stopped.</source>
        <translation>Rydych chi wedi cyrraedd y terfyn amser, felly mae'r recordio wedi stopio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="378" />
        <source>The camera stopped working, so the recording ended early. What you said so far is kept.</source>
        <translation>Stopiodd y camera weithio, felly daeth y recordio i ben yn gynnar. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="380" />
        <source>The microphone stopped working, so the recording ended early. What you said so far is kept.</source>
        <translation>Stopiodd y meicroffon weithio, felly daeth y recordio i ben yn gynnar. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="381" />
        <source>The recording ended early because of a technical problem. What you said so far is kept.</source>
        <translation>Daeth y recordio i ben yn gynnar oherwydd problem dechnegol. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="439" />
        <source>A clip could not be kept: %1</source>
        <translation>Nid oedd modd cadw clip: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="448" />
        <source>A clip could not be deleted: %1</source>
        <translation>Nid oedd modd dileu clip: %1</translation>
    </message>
</context>
<context>
    <name>KioskSync</name>
    <message>
        <location filename="../../kiosk/ui/sync_service.py" line="66" />
        <source>Sync with the hub is off: %1</source>
        <translation>Mae cysoni â'r hyb i ffwrdd: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_service.py" line="73" />
        <source>Sync with the hub could not start (%1). Clips are still kept here.</source>
        <translation>Ni allai cysoni â'r hyb ddechrau (%1). Mae'r clipiau'n dal i gael eu cadw yma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_service.py" line="83" />
        <source>Sync with the hub stopped (%1). Clips are still kept here.</source>
        <translation>Stopiodd cysoni â'r hyb (%1). Mae'r clipiau'n dal i gael eu cadw yma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/sync_service.py" line="125" />
        <source>Sync with the hub is not running: in Settings, set Sync with the hub to kiosk, save, and try again.</source>
        <translation>Nid yw cysoni â'r hyb yn rhedeg: yn y Gosodiadau, gosodwch Cysoni â'r hyb i kiosk, cadwch, a rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="19" />
        <source>No camera was found, so the kiosk is showing a demo pattern.</source>
        <translation>Ni chafwyd hyd i gamera, felly mae'r ciosg yn dangos patrwm arddangos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="21" />
        <source>No microphone was found, so the kiosk is recording a demo tone.</source>
        <translation>Ni chafwyd hyd i feicroffon, felly mae'r ciosg yn recordio tôn arddangos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="22" />
        <source>Demo pattern (no camera)</source>
        <translation>Patrwm arddangos (dim camera)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="23" />
        <source>Demo tone (no microphone)</source>
        <translation>Tôn arddangos (dim meicroffon)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="24" />
        <source>Demo pattern</source>
        <translation>Patrwm arddangos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="25" />
        <source>Demo tone</source>
        <translation>Tôn arddangos</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="452" />
        <source>Shift: next letter in capitals</source>
        <translation>Shift: y llythyren nesaf mewn priflythyren</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="454" />
        <source>Space</source>
        <translation>Bwlch</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets.py" line="455" />
        <source>Delete last character</source>
        <translation>Dileu'r nod olaf</translation>
    </message>
</context>
<context>
    <name>PanelController</name>
    <message>
        <location filename="../../kiosk/ui/panel/controller.py" line="234" />
        <source>An export is already running.</source>
        <translation>Mae allforio eisoes yn rhedeg.</translation>
    </message>
</context>
<context>
    <name>Paused</name>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="47" />
        <source>The kiosk is paused for a moment. A facilitator has been told.</source>
        <translation>Mae'r ciosg wedi oedi am funud. Mae hwylusydd wedi cael gwybod.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="48" />
        <source>The kiosk is paused: its battery is nearly empty. Please plug me in, or tell a facilitator.</source>
        <translation>Mae'r ciosg wedi oedi: mae ei fatri bron yn wag. Plygiwch fi i mewn, os gwelwch yn dda, neu dywedwch wrth hwylusydd.</translation>
    </message>
</context>
<context>
    <name>PinChangePage</name>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="85" />
        <source>Change the facilitator PIN</source>
        <translation>Newid PIN yr hwylusydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="87" />
        <source>PIN now</source>
        <translation>PIN presennol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="87" />
        <source>New PIN</source>
        <translation>PIN newydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="87" />
        <source>New PIN again</source>
        <translation>PIN newydd eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="90" />
        <source>Digits</source>
        <translation>Digidau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="91" />
        <source>Change PIN</source>
        <translation>Newid PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="94" />
        <source>Tap a box, then type on the keypad.</source>
        <translation>Tapiwch flwch, yna teipiwch ar y bysellbad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="95" />
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Mae PIN yn 4 i 8 digid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="96" />
        <source>The two new PINs are not the same. Please type them again.</source>
        <translation>Nid yw'r ddau PIN newydd yr un fath. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="97" />
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="98" />
        <source>The PIN now is not right, so the PIN was not changed.</source>
        <translation>Nid yw'r PIN presennol yn gywir, felly ni newidiwyd y PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="100" />
        <source>The PIN is changed. Use the new one from now on.</source>
        <translation>Mae'r PIN wedi newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/pin.py" line="101" />
        <source>The PIN could not be changed: %1</source>
        <translation>Nid oedd modd newid y PIN: %1</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="107" />
        <source>Facilitator PIN</source>
        <translation>PIN hwylusydd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/pin.py" line="108" />
        <source>%n digit(s) typed</source>
        <translation><numerusform>%n digid wedi'u teipio</numerusform><numerusform>%n digid wedi'u teipio</numerusform><numerusform>%n digid wedi'u teipio</numerusform><numerusform>%n digid wedi'u teipio</numerusform><numerusform>%n digid wedi'u teipio</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="110" />
        <source>Type the PIN, then OK.</source>
        <translation>Teipiwch y PIN, yna OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="111" />
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="112" />
        <source>That PIN is not right. Please try again.</source>
        <translation>Nid yw'r PIN yna'n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="118" />
        <source>Delete last digit</source>
        <translation>Dileu'r digid olaf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="119" />
        <source>OK, check the PIN</source>
        <translation>Iawn, gwirio'r PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="120" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="120" />
        <source>Cancel, back to the kiosk</source>
        <translation>Canslo, yn ôl i'r ciosg</translation>
    </message>
</context>
<context>
    <name>PinWaitWords</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/backoff.py" line="44" />
        <source>Too many tries. Please wait %n second(s).</source>
        <translation><numerusform>Gormod o geisiadau. Arhoswch %n eiliad, os gwelwch yn dda.</numerusform><numerusform>Gormod o geisiadau. Arhoswch %n eiliad, os gwelwch yn dda.</numerusform><numerusform>Gormod o geisiadau. Arhoswch %n eiliad, os gwelwch yn dda.</numerusform><numerusform>Gormod o geisiadau. Arhoswch %n eiliad, os gwelwch yn dda.</numerusform><numerusform>Gormod o geisiadau. Arhoswch %n eiliad, os gwelwch yn dda.</numerusform></translation>
    </message>
</context>
<context>
    <name>PowerWatch</name>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="81" />
        <source>The battery is nearly empty (%1): attendees are paused until the laptop is plugged in.</source>
        <translation>Mae'r batri bron yn wag (%1): mae'r ciosg wedi oedi i'r mynychwyr nes bydd y gliniadur wedi'i blygio i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="86" />
        <source>The battery is low (%1): please plug the laptop in.</source>
        <translation>Mae'r batri'n isel (%1): plygiwch y gliniadur i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="96" />
        <source>Battery low (%1): please plug the laptop in.</source>
        <translation>Batri'n isel (%1): plygiwch y gliniadur i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="108" />
        <source>Power: plugged in, battery at %1.</source>
        <translation>Pŵer: wedi'i blygio i mewn, y batri ar %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="109" />
        <source>Power: on battery, at %1.</source>
        <translation>Pŵer: ar y batri, ar %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="110" />
        <source>Power: on battery and low, at %1: please plug the laptop in.</source>
        <translation>Pŵer: ar y batri ac yn isel, ar %1: plygiwch y gliniadur i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/power_watch.py" line="111" />
        <source>Power: on battery and nearly empty, at %1: attendees are paused until the laptop is plugged in.</source>
        <translation>Pŵer: ar y batri a bron yn wag, ar %1: mae'r ciosg wedi oedi i'r mynychwyr nes bydd y gliniadur wedi'i blygio i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="38" />
        <source>Kept awake: the screen stays on while the kiosk runs (%1).</source>
        <translation>Yn effro: mae'r sgrin yn aros ymlaen tra bo'r ciosg yn rhedeg (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="42" />
        <source>The laptop is kept from sleeping (%1), but its screen may blank or lock after %2 minutes: %3 Set the screen never to blank in the laptop's settings.</source>
        <translation>Mae'r gliniadur yn cael ei gadw rhag cysgu (%1), ond gall ei sgrin dywyllu neu gloi ar ôl %2 munud: %3 Gosodwch y sgrin i beidio byth â thywyllu yng ngosodiadau'r gliniadur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="47" />
        <source>The laptop is kept from sleeping (%1), but its screen may blank or lock when its own power settings say: %2 Set the screen never to blank in the laptop's settings.</source>
        <translation>Mae'r gliniadur yn cael ei gadw rhag cysgu (%1), ond gall ei sgrin dywyllu neu gloi pan fydd ei osodiadau pŵer yn dweud: %2 Gosodwch y sgrin i beidio byth â thywyllu yng ngosodiadau'r gliniadur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="52" />
        <source>This laptop may sleep after %1 minutes: %2 Set it never to sleep or blank the screen in its settings, and keep it plugged in.</source>
        <translation>Gall y gliniadur hwn gysgu ar ôl %1 munud: %2 Gosodwch ef i beidio byth â chysgu na thywyllu'r sgrin yn ei osodiadau, a chadwch ef wedi'i blygio i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="55" />
        <source>This laptop may sleep when its own power settings say: %1 Set it never to sleep or blank the screen in its settings, and keep it plugged in.</source>
        <translation>Gall y gliniadur hwn gysgu pan fydd ei osodiadau pŵer yn dweud: %1 Gosodwch ef i beidio byth â chysgu na thywyllu'r sgrin yn ei osodiadau, a chadwch ef wedi'i blygio i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="69" />
        <source>this system offers the kiosk no way to ask.</source>
        <translation>nid yw'r system hon yn cynnig ffordd i'r ciosg ofyn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="71" />
        <source>there is no desktop session to ask (the kiosk was not started from the laptop's desktop).</source>
        <translation>does dim sesiwn bwrdd gwaith i ofyn iddi (ni ddechreuwyd y ciosg o fwrdd gwaith y gliniadur).</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="73" />
        <source>the desktop did not agree (%1).</source>
        <translation>ni chytunodd y bwrdd gwaith (%1).</translation>
    </message>
    <message>
        <location filename="../../kiosk/power.py" line="156" />
        <source>the desktop did not answer.</source>
        <translation>nid atebodd y bwrdd gwaith.</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="75" />
        <source>No camera: only your voice will be recorded.</source>
        <translation>Dim camera: dim ond eich llais fydd yn cael ei recordio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="82" />
        <source>Speaking as: %1</source>
        <translation>Yn siarad fel: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/prompt.py" line="85" />
        <source>You can talk for up to %n second(s), and stop whenever you like. A short countdown comes first.</source>
        <translation><numerusform>Gallwch siarad am hyd at %n eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif byr yn gyntaf.</numerusform><numerusform>Gallwch siarad am hyd at %n eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif byr yn gyntaf.</numerusform><numerusform>Gallwch siarad am hyd at %n eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif byr yn gyntaf.</numerusform><numerusform>Gallwch siarad am hyd at %n eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif byr yn gyntaf.</numerusform><numerusform>Gallwch siarad am hyd at %n eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif byr yn gyntaf.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="87" />
        <source>This is you. Move so that your face is in the picture.</source>
        <translation>Dyma chi. Symudwch fel bod eich wyneb yn y llun.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="88" />
        <source>Camera picture, mirrored</source>
        <translation>Llun y camera, fel drych</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="89" />
        <source>I'm ready</source>
        <translation>Rwy'n barod</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="90" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>RecordingScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="78" />
        <source>Too quiet</source>
        <translation>Rhy dawel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="78" />
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="78" />
        <source>Too loud</source>
        <translation>Rhy uchel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="79" />
        <source>Sound level: %1</source>
        <translation>Lefel y sain: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="97" />
        <source>Time left: %1:%2</source>
        <translation>Amser ar ôl: %1:%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/recording.py" line="100" />
        <source>%n second(s) left. Time to finish your thought.</source>
        <translation><numerusform>%n eiliad ar ôl. Amser i orffen eich syniad.</numerusform><numerusform>%n eiliad ar ôl. Amser i orffen eich syniad.</numerusform><numerusform>%n eiliad ar ôl. Amser i orffen eich syniad.</numerusform><numerusform>%n eiliad ar ôl. Amser i orffen eich syniad.</numerusform><numerusform>%n eiliad ar ôl. Amser i orffen eich syniad.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="104" />
        <source>demo</source>
        <translation>arddangos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="105" />
        <location filename="../../kiosk/ui/screens/recording.py" line="111" />
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="105" />
        <source>Recording</source>
        <translation>Yn recordio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="106" />
        <source>Saving your video</source>
        <translation>Yn cadw eich fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="106" />
        <source>Recording now</source>
        <translation>Yn recordio nawr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="109" />
        <source>Sound level</source>
        <translation>Lefel y sain</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="110" />
        <source>Camera picture, mirrored</source>
        <translation>Llun y camera, fel drych</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="111" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="112" />
        <source>Stop recording</source>
        <translation>Stopio recordio</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="36" />
        <source>No camera was working, so only your voice was recorded.</source>
        <translation>Nid oedd camera'n gweithio, felly dim ond eich llais a recordiwyd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="174" />
        <source>Your video cannot be played back here, but it was recorded.</source>
        <translation>Does dim modd chwarae eich fideo yma, ond mae wedi'i recordio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="178" />
        <source>Your video has been deleted.</source>
        <translation>Mae eich fideo wedi'i ddileu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="179" />
        <source>Here is your video. Would you like to keep it?</source>
        <translation>Dyma eich fideo. Hoffech chi ei gadw?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="182" />
        <source>Your video, playing</source>
        <translation>Eich fideo, yn chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="183" />
        <source>Play again</source>
        <translation>Chwarae eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="184" />
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="184" />
        <source>Keep my video</source>
        <translation>Cadw fy fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="185" />
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="185" />
        <source>Delete this and record again</source>
        <translation>Dileu hwn a recordio eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="186" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="186" />
        <source>Delete my video</source>
        <translation>Dileu fy fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="187" />
        <source>Delete your video? This cannot be undone.</source>
        <translation>Dileu eich fideo? Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="188" />
        <source>No, keep it</source>
        <translation>Na, ei gadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="188" />
        <source>No, do not delete my video</source>
        <translation>Na, peidiwch â dileu fy fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="189" />
        <source>Yes, delete it</source>
        <translation>Ie, ei ddileu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="189" />
        <source>Yes, delete my video</source>
        <translation>Ie, dileu fy fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="190" />
        <source>Nothing of it is kept. Thank you for stopping by.</source>
        <translation>Ni chedwir dim ohono. Diolch am alw heibio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="191" />
        <source>Back to the start</source>
        <translation>Yn ôl i'r dechrau</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="115" />
        <source>Event name</source>
        <translation>Enw'r digwyddiad</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="116" />
        <source>On the start screen, the clips and the event record.</source>
        <translation>Ar y sgrin gychwyn, y clipiau a chofnod y digwyddiad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="118" />
        <source>Date (YYYY-MM-DD)</source>
        <translation>Dyddiad (BBBB-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="119" />
        <source>Empty means the day the kiosk runs.</source>
        <translation>Mae gwag yn golygu'r diwrnod mae'r ciosg yn rhedeg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="121" />
        <source>Longest clip (seconds)</source>
        <translation>Clip hiraf (eiliadau)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="122" />
        <source>A take stops by itself after this long.</source>
        <translation>Mae recordiad yn stopio ohono'i hun ar ôl cyhyd â hyn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="125" />
        <source>Warning before the end (seconds)</source>
        <translation>Rhybudd cyn y diwedd (eiliadau)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="126" />
        <source>How long before the end the time left is shown; shorter than the longest clip.</source>
        <translation>Pa mor hir cyn y diwedd y dangosir yr amser sydd ar ôl; yn fyrrach na'r clip hiraf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="129" />
        <source>Back to start when idle (seconds)</source>
        <translation>Yn ôl i'r dechrau pan fydd yn segur (eiliadau)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="130" />
        <source>With nobody tapping, the kiosk asks, then goes back to the start.</source>
        <translation>Heb i neb dapio, mae'r ciosg yn holi, yna'n mynd yn ôl i'r dechrau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="133" />
        <source>Countdown before recording (seconds)</source>
        <translation>Cyfrif cyn recordio (eiliadau)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="134" />
        <source>0 starts recording at once.</source>
        <translation>Mae 0 yn dechrau recordio ar unwaith.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="136" />
        <source>Language at the start</source>
        <translation>Iaith ar y dechrau</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="137" />
        <source>Each visit starts in it: en is English, cy is Welsh.</source>
        <translation>Mae pob ymweliad yn dechrau ynddi: en yw Saesneg, cy yw Cymraeg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="139" />
        <source>Free space to keep (MB)</source>
        <translation>Lle rhydd i'w gadw (MB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="140" />
        <source>The kiosk stops recording when the disk has less than this free.</source>
        <translation>Mae'r ciosg yn peidio â recordio pan fydd gan y ddisg lai na hyn yn rhydd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="142" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="143" />
        <source>auto, synthetic (a test pattern) or a device's name.</source>
        <translation>auto, synthetic (patrwm prawf) neu enw dyfais.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="145" />
        <source>Microphone</source>
        <translation>Meicroffon</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="146" />
        <source>auto, synthetic (a test tone) or a device's name.</source>
        <translation>auto, synthetic (tôn brawf) neu enw dyfais.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="148" />
        <source>Picture width</source>
        <translation>Lled y llun</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="149" />
        <location filename="../../kiosk/config/__init__.py" line="152" />
        <source>In pixels; the camera gives the nearest size it has.</source>
        <translation>Mewn picseli; mae'r camera'n rhoi'r maint agosaf sydd ganddo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="151" />
        <source>Picture height</source>
        <translation>Uchder y llun</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="154" />
        <source>Frames a second</source>
        <translation>Fframiau'r eiliad</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="155" />
        <source>How many pictures a second the camera is asked for.</source>
        <translation>Sawl llun yr eiliad y gofynnir i'r camera amdanynt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="159" />
        <source>Encoding speed</source>
        <translation>Cyflymder amgodio</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="160" />
        <source>ultrafast uses the least processor, medium makes the smallest files.</source>
        <translation>ultrafast sy'n defnyddio'r lleiaf o'r prosesydd, medium sy'n gwneud y ffeiliau lleiaf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="164" />
        <source>Speech model (English)</source>
        <translation>Model lleferydd (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="165" />
        <source>Empty for the offline English model, off for none, or a model's name or folder.</source>
        <translation>Gwag i gael y model Saesneg all-lein, off i gael dim, neu enw neu ffolder model.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="167" />
        <source>Speech model (Welsh)</source>
        <translation>Model lleferydd (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="168" />
        <source>Empty for none, or a Welsh model's name or folder.</source>
        <translation>Gwag i gael dim, neu enw neu ffolder model Cymraeg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="172" />
        <source>Low battery warning (%)</source>
        <translation>Rhybudd batri isel (%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="173" />
        <source>On battery, the facilitator is warned at this level.</source>
        <translation>Ar fatri, caiff yr hwylusydd ei rybuddio ar y lefel hon.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="176" />
        <source>Pause on battery at (%)</source>
        <translation>Oedi ar fatri ar (%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="177" />
        <source>Below it, discharging, the kiosk pauses for attendees until plugged in.</source>
        <translation>Oddi tano, wrth ddadwefru, mae'r ciosg yn oedi i bobl nes iddo gael ei blygio i mewn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="180" />
        <source>Sound on the wall</source>
        <translation>Sain ar y wal</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="181" />
        <source>off: the wall's clips play silent, with captions; on: with their sound.</source>
        <translation>off: mae clipiau'r wal yn chwarae'n dawel, gyda chapsiynau; on: gyda'u sain.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="184" />
        <source>Sync with the hub</source>
        <translation>Cysoni â'r hyb</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="185" />
        <source>off, or kiosk to send this kiosk's clips to the facilitators' laptops over the venue's network (Syncthing).</source>
        <translation>off, neu kiosk i anfon clipiau'r ciosg hwn i liniaduron yr hwyluswyr dros rwydwaith y lleoliad (Syncthing).</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="188" />
        <source>This kiosk's name</source>
        <translation>Enw'r ciosg hwn</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="189" />
        <source>How the hub names it, e.g. Entrance; empty for the computer's name.</source>
        <translation>Sut mae'r hyb yn ei enwi, e.e. Mynedfa; yn wag ar gyfer enw'r cyfrifiadur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="191" />
        <source>Syncthing program</source>
        <translation>Rhaglen Syncthing</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="192" />
        <source>Empty to find it on this computer, or the program's full path.</source>
        <translation>Yn wag i'w chanfod ar y cyfrifiadur hwn, neu lwybr llawn y rhaglen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="195" />
        <source>Consent text</source>
        <translation>Testun caniatâd</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="196" />
        <source>What an attendee reads before choosing who may see the video.</source>
        <translation>Yr hyn mae mynychwr yn ei ddarllen cyn dewis pwy gaiff weld y fideo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="198" />
        <source>Consent choice</source>
        <translation>Dewis caniatâd</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="199" />
        <source>The words of one of the choices, narrowest first.</source>
        <translation>Geiriau un o'r dewisiadau, y culaf yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="201" />
        <source>Prompt</source>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="202" />
        <source>The question asked when a card has no prompt of its own.</source>
        <translation>Y cwestiwn a ofynnir pan nad oes gan gerdyn gwestiwn ei hun.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="203" />
        <source>Cards</source>
        <translation>Cardiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="204" />
        <source>Who the attendee speaks as.</source>
        <translation>Fel pwy mae'r mynychwr yn siarad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/config/__init__.py" line="206" />
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="187" />
        <location filename="../../kiosk/config/__init__.py" line="207" />
        <source>What facilitators tag clips and quotes with.</source>
        <translation>Yr hyn mae hwyluswyr yn tagio clipiau a dyfyniadau ag ef.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="30" />
        <source>%1 must be a text of 1 to %2 characters.</source>
        <translation>Rhaid i %1 fod yn destun o 1 i %2 nod.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="31" />
        <source>%1 needs an English text.</source>
        <translation>Mae angen testun Saesneg ar %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="33" />
        <source>%1 must be a date written YYYY-MM-DD, or empty, not %2.</source>
        <translation>Rhaid i %1 fod yn ddyddiad ar ffurf BBBB-MM-DD, neu'n wag, nid %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="35" />
        <source>%1 must be empty, off, a speech model's name or its folder.</source>
        <translation>Rhaid i %1 fod yn wag, yn off, yn enw model lleferydd neu'n ffolder iddo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="37" />
        <source>%1 must name a device, or be auto or synthetic.</source>
        <translation>Rhaid i %1 enwi dyfais, neu fod yn auto neu synthetic.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="38" />
        <source>%1 must be a number, not %2.</source>
        <translation>Rhaid i %1 fod yn rhif, nid %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="40" />
        <source>%1 must be a number from %2 to %3, not %4.</source>
        <translation>Rhaid i %1 fod yn rhif o %2 i %3, nid %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="41" />
        <source>%1 must be shorter than %2.</source>
        <translation>Rhaid i %1 fod yn fyrrach na %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="42" />
        <source>%1 must be lower than %2.</source>
        <translation>Rhaid i %1 fod yn is na %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="43" />
        <source>There can be at most %2 cards.</source>
        <translation>Gall fod %2 cerdyn ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="44" />
        <source>There can be at most %2 themes.</source>
        <translation>Gall fod %2 thema ar y mwyaf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="46" />
        <source>%1 must be at most %2 characters in English and in Welsh.</source>
        <translation>Rhaid i %1 fod yn %2 nod ar y mwyaf yn Saesneg ac yn Gymraeg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="47" />
        <source>Two of %1 have the same id.</source>
        <translation>Mae gan ddau o %1 yr un id.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="53" />
        <source>the label of the card “%1”</source>
        <translation>label y cerdyn “%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="54" />
        <source>the prompt of the card “%1”</source>
        <translation>cwestiwn y cerdyn “%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="55" />
        <source>the consent choice “%1”</source>
        <translation>y dewis caniatâd “%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="56" />
        <source>the label of the theme “%1”</source>
        <translation>label y thema “%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="57" />
        <source>the cards</source>
        <translation>y cardiau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="58" />
        <source>the themes</source>
        <translation>y themâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="59" />
        <source>the consent choices</source>
        <translation>y dewisiadau caniatâd</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="358" />
        <source>Saved to %1. The next attendee sees the new settings.</source>
        <translation>Wedi'i gadw yn %1. Bydd y person nesaf yn gweld y gosodiadau newydd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="329" />
        <source>These devices are in use now.</source>
        <translation>Mae'r dyfeisiau hyn yn cael eu defnyddio nawr.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="336" />
        <source>Devices not changed: %1</source>
        <translation>Ni newidiwyd y dyfeisiau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="346" />
        <source>%1 must be a number from %2 to %3.</source>
        <translation>Rhaid i %1 fod yn rhif o %2 i %3.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="360" />
        <source>The new camera and microphone are being opened.</source>
        <translation>Mae'r camera a'r meicroffon newydd yn cael eu hagor.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="366" />
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="426" />
        <source>Event settings</source>
        <translation>Gosodiadau'r digwyddiad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="431" />
        <source>%1 (English)</source>
        <translation>%1 (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="432" />
        <source>%1 (Welsh)</source>
        <translation>%1 (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="438" />
        <source>From %1 to %2.</source>
        <translation>O %1 i %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="445" />
        <source>%1 %2 (English)</source>
        <translation>%1 %2 (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="445" />
        <source>%1 %2 (Welsh)</source>
        <translation>%1 %2 (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="452" />
        <source>In use now: %1</source>
        <translation>Yn cael ei ddefnyddio nawr: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="460" />
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="461" />
        <source>Keyboard</source>
        <translation>Bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="461" />
        <source>Show or hide the keyboard</source>
        <translation>Dangos neu guddio'r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="462" />
        <source>Undo changes</source>
        <translation>Dadwneud newidiadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="462" />
        <source>Undo the changes not saved yet</source>
        <translation>Dadwneud y newidiadau sydd heb eu cadw eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="463" />
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="463" />
        <source>Save the settings</source>
        <translation>Cadw'r gosodiadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="464" />
        <source>Camera picture, mirrored</source>
        <translation>Llun y camera, fel drych</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="465" />
        <source>Sound level</source>
        <translation>Lefel y sain</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="466" />
        <source>Use these devices</source>
        <translation>Defnyddio'r dyfeisiau hyn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="467" />
        <source>Use the camera, microphone and picture size typed here now</source>
        <translation>Defnyddio'r camera, y meicroffon a maint y llun a deipiwyd yma nawr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="469" />
        <source>Opening the camera and microphone…</source>
        <translation>Yn agor y camera a'r meicroffon…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/settings.py" line="472" />
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="80" />
        <source>Transcripts: being made in the background; %n clip(s) waiting.</source>
        <translation><numerusform>Trawsgrifiadau: yn cael eu gwneud yn y cefndir; %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: yn cael eu gwneud yn y cefndir; %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: yn cael eu gwneud yn y cefndir; %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: yn cael eu gwneud yn y cefndir; %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: yn cael eu gwneud yn y cefndir; %n clip yn aros.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="81" />
        <source>Transcripts: %n clip(s) waiting.</source>
        <translation><numerusform>Trawsgrifiadau: %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: %n clip yn aros.</numerusform><numerusform>Trawsgrifiadau: %n clip yn aros.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="84" />
        <source>%1 of %n clip(s) today were kept without the attendee's confirmation (they walked away at review).</source>
        <translation><numerusform>Cadwyd %1 o'r %n clip heddiw heb i'r person eu cadarnhau (cerddon nhw i ffwrdd wrth wylio'n ôl).</numerusform><numerusform>Cadwyd %1 o'r %n clip heddiw heb i'r person eu cadarnhau (cerddon nhw i ffwrdd wrth wylio'n ôl).</numerusform><numerusform>Cadwyd %1 o'r %n clip heddiw heb i'r person eu cadarnhau (cerddon nhw i ffwrdd wrth wylio'n ôl).</numerusform><numerusform>Cadwyd %1 o'r %n clip heddiw heb i'r person eu cadarnhau (cerddon nhw i ffwrdd wrth wylio'n ôl).</numerusform><numerusform>Cadwyd %1 o'r %n clip heddiw heb i'r person eu cadarnhau (cerddon nhw i ffwrdd wrth wylio'n ôl).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/status_lines.py" line="88" />
        <source>%n clip(s) kept without the attendee's confirmation wait for a facilitator's check (listed first under Clips).</source>
        <translation><numerusform>Mae %n clip a gadwyd heb i'r person eu cadarnhau yn aros i hwylusydd eu gwirio (yn gyntaf o dan Clipiau).</numerusform><numerusform>Mae %n clip a gadwyd heb i'r person eu cadarnhau yn aros i hwylusydd eu gwirio (yn gyntaf o dan Clipiau).</numerusform><numerusform>Mae %n clip a gadwyd heb i'r person eu cadarnhau yn aros i hwylusydd eu gwirio (yn gyntaf o dan Clipiau).</numerusform><numerusform>Mae %n clip a gadwyd heb i'r person eu cadarnhau yn aros i hwylusydd eu gwirio (yn gyntaf o dan Clipiau).</numerusform><numerusform>Mae %n clip a gadwyd heb i'r person eu cadarnhau yn aros i hwylusydd eu gwirio (yn gyntaf o dan Clipiau).</numerusform></translation>
    </message>
</context>
<context>
    <name>StatusLines</name>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="24" />
        <source>Event: %1</source>
        <translation>Digwyddiad: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="28" />
        <source>Recording pauses when less than %1 MB is free.</source>
        <translation>Mae'r recordio'n oedi pan fydd llai na %1 MB yn rhydd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="38" />
        <source>Clips today: %1</source>
        <translation>Clipiau heddiw: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="40" />
        <source>Speaker: %1</source>
        <translation>Seinydd: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="41" />
        <source>Speaker: none, so takes are played back without sound.</source>
        <translation>Seinydd: dim, felly caiff recordiadau eu chwarae'n ôl heb sain.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="27" />
        <source>Free space for recordings: %1 GB</source>
        <translation>Lle rhydd ar gyfer recordiadau: %1 GB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="33" />
        <source>That is about %1 h %2 min of recording (%3 MB a minute, measured on today's clips).</source>
        <translation>Mae hynny tua %1 awr %2 mun o recordio (%3 MB y funud, wedi'i fesur ar glipiau heddiw).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="35" />
        <source>That is about %1 h %2 min of recording (%3 MB a minute, estimated for 720p).</source>
        <translation>Mae hynny tua %1 awr %2 mun o recordio (%3 MB y funud, amcangyfrif ar gyfer 720p).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="47" />
        <source>Crash recovery: still checking…</source>
        <translation>Adfer ar ôl chwalfa: yn dal i wirio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="49" />
        <source>Crash recovery: nothing needed repair.</source>
        <translation>Adfer ar ôl chwalfa: doedd dim angen trwsio dim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="51" />
        <source>Crash recovery:</source>
        <translation>Adfer ar ôl chwalfa:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="54" />
        <source>The PIN is still the default one: please change it.</source>
        <translation>Y PIN diofyn yw'r PIN o hyd: newidiwch ef, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="56" />
        <source>Last error: %1</source>
        <translation>Gwall diwethaf: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status_lines.py" line="62" />
        <source>Latest faults in the log (logs/kiosk.log in the recordings folder):</source>
        <translation>Y diffygion diweddaraf yn y cofnod (logs/kiosk.log yn y ffolder recordiadau):</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="72" />
        <source>Camera and microphone test:</source>
        <translation>Prawf camera a meicroffon:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="78" />
        <source>How the kiosk is doing</source>
        <translation>Sut mae'r ciosg yn gwneud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="79" />
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="79" />
        <source>Refresh the status</source>
        <translation>Adnewyddu'r statws</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="71" />
        <source>Testing the camera and microphone: say a few words.</source>
        <translation>Yn profi'r camera a'r meicroffon: dywedwch ychydig eiriau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="80" />
        <source>Test camera and microphone</source>
        <translation>Profi'r camera a'r meic</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="80" />
        <source>Testing…</source>
        <translation>Yn profi…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="81" />
        <source>Exit kiosk</source>
        <translation>Gadael y ciosg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="82" />
        <source>Close the kiosk? It records nothing until it is started again.</source>
        <translation>Cau'r ciosg? Ni fydd yn recordio dim nes iddo gael ei gychwyn eto.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="83" />
        <source>Yes, exit</source>
        <translation>Ie, gadael</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="83" />
        <source>Yes, close the kiosk</source>
        <translation>Ie, cau'r ciosg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/status.py" line="84" />
        <source>Keep it running</source>
        <translation>Ei gadw i redeg</translation>
    </message>
</context>
<context>
    <name>StillThereOverlay</name>
    <message>
        <location filename="../../kiosk/ui/still_there.py" line="75" />
        <source>Still there?</source>
        <translation>Ydych chi'n dal yma?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/still_there.py" line="76" />
        <source>Going back to the start in %n second(s).</source>
        <translation><numerusform>Yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/still_there.py" line="77" />
        <source>I'm still here</source>
        <translation>Rydw i'n dal yma</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../kiosk/store/repository.py" line="54" />
        <source>%1 already holds another clip; nothing was written.</source>
        <translation>Mae %1 eisoes yn dal clip arall; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="66" />
        <source>The clip %1 is no longer here: it was withdrawn or deleted.</source>
        <translation>Nid yw'r clip %1 yma mwyach: cafodd ei dynnu'n ôl neu ei ddileu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="69" />
        <source>The clip %1 is %2, not kept, so it cannot be %3.</source>
        <translation>Mae'r clip %1 %2, heb ei gadw, felly does dim modd %3 y clip.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="96" />
        <source>recording</source>
        <translation>yn recordio</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="96" />
        <source>awaiting review</source>
        <translation>yn aros i gael ei adolygu</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="102" />
        <source>%1 was written by a newer kiosk (sidecar format %2); it is left as it is: update this kiosk to change it.</source>
        <translation>Cafodd %1 ei ysgrifennu gan giosg mwy newydd (fformat sidecar %2); caiff ei adael fel y mae: diweddarwch y ciosg hwn i'w newid.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="117" />
        <source>The clip %1 could not be %2: another change to the recordings took too long; try again.</source>
        <translation>Nid oedd modd %2 y clip %1: roedd newid arall i'r recordiadau'n cymryd gormod o amser; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="124" />
        <location filename="../../kiosk/store/clips.py" line="452" />
        <location filename="../../kiosk/store/clips.py" line="474" />
        <source>The clip %1 could not be %2 (%3).</source>
        <translation>Nid oedd modd %2 y clip %1 (%3).</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="141" />
        <location filename="../../kiosk/store/repository.py" line="148" />
        <source>The recordings folder %1 cannot be used (%2).</source>
        <translation>Does dim modd defnyddio'r ffolder recordiadau %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/repository.py" line="158" />
        <source>Another kiosk is recording into %1 right now.</source>
        <translation>Mae ciosg arall yn recordio i %1 ar hyn o bryd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/withdraw.py" line="271" />
        <source>The withdrawal log in %1 cannot be used (%2); nothing was removed.</source>
        <translation>Does dim modd defnyddio'r log tynnu'n ôl yn %1 (%2); ni thynnwyd dim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/withdraw.py" line="278" />
        <source>%1 is not a withdrawal code; a code has 6 letters and digits, like K7M-4PX.</source>
        <translation>Nid yw %1 yn god tynnu'n ôl; mae gan god 6 llythyren a digid, fel K7M-4PX.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/withdraw.py" line="282" />
        <source>No clip in %1 has the withdrawal code %2.</source>
        <translation>Does dim clip yn %1 â'r cod tynnu'n ôl %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="58" />
        <source>changed</source>
        <translation>newid</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="58" />
        <source>written</source>
        <translation>ysgrifennu</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="59" />
        <source>saved</source>
        <translation>cadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="59" />
        <source>kept</source>
        <translation>cadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="60" />
        <source>reviewed</source>
        <translation>adolygu</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="60" />
        <source>annotated</source>
        <translation>anodi</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="61" />
        <source>transcribed</source>
        <translation>trawsgrifio</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="364" />
        <source>%1 is not a card id.</source>
        <translation>Nid yw %1 yn id cerdyn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="370" />
        <source>The recordings folder %1 cannot be written (%2).</source>
        <translation>Does dim modd ysgrifennu i'r ffolder recordiadau %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="373" />
        <source>The recordings folder %1 cannot be written.</source>
        <translation>Does dim modd ysgrifennu i'r ffolder recordiadau %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/store/clips.py" line="397" />
        <source>The consent text cannot be kept in %1 (%2).</source>
        <translation>Does dim modd cadw'r testun caniatâd yn %1 (%2).</translation>
    </message>
</context>
<context>
    <name>TakeRunner</name>
    <message>
        <location filename="../../kiosk/ui/take_runner.py" line="53" />
        <source>The camera and microphone are being changed. Please try again in a moment.</source>
        <translation>Mae'r camera a'r meicroffon yn cael eu newid. Rhowch gynnig arall arni mewn munud, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/take_runner.py" line="58" />
        <source>Recording is not possible right now. Please ask a facilitator for help.</source>
        <translation>Nid yw'n bosibl recordio ar hyn o bryd. Gofynnwch i hwylusydd am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/take_runner.py" line="126" />
        <source>Sorry, recording could not start. Please ask a facilitator for help.</source>
        <translation>Mae'n ddrwg gennym, nid oedd modd dechrau recordio. Gofynnwch i hwylusydd am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/take_runner.py" line="135" />
        <source>No camera: only your voice is being recorded.</source>
        <translation>Dim camera: dim ond eich llais sy'n cael ei recordio.</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="69" />
        <source>Thank you!</source>
        <translation>Diolch!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="70" />
        <source>Your code is</source>
        <translation>Eich cod yw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="73" />
        <source>Take a photo of it or write it down. If you change your mind, give it to a facilitator and your video will be deleted.</source>
        <translation>Tynnwch lun ohono neu ei ysgrifennu. Os byddwch chi'n newid eich meddwl, rhowch ef i hwylusydd a bydd eich fideo'n cael ei ddileu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/thanks.py" line="75" />
        <source>This screen goes back to the start in %n second(s).</source>
        <translation><numerusform>Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform><numerusform>Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen %n eiliad.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="76" />
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>ThemeEditor</name>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="20" />
        <source>Teal</source>
        <translation>Gwyrddlas</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="21" />
        <source>Dark blue</source>
        <translation>Glas tywyll</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="22" />
        <source>Burnt orange</source>
        <translation>Oren tywyll</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="23" />
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="24" />
        <source>Sea blue</source>
        <translation>Glas y môr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="25" />
        <source>Purple</source>
        <translation>Porffor</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="26" />
        <source>Slate grey</source>
        <translation>Llwyd llechen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="27" />
        <source>Raspberry</source>
        <translation>Mafon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="183" />
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="194" />
        <source>New theme %1</source>
        <translation>Thema newydd %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="186" />
        <source>Themes</source>
        <translation>Themâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="188" />
        <source>Add a theme</source>
        <translation>Ychwanegu thema</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="188" />
        <source>Add a theme to tag clips and quotes with</source>
        <translation>Ychwanegu thema i dagio clipiau a dyfyniadau â hi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="189" />
        <source>%1: label (English)</source>
        <translation>%1: label (Saesneg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="189" />
        <source>%1: label (Welsh)</source>
        <translation>%1: label (Cymraeg)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="190" />
        <source>%1: colour</source>
        <translation>%1: lliw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="202" />
        <source>Removed: tap to keep it</source>
        <translation>Wedi'i thynnu: tapiwch i'w chadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="202" />
        <source>Keep the theme %1</source>
        <translation>Cadw'r thema %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="204" />
        <source>Remove the theme %1</source>
        <translation>Tynnu'r thema %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="204" />
        <source>Remove this theme</source>
        <translation>Tynnu'r thema hon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="207" />
        <source>%n clip(s) tagged with it keep the tag in their sidecar, but the tag is not shown or exported while the theme is not in the settings.</source>
        <translation><numerusform>Mae %n clip wedi'u tagio â hi yn cadw'r tag yn eu ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos na'i allforio tra nad yw'r thema yn y gosodiadau.</numerusform><numerusform>Mae %n clip wedi'i dagio â hi yn cadw'r tag yn ei ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos na'i allforio tra nad yw'r thema yn y gosodiadau.</numerusform><numerusform>Mae %n clip wedi'u tagio â hi yn cadw'r tag yn eu ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos na'i allforio tra nad yw'r thema yn y gosodiadau.</numerusform><numerusform>Mae %n clip wedi'u tagio â hi yn cadw'r tag yn eu ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos na'i allforio tra nad yw'r thema yn y gosodiadau.</numerusform><numerusform>Mae %n clip wedi'u tagio â hi yn cadw'r tag yn eu ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos na'i allforio tra nad yw'r thema yn y gosodiadau.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/theme_editor.py" line="214" />
        <source>Its own colour (%1)</source>
        <translation>Ei lliw ei hun (%1)</translation>
    </message>
</context>
<context>
    <name>TranscriptEditor</name>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="188" />
        <source>Sound only: no camera was working.</source>
        <translation>Sain yn unig: nid oedd camera'n gweithio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="436" />
        <source>Caption now playing</source>
        <translation>Y capsiwn sy'n chwarae nawr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="513" />
        <source>The quote starts at the start of the clip already.</source>
        <translation>Mae'r dyfyniad yn dechrau ar ddechrau'r clip yn barod.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="515" />
        <source>The quote ends at the end of the clip already.</source>
        <translation>Mae'r dyfyniad yn gorffen ar ddiwedd y clip yn barod.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="516" />
        <source>A quote lasts at least %1 s.</source>
        <translation>Mae dyfyniad yn para o leiaf %1 eiliad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="540" />
        <source>Tap the times of the captions to quote first.</source>
        <translation>Tapiwch amseroedd y capsiynau i'w dyfynnu yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="542" />
        <source>Save the transcript first: a quote takes the words as saved.</source>
        <translation>Cadwch y trawsgrifiad yn gyntaf: mae dyfyniad yn cymryd y geiriau fel y'u cadwyd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="557" />
        <source>Quoted: “%1”</source>
        <translation>Wedi dyfynnu: “%1”</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="558" />
        <source>Quoted (no words in it).</source>
        <translation>Wedi dyfynnu (dim geiriau ynddo).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="563" />
        <source>No quote was made: %1</source>
        <translation>Ni wnaed dyfyniad: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="581" />
        <source>Play the quote</source>
        <translation>Chwarae'r dyfyniad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="581" />
        <source>Play the quote from its start to its end</source>
        <translation>Chwarae'r dyfyniad o'i ddechrau i'w ddiwedd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="583" />
        <source>Start the quote %1 s earlier</source>
        <translation>Dechrau'r dyfyniad %1 eiliad yn gynt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="584" />
        <source>Start the quote %1 s later</source>
        <translation>Dechrau'r dyfyniad %1 eiliad yn hwyrach</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="585" />
        <source>End the quote %1 s earlier</source>
        <translation>Gorffen y dyfyniad %1 eiliad yn gynt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="586" />
        <source>End the quote %1 s later</source>
        <translation>Gorffen y dyfyniad %1 eiliad yn hwyrach</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="588" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="592" />
        <source>From %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="593" />
        <source>The quote starts at %1</source>
        <translation>Mae'r dyfyniad yn dechrau am %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="594" />
        <source>To %1</source>
        <translation>Hyd %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="595" />
        <source>The quote ends at %1</source>
        <translation>Mae'r dyfyniad yn gorffen am %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="598" />
        <source>Transcript</source>
        <translation>Trawsgrifiad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="607" />
        <source>The clip, playing</source>
        <translation>Y clip, yn chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="608" />
        <source>Captions, in the order they are heard</source>
        <translation>Capsiynau, yn y drefn y cânt eu clywed</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="609" />
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="609" />
        <source>Play the clip from its start</source>
        <translation>Chwarae'r clip o'r dechrau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="610" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="610" />
        <source>Stop playing</source>
        <translation>Stopio chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="611" />
        <source>New caption here</source>
        <translation>Capsiwn newydd yma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="612" />
        <source>Start a new caption where the clip is now</source>
        <translation>Dechrau capsiwn newydd lle mae'r clip nawr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="613" />
        <source>Keyboard</source>
        <translation>Bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="613" />
        <source>Show or hide the keyboard</source>
        <translation>Dangos neu guddio'r bysellfwrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="615" />
        <source>Leave without saving</source>
        <translation>Gadael heb gadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="615" />
        <source>Back to the clips; your changes are lost</source>
        <translation>Yn ôl i'r clipiau; caiff eich newidiadau eu colli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="617" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="617" />
        <source>Back to the clips, without saving</source>
        <translation>Yn ôl i'r clipiau, heb gadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="618" />
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="618" />
        <source>Save the transcript</source>
        <translation>Cadw'r trawsgrifiad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="622" />
        <source>Make the quote</source>
        <translation>Gwneud y dyfyniad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="623" />
        <source>Make a quote of the captions chosen, with the themes chosen beside</source>
        <translation>Gwneud dyfyniad o'r capsiynau a ddewiswyd, gyda'r themâu a ddewiswyd wrth eu hymyl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="626" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="626" />
        <source>Stop choosing captions for a quote</source>
        <translation>Rhoi'r gorau i ddewis capsiynau ar gyfer dyfyniad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="628" />
        <source>Quote…</source>
        <translation>Dyfynnu…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="628" />
        <source>Choose captions to make a quote of</source>
        <translation>Dewis capsiynau i wneud dyfyniad ohonynt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="629" />
        <source>Quote's themes:</source>
        <translation>Themâu'r dyfyniad:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="641" />
        <source>Reading the transcript…</source>
        <translation>Yn darllen y trawsgrifiad…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="643" />
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="644" />
        <source>Saved. The transcript is marked as checked.</source>
        <translation>Wedi'i gadw. Mae'r trawsgrifiad wedi'i nodi fel un wedi'i wirio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="645" />
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="648" />
        <source>The transcript file could not be read (%1). Saving writes a new one.</source>
        <translation>Nid oedd modd darllen ffeil y trawsgrifiad (%1). Bydd cadw yn ysgrifennu un newydd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="651" />
        <source>Automatic transcript, not checked: correct it as the clip plays, then Save to mark it checked.</source>
        <translation>Trawsgrifiad awtomatig, heb ei wirio: cywirwch ef wrth i'r clip chwarae, yna tapiwch Cadw i'w nodi fel un wedi'i wirio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="654" />
        <source>No transcript yet: type what is said. Tap New caption here as the clip plays to start another.</source>
        <translation>Dim trawsgrifiad eto: teipiwch beth sy'n cael ei ddweud. Tapiwch Capsiwn newydd yma wrth i'r clip chwarae i ddechrau un arall.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="657" />
        <source>Making the quote…</source>
        <translation>Yn gwneud y dyfyniad…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="659" />
        <source>Move its start and end, playing it to hear where it cuts, then Make the quote.</source>
        <translation>Symudwch ei ddechrau a'i ddiwedd, gan ei chwarae i glywed lle mae'n torri, yna Gwneud y dyfyniad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="661" />
        <source>Tap the times of the captions to quote, choose its themes, then Make the quote.</source>
        <translation>Tapiwch amseroedd y capsiynau i'w dyfynnu, dewiswch ei themâu, yna Gwneud y dyfyniad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="665" />
        <source>Your changes are not saved. Tap Save to keep them, or Leave without saving.</source>
        <translation>Nid yw eich newidiadau wedi'u cadw. Tapiwch Cadw i'w cadw, neu Gadael heb gadw.</translation>
    </message>
</context>
<context>
    <name>TranscriptionService</name>
    <message>
        <location filename="../../kiosk/ui/transcription.py" line="75" />
        <source>Transcripts are off in the event's settings.</source>
        <translation>Mae trawsgrifiadau wedi'u diffodd yng ngosodiadau'r digwyddiad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/transcription.py" line="159" />
        <source>it stopped unexpectedly</source>
        <translation>fe stopiodd yn annisgwyl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/transcription.py" line="161" />
        <source>Transcripts are off.</source>
        <translation>Mae trawsgrifiadau wedi'u diffodd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/transcription.py" line="164" />
        <source>exit code %1</source>
        <translation>cod gadael %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/transcription.py" line="179" />
        <source>Transcription did not finish (%1); it is tried again after the next Keep.</source>
        <translation>Ni orffennodd y trawsgrifio (%1); caiff ei geisio eto ar ôl y Cadw nesaf.</translation>
    </message>
</context>
<context>
    <name>Transcripts</name>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="28" />
        <source>no Welsh speech model</source>
        <translation>dim model lleferydd Cymraeg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="29" />
        <source>no speech heard</source>
        <translation>ni chlywyd unrhyw leferydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="30" />
        <source>the clip's sound could not be read</source>
        <translation>nid oedd modd darllen sain y clip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="38" />
        <source>automatic transcript, not checked</source>
        <translation>trawsgrifiad awtomatig, heb ei wirio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="40" />
        <source>checked transcript</source>
        <translation>trawsgrifiad wedi'i wirio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="43" />
        <source>no transcript: %1</source>
        <translation>dim trawsgrifiad: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="45" />
        <source>transcripts are off</source>
        <translation>mae trawsgrifiadau i ffwrdd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="46" />
        <source>transcript: waiting</source>
        <translation>trawsgrifiad: yn aros</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="147" />
        <source>Take the caption from %1 into the quote</source>
        <translation>Cymryd y capsiwn o %1 i'r dyfyniad</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="148" />
        <source>Play from %1</source>
        <translation>Chwarae o %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/transcript.py" line="150" />
        <source>Caption from %1 to %2</source>
        <translation>Capsiwn o %1 i %2</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../kiosk/ui/wall/view.py" line="17" />
        <source>In the shoes of: %1</source>
        <translation>Yn esgidiau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wall/view.py" line="18" />
        <source>Have your say</source>
        <translation>Dweud eich dweud</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/wall/view.py" line="19" />
        <source>Record a short video at the kiosk: what are you learning today?</source>
        <translation>Recordiwch fideo byr yn y ciosg: beth ydych chi'n ei ddysgu heddiw?</translation>
    </message>
</context>
<context>
    <name>WithdrawPage</name>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="135" />
        <source>Withdrawn: %1. Removed %2 files.</source>
        <translation>Wedi'i dynnu'n ôl: %1. Dilëwyd %2 ffeil.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="141" />
        <source>Export updated: %1</source>
        <translation>Allforio wedi'i ddiweddaru: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="143" />
        <source>Exports that could not be reached:</source>
        <translation>Allforion nad oedd modd eu cyrraedd:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="162" />
        <source>Code %1</source>
        <translation>Cod %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="165" />
        <source>%1 long</source>
        <translation>%1 o hyd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="169" />
        <source>Withdraw a clip</source>
        <translation>Tynnu clip yn ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="170" />
        <source>Type the attendee's code (6 letters and digits, like K7M-4PX), then Find.</source>
        <translation>Teipiwch god y person (6 llythyren a digid, fel K7M-4PX), yna Chwilio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="171" />
        <source>Withdrawal code</source>
        <translation>Cod tynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="172" />
        <source>Keys for the withdrawal code</source>
        <translation>Bysellau ar gyfer y cod tynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="173" />
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="173" />
        <source>Find the clip with this code</source>
        <translation>Chwilio am y clip gyda'r cod hwn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="180" />
        <source>Picture from the clip</source>
        <translation>Llun o'r clip</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="184" />
        <source>Looking for the clip…</source>
        <translation>Yn chwilio am y clip…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="185" />
        <source>Is this the clip? Withdrawing deletes it and its copies in earlier exports.</source>
        <translation>Ai hwn yw'r clip? Mae tynnu'n ôl yn ei ddileu a'i gopïau mewn allforion cynharach.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="186" />
        <source>This code was withdrawn before. Withdrawing again removes copies in exports that were out of reach then.</source>
        <translation>Tynnwyd y cod hwn yn ôl o'r blaen. Mae tynnu'n ôl eto'n dileu copïau mewn allforion nad oedd modd eu cyrraedd bryd hynny.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="188" />
        <source>No clip has that code. Please check it with the attendee and try again.</source>
        <translation>Does dim clip gyda'r cod yna. Gwiriwch ef gyda'r person a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="189" />
        <source>A code has 6 letters and digits, like K7M-4PX. Please check it and try again.</source>
        <translation>Mae gan god 6 llythyren a digid, fel K7M-4PX. Gwiriwch ef a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="190" />
        <source>Withdrawing…</source>
        <translation>Yn tynnu'n ôl…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="192" />
        <source>The clip could not be withdrawn: %1</source>
        <translation>Nid oedd modd tynnu'r clip yn ôl: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="197" />
        <source>Withdraw it</source>
        <translation>Ei dynnu'n ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="197" />
        <source>Yes, withdraw this clip</source>
        <translation>Ie, tynnu'r clip hwn yn ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="198" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/panel/withdraw.py" line="198" />
        <source>Cancel, keep the clip</source>
        <translation>Canslo, cadw'r clip</translation>
    </message>
</context>
<context>
    <name>page</name>
    <message>
        <location filename="../../kiosk/ui/panel/hub.py" line="136" />
        <source>Paired: clips go to the hub %1 whenever it is on the network.</source>
        <translation>Wedi paru: mae clipiau'n mynd i'r hyb %1 pryd bynnag y mae ar y rhwydwaith.</translation>
    </message>
</context>
</TS>