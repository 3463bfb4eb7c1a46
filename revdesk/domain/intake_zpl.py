"""The intake label in ZPL, drawn by the printer itself (no Qt, no raster).

The same label as :mod:`revdesk.domain.intake_label`'s PDF, at the same places: the
heading and the station, the process id as large text, as Code 128 (``^BC``) and as a QR
code (``^BQ``), the return's fields and a footer. Positions are the PDF's, in points from
the bottom, turned into dots from the top; the printer draws the bars and the QR modules
itself on whole dots, so they print as sharp as the printer can.

Text is the printer's own scalable font (``^A0``) for Latin text; a line with letters
outside Windows-1252 (Cyrillic, Greek, CJK names), which a printer's built-in font may not
have, goes as a small picture of that line drawn with DejaVu Sans, as the PDF does.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from revdesk.i18n import translate

from .intake_label import (
    _BAR_HEIGHT,
    _FIELD_COLUMN,
    _MODULE_DOTS,
    _QR_BOTTOM,
    _QR_QUIET_MODULES,
    _QR_TARGET_IN,
    _QR_TOP,
    _QUIET_MODULES,
    _UNICODE_FONTS,
    LABEL_SIZE_PT,
    MARGIN,
    IntakeInfo,
    IntakeLabelError,
    check_process_id,
    drawing,
)
from .zpl import LabelStock, field_data, graphic_field, label_frame

if TYPE_CHECKING:
    from PIL import ImageFont

__all__ = ["intake_label_zpl", "intake_labels_zpl", "intake_stock"]

#: ZPL's largest QR module (^BQ magnification 1-10).
_QR_MAX_MAGNIFICATION = 10
#: The metrics that size our text: the printer's font 0 is a Helvetica-like sans serif.
_METRIC_FONTS = {False: "Helvetica", True: "Helvetica-Bold"}


def intake_stock(dpi: int) -> LabelStock:
    """The 4x6 in label at ``dpi`` (203: 812x1218 dots; 300: 1200x1800)."""
    if dpi not in _MODULE_DOTS:
        raise IntakeLabelError(translate(
            "IntakeLabel", "Labels are made for 203 or 300 dpi printers, not {dpi}.").format(dpi=dpi))
    return LabelStock.inches(LABEL_SIZE_PT[0] / 72, LABEL_SIZE_PT[1] / 72, dpi)


def intake_label_zpl(info: IntakeInfo, *, dpi: int = 203) -> bytes:
    """One intake label as ZPL."""
    return intake_labels_zpl([info], dpi=dpi)


def intake_labels_zpl(infos: Iterable[IntakeInfo], *, dpi: int = 203) -> bytes:
    """Intake labels as one ZPL job, a ``^XA … ^XZ`` per label, in order."""
    stock = intake_stock(dpi)
    labels = []
    for info in infos:
        with drawing(info):
            labels.append(label_frame(stock, _Label(stock).draw(info)))
    if not labels:
        raise IntakeLabelError(translate("IntakeLabel", "No labels to make."))
    return "".join(labels).encode("utf-8")


class _Label:
    """Collects one label's ZPL commands, placed in the PDF layout's coordinates."""

    def __init__(self, stock: LabelStock) -> None:
        self.stock = stock
        self.parts: list[str] = []

    def y(self, points_from_bottom: float) -> int:
        return self.stock.dots(LABEL_SIZE_PT[1] - points_from_bottom)

    def draw(self, info: IntakeInfo) -> str:
        width, height = LABEL_SIZE_PT
        inner = width - 2 * MARGIN
        top = height - MARGIN
        self.text("RETURN RECEIVED", MARGIN, top - 12, 12, bold=True)
        self.text(info.station, width - MARGIN, top - 12, 12, bold=True, max_width=inner / 2,
                  min_size=7, right=True)
        self.rule(top - 20)
        self.text(info.process_id, MARGIN, top - 62, 44, bold=True, max_width=inner, min_size=18)
        self.code128(info.process_id, bottom=top - 78 - _BAR_HEIGHT)
        rule_y = top - 92 - _BAR_HEIGHT
        self.rule(rule_y)
        self.fields(info, rule_y - 8)
        self.qr(info.process_id, right=width - MARGIN, bottom=_QR_BOTTOM)
        self.text(f"revdesk intake · {info.process_id}", MARGIN, MARGIN, 7)
        return "".join(self.parts)

    def fields(self, info: IntakeInfo, top: float) -> None:
        rows = info.rows()
        full_width = LABEL_SIZE_PT[0] - 2 * MARGIN
        y = top
        for caption, value in rows:
            self.text(caption, MARGIN, y - 8, 7)
            # As on the PDF: rows clear of the QR code get the whole width.
            max_width = full_width if y - 30 > _QR_TOP else _FIELD_COLUMN
            self.text(value or "-", MARGIN, y - 24, 15, bold=True, max_width=max_width,
                      min_size=8)
            y -= 34

    def rule(self, y: float) -> None:
        thickness = max(2, self.stock.dots(1.5))
        self.parts.append(f"^FO{self.stock.dots(MARGIN)},{self.y(y) - thickness // 2}"
                          f"^GB{self.stock.dots(LABEL_SIZE_PT[0] - 2 * MARGIN)},"
                          f"{thickness},{thickness}^FS\n")

    def text(self, text: str, x: float, baseline: float, size: float, *, bold: bool = False,
             max_width: float | None = None, min_size: float | None = None,
             right: bool = False) -> None:
        """Text with its baseline at ``baseline``, starting at ``x`` (ending there when
        ``right``); shrunk down to ``min_size`` to fit ``max_width``, then cut with "…"."""
        from .intake_label import _ellipsize, _fit_size, _font

        latin = _is_latin(text)
        font = _METRIC_FONTS[bold] if latin else _font(text, bold)
        if max_width is not None:
            size = _fit_size(text, font, max_width, size, min_size or size)
            text = _ellipsize(text, font, size, max_width)
        if right:
            x -= _string_width(text, font, size)
        dots = self.stock.dots(size)
        if latin:
            self.parts.append(f"^FT{self.stock.dots(x)},{self.y(baseline)}"
                              f"^A0N,{dots},{dots}{field_data(text)}\n")
        else:
            self.parts.append(_text_picture(text, self.stock.dots(x), self.y(baseline), dots,
                                            bold))

    def code128(self, value: str, *, bottom: float) -> None:
        """``^BC`` in automatic subset mode, with the PDF's module widths: the widest that
        fits with its quiet zones, never squeezed."""
        from reportlab.graphics.barcode.code128 import Code128

        check_process_id(value)
        modules = int(Code128(value, barWidth=1, quiet=0, humanReadable=False).width)
        room = self.stock.width_dots - 2 * self.stock.dots(MARGIN / 2)
        height = self.stock.dots(_BAR_HEIGHT)
        for module in _MODULE_DOTS[self.stock.dpi]:
            if (modules + 2 * _QUIET_MODULES) * module <= room:
                x = (self.stock.width_dots - modules * module) // 2
                self.parts.append(f"^FO{x},{self.y(bottom) - height}^BY{module},3,{height}"
                                  f"^BCN,{height},N,N,N,A{field_data(value)}\n")
                return
        raise IntakeLabelError(translate(
            "IntakeLabel", "The process id {id} is too long for a readable barcode on a 4x6 "
            "label.").format(id=repr(value)))

    def qr(self, value: str, *, right: float, bottom: float) -> None:
        """``^BQ`` model 2, error correction M, its quiet zone inside the PDF's square."""
        from reportlab.graphics.barcode import qrencoder

        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        qr.addData(value)
        count = qr.calculate_version() * 4 + 17
        span = count + 2 * _QR_QUIET_MODULES
        module = min(_QR_MAX_MAGNIFICATION, max(2, int(_QR_TARGET_IN * self.stock.dpi) // span))
        size = span * module
        x = self.stock.dots(right) - size + _QR_QUIET_MODULES * module
        y = self.y(bottom) - size + _QR_QUIET_MODULES * module
        # "MA,": error correction M, automatic input mode; the data follows the comma.
        self.parts.append(f"^FO{x},{y}^BQN,2,{module}{field_data('MA,' + value)}\n")


def _is_latin(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _string_width(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    return float(pdfmetrics.stringWidth(text, font, size))


def _text_picture(text: str, x: int, baseline: int, size_dots: int, bold: bool) -> str:
    """A line the printer's font may not have, as a 1-bit picture placed on its baseline."""
    from PIL import Image, ImageDraw

    font = _picture_font(bold, size_dots)
    if font is None:  # the bundled font unreadable (a damaged install): the printer's font
        return f"^FT{x},{baseline}^A0N,{size_dots},{size_dots}{field_data(text)}\n"
    left, top, right, bottom = (int(v) for v in font.getbbox(text, anchor="ls"))
    picture = Image.new("1", (max(1, right - min(0, left)), max(1, bottom - top)), 1)
    ImageDraw.Draw(picture).text((-min(0, left), -top), text, font=font, fill=0, anchor="ls")
    return f"^FO{x + min(0, left)},{baseline + top}{graphic_field(picture)}\n"


@cache
def _picture_font(bold: bool, size_dots: int) -> ImageFont.FreeTypeFont | None:
    from PIL import ImageFont

    path = _UNICODE_FONTS[1 if bold else 0]
    return ImageFont.truetype(str(path), size_dots) if path.exists() else None
