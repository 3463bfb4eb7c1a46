"""Help → About: version, data folder, log file, API address (never the key), and "Copy
diagnostics" with the versions, the settings without secrets and the log's last errors."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from station_window import MakeWindow

from revdesk import __version__, diagnostics
from revdesk.config import StationSettings
from revdesk.ui.dialogs.about import AboutDialog
from revdesk.ui.main_window import MainWindow

KEY = "sk-live-0123456789abcdef"


def open_about(qtbot: QtBot, window: MainWindow) -> AboutDialog:
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names == ["shortcuts", "about"]  # beside the keyboard shortcuts
    next(a for a in menu.actions() if a.objectName() == "about").trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def shown_text(dialog: AboutDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.fields.items()}


def test_about_on_the_sandbox(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    dialog = open_about(qtbot, window)
    data = Path(os.environ["REVDESK_DATA_DIR"])
    assert shown_text(dialog) == {
        "version": __version__, "data": str(data),
        "log": str(data / "logs" / "revdesk.log"),
        "api": "the built-in sandbox (no API key set)"}


@pytest.fixture
def keyed(shared_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("REVDESK_API_URL", shared_sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", KEY)
    return shared_sandbox


def test_about_names_the_api_address_never_the_key_and_copies_diagnostics(
        qtbot: QtBot, make_window: MakeWindow, keyed: Any) -> None:
    log_file = diagnostics.log_file()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    log_file.write_text(
        "2026-12-07 09:00:00,001 INFO revdesk.ui.app: revdesk starting\n"
        f"2026-12-07 09:01:00,002 ERROR revdesk.ui.errors: refused (key {KEY})\n"
        "Traceback (most recent call last):\n"
        '  File "x.py", line 1, in <module>\n'
        "httpx.ConnectError: [Errno 111] Connection refused\n"
        "2026-12-07 09:02:00,003 WARNING revdesk.domain.outbox: 2 changes queued\n"
        "2026-12-07 09:03:00,004 INFO revdesk.ui.app: station closed\n", encoding="utf-8")
    window = make_window(StationSettings(station_name="DOCK-7", operator_name="Ana"))
    dialog = open_about(qtbot, window)
    shown = shown_text(dialog)
    assert shown["api"] == keyed.url
    assert all(KEY not in text for text in shown.values())
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert KEY not in copied
    assert copied.startswith(f"revdesk {__version__}\nPython 3.")
    assert "\nQt 6." in copied and f"API: {keyed.url}" in copied
    assert f"log file: {log_file}" in copied
    assert '"station_name": "DOCK-7"' in copied and '"operator_name": "Ana"' in copied
    errors = copied.split("last warnings and errors in the log:\n", 1)[1]
    assert errors == (
        "2026-12-07 09:01:00,002 ERROR revdesk.ui.errors: refused (key ***)\n"
        "Traceback (most recent call last):\n"
        '  File "x.py", line 1, in <module>\n'
        "httpx.ConnectError: [Errno 111] Connection refused\n"
        "2026-12-07 09:02:00,003 WARNING revdesk.domain.outbox: 2 changes queued\n")
    assert dialog.copied.text().startswith("Copied")


def test_only_the_last_errors_of_a_long_log(tmp_path: Path) -> None:
    log = tmp_path / "revdesk.log"
    log.write_text("".join(f"2026-12-07 09:00:{i % 60:02d},000 ERROR x: error {i}\n"
                           f"2026-12-07 09:00:{i % 60:02d},000 INFO x: fine {i}\n"
                           for i in range(100)))
    found = diagnostics.last_errors(log, count=3)
    assert [line.rsplit(" ", 1)[-1] for line in found] == ["97", "98", "99"]
    assert diagnostics.last_errors(tmp_path / "none.log") == []
