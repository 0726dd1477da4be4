"""The `kiosk` command: parses arguments and calls the layers below; every failure is one readable line."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from kiosk import __version__
from kiosk import config as configuration
from kiosk.capture import SourceError
from kiosk.log import start_log, stop_log

log = logging.getLogger(__name__)
EXIT_FAILURE = 1
EXIT_USAGE = 2
DEFAULT_RECORDINGS = Path("recordings")
CONFIG_ORDER = ("The event's settings: --config PATH when given; else kiosk.toml in the folder where kiosk is started, "
                "if there is one (the file a facilitator put there on purpose comes first); else kiosk.toml beside the "
                "recordings, which the kiosk writes from the shipped defaults at its first start and the facilitator "
                "panel saves. A command that merges several recordings folders never reads theirs.")


class CliError(Exception):
    """One sentence for the terminal; the command exits non-zero."""


def _positive(kind, low, high):
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low} and {high}, not {text}")
        return value
    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Whose Shoes? vox-pop kiosk. With no command, starts the kiosk.",
                                     epilog=CONFIG_ORDER)
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--config", type=Path, help="the event's settings (TOML); default: see below")
    parser.add_argument("--recordings", type=Path, default=DEFAULT_RECORDINGS, help="where clips are kept (default: ./recordings)")
    parser.add_argument("--windowed", action="store_true", help="run the kiosk in a window, for a facilitator's desk")
    parser.add_argument("--camera", help="camera spec: auto, synthetic, file:PATH, an index or /dev/videoN")
    parser.add_argument("--microphone", help="microphone spec: auto, synthetic, file:PATH, an index or a device name")
    # --config also after the command, as a facilitator types it; SUPPRESS keeps a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, default=argparse.SUPPRESS, metavar="PATH", help="the event's settings (TOML)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    devices = commands.add_parser("devices", parents=[common], help="list cameras, microphones, free space and encoders")
    devices.add_argument("--recordings", type=Path, default=argparse.SUPPRESS, metavar="DIR")

    record = commands.add_parser("record", parents=[common], help="record one clip headless and print its path")
    record.add_argument("--seconds", type=_positive(float, 0.5, configuration.LONGEST_TAKE), required=True)
    record.add_argument("--camera", dest="record_camera", metavar="SPEC", help="camera spec (as above)")
    record.add_argument("--microphone", dest="record_microphone", metavar="SPEC", help="microphone spec (as above)")
    record.add_argument("--no-camera", action="store_true", help="record sound only")
    record.add_argument("--no-microphone", action="store_true", help="record pictures only")
    record.add_argument("--perspective", default=None, help="card id, e.g. community, frontline")
    record.add_argument("--scope", default=None, help="consent scope id (default: the narrowest)")
    record.add_argument("--recordings", dest="record_recordings", type=Path, metavar="DIR")
    record.add_argument("--width", type=_positive(int, 160, 3840))
    record.add_argument("--height", type=_positive(int, 120, 2160))
    record.add_argument("--fps", type=_positive(float, 1, 120))

    recover = commands.add_parser("recover", parents=[common], help="repair clips a crash left unfinished")
    recover.add_argument("--recordings", dest="recover_recordings", type=Path, metavar="DIR")

    withdraw = commands.add_parser("withdraw", parents=[common], help="remove a clip and every exported copy, by its withdrawal code")
    withdraw.add_argument("code", help="the attendee's withdrawal code, e.g. K7M-4PX")
    withdraw.add_argument("--recordings", dest="withdraw_recordings", type=Path, metavar="DIR")
    withdraw.add_argument("--yes", action="store_true", help="do not ask first (needed when not run at a terminal)")

    review = commands.add_parser("review", parents=[common], help="confirm a clip kept without the attendee's "
                                 "confirmation (they walked away at review), so it may go where they chose")
    review.add_argument("clip", metavar="CODE|ID", help="the clip's withdrawal code, e.g. K7M-4PX, or its id")
    review.add_argument("--recordings", dest="review_recordings", type=Path, metavar="DIR")

    check = commands.add_parser("check", parents=[common], help="test the camera, microphone, encoder speed and free "
                                "space; recommend a size and preset for this laptop")
    check.add_argument("--apply", action="store_true", help="write the recommended size and preset to the event config")
    check.add_argument("--seconds", dest="check_seconds", type=_positive(float, 2, 60), default=5.0,
                       help="how long to record (default 5)")
    check.add_argument("--camera", dest="check_camera", metavar="SPEC", help="camera spec (default: the configured one)")
    check.add_argument("--microphone", dest="check_microphone", metavar="SPEC",
                       help="microphone spec (default: the configured one)")
    check.add_argument("--recordings", dest="check_recordings", type=Path, metavar="DIR")

    export = commands.add_parser("export", parents=[common], help="make the event record: clips per card, manifests, a gallery")
    export.add_argument("dest", type=Path, help="a new or empty folder, or one an earlier export made")
    export.add_argument("--recordings", dest="export_recordings", type=Path, action="append", metavar="DIR",
                        help="a recordings folder; repeat it to merge several kiosks (default: ./recordings)")
    export.add_argument("--card", dest="export_cards", action="append", default=[], metavar="ID", help="only this card; repeatable")
    export.add_argument("--scope", dest="export_scope", metavar="SCOPE", help="the export's consent scope (default: the narrowest)")
    export.add_argument("--since", dest="export_since", type=_since, metavar="DATE", help="only clips from this date (YYYY-MM-DD) on")
    export.add_argument("--zip", dest="export_zip", action="store_true", help="one .zip archive instead of a folder")
    export.add_argument("--compilations", action="store_true", help="also one video per card, with a title card")
    export.add_argument("--verify", action="store_true",
                        help="re-hash every copy already in DEST (default: a copy whose size or time changed is copied again)")
    export.add_argument("--report", action="store_true", help="also report.html, report.docx (what we heard: themes "
                        "and quotes) and record.qdpx (a REFI-QDA project for qualitative analysis tools)")
    export.add_argument("--reel", action="store_true", help="also reel.mp4: per theme a title card, then its quotes")
    export.add_argument("--burn-captions", action="store_true", help="with --reel: captions burned into its picture too")

    _add_annotation_commands(commands, common)

    transcribe = commands.add_parser("transcribe", parents=[common], help="transcribe every kept clip that has no "
                                     "transcript yet (<clip>.vtt beside it); safe while the kiosk runs")
    transcribe.add_argument("--recordings", dest="transcribe_recordings", type=Path, action="append", metavar="DIR",
                            help="a recordings folder; repeatable (default: ./recordings)")
    transcribe.add_argument("--model", metavar="NAME|PATH",
                            help="a speech model's name (e.g. base.en, fetched once when online) or folder "
                                 "(default: the event's setting, else the offline tiny.en)")
    transcribe.add_argument("--welsh-model", metavar="NAME|PATH", help="a model for Welsh clips (default: none)")
    transcribe.add_argument("--redo", action="store_true", help="transcribe again clips that have an automatic "
                            "transcript (an edited one stays unless --force)")
    transcribe.add_argument("--force", action="store_true", help="with --redo: replace edited transcripts too")
    transcribe.add_argument("--background", action="store_true",
                            help="at low priority, quietly giving way to another transcription (how the kiosk runs it)")
    _add_wall_commands(commands, common)
    _add_sync_commands(commands, common)
    return parser


def _add_annotation_commands(commands, common) -> None:
    tag = commands.add_parser("tag", parents=[common], help="tag a clip with one of the event's themes")
    tag.add_argument("clip", metavar="CODE|ID", help="the clip's withdrawal code, e.g. K7M-4PX, or its id")
    tag.add_argument("--theme", dest="tag_theme", required=True, metavar="ID", help="a theme id from the event config")
    tag.add_argument("--undo", action="store_true", help="take the theme off the clip instead")
    tag.add_argument("--recordings", dest="tag_recordings", type=Path, metavar="DIR",
                     help="the recordings folder; at a hub, the hub's folder (the tag travels to the clip's kiosk)")

    quote = commands.add_parser("quote", parents=[common], help="make a quote of a clip (a moment, with the words said "
                                "then and its themes), remove one, or list them")
    quote.add_argument("clip", metavar="CODE|ID", help="the clip's withdrawal code, e.g. K7M-4PX, or its id")
    quote.add_argument("--from", dest="quote_from", type=_seconds, metavar="SECONDS", help="where the quote starts")
    quote.add_argument("--to", dest="quote_to", type=_seconds, metavar="SECONDS", help="where it ends")
    quote.add_argument("--theme", dest="quote_themes", action="append", default=[], metavar="ID",
                       help="a theme id; repeatable")
    quote.add_argument("--remove", dest="quote_remove", metavar="QUOTE_ID", help="remove this quote of the clip")
    quote.add_argument("--recordings", dest="quote_recordings", type=Path, metavar="DIR")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds")
    return value


def _add_wall_commands(commands, common) -> None:
    approve = commands.add_parser("approve", parents=[common], help="approve a clip for the live wall (a facilitator's "
                                  "act; only a clip whose consent scope is public); --undo takes it off")
    approve.add_argument("clip", metavar="CODE|ID", help="the clip's withdrawal code, e.g. K7M-4PX, or its id")
    approve.add_argument("--undo", action="store_true", help="take the approval back: the wall drops the clip within seconds")
    approve.add_argument("--recordings", dest="approve_recordings", type=Path, metavar="DIR")
    wall = commands.add_parser("wall", parents=[common], help="the live wall: loop the approved clips, with captions, "
                               "full screen on the venue's screen")
    wall.add_argument("--recordings", dest="wall_recordings", type=Path, action="append", metavar="DIR",
                      help="a recordings folder; repeat it to show several kiosks' (default: ./recordings)")
    wall.add_argument("--screen", dest="wall_screen", type=_positive(int, 1, 16), metavar="N",
                      help="which screen, counted from 1 (default: the last, e.g. the HDMI output)")
    wall.add_argument("--windowed", dest="wall_windowed", action="store_true", help="in a window, not full screen")


def _since(text: str):
    from kiosk.export import parse_since

    try:
        return parse_since(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-06-14") from None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    log_file = _start_log(args)
    command = args.command or "kiosk"
    log.info("kiosk %s: %s started", __version__, command)
    code = EXIT_FAILURE
    try:
        if args.command is None:
            code = _run_kiosk(args)
        else:
            code = {"devices": _devices, "record": _record, "recover": _recover, "withdraw": _withdraw,
                    "review": _review, "export": _export, "check": _check, "transcribe": _transcribe,
                    "approve": _approve, "wall": _wall, "sync": _sync, "hub": _hub, "tag": _tag,
                    "quote": _quote}[args.command](args)
        return code
    except CliError as error:
        log.warning("%s", error)
        print(f"kiosk: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("kiosk: interrupted.", file=sys.stderr)
        code = 130
        return code
    except Exception as error:  # the last line of defence: one sentence, never a traceback
        log.exception("unexpected error in %s", command)
        if os.environ.get("KIOSK_DEBUG"):
            raise
        details = f"the details are in {log_file}" if log_file else "set KIOSK_DEBUG=1 for details"
        print(f"kiosk: unexpected error: {error} ({details}).", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        log.info("%s stopped (exit code %s)", command, code)
        stop_log()


def _start_log(args) -> Path | None:
    """The log in the recordings folder a command works on; a command that only reads never creates the folder."""
    folders = {None: (args.recordings, True), "record": (getattr(args, "record_recordings", None), True),
               "recover": (getattr(args, "recover_recordings", None), False),
               "withdraw": (getattr(args, "withdraw_recordings", None), False),
               "review": (getattr(args, "review_recordings", None), False),
               "export": ((getattr(args, "export_recordings", None) or [None])[0], False),
               "check": (getattr(args, "check_recordings", None), False),
               "transcribe": ((getattr(args, "transcribe_recordings", None) or [None])[0], False),
               "approve": (getattr(args, "approve_recordings", None), False),
               "wall": ((getattr(args, "wall_recordings", None) or [None])[0], False),
               "sync": (getattr(args, "sync_recordings", None), getattr(args, "sync_command", "") == "serve"),
               "hub": (getattr(args, "sync_recordings", None), True),
               "tag": (getattr(args, "tag_recordings", None), False),
               "quote": (getattr(args, "quote_recordings", None), False)}
    if getattr(args, "background", False):
        return None  # the kiosk's own child: the kiosk writes the log (two writers could not rotate it safely)
    if args.command not in folders:
        return None  # `kiosk devices` looks, and leaves no trace
    folder, create = folders[args.command]
    return start_log(_recordings(args, folder), create=create)


def _config(args, recordings: Path) -> configuration.Config:
    config, problems = configuration.load_event(recordings, args.config, Path.cwd())
    unread = [] if args.config else configuration.unread_config(recordings, Path.cwd())
    for problem in problems + unread:
        print(f"kiosk: {problem}", file=sys.stderr)
    return config


def _event_config(args, folders: list[Path]) -> tuple[configuration.Config, str]:
    """The settings for a command over `folders`, and a sentence saying where they came from when several are merged.

    One folder is this laptop's own and its kiosk.toml is read as always. A merge never reads a merged folder's: a
    config on a stick prepared by someone else would decide which clips a public export takes (the order of the
    scopes), the event's name and card labels. Then `--config` decides, else this laptop's own folder
    (`kiosk --recordings DIR`, default ./recordings), else the shipped defaults.
    """
    if len(folders) == 1 or args.config:
        return _config(args, folders[0]), ""
    config = _config(args, _recordings(args, None))
    where = config.source if config.source and Path(config.source).is_file() else "the shipped defaults"
    return config, (f"{len(folders)} recordings folders were merged with the settings of {where} (a merged folder's "
                    f"own kiosk.toml is never read; --config names another).")


def counted(count: int, noun: str) -> str:
    """"1 clip", "3 clips": the CLI's sentences are English."""
    return f"{count:,} {noun if count == 1 else noun + 's'}"


def _recordings(args, override: Path | None) -> Path:
    return Path(override or args.recordings)


def _store(args, override: Path | None):
    """The recordings folder a command works on, as a store; one sentence when there is none."""
    from kiosk.store import ClipStore

    store = ClipStore(_recordings(args, override))
    if not store.root.is_dir():
        raise CliError(f"There is no recordings folder at {store.root}.")
    return store


def _devices(args) -> int:
    import shutil

    import av

    from kiosk.capture import list_cameras, list_microphones
    from kiosk.playback import default_speaker
    from kiosk.space import space_left

    cameras, microphones = list_cameras(), list_microphones()
    print("Cameras:")
    for camera in cameras:
        print(f"  {camera['index']}: {camera['name']} {camera['width']}x{camera['height']} @ {camera['fps']:g} fps "
              f"(camera = \"{camera['spec']}\" finds it again after a replug)")
    if not cameras:
        print("  none found (a first try-out shows a demo pattern; a set-up kiosk waits for one)")
    print("Microphones:")
    for mic in microphones:
        print(f"  {mic['index']}: {mic['name']} ({mic['channels']} ch, {mic['rate']:g} Hz)")
    if not microphones:
        print("  none found (a first try-out records a demo tone; a set-up kiosk waits for one)")
    speaker = default_speaker()
    print(f"Speaker: {speaker}" if speaker else "Speaker: none (a take is played back without its sound)")
    folder = _recordings(args, None)
    probe = folder if folder.exists() else folder.resolve().parent
    free = shutil.disk_usage(probe).free if probe.exists() else 0
    space = space_left(free, _config(args, folder).min_free_mb)
    print(f"Recordings: {folder} ({space.gigabytes} GB free: about {space.time_left()} of recording at "
          f"{space.megabytes_a_minute} MB a minute, estimated for 720p)")
    missing = [name for name in ("libx264", "aac") if name not in av.codecs_available]
    print(f"Encoders: libx264 {'yes' if 'libx264' not in missing else 'MISSING'}, aac {'yes' if 'aac' not in missing else 'MISSING'}")
    if missing:
        raise CliError(f"The encoder {missing[0]} is missing from PyAV, so no clip can be recorded.")
    if folder.exists() and not folder.is_dir():
        raise CliError(f"The recordings folder {folder} is a file, not a folder.")
    if probe.exists() and not os.access(probe, os.W_OK):
        raise CliError(f"The recordings folder {folder} cannot be written.")
    return 0


def _record(args) -> int:
    from kiosk.capture import open_sources
    from kiosk.recording.session import ClipRecording
    from kiosk.store import ClipStore, ClipTags, StoreError, recover

    config = _config(args, _recordings(args, args.record_recordings))
    try:
        card, scope = config.chosen_card(args.perspective or None), config.chosen_scope(args.scope or None)
    except configuration.ConfigError as error:
        raise CliError(str(error)) from None
    store = ClipStore(_recordings(args, args.record_recordings))
    if args.no_camera and args.no_microphone:
        raise CliError("A clip needs a camera or a microphone; --no-camera and --no-microphone were both given.")
    camera_spec = None if args.no_camera else _first_given(args.record_camera, args.camera, config.camera)
    microphone_spec = None if args.no_microphone else _first_given(args.record_microphone, args.microphone,
                                                                   config.microphone)
    try:
        camera, microphone = open_sources(
            camera_spec, microphone_spec, args.width or config.width, args.height or config.height, args.fps or config.fps
        )
    except SourceError as error:
        raise CliError(str(error)) from None
    tags = ClipTags(config.event_name.en, card.id, config.prompt_for(card.id)(config.language), scope, config.language,
                    consent_words=config.consent_text(config.language))
    try:
        with store.lock():
            for report in recover(store):
                print(f"kiosk: {report}", file=sys.stderr)
            return _record_locked(store, tags, camera, microphone, args.seconds, config.min_free_mb, ClipRecording,
                                  config.preset)
    except (StoreError, SourceError) as error:
        raise CliError(str(error)) from None
    except PermissionError:
        raise CliError(f"The recordings folder {store.root} cannot be written.") from None


def _first_given(*specs: str | None) -> str:
    """The first spec given, an empty one included: `--camera ""` is a mistake to report, not `auto`."""
    return next(spec for spec in specs if spec is not None)


def _record_locked(store, tags, camera, microphone, seconds, min_free_mb, ClipRecording, preset: str) -> int:
    from kiosk.store import RECORDED_BY_COMMAND

    sources = [s for s in (camera, microphone) if s is not None]
    try:
        for source in sources:
            if source.notice:
                print(f"kiosk: {source.notice}", file=sys.stderr)
            source.start()
        recording = ClipRecording(store, tags, camera, microphone, max_seconds=seconds, min_free_mb=min_free_mb,
                                  preset=preset)
        recording.start()
        interrupted = threading.Event()

        def stop_on_signal(signum, frame):
            interrupted.set()
            recording.request_stop()

        # SIGTERM too (a shutdown, a service manager): the take ends as an ordinary, finished clip.
        previous = {number: signal.signal(number, stop_on_signal) for number in (signal.SIGINT, signal.SIGTERM)}
        try:
            print(f"kiosk: recording {seconds:g} s to {recording.clip.media_path} (Ctrl-C stops early)", file=sys.stderr)
            clip, result = recording.wait()
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
    finally:
        for source in sources:
            source.stop()
    if result.error:
        print(f"kiosk: the take ended early: {result.error}", file=sys.stderr)
    try:
        clip = store.keep(clip, reviewed=False, visit_ended=RECORDED_BY_COMMAND)
    except OSError as error:
        print(clip.media_path)
        raise CliError(f"The clip was recorded but its details could not be saved ({error.strerror}); "
                       "`kiosk recover` finishes it once there is space.") from None
    print(f"kiosk: {result.duration:.1f} s, {result.frames} frames ({result.measured_fps:.1f} fps), "
          f"{result.dropped_frames} dropped, code {clip.code}", file=sys.stderr)
    print(clip.media_path)
    return EXIT_FAILURE if result.error else 0


def _recover(args) -> int:
    from kiosk.store import StoreError, recover

    store = _store(args, args.recover_recordings)
    try:
        with store.lock():
            reports = recover(store)
    except StoreError as error:
        raise CliError(f"{error} Recover runs at the kiosk's next start.") from None
    for report in reports:
        print(report)
    if not reports:
        print("Nothing to recover.")
    return 0


def _withdraw(args) -> int:
    from kiosk.export import publish
    from kiosk.store import StoreError
    from kiosk.store.codes import display
    from kiosk.store.withdraw import export_destinations, find_for_withdrawal, withdraw

    store = _store(args, args.withdraw_recordings)
    if _at_hub(store, args.code):
        return _withdraw_at_hub(args, store.root)
    try:
        code, clip = find_for_withdrawal(store, args.code)
    except StoreError as error:
        raise CliError(str(error)) from None
    exports = export_destinations(store.root)
    if clip is not None:
        sidecar = clip.sidecar
        print(f"{display(code)}: the {sidecar.perspective} clip recorded {sidecar.started_at.replace('T', ' ')}, "
              f"{sidecar.duration:.1f} s ({clip.media_path.name}).")
    else:
        print(f"{display(code)} was withdrawn before; its copies in earlier exports are looked for again.")
    print(f"It is removed from {store.root} and from {counted(len(exports), 'earlier export')} the kiosk knows "
          f"about.")
    # Withdrawal cannot be undone: at a terminal it asks; from a script it wants --yes, never a guess.
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("Nothing was removed: add --yes to withdraw when not at a terminal.")
        if input("Withdraw it? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was removed.")
            return EXIT_FAILURE
    try:
        report = withdraw(store, code, exports, refresh=publish)
    except (StoreError, OSError) as error:
        raise CliError(f"The clip could not be withdrawn ({error}).") from None
    print(f"Withdrawn: {counted(len(report.removed), 'file')} removed, {counted(len(report.exports_updated), 'export')} "
          f"updated; "
          f"the code is in {store.root / 'withdrawals.log'}.")
    for problem in report.problems:
        print(f"kiosk: {problem}", file=sys.stderr)
    return EXIT_FAILURE if report.problems else 0


def _review(args) -> int:
    from kiosk.store import StoreError
    from kiosk.store.consent import find_for_review

    store = _store(args, args.review_recordings)
    try:
        clip = find_for_review(store, args.clip)
        before = clip.sidecar
        sidecar = store.review(clip).sidecar
    except StoreError as error:
        raise CliError(str(error)) from None
    named = clip.named
    if before.reviewed:
        who = {"attendee": " by its speaker", "facilitator": " by a facilitator"}.get(sidecar.reviewed_by, "")
        print(f"{named} was already confirmed{who}; nothing changed.")
    else:
        print(f"{named} is reviewed: the {sidecar.perspective} clip recorded {sidecar.started_at.replace('T', ' ')} "
              f"may now go into exports of the scope its speaker chose ({sidecar.consent_scope or 'none'}).")
    return 0


def _approve(args) -> int:
    from kiosk.store import StoreError
    from kiosk.wall.approve import set_on_wall

    store, config, clip = _annotated_clip(args, args.approve_recordings, "approve")
    try:
        approval = set_on_wall(store, clip, config, on=not args.undo)
    except StoreError as error:
        raise CliError(str(error)) from None
    sidecar = approval.clip.sidecar
    if not approval.changed:
        print(f"{approval.clip.named} was {'not' if args.undo else 'already'} approved for the wall; nothing changed.")
    elif args.undo:
        print(f"{approval.clip.named} is no longer approved for the wall: a wall showing it takes it off within seconds.")
    else:
        print(f"{approval.clip.named} is approved for the wall: the {sidecar.perspective} clip recorded "
              f"{sidecar.started_at.replace('T', ' ')} joins the loop within seconds.")
    return 0


def _wall(args) -> int:
    folders = [Path(folder) for folder in (args.wall_recordings or [_recordings(args, None)])]
    missing = [str(folder) for folder in folders if not folder.is_dir()]
    if missing:
        raise CliError(f"There is no recordings folder at {missing[0]}.")
    config, merged = _event_config(args, folders)
    if merged:
        print(f"kiosk: {merged}", file=sys.stderr)
    # On the kiosk's own laptop a take comes first: a busy wall skips a picture, the take must not drop one.
    _lower_priority()
    try:
        from kiosk.ui.wall.app import run_wall
    except ImportError as error:  # a Qt library missing from the system: setup.sh installs them
        raise CliError(f"The wall cannot start: {error} (run scripts/setup.sh).") from None
    sys.excepthook = _log_uncaught
    threading.excepthook = lambda hook: _log_uncaught(hook.exc_type, hook.exc_value, hook.exc_traceback)
    return run_wall(folders, config, screen=args.wall_screen, windowed=args.wall_windowed)


def _export(args) -> int:
    from kiosk.export import ExportError, ExportOptions, export_record

    from kiosk.sync.arrivals import expand_hub_folders

    sources = expand_hub_folders(args.export_recordings or [args.recordings])
    config, merged = _event_config(args, sources)
    options = ExportOptions(scope=args.export_scope, cards=tuple(args.export_cards), since=args.export_since,
                            zip=args.export_zip, compilations=args.compilations, config=config, verify=args.verify,
                            own=_recordings(args, None) if len(sources) > 1 else None, report=args.report,
                            reel=args.reel, burn_captions=args.burn_captions,
                            annotations=_hubs_tags(args.export_recordings or [args.recordings]))
    if args.burn_captions and not args.reel:
        raise CliError("--burn-captions is for the highlight reel, so it goes with --reel.")
    cancel = threading.Event()

    def show(done: int, total: int, message: str) -> None:
        print(f"kiosk: [{done}/{total}] {message}", file=sys.stderr)

    def cancel_on_signal(signum, frame):
        cancel.set()

    previous = signal.signal(signal.SIGINT, cancel_on_signal)
    try:
        report = export_record(sources, args.dest, options, show, cancel)
    except ExportError as error:
        raise CliError(str(error)) from None
    except OSError as error:  # a stick pulled out, full or read-only part-way: the next export completes it
        raise CliError(f"The export into {args.dest} stopped part-way ({error.strerror or error}); "
                       f"export into it again to complete it.") from None
    finally:
        signal.signal(signal.SIGINT, previous)
    for line in report.skipped + report.damaged + ((merged,) if merged else ()):
        print(f"kiosk: {line}", file=sys.stderr)
    print(f"{'Cancelled: ' if report.cancelled else ''}{counted(report.clips, 'clip')} in {report.dest} ({report.added} added, "
          f"{report.unchanged} unchanged, {report.removed} removed; {report.left_out} left out by card, date or "
          f"scope; {report.withdrawn} withdrawn; {len(report.damaged)} damaged).")
    return EXIT_FAILURE if report.damaged or report.cancelled else 0


def _hubs_tags(folders: list[Path]) -> dict:
    """The tags given at each hub among `folders`, which an export there holds before their kiosks send them back."""
    from kiosk.sync.arrivals import is_hub_folder
    from kiosk.sync.tags import hub_annotations

    tags: dict = {}
    for folder in folders:
        if is_hub_folder(folder):
            found, problems = hub_annotations(folder)
            tags.update(found)
            for problem in problems:
                print(f"kiosk: {problem}", file=sys.stderr)
    return tags


def _annotated_clip(args, folder: Path | None, doing: str):
    """The store, the event's config and the clip a tag, quote or approve command names; one sentence when it cannot."""
    from kiosk.store import StoreError
    from kiosk.store.consent import find_for_review

    store = _store(args, folder)
    config = _config(args, store.root)
    try:
        return store, config, find_for_review(store, args.clip, doing)
    except StoreError as error:
        raise CliError(str(error)) from None


def _tag(args) -> int:
    from kiosk.report.annotate import AnnotationRefused, tag

    hub = _recordings(args, args.tag_recordings)
    if _hub_clip(hub, args.clip):
        return _tag_at_hub(args, hub)
    store, config, clip = _annotated_clip(args, args.tag_recordings, "tag")
    try:
        tagged = tag(store, clip, config, args.tag_theme, undo=args.undo)
    except AnnotationRefused as error:
        raise CliError(str(error)) from None
    return _say_tagged(args, clip, tagged)


def _say_tagged(args, clip, tagged, where: str = "", after: str = "") -> int:
    """What `kiosk tag` did, at a kiosk or (`where`, `after`) at a hub."""
    themes = ", ".join(tagged.clip.sidecar.facilitator.themes) or "none"
    if not tagged.changed:
        print(f"{clip.named} {'was not' if args.undo else 'was already'} tagged {args.tag_theme}; nothing changed "
              f"(its themes: {themes}).")
    else:
        print(f"{clip.named} {'is no longer' if args.undo else 'is now'} tagged {args.tag_theme}{where} (its themes: "
              f"{themes}){after}.")
    return 0


def _hub_clip(recordings: Path, named: str) -> bool:
    """Whether `kiosk tag` is at a hub and names a kiosk's clip (not one in the hub's own folder)."""
    from kiosk.store import ClipStore, StoreError
    from kiosk.store.consent import find_for_review
    from kiosk.sync.arrivals import is_hub_folder

    if not is_hub_folder(recordings):
        return False
    try:
        find_for_review(ClipStore(recordings), named, "tag")
    except StoreError:
        return True
    return False


def _tag_at_hub(args, hub: Path) -> int:
    """A kiosk's clip tagged at the hub: written in the hub's outbox, which its kiosk applies when connected."""
    from kiosk.store import StoreError
    from kiosk.sync.tags import find_to_tag, tag_at_hub

    config = _config(args, hub)
    try:
        clip = find_to_tag(hub, args.clip)
        tagged = tag_at_hub(hub, clip, config, args.tag_theme, not args.undo,
                            _remembered_role(hub, "name") or _fleet_name(config))
    except StoreError as error:
        raise CliError(str(error)) from None
    return _say_tagged(args, clip, tagged, " at this hub", "; its kiosk takes the change when it is connected")


def _fleet_name(config: configuration.Config) -> str:
    """This machine's name in the fleet, as `kiosk hub` and `kiosk sync serve` name it without --name."""
    import socket

    from kiosk.sync.fleet import safe_name

    return config.sync_name or safe_name(socket.gethostname().split(".")[0], "kiosk")


def _quote(args) -> int:
    from kiosk.report.annotate import AnnotationRefused, add_quote, remove_quote

    store, config, clip = _annotated_clip(args, args.quote_recordings, "quote")
    ranged = args.quote_from is not None or args.quote_to is not None
    if args.quote_remove and (ranged or args.quote_themes):
        raise CliError("--remove takes a quote away; give it without --from, --to or --theme.")
    if ranged and (args.quote_from is None or args.quote_to is None):
        raise CliError("A quote needs both --from and --to, in seconds from the clip's start.")
    if args.quote_themes and not ranged:
        raise CliError("--theme goes with --from and --to: it is the new quote's theme.")
    try:
        if args.quote_remove:
            clip = remove_quote(store, clip, args.quote_remove)
            print(f"The quote {args.quote_remove} of {clip.named} is removed.")
        elif ranged:
            clip, quote = add_quote(store, clip, config, args.quote_from, args.quote_to, tuple(args.quote_themes))
            words = f"“{quote.words}”" if quote.words else "(its transcript has no words then)"
            print(f"Quote {quote.id} of {clip.named}, {quote.start:g}-{quote.end:g} s"
                  f"{' (' + ', '.join(quote.themes) + ')' if quote.themes else ''}: {words}")
            return 0
    except AnnotationRefused as error:
        raise CliError(str(error)) from None
    quotes = clip.sidecar.facilitator.quotes
    if not args.quote_remove:
        print(f"{clip.named} has {len(quotes)} quote(s).")
    for quote in quotes:
        print(f"  {quote.id}: {quote.start:g}-{quote.end:g} s"
              f"{' (' + ', '.join(quote.themes) + ')' if quote.themes else ''}: “{quote.words}”")
    return 0


def _check(args) -> int:
    from kiosk.diagnostics.check import apply_recommendation, run_check

    recordings = _recordings(args, args.check_recordings)
    config = _config(args, recordings)
    camera, microphone = _first_given(args.check_camera, args.camera, config.camera), \
        _first_given(args.check_microphone, args.microphone, config.microphone)
    print(f"kiosk: recording {args.check_seconds:g} s from {camera} and {microphone}; say a few words.", file=sys.stderr)
    report = run_check(config, recordings, args.check_seconds, camera, microphone)
    for line in report.lines():
        print(line)
    if args.apply and report.recommended:
        try:
            path = configuration.save(apply_recommendation(config, report))
        except (configuration.ConfigError, OSError) as error:
            raise CliError(f"The recommendation could not be written ({error}).") from None
        print(f"Written to {path}: {report.recommended[0]}x{report.recommended[1]}, preset {report.recommended[2]}.")
    elif args.apply:
        print("Nothing was written: there is no recommendation to apply.")
    return 0 if report.ok else EXIT_FAILURE


def _transcribe(args) -> int:
    from filelock import FileLock, Timeout

    from kiosk.store import ClipStore, StoreError
    from kiosk.transcripts import TRANSCRIPTS_OFF_EXIT, transcribe_pending
    from kiosk.transcripts.engine import ModelUnavailable

    if args.force and not args.redo:
        raise CliError("--force replaces edited transcripts, so it goes with --redo.")
    folders = args.transcribe_recordings or [args.recordings]
    for folder in folders:
        if not folder.is_dir():
            raise CliError(f"There is no recordings folder at {folder}.")
    if args.background:
        _lower_priority()
    failed = False
    config, merged = _event_config(args, folders)
    if merged:
        print(f"kiosk: {merged}", file=sys.stderr)
    for folder in folders:
        model = config.transcript_model if args.model is None else args.model
        welsh = config.transcript_welsh_model if args.welsh_model is None else args.welsh_model
        store = ClipStore(folder)
        # One transcription a folder at a time: the kiosk's own gives way to one started by hand, which waits.
        working = FileLock(folder / ".transcriber.lock")
        try:
            working.acquire(timeout=0)
        except Timeout:
            if args.background:
                continue
            print(f"kiosk: another transcription of {folder} is under way; waiting for it to finish.", file=sys.stderr)
            working.acquire()

        def show(done: int, total: int, clip, status: str) -> None:
            print(f"kiosk: [{done}/{total}] {clip.media_path.name}: {status}", file=sys.stderr)

        try:
            summary = transcribe_pending(store, model, welsh, args.redo, args.force, None if args.background else show)
        except ModelUnavailable as error:
            print(f"kiosk: {error}", file=sys.stderr)
            return TRANSCRIPTS_OFF_EXIT
        except StoreError as error:
            raise CliError(str(error)) from None
        finally:
            working.release()
        for problem in summary.problems:
            print(f"kiosk: {problem}", file=sys.stderr)
        failed = failed or bool(summary.problems)
        counts = ", ".join(f"{count} {status}" for status, count in sorted(summary.done.items())) or "none needed"
        print(f"{folder}: transcripts {counts}" + (f"; {summary.skipped} left as they were (withdrawn or edited "
                                                    f"meanwhile)" if summary.skipped else "") + ".")
    return EXIT_FAILURE if failed else 0


def _lower_priority() -> None:
    """The kiosk's recording comes first: this process only gets what the encoder leaves."""
    try:
        if hasattr(os, "nice"):
            os.nice(19)
        else:  # Windows
            import psutil

            psutil.Process().nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
    except (OSError, ImportError):
        pass  # a priority the OS refuses to lower is no reason not to transcribe


def _run_kiosk(args) -> int:
    try:
        from kiosk.ui.app import run
    except ImportError as error:  # a Qt library missing from the system: setup.sh installs them
        raise CliError(f"The kiosk screen cannot start: {error} (run scripts/setup.sh).") from None
    # An error in a Qt slot or a thread is printed and the kiosk carries on; the log keeps its traceback too.
    sys.excepthook = _log_uncaught
    threading.excepthook = lambda hook: _log_uncaught(hook.exc_type, hook.exc_value, hook.exc_traceback)
    return run(args)


def _log_uncaught(kind, error, traceback) -> None:
    if not issubclass(kind, (SystemExit, KeyboardInterrupt)):
        log.critical("uncaught error", exc_info=(kind, error, traceback))
    sys.__excepthook__(kind, error, traceback)


# -- the event fleet: `kiosk sync ...` and `kiosk hub` -----------------------------------------------------------


def _add_sync_commands(commands, common) -> None:
    sync = commands.add_parser("sync", parents=[common], help="the event fleet: send clips to the facilitators' hubs "
                               "over the venue network (Syncthing)")
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    folder = argparse.ArgumentParser(add_help=False)
    folder.add_argument("--recordings", dest="sync_recordings", type=Path, metavar="DIR")
    serve = actions.add_parser("serve", parents=[common, folder], help="run the sync engine in the foreground "
                               "until stopped (what the kiosk and `kiosk hub` start in the background)")
    serve.add_argument("--role", choices=("kiosk", "hub"), help="kiosk: send this folder; hub: receive the kiosks "
                       "(default: the config's sync.role)")
    serve.add_argument("--name", help="this machine's name in the fleet (default: sync.name, else the computer's)")
    serve.add_argument("--listen", metavar="tcp://HOST:PORT", default="",
                       help="where other devices connect (default: a free port on every network)")
    actions.add_parser("id", parents=[common, folder], help="print this machine's device id (the last line alone)")
    pair = actions.add_parser("pair", parents=[common, folder], help="on a kiosk: the hub to send to; on a hub: a "
                              "kiosk to accept")
    pair.add_argument("device", metavar="DEVICE_ID", help="the other machine's device id (`kiosk sync id` there)")
    pair.add_argument("--address", metavar="tcp://HOST:PORT", default="",
                      help="where it listens (default: found by local discovery)")
    pair.add_argument("--name", default="", help="its name (on a hub: the kiosk's folder under kiosks/)")
    pair.add_argument("--role", choices=("kiosk", "hub"), help="this machine's role (default: as it last served)")
    status = actions.add_parser("status", parents=[common, folder], help="the paired devices: connected or last "
                                "seen, what each still needs; and devices asking to join")
    status.add_argument("--json", dest="sync_json", action="store_true", help="as JSON")
    status.add_argument("--role", choices=("kiosk", "hub"), help="this machine's role (default: as it last served)")
    hub = commands.add_parser("hub", parents=[common, folder], help="a facilitator's hub window: the kiosks, their "
                              "clips as they arrive, pairing")
    hub.add_argument("--name", help="this hub's name in the fleet (default: the computer's)")
    hub.add_argument("--listen", metavar="tcp://HOST:PORT", default="", help="where the kiosks connect")


def _sync_settings(args, role: str | None):
    from kiosk.sync.serve import SyncSettings

    recordings = _recordings(args, args.sync_recordings)
    config = _config(args, recordings)
    role = role or _remembered_role(recordings) or (config.sync_role if config.sync_role != "off" else None)
    if role is None:
        raise CliError("Say which part this machine plays: --role kiosk or --role hub (or set sync.role).")
    name = getattr(args, "name", None) or _fleet_name(config)
    return SyncSettings(recordings, role, name, getattr(args, "listen", "") or "", config.syncthing)


def _remembered_role(recordings: Path, key: str = "role") -> str | None:
    """The role (or, `key` "name", the name) this folder last served as; None when it never did."""
    from kiosk.store.files import read_json
    from kiosk.sync.fleet import KIOSK_NAME
    from kiosk.sync.home import sync_home

    try:
        value = read_json(sync_home(recordings) / "role.json").get(key)
    except (OSError, ValueError, AttributeError):
        return None
    if key == "role":
        return value if value in ("kiosk", "hub") else None
    return value if isinstance(value, str) and KIOSK_NAME.fullmatch(value) else None


def _remember_role(settings, serving: bool = True) -> None:
    """The role this folder serves as, and, when it serves (not when it pairs: `--name` is then the other's), its
    name, which `kiosk tag` at a hub stamps its tags with."""
    import json

    from kiosk.atomic import write_atomically
    from kiosk.sync.home import sync_home

    name = settings.name if serving else _remembered_role(settings.recordings, "name")
    write_atomically(sync_home(settings.recordings) / "role.json",
                     json.dumps({"role": settings.role, **({"name": name} if name else {})}).encode())


def _sync(args) -> int:
    from kiosk.sync import SyncError, SyncthingMissing

    try:
        return {"serve": _sync_serve, "id": _sync_id, "pair": _sync_pair, "status": _sync_status}[args.sync_command](args)
    except (SyncError, SyncthingMissing) as error:
        raise CliError(str(error)) from None


def _sync_serve(args) -> int:
    from kiosk.export import publish
    from kiosk.sync.serve import SyncService

    settings = _sync_settings(args, args.role)
    service = SyncService(settings, said=lambda sentence: print(f"kiosk: {sentence}", file=sys.stderr, flush=True),
                          refresh=publish, themes=lambda: tuple(theme.id for theme in configuration.load_event(
                              settings.recordings, args.config, Path.cwd())[0].themes))
    stop = threading.Event()
    previous = {number: signal.signal(number, lambda signum, frame: stop.set())
                for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        device_id = service.start()
        _remember_role(settings)
        print(f"kiosk: syncing {settings.recordings} as the {settings.role} {settings.name!r}; "
              f"device id {device_id}", flush=True)
        service.run_until(stop)
    finally:
        service.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
    print("kiosk: the sync engine stopped.", flush=True)
    return 0


def _sync_id(args) -> int:
    from kiosk.sync.serve import open_engine

    settings = _sync_settings(args, "kiosk")  # the role does not change the id
    print(f"This machine's Syncthing device id for {settings.recordings}:")
    print(open_engine(settings).device_id())
    return 0


def _attached_fleet(args):
    """The fleet through the running `sync serve` for this folder, else through Syncthing started for the moment."""
    from contextlib import contextmanager

    from kiosk.sync.engine import free_port
    from kiosk.sync.fleet import Fleet
    from kiosk.sync.serve import open_engine

    settings = _sync_settings(args, args.role)

    @contextmanager
    def opened():
        engine = open_engine(settings)
        if engine.attach():
            try:
                yield Fleet(engine, settings.role, settings.recordings), settings
            finally:
                engine.detach()
            return
        # Nothing serves this folder: a Syncthing of our own for the moment, reachable by nobody (loopback only).
        engine.listen = f"tcp://127.0.0.1:{free_port()}"
        with engine:
            yield Fleet(engine, settings.role, settings.recordings), settings
    return opened()


def _sync_pair(args) -> int:
    with _attached_fleet(args) as (fleet, settings):
        name = fleet.pair(args.device, args.address, args.name)
    _remember_role(settings, serving=False)
    what = "the hub to send to" if settings.role == "kiosk" else "a kiosk, received into kiosks/" + name
    print(f"Paired {name} ({args.device.strip()[:7]}…) as {what}.")
    return 0


def _sync_status(args) -> int:
    import json

    with _attached_fleet(args) as (fleet, settings):
        peers, asking, my_id = fleet.peers(), fleet.asking(), fleet.my_id
    if args.sync_json:
        print(json.dumps({"device_id": my_id, "role": settings.role, "peers": [peer.to_json() for peer in peers],
                          "asking": [vars(device) for device in asking]}, indent=1))
        return 0
    print(f"This {settings.role}: {my_id}")
    for peer in peers:
        seen = "connected" if peer.connected else f"last seen {peer.last_seen or 'never'}"
        need = f"{peer.need_items} file(s), {peer.need_bytes / 1e6:.1f} MB still to travel" if peer.need_items else \
            "nothing to travel"
        print(f"  {peer.name} ({peer.device_id[:7]}): {seen}; {need}")
    if not peers:
        print("  no paired devices yet (`kiosk sync pair DEVICE_ID`)")
    for device in asking:
        print(f"  asking to join: {device.name or 'unnamed'} ({device.device_id}) from {device.address}")
    return 0


def _at_hub(store, code: str) -> bool:
    """Whether `kiosk withdraw` is at a hub and the code is not a clip of the hub's own folder."""
    from kiosk.store import StoreError
    from kiosk.store.withdraw import find_for_withdrawal
    from kiosk.sync.arrivals import is_hub_folder

    if not is_hub_folder(store.root):
        return False
    try:
        find_for_withdrawal(store, code)
    except StoreError:
        return True
    return False


def _withdraw_at_hub(args, hub: Path) -> int:
    from kiosk.export import publish
    from kiosk.store import StoreError
    from kiosk.store.codes import display
    from kiosk.sync.withdrawals import find_at_hub, withdraw_at_hub

    try:
        code, clip, folder = find_at_hub(hub, args.code)
    except StoreError as error:
        raise CliError(str(error)) from None
    if clip is not None:
        print(f"{display(code)}: the {clip.sidecar.perspective} clip recorded "
              f"{clip.sidecar.started_at.replace('T', ' ')} at the kiosk {folder.name}.")
    else:
        print(f"{display(code)} was withdrawn at this hub before; its copies are looked for again.")
    print("It is removed from this hub now, and from its kiosk as soon as the kiosk is connected.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError("Nothing was removed: add --yes to withdraw when not at a terminal.")
        if input("Withdraw it? [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was removed.")
            return EXIT_FAILURE
    try:
        report = withdraw_at_hub(hub, code, refresh=publish)
    except (StoreError, OSError) as error:
        raise CliError(f"The clip could not be withdrawn ({error}).") from None
    print(f"Withdrawn at the hub: {len(report.removed)} file(s) removed, {len(report.exports_updated)} export(s) "
          f"updated; the request is in {hub / 'to-kiosks' / 'withdrawals.log'}, which every kiosk applies.")
    for problem in report.problems:
        print(f"kiosk: {problem}", file=sys.stderr)
    return EXIT_FAILURE if report.problems else 0


def _hub(args) -> int:
    from kiosk.sync import SyncthingMissing
    from kiosk.sync.serve import open_engine

    settings = _sync_settings(args, "hub")
    try:
        open_engine(settings)  # Syncthing missing is said here, in one sentence, before a window opens
    except SyncthingMissing as error:
        raise CliError(str(error)) from None
    try:
        from kiosk.ui.hub.app import run_hub
    except ImportError as error:
        raise CliError(f"The hub window cannot start: {error} (run scripts/setup.sh).") from None
    _remember_role(settings)
    return run_hub(configuration.load_event(settings.recordings, args.config)[0], settings)
