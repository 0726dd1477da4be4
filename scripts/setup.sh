#!/usr/bin/env bash
# Sets up everything the kiosk and its tests need on a fresh Debian/Ubuntu machine; safe to run again.
#   bash scripts/setup.sh          system packages + .venv with the kiosk
#   bash scripts/setup.sh --test   the same, plus what the tests need (PulseAudio, ffprobe, Chromium, espeak-ng)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[[ "${1:-}" == "--test" ]] && with_tests=1

packages=(
  python3-venv python3-pip
  libportaudio2 libasound2-plugins   # sounddevice -> PortAudio -> ALSA (and its pulse plugin)
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  fonts-dejavu-core
)
if (( with_tests )); then
  # espeak-ng: synthetic speech for transcripts; dbus-daemon: a private session bus for the keep-awake tests;
  # syncthing: the event fleet's tests run real instances on loopback (a kiosk needs it only with sync on)
  packages+=(pulseaudio ffmpeg xvfb chromium strace espeak-ng dbus-daemon syncthing)
  command -v npm >/dev/null || packages+=(npm)  # fetches axe-core, the accessibility checker run on the pages
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if (( ${#missing[@]} )); then
  sudo=""
  (( EUID == 0 )) || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [[ ! -x .venv/bin/python ]]; then
  python3 -m venv .venv
fi
extras="[transcripts]"
(( with_tests )) && extras="[transcripts,test]"
# Some machines' pip configs name package folders that are not there; pip warns about each, harmlessly.
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}" 2> >(grep -v "^WARNING: Location" >&2); then
  echo "setup: pip could not install the kiosk's Python packages (see above); check the network and run this again." >&2
  exit 1
fi
if ! .venv/bin/python -c "import kiosk, PySide6, av, cv2, sounddevice, soundfile"; then
  echo "setup: the kiosk's packages are installed but do not load (see above)." >&2
  exit 1
fi
# axe-core (MPL-2.0) checks the exported pages against WCAG 2.2 AA in Chromium (tests/accessibility.py).
if (( with_tests )) && [[ ! -f .cache/npm/node_modules/axe-core/axe.min.js ]]; then
  if ! npm install --prefix .cache/npm --no-save --no-package-lock --no-audit --no-fund --silent axe-core@4.10; then
    echo "setup: npm could not install axe-core; check the network and run this again." >&2
    exit 1
  fi
fi
echo "Set up: $(.venv/bin/kiosk --version)"
