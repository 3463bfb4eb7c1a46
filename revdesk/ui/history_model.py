"""The audit log as tables: the events (newest first) and the shift summary (delivered status
changes per hour and status, with totals)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
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
    SHIFT_START,
    STATUS_CHANGE,
    SUPERSEDED,
    WALKIN_RETURN,
    Event,
)
from revdesk.domain.audit_trail import (
    API_KEY_CHANGED,
    CARRIER_LABEL,
    INTAKE_LABEL,
    INTAKE_LABEL_AUTO,
    REPRINT_CARRIER,
    REPRINT_INTAKE,
    UPLOADED_LABEL,
)
from revdesk.domain.logistics import NOTHING_GENERATED
from revdesk.domain.shift import (
    BACKEND_NOTED,
    BY_BACKEND,
    BY_HAND,
    BY_SIGN_IN,
    ON_SANDBOX,
    STARTED_BY_HAND,
)
from revdesk.domain.status import SOURCE_BULK, SOURCE_DETAIL, SOURCE_SCAN, SOURCE_UNDO
from revdesk.i18n import QT_TRANSLATE_NOOP, translate
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
        SHIFT_START: translate("HistoryModel", "Shift start"),
    }
    return names.get(action, action)


#: Words the station stores in the audit log, which stays in English (the CLI and every
#: station share it, and shift.py compares what it stored): shown in the station's language.
#: Free text (an error's message, a print's target) is shown as it was stored.
STORED_WORDS = {
    SOURCE_SCAN: QT_TRANSLATE_NOOP("HistoryModel", "scan"),
    SOURCE_UNDO: QT_TRANSLATE_NOOP("HistoryModel", "undo"),
    SOURCE_DETAIL: QT_TRANSLATE_NOOP("HistoryModel", "return's detail"),
    SOURCE_BULK: QT_TRANSLATE_NOOP("HistoryModel", "bulk change"),
    API_KEY_CHANGED: QT_TRANSLATE_NOOP("HistoryModel", "API key changed"),
    ON_SANDBOX: QT_TRANSLATE_NOOP("HistoryModel", "the built-in sandbox"),
    STARTED_BY_HAND: QT_TRANSLATE_NOOP("HistoryModel", "started by hand"),
    CARRIER_LABEL: QT_TRANSLATE_NOOP("HistoryModel", "carrier label"),
    INTAKE_LABEL: QT_TRANSLATE_NOOP("HistoryModel", "intake label"),
    INTAKE_LABEL_AUTO: QT_TRANSLATE_NOOP("HistoryModel", "intake label, automatic"),
    UPLOADED_LABEL: QT_TRANSLATE_NOOP("HistoryModel", "uploaded carrier label"),
    REPRINT_CARRIER: QT_TRANSLATE_NOOP("HistoryModel", "reprint of the carrier label"),
    REPRINT_INTAKE: QT_TRANSLATE_NOOP("HistoryModel", "reprint of the intake label"),
    NOTHING_GENERATED: QT_TRANSLATE_NOOP(
        "HistoryModel", "nothing generated (provider OPS handles it outside REVER)"),
    # How a shift started (SHIFT_START's new value).
    BY_SIGN_IN: QT_TRANSLATE_NOOP("HistoryModel", "operator signed in"),
    BY_HAND: QT_TRANSLATE_NOOP("HistoryModel", "by hand"),
    BY_BACKEND: QT_TRANSLATE_NOOP("HistoryModel", "another backend"),
    BACKEND_NOTED: QT_TRANSLATE_NOOP("HistoryModel", "backend noted"),
}


def stored_text(text: str) -> str:
    """``text`` as the audit log holds it ("; "-joined parts, each maybe "word: more"), each
    part's stored word ("scan", "API key changed"...) in the station's language; the rest
    (free text) as it is."""
    return "; ".join(_stored_part(part) for part in text.split("; "))


def _stored_part(part: str) -> str:
    head, colon, rest = part.partition(": ")
    known = STORED_WORDS.get(head)
    return translate("HistoryModel", known) + colon + rest if known else part


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
    old, new = event.old_value, event.new_value
    if event.action == SHIFT_START:  # how it started, and the backend before: stored words
        old, new = stored_text(old), stored_text(new)
    if old and new:
        return f"{old} → {new}"
    return new or old


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
            DETAIL: stored_text(event.detail),
        }
        return values[column]

    def set_events(self, events: Sequence[Event]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()


def hour_text(hour: str) -> str:
    """An hour of the summary (``"2026-12-07 17:00"``, as the domain keys it) as the
    locale writes a date and time, like the events beside it; anything else as it is."""
    try:
        when = datetime.strptime(hour, "%Y-%m-%d %H:%M")
    except ValueError:
        return hour
    return date_time(when)


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
            return hour_text(label) if index.column() == 0 else str(counts[index.column() - 1])
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
