"""Sandbox-only carrier labels: real files, generated on demand, 4x6 in.

Most are PDFs (reportlab), every fifth process a PNG (Pillow), so a client meets both
formats. The barcode is Code 128 of the tracking id.
"""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path
from typing import Any

from .seed import warehouse_of

WIDTH_IN, HEIGHT_IN = 4, 6
PNG_DPI = 203  # the usual thermal printer resolution
CONTENT_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}
_NUMBER = re.compile(r"(\d+)$")


def default_extension(process_id: str) -> str:
    """"png" for every fifth process (by the number in its id), else "pdf"."""
    match = _NUMBER.search(process_id)
    return "png" if match and int(match.group(1)) % 5 == 0 else "pdf"


def has_label(process: dict[str, Any]) -> bool:
    """A carrier label exists once the return has a shipment: a tracking id. Seeded returns
    with NO_SHIPPING_STATUS have none; a logistic order gives them one."""
    return bool(process.get("tracking_id"))


def address_lines(address: dict[str, Any]) -> list[str]:
    name = " ".join(p for p in (address.get("first_name"), address.get("last_name")) if p)
    lines = [address.get("company", ""), name, address.get("address_line_1", ""),
             address.get("address_line_2", ""),
             f"{address.get('postcode', '')} {address.get('city', '')}".strip(),
             address.get("country", "")]
    return [str(line) for line in lines if line]


def render(process: dict[str, Any], ext: str) -> bytes:
    """The label file of ``process`` as ``ext`` ("pdf" or "png")."""
    if ext == "png":
        return _render_png(process)
    return _render_pdf(process)


def _fields(process: dict[str, Any]) -> tuple[str, str, list[str], list[str]]:
    tracking = process.get("tracking_id") or process.get("process_id", "")
    sender = address_lines(process.get("customer_address") or {})
    recipient = address_lines(warehouse_of(str(process.get("ecommerce_id", ""))))
    return process.get("carrier") or "Carrier", tracking, sender, recipient


def _render_pdf(process: dict[str, Any]) -> bytes:
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.lib.units import inch
    from reportlab.pdfgen import canvas

    carrier, tracking, sender, recipient = _fields(process)
    width, height = WIDTH_IN * inch, HEIGHT_IN * inch
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height), invariant=True)  # invariant: same bytes
    pdf.setTitle(f"Return label {process.get('process_id', '')}")
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(14, height - 36, carrier)
    pdf.setFont("Helvetica", 9)
    pdf.drawRightString(width - 14, height - 30, f"RETURN  {process.get('process_id', '')}")
    pdf.drawRightString(width - 14, height - 42, str(process.get("order_number", "")))
    pdf.line(14, height - 52, width - 14, height - 52)
    _pdf_block(pdf, "FROM", sender, 14, height - 70, 10)
    _pdf_block(pdf, "TO", recipient, 14, height - 180, 13)
    # Bar width fits the width available; Code 128 keeps its quiet zones, so never squeeze
    # below what a 203 dpi printer can draw (one dot is 0.35 pt).
    probe = Code128(tracking, barWidth=1, barHeight=70, quiet=True)
    bar_width = max(0.72, min(1.6, (width - 28) / probe.width))
    barcode = Code128(tracking, barWidth=bar_width, barHeight=70, quiet=True)
    barcode.drawOn(pdf, (width - barcode.width) / 2, 70)
    pdf.setFont("Courier-Bold", 12)
    pdf.drawCentredString(width / 2, 52, tracking)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _pdf_block(pdf: Any, title: str, lines: list[str], x: float, y: float, size: int) -> None:
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(x, y, title)
    pdf.setFont("Helvetica", size)
    for n, line in enumerate(lines):
        pdf.drawString(x, y - (n + 1) * (size + 3), line)


def _render_png(process: dict[str, Any]) -> bytes:
    from PIL import Image, ImageDraw

    carrier, tracking, sender, recipient = _fields(process)
    width, height = WIDTH_IN * PNG_DPI, HEIGHT_IN * PNG_DPI
    image = Image.new("1", (width, height), 1)  # 1-bit, like a thermal print
    draw = ImageDraw.Draw(image)
    draw.text((28, 24), carrier, fill=0, font=_font(56))
    draw.text((width - 28, 30), f"RETURN  {process.get('process_id', '')}", fill=0,
              font=_font(22), anchor="ra")
    draw.line((28, 110, width - 28, 110), fill=0, width=3)
    _png_block(draw, "FROM", sender, 28, 130, 26)
    _png_block(draw, "TO", recipient, 28, 430, 34)
    _png_barcode(draw, tracking, top=height - 330, width=width, bar_height=200)
    draw.text((width / 2, height - 110), tracking, fill=0, font=_font(34), anchor="ma")
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(PNG_DPI, PNG_DPI))
    return out.getvalue()


@functools.cache
def _font(size: int) -> Any:
    """Bitstream Vera, shipped with reportlab: Latin-1 accents on every machine."""
    import reportlab
    from PIL import ImageFont

    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    try:
        return ImageFont.truetype(str(vera), size)
    except OSError:  # no FreeType in this Pillow: the small built-in font
        return ImageFont.load_default()


def _png_block(draw: Any, title: str, lines: list[str], x: int, y: int, size: int) -> None:
    draw.text((x, y), title, fill=0, font=_font(22))
    for n, line in enumerate(lines):
        draw.text((x, y + 32 + n * (size + 8)), line, fill=0, font=_font(size))


def _png_barcode(draw: Any, value: str, *, top: int, width: int, bar_height: int) -> None:
    """Code 128 drawn bar by bar from reportlab's encoding: uppercase letters are bars,
    lowercase spaces, A-D one to four modules wide."""
    from reportlab.graphics.barcode.code128 import Code128

    code = Code128(value)
    code.validate()
    code.encode()
    code.decompose()
    pattern: str = code.decomposed
    modules = sum(ord(ch.upper()) - ord("A") + 1 for ch in pattern) + 20  # + quiet zones
    module = max(2, (width - 56) // modules)
    x = (width - modules * module) // 2 + 10 * module
    for ch in pattern:
        span = (ord(ch.upper()) - ord("A") + 1) * module
        if ch.isupper():
            draw.rectangle((x, top, x + span - 1, top + bar_height), fill=0)
        x += span
