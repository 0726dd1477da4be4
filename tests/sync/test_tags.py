"""Tags given at a hub, without Syncthing: the hub writes them in its outbox (never in the kiosk's receive-only
folder) and shows them merged at once; a kiosk takes the files naming its own clips through the store's one writer,
the later stamp winning field by field, and skips a hostile file with one sentence. Syncthing's part (the outbox
copied into the kiosk's inbox) is a copy here; tests/sync/test_fleet_tags.py runs it for real."""

import json
import os
import shutil
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from kiosk import config as configuration
from kiosk.store import ClipStore
from kiosk.store.annotations import Annotations, Stamp
from kiosk.sync.fleet import HUB_OUTBOX, KIOSK_INBOX, Peer
from kiosk.sync.hub import look
from kiosk.sync.arrivals import ArrivalCheck
from kiosk.sync.tags import (ANNOTATIONS, MAX_ANNOTATION_BYTES, SUFFIX, HubAnnotation, IncomingAnnotations,
                             annotation_path, find_to_tag, forget_withdrawn, hub_annotations, tag_at_hub,
                             with_hub_annotations)
from kiosk.sync.withdrawals import withdraw_at_hub
from kiosk.store.clips import StoreError
from tests.sync.fleet import keep_clip

THEMES = ("getting-there", "being-heard", "working-together", "next-steps")  # the shipped config's


@pytest.fixture
def config():
    config = configuration.load()[0]
    assert tuple(theme.id for theme in config.themes) == THEMES
    return config


class Fleet:
    """A kiosk's folder, the hub's copy of it under kiosks/Entrance, and the kiosk's sync home with a hub's inbox."""

    def __init__(self, base):
        self.kiosk = base / "Entrance"
        self.hub = base / "Hub"
        self.home = base / "home"
        self.clips = [keep_clip(self.kiosk, os.urandom(2000), perspective) for perspective in ("volunteer", "staff")]
        self.arrive()
        self.store = ClipStore(self.kiosk)
        self.themes = set(THEMES)
        self.incoming = IncomingAnnotations(self.store, self.home, lambda: tuple(self.themes))

    @property
    def copy(self):
        return self.hub / "kiosks" / "Entrance"

    def arrive(self):
        """What Syncthing does for the kiosk's send-only folder."""
        shutil.copytree(self.kiosk, self.copy, dirs_exist_ok=True)

    def send_back(self):
        """What Syncthing does for the hub's send-only outbox: its annotations in the kiosk's inbox of that hub."""
        inbox = self.home / KIOSK_INBOX / "HUBHUBH" / ANNOTATIONS
        shutil.rmtree(inbox, ignore_errors=True)
        shutil.copytree(self.hub / HUB_OUTBOX / ANNOTATIONS, inbox)
        return inbox

    def at_hub(self, clip):
        return next(c for c in ClipStore(self.copy).list().clips if c.sidecar.id == clip.sidecar.id)

    def kiosk_clip(self, clip):
        return next(c for c in self.store.list().clips if c.sidecar.id == clip.sidecar.id)

    def on_kiosk(self, clip):
        return self.kiosk_clip(clip).sidecar.facilitator


@pytest.fixture
def fleet(tmp_path):
    return Fleet(tmp_path)


class _OneKiosk:
    """The fleet as the hub's Syncthing would answer: one kiosk, connected, its folder where it arrives."""

    my_id = "HUB"

    def __init__(self, folder):
        self.folder = folder

    def peers(self):
        return [Peer("KIOSK", "Entrance", True, "", "", 0, 0, str(self.folder))]

    def asking(self):
        return []


def test_a_tag_at_the_hub_goes_in_its_outbox_shows_at_once_and_reaches_the_kiosk(fleet, config):
    clip = fleet.clips[0]
    sidecar_at_hub = fleet.at_hub(clip).sidecar_path.read_bytes()
    tagged = tag_at_hub(fleet.hub, fleet.at_hub(clip), config, "being-heard", True, "Hub")
    assert tagged.changed and tagged.clip.sidecar.facilitator.themes == ("being-heard",)
    assert fleet.at_hub(clip).sidecar_path.read_bytes() == sidecar_at_hub  # the kiosk's folder is not written
    data = json.loads(annotation_path(fleet.hub, clip.sidecar.id).read_text())
    assert data["id"] == clip.sidecar.id and data["withdrawal_code"] == clip.code
    assert data["facilitator"]["themes"]["value"] == ["being-heard"] and data["facilitator"]["themes"]["by"] == "Hub"
    assert set(data["facilitator"]) == {"themes"}
    tags, problems = hub_annotations(fleet.hub)
    assert not problems and tags[(clip.sidecar.id, clip.code)].themes == ("being-heard",)

    # The hub shows the merge before the round trip: its look at the fleet lists the clip with the hub's tag.
    known, check = {}, ArrivalCheck()  # kept from one look to the next, as the hub window does
    seen = look(_OneKiosk(fleet.copy), fleet.hub, check, known)
    shown = {c.sidecar.id: c.sidecar.facilitator.themes for c in seen.clips}
    assert shown == {clip.sidecar.id: ("being-heard",), fleet.clips[1].sidecar.id: ()} and not seen.problems
    tag_at_hub(fleet.hub, fleet.at_hub(fleet.clips[1]), config, "next-steps", True, "Hub")
    seen = look(_OneKiosk(fleet.copy), fleet.hub, check, known)
    shown = {c.sidecar.id: c.sidecar.facilitator.themes for c in seen.clips}
    assert shown == {clip.sidecar.id: ("being-heard",), fleet.clips[1].sidecar.id: ("next-steps",)}
    assert set(known) == {annotation_path(fleet.hub, c.sidecar.id) for c in fleet.clips}

    fleet.send_back()
    said = fleet.incoming.apply()
    assert sorted(said) == sorted(f"Tagged at a hub: {c.code[:3]}-{c.code[3:]} ({theme})."
                                  for c, theme in zip(fleet.clips, ("being-heard", "next-steps")))
    annotations = fleet.on_kiosk(clip)
    assert annotations.themes == ("being-heard",) and annotations.stamps["themes"].by == "Hub"
    assert fleet.on_kiosk(fleet.clips[1]).themes == ("next-steps",)  # each clip from its own file
    assert fleet.incoming.apply() == []  # read once: nothing said again until the file changes

    # A second theme, then one taken away at the hub: each travels as the whole list, stamped anew.
    fleet.arrive()
    tag_at_hub(fleet.hub, fleet.at_hub(clip), config, "next-steps", True, "Hub")
    again = tag_at_hub(fleet.hub, fleet.at_hub(clip), config, "being-heard", False, "Hub")
    assert again.clip.sidecar.facilitator.themes == ("next-steps",)
    fleet.send_back()
    fleet.incoming.apply()
    assert fleet.on_kiosk(clip).themes == ("next-steps",)


def test_a_later_change_at_the_kiosk_wins_and_an_earlier_one_loses(fleet, config):
    first, second = fleet.clips
    tag_at_hub(fleet.hub, fleet.at_hub(first), config, "being-heard", True, "Hub")
    tag_at_hub(fleet.hub, fleet.at_hub(second), config, "being-heard", True, "Hub")
    fleet.store.annotate(fleet.kiosk_clip(first), themes=("getting-there",))  # after the hub's tag
    fleet.send_back()
    fleet.incoming.apply()
    assert fleet.on_kiosk(first).themes == ("getting-there",)  # the kiosk's later change is kept
    assert fleet.on_kiosk(second).themes == ("being-heard",)

    # At the hub too: once the kiosk's sidecar arrives, its later change shows, and the next tag starts from it.
    fleet.arrive()
    tags, _ = hub_annotations(fleet.hub)
    shown = with_hub_annotations([fleet.at_hub(first)], tags)[0]
    assert shown.sidecar.facilitator.themes == ("getting-there",)
    tagged = tag_at_hub(fleet.hub, fleet.at_hub(first), config, "next-steps", True, "Hub")
    assert tagged.clip.sidecar.facilitator.themes == ("getting-there", "next-steps")


def test_an_older_stamp_from_a_hub_never_overwrites_the_kiosk(fleet):
    clip = fleet.clips[0]
    on_kiosk = fleet.store.annotate(fleet.kiosk_clip(clip), themes=("next-steps",))
    earlier = (on_kiosk.sidecar.facilitator.stamps["themes"].moment - timedelta(minutes=5)).isoformat()
    _plant(fleet, HubAnnotation(clip.sidecar.id, clip.code, _themes(("being-heard",), earlier)))
    assert fleet.incoming.apply() == [f"A hub's themes for {clip.code[:3]}-{clip.code[3:]} are older than the change "
                                      f"made here, which is kept."]
    assert fleet.on_kiosk(clip).themes == ("next-steps",)


def _themes(themes, at, by="Hub"):
    return Annotations(themes=themes, stamps={"themes": Stamp(by, at)})


def _plant(fleet, annotation: HubAnnotation, name: str | None = None, content: bytes | None = None):
    inbox = fleet.home / KIOSK_INBOX / "HUBHUBH" / ANNOTATIONS
    inbox.mkdir(parents=True, exist_ok=True)
    path = inbox / (name or annotation.clip_id + SUFFIX)
    path.write_bytes(content if content is not None else annotation.to_json())
    return path


def test_a_hostile_file_is_skipped_with_one_sentence_and_the_clip_is_untouched(fleet, tmp_path):
    clip, other = fleet.clips
    now = datetime.now().astimezone().isoformat()
    good = HubAnnotation(clip.sidecar.id, clip.code, _themes(("being-heard",), now))
    wrong_code = "".join(reversed(clip.code)) if clip.code[::-1] != clip.code else "K7M4PX"
    before = clip.sidecar_path.read_bytes(), other.sidecar_path.read_bytes()

    _plant(fleet, replace(good, code=wrong_code))
    said = fleet.incoming.apply()
    assert said == [f"A hub's annotation of clip {clip.sidecar.id} was skipped: its withdrawal code is not the clip's."]

    _plant(fleet, good, content=b"{\"format\": 1, \"id\": ")  # cut short
    [sentence] = fleet.incoming.apply()
    assert sentence.startswith(f"A hub's annotation {clip.sidecar.id}{SUFFIX} was skipped (Expecting value")

    _plant(fleet, good, content=b" " * (MAX_ANNOTATION_BYTES + 1))
    assert fleet.incoming.apply() == [f"A hub's annotation {clip.sidecar.id}{SUFFIX} was skipped ({clip.sidecar.id}"
                                      f"{SUFFIX} is larger than {MAX_ANNOTATION_BYTES:,} bytes)."]

    _plant(fleet, HubAnnotation(clip.sidecar.id, clip.code, _themes(("free-beer",), now)))
    said = fleet.incoming.apply()
    assert said == [f"A hub's themes for {clip.code[:3]}-{clip.code[3:]} were skipped: this kiosk's event has no "
                    f"theme 'free-beer'."]

    future = (datetime.now().astimezone() + timedelta(days=30)).isoformat()
    _plant(fleet, HubAnnotation(clip.sidecar.id, clip.code, _themes(("being-heard",), future)))
    [sentence] = fleet.incoming.apply()
    assert sentence.startswith(f"A hub's themes for {clip.code[:3]}-{clip.code[3:]} were skipped: they are stamped")

    # Named for another clip than it holds; a stamp that says nobody; a link to the other clip's sidecar.
    os.unlink(fleet.home / KIOSK_INBOX / "HUBHUBH" / ANNOTATIONS / (clip.sidecar.id + SUFFIX))
    _plant(fleet, good, name=other.sidecar.id + SUFFIX)
    data = json.loads(good.to_json())
    data["facilitator"]["themes"]["by"] = "\n"
    _plant(fleet, good, content=json.dumps(data).encode())
    link = fleet.home / KIOSK_INBOX / "HUBHUBH" / ANNOTATIONS / ("0" * 8 + "-0000-4000-8000-" + "0" * 12 + SUFFIX)
    os.symlink(other.sidecar_path, link)
    said = fleet.incoming.apply()
    assert len(said) == 3 and all(sentence.startswith("A hub's annotation ") for sentence in said), said
    assert any("its name is not its clip's id" in sentence for sentence in said)
    assert any("does not say who made it" in sentence for sentence in said)
    assert any("is a link" in sentence or "link" in sentence for sentence in said)
    assert (clip.sidecar_path.read_bytes(), other.sidecar_path.read_bytes()) == before

    # A file naming another kiosk's clip (every kiosk receives the hub's outbox) is passed over without a word.
    for path in (fleet.home / KIOSK_INBOX / "HUBHUBH" / ANNOTATIONS).iterdir():
        path.unlink()
    stranger = HubAnnotation("12345678-1234-4123-8123-123456789abc", "K7M4PX", _themes(("being-heard",), now))
    _plant(fleet, stranger)
    assert fleet.incoming.apply() == []
    assert (clip.sidecar_path.read_bytes(), other.sidecar_path.read_bytes()) == before


def test_a_theme_the_kiosk_lacks_is_taken_once_its_event_declares_it(fleet):
    clip = fleet.clips[0]
    now = datetime.now().astimezone().isoformat()
    _plant(fleet, HubAnnotation(clip.sidecar.id, clip.code, _themes(("housing",), now)))
    assert len(fleet.incoming.apply()) == 1
    assert fleet.incoming.apply() == []  # said once, not at every poll
    fleet.themes.add("housing")
    assert fleet.incoming.apply() == [f"Tagged at a hub: {clip.code[:3]}-{clip.code[3:]} (housing)."]
    assert fleet.on_kiosk(clip).themes == ("housing",)


def test_tagging_at_the_hub_refuses_an_unknown_theme_and_a_clip_withdrawn_there(fleet, config):
    clip = fleet.clips[0]
    with pytest.raises(StoreError, match="'free-beer' is not one of the event's themes"):
        tag_at_hub(fleet.hub, fleet.at_hub(clip), config, "free-beer", True, "Hub")
    assert not annotation_path(fleet.hub, clip.sidecar.id).exists()
    assert find_to_tag(fleet.hub, clip.code).sidecar.id == clip.sidecar.id
    assert find_to_tag(fleet.hub, clip.sidecar.id).sidecar.id == clip.sidecar.id
    tag_at_hub(fleet.hub, fleet.at_hub(clip), config, "being-heard", True, "Hub")

    report = withdraw_at_hub(fleet.hub, clip.code)
    assert annotation_path(fleet.hub, clip.sidecar.id) in report.removed
    assert not annotation_path(fleet.hub, clip.sidecar.id).exists()
    with pytest.raises(StoreError, match="nothing to tag|No kiosk's clip"):
        find_to_tag(fleet.hub, clip.code)


def test_a_clip_withdrawn_at_its_kiosk_loses_its_tags_at_the_hub(fleet, config):
    from kiosk.store.withdraw import withdraw

    clip, other = fleet.clips
    for chosen in (clip, other):
        tag_at_hub(fleet.hub, fleet.at_hub(chosen), config, "being-heard", True, "Hub")
    withdraw(fleet.store, clip.code)
    shutil.rmtree(fleet.copy)
    fleet.arrive()  # the deletion and the kiosk's withdrawal log reach the hub
    assert forget_withdrawn(fleet.hub) == [annotation_path(fleet.hub, clip.sidecar.id)]
    assert annotation_path(fleet.hub, other.sidecar.id).exists()


def test_a_kiosk_reads_its_hubs_tags_again_only_when_syncthing_brings_a_file(fleet, monkeypatch):
    from kiosk.sync import tags

    first, second = fleet.clips
    now = datetime.now().astimezone().isoformat()
    folder = _plant(fleet, HubAnnotation(first.sidecar.id, first.code, _themes(("being-heard",), now))).parent
    still = datetime.now().timestamp() - 10
    os.utime(folder, (still, still))  # the folder has not changed for a while
    assert fleet.incoming.apply() == [f"Tagged at a hub: {first.code[:3]}-{first.code[3:]} (being-heard)."]
    listed = []
    monkeypatch.setattr(tags, "annotation_files", lambda where: listed.append(where) or [])
    assert fleet.incoming.apply() == [] and listed == []  # a stat of the folder, not of every file in it
    monkeypatch.undo()
    # Syncthing brings a file in under a temporary name and renames it: the folder changes, and it is read.
    temporary = folder / ".syncthing.next.tmp"
    temporary.write_bytes(HubAnnotation(second.sidecar.id, second.code, _themes(("next-steps",), now)).to_json())
    os.replace(temporary, folder / f"{second.sidecar.id}{SUFFIX}")
    assert fleet.incoming.apply() == [f"Tagged at a hub: {second.code[:3]}-{second.code[3:]} (next-steps)."]


def test_an_annotations_folder_that_is_a_link_is_never_read(fleet):
    clip = fleet.clips[0]
    elsewhere = fleet.home.parent / "elsewhere"
    elsewhere.mkdir()
    now = datetime.now().astimezone().isoformat()
    (elsewhere / f"{clip.sidecar.id}{SUFFIX}").write_bytes(
        HubAnnotation(clip.sidecar.id, clip.code, _themes(("being-heard",), now)).to_json())
    inbox = fleet.home / KIOSK_INBOX / "HUBHUBH"
    inbox.mkdir(parents=True)
    os.symlink(elsewhere, inbox / ANNOTATIONS)
    assert fleet.incoming.apply() == []
    assert fleet.on_kiosk(clip).themes == ()
