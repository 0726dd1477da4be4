"""WebVTT cues: what a model says becomes captions that fit on screen, inside the clip, and read back the same."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from kiosk.transcripts.vtt import MAX_LINE, Cue, fit_cues, parse_vtt, plain_text, shifted, split_cue, to_vtt

words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzŵŷ'&<>", min_size=1, max_size=14)
segment_texts = st.lists(words, min_size=1, max_size=40).map(" ".join)


@st.composite
def segments(draw):
    times = sorted(draw(st.lists(st.floats(0, 120, allow_nan=False), min_size=2, max_size=16)))
    pairs = list(zip(times[::2], times[1::2]))
    return [(start, end, draw(segment_texts)) for start, end in pairs]


@given(segments(), st.floats(0.5, 200))
@example([(0, 0, "<")] * 4 + [(0, 0, " ".join(["<<<<"] * 20))], 1.8125)  # a duration between two milliseconds
def test_cues_fit_the_screen_and_the_clip(found, duration):
    cues = fit_cues(found, duration)
    for cue in cues:
        assert 0 <= cue.start < cue.end <= duration
        lines = cue.text.split("\n")
        assert 1 <= len(lines) <= 2
        assert all(len(line) <= MAX_LINE for line in lines)
    assert all(a.end <= b.start for a, b in zip(cues, cues[1:]))


@given(segments())
def test_every_word_said_within_the_clip_is_kept_in_order(found):
    cues = fit_cues(found, duration=10_000)
    assert plain_text(cues).split() == " ".join(text for _, _, text in found).split()


def test_a_long_segment_becomes_several_cues_sharing_its_time():
    text = " ".join(["community"] * 30)
    cues = fit_cues([(2.0, 12.0, text)], duration=20)
    assert len(cues) > 1
    assert cues[0].start == 2.0 and cues[-1].end == pytest.approx(12.0, abs=0.01)


def test_speech_past_the_clips_end_is_cut_off():
    cues = fit_cues([(0.0, 4.0, "first words"), (5.5, 7.0, "heard after the end")], duration=5.0)
    assert [cue.text for cue in cues] == ["first words"]
    assert cues[0].end <= 5.0


@given(st.lists(st.tuples(st.integers(0, 10**7), st.integers(1, 10**5), segment_texts), max_size=12))
def test_captions_read_back_as_written(raw):
    cues, at = [], 0
    for gap, length, text in raw:
        cues.append(Cue((at + gap) / 1000, (at + gap + length) / 1000, split_cue(0, 1, text)[0].text))
        at += gap + length
    assert parse_vtt(to_vtt(cues)) == tuple(cues)


def test_markup_in_what_was_said_stays_text():
    cues = (Cue(0, 1, "fish & chips <b>not bold</b> --> arrow"),)
    written = to_vtt(cues)
    assert "<b>" not in written and "--> arrow" not in written
    assert parse_vtt(written) == cues


@pytest.mark.parametrize("text, reason", [
    ("", "WEBVTT"),
    ("WEBVTTX\n\n00:00.000 --> 00:01.000\nhi\n", "WEBVTT"),
    ("WEBVTT\n\n00:00.000 -> 00:01.000\nhi\n", "timing"),
    ("WEBVTT\n\n00:02.000 --> 00:01.000\nhi\n", "ends before"),
    ("WEBVTT\n\n00:61.000 --> 01:01.000\nhi\n", "not a time"),
    ("WEBVTT\n\n" + "00:00.000 --> 00:01.000\nhi\n\n" * 6000, "too"),
])
def test_a_captions_file_from_elsewhere_is_checked(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_vtt(text)


def test_a_reason_never_quotes_what_was_said():
    with pytest.raises(ValueError) as refused:
        parse_vtt("WEBVTT\n\nsomething personal said here\n")
    assert "personal" not in str(refused.value)


def test_other_players_captions_are_read():
    text = ("\ufeffWEBVTT - made elsewhere\r\n\r\nNOTE a comment\r\n\r\n1\r\n00:00:01.500 --> 00:00:03.000 align:start\r\n"
            "<v Speaker>Hello &amp; welcome</v>\r\n")
    assert parse_vtt(text) == (Cue(1.5, 3.0, "Hello & welcome"),)


def test_shifted_moves_every_cue():
    assert shifted((Cue(0, 1, "a"), Cue(2, 3, "b")), 10) == (Cue(10, 11, "a"), Cue(12, 13, "b"))
