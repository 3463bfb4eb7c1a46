"""The shelf view: the parcels to pull back (scans REVER refused after the station answered
"queued"), each with what to do, kept true while open. "Retry" sends again only the
selected ones a retry can help (never a cancelled or unknown return); "Pulled back" takes
the selected ones off the shelf (their refused change is dropped, and the audit log says
so)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.core import StationCore
from revdesk.domain import shelf
from revdesk.domain.outbox import Result, discard_failed
from revdesk.domain.shelf import ShelfItem
from revdesk.i18n import translate

from .. import theme
from ..bridge import CoreBridge
from ..screen_fit import keep_on_screen
from ..shelf_model import REASON, TODO, ShelfModel

log = logging.getLogger(__name__)

__all__ = ["ShelfView"]

#: Outcomes arrive one per change: the table is read again at most this often.
REFRESH_DELAY_MS = 200


class ShelfView(QDialog):
    """The shelf of ``core``'s outbox, live through ``bridge``. ``changed``: the view took
    parcels off the shelf or sent them again (the banner reads the shelf again)."""

    changed = Signal()

    def __init__(self, core: StationCore, bridge: CoreBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert core.outbox is not None  # opened only with an outbox
        self.setObjectName("shelfView")
        self.setWindowTitle(translate("ShelfView", "Parcels to pull back"))
        self.resize(1100, 480)
        keep_on_screen(self)
        self.core = core
        self.store = core.outbox.store
        self.model = ShelfModel(self)
        self._build()
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(REFRESH_DELAY_MS)
        self._later.timeout.connect(self.refresh)
        self.bridge = bridge
        bridge.outbox_changed.connect(self._on_result)
        self.finished.connect(self._stop_listening)
        self.refresh()

    def _build(self) -> None:
        self.intro = QLabel(translate("ShelfView",
            "REVER refused these scans after the station had said “queued”: the parcels went "
            "on with the received ones. Find each one and do what the last column says."),
            self)
        self.intro.setWordWrap(True)
        self.count = QLabel(self)
        self.count.setObjectName("shelfCount")
        self.count.setFont(theme.font(theme.BASE_POINT_SIZE + 2, bold=True))
        self.view = QTableView(self)
        self.view.setObjectName("shelfTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        # What to do is the column that matters, and REVER's words can be long: both
        # share the width and wrap, never cut.
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TODO, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel(self)
        self.status.setObjectName("shelfStatus")
        self.status.setWordWrap(True)
        theme.plain_text(self.intro, self.count, self.status)
        self.retry_button = self._button(translate("ShelfView", "&Retry selected"), "retrySelected",
                                         self.retry_selected)
        self.retry_button.setToolTip(translate("ShelfView",
            "Send the selected changes again: only those a retry can help (not a cancelled "
            "or unknown return)"))
        self.pulled_button = self._button(translate("ShelfView", "&Pulled back"), "pulledBack",
                                          self.pulled_back)
        self.pulled_button.setToolTip(translate("ShelfView",
            "The selected parcels were pulled back: take them off the shelf (their refused "
            "change is dropped; the history keeps a record of each)"))
        close = self._button(translate("ShelfView", "Close"), "close", self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.pulled_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        # Never a default button: a scanner's Enter must not press one.
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(slot)
        return button

    # -- live updates ---------------------------------------------------------------------

    def _on_result(self, _result: Result) -> None:
        if shiboken6.isValid(self) and not self._later.isActive():
            self._later.start()

    def _stop_listening(self) -> None:
        self.bridge.outbox_changed.disconnect(self._on_result)

    def refresh(self) -> None:
        """Read the shelf again from the outbox file."""
        if self.store.closed:  # the station stopped while this view waited to refresh
            return
        items = shelf.shelf(self.store, self.core.index)
        self.model.set_items(items)
        count = len(items)  # lupdate reads a count only as a bare name
        self.count.setText(translate("ShelfView", "%n parcel(s) to pull back", "", count)
                           if items else translate("ShelfView", "Nothing to pull back."))
        self._update_buttons()

    def selected(self) -> list[ShelfItem]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.item_at(r) for r in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.retry_button.setEnabled(any(i.retryable for i in chosen))
        self.pulled_button.setEnabled(bool(chosen))

    # -- actions --------------------------------------------------------------------------

    def retry_selected(self) -> None:
        chosen = self.selected()
        retried = shelf.retry(self.store, chosen)
        if retried and self.core.outbox is not None:
            self.core.outbox.wake()
        left = len(chosen) - len(retried)
        count = len(retried)
        text = translate("ShelfView", "%n change(s) will be sent again.", "", count)
        if left:
            text += " " + translate("ShelfView", "%n cannot succeed by retrying: see what to do.",
                                    "", left)
        self.status.setText(text)
        self.refresh()
        self.changed.emit()

    def pulled_back(self) -> None:
        chosen = self.selected()
        dropped = discard_failed(self.store, self.core.audit, [i.entry for i in chosen])
        count = len(dropped)
        self.status.setText(translate("ShelfView", "%n parcel(s) taken off the shelf.", "", count))
        self.refresh()
        self.changed.emit()
