"""The intake label's font is the bundled DejaVu Sans (revdesk/fonts, package data with its
licence), embedded in the PDF, the same on every platform; names in Cyrillic, Greek and
accented Latin render as letters, not as missing-glyph boxes."""

from __future__ import annotations

import subprocess
import tomllib
from datetime import datetime
from pathlib import Path

import pytest

from revdesk import fonts
from revdesk.domain import intake_label, intake_zpl
from revdesk.domain.intake_label import LABEL_SIZE_PT, IntakeInfo, intake_label_pdf

ROOT = Path(__file__).resolve().parents[2]
#: Pairs of the same length that differ only in letters outside Windows-1252 (what PDF's
#: Helvetica has): with those letters missing, both draw the same row.
NAMES = {
    "cyrillic": ("Жуковский", "Щербакова"),
    "greek": ("Νικόλας", "Γιώργος"),
    "latin": ("Łaba Núñez", "Żaba Núñez"),
}


def label(name: str) -> bytes:
    return intake_label_pdf(IntakeInfo("RP-100473", "ORD-5521", name, "IN_WAREHOUSE",
                                       "dock-2", datetime(2026, 12, 7, 9, 0)))


def test_the_font_and_its_licence_are_package_data() -> None:
    assert fonts.SANS.is_file() and fonts.SANS_BOLD.is_file()
    assert fonts.SANS.read_bytes()[:4] == b"\x00\x01\x00\x00"  # a TrueType font, not a pointer
    assert "Bitstream Vera" in fonts.LICENSE.read_text()
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    patterns = data["tool"]["setuptools"]["package-data"]["revdesk"]
    shipped = {p for pattern in patterns for p in (ROOT / "revdesk").glob(pattern)}
    assert {fonts.SANS, fonts.SANS_BOLD, fonts.LICENSE} <= shipped
    assert "revdesk/fonts" in (ROOT / "packaging" / "revdesk.spec").read_text()


def test_no_system_font_path() -> None:
    for module in (intake_label, intake_zpl):
        assert "/usr/share/fonts" not in Path(module.__file__ or "").read_text()
    assert all(path.parent == fonts.FOLDER for path in intake_label._UNICODE_FONTS)


@pytest.mark.parametrize("script", sorted(NAMES))
def test_the_label_embeds_the_bundled_font(script: str, tmp_path: Path) -> None:
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(label(NAMES[script][0]))
    listed = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    names = {row.split()[0].split("+")[-1]: row.split() for row in listed}
    assert set(names) == {"DejaVuSans", "DejaVuSans-Bold"}, listed  # every word, no Helvetica
    for row in names.values():
        assert row[-5:-3] == ["yes", "yes"], row  # embedded, as a subset


def name_row(pdf: bytes) -> bytes:
    """The customer row of the label, rendered at 203 dpi on white, as grey bytes."""
    import pypdfium2 as pdfium

    from revdesk.domain.labels import PDFIUM_LOCK

    with PDFIUM_LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            image = doc[0].render(scale=203 / 72, fill_color=(255, 255, 255, 255)).to_pil()
        finally:
            doc.close()
    # the CUSTOMER value: the second field row, below the barcode (see _draw_label)
    scale = 203 / 72
    width, height = LABEL_SIZE_PT
    top = height - intake_label.MARGIN - 92 - intake_label._BAR_HEIGHT - 8 - 34
    box = (0, int((height - top + 8) * scale), int(width * scale), int((height - top + 30) * scale))
    return image.convert("L").crop(box).tobytes()


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_renders_as_letters(script: str) -> None:
    """Two names in the same script: were their letters missing from the font, both would
    draw the same row of boxes (or question marks). They differ, and have ink."""
    first, second = (name_row(label(name)) for name in NAMES[script])
    assert min(first) < 128 and min(second) < 128  # something is drawn
    assert first != second


def test_text_comes_back_as_written() -> None:
    import pypdfium2 as pdfium

    from revdesk.domain.labels import PDFIUM_LOCK

    for first, _ in NAMES.values():
        with PDFIUM_LOCK:
            doc = pdfium.PdfDocument(label(first))
            try:
                text = doc[0].get_textpage().get_text_range()
            finally:
                doc.close()
        assert first in text


def test_the_zpl_picture_font_is_the_bundled_one() -> None:
    font = intake_zpl._picture_font(False, 30)
    assert font is not None and Path(str(font.path)) == fonts.SANS
