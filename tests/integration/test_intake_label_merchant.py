"""At a 3PL desk (several REVER accounts) the intake label names the merchant whose
return it is, in a MERCHANT row, on the PDF and on the ZPL alike; its barcodes still scan
and every row stays on the label. A station of one account prints the label as before."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image
from zpl_standin import field, labels, size

from revdesk.api.models import Process
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.domain.intake_zpl import intake_label_zpl


def info(account: str = "Northwind") -> IntakeInfo:
    return IntakeInfo("RP-2000149", order_number="#N5391", customer_name="Inês Fernandes",
                      status="IN_WAREHOUSE", station="STATION-1",
                      received_at=datetime(2026, 12, 7, 20, 0), account=account)


def test_the_account_of_a_return_read_at_a_desk_goes_on_its_label() -> None:
    process = Process(process_id="RP-2000149").model_copy(update={"account": "Northwind"})
    assert IntakeInfo.from_process(process, station="S").account == "Northwind"
    assert [r[0] for r in info().rows()] == ["ORDER", "CUSTOMER", "MERCHANT", "STATUS",
                                             "RECEIVED", "STATION"]
    assert "MERCHANT" not in [r[0] for r in info(account="").rows()]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("account", ["Northwind", "Northwind Trading Company of the North Ltd"])
def test_the_pdf_names_the_merchant_and_its_barcodes_scan(tmp_path: Path, account: str) -> None:
    from pyzbar.pyzbar import decode

    out = tmp_path / "intake.pdf"
    out.write_bytes(intake_label_pdf(info(account)))
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(out), str(tmp_path / "page")],
                   check=True, timeout=60)
    (page,) = sorted(tmp_path.glob("page-*.png"))
    assert {(d.type, d.data) for d in decode(Image.open(page))} == {
        ("CODE128", b"RP-2000149"), ("QRCODE", b"RP-2000149")}
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "MERCHANT" in text and "Northwind" in text and "STATION-1" in text


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_zpl_names_the_merchant_and_stays_on_the_label(dpi: int) -> None:
    (label,) = labels(intake_label_zpl(info("Northwind Trading Company of the North Ltd"),
                                       dpi=dpi).decode("utf-8"))
    width, height = size(label)
    for x, y in re.findall(r"\^F[OT](\d+),(\d+)", label):
        assert 0 <= int(x) < width and 0 <= int(y) <= height
    texts = field(label, "^A0")
    assert "MERCHANT" in texts and any(t.startswith("Northwind") for t in texts)
    assert field(label, "^BC") == ["RP-2000149"] and field(label, "^BQ") == ["MA,RP-2000149"]
    (one,) = labels(intake_label_zpl(info(account=""), dpi=dpi).decode("utf-8"))
    assert "MERCHANT" not in field(one, "^A0")
