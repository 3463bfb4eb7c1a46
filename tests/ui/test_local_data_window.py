"""The station window on damaged or unusable local files (issue 16): it opens, never a raw
traceback; the core says which file and what to do; scanning goes on."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from station_window import MakeWindow

from revdesk.config import data_dir
from revdesk.domain.audit import AUDIT_FILE, STATUS_CHANGE
from revdesk.domain.local_files import LocalDataError
from revdesk.domain.outbox import OUTBOX_FILE
from revdesk.domain.outcomes import Outcome

GARBAGE = b"\x00not a database\xff" * 500


def test_the_window_opens_on_a_damaged_outbox_and_audit_and_scans(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / OUTBOX_FILE).write_bytes(GARBAGE)
    (folder / AUDIT_FILE).write_bytes(GARBAGE)
    window = make_window()
    warnings = window.core.warnings
    assert sorted(w.path.name for w in warnings) == [AUDIT_FILE, OUTBOX_FILE]
    assert all(w.kept_as is not None and w.kept_as.name in w.operator_message
               and w.kept_as.read_bytes() == GARBAGE for w in warnings)
    result = window.scan_panel.submit_text("RP-100010")
    qtbot.waitUntil(lambda: result is not None and result.is_final, timeout=10_000)
    assert result is not None and result.outcome is Outcome.DELIVERED
    assert [e.process_id for e in window.core.audit.events(action=STATUS_CHANGE)] == ["RP-100010"]


def test_the_window_without_a_usable_outbox_says_which_file(make_window: MakeWindow) -> None:
    (data_dir() / OUTBOX_FILE).mkdir(parents=True)
    window = make_window()
    error = window.core.error
    assert isinstance(error, LocalDataError) and window.core.outbox is None
    assert str(data_dir() / OUTBOX_FILE) in error.operator_message
    assert OUTBOX_FILE in window.header.connection.toolTip()
