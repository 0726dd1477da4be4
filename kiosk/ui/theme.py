"""The kiosk's look: calm, large and high-contrast (every text/background pair here passes WCAG AA).

Sizes follow the screen. Everything is designed for 1366x768; the kiosk window (window.py) works out
scale_for(its size) and applies stylesheet(scale) and fit_layouts(). So that a new widget follows too:
- give it a role / shape property the style sheet sizes (a button: button("primary"), shape "wide"...),
  rather than a setStyleSheet() or setMinimumSize() with pixels of its own;
- sizes that code draws or sets: px(design_px), font_px(design_px), target(design_px) (at least 60 px);
- layout margins and addSpacing() are written at design size: the window scales them.
"""

from __future__ import annotations

from contextlib import contextmanager

import shiboken6
from PySide6.QtWidgets import QLayout, QSizePolicy, QWidget

from kiosk import shipped

ICONS = shipped.ICONS

PAGE = "#FAF7F2"  # warm off-white
INK = "#1C1B1A"  # 16.6:1 on PAGE
MUTED = "#4A4744"  # 8.6:1 on PAGE
PRIMARY = "#00594F"  # deep teal; white text on it 7.9:1
PRIMARY_PRESSED = "#003D36"
RECORD_RED = "#B3261E"  # white text on it 6.5:1
DESTRUCTIVE_PRESSED = "#8C1D18"
DESTRUCTIVE_TINT = "#F9DEDC"  # RECORD_RED text on it 5.3:1
# Two looks for actions that delete or remove (never the green of Keep, never the outline of Try again):
#   role="destructive": red outline and text on white, for the tap that starts one (Delete, Remove a card);
#   role="danger": filled red, for the tap that confirms one (Yes, delete; Withdraw it; Yes, exit).
WARNING_BG = "#FFE08A"  # INK on it 14:1
FOCUS = "#1A56DB"
CHOSEN_TINT = "#D7ECE8"  # a toggle that is on (a scope, the Keyboard button); INK on it 14:1

# Colours for cards a facilitator adds, unlike the shipped ones; white text on each passes WCAG AA.
NEW_CARD_COLOURS = ("#00695C", "#1A237E", "#BF360C", "#33691E", "#006064", "#311B92", "#37474F", "#AD1457")

MIN_TARGET_PX = 72  # at the 1366x768 design size; scaled, never under TAP_FLOOR_PX
TAP_FLOOR_PX = 60  # the smallest tap target on any screen (the "every tap target >= 60 px")
FONT_FLOOR_PX = 18  # no text smaller than this, even on a small portrait screen
# A scroll bar a finger can hold; its arrows are gone (a 38 px arrow was the only control): the handle is the control,
# and a drag of the content itself scrolls too (widgets.touch_scrolling).
SCROLL_FLOOR_PX = 44
# The least room between two controls side by side (a layout's spacing, scaled): Qt's own 6 px, scaled down on a
# portrait screen, left Delete and Play again 5 px apart, where a finger meant for one could land on the other.
GAP_FLOOR_PX = 8

# Every size below is for a 1366x768 screen, the commonest cheap laptop; on another screen they are scaled by
# how much larger (or smaller) it is, so that 1280x720 and 1920x1080 look alike and both read from a metre.
DESIGN_WIDTH, DESIGN_HEIGHT = 1366, 768

_scale = 1.0


def scale_for(width: int, height: int) -> float:
    """The factor sizes are multiplied by on a width x height screen: the one that keeps the design inside it.

    A portrait 1080x1920 screen gets 0.79: the landscape design at its width, with room to spare below.
    """
    return min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT)


def set_scale(scale: float) -> None:
    """Called by the kiosk window when it knows its screen; px() and target() follow."""
    global _scale
    _scale = scale


def scale() -> float:
    return _scale


def px(value: float, factor: float | None = None) -> int:
    """A length from the 1366x768 design, in pixels on this screen (paddings, margins, picture sizes)."""
    return round(value * (_scale if factor is None else factor))


def font_px(value: float, factor: float | None = None) -> int:
    """A font size from the design, on this screen; never under FONT_FLOOR_PX."""
    return max(FONT_FLOOR_PX, px(value, factor))


def target(value: float = MIN_TARGET_PX, factor: float | None = None) -> int:
    """The side of a tap target from the design, on this screen; never under TAP_FLOOR_PX."""
    return max(TAP_FLOOR_PX, px(value, factor))


# shape="compact" is a control among many on a crowded panel page (the clip page's player, actions and themes):
# smaller words and padding at the same tap height, so that a row of them fits a 1280-pixel screen in Welsh.
def stylesheet(factor: float = 1.0) -> str:
    """The kiosk's style sheet with every size scaled by `factor` (see scale_for)."""
    def p(value: float) -> int:
        return px(value, factor)

    def f(value: float) -> int:
        return font_px(value, factor)

    def t(value: float) -> int:
        return target(value, factor)

    return f"""
QWidget {{ background: {PAGE}; color: {INK}; font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: {f(26)}px; }}
QLabel[role="title"] {{ font-size: {f(60)}px; font-weight: bold; }}
QLabel[role="heading"] {{ font-size: {f(44)}px; font-weight: bold; }}
QLabel[role="lead"] {{ font-size: {f(32)}px; }}
QLabel[role="body"] {{ font-size: {f(28)}px; }}
QLabel[role="muted"] {{ font-size: {f(26)}px; color: {MUTED}; }}
QLabel[role="notice"] {{ font-size: {f(26)}px; background: {WARNING_BG}; border-radius: {p(12)}px; padding: {p(12)}px {p(20)}px; }}
QLabel[role="code"] {{ font-size: {f(120)}px; font-weight: bold; letter-spacing: {p(8)}px; font-family: "DejaVu Sans Mono", monospace; }}
QLabel[role="pindots"] {{ font-size: {f(72)}px; font-weight: bold; font-family: "DejaVu Sans Mono", monospace; }}
QLabel[role="countdown"] {{ font-size: {f(240)}px; font-weight: bold; color: white; background: rgba(0, 0, 0, 150);
    border-radius: {p(40)}px; padding: 0 {p(80)}px; }}
QLabel[role="recording"] {{ font-size: {f(32)}px; font-weight: bold; color: white; background: {RECORD_RED};
    border-radius: {p(16)}px; padding: {p(8)}px {p(28)}px; }}
QLabel[role="warning"] {{ font-size: {f(32)}px; font-weight: bold; background: {WARNING_BG}; border-radius: {p(12)}px; padding: {p(8)}px {p(20)}px; }}
QLabel[role="perspective"] {{ font-size: {f(34)}px; font-weight: bold; border-radius: {p(16)}px; padding: {p(12)}px {p(32)}px; }}
QLabel[role="timeleft"] {{ font-size: {f(36)}px; font-weight: bold; }}
QLineEdit, QPlainTextEdit, QComboBox {{ font-size: {f(26)}px; border: 2px solid {MUTED}; border-radius: {p(8)}px;
    background: white; padding: {p(4)}px {p(12)}px; }}
QLineEdit {{ min-height: {t(60) - 2 * p(4) - 4}px; }}
QPlainTextEdit {{ min-height: {p(128)}px; }}
QPlainTextEdit[role="cue"] {{ min-height: {p(116)}px; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{ border: 3px solid {FOCUS}; }}
QListView {{ border: 2px solid {MUTED}; }}
QListView:focus {{ border: 3px solid {FOCUS}; }}
QLineEdit[problem="true"], QPlainTextEdit[problem="true"], QComboBox[problem="true"] {{ border: 3px solid {RECORD_RED}; }}
QLineEdit[role="code"] {{ font-size: {f(48)}px; min-height: {t(84) - 2 * p(4) - 4}px; font-family: "DejaVu Sans Mono", monospace; }}
QLineEdit[role="pin"] {{ font-size: {f(40)}px; min-height: {t(72) - 2 * p(4) - 4}px; }}
QComboBox {{ min-height: {t(64) - 2 * p(4) - 4}px; padding: {p(4)}px {p(16)}px; }}
QComboBox QAbstractItemView {{ font-size: {f(26)}px; }}
QComboBox QAbstractItemView::item {{ min-height: {t(64)}px; }}
QListView {{ font-size: {f(24)}px; }}
QListView::item {{ min-height: {t(96)}px; }}
QProgressBar {{ min-height: {p(48)}px; font-size: {f(24)}px; }}
QPushButton {{ min-height: {t(MIN_TARGET_PX) - 2 * p(8) - 6}px; padding: {p(8)}px {p(36)}px;
    font-size: {f(30)}px; border-radius: {p(18)}px; border: 3px solid {INK}; background: white; color: {INK}; }}
QPushButton:pressed {{ background: #E8E2D8; }}
QPushButton:checked {{ background: {CHOSEN_TINT}; }}
QPushButton:disabled {{ color: {MUTED}; border-color: {MUTED}; }}
QPushButton[role="primary"] {{ background: {PRIMARY}; color: white; border: 3px solid {PRIMARY}; font-weight: bold; }}
QPushButton[role="primary"]:pressed {{ background: {PRIMARY_PRESSED}; }}
QPushButton[role="stop"] {{ background: {RECORD_RED}; color: white; border: 3px solid {RECORD_RED}; font-weight: bold;
    font-size: {f(40)}px; min-height: {t(120) - 2 * p(8) - 6}px; min-width: {p(480)}px; }}
QPushButton[role="destructive"] {{ background: white; color: {RECORD_RED}; border: 3px solid {RECORD_RED}; font-weight: bold; }}
QPushButton[role="destructive"]:pressed, QPushButton[role="destructive"]:checked {{ background: {DESTRUCTIVE_TINT}; }}
QPushButton[role="danger"] {{ background: {RECORD_RED}; color: white; border: 3px solid {RECORD_RED}; font-weight: bold; }}
QPushButton[role="danger"]:pressed {{ background: {DESTRUCTIVE_PRESSED}; }}
QPushButton[role="destructive"]:disabled, QPushButton[role="danger"]:disabled {{ background: {PAGE}; color: {MUTED};
    border: 3px dashed {MUTED}; }}
QPushButton[role="key"] {{ font-size: {f(40)}px; min-height: {t(84) - 2 * p(8) - 6}px; min-width: {p(180) - 2 * p(36)}px;
    font-weight: bold; }}
QPushButton[shape="keypad"] {{ font-size: {f(40)}px; min-height: {t(84) - 2 * p(8) - 6}px; min-width: {p(180) - 2 * p(36)}px; }}
QPushButton[role="textkey"] {{ font-size: {f(28)}px; font-weight: bold; min-height: {t(64) - 6}px; min-width: {t(64) - 6}px;
    padding: 0px; border-radius: {p(10)}px; }}
QPushButton[role="textkey"][shape="space"] {{ min-width: {p(200)}px; }}
QPushButton[role="textkey"][shape="wide"] {{ min-width: {p(100)}px; }}
QPushButton[role="textkey"]:checked {{ background: {PRIMARY}; color: white; }}
QPushButton[role="card"] {{ border-radius: {p(24)}px; padding: 0; min-height: {p(150)}px; min-width: 0px; }}
QPushButton[role="card"]:focus {{ border: 6px solid {FOCUS}; }}
QPushButton[role="scope"] {{ text-align: left; padding: {p(16)}px {p(32)}px; }}
QPushButton[role="scope"]:checked {{ background: {CHOSEN_TINT}; border: 5px solid {PRIMARY}; font-weight: bold; }}
QPushButton[role="scope"][attention="true"] {{ border: 5px solid {RECORD_RED}; padding: {p(16) - 2}px {p(32) - 2}px; }}
QPushButton[role="scope"][shape="compact"] {{ font-size: {f(24)}px; padding: {p(4)}px {p(14)}px;
    min-height: {t(MIN_TARGET_PX) - 2 * p(4) - 6}px; }}
QPushButton[role="scope"][shape="compact"]:checked {{ font-weight: normal; }}
QPushButton[role="scope"][shape="nav"] {{ padding: {p(4)}px {p(24)}px; min-width: {p(240) - 2 * p(24)}px;
    min-height: {t(MIN_TARGET_PX) - 2 * p(4) - 6}px; }}
QPushButton[shape="hero"] {{ font-size: {f(52)}px; min-height: {t(140) - 2 * p(8) - 6}px; min-width: {p(520) - 2 * p(36)}px;
    border-radius: {p(28)}px; }}
QPushButton[shape="large"] {{ min-height: {t(120) - 2 * p(8) - 6}px; min-width: {p(440) - 2 * p(36)}px; }}
QPushButton[shape="wide"] {{ min-width: {p(300) - 2 * p(36)}px; }}
QPushButton[shape="cuetime"] {{ padding: {p(4)}px {p(12)}px; font-size: {f(24)}px;
    min-height: {t(MIN_TARGET_PX) - 2 * p(4) - 6}px; }}
QPushButton[shape="compact"] {{ font-size: {f(24)}px; padding: {p(4)}px {p(14)}px;
    min-height: {t(MIN_TARGET_PX) - 2 * p(4) - 6}px; }}
QPushButton[shape="side"] {{ padding: {p(4)}px {p(16)}px; min-width: {p(280) - 2 * p(16)}px;
    min-height: {t(MIN_TARGET_PX) - 2 * p(4) - 6}px; }}
QPushButton[role="language"] {{ font-size: {f(28)}px; min-width: {p(220) - 2 * p(36)}px; }}
QPushButton[role="language"]:checked {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; font-weight: bold; }}
QPushButton[role="primary"]:disabled {{ background: {PAGE}; color: {MUTED}; border: 3px dashed {MUTED}; }}
QScrollBar:vertical {{ width: {max(SCROLL_FLOOR_PX, p(48))}px; background: #E8E2D8; border: none; }}
QScrollBar:horizontal {{ height: {max(SCROLL_FLOOR_PX, p(48))}px; background: #E8E2D8; border: none; }}
QScrollBar::handle {{ background: {MUTED}; border-radius: {p(10)}px; }}
QScrollBar::handle:vertical {{ min-height: {t(MIN_TARGET_PX)}px; margin: 0px {p(6)}px; }}
QScrollBar::handle:horizontal {{ min-width: {t(MIN_TARGET_PX)}px; margin: {p(6)}px 0px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0px; width: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QLabel[role="thumbnail"] {{ min-width: {p(192)}px; max-width: {p(192)}px; min-height: {p(108)}px; max-height: {p(108)}px; }}
LevelMeter {{ min-width: {p(56)}px; max-width: {p(56)}px; min-height: {p(160)}px; }}
CameraPreview {{ min-width: {p(320)}px; min-height: {p(180)}px; }}
CameraPreview[shape="review"] {{ min-width: {p(480)}px; min-height: {p(270)}px; }}
CameraPreview[shape="clip"] {{ min-height: {p(120)}px; }}
{focus_rules(factor)}
"""


# The focus ring is 2 px wider than the border; the padding gives those 2 px back, so a button that takes the
# focus keeps its size (otherwise its text no longer fits the room the layout gave it before).
FOCUS_PADDINGS = {"": (8, 36), '[role="scope"]': (16, 32), '[role="scope"][shape="compact"]': (4, 14),
                  '[role="scope"][shape="nav"]': (4, 24), '[shape="compact"]': (4, 14), '[shape="side"]': (4, 16),
                  '[shape="cuetime"]': (4, 12), '[role="textkey"]': (0, 0)}


def focus_rules(factor: float) -> str:
    """The focus ring (and a chosen scope's thicker border) with the padding that keeps the button's size."""
    rules = []
    for selector, (vertical, horizontal) in FOCUS_PADDINGS.items():
        padding = f"padding: {max(0, px(vertical, factor) - 2)}px {max(0, px(horizontal, factor) - 2)}px;"
        rules.append(f"QPushButton{selector}:focus {{ border: 5px solid {FOCUS}; {padding} }}")
        if selector.startswith('[role="scope"]'):
            rules.append(f"QPushButton{selector}:checked {{ {padding} }}")
    rules.append(f"QPushButton:checked:focus {{ border-color: {FOCUS}; }}")
    return "\n".join(rules)


STYLESHEET = stylesheet(1.0)


def restyle(widget: QWidget) -> None:
    """Applies the style sheet again after one of `widget`'s dynamic properties (role, attention...) changed.

    Not widget.style().unpolish()/polish(): PySide can hand back a stale Python object for a style Qt made anew
    (a CI run once got a QWidgetItem there). Setting the widget's own style sheet again makes Qt repolish it.
    """
    widget.setStyleSheet(widget.styleSheet())


@contextmanager
def _item(layout: QLayout, index: int):
    """The layout's item at `index` as a spacer (None if it is not one), its Python wrappers dropped afterwards.

    PySide keeps every wrapper itemAt() hands out alive beside its layout. Qt deletes a widget's layout item with the
    widget, without telling PySide, so the wrapper stays in PySide's map by address, and a new object Qt makes at
    that address later comes back to Python as that dead QWidgetItem ("'QWidgetItem' object has no attribute
    'parentWidget'", seen in CI and in a layout test). Invalidated, the wrappers leave the map.
    """
    item = layout.itemAt(index)
    spacer = item.spacerItem() if item is not None else None
    try:
        yield spacer
    finally:
        for wrapper in (spacer, item):
            if wrapper is not None:
                shiboken6.invalidate(wrapper)


def fit_layouts(root: QWidget, factor: float, only_new: bool = False) -> None:
    """Scales the margins, spacing and fixed spaces of every layout under `root` from the design's (1366x768).

    The design values are kept on each layout the first time it is seen, so scaling again starts from them;
    `only_new` scales only layouts made since (a card tile added by a facilitator, say).
    """
    for layout in [root.layout(), *root.findChildren(QLayout)]:
        if layout is None:
            continue
        design = layout.property("design_sizes")
        if design is not None and only_new:
            continue
        if design is None:
            spacers = []
            for index in range(layout.count()):
                with _item(layout, index) as spacer:
                    if spacer is not None and QSizePolicy.Policy.Fixed in (spacer.sizePolicy().horizontalPolicy(),
                                                                           spacer.sizePolicy().verticalPolicy()):
                        spacers.append((index, spacer.sizeHint(), spacer.sizePolicy()))
            design = (layout.contentsMargins(), layout.spacing(), spacers)
            layout.setProperty("design_sizes", design)
        margins, spacing, spacers = design
        layout.setContentsMargins(px(margins.left(), factor), px(margins.top(), factor),
                                  px(margins.right(), factor), px(margins.bottom(), factor))
        if spacing >= 0:
            layout.setSpacing(max(GAP_FLOOR_PX, px(spacing, factor)) if spacing else 0)
        for index, size, policy in spacers:
            with _item(layout, index) as spacer:
                if spacer is not None:
                    spacer.changeSize(px(size.width(), factor), px(size.height(), factor),
                                      policy.horizontalPolicy(), policy.verticalPolicy())
        layout.invalidate()
