"""The intake label: a 4x6 in PDF revdesk prints for a received parcel (reportlab, no Qt).

The process id is on it three times: as large text for the eye, as Code 128 for the desk's
scanner and as a QR code for a phone. Bars and QR modules are whole printer dots wide
(203 or 300 dpi), so a thermal printer prints every bar the same width: a bar that falls
between dots prints one dot wider or narrower, and a scanner misreads the width ratios.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from revdesk import fonts
from revdesk.api.models import Process
from revdesk.i18n import translate

from .label_text import label_text

# reportlab is imported where a label is drawn, not here: it takes a tenth of a second,
# and the station window and every CLI command import this module to start.
if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

log = logging.getLogger(__name__)

__all__ = [
    "LABEL_SIZE_PT",
    "IntakeInfo",
    "IntakeLabelError",
    "intake_label_pdf",
    "intake_labels_pdf",
]

#: 4 x 6 in, portrait, in PDF points.
LABEL_SIZE_PT = (4 * 72.0, 6 * 72.0)
MARGIN = 14.0
#: Code 128 module width in printer dots per resolution: 0.375 mm at 203 dpi, 0.34 mm at 300.
_MODULE_DOTS = {203: (3, 2), 300: (4, 3)}
_BAR_HEIGHT = 72.0  # 1 in: a hand scanner at an angle still crosses every bar
_QUIET_MODULES = 10  # ISO/IEC 15417: at least ten modules of white on each side
_QR_TARGET_IN = 1.15
_QR_QUIET_MODULES = 4  # ISO/IEC 18004 quiet zone
# Any of the eight masks gives a valid QR code; searching for the "best" one costs 4 ms, 40%
# of a label's budget, and only matters for large symbols. Ours are version 1 or 2.
_QR_MASK = 0
_FIELD_COLUMN = 150.0
_QR_BOTTOM = MARGIN + 14
_QR_TOP = _QR_BOTTOM + _QR_TARGET_IN * 72

#: Only when the bundled font cannot be read (a damaged install): PDF's own Helvetica.
_FONT, _FONT_BOLD = "Helvetica", "Helvetica-Bold"
#: Every word of the label is in the bundled DejaVu Sans (revdesk/fonts), embedded in the
#: PDF: the same letters on every platform and printer, in any script. Helvetica is not
#: embedded; each viewer and driver stood in its own font for it.
_UNICODE_FONTS = (fonts.SANS, fonts.SANS_BOLD)


class IntakeLabelError(ValueError):
    """The label cannot be made as asked (a process id no barcode can carry at size)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.operator_message = message


@dataclass(frozen=True)
class IntakeInfo:
    """What an intake label shows."""

    process_id: str
    order_number: str = ""
    customer_name: str = ""
    status: str = ""
    station: str = ""
    received_at: datetime | None = None
    #: At a station of several REVER accounts, whose return it is (a 3PL desk shelves each
    #: merchant's parcels apart): a MERCHANT row. Empty: no such row.
    account: str = ""

    def __post_init__(self) -> None:
        # Every way a label's text arrives (a return read from REVER, a scan's copy of it,
        # the CLI) passes here once, before any layout. The process id is left as it is:
        # the barcode carries the true id or the label is refused (_check_process_id).
        for name in ("order_number", "customer_name", "status", "station", "account"):
            object.__setattr__(self, name, label_text(getattr(self, name)))

    def rows(self) -> tuple[tuple[str, str], ...]:
        """The label's captioned rows, top to bottom (the PDF and the ZPL lay out the same)."""
        when = self.received_at.strftime("%Y-%m-%d %H:%M") if self.received_at else ""
        merchant = (("MERCHANT", self.account),) if self.account else ()
        return (("ORDER", self.order_number), ("CUSTOMER", self.customer_name), *merchant,
                ("STATUS", self.status), ("RECEIVED", when), ("STATION", self.station))

    @classmethod
    def from_process(
        cls, process: Process, *, station: str, received_at: datetime | None = None
    ) -> IntakeInfo:
        return cls(
            process_id=process.process_id,
            order_number=process.order_number,
            customer_name=process.customer.full_name,
            status=process.shipping_status,
            station=station,
            received_at=received_at or datetime.now().astimezone(),
            account=process.account,
        )


def intake_label_pdf(info: IntakeInfo, *, dpi: int = 203) -> bytes:
    """One intake label as a one-page 4x6 in PDF."""
    return intake_labels_pdf([info], dpi=dpi)


def intake_labels_pdf(infos: Iterable[IntakeInfo], *, dpi: int = 203) -> bytes:
    """Intake labels as one multi-page PDF, a page per label, for one print job.

    CPU-bound (about 2 ms a label): the window runs a large batch in an executor.
    """
    from reportlab.pdfgen.canvas import Canvas

    if dpi not in _MODULE_DOTS:
        raise IntakeLabelError(translate(
            "IntakeLabel", "Labels are made for 203 or 300 dpi printers, not {dpi}.").format(dpi=dpi))
    buffer = io.BytesIO()
    # invariant: no creation time or random id in the file, so the same label is the same bytes.
    # No page compression: reportlab wraps compressed streams in pure-Python ASCII85, which
    # doubled the time per label; 6 KB a page uncompressed is nothing for a print job.
    # Its initial font too: reportlab's default (Helvetica) would be named on every page.
    canvas = Canvas(buffer, pagesize=LABEL_SIZE_PT, pageCompression=0, invariant=1,
                    initialFontName=_font("", bold=False))
    canvas.setCreator("revdesk")
    canvas.setTitle("revdesk intake labels")
    pages = 0
    for info in infos:
        with drawing(info):
            _draw_label(canvas, info, dpi)
        canvas.showPage()
        pages += 1
    if not pages:
        raise IntakeLabelError(translate("IntakeLabel", "No labels to make."))
    canvas.save()
    return buffer.getvalue()


# -- drawing --------------------------------------------------------------------------------


def check_process_id(value: str) -> None:
    """Refuse, before anything is drawn, an id no Code 128 barcode can carry."""
    if not value.isascii() or not value.isprintable():
        raise IntakeLabelError(translate(
            "IntakeLabel", "{id} cannot be printed as a Code 128 barcode.").format(id=repr(value)))


@contextmanager
def drawing(info: IntakeInfo) -> Iterator[None]:
    """Drawing one label: a failure of the drawing libraries (a font engine refusing a
    text) is a label refused in words, never an "unexpected error" that stops the job."""
    check_process_id(info.process_id)
    try:
        yield
    except IntakeLabelError:
        raise
    except Exception as exc:  # any library's failure on a label is this label's refusal
        log.exception("the intake label for %r could not be drawn", info.process_id)
        raise IntakeLabelError(translate(
            "IntakeLabel", "The intake label for {id} could not be drawn ({kind}): nothing was "
            "printed.").format(id=info.process_id, kind=type(exc).__name__)) from exc


def _draw_label(c: Canvas, info: IntakeInfo, dpi: int) -> None:
    width, height = LABEL_SIZE_PT
    inner = width - 2 * MARGIN
    top = height - MARGIN
    _text(c, "RETURN RECEIVED", MARGIN, top - 12, 12, bold=True)
    _text_right(c, info.station, width - MARGIN, top - 12, 12, bold=True,
                max_width=inner / 2)
    c.setLineWidth(1.5)
    c.line(MARGIN, top - 20, width - MARGIN, top - 20)
    _fitted_text(c, info.process_id, MARGIN, top - 62, inner, 44, 18, bold=True)
    _code128(c, info.process_id, bottom=top - 78 - _BAR_HEIGHT, dpi=dpi, width=width)
    rule_y = top - 92 - _BAR_HEIGHT
    c.line(MARGIN, rule_y, width - MARGIN, rule_y)
    _fields(c, info, rule_y - 8)
    _qr(c, info.process_id, right=width - MARGIN, bottom=_QR_BOTTOM, dpi=dpi)
    _text(c, f"revdesk intake · {info.process_id}", MARGIN, MARGIN, 7)


def _fields(c: Canvas, info: IntakeInfo, top: float) -> None:
    rows = info.rows()
    full_width = LABEL_SIZE_PT[0] - 2 * MARGIN
    y = top
    for caption, value in rows:
        _text(c, caption, MARGIN, y - 8, 7)
        # Rows clear of the QR code get the whole width: long customer names stay readable.
        max_width = full_width if y - 30 > _QR_TOP else _FIELD_COLUMN
        _fitted_text(c, value or "-", MARGIN, y - 24, max_width, 15, 8, bold=True)
        y -= 34


def _snap(points: float, dpi: int) -> float:
    """The nearest printer-dot boundary, so bars start on a dot."""
    return round(points * dpi / 72.0) * 72.0 / dpi


def _code128(c: Canvas, value: str, *, bottom: float, dpi: int, width: float) -> None:
    from reportlab.graphics.barcode.code128 import Code128

    check_process_id(value)
    for dots in _MODULE_DOTS[dpi]:
        module = dots * 72.0 / dpi
        quiet = _QUIET_MODULES * module
        bars = Code128(value, barWidth=module, barHeight=_BAR_HEIGHT, humanReadable=False,
                       lquiet=quiet, rquiet=quiet)
        # Never scaled down to fit: a narrower module is tried instead, and then we refuse,
        # because a squeezed Code 128 with a clipped quiet zone does not scan.
        if bars.width <= width - 2 * (MARGIN / 2):
            bars.drawOn(c, _snap((width - bars.width) / 2, dpi), _snap(bottom, dpi))
            return
    raise IntakeLabelError(translate(
        "IntakeLabel", "The process id {id} is too long for a readable barcode on a 4x6 label."
    ).format(id=repr(value)))


def _qr(c: Canvas, value: str, *, right: float, bottom: float, dpi: int) -> None:
    """Draw the QR code, its quiet zone included, in the square left of ``right``."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, _QR_MASK)
    count = qr.getModuleCount()
    span = count + 2 * _QR_QUIET_MODULES
    module_dots = max(2, int(_QR_TARGET_IN * dpi) // span)
    module = module_dots * 72.0 / dpi
    size = span * module
    x0 = _snap(right - size, dpi) + _QR_QUIET_MODULES * module
    y_top = _snap(bottom + size, dpi) - _QR_QUIET_MODULES * module
    runs = []
    for r, row in enumerate(qr.modules):
        col = 0
        while col < count:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < count and row[col]:
                col += 1
            runs.append(f"{x0 + start * module:.3f} {y_top - (r + 1) * module:.3f} "
                        f"{(col - start) * module:.3f} {module:.3f} re")
    # One rectangle per run of dark modules, all filled at once (no seams between them).
    # Written as PDF operators directly: reportlab's per-number formatting is pure Python
    # and was half the time of a label.
    c.addLiteral("\n".join(runs) + "\nf")


# -- text -----------------------------------------------------------------------------------


def _font(text: str, bold: bool) -> str:
    """The bundled DejaVu Sans (names in any script); Helvetica only if it cannot be read."""
    return _unicode_font(bold) or (_FONT_BOLD if bold else _FONT)


@cache
def _unicode_font(bold: bool) -> str | None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = _UNICODE_FONTS[1 if bold else 0]
    name = "DejaVuSans-Bold" if bold else "DejaVuSans"
    try:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    except (OSError, TTFError) as exc:
        log.warning("the label font %s cannot be read (%s): non-Latin names print as boxes",
                    path, exc)
        return None
    return name


def _text(c: Canvas, text: str, x: float, y: float, size: float, *, bold: bool = False) -> None:
    c.setFont(_font(text, bold), size)
    c.drawString(x, y, text)


def _text_right(c: Canvas, text: str, x: float, y: float, size: float, *, bold: bool,
                max_width: float) -> None:
    font = _font(text, bold)
    size = _fit_size(text, font, max_width, size, 7)
    c.setFont(font, size)
    c.drawRightString(x, y, _ellipsize(text, font, size, max_width))


def _fitted_text(c: Canvas, text: str, x: float, y: float, max_width: float, size: float,
                 min_size: float, *, bold: bool) -> None:
    """Largest size from ``size`` down to ``min_size`` that fits; then cut with an ellipsis."""
    font = _font(text, bold)
    size = _fit_size(text, font, max_width, size, min_size)
    c.setFont(font, size)
    c.drawString(x, y, _ellipsize(text, font, size, max_width))


def _fit_size(text: str, font: str, max_width: float, size: float, min_size: float) -> float:
    from reportlab.pdfbase import pdfmetrics

    width = pdfmetrics.stringWidth(text, font, size)
    if width <= max_width:
        return size
    return max(min_size, size * max_width / width)


def _ellipsize(text: str, font: str, size: float, max_width: float) -> str:
    from reportlab.pdfbase import pdfmetrics

    if pdfmetrics.stringWidth(text, font, size) <= max_width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > max_width:
        text = text[:-1]
    return text + "…"
