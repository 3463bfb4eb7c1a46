"""The recent scans, newest first, each with its result: a list model updated in place as a
queued scan becomes final."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanResult, Severity
from revdesk.i18n import translate

from . import theme
from .feedback import COLOURS, describe
from .icons import Symbol, icon
from .locale_format import clock

MAX_ROWS = 300
ResultRole = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_SERVED = frozenset({_DISPLAY, _DECORATION, Qt.ItemDataRole.BackgroundRole.value, _TOOLTIP,
                     int(ResultRole)})
#: Each result's symbol in a colour readable on the row (white, or its severity's tint).
SYMBOL_COLOURS = {Severity.OK: theme.OK_BG, Severity.NOTICE: "#7a5a00",
                  Severity.ERROR: theme.ERROR_BG, Severity.PENDING: "#5f6368"}

Index = QModelIndex | QPersistentModelIndex


class RecentScansModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ScanResult] = []  # oldest first; row 0 shows the newest
        self._seq_to_abs: dict[int, int] = {}
        self._dropped = 0
        #: seq -> (outcome, display text, symbol)
        self._texts: dict[int, tuple[Outcome, str, Symbol]] = {}
        #: Scans whose parcel was left unreceived (a pick list dropped unchosen): red rows.
        self._unreceived: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def result_at(self, row: int) -> ScanResult:
        return self._items[len(self._items) - 1 - row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for ~10 roles of every visible row at each scan (a row is inserted at the
        # top, so all of them repaint): nothing computed for roles not served, and the
        # text made once per outcome of a scan.
        if role not in _SERVED or not index.isValid():
            return None
        result = self.result_at(index.row())
        if role == _DISPLAY or role == _DECORATION or role == _TOOLTIP:
            cached = self._texts.get(result.seq)
            if result.seq in self._unreceived:
                cached = self._unreceived_text(result)
            elif cached is None or cached[0] is not result.outcome:
                wording = describe(result)
                when = clock(result.scanned_at)
                text = f"{when}   {wording.title}"
                text = f"{text}  —  {wording.detail}" if wording.detail else text
                cached = (result.outcome, text, wording.symbol)
                self._texts[result.seq] = cached
            if role == _DISPLAY:
                return cached[1]
            if role == _TOOLTIP:  # the whole line (a narrow list cuts it), and the raw read
                raw = (
                    translate("RecentScansModel", "raw: {raw}").format(raw=repr(result.raw))
                    if result.raw
                    else ""
                )
                return "\n".join(t for t in (cached[1], raw) if t)
            # Drawn, not a font's glyph: a bare Linux has no ⏳ (icons.py).
            return icon(cached[2], SYMBOL_COLOURS[self._severity(result)])
        if role == Qt.ItemDataRole.BackgroundRole and self._severity(result) is not Severity.OK:
            bg, _ = COLOURS[self._severity(result)]
            colour = QColor(bg)
            colour.setAlpha(90)
            return QBrush(colour)
        if role == ResultRole:
            return result
        return None

    def _severity(self, result: ScanResult) -> Severity:
        return Severity.ERROR if result.seq in self._unreceived else result.severity

    def _unreceived_text(self, result: ScanResult) -> tuple[Outcome, str, Symbol]:
        when = clock(result.scanned_at)
        title = translate("RecentScansModel", "“{text}”: no return chosen").format(text=result.cleaned[:40])
        detail = translate("RecentScansModel", "not changed: scan it again")
        return result.outcome, f"{when}   {title}  —  {detail}", Symbol.ERROR

    def mark_unreceived(self, result: ScanResult) -> None:
        """A pick list left unchosen while the next parcel was scanned: its row says the
        parcel was not received (its "Press 1–2" no longer works)."""
        self._unreceived.add(result.seq)
        self.note(result)  # repaints its row

    def is_unreceived(self, result: ScanResult) -> bool:
        return result.seq in self._unreceived

    def note(self, result: ScanResult) -> None:
        """Add a new result at the top, or refresh the row of one already listed."""
        absolute = self._seq_to_abs.get(result.seq)
        if absolute is None:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._seq_to_abs[result.seq] = self._dropped + len(self._items)
            self._items.append(result)
            self.endInsertRows()
            self._trim()
            return
        position = absolute - self._dropped
        if 0 <= position < len(self._items):
            row = len(self._items) - 1 - position
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def _trim(self) -> None:
        excess = len(self._items) - MAX_ROWS
        if excess <= 0:
            return
        last = len(self._items) - 1
        self.beginRemoveRows(QModelIndex(), last - excess + 1, last)
        for old in self._items[:excess]:
            self._seq_to_abs.pop(old.seq, None)
            self._texts.pop(old.seq, None)
            self._unreceived.discard(old.seq)
        del self._items[:excess]
        self._dropped += excess
        self.endRemoveRows()
