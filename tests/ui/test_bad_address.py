"""An API address that is no address at all (an unclosed bracket, a port beyond 65535, a
control character) is a configuration problem the window shows, as it shows a plain http
address: the window opens, says "not configured", and the scan says what to fix."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from revdesk.config import StationSettings
from revdesk.domain.scanning import Severity
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:99999",
                                 "http://127.0.0.1\x01:8000"],
                         ids=["unclosed-bracket", "port-99999", "control-character"])
def test_a_bad_address_in_the_settings_shows_the_configuration_problem(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow,
        url: str) -> None:
    monkeypatch.setenv("REVDESK_API_KEY", "sk-live-never-sent")
    window = make_window(StationSettings(api_url=url))
    assert "NOT CONFIGURED" in window.header.connection.text()
    assert window.core.error is not None
    assert "is not a valid address" in window.core.error.operator_message
    window.scan_panel.submit_text("RP-100001")
    qtbot.waitUntil(lambda: window.core.pipeline.recent[-1].is_final, timeout=10_000)
    banner = window.scan_panel.banner
    assert banner.severity is Severity.ERROR
    assert "Fix it in the station settings" in banner.detail.text()
    assert "\x01" not in banner.detail.text()
