"""Long words never widen the window: a station or operator name, an API address, a list
error. A window wider than the screen hides the list and the detail, and the connection
state with them, exactly when the network drops."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from revdesk.domain.connection import ConnectionState
from revdesk.ui.elided_label import ElidedLabel, LinesLabel
from revdesk.ui.main_window import MainWindow


def test_a_long_text_is_cut_to_fit_and_whole_in_the_tooltip(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    label = ElidedLabel(box)
    row.addWidget(label)
    label.setToolTip("why it is so")
    whole = "operator " + "Maria-Fernanda " * 20
    label.setText(whole)
    box.resize(300, 40)
    box.show()
    qtbot.waitExposed(box)
    assert label.is_cut() and label.width() <= 300
    assert label.text() == whole  # the caller still reads the whole text
    assert label.toolTip() == f"{whole}\nwhy it is so"
    box.resize(label.sizeHint().width() + 40, 40)  # room again: the whole text comes back
    qtbot.waitUntil(lambda: not label.is_cut())
    assert label.toolTip() == "why it is so"


def test_long_names_and_messages_never_widen_the_window(
        make_window: Callable[..., MainWindow], qapp: QApplication) -> None:
    window = make_window()
    qapp.processEvents()
    before = window.minimumSizeHint().width()
    header = window.header
    header.backend_label = "https://" + "x" * 200 + ".example.com"
    header.set_state(ConnectionState.OFFLINE, "the network is down")
    header.set_identity("e" * 120, "DOCK " * 40, "Maria-Fernanda " * 30)
    header.set_queued(1234, 56)
    window.list_panel.show_load_error("no route to the server " * 30)
    window.list_panel.count_label.setText("12 shown of 200 loaded " * 20)
    qapp.processEvents()
    # Wider than it was only while it still fits the smallest screen a station has.
    assert window.minimumSizeHint().width() <= max(before, 1024)
    assert header.operator.is_cut() and header.operator.text().endswith("Maria-Fernanda ")
    assert not header.queued.is_cut()  # the failures stay in sight, whatever else is cut
    assert "x" * 200 in header.connection.toolTip()
    assert "the network is down" in header.connection.toolTip()


def test_lines_that_do_not_fit_end_with_an_ellipsis_whole_in_the_tooltip(qtbot: QtBot) -> None:
    label = LinesLabel()
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    text = " ".join(f"word{i}" for i in range(80))
    label.setText(text)
    line = label.fontMetrics().lineSpacing()
    label.resize(200, 2 * line + 4)
    assert label.text() == text and label.is_cut() and label.fits()
    assert label.shown().endswith("…") and text in label.toolTip()
    assert label.minimumSizeHint().height() < 2 * line  # one line: the list keeps its rows
    label.resize(2000, 20 * line)  # room again: whole, no tooltip
    assert label.shown() == text and label.toolTip() == "" and label.fits()
