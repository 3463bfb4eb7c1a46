"""Text from REVER, a merchant or a scanner is shown as the string it is, in every label of
the window and its dialogs: a QLabel left to guess renders a '<' as markup (bold red text,
an image read from a local file, a link)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from revdesk.api import errors
from revdesk.api.models import Customer, Process
from revdesk.domain.audit import AuditLog
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanResult
from revdesk.settings_store import SettingsStore
from revdesk.ui.dialogs.history_view import HistoryView
from revdesk.ui.dialogs.settings import SettingsDialog
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]
HOSTILE = '<b style="color:red">X</b><img src="file:///etc/passwd">'
PLAIN = Qt.TextFormat.PlainText


def label(window: object, name: str) -> QLabel:
    found = window.findChild(QLabel, name)  # type: ignore[attr-defined]
    assert found is not None, name
    return found


def test_the_header_banner_and_scan_panel_show_rever_s_text_as_it_is(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.header.set_identity(HOSTILE, HOSTILE, HOSTILE)
    for name in ("stationIdentity", "operatorName", "connectionState", "queuedCount"):
        assert label(window, name).textFormat() == PLAIN, name
    assert HOSTILE in window.header.identity.text()

    banner = window.scan_panel.banner
    process = Process(process_id="RP-100001", customer=Customer(first_name=HOSTILE))
    banner.show_result(ScanResult(raw="RP-100001", cleaned="RP-100001", action="IN_WAREHOUSE",
                                  outcome=Outcome.DELIVERED, new_status="IN_WAREHOUSE",
                                  previous_status="COLLECTED", process=process))
    assert banner.title.textFormat() == PLAIN and banner.detail.textFormat() == PLAIN
    assert HOSTILE in banner.detail.text()
    refused = errors.InvalidArgument(f"REVER refused this request: {HOSTILE}")
    banner.show_result(ScanResult(raw=HOSTILE, cleaned="RP-1", action="IN_WAREHOUSE",
                                  outcome=Outcome.FAILED, error=refused))
    assert HOSTILE in banner.detail.text()
    for name in ("rawLabel", "waitingLabel", "shiftCounter", "loadError"):
        assert label(window, name).textFormat() == PLAIN, name


def test_dialogs_and_the_error_box_show_rever_s_text_as_it_is(
        qtbot: QtBot, tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3")
    history = HistoryView(audit, shift_started=lambda: 0.0)
    qtbot.addWidget(history)
    for name in ("historyStatus", "eventsCount", "summaryNote"):
        assert label(history, name).textFormat() == PLAIN, name
    settings = SettingsDialog(SettingsStore(tmp_path / "settings.json"))
    qtbot.addWidget(settings)
    for name in ("tryResult", "settingsError"):
        assert label(settings, name).textFormat() == PLAIN, name

    presenter = ErrorPresenter(dialogs=True)
    shown = presenter.present(errors.InvalidArgument(f"REVER refused this request: {HOSTILE}"))
    box = presenter._box
    assert box is not None and HOSTILE in shown
    try:
        assert box.textFormat() == PLAIN and HOSTILE in box.text()
    finally:
        box.close()
        audit.close()
