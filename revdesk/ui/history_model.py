"""The audit log as tables: the events (newest first) and the shift summary (delivered status
changes per hour and status, with totals)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from revdesk.domain.audit import (
    DELIVERED,
    DISCARDED,
    FAILED,
    LABEL_UPLOAD,
    LOGISTIC_ORDER,
    OK,
    PICKUP,
    PRINT,
    SETTING_CHANGE,
    STATUS_CHANGE,
    SUPERSEDED,
    WALKIN_RETURN,
    Event,
)
from revdesk.i18n import translate
from revdesk.ui.simple_models import HeaderedTableModel

from . import theme
from .locale_format import date_time

Index = QModelIndex | QPersistentModelIndex

#: The event itself, for the view and tests.
EventRole = Qt.ItemDataRole.UserRole + 1

TIME, STATION, OPERATOR, ACTION, PROCESS, CHANGE, RESULT, DETAIL = range(8)


def action_text(action: str) -> str:
    names = {
        STATUS_CHANGE: translate("HistoryModel", "Status change"),
        LABEL_UPLOAD: translate("HistoryModel", "Label upload"),
        LOGISTIC_ORDER: translate("HistoryModel", "Logistic order"),
        PICKUP: translate("HistoryModel", "Pickup request"),
        PRINT: translate("HistoryModel", "Print"),
        SETTING_CHANGE: translate("HistoryModel", "Setting change"),
        WALKIN_RETURN: translate("HistoryModel", "Walk-in return"),
    }
    return names.get(action, action)


def result_text(result: str) -> str:
    names = {
        OK: translate("HistoryModel", "ok"),
        FAILED: translate("HistoryModel", "failed"),
        DELIVERED: translate("HistoryModel", "delivered"),
        SUPERSEDED: translate("HistoryModel", "replaced by a later change"),
        DISCARDED: translate("HistoryModel", "discarded"),
    }
    return names.get(result, result)


def change_text(event: Event) -> str:
    if event.old_value and event.new_value:
        return f"{event.old_value} → {event.new_value}"
    return event.new_value or event.old_value


class EventsModel(HeaderedTableModel):
    """Audit events as given (the history view gives them newest first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
        self.headers = [
            translate("EventsModel", "Time"),
            translate("EventsModel", "Station"),
            translate("EventsModel", "Operator"),
            translate("EventsModel", "Action"),
            translate("EventsModel", "Process"),
            translate("EventsModel", "Old → new"),
            translate("EventsModel", "Result"),
            translate("EventsModel", "Detail"),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self.events[index.row()]
        if role == EventRole:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:  # REVER's text: never drawn as markup
            return theme.plain_tooltip(self._text(event, index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == RESULT and event.result == FAILED:
            return QBrush(QColor(theme.ERROR_BG))
        return None

    def _text(self, event: Event, column: int) -> str:
        values = {
            TIME: date_time(event.when, seconds=True),
            STATION: event.station,
            OPERATOR: event.operator,
            ACTION: action_text(event.action),
            PROCESS: event.process_id,
            CHANGE: change_text(event),
            RESULT: result_text(event.result),
            DETAIL: event.detail,
        }
        return values[column]

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()


class SummaryModel(HeaderedTableModel):
    """One row per hour, one column per status, totals in the last row and column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.statuses: list[str] = []
        self.rows: list[tuple[str, list[int]]] = []
        self.headers = [translate("SummaryModel", "Hour"), translate("SummaryModel", "Total")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        label, counts = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label if index.column() == 0 else str(counts[index.column() - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (
            index.row() == len(self.rows) - 1 or index.column() == len(self.headers) - 1
        ):
            return theme.font(theme.BASE_POINT_SIZE, bold=True)
        return None

    def set_summary(self, table: dict[str, dict[str, int]]) -> None:
        """``table`` as :func:`revdesk.domain.audit.shift_summary` gives it."""
        self.beginResetModel()
        self.statuses = sorted({s for counts in table.values() for s in counts})
        self.headers = [translate("SummaryModel", "Hour"), *self.statuses, translate("SummaryModel", "Total")]
        self.rows = []
        for hour, counts in table.items():
            values = [counts.get(s, 0) for s in self.statuses]
            self.rows.append((hour, [*values, sum(values)]))
        if self.rows:
            totals = [sum(row[1][i] for row in self.rows) for i in range(len(self.statuses) + 1)]
            self.rows.append((translate("SummaryModel", "Total"), totals))
        self.endResetModel()

    def count(self, hour: str, status: str) -> int:
        """The figure shown for ``hour`` (or "Total") and ``status`` (or "Total")."""
        column = (
            len(self.statuses)
            if status == translate("SummaryModel", "Total")
            else self.statuses.index(status)
        )
        return next(counts[column] for label, counts in self.rows if label == hour)
