"""axe-core run on a page in headless Chromium: its WCAG 2.2 AA violations (scripts/setup.sh --test installs axe)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.export.browser import Chromium

AXE = Path(__file__).resolve().parents[1] / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
RUN_AXE = """(async () => {
  while (document.readyState !== 'complete') await new Promise(r => setTimeout(r, 20));
  const result = await axe.run(document, %s);
  return {rules: result.passes.length, violations: result.violations.map(v => ({id: v.id, impact: v.impact,
    help: v.help, nodes: v.nodes.map(n => n.html.slice(0, 200))}))};
})()"""


def inject_axe(browser: Chromium) -> None:
    """Puts axe-core into the page open in `browser`, to run as often as the page changes."""
    if not AXE.is_file():
        raise AssertionError(f"axe-core is not installed at {AXE}: run `bash scripts/setup.sh --test`.")
    browser.evaluate(AXE.read_text(encoding="utf-8") + "\n;true", timeout=120)


def run_axe(browser: Chromium, tags: list[str] | None = WCAG_22_AA) -> dict:
    """What axe-core finds in the page as it is now: against `tags`, or every rule axe runs by default (best
    practices too) when `tags` is None."""
    options = {"runOnly": {"type": "tag", "values": tags}} if tags else {}
    return browser.evaluate(RUN_AXE % json.dumps(options), timeout=120)


def axe_violations(page: Path, *flags: str) -> dict:
    """What axe-core finds against WCAG 2.0-2.2 A and AA in `page`, opened from file:// as from a stick."""
    with Chromium(page.as_uri(), *flags) as browser:
        inject_axe(browser)
        return run_axe(browser)
