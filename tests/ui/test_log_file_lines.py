"""The window's log file: a server's text with a line break in a log message stays inside
its record, so Help → About's "last errors" never shows a forged one."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from revdesk import diagnostics
from revdesk.ui import app as station_app

FORGED = "2026-12-07 10:00:00,000 ERROR revdesk.api: the station's key is abc"


def test_a_line_break_in_a_message_forges_no_record(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVDESK_DATA_DIR", str(tmp_path / "station"))
    package = logging.getLogger("revdesk")
    handlers, level = list(package.handlers), package.level
    station_app.setup_log_file()
    try:
        logging.getLogger("revdesk.test").warning("REVER said: %s", f"gone\n{FORGED}\x1b[2J")
        for handler in package.handlers:
            handler.flush()
    finally:
        for handler in set(package.handlers) - set(handlers):
            package.removeHandler(handler)
            handler.close()
        package.setLevel(level)
    errors = diagnostics.last_errors(diagnostics.log_file())
    assert len(errors) == 1 and errors[0].endswith(f"REVER said: gone\\n{FORGED}\\x1b[2J")
    assert "\x1b" not in diagnostics.log_file().read_text()
