"""`--recordings HUB` at a hub: export covers every kiosk's folder, and a withdrawal there removes the hub's copy at
once, logs the request for the kiosks, and keeps the clip out of every export even if a copy comes back."""

import json
import shutil

from kiosk.export.publish import clips_in_record
from kiosk.store import ClipStore
from kiosk.store.exported import read_marker
from kiosk.store.withdraw import read_withdrawals
from tests.cli_runner import kiosk
from tests.export.engine_clips import copy_kiosks


def _hub(tmp_path_factory, tmp_path):
    first, second = copy_kiosks(tmp_path_factory, tmp_path)
    hub = tmp_path / "hub"
    (hub / "kiosks").mkdir(parents=True)
    shutil.move(first, hub / "kiosks" / "Entrance")
    shutil.move(second, hub / "kiosks" / "Room 2")
    return hub


def _exported_ids(dest):
    return {row["id"] for row in json.loads((dest / "manifest.json").read_text())["clips"]}


def test_a_hub_folder_exports_every_kiosks_clips_and_never_a_withdrawn_one(tmp_path_factory, tmp_path):
    hub = _hub(tmp_path_factory, tmp_path)
    entrance = ClipStore(hub / "kiosks" / "Entrance")
    clips = {clip.sidecar.id: clip for folder in (entrance.root, hub / "kiosks" / "Room 2")
             for clip in ClipStore(folder).list().clips}
    done = kiosk("export", tmp_path / "record", "--recordings", hub, "--scope", "event")
    assert done.returncode == 0, done.stderr
    assert _exported_ids(tmp_path / "record") == set(clips)

    chosen = entrance.list().clips[0]
    saved = tmp_path / "copy"
    shutil.copytree(chosen.sidecar_path.parent, saved)
    done = kiosk("withdraw", chosen.code, "--recordings", hub, "--yes")
    assert done.returncode == 0, done.stderr
    assert "Withdrawn at the hub" in done.stdout and "1 export(s) updated" in done.stdout
    assert not chosen.media_path.exists() and not chosen.sidecar_path.exists()
    assert [(e.code, e.clip_id) for e in read_withdrawals(hub / "to-kiosks")] == [(chosen.code, chosen.sidecar.id)]
    assert _exported_ids(tmp_path / "record") == set(clips) - {chosen.sidecar.id}

    # A kiosk offline all day sends its copy again: the hub's log still keeps it out of every export.
    shutil.copytree(saved, chosen.sidecar_path.parent, dirs_exist_ok=True)
    done = kiosk("export", tmp_path / "again", "--recordings", hub, "--scope", "event")
    assert done.returncode == 0, done.stderr
    assert chosen.sidecar.id not in _exported_ids(tmp_path / "again")


def test_an_unknown_code_at_a_hub_is_one_sentence(tmp_path_factory, tmp_path):
    hub = _hub(tmp_path_factory, tmp_path)
    done = kiosk("withdraw", "K7M-4PX", "--recordings", hub, "--yes")
    assert done.returncode == 1
    assert done.stderr.strip() == f"kiosk: No kiosk's clip at {hub} has the withdrawal code K7M-4PX."


def test_a_tag_at_a_hub_goes_in_its_outbox_and_into_every_export_made_there(tmp_path_factory, tmp_path):
    hub = _hub(tmp_path_factory, tmp_path)
    entrance = ClipStore(hub / "kiosks" / "Entrance")
    chosen = entrance.list().clips[0]
    sidecar = chosen.sidecar_path.read_bytes()
    done = kiosk("tag", chosen.code, "--theme", "being-heard", "--recordings", hub)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == (f"{chosen.code[:3]}-{chosen.code[3:]} is now tagged being-heard at this hub (its "
                                   f"themes: being-heard); its kiosk takes the change when it is connected.")
    assert chosen.sidecar_path.read_bytes() == sidecar  # never written in the kiosk's receive-only folder
    written = json.loads((hub / "to-kiosks" / "annotations" / f"{chosen.sidecar.id}.annotation").read_text())
    assert written["facilitator"]["themes"]["value"] == ["being-heard"]

    done = kiosk("tag", chosen.code, "--theme", "free-beer", "--recordings", hub)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("kiosk: 'free-beer' is not one of the event's themes")

    done = kiosk("export", tmp_path / "record", "--recordings", hub, "--scope", "event")
    assert done.returncode == 0, done.stderr
    assert "annotation" not in done.stderr  # the outbox's tags are never read as clips
    exported = {row["id"]: row for row in json.loads((tmp_path / "record" / "manifest.json").read_text())["clips"]}
    assert set(exported) == {clip.sidecar.id for folder in (entrance.root, hub / "kiosks" / "Room 2")
                             for clip in ClipStore(folder).list().clips}
    themes = _record_themes(tmp_path / "record")
    assert themes[chosen.sidecar.id] == ("being-heard",)
    assert sum(bool(found) for found in themes.values()) == 1

    done = kiosk("tag", chosen.code, "--theme", "being-heard", "--undo", "--recordings", hub)
    assert done.returncode == 0 and "is no longer tagged being-heard at this hub (its themes: none)" in done.stdout
    done = kiosk("export", tmp_path / "record", "--recordings", hub, "--scope", "event")
    assert done.returncode == 0, done.stderr
    assert not any(_record_themes(tmp_path / "record").values())


def _record_themes(record):
    """Each clip's themes as the record holds them (what its report, docx and qdpx are made from)."""
    return {clip.id: clip.sidecar.facilitator.themes for clip in clips_in_record(record, read_marker(record))}
