"""The Revers.io self-care link as a 4x6 in slip with a QR code (reportlab, no Qt).

A stand-in with the same call as the walk-in slip's ``domain/qr_slip.py`` (another branch,
not on main when this was written): :func:`qr_slip_pdf` takes (title, lines, payload,
printer profile, footer=...). When both are merged, :func:`self_care_slip_pdf` calls that
module instead and this drawing goes.

As on the intake label: every word in the bundled DejaVu Sans, untrusted text made one
printable line (``label_text``) before any layout, QR modules whole printer dots.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from revdesk.i18n import translate

from .intake_label import LABEL_SIZE_PT, MARGIN, _fitted_text, _font, _snap, _text
from .label_text import label_text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from revdesk.config import PrinterSettings

#: A self-care URL is far below this; a longer text would need modules too small to read.
MAX_PAYLOAD = 400
_QR_TARGET_IN = 2.4
_QR_QUIET = 4
_QR_MASK = 0


class SlipError(ValueError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.operator_message = message


def self_care_slip_pdf(link: str, *, order: str, account: str,
                       printer: PrinterSettings | None = None) -> bytes:
    """The slip a walk-in customer takes: the link as a QR code, the order and account."""
    return qr_slip_pdf(
        translate("Reversio", "Finish your return online"),
        [translate("Reversio", "Order: {order}").format(order=order),
         translate("Reversio", "Account: {account}").format(account=account)],
        link, printer,
        footer=translate("Reversio", "Scan the code with your phone's camera."))


def qr_slip_pdf(title: str, lines: Sequence[str], qr_payload: str,
                printer: PrinterSettings | None = None, *, footer: str = "") -> bytes:
    """One slip as a one-page 4x6 in PDF at the profile's dpi (203 without one)."""
    from reportlab.pdfgen.canvas import Canvas

    if not qr_payload:
        raise SlipError(translate("Reversio", "The slip has nothing for its QR code."))
    if len(qr_payload) > MAX_PAYLOAD or not (qr_payload.isascii() and qr_payload.isprintable()):
        raise SlipError(translate("Reversio", "The link cannot be printed as a QR code a "
                                              "phone can read."))
    dpi = printer.dpi if printer is not None else 203
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=LABEL_SIZE_PT, pageCompression=0, invariant=1,
               initialFontName=_font("", bold=False))
    c.setCreator("revdesk")
    c.setTitle("revdesk slip")
    width, height = LABEL_SIZE_PT
    inner = width - 2 * MARGIN
    top = height - MARGIN
    _fitted_text(c, label_text(title), MARGIN, top - 20, inner, 18, 10, bold=True)
    c.setLineWidth(1.5)
    c.line(MARGIN, top - 30, width - MARGIN, top - 30)
    y = top - 50
    for line in lines:
        _fitted_text(c, label_text(line), MARGIN, y, inner, 12, 8, bold=False)
        y -= 16
    _draw_qr(c, qr_payload, top=y - 6, dpi=dpi)
    if footer:
        _text(c, label_text(footer)[:80], MARGIN, MARGIN, 8)
    c.showPage()
    c.save()
    return buffer.getvalue()


def _draw_qr(c: Canvas, value: str, *, top: float, dpi: int) -> None:
    """The QR code, quiet zone included, centred under ``top``."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.version = qr.calculate_version()
    qr.makeImpl(False, _QR_MASK)
    count = qr.getModuleCount()
    span = count + 2 * _QR_QUIET
    module_dots = max(2, int(_QR_TARGET_IN * dpi) // span)
    module = module_dots * 72.0 / dpi
    size = span * module
    x0 = _snap((LABEL_SIZE_PT[0] - size) / 2, dpi) + _QR_QUIET * module
    y_top = _snap(top, dpi) - _QR_QUIET * module
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
    c.addLiteral("\n".join(runs) + "\nf")
