"""Consent: what is recorded, who sees it (the attendee picks a scope), how to withdraw; nothing happens without a tap."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.config import Scope, Text
from kiosk.ui import theme
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text


UNCHOSEN_MARK, CHOSEN_MARK = "○", "◉"  # a radio mark: the scopes read as a choice of one


class ConsentScreen(ScreenBase):
    """"I agree, continue" is never dimmed: tapped before a scope is chosen, it says so and marks every scope alike.

    Nothing on it looks chosen before the attendee chooses: it arrives with the focus on the screen itself (no ring),
    and Tab goes to the first choice, the next, then I agree and Back.
    """

    consent_given = Signal(str)  # the chosen scope id

    def __init__(self, consent_text: Text, scopes: tuple[Scope, ...], parent=None) -> None:
        super().__init__(parent)
        self.consent_text, self.scopes = consent_text, scopes
        self.heading = label("heading")
        self.text = label("body")
        self.question = label("lead")
        self.scope_buttons = QButtonGroup(self)
        self.scope_buttons.setExclusive(True)
        scope_column = QVBoxLayout()
        for scope in scopes:
            choice = button("scope")
            choice.setCheckable(True)
            choice.setProperty("scope_id", scope.id)
            self.scope_buttons.addButton(choice)
            scope_column.addWidget(choice)
        self.scope_buttons.buttonClicked.connect(lambda _: self._show_choice(asked=False))
        self.agree = button("primary")
        self.agree.clicked.connect(self._agree)
        self.back = button()
        self.back.clicked.connect(self.back_chosen)
        self.asked = False  # Agree was tapped with no scope chosen: the message shows until one is
        self.choose_first = label("notice")

        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch()
        actions.addWidget(self.agree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(140, 80, 140, 60)
        layout.addWidget(self.heading)
        layout.addSpacing(16)
        layout.addWidget(self.text)
        layout.addSpacing(32)
        layout.addWidget(self.question)
        layout.addWidget(self.choose_first)
        layout.addLayout(scope_column)
        layout.addStretch(1)
        layout.addLayout(actions)
        layout.addStretch(0)  # on a portrait screen the room goes below the buttons: I agree right under the choices
        self._keyboard_order()
        self.retranslate()

    def _keyboard_order(self) -> None:
        order: list[QWidget] = [*self.scope_buttons.buttons(), self.agree, self.back]
        for first, then in zip(order, order[1:]):
            QWidget.setTabOrder(first, then)

    def resizeEvent(self, event) -> None:
        portrait = event.size().height() > event.size().width()
        layout = self.layout()
        layout.setStretch(layout.count() - 3, 0 if portrait else 1)
        layout.setStretch(layout.count() - 1, 1 if portrait else 0)
        super().resizeEvent(event)

    def take_focus(self) -> None:
        """On the screen, so the first Tab reaches the first choice; a ring on a choice would read as chosen."""
        self.setFocus()

    def reset(self) -> None:
        self.scope_buttons.setExclusive(False)
        for choice in self.scope_buttons.buttons():
            choice.setChecked(False)
        self.scope_buttons.setExclusive(True)
        self._show_choice(asked=False)

    def chosen_scope(self) -> str | None:
        checked = self.scope_buttons.checkedButton()
        return checked.property("scope_id") if checked else None

    def _show_choice(self, asked: bool) -> None:
        """Marks the chosen scope; `asked`: Agree came first, so the scopes are pointed at with a message."""
        self.asked = asked and self.chosen_scope() is None
        self.choose_first.setVisible(self.asked)
        self.question.setVisible(not self.asked)  # the message asks the question itself: no extra height
        for choice, scope in zip(self.scope_buttons.buttons(), self.scopes):
            mark = CHOSEN_MARK if choice.isChecked() else UNCHOSEN_MARK
            choice.setText(f"{mark}  {scope.label(self.language)}")
            choice.setAccessibleName(scope.label(self.language))
            choice.setProperty("attention", "true" if self.asked else "false")
            theme.restyle(choice)  # a dynamic property restyles only when the style sheet is applied again

    def _agree(self) -> None:
        if self.chosen_scope() is None:
            # The focus stays on I agree: moved to the first choice, its ring beside the others' red read as chosen.
            self._show_choice(asked=True)
            return
        self.consent_given.emit(self.chosen_scope())

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Before we start"))
        set_text(self.text, self.consent_text(self.language))
        set_text(self.question, self.tr("Who may see your video?"))
        set_text(self.agree, self.tr("I agree, continue"))
        set_text(self.back, self.tr("Back"))
        set_text(self.choose_first, self.tr("Please choose who may see your video first: tap one of the choices "
                                             "below."))
        self._show_choice(self.asked)
