"""True-size label printing through QPrinter: the station's label printer or a PDF file.

Rules, all physical:
- The page is the label stock (4x6 in by default, A6 or a custom size from the settings),
  margins zero, at the printer's real resolution (203 or 300 dpi).
- A label that fits the page prints at exactly 100 %: no shrink-to-fit, because Code 128
  needs its quiet zone and its bar-width ratios, and a scaled barcode loses both. A label
  drawn landscape for a portrait stock is turned a quarter, not shrunk.
- Only a label that cannot fit at all (an A4 sheet, a phone photo with no physical size)
  is scaled down, and the report says which ones were.
- Every page is painted on white first: ``QPdfDocument.render()`` returns a transparent
  image, which some drivers print as black.

:func:`print_labels` is safe to run off the GUI thread (Qt supports QPainter on a QPrinter
in any thread); :class:`LabelPrinter` runs it in its own one-thread executor so a batch
never freezes the window and two jobs never interleave. :class:`LabelPrinter` is the
station's two printers, one profile per role (the carrier's label, our intake label): an OS
printer through QPrinter, a folder of PDFs through QPrinter too, or a ZPL printer through
``domain/printer_profiles.py``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QTransform
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from revdesk.config import PrinterRole, PrinterSettings
from revdesk.domain.labels import CheckedLabel
from revdesk.domain.printer_profiles import LabelItem
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

log = logging.getLogger(__name__)

__all__ = [
    "A6",
    "LABEL_4X6",
    "LabelPrinter",
    "PageSpec",
    "PrintError",
    "PrintReport",
    "PrintTarget",
    "label_images",
    "make_printer",
    "placement",
    "print_labels",
]

MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
#: A label within this much of the page size counts as fitting (rounding in mm sizes).
FIT_TOLERANCE = 1.01

Progress = Callable[[int, int], None]


class PrintError(Exception):
    """A print that could not be done; the message is for the operator."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.operator_message = message
        self.detail = detail


class IncompleteJob(PrintError):
    """The job or its file was not written whole (a full disk, a spooler gone)."""


@dataclass(frozen=True)
class PageSpec:
    """The label stock: its size and the name the print dialog shows."""

    width_mm: float
    height_mm: float
    name: str

    @classmethod
    def from_settings(cls, printer: PrinterSettings) -> PageSpec:
        if printer.label_size == "A6":
            return A6
        if printer.label_size == "custom":
            return cls(printer.custom_width_mm, printer.custom_height_mm, "custom")
        return LABEL_4X6

    @property
    def size_pt(self) -> QSizeF:
        scale = POINTS_PER_INCH / MM_PER_INCH
        return QSizeF(self.width_mm * scale, self.height_mm * scale)

    def page_size(self) -> QPageSize:
        if self is A6 or (self.width_mm, self.height_mm) == (A6.width_mm, A6.height_mm):
            return QPageSize(QPageSize.PageSizeId.A6)
        if (self.width_mm, self.height_mm) == (LABEL_4X6.width_mm, LABEL_4X6.height_mm):
            # In inches, so the PDF page is exactly 288 x 432 pt, not a millimetre rounding.
            return QPageSize(QSizeF(4, 6), QPageSize.Unit.Inch, "4x6 in")
        return QPageSize(QSizeF(self.width_mm, self.height_mm), QPageSize.Unit.Millimeter,
                         f"{self.width_mm:g} x {self.height_mm:g} mm")


LABEL_4X6 = PageSpec(101.6, 152.4, "4x6")
A6 = PageSpec(105.0, 148.0, "A6")


@dataclass(frozen=True)
class PrintTarget:
    """Where a job goes: the station printer by name, or a PDF file when ``pdf_path`` is set."""

    page: PageSpec = LABEL_4X6
    dpi: int = 203
    printer_name: str = ""
    pdf_path: Path | None = None
    #: The job's name in the print queue ("RP-100042 intake label").
    title: str = "revdesk labels"

    @classmethod
    def from_settings(cls, printer: PrinterSettings, *, pdf_path: Path | None = None,
                      title: str = "revdesk labels") -> PrintTarget:
        name = printer.name if printer.kind == "system" else ""
        return cls(PageSpec.from_settings(printer), printer.dpi, name, pdf_path, title)


@dataclass
class PrintReport:
    pages: int = 0
    #: Names of labels that were too large for the page at true size and were scaled down.
    scaled: list[str] = field(default_factory=list)
    #: What was printed, for the operator's message: the role and the returns.
    role: PrinterRole = "carrier"
    process_ids: list[str] = field(default_factory=list)
    #: The printer in the operator's words ("Zebra-1"), or the files written.
    where: str = ""
    files: list[Path] = field(default_factory=list)


# -- the printer ----------------------------------------------------------------------------


def make_printer(target: PrintTarget) -> QPrinter:
    """A QPrinter for the label stock: full page, no margins, the printer's resolution."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if target.pdf_path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target.pdf_path))
    elif target.printer_name:
        printer.setPrinterName(target.printer_name)
    printer.setResolution(target.dpi)
    printer.setFullPage(True)
    layout = QPageLayout(target.page.page_size(), QPageLayout.Orientation.Portrait,
                         QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)
    if not printer.setPageLayout(layout):
        raise PrintError(translate("printing", "The printer does not accept this label size."),
                         detail=f"{target.page} refused by {printer.printerName()!r}")
    printer.setDocName(target.title)
    return printer


def print_labels(
    target: PrintTarget,
    labels: Sequence[CheckedLabel],
    *,
    progress: Progress | None = None,
) -> PrintReport:
    """Print every page of every label as one job. Runs in any thread; returns a report."""
    if not labels:
        raise PrintError(translate("printing", "There is nothing to print."))
    printer = make_printer(target)
    dpi = printer.resolution()  # what the driver granted, which may differ from the request
    paper_px = printer.paperRect(QPrinter.Unit.DevicePixel)
    page_pt = target.page.size_pt
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(translate("printing", "The label printer could not be started. Check that it is on "
                             "and connected, or choose the label printer again."),
                         detail=f"QPainter.begin failed on {target}")
    report = PrintReport()
    try:
        for index, label in enumerate(labels):
            for image, scaled in label_images(label, page_pt, dpi):
                if report.pages:
                    printer.newPage()
                # White first: a transparent page prints as black on some drivers.
                painter.fillRect(paper_px, Qt.GlobalColor.white)
                x = (paper_px.width() - image.width()) / 2
                y = (paper_px.height() - image.height()) / 2
                # One image pixel per printer dot: no resampling by the driver.
                painter.drawImage(QRectF(x, y, image.width(), image.height()), image)
                report.pages += 1
                if scaled and label.name not in report.scaled:
                    report.scaled.append(label.name or f"#{index + 1}")
            if progress:
                progress(index + 1, len(labels))
    except BaseException:
        painter.end()
        raise
    # QPdfWriter and a print engine report a failed write (a full disk, a spooler gone)
    # only here: ignored, a truncated PDF was reported printed.
    if not painter.end():
        where = target.pdf_path or target.printer_name or "the default printer"
        raise IncompleteJob(translate("printing", "The label job could not be written whole (is the disk "
                                "full, or the printer gone?): check what printed."),
                            detail=f"QPainter.end failed on {where}")
    log.info("printed %d page(s) of %d label(s) to %s", report.pages, len(labels),
             target.pdf_path or target.printer_name or "the default printer")
    return report


# -- label pages as images at printer resolution --------------------------------------------


def placement(content_pt: QSizeF, page_pt: QSizeF) -> tuple[QSizeF, bool, bool]:
    """Where a label of ``content_pt`` goes on ``page_pt``: its printed size in points,
    whether it is turned a quarter and whether it had to be scaled down."""
    if _fits(content_pt, page_pt):
        return content_pt, False, False
    turned = content_pt.transposed()
    if _fits(turned, page_pt):
        return turned, True, False
    # Too large either way: scale down, in the orientation that loses the least.
    portrait = _scale_to(content_pt, page_pt)
    landscape = _scale_to(turned, page_pt)
    if landscape.width() * landscape.height() > portrait.width() * portrait.height():
        return landscape, True, True
    return portrait, False, True


def _fits(content: QSizeF, page: QSizeF) -> bool:
    return (content.width() <= page.width() * FIT_TOLERANCE
            and content.height() <= page.height() * FIT_TOLERANCE)


def _scale_to(content: QSizeF, page: QSizeF) -> QSizeF:
    factor = min(page.width() / content.width(), page.height() / content.height())
    return QSizeF(content.width() * factor, content.height() * factor)


def _pixels(size_pt: QSizeF, dpi: int) -> QSize:
    return QSize(max(1, round(size_pt.width() * dpi / POINTS_PER_INCH)),
                 max(1, round(size_pt.height() * dpi / POINTS_PER_INCH)))


def label_images(label: CheckedLabel, page_pt: QSizeF, dpi: int
                 ) -> Iterator[tuple[QImage, bool]]:
    """Each page of ``label`` as an opaque image at ``dpi``, sized and turned for the page;
    with it, whether it was scaled down."""
    if label.extension == "pdf":
        yield from _pdf_images(label, page_pt, dpi)
    else:
        yield _image_for_page(label, page_pt, dpi)


def _render_options() -> QPdfDocumentRenderOptions:
    options = QPdfDocumentRenderOptions()
    # Aliased: a thermal head prints dots, not grey; anti-aliased bar edges get thresholded
    # unevenly by the driver and the bar-width ratios drift.
    flags = (QPdfDocumentRenderOptions.RenderFlag.Annotations
             | QPdfDocumentRenderOptions.RenderFlag.PathAliased
             | QPdfDocumentRenderOptions.RenderFlag.ImageAliased
             | QPdfDocumentRenderOptions.RenderFlag.TextAliased)
    options.setRenderFlags(flags)
    return options


def open_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """Load PDF bytes with QtPdf; the buffer must live as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # QtPdf wants a parent argument; None gives a document the caller owns.
    document = QPdfDocument(parent)  # type: ignore[arg-type]
    document.load(buffer)
    return document, buffer


def _pdf_images(label: CheckedLabel, page_pt: QSizeF, dpi: int
                ) -> Iterator[tuple[QImage, bool]]:
    document, buffer = open_pdf(label.data)
    try:
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            raise PrintError(translate("printing", "The label PDF does not open."),
                             detail=f"{label.name}: QtPdf {document.error()}")
        for page in range(document.pageCount()):
            size, turned, scaled = placement(document.pagePointSize(page), page_pt)
            pixels = _pixels(size.transposed() if turned else size, dpi)
            rendered = document.render(page, pixels, _render_options())
            yield _turned(on_white(rendered), turned), scaled
    finally:
        document.close()
        buffer.close()


def _image_for_page(label: CheckedLabel, page_pt: QSizeF, dpi: int) -> tuple[QImage, bool]:
    image = QImage.fromData(label.data)
    if image.isNull():
        raise PrintError(translate("printing", "The label image does not open."), detail=label.name)
    # True size from the density the file declares; without one, one pixel per printer dot,
    # which is how label software makes images for a thermal printer.
    image_dpi = label.dpi or (float(dpi), float(dpi))
    natural = QSizeF(image.width() * POINTS_PER_INCH / image_dpi[0],
                     image.height() * POINTS_PER_INCH / image_dpi[1])
    size, turned, scaled = placement(natural, page_pt)
    pixels = _pixels(size.transposed() if turned else size, dpi)
    if pixels != image.size():
        image = image.scaled(pixels, Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return _turned(on_white(image), turned), scaled


def on_white(image: QImage) -> QImage:
    """``image`` painted on an opaque white background."""
    if not image.hasAlphaChannel():
        return image.convertToFormat(QImage.Format.Format_RGB32)
    opaque = QImage(image.size(), QImage.Format.Format_RGB32)
    opaque.fill(Qt.GlobalColor.white)
    painter = QPainter(opaque)
    painter.drawImage(0, 0, image)
    painter.end()
    return opaque


def _turned(image: QImage, turned: bool) -> QImage:
    return image.transformed(QTransform().rotate(90)) if turned else image


# -- the station's printers -------------------------------------------------------------------


def not_chosen_text(role: PrinterRole) -> str:
    """Why nothing printed: one whole sentence per role, so a language words each printer
    its own way (a role name inside one sentence was left in English, issue 19)."""
    if role == "carrier":
        return translate("LabelPrinter", "No carrier-label printer is chosen yet (Labels → "
                         "Label printers…): nothing was printed.")
    return translate("LabelPrinter", "No intake-label printer is chosen yet (Labels → "
                     "Label printers…): nothing was printed.")


def os_printers() -> tuple[list[str], str]:
    """The printers the OS offers this station and its default one (QPrinterInfo)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


def printable(item: LabelItem, printer: PrinterSettings) -> CheckedLabel:
    """The item as a label file QPrinter draws: the carrier's file, or the intake label or
    a slip drawn as a PDF for the profile's dpi."""
    if item.carrier is not None:
        return item.carrier
    from revdesk.domain.intake_label import LABEL_SIZE_PT, intake_labels_pdf

    if item.slip is not None:
        return CheckedLabel(item.slip.pdf(printer.dpi), "pdf", f"{item.file_stem}.pdf",
                            page_sizes=(LABEL_SIZE_PT,))
    assert item.intake is not None
    data = intake_labels_pdf([item.intake], dpi=printer.dpi)
    return CheckedLabel(data, "pdf", f"{item.process_id}-intake.pdf",
                        page_sizes=(LABEL_SIZE_PT,))


def job_title(role: PrinterRole, process_ids: Sequence[str]) -> str:
    what = "intake label" if role == "intake" else "carrier label"
    if len(process_ids) == 1:
        return f"{process_ids[0]} {what}"
    return f"{what}s for {len(process_ids)} returns"


class LabelPrinter(QObject):
    """The station's two printers, one per role (the carrier's label, our intake label),
    each a profile in the settings: an OS printer, a folder of PDFs or a ZPL printer.
    The profile is read from the store's current settings at every job, so a change saved
    in Settings holds for the next label. Jobs run one at a time in a print thread."""

    printed = Signal(int)  # pages in the job just finished

    def __init__(
        self,
        settings: SettingsStore,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="print")
        #: The last job sent to a printer (its role and labels), for "Reprint last".
        self.last: list[LabelItem] = []
        self.last_role: PrinterRole = "carrier"

    def close(self) -> None:
        """Stop accepting jobs; a job already printing finishes in its thread."""
        self._executor.shutdown(wait=False, cancel_futures=True)

    def profile(self, role: PrinterRole) -> PrinterSettings:
        return self.settings.current.printer_for(role)

    def has_printer(self, role: PrinterRole = "carrier") -> bool:
        return self.profile(role).chosen

    def target(self, pdf_path: Path | None = None, *, role: PrinterRole = "carrier",
               profile: PrinterSettings | None = None, title: str = "revdesk labels"
               ) -> PrintTarget:
        """Where QPrinter draws a job: the profile's OS printer, or ``pdf_path``."""
        return PrintTarget.from_settings(profile or self.profile(role), pdf_path=pdf_path,
                                         title=title)

    async def print(self, role: PrinterRole, items: Sequence[LabelItem], *,
                    progress: Progress | None = None,
                    profile: PrinterSettings | None = None, remember: bool = True
                    ) -> PrintReport:
        """Print ``items`` on the role's printer (or on ``profile``, a test print) as one
        job; it becomes the last job unless ``remember`` is False."""
        if not items:
            raise PrintError(translate("LabelPrinter", "There is nothing to print."))
        chosen = profile or self.profile(role)
        if not chosen.chosen:
            raise PrintError(not_chosen_text(role))
        pids = [item.process_id for item in items]
        if chosen.kind == "zpl":
            report = await self._send_zpl(chosen, items)
            if progress:  # one job, sent whole: the batch's bar fills when it is taken
                progress(len(items), len(items))
        elif chosen.kind == "folder":
            report = await self._to_folder(role, chosen, items, progress)
        else:
            labels = [printable(item, chosen) for item in items]
            report = await self._run(self.target(profile=chosen, title=job_title(role, pids)),
                                     labels, progress)
            report.where = chosen.name
        report.role, report.process_ids = role, pids
        if remember:
            self.last, self.last_role = list(items), role
        self.printed.emit(report.pages)
        return report

    async def reprint_last(self) -> PrintReport:
        if not self.last:
            raise PrintError(translate("LabelPrinter", "Nothing has been printed yet on this station."))
        return await self.print(self.last_role, self.last)

    async def save_as_pdf(self, role: PrinterRole, items: Sequence[LabelItem], path: Path, *,
                          progress: Progress | None = None) -> PrintReport:
        """The same pages as the role's printer would get, into one PDF file."""
        chosen = self.profile(role)
        report = await self._in_thread(self._write_pdf, chosen, list(items), path, progress)
        report.role, report.process_ids = role, [item.process_id for item in items]
        return report

    async def _to_folder(self, role: PrinterRole, profile: PrinterSettings,
                         items: Sequence[LabelItem], progress: Progress | None) -> PrintReport:
        return await self._in_thread(self._folder_job, role, profile, list(items), progress)

    async def _in_thread(self, work: Callable[..., PrintReport], *args: object
                         ) -> PrintReport:
        """``work(*args, progress)`` in the print thread, its progress called on the loop."""
        loop = asyncio.get_running_loop()
        *head, progress = args
        on_loop = _on_loop(loop, progress) if callable(progress) else None
        return await loop.run_in_executor(self._executor, lambda: work(*head, on_loop))

    # The two below run in the print thread.

    def _folder_job(self, role: PrinterRole, profile: PrinterSettings,
                    items: list[LabelItem], progress: Progress | None) -> PrintReport:
        """One PDF per return in the profile's folder, named for the return and the role."""
        from revdesk.domain.printer_profiles import folder_file

        folder = Path(profile.folder).expanduser()
        if not folder.is_dir():
            raise PrintError(translate("printing", "The label folder {folder} is not there (a drive not "
                                 "connected?): nothing was saved.").format(folder=folder))
        total = PrintReport(where=str(folder))
        for done, item in enumerate(items, start=1):
            path = (folder / f"{item.file_stem}.pdf" if item.slip is not None
                    else folder_file(folder, item.process_id, role))
            report = self._write_pdf(profile, [item], path, None)
            total.pages += report.pages
            total.scaled += report.scaled
            total.files.append(path)
            if progress:
                progress(done, len(items))
        return total

    def _write_pdf(self, profile: PrinterSettings, items: list[LabelItem], path: Path,
                   progress: Progress | None) -> PrintReport:
        """QPrinter into a temporary file renamed over ``path``: whoever watches the folder
        never sees half a label."""
        import os
        import tempfile

        from revdesk.domain.output_file import mode_for

        labels = [printable(item, profile) for item in items]
        tmp_name = ""
        try:
            handle, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                                suffix=".tmp")
            os.close(handle)
            try:
                report = print_labels(self.target(Path(tmp_name), profile=profile), labels,
                                      progress=progress)
                _check_written_pdf(Path(tmp_name))
            except IncompleteJob as exc:
                # The file asked for, perhaps a good earlier label, is left as it was.
                raise PrintError(
                    translate(
                        "printing",
                        "The label could not be saved as {path}: the file came "
                        "out incomplete (is the disk full?). Nothing was "
                        "replaced.",
                    ).format(path=path),
                    detail=exc.detail,
                ) from None
            # mkstemp's file is private (0600): the label gets the mode the CLI's -o gives,
            # so a print watcher running as another user can read it.
            os.chmod(tmp_name, mode_for(path))
            os.replace(tmp_name, path)
        except OSError as exc:
            raise PrintError(
                translate("printing", "The label could not be saved as {path}: {why}.").format(
                    path=path, why=exc.strerror or exc
                )
            ) from None
        finally:
            if tmp_name and os.path.exists(tmp_name):
                os.unlink(tmp_name)
        report.files.append(path)
        report.where = str(path)
        return report

    async def _send_zpl(self, profile: PrinterSettings, items: Sequence[LabelItem]) -> PrintReport:
        from revdesk.domain.carrier_zpl import LabelNotPrintable
        from revdesk.domain.printer_profiles import labels_zpl, send_to_zpl_printer
        from revdesk.domain.zpl_printer import PrinterError

        loop = asyncio.get_running_loop()
        try:
            # Drawing a carrier label into ^GFA is tens of milliseconds: in the print thread.
            job = await loop.run_in_executor(self._executor, labels_zpl, list(items), profile)
            await send_to_zpl_printer(profile, job)
        except (PrinterError, LabelNotPrintable) as exc:
            raise PrintError(exc.operator_message, detail=getattr(exc, "detail", "")) from None
        return PrintReport(pages=job.count(b"^XZ"), where=profile.zpl_address)

    async def _run(
        self, target: PrintTarget, labels: Sequence[CheckedLabel], progress: Progress | None
    ) -> PrintReport:
        loop = asyncio.get_running_loop()
        on_loop = _on_loop(loop, progress) if progress else None
        return await loop.run_in_executor(
            self._executor, lambda: print_labels(target, list(labels), progress=on_loop)
        )


def _check_written_pdf(path: Path) -> None:
    """Raise PrintError unless ``path`` is a whole PDF: not empty, ending in %%EOF and
    opened by PDFium. Runs in the print thread, before the file is renamed into place."""
    from revdesk.domain.labels import PDFIUM_LOCK

    size = path.stat().st_size
    with path.open("rb") as pdf:
        pdf.seek(max(0, size - 1024))
        tail = pdf.read()
    if size == 0 or b"%%EOF" not in tail:
        raise IncompleteJob(
            translate("printing", "The label file is incomplete."),
            detail=f"{path}: {size} bytes, no %%EOF at the end",
        )
    import pypdfium2 as pdfium

    with PDFIUM_LOCK:
        try:
            pdfium.PdfDocument(str(path)).close()
        except Exception as exc:  # any failure to open it: the file is not a whole PDF
            raise IncompleteJob(
                translate("printing", "The label file is incomplete."),
                detail=f"{path}: PDFium: {type(exc).__name__}: {exc}",
            ) from None


def _on_loop(loop: asyncio.AbstractEventLoop, progress: Progress) -> Progress:
    """A progress callback safe to call from the print thread: it runs ``progress`` on the
    loop (the GUI thread), where widgets may be touched."""

    def call(done: int, total: int) -> None:
        loop.call_soon_threadsafe(progress, done, total)

    return call
