"""Access keys (the & in a label): each Alt+letter of the station window does one thing.
Alt+C and Alt+S used to move to the list's search and status filter instead of opening the
Scan and Station menus, because a label and a menu shared the letter."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot
from station_window import MakeWindow

from revdesk.ui.main_window import MainWindow


def key(text: str) -> str:
    """The Alt+letter an "&" in ``text`` gives ("" for none)."""
    return QKeySequence.mnemonic(text).toString()


def window_wide(window: MainWindow) -> list[tuple[str, str]]:
    """(access key, where) of everything Alt+letter reaches without a menu open: the
    menu bar's titles, the labels that move to their buddy, buttons and group boxes of
    the window itself (not of its dialogs or menus)."""
    found = [(key(a.text()), f"menu {a.text()}") for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((key(widget.text()), f"label {widget.text()}"))
        elif isinstance(widget, QAbstractButton):
            found.append((key(widget.text()), f"button {widget.text()}"))
        elif isinstance(widget, QGroupBox):
            found.append((key(widget.title()), f"group {widget.title()}"))
    return [(k, where) for k, where in found if k]


def in_menu(menu: QMenu) -> list[tuple[str, str]]:
    return [(key(a.text()), a.text()) for a in menu.actions() if key(a.text())]


def repeated(keys: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(k for k, _ in keys)
    return {k: [w for kk, w in keys if kk == k] for k, n in counts.items() if n > 1}


def test_every_access_key_of_the_window_is_unique(qtbot: QtBot,
                                                   make_window: MakeWindow) -> None:
    window = make_window()
    keys = window_wide(window)
    assert repeated(keys) == {}
    # The menus have theirs, and every buddy label one (the walk found them).
    assert {"Alt+S", "Alt+C", "Alt+R", "Alt+L", "Alt+H"} <= {k for k, _ in keys}
    assert any(where.startswith("label") for _, where in keys)
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert len(menus) >= 6
    for menu in menus:
        assert repeated(in_menu(menu)) == {}, menu.title()
        for action in menu.actions():  # submenus too
            if action.menu() is not None:
                assert repeated(in_menu(action.menu())) == {}, action.text()


def test_alt_c_and_alt_s_no_longer_move_to_the_list_filter(qtbot: QtBot,
                                                            make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    panel = window.list_panel
    labels = {QKeySequence.mnemonic(label.text()).toString(): label.buddy()
              for label in window.findChildren(QLabel) if label.buddy() is not None}
    assert "Alt+C" not in labels and "Alt+S" not in labels
    # The filter's own keys still reach it.
    assert labels[key(panel.search_label.text())] is panel.search
    assert labels[key(panel.status_label.text())] is panel.status_filter
    qtbot.keyClick(window.scan_panel.scan_box, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    assert not panel.search.hasFocus()
