"""The two printer profiles in the window: chosen in Labels → Label printers… (and in
Settings), a folder on a PC with no printer, remembered, a test print per printer, and a
past label printed again from the history."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from station_window import stored
from test_layout import themed  # noqa: F401 (a fixture)

from revdesk.config import PrinterSettings, StationSettings
from revdesk.domain.audit import AuditLog
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore
from revdesk.ui import printing, translation
from revdesk.ui.dialogs.printers import PrintersDialog
from revdesk.ui.dialogs.settings import SettingsDialog
from revdesk.ui.printing import LabelPrinter


@pytest.fixture
def no_os_printer(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh PC: the OS offers no printer at all."""
    monkeypatch.setattr(printing, "os_printers", lambda: ([], ""))


def dialog_for(qtbot: Any, store: SettingsStore) -> tuple[PrintersDialog, LabelPrinter]:
    printer = LabelPrinter(store)
    dialog = PrintersDialog(store, printer)
    qtbot.addWidget(dialog)
    return dialog, printer


def test_with_no_printer_a_folder_is_offered_chosen_and_remembered(
        qtbot: Any, tmp_path: Path, no_os_printer: None) -> None:
    store = stored(StationSettings())
    dialog, printer = dialog_for(qtbot, store)
    intake = dialog.box.editors["intake"]
    assert intake.kind.currentData() == "folder"
    assert intake.label_size.currentData() == "4x6"  # label stock, never A4
    folder = tmp_path / "labels"
    intake.folder.setText(str(folder))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted.value
    saved = SettingsStore().stored  # read back from the file
    assert (saved.intake_printer.kind, saved.intake_printer.folder) == ("folder", str(folder))
    assert folder.is_dir()  # made when chosen, so the first label has somewhere to go
    # The carrier printer was left alone: nothing chosen, nothing recorded as changed.
    assert saved.carrier_printer == PrinterSettings()
    again, _ = dialog_for(qtbot, SettingsStore())
    assert again.box.editors["intake"].folder.text() == str(folder)
    printer.close()


def test_a_test_print_goes_to_the_profile_as_entered(qtbot: Any, tmp_path: Path,
                                                     no_os_printer: None) -> None:
    store = stored(StationSettings(station_name="DOCK-2"))
    dialog, printer = dialog_for(qtbot, store)
    editor = dialog.box.editors["carrier"]
    editor.folder.setText(str(tmp_path))
    text = asyncio.run(dialog.box.test_print("carrier"))
    written = tmp_path / "TEST-PRINT-carrier.pdf"
    assert text == f"Test label saved as {written}" and editor.result.text() == text
    assert written.stat().st_size > 0
    assert printer.last == []  # a test is not a label to reprint
    printer.close()


def test_a_test_print_s_message_is_whole_in_another_language(
        qtbot: Any, tmp_path: Path, no_os_printer: None) -> None:
    # The message is put together from its parts, not cut out of the English sentence
    # (a French one has no " for TEST-PRINT " to cut at).
    assert translation.apply_language("fr")
    store = stored(StationSettings())
    dialog, printer = dialog_for(qtbot, store)
    dialog.box.editors["carrier"].folder.setText(str(tmp_path))
    text = asyncio.run(dialog.box.test_print("carrier"))
    written = tmp_path / "TEST-PRINT-carrier.pdf"
    saved_as = translate("LabelActions", "{subject} saved as {file}")
    assert saved_as != "{subject} saved as {file}"  # French indeed
    assert text == saved_as.format(subject=translate("PrinterProfilesBox", "Test label"),
                                   file=written)
    printer.close()


WHOLE_TEST_PRINT = {"es": "Etiqueta de prueba: archivo guardado como {file}",
                    "fr": "Étiquette de test : fichier enregistré sous {file}"}


def result_cut(label: QLabel) -> bool:
    return label.height() < label.heightForWidth(label.width())


@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_test_print_s_result_is_one_whole_sentence_shown_whole(
        qtbot: Any, tmp_path: Path, no_os_printer: None, themed: Any,  # noqa: F811
        language: str) -> None:
    """QA of issue 19, L11/L18: beside the button, one line high, the result was cut top
    and bottom; French said "Étiquette de test : enregistré sous …" (a noun and a
    participle that do not agree)."""
    assert translation.apply_language(language)
    store = stored(StationSettings())
    dialog, printer = dialog_for(qtbot, store)
    settings = SettingsDialog(store)
    qtbot.addWidget(settings)
    for shown in (dialog, settings):
        shown.show()
        qtbot.waitExposed(shown)
    for box in (dialog.box, settings.printers):
        editor = box.editors["carrier"]
        editor.folder.setText("")
        failed = asyncio.run(box.test_print("carrier"))
        QApplication.processEvents()
        assert failed == editor.result.text() and not result_cut(editor.result), (
            box.window().objectName(), editor.result.size(), box.window().size())
        editor.folder.setText(str(tmp_path))
        text = asyncio.run(box.test_print("carrier"))
        QApplication.processEvents()
        written = tmp_path / "TEST-PRINT-carrier.pdf"
        assert text == WHOLE_TEST_PRINT[language].format(file=written)
        assert not result_cut(editor.result), text
    settings.close()
    printer.close()


def test_a_zpl_address_that_is_no_address_is_refused_and_nothing_saved(
        qtbot: Any, no_os_printer: None) -> None:
    store = stored(StationSettings())
    dialog, printer = dialog_for(qtbot, store)
    editor = dialog.box.editors["intake"]
    editor.kind.setCurrentIndex(editor.kind.findData("zpl"))
    editor.zpl_address.setText("zebra 1:99999")
    dialog.save()
    assert dialog.error.text() and SettingsStore().stored.intake_printer == PrinterSettings()
    text = asyncio.run(dialog.box.test_print("intake"))
    assert text.startswith("Test print failed:")
    printer.close()


def test_the_os_printers_are_offered_and_the_saved_one_kept_when_gone(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(printing, "os_printers", lambda: (["Zebra-1", "Office"], "Office"))
    store = stored(StationSettings(intake_printer=PrinterSettings(name="Zebra-9")))
    dialog, printer = dialog_for(qtbot, store)
    names = dialog.box.editors["intake"].printer_name
    assert [names.itemData(i) for i in range(names.count())] == ["Zebra-1", "Office", "Zebra-9"]
    assert names.currentData() == "Zebra-9"
    carrier = dialog.box.editors["carrier"]
    assert carrier.kind.currentData() == "system"
    carrier.printer_name.setCurrentIndex(0)
    dialog.save()
    assert SettingsStore().stored.carrier_printer.name == "Zebra-1"
    printer.close()


def test_the_history_offers_a_reprint_for_a_print_event(qtbot: Any, tmp_path: Path) -> None:
    from revdesk.domain.audit import PRINT, STATUS_CHANGE
    from revdesk.ui.dialogs.history_view import HistoryView

    audit = AuditLog(tmp_path / "audit.sqlite3")
    audit.record(STATUS_CHANGE, process_id="RP-100001", old="COLLECTED",
                 new="IN_WAREHOUSE")
    audit.record(PRINT, process_id="RP-100002", detail="intake label; 1 page(s) on Zebra")
    asked: list[Any] = []
    view = HistoryView(audit, shift_started=lambda: 0.0, reprint=asked.append)
    qtbot.addWidget(view)
    assert not view.reprint_button.isEnabled()
    rows = view.events_model.events
    view.events_view.setCurrentIndex(view.events_model.index(
        next(i for i, e in enumerate(rows) if e.action == STATUS_CHANGE), 0))
    assert not view.reprint_button.isEnabled()
    view.events_view.setCurrentIndex(view.events_model.index(
        next(i for i, e in enumerate(rows) if e.action == PRINT), 0))
    assert view.reprint_button.isEnabled()
    view.reprint_button.click()
    assert [e.process_id for e in asked] == ["RP-100002"]
    audit.close()


def test_the_window_prints_a_scanned_parcels_intake_label_on_a_cups_queue(
        cups_queue: Any, qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    """The station window, end to end: a scan REVER confirms IN_WAREHOUSE, the intake label
    prints by itself on a real CUPS queue (cups-pdf), and the PDF it makes is 4x6 in with
    the process id's barcode."""
    import re
    import subprocess

    from PIL import Image
    from pyzbar import pyzbar
    from station_window import loaded

    window = loaded(qtbot, make_window, settings=StationSettings(
        auto_intake_label=True, intake_printer=PrinterSettings(name="Label4x6")))
    pid = next(window.model.row_at(i).process_id for i in range(window.model.rowCount())
               if window.model.row_at(i).status not in ("IN_WAREHOUSE", "CANCELED"))
    window.scan_panel.submit_text(pid)
    qtbot.waitUntil(lambda: window.notice_line.text().startswith(f"Intake label for {pid}"),
                    timeout=30_000)
    assert window.notice_line.text() == f"Intake label for {pid} printed on Label4x6"
    pdf = cups_queue.wait_for_pdf(pid)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    assert re.search(r"Page size:\s+288 x 432 pts", info)
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(pdf), str(tmp_path / "p")],
                   check=True, timeout=60)
    (page,) = sorted(tmp_path.glob("p-*.png"))
    assert {(d.type, d.data.decode()) for d in pyzbar.decode(Image.open(page))} == {
        ("CODE128", pid), ("QRCODE", pid)}


def test_choosing_the_printers_from_the_labels_menu_says_where_labels_go(
        qtbot: Any, tmp_path: Path, no_os_printer: None, make_window: Any) -> None:
    window = make_window()
    actions = window.label_actions
    actions.choose_printer.trigger()
    (dialog,) = [d for d in actions._dialogs if isinstance(d, PrintersDialog)]
    dialog.box.editors["carrier"].folder.setText(str(tmp_path / "carrier"))
    dialog.box.editors["intake"].folder.setText(str(tmp_path / "intake"))
    dialog.save()
    assert window.notice_line.text() == (
        f"Carrier labels print on the folder {tmp_path / 'carrier'}; intake labels on the "
        f"folder {tmp_path / 'intake'}.")
