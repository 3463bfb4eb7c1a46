"""The outbox: every status change is written to SQLite before it is sent, and removed only
when the API confirms it. A ``kill -9`` at any moment loses nothing: what was written is
sent on the next start, in order.

Rules:
- at most one *pending* entry per process: a later change supersedes an undelivered one
  (last scan wins);
- changes to one process are never reordered: a new entry for a process whose earlier entry
  is on the wire waits for that send to finish;
- transient failures (network, timeouts, 5xx, 429) stay pending and are retried with
  backoff; refusals for good (unknown process, invalid status, bad key) move to *failed*
  with the reason.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from revdesk.api import errors
from revdesk.events import Signal

from .audit import DISCARDED, STATUS_CHANGE, AuditLog
from .outcomes import Outcome
from .status import SOURCE_BULK, Sent

log = logging.getLogger(__name__)

#: The outbox's file in the data dir: the window and the CLI share it, so `revdesk outbox
#: flush` sends what a station left pending.
OUTBOX_FILE = "outbox.sqlite3"

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id TEXT NOT NULL,
    status TEXT NOT NULL,
    previous_status TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS entries_state ON entries(state, id);
CREATE INDEX IF NOT EXISTS entries_process ON entries(process_id, state);
"""


@dataclass(frozen=True)
class Entry:
    id: int
    process_id: str
    status: str
    previous_status: str
    source: str
    created_at: float
    state: str
    attempts: int
    next_attempt_at: float
    last_error: str


@dataclass(frozen=True)
class Result:
    entry: Entry
    outcome: Outcome
    error: errors.ApiError | None = None

    @property
    def message(self) -> str:
        """What the operator reads for this change."""
        if self.outcome is Outcome.DELIVERED:
            return f"{self.entry.process_id}: {self.entry.status}"
        if self.error is not None:
            return self.error.operator_message
        return self.outcome.value


def is_permanent(error: errors.ApiError) -> bool:
    """Refusals that sending again cannot fix."""
    return not error.transient and not isinstance(error, errors.MalformedAnswer)


class OutboxStore:
    """The SQLite file. Synchronous and small: each call is one short transaction."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        # WAL + FULL: a committed change survives a killed process and a power cut.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _entry(self, row: sqlite3.Row) -> Entry:
        return Entry(**{k: row[k] for k in row.keys()})

    def add(self, process_id: str, status: str, *, previous_status: str = "", source: str = "",
            busy: frozenset[int] = frozenset()) -> tuple[Entry, list[Entry]]:
        """Write a change; returns it and the pending entries it superseded (not ``busy``)."""
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                rows = self._db.execute(
                    "SELECT * FROM entries WHERE process_id=? AND state='pending' ORDER BY id",
                    (process_id,),
                ).fetchall()
                superseded = [self._entry(r) for r in rows if r["id"] not in busy]
                self._db.executemany("DELETE FROM entries WHERE id=?", [(e.id,) for e in superseded])
                cur = self._db.execute(
                    "INSERT INTO entries(process_id, status, previous_status, source, created_at)"
                    " VALUES (?,?,?,?,?)", (process_id, status, previous_status, source, now),
                )
                row = self._db.execute("SELECT * FROM entries WHERE id=?", (cur.lastrowid,)).fetchone()
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return self._entry(row), superseded

    def get(self, entry_id: int) -> Entry | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM entries WHERE id=?", (entry_id,)).fetchone()
        return self._entry(row) if row else None

    def pending(self, *, due_before: float | None = None, limit: int = 1000) -> list[Entry]:
        query = "SELECT * FROM entries WHERE state='pending'"
        args: tuple[float | int, ...] = ()
        if due_before is not None:
            query += " AND next_attempt_at <= ?"
            args = (due_before,)
        with self._lock:
            rows = self._db.execute(query + " ORDER BY id LIMIT ?", (*args, limit)).fetchall()
        return [self._entry(r) for r in rows]

    def failed(self) -> list[Entry]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM entries WHERE state='failed' ORDER BY id").fetchall()
        return [self._entry(r) for r in rows]

    def counts(self) -> dict[str, int]:
        with self._lock:
            rows = self._db.execute("SELECT state, COUNT(*) FROM entries GROUP BY state").fetchall()
        return {"pending": 0, "failed": 0} | {r[0]: r[1] for r in rows}

    def delivered(self, entry: Entry) -> list[Entry]:
        """Remove a confirmed entry and the older changes of its process, pending (one that
        failed and waits for a retry) or refused (one the lead may retry): sent after it,
        they would undo the newer change. Returns those older ones."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                rows = self._db.execute(
                    "SELECT * FROM entries WHERE process_id=? AND id<?",
                    (entry.process_id, entry.id)).fetchall()
                self._db.execute(
                    "DELETE FROM entries WHERE process_id=? AND id<=?",
                    (entry.process_id, entry.id))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return [self._entry(r) for r in rows]

    def fail(self, entry_id: int, reason: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE entries SET state='failed', attempts=attempts+1, last_error=? WHERE id=?",
                (reason, entry_id))

    def postpone(self, entry_id: int, reason: str, until: float) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE entries SET attempts=attempts+1, last_error=?, next_attempt_at=? WHERE id=?",
                (reason, until, entry_id))

    def make_due(self) -> None:
        with self._lock:
            self._db.execute("UPDATE entries SET next_attempt_at=0 WHERE state='pending'")

    def withdraw(self, entry_id: int) -> None:
        """Drop a pending entry its caller takes back (it retries on its own terms)."""
        with self._lock:
            self._db.execute("DELETE FROM entries WHERE id=? AND state='pending'", (entry_id,))

    def retry_failed(self) -> int:
        """Move every failed entry back to pending (after the lead fixed the cause)."""
        with self._lock:
            return self._db.execute(
                "UPDATE entries SET state='pending', next_attempt_at=0 WHERE state='failed'"
            ).rowcount

    def discard_failed(self, ids: Iterable[int] | None = None) -> int:
        """Delete failed entries: all of them, or only ``ids`` (the ones the lead saw)."""
        with self._lock:
            if ids is None:
                return self._db.execute("DELETE FROM entries WHERE state='failed'").rowcount
            return self._db.executemany(
                "DELETE FROM entries WHERE id=? AND state='failed'", [(i,) for i in ids]
            ).rowcount


Send = Callable[[str, str], Awaitable[None]]


class Outbox:
    """Delivers the store's entries through ``send(process_id, status)``.

    ``submit`` writes a change and tries it at once, so a scan on a good connection is
    confirmed in one round trip; ``run`` keeps delivering what is left, with backoff.
    """

    def __init__(self, store: OutboxStore, send: Send, *, concurrency: int = 8,
                 base_delay: float = 0.5, max_delay: float = 30.0,
                 rng: random.Random | None = None) -> None:
        self.store = store
        self._send = send
        self._limit = asyncio.Semaphore(concurrency)
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._rng = rng or random.Random()
        self._in_flight: dict[str, asyncio.Future[None]] = {}  # process id -> send done
        self._busy_ids: set[int] = set()
        self._waiters: dict[int, asyncio.Future[Result]] = {}
        #: Every outcome of an entry: queued, then delivered, failed or superseded (the
        #: audit log, the connection state, the scans' rows and the window follow it).
        self.result: Signal[Result] = Signal("outbox.result")
        self._wake = asyncio.Event()
        self._offline_streak = 0

    def _emit(self, result: Result) -> None:
        waiter = self._waiters.pop(result.entry.id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(result)
        self.result.emit(result)

    @property
    def counts(self) -> dict[str, int]:
        return self.store.counts()

    async def submit(self, process_id: str, status: str, *, previous_status: str = "",
                     source: str = "") -> Result:
        """Write the change durably, then try to deliver it now. Never raises an ApiError:
        the outcome says delivered, queued (will be retried) or failed (with the reason)."""
        entry, superseded = self.store.add(process_id, status, previous_status=previous_status,
                                           source=source, busy=frozenset(self._busy_ids))
        # Claimed before any await, so the delivery loop never sends it a second time.
        self._busy_ids.add(entry.id)
        for old in superseded:
            self._emit(Result(old, Outcome.SUPERSEDED))
        if self.offline:
            self._busy_ids.discard(entry.id)
            # Known to be offline: answer "queued" at once instead of making the operator
            # wait out a timeout per scan; the delivery loop keeps trying with backoff.
            result = Result(entry, Outcome.QUEUED)
            self._emit(result)
            self._wake.set()
            return result
        return await self._deliver(entry)

    @property
    def offline(self) -> bool:
        """True after a transient failure, until a send succeeds again."""
        return self._offline_streak > 0

    async def _deliver(self, entry: Entry) -> Result:
        # Changes to one process go out one at a time, oldest first.
        while (earlier := self._in_flight.get(entry.process_id)) is not None:
            await asyncio.shield(earlier)
        current = self.store.get(entry.id)
        if current is None or current.state != "pending":  # superseded while waiting
            self._busy_ids.discard(entry.id)
            return Result(entry, Outcome.SUPERSEDED)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._in_flight[entry.process_id] = done
        self._busy_ids.add(entry.id)
        try:
            async with self._limit:
                result = await self._attempt(current)
        finally:
            self._busy_ids.discard(entry.id)
            del self._in_flight[entry.process_id]
            done.set_result(None)
        self._emit(result)
        return result

    async def _attempt(self, entry: Entry) -> Result:
        try:
            await self._send(entry.process_id, entry.status)
        except errors.ApiError as error:
            if is_permanent(error):
                self.store.fail(entry.id, error.operator_message)
                log.info("outbox: %s -> %s failed: %s", entry.process_id, entry.status, error.log_text())
                return Result(entry, Outcome.FAILED, error)
            if isinstance(error, errors.RateLimited):
                # REVER answered: the station is not offline, it is asked to slow down.
                delay = error.retry_after if error.retry_after is not None else self._base_delay
            else:
                self._offline_streak += 1
                delay = self._rng.uniform(0.5, 1.0) * min(
                    self._max_delay, self._base_delay * 2 ** min(self._offline_streak, 16))
            self.store.postpone(entry.id, error.operator_message, time.time() + delay)
            self._wake.set()
            return Result(entry, Outcome.QUEUED, error)
        self._offline_streak = 0
        for older in self.store.delivered(entry):
            self._emit(Result(older, Outcome.SUPERSEDED))
        return Result(entry, Outcome.DELIVERED)

    async def flush(self) -> dict[str, int]:
        """Send every pending entry once now, oldest first; returns counts by outcome."""
        tally = {o.value: 0 for o in Outcome}
        entries = [e for e in self.store.pending() if e.id not in self._busy_ids]
        results = await asyncio.gather(*(self._deliver(e) for e in entries))
        for result in results:
            tally[result.outcome.value] += 1
        return tally

    def wake(self) -> None:
        """Try every pending entry now, whatever its backoff said ("Send now", or the
        connection was seen back)."""
        self.store.make_due()
        self._wake.set()

    async def run(self, *, idle_poll: float = 5.0) -> None:
        """Deliver due entries until cancelled: the station's background task.

        A fault of the file itself (a full disk, the file locked by another process past
        SQLite's timeout) is logged and tried again ``idle_poll`` later: the entries are
        still in the file, and a loop that stopped would leave them unsent, the header
        counting them, until the station restarts."""
        while True:
            try:
                await self._deliver_due(idle_poll)
            except Exception:
                log.exception("outbox: delivery failed; trying again in %.0f s", idle_poll)
                await asyncio.sleep(idle_poll)

    async def _deliver_due(self, idle_poll: float) -> None:
        """Send what is due; with nothing due, wait for the next due entry or a wake-up."""
        due = self.store.pending(due_before=time.time())
        ready = [e for e in due if e.id not in self._busy_ids]
        if ready:
            await asyncio.gather(*(self._deliver(e) for e in ready))
            return
        upcoming = self.store.pending(limit=1000)
        waits = [e.next_attempt_at - time.time() for e in upcoming if e.id not in self._busy_ids]
        timeout = max(0.01, min([idle_poll, *waits]))
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout)
        except TimeoutError:
            pass

    def wait_for(self, entry_id: int) -> asyncio.Future[Result]:
        """A future resolved with the entry's next outcome (delivered, failed, superseded)."""
        future = self._waiters.get(entry_id)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._waiters[entry_id] = future
        return future


class OutboxSender:
    """The station's :class:`~revdesk.domain.status.StatusSender` through the outbox: a change
    is durable before it is sent, and "queued" instead of lost when REVER is unreachable."""

    queues_offline = True

    def __init__(self, outbox: Outbox, *, paced_sources: frozenset[str] = frozenset({SOURCE_BULK})
                 ) -> None:
        self.outbox = outbox
        #: Sources whose caller paces itself on a rate limit (the bulk job narrows its
        #: window): they get it back. Any other change (a scan) stays queued, and the
        #: delivery loop waits as long as REVER asked.
        self.paced_sources = paced_sources

    def keep(self, process_id: str, status: str, *, source: str) -> bool:
        self.outbox.store.add(process_id, status, source=source)
        return True

    async def send(self, process_id: str, status: str, *, previous_status: str = "",
                   source: str = "") -> Sent:
        result = await self.outbox.submit(process_id, status, previous_status=previous_status,
                                          source=source)
        if result.outcome is Outcome.FAILED and result.error is not None:
            raise result.error
        if (result.outcome is Outcome.QUEUED and isinstance(result.error, errors.RateLimited)
                and source in self.paced_sources):
            # Rate limited is not offline: REVER is there and answered. The caller backs off
            # and retries (a bulk change narrows its window), so take the entry back rather
            # than leave a second copy for the delivery loop. No await since submit returned,
            # so the loop cannot have picked it up in between.
            self.outbox.store.withdraw(result.entry.id)
            raise result.error
        return Sent(Outcome.DELIVERED if result.outcome is Outcome.DELIVERED else Outcome.QUEUED,
                    result.entry.id)


def audit_outcomes(outbox: Outbox, audit: AuditLog) -> None:
    """Record every final outcome of a status change in the audit log (one place: every
    change, from any source, passes through the outbox)."""

    def record(result: Result) -> None:
        if result.outcome is Outcome.QUEUED:
            return  # not final: the delivery or the refusal is recorded when it happens
        e = result.entry
        audit.record(STATUS_CHANGE, process_id=e.process_id, old=e.previous_status, new=e.status,
                     result=result.outcome.value,
                     detail=f"{e.source}: {result.error.operator_message}" if result.error else e.source)

    outbox.result.connect(record)


def discard_failed(store: OutboxStore, audit: AuditLog | None = None,
                   entries: Sequence[Entry] | None = None) -> list[Entry]:
    """Give up on refused changes (the lead decided they must not be sent): ``entries``, the
    ones the lead was shown, or every one. Each is recorded in the audit log: the history
    must say it was dropped, not just lose it. Returns the entries dropped."""
    shown = {e.id for e in entries} if entries is not None else None
    entries = [e for e in store.failed() if shown is None or e.id in shown]
    store.discard_failed([e.id for e in entries])
    if audit is not None:
        for e in entries:
            audit.record(STATUS_CHANGE, process_id=e.process_id, old=e.previous_status,
                         new=e.status, result=DISCARDED,
                         detail=f"{e.source}: discarded after: {e.last_error}" if e.last_error
                         else f"{e.source}: discarded")
    log.info("outbox: %d failed change(s) discarded", len(entries))
    return entries
