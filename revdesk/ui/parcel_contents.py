"""The detail's "Parcel contents": what the return's parcel should hold, from the merchant's
platform, for the operator to check the contents against.

:class:`ParcelContentsPanel` is the section (a note and a model/view list: name, variant,
SKU, quantity, returnable, the product's picture); :class:`ParcelContentsActions` fills it
when a return opens, through the core's services (``core.parcels``, ``core.pictures``):
no HTTP here. The order comes in the background and its pictures after it, one by one; the
rest of the detail never waits for either, and a failure here is said here only.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import OrderLineItem, Process
from revdesk.core import StationCore
from revdesk.domain.parcel_contents import (
    ContentsKind,
    ParcelContents,
    item_name,
    returnable_text,
)
from revdesk.domain.pictures import Picture
from revdesk.i18n import translate

from . import theme
from .operations import Operations
from .simple_models import HeaderedTableModel, Index

log = logging.getLogger(__name__)

#: Pictures loaded for one order at most: an order of 500 lines does not start 500 loads.
MAX_PICTURES = 60
ICON_PX = 24


class ParcelItemsModel(HeaderedTableModel):
    """The order's line items; the picture, when it has come, as the first column's icon."""

    NAME, VARIANT, SKU, QUANTITY, RETURNABLE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [translate("ParcelContents", "Item"),
                        translate("ParcelContents", "Variant"),
                        translate("ParcelContents", "SKU"), translate("ParcelContents", "Qty"),
                        translate("ParcelContents", "Returnable")]
        self.items: list[OrderLineItem] = []
        self._cells: list[tuple[str, ...]] = []
        self._pictures: dict[str, QPixmap] = {}
        self._picture_problems: dict[str, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def set_items(self, items: list[OrderLineItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        # The returnable cell says yes or no; why not is its tooltip (a narrow column
        # leaves the name its room at 1024x768).
        self._cells = [(item_name(i), i.variant_name, i.sku, str(i.quantity),
                        _short_returnable(i)) for i in self.items]
        self._pictures.clear()
        self._picture_problems.clear()
        self.endResetModel()

    def row_text(self, row: int) -> tuple[str, ...]:
        return self._cells[row]

    def picture_of(self, row: int) -> QPixmap | None:
        return self._pictures.get(self.items[row].picture_url)

    def set_picture(self, picture: Picture) -> None:
        """Show ``picture`` on every row whose product has that address."""
        if picture.thumbnail is not None:
            pixmap = QPixmap()
            if pixmap.loadFromData(picture.thumbnail, "PNG"):
                # A pixmap is drawn at its own size, not the view's icon size: cut to the
                # row's height otherwise.
                self._pictures[picture.url] = pixmap.scaled(
                    ICON_PX, ICON_PX, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation)
            else:
                self._picture_problems[picture.url] = translate("ParcelContents",
                                                                "The picture cannot be read.")
        else:
            self._picture_problems[picture.url] = picture.problem
        for row, item in enumerate(self.items):
            if item.picture_url == picture.url:
                index = self.index(row, self.NAME)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole,
                                                     Qt.ItemDataRole.ToolTipRole])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        row, column = index.row(), index.column()
        item = self.items[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            # The merchant's text: a tag in it must be shown, never rendered.
            if column == self.NAME and item.picture_url in self._picture_problems:
                return theme.plain_tooltip(translate(
                    "ParcelContents", "{name}\nNo picture: {reason}").format(
                        name=self._cells[row][column],
                        reason=self._picture_problems[item.picture_url]))
            if column == self.RETURNABLE:
                return returnable_text(item)
            return theme.plain_tooltip(self._cells[row][column])
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return self._pictures.get(item.picture_url)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.RETURNABLE \
                and item.is_returnable is False:
            return QBrush(QColor(theme.ERROR_BG))
        return None


def _short_returnable(item: OrderLineItem) -> str:
    if item.is_returnable is None:
        return translate("ParcelContents", "?")
    return (translate("ParcelContents", "yes") if item.is_returnable
            else translate("ParcelContents", "no"))


class ParcelContentsPanel(QWidget):
    """The section itself: a note (loading, or why there are no contents) and the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcelContents")
        self.note = QLabel(self)
        self.note.setObjectName("parcelContentsNote")
        self.note.setWordWrap(True)
        theme.plain_text(self.note)
        self.model = ParcelItemsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("parcelItems")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setIconSize(QSize(ICON_PX, ICON_PX))
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(max(self.view.fontMetrics().height() + 6, ICON_PX + 4))
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ParcelItemsModel.NAME, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        self.contents: ParcelContents | None = None
        self.clear()

    def clear(self) -> None:
        self.contents = None
        self.model.set_items([])
        self._say("")

    def show_loading(self) -> None:
        self.contents = None
        self.model.set_items([])
        self._say(translate("ParcelContents", "Asking the merchant's platform what this "
                            "parcel should hold…"))

    def show_contents(self, contents: ParcelContents) -> None:
        self.contents = contents
        self.model.set_items(contents.items)
        if contents.kind is ContentsKind.CONTENTS:
            pieces = sum(i.quantity for i in contents.items)
            self._say(translate("ParcelContents", "Order {order}: %n item(s) should be in "
                                "the parcel.", "", pieces).format(
                                    order=(contents.order.order_number if contents.order
                                           else "") or contents.order_id))
        else:
            self._say(contents.message)
        self.note.setStyleSheet(
            "" if contents.kind in (ContentsKind.CONTENTS, ContentsKind.NO_ORDER)
            else f"color: {theme.ERROR_BG};")

    def show_failure(self) -> None:
        self.model.set_items([])
        self._say(translate("ParcelContents", "The parcel's contents could not be shown; the "
                            "details are in the log."))

    def set_picture(self, picture: Picture) -> None:
        self.model.set_picture(picture)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        if not text:
            self.note.setStyleSheet("")


class ParcelContentsActions(QObject):
    """Fills ``panel`` for the return the detail shows: its order's contents, then its
    pictures. A return opened again, or another one, cancels what is still loading."""

    def __init__(self, core: StationCore, *, detail: Any, panel: ParcelContentsPanel,
                 ops: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.panel = panel
        self.ops = ops
        #: (process id, order id) of what is shown or loading.
        self._shown: tuple[str, str] | None = None
        self._task: asyncio.Task[None] | None = None
        detail.process_changed.connect(self.on_process)

    def on_process(self, process: Process | None) -> None:
        shown = None if process is None else (process.process_id, process.order_id)
        if shown == self._shown:
            return  # the same return shown again (a status change, a reload)
        self._shown = shown
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None
        if process is None:
            self.panel.clear()
            return
        key = (process.process_id, process.order_id)
        self.panel.show_loading()

        def failed(exc: Exception) -> bool:
            if key == self._shown and shiboken6.isValid(self.panel):
                self.panel.show_failure()
            return True  # said in the section; logged by the operations

        load = self._load(process, key)
        self._task = self.ops.run(load, label=translate(
            "ParcelContents", "Parcel contents of {pid}").format(pid=process.process_id),
            on_failure=failed)
        if self._task is not None:
            # Cancelled before it started (another return opened at once, the window
            # closing), the coroutine was never awaited: closed, it is not warned about.
            self._task.add_done_callback(lambda _: load.close())

    async def _load(self, process: Process, key: tuple[str, str]) -> None:
        contents = await self.core.parcels.for_process(process)
        if key != self._shown or not shiboken6.isValid(self.panel):
            return
        self.panel.show_contents(contents)
        urls = list(dict.fromkeys(i.picture_url for i in contents.items if i.picture_url))
        loads = [asyncio.ensure_future(self.core.pictures.load(url))
                 for url in urls[:MAX_PICTURES]]
        for load in loads:
            load.add_done_callback(_retrieved)
        try:
            for finished in asyncio.as_completed(loads):
                picture = await finished
                if key != self._shown or not shiboken6.isValid(self.panel):
                    return
                self.panel.set_picture(picture)
        finally:
            # Not awaited here: a coroutine closed while it waits must not wait again.
            for load in loads:
                load.cancel()


def _retrieved(task: asyncio.Future[Picture]) -> None:
    """A picture's load that failed on a bug is logged, never "never retrieved"."""
    if not task.cancelled() and (exc := task.exception()) is not None:
        log.error("picture load failed", exc_info=(type(exc), exc, exc.__traceback__))
