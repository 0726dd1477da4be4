"""Runs the real kiosk at 1366x768 (offscreen), walks the attendee flow and the panel, and saves a PNG of each screen here.

    QT_QPA_PLATFORM=offscreen python docs/screenshots/take_screenshots.py [--language cy] [--size 1920x1080]

English shots are NAME.png, Welsh ones NAME-cy.png; another size adds -WIDTHxHEIGHT.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk import config as configuration  # noqa: E402
from kiosk.ui.app import build_kiosk  # noqa: E402
from kiosk.ui.flow import Screen  # noqa: E402
from kiosk.ui.pin import DEFAULT_PIN  # noqa: E402

HERE = Path(__file__).resolve().parent


def pump(ms: int) -> None:
    """Runs the event loop for `ms`. Not QTest.qWait: it keeps Python's GIL, and the kiosk's threads starve."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 15_000, step_ms: int = 20) -> None:
    """Runs the event loop until `condition()`, looking every `step_ms`; TimeoutError after `timeout_ms`."""
    waited = 0
    while not condition():
        if waited > timeout_ms:
            raise TimeoutError("the kiosk did not get there in time")
        pump(step_ms)
        waited += step_ms


SAID = ("What I'm learning today is that the best ideas come from listening first,",
        "and from the people who use a service, not only those who run it.",
        "Next, I will ask our volunteers what they would do differently.")


def tag_and_approve(clips) -> None:
    """The chosen clip tagged with two of the event's themes and put on the wall, as the page's own buttons do it."""
    theme_ids = list(clips.themes.buttons)[:2]
    for theme_id in theme_ids:
        clips.themes.buttons[theme_id].click()
        wait_until(lambda: not clips.tagging and theme_id in clips.selected_row().themes)
    clips.on_wall.click()
    wait_until(lambda: not clips.walling and clips.on_wall.isChecked())


def show_transcript_editor(c, panel, shot) -> None:
    """The first clip's transcript (as a facilitator corrected it) in the editor, playing; then a caption tapped."""
    from kiosk.transcripts import save_edited
    from kiosk.transcripts.vtt import split_cue

    clips = panel.clips_page
    clip = next(clip for clip in c.store.list().clips if clip.code == clips.selected_row().code)
    length = clip.sidecar.duration / len(SAID)
    said = [cue for n, text in enumerate(SAID) for cue in split_cue(n * length, (n + 1) * length, text)]
    save_edited(c.store, clip, said)
    clips.stop_playback()
    clips.refresh.click()
    wait_until(lambda: clips.model.rowCount() > 0 and clips.model.rows[0].transcript == "edited")
    clips.select_row(0)
    clips.transcript.click()
    editor = clips.editor
    wait_until(lambda: editor.state == "editing")
    editor.rows[1].time.click()  # plays from the second caption, which shows under the picture
    wait_until(lambda: editor.video.frames_shown > 3 and editor.now_caption.text() != "")
    shot("14b-panel-transcript")
    editor.rows[1].text.setFocus()  # a tapped caption brings the keyboard up in the picture's place
    wait_until(lambda: editor.keyboard.isVisible())
    shot("14c-panel-transcript-keyboard")
    editor.choose_quote.click()  # quoting: two captions chosen, the start nudged while the quote plays
    editor.rows[1].time.click()
    editor.rows[2].time.click()
    editor.play_quote.click()
    editor.nudges["start", -1].click()
    wait_until(lambda: editor.video.frames_shown > 3 and editor.now_caption.text() != "")
    shot("14d-panel-quote-nudge")
    editor.choose_quote.click()
    editor.back.click()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--language", choices=("en", "cy"), default="en")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    suffix = ("" if args.language == "en" else f"-{args.language}") + ("" if args.size == "1366x768" else f"-{args.size}")

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # the script decides when it ends
    config, _ = configuration.load(None)
    # The kiosk goes back to its own language after a visit: the panel shots are in the language asked for too.
    config = replace(config, max_seconds=90, countdown_seconds=3, idle_seconds=600, language=args.language)
    with tempfile.TemporaryDirectory() as folder:
        kiosk = build_kiosk(config, Path(folder), "synthetic", "synthetic", windowed=True)
        c, window = kiosk.controller, kiosk.window
        window.resize(width, height)
        window.show()

        def shot(name: str) -> None:
            pump(150)  # lets layouts and the latest frame land
            window.grab().save(str(args.out / f"{name}{suffix}.png"))
            print(f"saved {name}{suffix}.png")

        try:
            (c.attract.welsh if args.language == "cy" else c.attract.english).click()
            shot("01-attract")
            c.attract.start.click()
            c.consent.agree.click()  # before a scope is chosen: the consent points at its choices
            shot("02b-consent-choose-first")
            c.consent.scope_buttons.buttons()[0].click()
            shot("02-consent")
            c.idle.ask()
            shot("02c-still-there")
            c.still_there.still_here.click()
            c.consent.scope_buttons.buttons()[-1].click()  # shared publicly: the clip may go on the wall
            c.consent.agree.click()
            shot("03-cards")
            c.cards.card_buttons[2].click()
            shot("04-prompt")
            c.prompt.ready.click()
            wait_until(lambda: c.countdown.preview.frames_shown > 3)
            shot("05-countdown")
            wait_until(lambda: c.current == Screen.RECORDING)
            wait_until(lambda: c.visit.recording.take.elapsed() > 2.0)
            shot("06-recording")
            c.config = replace(c.config, max_seconds=c.visit.recording.take.elapsed() + 9)  # show the warning
            wait_until(lambda: c.recording.warning.isVisible())
            shot("07-recording-warning")
            c.config = config
            c.recording.stop.click()
            wait_until(lambda: c.current == Screen.REVIEW)
            wait_until(lambda: c.review.video.frames_shown > 5)  # the take is playing back
            shot("08-review")
            c.review.delete.click()
            shot("08b-review-delete-asks")
            c.review.cancel_delete.click()
            c.review.show_deleted()  # the page after a confirmed Delete, shown here without deleting the take
            shot("08c-review-deleted")
            c.review.deleted_timer.stop()
            c.review.set_choices_enabled(True)
            c.review._set_state("choosing")
            c.review.keep.click()
            wait_until(lambda: c.current == Screen.THANKS)
            shot("09-thanks")
            c.thanks.done.click()
            wait_until(lambda: c.current == Screen.ATTRACT)
            c.open_pin()
            for digit in "24":
                c.pin.digit_keys[digit].click()
            shot("12-pin")
            for digit in DEFAULT_PIN[2:]:
                c.pin.digit_keys[digit].click()
            c.pin.ok.click()
            wait_until(lambda: c.current == Screen.FACILITATOR)
            shot("13-facilitator")
            panel = c.facilitator
            panel.show_page("clips")
            wait_until(lambda: panel.clips_page.model.rowCount() > 0)
            panel.clips_page.select_row(0)
            tag_and_approve(panel.clips_page)
            panel.clips_page.play.click()
            wait_until(lambda: panel.clips_page.video.frames_shown > 3)
            shot("14-panel-clips")
            show_transcript_editor(c, panel, shot)
            panel.show_page("withdraw")
            panel.withdraw_page.code_field.setText(c.store.list().clips[0].code)
            panel.withdraw_page.find_button.click()
            wait_until(lambda: panel.withdraw_page.state == "found")
            shot("15-panel-withdraw")
            panel.show_page("export")
            panel.export_page.dest.setText("/media/usb-stick/whose-shoes-record")
            shot("16-panel-export")
            panel.show_page("settings")
            shot("17-panel-settings")
            settings = panel.settings_page
            settings.fields["default_prompt_cy"].setFocus()  # a tapped field brings the keyboard up over the page's foot
            wait_until(lambda: settings.keyboard.isVisible())
            shot("17b-panel-settings-keyboard")
            settings.show_keyboard.setChecked(False)
            panel.show_page("pin")
            shot("18-panel-pin")
        finally:
            kiosk.close()
            kiosk.window.deleteLater()
            pump(50)
    return 0


if __name__ == "__main__":
    sys.exit(main())
