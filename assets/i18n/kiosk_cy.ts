<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="cy_GB">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="64" />
        <source>Share your thoughts in a short video. It only takes a minute or two.</source>
        <translation>Rhannwch eich syniadau mewn fideo byr. Dim ond munud neu ddwy mae'n ei gymryd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="65" />
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="65" />
        <source>Start: record your thoughts</source>
        <translation>Dechrau: recordiwch eich syniadau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="66" />
        <source>Use English</source>
        <translation>Defnyddio Saesneg (English)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="67" />
        <source>Use Welsh (Cymraeg)</source>
        <translation>Defnyddio Cymraeg</translation>
    </message>
</context>
<context>
    <name>CardsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="64" />
        <source>Whose shoes are you in today?</source>
        <translation>Yn esgidiau pwy ydych chi heddiw?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="65" />
        <source>Tap the one you speak from.</source>
        <translation>Tapiwch yr un rydych chi'n siarad ohono.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="71" />
        <source>Press %1 to choose</source>
        <translation>Pwyswch %1 i ddewis</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/cards.py" line="72" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="75" />
        <source>Before we start</source>
        <translation>Cyn i ni ddechrau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="77" />
        <source>Who may see your video?</source>
        <translation>Pwy gaiff weld eich fideo?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="80" />
        <source>I agree, continue</source>
        <translation>Rwy'n cytuno, ymlaen</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="81" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/consent.py" line="82" />
        <source>Choose who may see it first</source>
        <translation>Dewiswch pwy gaiff ei weld yn gyntaf</translation>
    </message>
</context>
<context>
    <name>CountdownScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/countdown.py" line="37" />
        <source>Get ready, recording starts in…</source>
        <translation>Paratowch, mae'r recordio'n dechrau mewn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/countdown.py" line="38" />
        <source>%1 seconds</source>
        <translation>%1 eiliad</translation>
    </message>
</context>
<context>
    <name>FacilitatorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="43" />
        <source>Facilitator</source>
        <translation>Hwylusydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="44" />
        <source>Back to kiosk</source>
        <translation>Yn ôl i'r ciosg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/facilitator.py" line="45" />
        <source>Exit kiosk</source>
        <translation>Gadael y ciosg</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="217" />
        <source>Recording is not possible right now. Please ask a facilitator for help.</source>
        <translation>Nid yw'n bosibl recordio ar hyn o bryd. Gofynnwch i hwylusydd am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="261" />
        <source>Sorry, recording could not start. Please ask a facilitator for help.</source>
        <translation>Mae'n ddrwg gennym, nid oedd modd dechrau recordio. Gofynnwch i hwylusydd am help, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="267" />
        <source>No camera: only your voice is being recorded.</source>
        <translation>Dim camera: dim ond eich llais sy'n cael ei recordio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="296" />
        <source>You reached the time limit, so the recording stopped.</source>
        <translation>Rydych chi wedi cyrraedd y terfyn amser, felly mae'r recordio wedi stopio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="299" />
        <source>The camera stopped working, so the recording ended early. What you said so far is kept.</source>
        <translation>Stopiodd y camera weithio, felly daeth y recordio i ben yn gynnar. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="301" />
        <source>The microphone stopped working, so the recording ended early. What you said so far is kept.</source>
        <translation>Stopiodd y meicroffon weithio, felly daeth y recordio i ben yn gynnar. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="302" />
        <source>The recording ended early because of a technical problem. What you said so far is kept.</source>
        <translation>Daeth y recordio i ben yn gynnar oherwydd problem dechnegol. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="342" />
        <source>A clip could not be kept: %1</source>
        <translation>Nid oedd modd cadw clip: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="351" />
        <source>A clip could not be deleted: %1</source>
        <translation>Nid oedd modd dileu clip: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="383" />
        <source>There is no camera, so only sound is recorded.</source>
        <translation>Does dim camera, felly dim ond sain sy'n cael ei recordio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="384" />
        <source>There is no microphone, so only pictures are recorded.</source>
        <translation>Does dim meicroffon, felly dim ond lluniau sy'n cael eu recordio.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="386" />
        <source>The camera has stopped working. Please tell a facilitator.</source>
        <translation>Mae'r camera wedi stopio gweithio. Dywedwch wrth hwylusydd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="387" />
        <source>The microphone has stopped working. Please tell a facilitator.</source>
        <translation>Mae'r meicroffon wedi stopio gweithio. Dywedwch wrth hwylusydd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="423" />
        <source>Event: %1</source>
        <translation>Digwyddiad: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="424" />
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="424" />
        <source>Microphone</source>
        <translation>Meicroffon</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="426" />
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="432" />
        <source>Free space for recordings: %1 MB</source>
        <translation>Lle rhydd ar gyfer recordiadau: %1 MB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="434" />
        <source>Crash recovery: still checking…</source>
        <translation>Adfer ar ôl chwalfa: yn dal i wirio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="436" />
        <source>Crash recovery: nothing needed repair.</source>
        <translation>Adfer ar ôl chwalfa: doedd dim angen trwsio dim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="438" />
        <source>Crash recovery:</source>
        <translation>Adfer ar ôl chwalfa:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/controller.py" line="441" />
        <source>The PIN is still the default one: please change it.</source>
        <translation>Y PIN diofyn yw'r PIN o hyd: newidiwch ef, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="16" />
        <source>No camera was found, so the kiosk is showing a demo pattern.</source>
        <translation>Ni chafwyd hyd i gamera, felly mae'r ciosg yn dangos patrwm arddangos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/i18n.py" line="18" />
        <source>No microphone was found, so the kiosk is recording a demo tone.</source>
        <translation>Ni chafwyd hyd i feicroffon, felly mae'r ciosg yn recordio tôn arddangos.</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="110" />
        <source>Facilitator PIN</source>
        <translation>PIN hwylusydd</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="111" />
        <source>%1 digits typed</source>
        <translation>%1 digid wedi'u teipio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="113" />
        <source>Type the PIN, then OK.</source>
        <translation>Teipiwch y PIN, yna OK.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="114" />
        <source>Checking…</source>
        <translation>Yn gwirio…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="115" />
        <source>That PIN is not right. Please try again.</source>
        <translation>Nid yw'r PIN yna'n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="116" />
        <source>Too many tries. Please wait %1 seconds.</source>
        <translation>Gormod o geisiadau. Arhoswch %1 eiliad, os gwelwch yn dda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="121" />
        <source>Delete last digit</source>
        <translation>Dileu'r digid olaf</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="122" />
        <source>OK, check the PIN</source>
        <translation>Iawn, gwirio'r PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="123" />
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/pin.py" line="123" />
        <source>Cancel, back to the kiosk</source>
        <translation>Canslo, yn ôl i'r ciosg</translation>
    </message>
</context>
<context>
    <name>PromptScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="57" />
        <source>Speaking as: %1</source>
        <translation>Yn siarad fel: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="60" />
        <source>You can talk for up to %1 seconds, and stop whenever you like. A 3-2-1 countdown comes first.</source>
        <translation>Gallwch siarad am hyd at %1 eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif 3-2-1 yn gyntaf.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="62" />
        <source>I'm ready</source>
        <translation>Rwy'n barod</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/prompt.py" line="63" />
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
</context>
<context>
    <name>RecordingScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="79" />
        <source>Time left: %1:%2</source>
        <translation>Amser ar ôl: %1:%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="82" />
        <source>%1 seconds left. Time to finish your thought.</source>
        <translation>%1 eiliad ar ôl. Amser i orffen eich syniad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="86" />
        <location filename="../../kiosk/ui/screens/recording.py" line="92" />
        <source>Saving…</source>
        <translation>Yn cadw…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="86" />
        <source>Recording</source>
        <translation>Yn recordio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="87" />
        <source>Saving your video</source>
        <translation>Yn cadw eich fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="87" />
        <source>Recording now</source>
        <translation>Yn recordio nawr</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="89" />
        <source>Sound</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="89" />
        <location filename="../../kiosk/ui/screens/recording.py" line="90" />
        <source>Sound level</source>
        <translation>Lefel y sain</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="91" />
        <source>Camera picture, mirrored</source>
        <translation>Llun y camera, fel drych</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="92" />
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/recording.py" line="93" />
        <source>Stop recording</source>
        <translation>Stopio recordio</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="87" />
        <source>Here is your video. Would you like to keep it?</source>
        <translation>Dyma eich fideo. Hoffech chi ei gadw?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="90" />
        <source>Your video, playing</source>
        <translation>Eich fideo, yn chwarae</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="91" />
        <source>Play again</source>
        <translation>Chwarae eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="92" />
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="92" />
        <source>Keep my video</source>
        <translation>Cadw fy fideo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="93" />
        <source>Try again</source>
        <translation>Rhoi cynnig arall</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="93" />
        <source>Delete this and record again</source>
        <translation>Dileu hwn a recordio eto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="94" />
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/review.py" line="94" />
        <source>Delete my video</source>
        <translation>Dileu fy fideo</translation>
    </message>
</context>
<context>
    <name>ThanksScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="52" />
        <source>Thank you!</source>
        <translation>Diolch!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="53" />
        <source>Your code is</source>
        <translation>Eich cod yw</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="56" />
        <source>Take a photo of it or write it down. If you change your mind, give it to a facilitator and your video will be deleted.</source>
        <translation>Tynnwch lun ohono neu ei ysgrifennu. Os byddwch chi'n newid eich meddwl, rhowch ef i hwylusydd a bydd eich fideo'n cael ei ddileu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/thanks.py" line="58" />
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
</context>
</TS>