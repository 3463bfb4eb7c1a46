"""Settings saved in the dialog are used by the very next action, without a restart: the
station name and dpi by the next intake label and its print job, the warehouse address by
the next logistic order (before, each kept the copy it was made with)."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.config import PrinterSettings
from revdesk.domain import intake_label
from revdesk.settings_store import SettingsStore
from revdesk.ui.dialogs.manual_order import ManualOrderDialog
from revdesk.ui.printing import PrintTarget


def test_station_name_dpi_and_warehouse_apply_to_the_next_label_and_print(
        qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window = loaded(qtbot, make_window)
    window.core.settings.update(carrier_printer=PrinterSettings(name="Zebra"),
                                intake_printer=PrinterSettings(name="Zebra"))
    printer = window.label_actions.printer
    targets: list[PrintTarget] = []
    real_target = printer.target

    def to_file(pdf_path: Path | None = None, **kw: Any) -> PrintTarget:
        target = real_target(pdf_path, **kw)  # what the settings say at this job
        targets.append(target)
        return dataclasses.replace(target, pdf_path=pdf_path or tmp_path / f"job{len(targets)}.pdf")

    monkeypatch.setattr(printer, "target", to_file)
    drawn: list[tuple[int, bytes]] = []
    real_pdf = intake_label.intake_labels_pdf

    def spy(infos: Any, *, dpi: int = 203) -> bytes:
        drawn.append((dpi, real_pdf(infos, dpi=dpi)))
        return drawn[-1][1]

    monkeypatch.setattr(intake_label, "intake_labels_pdf", spy)

    window.station_actions.settings.trigger()
    dialog = window.station_actions.settings_dialog
    assert dialog is not None
    dialog.station_name.setText("DOCK-9")
    dpi = dialog.printers.editors["intake"].dpi
    dpi.setCurrentIndex(dpi.findData(300))
    dialog.warehouse.edit("company").setText("Acme Returns")
    dialog.warehouse.edit("city").setText("Zaragoza")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert SettingsStore().stored.station_name == "DOCK-9"  # in the file too

    pid = window.model.row_at(0).process_id
    window.returns.open_process(pid)
    qtbot.waitUntil(lambda: window.detail.current_process() is not None
                    and window.detail.current_process().process_id == pid, timeout=10_000)
    said: list[str] = []
    window.label_actions.message.connect(said.append)
    window.label_actions.intake_label.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said == [f"Intake label for {pid} printed on Zebra"] and (tmp_path / "job1.pdf").stat().st_size > 0
    [(dpi, label)] = drawn
    assert dpi == 300  # the label's bars are sized for the new dpi
    assert [t.dpi for t in targets] == [300]  # and the print job renders at it
    (tmp_path / "label.pdf").write_bytes(label)
    text = subprocess.run(["pdftotext", str(tmp_path / "label.pdf"), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "DOCK-9" in text and "STATION-1" not in text

    window.label_actions.manual_order.trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, ManualOrderDialog)
                                for d in window.label_actions._dialogs))
    order = next(d for d in window.label_actions._dialogs if isinstance(d, ManualOrderDialog))
    warehouse = order.to_form.address()
    assert (warehouse.company, warehouse.city) == ("Acme Returns", "Zaragoza")
    order.reject()
