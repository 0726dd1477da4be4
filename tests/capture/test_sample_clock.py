"""SampleClock: audio stamped by sample count from the tightest anchor seen, whatever order blocks arrive in."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.capture.microphone import ANCHOR_RISE_PER_SECOND, SampleClock
from kiosk.recording.take import AUDIO_JITTER_SECONDS

RATE = 48000
FRAMES = 960  # 20 ms blocks, as the microphone asks for
BLOCK = FRAMES / RATE
START = 1000.0  # when the device really captured its first sample, on the monotonic clock


def deliver(clock: SampleClock, delays: list[float]) -> list[float]:
    """Stamps for blocks captured back to back from START, each arriving `delay` after it was complete."""
    return [clock.stamp(FRAMES, START + (i + 1) * BLOCK + delay) for i, delay in enumerate(delays)]


def test_blocks_on_time_are_stamped_by_sample_count():
    stamps = deliver(SampleClock(RATE), [0.0] * 50)

    assert stamps == pytest.approx([START + i * BLOCK for i in range(50)], abs=1e-9)


def test_bursty_late_arrivals_never_push_stamps_later():
    # PulseAudio hands over audio in bursts: ten blocks at once, the oldest captured 200 ms before.
    on_time_then_bursts = [0.0] * 5 + [0.2 - (i % 10 + 1) * BLOCK for i in range(40)]

    stamps = deliver(SampleClock(RATE), on_time_then_bursts)

    # Within a burst the anchor may rise by its slow allowance only: 10 blocks of it is 60 µs.
    assert stamps == pytest.approx([START + i * BLOCK for i in range(45)], abs=10 * BLOCK * ANCHOR_RISE_PER_SECOND)


def test_a_fast_device_tightens_the_anchor():
    # The first blocks come late (the stream is starting up); later ones show how early audio can be.
    clock = SampleClock(RATE)
    late_start = deliver(clock, [0.3] * 5 + [0.005] * 20)

    assert late_start[0] == pytest.approx(START + 0.3, abs=1e-9)
    assert late_start[-1] == pytest.approx(START + 24 * BLOCK + 0.005, abs=1e-9)
    assert clock.anchor == pytest.approx(START + 0.005, abs=1e-9)


def test_a_burst_is_anchored_as_a_whole_so_its_stamps_are_contiguous():
    # The first burst from PulseAudio: 2 s of audio handed over at one instant.
    arrival = START + 2.0
    stamps = SampleClock(RATE).stamp_burst([(FRAMES, arrival)] * 100)

    assert stamps == pytest.approx([START + i * BLOCK for i in range(100)], abs=1e-9)


@given(st.lists(st.floats(min_value=0.0, max_value=2.0), min_size=1, max_size=200))
def test_each_stamp_is_late_by_the_smallest_delay_seen_so_far_aged_by_the_allowed_rise(delays):
    stamps = deliver(SampleClock(RATE), delays)

    for i, stamp in enumerate(stamps):
        smallest = min(delay + ANCHOR_RISE_PER_SECOND * (i - s) * BLOCK for s, delay in enumerate(delays[: i + 1]))
        assert stamp - (START + i * BLOCK) == pytest.approx(smallest, abs=1e-6)


def test_a_slow_device_clock_does_not_leave_stamps_ever_earlier():
    # The microphone stays open all day; its crystal runs 100 ppm slow against the monotonic clock.
    clock, true_rate, done = SampleClock(RATE), RATE * (1 - 100e-6), 0
    for _ in range(int(3600 / BLOCK)):
        stamp = clock.stamp(FRAMES, START + (done + FRAMES) / true_rate + 0.002)
        error = stamp - (START + done / true_rate)
        done += FRAMES
    assert abs(error) < 0.02


def test_samples_lost_in_an_overflow_are_caught_up_with():
    clock, done = SampleClock(RATE), 0
    catch_up_seconds = BLOCK / ANCHOR_RISE_PER_SECOND  # one lost block, made up at the allowed rise
    for i in range(int((catch_up_seconds + 10) / BLOCK)):
        if i == 100:
            done += FRAMES  # a block the driver dropped: the clock never saw it
            continue
        stamp = clock.stamp(FRAMES, START + (done + FRAMES) / RATE)
        done += FRAMES
    assert stamp == pytest.approx(START + (done - FRAMES) / RATE, abs=1e-6)


def test_a_delivery_delay_that_grows_for_a_minute_moves_the_stamps_less_than_the_recorders_jitter():
    # PulseAudio's delivery floor 120 ms higher for 60 s (a busy machine), then back to 5 ms.
    clock, errors = SampleClock(RATE), []
    for i in range(int(150 / BLOCK)):
        delay = 0.125 if 30 <= i * BLOCK < 90 else 0.005
        errors.append(clock.stamp(FRAMES, START + (i + 1) * BLOCK + delay) - (START + i * BLOCK))
    assert max(errors) < AUDIO_JITTER_SECONDS  # so the recorder neither pads nor trims for it
    assert errors[-1] == pytest.approx(0.005, abs=1e-6)
