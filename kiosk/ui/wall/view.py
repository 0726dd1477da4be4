"""What the wall paints: a clip under its card with captions on a solid band below it, or the calm card between clips."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QRectF, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QWidget

from kiosk.ui import theme
from kiosk.ui.i18n import WELSH_QM

CONTEXT = "Wall"
IN_THE_SHOES_OF = QT_TRANSLATE_NOOP("Wall", "In the shoes of: %1")
INVITE_TITLE = QT_TRANSLATE_NOOP("Wall", "Have your say")
INVITE_WORDS = QT_TRANSLATE_NOOP("Wall", "Record a short video at the kiosk: what are you learning today?")

BACKGROUND = QColor(theme.INK)
CAPTION_BAND = QColor("#000000")  # solid, never see-through: white on black is 21:1 whatever the picture
CAPTION_INK = QColor("#FFFFFF")
INVITE_BACKGROUND = QColor(theme.PRIMARY)  # white on it 7.9:1
# Caption text height as a share of the screen's: at least 4% (the floor for reading across a hall).
CAPTION_SHARE = 0.045
# A cue is at most two lines of 42 characters; a portrait screen is too narrow for them at that size, so its band
# holds the same words wrapped on more lines.
CAPTION_LINES_LANDSCAPE, CAPTION_LINES_PORTRAIT = 2, 7


@dataclass(frozen=True)
class WallLayout:
    """Where each part of the wall goes on a screen of `width` x `height`, and its text sizes in pixels."""

    header: QRect
    picture: QRect
    captions: QRect
    caption_px: int
    card_px: int
    title_px: int
    words_px: int
    side_by_side: bool  # the invitation's English and Welsh beside each other (landscape) or one above the other

    @classmethod
    def of(cls, width: int, height: int) -> "WallLayout":
        portrait = height > width
        caption_px = math.ceil(CAPTION_SHARE * height)
        lines = CAPTION_LINES_PORTRAIT if portrait else CAPTION_LINES_LANDSCAPE
        band = round(lines * caption_px * 1.3 + caption_px)
        card_px = math.ceil((0.028 if portrait else 0.04) * height)
        header = round(card_px * 2 * 1.3 + card_px)  # the card in English and in Welsh
        picture = QRect(0, header, width, max(0, height - header - band))
        title_px = math.ceil(min(0.07 * height, 0.06 * width if not portrait else 0.09 * width))
        words_px = math.ceil(min(0.045 * height, 0.04 * width if not portrait else 0.06 * width))
        return cls(QRect(0, 0, width, header), picture, QRect(0, height - band, width, band), caption_px, card_px,
                   title_px, words_px, not portrait)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance, 0 for black to 1 for white."""
    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrasting_ink(colour: str) -> QColor:
    """White or the theme's ink, whichever has the higher contrast ratio on `colour` (a card's, set in the config)."""
    background = relative_luminance(QColor(colour))
    on_white = 1.05 / (background + 0.05)
    on_ink = (background + 0.05) / (relative_luminance(QColor(theme.INK)) + 0.05)
    return QColor("#FFFFFF") if on_white >= on_ink else QColor(theme.INK)


class Bilingual:
    """The wall's words in English and in Welsh at once, whichever language the rest of the app is in: a hall in
    Wales reads both, and nobody should have to wait for their language to come round."""

    def __init__(self) -> None:
        self._welsh = QTranslator()
        self._loaded = self._welsh.load(str(WELSH_QM))

    def english(self, text: str) -> str:
        return text

    def welsh(self, text: str) -> str:
        return (self._welsh.translate(CONTEXT, text) if self._loaded else "") or text


@dataclass(frozen=True)
class CardLine:
    """The speaker's card as the wall heads the clip with it."""

    english: str
    welsh: str
    colour: str


class WallView(QWidget):
    """Paints the wall; the WallLoop tells it what to show. A picture arrives by `show_frame` (ClipPlayer's screen)."""

    def __init__(self, event_name: tuple[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = Bilingual()
        self.event_name = event_name  # English, Welsh
        self.mode = "invite"  # or "clip"
        self.card: CardLine | None = None
        self.caption = ""  # the cue shown now; "" none
        self.no_captions = ""  # instead of captions, for a clip with no transcript: the prompt it answered
        self.veil = 0.0  # 0 clear .. 1 black: fades between clip and card
        self.frames_shown = 0
        self._image: QImage | None = None
        self._frame: np.ndarray | None = None
        self.setAttribute(Qt.WA_OpaquePaintEvent)
        self.setCursor(Qt.BlankCursor)

    # -- what the loop tells it -----------------------------------------------------------------

    def show_clip(self, card: CardLine, prompt: str) -> None:
        self.mode, self.card, self.caption, self.no_captions = "clip", card, "", prompt
        self.clear()

    def show_invitation(self) -> None:
        self.mode, self.card, self.caption = "invite", None, ""
        self.clear()

    def show_caption(self, text: str) -> None:
        if text != self.caption:
            self.caption = text
            self.update(self.layout_now().captions)

    def set_captioned(self, captioned: bool, prompt: str) -> None:
        """Whether the clip has captions; one without shows its prompt in the band instead."""
        self.no_captions = "" if captioned else prompt
        self.update()

    def set_veil(self, veil: float) -> None:
        self.veil = max(0.0, min(1.0, veil))
        self.update()

    def show_frame(self, frame: np.ndarray | None) -> None:
        if frame is None:
            return
        frame = np.ascontiguousarray(frame)
        height, width = frame.shape[:2]
        self._frame = frame  # the QImage borrows the array: kept alive with it
        self._image = QImage(frame.data, width, height, frame.strides[0], QImage.Format_BGR888)
        self.frames_shown += 1
        self.update(self.layout_now().picture)

    def clear(self) -> None:
        self._image, self._frame = None, None
        self.update()

    def layout_now(self) -> WallLayout:
        return WallLayout.of(self.width(), self.height())

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            layout = self.layout_now()
            if self.mode == "clip":
                self._paint_clip(painter, layout)
            else:
                self._paint_invitation(painter, layout)
            if self.veil > 0:
                painter.fillRect(self.rect(), QColor(0, 0, 0, round(255 * self.veil)))
        finally:
            painter.end()

    def _font(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, pixels))
        font.setBold(bold)
        return font

    def _paint_clip(self, painter: QPainter, layout: WallLayout) -> None:
        painter.fillRect(self.rect(), BACKGROUND)
        card = self.card
        if card is not None:
            painter.fillRect(layout.header, QColor(card.colour))
            painter.setPen(contrasting_ink(card.colour))
            margin = layout.card_px
            inner = layout.header.adjusted(margin, margin // 2, -margin, -margin // 2)
            event_width = 0
            if layout.side_by_side:  # a portrait screen's header has room for the card alone
                event_font = self._font(round(layout.card_px * 0.75))
                event = QFontMetrics(event_font).elidedText(self.event_name[0], Qt.ElideRight, inner.width() // 3)
                event_width = QFontMetrics(event_font).horizontalAdvance(event) + margin
                painter.setFont(event_font)
                painter.drawText(inner, Qt.AlignRight | Qt.AlignTop, event)
            half = inner.height() // 2
            for row, (text, bold) in enumerate(((card.english, True), (card.welsh, False))):
                box = QRect(inner.left(), inner.top() + row * half, inner.width() - event_width, half)
                painter.setFont(self._font(layout.card_px, bold))
                shown = QFontMetrics(self._font(layout.card_px, bold)).elidedText(text, Qt.ElideRight, box.width())
                painter.drawText(box, Qt.AlignLeft | Qt.AlignVCenter, shown)
        if self._image is not None and not layout.picture.isEmpty():
            image, box = self._image, layout.picture
            scale = min(box.width() / image.width(), box.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            painter.drawImage(QRectF(box.x() + (box.width() - w) / 2, box.y() + (box.height() - h) / 2, w, h), image)
        painter.fillRect(layout.captions, CAPTION_BAND)
        text = self.caption or self.no_captions
        if text:
            painter.setPen(CAPTION_INK)
            painter.setFont(self._font(layout.caption_px, bold=bool(self.caption)))
            margin = layout.caption_px
            painter.drawText(layout.captions.adjusted(margin, margin // 2, -margin, -margin // 2),
                             Qt.AlignCenter | Qt.TextWordWrap, " ".join(text.split()))

    def _paint_invitation(self, painter: QPainter, layout: WallLayout) -> None:
        painter.fillRect(self.rect(), INVITE_BACKGROUND)
        painter.setPen(QColor("#FFFFFF"))
        margin = layout.words_px * 2
        area = self.rect().adjusted(margin, margin, -margin, -margin)
        english_name, welsh_name = self.event_name
        name = english_name if not welsh_name or welsh_name == english_name else f"{english_name} · {welsh_name}"
        painter.setFont(self._font(layout.words_px))
        name_box = QRect(area.left(), area.top(), area.width(), layout.words_px * 3)
        painter.drawText(name_box, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, name)
        body = area.adjusted(0, name_box.height(), 0, 0)
        if layout.side_by_side:
            gap = layout.words_px * 2
            half = (body.width() - gap) // 2
            boxes = (QRect(body.left(), body.top(), half, body.height()),
                     QRect(body.left() + half + gap, body.top(), half, body.height()))
        else:
            half = body.height() // 2
            boxes = (QRect(body.left(), body.top(), body.width(), half),
                     QRect(body.left(), body.top() + half, body.width(), half))
        for box, say in zip(boxes, (self.words.english, self.words.welsh)):
            self._paint_invitation_words(painter, layout, box, say(INVITE_TITLE), say(INVITE_WORDS))

    def _paint_invitation_words(self, painter: QPainter, layout: WallLayout, box: QRect, title: str, words: str) -> None:
        title_box = QRect(box.left(), box.top(), box.width(), box.height() // 3)
        painter.setFont(self._font(layout.title_px, bold=True))
        painter.drawText(title_box, Qt.AlignHCenter | Qt.AlignBottom | Qt.TextWordWrap, title)
        painter.setFont(self._font(layout.words_px))
        words_box = QRect(box.left(), title_box.bottom() + layout.words_px, box.width(),
                          box.height() - title_box.height() - layout.words_px)
        painter.drawText(words_box, Qt.AlignHCenter | Qt.AlignTop | Qt.TextWordWrap, words)


def card_line(words: Bilingual, english_label: str, welsh_label: str, colour: str) -> CardLine:
    """The card heading a clip, in English and in Welsh."""
    return CardLine(words.english(IN_THE_SHOES_OF).replace("%1", english_label),
                    words.welsh(IN_THE_SHOES_OF).replace("%1", welsh_label or english_label), colour)
