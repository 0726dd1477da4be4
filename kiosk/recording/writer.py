"""One MP4 file on disk, H.264 + AAC through PyAV, playable at every moment while it is written."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

import av
import cv2
import numpy as np

# Fragments while recording (a killed file still plays), an ordinary MP4 after a clean close.
# delay_moov hides the AAC priming samples, without which audio plays ~21 ms late.
MOVFLAGS = "frag_keyframe+empty_moov+default_base_moof+delay_moov+hybrid_fragmented"
AUDIO_RATE = 48000
AAC_FRAME = 1024
FSYNC_EVERY_SECONDS = 1.0
MILLISECONDS = Fraction(1, 1000)


class Mp4Writer:
    """Encodes BGR frames at given millisecond pts and float audio in order; `close` finishes the file."""

    def __init__(self, path: Path, video_size: tuple[int, int] | None, audio_rate: int | None, audio_channels: int = 1,
                 crf: int = 23, preset: str = "veryfast") -> None:
        self.path = Path(path)
        # flush_packets sends every fragment to the file at once; without it a killed file is empty.
        options = {"movflags": MOVFLAGS, "flush_packets": "1"}
        if video_size is None:
            # frag_keyframe cuts fragments at video keyframes only: without a picture track nothing
            # would reach the file before close, so a killed sound-only take would be empty.
            options["frag_duration"] = str(int(FSYNC_EVERY_SECONDS * 1_000_000))
        self._container = av.open(str(self.path), "w", format="mp4", options=options)
        try:
            self._add_streams(video_size, audio_rate, audio_channels, crf, preset)
        except Exception:
            self._container.close()
            raise
        self._last_pts = -1
        self._fd: int | None = None  # the muxer creates the file with its first packet
        self._synced_at = 0.0  # seconds into the clip of the last fsync
        self.bytes_written = 0

    def _add_streams(self, video_size, audio_rate, audio_channels, crf, preset) -> None:
        self._video = None
        self.width = self.height = 0
        if video_size is not None:
            width, height = video_size
            self.width, self.height = width - width % 2, height - height % 2  # yuv420p needs even sizes
            self._video = self._container.add_stream(
                "libx264", rate=30,
                # zerolatency holds no frames inside the encoder, so stop is fast and a crash loses
                # only what is after the last forced keyframe.
                options={"preset": preset, "tune": "zerolatency", "crf": str(crf), "forced-idr": "1"},
            )
            self._video.width, self._video.height = self.width, self.height
            self._video.pix_fmt = "yuv420p"
            self._video.time_base = MILLISECONDS
            self._video.codec_context.time_base = MILLISECONDS
        self._audio = None
        self._resampler = None
        self._audio_pts = 0
        if audio_rate:
            # More than two channels (a file source) is mixed down to mono in write_audio.
            layout = "stereo" if audio_channels == 2 else "mono"
            self._audio = self._container.add_stream("aac", rate=AUDIO_RATE, layout="mono")
            self._audio.bit_rate = 128_000
            self._input_layout, self._input_rate = layout, audio_rate
            self._resampler = av.AudioResampler(format="fltp", layout="mono", rate=AUDIO_RATE, frame_size=AAC_FRAME)

    def write_video(self, image: np.ndarray, pts_ms: int, keyframe: bool) -> None:
        pts_ms = max(pts_ms, self._last_pts + 1)  # equal pts make "non monotonically increasing dts"
        self._last_pts = pts_ms
        if image.shape[1] != self.width or image.shape[0] != self.height:
            image = cv2.resize(image, (self.width, self.height), interpolation=cv2.INTER_AREA)
        frame = av.VideoFrame.from_ndarray(cv2.cvtColor(image, cv2.COLOR_BGR2YUV_I420), format="yuv420p")
        frame.pts, frame.time_base = pts_ms, MILLISECONDS
        if keyframe:
            frame.pict_type = av.video.frame.PictureType.I
        self._mux(self._video.encode(frame))
        self._sync_once_a_second(pts_ms / 1000)

    def _sync_once_a_second(self, seconds: float) -> None:
        if seconds - self._synced_at >= FSYNC_EVERY_SECONDS:
            self._sync()
            self._synced_at = seconds

    def _sync(self) -> None:
        # flush_packets reaches the page cache; a power cut also needs the pages on disk.
        if self._fd is None and self.path.exists():
            self._fd = os.open(self.path, os.O_RDONLY)
        if self._fd is not None:
            os.fsync(self._fd)

    def write_audio(self, samples: np.ndarray) -> None:
        """Samples (frames x channels, float32) that follow the previous ones without a gap."""
        if self._audio is None or len(samples) == 0:
            return
        if samples.ndim == 2 and samples.shape[1] > 2:
            samples = samples.mean(axis=1, keepdims=True)  # read as stereo it would play at half speed
        packed = np.ascontiguousarray(samples, dtype=np.float32).reshape(1, -1)
        frame = av.AudioFrame.from_ndarray(packed, format="flt", layout=self._input_layout)
        frame.sample_rate = self._input_rate
        self._encode_audio(self._resampler.resample(frame))
        if self._video is None:  # a sound-only take has no pictures to time the fsync by
            self._sync_once_a_second(self._audio_pts / AUDIO_RATE)

    def _encode_audio(self, frames) -> None:
        for frame in frames:
            frame.pts, frame.time_base = self._audio_pts, Fraction(1, AUDIO_RATE)
            self._audio_pts += frame.samples
            self._mux(self._audio.encode(frame))

    def _mux(self, packets) -> None:
        for packet in packets:
            self._container.mux(packet)
            self.bytes_written += packet.size

    def close(self) -> None:
        """Flush the encoders and finish the file as an ordinary MP4; safe to call after a write failed."""
        try:
            if self._video is not None:
                self._mux(self._video.encode())
            if self._audio is not None:
                self._encode_audio(self._resampler.resample(None))
                self._mux(self._audio.encode())
        finally:
            try:
                self._container.close()
            finally:
                try:
                    self._sync()
                finally:
                    if self._fd is not None:
                        os.close(self._fd)
