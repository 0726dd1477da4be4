"""Cameras: a real webcam through OpenCV, a video file played as a camera, and a synthetic test pattern."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import cv2
import numpy as np

from kiosk.capture.base import CameraSource, SourceError, VideoFrame, said
from kiosk.capture.identity import CameraListing, listed_cameras, listing_at, stable_spec
from kiosk.sentence import QT_TRANSLATE_NOOP

# A webcam that delivers nothing for this long has been unplugged or has hung.
LOST_AFTER_SECONDS = 2.0
# Each system's own camera API in OpenCV: V4L2 on Linux, AVFoundation on macOS, Media Foundation on Windows.
BACKEND = {"linux": cv2.CAP_V4L2, "darwin": cv2.CAP_AVFOUNDATION, "win32": cv2.CAP_MSMF}.get(sys.platform, cv2.CAP_ANY)


class SyntheticCamera(CameraSource):
    """A moving test pattern with the capture time burned in, for demos and tests."""

    demo = True

    def __init__(self, width: int = 1280, height: int = 720, fps: float = 30.0, stand_in: bool = False) -> None:
        # "(no camera)" only where it stands in for a camera that was not found, not where it was asked for.
        super().__init__("Demo pattern (no camera)" if stand_in else "Demo pattern", width, height, fps)
        self._background = self._draw_background(width, height)

    @staticmethod
    def _draw_background(width: int, height: int) -> np.ndarray:
        colours = [(192, 192, 192), (0, 192, 192), (192, 192, 0), (0, 192, 0), (192, 0, 192), (0, 0, 192), (192, 0, 0)]
        image = np.zeros((height, width, 3), np.uint8)
        bar = max(1, width // len(colours))
        for i, colour in enumerate(colours):
            image[:, i * bar : (i + 1) * bar] = colour
        return image

    def _run(self) -> None:
        started = time.monotonic()
        period = 1.0 / self.fps
        scale = self.height / 360
        index = 0
        while not self._stopping.wait(max(0.0, started + index * period - time.monotonic())):
            now = time.monotonic()
            image = self._background.copy()
            x = int((now - started) * self.width / 4) % self.width
            cv2.rectangle(image, (x, 0), (x + self.width // 40, self.height), (255, 255, 255), -1)
            stamp = f"{now - started:8.3f}"
            cv2.putText(image, stamp, (int(20 * scale), int(60 * scale)), cv2.FONT_HERSHEY_SIMPLEX, 1.5 * scale, (0, 0, 0), int(4 * scale))
            self._emit(VideoFrame(image, now))
            index += 1
            # Skip ticks we have already missed instead of bursting to catch up, as a camera would.
            index = max(index, int((time.monotonic() - started) / period))


class FileCamera(CameraSource):
    """Plays a video file through OpenCV at the file's own timestamps, in real time, as if it were a camera.

    The end of the file is treated like an unplugged camera.
    """

    def __init__(self, path: Path, epoch: float | None = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The camera file %1 does not exist."), self.path))
        self._capture = cv2.VideoCapture(str(self.path))
        if not self._capture.isOpened():
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "The camera file %1 is not a video OpenCV can read."),
                                   self.path))
        width = int(self._capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        height = int(self._capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        fps = float(self._capture.get(cv2.CAP_PROP_FPS)) or 30.0
        super().__init__(f"File {self.path.name}", width, height, fps)
        self.epoch = epoch  # shared with a FileMicrophone so a clapper file stays in sync

    def _run(self) -> None:
        epoch = self.epoch if self.epoch is not None else time.monotonic()
        self.epoch = epoch
        last = -1.0
        while not self._stopping.is_set():
            ok, image = self._capture.read()
            if not ok:
                self._lose(said(QT_TRANSLATE_NOOP("Devices", "The camera file has ended.")))
                return
            position = self._capture.get(cv2.CAP_PROP_POS_MSEC) / 1000.0
            position = max(position, last + 1e-3)
            last = position
            if self._stopping.wait(max(0.0, epoch + position - time.monotonic())):
                return
            self._emit(VideoFrame(image, epoch + position))

    def _close(self) -> None:
        self._capture.release()


class OpenCVCamera(CameraSource):
    """A webcam through OpenCV (V4L2, AVFoundation or Media Foundation), asked for MJPG at the configured size and rate.

    With `exact_size` (the `record` command) a camera that cannot give the size asked for is refused; the
    kiosk instead records at what the camera gives (an older webcam may top out at 640x480) and says so.
    """

    def __init__(self, device: int | str, width: int, height: int, fps: float, exact_size: bool = True,
                 listing: CameraListing | None = None) -> None:
        self.device = device
        self.exact_size = exact_size
        super().__init__(listing.name if listing else f"Camera {device}", width, height, fps)
        # The spec that finds this camera again after a replug renumbers the cameras ("" where it was not listed).
        self.stable_spec = stable_spec(listing) if listing else ""
        self._capture: cv2.VideoCapture | None = None

    def _open(self) -> None:
        capture = cv2.VideoCapture(self.device, BACKEND)
        if not capture.isOpened():
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "Camera %1 could not be opened."), self.device))
        # FOURCC, size, rate and buffers must be set before the first read: changing them restarts the stream.
        capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        capture.set(cv2.CAP_PROP_FPS, self.fps)
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 2)
        ok, _ = capture.read()
        if not ok:
            capture.release()
            raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "Camera %1 opened but gave no picture."), self.device))
        asked = (self.width, self.height)
        self.width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
        self.height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
        self.fps = float(capture.get(cv2.CAP_PROP_FPS)) or self.fps
        if (self.width, self.height) != asked:
            if self.exact_size:
                capture.release()
                raise SourceError(said(QT_TRANSLATE_NOOP("Devices", "Camera %1 cannot give %2x%3; it offers %4x%5."),
                                       self.device, asked[0], asked[1], self.width, self.height))
            self.detail = f"{self.width}x{self.height}: it cannot give the {asked[0]}x{asked[1]} asked for"
        self._capture = capture

    def _run(self) -> None:
        capture = self._capture
        last_frame = time.monotonic()
        while not self._stopping.is_set():
            ok, image = capture.read()
            now = time.monotonic()
            if not ok:
                if now - last_frame > LOST_AFTER_SECONDS:
                    self._lose(said(QT_TRANSLATE_NOOP("Devices", "%1 stopped sending pictures."), self.name))
                    return
                self._stopping.wait(0.01)
                continue
            last_frame = now
            # V4L2 gives the kernel's CLOCK_MONOTONIC buffer time (start of exposure); fall back to arrival.
            stamp = capture.get(cv2.CAP_PROP_POS_MSEC) / 1000.0
            if not (now - 1.0 < stamp <= now):
                stamp = now
            self._emit(VideoFrame(image, stamp))

    def _close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


def list_cameras(max_index: int = 8) -> list[dict]:
    """The cameras OpenCV can open, probed by index through the system's own backend, with what each gives by default.

    Indices are what Media Foundation, AVFoundation and V4L2 all understand. On Linux an index without its
    /dev/videoN is skipped unopened (OpenCV would only warn about it); elsewhere probing stops after the first two
    indices that do not open, since those systems number their cameras from 0 without gaps.
    """
    found, misses = [], 0
    listed = listed_cameras(BACKEND)
    for index in range(max_index):
        if sys.platform == "linux" and not Path(f"/dev/video{index}").exists():
            continue
        capture = cv2.VideoCapture(index, BACKEND)
        if capture.isOpened():
            misses = 0
            listing = listing_at(index, listed)
            found.append({
                "index": index,
                "name": listing.name if listing else
                f"/dev/video{index}" if sys.platform == "linux" else f"Camera {index}",
                "spec": stable_spec(listing) if listing else str(index),  # what finds it again after a replug
                "width": int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)),
                "height": int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT)),
                "fps": float(capture.get(cv2.CAP_PROP_FPS)),
            })
        else:
            misses += 1
        capture.release()
        if misses >= 2 and sys.platform != "linux":
            break
    return found
