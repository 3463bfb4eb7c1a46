"""``revdesk printers`` and printing on the station's profiles from the CLI, against the
sandbox over loopback: ``label print PID``, ``label intake PID… --print``, ``--printer``.
A folder profile's files are read back (page size, barcode); a ZPL profile's job goes to
the printer stand-in and is decoded. The OS (CUPS) queue is in test_cups_printing.py."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from pyzbar import pyzbar
from zpl_standin import PrinterStandIn, bitmap, field, labels

from revdesk.cli import main
from revdesk.config import PrinterSettings, StationSettings
from revdesk.settings_store import SettingsStore


@pytest.fixture
def cli(shared_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("REVDESK_API_URL", shared_sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    return lambda *args: main(list(args))


def set_up(**profiles: PrinterSettings) -> None:
    SettingsStore().save(StationSettings(station_name="DOCK-2", **profiles))


def labelled(sandbox: Any) -> dict[str, Any]:
    """A return with a PDF carrier label (the sandbox serves a PNG for every fifth)."""
    answer = httpx.get(f"{sandbox.url}/v1/processes", params={"page_size": 200},
                       headers={"x-rever-api-key": "test"})
    return next(p for p in answer.json()["processes"]
                if p["tracking_id"] and int(p["process_id"].split("-")[1]) % 5)


def page_images(pdf: Path) -> list[Image.Image]:
    stem = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(pdf), str(stem)],
                   check=True, timeout=60)
    return [Image.open(p) for p in sorted(pdf.parent.glob(f"{stem.name}-*.png"))]


def page_sizes(pdf: Path) -> list[str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                         timeout=60).stdout
    return [line.split(":", 1)[1].strip() for line in out.splitlines()
            if line.startswith("Page size")]


def test_printers_lists_what_the_station_sees_and_its_profiles(
        cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    set_up(carrier_printer=PrinterSettings(kind="zpl", zpl_address="zebra-1:9100", dpi=300),
           intake_printer=PrinterSettings(kind="folder", folder=str(tmp_path)))
    monkeypatch.setenv("PATH", str(tmp_path))  # no CUPS commands: a PC with no printing
    assert cli("printers") == 0
    out = capsys.readouterr().out
    assert "  none: no printing system (CUPS) on this computer" in out
    assert "  Carrier labels: the ZPL printer zebra-1:9100 (4x6 in, 300 dpi)" in out
    assert f"  Intake labels: the folder {tmp_path} (4x6 in, 203 dpi)" in out
    assert "Intake label after each parcel received: off" in out


def test_intake_print_on_a_folder_profile_writes_a_true_size_label(
        cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_up(intake_printer=PrinterSettings(kind="folder", folder=str(tmp_path)))
    assert cli("label", "intake", "RP-100002", "RP-100003", "--print") == 0
    written = [tmp_path / "RP-100002-intake.pdf", tmp_path / "RP-100003-intake.pdf"]
    assert capsys.readouterr().out == (f"2 intake labels written to {written[0]}, "
                                       f"{written[1]}\n")
    assert page_sizes(written[0]) == ["288 x 432 pts"]
    (page,) = page_images(written[0])
    assert {d.data for d in pyzbar.decode(page)} == {b"RP-100002"}


def test_carrier_label_on_a_folder_profile_is_fitted_to_the_stock(
        cli: Any, shared_sandbox: Any, tmp_path: Path) -> None:
    process = labelled(shared_sandbox)
    pid = process["process_id"]
    set_up(carrier_printer=PrinterSettings(kind="folder", folder=str(tmp_path)))
    assert cli("label", "print", pid) == 0
    out = tmp_path / f"{pid}-carrier.pdf"
    assert page_sizes(out) == ["288 x 432 pts"]
    (page,) = page_images(out)
    codes = [d.data.decode() for d in pyzbar.decode(page) if d.type == "CODE128"]
    assert codes == [process["tracking_id"]]


def test_label_print_on_a_zpl_profile(cli: Any, shared_sandbox: Any,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    process = labelled(shared_sandbox)
    pid = process["process_id"]
    with PrinterStandIn() as printer:
        set_up(carrier_printer=PrinterSettings(kind="zpl", zpl_address=printer.address),
               intake_printer=PrinterSettings(kind="zpl", zpl_address=printer.address))
        assert cli("label", "print", pid) == 0
        assert cli("label", "intake", pid, "--print") == 0
    carrier, intake = printer.jobs
    (label,) = labels(carrier.decode("ascii"))
    codes = [d.data.decode() for d in pyzbar.decode(bitmap(label)) if d.type == "CODE128"]
    assert codes == [process["tracking_id"]]
    assert field(labels(intake.decode("utf-8"))[0], "^BC") == [pid]
    out = capsys.readouterr().out
    assert f"{pid}: carrier label sent to the label printer at {printer.address}" in out


def test_no_profile_chosen_is_exit_2_and_says_how(
        cli: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_up()
    assert cli("label", "print", "RP-100002") == 2
    err = capsys.readouterr().err
    assert "no carrier label printer is set up on this station" in err
    assert "--printer NAME" in err
    out = tmp_path / "intake.pdf"
    assert cli("label", "intake", "RP-100002", "-o", str(out), "--printer", "Zebra") == 2
    assert "--printer goes with --print" in capsys.readouterr().err and not out.exists()


def test_an_os_printer_without_a_printing_system_is_exit_5(
        cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    set_up()
    monkeypatch.setenv("PATH", str(tmp_path))
    assert cli("label", "intake", "RP-100002", "--print", "--printer", "Zebra-1") == 5
    assert "no printing system (CUPS)" in capsys.readouterr().err
