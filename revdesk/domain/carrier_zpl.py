"""A carrier's label file (PDF, PNG, JPG) as ZPL for a thermal printer (no Qt).

The file is drawn at the printer's own resolution, fitted to the label (turned a quarter
when a landscape label goes on portrait stock, never stretched, centred), made 1-bit by a
threshold and sent as one ``^GFA`` picture per page. A threshold, not dithering: dithering
turns the grey edge of a bar into a dot pattern that a scanner reads as a wider or a broken
bar; a threshold keeps each bar solid.

PDFs are drawn by PDFium (pypdfium2, imported here on first use) under
:data:`revdesk.domain.labels.PDFIUM_LOCK`; images by Pillow, turned upright by their EXIF
orientation (a phone photo). The label must have passed :func:`check_label_bytes` first.
"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING

from revdesk.i18n import translate

from .labels import PDFIUM_LOCK, CheckedLabel
from .zpl import LabelStock, graphic_field, label_frame

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["THRESHOLD", "carrier_label_zpl", "label_bitmaps"]

#: Grey levels darker than this print (0 black, 255 white): the middle, so an anti-aliased
#: bar edge goes to whichever side covers more of its dot and bar widths are kept.
THRESHOLD = 128
#: Pages of a label PDF turned into labels; a carrier's label has one or two, a longer PDF
#: is a document sent by mistake and is refused rather than printed by the metre.
MAX_PAGES = 10


class LabelNotPrintable(ValueError):
    """The label cannot be drawn for the printer; ``operator_message`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.operator_message = message


def carrier_label_zpl(label: CheckedLabel, stock: LabelStock) -> bytes:
    """The label as one ZPL job: a ``^XA … ^XZ`` per page, each a centred ``^GFA``."""
    jobs = []
    for bitmap in label_bitmaps(label, stock):
        # max(0): PDFium may round a page a dot past the stock; the printer clips that dot.
        x = max(0, (stock.width_dots - bitmap.width) // 2)
        y = max(0, (stock.height_dots - bitmap.height) // 2)
        jobs.append(label_frame(stock, f"^FO{x},{y}{graphic_field(bitmap)}\n"))
    return "".join(jobs).encode("ascii")


def label_bitmaps(label: CheckedLabel, stock: LabelStock) -> list[Image.Image]:
    """Each page of the label as a 1-bit picture (black prints) that fits ``stock``."""
    if label.extension == "pdf":
        return _pdf_bitmaps(label, stock)
    return [_image_bitmap(label, stock)]


def _turn(width: float, height: float, stock: LabelStock) -> bool:
    """Whether a quarter turn makes the content's orientation the stock's."""
    return (width > height) != (stock.width_dots > stock.height_dots) and width != height


def _fit(width: float, height: float, stock: LabelStock) -> float:
    """The scale (dots per unit) that fits width x height inside the stock."""
    return min(stock.width_dots / width, stock.height_dots / height)


def _threshold(grey: Image.Image) -> Image.Image:
    return grey.point(lambda v: 255 if v >= THRESHOLD else 0, mode="1")


def _pdf_bitmaps(label: CheckedLabel, stock: LabelStock) -> list[Image.Image]:
    import pypdfium2 as pdfium

    if label.page_count > MAX_PAGES:
        raise LabelNotPrintable(translate(
            "CarrierZpl", "The label PDF has {count} pages: a label has at most {limit}. Is it "
            "the right file?").format(count=label.page_count, limit=MAX_PAGES))
    greys = []
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(label.data)
        try:
            for index in range(len(document)):
                page = document[index]
                try:
                    width, height = page.get_size()
                    turn = _turn(width, height, stock)
                    if turn:
                        width, height = height, width
                    bitmap = page.render(
                        scale=_fit(width, height, stock), rotation=90 if turn else 0,
                        grayscale=True, fill_color=(255, 255, 255, 255),
                        optimize_mode="print", draw_annots=True,
                    )
                    greys.append(bitmap.to_pil().convert("L"))
                finally:
                    page.close()
        finally:
            document.close()
    # Outside the lock: thresholding is Pillow's, and other PDF work may go on meanwhile.
    return [_threshold(grey) for grey in greys]


def _image_bitmap(label: CheckedLabel, stock: LabelStock) -> Image.Image:
    from PIL import Image, ImageOps

    with Image.open(BytesIO(label.data)) as opened:
        width, height = opened.size
        # A phone photo is stored sideways with an EXIF note to turn it: the size we fit is
        # the upright one.
        if opened.getexif().get(0x0112, 1) in (5, 6, 7, 8):
            width, height = height, width
        turn = _turn(width, height, stock)
        scale = _fit(height, width, stock) if turn else _fit(width, height, stock)
        if opened.format == "JPEG" and scale < 1:
            # Decoded at a reduced size straight away: a 12-megapixel photo in a tenth of
            # the time and memory. draft() keeps at least the size asked for.
            opened.draft("L", (int(width * scale) + 1, int(height * scale) + 1))
        picture = ImageOps.exif_transpose(opened)
    if picture.has_transparency_data:
        # Transparent pixels often hide black underneath: they are the label's white.
        rgba = picture.convert("RGBA")
        picture = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)
    grey = picture.convert("L")
    if turn:
        grey = grey.transpose(Image.Transpose.ROTATE_270)  # a quarter turn clockwise
    scale = _fit(grey.width, grey.height, stock)
    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    if size != grey.size:
        grey = grey.resize(size, Image.Resampling.LANCZOS)
    return _threshold(grey)
