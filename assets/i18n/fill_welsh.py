"""Fills kiosk_cy.ts with the Welsh below, then `pyside6-lrelease kiosk_cy.ts` makes kiosk_cy.qm.

To add a string: run `pyside6-lupdate $(find kiosk/ui -name '*.py') -ts assets/i18n/kiosk_cy.ts`,
add its Welsh here, run this script, then lrelease. It fails if any string is left without Welsh.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

WELSH = {
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
    "Event: %1": "Digwyddiad: %1",
    "Camera": "Camera",
    "Microphone": "Meicroffon",
    "none": "dim",
    "Free space for recordings: %1 MB": "Lle rhydd ar gyfer recordiadau: %1 MB",
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
    "%1 seconds": "%1 eiliad",
    "Facilitator": "Hwylusydd",
    "Back to kiosk": "Yn ôl i'r ciosg",
    "Exit kiosk": "Gadael y ciosg",
    "No camera was found, so the kiosk is showing a demo pattern.":
        "Ni chafwyd hyd i gamera, felly mae'r ciosg yn dangos patrwm arddangos.",
    "No microphone was found, so the kiosk is recording a demo tone.":
        "Ni chafwyd hyd i feicroffon, felly mae'r ciosg yn recordio tôn arddangos.",
    "Facilitator PIN": "PIN hwylusydd",
    "%1 digits typed": "%1 digid wedi'u teipio",
    "Type the PIN, then OK.": "Teipiwch y PIN, yna OK.",
    "Checking…": "Yn gwirio…",
    "That PIN is not right. Please try again.": "Nid yw'r PIN yna'n gywir. Rhowch gynnig arall arni.",
    "Too many tries. Please wait %1 seconds.": "Gormod o geisiadau. Arhoswch %1 eiliad, os gwelwch yn dda.",
    "Delete last digit": "Dileu'r digid olaf",
    "OK, check the PIN": "Iawn, gwirio'r PIN",
    "Cancel": "Canslo",
    "Cancel, back to the kiosk": "Canslo, yn ôl i'r ciosg",
    "Speaking as: %1": "Yn siarad fel: %1",
    "You can talk for up to %1 seconds, and stop whenever you like. A 3-2-1 countdown comes first.":
        "Gallwch siarad am hyd at %1 eiliad, a stopio pryd bynnag y mynnwch. Daw cyfrif 3-2-1 yn gyntaf.",
    "I'm ready": "Rwy'n barod",
    "Time left: %1:%2": "Amser ar ôl: %1:%2",
    "%1 seconds left. Time to finish your thought.": "%1 eiliad ar ôl. Amser i orffen eich syniad.",
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
}


def fill(ts: Path) -> list[str]:
    """Writes the Welsh into `ts`; returns the sources that still have none."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        if source in WELSH:
            translation.text = WELSH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill(Path(__file__).with_name("kiosk_cy.ts"))
    for source in missing:
        print(f"no Welsh for: {source}", file=sys.stderr)
    sys.exit(1 if missing else 0)
