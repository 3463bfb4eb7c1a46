"""The QR slip (a walk-in return's, a self-care link's): a 4x6 in PDF whose QR code decodes
to the payload at both resolutions, its text sanitised, its ZPL twin; bad payloads refused."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from revdesk.config import PrinterSettings
from revdesk.domain.qr_slip import MAX_PAYLOAD, QrSlip, QrSlipError, qr_slip_pdf, qr_slip_zpl

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from zpl_standin import field, labels, size

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                   reason="pdftoppm (poppler-utils) is not installed")

URL = "https://returns.example.test/finish?return_id=RET-1&token=tok_en~9"
LINES = ("Order #A5042", "Scan this code with your phone to finish your return: choose "
         "how you are refunded and how you send the parcel.")


def render(pdf: bytes, tmp_path: Path, dpi: int) -> list[Image.Image]:
    source = tmp_path / "slip.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source),
                    str(tmp_path / "page")], check=True, timeout=60)
    return [Image.open(p) for p in sorted(tmp_path.glob("page-*.png"))]


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    source = tmp_path / "text.pdf"
    source.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(source), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


@needs_poppler
@pytest.mark.parametrize("dpi", [203, 300])
def test_the_slip_is_4x6_and_its_qr_code_decodes_to_the_payload(tmp_path: Path,
                                                                 dpi: int) -> None:
    from pyzbar.pyzbar import decode

    pdf = qr_slip_pdf("Walk-in return", LINES, URL, PrinterSettings(dpi=dpi))
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert box is not None and (float(box.group(1)), float(box.group(2))) == (288.0, 432.0)
    (page,) = render(pdf, tmp_path, dpi)
    assert page.size == (4 * dpi, 6 * dpi)
    assert [(d.type, d.data.decode()) for d in decode(page)] == [("QRCODE", URL)]


@needs_poppler
def test_the_slip_shows_its_title_lines_and_footer_in_the_bundled_font(tmp_path: Path) -> None:
    pdf = qr_slip_pdf("Walk-in return", LINES, URL, footer="DOCK-2 · Ana García")
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for shown in ("Walk-in return", "Order #A5042", "Scan this code with your phone",
                  "how you send the parcel.", "DOCK-2 · Ana García"):
        assert shown in text
    assert b"DejaVuSans" in pdf and b"Helvetica" not in pdf


@needs_poppler
def test_untrusted_text_is_one_printable_line_each(tmp_path: Path) -> None:
    slip = QrSlip("Return\r\nfor\tyou", ("Ana\x1b[2J García", "line\u2028two"), URL)
    assert slip.title == "Return for you"
    assert slip.lines == ("Ana\ufffd[2J García", "line two")
    text = pdf_text(slip.pdf(), tmp_path)
    assert "\x1b" not in text and "Ana\ufffd[2J García" in text


def test_the_same_slip_is_the_same_bytes() -> None:
    assert qr_slip_pdf("T", LINES, URL) == qr_slip_pdf("T", LINES, URL)


@needs_poppler
def test_many_lines_stop_above_the_qr_code_with_an_ellipsis(tmp_path: Path) -> None:
    from pyzbar.pyzbar import decode

    lines = [f"line {n}" for n in range(60)]
    pdf = qr_slip_pdf("Title", lines, URL)
    text = pdf_text(pdf, tmp_path)
    assert "line 0" in text and "line 59" not in text and "…" in text
    (page,) = render(pdf, tmp_path, 203)
    assert [d.data.decode() for d in decode(page)] == [URL]  # no text over the code


@pytest.mark.parametrize("payload", ["", "x" * (MAX_PAYLOAD + 1), "https://a.test/\n",
                                     "https://a.test/é"])
def test_a_payload_no_readable_code_carries_is_refused(payload: str) -> None:
    with pytest.raises(QrSlipError) as refused:
        qr_slip_pdf("Walk-in return", LINES, payload)
    assert refused.value.operator_message


def test_the_longest_payload_still_has_modules_a_phone_reads() -> None:
    for dpi in (203, 300):
        assert qr_slip_pdf("T", (), "h" * MAX_PAYLOAD, PrinterSettings(dpi=dpi))


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_zpl_slip_carries_the_same_payload_and_text(dpi: int) -> None:
    job = qr_slip_zpl("Walk-in return", LINES, URL, PrinterSettings(kind="zpl", dpi=dpi),
                      footer="Ana García ^XZ~JR").decode("utf-8")
    (label,) = labels(job)
    assert size(label) == (4 * dpi, 6 * dpi)
    assert field(label, "^BQ") == ["MA," + URL]
    magnification = re.search(r"\^BQN,2,(\d+)", label)
    assert magnification is not None and 2 <= int(magnification.group(1)) <= 10
    text = field(label, "^A0")
    assert "Walk-in return" in text and "Order #A5042" in text
    assert "Ana García ^XZ~JR" in text  # the footer, escaped: no command reaches the printer
    assert "~JR" not in label and label.count("^XZ") == 0


@pytest.mark.parametrize(("name", "safe"), [("RT-W000001-walkin", "RT-W000001-walkin"),
                                            ("../../etc/passwd", "etc_passwd"),
                                            ("a/b\\c d\x00", "a_b_c_d"), ("..", "slip")])
def test_a_slips_file_name_never_leaves_its_folder(name: str, safe: str) -> None:
    assert QrSlip("T", (), URL, name=name).name == safe


@needs_poppler
def test_a_slip_goes_through_the_printer_profiles_like_a_label(tmp_path: Path) -> None:
    """On the intake printer: ZPL drawn by the printer, or a label-sized PDF (CUPS, folder),
    named for the slip, never for a return's intake label."""
    from pyzbar.pyzbar import decode

    from revdesk.domain.printer_profiles import LabelItem, labels_pdf, labels_zpl

    item = LabelItem("RT-W000001", slip=QrSlip("Walk-in", LINES, URL, name="RT-W000001-walkin"))
    assert item.role == "intake" and item.file_stem == "RT-W000001-walkin"
    (label,) = labels(labels_zpl([item], PrinterSettings(kind="zpl", dpi=300)).decode())
    assert field(label, "^BQ") == ["MA," + URL] and size(label) == (1200, 1800)
    (page,) = render(labels_pdf([item], PrinterSettings(kind="system", name="q")), tmp_path, 203)
    assert [d.data.decode() for d in decode(page)] == [URL]


def test_the_self_care_slip_names_the_customer_s_order_when_known() -> None:
    # QA F12: the slip showed only Revers.io's order id, no one could tell whose it was.
    from revdesk.domain.reversio import self_care_slip

    uuid = "c07ba0c3-138f-5b5c-9d30-91466f3ce079"
    known = self_care_slip("https://s.test/t/x", order=uuid, account="EU", reference="#A6265")
    assert known.lines == ("Order: #A6265", f"Revers.io order id: {uuid}", "Account: EU")
    unknown = self_care_slip("https://s.test/t/x", order=uuid, account="EU")
    assert unknown.lines == (f"Order: {uuid}", "Account: EU")
