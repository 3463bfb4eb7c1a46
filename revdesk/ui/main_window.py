"""The station window: composes the header, the scan panel, the returns list and the return
detail, and the features' actions and menus; owns the shortcuts and timers; holds no
business rules (those are the domain services of its :class:`StationCore`). It hears the
core only through its :class:`CoreBridge`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import Process
from revdesk.config import StationSettings
from revdesk.core import StationCore
from revdesk.domain.connection import ConnectionState
from revdesk.domain.details import ProcessDetails
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessRow
from revdesk.domain.scanning import LOOKUP, ScanResult, Severity
from revdesk.domain.status import SOURCE_DETAIL, StatusChange
from revdesk.settings_store import SettingsSaved

from .bridge import CoreBridge
from .errors import ErrorPresenter, operator_text
from .feedback import SoundPlayer
from .header import StationHeader
from .label_actions import LabelActions
from .list_cache import ListCache
from .operations import Operations
from .process_detail import ProcessDetail
from .process_model import ProcessTableModel
from .process_view import ProcessListPanel
from .scan_catcher import ScanCatcher
from .scan_panel import ScanPanel
from .shift_actions import ShiftActions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

log = logging.getLogger(__name__)

REFRESH_INTERVAL_MS = 60_000
#: The timer refresh reads at most this many rows again (a manual refresh reads all).
TIMER_REFRESH_ROWS = 1_000
PROBE_INTERVAL_MS = 10_000
QUIT, RESTART = "quit", "restart"


class MainWindow(QMainWindow):
    #: The list's first load is over (its first page listed, or the load failed): what the
    #: start-up put off until then (sounds, connection checks, the heap's settling) may run.
    first_load_done = Signal()

    def __init__(self, core: StationCore, presenter: ErrorPresenter, *,
                 state: QSettings | None = None, sounds: SoundPlayer | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.core = core
        self.bridge = CoreBridge(core, self)
        self.presenter = presenter
        self.state = state
        self.ops = Operations(presenter, self)
        self.sounds = sounds or SoundPlayer(self, muted=not self.settings.sounds)
        self._closed: asyncio.Future[str] | None = None
        self._outcome = QUIT
        self._detail_task: asyncio.Task[None] | None = None
        self._first_load_over = False

        self.header = StationHeader(is_sandbox=core.is_sandbox,
                                    backend_label=core.backend_label, parent=self)
        self.scan_panel = ScanPanel(core.pipeline, self.bridge, self.sounds, self)
        self.model = ProcessTableModel(core.catalog, self)
        self.list_panel = ProcessListPanel(self.model, self)
        self.detail = ProcessDetail(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("listDetailSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([960, 620])
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.scan_panel)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.labels_toolbar = QToolBar(self.tr("Labels"), self)
        self.labels_toolbar.setObjectName("labelsToolbar")
        self.labels_toolbar.setVisible(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.labels_toolbar)
        self.label_actions = self._compose_label_actions()
        self.shift_actions = self._compose_shift_actions()
        self._build_actions()
        self._build_menus()
        self._wire()
        # The saved list at once, then the API behind it.
        self.list_cache = ListCache(self.model, core.list_cache(), self)
        if self.list_cache.restore():
            self.ops.run(self.list_cache.refresh(), label=self.tr("Refresh"),
                         on_failure=lambda exc: True)  # a failed page shows in the list line
        # A scan typed into the list, the search or the detail still reaches the scan box.
        self.scan_catcher = ScanCatcher(self, self.scan_panel.scan_box,
                                        self.scan_panel.submit_text)
        self.scan_catcher.install()

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_INTERVAL_MS)
        self.refresh_timer.timeout.connect(lambda: self.refresh_list(full=False, quiet=True))
        self.probe_timer = QTimer(self)
        self.probe_timer.setInterval(PROBE_INTERVAL_MS)
        self.probe_timer.timeout.connect(self._probe)

        self.update_identity()
        self._on_connection(core.tracker.state)
        self.setWindowTitle(self._title())
        self._fit_screen()
        self.restore_state()
        self._watch_outbox()

    # -- construction ---------------------------------------------------------------------

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None = None,
                slot: object = None, *, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action(self.tr("&Undo last scan"), "Ctrl+Z",
                                        self.scan_panel.undo_last, name="undoScan")
        self.scan_panel.banner.set_undo_action(self.undo_action)
        self.focus_scan_action = self._action(self.tr("Go to the &scan box"), "Esc",
                                              self.focus_scan_box, name="focusScan")
        self.find_action = self._action(self.tr("&Find a return"), "Ctrl+F",
                                        self.focus_search, name="find")
        self.refresh_action = self._action(self.tr("&Refresh the list"), "Ctrl+R",
                                           lambda: self.refresh_list(full=True),
                                           name="refresh")
        self.load_all_action = self._action(self.tr("&Load every page"), "Ctrl+Shift+L",
                                            self.load_all, name="loadAll")
        self.open_action = self._action(self.tr("&Open the current return"), "Ctrl+O",
                                        self.open_current, name="openCurrent")
        self.bulk_action = self._action(self.tr("Set status of &selected…"), "Ctrl+Shift+S",
                                        self.open_bulk_dialog, name="bulkStatus")
        self.detail_status_action = self._action(self.tr("Change the open return's s&tatus"),
                                                 "Ctrl+D", self.focus_detail_status,
                                                 name="detailStatus")
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,",
                                            self.open_settings, name="settings")
        self.mute_action = self._action(self.tr("&Mute sounds"), "Ctrl+Shift+M", None,
                                        name="mute")  # Ctrl+M: manual logistic order
        self.mute_action.setCheckable(True)
        self.mute_action.setChecked(self.sounds.muted)
        self.mute_action.toggled.connect(self.sounds.set_muted)
        self.reset_counter_action = self._action(self.tr("Reset the shift &counter"), None,
                                                 self.reset_counter, name="resetCounter")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), "Ctrl+/",
                                             self.show_shortcuts, name="shortcuts")
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.close, name="quit")
        self.addActions(self.scan_panel.action_group.actions())
        self.addAction(self.detail.open_tracking_action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        station = bar.addMenu(self.tr("&Station"))
        station.addActions([self.settings_action, self.mute_action, self.reset_counter_action])
        station.addSeparator()
        station.addAction(self.quit_action)
        scan = bar.addMenu(self.tr("S&can"))
        scan.addActions(self.scan_panel.action_group.actions())
        scan.addSeparator()
        scan.addActions([self.undo_action, self.focus_scan_action])
        returns = bar.addMenu(self.tr("&Returns"))
        returns.addActions([self.find_action, self.refresh_action, self.load_all_action,
                            self.open_action, self.bulk_action])
        returns.addSeparator()
        returns.addActions([self.detail_status_action, self.detail.open_tracking_action])
        self.labels_menu: QMenu = self.label_actions.menu(bar)
        bar.addMenu(self.labels_menu)
        self.add_label_actions(self.label_actions.all())
        bar.addMenu(self.shift_actions.menu(bar))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(self.shortcuts_action)

    def _compose_label_actions(self) -> LabelActions:
        """The Labels menu (printing, labels, logistics) on the open or selected returns."""
        actions = LabelActions(
            client=lambda: self.core.client, current_process=self.detail.current_process,
            selected_processes=self.selected_processes, settings=self.core.settings,
            operations=self.ops, window=self, parent=self, audit=self.core.audit)
        actions.message.connect(self.show_message)
        self.detail.process_changed.connect(lambda _process: actions.update_enabled())
        return actions

    def _compose_shift_actions(self) -> ShiftActions:
        """The Shift menu: sign in, the outbox view (also the header's counter), history."""
        actions = ShiftActions(self.core, self.bridge, open_dialog=self.open_dialog, parent=self)
        actions.message.connect(self.show_message)
        self.header.queued_clicked.connect(actions.open_outbox)
        self.header.operator_clicked.connect(actions.ask_operator)
        self.addActions(actions.all())  # shortcuts work even with the menu bar hidden
        return actions

    def show_message(self, text: str) -> None:
        """A feature's one-line result, in the status bar."""
        self.statusBar().showMessage(text, 10_000)

    def _wire(self) -> None:
        self.bridge.status_changed.connect(self._on_status_change)
        self.bridge.connection_changed.connect(self._on_connection)
        self.bridge.settings_saved.connect(self._on_settings_saved)
        self.scan_panel.looked_up.connect(self._on_looked_up)
        self.list_panel.open_requested.connect(self._open_row)
        self.list_panel.refresh_requested.connect(lambda: self.refresh_list(full=True))
        self.list_panel.bulk_requested.connect(self.open_bulk_dialog)
        self.list_panel.search_server_requested.connect(self._search_server)
        self.detail.status_change_requested.connect(self.set_status_from_detail)
        self.presenter.dialog_closed.connect(self.focus_scan_box)
        self.model.loading_changed.connect(self._on_first_load)

    def _fit_screen(self) -> None:
        """First start (nothing remembered yet): use the whole screen, the desk's only app."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.width() < 800:
            self.resize(1560, 960)
        else:
            self.setGeometry(area)

    @property
    def settings(self) -> StationSettings:
        """The settings in force (the store's, read when needed: never a copy)."""
        return self.core.settings.current

    def _title(self) -> str:
        title = self.tr("revdesk — station {name}").format(name=self.settings.station_name)
        return title + (self.tr(" — SANDBOX") if self.core.is_sandbox else "")

    # -- for other features ---------------------------------------------------------------

    def add_label_actions(self, actions: Iterable[QAction]) -> None:
        """Add label / printing actions to the Labels menu and toolbar (issue 5). Their
        shortcuts work window-wide; the detail's :meth:`ProcessDetail.current_process` and
        the list's selection tell them which return(s) to act on."""
        for action in actions:
            self.labels_menu.addAction(action)
            self.labels_toolbar.addAction(action)
            self.addAction(action)
        self.labels_menu.menuAction().setVisible(True)
        self.labels_toolbar.setVisible(True)

    def selected_processes(self) -> list[ProcessRow]:
        return self.list_panel.selected_processes()

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a dialog without a nested event loop; the scan box gets the focus back."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(self.focus_scan_box)
        dialog.open()

    # -- focus ----------------------------------------------------------------------------

    def focus_scan_box(self) -> None:
        self.scan_panel.focus_scan_box()

    def focus_search(self) -> None:
        self.list_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search.selectAll()

    def focus_detail_status(self) -> None:
        if self.detail.current_process() is not None:
            self.detail.status_combo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.focus_scan_box()
        self.refresh_timer.start()
        if not (self.model.loading or self.model.canFetchMore(QModelIndex())):
            QTimer.singleShot(0, self, lambda: self._on_first_load(False))  # nothing to load

    def _on_first_load(self, loading: bool) -> None:
        """Once, when the list's first load is over: the sounds (the audio back end takes
        50-100 ms to start) and the connection checks wait until then, so that the first
        page of returns never waits for them. That load is the first connection check."""
        if loading or self._first_load_over:
            return
        self._first_load_over = True
        self.model.loading_changed.disconnect(self._on_first_load)
        self.probe_timer.start()
        self.sounds.preload()
        self.first_load_done.emit()

    # -- scans, detail --------------------------------------------------------------------

    def _on_looked_up(self, result: ScanResult) -> None:
        if result.outcome is Outcome.LOOKED_UP and result.process is not None:
            self.open_process(result.process.process_id, result.process)
        elif result.outcome is Outcome.MATCHES:
            self.list_panel.status_filter.setCurrentIndex(0)
            self.list_panel.set_search(result.cleaned)
            self.model.add_rows(ProcessRow.from_process(p) for p in result.matches)

    def _open_row(self, row: ProcessRow) -> None:
        self.open_process(row.process_id)

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
            self.core.details.load(process_id), label=self.tr("Open {pid}").format(
                pid=process_id),
            on_success=self._show_details, on_failure=failed)

    def _show_details(self, details: ProcessDetails) -> None:
        self.detail.show_details(details)
        self.model.add_rows([ProcessRow.from_process(details.process)])

    def set_status_from_detail(self, process_id: str, status: str, previous: str) -> None:
        if status == previous:
            self.detail.state_label.setText(self.tr("{pid} is already {status}.").format(
                pid=process_id, status=status))
            return
        self.detail.state_label.setText(self.tr("Setting {pid} to {status}…").format(
            pid=process_id, status=status))

        def failed(exc: Exception) -> bool:
            self.detail.state_label.setText(self.tr("Not changed: {reason}").format(
                reason=operator_text(exc)))
            self.sounds.play(Severity.ERROR)
            return True

        def done(change: StatusChange) -> None:
            self.detail.state_label.setText(self.tr("{pid} set to {status}.").format(
                pid=process_id, status=status))

        self.ops.run(self.core.status.set_status(process_id, status, source=SOURCE_DETAIL,
                                                      previous_status=previous),
                     label=self.tr("Set status"),
                     busy=[self.detail.set_status_button], on_success=done, on_failure=failed)

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

        self.ops.run(self.core.details.load(process_id), label=self.tr("Reload"),
                     on_success=shown, on_failure=lambda exc: True)

    # -- list -----------------------------------------------------------------------------

    def refresh_list(self, *, full: bool = True, quiet: bool = False) -> None:
        """Read the list again (Ctrl+R: every loaded row; the timer: the first rows)."""

        def failed(exc: Exception) -> bool:
            self.list_panel.show_load_error(exc)
            return True  # the connection state and the list line say it; no dialog

        self.list_panel.clear_load_error()
        busy: list[QWidget | QAction] = (
            [] if quiet else [self.refresh_action, self.list_panel.refresh_button])
        self.ops.run(self.model.refresh(None if full else TIMER_REFRESH_ROWS),
                     label=self.tr("Refresh"), busy=busy, on_failure=failed)

    def load_all(self) -> None:
        self.model.resume_fetching()
        self.ops.run(self.model.load_all(), label=self.tr("Load the list"),
                     busy=[self.load_all_action])

    def _search_server(self, text: str) -> None:
        self.ops.run(self.model.search_server(text), label=self.tr("Search"),
                     on_failure=lambda exc: True)

    def open_bulk_dialog(self) -> None:
        rows = self.list_panel.selected_processes()
        if not rows:
            self.list_panel.count_label.setText(
                self.tr("Select returns in the list first (Shift/Ctrl + arrows, Ctrl+A)."))
            return
        from .dialogs.bulk_status import BulkStatusDialog

        action = self.core.pipeline.action
        dialog = BulkStatusDialog(rows, self.core.status, self.ops, self,
                                  default_status=action if action != LOOKUP else "IN_WAREHOUSE")
        dialog.marks_ready.connect(self.model.set_marks)
        self.bulk_dialog = dialog
        self.open_dialog(dialog)

    # -- station --------------------------------------------------------------------------

    def update_identity(self) -> None:
        settings = self.settings
        self.header.set_identity(self.core.ecommerce_id, settings.station_name,
                                 settings.operator_name)

    def _on_connection(self, state: ConnectionState) -> None:
        error = self.core.tracker.last_error or self.core.error
        detail = operator_text(error) if error is not None else ""
        self.header.set_state(state, detail)

    def _probe(self) -> None:
        if self.core.tracker.state is not ConnectionState.ONLINE and self.core.backend:
            self.ops.run(self.core.tracker.probe(self.core.client),
                         label=self.tr("Connection check"), on_failure=lambda exc: True)
            if self.model.rowCount() == 0:
                self.model.resume_fetching()
                self.model.fetchMore(self.model.index(-1, -1))

    def reset_counter(self) -> None:
        self.core.pipeline.counter.reset()
        self.scan_panel._update_counts()

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.core.settings, self)
        self.settings_dialog = dialog
        self.open_dialog(dialog)

    def _on_settings_saved(self, saved: SettingsSaved) -> None:
        """Whoever saved them (Settings, the sign-in, the printer chooser): what the window
        shows follows; a new address or key reconnects on a new core."""
        old, new = saved.old, saved.new
        if new.scan.default_action != old.scan.default_action:
            self.scan_panel.set_action(new.scan.default_action)
        if new.sounds != old.sounds:
            self.mute_action.setChecked(not new.sounds)
        self.update_identity()
        self.setWindowTitle(self._title())
        if saved.reconnect:
            self._outcome = RESTART
            self.close()

    def show_shortcuts(self) -> None:
        lines = []
        for action in self.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in action.shortcuts())
            if keys:
                lines.append(f"{keys:<22} {action.text().replace('&', '')}")
        from PySide6.QtWidgets import QMessageBox  # see errors.ErrorPresenter._show

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"),
                          "\n".join(lines), QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcutsBox")
        box.setStyleSheet("QLabel { font-family: monospace; }")
        self.open_dialog(box)

    # -- state and closing ----------------------------------------------------------------

    def restore_state(self) -> None:
        if self.state is None:
            return
        for key, restore in (("geometry", self.restoreGeometry),
                             ("windowState", self.restoreState),
                             ("splitter", self.splitter.restoreState),
                             ("columns", self.list_panel.view.restore_state)):
            value = self.state.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)

    def save_state(self) -> None:
        if self.state is None:
            return
        self.state.setValue("geometry", self.saveGeometry())
        self.state.setValue("windowState", self.saveState())
        self.state.setValue("splitter", self.splitter.saveState())
        self.state.setValue("columns", self.list_panel.view.save_state())
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.refresh_timer.stop()
        self.probe_timer.stop()
        event.accept()
        if self._closed is not None and not self._closed.done():
            self._closed.set_result(self._outcome)

    def _watch_outbox(self) -> None:
        """Keep the queued/failed counter in the header true to the outbox, and offer
        "Send queued now" (Ctrl+Shift+O)."""
        outbox = self.core.outbox
        if outbox is None:
            return

        def show_counts(_result: object = None) -> None:
            counts = outbox.counts
            self.header.set_queued(counts["pending"], counts["failed"])

        self.bridge.outbox_changed.connect(show_counts)
        show_counts()
        send_now = QAction(self.tr("Send queued changes now"), self)
        send_now.setShortcut(QKeySequence("Ctrl+Shift+O"))
        send_now.triggered.connect(outbox.wake)
        self.addAction(send_now)

    async def wait_closed(self) -> str:
        """Until the window is closed: QUIT, or RESTART to reconnect with new settings."""
        self._closed = asyncio.get_running_loop().create_future()
        return await self._closed

    async def shutdown(self, grace: float = 5.0) -> int:
        """Stop everything this window started (queued scans first get ``grace`` s to
        finish); returns scans left unsent. The core closes the HTTP client after."""
        self.refresh_timer.stop()
        self.probe_timer.stop()
        left = await self.core.pipeline.stop(grace)
        await self.ops.cancel_all()
        await self.model.aclose()
        await self.list_cache.aclose()
        self.label_actions.close()
        self.bridge.detach()
        return left
