"""The return detail: customer, order, line items, current status, the logistics summary
(carrier, tracking id with its tracking link, return method, pickups), the status history
seen by this station, and a status change. Values the API sends that the contract does not
list (``STATUS_UNSPECIFIED``, new enum values) are shown exactly as they came.

The labels work adds its buttons to :meth:`ProcessDetail.add_actions` and follows
:attr:`ProcessDetail.process_changed` / :meth:`ProcessDetail.current_process`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import SHIPPING_STATUSES, Process
from revdesk.domain.details import ProcessDetails
from revdesk.domain.status import StatusChange
from revdesk.i18n import translate

from . import theme
from .elided_label import ElidedLabel
from .errors import api_message, operator_text
from .locale_format import clock
from .parcel_contents import ParcelContentsPanel
from .process_model import short_time
from .simple_models import RowsModel

log = logging.getLogger(__name__)


def _value(text: str) -> str:
    return text if text else "—"


def escape(text: str) -> str:
    """Text made safe inside the tracking link's rich text."""
    # Imported with the first return shown, not with the window: html brings its table of
    # 2,000 named entities (3 ms of the start-up).
    import html

    return html.escape(text, quote=True)


class NoteLabel(QLabel):
    """A wrapped message that takes no room while it has nothing to say: the room is the
    items table's."""

    def setText(self, text: str) -> None:  # type: ignore[override]
        super().setText(text)
        self.setVisible(bool(text))


class ProcessDetail(QWidget):
    """``process_changed`` carries the shown Process (or None); ``status_change_requested``
    carries (process id, new status, current status)."""

    process_changed = Signal(object)
    status_change_requested = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("processDetail")
        self._process: Process | None = None
        self._details: ProcessDetails | None = None
        self._loading_text = ""

        self.title = ElidedLabel(self, min_chars=9)
        self.title.setText(translate("ProcessDetail", "No return open"))
        self.title.setObjectName("detailTitle")
        self.title.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE + 4, bold=True))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_pill = QLabel(self)
        self.status_pill.setObjectName("detailStatus")
        self.status_pill.setFont(theme.font(theme.BANNER_TEXT_POINT_SIZE, bold=True))
        self.state_label = NoteLabel(self)
        self.state_label.setObjectName("detailState")
        self.state_label.setWordWrap(True)

        # Customer and order
        self.customer = QLabel(self)
        self.email = QLabel(self)
        self.order = QLabel(self)
        self.created = QLabel(self)
        self.method = QLabel(self)
        #: Whose return it is, at a station of several REVER accounts (a row only then).
        self.account = QLabel(self)
        self.account.setObjectName("detailAccount")
        for label in (self.customer, self.email, self.order, self.created, self.method,
                      self.account):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.plain_text(self.title, self.status_pill, self.state_label, self.customer,
                         self.email, self.order, self.created, self.method, self.account)
        about = QFormLayout()
        self._about = about
        about.addRow(translate("ProcessDetail", "Customer:"), self.customer)
        about.addRow(translate("ProcessDetail", "E-mail:"), self.email)
        about.addRow(translate("ProcessDetail", "Order:"), self.order)
        about.addRow(translate("ProcessDetail", "Created:"), self.created)
        about.addRow(translate("ProcessDetail", "Return method:"), self.method)
        about.addRow(translate("ProcessDetail", "Account:"), self.account)
        about.setRowVisible(self.account, False)

        # Logistics summary
        self.logistics_box = QGroupBox(translate("ProcessDetail", "Logistics"), self)
        self.carrier = QLabel(self)
        self.tracking = QLabel(self)
        self.tracking.setObjectName("trackingLink")
        self.tracking.setTextFormat(Qt.TextFormat.RichText)
        self.tracking.setOpenExternalLinks(True)
        self.tracking.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.logistics_method = QLabel(self)
        self.pickups = QLabel(self)
        self.logistics_status = QLabel(self)
        self.logistics_status.setObjectName("logisticsStatus")
        self.logistics_error = QLabel(self)
        self.logistics_error.setObjectName("logisticsError")
        self.logistics_error.setWordWrap(True)
        self.logistics_error.setStyleSheet(f"color: {theme.ERROR_BG};")
        # The tracking link stays rich text (a link), with everything in it escaped.
        theme.plain_text(self.carrier, self.logistics_method, self.pickups,
                         self.logistics_status, self.logistics_error)
        form = QFormLayout(self.logistics_box)
        form.addRow(translate("ProcessDetail", "Carrier:"), self.carrier)
        form.addRow(translate("ProcessDetail", "Tracking:"), self.tracking)
        form.addRow(translate("ProcessDetail", "Method:"), self.logistics_method)
        form.addRow(translate("ProcessDetail", "Pickups:"), self.pickups)
        form.addRow(translate("ProcessDetail", "Status:"), self.logistics_status)
        form.addRow(self.logistics_error)

        # Line items and history
        self.items_model = RowsModel(
            [
                translate("ProcessDetail", "Item"),
                translate("ProcessDetail", "Variant"),
                translate("ProcessDetail", "SKU"),
                translate("ProcessDetail", "Qty"),
            ],
            self,
        )
        self.items_view = self._table(self.items_model, "lineItems")
        self.history_model = RowsModel(
            [
                translate("ProcessDetail", "Time"),
                translate("ProcessDetail", "Change"),
                translate("ProcessDetail", "By"),
                translate("ProcessDetail", "Result"),
            ],
            self,
        )
        self.history_view = self._table(self.history_model, "statusHistory")
        #: What the parcel should hold, from the merchant's platform (filled by
        #: ``ParcelContentsActions``); the rest of the detail never waits for it.
        self.parcel = ParcelContentsPanel(self)

        # Status change
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("detailStatusCombo")
        for status in SHIPPING_STATUSES:
            self.status_combo.addItem(status, status)
        self.set_status_button = QPushButton(translate("ProcessDetail", "Set s&tatus"), self)
        self.set_status_button.setObjectName("setStatusButton")
        self.set_status_button.clicked.connect(self._request_status)
        change_row = QHBoxLayout()
        change_label = QLabel(translate("ProcessDetail", "&New status:"), self)
        change_label.setBuddy(self.status_combo)
        change_label.setToolTip(translate("ProcessDetail", "Set this return's shipping status by hand"))
        change_row.addWidget(change_label)
        change_row.addWidget(self.status_combo, 1)
        change_row.addWidget(self.set_status_button)

        # Room for label / pickup / logistic-order actions (issue 5)
        self.actions_row = QHBoxLayout()
        self.actions_row.setObjectName("detailActions")
        self.actions_row.addStretch(1)

        self.open_tracking_action = QAction(translate("ProcessDetail", "Open tracking page"), self)
        self.open_tracking_action.setShortcut(QKeySequence("Ctrl+T"))
        self.open_tracking_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.open_tracking_action.triggered.connect(self.open_tracking_page)
        self.open_tracking_action.setEnabled(False)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status_pill)
        # The items, the customer and logistics, and the history each take the whole pane
        # in turn: the items table gets the room to show its rows whole, with no second
        # scroll area around it (a 1024x768 screen left it three rows, names cut).
        about_page = QWidget()
        about_page.setObjectName("detailAboutPage")
        body = QVBoxLayout(about_page)
        body.setContentsMargins(6, 6, 6, 6)
        body.addLayout(about)
        body.addWidget(self.logistics_box)
        body.addStretch(1)
        about_scroll = QScrollArea(self)
        about_scroll.setWidgetResizable(True)
        about_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        about_scroll.setWidget(about_page)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.addTab(self.items_view, translate("ProcessDetail", "Items"))
        # "Contents": four tabs fit the detail's width at 1024x768 with this word.
        self.tabs.addTab(self.parcel, translate("ProcessDetail", "Contents"))
        self.tabs.setTabToolTip(1, translate("ProcessDetail", "Parcel contents: what the order "
                                             "holds, from the merchant's platform. Check the "
                                             "parcel against it."))
        self.tabs.addTab(about_scroll, translate("ProcessDetail", "Customer, logistics"))
        self.tabs.addTab(self.history_view, translate("ProcessDetail", "History"))
        self.tabs.setTabToolTip(3, translate("ProcessDetail", "Status changes from this station"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(header)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(change_row)
        layout.addLayout(self.actions_row)
        self.clear()

    def _table(self, model: RowsModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        vertical = view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(view.fontMetrics().height() + 6)
        # The first column (a name, a time) takes what is left; the others are as wide as
        # their longest value, so a SKU or a quantity is never cut.
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            0 if name == "lineItems" else model.columnCount() - 1, QHeaderView.ResizeMode.Stretch
        )
        return view

    # -- for other features ---------------------------------------------------------------

    def current_process(self) -> Process | None:
        return self._process

    def current_details(self) -> ProcessDetails | None:
        return self._details

    def add_actions(self, actions: Iterable[QAction]) -> None:
        """Show ``actions`` as buttons in the detail's action row (labels, pickups...)."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.actions_row.insertWidget(self.actions_row.count() - 1, button)

    # -- showing --------------------------------------------------------------------------

    def clear(self) -> None:
        self._process = None
        self._details = None
        self.title.setText(translate("ProcessDetail", "No return open"))
        self.state_label.setText(
            translate(
                "ProcessDetail",
                "Enter or double-click a row, or scan with Look up (F7), to open a return here.",
            )
        )
        self.status_pill.setText("")
        self.status_pill.setStyleSheet("")
        self._about.setRowVisible(self.account, False)
        for label in (
            self.account,
            self.customer,
            self.email,
            self.order,
            self.created,
            self.method,
            self.carrier,
            self.tracking,
            self.logistics_method,
            self.pickups,
            self.logistics_status,
            self.logistics_error,
        ):
            label.setText("")
        self.items_model.set_rows([])
        self.tabs.setTabText(0, translate("ProcessDetail", "Items"))
        self.history_model.set_rows([])
        self.set_status_button.setEnabled(False)
        self.status_combo.setEnabled(False)
        self.open_tracking_action.setEnabled(False)
        self.process_changed.emit(None)

    def show_loading(self, process_id: str) -> None:
        if self._process is None or self._process.process_id != process_id:
            self.title.setText(process_id)
        self._loading_text = translate("ProcessDetail", "Loading {pid}…").format(pid=process_id)
        self.state_label.setText(self._loading_text)

    def show_failure(self, process_id: str, error: BaseException) -> None:
        text = operator_text(error)
        self.state_label.setText(
            translate("ProcessDetail", "{pid} could not be opened: {reason}").format(
                pid=process_id, reason=text
            )
        )

    def show_process(self, process: Process) -> None:
        """Show what is known of a process at once (e.g. from a scan) before the rest loads."""
        changed = self._process is None or self._process.process_id != process.process_id
        self._process = process
        pid = process.process_id
        self.title.setText(pid)
        self._show_status(process.shipping_status)
        customer = process.customer
        self.customer.setText(_value(customer.full_name))
        self.email.setText(_value(customer.email))
        order = process.order_number or process.order_id
        self.order.setText(
            _value(order)
            + (translate("ProcessDetail", "  (id {id})").format(id=process.order_id)
               if process.order_id and process.order_number else "")
        )
        self.created.setText(_value(short_time(process.created_at) if process.created_at else ""))
        self.method.setText(_value(process.return_method))
        self.account.setText(process.account)
        self._about.setRowVisible(self.account, bool(process.account))
        self.items_model.set_rows(
            [(i.name or i.line_item_id, i.variant_name, i.sku, str(i.quantity)) for i in process.line_items]
        )
        items = len(process.line_items)
        self.tabs.setTabText(0, translate("ProcessDetail", "Items (%n)", "", items))
        self.set_status_button.setEnabled(True)
        self.status_combo.setEnabled(True)
        if process.shipping_status in SHIPPING_STATUSES:
            self.status_combo.setCurrentIndex(SHIPPING_STATUSES.index(process.shipping_status))
        if changed:
            self._details = None
            for label in (
                self.carrier,
                self.tracking,
                self.logistics_method,
                self.pickups,
                self.logistics_status,
                self.logistics_error,
            ):
                label.setText("")
            self.open_tracking_action.setEnabled(False)
            self.state_label.setText("")  # a message about the same return stays
        self.process_changed.emit(process)

    def show_details(self, details: ProcessDetails) -> None:
        self.show_process(details.process)
        if self.state_label.text() == self._loading_text:
            self.state_label.setText("")
        self._details = details
        logistics = details.logistics
        if logistics is not None:
            self.carrier.setText(_value(logistics.carrier))
            url = details.tracking_url
            tracking_id = logistics.tracking_id or details.process.tracking_id
            if url:
                self.tracking.setText(f'<a href="{escape(url)}">{escape(tracking_id or url)}</a>')
                self.tracking.setToolTip(url)
            else:
                self.tracking.setText(escape(_value(tracking_id)))
                self.tracking.setToolTip("")
            self.logistics_method.setText(_value(logistics.return_method))
            self.pickups.setText(_value(logistics.pickups_scheduled))
            self.logistics_status.setText(_value(logistics.status))
            self.logistics_error.setText("")
            self.open_tracking_action.setEnabled(bool(url))
        else:
            self.carrier.setText(_value(details.process.carrier))
            self.tracking.setText(escape(_value(details.process.tracking_id)))
            self.logistics_error.setText(
                translate("ProcessDetail", "Logistics not available: {reason}").format(
                    reason=api_message(details.logistics_error) if details.logistics_error else ""
                )
            )
        self.show_history(details.history)

    def show_history(self, changes: list[StatusChange]) -> None:
        rows: list[tuple[str, ...]] = []
        colours: list[str | None] = []
        for change in reversed(changes):
            when = clock(change.at)
            what = f"{change.old or '?'} → {change.new}"
            if change.ok:
                result = (
                    translate("ProcessDetail", "sent")
                    if change.delivery and change.delivery.value == "sent"
                    else translate("ProcessDetail", "queued")
                )
                colours.append(None)
            else:
                result = api_message(change.error) if change.error else translate("ProcessDetail", "failed")
                colours.append(theme.ERROR_BG)
            rows.append((when, what, change.source, result))
        self.history_model.set_rows(rows, colours)

    def _show_status(self, status: str) -> None:
        bg, fg = theme.status_colours(status)
        self.status_pill.setText(f"  {status or '—'}  ")
        self.status_pill.setStyleSheet(
            f"background: {bg.name()}; color: {fg.name()}; border-radius: 6px; padding: 4px;"
        )

    def set_status_shown(self, status: str) -> None:
        """After a change from anywhere: update the shown status in place."""
        if self._process is not None:
            self._process = self._process.model_copy(update={"shipping_status": status})
            self._show_status(status)
            if status in SHIPPING_STATUSES:
                self.status_combo.setCurrentIndex(SHIPPING_STATUSES.index(status))
            self.process_changed.emit(self._process)

    # -- actions --------------------------------------------------------------------------

    def _request_status(self) -> None:
        if self._process is None:
            return
        status = self.status_combo.currentData()
        self.status_change_requested.emit(self._process.process_id, status, self._process.shipping_status)

    def open_tracking_page(self) -> None:
        url = self._details.tracking_url if self._details else ""
        if url:
            # Imported here, not with the window (see errors.ErrorPresenter._show).
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl(url))
