"""The station window, started as ``revdesk`` starts it, then left the way ``argv[1]`` says:
``close`` (the window's close button), ``ctrl-q`` (the key, typed into the window),
``sigterm`` (the signal, sent to this process), ``about-to-quit`` (Qt's loop quit from
outside, as a session logout does, with no window close) or ``sigterm-while-starting``
(the signal before the window exists, as ``revdesk`` holds it from its first line).
Before leaving, the operator scans ``argv[2:]`` with REVER holding every status change,
so scans are still in the station when it goes. Prints one JSON line: the exit code and what was left open."""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from revdesk import startup
from revdesk.core import StationCore
from revdesk.ui import app as station_app
from revdesk.ui.main_window import MainWindow

HOW = sys.argv[1]
SCANS = sys.argv[2:]
station_app.SHUTDOWN_GRACE_S = 0.5  # REVER holds the changes longer: they must be kept
seen: dict[str, Any] = {}


def window() -> MainWindow | None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    found = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return found[0] if found else None


def scan_then_leave() -> None:
    shown = window()
    if shown is None or shown.model.rowCount() == 0:
        QTimer.singleShot(50, scan_then_leave)
        return
    seen["window"] = shown
    seen["printer"] = shown.label_actions.printer  # its executor is made now
    box = shown.scan_panel.scan_box
    for scan in SCANS:  # as the scanner types: characters, then Enter
        QTest.keyClicks(box, scan)
        QTest.keyClick(box, Qt.Key.Key_Return)
    QTimer.singleShot(800, leave)  # the first change is at REVER (held), the rest queued


def leave() -> None:
    shown = seen["window"]
    if HOW == "close":
        shown.close()
    elif HOW == "ctrl-q":
        shown.activateWindow()
        QTest.keyClick(shown, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
        # Scans wait to be sent: the station asks first, and the operator says quit.
        QTimer.singleShot(100, quit_anyway)
    elif HOW == "sigterm":
        os.kill(os.getpid(), signal.SIGTERM)
    elif HOW == "about-to-quit":
        QCoreApplication.quit()
    else:
        raise SystemExit(f"unknown way out: {HOW}")


def quit_anyway() -> None:
    shown = seen["window"]
    box = shown.findChild(QWidget, "confirmQuit")
    if box is None or not box.isVisible():
        QTimer.singleShot(50, quit_anyway)
        return
    box.yes_button.click()


class WatchedCore(StationCore):
    def start(self) -> None:
        super().start()
        seen["core"] = self


station_app.StationCore = WatchedCore  # type: ignore[misc]
if HOW == "sigterm-while-starting":
    startup.hold_stop_signals()
    os.kill(os.getpid(), signal.SIGTERM)
else:
    QTimer.singleShot(0, scan_then_leave)
rc = station_app.run_station(["revdesk"])
core, printer = seen.get("core"), seen.get("printer")
client = core.backend.client.transport._client if core and core.backend else None
print(json.dumps({
    "rc": rc,
    "reached": "window" in seen,
    "client_closed": client is not None and client.is_closed,
    "executor_closed": printer is not None and printer._executor._shutdown,
}), flush=True)
