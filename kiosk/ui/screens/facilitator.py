"""The facilitator panel behind the PIN: a side list of pages (status, clips, withdraw, export, settings, PIN, hub)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QBoxLayout, QButtonGroup, QGridLayout, QStackedWidget

from kiosk.ui.panel.clips import ClipsPage
from kiosk.ui.panel.export import ExportPage
from kiosk.ui.panel.hub import HubPage
from kiosk.ui.panel.pin import PinChangePage
from kiosk.ui.panel.settings import SettingsPage
from kiosk.ui.panel.status import StatusPage
from kiosk.ui.panel.withdraw import WithdrawPage
from kiosk.ui.screens import ScreenBase
from kiosk.ui.widgets import button, set_text


class FacilitatorScreen(ScreenBase):
    exit_chosen = Signal()
    page_chosen = Signal(str)  # the page's name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status_page = StatusPage()
        self.clips_page = ClipsPage()
        self.withdraw_page = WithdrawPage()
        self.export_page = ExportPage()
        self.settings_page = SettingsPage()
        self.pin_page = PinChangePage()
        self.hub_page = HubPage()
        self.pages = {"status": self.status_page, "clips": self.clips_page, "withdraw": self.withdraw_page,
                      "export": self.export_page, "settings": self.settings_page, "pin": self.pin_page,
                      "hub": self.hub_page}
        # The names the minimal facilitator screen had: its status text, Exit kiosk, Back to kiosk.
        self.status, self.exit = self.status_page.details, self.status_page.exit
        self.status_page.exit_chosen.connect(self.exit_chosen)
        self.clips_page.playback.finished.connect(lambda _problem: self.busy_ended.emit())
        self.clips_page.editor.playback.finished.connect(lambda _problem: self.busy_ended.emit())
        self.stack = QStackedWidget()
        self.nav = QButtonGroup(self)
        self.nav_buttons = {}
        for name, page in self.pages.items():
            page.layout().setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(page)
            choice = button("scope")
            choice.setCheckable(True)
            choice.setProperty("shape", "nav")
            choice.clicked.connect(lambda _=False, name=name: self.show_page(name))
            self.nav.addButton(choice)
            self.nav_buttons[name] = choice
        self.back = button("primary")
        self.back.setProperty("shape", "side")  # the default padding cut "Back to kiosk" short at 1366x768
        self.back.clicked.connect(self.back_chosen)
        self.side = QGridLayout()
        self.portrait: bool | None = None
        layout = QBoxLayout(QBoxLayout.LeftToRight, self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(self.side)
        layout.addSpacing(16)
        layout.addWidget(self.stack, 1)
        self.arrange(portrait=False)
        self.show_page("status", announce=False)
        self.retranslate()

    def arrange(self, portrait: bool) -> None:
        """The page list down the side on a landscape screen; on a portrait one, across the top in two rows,
        so that the pages (and their keyboards) get the screen's whole width."""
        if portrait == self.portrait:
            return
        self.portrait = portrait
        choices = [*self.nav_buttons.values(), self.back]
        for choice in choices:
            self.side.removeWidget(choice)
        for row in range(self.side.rowCount()):
            self.side.setRowStretch(row, 0)
        columns = 4 if portrait else 1
        for index, choice in enumerate(choices[:-1]):
            self.side.addWidget(choice, index // columns, index % columns)
        if portrait:
            self.side.addWidget(self.back, 1, columns - 1)
        else:
            self.side.setRowStretch(len(choices) - 1, 1)
            self.side.addWidget(self.back, len(choices), 0)
        self.layout().setDirection(QBoxLayout.TopToBottom if portrait else QBoxLayout.LeftToRight)

    def resizeEvent(self, event) -> None:
        self.arrange(portrait=event.size().height() > event.size().width())
        super().resizeEvent(event)

    def current_page(self) -> str:
        return next(name for name, page in self.pages.items() if page is self.stack.currentWidget())

    def take_focus(self) -> None:
        """On the page's own entry in the side list: its main button is Back to kiosk, not what Enter should do."""
        self.status_page.ask_exit(False)  # a question left open by the last facilitator is not asked again
        self.nav_buttons[self.current_page()].setFocus()

    def show_page(self, name: str, announce: bool = True) -> None:
        self.stack.setCurrentWidget(self.pages[name])
        self.nav_buttons[name].setChecked(True)
        if announce:
            self.page_chosen.emit(name)

    def busy(self) -> bool:
        return self.clips_page.is_playing()

    def show_frame(self, frame) -> None:
        """The live camera, on the settings page while it shows."""
        if self.current_page() == "settings":
            self.settings_page.show_frame(frame)
        elif self.current_page() == "hub":
            self.hub_page.show_frame(frame)  # a hub's QR code held up to the camera

    def show_level(self, rms: float) -> None:
        if self.current_page() == "settings":
            self.settings_page.show_level(rms)

    def show_status(self, lines: list[str]) -> None:
        self.status_page.show_status(lines)

    def retranslate(self) -> None:
        names = {"status": self.tr("Status"), "clips": self.tr("Clips"), "withdraw": self.tr("Withdraw"),
                 "export": self.tr("Export"), "settings": self.tr("Settings"), "pin": self.tr("Change PIN"),
                 "hub": self.tr("Hub")}
        for name, choice in self.nav_buttons.items():
            set_text(choice, names[name], self.tr("Show the page: %1").replace("%1", names[name]))
        set_text(self.back, self.tr("Back to kiosk"))
        for page in self.pages.values():
            page.language = self.language
            page.retranslate()
