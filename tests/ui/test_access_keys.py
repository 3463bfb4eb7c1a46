"""Access keys (the & in a label): each Alt+letter of the station window does one thing.
Alt+C and Alt+S used to move to the list's search and status filter instead of opening the
Scan and Station menus, because a label and a menu shared the letter."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from station_window import MakeWindow

from revdesk.ui import translation
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


def dialog_wide(dialog: QWidget) -> list[tuple[str, str]]:
    """(access key, where) of everything Alt+letter reaches in ``dialog``: its buddy
    labels, buttons, group boxes and tabs (a tab's "&" switches to it)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if widget.window() is not dialog or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((key(widget.text()), f"label {widget.text()}"))
        elif isinstance(widget, QAbstractButton):
            found.append((key(widget.text()), f"button {widget.text()}"))
        elif isinstance(widget, QGroupBox):
            found.append((key(widget.title()), f"group {widget.title()}"))
        elif isinstance(widget, QTabBar):
            found.extend((key(widget.tabText(i)), f"tab {widget.tabText(i)}")
                         for i in range(widget.count()))
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


def opened_by(qtbot: QtBot, trigger: Callable[[], object]) -> QDialog:
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    trigger()

    def new() -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]

    qtbot.waitUntil(lambda: bool(new()), timeout=10_000)
    return new()[0]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_every_access_key_of_each_dialog_is_unique(qtbot: QtBot, make_window: MakeWindow,
                                                   language: str) -> None:
    """QA of issue 19, L12: the two printer boxes of Settings and Label printers repeated
    theirs in every language, Spanish Settings "&Dirección"/"por &defecto", English
    "&prefix"/"&pattern", Shelf "&Reintentar"/"&Retirados", History "&Export"/"&Events"."""
    assert translation.apply_language(language)
    window = make_window()
    labels, station, shift = window.label_actions, window.station_actions, window.shift_actions
    found = {}
    for action in (station.settings, labels.choose_printer, shift.show_shelf,
                   shift.show_history, window.walkin_actions.walkin, station.reversio):
        dialog = opened_by(qtbot, action.trigger)
        found[dialog.objectName()] = repeated(dialog_wide(dialog))
        if dialog.objectName() == "settingsDialog":
            accounts = opened_by(qtbot, dialog.open_reversio_accounts)
            found[accounts.objectName()] = repeated(dialog_wide(accounts))
            accounts.reject()
            more = opened_by(qtbot, dialog.open_rever_accounts)
            found[more.objectName()] = repeated(dialog_wide(more))
            more.reject()
        dialog.reject()
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible(), timeout=5_000)
    assert set(found) >= {"settingsDialog", "printersDialog", "shelfView", "historyView",
                          "walkinDialog", "reversioDialog", "reversioAccountsDialog",
                          "reverAccountsDialog"}, found
    assert {name: keys for name, keys in found.items() if keys} == {}
