"""A key no request could carry (a line break or a non-ASCII letter pasted with it) is a
configuration problem the window shows, as it shows a missing key: never sent, never shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from revdesk.domain.scanning import Severity
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.mark.parametrize("key", ["sk-live\rX-Injected: 1", "sk-clé-live"])
def test_a_key_with_control_or_non_ascii_characters_shows_the_configuration_problem(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_window: MakeWindow,
        key: str) -> None:
    monkeypatch.setenv("REVDESK_API_URL", "https://rever.example")  # never reached
    monkeypatch.setenv("REVDESK_API_KEY", key)
    window = make_window()
    assert "NOT CONFIGURED" in window.header.connection.text()
    assert window.core.error is not None
    assert "REVDESK_API_KEY" in window.core.error.operator_message
    window.scan_panel.submit_text("RP-100001")
    qtbot.waitUntil(lambda: window.core.pipeline.recent[-1].is_final, timeout=10_000)
    banner = window.scan_panel.banner
    assert banner.severity is Severity.ERROR
    assert "Paste the key again" in banner.detail.text()
    assert key not in banner.detail.text() and key not in window.header.connection.toolTip()
