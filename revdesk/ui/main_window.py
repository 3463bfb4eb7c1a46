"""The station window: lays out the header, the scan panel, the returns list and the return
detail, and composes the features (returns, labels, shift, station) by placing the actions
and menus each one returns. It holds no business rules (those are the domain services of
its :class:`StationCore`) and hears the core only through its :class:`CoreBridge`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QMenuBar,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from revdesk.config import StationSettings
from revdesk.core import StationCore
from revdesk.domain.process_index import ProcessRow
from revdesk.i18n import translate
from revdesk.settings_store import SettingsSaved

from .actions import make_action
from .bridge import CoreBridge
from .confirm import Confirmation
from .errors import ErrorPresenter
from .feedback import SoundPlayer
from .header import StationHeader
from .label_actions import LabelActions
from .list_cache import ListCache
from .notice_line import NoticeLine, SoundsOffLine
from .operations import Operations
from .parcel_contents import ParcelContentsActions
from .process_detail import ProcessDetail
from .process_model import ProcessTableModel
from .process_view import ProcessListPanel
from .returns_actions import ReturnsActions
from .scan_catcher import ScanCatcher
from .scan_panel import ScanPanel
from .shelf_banner import ShelfBanner
from .shift_actions import ShiftActions
from .station_actions import StationActions
from .station_status import StationStatus
from .walkin_actions import WalkinActions

log = logging.getLogger(__name__)

QUIT, RESTART = "quit", "restart"
#: Below this window height (a 1024x768 or 1366x768 screen) the recent scans keep three rows.
COMPACT_HEIGHT = 900
DETAIL_MIN_WIDTH = 520


#: After the list's first load: the dialogs' modules are imported then.
DIALOGS_PRELOAD_MS = 500


def preload_dialogs() -> None:
    """Import the dialogs' modules (and what they import: printing, printer profiles), so
    that no first opening waits for them."""
    from . import printing  # noqa: F401
    from .dialogs import (  # noqa: F401
        about,
        history_view,
        outbox_view,
        printers,
        settings,
        shelf_view,
        shortcuts,
        sign_in,
    )


def split(width: int) -> list[int]:
    """The list's and the detail's widths: the detail gets 40%, and never less than what
    shows a return's items whole (name, variant, SKU, quantity) on a 1024 px screen."""
    detail = max(DETAIL_MIN_WIDTH, round(width * 0.4))
    return [max(0, width - detail), detail]


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
        #: Resolved by closeEvent; made on first use, so a close that comes before anyone
        #: waits (a quit at start-up) is not missed.
        self._closed: asyncio.Future[str] | None = None
        self._outcome = QUIT
        self._restart_after_settings = False
        self._first_load_over = False
        self._lay_out()
        self._compose()
        self.setWindowTitle(self._title())
        self._fit_screen()
        self.restore_state()

    # -- layout ---------------------------------------------------------------------------

    def _lay_out(self) -> None:
        core = self.core
        self.header = StationHeader(is_sandbox=core.is_sandbox,
                                    backend_label=core.backend_label, parent=self)
        self.scan_panel = ScanPanel(core.pipeline, self.bridge, self.sounds, self,
                                    settings=core.settings)
        self.shelf_banner = ShelfBanner(self)
        self.model = ProcessTableModel(core.catalog, self, index=core.index,
                                       accounts=len(core.account_names) > 1)
        self.list_panel = ProcessListPanel(self.model, self)
        self.detail = ProcessDetail(self)
        # Never narrower than what shows a return's items whole on a 1024 px screen.
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("listDetailSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes(split(1560))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.shelf_banner)
        layout.addWidget(self.scan_panel)
        self.notice_line = NoticeLine(self)
        layout.addWidget(self.notice_line)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._recent_row: int | None = None
        self.scan_panel.recent_view.model().rowsInserted.connect(self._fit_recent)
        # The label buttons share the menu bar's row: a row of their own cost the list
        # and the detail 35 px of a 768 px screen. What does not fit is behind the
        # toolbar's » button, and every one of them is in the Labels menu too.
        self._menu_bar = QMenuBar(self)
        self._menu_bar.setObjectName("menuBar")
        menu_row = QWidget(self)
        menu_row.setObjectName("menuRow")
        self.labels_toolbar = QToolBar(translate("MainWindow", "Labels"), menu_row)
        # Not the name it had as a toolbar of its own row: a window.ini saved then would
        # have restoreState() claim it for the window's toolbar area again.
        self.labels_toolbar.setObjectName("labelButtons")
        self.labels_toolbar.setVisible(False)
        row = QHBoxLayout(menu_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        row.addWidget(self._menu_bar, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.labels_toolbar, 1)
        self.setMenuWidget(menu_row)

    def menuBar(self) -> QMenuBar:  # type: ignore[override]
        """The window's menu bar (QMainWindow's own would replace the row it shares with
        the label buttons)."""
        return self._menu_bar

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_recent()

    def _fit_recent(self) -> None:
        """A short screen keeps three recent scans, a tall one five: the rest of the height
        goes to the list and the detail. Rows are measured once the first one is there
        (its symbol and text), guessed from the font until then."""
        view = self.scan_panel.recent_view
        if self._recent_row is None and view.model().rowCount() > 0:
            self._recent_row = view.sizeHintForRow(0)
            view.model().rowsInserted.disconnect(self._fit_recent)
        row = self._recent_row or max(view.fontMetrics().height(),
                                      view.iconSize().height()) + 6
        rows = 3 if self.height() < COMPACT_HEIGHT else 5
        view.setFixedHeight(rows * row + 2 * view.frameWidth())

    def _fit_screen(self) -> None:
        """First start (nothing remembered yet): use the whole screen, the desk's only app."""
        screen = self.screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is None or area.width() < 800:
            self.resize(1560, 960)
        else:
            self.setGeometry(area)
        self.splitter.setSizes(split(self.width()))

    # -- composition ----------------------------------------------------------------------

    def _compose(self) -> None:
        core, bridge = self.core, self.bridge
        self.status = StationStatus(core, bridge, header=self.header, model=self.model,
                                    ops=self.ops, parent=self)
        self.returns = ReturnsActions(core, bridge, model=self.model,
                                      list_panel=self.list_panel, detail=self.detail,
                                      ops=self.ops, sounds=self.sounds,
                                      open_dialog=self.open_dialog, parent=self)
        self.parcel_contents = ParcelContentsActions(core, detail=self.detail,
                                                     panel=self.detail.parcel, ops=self.ops,
                                                     parent=self)
        self.label_actions = LabelActions(
            client=lambda: core.client, current_process=self.detail.current_process,
            selected_processes=self.list_panel.selected_processes, settings=core.settings,
            operations=self.ops, window=self, parent=self, audit=core.audit, index=core.index)
        self.walkin_actions = WalkinActions(
            core.walkin, settings=core.settings, operations=self.ops,
            printer=lambda: self.label_actions.printer, open_dialog=self.open_dialog,
            parent=self)
        self.shift_actions = ShiftActions(core, bridge, open_dialog=self.open_dialog,
                                          parent=self,
                                          counter_label=self.scan_panel.counter_label,
                                          shelf_banner=self.shelf_banner, sounds=self.sounds)
        self.station_actions = StationActions(
            core, scan_panel=self.scan_panel, sounds=self.sounds, open_dialog=self.open_dialog,
            quit=self.request_quit, shortcut_actions=self.actions, parent=self, ops=self.ops,
            printer=lambda: self.label_actions.printer)
        undo = make_action(self, translate("MainWindow", "&Undo last scan"), "undoScan",
                           self.scan_panel.undo_last, "Ctrl+Z")
        self.scan_panel.banner.set_undo_action(undo)
        focus_scan = make_action(self, translate("MainWindow", "Go to the &scan box"), "focusScan",
                                 self.focus_scan_box, "Esc")
        scan_actions = self.scan_panel.action_group.actions()

        bar = self.menuBar()
        bar.addMenu(self.station_actions.station_menu(bar))
        scan = bar.addMenu(translate("MainWindow", "S&can"))
        scan.setObjectName("scanMenu")
        scan.addActions(scan_actions)
        scan.addSeparator()
        scan.addActions([undo, focus_scan])
        returns_menu = self.returns.menu(bar)
        returns_menu.addSeparator()
        returns_menu.addActions(self.walkin_actions.all())
        bar.addMenu(returns_menu)
        self.labels_menu: QMenu = self.label_actions.menu(bar)
        bar.addMenu(self.labels_menu)
        self.add_label_actions([])  # the menu has them; the toolbar and the keys too
        bar.addMenu(self.shift_actions.menu(bar))
        bar.addMenu(self.station_actions.help_menu(bar))
        # Every shortcut works window-wide, even with the menu bar hidden.
        self.addActions([*self.station_actions.all(), *scan_actions, undo, focus_scan,
                         *self.returns.all(), *self.label_actions.all(),
                         *self.shift_actions.all(), self.status.send_now])

        # Beside the scan counts, not in a status bar: a status bar shown for good would
        # take a row from the list and the return's items at 1024x768.
        self.scan_panel.add_notice(SoundsOffLine(self.sounds, self.scan_panel))
        self.label_actions.message.connect(self.show_message)
        self.shift_actions.message.connect(self.show_message)
        self.walkin_actions.message.connect(self.show_message)
        self.detail.process_changed.connect(lambda _p: self.label_actions.update_enabled())
        # Batch print works on the selection too, with no return open.
        self.list_panel.view.selectionModel().selectionChanged.connect(
            lambda *_: self.label_actions.update_enabled())
        self.bridge.scan_changed.connect(self.label_actions.on_scan_result)
        self.shift_actions.reprint_label = self.label_actions.reprint_event
        self.header.queued_clicked.connect(self.shift_actions.open_outbox)
        self.header.operator_clicked.connect(self.shift_actions.ask_operator)
        self.scan_panel.looked_up.connect(self.returns.show_looked_up)
        self.bridge.settings_saved.connect(self._on_settings_saved)
        self.presenter.dialog_closed.connect(self.focus_scan_box)
        self.model.loading_changed.connect(self._on_first_load)
        # The saved list at once, then the API behind it.
        self.list_cache = ListCache(self.model, core.list_cache(), self)
        if self.list_cache.restore():
            self.ops.run(self.list_cache.refresh(), label=translate("MainWindow", "Refresh"),
                         on_failure=lambda exc: True)  # a failed page shows in the list line
        # A scan typed into the list, the search or the detail still reaches the scan box.
        self.scan_catcher = ScanCatcher(self, self.scan_panel.scan_box,
                                        self.scan_panel.submit_text)
        self.scan_catcher.install()

    def add_label_actions(self, actions: Iterable[QAction]) -> None:
        """Add label / printing actions to the Labels menu and toolbar (with the label
        actions' own). Their shortcuts work window-wide; the detail's current return and
        the list's selection tell them which return(s) to act on."""
        for action in actions:
            self.labels_menu.addAction(action)
            self.addAction(action)
        self.labels_toolbar.clear()
        self.labels_toolbar.addActions(self.labels_menu.actions())
        self.labels_menu.menuAction().setVisible(True)
        self.labels_toolbar.setVisible(True)

    def open_dialog(self, dialog: QDialog) -> None:
        """Open a dialog without a nested event loop; the scan box gets the focus back."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.finished.connect(self.focus_scan_box)
        dialog.open()
        # From now on the window is blocked, and Qt drops keys addressed to a blocked
        # window before any filter sees them (QA F20): the dialog asks for the keyboard at
        # once rather than waiting for a window manager's choice.
        dialog.activateWindow()

    def request_quit(self) -> None:
        """Station → Quit (Ctrl+Q): with scans still waiting to be sent, asks first, "Keep
        the station open" being the default (the Enter a scanner sends)."""
        outbox = self.core.outbox
        waiting = self.core.pipeline.pending + (
            outbox.counts.get("pending", 0) if outbox is not None else 0)
        if not waiting:
            self.close()
            return
        self.open_dialog(Confirmation(
            self, title=translate("MainWindow", "Quit the station?"),
            text=translate("MainWindow", "%n scan(s) still waiting to be sent to REVER. They are "
                           "kept and sent when the station runs again, but not while it is "
                           "closed.", "", waiting),
            yes=translate("MainWindow", "Quit anyway"), no=translate("MainWindow", "Keep the station open"),
            on_yes=self.close, name="confirmQuit"))

    def show_message(self, text: str) -> None:
        """A feature's one-line result: on the notice line, which keeps it, and the
        status bar."""
        self.notice_line.show_notice(text)
        self.statusBar().showMessage(text, 10_000)

    def selected_processes(self) -> list[ProcessRow]:
        return self.list_panel.selected_processes()

    @property
    def settings(self) -> StationSettings:
        """The settings in force (the store's, read when needed: never a copy)."""
        return self.core.settings.current

    def _title(self) -> str:
        title = translate("MainWindow", "revdesk — station {name}").format(name=self.settings.station_name)
        return title + (translate("MainWindow", " — SANDBOX") if self.core.is_sandbox else "")

    def _on_settings_saved(self, saved: SettingsSaved) -> None:
        """Whoever saved them (Settings, the sign-in, the printer chooser): what the window
        shows follows (the header follows by itself); a new address, key or language builds
        the window again on a new core."""
        old, new = saved.old, saved.new
        if new.scan.default_action != old.scan.default_action:
            self.scan_panel.set_action(new.scan.default_action)
        if new.sounds != old.sounds:
            self.station_actions.mute.setChecked(not new.sounds)
        self.setWindowTitle(self._title())
        # Another language: every text of the window is made again, by building the window
        # again on the path a new address takes (queued scans stay in the outbox and are
        # sent by the next core), rather than a retranslation each widget would have to
        # implement and keep true.
        if saved.reconnect or new.language != old.language:
            dialog = self.station_actions.settings_dialog
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                # Saved from a dialog opened inside Settings (More REVER accounts…): the
                # window is built again once Settings is closed, never under the lead's
                # unsaved edits there.
                if not self._restart_after_settings:
                    self._restart_after_settings = True
                    dialog.finished.connect(lambda _result: self._restart())
                return
            self._restart()

    def _restart(self) -> None:
        """Close, to be built again on a new core (app.py's loop)."""
        self._outcome = RESTART
        self.close()

    # -- focus and the first load ---------------------------------------------------------

    def focus_scan_box(self) -> None:
        self.scan_panel.focus_scan_box()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self.focus_scan_box()
        self.returns.refresh_timer.start()
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
        self.status.probe_timer.start()
        self.sounds.preload()
        # The dialogs' modules, imported on first use, made a first opening tens of ms
        # longer (Settings: 64 ms, then 9 ms), and keys a scanner sent meanwhile went to
        # the window the dialog then blocked, and were dropped (QA F20). Imported now.
        QTimer.singleShot(DIALOGS_PRELOAD_MS, self, preload_dialogs)
        self.first_load_done.emit()

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
        self.returns.refresh_timer.stop()
        self.status.probe_timer.stop()
        event.accept()
        closed = self._closed_future()
        if not closed.done():
            closed.set_result(self._outcome)

    async def wait_closed(self) -> str:
        """Until the window is closed: QUIT, or RESTART to reconnect with new settings."""
        return await self._closed_future()

    def _closed_future(self) -> asyncio.Future[str]:
        if self._closed is None:
            self._closed = asyncio.get_event_loop().create_future()
        return self._closed

    async def shutdown(self, grace: float = 5.0) -> int:
        """Stop everything this window started (queued scans first get ``grace`` s to
        finish); returns scans left unsent. The core closes the HTTP client after."""
        self.returns.refresh_timer.stop()
        self.status.probe_timer.stop()
        self.list_panel.stop_timers()
        left = await self.core.pipeline.stop(grace)
        await self.ops.cancel_all(close=True)
        await self.model.aclose()
        await self.list_cache.aclose()
        self.label_actions.close()
        self.scan_catcher.uninstall()
        self.bridge.detach()
        return left
