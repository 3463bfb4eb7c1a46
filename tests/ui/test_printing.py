"""Printing through QPrinter into a PDF file: page size, true size, white, one job."""

from __future__ import annotations

import asyncio
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSizeF
from station_window import stored

from revdesk.config import PrinterSettings, StationSettings
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.domain.labels import CheckedLabel, check_label_bytes
from revdesk.domain.printer_profiles import LabelItem
from revdesk.settings_store import SettingsStore
from revdesk.ui.printing import (
    A6,
    LABEL_4X6,
    LabelPrinter,
    PageSpec,
    PrintError,
    PrintReport,
    PrintTarget,
    placement,
    print_labels,
)

sys.path.insert(0, str(Path(__file__).parents[1] / "integration"))
from zpl_standin import PrinterStandIn, closed_port, field
from zpl_standin import labels as zpl_labels

pytestmark = [
    pytest.mark.usefixtures("qapp"),
    pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils"),
]


def pdf_page_sizes(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(path)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    return [(float(w), float(h))
            for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def render(path: Path, dpi: int = 203) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(path),
                    str(path.with_suffix(""))], check=True, timeout=60)
    return [Image.open(p).convert("L") for p in sorted(path.parent.glob(f"{path.stem}-*.png"))]


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    """The bounding box of everything not white."""
    box = image.point(lambda v: 255 if v < 128 else 0).getbbox()
    assert box is not None
    return box


def framed_png(width_px: int, height_px: int, dpi: int | None) -> CheckedLabel:
    """A label image with a black frame on its edge, so its printed size can be measured."""
    image = Image.new("L", (width_px, height_px), 255)
    image.paste(0, (0, 0, width_px, 4))
    image.paste(0, (0, height_px - 4, width_px, height_px))
    image.paste(0, (0, 0, 4, height_px))
    image.paste(0, (width_px - 4, 0, width_px, height_px))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return check_label_bytes(buffer.getvalue(), name="framed.png")


def pdf_label(width_pt: float, height_pt: float) -> CheckedLabel:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width_pt, height_pt))
    canvas.rect(0, 0, width_pt, height_pt, stroke=0, fill=1)
    canvas.showPage()
    canvas.save()
    return check_label_bytes(buffer.getvalue(), name=f"{width_pt:g}x{height_pt:g}.pdf")


@pytest.fixture(scope="module")
def intake() -> CheckedLabel:
    return check_label_bytes(intake_label_pdf(IntakeInfo("RP-100007", station="DOCK-2")),
                             name="RP-100007.pdf")


def test_the_default_page_is_4x6_in_and_the_barcodes_still_decode(
        tmp_path: Path, intake: CheckedLabel) -> None:
    from pyzbar.pyzbar import decode

    out = tmp_path / "out.pdf"
    report = print_labels(PrintTarget(pdf_path=out), [intake])
    assert report.pages == 1 and report.scaled == []
    assert pdf_page_sizes(out) == [(288.0, 432.0)]
    (page,) = render(out)
    assert page.size == (812, 1218)
    assert {d.data for d in decode(page)} == {b"RP-100007"}
    assert len(decode(page)) == 2  # Code 128 and QR


@pytest.mark.parametrize(("settings", "size"), [
    (PrinterSettings(label_size="A6"), (297.6, 419.5)),  # Qt may round to whole points
    (PrinterSettings(label_size="custom", custom_width_mm=100, custom_height_mm=150),
     (283.5, 425.2)),
    (PrinterSettings(label_size="4x6", dpi=300), (288.0, 432.0)),
])
def test_the_page_size_comes_from_the_settings(tmp_path: Path, intake: CheckedLabel,
                                               settings: PrinterSettings,
                                               size: tuple[float, float]) -> None:
    out = tmp_path / "out.pdf"
    print_labels(PrintTarget.from_settings(settings, pdf_path=out), [intake])
    ((width, height),) = pdf_page_sizes(out)
    assert (width, height) == pytest.approx(size, abs=1.0)


def test_a_png_prints_at_true_size_not_fit_to_the_page(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    # 2 x 3 in at 203 dpi on a 4 x 6 in page: it must stay 2 x 3 in, centred.
    report = print_labels(PrintTarget(pdf_path=out), [framed_png(406, 609, 203)])
    assert report.scaled == []
    (page,) = render(out)
    left, top, right, bottom = ink_box(page)
    assert (right - left, bottom - top) == (pytest.approx(406, abs=2), pytest.approx(609, abs=2))
    assert left == pytest.approx((812 - 406) / 2, abs=2)


def test_a_300_dpi_png_keeps_its_physical_size_on_a_203_dpi_printer(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    print_labels(PrintTarget(pdf_path=out), [framed_png(600, 900, 300)])  # 2 x 3 in
    left, top, right, bottom = ink_box(render(out)[0])
    assert (right - left, bottom - top) == (pytest.approx(406, abs=3), pytest.approx(609, abs=3))


def test_a_png_without_density_is_one_pixel_per_dot(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    print_labels(PrintTarget(pdf_path=out), [framed_png(500, 700, None)])
    left, top, right, bottom = ink_box(render(out)[0])
    assert (right - left, bottom - top) == (pytest.approx(500, abs=2), pytest.approx(700, abs=2))


def test_a_landscape_label_is_turned_not_shrunk(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    report = print_labels(PrintTarget(pdf_path=out), [pdf_label(432, 288)])  # 6 x 4 in
    assert report.scaled == []
    left, top, right, bottom = ink_box(render(out)[0])
    assert (right - left, bottom - top) == (pytest.approx(812, abs=2), pytest.approx(1218, abs=2))


def test_only_a_label_larger_than_the_page_is_scaled_and_reported(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    report = print_labels(PrintTarget(pdf_path=out), [pdf_label(595, 842)])  # A4
    assert report.scaled == ["595x842.pdf"]
    assert pdf_page_sizes(out) == [(288.0, 432.0)]


def test_the_page_is_white_where_the_label_is_transparent(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    print_labels(PrintTarget(pdf_path=out), [pdf_label(144, 144)])  # 2 x 2 in, in the middle
    page = render(out)[0]
    assert page.getpixel((5, 5)) == 255 and page.getpixel((406, 609)) == 0


def test_a_batch_is_one_job_with_progress(tmp_path: Path, intake: CheckedLabel) -> None:
    out = tmp_path / "batch.pdf"
    seen: list[tuple[int, int]] = []
    labels = [intake, framed_png(406, 609, 203), intake]
    report = print_labels(PrintTarget(pdf_path=out), labels,
                          progress=lambda done, total: seen.append((done, total)))
    assert report.pages == 3 and seen == [(1, 3), (2, 3), (3, 3)]
    assert pdf_page_sizes(out) == [(288.0, 432.0)] * 3


def test_nothing_to_print_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="nothing to print"):
        print_labels(PrintTarget(pdf_path=tmp_path / "x.pdf"), [])


def test_placement_rules() -> None:
    page = LABEL_4X6.size_pt
    assert placement(QSizeF(288, 432), page) == (QSizeF(288, 432), False, False)
    assert placement(QSizeF(432, 288), page) == (QSizeF(288, 432), True, False)
    size, turned, scaled = placement(QSizeF(576, 864), page)
    assert (size, turned, scaled) == (QSizeF(288, 432), False, True)


def test_page_spec_from_settings() -> None:
    assert PageSpec.from_settings(PrinterSettings()) is LABEL_4X6
    assert PageSpec.from_settings(PrinterSettings(label_size="A6")) is A6


# -- the station's printers: a profile per role, reprint -------------------------------------


def items(*pids: str) -> list[LabelItem]:
    return [LabelItem(pid, intake=IntakeInfo(pid, station="DOCK-2")) for pid in pids]


def test_a_settings_file_with_one_printer_gives_it_to_both_roles(tmp_path: Path) -> None:
    """A station set up before the two roles keeps printing where it did."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"station_name": "DOCK-2", "printer": {
        "name": "Zebra-ZD421", "label_size": "A6", "dpi": 300}}), "utf-8")
    settings = SettingsStore(path).current
    for role in ("carrier", "intake"):
        profile = settings.printer_for(role)  # type: ignore[arg-type]
        assert (profile.kind, profile.name, profile.label_size, profile.dpi) == (
            "system", "Zebra-ZD421", "A6", 300)
    # Saved again, it is in the new form and reads back the same.
    store = SettingsStore(path)
    store.save(store.stored)
    saved = json.loads(path.read_text("utf-8"))
    assert "printer" not in saved and saved["intake_printer"]["name"] == "Zebra-ZD421"
    assert SettingsStore(path).current == settings


def test_a_fresh_station_has_no_printer_and_prints_nothing(tmp_path: Path) -> None:
    printer = LabelPrinter(stored(StationSettings()))
    assert not printer.has_printer("carrier") and not printer.has_printer("intake")
    assert StationSettings().intake_printer.label_size == "4x6"  # never A4
    with pytest.raises(PrintError, match="No intake-label printer is chosen"):
        asyncio.run(printer.print("intake", items("RP-100007")))
    with pytest.raises(PrintError, match="Nothing has been printed"):
        asyncio.run(printer.reprint_last())
    printer.close()


def test_print_then_reprint_last_on_the_os_printer(monkeypatch: Any, tmp_path: Path) -> None:
    settings = StationSettings(intake_printer=PrinterSettings(name="Zebra-ZD421"))
    printer = LabelPrinter(stored(settings))
    jobs: list[Path] = []
    targets: list[PrintTarget] = []

    def to_file(pdf_path: Path | None = None, **kw: Any) -> PrintTarget:
        targets.append(LabelPrinter.target(printer, pdf_path, **kw))
        jobs.append(tmp_path / f"job{len(jobs)}.pdf")
        return PrintTarget(printer_name="Zebra-ZD421", pdf_path=jobs[-1])

    monkeypatch.setattr(printer, "target", to_file)
    progress: list[tuple[int, int]] = []

    async def go() -> PrintReport:
        report = await printer.print("intake", items("RP-100007", "RP-100008"),
                                     progress=lambda d, t: progress.append((d, t)))
        await printer.reprint_last()
        return report

    report = asyncio.run(go())
    assert progress == [(1, 2), (2, 2)]
    assert [len(pdf_page_sizes(job)) for job in jobs] == [2, 2]
    assert (report.where, report.role, report.process_ids) == (
        "Zebra-ZD421", "intake", ["RP-100007", "RP-100008"])
    assert targets[0].printer_name == "Zebra-ZD421"
    assert targets[0].title == "intake labels for 2 returns"
    printer.close()


def test_a_folder_profile_writes_a_pdf_per_return_named_for_it(tmp_path: Path) -> None:
    """A fresh PC with no printer: the labels become PDFs in a folder, true size."""
    folder = tmp_path / "labels"
    folder.mkdir()
    profile = PrinterSettings(kind="folder", folder=str(folder))
    printer = LabelPrinter(stored(StationSettings(intake_printer=profile,
                                                  carrier_printer=profile)))
    progress: list[tuple[int, int]] = []
    report = asyncio.run(printer.print("intake", items("RP-100042", "RP-100043"),
                                       progress=lambda d, t: progress.append((d, t))))
    assert progress == [(1, 2), (2, 2)]
    assert report.files == [folder / "RP-100042-intake.pdf", folder / "RP-100043-intake.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == ["RP-100042-intake.pdf",
                                                        "RP-100043-intake.pdf"]
    assert pdf_page_sizes(folder / "RP-100042-intake.pdf") == [(288.0, 432.0)]
    from pyzbar.pyzbar import decode

    (page,) = render(folder / "RP-100042-intake.pdf")
    assert {d.data for d in decode(page)} == {b"RP-100042"}
    # A carrier label goes in as the carrier's, beside it.
    asyncio.run(printer.print("carrier", [LabelItem("RP-100042", carrier=intake_checked())]))
    assert (folder / "RP-100042-carrier.pdf").exists()
    printer.close()


def test_a_folder_that_is_gone_is_said_and_nothing_is_left(tmp_path: Path) -> None:
    profile = PrinterSettings(kind="folder", folder=str(tmp_path / "usb-stick"))
    printer = LabelPrinter(stored(StationSettings(intake_printer=profile)))
    with pytest.raises(PrintError, match="usb-stick is not there"):
        asyncio.run(printer.print("intake", items("RP-100042")))
    assert not (tmp_path / "usb-stick").exists()
    printer.close()


def test_a_zpl_profile_sends_the_intake_label_natively(tmp_path: Path) -> None:
    with PrinterStandIn() as standin:
        profile = PrinterSettings(kind="zpl", zpl_address=standin.address)
        printer = LabelPrinter(stored(StationSettings(intake_printer=profile)))
        progress: list[tuple[int, int]] = []
        report = asyncio.run(printer.print("intake", items("RP-100042"),
                                           progress=lambda d, t: progress.append((d, t))))
        printer.close()
    assert progress == [(1, 1)]  # a batch's progress bar fills
    (job,) = standin.jobs
    (label,) = zpl_labels(job.decode("utf-8", "replace"))
    assert field(label, "^BC") == ["RP-100042"]
    assert (report.pages, report.where) == (1, standin.address)


def test_a_zpl_printer_that_is_off_is_a_print_error_in_words() -> None:
    profile = PrinterSettings(kind="zpl", zpl_address=f"127.0.0.1:{closed_port()}")
    printer = LabelPrinter(stored(StationSettings(intake_printer=profile)))
    with pytest.raises(PrintError, match="refused the connection"):
        asyncio.run(printer.print("intake", items("RP-100042")))
    assert printer.last == []
    printer.close()


def test_save_as_pdf(tmp_path: Path) -> None:
    printer = LabelPrinter(stored(StationSettings(
        carrier_printer=PrinterSettings(label_size="A6"))))
    out = tmp_path / "saved.pdf"
    report = asyncio.run(printer.save_as_pdf(
        "carrier", [LabelItem("RP-100007", carrier=intake_checked())], out))
    assert report.pages == 1 and printer.last == []  # saving is not printing
    assert report.files == [out] and not list(tmp_path.glob(".*.tmp"))
    ((width, height),) = pdf_page_sizes(out)
    assert (width, height) == pytest.approx((297.6, 419.5), abs=1.0)
    printer.close()


def intake_checked() -> CheckedLabel:
    return check_label_bytes(intake_label_pdf(IntakeInfo("RP-100007", station="DOCK-2")),
                             name="RP-100007.pdf")


@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    """A folder on a 512 kB tmpfs (mounting needs root)."""
    import os

    where = tmp_path / "disk"
    where.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(where)],
            capture_output=True, check=False).returncode != 0:
        pytest.skip("a real full disk needs a tmpfs, which only root can mount")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


def fill(folder: Path, leave: int) -> None:
    """Fill ``folder``'s disk but ``leave`` bytes."""

    free = shutil.disk_usage(folder).free
    (folder / "filler").write_bytes(b"\0" * max(0, free - leave))
    assert shutil.disk_usage(folder).free <= leave + 8192


def test_a_label_on_a_full_disk_is_a_failure_and_the_good_one_is_kept(small_disk: Path) -> None:
    """QA 18 G: QPdfWriter reports a failed write only through QPainter.end(); ignored, a
    12 kB truncated PDF was "saved", replacing the good label of the first print."""
    profile = PrinterSettings(kind="folder", folder=str(small_disk))
    printer = LabelPrinter(stored(StationSettings(carrier_printer=profile)))
    item = [LabelItem("RP-100496", carrier=intake_checked())]
    report = asyncio.run(printer.print("carrier", item))
    (good,) = report.files
    before = good.read_bytes()
    assert len(before) > 12_000
    fill(small_disk, leave=8192)
    with pytest.raises(PrintError, match=r"RP-100496-carrier.pdf: the file came out "
                                         r"incomplete \(is the disk full\?\)"):
        asyncio.run(printer.print("carrier", item))
    assert good.read_bytes() == before
    assert sorted(p.name for p in small_disk.iterdir()) == ["RP-100496-carrier.pdf", "filler"]
    out = small_disk / "saved.pdf"
    with pytest.raises(PrintError, match="incomplete"):
        asyncio.run(printer.save_as_pdf("carrier", item, out))
    assert not out.exists()
    printer.close()


def test_a_pdf_that_does_not_end_whole_is_never_renamed_into_place(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check behind QPainter.end(): a file cut short (as a full disk leaves it)."""
    import revdesk.ui.printing as printing

    real = printing.print_labels

    def cut_short(target: PrintTarget, *args: Any, **kw: Any) -> PrintReport:
        report = real(target, *args, **kw)
        assert target.pdf_path is not None
        data = target.pdf_path.read_bytes()
        target.pdf_path.write_bytes(data[: len(data) // 2])
        return report

    monkeypatch.setattr(printing, "print_labels", cut_short)
    printer = LabelPrinter(stored(StationSettings()))
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "saved.pdf"
    out.write_bytes(b"yesterday's label")
    with pytest.raises(PrintError, match="incomplete"):
        asyncio.run(printer.save_as_pdf(
            "carrier", [LabelItem("RP-100007", carrier=intake_checked())], out))
    assert out.read_bytes() == b"yesterday's label"
    assert sorted(p.name for p in out.parent.iterdir()) == ["saved.pdf"]
    printer.close()


def test_the_windows_label_pdfs_get_the_mode_the_clis_do(tmp_path: Path) -> None:
    """QA 18 A: mkstemp's 0600 made the folder's labels unreadable to a print watcher
    running as another user; now 0666 less the umask, or the replaced file's mode."""
    import os
    import stat

    folder = tmp_path / "labels"
    folder.mkdir()
    profile = PrinterSettings(kind="folder", folder=str(folder))
    printer = LabelPrinter(stored(StationSettings(carrier_printer=profile)))
    item = [LabelItem("RP-100007", carrier=intake_checked())]
    before = os.umask(0o022)
    try:
        (made,) = asyncio.run(printer.print("carrier", item)).files
        assert stat.S_IMODE(made.stat().st_mode) == 0o644
        made.chmod(0o640)
        asyncio.run(printer.print("carrier", item))  # a reprint keeps the file's mode
        assert stat.S_IMODE(made.stat().st_mode) == 0o640
        saved = tmp_path / "saved.pdf"
        asyncio.run(printer.save_as_pdf("carrier", item, saved))
        assert stat.S_IMODE(saved.stat().st_mode) == 0o644
    finally:
        os.umask(before)
    printer.close()
