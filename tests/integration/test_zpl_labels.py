"""Labels as ZPL, read back as a printer would: carrier labels (PDF, PNG, JPG) drawn into
``^GFA`` are decoded to a bitmap and their barcode read by zbar; the intake label's
``^BC``/``^BQ`` fields carry the process id, and REVER's text cannot act on the printer."""

from __future__ import annotations

import io
import random
import re
from datetime import datetime
from typing import Any

import pytest
from PIL import Image
from pyzbar import pyzbar
from zpl_standin import bitmap, field, labels, size

from revdesk.domain.carrier_zpl import MAX_PAGES, LabelNotPrintable, carrier_label_zpl
from revdesk.domain.intake_label import IntakeInfo, IntakeLabelError
from revdesk.domain.intake_zpl import intake_label_zpl, intake_labels_zpl
from revdesk.domain.labels import check_label_bytes
from revdesk.domain.zpl import LabelStock, graphic_field, label_frame
from revdesk.sandbox.labels import render

TRACKING = "1Z999AA10123456784"
RETURN: dict[str, Any] = {"process_id": "RP-100004", "tracking_id": TRACKING, "carrier": "UPS"}
WHEN = datetime(2026, 1, 1, 9, 0)


def stock(dpi: int) -> LabelStock:
    return LabelStock.inches(4, 6, dpi)


def read_barcodes(image: Image.Image) -> list[pyzbar.Decoded]:
    return [d for d in pyzbar.decode(image) if d.type == "CODE128"]


def jpeg(png: bytes, *, exif_orientation: int | None = None, turn: bool = False) -> bytes:
    with Image.open(io.BytesIO(png)) as image:
        picture = image.convert("RGB")
    if turn:  # stored as a phone does: sideways, with a note to turn it a quarter clockwise
        picture = picture.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    if exif_orientation:
        exif[0x0112] = exif_orientation
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=92, exif=exif.tobytes())
    return out.getvalue()


def code128_pdf(width: float, height: float, pages: int = 1) -> bytes:
    from reportlab.graphics.barcode.code128 import Code128
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    for n in range(pages):
        canvas.drawString(20, height - 30, f"page {n + 1}")
        Code128(f"{TRACKING}{n}", barWidth=1.2, barHeight=60).drawOn(canvas, 30, 40)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


# -- the picture encoding -------------------------------------------------------------------


@pytest.mark.parametrize("width", [1, 13, 96, 812])
def test_graphic_field_decodes_to_the_same_dots(width: int) -> None:
    rng = random.Random(width)
    picture = Image.new("1", (width, 60), 1)
    pixels = picture.load()
    assert pixels is not None
    for y in range(60):
        if y < 10:
            continue  # white rows: ","
        if 20 <= y < 30:
            for x in range(width):
                pixels[x, y] = 0  # black rows: "!" and ":" repeats
            continue
        for x in range(width):
            pixels[x, y] = 0 if rng.random() < (0.5 if y % 7 else 0.05) else 1
    job = label_frame(LabelStock(width, 60, 203), f"^FO0,0{graphic_field(picture)}\n")
    decoded = bitmap(labels(job)[0]).point(lambda v: 255 if v > 127 else 0, mode="1")
    assert decoded.tobytes() == picture.tobytes()
    data = re.search(r"\^GFA,\d+,\d+,\d+,(.*?)\^FS", job)
    assert data and len(data.group(1)) < (width + 7) // 8 * 2 * 60  # shorter than plain hex


def test_graphic_field_wants_a_1_bit_picture() -> None:
    with pytest.raises(ValueError, match="1-bit"):
        graphic_field(Image.new("L", (8, 8), 255))


# -- carrier labels -------------------------------------------------------------------------


@pytest.mark.parametrize("dpi", [203, 300])
@pytest.mark.parametrize("kind", ["pdf", "png", "jpg"])
def test_carrier_label_prints_a_barcode_that_scans(kind: str, dpi: int) -> None:
    data = render(RETURN, "png" if kind == "jpg" else kind)
    if kind == "jpg":
        data = jpeg(data)
    job = carrier_label_zpl(check_label_bytes(data), stock(dpi)).decode("ascii")
    (label,) = labels(job)
    assert size(label) == (4 * dpi, 6 * dpi)
    assert [d.data.decode() for d in read_barcodes(bitmap(label))] == [TRACKING]


def test_a_landscape_label_is_turned_to_fill_portrait_stock() -> None:
    label = check_label_bytes(code128_pdf(6 * 72, 4 * 72))
    page = bitmap(labels(carrier_label_zpl(label, stock(203)).decode())[0])
    ink = page.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert ink is not None
    left, top, right, bottom = ink
    assert bottom - top > right - left  # the barcode's length now runs down the label
    (code,) = read_barcodes(page)
    assert code.data.decode() == f"{TRACKING}0"


def test_a_phone_photo_is_turned_upright_by_its_exif_note() -> None:
    photo = jpeg(render(RETURN, "png"), exif_orientation=6, turn=True)
    page = bitmap(labels(carrier_label_zpl(check_label_bytes(photo), stock(203)).decode())[0])
    (code,) = read_barcodes(page)
    # Upright: the barcode lies across the label, below its middle (as on the sandbox label).
    assert code.rect.width > code.rect.height
    assert code.rect.top > page.height / 2


def test_a_small_picture_is_scaled_to_the_label_not_printed_small() -> None:
    with Image.open(io.BytesIO(render(RETURN, "png"))) as image:
        small = image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    small.save(out, "PNG")
    (label,) = labels(carrier_label_zpl(check_label_bytes(out.getvalue()), stock(300)).decode())
    assert re.search(r"\^GFA,\d+,\d+,150,", label)  # 1200 dots wide: 150 bytes a row
    assert [d.data.decode() for d in read_barcodes(bitmap(label))] == [TRACKING]


def test_transparent_pixels_print_white() -> None:
    with Image.open(io.BytesIO(render(RETURN, "png"))) as image:
        grey = image.convert("L")
    # Black everywhere, visible only where the label is dark: transparent means white.
    rgba = Image.new("RGBA", grey.size, (0, 0, 0, 0))
    rgba.putalpha(grey.point(lambda v: 255 - v))
    out = io.BytesIO()
    rgba.save(out, "PNG")
    page = bitmap(labels(carrier_label_zpl(check_label_bytes(out.getvalue()), stock(203)).decode())[0])
    black = sum(page.histogram()[:128]) / (page.width * page.height)
    assert black < 0.2
    assert [d.data.decode() for d in read_barcodes(page)] == [TRACKING]


def test_each_pdf_page_is_a_label_and_a_long_pdf_is_refused() -> None:
    job = carrier_label_zpl(check_label_bytes(code128_pdf(288, 432, pages=2)), stock(203))
    pages = labels(job.decode())
    assert [[d.data.decode() for d in read_barcodes(bitmap(p))] for p in pages] == \
        [[f"{TRACKING}0"], [f"{TRACKING}1"]]
    with pytest.raises(LabelNotPrintable, match=f"{MAX_PAGES + 1} pages"):
        carrier_label_zpl(check_label_bytes(code128_pdf(288, 432, pages=MAX_PAGES + 1)),
                          stock(203))


# -- the intake label -----------------------------------------------------------------------


def info(pid: str = "RP-100004", **changes: Any) -> IntakeInfo:
    fields = {"order_number": "#A5004", "customer_name": "Ana García Fernández",
              "status": "IN_WAREHOUSE", "station": "DOCK-2", "received_at": WHEN}
    fields.update(changes)
    return IntakeInfo(pid, **fields)


@pytest.mark.parametrize(("dpi", "module"), [(203, 3), (300, 4)])
def test_intake_label_barcode_and_qr_carry_the_process_id(dpi: int, module: int) -> None:
    (label,) = labels(intake_label_zpl(info(), dpi=dpi).decode("utf-8"))
    assert size(label) == (4 * dpi, 6 * dpi)
    assert field(label, "^BC") == ["RP-100004"]
    assert field(label, "^BQ") == ["MA,RP-100004"]  # error correction M, automatic input
    assert re.search(rf"\^BY{module},", label)
    texts = field(label, "^A0")
    assert "RP-100004" in texts and "Ana García Fernández" in texts and "#A5004" in texts
    assert "IN_WAREHOUSE" in texts and "2026-01-01 09:00" in texts


def test_intake_label_fields_stay_on_the_label() -> None:
    for dpi in (203, 300):
        (label,) = labels(intake_label_zpl(info(customer_name="W" * 120), dpi=dpi).decode())
        width, height = size(label)
        for x, y in re.findall(r"\^F[OT](\d+),(\d+)", label):
            assert 0 <= int(x) < width and 0 <= int(y) <= height
        (name,) = (t for t in field(label, "^A0") if t.startswith("W"))
        assert name.endswith("…") and len(name) < 60  # cut to its column, not off the label


def test_text_from_rever_cannot_act_on_the_printer() -> None:
    hostile = "^XA^FO0,0^GB812,1218,400^FS~JR\n_5E"
    job = intake_label_zpl(info(customer_name=hostile, order_number="~HS")).decode()
    assert job.count("^XA") == 1 and job.count("^XZ") == 1
    assert "~" not in job and "^GB812" not in job
    texts = field(labels(job)[0], "^A0")
    assert "~HS" in texts
    # The line break was made a space before any layout (label_text).
    assert any(t.startswith("^XA^FO0,0^GB812,1218,400^FS~JR _5E") for t in texts)


def test_a_name_the_printer_font_lacks_prints_as_a_picture() -> None:
    (label,) = labels(intake_label_zpl(info(customer_name="Анна Петрова")).decode())
    assert "Анна" not in "".join(field(label, "^A0"))
    page = bitmap(label)
    assert page.getbbox() is not None and page.point(lambda v: 255 - v).getbbox() is not None


@pytest.mark.parametrize("name", ["Дмитрий\n Шостакович", "שלום\r", "王\t小明\x07"])
def test_a_non_latin_name_with_a_line_break_prints_as_one_line(name: str) -> None:
    """QA 18 E: PIL's raqm layout failed on such a name ("raqm_layout() failed"): an
    unexpected error at the desk and no intake label."""
    (label,) = labels(intake_label_zpl(info(customer_name=name)).decode())
    assert field(label, "^BC") == ["RP-100004"]
    assert bitmap(label).getbbox() is not None


def test_a_label_the_drawing_libraries_fail_on_is_refused_in_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import revdesk.domain.intake_zpl as intake_zpl

    def broken(*args: Any) -> str:
        raise RuntimeError("raqm_layout() failed.")

    monkeypatch.setattr(intake_zpl, "_text_picture", broken)
    with pytest.raises(IntakeLabelError, match=r"RP-100004 could not be drawn.*nothing was"):
        intake_label_zpl(info(customer_name="Анна"))


def test_intake_labels_in_one_job_in_order() -> None:
    job = intake_labels_zpl([info("RP-1"), info("RP-2"), info("RP-3")]).decode()
    assert [field(label, "^BC") for label in labels(job)] == [["RP-1"], ["RP-2"], ["RP-3"]]


def test_intake_label_refusals() -> None:
    with pytest.raises(IntakeLabelError, match="203 or 300"):
        intake_label_zpl(info(), dpi=600)
    with pytest.raises(IntakeLabelError, match="too long"):
        intake_label_zpl(info("RP-" + "X" * 80))
    with pytest.raises(IntakeLabelError, match="No labels"):
        intake_labels_zpl([])
