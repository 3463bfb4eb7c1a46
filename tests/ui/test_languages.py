"""The window in Spanish and French: started in the saved language, built again in a new one
when Settings change it, its access keys still unique, and dates, counts and plurals as the
language writes them."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, confirm, loaded, stored
from test_access_keys import in_menu, repeated, window_wide
from test_layout import clipped, station_at, themed  # noqa: F401 (a fixture)

from revdesk.config import StationSettings
from revdesk.domain.outcomes import Outcome
from revdesk.i18n import translate
from revdesk.ui import app as station_app
from revdesk.ui import translation
from revdesk.ui.dialogs.bulk_status import BulkStatusDialog
from revdesk.ui.dialogs.settings import SettingsDialog
from revdesk.ui.elided_label import ElidedLabel, LinesLabel
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.fitting_text import FittingPlaceholder
from revdesk.ui.label_actions import job_message
from revdesk.ui.locale_format import Decimal, clock, date_time, number
from revdesk.ui.main_window import MainWindow
from revdesk.ui.printing import PrintReport
from revdesk.ui.process_model import CREATED_COLUMN, short_time

MENUS = {
    "en": ["&Station", "S&can", "&Returns", "&Labels", "Shi&ft", "&Help"],
    "es": ["&Puesto", "Es&canear", "&Devoluciones", "Eti&quetas", "&Turno", "A&yuda"],
    "fr": ["&Poste", "&Scan", "&Retours", "É&tiquettes", "Ser&vice", "&Aide"],
}
SCAN_ACTION = {"en": "Scan action:", "es": "Al escanear:", "fr": "Action du scan :"}
TITLE = {"en": "revdesk — station {name} — SANDBOX", "es": "revdesk — puesto {name} — PRUEBAS",
         "fr": "revdesk — poste {name} — ESSAI"}
#: A short date and time as each language's locale writes it (the sandbox's are whole hours
#: and minutes); the computer here has no language of its own, so "" is English (en_US).
DATE = {"en": r"\d{1,2}/\d{1,2}/\d\d \d{1,2}:\d\d\s[AP]M", "es": r"\d{1,2}/\d{1,2}/\d\d \d{1,2}:\d\d",
        "fr": r"\d\d/\d\d/\d{4} \d\d:\d\d"}


def shown_window(qapp: QApplication) -> MainWindow | None:
    found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return found[0] if found else None


def wait_window(qtbot: QtBot, qapp: QApplication, other_than: MainWindow | None = None) -> MainWindow:
    def ready() -> bool:
        window = shown_window(qapp)
        return window is not None and window is not other_than and window.model.rowCount() > 0

    qtbot.waitUntil(ready, timeout=20_000)
    window = shown_window(qapp)
    assert window is not None
    return window


def assert_speaks(window: MainWindow, language: str) -> None:
    assert [a.text() for a in window.menuBar().actions()] == MENUS[language]
    assert window.scan_panel.action_title.text() == SCAN_ACTION[language]
    assert window.windowTitle() == TITLE[language].format(name=window.settings.station_name)
    created = window.model.data(window.model.index(0, CREATED_COLUMN))
    assert re.fullmatch(DATE[language], created), created


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_window_starts_in_the_saved_language(
        qtbot: QtBot, qloop: Any, presenter: ErrorPresenter, qapp: QApplication,
        language: str) -> None:
    stored(StationSettings(language=language))
    task = asyncio.ensure_future(station_app.run_windows(presenter))
    window = wait_window(qtbot, qapp)
    assert translation.current_language() == language
    assert_speaks(window, language)
    window.close()
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result() == 0


def test_a_new_language_in_settings_builds_the_window_again_in_it(
        qtbot: QtBot, qloop: Any, presenter: ErrorPresenter, qapp: QApplication) -> None:
    task = asyncio.ensure_future(station_app.run_windows(presenter))
    window = wait_window(qtbot, qapp)
    assert_speaks(window, "en")  # nothing saved: the computer's language, English here
    for language in ("fr", "es", ""):
        window.core.settings.update(language=language)
        window = wait_window(qtbot, qapp, other_than=window)
        assert_speaks(window, language or "en")
    assert not task.done()  # the same run all along: built again, never quit
    window.close()
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result() == 0


def test_francais_chosen_in_settings_makes_the_window_french(
        qtbot: QtBot, qloop: Any, presenter: ErrorPresenter, qapp: QApplication) -> None:
    # One path: Settings saves the language, the window is built again in it.
    task = asyncio.ensure_future(station_app.run_windows(presenter))
    window = wait_window(qtbot, qapp)
    window.station_actions.settings.trigger()
    dialog = window.station_actions.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.language.setCurrentIndex(dialog.language.findText("Français"))
    dialog.buttons.accepted.emit()
    window = wait_window(qtbot, qapp, other_than=window)
    assert translation.current_language() == "fr"
    assert_speaks(window, "fr")
    window.close()
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result() == 0


def test_a_scan_made_as_the_language_changes_is_not_lost(
        qtbot: QtBot, qloop: Any, presenter: ErrorPresenter, qapp: QApplication) -> None:
    task = asyncio.ensure_future(station_app.run_windows(presenter))
    window = wait_window(qtbot, qapp)
    old = window.core
    window.scan_panel.submit_text("RP-100002")
    old.settings.update(language="fr")  # at once: the scan is still on its way
    window = wait_window(qtbot, qapp, other_than=window)
    # Sent by the closing core within its grace, or kept and sent by the new one.
    assert old.pipeline.recent[-1].outcome in (Outcome.DELIVERED, Outcome.QUEUED)
    outbox = window.core.outbox
    assert outbox is not None
    qtbot.waitUntil(lambda: outbox.counts.get("pending", 0) == 0, timeout=20_000)
    window.close()
    qtbot.waitUntil(task.done, timeout=20_000)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_access_key_is_unique_in_each_language(
        qtbot: QtBot, make_window: MakeWindow, language: str) -> None:
    assert translation.apply_language(language)
    window = make_window()
    assert [a.text() for a in window.menuBar().actions()] == MENUS[language]
    assert repeated(window_wide(window)) == {}
    for menu in (a.menu() for a in window.menuBar().actions()):
        assert menu is not None
        assert repeated(in_menu(menu)) == {}, menu.title()


@pytest.mark.parametrize("language", ["es", "fr"])
@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_window_fits_with_nothing_cut_in_each_language(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication,  # noqa: F811
        language: str, size: tuple[int, int]) -> None:
    """Spanish and French run longer than English: their shortest wordings must still fit
    the smallest screen (the count line, the list's buttons, the detail's status row)."""
    assert translation.apply_language(language)
    window = station_at(qtbot, make_window, *size)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.size().toTuple() == size
    cut = clipped(window)
    assert cut == [], "\n".join(cut)
    box = window.scan_panel.scan_box  # its placeholder is not a widget's text: checked here
    room = box.width() - FittingPlaceholder.MARGIN
    assert box.fontMetrics().horizontalAdvance(box.placeholderText()) <= room, box.placeholderText()


def elided_or_cut(window: MainWindow) -> list[str]:
    """What ``clipped`` finds, less the one-line labels cut with "…" on purpose whose
    tooltip holds their whole text; those that do not are named."""
    missing = [f"{label.objectName()}: {label.text()!r} not whole in the tooltip"
               for label in window.findChildren(ElidedLabel)
               if label.isVisible() and label.is_cut() and label.text() not in label.toolTip()]
    return missing + [c for c in clipped(window) if not c.endswith(": cut with …")]


@pytest.mark.parametrize("language", ["es", "fr"])
def test_scans_and_notes_never_widen_the_window_past_the_screen(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication,  # noqa: F811
        language: str) -> None:
    """QA of issue 19, L1/L17: after the first scan the Spanish window grew to 1123 px (the
    read, the sounds-off note and the shift count side by side), 1239 px with a long message
    line. Everything long is cut to its room, whole in its tooltip."""
    assert translation.apply_language(language)
    window = station_at(qtbot, make_window, 1024, 768)
    window.sounds._set_off(translate("Feedback", "Sounds off: the audio device cannot play them"))
    panel = window.scan_panel
    for raw in ("RP-999999", "%%##@@!!" * 8, window.model.row_at(2).process_id):
        panel.submit_text(raw)
        qtbot.waitUntil(lambda: panel.banner.result is not None and panel.banner.result.is_final,
                        timeout=10_000)
        QApplication.processEvents()
        assert window.width() <= 1024 and window.minimumSizeHint().width() <= 1024, raw
    assert not panel.raw_label.is_cut()  # an id read is whole; the sounds note gives way
    window.show_message(translate("LabelActions", "Test label {done}").format(done="x" * 200))
    QApplication.processEvents()
    assert window.width() <= 1024 and window.minimumSizeHint().width() <= 1024
    assert window.notice_line.is_cut() and window.notice_line.isVisible()
    cut = elided_or_cut(window)
    assert cut == [], "\n".join(cut)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_bulk_dialog_s_summary_wraps_and_says_seconds_as_the_language_does(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication,  # noqa: F811
        language: str) -> None:
    """QA of issue 19, L13: the finished summary on one line made the dialog 1121 (es) /
    1143 (fr) px wide, Close off the screen; and it said "0.0 s"."""
    assert translation.apply_language(language)
    window = loaded(qtbot, make_window)
    view, model = window.list_panel.view, window.model
    view.selectionModel().select(QItemSelection(model.index(0, 0), model.index(1, 0)),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    window.returns.bulk.trigger()
    dialog = window.returns.bulk_dialog
    assert isinstance(dialog, BulkStatusDialog) and len(dialog.rows) == 2
    dialog.start_button.click()
    confirm(dialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    QApplication.processEvents()
    said = dialog.summary_label.text()
    assert re.search(r" \d+,\d s$", said), said
    assert dialog.minimumSizeHint().width() <= 1024 and dialog.width() <= 1024, said
    dialog.close()


def lines_cut(label: QLabel) -> bool:
    """Whether a wrapped label shows fewer lines than its shown text has (cut through the
    letters, top and bottom); a LinesLabel ends its last line with "…" instead."""
    if isinstance(label, LinesLabel):
        return not label.fits() or (label.is_cut() and label.text() not in label.toolTip())
    flags = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop).value | (
        Qt.TextFlag.TextWordWrap.value)
    room = label.contentsRect()
    need = label.fontMetrics().boundingRect(0, 0, room.width(), 100_000, flags, label.text())
    return need.height() > room.height()


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_banner_s_detail_and_the_empty_list_s_reason_are_never_cut_through(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication,  # noqa: F811
        language: str) -> None:
    """QA of issue 19, L15: at 1024x768 in Spanish, with a message line under the recent
    scans, the unknown return's detail lost its first and last lines and the empty list's
    reason was cut after its second, above a table with no room for a row."""
    assert translation.apply_language(language)
    window = station_at(qtbot, make_window, 1024, 768)
    panel = window.scan_panel
    panel.submit_text("RP-999999")
    qtbot.waitUntil(lambda: panel.banner.result is not None and panel.banner.result.is_final,
                    timeout=10_000)
    window.show_message(translate("WalkinDialog", "Return {return_id} started: the slip was "
                                  "printed on {where}. Give it to the customer.").format(
                                      return_id="RT-W000001", where="Zebra-1"))
    window.list_panel.search.setText("zzzzqq")
    reason = window.list_panel.no_match
    loading = translate("ProcessListPanel", " — loading…")
    count = window.list_panel.count_label
    # Once REVER was searched too (the count says "loading…" meanwhile).
    qtbot.waitUntil(lambda: reason.isVisible() and loading not in count.text(), timeout=10_000)
    QApplication.processEvents()
    for label in (panel.banner.detail, reason):
        assert label.isVisible() and not lines_cut(label), (label.objectName(), label.text())
    assert "zzzzqq" in getattr(reason, "shown", reason.text)()
    assert window.width() <= 1024
    # The rows under the scan box and the message line (the list's own rows are the
    # layout tests'; with a search typed they are short of room in Spanish: not this).
    names = ("'bannerTitle'", "'bannerDetail'", "'noMatch'", "'noticeLine'", "'undoButton'")
    cut = [c for c in elided_or_cut(window) if any(name in c for name in names)]
    assert cut == [], "\n".join(cut)


def test_english_plurals_come_from_the_english_translation(qapp: QApplication) -> None:
    assert translation.apply_language("en")
    # No "(s)" to resolve in these: only revdesk_en.qm knows their singular.
    assert translate("Feedback", "%n returns match “{text}”", "", 1) == "1 return matches “{text}”"
    assert translate("Feedback", "%n returns match “{text}”", "", 2) == "2 returns match “{text}”"
    report = PrintReport(where="", pages=2, files=[Path("/l/a.pdf"), Path("/l/b.pdf")],
                         role="intake", process_ids=["RP-1", "RP-2"])
    assert job_message(report) == "Intake labels for 2 returns saved in /l (2 files)"
    one = translate("MainWindow", "%n scan(s) still waiting to be sent to REVER. They are kept "
                    "and sent when the station runs again, but not while it is closed.", "", 1)
    two = translate("MainWindow", "%n scan(s) still waiting to be sent to REVER. They are kept "
                    "and sent when the station runs again, but not while it is closed.", "", 2)
    assert one.startswith("1 scan still waiting") and two.startswith("2 scans still waiting")


def test_plurals_in_spanish_and_french(qapp: QApplication) -> None:
    assert translation.apply_language("fr")
    assert translate("ShelfBanner", "%n more on the shelf", "", 1) == "1 autre sur l'étagère"
    assert translate("ShelfBanner", "%n more on the shelf", "", 3) == "3 autres sur l'étagère"
    assert translation.apply_language("es")
    assert translate("StationHeader", "%n failed", "", 1) == "1 rechazado"
    assert translate("StationHeader", "%n failed", "", 2) == "2 rechazados"


@pytest.mark.parametrize("language,term", [("es", "rechazados"), ("fr", "refusées")])
def test_the_header_and_the_outbox_say_refused_alike_and_agree_with_one(
        qapp: QApplication, language: str, term: str) -> None:
    """QA of issue 19, L7/L20: the Outbox said "1 rechazados", and the header's chip
    "fallido" / "en échec" for the same changes."""
    assert translation.apply_language(language)
    heading = translate("OutboxView", "{pending} waiting to be sent · {failed} refused")
    one = heading.format(pending=0, failed=1)
    assert term in one and f"1 {term}" not in one, one
    assert translate("StationHeader", "%n failed", "", 2) == f"2 {term}"
    assert translate("StationHeader", "%n failed", "", 1) == f"1 {term[:-1]}"
    summary = translate("HistoryView", "Still waiting to be sent: {pending}; refused: {failed}.")
    assert term in summary, summary


def test_qt_s_own_buttons_follow_the_language(qapp: QApplication) -> None:
    """Qt's own texts (a dialog's Save and Cancel) come from the qtbase .qm in the wheel."""
    def texts() -> list[str]:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
        return sorted(b.text() for b in box.buttons())

    assert translation.apply_language("fr")
    assert texts() == ["Annuler", "Enregistrer"]
    assert translation.apply_language("es")
    assert texts() == ["Cancelar", "Guardar"]


def test_a_message_not_translated_yet_is_plain_english(qapp: QApplication) -> None:
    assert translation.apply_language("fr")
    assert translate("Nowhere", "%n box(es) left", "", 1) == "1 box left"
    assert translate("Nowhere", "%n box(es) left", "", 2) == "2 boxes left"


def test_dates_times_and_counts_in_french(qapp: QApplication) -> None:
    assert translation.apply_language("fr")
    assert short_time("2026-11-23T09:05:00") == "23/11/2026 09:05"
    assert date_time(datetime(2026, 11, 23, 9, 5, 7), seconds=True) == "23/11/2026 09:05:07"
    at = datetime(2026, 11, 23, 16, 5, 7).timestamp()
    assert clock(at) == "16:05:07"
    assert number(1234567).replace("\u202f", " ").replace("\xa0", " ") == "1 234 567"
    assert translation.apply_language("en")
    english = short_time("2026-11-23T09:05:00"), clock(at)  # not the French ones, cached
    assert [re.sub(r"\s", " ", text) for text in english] == ["11/23/26 9:05 AM", "4:05:07 PM"]
    assert number(1234567) == "1,234,567"
    assert f"{Decimal(0.04):.1f} s" == "0.0 s"
    assert translation.apply_language("fr")
    assert "{s:.1f} s / {s:.2f} / {s}".format(s=Decimal(12.345)) == "12,3 s / 12,35 / 12,345"


def test_the_language_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    assert translation.resolve("es") == "es" and translation.resolve("fr") == "fr"
    assert translation.resolve("de") == "en"  # a hand-edited settings file
    monkeypatch.setattr(translation, "system_language", lambda: "fr")
    assert translation.resolve("") == "fr"


def test_a_language_without_its_file_is_said_and_english_shown(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(translation, "resource", lambda *parts: tmp_path)  # no .qm there
    assert translation.apply_language("es") is False
    assert translate("ScanPanel", "Scan action:") == "Scan action:"
