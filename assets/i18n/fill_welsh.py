"""Fills kiosk_cy.ts with the Welsh below (and kiosk_en.ts with English plurals), then lrelease makes the .qm files.

To add a string: run lupdate as the README's "Translations" says (kiosk/ui, and the core's files that mark sentences
with QT_TRANSLATE_NOOP), add its Welsh here, run this script, then lrelease. It fails if any string is left without
Welsh. Run it after lupdate, never before: lupdate drops the forms of a counted text it does not mark as counted.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# Qt's plural forms for Welsh, in its order: 0, 1, 2 to 5, 6, and every other number. A source with %n is shown with
# the form for its number: one text (a noun after a numeral stays singular in Welsh) or five.
WELSH_FORMS = ("zero", "one", "two to five", "six", "other")


def forms(*texts: str) -> tuple[str, ...]:
    """The five forms, the last given standing for the rest."""
    return texts + (texts[-1],) * (len(WELSH_FORMS) - len(texts))


WELSH = {
    # The live wall (issue 22): its card and invitation, its sound setting.
    "In the shoes of: %1": "Yn esgidiau: %1",
    "Have your say": "Dweud eich dweud",
    "Record a short video at the kiosk: what are you learning today?":
        "Recordiwch fideo byr yn y ciosg: beth ydych chi'n ei ddysgu heddiw?",
    "Sound on the wall": "Sain ar y wal",
    "off: the wall's clips play silent, with captions; on: with their sound.":
        "off: mae clipiau'r wal yn chwarae'n dawel, gyda chapsiynau; on: gyda'u sain.",
    "Show on the wall": "Dangos ar y wal",
    "Approve the chosen clip for the live wall on the venue's screen, or take it off":
        "Cymeradwyo'r clip a ddewiswyd i'r wal fyw ar sgrin y lleoliad, neu ei dynnu oddi arni",
    "Changing what the wall shows…": "Yn newid yr hyn mae'r wal yn ei ddangos…",
    "Not for the wall: the attendee's consent does not allow showing it in public.":
        "Nid i'r wal: nid yw caniatâd y mynychwr yn caniatáu ei ddangos yn gyhoeddus.",
    "On the wall: it is in the loop of the venue's screen.": "Ar y wal: mae yn y ddolen ar sgrin y lleoliad.",
    "Approved for the wall: it joins the loop within seconds.":
        "Wedi'i gymeradwyo i'r wal: mae'n ymuno â'r ddolen o fewn eiliadau.",
    "Taken off the wall: a wall showing it stops within seconds.":
        "Wedi'i dynnu oddi ar y wal: mae wal sy'n ei ddangos yn stopio o fewn eiliadau.",
    "The wall could not be changed: %1": "Nid oedd modd newid y wal: %1",
    "The wall: no clip approved yet, so it shows the invitation to the kiosk.":
        "Y wal: dim clip wedi'i gymeradwyo eto, felly mae'n dangos y gwahoddiad i'r ciosg.",
    "Clips in the wall's loop: %1.": "Clipiau yn nolen y wal: %1.",
    "Next in the loop: %1.": "Nesaf yn y ddolen: %1.",
    "Then: %1.": "Wedyn: %1.",
    # A long day unattended (issue 20): devices that come and go, the battery, keeping awake.
    "not found": "heb ei ganfod",
    "demo": "arddangos",
    "missing since %1 (%2); the kiosk is paused for attendees and looks for it again every few seconds.":
        "ar goll ers %1 (%2); mae'r ciosg wedi oedi i'r mynychwyr ac yn chwilio amdano eto bob ychydig eiliadau.",
    "Demo: a test pattern stands in for the camera.": "Arddangos: mae patrwm prawf yn lle'r camera.",
    "Demo: a test tone stands in for the microphone.": "Arddangos: mae tôn prawf yn lle'r meicroffon.",
    "The kiosk is paused for a moment. A facilitator has been told.":
        "Mae'r ciosg wedi oedi am funud. Mae hwylusydd wedi cael gwybod.",
    "The kiosk is paused: its battery is nearly empty. Please plug me in, or tell a facilitator.":
        "Mae'r ciosg wedi oedi: mae ei fatri bron yn wag. Plygiwch fi i mewn, os gwelwch yn dda, neu dywedwch "
        "wrth hwylusydd.",
    "The battery is nearly empty (%1): attendees are paused until the laptop is plugged in.":
        "Mae'r batri bron yn wag (%1): mae'r ciosg wedi oedi i'r mynychwyr nes bydd y gliniadur wedi'i blygio i mewn.",
    "The battery is low (%1): please plug the laptop in.": "Mae'r batri'n isel (%1): plygiwch y gliniadur i mewn.",
    "Battery low (%1): please plug the laptop in.": "Batri'n isel (%1): plygiwch y gliniadur i mewn.",
    "being opened again after the laptop woke.": "yn cael ei agor eto ar ôl i'r gliniadur ddeffro.",
    "The laptop slept or its clock changed (about %1 minutes): the camera and microphone were opened again.":
        "Bu'r gliniadur yn cysgu neu newidiodd ei gloc (tua %1 munud): agorwyd y camera a'r meicroffon eto.",
    "Power: plugged in, battery at %1.": "Pŵer: wedi'i blygio i mewn, y batri ar %1.",
    "Power: on battery, at %1.": "Pŵer: ar y batri, ar %1.",
    "Power: on battery and low, at %1: please plug the laptop in.":
        "Pŵer: ar y batri ac yn isel, ar %1: plygiwch y gliniadur i mewn.",
    "Power: on battery and nearly empty, at %1: attendees are paused until the laptop is plugged in.":
        "Pŵer: ar y batri a bron yn wag, ar %1: mae'r ciosg wedi oedi i'r mynychwyr nes bydd y gliniadur wedi'i "
        "blygio i mewn.",
    "Kept awake: the screen stays on while the kiosk runs (%1).":
        "Yn effro: mae'r sgrin yn aros ymlaen tra bo'r ciosg yn rhedeg (%1).",
    "The laptop is kept from sleeping (%1), but its screen may blank or lock after %2 minutes: %3 Set the screen "
    "never to blank in the laptop's settings.":
        "Mae'r gliniadur yn cael ei gadw rhag cysgu (%1), ond gall ei sgrin dywyllu neu gloi ar ôl %2 munud: %3 "
        "Gosodwch y sgrin i beidio byth â thywyllu yng ngosodiadau'r gliniadur.",
    "This laptop may sleep after %1 minutes: %2 Set it never to sleep or blank the screen in its settings, and keep "
    "it plugged in.":
        "Gall y gliniadur hwn gysgu ar ôl %1 munud: %2 Gosodwch ef i beidio byth â chysgu na thywyllu'r sgrin yn ei "
        "osodiadau, a chadwch ef wedi'i blygio i mewn.",
    "Latest faults in the log (logs/kiosk.log in the recordings folder):":
        "Y diffygion diweddaraf yn y cofnod (logs/kiosk.log yn y ffolder recordiadau):",
    "Camera and microphone test:": "Prawf camera a meicroffon:",
    "Testing…": "Yn profi…",
    "Testing the camera and microphone: say a few words.": "Yn profi'r camera a'r meicroffon: dywedwch ychydig eiriau.",
    # "meic": the everyday short word, so the button fits beside Exit and Refresh (the layout test measures it)
    "Test camera and microphone": "Profi'r camera a'r meic",
    "Too quiet": "Rhy dawel",
    "Good": "Da",
    "Too loud": "Rhy uchel",
    "Sound level: %1": "Lefel y sain: %1",
    "In use now: %1": "Yn cael ei ddefnyddio nawr: %1",
    "Event name (English)": "Enw'r digwyddiad (Saesneg)",
    "Event name (Welsh)": "Enw'r digwyddiad (Cymraeg)",
    "Delete your video? This cannot be undone.": "Dileu eich fideo? Does dim modd dadwneud hyn.",
    "No, keep it": "Na, ei gadw",
    "No, do not delete my video": "Na, peidiwch â dileu fy fideo",
    "Yes, delete it": "Ie, ei ddileu",
    "Yes, delete my video": "Ie, dileu fy fideo",
    "Your video has been deleted.": "Mae eich fideo wedi'i ddileu.",
    "Please choose who may see your video first: tap one of the choices below.":
        "Dewiswch pwy gaiff weld eich fideo yn gyntaf: tapiwch un o'r dewisiadau isod.",
    "No camera: only your voice will be recorded.": "Dim camera: dim ond eich llais fydd yn cael ei recordio.",
    "This is you. Move so that your face is in the picture.":
        "Dyma chi. Symudwch fel bod eich wyneb yn y llun.",
    "Cancel, do not record yet": "Canslo, peidio â recordio eto",
    "Still there?": "Ydych chi'n dal yma?",
    "I'm still here": "Rydw i'n dal yma",
    "In the shoes of: %1": "Yn esgidiau: %1",
    "Demo pattern (no camera)": "Patrwm arddangos (dim camera)",
    "Demo tone (no microphone)": "Tôn arddangos (dim meicroffon)",
    "Close the kiosk? It records nothing until it is started again.":
        "Cau'r ciosg? Ni fydd yn recordio dim nes iddo gael ei gychwyn eto.",
    "Yes, exit": "Ie, gadael",
    "Yes, close the kiosk": "Ie, cau'r ciosg",
    "Keep it running": "Ei gadw i redeg",
    "Consent choice %1 (English)": "Dewis caniatâd %1 (Saesneg)",
    "Consent choice %1 (Welsh)": "Dewis caniatâd %1 (Cymraeg)",
    "Speaker: %1": "Seinydd: %1",
    "Speaker: none, so takes are played back without sound.":
        "Seinydd: dim, felly caiff recordiadau eu chwarae'n ôl heb sain.",
    "No camera was working, so only your voice was recorded.":
        "Nid oedd camera'n gweithio, felly dim ond eich llais a recordiwyd.",
    "Sound only: no camera was working.": "Sain yn unig: nid oedd camera'n gweithio.",
    "Cards": "Cardiau",
    "Add a card": "Ychwanegu cerdyn",
    "Add a card for another perspective": "Ychwanegu cerdyn ar gyfer safbwynt arall",
    "New card %1": "Cerdyn newydd %1",
    "%1 is removed: tap to keep it": "Mae %1 wedi'i dynnu: tapiwch i'w gadw",
    "Keep the card %1": "Cadw'r cerdyn %1",
    "Remove %1": "Tynnu %1",
    "Remove the card %1": "Tynnu'r cerdyn %1",
    "Recording is not possible right now. Please ask a facilitator for help.":
        "Nid yw'n bosibl recordio ar hyn o bryd. Gofynnwch i hwylusydd am help, os gwelwch yn dda.",
    "Sorry, recording could not start. Please ask a facilitator for help.":
        "Mae'n ddrwg gennym, nid oedd modd dechrau recordio. Gofynnwch i hwylusydd am help, os gwelwch yn dda.",
    "No camera: only your voice is being recorded.": "Dim camera: dim ond eich llais sy'n cael ei recordio.",
    "You reached the time limit, so the recording stopped.":
        "Rydych chi wedi cyrraedd y terfyn amser, felly mae'r recordio wedi stopio.",
    "The camera stopped working, so the recording ended early. What you said so far is kept.":
        "Stopiodd y camera weithio, felly daeth y recordio i ben yn gynnar. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.",
    "The microphone stopped working, so the recording ended early. What you said so far is kept.":
        "Stopiodd y meicroffon weithio, felly daeth y recordio i ben yn gynnar. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.",
    "The recording ended early because of a technical problem. What you said so far is kept.":
        "Daeth y recordio i ben yn gynnar oherwydd problem dechnegol. Mae'r hyn a ddywedoch chi hyd yma wedi'i gadw.",
    "A clip could not be kept: %1": "Nid oedd modd cadw clip: %1",
    "A clip could not be deleted: %1": "Nid oedd modd dileu clip: %1",
    "There is no camera, so only sound is recorded.": "Does dim camera, felly dim ond sain sy'n cael ei recordio.",
    "There is no microphone, so only pictures are recorded.":
        "Does dim meicroffon, felly dim ond lluniau sy'n cael eu recordio.",
    "The camera has stopped working. Please tell a facilitator.":
        "Mae'r camera wedi stopio gweithio. Dywedwch wrth hwylusydd, os gwelwch yn dda.",
    "The microphone has stopped working. Please tell a facilitator.":
        "Mae'r meicroffon wedi stopio gweithio. Dywedwch wrth hwylusydd, os gwelwch yn dda.",
    "Your video cannot be played back here, but it was recorded.":
        "Does dim modd chwarae eich fideo yma, ond mae wedi'i recordio.",
    "Event: %1": "Digwyddiad: %1",
    "Camera": "Camera",
    "Microphone": "Meicroffon",
    "none": "dim",
    "Recording pauses when less than %1 MB is free.": "Mae'r recordio'n oedi pan fydd llai na %1 MB yn rhydd.",
    "Crash recovery: still checking…": "Adfer ar ôl chwalfa: yn dal i wirio…",
    "Crash recovery: nothing needed repair.": "Adfer ar ôl chwalfa: doedd dim angen trwsio dim.",
    "Crash recovery:": "Adfer ar ôl chwalfa:",
    "The PIN is still the default one: please change it.": "Y PIN diofyn yw'r PIN o hyd: newidiwch ef, os gwelwch yn dda.",
    "Share your thoughts in a short video. It only takes a minute or two.":
        "Rhannwch eich syniadau mewn fideo byr. Dim ond munud neu ddwy mae'n ei gymryd.",
    "Start": "Dechrau",
    "Start: record your thoughts": "Dechrau: recordiwch eich syniadau",
    "Use English": "Defnyddio Saesneg (English)",
    "Use Welsh (Cymraeg)": "Defnyddio Cymraeg",
    "Whose shoes are you in today?": "Yn esgidiau pwy ydych chi heddiw?",
    "Tap the one you speak from.": "Tapiwch yr un rydych chi'n siarad ohono.",
    "Press %1 to choose": "Pwyswch %1 i ddewis",
    "Back": "Yn ôl",
    "Before we start": "Cyn i ni ddechrau",
    "Who may see your video?": "Pwy gaiff weld eich fideo?",
    "I agree, continue": "Rwy'n cytuno, ymlaen",
    "Choose who may see it first": "Dewiswch pwy gaiff ei weld yn gyntaf",
    "Get ready, recording starts in…": "Paratowch, mae'r recordio'n dechrau mewn…",
    "Facilitator": "Hwylusydd",
    "Back to kiosk": "Yn ôl i'r ciosg",
    "Exit kiosk": "Gadael y ciosg",
    "No camera was found, so the kiosk is showing a demo pattern.":
        "Ni chafwyd hyd i gamera, felly mae'r ciosg yn dangos patrwm arddangos.",
    "No microphone was found, so the kiosk is recording a demo tone.":
        "Ni chafwyd hyd i feicroffon, felly mae'r ciosg yn recordio tôn arddangos.",
    "Facilitator PIN": "PIN hwylusydd",
    "Type the PIN, then OK.": "Teipiwch y PIN, yna OK.",
    "Checking…": "Yn gwirio…",
    "That PIN is not right. Please try again.": "Nid yw'r PIN yna'n gywir. Rhowch gynnig arall arni.",
    "Delete last digit": "Dileu'r digid olaf",
    "OK, check the PIN": "Iawn, gwirio'r PIN",
    "Cancel": "Canslo",
    "Cancel, back to the kiosk": "Canslo, yn ôl i'r ciosg",
    "Speaking as: %1": "Yn siarad fel: %1",
    "I'm ready": "Rwy'n barod",
    "Time left: %1:%2": "Amser ar ôl: %1:%2",
    "Saving…": "Yn cadw…",
    "Recording": "Yn recordio",
    "Saving your video": "Yn cadw eich fideo",
    "Recording now": "Yn recordio nawr",
    "Sound": "Sain",
    "Sound level": "Lefel y sain",
    "Camera picture, mirrored": "Llun y camera, fel drych",
    "Stop": "Stopio",
    "Stop recording": "Stopio recordio",
    "Here is your video. Would you like to keep it?": "Dyma eich fideo. Hoffech chi ei gadw?",
    "Your video, playing": "Eich fideo, yn chwarae",
    "Play again": "Chwarae eto",
    "Keep it": "Ei gadw",
    "Keep my video": "Cadw fy fideo",
    "Try again": "Rhoi cynnig arall",
    "Delete this and record again": "Dileu hwn a recordio eto",
    "Delete": "Dileu",
    "Delete my video": "Dileu fy fideo",
    "Thank you!": "Diolch!",
    "Your code is": "Eich cod yw",
    "Take a photo of it or write it down. If you change your mind, give it to a facilitator and your video will be deleted.":
        "Tynnwch lun ohono neu ei ysgrifennu. Os byddwch chi'n newid eich meddwl, rhowch ef i hwylusydd a bydd eich fideo'n cael ei ddileu.",
    "Done": "Gorffen",
    # The facilitator panel.
    "consent: %1": "caniatâd: %1",
    "consent not chosen": "caniatâd heb ei ddewis",
    "recovered after a crash": "wedi'i adfer ar ôl chwalfa",
    "not reviewed": "heb ei wylio'n ôl",
    "Every card": "Pob cerdyn",
    "Clips": "Clipiau",
    "Show the clips of one card": "Dangos clipiau un cerdyn",
    "The chosen clip, playing": "Y clip a ddewiswyd, yn chwarae",
    "Refresh": "Adnewyddu",
    "Refresh the list of clips": "Adnewyddu'r rhestr clipiau",
    "Play": "Chwarae",
    "Play the chosen clip": "Chwarae'r clip a ddewiswyd",
    "Stop playing": "Stopio chwarae",
    "Export to the drive %1": "Allforio i'r gyriant %1",
    "Choose a drive, or type a whole folder path starting with /.":
        "Dewiswch yriant, neu teipiwch lwybr ffolder llawn sy'n dechrau gyda /.",
    "Export cancelled: the record holds what was copied so far.":
        "Allforio wedi'i ganslo: mae'r cofnod yn cynnwys yr hyn a gopïwyd hyd yma.",
    "Export finished.": "Mae'r allforio wedi gorffen.",
    "Skipped:": "Wedi'u hepgor:",
    "Damaged, not exported:": "Wedi'u difrodi, heb eu hallforio:",
    "Export the event record": "Allforio cofnod y digwyddiad",
    "Drives:": "Gyriannau:",
    "No USB drive found.": "Ni chafwyd hyd i yriant USB.",
    "Look again": "Edrych eto",
    "Look again for USB drives": "Edrych eto am yriannau USB",
    "Folder to export into": "Ffolder i allforio iddo",
    "Keyboard": "Bysellfwrdd",
    "Show the keyboard to type a folder": "Dangos y bysellfwrdd i deipio ffolder",
    "Consent:": "Caniatâd:",
    "Cards (none chosen: every card):": "Cardiau (dim wedi'u dewis: pob cerdyn):",
    "Compilations": "Casgliadau",
    "Also make a compilation video per card": "Gwneud fideo casgliad ar gyfer pob cerdyn hefyd",
    "One zip file": "Un ffeil zip",
    "Export as one zip file": "Allforio fel un ffeil zip",
    "What to export": "Beth i'w allforio",
    "Export progress": "Cynnydd yr allforio",
    "Start export": "Dechrau allforio",
    "Cancel the export": "Canslo'r allforio",
    "Exporting…": "Yn allforio…",
    "Cancelling after the current file…": "Yn canslo ar ôl y ffeil bresennol…",
    "The export did not run: %1": "Ni redodd yr allforio: %1",
    "Status": "Statws",
    "Withdraw": "Tynnu'n ôl",
    "Export": "Allforio",
    "Settings": "Gosodiadau",
    "Change PIN": "Newid PIN",
    "Show the page: %1": "Dangos y dudalen: %1",
    "Clips today: %1": "Clipiau heddiw: %1",
    "Last error: %1": "Gwall diwethaf: %1",
    "Shift: next letter in capitals": "Shift: y llythyren nesaf mewn priflythyren",
    "Space": "Bwlch",
    "Delete last character": "Dileu'r nod olaf",
    "An export is already running.": "Mae allforio eisoes yn rhedeg.",
    "Change the facilitator PIN": "Newid PIN yr hwylusydd",
    "PIN now": "PIN presennol",
    "New PIN": "PIN newydd",
    "New PIN again": "PIN newydd eto",
    "Digits": "Digidau",
    "Tap a box, then type on the keypad.": "Tapiwch flwch, yna teipiwch ar y bysellbad.",
    "A PIN is 4 to 8 digits.": "Mae PIN yn 4 i 8 digid.",
    "The two new PINs are not the same. Please type them again.":
        "Nid yw'r ddau PIN newydd yr un fath. Teipiwch nhw eto, os gwelwch yn dda.",
    "The PIN now is not right, so the PIN was not changed.": "Nid yw'r PIN presennol yn gywir, felly ni newidiwyd y PIN.",
    "The PIN is changed. Use the new one from now on.": "Mae'r PIN wedi newid. Defnyddiwch yr un newydd o hyn ymlaen.",
    "The PIN could not be changed: %1": "Nid oedd modd newid y PIN: %1",
    "Saved to %1. The next attendee sees the new settings.":
        "Wedi'i gadw yn %1. Bydd y person nesaf yn gweld y gosodiadau newydd.",
    "Not saved: %1": "Heb ei gadw: %1",
    "Event settings": "Gosodiadau'r digwyddiad",
    "Event name": "Enw'r digwyddiad",
    "Date (YYYY-MM-DD)": "Dyddiad (BBBB-MM-DD)",
    "Longest clip (seconds)": "Clip hiraf (eiliadau)",
    "Back to start when idle (seconds)": "Yn ôl i'r dechrau pan fydd yn segur (eiliadau)",
    "Camera (auto, synthetic, a device)": "Camera (auto, synthetic, dyfais)",
    "Microphone (auto, synthetic, a device)": "Meicroffon (auto, synthetic, dyfais)",
    "Picture width": "Lled y llun",
    "Picture height": "Uchder y llun",
    "Frames a second": "Fframiau'r eiliad",
    "Consent text (English)": "Testun caniatâd (Saesneg)",
    "Consent text (Welsh)": "Testun caniatâd (Cymraeg)",
    "Prompt (English)": "Cwestiwn (Saesneg)",
    "Prompt (Welsh)": "Cwestiwn (Cymraeg)",
    "%1: label (English)": "%1: label (Saesneg)",
    "%1: label (Welsh)": "%1: label (Cymraeg)",
    "%1: prompt (English, empty: the event prompt)": "%1: cwestiwn (Saesneg, gwag: cwestiwn y digwyddiad)",
    "%1: prompt (Welsh)": "%1: cwestiwn (Cymraeg)",
    "Show or hide the keyboard": "Dangos neu guddio'r bysellfwrdd",
    "Undo changes": "Dadwneud newidiadau",
    "Undo the changes not saved yet": "Dadwneud y newidiadau sydd heb eu cadw eto",
    "Save": "Cadw",
    "Save the settings": "Cadw'r gosodiadau",
    "How the kiosk is doing": "Sut mae'r ciosg yn gwneud",
    "Refresh the status": "Adnewyddu'r statws",
    "Withdrawn: %1. Removed %2 files.": "Wedi'i dynnu'n ôl: %1. Dilëwyd %2 ffeil.",
    "Export updated: %1": "Allforio wedi'i ddiweddaru: %1",
    "Exports that could not be reached:": "Allforion nad oedd modd eu cyrraedd:",
    "Code %1": "Cod %1",
    "%1 long": "%1 o hyd",
    "Withdraw a clip": "Tynnu clip yn ôl",
    "Type the attendee's code (6 letters and digits, like K7M-4PX), then Find.":
        "Teipiwch god y person (6 llythyren a digid, fel K7M-4PX), yna Chwilio.",
    "Withdrawal code": "Cod tynnu'n ôl",
    "Keys for the withdrawal code": "Bysellau ar gyfer y cod tynnu'n ôl",
    "Find": "Chwilio",
    "Find the clip with this code": "Chwilio am y clip gyda'r cod hwn",
    "Picture from the clip": "Llun o'r clip",
    "Looking for the clip…": "Yn chwilio am y clip…",
    "Is this the clip? Withdrawing deletes it and its copies in earlier exports.":
        "Ai hwn yw'r clip? Mae tynnu'n ôl yn ei ddileu a'i gopïau mewn allforion cynharach.",
    "This code was withdrawn before. Withdrawing again removes copies in exports that were out of reach then.":
        "Tynnwyd y cod hwn yn ôl o'r blaen. Mae tynnu'n ôl eto'n dileu copïau mewn allforion nad oedd modd eu cyrraedd bryd hynny.",
    "No clip has that code. Please check it with the attendee and try again.":
        "Does dim clip gyda'r cod yna. Gwiriwch ef gyda'r person a rhowch gynnig arall arni.",
    "A code has 6 letters and digits, like K7M-4PX. Please check it and try again.":
        "Mae gan god 6 llythyren a digid, fel K7M-4PX. Gwiriwch ef a rhowch gynnig arall arni.",
    "Withdrawing…": "Yn tynnu'n ôl…",
    "The clip could not be withdrawn: %1": "Nid oedd modd tynnu'r clip yn ôl: %1",
    "Withdraw it": "Ei dynnu'n ôl",
    "Yes, withdraw this clip": "Ie, tynnu'r clip hwn yn ôl",
    "Cancel, keep the clip": "Canslo, cadw'r clip",
    "The new camera and microphone are being opened.": "Mae'r camera a'r meicroffon newydd yn cael eu hagor.",
    "Use these devices": "Defnyddio'r dyfeisiau hyn",
    "Use the camera, microphone and picture size typed here now":
        "Defnyddio'r camera, y meicroffon a maint y llun a deipiwyd yma nawr",
    "Opening the camera and microphone…": "Yn agor y camera a'r meicroffon…",
    "These devices are in use now.": "Mae'r dyfeisiau hyn yn cael eu defnyddio nawr.",
    "Devices not changed: %1": "Ni newidiwyd y dyfeisiau: %1",
    "a take is being recorded. Try again when it has finished.":
        "mae recordiad ar y gweill. Rhowch gynnig arall arni pan fydd wedi gorffen.",
    "the camera and microphone are already being changed.": "mae'r camera a'r meicroffon eisoes yn cael eu newid.",
    "The camera and microphone are being changed. Please try again in a moment.":
        "Mae'r camera a'r meicroffon yn cael eu newid. Rhowch gynnig arall arni mewn munud, os gwelwch yn dda.",
    "Transcript": "Trawsgrifiad",
    "Read or correct the chosen clip's transcript": "Darllen neu gywiro trawsgrifiad y clip a ddewiswyd",
    "The clip, playing": "Y clip, yn chwarae",
    "Captions, in the order they are heard": "Capsiynau, yn y drefn y cânt eu clywed",
    "Play the clip from its start": "Chwarae'r clip o'r dechrau",
    "New caption here": "Capsiwn newydd yma",
    "Start a new caption where the clip is now": "Dechrau capsiwn newydd lle mae'r clip nawr",
    "Back to the clips, without saving": "Yn ôl i'r clipiau, heb gadw",
    "Save the transcript": "Cadw'r trawsgrifiad",
    "Reading the transcript…": "Yn darllen y trawsgrifiad…",
    "The transcript file could not be read (%1). Saving writes a new one.":
        "Nid oedd modd darllen ffeil y trawsgrifiad (%1). Bydd cadw yn ysgrifennu un newydd.",
    "No transcript yet: type what is said. Tap New caption here as the clip plays to start another.":
        "Dim trawsgrifiad eto: teipiwch beth sy'n cael ei ddweud. Tapiwch Capsiwn newydd yma wrth i'r clip chwarae "
        "i ddechrau un arall.",
    "no Welsh speech model": "dim model lleferydd Cymraeg",
    "no speech heard": "ni chlywyd unrhyw leferydd",
    "the clip's sound could not be read": "nid oedd modd darllen sain y clip",
    "no transcript: %1": "dim trawsgrifiad: %1",
    "transcripts are off": "mae trawsgrifiadau i ffwrdd",
    "transcript: waiting": "trawsgrifiad: yn aros",
    "Play from %1": "Chwarae o %1",
    "Caption from %1 to %2": "Capsiwn o %1 i %2",
    "Caption now playing": "Y capsiwn sy'n chwarae nawr",
    "Transcripts are off in the event's settings.": "Mae trawsgrifiadau wedi'u diffodd yng ngosodiadau'r digwyddiad.",
    "it stopped unexpectedly": "fe stopiodd yn annisgwyl",
    "Transcripts are off.": "Mae trawsgrifiadau wedi'u diffodd.",
    "exit code %1": "cod gadael %1",
    "Transcription did not finish (%1); it is tried again after the next Keep.":
        "Ni orffennodd y trawsgrifio (%1); caiff ei geisio eto ar ôl y Cadw nesaf.",
    "Leave without saving": "Gadael heb gadw",
    "Back to the clips; your changes are lost": "Yn ôl i'r clipiau; caiff eich newidiadau eu colli",
    "Your changes are not saved. Tap Save to keep them, or Leave without saving.":
        "Nid yw eich newidiadau wedi'u cadw. Tapiwch Cadw i'w cadw, neu Gadael heb gadw.",
    # Issue 16: a facilitator checks a clip kept without the attendee's confirmation, or withdraws it without its code.
    # "the attendee" is "y person" here, as on the withdraw page.
    "code %1": "cod %1",
    "no withdrawal code": "dim cod tynnu'n ôl",
    "kept without the attendee's confirmation": "wedi'i gadw heb i'r person ei gadarnhau",
    "Choose a clip to play it, check it or withdraw it.": "Dewiswch glip i'w chwarae, ei wirio neu ei dynnu'n ôl.",
    "Withdrawal code: %1": "Cod tynnu'n ôl: %1",
    "Marking it as checked…": "Yn ei nodi fel un wedi'i wirio…",
    "Kept without the attendee's confirmation: watch it, then check it or withdraw it.":
        "Wedi'i gadw heb i'r person ei gadarnhau: gwyliwch y clip, yna ei wirio neu ei dynnu'n ôl.",
    "Checked: it now goes where the attendee chose.": "Wedi'i wirio: mae'n mynd nawr lle dewisodd y person.",
    "It could not be marked as checked: %1": "Nid oedd modd ei nodi fel un wedi'i wirio: %1",
    "Clips: those kept without the attendee's confirmation first, then the newest":
        "Clipiau: y rhai a gadwyd heb i'r person eu cadarnhau yn gyntaf, yna'r diweddaraf",
    "I have checked this clip": "Rydw i wedi gwirio'r clip hwn",
    "I have watched this clip: it may go where the attendee chose":
        "Rydw i wedi gwylio'r clip hwn: caiff fynd lle dewisodd y person",
    "Withdraw this clip": "Tynnu'r clip hwn yn ôl",
    "Withdraw the chosen clip, without its code (you are asked first)":
        "Tynnu'r clip a ddewiswyd yn ôl, heb ei god (gofynnir i chi yn gyntaf)",
    "automatic transcript, not checked": "trawsgrifiad awtomatig, heb ei wirio",
    "checked transcript": "trawsgrifiad wedi'i wirio",
    "Saved. The transcript is marked as checked.": "Wedi'i gadw. Mae'r trawsgrifiad wedi'i nodi fel un wedi'i wirio.",
    "Automatic transcript, not checked: correct it as the clip plays, then Save to mark it checked.":
        "Trawsgrifiad awtomatig, heb ei wirio: cywirwch ef wrth i'r clip chwarae, yna tapiwch Cadw i'w nodi fel un "
        "wedi'i wirio.",
    # The settings page: each setting's label and help, declared in kiosk/config beside the setting.
    "On the start screen, the clips and the event record.": "Ar y sgrin gychwyn, y clipiau a chofnod y digwyddiad.",
    "Empty means the day the kiosk runs.": "Mae gwag yn golygu'r diwrnod mae'r ciosg yn rhedeg.",
    "A take stops by itself after this long.": "Mae recordiad yn stopio ohono'i hun ar ôl cyhyd â hyn.",
    "Warning before the end (seconds)": "Rhybudd cyn y diwedd (eiliadau)",
    "How long before the end the time left is shown; shorter than the longest clip.":
        "Pa mor hir cyn y diwedd y dangosir yr amser sydd ar ôl; yn fyrrach na'r clip hiraf.",
    "With nobody tapping, the kiosk asks, then goes back to the start.":
        "Heb i neb dapio, mae'r ciosg yn holi, yna'n mynd yn ôl i'r dechrau.",
    "Countdown before recording (seconds)": "Cyfrif cyn recordio (eiliadau)",
    "0 starts recording at once.": "Mae 0 yn dechrau recordio ar unwaith.",
    "Language at the start": "Iaith ar y dechrau",
    "Each visit starts in it: en is English, cy is Welsh.": "Mae pob ymweliad yn dechrau ynddi: en yw Saesneg, cy yw Cymraeg.",
    "Free space to keep (MB)": "Lle rhydd i'w gadw (MB)",
    "The kiosk stops recording when the disk has less than this free.":
        "Mae'r ciosg yn peidio â recordio pan fydd gan y ddisg lai na hyn yn rhydd.",
    "auto, synthetic (a test pattern) or a device's name.": "auto, synthetic (patrwm prawf) neu enw dyfais.",
    "auto, synthetic (a test tone) or a device's name.": "auto, synthetic (tôn brawf) neu enw dyfais.",
    "In pixels; the camera gives the nearest size it has.": "Mewn picseli; mae'r camera'n rhoi'r maint agosaf sydd ganddo.",
    "How many pictures a second the camera is asked for.": "Sawl llun yr eiliad y gofynnir i'r camera amdanynt.",
    "Encoding speed": "Cyflymder amgodio",
    "ultrafast uses the least processor, medium makes the smallest files.":
        "ultrafast sy'n defnyddio'r lleiaf o'r prosesydd, medium sy'n gwneud y ffeiliau lleiaf.",
    "Speech model (English)": "Model lleferydd (Saesneg)",
    "Empty for the offline English model, off for none, or a model's name or folder.":
        "Gwag i gael y model Saesneg all-lein, off i gael dim, neu enw neu ffolder model.",
    "Speech model (Welsh)": "Model lleferydd (Cymraeg)",
    "Low battery warning (%)": "Rhybudd batri isel (%)",
    "On battery, the facilitator is warned at this level.": "Ar fatri, caiff yr hwylusydd ei rybuddio ar y lefel hon.",
    "Pause on battery at (%)": "Oedi ar fatri ar (%)",
    "Below it, discharging, the kiosk pauses for attendees until plugged in.":
        "Oddi tano, wrth ddadwefru, mae'r ciosg yn oedi i bobl nes iddo gael ei blygio i mewn.",
    "Empty for none, or a Welsh model's name or folder.": "Gwag i gael dim, neu enw neu ffolder model Cymraeg.",
    "Consent text": "Testun caniatâd",
    "What an attendee reads before choosing who may see the video.":
        "Yr hyn mae mynychwr yn ei ddarllen cyn dewis pwy gaiff weld y fideo.",
    "Consent choice": "Dewis caniatâd",
    "The words of one of the choices, narrowest first.": "Geiriau un o'r dewisiadau, y culaf yn gyntaf.",
    "Prompt": "Cwestiwn",
    "The question asked when a card has no prompt of its own.": "Y cwestiwn a ofynnir pan nad oes gan gerdyn gwestiwn ei hun.",
    "Who the attendee speaks as.": "Fel pwy mae'r mynychwr yn siarad.",
    # What we heard (issue 23): themes and quotes.
    "Themes": "Themâu",
    "What facilitators tag clips and quotes with.": "Yr hyn mae hwyluswyr yn tagio clipiau a dyfyniadau ag ef.",
    # The settings page's themes editor (issue 23).
    "Add a theme": "Ychwanegu thema",
    "Add a theme to tag clips and quotes with": "Ychwanegu thema i dagio clipiau a dyfyniadau â hi",
    "%1: colour": "%1: lliw",
    "New theme %1": "Thema newydd %1",
    "Keep the theme %1": "Cadw'r thema %1",
    "Removed: tap to keep it": "Wedi'i thynnu: tapiwch i'w chadw",
    "Remove this theme": "Tynnu'r thema hon",
    "Remove the theme %1": "Tynnu'r thema %1",
    "Its own colour (%1)": "Ei lliw ei hun (%1)",
    "Teal": "Gwyrddlas",
    "Dark blue": "Glas tywyll",
    "Burnt orange": "Oren tywyll",
    "Green": "Gwyrdd",
    "Sea blue": "Glas y môr",
    "Purple": "Porffor",
    "Slate grey": "Llwyd llechen",
    "Raspberry": "Mafon",
    "There can be at most %2 themes.": "Gall fod %2 thema ar y mwyaf.",
    "%1 must be at most %2 characters in English and in Welsh.":
        "Rhaid i %1 fod yn %2 nod ar y mwyaf yn Saesneg ac yn Gymraeg.",
    "the label of the theme “%1”": "label y thema “%1”",
    "the themes": "y themâu",
    "Themes:": "Themâu:",
    "Its themes could not be changed: %1": "Nid oedd modd newid ei themâu: %1",
    "Take the caption from %1 into the quote": "Cymryd y capsiwn o %1 i'r dyfyniad",
    "Make the quote": "Gwneud y dyfyniad",
    "Make a quote of the captions chosen, with the themes chosen beside":
        "Gwneud dyfyniad o'r capsiynau a ddewiswyd, gyda'r themâu a ddewiswyd wrth eu hymyl",
    "Stop choosing captions for a quote": "Rhoi'r gorau i ddewis capsiynau ar gyfer dyfyniad",
    "Quote…": "Dyfynnu…",
    "Choose captions to make a quote of": "Dewis capsiynau i wneud dyfyniad ohonynt",
    "Tap the times of the captions to quote, choose its themes, then Make the quote.":
        "Tapiwch amseroedd y capsiynau i'w dyfynnu, dewiswch ei themâu, yna Gwneud y dyfyniad.",
    "Quote's themes:": "Themâu'r dyfyniad:",
    "Tap the times of the captions to quote first.": "Tapiwch amseroedd y capsiynau i'w dyfynnu yn gyntaf.",
    "Save the transcript first: a quote takes the words as saved.":
        "Cadwch y trawsgrifiad yn gyntaf: mae dyfyniad yn cymryd y geiriau fel y'u cadwyd.",
    "Quoted: “%1”": "Wedi dyfynnu: “%1”",
    "Quoted (no words in it).": "Wedi dyfynnu (dim geiriau ynddo).",
    "No quote was made: %1": "Ni wnaed dyfyniad: %1",
    "Making the quote…": "Yn gwneud y dyfyniad…",
    # Nudging a quote's ends while it plays (issue 23).
    "Play the quote": "Chwarae'r dyfyniad",
    "Play the quote from its start to its end": "Chwarae'r dyfyniad o'i ddechrau i'w ddiwedd",
    "Start the quote %1 s earlier": "Dechrau'r dyfyniad %1 eiliad yn gynt",
    "Start the quote %1 s later": "Dechrau'r dyfyniad %1 eiliad yn hwyrach",
    "End the quote %1 s earlier": "Gorffen y dyfyniad %1 eiliad yn gynt",
    "End the quote %1 s later": "Gorffen y dyfyniad %1 eiliad yn hwyrach",
    "%1 s": "%1 s",  # the SI symbol, as Welsh writes it too: "eiliad" in full pushed the captions sideways at 1280x720
    "From %1": "O %1",
    "To %1": "Hyd %1",
    "The quote starts at %1": "Mae'r dyfyniad yn dechrau am %1",
    "The quote ends at %1": "Mae'r dyfyniad yn gorffen am %1",
    "The quote starts at the start of the clip already.": "Mae'r dyfyniad yn dechrau ar ddechrau'r clip yn barod.",
    "The quote ends at the end of the clip already.": "Mae'r dyfyniad yn gorffen ar ddiwedd y clip yn barod.",
    "A quote lasts at least %1 s.": "Mae dyfyniad yn para o leiaf %1 eiliad.",
    "Move its start and end, playing it to hear where it cuts, then Make the quote.":
        "Symudwch ei ddechrau a'i ddiwedd, gan ei chwarae i glywed lle mae'n torri, yna Gwneud y dyfyniad.",
    "What we heard": "Beth glywson ni",
    "Also write the report of themes and quotes (web page and Word) and a REFI-QDA project":
        "Ysgrifennu hefyd adroddiad y themâu a'r dyfyniadau (tudalen we a Word) a phrosiect REFI-QDA",
    "Highlight reel": "Ffilm uchafbwyntiau",
    "Also make a video of the quotes, theme by theme": "Gwneud fideo o'r dyfyniadau hefyd, fesul thema",
    "%1 must be a number from %2 to %3.": "Rhaid i %1 fod yn rhif o %2 i %3.",
    "%1 (English)": "%1 (Saesneg)",
    "%1 (Welsh)": "%1 (Cymraeg)",
    "From %1 to %2.": "O %1 i %2.",
    "%1 %2 (English)": "%1 %2 (Saesneg)",
    "%1 %2 (Welsh)": "%1 %2 (Cymraeg)",
    # Issue 19: the device test, export progress and the status page in Welsh; counts by number; free space in GB.
    "Neither the camera nor the microphone is working now.": "Nid yw'r camera na'r meicroffon yn gweithio nawr.",
    "The check itself failed (%1).": "Methodd y prawf ei hun (%1).",
    "Camera: %1, %2x%3 at %4 fps delivered, %5 of %6 frames dropped.":
        "Camera: %1, %2x%3 ar %4 ffrâm yr eiliad, %5 o %6 ffrâm wedi'u colli.",
    "silent: is it connected and unmuted?": "tawel: ydy e wedi'i gysylltu a heb ei dawelu?",
    "clipping: turn the input down.": "yn gwyrdroi: trowch y mewnbwn i lawr.",
    "hears sound.": "yn clywed sain.",
    "Microphone: %1, level %2 (peak %3), %4": "Meicroffon: %1, lefel %2 (brig %3), %4",
    "Encoder: %1 frames a second on one core at the configured size, %2x what the camera needs.":
        "Amgodiwr: %1 ffrâm yr eiliad ar un craidd ar y maint a osodwyd, %2x yr hyn mae'r camera ei angen.",
    "Free space: %1 GB, about %2 h %3 min of recording at %4 MB a minute (measured by this test).":
        "Lle rhydd: %1 GB, tua %2 awr %3 mun o recordio ar %4 MB y funud (wedi'i fesur gan y prawf hwn).",
    "Recommended: %1x%2 with preset %3 (at least %4x headroom).":
        "Argymhellir: %1x%2 gyda'r rhagosodiad %3 (o leiaf %4x o le wrth gefn).",
    "Problem: %1": "Problem: %1",
    "Note: %1": "Nodyn: %1",
    "All essential checks passed.": "Mae pob prawf hanfodol wedi llwyddo.",
    "Something essential failed (see Problem).": "Methodd rhywbeth hanfodol (gweler Problem).",
    "silence": "tawelwch",
    "The test recording failed: %1": "Methodd y recordiad prawf: %1",
    "%1 gave no picture during the test.": "Ni roddodd %1 unrhyw lun yn ystod y prawf.",
    "Frames dropped: %1. This laptop did not keep up.": "Fframiau wedi'u colli: %1. Ni lwyddodd y gliniadur hwn i "
                                                        "gadw i fyny.",
    "%1 gave no sound during the test.": "Ni roddodd %1 unrhyw sain yn ystod y prawf.",
    "%1 is silent: check it is connected, chosen and not muted.":
        "Mae %1 yn dawel: gwiriwch ei fod wedi'i gysylltu, wedi'i ddewis a heb ei dawelu.",
    "%1 is clipping: turn its input level down.": "Mae %1 yn gwyrdroi: trowch lefel ei fewnbwn i lawr.",
    "The screen may blank, lock or sleep while the kiosk is left alone (see above).":
        "Gall y sgrin dywyllu, cloi neu gysgu tra bo'r ciosg ar ei ben ei hun (gweler uchod).",
    "Power: on battery at %1: plug the laptop in for the event.":
        "Pŵer: ar y batri ar %1: plygiwch y gliniadur i mewn ar gyfer y digwyddiad.",
    "Even %1x%2 with preset %3 is too slow to encode on this laptop: %4 needs %5 frames a second.":
        "Mae hyd yn oed %1x%2 gyda'r rhagosodiad %3 yn rhy araf i'w amgodio ar y gliniadur hwn: mae %4 angen %5 "
        "ffrâm yr eiliad.",
    "The configured %1x%2 (%3) leaves only %4x headroom: use the recommended setting (kiosk check --apply).":
        "Dim ond %4x o le wrth gefn sydd gan y %1x%2 (%3) a osodwyd: defnyddiwch y gosodiad a argymhellir (kiosk "
        "check --apply).",
    "The recordings folder %1 cannot be reached.": "Does dim modd cyrraedd y ffolder recordiadau %1.",
    "The recordings folder %1 cannot be written.": "Does dim modd ysgrifennu i'r ffolder recordiadau %1.",
    "There is room for less than an hour of recording in %1.": "Mae lle i lai nag awr o recordio yn %1.",
    "%1: damaged, skipped": "%1: wedi'i ddifrodi, wedi'i hepgor",
    "%1: copied": "%1: wedi'i gopïo",
    "%1: unchanged": "%1: heb ei newid",
    "Compilation for %1 (clips in it: %2)": "Casgliad ar gyfer %1 (clipiau ynddo: %2)",
    "%1 was skipped: its status is %2, not kept.": "Hepgorwyd %1: ei statws yw %2, nid wedi'i gadw.",
    "%1 was skipped: it has an unknown consent scope %2.": "Hepgorwyd %1: mae ganddo gwmpas caniatâd anhysbys %2.",
    "%1 was skipped: it has no consent scope.": "Hepgorwyd %1: does ganddo ddim cwmpas caniatâd.",
    "%1 have one clip id but different recordings; neither was exported (a facilitator should look at them).":
        "Mae gan %1 un enw clip ond recordiadau gwahanol; ni allforiwyd yr un ohonynt (dylai hwylusydd edrych "
        "arnynt).",
    "Demo pattern": "Patrwm arddangos",
    "Demo tone": "Tôn arddangos",
    "The laptop is kept from sleeping (%1), but its screen may blank or lock when its own power settings say: %2 Set "
    "the screen never to blank in the laptop's settings.":
        "Mae'r gliniadur yn cael ei gadw rhag cysgu (%1), ond gall ei sgrin dywyllu neu gloi pan fydd ei osodiadau "
        "pŵer yn dweud: %2 Gosodwch y sgrin i beidio byth â thywyllu yng ngosodiadau'r gliniadur.",
    "This laptop may sleep when its own power settings say: %1 Set it never to sleep or blank the screen in its "
    "settings, and keep it plugged in.":
        "Gall y gliniadur hwn gysgu pan fydd ei osodiadau pŵer yn dweud: %1 Gosodwch ef i beidio byth â chysgu na "
        "thywyllu'r sgrin yn ei osodiadau, a chadwch ef wedi'i blygio i mewn.",
    "Free space for recordings: %1 GB": "Lle rhydd ar gyfer recordiadau: %1 GB",
    "That is about %1 h %2 min of recording (%3 MB a minute, measured on today's clips).":
        "Mae hynny tua %1 awr %2 mun o recordio (%3 MB y funud, wedi'i fesur ar glipiau heddiw).",
    "That is about %1 h %2 min of recording (%3 MB a minute, estimated for 720p).":
        "Mae hynny tua %1 awr %2 mun o recordio (%3 MB y funud, amcangyfrif ar gyfer 720p).",
    "The record keeps the copy of %1 exported before.": "Mae'r cofnod yn cadw'r copi o %1 a allforiwyd o'r blaen.",
    "A clip withdrawn during the export was left out of %1.":
        "Gadawyd clip a dynnwyd yn ôl yn ystod yr allforio allan o %1.",
    "%1 It was skipped.": "%1 Cafodd ei hepgor.",
    "Every copy of %1 is damaged; it was skipped.": "Mae pob copi o %1 wedi'i ddifrodi; cafodd ei hepgor.",
    "%1 Another kiosk's copy of the same clip was exported instead.":
        "%1 Allforiwyd copi ciosg arall o'r un clip yn ei le.",
    "The transcript of %1 is longer than the kiosk reads; the clip is exported without it.":
        "Mae trawsgrifiad %1 yn hirach nag y mae'r ciosg yn ei ddarllen; caiff y clip ei allforio hebddo.",
    "The transcript of %1 could not be read; the clip is exported without it (open it in the facilitator panel's "
    "transcript editor and save it again).":
        "Nid oedd modd darllen trawsgrifiad %1; caiff y clip ei allforio hebddo (agorwch ef yng ngolygydd "
        "trawsgrifiadau panel yr hwylusydd a'i gadw eto).",
    "%1 The clip is exported without a thumbnail.": "%1 Caiff y clip ei allforio heb lun bach.",
    "The compilation for %1 could not be made (%2).": "Nid oedd modd gwneud y casgliad ar gyfer %1 (%2).",
    "%1 It was taken out of the record.": "%1 Cafodd ei dynnu allan o'r cofnod.",
    "There is no recordings folder at %1.": "Does dim ffolder recordiadau yn %1.",
    "The export cannot go in %1: it overlaps the recordings folder %2.":
        "Ni all yr allforio fynd i %1: mae'n gorgyffwrdd â'r ffolder recordiadau %2.",
    "Another export or withdrawal is changing %1 right now; export again when it is done.":
        "Mae allforio neu dynnu'n ôl arall yn newid %1 ar hyn o bryd; allforiwch eto pan fydd wedi gorffen.",
    "There are no clips in %1; nothing was written.": "Does dim clipiau yn %1; ni ysgrifennwyd dim.",
    "No clip matches this export (%1 left out by card, date or scope, %2 withdrawn, %3 skipped); nothing was "
    "written.%4":
        "Does dim clip yn cyfateb i'r allforio hwn (%1 wedi'u gadael allan oherwydd cerdyn, dyddiad neu gwmpas, %2 "
        "wedi'u tynnu'n ôl, %3 wedi'u hepgor); ni ysgrifennwyd dim.%4",
    "%1 is a file, not a folder to export into.": "Ffeil yw %1, nid ffolder i allforio iddo.",
    "%1 already holds files the kiosk did not export; choose an empty or new folder.":
        "Mae %1 eisoes yn dal ffeiliau na wnaeth y ciosg eu hallforio; dewiswch ffolder gwag neu newydd.",
    "The export folder %1 cannot be written (%2).": "Does dim modd ysgrifennu i'r ffolder allforio %1 (%2).",
    "%1 needs about %2 MB free for this export but has %3 MB.":
        "Mae %1 angen tua %2 MB yn rhydd ar gyfer yr allforio hwn ond mae ganddo %3 MB.",
    "The kiosk met a fault in its flow and paused itself; open this panel to let attendees start again. (%1)":
        "Aeth rhywbeth o'i le yn llif y ciosg a saibiodd ei hun; agorwch y panel hwn i adael i bobl ddechrau eto. (%1)",
    # The core's remaining sentences (follow-up of issue 19): the store's refusals. A change's name ("reviewed") is a
    # fact of "could not be %2", so it is the Welsh verb-noun, put where the sentence wants it ("Nid oedd modd %2 ...").
    "changed": "newid",
    "written": "ysgrifennu",
    "saved": "cadw",
    "kept": "cadw",
    "reviewed": "adolygu",
    "annotated": "anodi",
    "transcribed": "trawsgrifio",
    "recording": "yn recordio",
    "awaiting review": "yn aros i gael ei adolygu",
    "The clip %1 could not be %2 (%3).": "Nid oedd modd %2 y clip %1 (%3).",
    "The clip %1 could not be %2: another change to the recordings took too long; try again.":
        "Nid oedd modd %2 y clip %1: roedd newid arall i'r recordiadau'n cymryd gormod o amser; rhowch gynnig arall "
        "arni.",
    "The clip %1 is no longer here: it was withdrawn or deleted.":
        "Nid yw'r clip %1 yma mwyach: cafodd ei dynnu'n ôl neu ei ddileu.",
    "The clip %1 is %2, not kept, so it cannot be %3.":
        "Mae'r clip %1 %2, heb ei gadw, felly does dim modd %3 y clip.",
    "%1 is not a card id.": "Nid yw %1 yn id cerdyn.",
    "The recordings folder %1 cannot be written (%2).": "Does dim modd ysgrifennu i'r ffolder recordiadau %1 (%2).",
    "The recordings folder %1 cannot be written.": "Does dim modd ysgrifennu i'r ffolder recordiadau %1.",
    "The recordings folder %1 cannot be used (%2).": "Does dim modd defnyddio'r ffolder recordiadau %1 (%2).",
    "The consent text cannot be kept in %1 (%2).": "Does dim modd cadw'r testun caniatâd yn %1 (%2).",
    "Another kiosk is recording into %1 right now.": "Mae ciosg arall yn recordio i %1 ar hyn o bryd.",
    "%1 already holds another clip; nothing was written.": "Mae %1 eisoes yn dal clip arall; ni ysgrifennwyd dim.",
    "%1 was written by a newer kiosk (sidecar format %2); it is left as it is: update this kiosk to change it.":
        "Cafodd %1 ei ysgrifennu gan giosg mwy newydd (fformat sidecar %2); caiff ei adael fel y mae: diweddarwch y "
        "ciosg hwn i'w newid.",
    "%1 is not a withdrawal code; a code has 6 letters and digits, like K7M-4PX.":
        "Nid yw %1 yn god tynnu'n ôl; mae gan god 6 llythyren a digid, fel K7M-4PX.",
    "No clip in %1 has the withdrawal code %2.": "Does dim clip yn %1 â'r cod tynnu'n ôl %2.",
    "The withdrawal log in %1 cannot be used (%2); nothing was removed.":
        "Does dim modd defnyddio'r log tynnu'n ôl yn %1 (%2); ni thynnwyd dim.",
    # The export's refusals that were still English.
    "Name at least one recordings folder to export from.": "Enwch o leiaf un ffolder recordiadau i allforio ohono.",
    "%1 is read-only, so a withdrawal made there will not reach %2; export into it again after withdrawing.":
        "Mae %1 yn ddarllen-yn-unig, felly ni fydd tynnu'n ôl a wneir yno'n cyrraedd %2; allforiwch iddo eto ar ôl "
        "tynnu'n ôl.",
    "The export cannot be written in %1 (%2).": "Does dim modd ysgrifennu'r allforio yn %1 (%2).",
    "A withdrawal log cannot be read (%1), so the export cannot tell which clips were withdrawn; nothing was "
    "written.":
        "Does dim modd darllen log tynnu'n ôl (%1), felly ni all yr allforio wybod pa glipiau a dynnwyd yn ôl; ni "
        "ysgrifennwyd dim.",
    "%1 holds an export marker the kiosk did not write (%2); choose an empty or new folder.":
        "Mae %1 yn dal marciwr allforio nad ysgrifennodd y ciosg (%2); dewiswch ffolder gwag neu newydd.",
    "%1 cannot be exported into: %2.": "Does dim modd allforio i %1: %2.",
    "%1 is not a zip the kiosk exported; choose another name.":
        "Nid yw %1 yn zip a allforiodd y ciosg; dewiswch enw arall.",
    "%1 exists and is not a zip the kiosk exported.": "Mae %1 yn bodoli ac nid yw'n zip a allforiodd y ciosg.",
    "The zip %1 could not be written (%2).": "Nid oedd modd ysgrifennu'r zip %1 (%2).",
    "%1 is not a zip the kiosk can bring up to date (%2).": "Nid yw %1 yn zip y gall y ciosg ei ddiweddaru (%2).",
    "The highlight reel could not be made (%1).": "Nid oedd modd gwneud y ffilm uchafbwyntiau (%1).",
    "A withdrawal could not be logged in every recordings folder (%1); export these folders together until it can.":
        "Nid oedd modd cofnodi tynnu'n ôl ym mhob ffolder recordiadau (%1); allforiwch y ffolderi hyn gyda'i gilydd nes "
        "y bydd modd.",
    "%1 still holds a copy of the withdrawn clip %2; it is left out of every export, and `kiosk withdraw %2 "
    "--recordings %1` deletes it.":
        "Mae %1 yn dal i gadw copi o'r clip a dynnwyd yn ôl %2; caiff ei adael allan o bob allforio, ac mae `kiosk "
        "withdraw %2 --recordings %1` yn ei ddileu.",
    # The camera's and microphone's refusals, on the settings page, the status and a first try-out's start screen.
    "The camera %1 is not plugged in.": "Nid yw'r camera %1 wedi'i blygio i mewn.",
    "There is no camera at %1.": "Does dim camera yn %1.",
    "Unknown camera %1: use auto, synthetic, file:PATH, name:NAME, an index or /dev/videoN.":
        "Camera anhysbys %1: defnyddiwch auto, synthetic, file:PATH, name:NAME, rhif neu /dev/videoN.",
    "The microphone spec is empty: use auto, synthetic, file:PATH, an index or a device name.":
        "Mae manyleb y meicroffon yn wag: defnyddiwch auto, synthetic, file:PATH, rhif neu enw dyfais.",
    "The camera file %1 does not exist.": "Nid yw'r ffeil camera %1 yn bodoli.",
    "The camera file %1 is not a video OpenCV can read.":
        "Nid yw'r ffeil camera %1 yn fideo y gall OpenCV ei ddarllen.",
    "Camera %1 could not be opened.": "Nid oedd modd agor camera %1.",
    "Camera %1 opened but gave no picture.": "Agorodd camera %1 ond ni roddodd lun.",
    "Camera %1 cannot give %2x%3; it offers %4x%5.": "Ni all camera %1 roi %2x%3; mae'n cynnig %4x%5.",
    "No microphone matches %1 (%2).": "Does dim meicroffon yn cyfateb i %1 (%2).",
    "The microphone %1 could not be opened (%2).": "Nid oedd modd agor y meicroffon %1 (%2).",
    "The microphone file %1 does not exist.": "Nid yw'r ffeil meicroffon %1 yn bodoli.",
    "The microphone file %1 is not audio soundfile can read (%2).":
        "Nid yw'r ffeil meicroffon %1 yn sain y gall soundfile ei darllen (%2).",
    "No camera was found.": "Ni chafwyd hyd i gamera.",
    "No microphone was found.": "Ni chafwyd hyd i feicroffon.",
    # A quote refused, in the transcript editor.
    "The transcript of %1 is longer than the kiosk reads.":
        "Mae trawsgrifiad %1 yn hirach nag y mae'r ciosg yn ei ddarllen.",
    "The transcript of %1 cannot be read; open it in the panel's transcript editor and save it again.":
        "Does dim modd darllen trawsgrifiad %1; agorwch ef yng ngolygydd trawsgrifiadau'r panel a'i gadw eto.",
    "A quote runs from a time to a later one, in seconds from the clip's start (not %1 to %2).":
        "Mae dyfyniad yn rhedeg o un amser i amser diweddarach, mewn eiliadau o ddechrau'r clip (nid %1 i %2).",
    "The clip lasts %1 s, so a quote cannot end at %2 s.":
        "Mae'r clip yn para %1 e, felly ni all dyfyniad orffen ar %2 e.",
    # Why a device in use stopped, on the settings page and the status.
    "%1 stopped working (%2).": "Stopiodd %1 weithio (%2).",
    "The camera file has ended.": "Mae'r ffeil camera wedi dod i ben.",
    "%1 stopped sending pictures.": "Stopiodd %1 anfon lluniau.",
    "The microphone %1 stopped sending sound.": "Stopiodd y meicroffon %1 anfon sain.",
    "The microphone %1 was disconnected.": "Cafodd y meicroffon %1 ei ddatgysylltu.",
    "%1 has ended.": "Mae %1 wedi dod i ben.",
    # Issue 19: the config's refusals on the settings page, in the page's words.
    "%1 must be a text of 1 to %2 characters.": "Rhaid i %1 fod yn destun o 1 i %2 nod.",
    "%1 needs an English text.": "Mae angen testun Saesneg ar %1.",
    "%1 must be a date written YYYY-MM-DD, or empty, not %2.":
        "Rhaid i %1 fod yn ddyddiad ar ffurf BBBB-MM-DD, neu'n wag, nid %2.",
    "%1 must be empty, off, a speech model's name or its folder.":
        "Rhaid i %1 fod yn wag, yn off, yn enw model lleferydd neu'n ffolder iddo.",
    "%1 must name a device, or be auto or synthetic.": "Rhaid i %1 enwi dyfais, neu fod yn auto neu synthetic.",
    "%1 must be a number, not %2.": "Rhaid i %1 fod yn rhif, nid %2.",
    "%1 must be a number from %2 to %3, not %4.": "Rhaid i %1 fod yn rhif o %2 i %3, nid %4.",
    "%1 must be shorter than %2.": "Rhaid i %1 fod yn fyrrach na %2.",
    "%1 must be lower than %2.": "Rhaid i %1 fod yn is na %2.",
    "There can be at most %2 cards.": "Gall fod %2 cerdyn ar y mwyaf.",
    "Two of %1 have the same id.": "Mae gan ddau o %1 yr un id.",
    "the label of the card “%1”": "label y cerdyn “%1”",
    "the prompt of the card “%1”": "cwestiwn y cerdyn “%1”",
    "the consent choice “%1”": "y dewis caniatâd “%1”",
    "the cards": "y cardiau",
    "the consent choices": "y dewisiadau caniatâd",
    # Issue 19: why the screen may sleep, in the panel's words.
    "this system offers the kiosk no way to ask.": "nid yw'r system hon yn cynnig ffordd i'r ciosg ofyn.",
    "there is no desktop session to ask (the kiosk was not started from the laptop's desktop).":
        "does dim sesiwn bwrdd gwaith i ofyn iddi (ni ddechreuwyd y ciosg o fwrdd gwaith y gliniadur).",
    "the desktop did not agree (%1).": "ni chytunodd y bwrdd gwaith (%1).",
    "the desktop did not answer.": "nid atebodd y bwrdd gwaith.",
    # Issue 19: the page after Delete.
    "Nothing of it is kept. Thank you for stopping by.": "Ni chedwir dim ohono. Diolch am alw heibio.",
    "Back to the start": "Yn ôl i'r dechrau",
    # The event fleet (issue 21)
    "Sync with the hub is off: %1": "Mae cysoni â'r hyb i ffwrdd: %1",
    "Sync with the hub could not start (%1). Clips are still kept here.":
        "Ni allai cysoni â'r hyb ddechrau (%1). Mae'r clipiau'n dal i gael eu cadw yma.",
    "Sync with the hub stopped (%1). Clips are still kept here.":
        "Stopiodd cysoni â'r hyb (%1). Mae'r clipiau'n dal i gael eu cadw yma.",
    "Sync with the hub": "Cysoni â'r hyb",
    "off, or kiosk to send this kiosk's clips to the facilitators' laptops over the venue's network (Syncthing).":
        "off, neu kiosk i anfon clipiau'r ciosg hwn i liniaduron yr hwyluswyr dros rwydwaith y lleoliad (Syncthing).",
    "This kiosk's name": "Enw'r ciosg hwn",
    "How the hub names it, e.g. Entrance; empty for the computer's name.":
        "Sut mae'r hyb yn ei enwi, e.e. Mynedfa; yn wag ar gyfer enw'r cyfrifiadur.",
    "Syncthing program": "Rhaglen Syncthing",
    "Empty to find it on this computer, or the program's full path.":
        "Yn wag i'w chanfod ar y cyfrifiadur hwn, neu lwybr llawn y rhaglen.",
    # The hub window (issue 21)
    "%1 was accepted: its clips arrive in kiosks/%1.": "Derbyniwyd %1: mae ei glipiau'n cyrraedd kiosks/%1.",
    "The hub's sync could not start (%1).": "Ni allai cysoni'r hyb ddechrau (%1).",
    "The hub's sync stopped by itself; start the hub again.": "Stopiodd cysoni'r hyb ohono'i hun; dechreuwch yr hyb eto.",
    "%1 is withdrawn at the hub; its kiosk removes it when it is connected.":
        "Mae %1 wedi'i dynnu'n ôl yn yr hyb; bydd ei giosg yn ei ddileu pan fydd wedi'i gysylltu.",
    "Whose Shoes? hub": "Hyb Esgidiau Pwy?",
    "Hub: the kiosks of the day": "Hyb: ciosgau'r dydd",
    "Kiosks asking to join": "Ciosgau sy'n gofyn am ymuno",
    "Accept this kiosk": "Derbyn y ciosg hwn",
    "Kiosks": "Ciosgau",
    "Kiosk": "Ciosg",
    "Connected": "Wedi cysylltu",
    "Clips today": "Clipiau heddiw",
    "Waiting to arrive": "Yn aros i gyrraedd",
    "Free hours": "Oriau'n rhydd",
    "Battery": "Batri",
    "Last take": "Y recordiad olaf",
    "Faults": "Namau",
    "Starting the sync engine…": "Yn dechrau'r peiriant cysoni…",
    "Receiving the kiosks": "Yn derbyn y ciosgau",
    "Sync is off: Syncthing is missing": "Mae cysoni i ffwrdd: mae Syncthing ar goll",
    "Sync stopped": "Stopiodd y cysoni",
    "This hub's device id (a kiosk pairs with it):\n%1": "Rhif dyfais yr hyb hwn (mae ciosg yn paru ag ef):\n%1",
    "connected": "wedi cysylltu",
    "last heard %1": "clywyd ddiwethaf %1",
    "never connected": "heb gysylltu erioed",
    "mains": "prif gyflenwad",
    "%1%, plugged in": "%1%, wedi'i blygio i mewn",
    "%1%, on battery": "%1%, ar y batri",
    "Accepting %1…": "Yn derbyn %1…",
    "Withdraw %1? It is deleted from this hub now, and from its kiosk when it is connected. This cannot be undone.":
        "Tynnu %1 yn ôl? Caiff ei ddileu o'r hyb hwn nawr, ac o'i giosg pan fydd wedi'i gysylltu. Ni ellir dadwneud "
        "hyn.",
    # The panel's Hub page (issue 21)
    "Hub": "Hyb",
    "Pairing with the hub…": "Yn paru â'r hyb…",
    "The hub's code was read: check it is the hub's, then Pair.":
        "Darllenwyd cod yr hyb: gwiriwch mai un yr hyb ydyw, yna Paru.",
    "Send this kiosk's clips to a hub": "Anfon clipiau'r ciosg hwn i hyb",
    "Sync is off. To send clips to a facilitator's laptop, set Sync with the hub to kiosk in Settings.":
        "Mae cysoni i ffwrdd. I anfon clipiau i liniadur hwylusydd, gosodwch Cysoni â'r hyb i kiosk yn y Gosodiadau.",
    "Sync is starting…": "Mae cysoni'n dechrau…",
    "Sync is on. This kiosk's device id: %1": "Mae cysoni ymlaen. Rhif dyfais y ciosg hwn: %1",
    "Sync is off: Syncthing is not installed on this laptop.":
        "Mae cysoni i ffwrdd: nid yw Syncthing wedi'i osod ar y gliniadur hwn.",
    "Sync stopped; the clips are still kept here.": "Stopiodd y cysoni; mae'r clipiau'n dal i gael eu cadw yma.",
    "Sync is off.": "Mae cysoni i ffwrdd.",
    "Type the hub's device id, or hold the QR code the hub shows up to the camera.":
        "Teipiwch rif dyfais yr hyb, neu daliwch y cod QR y mae'r hyb yn ei ddangos o flaen y camera.",
    "The hub's device id": "Rhif dyfais yr hyb",
    "Pair with this hub": "Paru â'r hyb hwn",
    "Stop reading": "Stopio darllen",
    "Read the hub's QR code": "Darllen cod QR yr hyb",
    "Sync with the hub is not running: in Settings, set Sync with the hub to kiosk, save, and try again.":
        "Nid yw cysoni â'r hyb yn rhedeg: yn y Gosodiadau, gosodwch Cysoni â'r hyb i kiosk, cadwch, a rhowch gynnig "
        "arall arni.",
    "Paired: clips go to the hub %1 whenever it is on the network.":
        "Wedi paru: mae clipiau'n mynd i'r hyb %1 pryd bynnag y mae ar y rhwydwaith.",
    # Tagging at the hub (the wall is approved at the kiosk).
    "a clip goes on the wall at its kiosk's panel, not at the hub.":
        "mae clip yn mynd ar y wal o banel ei giosg, nid o'r hyb.",
}


# Counted strings (%n): one text a plural form, in the order lupdate lists a language's forms. Qt gives Welsh five
# (for 0, 1, 2 to 5, 6, and the rest; CLDR's six split 2 from 3 to 5, which Qt cannot tell apart); a Welsh noun
# after a number stays singular, so the forms differ little. English has two: one, and the rest (kiosk_en.ts holds
# only these, so English shows "1 clip" and "3 clips", never "clip(s)").
WELSH_PLURALS = {
    "%n clip(s) tagged with it keep the tag in their sidecar, but the tag is not shown or exported while the theme is "
    "not in the settings.":
        forms("Mae %n clip wedi'u tagio â hi yn cadw'r tag yn eu ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos "
              "na'i allforio tra nad yw'r thema yn y gosodiadau.",
              "Mae %n clip wedi'i dagio â hi yn cadw'r tag yn ei ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos "
              "na'i allforio tra nad yw'r thema yn y gosodiadau.",
              "Mae %n clip wedi'u tagio â hi yn cadw'r tag yn eu ffeil wybodaeth, ond nid yw'r tag yn cael ei ddangos "
              "na'i allforio tra nad yw'r thema yn y gosodiadau."),
    "%n digit(s) typed": ("%n digid wedi'u teipio",) * 5,
    "Too many tries. Please wait %n second(s).": ("Gormod o geisiadau. Arhoswch %n eiliad, os gwelwch yn dda.",) * 5,
    "Transcripts: being made in the background; %n clip(s) waiting.":
        ("Trawsgrifiadau: yn cael eu gwneud yn y cefndir; %n clip yn aros.",) * 5,
    "Transcripts: %n clip(s) waiting.": ("Trawsgrifiadau: %n clip yn aros.",) * 5,
    "%1 of %n clip(s) today were kept without the attendee's confirmation (they walked away at review).":
        ("Cadwyd %1 o'r %n clip heddiw heb i'r person eu cadarnhau (cerddon nhw i ffwrdd wrth wylio'n ôl).",) * 5,
    "%n clip(s) kept without the attendee's confirmation wait for a facilitator's check (listed first under Clips).":
        ("Mae %n clip a gadwyd heb i'r person eu cadarnhau yn aros i hwylusydd eu gwirio (yn gyntaf o dan Clipiau).",)
        * 5,
    "%1 of %n clip(s) shown": ("Yn dangos %1 o %n clip",) * 5,
    "%n clip(s) in the record at %2 (%3 new, %4 removed).":
        ("%n clip yn y cofnod yn %2 (%3 newydd, %4 wedi'u tynnu).",) * 5,
    "%n clip(s) left out by card, date or consent.":
        ("%n clip wedi'u gadael allan oherwydd cerdyn, dyddiad neu ganiatâd.",) * 5,
    "This screen goes back to the start in %n second(s).": ("Bydd y sgrin hon yn mynd yn ôl i'r dechrau ymhen %n eiliad.",) * 5,
    "Going back to the start in %n second(s).": ("Yn mynd yn ôl i'r dechrau ymhen %n eiliad.",) * 5,
    "%n second(s) left. Time to finish your thought.": ("%n eiliad ar ôl. Amser i orffen eich syniad.",) * 5,
    "%n second(s)": ("%n eiliad",) * 5,
    "You can talk for up to %n second(s), and stop whenever you like. A short countdown comes first.":
        ("Gallwch siarad am hyd at %n eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif byr yn gyntaf.",) * 5,
}
ENGLISH_PLURALS = {
    "%n clip(s) tagged with it keep the tag in their sidecar, but the tag is not shown or exported while the theme is "
    "not in the settings.":
        ("%n clip tagged with it keeps the tag in its sidecar, but the tag is not shown or exported while the theme is "
         "not in the settings.",
         "%n clips tagged with it keep the tag in their sidecars, but the tag is not shown or exported while the theme "
         "is not in the settings."),
    "%n digit(s) typed": ("%n digit typed", "%n digits typed"),
    "Too many tries. Please wait %n second(s).": ("Too many tries. Please wait %n second.",
                                                  "Too many tries. Please wait %n seconds."),
    "Transcripts: being made in the background; %n clip(s) waiting.":
        ("Transcripts: being made in the background; %n clip waiting.",
         "Transcripts: being made in the background; %n clips waiting."),
    "Transcripts: %n clip(s) waiting.": ("Transcripts: %n clip waiting.", "Transcripts: %n clips waiting."),
    "%1 of %n clip(s) today were kept without the attendee's confirmation (they walked away at review).":
        ("%1 of %n clip today was kept without the attendee's confirmation (they walked away at review).",
         "%1 of %n clips today were kept without the attendee's confirmation (they walked away at review)."),
    "%n clip(s) kept without the attendee's confirmation wait for a facilitator's check (listed first under Clips).":
        ("%n clip kept without the attendee's confirmation waits for a facilitator's check (listed first under Clips).",
         "%n clips kept without the attendee's confirmation wait for a facilitator's check (listed first under "
         "Clips)."),
    "%1 of %n clip(s) shown": ("%1 of %n clip shown", "%1 of %n clips shown"),
    "%n clip(s) in the record at %2 (%3 new, %4 removed).": ("%n clip in the record at %2 (%3 new, %4 removed).",
                                                             "%n clips in the record at %2 (%3 new, %4 removed)."),
    "%n clip(s) left out by card, date or consent.": ("%n clip left out by card, date or consent.",
                                                      "%n clips left out by card, date or consent."),
    "This screen goes back to the start in %n second(s).": ("This screen goes back to the start in %n second.",
                                                            "This screen goes back to the start in %n seconds."),
    "Going back to the start in %n second(s).": ("Going back to the start in %n second.",
                                                 "Going back to the start in %n seconds."),
    "%n second(s) left. Time to finish your thought.": ("%n second left. Time to finish your thought.",
                                                        "%n seconds left. Time to finish your thought."),
    "%n second(s)": ("%n second", "%n seconds"),
    "You can talk for up to %n second(s), and stop whenever you like. A short countdown comes first.":
        ("You can talk for up to %n second, and stop whenever you like. A short countdown comes first.",
         "You can talk for up to %n seconds, and stop whenever you like. A short countdown comes first."),
}


def _fill_numerus(message, translation, texts: tuple[str, ...]) -> None:
    """A message counted with %n, one text a form: lupdate marks those of a class's tr(); a module's translate()
    with %n it leaves unmarked, so it is marked here."""
    message.set("numerus", "yes")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for text in texts:
        ET.SubElement(translation, "numerusform").text = text


def fill(ts: Path, words: dict = WELSH, plurals: dict = WELSH_PLURALS) -> list[str]:
    """Writes the translations into `ts`; returns the sources that still have none (or the wrong number of plural
    forms). A counted text's forms come from `plurals`, or from a tuple in `words` (forms() gives Welsh's five)."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        counted = plurals.get(source) or (words[source] if isinstance(words.get(source), tuple) else None)
        if message.get("numerus") == "yes" or counted is not None:
            made = translation.findall("numerusform")
            if counted is None or (made and len(made) != len(counted)):
                missing.append(f"{source} ({len(made)} plural forms, {len(counted or ())} given)")
                continue
            _fill_numerus(message, translation, counted)
        elif source in words:
            translation.text = words[source]
        else:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    here = Path(__file__).parent
    missing = fill(here / "kiosk_cy.ts") + fill(here / "kiosk_en.ts", {}, ENGLISH_PLURALS)
    for source in missing:
        print(f"no translation for: {source}", file=sys.stderr)
    sys.exit(1 if missing else 0)
