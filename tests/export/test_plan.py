"""The export's plan is pure: the chosen clips against the record's marker, as what to add, keep and remove."""

from pathlib import Path

from kiosk.export.plan import name_in_record, one_clip_a_name, plan_export
from kiosk.export.selection import Candidate
from kiosk.store import Clip, Sidecar
from kiosk.store.measurements import TakeMeasurements
from kiosk.store.exported import MarkedClip, MarkedCompilation, Marker


def candidate(clip_id: str, sha: str = "a" * 64, card: str = "community", second: int = 0) -> Candidate:
    sidecar = Sidecar(id=clip_id, withdrawal_code="K7M4PX", event="Fair", perspective=card, prompt="?",
                      consent_scope="event", language="en", started_at=f"2026-06-01T10:00:{second:02d}+00:00",
                      take=TakeMeasurements(duration=5.0), media="", sha256=sha)
    clip = Clip(sidecar, Path(f"/recordings/{clip_id}.json"))
    return Candidate(clip, (clip,))


def entry_for(c: Candidate, sha: str | None = None) -> MarkedClip:
    sidecar = c.clip.sidecar
    return MarkedClip(sidecar.perspective, name_in_record(c), sha or sidecar.sha256, 100, 1)


def test_new_changed_and_broken_copies_are_added_whole_ones_kept_and_unchosen_ones_removed():
    new, same, changed, broken, gone = (candidate(i, second=n) for n, i in enumerate(
        ("11111111-new", "22222222-same", "33333333-changed", "44444444-broken", "55555555-gone")))
    marker = Marker()
    marker.clips = {c.id: entry_for(c) for c in (same, broken, gone)}
    marker.clips[changed.id] = entry_for(changed, sha="b" * 64)
    marker.compilations = {"community": MarkedCompilation("community", (same.id, gone.id), ""),
                           "provider": MarkedCompilation("provider", (same.id,), "")}
    asked = []

    def intact(entry, c):
        asked.append(c.id)
        return c.id != broken.id

    plan = plan_export(marker, [new, same, changed, broken], intact)
    assert plan.keep == {same.id}
    assert plan.add == {new.id, changed.id, broken.id}
    assert plan.remove == (gone.id,)
    assert plan.stale_compilations == ("community",)
    assert sorted(asked) == sorted([same.id, broken.id])  # the disk is asked only about copies listed as they are
    assert [c.id for c in plan.chosen] == [new.id, same.id, changed.id, broken.id]


def test_two_clips_that_would_share_a_name_in_the_record_keep_the_first():
    first, second = candidate("abcdef01-0000-0000-0000-000000000001"), candidate("abcdef01-0000-0000-0000-000000000002")
    assert name_in_record(first) == name_in_record(second)
    kept, sentences = one_clip_a_name([first, second])
    assert kept == [first] and len(sentences) == 1 and "the same name in the record" in sentences[0]
