"""Scans that land outside the scan box still reach it.

A barcode scanner is a keyboard: it types into whatever has the focus. After the operator
searched the list, opened a return or set a status in the detail, the next parcel's id went
into that field and was lost without a sound while the banner still showed the last green
tick (QA under Xvfb with xdotool). This filter, on the station window only:

- a character typed into a widget that takes no text (the list, a combo box, a button)
  moves the focus to the scan box and goes there, so the scan arrives whole;
- in a text field (the search, a filter), a scanner is told from a person by its pace: at
  least ``MIN_SCAN_CHARS`` characters, each within ``MAX_GAP_MS`` of the one before, ended
  by Enter or Tab. That burst is taken out of the field (its text is put back as it was)
  and submitted as a scan. People do not type ten characters 30 ms apart; scanners send
  them 1-10 ms apart. The pace is read from each key's own timestamp, so keys queued
  while the station was busy do not look like a burst.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

#: A scanner's keys come 1-10 ms apart; a person's 80 ms and more.
MAX_GAP_MS = 30
#: Shorter bursts are left alone (a person's quick double letter, a process id is longer).
MIN_SCAN_CHARS = 6
_ENDS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
#: Pressed on their own before a capital letter (a scanner sends Shift too): part of the
#: burst's pace, not an end of it.
_MODIFIER_KEYS = (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr,
                  Qt.Key.Key_Meta, Qt.Key.Key_CapsLock)
_COMMAND_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                      | Qt.KeyboardModifier.MetaModifier)


@dataclass
class _Burst:
    widget: QLineEdit
    text_before: str
    cursor_before: int
    chars: list[str] = field(default_factory=list)
    last_ms: int = 0


def _takes_text(widget: QWidget) -> bool:
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QAbstractSpinBox | QTextEdit | QPlainTextEdit)


def _printable(event: QKeyEvent) -> bool:
    text = event.text()
    return (len(text) == 1 and text.isprintable()
            and not event.modifiers() & _COMMAND_MODIFIERS)


class ScanCatcher(QObject):
    """Filters the key presses of the window's widgets that take the focus, once they are
    all built; dialogs and message boxes are left alone. Not an application-wide filter:
    that called Python for every event of the program, painting included, and slowed a
    list-filter keystroke by ~8 ms at 100,000 rows (bench/list_scale.py, 25 -> 33 ms)."""

    def __init__(self, window: QWidget, scan_box: QLineEdit,
                 submit: Callable[[str], object]) -> None:
        super().__init__(window)
        self.window = window
        self.scan_box = scan_box
        self.submit = submit
        self._burst: _Burst | None = None

    def install(self) -> None:
        for widget in self.window.findChildren(QWidget):
            if (widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget is not self.scan_box
                    and widget.window() is self.window):
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if not _takes_text(watched):
            if _printable(event):
                self._to_scan_box(event)
                return True
            return False
        if isinstance(watched, QLineEdit):
            return self._in_text_field(watched, event)
        return False

    def _to_scan_box(self, event: QKeyEvent) -> None:
        self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_box.selectAll()  # the key replaces what a half-typed id left there
        QApplication.sendEvent(self.scan_box, QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.text(),
            event.isAutoRepeat(), event.count()))

    def _in_text_field(self, edit: QLineEdit, event: QKeyEvent) -> bool:
        if event.key() in _MODIFIER_KEYS:
            return False
        at = event.timestamp()
        burst = self._burst
        paced = (burst is not None and burst.widget is edit and at > 0
                 and 0 <= at - burst.last_ms <= MAX_GAP_MS)
        if event.key() in _ENDS:
            self._burst = None
            if paced and burst is not None and len(burst.chars) >= MIN_SCAN_CHARS:
                edit.setText(burst.text_before)
                edit.setCursorPosition(burst.cursor_before)
                self.scan_box.setFocus(Qt.FocusReason.OtherFocusReason)
                self.submit("".join(burst.chars))
                return True
            return False
        if not _printable(event):
            self._burst = None
            return False
        if not paced or burst is None:
            burst = self._burst = _Burst(edit, edit.text(), edit.cursorPosition())
        burst.chars.append(event.text())
        burst.last_ms = at
        return False
