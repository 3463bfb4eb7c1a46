"""The scan journal: every status scan is written to the outbox's file the moment it is
accepted (in the outbox's next group commit, while its check may start), and leaves the
journal only when its outcome is final or its change is in the outbox (in the same
transaction, see ``OutboxStore.add_in``).
A scan is therefore always in the journal or in the outbox, or it is over: a ``kill -9``,
a crash or a power cut while REVER is slow loses none; the next start applies what a
stopped process left (``ScanPipeline.recover``).

A row belongs to the process that wrote it (``holder``: its outbox store's process token)
while that process lives, as an outbox claim does (``holder_gone``); a process that stops
in order gives up the rows it could not finish (``holder`` empty): anyone may take them.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .outbox import OutboxStore

log = logging.getLogger(__name__)

JOURNAL_SCHEMA = """
CREATE TABLE IF NOT EXISTS scans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    raw TEXT NOT NULL,
    action TEXT NOT NULL,
    -- a return chosen from a pick list (the read alone would match several)
    chosen TEXT NOT NULL DEFAULT '',
    scanned_at REAL NOT NULL,
    holder TEXT NOT NULL DEFAULT ''
);
"""

#: A scan a stopped process left is applied at the next start if it is at most this old:
#: past a shift, other desks may have acted on the return in ways this station never saw;
#: an older one is recorded for the lead, not sent.
MAX_REPLAY_AGE_S = 12 * 3600.0


@dataclass(frozen=True)
class JournalRow:
    id: int
    raw: str
    action: str
    chosen: str
    scanned_at: float
    holder: str


#: A write within a transaction (what Outbox.write runs in its group commit).
Write = Callable[[Callable[[sqlite3.Connection, float], int]], Awaitable[int]]


class ScanJournal:
    """The ``scans`` table of an outbox file. Each call is one short transaction.
    ``write``: the outbox's group commit (``Outbox.write``), so that journalling a burst of
    scans neither fsyncs on the event loop nor waits there for the outbox's commit thread;
    without it, :meth:`add_soon` writes at once."""

    def __init__(self, store: OutboxStore, write: Write | None = None) -> None:
        self.store = store
        self._write = write

    def add(self, raw: str, action: str, *, scanned_at: float, chosen: str = "") -> int:
        """Write one accepted scan durably (fsync'd before this returns); its row id."""
        with self.store.transaction() as db:
            return self.add_in(db, time.time(), raw, action, scanned_at=scanned_at,
                               chosen=chosen)

    async def add_soon(self, raw: str, action: str, *, scanned_at: float,
                       chosen: str = "") -> int:
        """:meth:`add` in the next group commit: durable when it returns."""
        if self._write is None:
            return self.add(raw, action, scanned_at=scanned_at, chosen=chosen)
        return await self._write(functools.partial(self.add_in, raw=raw, action=action,
                                                   scanned_at=scanned_at, chosen=chosen))

    def add_in(self, db: sqlite3.Connection, now: float, raw: str, action: str, *,
               scanned_at: float, chosen: str = "") -> int:
        cur = db.execute(
            "INSERT INTO scans(raw, action, chosen, scanned_at, holder) VALUES (?,?,?,?,?)",
            (raw, action, chosen, scanned_at, self.store.token))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def remove(self, row_id: int) -> None:
        """The scan's outcome is final (or its change in the outbox): out of the journal.
        Not fsync'd: lost in a power cut, the scan is checked again at the next start,
        and a return changed meanwhile by a person keeps that change (see add_in)."""
        with self.store.transaction(durable=False) as db:
            db.execute("DELETE FROM scans WHERE id=?", (row_id,))

    def release(self, row_ids: Iterable[int]) -> None:
        """This process stops without finishing these scans: anyone may take them (a new
        core in this same process too, which ``holder_gone`` would not let in)."""
        with self.store.transaction() as db:
            db.executemany("UPDATE scans SET holder='' WHERE id=? AND holder=?",
                           [(i, self.store.token) for i in row_ids])

    def adopt(self) -> list[JournalRow]:
        """Take the scans nobody holds, or whose holder is gone, for this process; oldest
        first. A row of a live process (another window on this folder) is left to it."""
        from .outbox import holder_gone

        rows = self.store.read("SELECT * FROM scans WHERE holder<>? ORDER BY id",
                               (self.store.token,))
        orphans = [r for r in rows if not r["holder"] or holder_gone(r["holder"])]
        if not orphans:
            return []
        taken: list[JournalRow] = []
        with self.store.transaction() as db:
            for r in orphans:
                # Only if it is still the same holder's: two starting processes take a row once.
                if db.execute("UPDATE scans SET holder=? WHERE id=? AND holder=?",
                              (self.store.token, r["id"], r["holder"])).rowcount:
                    taken.append(_row(r))
        return taken

    def rows(self) -> list[JournalRow]:
        return [_row(r) for r in self.store.read("SELECT * FROM scans ORDER BY id")]


def _row(r: sqlite3.Row) -> JournalRow:
    return JournalRow(r["id"], r["raw"], r["action"], r["chosen"], r["scanned_at"], r["holder"])


def too_old(row: JournalRow, now: float | None = None) -> bool:
    return (time.time() if now is None else now) - row.scanned_at > MAX_REPLAY_AGE_S
