"""Safer scan actions in the real window (issue 15, item 6), checked over HTTP against the
sandbox on loopback: CANCELED and ERROR apply to one scan (or ask before each, a setting),
Ctrl+Z takes back a recent scan at once and asks for an older one, and every scan turns
the banner to "sending…" at once."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from station_window import MakeWindow

from revdesk.config import ScanSettings, StationSettings
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import Severity
from revdesk.settings_store import SettingsStore
from revdesk.ui.icons import Symbol
from revdesk.ui.main_window import MainWindow

KEY = {"x-rever-api-key": "test"}


def pids_with_status(url: str, status: str, count: int) -> list[str]:
    answer = httpx.get(f"{url}/v1/processes", params={"shipping_status": status,
                                                      "page_size": 200}, headers=KEY)
    answer.raise_for_status()
    pids = [p["process_id"] for p in answer.json()["processes"]]
    assert len(pids) >= count, f"the sandbox has only {len(pids)} {status} returns"
    return pids[:count]


def status_of(url: str, pid: str) -> str:
    answer = httpx.get(f"{url}/v1/processes/{pid}", headers=KEY)
    answer.raise_for_status()
    return str(answer.json()["process"]["shipping_status"])


def posts(sandbox: Any) -> list[dict[str, Any]]:
    return [r["body"] for r in sandbox.requests() if r["method"] == "POST"]


def scan(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.scan_panel.scan_box
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def wait_final(qtbot: QtBot, window: MainWindow, count: int) -> None:
    pipeline = window.core.pipeline
    qtbot.waitUntil(lambda: pipeline.pending == 0
                    and sum(r.is_final for r in pipeline.recent) >= count, timeout=15_000)


def undo_key(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.scan_panel.scan_box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def ready(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.scan_panel.scan_box.hasFocus)


def test_cancelled_applies_to_one_scan_then_the_default_is_back(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    first, second = pids_with_status(loopback.url, "COLLECTED", 2)
    window = make_window()
    ready(qtbot, window)
    panel = window.scan_panel
    panel.actions_by_name["CANCELED"].trigger()  # its F-key
    assert panel.action_combo.currentData() == "CANCELED"
    scan(qtbot, window, first)
    # Back at once: the next parcel of a burst is not cancelled either.
    assert panel.action_combo.currentData() == "IN_WAREHOUSE"
    assert panel.actions_by_name["IN_WAREHOUSE"].isChecked()
    scan(qtbot, window, second)
    wait_final(qtbot, window, 2)
    assert status_of(loopback.url, first) == "CANCELED"
    assert status_of(loopback.url, second) == "IN_WAREHOUSE"
    assert panel.scan_box.hasFocus()


def test_with_the_setting_error_stays_and_asks_before_each_scan(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    (pid,) = pids_with_status(loopback.url, "COLLECTED", 1)
    window = make_window(StationSettings(scan=ScanSettings(risky_actions="confirm")))
    ready(qtbot, window)
    panel = window.scan_panel
    panel.actions_by_name["ERROR"].trigger()
    scan(qtbot, window, pid)
    box = panel.confirmation
    assert box is not None and box.objectName() == "confirmRisky"
    qtbot.waitExposed(box)
    assert pid in box.text() and box.yes_button.text() == "Set ERROR"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter: the safe answer
    qtbot.waitUntil(lambda: panel.confirmation is None)
    assert list(window.core.pipeline.recent) == [] and posts(loopback) == []
    scan(qtbot, window, pid)
    box = panel.confirmation
    assert box is not None
    box.yes_button.click()
    wait_final(qtbot, window, 1)
    assert status_of(loopback.url, pid) == "ERROR"
    assert panel.action_combo.currentData() == "ERROR"  # stays: every scan asks


def test_undo_takes_back_a_recent_scan_at_once_and_asks_for_an_older_one(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    old_pid, recent_pid = pids_with_status(loopback.url, "COLLECTED", 2)
    window = make_window()
    ready(qtbot, window)
    panel = window.scan_panel
    scan(qtbot, window, old_pid)
    wait_final(qtbot, window, 1)
    old = window.core.pipeline.recent[-1]
    old.scanned_at -= 45  # as if scanned 45 s ago
    scan(qtbot, window, recent_pid)
    wait_final(qtbot, window, 2)
    undo_key(qtbot, window)  # the last scan, seconds old: no question
    assert panel.confirmation is None
    wait_final(qtbot, window, 3)
    assert status_of(loopback.url, recent_pid) == "COLLECTED"
    undo_key(qtbot, window)  # a second Ctrl+Z reaches the 45 s old scan: asked
    box = panel.confirmation
    assert box is not None and box.objectName() == "confirmUndo"
    qtbot.waitExposed(box)
    assert old_pid in box.text() and "45 s ago" in box.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is box)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter keeps it
    qtbot.waitUntil(lambda: panel.confirmation is None)
    qtbot.waitUntil(panel.scan_box.hasFocus)  # back to the scan box
    assert status_of(loopback.url, old_pid) == "IN_WAREHOUSE"
    undo_key(qtbot, window)
    box = panel.confirmation
    assert box is not None
    box.yes_button.click()
    wait_final(qtbot, window, 4)
    assert status_of(loopback.url, old_pid) == "COLLECTED"
    assert window.core.pipeline.recent[-1].undo_of is old


def test_every_scan_shows_sending_at_once_not_the_last_green_tick(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    first, second = pids_with_status(loopback.url, "COLLECTED", 2)
    window = make_window()
    ready(qtbot, window)
    banner = window.scan_panel.banner
    scan(qtbot, window, first)
    wait_final(qtbot, window, 1)
    assert banner.severity is Severity.OK and banner.shown_symbol is Symbol.OK
    loopback.set_faults(latency_ms=1500)  # the connection drops: answers come late
    scan(qtbot, window, second)
    # At once, before any answer.
    assert banner.severity is Severity.PENDING
    assert banner.title.text() == f"{second}: sending…" and banner.shown_symbol is Symbol.PENDING
    wait_final(qtbot, window, 2)
    loopback.reset_faults()
    assert window.core.pipeline.recent[-1].outcome in (Outcome.DELIVERED, Outcome.QUEUED)


def test_the_lead_sets_what_cancelled_and_error_leave_selected(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.station_actions.open_settings()
    dialog = window.station_actions.settings_dialog
    assert dialog is not None and dialog.risky_actions.currentData() == "one_scan"
    dialog.risky_actions.setCurrentIndex(dialog.risky_actions.findData("confirm"))
    dialog.save()
    assert SettingsStore().stored.scan.risky_actions == "confirm"
    assert window.core.settings.current.scan.risky_actions == "confirm"
    window.scan_panel.set_action("CANCELED")
    window.scan_panel.submit_text("RP-100004")
    assert window.scan_panel.confirmation is not None  # read when used: no restart
    assert list(window.core.pipeline.recent) == []


def test_an_older_scans_green_tick_does_not_cover_a_newer_scan_still_sending(
        qtbot: QtBot, loopback: Any, make_window: MakeWindow) -> None:
    first, second = pids_with_status(loopback.url, "COLLECTED", 2)
    window = make_window()
    ready(qtbot, window)
    banner = window.scan_panel.banner
    # The second parcel's check is held: it overlaps the first one's (the pipeline checks
    # scans together), so only a held answer makes "still sending" last for sure.
    client, release = window.core.pipeline.client, asyncio.Event()

    class HoldSecond:
        def __getattr__(self, name: str) -> Any:
            return getattr(client, name)

        async def get_process(self, process_id: str) -> Any:
            if process_id == second:
                await release.wait()
            return await client.get_process(process_id)

    window.core.pipeline.client = HoldSecond()
    loopback.set_faults(latency_ms=400)
    scan(qtbot, window, first)
    scan(qtbot, window, second)  # the next parcel, before the first one's answer
    results = list(window.core.pipeline.recent)
    qtbot.waitUntil(lambda: results[0].is_final, timeout=15_000)
    assert results[0].outcome is Outcome.DELIVERED and not results[1].is_final
    assert banner.title.text() == f"{second}: sending…"  # not the first one's ✔
    release.set()
    wait_final(qtbot, window, 2)
    loopback.reset_faults()
    assert banner.result is results[1] and banner.severity is Severity.OK
