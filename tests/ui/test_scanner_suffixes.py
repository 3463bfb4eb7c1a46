"""Scanners that end a read with LF (sent as Ctrl+J) or CR (Ctrl+M), and slow ones (QA F14,
F21): the read is submitted and the window's Outbox / manual order shortcuts do not fire;
with no read being typed those shortcuts still work. Keys carry a scanner's timestamps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded, type_into

from revdesk.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_key(widget: QWidget, key: Qt.Key, at_ms: int) -> bool:
    """Ctrl+``key`` as Qt delivers it: first the ShortcutOverride (accepted: the focus
    widget keeps the key; not accepted: the window's shortcut fires, as Qt's shortcut map
    does, and the key goes no further), then the key press. Returns whether it was kept."""
    override = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL, chr(key & 0x1F))
    override.setTimestamp(at_ms)
    override.ignore()
    QApplication.sendEvent(widget, override)
    if not override.isAccepted():
        sequence = f"Ctrl+{chr(key)}"
        window = widget.window()
        window = window.parentWidget().window() if window.parentWidget() else window
        for action in window.actions():
            if action.shortcut().toString() == sequence and action.isEnabled():
                action.trigger()
        return False
    press = QKeyEvent(QEvent.Type.KeyPress, key, CTRL, chr(key & 0x1F))
    press.setTimestamp(at_ms)
    QApplication.sendEvent(widget, press)
    return True


def scanned(window: MainWindow) -> list[str]:
    return [r.cleaned for r in window.core.pipeline.recent]


def outbox_open(window: MainWindow) -> bool:
    view = window.shift_actions.outbox_view
    return view is not None and view.isVisible()


def test_a_scanners_lf_suffix_ends_the_read_and_never_opens_the_outbox(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    last = type_into(box, "RP-100004", start_ms=50_000, gap_ms=3, end=None)
    assert ctrl_key(box, Qt.Key.Key_J, last + 3)
    qtbot.waitUntil(lambda: scanned(window) == ["RP-100004"])
    assert box.text() == "" and not outbox_open(window)


def test_cr_lf_is_one_end_and_ctrl_m_ends_a_read_too(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    last = type_into(box, "RP-100004", start_ms=60_000, gap_ms=3)  # CR as Enter
    assert ctrl_key(box, Qt.Key.Key_J, last + 2)  # its LF
    last = type_into(box, "RP-100005", start_ms=61_000, gap_ms=3, end=None)
    assert ctrl_key(box, Qt.Key.Key_M, last + 3)  # CR as Ctrl+M
    assert ctrl_key(box, Qt.Key.Key_J, last + 5)  # and its LF
    qtbot.waitUntil(lambda: scanned(window) == ["RP-100004", "RP-100005"])
    assert not outbox_open(window)


def test_ctrl_j_with_no_read_being_typed_still_opens_the_outbox(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    box = window.scan_panel.scan_box
    qtbot.waitUntil(box.hasFocus)
    last = type_into(box, "RP-100004", start_ms=70_000, gap_ms=3)
    assert not ctrl_key(box, Qt.Key.Key_J, last + 2_000)  # a person, two seconds later
    assert outbox_open(window)
    window.shift_actions.outbox_view.reject()
    qtbot.waitUntil(box.hasFocus)
    type_into(box, "RP-1000", start_ms=80_000, gap_ms=150, end=None)  # typed by hand
    assert not ctrl_key(box, Qt.Key.Key_J, 81_200)
    assert outbox_open(window) and box.text() == "RP-1000"


def test_an_lf_suffix_in_the_search_field_scans_the_read(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    search = window.list_panel.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    last = type_into(search, "RP-100004", start_ms=90_000, gap_ms=3, end=None)
    assert ctrl_key(search, Qt.Key.Key_J, last + 3)
    qtbot.waitUntil(lambda: scanned(window) == ["RP-100004"])
    assert search.text() == "" and not outbox_open(window)


def test_a_scanners_cr_lf_in_a_dialog_is_one_end(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    box = QMessageBox(QMessageBox.Icon.Information, "Label", "Printed.",
                      QMessageBox.StandardButton.Ok, window)
    window.open_dialog(box)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is box)
    last = type_into(None, "RP-100006", start_ms=100_000, gap_ms=3)
    focused = QApplication.focusWidget()
    assert focused is not None and ctrl_key(focused, Qt.Key.Key_J, last + 2)
    qtbot.waitUntil(lambda: scanned(window) == ["RP-100006"])
    assert box.isVisible() and not outbox_open(window)


def test_a_slow_scanner_in_a_dialog_is_a_scan_not_the_default_button(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """A cordless scanner sends a key every 45 ms (QA F21): its read used to be lost and
    its Enter pressed the dialog's default button."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    box = QMessageBox(QMessageBox.Icon.Information, "Label", "Printed.",
                      QMessageBox.StandardButton.Ok, window)
    window.open_dialog(box)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is box)
    type_into(None, "RP-100007", start_ms=110_000, gap_ms=45)
    qtbot.waitUntil(lambda: scanned(window) == ["RP-100007"])
    qtbot.wait(50)
    assert box.isVisible()
