"""A 4x6 in slip with a QR code for a customer's phone (reportlab and ZPL, no Qt).

A walk-in return's slip (the code that lets the customer finish the return) and a
Revers.io self-care link's slip are the same thing: a title, a few lines of text and one
QR code. :func:`qr_slip_pdf` draws it for an OS printer, a folder or the CLI's ``-o``;
:func:`qr_slip_zpl` for a ZPL printer, which draws the QR code itself (``^BQ``).

As on the intake label: every word is in the bundled DejaVu Sans (embedded), text from
REVER or a merchant passes :func:`~revdesk.domain.label_text.label_text` before any layout,
and the QR modules are whole printer dots, so a thermal printer prints every module the
same size. A payload too long for a code a phone reads at this size is refused, never
squeezed.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from revdesk.i18n import translate

from .intake_label import _MODULE_DOTS, LABEL_SIZE_PT, MARGIN, _ellipsize, _font
from .label_text import label_text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from revdesk.config import PrinterSettings

__all__ = ["MAX_PAYLOAD", "QrSlip", "QrSlipError", "qr_slip_pdf", "qr_slip_zpl"]

#: The longest QR payload accepted: a URL with an id and a token is well under it; a
#: longer one makes modules too small for a phone at the slip's size.
MAX_PAYLOAD = 400
#: The QR code's square, quiet zone included, as large as the slip leaves room for.
_QR_TARGET_IN = 2.4
_QR_QUIET_MODULES = 4  # ISO/IEC 18004 quiet zone
#: The smallest module a phone camera reads well off thermal paper: 0.33 mm.
_MIN_MODULE_MM = 0.33
_QR_MASK = 0  # any mask is valid; searching for the best one costs time for nothing
_ZPL_MAX_MAGNIFICATION = 10  # ^BQ's largest module, in dots
_TITLE_SIZE, _TITLE_MIN = 20.0, 12.0
_LINE_SIZE, _LINE_LEADING = 11.0, 14.0
_QR_BOTTOM = MARGIN + 14  # room for the footer line under the code
_FOOTER_SIZE = 7.0


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]")


class QrSlipError(ValueError):
    """The slip cannot be made as asked (a payload no readable QR code can carry)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.operator_message = message


@dataclass(frozen=True)
class QrSlip:
    """What a slip shows. Title, lines and footer are untrusted text: each becomes one
    printable line here, before any layout. The payload goes into the QR code as it is
    (checked: printable ASCII, at most :data:`MAX_PAYLOAD` characters)."""

    title: str
    lines: tuple[str, ...] = ()
    qr_payload: str = ""
    footer: str = ""
    #: A name for the job and for a folder profile's file ("RT-W000001-walkin"): letters,
    #: digits, ``.``, ``_`` and ``-`` only (an id from a server never names another folder).
    name: str = field(default="slip", compare=False)

    def __post_init__(self) -> None:
        safe = _UNSAFE_NAME.sub("_", self.name).strip("._") or "slip"
        object.__setattr__(self, "name", safe[:100])
        object.__setattr__(self, "title", label_text(self.title))
        object.__setattr__(self, "lines", tuple(label_text(line) for line in self.lines))
        object.__setattr__(self, "footer", label_text(self.footer))
        _check_payload(self.qr_payload)

    def pdf(self, dpi: int = 203) -> bytes:
        return _slips_pdf([self], dpi)

    def zpl(self, dpi: int = 203) -> bytes:
        return _slip_zpl(self, dpi)


def qr_slip_pdf(title: str, lines: Sequence[str], qr_payload: str,
                printer: PrinterSettings | None = None, *, footer: str = "") -> bytes:
    """One slip as a one-page 4x6 in PDF, for the profile's dpi (203 without one)."""
    return QrSlip(title, tuple(lines), qr_payload, footer).pdf(_dpi(printer))


def qr_slip_zpl(title: str, lines: Sequence[str], qr_payload: str,
                printer: PrinterSettings | None = None, *, footer: str = "") -> bytes:
    """One slip as a ZPL label (``^XA … ^XZ``) for the profile's dpi."""
    return QrSlip(title, tuple(lines), qr_payload, footer).zpl(_dpi(printer))


def _dpi(printer: PrinterSettings | None) -> int:
    dpi = printer.dpi if printer is not None else 203
    if dpi not in _MODULE_DOTS:
        raise QrSlipError(translate(
            "QrSlip", "Slips are made for 203 or 300 dpi printers, not {dpi}.").format(dpi=dpi))
    return dpi


def _check_payload(payload: str) -> None:
    if not payload:
        raise QrSlipError(translate("QrSlip", "The slip has nothing for its QR code."))
    if len(payload) > MAX_PAYLOAD:
        raise QrSlipError(translate(
            "QrSlip", "The QR code's text is too long ({count} characters, at most {limit}) "
            "for a code a phone can read on this slip.").format(count=len(payload),
                                                                 limit=MAX_PAYLOAD))
    if not (payload.isascii() and payload.isprintable()):
        # A payload is a URL or an id and a token: anything else is a fault upstream, and
        # a phone would show the customer something other than what the slip says.
        raise QrSlipError(translate(
            "QrSlip", "The QR code's text has characters a QR code link cannot carry."))


# -- layout, shared by the PDF and the ZPL -------------------------------------------------------


@dataclass(frozen=True)
class _Qr:
    modules: list[list[bool]]
    module_dots: int

    @property
    def count(self) -> int:
        return len(self.modules)


def _qr(payload: str, dpi: int, *, zpl: bool = False) -> _Qr:
    """The QR matrix (error correction M) and its module in whole dots: the largest that
    fits the slip's square (for ZPL, no larger than ^BQ draws), no smaller than a phone
    reads."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(payload)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, _QR_MASK)
    count = qr.getModuleCount()
    span = count + 2 * _QR_QUIET_MODULES
    dots = int(_QR_TARGET_IN * dpi) // span
    if zpl:
        dots = min(_ZPL_MAX_MAGNIFICATION, dots)
    if dots < math.ceil(_MIN_MODULE_MM / 25.4 * dpi):
        raise QrSlipError(translate(
            "QrSlip", "The QR code's text is too long for a code a phone can read on this "
            "slip."))
    return _Qr([[bool(m) for m in row] for row in qr.modules], dots)


def _wrapped(slip: QrSlip, max_lines: int) -> list[str]:
    """The slip's lines wrapped to the slip's width, in the PDF's font (the wider one, so
    the ZPL's lines fit too); beyond ``max_lines``, the last one shown ends in "…"."""
    from reportlab.lib.utils import simpleSplit

    width = LABEL_SIZE_PT[0] - 2 * MARGIN
    out: list[str] = []
    for line in slip.lines:
        font = _font(line, False)
        out.extend(simpleSplit(line, font, _LINE_SIZE, width) or [""])
    if len(out) > max_lines:
        last = out[max_lines - 1]
        shortened = _ellipsize(last + " …", _font(last, False), _LINE_SIZE, width)
        out = [*out[:max_lines - 1], shortened]
    return out


def _max_lines(qr_top: float) -> int:
    top = LABEL_SIZE_PT[1] - MARGIN - 30 - 12  # under the title and its rule
    return max(1, int((top - qr_top - 8) // _LINE_LEADING) + 1)


def _qr_side(qr: _Qr, dpi: int) -> float:
    """The QR square's side in points, quiet zone included."""
    return (qr.count + 2 * _QR_QUIET_MODULES) * qr.module_dots * 72.0 / dpi


# -- PDF ----------------------------------------------------------------------------------------


def _slips_pdf(slips: Sequence[QrSlip], dpi: int) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    if dpi not in _MODULE_DOTS:
        raise QrSlipError(translate(
            "QrSlip", "Slips are made for 203 or 300 dpi printers, not {dpi}.").format(dpi=dpi))
    buffer = io.BytesIO()
    # As the intake label: the same slip is the same bytes, no compression, no Helvetica.
    canvas = Canvas(buffer, pagesize=LABEL_SIZE_PT, pageCompression=0, invariant=1,
                    initialFontName=_font("", bold=False))
    canvas.setCreator("revdesk")
    canvas.setTitle("revdesk slip")
    for slip in slips:
        qr = _qr(slip.qr_payload, dpi)
        _draw_pdf(canvas, slip, qr, dpi)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_pdf(c: Canvas, slip: QrSlip, qr: _Qr, dpi: int) -> None:
    from .intake_label import _fitted_text, _snap

    width, height = LABEL_SIZE_PT
    inner = width - 2 * MARGIN
    top = height - MARGIN
    _fitted_text(c, slip.title, MARGIN, top - 20, inner, _TITLE_SIZE, _TITLE_MIN, bold=True)
    c.setLineWidth(1.5)
    c.line(MARGIN, top - 30, width - MARGIN, top - 30)
    side = _qr_side(qr, dpi)
    y = top - 30 - 12 - _LINE_SIZE + 2
    for line in _wrapped(slip, _max_lines(_QR_BOTTOM + side)):
        c.setFont(_font(line, False), _LINE_SIZE)
        c.drawString(MARGIN, y, line)
        y -= _LINE_LEADING
    module = qr.module_dots * 72.0 / dpi
    x0 = _snap((width - side) / 2, dpi) + _QR_QUIET_MODULES * module
    y_top = _snap(_QR_BOTTOM + side, dpi) - _QR_QUIET_MODULES * module
    runs = []
    for r, row in enumerate(qr.modules):
        col = 0
        while col < qr.count:
            if not row[col]:
                col += 1
                continue
            start = col
            while col < qr.count and row[col]:
                col += 1
            runs.append(f"{x0 + start * module:.3f} {y_top - (r + 1) * module:.3f} "
                        f"{(col - start) * module:.3f} {module:.3f} re")
    c.addLiteral("\n".join(runs) + "\nf")  # one fill: no seams between the runs
    if slip.footer:
        _fitted_text(c, slip.footer, MARGIN, MARGIN, inner, _FOOTER_SIZE, 5, bold=False)


# -- ZPL ----------------------------------------------------------------------------------------


def _slip_zpl(slip: QrSlip, dpi: int) -> bytes:
    # The intake label's ZPL text and rules (the printer's font for Latin text, a picture
    # of the line otherwise); the slip is the same 4x6 stock.
    from .intake_zpl import _Label, intake_stock
    from .zpl import field_data, label_frame

    if dpi not in _MODULE_DOTS:
        raise QrSlipError(translate(
            "QrSlip", "Slips are made for 203 or 300 dpi printers, not {dpi}.").format(dpi=dpi))
    stock = intake_stock(dpi)
    qr = _qr(slip.qr_payload, dpi, zpl=True)
    width, height = LABEL_SIZE_PT
    inner = width - 2 * MARGIN
    top = height - MARGIN
    label = _Label(stock)
    label.text(slip.title, MARGIN, top - 20, _TITLE_SIZE, bold=True, max_width=inner,
               min_size=_TITLE_MIN)
    label.rule(top - 30)
    side = _qr_side(qr, dpi)
    y = top - 30 - 12 - _LINE_SIZE + 2
    for line in _wrapped(slip, _max_lines(_QR_BOTTOM + side)):
        if line:
            label.text(line, MARGIN, y, _LINE_SIZE, max_width=inner, min_size=_LINE_SIZE)
        y -= _LINE_LEADING
    side_dots = (qr.count + 2 * _QR_QUIET_MODULES) * qr.module_dots
    quiet = _QR_QUIET_MODULES * qr.module_dots
    x = (stock.width_dots - side_dots) // 2 + quiet
    y_dots = label.y(_QR_BOTTOM) - side_dots + quiet
    # Model 2, error correction M, automatic input mode ("MA,"), the payload after the comma.
    label.parts.append(f"^FO{x},{y_dots}^BQN,2,{qr.module_dots}"
                       f"{field_data('MA,' + slip.qr_payload)}\n")
    if slip.footer:
        label.text(slip.footer, MARGIN, MARGIN, _FOOTER_SIZE, max_width=inner, min_size=5)
    return label_frame(stock, "".join(label.parts)).encode("utf-8")
