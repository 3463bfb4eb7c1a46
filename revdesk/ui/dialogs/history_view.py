"""The history view: the station's audit log, filtered by action, process, result and time
(this shift, today, the last 7 days, everything), exported to CSV for the lead, and the shift
summary: the parcels received per hour and status, counted as the header counts them
(``domain/shift.py``)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from revdesk.domain.audit import ACTIONS, NO_LIMIT, PRINT, RESULTS, AuditLog, Event
from revdesk.domain.output_file import NotAFileTarget, write_atomically
from revdesk.domain.shift import count_since
from revdesk.i18n import translate

from .. import theme
from ..actions import no_access_key
from ..history_model import DETAIL, EventsModel, SummaryModel, action_text, result_text
from ..locale_format import clock, date_time
from ..screen_fit import keep_on_screen

log = logging.getLogger(__name__)

__all__ = ["HistoryView"]

#: Events listed at once (the newest); the export always has every matching event.
EVENTS_SHOWN = 20_000
#: Opened from the window: the log is read once the dialog is active, or this long after
#: it is shown when nothing activates it.
LOAD_AFTER_SHOW_MS = 300
SHIFT, TODAY, WEEK, EVERYTHING = "shift", "today", "week", "all"

ShiftStart = Callable[[], float]
OutboxCounts = Callable[[], dict[str, int]]
Reprint = Callable[[Event], None]


def table_view(name: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    return view


class HistoryView(QDialog):
    """The audit log. ``shift_started`` gives when this shift began (the domain's
    :class:`~revdesk.domain.shift.Shift`); ``outbox_counts``, if given, what is still queued or refused."""

    def __init__(self, audit: AuditLog, *, shift_started: ShiftStart,
                 outbox_counts: OutboxCounts | None = None,
                 reprint: Reprint | None = None,
                 parent: QWidget | None = None, load_when_shown: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.setWindowTitle(translate("HistoryView", "History"))
        self.resize(1200, 680)
        keep_on_screen(self)
        self.audit = audit
        self.shift_started = shift_started
        self.outbox_counts = outbox_counts
        #: Prints again the label of a print event (the label actions'), if given.
        self.reprint = reprint
        self.file_dialog: QFileDialog | None = None
        self.events_model = EventsModel(self)
        self.summary_model = SummaryModel(self)
        self._build()
        for combo in (self.action_filter, self.result_filter, self.range_filter):
            combo.currentIndexChanged.connect(self.refresh)
        self.process_filter.textChanged.connect(self.refresh)
        #: Whether the log was read for the first time. Opened from the window, the reading
        #: (a second or more on a long log) waits until the dialog is up: done here, it held
        #: the loop while the window was already blocked by the dialog, and a scanner's keys
        #: sent meanwhile were addressed to that blocked window, which Qt drops (QA F20).
        self.loaded = False
        if load_when_shown:
            self.events_count.setText(translate("HistoryView", "Reading the history…"))
        else:
            self._first_load()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate and not self.loaded:
            QTimer.singleShot(0, self, self._first_load)  # the keyboard is here now
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:  # no window manager to activate it (a kiosk, a bare X server)
            QTimer.singleShot(LOAD_AFTER_SHOW_MS, self, self._first_load)

    def _first_load(self) -> None:
        if not self.loaded:
            self.loaded = True
            self.refresh()

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.range_filter = self._combo("rangeFilter", [
            (translate("HistoryView", "This shift"), SHIFT),
            (translate("HistoryView", "Today"), TODAY),
            (translate("HistoryView", "Last 7 days"), WEEK),
            (translate("HistoryView", "Everything"), EVERYTHING)])
        self.action_filter = self._combo("actionFilter", [
            (translate("HistoryView", "Every action"), ""), *((action_text(a), a) for a in ACTIONS)])
        self.result_filter = self._combo("resultFilter", [
            (translate("HistoryView", "Every result"), ""), *((result_text(r), r) for r in RESULTS)])
        self.process_filter = QLineEdit(self)
        self.process_filter.setObjectName("processFilter")
        self.process_filter.setPlaceholderText(translate("HistoryView", "process id contains…"))
        self.process_filter.setClearButtonEnabled(True)
        self.refresh_button = self._button(translate("HistoryView", "&Refresh"), "refresh",
                                           self.refresh)
        self.export_button = self._button(translate("HistoryView", "&Export CSV…"), "exportCsv",
                                          self.ask_export)
        self.reprint_button = self._button(translate("HistoryView", "Re&print this label"),
                                           "reprintLabel", self.reprint_selected)
        self.reprint_button.setVisible(self.reprint is not None)
        self.reprint_button.setEnabled(False)
        filters = QHBoxLayout()
        filters.addWidget(self.range_filter)
        filters.addWidget(self.action_filter)
        filters.addWidget(self.result_filter)
        filters.addWidget(self.process_filter, 1)
        filters.addWidget(self.refresh_button)

        self.events_view = table_view("eventsTable", self)
        self.events_view.setModel(self.events_model)
        self.events_view.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._update_reprint())
        self.events_model.modelReset.connect(self._update_reprint)
        header = self.events_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        self.events_count = QLabel(self)
        self.events_count.setObjectName("eventsCount")
        events_tab = QWidget(self)
        layout = QVBoxLayout(events_tab)
        layout.addWidget(self.events_view, 1)
        layout.addWidget(self.events_count)

        self.summary_view = table_view("summaryTable", self)
        self.summary_view.setModel(self.summary_model)
        self.summary_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.summary_note = QLabel(self)
        self.summary_note.setObjectName("summaryNote")
        self.summary_note.setWordWrap(True)
        self.summary_note.setFont(theme.font(theme.BASE_POINT_SIZE + 1, bold=True))
        summary_tab = QWidget(self)
        layout = QVBoxLayout(summary_tab)
        intro = QLabel(translate("HistoryView", "Parcels whose scan REVER confirmed, undone ones "
                                 "excluded, per hour and status (the time range above applies):"),
                       summary_tab)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.summary_view, 1)
        layout.addWidget(self.summary_note)

        self.tabs = QTabWidget(self)
        # No access key on the tab the dialog opens on: its letter is Export's in English
        # and Spanish (QA of issue 19, L12); Ctrl+Tab comes back to it.
        self.tabs.addTab(events_tab, no_access_key(translate("HistoryView", "&Events")))
        self.tabs.addTab(summary_tab, translate("HistoryView", "Shift &summary"))
        self.status = QLabel(self)
        self.status.setObjectName("historyStatus")
        self.status.setWordWrap(True)
        theme.plain_text(self.events_count, self.summary_note, self.status)
        close = self._button(translate("HistoryView", "Close"), "close", self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        # Below the list they act on, not beside the filters: one row of filters and
        # three buttons was wider than a 1024 px screen.
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addLayout(filters)
        outer.addWidget(self.tabs, 1)
        outer.addLayout(bottom)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # a scanner's Enter must not press a button here
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- reprint ------------------------------------------------------------------------

    def selected_print(self) -> Event | None:
        """The selected event when it is a print of one return's label."""
        index = self.events_view.currentIndex()
        if not index.isValid():
            return None
        event = self.events_model.events[index.row()]
        return event if event.action == PRINT and event.process_id else None

    def _update_reprint(self) -> None:
        self.reprint_button.setEnabled(self.selected_print() is not None)

    def reprint_selected(self) -> None:
        if self.reprint is not None and (event := self.selected_print()) is not None:
            self.reprint(event)
            self.status.setText(translate("HistoryView", "Printing the label of {pid} again…")
                                .format(pid=event.process_id))

    # -- filters --------------------------------------------------------------------------

    def since(self) -> float | None:
        """The start of the chosen time range (None: everything)."""
        chosen = self.range_filter.currentData()
        if chosen == SHIFT:
            return self.shift_started()
        if chosen == TODAY:
            return datetime.now().replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
        if chosen == WEEK:
            return (datetime.now() - timedelta(days=7)).timestamp()
        return None

    def filtered_events(self, *, limit: int = NO_LIMIT, newest_first: bool = False) -> list[Event]:
        """The events the filters select (oldest first unless ``newest_first``)."""
        return self.audit.events(
            action=self.action_filter.currentData(), result=self.result_filter.currentData(),
            process_contains=self.process_filter.text().strip(), since=self.since(),
            limit=limit, newest_first=newest_first)

    def refresh(self) -> None:
        """Read the log again with the current filters; the summary follows the time range."""
        events = self.filtered_events(limit=EVENTS_SHOWN, newest_first=True)
        self.events_model.set_events(events)
        shown = len(events)  # lupdate reads a count only as a bare name
        self.events_count.setText(
            translate("HistoryView", "%n event(s), newest first.", "", shown)
            if shown < EVENTS_SHOWN else
            translate("HistoryView", "The newest %n events (narrow the filters, or export them "
                      "all).", "", shown))
        # The header's count, over the chosen range: "This shift" says what it says.
        count = count_since(self.audit, self.since() or 0.0)
        self.summary_model.set_summary(count.by_hour())
        received = count.total
        note = translate("HistoryView", "%n parcel(s) received.", "", received)
        if self.range_filter.currentData() == SHIFT:
            started = datetime.fromtimestamp(count.started_at)
            # As the rest of the window writes times: the locale's (locale_format.py). A
            # time and a date are two sentences: Spanish says "a las 00:00" but not before a
            # date (QA issue 19, L5).
            if started.date() == datetime.now().date():
                began = translate("HistoryView", "This shift started at {time}.").format(
                    time=clock(count.started_at, seconds=False))
            else:
                began = translate("HistoryView", "This shift started on {when}.").format(
                    when=date_time(count.started_at))
            note = began + " " + note
        if self.outbox_counts is not None:
            counts = self.outbox_counts()
            note += " " + translate("HistoryView", "Still waiting to be sent: {pending}; refused: "
                                    "{failed}.").format(pending=counts["pending"],
                                                        failed=counts["failed"])
        self.summary_note.setText(note)

    # -- export ---------------------------------------------------------------------------

    def export_filters(self) -> list[tuple[str, str]]:
        """The export's file types, each with its column separator: comma, or semicolon for
        Excel where the decimal mark is a comma (it reads a comma file as one column)."""
        return [(translate("HistoryView", "CSV files (*.csv)"), ","),
                (translate("HistoryView", "CSV files for Excel, semicolon-separated (*.csv)"), ";")]

    def ask_export(self) -> None:
        name = f"revdesk-history-{time.strftime('%Y-%m-%d-%H%M')}.csv"
        choices = self.export_filters()
        dialog = QFileDialog(self, translate("HistoryView", "Export the history as CSV"), name)
        dialog.setNameFilters([text for text, _ in choices])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")

        def chosen(path: str) -> None:
            separator = dict(choices).get(dialog.selectedNameFilter(), ",")
            self.export_to(Path(path), separator=separator)

        dialog.fileSelected.connect(chosen)
        self.file_dialog = dialog
        dialog.open()  # never a nested event loop

    def export_to(self, path: Path, *, separator: str = ",") -> int:
        """Write every event the filters select (oldest first) to ``path`` as UTF-8 CSV (BOM),
        columns separated by ``separator``; returns how many, or -1 when the file could not
        be written (said in the view)."""
        events = self.filtered_events()
        try:
            # With a BOM: the lead opens it in Excel, which reads BOM-less UTF-8 as ANSI
            # and garbles every "García". The CLI export (for scripts) has none.
            # All at once, as the CLI's -o: a full disk never leaves half a CSV under the
            # name chosen (nor truncates the one it replaces), a FIFO chosen in the dialog
            # never freezes the window waiting for a reader.
            write_atomically(path, self.audit.to_csv(events, separator=separator)
                             .encode("utf-8-sig"))
        except NotAFileTarget as exc:
            self.status.setText(translate("HistoryView", "Not exported: {path} {why}; choose a "
                                          "file.").format(path=path, why=exc))
            return -1
        except OSError as exc:
            log.warning("history export to %s failed: %s", path, exc)
            self.status.setText(translate("HistoryView", "Not exported: {path} could not be "
                                          "written ({why}).").format(path=path,
                                                                     why=exc.strerror or exc))
            return -1
        written = len(events)
        self.status.setText(translate("HistoryView", "%n event(s) exported to {path}.", "",
                                      written).format(path=path))
        return len(events)
