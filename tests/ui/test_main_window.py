"""The window around the panels: connection state, sandbox banner, remembered layout,
settings, keyboard, bulk status, and a clean shutdown."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, confirm, loaded, type_into

from revdesk.config import data_dir, settings_path
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import Severity
from revdesk.ui import app as station_app
from revdesk.ui.dialogs.bulk_status import BulkStatusDialog
from revdesk.ui.dialogs.settings import SettingsDialog
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.main_window import MainWindow

KEY = {"x-rever-api-key": "test"}


def test_connection_state_and_backend_are_shown(qtbot: QtBot, loopback: Any,
                                                make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    assert "online" in window.header.connection.text()
    assert loopback.url in window.header.connection.text()
    assert not window.header.sandbox_banner.isVisible()
    assert "SANDBOX" not in window.windowTitle()


def test_the_embedded_sandbox_is_unmistakable(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    assert window.header.sandbox_banner.isVisible()
    assert "SANDBOX" in window.header.sandbox_banner.text() and "SANDBOX" in window.windowTitle()
    assert "built-in sandbox" in window.header.connection.text()


@pytest.fixture
def refused_key(make_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The station configured for a sandbox of its own that refuses the station's key."""
    server = make_sandbox(extra_args=["--api-key", "the-right-key"])
    monkeypatch.setenv("REVDESK_API_URL", server.url)
    monkeypatch.setenv("REVDESK_API_KEY", "a-wrong-key")
    return server


def test_a_refused_key_is_shown_and_scans_say_so(qtbot: QtBot, refused_key: Any,
                                                 make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: "API KEY REFUSED" in window.header.connection.text(), timeout=15_000)
    window.scan_panel.submit_text("RP-100001")
    qtbot.waitUntil(lambda: window.core.pipeline.recent[-1].is_final, timeout=10_000)
    result = window.core.pipeline.recent[-1]
    assert result.outcome is Outcome.REFUSED and result.severity is Severity.ERROR
    assert "API key was refused" in window.scan_panel.banner.detail.text()


def watch_first_load(window: MainWindow) -> list[int]:
    """Rows listed when ``first_load_done`` fired (one entry per emission)."""
    fired: list[int] = []
    window.first_load_done.connect(lambda: fired.append(window.model.rowCount()))
    return fired


def test_sounds_and_connection_checks_wait_for_the_first_page(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(show=False)
    loaded_sounds: list[int] = []
    window.sounds.preload = lambda delay_ms=0: loaded_sounds.append(delay_ms)  # type: ignore[method-assign]
    fired = watch_first_load(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.status.probe_timer.isActive() and not loaded_sounds and not fired
    qtbot.waitUntil(lambda: bool(fired), timeout=15_000)
    assert fired[0] > 0  # the first page was listed before anything else started
    assert window.status.probe_timer.isActive() and len(loaded_sounds) == 1
    window.returns.refresh_list(full=True)
    qtbot.waitUntil(lambda: not window.model.loading, timeout=15_000)
    assert len(fired) == 1 and len(loaded_sounds) == 1  # once per window, not per load


def test_a_failed_first_load_still_starts_the_checks(qtbot: QtBot, refused_key: Any,
                                                     make_window: MakeWindow) -> None:
    window = make_window(show=False)
    fired = watch_first_load(window)
    window.show()
    qtbot.waitUntil(lambda: bool(fired), timeout=15_000)
    assert fired == [0] and window.status.probe_timer.isActive()


def test_not_configured_opens_and_says_what_to_fix(qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   make_window: MakeWindow) -> None:
    monkeypatch.setenv("REVDESK_API_URL", "https://rever.example")  # no key anywhere
    monkeypatch.setattr("revdesk.config.load_api_key", lambda url: None)
    monkeypatch.setattr("revdesk.backend.load_api_key", lambda url: None)
    window = make_window()
    assert "NOT CONFIGURED" in window.header.connection.text()
    window.scan_panel.submit_text("RP-100001")
    qtbot.waitUntil(lambda: window.core.pipeline.recent[-1].is_final, timeout=10_000)
    assert window.scan_panel.banner.severity is Severity.ERROR
    assert "no API key" in window.scan_panel.banner.detail.text()


def test_window_geometry_and_columns_are_remembered(qtbot: QtBot,
                                                    make_window: MakeWindow) -> None:
    first = make_window()
    first.list_panel.view.setColumnWidth(2, 333)
    first.list_panel.view.horizontalHeader().moveSection(6, 1)
    first.close()
    state_file = data_dir() / "window.ini"
    assert state_file.exists()  # under REVDESK_DATA_DIR: tests never share it
    second = make_window()
    header = second.list_panel.view.horizontalHeader()
    assert second.list_panel.view.columnWidth(2) == 333 and header.visualIndex(6) == 1


def test_keyboard_reaches_everything(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    box, search = window.scan_panel.scan_box, window.list_panel.search
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert box.hasFocus()
    mute = window.station_actions.mute.shortcut()[0]  # whatever key it has, it works from the box
    qtbot.keyClick(box, mute.key(), mute.keyboardModifiers())
    assert window.sounds.muted and window.station_actions.mute.isChecked()
    qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert box.hasFocus()
    shortcuts = {s.toString() for a in window.actions() for s in a.shortcuts()}
    assert {"Ctrl+Z", "Ctrl+R", "Ctrl+F", "Ctrl+Shift+S", "F1", "F7", "Ctrl+7", "Esc",
            "Ctrl+,", "Ctrl+Q"} <= shortcuts


def test_settings_are_saved_without_the_key(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                            make_window: MakeWindow) -> None:
    stored_keys: list[tuple[str, str]] = []
    monkeypatch.setattr("revdesk.settings_store.save_api_key",
                        lambda url, key: stored_keys.append((url, key)))
    window = make_window()
    window.station_actions.settings.trigger()
    dialog = window.station_actions.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    dialog.station_name.setText("DOCK-2")
    dialog.operator_name.setText("Ana")
    dialog.id_pattern.setText(r"RP-\d{6}")
    dialog.try_scan.setText("]C1RP-100001\r")
    dialog.strip_prefix.setText("]C1")
    assert "✔" in dialog.try_result.text()
    dialog.api_url.setText("https://rever.example")
    dialog.api_key.setText("s3cret-key")
    dialog.buttons.accepted.emit()
    assert stored_keys == [("https://rever.example", "s3cret-key")]
    text = settings_path().read_text("utf-8")
    assert "s3cret-key" not in text
    saved = json.loads(text)
    assert saved["station_name"] == "DOCK-2" and saved["scan"]["id_pattern"] == r"RP-\d{6}"
    assert window._outcome == "restart"  # a new address or key reconnects


def test_platforms_and_reversio_accounts_changed_in_settings_apply_without_a_restart(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow) -> None:
    secrets: dict[str, str] = {}
    monkeypatch.setattr("revdesk.ui.dialogs.reversio_accounts.save_reversio_secrets",
                        lambda url, key, secret: secrets.update({url: key + secret}))
    window = make_window()
    window.station_actions.open_settings()
    dialog = window.station_actions.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    accounts = dialog.open_reversio_accounts()
    accounts.name.setText("EU shop")
    accounts.url.setText("https://reversio.example")
    accounts.subscription_key.setText("k-1")
    accounts.secret.setText("s-1")
    assert accounts.add(), accounts.error.text()
    # The window's Revers.io service has it at once, and nothing had to reconnect.
    assert window.core.reversio.account_names() == ["EU shop"] and window._outcome == "quit"
    accounts.reject()
    # A new merchant platform's address: its client is made with the backend, so the
    # window is built again on a new core (as for a new API address).
    dialog.platforms.merchant_url.setText("https://shop.example/api")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window._outcome == "restart"


def test_settings_apply_at_once_without_reconnecting(qtbot: QtBot,
                                                     make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    window.station_actions.open_settings()
    dialog = window.station_actions.settings_dialog
    dialog.station_name.setText("DOCK-9")
    dialog.id_pattern.setText("(")  # not a valid regular expression
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.error.text()
    dialog.id_pattern.setText(r"RP-\d{6}")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "DOCK-9" in window.header.identity.text() and window._outcome == "quit"
    result = window.scan_panel.submit_text("1Z999AA10123456784")
    assert result is not None and result.outcome is Outcome.NOT_AN_ID
    # Back to the scanner after a dialog (the focus widget of the window, which the
    # offscreen platform may not re-activate by itself).
    assert window.focusWidget() is window.scan_panel.scan_box


def test_bulk_status_for_the_selection(qtbot: QtBot, loopback: Any,
                                       make_window: MakeWindow) -> None:
    loopback.set_faults(rate429=0.3, retry_after_s=0.05)
    window = loaded(qtbot, make_window)
    view, model = window.list_panel.view, window.model
    selection = QItemSelection(model.index(0, 0), model.index(19, 0))
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    pids = [model.row_at(r).process_id for r in range(20)]
    window.returns.bulk.trigger()
    dialog = window.returns.bulk_dialog
    assert isinstance(dialog, BulkStatusDialog) and len(dialog.rows) == 20
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ERROR"))
    dialog.start_button.click()
    confirm(dialog)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30_000)
    loopback.reset_faults()
    summary = dialog.summary
    assert summary is not None
    cancelled = [r.process_id for r in dialog.rows if r.status == "CANCELED"]
    assert summary.done == 20 - len(cancelled) and summary.failed == len(cancelled)
    assert dialog.progress.value() == 20
    for pid in pids:
        status = httpx.get(f"{loopback.url}/v1/processes/{pid}", headers=KEY).json()[
            "process"]["shipping_status"]
        assert status == ("CANCELED" if pid in cancelled else "ERROR")
        row = model.row_of(pid)
        assert row is not None and model.row_at(row).status == status
    assert all(model.marks[pid][0] == (pid not in cancelled) for pid in pids)
    assert dialog.results.rows[0][2] in ("✔ set",) or pids[0] in cancelled


def test_closing_the_bulk_dialog_while_it_sends_stops_it_without_an_error(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow, presenter: ErrorPresenter,
        caplog: pytest.LogCaptureFixture) -> None:
    loopback.set_faults(latency_ms=40)
    window = loaded(qtbot, make_window)
    view, model = window.list_panel.view, window.model
    view.selectionModel().select(QItemSelection(model.index(0, 0), model.index(29, 0)),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    shown: list[str] = []
    presenter.shown.connect(lambda title, text: shown.append(text))
    window.returns.bulk.trigger()
    dialog = window.returns.bulk_dialog
    assert isinstance(dialog, BulkStatusDialog)
    dialog.start_button.click()
    confirm(dialog)
    job = dialog.job
    assert job is not None
    qtbot.waitUntil(lambda: job.finished >= 2, timeout=10_000)
    dialog.reject()  # the operator closes it while sends are on the wire
    qtbot.waitUntil(lambda: window.ops.running == 0, timeout=15_000)
    loopback.reset_faults()
    assert job.finished == 30 and shown == []  # the rest marked "not sent (stopped)"
    assert not [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


def test_closing_the_window_stops_the_station_cleanly(qtbot: QtBot, qloop: Any,
                                                      presenter: ErrorPresenter,
                                                      qapp: QApplication) -> None:
    task = asyncio.ensure_future(station_app.run_windows(presenter))

    def station_window() -> MainWindow | None:
        found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)
                 and w.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: station_window() is not None, timeout=15_000)
    window = station_window()
    assert window is not None
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=15_000)
    window.scan_panel.submit_text("RP-100002")
    window.station_actions.quit.trigger()  # closes right after a scan: the scan still goes out
    box = window.findChild(QMessageBox, "confirmQuit")
    assert box is not None  # the scan was still on its way: Quit asks first
    box.yes_button.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result() == 0
    assert window.core.pipeline.recent[-1].outcome is Outcome.DELIVERED
    assert window.ops.running == 0
    assert window.core.backend is not None
    assert window.core.backend.client.transport._client.is_closed


def test_a_search_typed_just_before_shutdown_starts_nothing_after(
        qtbot: QtBot, make_window: MakeWindow, arun: Any,
        caplog: pytest.LogCaptureFixture) -> None:
    window = loaded(qtbot, make_window)
    window.list_panel.search.setText("garcia")
    window.list_panel._server_search.start()  # as when more pages wait on REVER
    window.close()
    arun(window.shutdown(grace=1), timeout=15)
    assert not window.list_panel._server_search.isActive()
    caplog.set_level(logging.INFO, logger="revdesk.ui.operations")
    late = window.model.search_server("garcia")
    assert window.ops.run(late, label="Search") is None  # a late timer starts nothing
    assert late.cr_frame is None  # closed, so no "never awaited" warning either
    assert "Search not started: the window has shut down" in caplog.text


def test_from_the_search_to_a_match_with_the_keyboard(qtbot: QtBot,
                                                      make_window: MakeWindow) -> None:
    """STATION.md flow 2: type a name, pick the return. Down goes into the matches, Enter
    opens the one match."""
    window = loaded(qtbot, make_window)
    panel, model = window.list_panel, window.model
    pid = model.row_at(0).process_id
    opened: list[str] = []
    panel.open_requested.connect(lambda row: opened.append(row.process_id))
    search = panel.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    type_into(search, pid, start_ms=1_000, gap_ms=150)  # a person's pace: not a scan
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert opened == [pid]

    search.clear()
    name = model.row_at(0).customer.split()[-1]
    type_into(search, name, start_ms=10_000, gap_ms=150, end=Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: model.rowCount() >= 1)
    assert panel.view.hasFocus() and panel.view.currentIndex().row() == 0


def test_batch_print_is_offered_for_a_selection_with_no_return_open(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """QA (printers): rows selected, no return open: Batch print did nothing and said
    nothing (its action stayed disabled, since only opening a return updated it)."""
    window = loaded(qtbot, make_window)
    batch = window.label_actions.batch_print
    assert window.detail.current_details() is None and not batch.isEnabled()
    view = window.list_panel.view
    view.selectionModel().select(
        QItemSelection(window.model.index(0, 0), window.model.index(1, 0)),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert batch.isEnabled()
    view.clearSelection()
    assert not batch.isEnabled()
