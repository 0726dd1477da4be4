"""Opens an exported gallery in real headless Chromium from file://, as someone with the USB stick would.

Chromium is driven over its DevTools pipe (--remote-debugging-pipe: JSON messages ending in NUL on fds 3
and 4), so the probe runs in real time; under --virtual-time-budget video playback does not reliably advance.
"""

from __future__ import annotations

import fcntl
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")

# Evaluated in the gallery page (the gallery itself has no script): plays every clip muted and reports.
PLAY_EVERY_CLIP = """(async () => {
  while (document.readyState !== 'complete') await new Promise(r => setTimeout(r, 20));
  document.querySelectorAll('a.play').forEach(link => link.click());  // as a visitor taps each clip
  const videos = [...document.querySelectorAll('video')];
  function brightness(video) {
    try {
      const canvas = document.createElement('canvas'); canvas.width = 32; canvas.height = 24;
      const context = canvas.getContext('2d'); context.drawImage(video, 0, 0, 32, 24);
      const data = context.getImageData(0, 0, 32, 24).data; let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += data[i] + data[i + 1] + data[i + 2];
      return sum;
    } catch (error) { return -1; }
  }
  const clips = await Promise.all(videos.map(video => new Promise(done => {
    let playing = false, finished = false;
    const report = what => { if (finished) return; finished = true; video.pause(); done({
      src: video.getAttribute('src'), what, playing, readyState: video.readyState, duration: video.duration,
      error: video.error && video.error.code, currentTime: video.currentTime, brightness: brightness(video)}); };
    video.addEventListener('error', () => report('error'));
    video.addEventListener('playing', () => { playing = true; });
    video.addEventListener('timeupdate', () => { if (video.currentTime > 0.05) report('played'); });
    const start = () => { video.muted = true; video.play().catch(error => report('play refused: ' + error)); };
    start();
    setTimeout(() => report('timeout'), %(timeout_ms)d);
  })));
  return {count: videos.length, clips};
})()"""

# How long the page took to load (each clip is a picture until it is tapped).
LOAD_TIMES = """(async () => {
  while (document.readyState !== 'complete') await new Promise(r => setTimeout(r, 5));
  const clips = document.querySelectorAll('a.play').length;
  const navigation = performance.getEntriesByType('navigation')[0];
  return {clips, dom_content_loaded_ms: navigation.domContentLoadedEventEnd,
          load_ms: navigation.loadEventEnd};
})()"""


def find_chromium() -> str | None:
    """A Chromium that really runs (Ubuntu's `chromium` package can be a snap wrapper that cannot start here)."""
    for name in CHROMIUM_NAMES:
        path = shutil.which(name)
        if path is None:
            continue
        try:
            answer = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if answer.returncode == 0 and "Chrom" in answer.stdout:
            return path
    return None


class Chromium:
    """A headless Chromium with one page open at `url`, answering DevTools commands over a pipe."""

    def __init__(self, url: str, *flags: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        # The DevTools pipe is fds 3 (commands in) and 4 (answers out), by Chromium's rule; close_fds would
        # close them again after preexec_fn put them there.
        def give_pipes():
            # Moved out of the way first: either pipe end may itself be fd 3 or 4.
            commands, answers = (fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser_read, from_browser_write))
            os.dup2(commands, 3)
            os.dup2(answers, 4)

        self.process = subprocess.Popen(
            [find_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", "--mute-audio",
             "--remote-debugging-pipe", f"--user-data-dir={self._profile.name}", *flags, "about:blank"],
            preexec_fn=give_pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        self._buffer = b""
        self._next_id = 0
        self._session = None
        page = self._page_target()
        self._session = self.command("Target.attachToTarget", targetId=page, flatten=True)["sessionId"]
        self.command("Page.navigate", url=url)
        self._wait_for(url)

    def _wait_for(self, url: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while self.evaluate("location.href + ' ' + document.readyState") != f"{url} complete":
            if time.monotonic() > deadline:
                raise AssertionError(f"Chromium did not load {url}.")
            time.sleep(0.02)  # polling the page until it has loaded, with a deadline

    def _page_target(self, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for target in self.command("Target.getTargets")["targetInfos"]:
                if target["type"] == "page":
                    return target["targetId"]
            time.sleep(0.1)  # polling for the first tab, with a deadline
        raise AssertionError("Chromium opened no page.")

    def command(self, method: str, timeout: float = 60, **params) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if self._session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                answer = json.loads(raw)
                if answer.get("id") == self._next_id:
                    if "error" in answer:
                        raise AssertionError(f"Chromium refused {method}: {answer['error']}")
                    return answer["result"]
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise AssertionError(f"Chromium did not answer {method} in {timeout:g} s.")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise AssertionError("Chromium closed its DevTools pipe.")
            self._buffer += chunk

    def evaluate(self, expression: str, timeout: float = 60):
        result = self.command("Runtime.evaluate", timeout=timeout, expression=expression, awaitPromise=True,
                              returnByValue=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"The page script failed: {result['exceptionDetails']}")
        return result["result"]["value"]

    def close(self) -> None:
        try:
            self.command("Browser.close", timeout=10)
        except AssertionError:
            pass  # it may close the pipe before answering
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        self._profile.cleanup()

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def play_every_clip(gallery: Path, timeout_ms: int = 20000) -> dict:
    """What each <video> in `gallery` did when played."""
    # File access from files lets the probe read a decoded frame's pixels; the gallery itself needs no flag.
    with Chromium(gallery.as_uri(), "--autoplay-policy=no-user-gesture-required",
                  "--allow-file-access-from-files") as browser:
        return browser.evaluate(PLAY_EVERY_CLIP % {"timeout_ms": timeout_ms}, timeout=timeout_ms / 1000 + 30)


def load_times(gallery: Path) -> dict:
    with Chromium(gallery.as_uri()) as browser:
        return browser.evaluate(LOAD_TIMES, timeout=120)
