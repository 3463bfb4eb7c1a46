"""A scan while a menu is open or the menu bar is active (QA F17): the scanner's letters are
the menus' access keys (a "Q" in the Station menu quit the station). The read goes to the
scan pipeline and the menus close; a person's single letter still acts in the menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded, type_into

from revdesk.ui.main_window import MainWindow
from revdesk.ui.scan_catcher import MENU_HOLD_MS

# A popup menu grabs the keyboard; the offscreen platform says it cannot (keys are sent to
# the popup by the test, as Qt sends them to the active popup).
pytestmark = pytest.mark.qt_log_ignore("does not support grabbing the keyboard")


def raws(window: MainWindow) -> list[str]:
    return [r.raw for r in window.core.pipeline.recent]


def open_menu(qtbot: QtBot, window: MainWindow, name: str) -> QMenu:
    menu = window.findChild(QMenu, name)
    assert menu is not None
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    return menu


def test_a_scan_with_a_q_in_the_station_menu_is_scanned_and_never_quits(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    menu = open_menu(qtbot, window, "stationMenu")
    type_into(None, "QRP-100004", start_ms=10_000, gap_ms=3)
    qtbot.waitUntil(lambda: raws(window) == ["QRP-100004"])
    assert window.isVisible() and not menu.isVisible()
    assert window.scan_panel.scan_box.hasFocus() and window.scan_panel.scan_box.text() == ""


def test_the_rest_of_a_burst_sent_to_the_closed_menu_reaches_the_scan_box(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The menu holds the keyboard: the X server sends it the keys that were on their way
    when it closed (under Xvfb one read in three was lost so)."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    menu = open_menu(qtbot, window, "shiftMenu")
    type_into(menu, "RP-100004", start_ms=15_000, gap_ms=3)
    qtbot.waitUntil(lambda: raws(window) == ["RP-100004"])
    assert not menu.isVisible() and window.shift_actions.shelf_view is None


def test_a_slow_scanners_read_in_a_menu_reaches_the_pipeline(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    open_menu(qtbot, window, "scanMenu")
    type_into(None, "RP-100004", start_ms=20_000, gap_ms=45)
    qtbot.waitUntil(lambda: raws(window) == ["RP-100004"])
    assert QApplication.activePopupWidget() is None


def test_a_persons_letter_in_a_menu_still_chooses_its_item(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    window.activateWindow()
    mute = window.station_actions.mute
    before = mute.isChecked()
    menu = open_menu(qtbot, window, "stationMenu")
    type_into(None, "m", start_ms=30_000, gap_ms=3, end=None)  # &Mute sounds
    assert mute.isChecked() is before and menu.isVisible()  # held a moment
    qtbot.wait(MENU_HOLD_MS * 3)
    qtbot.waitUntil(lambda: mute.isChecked() is not before)
    assert raws(window) == []


def test_a_scan_while_the_menu_bar_is_active_goes_to_the_pipeline(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """After Alt (or F10) and Escape the bar stays active; "Shi&ft"/"&Parcels…" letters
    opened the shelf and the reads were lost."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    bar = window.menuBar()
    qtbot.keyClick(window.scan_panel.scan_box, Qt.Key.Key_Alt)
    qtbot.waitUntil(bar.hasFocus)
    type_into(None, "RP-100005", start_ms=40_000, gap_ms=3)
    qtbot.waitUntil(lambda: raws(window) == ["RP-100005"])
    assert QApplication.activePopupWidget() is None and not bar.hasFocus()
    assert window.shift_actions.shelf_view is None


def test_quit_has_no_access_key_and_asks_while_scans_wait(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    quit_action = window.station_actions.quit
    assert "&" not in quit_action.text()  # no bare letter from the open Station menu
    window.scan_panel.submit_text("RP-100004")
    assert window.core.pipeline.pending == 1
    quit_action.trigger()
    box = window.findChild(QMessageBox, "confirmQuit")
    assert box is not None and box.defaultButton() is box.no_button
    assert "1 scan still waiting" in box.text()
    box.no_button.click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.isVisible()
    qtbot.waitUntil(lambda: window.core.pipeline.pending == 0, timeout=15_000)
    quit_action.trigger()  # nothing waits: closes at once
    qtbot.waitUntil(lambda: not window.isVisible())


def test_a_scan_in_a_text_fields_context_menu_reaches_the_pipeline(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """Qt makes a text field's context menu when it opens: "Select All"'s letters (and
    the others') were the scanner's."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    search = window.list_panel.search
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5),
                              search.mapToGlobal(QPoint(5, 5)))
    QApplication.sendEvent(search, event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.wait(20)  # the guard takes the menu once it is up
    type_into(None, "RP-100006", start_ms=50_000, gap_ms=3)
    qtbot.waitUntil(lambda: raws(window) == ["RP-100006"])
    assert search.text() == "" and QApplication.activePopupWidget() is None


def test_a_menu_made_later_under_the_menu_bar_is_guarded_too(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """The menu bar's overflow menu (») is made when the bar first runs out of room."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    late = QMenu(window.menuBar())
    late.addAction("&Reprint")
    qtbot.wait(20)  # looked for once it is whole
    late.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is late)
    type_into(None, "RP-100007", start_ms=60_000, gap_ms=3)
    qtbot.waitUntil(lambda: raws(window) == ["RP-100007"])
    assert not late.isVisible()
