"""How much recording the free space holds: the one figure the panel's status, the device test and the CLI all say.

Free space is said in GB (10^9 bytes) to one decimal place; the time it holds in hours and minutes, rounded down
(a promise of a minute that is not there is worse than one left unsaid), after the kiosk's own reserve
(`kiosk.min_free_mb`, which stops a take) is kept free, at a rate in MB a minute.
"""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024  # the config's MB (kiosk.min_free_mb) and the rate's
GIGABYTE = 1000 ** 3  # as a laptop's file manager and a USB stick's label say it
# What a take costs when nothing has been measured yet: H.264 at 720p and 30 fps plus AAC, roughly.
ESTIMATED_BYTES_PER_SECOND = 0.5 * MEGABYTE


def gigabytes(free_bytes: int) -> str:
    """Free space as every place says it: "77.6"."""
    return f"{free_bytes / GIGABYTE:,.1f}"


@dataclass(frozen=True)
class SpaceLeft:
    """The free space and the recording it holds at a rate (bytes a second of clip)."""

    free_bytes: int
    reserve_bytes: int
    bytes_per_second: float

    @property
    def minutes(self) -> int:
        usable = max(0, self.free_bytes - self.reserve_bytes)
        return int(usable / self.bytes_per_second // 60) if self.bytes_per_second > 0 else 0

    @property
    def hours_and_minutes(self) -> tuple[int, int]:
        return divmod(self.minutes, 60)

    @property
    def megabytes_a_minute(self) -> str:
        return f"{self.bytes_per_second * 60 / MEGABYTE:.1f}"

    @property
    def gigabytes(self) -> str:
        return gigabytes(self.free_bytes)

    def time_left(self) -> str:
        """In English, for the CLI and the log: "5 h 20 min"."""
        hours, minutes = self.hours_and_minutes
        return f"{hours:,} h {minutes:02d} min"


def space_left(free_bytes: int, min_free_mb: float, bytes_per_second: float | None = None) -> SpaceLeft:
    """What `free_bytes` holds after the reserve, at `bytes_per_second` (None: the estimate for 720p)."""
    rate = bytes_per_second if bytes_per_second and bytes_per_second > 0 else ESTIMATED_BYTES_PER_SECOND
    return SpaceLeft(int(free_bytes), int(min_free_mb * MEGABYTE), rate)
