"""The wall's playlist, with no Qt: which clips may show, their order, and what approval, withdrawal and edits change."""

from dataclasses import replace

import pytest

from kiosk.config import parse
from kiosk.store import ClipStore
from kiosk.store.withdraw import withdraw
from kiosk.wall import Playlist, why_not_shown
from tests.wall.clips import approved, kept_clip

pytestmark = pytest.mark.portable


@pytest.fixture
def config():
    return parse({})


@pytest.fixture
def store(recordings):
    return ClipStore(recordings)


def _ids(clips) -> list[str]:
    return [clip.sidecar.id for clip in clips]


def test_only_approved_confirmed_public_kept_clips_with_a_checked_media_may_show(store, config):
    shown = approved(store, kept_clip(store, 0))
    private = kept_clip(store, 1, scope="event")
    not_approved = kept_clip(store, 2)
    unchecked = approved(store, kept_clip(store, 3))
    unchecked = store.update(unchecked, sha256="")
    playlist = Playlist()
    change = playlist.update(store.list().clips, config)
    assert change.joined == (shown.sidecar.id,) and _ids(playlist.clips()) == [shown.sidecar.id]
    assert "does not allow showing it in public" in why_not_shown(private.sidecar, config)
    assert why_not_shown(not_approved.sidecar, config) == "No facilitator has approved the clip for the wall."
    assert "no sha256" in why_not_shown(unchecked.sidecar, config)
    # The config of the laptop showing the wall decides: a config whose "public" scope is not declared public shows none.
    own = parse({"consent": {"scopes": [{"id": "event", "label": "Event"}, {"id": "public", "label": "Public"}]}})
    assert Playlist().update(store.list().clips, own).joined == ()


def test_approval_counts_as_the_review_of_a_clip_its_speaker_did_not_confirm(store, config):
    walked_away = kept_clip(store, 0, confirmed=False)
    assert "not been confirmed" in why_not_shown(walked_away.sidecar, config)
    shown = approved(store, walked_away)
    assert why_not_shown(shown.sidecar, config) == ""


def test_the_loop_starts_newest_first_and_each_clip_plays_once_before_any_plays_twice(store, config):
    clips = [approved(store, kept_clip(store, minute)) for minute in (5, 1, 3)]
    playlist = Playlist()
    playlist.update(store.list().clips, config)
    newest_first = [clips[0], clips[2], clips[1]]
    played = [playlist.next() for _ in range(6)]
    assert _ids(played) == _ids(newest_first) * 2


def test_a_clip_approved_while_the_wall_runs_plays_next(store, config):
    first, second = (approved(store, kept_clip(store, minute)) for minute in (0, 1))
    playlist = Playlist()
    playlist.update(store.list().clips, config)
    assert playlist.next().sidecar.id == second.sidecar.id
    late = approved(store, kept_clip(store, -30))  # started earlier in the day, approved just now
    change = playlist.update(store.list().clips, config)
    assert change.joined == (late.sidecar.id,) and not change.playing_left
    assert playlist.upcoming().sidecar.id == late.sidecar.id
    assert _ids(playlist.next() for _ in range(3)) == [late.sidecar.id, first.sidecar.id, second.sidecar.id]


def test_a_clip_unapproved_or_withdrawn_while_playing_leaves_at_once(store, config):
    first, second = (approved(store, kept_clip(store, minute)) for minute in (0, 1))
    playlist = Playlist()
    playlist.update(store.list().clips, config)
    assert playlist.next().sidecar.id == second.sidecar.id
    approved(store, second, on=False)
    change = playlist.update(store.list().clips, config)
    assert change.left == (second.sidecar.id,) and change.playing_left and playlist.playing is None
    assert _ids(playlist.clips()) == [first.sidecar.id]
    assert playlist.next().sidecar.id == first.sidecar.id
    withdraw(store, first.code)
    change = playlist.update(store.list().clips, config)
    assert change.playing_left and len(playlist) == 0 and playlist.next() is None


def test_a_change_to_the_clip_playing_is_told_so_its_captions_are_read_again(store, config):
    clip = approved(store, kept_clip(store, 0))
    playlist = Playlist()
    playlist.update(store.list().clips, config)
    playlist.next()
    assert not playlist.update(store.list().clips, config).playing_changed
    store.update(clip, transcript="edited")
    change = playlist.update(store.list().clips, config)
    assert change.playing_changed and not change.playing_left and playlist.playing.sidecar.transcript == "edited"


def test_a_clip_in_two_folders_shows_once_and_only_while_every_copy_may(store, config, tmp_path):
    clip = approved(store, kept_clip(store, 0))
    copy = replace(clip, sidecar_path=tmp_path / "hub" / clip.sidecar_path.name)
    playlist = Playlist()
    playlist.update([clip, copy], config)
    assert len(playlist) == 1
    unapproved_copy = replace(copy, sidecar=replace(copy.sidecar, facilitator=replace(copy.sidecar.facilitator,
                                                                                        wall=False)))
    assert playlist.update([clip, unapproved_copy], config).left == (clip.sidecar.id,)
