"""The returns list as a Qt table model over the domain's :class:`ProcessIndex`.

- Lazy: ``canFetchMore``/``fetchMore`` ask the catalog for the next page (``page_token``)
  when the view scrolls near the end; a failed page pauses fetching until a refresh.
- Filter and sort run in the index (milliseconds at 100,000 rows), not in a proxy.
- Rows keep their identity (process id): a refresh or a scan updates rows in place with
  ``dataChanged``; filter, sort and merged pages move rows with ``layoutChanged`` and carry
  the persistent indexes (current row, selection) along, so the current row is kept.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush

from revdesk.domain.catalog import ProcessCatalog
from revdesk.domain.process_index import (
    COLUMNS,
    FIELDS,
    STATUS_COLUMN,
    ProcessIndex,
    ProcessRow,
    Query,
)
from revdesk.domain.status import StatusChange
from revdesk.i18n import translate

from . import theme
from .icons import Symbol, icon
from .locale_format import date_time

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1  # the ProcessRow
SortKeyRole = Qt.ItemDataRole.UserRole + 2
MarkRole = Qt.ItemDataRole.UserRole + 3  # the last bulk result of the row, if any
CREATED_COLUMN = COLUMNS.index("created_at")
#: Search keys made per slice of idle time (about 10 ms).
KEY_SLICE = 4_000

_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ROW, _SORT_KEY, _MARK = int(RowRole), int(SortKeyRole), int(MarkRole)
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_SERVED = frozenset({_DISPLAY, _BACKGROUND, _FOREGROUND, _TOOLTIP, _ROW, _SORT_KEY, _MARK,
                     _DECORATION})


@functools.cache
def _status_brushes(status: str) -> tuple[QBrush, QBrush]:
    bg, fg = theme.status_colours(status)
    return QBrush(bg), QBrush(fg)


def short_time(value: str) -> str:
    """RFC 3339 as a local short date and time in the station's language; anything else
    exactly as it came."""
    return _short_time(value, QLocale().name())


@functools.lru_cache(maxsize=4096)  # asked again for every visible row at each repaint
def _short_time(value: str, _locale: str) -> str:  # the locale's name: a new language, new entries
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return date_time(when)


class ProcessTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    counts_changed = Signal()
    #: A page could not be loaded (the error); fetching pauses until ``resume_fetching``.
    load_failed = Signal(object)
    #: A page or a refresh came back from REVER: what ``load_failed`` said is over.
    loaded = Signal()

    def __init__(self, catalog: ProcessCatalog | None = None,
                 parent: QObject | None = None, *, index: ProcessIndex | None = None,
                 accounts: bool = False) -> None:
        super().__init__(parent)
        #: The row field each column shows: the list's columns, and the account last when
        #: the station holds several REVER accounts (a 3PL desk: whose return is it).
        self._fields: tuple[int, ...] = tuple(range(len(COLUMNS))) + (
            (FIELDS.index("account"),) if accounts else ())
        self.catalog = catalog
        self.index_ = index if index is not None else ProcessIndex()
        self._visible: list[int] = []
        self._row_of: dict[int, int] | None = None
        self.query = Query()
        self._fetch: asyncio.Task[None] | None = None
        self._paused = False
        self.marks: dict[str, tuple[bool, str]] = {}
        #: While the rows come from the local cache, when they were saved; None once the
        #: API has been read again over all of them.
        self.cached_at: float | None = None
        self._headers = [
            translate("ProcessTableModel", "Process"),
            translate("ProcessTableModel", "Order"),
            translate("ProcessTableModel", "Customer"),
            translate("ProcessTableModel", "Status"),
            translate("ProcessTableModel", "Method"),
            translate("ProcessTableModel", "Carrier"),
            translate("ProcessTableModel", "Tracking"),
            translate("ProcessTableModel", "Created"),
        ]
        if accounts:
            self._headers.append(translate("ProcessTableModel", "Account"))

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell (~2,000 times a frame): plain int
        # comparisons, and nothing computed for the roles this model does not serve.
        if role not in _SERVED or not index.isValid():
            return None
        row = self.index_.rows[self._visible[index.row()]]
        column = index.column()
        mark = self.marks.get(row.process_id) if column == 0 and self.marks else None
        if role == _DISPLAY:
            value = row[self._fields[column]]
            if mark is not None:
                return value  # the mark is drawn beside it (DecorationRole)
            return short_time(value) if column == CREATED_COLUMN and value else value
        if role == _BACKGROUND or role == _FOREGROUND:
            if column == STATUS_COLUMN:
                return _status_brushes(row.status)[0 if role == _BACKGROUND else 1]
            if mark is not None and role == _FOREGROUND:
                return _status_brushes("IN_WAREHOUSE" if mark[0] else "ERROR")[1]
            return None
        if role == _DECORATION:
            if mark is None:
                return None
            # Drawn ✔ / ✖, not a font's glyphs (icons.py).
            return icon(Symbol.OK, theme.OK_BG) if mark[0] else icon(Symbol.ERROR, theme.ERROR_BG)
        if role == _ROW:
            return row
        if role == _SORT_KEY:
            return row[self._fields[column]].casefold()
        if role == _TOOLTIP:
            return mark[1] if mark is not None else None
        if role == _MARK:
            return mark
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return (
            not parent.isValid()
            and self.catalog is not None
            and self.catalog.has_more
            and self._fetch is None
            and not self._paused
        )

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetch = asyncio.ensure_future(self._fetch_next())
            self.loading_changed.emit(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (a negative column: the server's order)."""
        descending = order == Qt.SortOrder.DescendingOrder
        self.index_.sort(self._fields[column] if column >= 0 else None,
                         descending and column >= 0)
        self._relayout(self.index_.select(self.query))

    # -- loading --------------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._fetch is not None

    async def _fetch_next(self) -> None:
        assert self.catalog is not None
        try:
            rows = await self.catalog.next_page()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self._paused = True
            log.info("list page failed: %r", exc)
            self.load_failed.emit(exc)
        else:
            self.add_rows(rows)
            self._loaded_or_unread()
        finally:
            self._fetch = None
            self.loading_changed.emit(False)

    def _loaded_or_unread(self) -> None:
        """A page came back: what ``load_failed`` said is over, unless an account's rows
        are missing from it (several accounts: said by name, the others' rows shown, the
        list goes on loading)."""
        unread = self.catalog.unread if self.catalog is not None else []
        if unread:
            self.load_failed.emit(unread[0])
        else:
            self.loaded.emit()

    async def fetch_next_page(self) -> int:
        """Load one more page now (tests, "load more"); returns the rows added."""
        before = len(self.index_)
        if self._fetch is not None:
            await self._fetch
        else:
            self._paused = False
            self.fetchMore(QModelIndex())
            if self._fetch is not None:
                await self._fetch
        return len(self.index_) - before

    async def load_all(self) -> None:
        """Follow every page (a lead's "load everything" and the benchmarks)."""
        while self.catalog is not None and self.catalog.has_more and not self._paused:
            await self.fetch_next_page()

    def show_cached(self, rows: list[ProcessRow], saved_at: float) -> None:
        """Show rows saved by an earlier run until :meth:`refresh_cached` reads them again."""
        self.cached_at = saved_at
        self.set_rows(rows)

    async def refresh_cached(self) -> None:
        """Read from the API, page after page, as many rows as the cache showed, updating
        them in place (the current row and the selection stay). The list is live after;
        a failed page pauses it as any page does, and it stays marked as cached."""
        target = len(self.index_)
        while (
            self.catalog is not None
            and self.catalog.has_more
            and not self._paused
            and self.catalog.loaded < target
        ):
            await self.fetch_next_page()
        if not self._paused and self.cached_at is not None:
            self.cached_at = None
            self.counts_changed.emit()

    def resume_fetching(self) -> None:
        self._paused = False

    @property
    def paused(self) -> bool:
        """A page failed: nothing more is fetched until :meth:`resume_fetching`."""
        return self._paused

    async def refresh(self, max_rows: int | None = None) -> int:
        """Read the loaded pages again and update rows in place; returns rows changed or
        added. Raises the catalog's error (the caller shows it)."""
        if self.catalog is None:
            return 0
        if self._fetch is not None:
            await asyncio.shield(self._fetch)
        self.loading_changed.emit(True)
        try:
            rows = await self.catalog.refresh(max_rows)
        finally:
            self.loading_changed.emit(self._fetch is not None)
        self._paused = False
        changed = self.add_rows(rows)
        self._loaded_or_unread()
        return changed

    async def search_server(self, text: str) -> int:
        """Merge the server's matches for ``text`` (returns not loaded yet)."""
        if self.catalog is None or not text.strip():
            return 0
        added = self.add_rows(await self.catalog.search(text.strip(), self.query.status))
        if self.catalog.unread:  # a merchant's matches may be missing: said, by name
            self.load_failed.emit(self.catalog.unread[0])
        return added

    # -- changes --------------------------------------------------------------------------

    def add_rows(self, rows: Iterable[ProcessRow]) -> int:
        """Merge rows: known ones change in place, new ones join the current filter/sort."""
        changed, added = self.index_.upsert(rows if isinstance(rows, list) else list(rows))
        self._emit_changed(changed)
        if added:
            self._merge_added(added)
        self.counts_changed.emit()
        self._build_keys_when_idle()
        return len(changed) + len(added)

    def set_rows(self, rows: Iterable[ProcessRow]) -> None:
        """Replace everything (a local cache, a benchmark's 100,000 rows)."""
        self.beginResetModel()
        self.index_.clear()  # the same object: the scan pipeline resolves scans in it
        self.index_.upsert(list(rows))
        self._visible = self.index_.select(self.query)
        self._row_of = None
        self.endResetModel()
        self.counts_changed.emit()
        self._build_keys_when_idle()

    def _build_keys_when_idle(self) -> None:
        """The rows go on screen first; their search keys (a quarter second at 100,000
        rows) are made in slices between events, so neither showing the rows nor typing
        waits for them. A filter before the last slice makes the rest at once."""
        if not self.index_.keys_ready:
            QTimer.singleShot(0, self, self._next_key_slice)

    def _next_key_slice(self) -> None:
        if not self.index_.build_keys(KEY_SLICE):
            QTimer.singleShot(0, self, self._next_key_slice)

    def apply_change(self, change: StatusChange) -> None:
        """A status change from this station (scan, detail, bulk): update the row in place.
        The row stays visible even if it no longer matches the filter, so it does not
        vanish under the operator's eyes; the next filter change applies."""
        if change.ok:
            self.set_status(change.process_id, change.new)

    def set_status(self, process_id: str, status: str) -> None:
        i = self.index_.set_status(process_id, status)
        if i is not None:
            self._emit_changed([i])

    def _emit_changed(self, store_indexes: list[int]) -> None:
        if not store_indexes:
            return
        rows = sorted(r for i in store_indexes if (r := self._visible_row(i)) is not None)
        if not rows:
            return
        last_column = len(self._fields) - 1
        if len(rows) > 64:  # one signal for a big refresh
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last_column))
            return
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))

    def _visible_row(self, store_index: int) -> int | None:
        if self._row_of is None:
            if len(self._visible) < 2048:
                try:
                    return self._visible.index(store_index)
                except ValueError:
                    return None
            self._row_of = {s: r for r, s in enumerate(self._visible)}
        return self._row_of.get(store_index)

    def _merge_added(self, added: list[int]) -> None:
        query = self.query
        fresh = [i for i in added if self.index_.matches(i, query)]
        if not fresh:
            return
        if self.index_.sort_column is None and not self.index_.descending:
            # Server order: new rows go to the end, nothing moves.
            first = len(self._visible)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._visible = self._visible + fresh
            self._row_of = None
            self.endInsertRows()
            return
        self._relayout(self.index_.select(query))

    # -- filter ---------------------------------------------------------------------------

    def set_query(self, status: str = "", text: str = "") -> None:
        """Show only rows with ``status`` (empty: all) matching every word of ``text``."""
        query = Query(status=status, text=text)
        if query == self.query:
            return
        self.query = query
        self._relayout(self.index_.select(query))
        self.counts_changed.emit()

    def _relayout(self, visible: list[int]) -> None:
        """Show ``visible`` (store indexes) instead, moving persistent indexes along."""
        self.layoutAboutToBeChanged.emit()
        old = self._visible
        persistent = self.persistentIndexList()
        moved = []
        if persistent:
            position = {s: r for r, s in enumerate(visible)} if len(persistent) > 8 else None
            for p in persistent:
                store = old[p.row()] if 0 <= p.row() < len(old) else None
                row = None
                if store is not None:
                    if position is not None:
                        row = position.get(store)
                    else:
                        try:
                            row = visible.index(store)
                        except ValueError:
                            row = None
                moved.append(self.createIndex(row, p.column()) if row is not None else QModelIndex())
        self._visible = visible
        self._row_of = None
        if persistent:
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- lookups --------------------------------------------------------------------------

    def row_at(self, row: int) -> ProcessRow:
        return self.index_.rows[self._visible[row]]

    def row_of(self, process_id: str) -> int | None:
        """The visible row showing ``process_id``, or None."""
        i = self.index_.index_of(process_id)
        return None if i is None else self._visible_row(i)

    @property
    def loaded_count(self) -> int:
        return len(self.index_)

    @property
    def has_more(self) -> bool:
        return self.catalog is not None and self.catalog.has_more

    def set_marks(self, marks: dict[str, tuple[bool, str]]) -> None:
        """Per-row results of a bulk change (shown in the process id column)."""
        self.marks = marks
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, 0))

    async def aclose(self) -> None:
        if self._fetch is not None:
            self._fetch.cancel()
            try:
                await self._fetch
            except asyncio.CancelledError:
                pass
