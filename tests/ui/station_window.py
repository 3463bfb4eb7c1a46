"""What the window tests share: a station window whose list shows its first page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from revdesk.config import StationSettings
from revdesk.settings_store import SettingsStore
from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def loaded(qtbot: QtBot, make_window: MakeWindow, **kw: Any) -> MainWindow:
    """``make_window(**kw)``, once its list has the first page."""
    window = make_window(**kw)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.loading,
                    timeout=15_000)
    return window


def stored(settings: StationSettings) -> SettingsStore:
    """A settings store (the test's own settings file) holding ``settings``."""
    store = SettingsStore()
    store.save(settings)
    return store
