"""The returns list as data: compact rows, and a filter/sort index that stays fast at
100,000 rows. No Qt: the window's table model shows what this index selects, and the
benchmarks measure it directly.

Why not ``QSortFilterProxyModel``: it calls ``data()`` through Python for every row on every
keystroke and sort comparison. Here a row is a tuple, its search text is prepared once,
and a filter is one list comprehension over plain strings; typing further narrows the
previous result instead of starting again.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from revdesk.api.models import Process

from .scan_resolution import key_of


class ProcessRow(NamedTuple):
    """One line of the returns list: what the table shows, nothing more."""

    process_id: str
    order_number: str
    customer: str
    status: str
    return_method: str
    carrier: str
    tracking_id: str
    created_at: str
    #: Searched, not a column: a parcel with nothing scannable is found by the customer's
    #: e-mail (STATION.md, flow 2). Last, with a default, so the shown columns keep their
    #: positions.
    customer_email: str = ""
    #: The station's REVER account the return belongs to, when it holds several
    #: (domain/accounts.py); a column only then (ui/process_model.py).
    account: str = ""

    @classmethod
    def from_process(cls, p: Process) -> ProcessRow:
        intern = sys.intern  # few distinct values: share one string each
        return cls(p.process_id, p.order_number, p.customer.full_name,
                   intern(p.shipping_status), intern(p.return_method), intern(p.carrier),
                   p.tracking_id, p.created_at, p.customer.email, intern(p.account))


#: Every field of a row, as the list cache stores them.
FIELDS: tuple[str, ...] = ProcessRow._fields
#: Column order of the table (the index of each field in ProcessRow): all but the e-mail.
COLUMNS: tuple[str, ...] = FIELDS[:FIELDS.index("customer_email")]
STATUS_COLUMN = COLUMNS.index("status")
SEARCHED_FIELDS = ("process_id", "order_number", "customer", "tracking_id", "customer_email",
                   "account")


class _Marks(dict[int, int | None]):
    """For ``str.translate``: a combining mark -> None (deleted), any other character ->
    itself; learnt as characters are first met, then one C-level lookup per character
    instead of a Python call per character."""

    def __missing__(self, code: int) -> int | None:
        value = None if unicodedata.combining(chr(code)) else code
        self[code] = value
        return value


_MARKS = _Marks()
#: The accents of Latin, Greek and Cyrillic letters: removed by one regular expression,
#: which leaves most names plain ASCII with no per-character work at all.
_COMMON_MARKS = re.compile("[" + "".join(
    chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form for searching ("García" matches "garcia")."""
    text = text.casefold()
    if text.isascii():
        return text
    text = _COMMON_MARKS.sub("", unicodedata.normalize("NFKD", text))
    return text if text.isascii() else text.translate(_MARKS)


_SEARCHED = tuple(FIELDS.index(f) for f in SEARCHED_FIELDS)


def search_key(row: ProcessRow) -> str:
    # A separator no search word can contain, so words never match across fields.
    a, b, c, d, e, f = _SEARCHED
    key = (f"{fold(row[a])}\x00{fold(row[b])}\x00{fold(row[c])}\x00{fold(row[d])}"
           f"\x00{fold(row[e])}")
    # A station of several accounts: a merchant's name finds its returns.
    return f"{key}\x00{fold(row[f])}" if row[f] else key


@dataclass(frozen=True)
class Query:
    """Which rows the list shows: a status (empty = all) and search words (all must match
    one of process id, order number, customer, tracking id, customer e-mail)."""

    status: str = ""
    text: str = ""

    @property
    def words(self) -> list[str]:
        return fold(self.text).split()


class _Arrangement:
    """All rows in one sort order, with their search keys and statuses copied in that order.

    Filtering walks these lists front to back; walking the load-order lists through a sort
    permutation instead touches memory at random and is several times slower at 100k rows.
    """

    __slots__ = ("column", "descending", "keys", "order", "rank", "statuses", "values")

    def __init__(self, column: int | None, descending: bool) -> None:
        self.column = column
        self.descending = descending
        self.order: list[int] = []
        self.keys: list[str] = []
        self.statuses: list[str] = []
        self.values: list[str] = []  # sort keys, ascending or descending as the order is
        self.rank: dict[int, int] | None = None  # row -> position, built on demand


class ProcessIndex:
    """Rows in load order, found by process id, selected and sorted by a :class:`Query`.

    A row changed in place (a scan) keeps its position until the next sort, so the list
    does not jump under the operator's eyes; rows added later are merged into the order.
    """

    def __init__(self) -> None:
        self.rows: list[ProcessRow] = []
        self._pos: dict[str, int] = {}
        self._keys: list[str] = []
        self._status: list[str] = []
        self._arr = _Arrangement(None, False)
        self._last: tuple[Query, int, list[int]] | None = None
        self._version = 0  # bumps on every change: a cached selection is valid within one
        #: Scan keys (key_of) of the rows that have a search key -> row index, or a list of
        #: them when several rows share a key (one order, two returns). A process id whose
        #: key is itself is found through ``_pos`` and not stored again.
        self._scan: dict[str, int | list[int]] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def index_of(self, process_id: str) -> int | None:
        return self._pos.get(process_id)

    def get(self, process_id: str) -> ProcessRow | None:
        i = self._pos.get(process_id)
        return None if i is None else self.rows[i]

    # -- changes --------------------------------------------------------------------------

    def upsert(self, rows: Iterable[ProcessRow]) -> tuple[list[int], list[int]]:
        """Add new rows at the end and replace known ones in place; returns the indexes
        (changed, added). Unchanged rows are in neither list."""
        if not self.rows and isinstance(rows, list) and self._load(rows):
            return [], list(range(len(rows)))
        self.build_keys()
        changed: list[int] = []
        added: list[int] = []
        for row in rows:
            i = self._pos.get(row.process_id)
            if i is None:
                i = len(self.rows)
                self._pos[row.process_id] = i
                self.rows.append(row)
                self._keys.append(search_key(row))
                self._add_scan_keys(i, row)
                self._status.append(row.status)
                added.append(i)
            elif self.rows[i] != row:
                self._replace(i, row)
                changed.append(i)
        if added:
            self._merge(added)
        if changed or added:
            self._version += 1
        return changed, added

    def _load(self, rows: list[ProcessRow]) -> bool:
        """Fill an empty index in bulk (a local cache, a first page): the same result as
        adding the rows one by one, without a probe and three appends per row, and with
        the search keys left for :meth:`build_keys`, so the rows can be shown first. False,
        and nothing changed, if an id repeats or the rows are sorted (row-by-row then)."""
        if self._arr.column is not None or self._arr.descending:
            return False
        pos = {row.process_id: i for i, row in enumerate(rows)}
        if len(pos) != len(rows):
            return False
        self._pos = pos
        self.rows = list(rows)
        self._keys = []
        self._scan = {}
        self._status = [row.status for row in rows]
        self._merge(list(range(len(rows))))
        self._version += 1
        return True

    @property
    def keys_ready(self) -> bool:
        """True when every row's search key is made (filtering needs no more work)."""
        return len(self._keys) == len(self.rows)

    def build_keys(self, limit: int | None = None) -> bool:
        """Make the search keys still missing, at most ``limit`` of them (a slice of idle
        time); True when all are made. Anything that reads keys calls this first."""
        keys = self._keys
        start = len(keys)
        stop = len(self.rows) if limit is None else min(len(self.rows), start + limit)
        if start < stop:
            keys.extend([search_key(row) for row in self.rows[start:stop]])
            for i in range(start, stop):
                self._add_scan_keys(i, self.rows[i])
        return len(keys) == len(self.rows)

    # -- scan keys ------------------------------------------------------------------------

    def find_key(self, key: str) -> list[ProcessRow]:
        """The rows whose process id, tracking id or order number has this scan key
        (:func:`~revdesk.domain.scan_resolution.key_of`); two dictionary look-ups."""
        self.build_keys()
        found: list[int] = []
        i = self._pos.get(key)
        if i is not None:
            found.append(i)
        more = self._scan.get(key)
        if more is not None:
            found.extend([more] if isinstance(more, int) else more)
        return [self.rows[i] for i in dict.fromkeys(found)]

    @staticmethod
    def _scan_keys(row: ProcessRow) -> list[str]:
        out = []
        pid_key = key_of(row.process_id)
        if pid_key != row.process_id:
            out.append(pid_key)
        for value in (row.tracking_id, row.order_number):
            if value:
                key = key_of(value)
                out.append(value if key == value else key)  # share the row's string
        return out

    def _add_scan_keys(self, i: int, row: ProcessRow) -> None:
        scan = self._scan
        for key in self._scan_keys(row):
            have = scan.get(key)
            if have is None:
                scan[key] = i
            elif isinstance(have, int):
                if have != i:
                    scan[key] = [have, i]
            elif i not in have:
                have.append(i)

    def _drop_scan_keys(self, i: int, row: ProcessRow) -> None:
        scan = self._scan
        for key in self._scan_keys(row):
            have = scan.get(key)
            if have == i:
                del scan[key]
            elif isinstance(have, list) and i in have:
                have.remove(i)
                if len(have) == 1:
                    scan[key] = have[0]

    def set_status(self, process_id: str, status: str) -> int | None:
        """Change one row's status in place (after a scan); its index, or None if unknown."""
        i = self._pos.get(process_id)
        if i is None or self.rows[i].status == status:
            return i
        self._replace(i, self.rows[i]._replace(status=sys.intern(status)))
        self._version += 1
        return i

    def _replace(self, i: int, row: ProcessRow) -> None:
        self.build_keys()
        old = self.rows[i]
        if (old.tracking_id, old.order_number) != (row.tracking_id, row.order_number):
            self._drop_scan_keys(i, old)
            self._add_scan_keys(i, row)
        self.rows[i] = row
        self._keys[i] = search_key(row)
        self._status[i] = row.status
        arr = self._arr
        if arr.column is not None or arr.descending:
            at = self._rank(i)
            arr.keys[at] = self._keys[i] + "\x00"
            arr.statuses[at] = row.status

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    # -- order ----------------------------------------------------------------------------

    def sort(self, column: int | None, descending: bool = False) -> None:
        """Arrange all rows by ``column`` (None: load order); ties keep load order."""
        self.build_keys()
        arr = _Arrangement(column, descending)
        n = len(self.rows)
        if column is None:
            arr.order = list(range(n - 1, -1, -1)) if descending else list(range(n))
            if descending:
                arr.keys = self._keys[::-1]
                arr.statuses = self._status[::-1]
        else:
            values = [row[column].casefold() for row in self.rows]
            order = sorted(range(n), key=values.__getitem__, reverse=descending)
            # Fresh int objects and string copies, allocated in this order: see _Arrangement.
            arr.order = [i + 1 - 1 for i in order]
            arr.values = [values[i] for i in order]
            arr.keys = [self._keys[i] + "\x00" for i in order]
            arr.statuses = [self._status[i] for i in order]
        self._arr = arr
        self._version += 1

    @property
    def sort_column(self) -> int | None:
        return self._arr.column

    @property
    def descending(self) -> bool:
        return self._arr.descending

    def _lists(self) -> tuple[list[int], list[str], list[str]]:
        arr = self._arr
        if arr.column is None and not arr.descending:
            return arr.order, self._keys, self._status
        return arr.order, arr.keys, arr.statuses

    def _rank(self, i: int) -> int:
        arr = self._arr
        if arr.rank is None:
            arr.rank = {row: at for at, row in enumerate(arr.order)}
        return arr.rank[i]

    def _merge(self, added: list[int]) -> None:
        arr = self._arr
        arr.rank = None
        if arr.column is None:
            if not arr.descending:
                arr.order.extend(added)
                return
            for i in added:  # newest first
                arr.order.insert(0, i)
                arr.keys.insert(0, self._keys[i])
                arr.statuses.insert(0, self._status[i])
            return
        # Insert each new row after its equals (stable); a page is small, the list is not.
        for i in added:
            value = self.rows[i][arr.column].casefold()
            if arr.descending:
                at = _bisect_right_desc(arr.values, value)
            else:
                at = bisect.bisect_right(arr.values, value)
            arr.values.insert(at, value)
            arr.order.insert(at, i)
            arr.keys.insert(at, self._keys[i] + "\x00")
            arr.statuses.insert(at, self._status[i])

    # -- selection ------------------------------------------------------------------------

    def select(self, query: Query) -> list[int]:
        """Row indexes matching ``query`` in the current sort order. Sorting is a separate
        step (:meth:`sort`); ``query.sort_column`` is ignored here. The returned list is the
        caller's to keep: the index never modifies it."""
        words = query.words
        if words:
            self.build_keys()
        order, keys, statuses = self._lists()
        if not words and not query.status:
            result = list(order)
        else:
            last = self._last
            if (last is not None and last[1] == self._version
                    and last[0].status == query.status and len(last[2]) * 8 < len(order)
                    and fold(query.text).startswith(fold(last[0].text))):
                # Typing further only narrows: filter the (small) previous result, and only
                # by the words it was not already filtered by (the last one grew).
                all_keys = self._keys
                done = set(last[0].words)
                result = list(last[2])
                for word in words:
                    if word not in done:
                        result = [i for i in result if word in all_keys[i]]
            else:
                flags: list[bool] | None = None
                if query.status:
                    status = query.status
                    flags = [s == status for s in statuses]
                for word in words:
                    if flags is None:
                        flags = [word in k for k in keys]
                    else:
                        flags = [f and word in k for f, k in zip(flags, keys, strict=True)]
                result = list(itertools.compress(order, flags or ()))
        self._last = (query, self._version, result)
        return result

    def matches(self, i: int, query: Query) -> bool:
        """True when row ``i`` is selected by ``query``."""
        if query.status and self._status[i] != query.status:
            return False
        words = query.words
        if not words:
            return True
        self.build_keys()
        key = self._keys[i]
        return all(word in key for word in words)


def _bisect_right_desc(values: list[str], value: str) -> int:
    """Position after the last element >= ``value`` in a descending list."""
    lo, hi = 0, len(values)
    while lo < hi:
        mid = (lo + hi) // 2
        if values[mid] >= value:
            lo = mid + 1
        else:
            hi = mid
    return lo
