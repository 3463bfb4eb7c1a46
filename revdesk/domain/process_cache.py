"""The returns list kept on disk between starts, so a station with 100,000 returns shows its
list at once and refreshes it from the API behind it.

One SQLite file per backend (its URL, e-commerce id and group), in ``<data dir>/cache/``:
rows from a sandbox never show on REVER, nor one shop's on another's. Each column of the
list is one JSON array, read back in C loops rather than row by row in Python (100,000
rows in about a tenth of a second). The file is only a
copy: written whole to a temporary file and renamed over the old one, so a reader never
sees half of it, and anything unreadable (damaged, an older layout, another backend's) is
deleted and treated as no cache at all, never an error for the operator.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import logging
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .process_index import FIELDS, ProcessRow

log = logging.getLogger(__name__)

#: Bump when the file layout or ProcessRow's fields change: older files are discarded.
SCHEMA_VERSION = 3  # 2: the customer's e-mail; 3: the account
FOLDER = "cache"
_SHARED = tuple(FIELDS.index(c) for c in ("status", "return_method", "carrier", "account"))


def cache_key(backend_url: str, ecommerce_id: str, group: str = "") -> str:
    """What a cached list belongs to. The embedded sandbox passes its own marker as URL."""
    return f"{backend_url.rstrip('/')}|{ecommerce_id}|{group}"


@dataclass(frozen=True)
class CachedList:
    rows: list[ProcessRow]
    #: When the rows were read from the API (seconds since the epoch).
    saved_at: float


class ProcessCache:
    """Load and save the list of one backend. Synchronous: the window saves from a worker
    thread (each call opens its own connection), and loads once at start."""

    def __init__(self, folder: Path, key: str) -> None:
        self.key = key
        digest = hashlib.sha256(key.encode()).hexdigest()[:16]
        self.path = folder / f"processes-{digest}.sqlite3"

    def load(self) -> CachedList | None:
        """The saved list, or None (no file, or one that cannot be trusted: deleted)."""
        if not self.path.exists():
            return None
        try:
            return self._read()
        except (sqlite3.Error, ValueError, TypeError, KeyError, RecursionError) as exc:
            log.warning("list cache %s unreadable, discarded: %s", self.path.name, exc)
            self.discard()
            return None

    def _read(self) -> CachedList | None:
        # as_uri() percent-encodes: a data folder named "Station #2" (or with "?") would
        # otherwise end the file name at the "#", open another file read-write and lose
        # the cache at every start.
        db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
            if int(meta["schema"]) != SCHEMA_VERSION or meta["key"] != self.key:
                raise ValueError(f"schema {meta['schema']}, another backend or layout")
            saved_at = float(meta["saved_at"])
            stored = dict(db.execute("SELECT name, data FROM columns").fetchall())
        finally:
            db.close()
        columns = [json.loads(stored[name]) for name in FIELDS]
        count = int(meta["count"])
        for values in columns:
            if not isinstance(values, list) or len(values) != count:
                raise ValueError("a column of the wrong length")
            if not all(type(v) is str for v in values):
                raise TypeError("a cached value is not text")
        for i in _SHARED:
            # The few distinct statuses, methods and carriers as one string each, as
            # ProcessRow.from_process keeps them (about 15 MB less at 100,000 rows).
            distinct = {v: sys.intern(v) for v in set(columns[i])}
            columns[i] = list(map(distinct.__getitem__, columns[i]))
        with _no_gc():
            rows = list(map(ProcessRow, *columns))
        return CachedList(rows, saved_at)

    def save(self, rows: Sequence[ProcessRow], saved_at: float | None = None) -> None:
        """Replace the saved list with ``rows`` (in list order). Raises OSError or
        sqlite3.Error when the disk refuses; the old file is then left as it was."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=self.path.stem, suffix=".tmp", dir=self.path.parent)
        os.close(handle)
        try:
            db = sqlite3.connect(name, isolation_level=None)
            try:
                # A copy that is renamed into place whole: no journal, no fsync needed.
                db.execute("PRAGMA journal_mode=OFF")
                db.execute("PRAGMA synchronous=OFF")
                db.execute("BEGIN")
                db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
                db.execute("CREATE TABLE columns (name TEXT PRIMARY KEY, data TEXT NOT NULL)")
                db.executemany("INSERT INTO meta VALUES (?, ?)", [
                    ("schema", str(SCHEMA_VERSION)), ("key", self.key), ("count", str(len(rows))),
                    ("saved_at", repr(time.time() if saved_at is None else saved_at))])
                db.executemany("INSERT INTO columns VALUES (?, ?)", [
                    (name, json.dumps([row[i] for row in rows], ensure_ascii=False))
                    for i, name in enumerate(FIELDS)])
                db.execute("COMMIT")
            finally:
                db.close()
            os.replace(name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """100,000 new tuples would run the cyclic garbage collector over every live object
    dozens of times (a third of the load time); they hold only strings: no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
