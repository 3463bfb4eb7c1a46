"""Printer profiles at work, without Qt: what a label becomes for each kind of printer (a
true-size PDF, ZPL), the file a folder profile writes, and the job sent to a ZPL printer or
an OS (CUPS) queue. The CLI prints through this module; the window uses it for the folder's
file names and for ZPL, and prints to an OS printer through QPrinter (``ui/printing.py``).

A job is a list of :class:`LabelItem`: a return's carrier label (a checked file) or its
intake label (what it shows: drawn for the printer, natively in ZPL or as a PDF).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from revdesk.config import PrinterRole, PrinterSettings
from revdesk.i18n import QT_TRANSLATE_NOOP, translate

from .intake_label import IntakeInfo, intake_labels_pdf
from .labels import CheckedLabel
from .zpl import LabelStock
from .zpl_printer import PrinterError, PrinterUnavailable, Timeouts, parse_printer_address, send_zpl

if TYPE_CHECKING:
    from PIL import Image

    from .qr_slip import QrSlip

log = logging.getLogger(__name__)

__all__ = [
    "CUPS_QUEUE_PREFIX",
    "ROLE_WORDS",
    "LabelItem",
    "folder_file",
    "label_stock",
    "labels_pdf",
    "labels_zpl",
    "send_to_zpl_printer",
    "write_atomically",
]

#: A ZPL profile's address naming a raw CUPS queue instead of ``host:port``.
CUPS_QUEUE_PREFIX = "cups:"
ROLE_WORDS: dict[PrinterRole, str] = {
    "carrier": QT_TRANSLATE_NOOP("PrinterProfiles", "Carrier label"),
    "intake": QT_TRANSLATE_NOOP("PrinterProfiles", "Intake label"),
}


@dataclass(frozen=True)
class LabelItem:
    """One label in a job: a return's carrier label file, what its intake label shows, or
    a slip with a QR code for a customer (printed on the intake printer)."""

    process_id: str
    carrier: CheckedLabel | None = None
    intake: IntakeInfo | None = None
    slip: QrSlip | None = None

    @property
    def role(self) -> PrinterRole:
        return "intake" if self.intake is not None or self.slip is not None else "carrier"

    @property
    def file_stem(self) -> str:
        """A folder profile's file name without ``.pdf``: ``RP-100042-intake``, or the
        slip's own name (``RT-W000001-walkin``)."""
        if self.slip is not None:
            return self.slip.name
        return f"{self.process_id}-{self.role}"


def label_stock(printer: PrinterSettings, dpi: int | None = None) -> LabelStock:
    """The profile's label, at ``dpi`` (the profile's when not given)."""
    dots = dpi or printer.dpi
    if printer.label_size == "A6":
        return LabelStock.millimetres(105, 148, dots)
    if printer.label_size == "custom":
        return LabelStock.millimetres(printer.custom_width_mm, printer.custom_height_mm, dots)
    return LabelStock.inches(4, 6, dots)


def folder_file(folder: Path | str, process_id: str, role: PrinterRole) -> Path:
    """Where a folder profile writes a return's label: ``RP-100042-intake.pdf``. The same
    name each time: a reprint replaces the file with the same label."""
    return Path(folder) / f"{process_id}-{role}.pdf"


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` into ``path`` through a temporary file renamed over it: a reader (a print
    watcher on the folder) never sees half a label. Raises OSError."""
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
        os.replace(tmp_name, path)
    except BaseException:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise


# -- what the printer gets --------------------------------------------------------------------


def labels_zpl(items: Sequence[LabelItem], printer: PrinterSettings) -> bytes:
    """The job for a ZPL printer: intake labels drawn natively, carrier labels as ``^GFA``."""
    from .carrier_zpl import carrier_label_zpl
    from .intake_zpl import intake_labels_zpl

    parts = []
    for item in items:
        if item.intake is not None:
            parts.append(intake_labels_zpl([item.intake], dpi=printer.dpi))
        elif item.slip is not None:
            parts.append(item.slip.zpl(printer.dpi))
        elif item.carrier is not None:
            parts.append(carrier_label_zpl(item.carrier, label_stock(printer)))
    return b"".join(parts)


def labels_pdf(items: Sequence[LabelItem], printer: PrinterSettings) -> bytes:
    """The job as a PDF of label-sized pages, for a CUPS queue or a folder (no Qt): intake
    labels as drawn by reportlab, carrier labels drawn at the printer's dpi and fitted to
    the stock as a ZPL printer gets them, one page each."""
    if all(item.intake is not None for item in items):
        return intake_labels_pdf([item.intake for item in items if item.intake is not None],
                                 dpi=printer.dpi)
    from PIL import Image

    from .carrier_zpl import label_bitmaps

    stock = label_stock(printer)
    pages: list[Image.Image] = []
    for item in items:
        if item.intake is not None:
            pages.extend(_pdf_pages(intake_labels_pdf([item.intake], dpi=printer.dpi), stock))
        elif item.slip is not None:
            pages.extend(_pdf_pages(item.slip.pdf(printer.dpi), stock))
        elif item.carrier is not None:
            for bitmap in label_bitmaps(item.carrier, stock):
                page = Image.new("1", (stock.width_dots, stock.height_dots), 1)
                page.paste(bitmap, (max(0, (stock.width_dots - bitmap.width) // 2),
                                    max(0, (stock.height_dots - bitmap.height) // 2)))
                pages.append(page)
    if not pages:
        raise ValueError("no label to print")
    out = io.BytesIO()
    # resolution: Pillow sizes the page as pixels / dpi, so a 4x6 stock is 288 x 432 pt.
    pages[0].save(out, "PDF", resolution=float(stock.dpi), save_all=True,
                  append_images=pages[1:])
    return out.getvalue()


def _pdf_pages(data: bytes, stock: LabelStock) -> list[Image.Image]:
    from .carrier_zpl import label_bitmaps
    from .labels import check_label_bytes

    return list(label_bitmaps(check_label_bytes(data, name="intake.pdf"), stock))


# -- sending ------------------------------------------------------------------------------------


async def send_to_zpl_printer(printer: PrinterSettings, job: bytes, *,
                              timeouts: Timeouts | None = None) -> None:
    """Send a ZPL job to the profile's printer: ``host:port`` over TCP, or a raw CUPS queue
    (``cups:QUEUE``) through ``lp``. Raises PrinterError in the operator's words."""
    address = printer.zpl_address.strip()
    if address.lower().startswith(CUPS_QUEUE_PREFIX):
        from .cups import CupsError, submit

        queue = address[len(CUPS_QUEUE_PREFIX):].strip()
        try:
            await submit(queue, job, raw=True, title="revdesk ZPL")
        except CupsError as exc:
            raise PrinterUnavailable(exc.operator_message, detail=exc.detail) from None
        return
    await send_zpl(parse_printer_address(address), job, timeouts=timeouts or Timeouts())


def failure_words(exc: Exception) -> str | None:
    """The operator's words for a printing failure this module raises, else None."""
    if isinstance(exc, PrinterError):
        return exc.operator_message
    if isinstance(exc, OSError):
        return translate("PrinterProfiles", "The label could not be written: {why}.").format(
            why=exc.strerror or exc)
    return None

