""""Scanned this shift" in the window is the audit log's count: what another process on the
data folder delivered shows too, a sign-in (in the sign-in setting) and "Reset the shift
counter" start a new shift, and a restart of the window keeps the count."""

from __future__ import annotations

import time
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from revdesk.config import StationSettings
from revdesk.domain.audit import STATUS_CHANGE, AuditLog
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def shown(window: MainWindow) -> str:
    return window.scan_panel.counter_label.text()


def delivered(audit: AuditLog, pid: str, source: str = "scan") -> None:
    audit.record(STATUS_CHANGE, process_id=pid, old="COLLECTED", new="IN_WAREHOUSE",
                 result="delivered", detail=source)


def test_the_header_reads_the_audit_count_and_a_sign_in_starts_a_shift(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(StationSettings(shift_starts="sign_in"))
    assert shown(window) == "Scanned this shift: 0"
    # Another process on the same data folder (a `revdesk outbox flush`) delivered two
    # scans the window had queued: its own audit connection, the same file.
    other = AuditLog(window.core.audit.path)
    delivered(other, "RP-100001")
    delivered(other, "RP-100002")
    delivered(other, "RP-100003", source="bulk")  # not a parcel scanned at the desk
    other.close()
    window.shift_actions.shift_count.refresh()  # what its poll does every 30 s
    assert shown(window) == "Scanned this shift: 2"

    time.sleep(0.01)  # the sign-in is later than what was counted, on any clock
    window.shift_actions.set_operator("Ana")
    qtbot.waitUntil(lambda: shown(window) == "Scanned this shift: 0")
    delivered(window.core.audit, "RP-100004")
    window.shift_actions.shift_count.refresh()
    assert shown(window) == "Scanned this shift: 1"
    # The same operator signing in again (the next morning): a new shift all the same.
    time.sleep(0.01)
    window.shift_actions.set_operator("Ana")
    qtbot.waitUntil(lambda: shown(window) == "Scanned this shift: 0")


def test_reset_starts_a_shift_that_a_restart_keeps(qtbot: QtBot,
                                                   make_window: MakeWindow) -> None:
    window = make_window()
    delivered(window.core.audit, "RP-100001")
    window.shift_actions.shift_count.refresh()
    assert shown(window) == "Scanned this shift: 1"
    time.sleep(0.01)
    window.station_actions.reset_counter.trigger()
    qtbot.waitUntil(lambda: shown(window) == "Scanned this shift: 0")
    delivered(window.core.audit, "RP-100002")
    window.close()
    again = make_window()  # a new core and window on the same data folder
    assert shown(again) == "Scanned this shift: 1"


def test_the_setting_in_the_settings_dialog_moves_the_shift_start(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """Midnight by default; chosen "when an operator signs in", the latest sign-in starts
    the shift, and the header follows at once."""
    from PySide6.QtWidgets import QDialogButtonBox

    from revdesk.settings_store import SettingsStore

    window = make_window()
    delivered(window.core.audit, "RP-100001")
    time.sleep(0.01)
    window.core.shift.signed_in("Ana")  # recorded whatever the setting
    window.shift_actions.shift_count.refresh()
    assert shown(window) == "Scanned this shift: 1"  # midnight: the sign-in starts nothing
    window.station_actions.settings.trigger()
    dialog = window.station_actions.settings_dialog
    assert dialog is not None
    assert dialog.shift_starts.currentData() == "day"
    dialog.shift_starts.setCurrentIndex(dialog.shift_starts.findData("sign_in"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert SettingsStore().stored.shift_starts == "sign_in"
    qtbot.waitUntil(lambda: shown(window) == "Scanned this shift: 0")
