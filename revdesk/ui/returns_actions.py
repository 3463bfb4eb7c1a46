"""The Returns menu and what the list and the detail do together: find and open a return,
change its status from the detail, follow every status change, refresh, search and load
the list, and the bulk change of a selection.

:class:`ReturnsActions` is given the widgets it drives and the core; it returns its
actions and :meth:`ReturnsActions.menu` for the window to place.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from revdesk.api.models import Process
from revdesk.core import StationCore
from revdesk.domain.connection import ConnectionState
from revdesk.domain.details import ProcessDetails
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessRow
from revdesk.domain.scanning import LOOKUP, ScanResult, Severity
from revdesk.domain.status import SOURCE_DETAIL, StatusChange
from revdesk.i18n import translate

from .actions import make_action
from .bridge import CoreBridge
from .errors import operator_text
from .feedback import SoundPlayer
from .operations import Operations
from .process_detail import ProcessDetail
from .process_model import ProcessTableModel
from .process_view import ProcessListPanel

REFRESH_INTERVAL_MS = 60_000
#: The timer refresh reads at most this many rows again (a manual refresh reads all).
TIMER_REFRESH_ROWS = 1_000


class ReturnsActions(QObject):
    def __init__(self, core: StationCore, bridge: CoreBridge, *, model: ProcessTableModel,
                 list_panel: ProcessListPanel, detail: ProcessDetail, ops: Operations,
                 sounds: SoundPlayer, open_dialog: Callable[[QDialog], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.core = core
        self.model = model
        self.list_panel = list_panel
        self.detail = detail
        self.ops = ops
        self.sounds = sounds
        self._open_dialog = open_dialog
        self._parent = parent
        self._detail_task: asyncio.Task[None] | None = None
        self.bulk_dialog: QDialog | None = None

        self.find = make_action(
            parent, translate("ReturnsActions", "&Find a return"), "find", self.focus_search, "Ctrl+F"
        )
        self.refresh = make_action(
            parent,
            translate("ReturnsActions", "&Refresh the list"),
            "refresh",
            lambda: self.refresh_list(full=True),
            "Ctrl+R",
        )
        self.load_all = make_action(
            parent,
            translate("ReturnsActions", "&Load every page"),
            "loadAll",
            self.load_every_page,
            "Ctrl+Shift+L",
        )
        self.open = make_action(
            parent,
            translate("ReturnsActions", "&Open the current return"),
            "openCurrent",
            self.open_current,
            "Ctrl+O",
        )
        self.bulk = make_action(
            parent,
            translate("ReturnsActions", "Set status of &selected…"),
            "bulkStatus",
            self.open_bulk_dialog,
            "Ctrl+Shift+S",
        )
        self.detail_status = make_action(
            parent,
            translate("ReturnsActions", "Change the open return's s&tatus"),
            "detailStatus",
            self.focus_detail_status,
            "Ctrl+D",
        )
        # The list is read again now and then: other stations change returns too.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self.refresh_timer.timeout.connect(lambda: self.refresh_list(full=False, quiet=True))

        bridge.status_changed.connect(self._on_status_change)
        bridge.connection_changed.connect(self._on_connection)
        list_panel.open_requested.connect(lambda row: self.open_process(row.process_id))
        list_panel.refresh_requested.connect(lambda: self.refresh_list(full=True))
        list_panel.bulk_requested.connect(self.open_bulk_dialog)
        list_panel.search_server_requested.connect(self._search_server)
        detail.status_change_requested.connect(self.set_status_from_detail)

    def all(self) -> list[QAction]:
        return [
            self.find,
            self.refresh,
            self.load_all,
            self.open,
            self.bulk,
            self.detail_status,
            self.detail.open_tracking_action,
        ]

    def menu(self, parent: QWidget) -> QMenu:
        """The Returns menu (object name ``returnsMenu``)."""
        menu = QMenu(translate("ReturnsActions", "&Returns"), parent)
        menu.setObjectName("returnsMenu")
        menu.addActions([self.find, self.refresh, self.load_all, self.open, self.bulk])
        menu.addSeparator()
        menu.addActions([self.detail_status, self.detail.open_tracking_action])
        return menu

    # -- focus ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.list_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search.selectAll()

    def focus_detail_status(self) -> None:
        if self.detail.current_process() is not None:
            self.detail.status_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the detail -----------------------------------------------------------------------

    def show_looked_up(self, result: ScanResult) -> None:
        """A look-up scan's result: its return in the detail, or its matches in the list."""
        if result.outcome is Outcome.LOOKED_UP and result.process is not None:
            self.open_process(result.process.process_id, result.process)
        elif result.outcome is Outcome.MATCHES:
            self.list_panel.status_filter.setCurrentIndex(0)
            self.list_panel.set_search(result.cleaned)
            self.model.add_rows(ProcessRow.from_process(p) for p in result.matches)

    def open_current(self) -> None:
        row = self.list_panel.current_row()
        if row is not None:
            self.open_process(row.process_id)

    def open_process(self, process_id: str, process: Process | None = None) -> None:
        """Show a return in the detail: at once with what is known, then fully loaded."""
        if process is not None:
            self.detail.show_process(process)
        self.detail.show_loading(process_id)
        self.list_panel.select_process(process_id)
        if self._detail_task is not None and not self._detail_task.done():
            self._detail_task.cancel()

        def failed(exc: Exception) -> bool:
            self.detail.show_failure(process_id, exc)
            return True

        self._detail_task = self.ops.run(
            self.core.details.load(process_id),
            label=translate("ReturnsActions", "Open {pid}").format(pid=process_id),
            on_success=self._show_details,
            on_failure=failed,
        )

    def _show_details(self, details: ProcessDetails) -> None:
        self.detail.show_details(details)
        self.model.add_rows([ProcessRow.from_process(details.process)])

    def set_status_from_detail(self, process_id: str, status: str, previous: str) -> None:
        if status == previous:
            self.detail.state_label.setText(
                translate("ReturnsActions", "{pid} is already {status}.").format(
                    pid=process_id, status=status
                )
            )
            return
        self.detail.state_label.setText(
            translate("ReturnsActions", "Setting {pid} to {status}…").format(pid=process_id, status=status)
        )

        def failed(exc: Exception) -> bool:
            self.detail.state_label.setText(
                translate("ReturnsActions", "Not changed: {reason}").format(reason=operator_text(exc))
            )
            self.sounds.play(Severity.ERROR)
            return True

        def done(change: StatusChange) -> None:
            self.detail.state_label.setText(
                translate("ReturnsActions", "{pid} set to {status}.").format(pid=process_id, status=status)
            )

        self.ops.run(
            self.core.status.set_status(process_id, status, source=SOURCE_DETAIL, previous_status=previous),
            label=translate("ReturnsActions", "Set status"),
            busy=[self.detail.set_status_button],
            on_success=done,
            on_failure=failed,
        )

    def _on_status_change(self, change: StatusChange) -> None:
        self.model.apply_change(change)
        current = self.detail.current_process()
        if current is not None and current.process_id == change.process_id:
            if change.ok:
                self.detail.set_status_shown(change.new)
                self._reload_detail(change.process_id)  # the logistics summary follows
            self.detail.show_history(self.core.details.history_of(change.process_id))

    def _reload_detail(self, process_id: str) -> None:
        """Read the open return again without touching the list's selection."""

        def shown(details: ProcessDetails) -> None:
            current = self.detail.current_process()
            if current is not None and current.process_id == process_id:
                self.detail.show_details(details)

        self.ops.run(
            self.core.details.load(process_id),
            label=translate("ReturnsActions", "Reload"),
            on_success=shown,
            on_failure=lambda exc: True,
        )

    # -- the list -------------------------------------------------------------------------

    def refresh_list(self, *, full: bool = True, quiet: bool = False) -> None:
        """Read the list again (Ctrl+R: every loaded row; the timer: the first rows)."""

        def failed(exc: Exception) -> bool:
            self.list_panel.show_load_error(exc)
            return True  # the connection state and the list line say it; no dialog

        self.list_panel.clear_load_error()
        busy: list[QWidget | QAction] = [] if quiet else [self.refresh, self.list_panel.refresh_button]
        self.ops.run(
            self.model.refresh(None if full else TIMER_REFRESH_ROWS),
            label=translate("ReturnsActions", "Refresh"),
            busy=busy,
            on_failure=failed,
        )

    def _on_connection(self, state: ConnectionState) -> None:
        """Back online after the list failed to load: load it again now, not at the next
        timer or Ctrl+R (QA of issue 15: "List not loaded" stayed ~20 s after the header
        said online, and with the shelf strip it left the list no rows)."""
        if state is not ConnectionState.ONLINE or not (
            self.model.paused or self.list_panel.load_error.isVisible()
        ):
            return
        self.model.resume_fetching()
        top = QModelIndex()
        if self.model.canFetchMore(top):
            self.model.fetchMore(top)  # the page that failed; its success clears the error
        else:
            self.refresh_list(full=False, quiet=True)

    def load_every_page(self) -> None:
        self.model.resume_fetching()
        self.ops.run(
            self.model.load_all(), label=translate("ReturnsActions", "Load the list"), busy=[self.load_all]
        )

    def _search_server(self, text: str) -> None:
        self.ops.run(
            self.model.search_server(text),
            label=translate("ReturnsActions", "Search"),
            on_failure=lambda exc: True,
        )

    def open_bulk_dialog(self) -> None:
        rows = self.list_panel.selected_processes()
        if not rows:
            self.list_panel.count_label.set_wordings(
                [
                    translate(
                        "ReturnsActions", "Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A)."
                    ),
                    translate("ReturnsActions", "Select returns in the list first."),
                ]
            )
            return
        from .dialogs.bulk_status import BulkStatusDialog  # with the first bulk change

        action = self.core.pipeline.action
        dialog = BulkStatusDialog(
            rows,
            self.core.status,
            self.ops,
            self._parent,
            default_status=action if action != LOOKUP else "IN_WAREHOUSE",
        )
        dialog.marks_ready.connect(self.model.set_marks)
        self.bulk_dialog = dialog
        self._open_dialog(dialog)
