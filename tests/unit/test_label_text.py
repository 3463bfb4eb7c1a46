"""Text from REVER on a label goes through one gate (domain/label_text.py) before any
layout: one printable line (QA 18 E: a line break crashed PIL's layout of a Cyrillic name)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from revdesk.domain.intake_label import IntakeInfo, IntakeLabelError, intake_label_pdf
from revdesk.domain.label_text import label_text


@pytest.mark.parametrize(("raw", "shown"), [
    ("Ana García", "Ana García"),
    ("Дмитрий\n Шостакович", "Дмитрий Шостакович"),
    ("שלום\r", "שלום"),
    ("a\tb\u2028c\x85d", "a b c d"),
    ("bell\x07 nul\x00 esc\x1b", "bell\ufffd nul\ufffd esc\ufffd"),
    ("lone \ud800 surrogate", "lone \ufffd surrogate"),
    ("\u202eevil \u200d joiner", "\u202eevil \u200d joiner"),  # format characters stay
])
def test_label_text_is_one_printable_line(raw: str, shown: str) -> None:
    assert label_text(raw) == shown


def test_every_text_of_an_intake_label_passes_the_gate_but_the_process_id() -> None:
    info = IntakeInfo("RP-1", order_number="#1\n2", customer_name="Дмитрий\nШ",
                      status="IN_WAREHOUSE\r", station="DOCK\x007")
    assert (info.order_number, info.customer_name, info.status, info.station) == (
        "#1 2", "Дмитрий Ш", "IN_WAREHOUSE", "DOCK\ufffd7")


def test_the_pdf_label_shows_a_name_with_a_line_break_on_one_line(tmp_path: Path) -> None:
    pdf = tmp_path / "label.pdf"
    pdf.write_bytes(intake_label_pdf(IntakeInfo("RP-1", customer_name="Дмитрий\n Шостакович")))
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "Дмитрий Шостакович" in text.splitlines()


def test_a_process_id_no_barcode_can_carry_is_refused_before_drawing() -> None:
    with pytest.raises(IntakeLabelError, match="Code 128"):
        intake_label_pdf(IntakeInfo("Дми\nтрий"))


def test_a_pdf_label_the_drawing_library_fails_on_is_refused_in_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import revdesk.domain.intake_label as intake_label

    def broken(*args: object, **kw: object) -> None:
        raise RuntimeError("font engine gave up")

    monkeypatch.setattr(intake_label, "_fitted_text", broken)
    with pytest.raises(IntakeLabelError, match=r"RP-1 could not be drawn \(RuntimeError\)"):
        intake_label_pdf(IntakeInfo("RP-1"))
