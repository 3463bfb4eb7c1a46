"""The shelf of parcels to pull back as a table (``domain/shelf.py`` decides what is on it):
process, customer, order number, REVER's reason, when it was scanned and what to do, in the
operator's words."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from revdesk.domain.shelf import ShelfItem
from revdesk.i18n import translate
from revdesk.ui.simple_models import HeaderedTableModel

from . import theme
from .locale_format import date_time

Index = QModelIndex | QPersistentModelIndex

#: The ShelfItem itself, for the view and tests.
ItemRole = Qt.ItemDataRole.UserRole + 1

PROCESS, CUSTOMER, ORDER, REASON, SCANNED_AT, TODO = range(6)


def advice_text(item: ShelfItem) -> str:
    """What to do, translated (the domain marks its words, see ``domain.shelf.N_``)."""
    return translate("Shelf", item.advice)


class ShelfModel(HeaderedTableModel):
    """Shelf items as the domain gives them (the latest scanned first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ShelfItem] = []
        self.headers = [
            translate("ShelfModel", "Process"),
            translate("ShelfModel", "Customer"),
            translate("ShelfModel", "Order"),
            translate("ShelfModel", "REVER said"),
            translate("ShelfModel", "Scanned at"),
            translate("ShelfModel", "What to do"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # REVER's text: never drawn as markup
            return theme.plain_tooltip(self._text(item, index.column()))
        if (
            role == Qt.ItemDataRole.ForegroundRole and index.column() == TODO and not item.retryable
        ):  # red: nothing the station can do, the lead decides
            return QBrush(QColor(theme.ERROR_BG))
        return None

    def _text(self, item: ShelfItem, column: int) -> str:
        if column == PROCESS:
            return item.process_id
        if column == CUSTOMER:
            return item.customer
        if column == ORDER:
            return item.order_number
        if column == REASON:
            # Translated like every API message (the outbox keeps the English words).
            return translate("ApiError", item.reason) if item.reason else ""
        if column == SCANNED_AT:
            return date_time(item.scanned_at, seconds=True)
        return advice_text(item)

    def set_items(self, items: Sequence[ShelfItem]) -> None:
        """Show ``items``: updated in place when they are the same entries (a view being
        read keeps its selection), else replaced."""
        new = list(items)
        if [i.entry.id for i in new] == [i.entry.id for i in self.items]:
            self.items = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self.items = new
        self.endResetModel()

    def item_at(self, row: int) -> ShelfItem:
        return self.items[row]
