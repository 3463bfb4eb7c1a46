"""A small read-only table model for short lists (line items, status history, bulk
results): still model/view, never a QTableWidget."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from . import theme

Index = QModelIndex | QPersistentModelIndex


class HeaderedTableModel(QAbstractTableModel):
    """A flat table whose columns are its ``headers``: subclasses give rows and data."""

    headers: list[str]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class RowsModel(HeaderedTableModel):
    """Rows of text; an optional per-row text colour; rows replaced or updated in place."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.colours: list[str | None] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # REVER's, a platform's text: never drawn
            return theme.plain_tooltip(self.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.ForegroundRole and self.colours[index.row()]:
            return QBrush(QColor(self.colours[index.row()]))
        return None

    def set_rows(self, rows: Sequence[tuple[str, ...]],
                 colours: Sequence[str | None] | None = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.colours = list(colours) if colours is not None else [None] * len(self.rows)
        self.endResetModel()

    def update_row(self, row: int, values: tuple[str, ...], colour: str | None = None) -> None:
        self.rows[row] = values
        self.colours[row] = colour
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
