"""The station window on damaged or unusable local files (issue 16): it opens, never a raw
traceback; the core says which file and what to do; scanning goes on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from station_window import MakeWindow

from revdesk.api import errors
from revdesk.config import data_dir
from revdesk.domain.audit import AUDIT_FILE, STATUS_CHANGE
from revdesk.domain.local_files import LocalDataError
from revdesk.domain.outbox import OUTBOX_FILE
from revdesk.domain.outcomes import Outcome
from revdesk.domain.status import NotAProcessId
from revdesk.ui.errors import ErrorPresenter

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


def test_the_local_data_warning_is_titled_for_the_station_not_rever(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The warning about a damaged file is the station's own: titled so, not "REVER"."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / OUTBOX_FILE).write_bytes(GARBAGE)
    window = make_window()
    [warning] = window.core.warnings
    presenter = ErrorPresenter()  # with its dialog, as the station shows it
    titles: list[str] = []
    presenter.shown.connect(lambda title, text: titles.append(title))
    presenter.present(warning)
    box = presenter._box
    assert box is not None
    assert titles == [box.windowTitle()] and box.windowTitle().startswith("revdesk")
    assert "REVER" not in box.windowTitle()
    presenter.close_dialog()


@pytest.mark.parametrize(("error", "title"), [
    (errors.NotConfigured(), "revdesk — station settings"),
    (errors.InsecureUrl(), "revdesk — station settings"),
    (NotAProcessId("Not sent: “RP 1” is not a process id (it has spaces)."), "revdesk"),
    (errors.CertificateInvalid("self-signed certificate"), "REVER"),
    (errors.NotFound(), "REVER"),
    (errors.NetworkUnreachable(), "REVER"),
])
def test_each_dialog_is_titled_for_whose_problem_it_is(
        qapp: QApplication, error: errors.ApiError, title: str) -> None:
    presenter = ErrorPresenter(dialogs=False)
    titles: list[str] = []
    presenter.shown.connect(lambda shown, text: titles.append(shown))
    presenter.present(error)
    assert titles == [title]
