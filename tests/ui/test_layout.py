"""How the window is laid out: usable at 1024x768 with nothing cut, the items of a return
readable, the shortcuts help as a table, icons that need no font."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QScrollArea,
    QTableView,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.api.models import Customer, LineItem, Process
from revdesk.domain.outbox import Entry
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import STATUS_COLUMN
from revdesk.domain.scanning import ScanResult
from revdesk.domain.shelf import ShelfItem
from revdesk.sandbox.seed import VARIANTS
from revdesk.ui import theme
from revdesk.ui.app import window_state
from revdesk.ui.dialogs.shortcuts import ShortcutsDialog
from revdesk.ui.elided_label import ElidedLabel
from revdesk.ui.fitting_text import FittingButton, FittingLabel
from revdesk.ui.main_window import MainWindow
from revdesk.ui.pick_list import PickListDialog


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    """The station's own look (Fusion, its palette, 13 pt type): what the operator sees,
    not the tests' default font. Put back after the test."""
    style, font, palette = qapp.style().name(), qapp.font(), qapp.palette()
    qapp.setStyle(theme.STYLE)
    theme.apply_theme(qapp)
    yield qapp
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)


def station_at(qtbot: QtBot, make_window: MakeWindow, width: int, height: int) -> MainWindow:
    """A station window of ``width`` x ``height`` with its list loaded, a return open and
    a few things to say in the header (an operator, changes queued and refused)."""
    window = make_window(show=False)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and not window.model.loading,
                    timeout=15_000)
    window.header.set_identity("acme-fashion-eu", "DOCK-2", "Maria Fernanda")
    window.header.set_queued(12, 3)
    pid = window.model.row_at(0).process_id
    window.returns.open_process(pid)
    qtbot.waitUntil(lambda: window.detail.current_details() is not None, timeout=10_000)
    # A scan on the banner: its title is the widest thing on it, beside the Undo button.
    window.scan_panel.submit_text(window.model.row_at(1).process_id)
    banner = window.scan_panel.banner
    qtbot.waitUntil(lambda: banner.result is not None and banner.result.is_final,
                    timeout=10_000)
    assert banner.undo_button.isVisible()
    QApplication.processEvents()
    return window


def recent_rows_shown(window: MainWindow) -> int:
    view = window.scan_panel.recent_view
    return view.viewport().height() // view.visualRect(view.model().index(0, 0)).height()


def drawn_text(widget: QWidget) -> str:
    if isinstance(widget, (FittingLabel,)):
        return widget.shown()
    if isinstance(widget, ElidedLabel):
        return QLabel.text(widget)
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def clipped(window: MainWindow) -> list[str]:
    """Every visible widget of the window that is cut: narrower or lower than it needs,
    outside the window, or a one-line text wider than its room (or cut with "…")."""
    found = []
    for widget in window.findChildren(QWidget):
        if (widget.window() is not window or isinstance(widget, QMenu)
                or not widget.isVisibleTo(window) or not widget.isVisible()):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} {drawn_text(widget)!r}"
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit)):
            need = widget.minimumSizeHint()
            if isinstance(widget, QLineEdit):  # a fixed height: its size hint's
                need = need.boundedTo(widget.sizeHint()).expandedTo(
                    QSize(need.width(), 0))
            if widget.width() < need.width() or widget.height() < need.height():
                found.append(f"{name}: {widget.size().toTuple()} < {need.toTuple()}")
            top_left = widget.mapTo(window, QPoint(0, 0))
            if not window.rect().contains(top_left) or not window.rect().contains(
                    top_left + QPoint(widget.width() - 1, widget.height() - 1)):
                found.append(f"{name}: outside the window")
        text = drawn_text(widget).replace("&&", "&").replace("&", "")
        if not text or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if "…" in text and not text.startswith("…") and text.rstrip().endswith("…") and (
                isinstance(widget, (ElidedLabel, FittingLabel))):
            found.append(f"{name}: cut with …")
        room = (widget.contentsRect().width() if isinstance(widget, QLabel)
                else widget.width() - 8)
        if widget.fontMetrics().horizontalAdvance(text) > room:
            found.append(f"{name}: text {widget.fontMetrics().horizontalAdvance(text)} > {room}")
    return found


def test_every_part_of_the_window_fits_and_reads_whole_at_1024x768(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication) -> None:
    window = station_at(qtbot, make_window, 1024, 768)
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 768
    assert window.size().toTuple() == (1024, 768)  # not pushed wider than the screen
    cut = clipped(window)
    assert cut == [], "\n".join(cut)
    # Shorter wordings, never cut ones; the whole one in the tooltip.
    banner = window.header.sandbox_banner
    assert banner.shown().startswith("SANDBOX") and "…" not in banner.shown()
    if banner.shown() != banner.text():
        assert banner.text() in banner.toolTip()
    bulk = window.list_panel.bulk_button
    assert bulk.text() in ("Set status of selected…", "Set status…")
    # The status, what the station changes, beside the process id and whole.
    table = window.list_panel.view
    assert table.horizontalHeader().visualIndex(STATUS_COLUMN) == 1
    assert (table.columnViewportPosition(STATUS_COLUMN) + table.columnWidth(STATUS_COLUMN)
            <= table.viewport().width())
    assert recent_rows_shown(window) == 3  # the height goes to the list and the items
    # A recent scan's line, cut by the list's width, is whole in its tooltip.
    recent = window.scan_panel.recent_model.index(0, 0)
    assert recent.data() in recent.data(Qt.ItemDataRole.ToolTipRole)
    assert "raw: " in recent.data(Qt.ItemDataRole.ToolTipRole)
    # The result banner stays the biggest thing on screen above the list, its title on
    # one line in large type.
    scan = window.scan_panel
    title = scan.banner.title
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    assert title.point_size() >= theme.BANNER_TEXT_POINT_SIZE + 4
    assert title.fontMetrics().height() > 1.5 * scan.banner.detail.fontMetrics().height()
    for other in (window.header, scan.recent_view, scan.scan_box, window.menuBar()):
        assert scan.banner.height() > other.height()


def test_the_window_says_everything_whole_at_1920x1080(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication) -> None:
    window = station_at(qtbot, make_window, 1920, 1080)
    cut = clipped(window)
    assert cut == [], "\n".join(cut)
    assert window.header.sandbox_banner.shown() == window.header.sandbox_banner.text()
    assert window.list_panel.bulk_button.text() == "Set status of selected…"
    assert window.list_panel.count_label.shown() == window.list_panel.count_label.text()
    assert recent_rows_shown(window) == 5
    title = window.scan_panel.banner.title  # the banner's title in its full size
    assert title.point_size() == theme.BANNER_TITLE_POINT_SIZE
    assert window.scan_panel.scan_box.placeholderText() == (
        "Scan here (or type a process id and Enter)")
    assert all(b.isVisible() for b in window.labels_toolbar.findChildren(QAbstractButton)
               if b.objectName() != "qt_toolbar_ext_button" and b.defaultAction() is not None)


def test_a_return_s_items_show_six_rows_whole_with_no_second_scroll_area(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication) -> None:
    window = station_at(qtbot, make_window, 1024, 768)
    # The longest product, variant and SKU the sandbox has, eight lines of them.
    name = max((v[0] for v in VARIANTS), key=len)
    variant = max((v[1] for v in VARIANTS), key=len)
    sku = max((v[2] for v in VARIANTS), key=len)
    items = [LineItem(line_item_id=str(n), name=name, variant_name=variant, sku=sku,
                      quantity=n + 1) for n in range(8)]
    detail = window.detail
    detail.show_process(Process(process_id="RP-100999", shipping_status="COLLECTED",
                                customer=Customer(first_name="Ana"), line_items=items))
    QApplication.processEvents()
    view = detail.items_view
    assert view.isVisible()
    assert view.viewport().height() >= 6 * view.rowHeight(0)
    # Its own scroll bar is the only one between the rows and the window.
    parent = view.parentWidget()
    while parent is not None and parent is not window:
        assert not isinstance(parent, (QScrollArea, QAbstractScrollArea)), parent
        parent = parent.parentWidget()
    metrics = view.fontMetrics()
    for column, text in enumerate((name, variant, sku, "8")):
        assert view.columnWidth(column) >= metrics.horizontalAdvance(text) + 6, text
    assert not view.horizontalScrollBar().isVisible()
    assert [detail.items_model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(4)] == ["Item", "Variant", "SKU", "Qty"]
    assert detail.items_model.rows[0] == (name, variant, sku, "1")
    assert detail.tabs.tabText(detail.tabs.indexOf(view)) == "Items (8)"


@pytest.mark.parametrize("matches", [2, 5, 9])
def test_the_pick_list_shows_every_match_whole_in_the_station_s_type(
        qtbot: QtBot, themed: QApplication, matches: int) -> None:
    """The digit keys choose 1-9: every row the operator may press for is there whole,
    with no scroll bar, in the station's 13 pt type (issue 15, seen under Xvfb: the
    second of two rows was cut in half)."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(1024, 768)
    parent.show()
    result = ScanResult(raw="#A5161", cleaned="#A5161", action="IN_WAREHOUSE",
                        outcome=Outcome.MATCHES, matches=[
                            Process(process_id=f"RP-10006{n}", order_number="#A5161",
                                    customer=Customer(first_name="Lucía", last_name="Álvarez"),
                                    shipping_status="CREATED", tracking_id="PQ4F6P02477437235")
                            for n in range(matches)])
    dialog = PickListDialog(result, choose=lambda pid: None, scan=lambda text: None,
                            parent=parent)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.view
    last = matches - 1
    assert view.rowViewportPosition(0) == 0
    assert view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()
    assert not view.verticalScrollBar().isVisible()
    assert dialog.height() <= 768
    dialog.close()


def test_a_shorter_wording_is_chosen_never_a_cut_one(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    label = FittingLabel(["a long way of saying it", "short"], box)
    button = FittingButton(["Set status of selected…", "Set status…"], box)
    box.show()
    qtbot.waitExposed(box)
    label.resize(label.sizeHint())
    button.resize(button.sizeHint())
    assert label.shown() == "a long way of saying it" and label.toolTip() == ""
    assert button.text() == "Set status of selected…"
    label.resize(label.minimumSizeHint())
    button.resize(button.minimumSizeHint())
    assert label.shown() == "short" and label.toolTip() == "a long way of saying it"
    assert button.text() == "Set status…" and button.toolTip() == "Set status of selected…"
    assert label.minimumSizeHint().width() < label.sizeHint().width()


def test_the_shortcuts_help_is_a_table_of_key_and_what_it_does(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.station_actions.shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog, "shortcutsBox")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    model = dialog.model
    assert model.columnCount() == 2
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (0, 1)] == [
        "Key", "What it does"]
    keys = [row[0] for row in model.rows]
    assert "Ctrl+Shift+L" in keys and "Ctrl+Z" in keys
    assert ("Ctrl+Shift+L", "Load every page") in model.rows
    view: QTableView = dialog.view
    metrics = view.fontMetrics()
    # Each key whole in its own column, each description whole in the other: no wrap, no "…".
    assert view.columnWidth(0) >= max(metrics.horizontalAdvance(k) for k in keys)
    assert view.columnWidth(1) >= max(metrics.horizontalAdvance(t) for _, t in model.rows)
    assert not view.horizontalScrollBar().isVisible()
    dialog.close()


def test_the_list_finds_a_return_by_the_customer_e_mail(qtbot: QtBot,
                                                       make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    panel, model = window.list_panel, window.model
    target = model.row_at(3)
    assert target.customer_email
    panel.search.setText(target.customer_email.upper())
    assert [model.row_at(r).process_id for r in range(model.rowCount())] == [target.process_id]
    assert not panel.no_match.isVisible()


def test_an_empty_result_says_no_return_matches(qtbot: QtBot,
                                                make_window: MakeWindow) -> None:
    window = loaded(qtbot, make_window)
    panel = window.list_panel
    assert not panel.no_match.isVisible()
    panel.search.setText("nobody-at-all@nowhere.example")
    assert window.model.rowCount() == 0
    assert panel.no_match.isVisible()
    assert "No return matches “nobody-at-all@nowhere.example”" in panel.no_match.text()
    panel.search.clear()
    assert window.model.rowCount() > 0 and not panel.no_match.isVisible()


def test_the_red_shelf_strip_fits_1024x768_too(
        qtbot: QtBot, make_window: MakeWindow, themed: QApplication) -> None:
    window = station_at(qtbot, make_window, 1024, 768)
    refused = [ShelfItem(Entry(id=n, process_id=f"RP-10047{n}", status="IN_WAREHOUSE",
                               previous_status="COLLECTED", source="scan", created_at=0.0,
                               state="failed", attempts=1, next_attempt_at=0.0,
                               last_error="refused", late=1),
                         customer="Katharina Hoffmann", order_number="#A6273", cancelled=True)
               for n in range(3)]
    window.shelf_banner.show_items(refused)
    QApplication.processEvents()
    assert window.shelf_banner.isVisible()
    assert window.minimumSizeHint().width() <= 1024
    assert window.size().toTuple() == (1024, 768)
    cut = clipped(window)
    assert cut == [], "\n".join(cut)
    title = window.shelf_banner.title
    assert "RP-100470" in title.shown() and title.text() in (title.shown(), *title.toolTip()
                                                             .split("\n"))
    # One line of detail, its whole text in the tooltip: wrapped to three lines it left
    # the returns list two rows (QA of issue 15, F8).
    detail = window.shelf_banner.detail
    assert detail.height() < 2 * detail.fontMetrics().lineSpacing()
    assert "Katharina Hoffmann" in detail.shown() and "2 more on the shelf" in detail.shown()
    assert detail.text() in (detail.shown(), *detail.toolTip().split("\n"))
    assert "pull the parcel back" in detail.text()
    view = window.list_panel.view
    assert view.viewport().height() >= 2.5 * view.rowHeight(0)


def test_a_window_state_saved_with_the_old_toolbar_row_keeps_the_buttons_in_the_menu_row(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    # window.ini of a station that had the label buttons on a toolbar row of their own.
    old = QMainWindow()
    toolbar = QToolBar("Labels", old)
    toolbar.setObjectName("labelsToolbar")
    toolbar.addAction("Print label")
    old.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    old.show()
    qtbot.waitExposed(old)
    state = window_state()
    state.setValue("windowState", old.saveState())
    state.sync()
    old.close()
    window = make_window()
    assert window.toolBarArea(window.labels_toolbar) == Qt.ToolBarArea.NoToolBarArea
    assert window.labels_toolbar.parentWidget() is window.menuWidget()
    assert window.labels_toolbar.isVisible()


def test_a_disabled_button_looks_disabled(themed: QApplication, qtbot: QtBot) -> None:
    """QA r3 (F10): the theme's text colours applied to the Disabled group too, so a
    disabled "Print slip" was as black as an enabled button. Its text is grey now."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QPushButton

    palette = themed.palette()
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.Text):
        enabled = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert disabled == QColor(theme.DISABLED_TEXT), role
        assert disabled.lightness() - enabled.lightness() > 80, role  # plainly greyer
    button = QPushButton("Print slip")
    qtbot.addWidget(button)
    button.setEnabled(False)
    assert (button.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
            != button.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText))
