"""The sandbox's SQLite store: processes, label files, logistic orders and pickups.

One connection shared by the event loop and the label thread pool, guarded by a lock.
WAL lets a second sandbox (the embedded one in a window) read the same file meanwhile.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import seed as demo

DB_FILE = "sandbox.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS processes (
    process_id   TEXT PRIMARY KEY,
    ecommerce_id TEXT NOT NULL,
    status       TEXT NOT NULL,
    created_at   TEXT NOT NULL,   -- RFC 3339 UTC, one format: sorts as text
    search       TEXT NOT NULL,   -- lower-cased text the q filter looks in
    data         TEXT NOT NULL    -- the process as the API returns it
);
CREATE TABLE IF NOT EXISTS labels (
    process_id TEXT PRIMARY KEY,
    ext        TEXT NOT NULL,
    uploaded   INTEGER NOT NULL,  -- 1: from a manual logistic order; 0: generated, a cache
    data       BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS logistic_orders (
    id         TEXT PRIMARY KEY,
    process_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    kind       TEXT NOT NULL,     -- "manual" or "created"
    data       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_by_process ON logistic_orders (process_id);
CREATE TABLE IF NOT EXISTS pickups (
    id         TEXT PRIMARY KEY,
    process_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    data       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS pickups_by_process ON pickups (process_id);
CREATE TABLE IF NOT EXISTS intents (
    order_id   TEXT PRIMARY KEY,  -- one open intent per order [sandbox assumption]
    return_id  TEXT NOT NULL UNIQUE,
    token      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""
# Built after the first seed: one sort is much faster than 100,000 index inserts.
PROCESS_INDEXES = (
    "CREATE INDEX IF NOT EXISTS processes_by_time ON processes (created_at, process_id)",
    "CREATE INDEX IF NOT EXISTS processes_by_status ON processes (status, created_at, process_id)",
    "CREATE INDEX IF NOT EXISTS processes_by_shop"
    " ON processes (ecommerce_id, created_at, process_id)",
)
_json = json.JSONEncoder(check_circular=False).encode  # our own dicts: no cycles to look for


@dataclass(frozen=True)
class ProcessFilter:
    """The list filters; ``fingerprint`` ties a page token to them. ``shops``, when not
    None, is the only e-commerces the asking key may see (``scopes.py``)."""

    ecommerce_id: str = ""
    group: str = ""
    shipping_status: str = ""
    q: str = ""
    shops: tuple[str, ...] | None = None

    def fingerprint(self) -> list[str]:
        names = [self.ecommerce_id, self.group, self.shipping_status, self.q.lower()]
        # Unscoped tokens stay as they were; a scoped one is refused under another scope.
        return names if self.shops is None else [*names, ",".join(sorted(self.shops))]


@dataclass(frozen=True)
class Label:
    data: bytes
    ext: str
    uploaded: bool


def search_text(process: dict[str, Any]) -> str:
    """What ``q`` searches: ids, order number and id, customer name and e-mail, tracking id."""
    c = process.get("customer") or {}
    return (f"{process.get('process_id', '')}\n{process.get('order_number', '')}\n"
            f"{process.get('order_id', '')}\n"
            f"{c.get('first_name', '')} {c.get('last_name', '')}\n{c.get('email', '')}\n"
            f"{process.get('tracking_id', '')}").lower()


def _row(process: dict[str, Any]) -> tuple[str, str, str, str, str, str]:
    return (process["process_id"], process.get("ecommerce_id", ""),
            process.get("shipping_status", ""), process.get("created_at", ""),
            search_text(process), _json(process))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """All sandbox state. Methods are short transactions and safe from any thread."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        # Autocommit mode: transactions are explicit, in ``_tx``.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.execute("PRAGMA busy_timeout=5000")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)

    @classmethod
    def open(cls, data_dir: Path, *, processes: int = 500, seed: int = 42,
             northwind: int = 0) -> Store:
        """Open (creating if needed) ``data_dir/sandbox.sqlite3``; seed acme's ``processes``
        only when empty. ``northwind`` > 0 adds that many returns of the second e-commerce
        if the file has none of it, so a file made before it existed gains them too."""
        store = cls(Path(data_dir) / DB_FILE)
        store.seed_if_empty(processes, seed)
        if northwind > 0:
            store.seed_shop_if_missing(demo.NORTHWIND, northwind, seed)
        store.use_wal()
        return store

    def use_wal(self) -> None:
        """Switch to WAL after seeding: a bulk insert through the WAL writes everything twice.

        The mode is stored in the file, so this is a no-op from the second start on.
        """
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock at once, so two sandboxes never seed the same file.
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, args: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    # -- processes ---------------------------------------------------------------------------

    def seed_if_empty(self, count: int, seed: int) -> int:
        """Insert ``count`` demo processes in one transaction if there are none; returns how
        many were inserted."""
        with self._tx() as db:
            inserted = 0
            if not db.execute("SELECT 1 FROM processes LIMIT 1").fetchone():
                db.executemany("INSERT INTO processes VALUES (?, ?, ?, ?, ?, ?)",
                               map(_row, demo.generate(count, seed)))
                inserted = count
            for sql in PROCESS_INDEXES:
                db.execute(sql)
            return inserted

    def seed_shop_if_missing(self, shop: demo.Shop, count: int, seed: int) -> int:
        """Insert ``count`` demo processes of ``shop`` if it has none; returns how many were
        inserted. Another shop's rows are left as they are."""
        with self._tx() as db:
            if db.execute("SELECT 1 FROM processes WHERE ecommerce_id = ? LIMIT 1",
                          (shop.ecommerce_id,)).fetchone():
                return 0
            db.executemany("INSERT INTO processes VALUES (?, ?, ?, ?, ?, ?)",
                           map(_row, demo.generate(count, seed, shop=shop)))
            return count

    def insert_processes(self, processes: Iterable[dict[str, Any]]) -> None:
        with self._tx() as db:
            db.executemany("INSERT OR REPLACE INTO processes VALUES (?, ?, ?, ?, ?, ?)",
                           map(_row, processes))

    def count(self) -> int:
        return int(self._query("SELECT count(*) FROM processes")[0][0])

    def get_process(self, process_id: str) -> dict[str, Any] | None:
        rows = self._query("SELECT data FROM processes WHERE process_id = ?", (process_id,))
        return json.loads(rows[0][0]) if rows else None

    def update_process(self, process_id: str, **changes: Any) -> dict[str, Any] | None:
        """Merge ``changes`` into the stored process; None when it does not exist."""
        with self._tx() as db:
            row = db.execute("SELECT data FROM processes WHERE process_id = ?",
                             (process_id,)).fetchone()
            if row is None:
                return None
            process = {**json.loads(row[0]), **changes}
            db.execute("INSERT OR REPLACE INTO processes VALUES (?, ?, ?, ?, ?, ?)",
                       _row(process))
            return process

    def list_processes(
        self, where: ProcessFilter, after: tuple[str, str] | None, limit: int
    ) -> list[dict[str, Any]]:
        """Newest first (created_at, then process_id, both descending), after a keyset."""
        clauses, args = _filter_sql(where)
        if after is not None:
            clauses.append("(created_at, process_id) < (?, ?)")
            args.extend(after)
        sql = "SELECT data FROM processes"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY created_at DESC, process_id DESC LIMIT ?"
        return [json.loads(r[0]) for r in self._query(sql, [*args, limit])]

    # -- labels ------------------------------------------------------------------------------

    def get_label(self, process_id: str) -> Label | None:
        rows = self._query("SELECT data, ext, uploaded FROM labels WHERE process_id = ?",
                           (process_id,))
        return Label(bytes(rows[0][0]), rows[0][1], bool(rows[0][2])) if rows else None

    def label_extension(self, process_id: str) -> tuple[str, bool] | None:
        """(ext, uploaded) of the stored label, without reading its bytes."""
        rows = self._query("SELECT ext, uploaded FROM labels WHERE process_id = ?",
                           (process_id,))
        return (rows[0][0], bool(rows[0][1])) if rows else None

    def put_label(self, process_id: str, label: Label) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO labels VALUES (?, ?, ?, ?)",
                       (process_id, label.ext, int(label.uploaded), label.data))

    def put_generated_label(self, process_id: str, label: Label) -> None:
        """Cache a generated label unless an uploaded one arrived meanwhile."""
        with self._tx() as db:
            db.execute("INSERT INTO labels VALUES (?, ?, 0, ?) ON CONFLICT (process_id) "
                       "DO UPDATE SET ext = excluded.ext, data = excluded.data "
                       "WHERE uploaded = 0", (process_id, label.ext, label.data))

    def drop_label(self, process_id: str) -> None:
        with self._tx() as db:
            db.execute("DELETE FROM labels WHERE process_id = ?", (process_id,))

    # -- logistic orders and pickups ---------------------------------------------------------

    def add_logistic_order(self, process_id: str, kind: str, data: dict[str, Any]) -> str:
        """Store an order and return its new id (``LO-000001``…, in creation order)."""
        with self._tx() as db:
            number = db.execute("SELECT count(*) FROM logistic_orders").fetchone()[0] + 1
            order_id = f"LO-{number:06d}"
            db.execute("INSERT INTO logistic_orders VALUES (?, ?, ?, ?, ?)",
                       (order_id, process_id, _now(), kind, json.dumps(data)))
            return order_id

    def count_logistic_orders(self, process_id: str) -> int:
        return int(self._query("SELECT count(*) FROM logistic_orders WHERE process_id = ?",
                               (process_id,))[0][0])

    def add_pickup(self, process_id: str, data: dict[str, Any]) -> str:
        with self._tx() as db:
            number = db.execute("SELECT count(*) FROM pickups").fetchone()[0] + 1
            pickup_id = f"PU-{number:06d}"
            db.execute("INSERT INTO pickups VALUES (?, ?, ?, ?)",
                       (pickup_id, process_id, _now(), json.dumps(data)))
            return pickup_id

    def count_pickups(self, process_id: str) -> int:
        return int(self._query("SELECT count(*) FROM pickups WHERE process_id = ?",
                               (process_id,))[0][0])

    # -- return intents (Storefront) ---------------------------------------------------------

    def start_intent(self, order_id: str, token: str) -> tuple[str, str]:
        """(return_id, token) of the order's intent: a new one (``RT-W000001``…, with
        ``token``), or the one already started for it, as it was."""
        with self._tx() as db:
            row = db.execute("SELECT return_id, token FROM intents WHERE order_id = ?",
                             (order_id,)).fetchone()
            if row is not None:
                return str(row[0]), str(row[1])
            number = db.execute("SELECT count(*) FROM intents").fetchone()[0] + 1
            return_id = f"RT-W{number:06d}"
            db.execute("INSERT INTO intents VALUES (?, ?, ?, ?)",
                       (order_id, return_id, token, _now()))
            return return_id, token


def _filter_sql(where: ProcessFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    args: list[Any] = []
    if where.ecommerce_id:
        clauses.append("ecommerce_id = ?")
        args.append(where.ecommerce_id)
    if where.group:
        members = demo.GROUPS.get(where.group, ())
        clauses.append(f"ecommerce_id IN ({', '.join('?' * len(members))})" if members else "0")
        args.extend(members)
    if where.shops is not None:
        shops = sorted(where.shops)
        clauses.append(f"ecommerce_id IN ({', '.join('?' * len(shops))})" if shops else "0")
        args.extend(shops)
    if where.shipping_status:
        clauses.append("status = ?")
        args.append(where.shipping_status)
    if where.q:
        clauses.append("instr(search, ?) > 0")  # substring match without LIKE's wildcards
        args.append(where.q.lower())
    return clauses, args
