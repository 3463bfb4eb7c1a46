"""Labels through a real CUPS queue, end to end: a private cupsd (tests/cups_server.py) with
a 4x6 in cups-pdf queue; the CLI and the window's print path print to it by its name, and
the PDF cups-pdf makes is checked: 288 x 432 pt, and the barcode read by zbar."""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from pyzbar import pyzbar
from zpl_standin import PrinterStandIn, field, labels

from revdesk.cli import main
from revdesk.config import PrinterSettings, StationSettings
from revdesk.domain.intake_label import IntakeInfo
from revdesk.domain.printer_profiles import LabelItem
from revdesk.settings_store import SettingsStore

QUEUE = PrinterSettings(kind="system", name="Label4x6")


def pages(pdf: Path, tmp_path: Path) -> list[tuple[str, Image.Image]]:
    """Each page's size as pdfinfo says it, and the page drawn at 203 dpi."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    sizes = [line.split(":", 1)[1].split("pts")[0].strip() for line in info.splitlines()
             if line.startswith("Page") and "size" in line]
    stem = tmp_path / pdf.stem
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(pdf), str(stem)],
                   check=True, timeout=60)
    images = [Image.open(p) for p in sorted(tmp_path.glob(f"{pdf.stem}-*.png"))]
    return list(zip(sizes, images, strict=True))


def codes(image: Image.Image) -> set[tuple[str, str]]:
    return {(d.type, d.data.decode()) for d in pyzbar.decode(image)}


@pytest.fixture
def cli(shared_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("REVDESK_API_URL", shared_sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    SettingsStore().save(StationSettings(station_name="DOCK-2", carrier_printer=QUEUE))
    return lambda *args: main(list(args))


def test_the_station_sees_the_queue(cups_queue: Any, cli: Any,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("printers") == 0
    out = capsys.readouterr().out
    assert "  Label4x6\n" in out and "Carrier labels: Label4x6 (4x6 in, 203 dpi)" in out


def test_cli_intake_label_on_a_cups_queue(cups_queue: Any, cli: Any, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("label", "intake", "RP-100002", "--print", "--printer", "Label4x6") == 0
    assert "RP-100002: intake label printed on Label4x6 (job Label4x6-" in capsys.readouterr().out
    ((size, image),) = pages(cups_queue.wait_for_pdf("RP-100002"), tmp_path)
    assert size == "288 x 432"
    assert codes(image) == {("CODE128", "RP-100002"), ("QRCODE", "RP-100002")}


def test_cli_carrier_label_on_the_carrier_profile(cups_queue: Any, cli: Any,
                                                  shared_sandbox: Any, tmp_path: Path) -> None:
    answer = httpx.get(f"{shared_sandbox.url}/v1/processes", params={"page_size": 200},
                       headers={"x-rever-api-key": "test"})
    process = next(p for p in answer.json()["processes"] if p["tracking_id"])
    assert cli("label", "print", process["process_id"]) == 0
    ((size, image),) = pages(cups_queue.wait_for_pdf(process["process_id"]), tmp_path)
    assert size == "288 x 432"
    assert ("CODE128", process["tracking_id"]) in codes(image)


def test_the_windows_print_path_on_a_cups_queue(cups_queue: Any, qapp: Any,
                                                tmp_path: Path) -> None:
    """The window prints through QPrinter (ui/printing.py) to the queue by its name."""
    from revdesk.ui.printing import LabelPrinter

    store = SettingsStore()
    store.save(StationSettings(intake_printer=QUEUE))
    printer = LabelPrinter(store)
    try:
        items = [LabelItem("RP-100007", intake=IntakeInfo("RP-100007", station="DOCK-2"))]
        report = asyncio.run(printer.print("intake", items))
    finally:
        printer.close()
    assert (report.pages, report.where) == (1, "Label4x6")
    ((size, image),) = pages(cups_queue.wait_for_pdf("RP-100007"), tmp_path)
    assert size == "288 x 432"
    assert codes(image) == {("CODE128", "RP-100007"), ("QRCODE", "RP-100007")}


def test_a_zpl_profile_on_a_raw_cups_queue(cups_queue: Any, cli: Any) -> None:
    """``cups:QUEUE``: the ZPL goes through CUPS as it is, to the printer behind the queue."""
    with PrinterStandIn("silent") as zebra:
        cups_queue.add_raw_queue("Zebra-1", zebra.address)
        SettingsStore().save(StationSettings(
            station_name="DOCK-2",
            intake_printer=PrinterSettings(kind="zpl", zpl_address="cups:Zebra-1")))
        assert cli("label", "intake", "RP-100002", "--print") == 0
        deadline = time.monotonic() + 30
        while not zebra.jobs and time.monotonic() < deadline:
            time.sleep(0.2)
    (job,) = zebra.jobs
    (label,) = labels(job.decode("utf-8"))
    assert field(label, "^BC") == ["RP-100002"]
