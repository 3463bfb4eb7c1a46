"""The outbox's entries as a table: what is waiting to be sent, or was refused, and why, in
the operator's words."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from revdesk.domain.outbox import Entry
from revdesk.i18n import translate
from revdesk.ui.simple_models import HeaderedTableModel

from .locale_format import clock, date_time

Index = QModelIndex | QPersistentModelIndex

#: The entry itself, for the view and tests.
EntryRole = Qt.ItemDataRole.UserRole + 1

PROCESS, STATUS, SOURCE, ATTEMPTS, REASON, QUEUED_AT, ACCOUNT = range(7)


def source_text(source: str) -> str:
    """Who asked for the change, as the operator calls it."""
    names = {
        "scan": translate("OutboxModel", "scan"),
        "undo": translate("OutboxModel", "undo"),
        "detail": translate("OutboxModel", "return detail"),
        "bulk": translate("OutboxModel", "bulk change"),
        "cli": translate("OutboxModel", "script (CLI)"),
    }
    return names.get(source, source)


def reason_text(entry: Entry, now: float | None = None) -> str:
    """Why the entry is where it is: the refusal or the last problem (translated like every
    API message), and for a pending one when it is tried next."""
    reason = translate("ApiError", entry.last_error) if entry.last_error else ""
    if entry.state != "pending":
        return reason
    if not entry.attempts:
        return translate("OutboxModel", "not sent yet")
    now = time.time() if now is None else now
    if entry.next_attempt_at > now:
        when = clock(entry.next_attempt_at)
        return translate("OutboxModel", "{reason} — next try at {when}").format(reason=reason, when=when)
    return translate("OutboxModel", "{reason} — trying again now").format(reason=reason)


class EntriesModel(HeaderedTableModel):
    """Outbox entries, oldest first (the order they are sent in)."""

    def __init__(self, parent: QObject | None = None, *,
                 account_of: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        #: At a station of several REVER accounts, whose return each change is (a column).
        self.account_of = account_of
        self.headers = [
            translate("EntriesModel", "Process"),
            translate("EntriesModel", "Status"),
            translate("EntriesModel", "Source"),
            translate("EntriesModel", "Tries"),
            translate("EntriesModel", "Why"),
            translate("EntriesModel", "Queued at"),
        ]
        if account_of is not None:
            self.headers.append(translate("EntriesModel", "Account"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == EntryRole:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == STATUS and entry.previous_status:
                return translate("EntriesModel", "was {status}").format(status=entry.previous_status)
            return self._text(entry, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, entry: Entry, column: int) -> str:
        if column == PROCESS:
            return entry.process_id
        if column == STATUS:
            return entry.status
        if column == SOURCE:
            return source_text(entry.source)
        if column == ATTEMPTS:
            return str(entry.attempts)
        if column == REASON:
            return reason_text(entry)
        if column == ACCOUNT and self.account_of is not None:
            return self.account_of(entry.process_id)
        return date_time(entry.created_at, seconds=True)

    def set_entries(self, entries: Sequence[Entry]) -> None:
        """Show ``entries``: updated in place when the same ones are shown (a view being
        read keeps its selection and scroll position), else replaced."""
        new = list(entries)
        if [e.id for e in new] == [e.id for e in self.entries]:
            self.entries = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self.entries = new
        self.endResetModel()

    def entry_at(self, row: int) -> Entry:
        return self.entries[row]
