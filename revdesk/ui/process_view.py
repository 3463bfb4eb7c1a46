"""The returns list on screen: filter bar (status, search), the table, and a line saying how
many rows are shown and loaded. Enter or a double-click opens a row."""

from __future__ import annotations

import logging
from typing import cast

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import SHIPPING_STATUSES
from revdesk.domain.process_index import STATUS_COLUMN, ProcessRow
from revdesk.i18n import translate

from . import theme
from .elided_label import LinesLabel
from .errors import operator_text
from .fitting_text import FittingButton, FittingLabel, FittingPlaceholder
from .locale_format import clock, date_time, number
from .process_model import ProcessTableModel

log = logging.getLogger(__name__)

#: Searching the server for rows not loaded yet waits for a pause in typing.
SERVER_SEARCH_DELAY_MS = 400
#: What each column is first made wide enough for (process, order, customer, status,
#: method, carrier, tracking, created), measured in the table's font: at 1024 px the
#: first four show whole beside the detail.
WIDTH_SAMPLES = ("RP-1000000", "#A00000", "Katharina Hoffmann", "NO_SHIPPING_STATUS",
                 "DROP_OFF_POINT", "Poste Italiane", "1Z9W86079991758789", "2026-12-07 13:55")
CELL_PADDING = 14
#: Below this width the list's search goes under its status filter.
NARROW_LIST_WIDTH = 720


class ProcessView(QTableView):
    """Rows, not cells: Enter opens the current row; the selection may span many rows."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processView")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        # Fixed row heights: a 100,000-row table never measures its rows.
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the server's order
        self.doubleClicked.connect(lambda index: self.open_requested.emit(index.row()))

    def setModel(self, model: ProcessTableModel) -> None:  # type: ignore[override]
        super().setModel(model)
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        for column, sample in enumerate(WIDTH_SAMPLES[:model.columnCount()]):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.setColumnWidth(column, CELL_PADDING + max(
                metrics.horizontalAdvance(sample),
                header.fontMetrics().horizontalAdvance(title) + CELL_PADDING))
        # The status, what this station changes, next to the process id: on a narrow list
        # (1024 px) it shows whole without scrolling. The columns stay movable; a saved
        # order is restored over this one.
        header.moveSection(header.visualIndex(STATUS_COLUMN), 1)
        self.setSortingEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def selected_rows(self) -> list[int]:
        model = self.selectionModel()
        return sorted(index.row() for index in model.selectedRows()) if model else []

    def save_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray) -> bool:
        return bool(state) and self.horizontalHeader().restoreState(state)


class ProcessListPanel(QWidget):
    """Filter bar + table + counts. ``search_server_requested`` asks the window to merge the
    server's matches for text typed while not every page is loaded."""

    open_requested = Signal(object)  # ProcessRow
    search_server_requested = Signal(str)
    refresh_requested = Signal()
    bulk_requested = Signal()

    def __init__(self, model: ProcessTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        # Access keys unique in the window: Alt+S and Alt+C open the Station and Scan menus,
        # Alt+R the Returns menu (tests/ui/test_access_keys.py walks them all).
        self.status_label = QLabel(translate("ProcessListPanel", "Stat&us:"), self)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(translate("ProcessListPanel", "All statuses"), "")
        for status in SHIPPING_STATUSES:
            self.status_filter.addItem(status, status)
        self.status_label.setBuddy(self.status_filter)
        self.search_label = QLabel(translate("ProcessListPanel", "S&earch:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        FittingPlaceholder(
            self.search,
            [
                translate("ProcessListPanel", "id, order, customer, e-mail, tracking (Ctrl+F)"),
                translate("ProcessListPanel", "id, order, customer, e-mail, tracking"),
                translate("ProcessListPanel", "id, order, name…"),
            ],
        )
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.refresh_button = QPushButton(translate("ProcessListPanel", "Refresh"), self)  # Ctrl+R
        self.refresh_button.setToolTip(translate("ProcessListPanel", "Read the list again (Ctrl+R)"))
        self.bulk_button = FittingButton(
            [
                translate("ProcessListPanel", "Set status of selected…"),
                translate("ProcessListPanel", "Set status…"),
            ],
            self,
        )
        self.bulk_button.setObjectName("bulkButton")
        self.bulk_button.setToolTip(translate("ProcessListPanel", "Ctrl+Shift+S"))
        for widget in (self.refresh_button, self.bulk_button):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.view = ProcessView(self)
        self.view.setModel(model)
        # An empty list says why: a filter that leaves no rows looked like a list not loaded.
        # Cut with "…" where the list is short of height (1024x768, Spanish), not through
        # its letters (QA of issue 19, L15).
        self.no_match = LinesLabel(self)
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=True))
        self.no_match.setStyleSheet("color: #5f6368; padding: 4px 12px;")
        theme.plain_text(self.no_match)  # the operator's words, typed or scanned
        self.no_match.setVisible(False)
        self.count_label = FittingLabel(parent=self, min_chars=24)
        self.count_label.setObjectName("countLabel")
        # Wrapped, not cut: the reason is what the operator needs to read. Either way a
        # long message must not widen the window just when the network drops.
        self.load_error = QLabel(self)
        self.load_error.setObjectName("loadError")
        self.load_error.setWordWrap(True)
        self.load_error.setStyleSheet(f"color: {theme.ERROR_BG}; font-weight: bold;")
        theme.plain_text(self.load_error)
        self.load_error.setVisible(False)

        # Side by side on a wide list; the search under the status on a narrow one (half
        # of a 1024 px screen), where it would be left a box too small to read.
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label)
        status_row.addWidget(self.status_filter, 1)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_label)
        search_row.addWidget(self.search, 1)
        self.filter_bar = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.filter_bar.addLayout(status_row)
        self.filter_bar.addSpacing(12)
        self.filter_bar.addLayout(search_row, 1)
        bar = self.filter_bar
        # What acts on the rows sits under them, beside how many there are: the filter bar
        # above keeps to filtering, and the list fits half of a 1024 px screen.
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.bulk_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.no_match)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.load_error)

        self._server_search = QTimer(self)
        self._server_search.setSingleShot(True)
        self._server_search.setInterval(SERVER_SEARCH_DELAY_MS)
        self._server_search.timeout.connect(self._ask_server)
        self.search.textChanged.connect(self._on_filter)
        self.status_filter.currentIndexChanged.connect(self._on_filter)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.bulk_button.clicked.connect(self.bulk_requested)
        self.view.open_requested.connect(self._open_row)
        # From the search to its matches without the mouse or three Tabs (STATION.md flow 2:
        # type a name, pick the return): Down goes into the list, Enter opens the one match
        # (with several, the person goes on typing or goes Down). A scanner's Enter never
        # gets here: the scan catcher, installed after this filter, takes the burst first.
        self.search.installEventFilter(self)
        model.counts_changed.connect(self.update_counts)
        model.loading_changed.connect(self.update_counts)
        model.load_failed.connect(self.show_load_error)
        model.loaded.connect(self.clear_load_error)  # a stale error hides the list's rows
        model.modelReset.connect(self.update_counts)
        self.update_counts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_LIST_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.filter_bar.direction() != direction:
            self.filter_bar.setDirection(direction)

    def _on_filter(self) -> None:
        self.model.set_query(self.status_filter.currentData() or "", self.search.text())
        self.load_error.setVisible(False)
        if self.search.text().strip() and self.model.has_more:
            self._server_search.start()
        else:
            self._server_search.stop()

    def stop_timers(self) -> None:
        """At shutdown: a search typed just before must not ask a closed client."""
        self._server_search.stop()

    def _ask_server(self) -> None:
        text = self.search.text().strip()
        if text:
            self.search_server_requested.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, event).key()
            rows = self.model.rowCount()
            if key == Qt.Key.Key_Down and rows:
                self._go_to_matches()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and rows == 1 and self.search.text().strip():
                self._open_row(0)
                return True
        return super().eventFilter(watched, event)

    def _go_to_matches(self) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.setCurrentIndex(self.model.index(0, 0))
        self.view.selectRow(0)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.row_at(row))

    def set_search(self, text: str) -> None:
        self.search.setText(text)

    def select_process(self, process_id: str) -> bool:
        row = self.model.row_of(process_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def current_row(self) -> ProcessRow | None:
        index: QModelIndex = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_processes(self) -> list[ProcessRow]:
        return [self.model.row_at(r) for r in self.view.selected_rows()]

    def update_counts(self) -> None:
        shown, loaded = self.model.rowCount(), self.model.loaded_count
        counts = translate("ProcessListPanel", "{shown} shown of {loaded} loaded").format(
            shown=number(shown), loaded=number(loaded)
        )
        more, short = "", ""
        if self.model.has_more:
            more, short = (
                translate("ProcessListPanel", " — more load as you scroll"),
                translate("ProcessListPanel", " — scroll for more"),
            )
        cached = self.model.cached_at
        if cached is not None:  # the rows are a saved copy until the API was read again
            more = translate("ProcessListPanel", " — saved list of {when}, being read again").format(
                when=date_time(cached)
            )
            short = translate("ProcessListPanel", " — saved list of {when}").format(
                when=clock(cached, seconds=False)
            )
        loading = translate("ProcessListPanel", " — loading…") if self.model.loading else ""
        # On a narrow list the same facts in fewer words, never the count cut.
        self.count_label.set_wordings([counts + more + loading, counts + short + loading, counts + loading])
        self._show_no_match()

    def _show_no_match(self) -> None:
        query = self.model.query
        text, status = query.text.strip(), query.status
        if self.model.rowCount() or not (text or status) or not self.model.loaded_count:
            self.no_match.setVisible(False)
            self._give_room(to_reason=False)
            return
        if text and status:
            what = translate("ProcessListPanel", "No return matches “{text}” with status {status}.").format(
                text=text[:60], status=status
            )
        elif text:
            what = translate("ProcessListPanel", "No return matches “{text}”.").format(text=text[:60])
        else:
            what = translate("ProcessListPanel", "No return has status {status}.").format(status=status)
        if self.model.has_more:
            what += " " + translate("ProcessListPanel", "Not every return is loaded: REVER is searched too.")
        else:
            what += " " + translate(
                "ProcessListPanel", "Searched: process id, order, customer, e-mail, tracking."
            )
        self.no_match.setText(what)
        self.no_match.setVisible(True)
        self._give_room(to_reason=True)

    def _give_room(self, *, to_reason: bool) -> None:
        """The empty table's height to the reason while there is one: at 1024x768 in
        Spanish it was cut after its second line above a table with no row to show."""
        layout = self.layout()
        if not isinstance(layout, QBoxLayout):
            return
        view = self.view
        if to_reason:
            view.setMaximumHeight(view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth())
        else:
            view.setMaximumHeight(16_777_215)  # QWIDGETSIZE_MAX: no limit
        layout.setStretchFactor(self.no_match, 1 if to_reason else 0)
        layout.setStretchFactor(view, 0 if to_reason else 1)

    def show_load_error(self, error: object) -> None:
        text = operator_text(error) if isinstance(error, BaseException) else str(error)
        self.load_error.setText(
            translate("ProcessListPanel", "List not loaded: {reason} (Ctrl+R to retry)").format(reason=text)
        )
        self.load_error.setVisible(True)

    def clear_load_error(self) -> None:
        self.load_error.setVisible(False)
