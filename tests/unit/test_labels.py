"""Label file checks with good and hostile files, and the intake label read back by zbar."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from revdesk.api.models import Customer, Process
from revdesk.domain.intake_label import (
    IntakeInfo,
    IntakeLabelError,
    intake_label_pdf,
    intake_labels_pdf,
)
from revdesk.domain.labels import (
    MAX_LABEL_BYTES,
    MAX_LABEL_PAGES,
    BrokenLabel,
    CheckedLabel,
    EmptyLabel,
    LabelRefused,
    LabelTooLarge,
    LabelTypeMismatch,
    LabelUnreadable,
    PdfWithoutPages,
    TooManyPages,
    UnsafePdf,
    UnsupportedLabel,
    check_label_bytes,
    check_label_file,
    extension_from_name,
    sniff_type,
)

WHEN = datetime(2026, 11, 23, 9, 15)
INFO = IntakeInfo("RP-100042", "#A5042", "Ana García", "IN_WAREHOUSE", "DOCK-2", WHEN)


CATALOG = b"<< /Type /Catalog /Pages 2 0 R%s >>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 432]%s >>"
ENCRYPTED = "The PDF is encrypted: it cannot be printed."
ACTIVE = "The PDF contains JavaScript/launch actions; it was refused."


def hand_pdf(*more: bytes, catalog: bytes = b"", page: bytes = b"", trailer: bytes = b"") -> bytes:
    """A minimal one-page PDF written by hand, with a correct index: ``catalog``, ``page``
    and ``trailer`` add entries to those dictionaries, ``more`` are objects 4, 5, ..."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate((CATALOG % catalog, PAGES, PAGE % page, *more), 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    index = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(offsets) + 1, trailer, index)
    return bytes(out)


def stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def image_bytes(fmt: str, size: tuple[int, int] = (406, 609), dpi: int | None = 203) -> bytes:
    image = Image.new("RGB", size, "white")
    # Some detail, so that a cut-short file is cut inside the picture data.
    image.paste(Image.effect_noise((size[0] // 2, size[1] // 2), 80).convert("RGB"), (10, 10))
    buffer = io.BytesIO()
    kw = {"dpi": (dpi, dpi)} if dpi else {}
    image.save(buffer, fmt, **kw)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return intake_label_pdf(INFO)


@pytest.fixture(scope="module")
def png() -> bytes:
    return image_bytes("PNG")


@pytest.fixture(scope="module")
def jpg() -> bytes:
    return image_bytes("JPEG")


# -- good files -----------------------------------------------------------------------------


def test_a_pdf_passes(pdf: bytes, tmp_path: Path) -> None:
    path = tmp_path / "label.pdf"
    path.write_bytes(pdf)
    label = check_label_file(path)
    assert (label.extension, label.content_type, label.data) == ("pdf", "application/pdf", pdf)


def test_a_png_passes_with_its_size_and_density(png: bytes) -> None:
    label = check_label_bytes(png, name="label.PNG")
    assert label.extension == "png" and label.pixel_size == (406, 609)
    assert label.dpi is not None and round(label.dpi[0]) == 203


@pytest.mark.parametrize("name", ["photo.jpeg", "photo.JPEG", "photo.jpg", "photo"])
def test_a_jpeg_is_sent_as_jpg(jpg: bytes, name: str) -> None:
    assert check_label_bytes(jpg, name=name).extension == "jpg"


def test_the_bytes_decide_when_the_name_claims_nothing(png: bytes) -> None:
    assert check_label_bytes(png, name="download.bin").extension == "png"


@pytest.mark.parametrize(("name", "ext"), [("a.pdf", "pdf"), ("A.PNG", "png"),
                                           ("b.jpeg", "jpg"), ("c.JPG", "jpg"),
                                           ("d.gif", None), ("e", None)])
def test_extension_from_name(name: str, ext: str | None) -> None:
    assert extension_from_name(name) == ext


def test_sniff_type() -> None:
    assert sniff_type(b"%PDF-1.7\n") == "pdf"
    assert sniff_type(b"\x89PNG\r\n\x1a\n\0\0") == "png"
    assert sniff_type(b"\xff\xd8\xff\xe0") == "jpg"
    assert sniff_type(b"GIF89a") is None


# -- hostile files --------------------------------------------------------------------------


def test_a_text_file_named_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "label.pdf"
    path.write_text("Your label is attached.\n")
    with pytest.raises(UnsupportedLabel) as caught:
        check_label_file(path)
    assert "text file" in str(caught.value) and caught.value.name == "label.pdf"


def test_a_web_page_named_pdf_says_the_download_failed() -> None:
    with pytest.raises(UnsupportedLabel, match="web page"):
        check_label_bytes(b"<!DOCTYPE html><html><body>Sign in</body></html>", name="l.pdf")


def test_a_phone_heic_photo_is_explained() -> None:
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\0" * 64
    with pytest.raises(UnsupportedLabel, match="HEIC"):
        check_label_bytes(heic, name="IMG_0001.HEIC")


def test_a_png_named_pdf_is_a_mismatch(png: bytes) -> None:
    with pytest.raises(LabelTypeMismatch) as caught:
        check_label_bytes(png, name="label.pdf")
    assert (caught.value.named, caught.value.actual) == ("pdf", "png")
    assert ".pdf" in str(caught.value) and "PNG" in str(caught.value)


def test_a_truncated_png_is_refused(png: bytes) -> None:
    for cut in (len(png) // 2, len(png) - 12, 40):
        with pytest.raises(BrokenLabel) as caught:
            check_label_bytes(png[:cut], name="label.png")
        assert caught.value.kind == "png"


def test_a_truncated_jpeg_is_refused(jpg: bytes) -> None:
    with pytest.raises(BrokenLabel, match="JPG"):
        check_label_bytes(jpg[: len(jpg) // 2], name="photo.jpeg")


def test_a_truncated_pdf_is_refused(pdf: bytes) -> None:
    with pytest.raises(BrokenLabel, match="cut short"):
        check_label_bytes(pdf[: len(pdf) // 2], name="label.pdf")


def test_a_pdf_header_on_garbage_is_refused() -> None:
    with pytest.raises(BrokenLabel):
        check_label_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100, name="label.pdf")


def test_a_pdf_whose_index_points_past_its_end_is_refused(pdf: bytes) -> None:
    broken = re.sub(rb"startxref\s+\d+", b"startxref\n99999999", pdf)
    with pytest.raises(BrokenLabel, match="outside"):
        check_label_bytes(broken)


def test_an_encrypted_pdf_is_refused() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    # No user password: any reader opens it, yet it is encrypted, and printing is denied.
    canvas = Canvas(buffer, pagesize=(288, 432),
                    encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0))
    canvas.drawString(20, 400, "RP-100042")
    canvas.showPage()
    canvas.save()
    hand_made = hand_pdf(b"<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>",
                         trailer=b" /Encrypt 4 0 R")
    for encrypted in (buffer.getvalue(), hand_made):
        with pytest.raises(LabelRefused) as caught:
            check_label_bytes(encrypted, name="label.pdf")
        assert str(caught.value) == ENCRYPTED and caught.value.name == "label.pdf"


@pytest.mark.parametrize("hostile", [
    {"catalog": b" /OpenAction 4 0 R", "more": b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"},
    {"catalog": b"/OpenAction<</S/JavaScript/JS(print\\(\\))>>"},
    {"catalog": b" /OpenAction 4 0 R", "more": b"<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"},
    {"catalog": b" /OpenAction 4 0 R", "more": b"<< /#4a#53 4 0 R >>"},
    {"catalog": b" /Names << /JavaScript 4 0 R >>", "more": b"<< /Names [(a) 5 0 R] >>"},
    {"page": b" /AA << /O << /S /Launch /F (calc.exe) >> >>"},
    {"catalog": b" /OpenAction 4 0 R", "more": b"<< /S /L#61unch /Win << /F (cmd.exe) >> >>"},
], ids=["js", "js-no-spaces", "js-escaped", "js-all-escaped", "js-names", "launch",
        "launch-escaped"])
def test_a_pdf_with_javascript_or_a_launch_action_is_refused(hostile: dict[str, bytes]) -> None:
    more = (hostile["more"],) if "more" in hostile else ()
    active = hand_pdf(*more, catalog=hostile.get("catalog", b""), page=hostile.get("page", b""))
    with pytest.raises(LabelRefused) as caught:
        check_label_bytes(active, name="label.pdf")
    assert str(caught.value) == ACTIVE


def test_those_names_inside_streams_or_in_longer_names_do_not_refuse_a_pdf() -> None:
    # Stream data is not scanned (a content stream, or binary image or font data, may hold
    # these bytes by chance), and /JSON or /Launcher are other names.
    content = b"BT /JS 12 Tf (x) Tj ET /Launch Do /Encrypt gs\n\x00/JS\x00/JavaScript "
    legit = hand_pdf(stream(content), b"<< /JSON 1 /Launcher (x) /JavaScripts 2 >>",
                     page=b" /Contents 4 0 R")
    assert check_label_bytes(legit, name="label.pdf").extension == "pdf"


def object_stream_pdf(catalog: bytes = b"", page: bytes = b"", *, flate: bool = True,
                      filters: bytes = b"") -> bytes:
    """A one-page PDF 1.5 whose catalog, page tree and page sit compressed in an object
    stream (as many producers write them), indexed by an xref stream."""
    inner = [CATALOG % catalog, PAGES, PAGE % page]
    body, offsets = b"", []
    for obj in inner:
        offsets.append(b"%d %d" % (len(offsets) + 1, len(body)))
        body += obj + b"\n"
    head = b" ".join(offsets) + b"\n"
    data = zlib.compress(head + body) if flate else head + body
    filt = filters or (b" /Filter /FlateDecode" if flate else b"")
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    at_stream = len(out)
    out += (b"4 0 obj\n<< /Type /ObjStm /N 3 /First %d /Length %d%s >>\nstream\n%s\nendstream"
            b"\nendobj\n" % (len(head), len(data), filt, data))
    at_index = len(out)
    rows = [b"\x00" + (0).to_bytes(4, "big") + (65535).to_bytes(2, "big")]
    rows += [b"\x02" + (4).to_bytes(4, "big") + i.to_bytes(2, "big") for i in range(3)]
    rows += [b"\x01" + at.to_bytes(4, "big") + b"\x00\x00" for at in (at_stream, at_index)]
    index = zlib.compress(b"".join(rows))
    out += (b"5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode "
            b"/Length %d >>\nstream\n%s\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n"
            % (len(index), index, at_index))
    return bytes(out)


def test_a_pdf_in_object_streams_without_scripts_is_accepted() -> None:
    for flate in (True, False):
        label = check_label_bytes(object_stream_pdf(flate=flate), name="label.pdf")
        assert label.page_sizes == ((288.0, 432.0),)


@pytest.mark.parametrize("hostile", [
    {"catalog": b" /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"},
    {"catalog": b" /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>", "flate": False},
    {"catalog": b"/OpenAction<</S/J#61vaScript/J#53(print\\(\\))>>"},
    {"page": b" /AA << /O << /S /Launch /F (calc.exe) >> >>"},
], ids=["js", "js-not-compressed", "js-escaped", "launch"])
def test_javascript_or_a_launch_action_inside_an_object_stream_is_refused(
        hostile: dict[str, Any]) -> None:
    """Stream data is not searched for names and PDFium counts only the document's named
    scripts: an OpenAction or a page action in an object stream passed, and was uploaded."""
    active = object_stream_pdf(hostile.get("catalog", b""), hostile.get("page", b""),
                               flate=hostile.get("flate", True))
    with pytest.raises(UnsafePdf) as caught:
        check_label_bytes(active, name="label.pdf")
    assert str(caught.value) == ACTIVE and "object stream" in caught.value.detail


@pytest.mark.parametrize("packing", ["other-filter", "damaged", "bomb"])
def test_an_object_stream_that_cannot_be_unpacked_is_refused(packing: str) -> None:
    if packing == "other-filter":
        pdf = object_stream_pdf(filters=b" /Filter [/FlateDecode /ASCIIHexDecode]")
    elif packing == "damaged":
        pdf = object_stream_pdf().replace(b"stream\nx", b"stream\nX", 1)
    else:  # 65 MiB of spaces in 65 kB: never unpacked beyond the budget
        pdf = object_stream_pdf(page=b" " * (65 << 20))
        assert len(pdf) < 200_000
    with pytest.raises(UnsafePdf) as caught:
        check_label_bytes(pdf, name="label.pdf")
    assert caught.value.reason == "unchecked" and "cannot check" in str(caught.value)


def many_pages_pdf(count: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (n + 4) for n in range(count - 1))
    return hand_pdf(*[PAGE % b""] * (count - 1), page=b"").replace(
        b"/Kids [3 0 R] /Count 1", b"/Kids [3 0 R %s] /Count %d" % (kids, count))


def test_a_pdf_of_more_pages_than_a_label_is_refused() -> None:
    """A 10 MB PDF of 100,000 pages was accepted (2 s under the PDFium lock) and uploaded;
    printed, it empties the roll."""
    assert check_label_bytes(many_pages_pdf(MAX_LABEL_PAGES), name="l.pdf").page_count == 20
    with pytest.raises(TooManyPages) as caught:
        check_label_bytes(many_pages_pdf(5000), name="label.pdf")
    assert str(caught.value) == ("The PDF has 5,000 pages; a label has at most 20: check "
                                 "that this is the label file.")


# -- PDFs as the engine reads them ---------------------------------------------------------


def reportlab_pdf(*sizes: tuple[float, float], **canvas_kw: object) -> bytes:
    """A PDF with a page of each size in ``sizes`` (none: a PDF without pages)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=sizes[0] if sizes else (288, 432), **canvas_kw)
    for size in sizes:
        canvas.setPageSize(size)
        canvas.drawString(20, 20, "RP-100042")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encryption(user: str = "", **kw: object) -> object:
    from reportlab.lib.pdfencrypt import StandardEncryption

    return StandardEncryption(user, ownerPassword="owner", **kw)


def without_index(pdf: bytes) -> bytes:
    """``pdf`` with its xref table cut out (the trailer stays)."""
    stripped, found = re.subn(rb"\nxref\n.*?(?=trailer)", b"\n", pdf, flags=re.S)
    assert found == 1
    return stripped


def test_page_count_and_sizes_come_from_the_engine() -> None:
    label = check_label_bytes(reportlab_pdf((288, 432), (432, 288), (595.28, 841.89)),
                              name="label.pdf")
    assert label.page_count == 3
    assert [tuple(round(v, 2) for v in size) for size in label.page_sizes] == [
        (288.0, 432.0), (432.0, 288.0), (595.28, 841.89)]


def test_an_image_label_is_one_page() -> None:
    assert check_label_bytes(image_bytes("PNG"), name="a.png").page_count == 1


@pytest.mark.parametrize("damage", ["no-table", "no-table-no-pointer", "pointer-to-0",
                                    "pointer-misplaced", "wrong-offsets", "garbage-table"])
def test_a_pdf_with_a_missing_or_broken_index_is_accepted_as_readers_open_it(
        pdf: bytes, damage: str) -> None:
    """Every reader (QtPdf and poppler too) rebuilds the index and shows 1 page, 288x432:
    it was refused as "its index is missing"."""
    broken = {
        "no-table": lambda: without_index(pdf),
        "no-table-no-pointer": lambda: re.sub(rb"startxref\s+\d+\s+", b"",
                                              without_index(pdf)),
        "pointer-to-0": lambda: re.sub(rb"startxref\s+\d+", b"startxref\n0", pdf),
        "pointer-misplaced": lambda: re.sub(rb"startxref\s+(\d+)",
                                            lambda m: b"startxref\n%d" % (int(m[1]) - 40), pdf),
        "wrong-offsets": lambda: re.sub(rb"(\d{10}) 00000 n",
                                        lambda m: b"%010d 00000 n" % (int(m[1]) + 7), pdf),
        "garbage-table": lambda: re.sub(rb"(?<=\nxref\n).*?(?=trailer)",
                                        lambda m: b"#" * (len(m[0]) - 1) + b"\n", pdf,
                                        flags=re.S),
    }[damage]()
    assert broken != pdf
    label = check_label_bytes(broken, name="label.pdf")
    assert label.page_count == 1 and label.page_sizes == ((288.0, 432.0),)
    assert label.data == broken  # passed on as it came, not rewritten


@pytest.mark.parametrize("user_password", ["", "secret"], ids=["opens", "needs-a-password"])
def test_an_encrypted_pdf_is_refused_by_the_engine_too(
        user_password: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the name search switched off, PDFium still sees the encryption: an encrypted
    PDF that any reader opens, and one that needs a password."""
    import revdesk.domain.labels as labels

    encrypted = reportlab_pdf((288, 432), encrypt=encryption(user_password))
    for screened in (True, False):
        if not screened:
            monkeypatch.setattr(labels, "_check_pdf_is_safe", lambda outside, name: None)
        with pytest.raises(UnsafePdf) as caught:
            check_label_bytes(encrypted, name="label.pdf")
        assert str(caught.value) == ENCRYPTED and caught.value.reason == "encrypted"


def test_document_javascript_is_refused_by_the_engine_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import revdesk.domain.labels as labels

    scripted = hand_pdf(b"<< /Names [(hello) 5 0 R] >>",
                        b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>",
                        catalog=b" /Names << /JavaScript 4 0 R >>")
    monkeypatch.setattr(labels, "_check_pdf_is_safe", lambda outside, name: None)
    with pytest.raises(UnsafePdf) as caught:
        check_label_bytes(scripted, name="label.pdf")
    assert str(caught.value) == ACTIVE and caught.value.detail == "document JavaScript"


def test_a_pdf_without_pages_is_refused_in_words() -> None:
    hand_made = hand_pdf(catalog=b"", page=b"").replace(b"/Kids [3 0 R] /Count 1",
                                                       b"/Kids [] /Count 0")
    hand_made = hand_made.replace(b"/Type /Page /Parent", b"/Type /Xyz /Parent")
    for empty in (reportlab_pdf(), hand_made):
        with pytest.raises(PdfWithoutPages) as caught:
            check_label_bytes(empty, name="label.pdf")
        assert str(caught.value) == "The PDF has no pages: there is nothing to print."
        assert caught.value.kind == "pdf" and caught.value.name == "label.pdf"


def test_a_page_the_engine_cannot_find_is_refused() -> None:
    lost = hand_pdf().replace(b"/Kids [3 0 R]", b"/Kids [9 0 R]")
    with pytest.raises(BrokenLabel, match="one of its pages is missing or damaged"):
        check_label_bytes(lost, name="label.pdf")


@pytest.mark.parametrize("body", [b"\x00garbage" * 100, b"1 0 obj << /Type /Catalog >>",
                                  b"trailer << /Root 1 0 R >>", b""])
def test_garbage_behind_a_pdf_header_is_refused_as_damaged(body: bytes) -> None:
    with pytest.raises(BrokenLabel) as caught:
        check_label_bytes(b"%PDF-1.4\n" + body + b"\n%%EOF\n", name="label.pdf")
    assert str(caught.value) == "The PDF does not open: it is damaged (no PDF reader can open it)."
    assert caught.value.detail.startswith("PDFium")


def test_pdfs_are_checked_from_many_threads_at_once(pdf: bytes) -> None:
    """PDFium is not thread-safe: the checks take turns (a crash or a wrong answer here)."""
    from concurrent.futures import ThreadPoolExecutor

    files = [pdf, without_index(pdf), reportlab_pdf((288, 432), (432, 288)), reportlab_pdf()]
    expected = [1, 1, 2, None]

    def pages(data: bytes) -> int | None:
        try:
            return check_label_bytes(data, name="label.pdf").page_count
        except PdfWithoutPages:
            return None

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(pages, files * 25)) == expected * 25


def test_the_engine_is_loaded_by_the_first_pdf_checked_not_before(tmp_path: Path) -> None:
    """The window imports this module at start-up: PDFium (~50 ms) waits for a PDF."""
    import sys

    label = tmp_path / "label.pdf"
    label.write_bytes(reportlab_pdf((288, 432)))
    script = ("import sys\n"
              "from revdesk.domain import labels\n"
              "assert 'pypdfium2' not in sys.modules, 'imported with the module'\n"
              "labels.check_label_file(sys.argv[1])\n"
              "assert 'pypdfium2' in sys.modules\n")
    result = subprocess.run([sys.executable, "-c", script, str(label)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_a_25_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as f:
        f.write(b"%PDF-1.4\n")
        f.truncate(25 * 1024 * 1024)  # sparse: the check must not need to read it
    with pytest.raises(LabelTooLarge) as caught:
        check_label_file(path)
    assert caught.value.size == 25 * 1024 * 1024 and caught.value.limit == MAX_LABEL_BYTES
    assert "25.0 MB" in str(caught.value) and "10.0 MB" in str(caught.value)


def test_a_file_just_over_the_limit_does_not_show_the_limit_twice() -> None:
    with pytest.raises(LabelTooLarge) as caught:
        check_label_bytes(b"%PDF-1.4\n".ljust(MAX_LABEL_BYTES + 1, b"\0"), name="label.pdf")
    assert str(caught.value) == "The file is 10.1 MB, over the 10.0 MB limit."


@pytest.mark.parametrize(("size", "words"), [
    (int(12.3 * 1024 * 1024), "The file is 12.3 MB, over the 10.0 MB limit."),
])
def test_the_size_refusal_says_how_far_over_the_limit_the_file_is(size: int, words: str) -> None:
    """"The file is 12.3 MB; labels may be at most 10.0 MB." read as a rule, not as this
    file's problem; and just over the limit both sizes read 10.0 MB."""
    assert str(LabelTooLarge(size)) == words


def test_the_size_limit_is_inclusive(pdf: bytes) -> None:
    assert check_label_bytes(pdf, max_bytes=len(pdf)).size == len(pdf)
    with pytest.raises(LabelTooLarge):
        check_label_bytes(pdf, max_bytes=len(pdf) - 1)


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyLabel, match="empty"):
        check_label_file(path)


def test_a_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(LabelUnreadable):
        check_label_file(tmp_path / "nope.pdf")


def _checked_within(path: Path, seconds: float = 5.0) -> BaseException:
    """check_label_file(path) run in a thread: what it raised, or a test failure if it is
    still blocked after ``seconds`` (a FIFO with no writer blocks an open for ever)."""
    import threading

    outcome: list[BaseException] = []

    def check() -> None:
        try:
            check_label_file(path)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    thread = threading.Thread(target=check, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():  # unblock it (a writer opens the FIFO), then fail
        with open(path, "wb"):
            pass
        thread.join(5)
        pytest.fail(f"check_label_file({path.name}) was still blocked after {seconds} s")
    assert outcome, "a non-regular file was accepted"
    return outcome[0]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once_never_opened(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "label.pdf"
    os.mkfifo(fifo)
    refused = _checked_within(fifo)
    assert isinstance(refused, LabelUnreadable) and "not a regular file" in str(refused)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "labels.pdf"
    folder.mkdir()
    refused = _checked_within(folder)
    assert isinstance(refused, LabelUnreadable) and "a folder" in str(refused)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    """/dev/zero has size 0 and never ends: it was read to the 10 MB cap first."""
    import time

    started = time.perf_counter()
    refused = _checked_within(Path("/dev/zero"))
    assert isinstance(refused, LabelUnreadable) and "not a regular file" in str(refused)
    assert time.perf_counter() - started < 1.0


def test_a_decompression_bomb_is_refused() -> None:
    # A 1-bit PNG of 30000 x 30000 pixels compresses to a few KB.
    buffer = io.BytesIO()
    Image.new("1", (30000, 30000)).save(buffer, "PNG")
    with pytest.raises(BrokenLabel, match="pixels"):
        check_label_bytes(buffer.getvalue(), name="bomb.png")


@settings(max_examples=300, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from([b"", b"%PDF-1.4\n", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff"]),
       body=st.binary(max_size=2048), name=st.sampled_from(["", "a.pdf", "a.png", "a.jpeg"]))
def test_any_bytes_either_pass_or_are_refused_in_words(prefix: bytes, body: bytes,
                                                       name: str) -> None:
    try:
        label = check_label_bytes(prefix + body, name=name)
    except LabelRefused as exc:
        assert exc.operator_message and "\n" not in exc.operator_message
    else:
        assert isinstance(label, CheckedLabel)


# -- the intake label -----------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="pdftoppm (poppler-utils) is not installed")


def render(pdf: bytes, tmp_path: Path, dpi: int) -> list[Image.Image]:
    source = tmp_path / "label.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source),
                    str(tmp_path / "page")], check=True, timeout=60)
    return [Image.open(p) for p in sorted(tmp_path.glob("page-*.png"))]


def decoded(image: Image.Image) -> dict[str, str]:
    from pyzbar.pyzbar import decode

    return {d.type: d.data.decode("ascii") for d in decode(image)}


def page_size_pt(pdf: bytes) -> tuple[float, float]:
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box is not None
    return float(box.group(1)), float(box.group(2))


@needs_poppler
@pytest.mark.parametrize("dpi", [203, 300])
def test_the_intake_label_barcodes_decode_to_the_process_id(tmp_path: Path, dpi: int) -> None:
    pdf = intake_label_pdf(INFO, dpi=dpi)
    assert page_size_pt(pdf) == (288.0, 432.0)  # 4 x 6 in
    (page,) = render(pdf, tmp_path, dpi)
    assert page.size == (4 * dpi, 6 * dpi)
    assert decoded(page) == {"CODE128": "RP-100042", "QRCODE": "RP-100042"}


@needs_poppler
def test_the_intake_label_shows_its_fields(tmp_path: Path) -> None:
    source = tmp_path / "label.pdf"
    source.write_bytes(intake_label_pdf(INFO))
    text = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout
    for shown in ("RP-100042", "#A5042", "Ana García", "IN_WAREHOUSE", "DOCK-2",
                  "2026-11-23 09:15"):
        assert shown in text


@needs_poppler
def test_a_batch_is_one_pdf_with_a_page_per_label(tmp_path: Path) -> None:
    infos = [IntakeInfo(f"RP-10010{i}", station="DOCK-2", received_at=WHEN) for i in range(3)]
    pages = render(intake_labels_pdf(infos), tmp_path, 203)
    assert [decoded(p)["CODE128"] for p in pages] == ["RP-100100", "RP-100101", "RP-100102"]


def test_the_intake_label_passes_the_label_checks() -> None:
    assert check_label_bytes(intake_label_pdf(INFO), name="intake.pdf").extension == "pdf"


def test_the_same_label_is_the_same_bytes() -> None:
    assert intake_label_pdf(INFO) == intake_label_pdf(INFO)


def test_intake_info_from_a_process() -> None:
    process = Process(process_id="RP-1", order_number="#9", shipping_status="COLLECTED",
                      customer=Customer(first_name="Ana", last_name="García"))
    info = IntakeInfo.from_process(process, station="DOCK-2", received_at=WHEN)
    assert (info.customer_name, info.order_number, info.status) == ("Ana García", "#9",
                                                                    "COLLECTED")


def test_a_long_name_in_another_script_still_makes_a_label() -> None:
    info = IntakeInfo("RP-1", customer_name="Иван Петрович Сидоров-Кузнецов " * 3,
                      received_at=WHEN)
    assert intake_label_pdf(info).startswith(b"%PDF-")


@pytest.mark.parametrize("pid", ["RP-ñ", "RP-" + "9" * 80])
def test_a_process_id_no_barcode_can_carry_is_refused(pid: str) -> None:
    with pytest.raises(IntakeLabelError):
        intake_label_pdf(IntakeInfo(pid, received_at=WHEN))


def test_an_empty_batch_is_refused() -> None:
    with pytest.raises(IntakeLabelError):
        intake_labels_pdf([])
