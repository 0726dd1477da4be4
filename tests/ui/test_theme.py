"""The theme: sizes that follow the screen, tap targets never under 60 px, destructive actions that look it."""

import re

import pytest
from PySide6.QtGui import QColor
import shiboken6
from PySide6.QtWidgets import QLabel, QLayoutItem, QVBoxLayout, QWidget

from kiosk.ui import theme
from kiosk.ui.panel.cards import CardEditor
from kiosk.ui.panel.withdraw import WithdrawPage
from kiosk.ui.widgets import button


def font_sizes(sheet: str, selector: str) -> int:
    return int(re.search(re.escape(selector) + r"[^}]*?font-size: (\d+)px", sheet).group(1))


@pytest.mark.parametrize("size, expected", [((1366, 768), 1.0), ((1280, 720), 0.9375), ((1920, 1080), 1.4055),
                                            ((1080, 1920), 0.7906)])
def test_the_scale_is_the_one_that_keeps_the_1366x768_design_inside_the_screen(size, expected):
    assert theme.scale_for(*size) == pytest.approx(expected, abs=0.001)


def test_text_grows_with_the_screen_and_targets_never_go_under_60_px():
    small, large = theme.stylesheet(theme.scale_for(1280, 720)), theme.stylesheet(theme.scale_for(1920, 1080))
    for selector in ('QLabel[role="muted"]', 'QLabel[role="body"]', "QPushButton {"):
        assert font_sizes(large, selector) >= 1.4 * font_sizes(small, selector) - 1
    assert font_sizes(large, 'QLabel[role="muted"]') >= 36  # the hints that were 3 mm tall on a 15.6" 1080p screen
    for factor in (0.5, 0.79, 1.0):
        assert theme.target(theme.MIN_TARGET_PX, factor) >= theme.TAP_FLOOR_PX == 60
        assert theme.font_px(20, factor) >= theme.FONT_FLOOR_PX


def colours(qtbot, role: str) -> tuple[QColor, QColor]:
    """The colour of a themed button's border and of its face (inside the border, above the text)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setStyleSheet(theme.STYLESHEET)
    widget = button(role, holder)
    widget.setText("Delete")
    QVBoxLayout(holder).addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2), image.pixelColor(image.width() // 2, 6)


def test_confirming_a_withdrawal_is_filled_red_and_removing_a_card_is_outlined_red_not_green(qtbot):
    withdraw = WithdrawPage()
    qtbot.addWidget(withdraw)
    assert withdraw.confirm.property("role") == "danger"
    red, white = QColor(theme.RECORD_RED), QColor("white")
    assert colours(qtbot, "danger") == (red, red)
    assert colours(qtbot, "destructive") == (red, white)
    assert colours(qtbot, "")[0] != red  # Try again and the like: not red
    editor = CardEditor()
    qtbot.addWidget(editor)
    editor.add_card()
    assert editor.rows[0].remove.property("role") == "destructive"


def test_scaling_leaves_no_python_wrapper_of_a_layout_item_behind(qtbot):
    """A wrapper PySide keeps for a layout item outlives the item when Qt deletes it with its widget, and a new object
    at that address then comes back to Python as the dead item (the CI flake "'QWidgetItem' object has no
    attribute ..."). After fit_layouts none is left."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("words"))
    layout.addSpacing(16)
    layout.addStretch(1)

    def item_wrappers():
        return [wrapper for wrapper in shiboken6.getAllValidWrappers() if isinstance(wrapper, QLayoutItem)]

    before = len(item_wrappers())
    theme.fit_layouts(root, 1.5)
    theme.fit_layouts(root, 0.5)
    assert len(item_wrappers()) == before
    assert layout.itemAt(1).spacerItem().sizeHint().height() == theme.px(16, 0.5)  # the spacing was scaled
