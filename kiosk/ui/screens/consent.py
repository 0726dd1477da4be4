"""Consent: what is recorded, who sees it (the attendee picks a scope), how to withdraw; nothing happens without a tap."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QVBoxLayout

from kiosk.config import Scope, Text
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, label, set_text


class ConsentScreen(ScreenBase):
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
        self.scope_buttons.buttonClicked.connect(lambda _: self._update_agree())
        self.agree = button("primary")
        self.agree.clicked.connect(self._agree)
        self.back = button()
        self.back.clicked.connect(self.back_chosen)
        self.hint = label("muted")

        actions = QHBoxLayout()
        actions.addWidget(self.back)
        actions.addStretch()
        actions.addWidget(self.hint)
        actions.addWidget(self.agree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(140, 80, 140, 60)
        layout.addWidget(self.heading)
        layout.addSpacing(16)
        layout.addWidget(self.text)
        layout.addSpacing(32)
        layout.addWidget(self.question)
        layout.addLayout(scope_column)
        layout.addStretch()
        layout.addLayout(actions)
        self.retranslate()

    def reset(self) -> None:
        self.scope_buttons.setExclusive(False)
        for choice in self.scope_buttons.buttons():
            choice.setChecked(False)
        self.scope_buttons.setExclusive(True)
        self._update_agree()

    def chosen_scope(self) -> str | None:
        checked = self.scope_buttons.checkedButton()
        return checked.property("scope_id") if checked else None

    def _update_agree(self) -> None:
        self.agree.setEnabled(self.chosen_scope() is not None)
        self.hint.setVisible(self.chosen_scope() is None)

    def _agree(self) -> None:
        if self.chosen_scope() is not None:
            self.consent_given.emit(self.chosen_scope())

    def retranslate(self) -> None:
        set_text(self.heading, self.tr("Before we start"))
        set_text(self.text, self.consent_text(self.language))
        set_text(self.question, self.tr("Who may see your video?"))
        for choice, scope in zip(self.scope_buttons.buttons(), self.scopes):
            set_text(choice, scope.label(self.language))
        set_text(self.agree, self.tr("I agree, continue"))
        set_text(self.back, self.tr("Back"))
        set_text(self.hint, self.tr("Choose who may see it first"))
        self._update_agree()
