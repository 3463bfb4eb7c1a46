"""What the window tests share: a station window whose list shows its first page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
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


def confirm(dialog: Any) -> None:
    """Say yes to the bulk dialog's question (Start asks, naming the count)."""
    box = dialog.confirm_box
    assert box is not None and box.isVisible()
    box.yes_button.click()


def press(widget: QWidget, key: Qt.Key, text: str, at_ms: int) -> None:
    """One key as the keyboard (or a scanner) sends it, with its own timestamp."""
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(at_ms)
    QApplication.sendEvent(widget, event)
    release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
    release.setTimestamp(at_ms)
    QApplication.sendEvent(widget, release)


def type_into(widget: QWidget | None, text: str, *, start_ms: int, gap_ms: int,
              end: Qt.Key | None = Qt.Key.Key_Return) -> int:
    """``text`` typed ``gap_ms`` apart (a scanner: 1-10 ms; a person: 100 ms and more),
    then ``end``; each key goes where Qt sends it at the moment when ``widget`` is None:
    the open popup menu, if any, else the focus widget. Returns the last key's time."""
    at = start_ms
    ends = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Enter: "\r", Qt.Key.Key_Tab: "\t"}

    def target() -> QWidget:
        focused = widget or QApplication.activePopupWidget() or QApplication.focusWidget()
        assert focused is not None, "no widget has the focus"
        return focused

    for char in text:
        if char.isupper():  # a scanner (or xdotool) presses Shift for a capital, as we do
            press(target(), Qt.Key.Key_Shift, "", at)
        key = Qt.Key.Key_Minus if char == "-" else Qt.Key(ord(char.upper()))
        press(target(), key, char, at)  # Qt's codes are ASCII's here
        at += gap_ms
    if end is not None:
        press(target(), end, ends.get(end, ""), at)
    return at
