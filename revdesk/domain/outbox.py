"""The outbox: every status change is written to SQLite before it is sent, and removed only
when the API confirms it. A ``kill -9`` at any moment loses nothing: what was written is
sent on the next start, in order.

Rules:
- at most one *pending* entry per process: a later change supersedes an undelivered one
  (last scan wins);
- changes to one process are never reordered: a new entry for a process whose earlier entry
  is on the wire waits for that send to finish;
- these hold for every process on the same data folder (the window, ``revdesk status set``,
  ``revdesk outbox flush``): an entry is sent only by the process that *claimed* it in the
  file (``claimed_by``, ``lease_until``, taken in one ``BEGIN IMMEDIATE`` transaction), the
  claim is renewed while its holder works on it and lapses :data:`LEASE_S` after the holder
  died, and only the process that settles an entry (delivered, failed, superseded) tells it;
- a claim of a process that is gone (same host: its pid is not running, or runs another
  program since) is taken at once, unless it was sending the entry: REVER may still act on
  a request it received, so that claim lapses with its lease (see :func:`holder_gone`);
- transient failures (network, timeouts, 5xx, 429) stay pending and are retried with
  backoff; refusals for good (unknown process, invalid status, bad key) move to *failed*
  with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import enum
import functools
import logging
import os
import random
import secrets
import socket
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from revdesk.api import errors
from revdesk.api.transport import Backoff
from revdesk.events import Signal
from revdesk.i18n import translate

from .audit import DISCARDED, STATUS_CHANGE, AuditLog
from .outcomes import Outcome
from .read_only import connect_read_only
from .scan_journal import JOURNAL_SCHEMA
from .status import SOURCE_BULK, NewerChange, ScanTicket, Sent, check_process_id

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
    last_error TEXT NOT NULL DEFAULT '',
    claimed_by TEXT NOT NULL DEFAULT '',
    lease_until REAL NOT NULL DEFAULT 0,
    sending INTEGER NOT NULL DEFAULT 0,
    refusal TEXT NOT NULL DEFAULT '',
    late INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entries_state ON entries(state, id);
CREATE INDEX IF NOT EXISTS entries_process ON entries(process_id, state);
-- When a person last changed each return, from any process on this folder: a change made
-- earlier (a scan still being checked) must not overwrite it (see OutboxStore.add_in).
CREATE TABLE IF NOT EXISTS changes_made (
    process_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    made_at REAL NOT NULL
);
"""
#: Columns added since the first outbox files: a station upgraded mid-shift keeps its queue
#: (the file is altered in place when it lacks them).
ADDED_COLUMNS = {
    "claimed_by": "TEXT NOT NULL DEFAULT ''",
    "lease_until": "REAL NOT NULL DEFAULT 0",
    "sending": "INTEGER NOT NULL DEFAULT 0",
    "refusal": "TEXT NOT NULL DEFAULT ''",
    "late": "INTEGER NOT NULL DEFAULT 0",
    "made_at": "REAL NOT NULL DEFAULT 0",
}

#: How long a claim on an entry holds without being renewed. Its holder renews it every
#: third of that while it works on the entry (waits its turn, sends it); a holder killed
#: mid-send leaves a claim that lapses this long after its last renewal, and then another
#: process may send the entry. Longer than REVER takes to act on a request it received
#: (a change the dead holder sent must land before another process sends a newer one).
LEASE_S = 15.0
#: How long a change waits for an older change of its return that a process is sending
#: (this one or another) before it answers "queued" and leaves it to the delivery loop:
#: longer than a lease, so a change held by a killed process is still sent by the waiter.
CLAIM_WAIT_S = 25.0
#: Polling the file for another process's claim: from the first to the last interval.
POLL_FIRST_S = 0.02
POLL_MAX_S = 0.25
#: How often a process looks for other processes' changes to the file (Outbox.watch_others).
OTHERS_POLL_S = 1.0

def _proc_stat(pid: int) -> tuple[str, str] | None:
    """A process's state letter and start time (clock ticks since boot) as Linux's
    ``/proc/PID/stat`` gives them; None where there is no such file (another system, or
    no such process)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            text = f.read().decode("ascii", "replace")
    except OSError:
        return None
    fields = text[text.rfind(")") + 2:].split()  # the name, in (), may hold spaces
    return (fields[0], fields[19]) if len(fields) > 19 else None


def _start_mark(pid: int) -> str:
    """What tells this run of ``pid`` from a later process given the same pid: ``p`` and
    its start time where the system says it, else an empty string."""
    stat = _proc_stat(pid)
    return f"p{stat[1]}" if stat is not None else ""


_HOST = socket.gethostname()
_STARTED = _start_mark(os.getpid()) or f"{time.time():.3f}"


def process_token() -> str:
    """Names a claim's holder: host, pid, this process's start and a random part (a pid the
    system gives again later, or two stores in one process, never pass for the holder)."""
    return f"{_HOST}:{os.getpid()}:{_STARTED}:{secrets.token_hex(4)}"


#: Holders known to be gone (a process never comes back).
_gone: set[str] = set()


def holder_gone(token: str) -> bool:
    """True when the claim's holder is certainly not running: a process of this host whose
    pid no longer runs (or is a zombie), or runs a process started later (the pid was given
    again). False whenever it cannot be told (another host, another system, a token of an
    older version without a start mark): the claim then holds until its lease lapses."""
    if token in _gone:
        return True
    try:
        host, pid_text, started, _ = token.rsplit(":", 3)
        pid = int(pid_text)
    except ValueError:
        return False
    if host != _HOST or pid <= 0 or os.name != "posix":  # os.kill(pid, 0) ends it on Windows
        return False
    stat = _proc_stat(pid)
    if stat is not None:
        gone = stat[0] in ("Z", "X") or (started.startswith("p") and started != f"p{stat[1]}")
    else:  # no /proc (another system), or one that hides other users' processes
        try:
            os.kill(pid, 0)
            gone = False
        except ProcessLookupError:
            gone = True
        except OSError:  # it runs, as another user
            gone = False
    if gone:
        _gone.add(token)
    return gone


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
    claimed_by: str = ""
    lease_until: float = 0.0
    #: 1 while its holder sends it (claimed to send, until settled, postponed or released).
    sending: int = 0
    #: A failed entry: what kind of refusal (:func:`refusal_kind`), "" from older files.
    refusal: str = ""
    #: A failed entry: 1 when REVER refused it after the station had answered "queued"
    #: (its parcel went on with the received ones), 0 when the scan itself saw the refusal.
    late: int = 0
    #: When the person made the change (a scan: its keypress), wall-clock seconds; 0 in
    #: older files (then ``created_at`` says it).
    made_at: float = 0.0


class Verdict(enum.Enum):
    """What :meth:`OutboxStore.start` decided for an entry."""

    SEND = "send"  # claimed for this process: send it now
    WAIT = "wait"  # held by another process, or an older change of its return is being sent
    GONE = "gone"  # settled meanwhile (by another process, or superseded by a change)
    SUPERSEDED = "superseded"  # a newer change of its return waits: dropped now, unsent


@dataclass(frozen=True)
class Start:
    verdict: Verdict
    entry: Entry | None = None
    #: Entries this call dropped (unsent, replaced by a newer change): the caller tells them.
    superseded: list[Entry] = field(default_factory=list)


def wait_words(seconds: float) -> str:
    """A wait as the operator reads it: "40 s", "5 min"."""
    # lupdate reads a count only as a bare name: never a call in translate()'s arguments.
    if seconds < 90:
        whole = max(1, round(seconds))
        return translate("Outbox", "%n s", "", whole)
    minutes = round(seconds / 60)
    return translate("Outbox", "%n min", "", minutes)


@dataclass(frozen=True)
class Result:
    entry: Entry
    outcome: Outcome
    error: errors.ApiError | None = None
    #: Queued because REVER asked the station to wait: how long it waits (Retry-After,
    #: held between 1 s and 300 s) before sending the entry again.
    retry_after: float | None = None

    @property
    def rever_asks(self) -> str:
        """What the operator reads when REVER set the wait ("REVER asks to wait 5 min"),
        else an empty string."""
        if not self.retry_after:
            return ""
        return translate("Outbox", "REVER asks to wait {wait}").format(
            wait=wait_words(self.retry_after))

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


# Kinds of refusal, kept with a failed entry: what the shelf tells the operator to do, and
# whether retrying it can ever succeed (see domain/shelf.py).
REFUSED_NOT_FOUND = "not_found"  # REVER has no such return: never
REFUSED_INVALID = "invalid"  # refused as invalid (a cancelled return, a status it refuses)
REFUSED_UNSUPPORTED = "unsupported"  # REVER does not do this at all: never
REFUSED_KEY = "key"  # the API key was refused or may not do this: once the lead fixed it
REFUSED_OTHER = "other"  # anything else REVER said no to: maybe, once the cause is fixed


def refusal_kind(error: errors.ApiError) -> str:
    """The kind of a refusal for good (one :func:`is_permanent` says is)."""
    if isinstance(error, errors.NotFound):
        return REFUSED_NOT_FOUND
    if isinstance(error, errors.InvalidArgument):
        return REFUSED_INVALID
    if isinstance(error, errors.Unimplemented):
        return REFUSED_UNSUPPORTED
    if isinstance(error, errors.AuthError):
        return REFUSED_KEY
    return REFUSED_OTHER


class _DropsEntries(Exception):
    """A claim's quick transaction found entries to drop: it is done again durably."""


class OutboxStore:
    """The SQLite file. Synchronous and small: each call is one short transaction.

    Every process opening the file gets its own :attr:`token`; an entry it claims carries
    that token and a lease (``lease_until``, wall-clock seconds) that it renews while it
    works on the entry. A claim is *live* while its lease runs."""

    def __init__(self, path: Path, *, lease: float = LEASE_S) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.lease = lease
        self.token = process_token()
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        try:
            self._db.row_factory = sqlite3.Row
            # WAL + FULL: a committed change survives a killed process and a power cut
            # (claims alone skip the fsync: see _synchronous).
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.executescript(SCHEMA + JOURNAL_SCHEMA)
            self._migrate()
            self._data_version = self._db.execute("PRAGMA data_version").fetchone()[0]
        except BaseException:
            self._db.close()  # a damaged file must not stay open (it is renamed next)
            raise

    @classmethod
    def reading(cls, path: Path) -> OutboxStore:
        """The outbox at ``path`` to list only (``outbox list`` on a read-only data folder):
        no schema, no upgrade, no claim; raises ``sqlite3.Error`` or OSError when it cannot
        be read."""
        store = cls.__new__(cls)
        store.path, store.lease, store.token = path, LEASE_S, process_token()
        store._lock = threading.Lock()
        store._db = connect_read_only(path)
        store._db.row_factory = sqlite3.Row
        return store

    def check(self) -> None:
        """Raise ``sqlite3.DatabaseError`` if the file is damaged anywhere (the outbox is
        small: SQLite's quick check reads it all in a moment)."""
        with self._lock:
            problems = [r[0] for r in self._db.execute("PRAGMA quick_check(5)")]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"database disk image is malformed: {'; '.join(problems)}")

    def changed_elsewhere(self) -> bool:
        """True when another connection (another station process) committed to the file
        since the last call: SQLite's ``data_version``, which this connection's own commits
        leave alone. A cheap read, made every second."""
        with self._lock:
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
        changed, self._data_version = version != self._data_version, version
        return bool(changed)

    def _migrate(self) -> None:
        """Add the columns an older outbox file lacks, keeping its entries."""
        have = {row[1] for row in self._db.execute("PRAGMA table_info(entries)")}
        for name, kind in ADDED_COLUMNS.items():
            if name in have:
                continue
            try:
                self._db.execute(f"ALTER TABLE entries ADD COLUMN {name} {kind}")
                log.info("outbox: %s upgraded (column %s added)", self.path, name)
            except sqlite3.OperationalError as exc:
                if "duplicate column" not in str(exc):  # another process added it first
                    raise

    def close(self) -> None:
        with self._lock:
            self._db.close()
            self.closed = True

    #: True once closed (the station is stopping): views that read it late skip it.
    closed = False

    def _entry(self, row: sqlite3.Row) -> Entry:
        return Entry(**{k: row[k] for k in row.keys()})

    def transaction(self, *, durable: bool = True
                    ) -> contextlib.AbstractContextManager[sqlite3.Connection]:
        """One write transaction on the file (see :meth:`_write`), for the scan journal
        that shares it."""
        return self._write(durable=durable)

    def read(self, query: str, args: Sequence[object] = ()) -> list[sqlite3.Row]:
        """Rows of one read on the file (the scan journal's)."""
        with self._lock:
            return self._db.execute(query, tuple(args)).fetchall()

    @contextlib.contextmanager
    def _write(self, *, durable: bool = True) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``): what it reads cannot
        change under it in another process before it commits. ``durable=False`` for a
        claim: its commit skips the fsync (a third of a status change's disk time)."""
        with self._lock, self._synchronous(durable):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def _synchronous(self, durable: bool) -> Iterator[None]:
        """A claim need not survive a power cut: lost, the entry is pending and unclaimed
        at the next start, and sent again, which is what a lapsed claim means anyway. In
        WAL mode a commit without fsync is still safe against a killed process, and the
        next durable commit (an added or settled change) syncs it along. Call with the
        lock held."""
        if durable:
            yield
            return
        self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            yield
        finally:
            self._db.execute("PRAGMA synchronous=FULL")

    def _live(self, row: sqlite3.Row | Entry, now: float) -> bool:
        """Claimed by a holder (any process, this one too) whose lease runs, and who is not
        known to be gone (a gone holder that was sending keeps its claim until the lease
        lapses: REVER may still act on the request it had sent)."""
        if isinstance(row, sqlite3.Row):
            claimed_by, lease_until, sending = row["claimed_by"], row["lease_until"], row["sending"]
        else:
            claimed_by, lease_until, sending = row.claimed_by, row.lease_until, row.sending
        if not claimed_by or lease_until <= now:
            return False
        return claimed_by == self.token or bool(sending) or not holder_gone(claimed_by)

    def held_elsewhere(self, entry: Entry, now: float | None = None) -> bool:
        """True when another live process holds ``entry`` (as this copy of it says)."""
        return entry.claimed_by != self.token and self._live(
            entry, time.time() if now is None else now)

    def add(self, process_id: str, status: str, *, previous_status: str = "", source: str = "",
            busy: frozenset[int] = frozenset(), claim: bool = False,
            ticket: ScanTicket | None = None) -> tuple[Entry, list[Entry]]:
        """Write a change; returns it and the pending entries it superseded: those nobody
        holds (a held one may be on the wire: it is sent first, the new one after it), nor
        in ``busy``. ``claim``: the new entry is claimed for this process at once (the
        caller sends it now; no other process may take it first). ``ticket``: a scan's
        change (see :meth:`add_in`). An id the scan path would refuse raises
        :class:`errors.InvalidArgument`: it is never written."""
        check_process_id(process_id)
        with self._write() as db:
            return self.add_in(db, time.time(), process_id, status,
                               previous_status=previous_status, source=source, busy=busy,
                               claim=claim, ticket=ticket)

    def add_in(self, db: sqlite3.Connection, now: float, process_id: str, status: str, *,
               previous_status: str = "", source: str = "", busy: frozenset[int] = frozenset(),
               claim: bool = False, ticket: ScanTicket | None = None
               ) -> tuple[Entry, list[Entry]]:
        """:meth:`add` within a write transaction the caller holds (see :meth:`together`);
        the caller has checked the id.

        A scan's change (``ticket``) is made when its key was pressed, maybe seconds before
        it is written (it was being checked): if a person changed the return after that
        moment, from any process on this folder, it raises :class:`NewerChange` and writes
        nothing (REVER ends at the change made last). Written, it takes the scan out of the
        journal in the same transaction: the scan is in exactly one of the two."""
        made_at = now if ticket is None or ticket.made_at is None else ticket.made_at
        if ticket is not None:
            newer = db.execute("SELECT * FROM changes_made WHERE process_id=? AND made_at>?",
                               (process_id, made_at)).fetchone()
            if newer is not None:
                raise NewerChange(process_id, newer["status"], newer["source"],
                                  newer["made_at"])
        rows = db.execute(
            "SELECT * FROM entries WHERE process_id=? AND state='pending' ORDER BY id",
            (process_id,),
        ).fetchall()
        superseded = [self._entry(r) for r in rows
                      if r["id"] not in busy and not self._live(r, now)]
        db.executemany("DELETE FROM entries WHERE id=?", [(e.id,) for e in superseded])
        cur = db.execute(
            "INSERT INTO entries(process_id, status, previous_status, source, created_at,"
            " claimed_by, lease_until, made_at) VALUES (?,?,?,?,?,?,?,?)",
            (process_id, status, previous_status, source, now,
             self.token if claim else "", now + self.lease if claim else 0.0, made_at),
        )
        db.execute(
            "INSERT INTO changes_made(process_id, status, source, made_at) VALUES (?,?,?,?)"
            " ON CONFLICT(process_id) DO UPDATE SET status=excluded.status,"
            " source=excluded.source, made_at=excluded.made_at"
            " WHERE excluded.made_at >= changes_made.made_at",
            (process_id, status, source, made_at))
        if ticket is not None and ticket.journal_id is not None:
            db.execute("DELETE FROM scans WHERE id=?", (ticket.journal_id,))
        row = db.execute("SELECT * FROM entries WHERE id=?", (cur.lastrowid,)).fetchone()
        return self._entry(row), superseded

    def _unmade(self, db: sqlite3.Connection, entry_ids: Sequence[int]) -> None:
        """Changes that never happened (refused, taken back) are no later change of their
        return: forget them as such (an earlier change stays forgotten too; at worst a scan
        made before it is then sent, as it was before this table)."""
        for entry_id in entry_ids:
            db.execute(
                "DELETE FROM changes_made WHERE (process_id, made_at) IN"
                " (SELECT process_id, CASE made_at WHEN 0 THEN created_at ELSE made_at END"
                "  FROM entries WHERE id=?)", (entry_id,))

    def start(self, entry_id: int, *, busy: frozenset[int] = frozenset()) -> Start:
        """Decide, in one transaction, whether this process may send entry ``entry_id`` now,
        and claim it if so. Never while another live process holds it, nor while an older
        change of its return is held (by any process; ``busy``: by this one) since that one
        may be on the wire; an entry with a newer pending change of its return is dropped
        unsent (the newer one carries the change), and so are older unheld ones."""
        try:
            return self._start(entry_id, busy, durable=False)
        except _DropsEntries:
            # A drop is an outcome the audit records once: it must survive a power cut.
            return self._start(entry_id, busy, durable=True)

    def _start(self, entry_id: int, busy: frozenset[int], *, durable: bool) -> Start:
        now = time.time()
        with self._write(durable=durable) as db:
            row = db.execute("SELECT * FROM entries WHERE id=?", (entry_id,)).fetchone()
            if row is None or row["state"] != "pending":
                return Start(Verdict.GONE)
            if row["claimed_by"] != self.token and self._live(row, now):
                return Start(Verdict.WAIT, self._entry(row))
            others = db.execute(
                "SELECT * FROM entries WHERE process_id=? AND state='pending' AND id<>?"
                " ORDER BY id", (row["process_id"], entry_id)).fetchall()
            newer = any(r["id"] > entry_id for r in others)
            if not durable and (newer or (others and not any(
                    r["id"] in busy or self._live(r, now) for r in others))):
                raise _DropsEntries  # rolled back; done again, durably
            if newer:
                db.execute("DELETE FROM entries WHERE id=?", (entry_id,))
                entry = self._entry(row)
                return Start(Verdict.SUPERSEDED, entry, [entry])
            if any(r["id"] in busy or self._live(r, now) for r in others):
                return Start(Verdict.WAIT, self._entry(row))
            older = [self._entry(r) for r in others]
            db.executemany("DELETE FROM entries WHERE id=?", [(e.id,) for e in older])
            db.execute("UPDATE entries SET claimed_by=?, lease_until=?, sending=1 WHERE id=?",
                       (self.token, now + self.lease, entry_id))
            claimed = db.execute("SELECT * FROM entries WHERE id=?", (entry_id,)).fetchone()
        return Start(Verdict.SEND, self._entry(claimed), older)

    def renew(self, entry_ids: Iterable[int]) -> None:
        """Extend this process's claims on ``entry_ids`` by a lease from now."""
        until = time.time() + self.lease
        with self._lock, self._synchronous(durable=False):
            self._db.executemany(
                "UPDATE entries SET lease_until=? WHERE id=? AND claimed_by=?",
                [(until, i, self.token) for i in entry_ids])

    def release(self, entry_id: int) -> None:
        """Give up this process's claim on an entry (it stays pending for anyone)."""
        with self._lock, self._synchronous(durable=False):
            self._db.execute(
                "UPDATE entries SET claimed_by='', lease_until=0, sending=0"
                " WHERE id=? AND claimed_by=?",
                (entry_id, self.token))

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

    def sending_elsewhere(self) -> int:
        """Pending entries another live process holds now (it is sending them)."""
        now = time.time()
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM entries WHERE state='pending' AND claimed_by NOT IN ('', ?)"
                " AND lease_until > ?", (self.token, now)).fetchall()
        return sum(1 for r in rows if self._live(r, now))

    def delivered(self, entry: Entry) -> list[Entry]:
        """Remove a confirmed entry and the older changes of its process, pending (one that
        failed and waits for a retry) or refused (one the lead may retry): sent after it,
        they would undo the newer change. Returns those older ones; see :meth:`settle`."""
        return self.settle(entry)[1]

    def settle(self, entry: Entry) -> tuple[bool, list[Entry]]:
        """:meth:`delivered`, saying also whether this process settled the entry: False
        when it was settled already or another live process holds it now (this one's lease
        lapsed while it sent: the other one tells the outcome)."""
        with self._write() as db:
            return self.settle_in(db, time.time(), entry)

    def settle_in(self, db: sqlite3.Connection, now: float, entry: Entry
                  ) -> tuple[bool, list[Entry]]:
        """:meth:`settle` within a write transaction the caller holds."""
        row = db.execute("SELECT * FROM entries WHERE id=?", (entry.id,)).fetchone()
        if row is None or (row["claimed_by"] != self.token and self._live(row, now)):
            return False, []
        rows = db.execute(
            "SELECT * FROM entries WHERE process_id=? AND id<?",
            (entry.process_id, entry.id)).fetchall()
        db.execute("DELETE FROM entries WHERE process_id=? AND id<=?",
                   (entry.process_id, entry.id))
        return True, [self._entry(r) for r in rows]

    def together(self, ops: Sequence[Callable[[sqlite3.Connection, float], object]]
                 ) -> list[object]:
        """Run several writes (:meth:`add_in`, :meth:`settle_in`) in one durable
        transaction, in order: one fsync for all of them (a group commit, see
        :meth:`Outbox._durably`). Each runs in a savepoint of its own: one that raises is
        undone alone, and its exception is its result."""
        results: list[object] = []
        with self._write() as db:
            now = time.time()
            for op in ops:
                db.execute("SAVEPOINT op")
                try:
                    results.append(op(db, now))
                except Exception as exc:
                    db.execute("ROLLBACK TO op")
                    results.append(exc)
                db.execute("RELEASE op")
        return results

    def fail(self, entry_id: int, reason: str, *, refusal: str = "", late: bool = False
             ) -> bool:
        """Move a refused entry to *failed*, unless another live process holds it now;
        True when this call did. ``refusal``: its kind (:func:`refusal_kind`); ``late``:
        the station had answered "queued" for it before (see :attr:`Entry.late`)."""
        with self._write() as db:
            failed = db.execute(
                "UPDATE entries SET state='failed', attempts=attempts+1, last_error=?,"
                " refusal=?, late=?,"
                " claimed_by='', lease_until=0, sending=0 WHERE id=? AND state='pending'"
                " AND (claimed_by IN ('', ?) OR lease_until <= ?)",
                (reason, refusal, int(late), entry_id, self.token, time.time())).rowcount > 0
            if failed:
                self._unmade(db, [entry_id])
            return failed

    def wait_with_queue(self, entry_id: int) -> None:
        """Make an entry queued while offline due with the older pending ones (not before
        them): when the connection is back they go out in the order they were written."""
        with self._lock:
            self._db.execute(
                "UPDATE entries SET next_attempt_at=(SELECT COALESCE(MAX(next_attempt_at), 0)"
                " FROM entries WHERE state='pending' AND id<?) WHERE id=?", (entry_id, entry_id))

    def postpone(self, entry_id: int, reason: str, until: float) -> None:
        """Try the entry again from ``until`` (it stays pending, claimed by nobody)."""
        with self._lock:
            self._db.execute(
                "UPDATE entries SET attempts=attempts+1, last_error=?, next_attempt_at=?,"
                " claimed_by='', lease_until=0, sending=0 WHERE id=?"
                " AND (claimed_by IN ('', ?) OR lease_until <= ?)",
                (reason, until, entry_id, self.token, time.time()))

    def make_due(self) -> None:
        with self._lock:
            self._db.execute("UPDATE entries SET next_attempt_at=0 WHERE state='pending'")

    def withdraw(self, entry_id: int) -> None:
        """Drop a pending entry its caller takes back (it retries on its own terms)."""
        with self._write() as db:
            self._unmade(db, [entry_id])
            db.execute("DELETE FROM entries WHERE id=? AND state='pending'", (entry_id,))

    def retry_failed(self, ids: Iterable[int] | None = None) -> int:
        """Move failed entries back to pending (after the lead fixed the cause): every
        one, or only ``ids`` (the ones retrying can help, see domain/shelf.py)."""
        query = "UPDATE entries SET state='pending', next_attempt_at=0 WHERE state='failed'"
        with self._lock:
            if ids is None:
                return self._db.execute(query).rowcount
            return self._db.executemany(query + " AND id=?", [(i,) for i in ids]).rowcount

    def discard_failed(self, ids: Iterable[int] | None = None) -> int:
        """Delete failed entries: all of them, or only ``ids`` (the ones the lead saw)."""
        with self._lock:
            if ids is None:
                return self._db.execute("DELETE FROM entries WHERE state='failed'").rowcount
            return self._db.executemany(
                "DELETE FROM entries WHERE id=? AND state='failed'", [(i,) for i in ids]
            ).rowcount


Send = Callable[[str, str], Awaitable[None]]
_T = TypeVar("_T")
#: A write of the store within a transaction (OutboxStore.add_in, settle_in).
_Op = Callable[[sqlite3.Connection, float], object]


class Outbox:
    """Delivers the store's entries through ``send(process_id, status)``.

    ``submit`` writes a change and tries it at once, so a scan on a good connection is
    confirmed in one round trip; ``run`` keeps delivering what is left, with backoff.
    Several processes may each run an Outbox on the same file: the store's claims keep one
    send at a time per return, oldest first, across all of them.
    """

    def __init__(self, store: OutboxStore, send: Send, *, concurrency: int = 8,
                 base_delay: float = 2.0, max_delay: float = 30.0,
                 rng: random.Random | None = None, claim_wait: float = CLAIM_WAIT_S,
                 backoff: Backoff | None = None) -> None:
        self.store = store
        self._send = send
        self._limit = asyncio.Semaphore(concurrency)
        #: When to try an entry again (the station's one rule, see Backoff): Retry-After
        #: within 1-300 s, else from ``base_delay`` doubling up to ``max_delay``.
        self.backoff = backoff or Backoff(base=base_delay, cap=max_delay,
                                          rng=rng or random.Random())
        #: Until when, and how long, REVER asked to wait last (see rever_asks).
        self._asked_until = 0.0
        self._asked = ""
        self._claim_wait = claim_wait
        self._in_flight: dict[str, asyncio.Future[None]] = {}  # process id -> send done
        #: Entries a coroutine of this process works on (claimed in the file, renewed).
        self._busy_ids: set[int] = set()
        self._renewer: asyncio.Task[None] | None = None
        self._waiters: dict[int, asyncio.Future[Result]] = {}
        #: Every outcome of an entry: queued, then delivered, failed or superseded (the
        #: audit log, the connection state, the scans' rows and the window follow it).
        #: Told only by the process that settled the entry: once per change, station-wide.
        self.result: Signal[Result] = Signal("outbox.result")
        #: Another process changed the file (queued, sent, refused or dropped changes): what
        #: this process shows of it (the counts, queued scans) may be out of date. Told by
        #: :meth:`watch_others`.
        self.changed_elsewhere: Signal[None] = Signal("outbox.changed_elsewhere")
        self._wake = asyncio.Event()
        self._offline_streak = 0
        #: Writes waiting for the next group commit (see _durably), the task that runs
        #: them, and the thread that commits (its fsync never stalls the event loop).
        self._group: list[tuple[_Op, asyncio.Future[object]]] = []
        self._committing: asyncio.Task[None] | None = None
        self._committer: ThreadPoolExecutor | None = None
        #: Returns whose new change is being written: the delivery loop and a flush leave
        #: them alone until submit holds the new entry (it may be in the file before then).
        self._adding: dict[str, int] = {}

    def _emit(self, result: Result) -> None:
        waiter = self._waiters.pop(result.entry.id, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(result)
        self.result.emit(result)

    @property
    def counts(self) -> dict[str, int]:
        return self.store.counts()

    async def submit(self, process_id: str, status: str, *, previous_status: str = "",
                     source: str = "", ticket: ScanTicket | None = None) -> Result:
        """Write the change durably, then try to deliver it now. Never raises an ApiError:
        the outcome says delivered, queued (will be retried) or failed (with the reason).
        An id that cannot be a process id is failed at once, never written nor told (its
        entry has id 0: nothing in the file carries it).

        ``ticket``: a scan's change. Its ``written`` hears the entry's id once the change
        is durable (the scan pipeline goes on to the next parcel then, while this call
        waits for REVER's answer); a person's later change of the return makes it
        :attr:`Outcome.SUPERSEDED` with a :class:`NewerChange` error, unwritten and untold."""
        offline = self.offline
        try:
            check_process_id(process_id)
        except errors.InvalidArgument as exc:
            refused = Entry(0, process_id, status, previous_status, source, time.time(),
                            "failed", 0, 0.0, exc.operator_message)
            return Result(refused, Outcome.FAILED, exc)
        self._adding[process_id] = self._adding.get(process_id, 0) + 1
        try:
            try:
                entry, superseded = await self._durably(functools.partial(
                    self.store.add_in, process_id=process_id, status=status,
                    previous_status=previous_status, source=source,
                    busy=frozenset(self._busy_ids), claim=not offline, ticket=ticket))
            except NewerChange as exc:
                unsent = Entry(0, process_id, status, previous_status, source, time.time(),
                               "superseded", 0, 0.0, exc.operator_message)
                return Result(unsent, Outcome.SUPERSEDED, exc)
            # Claimed in the file (another process leaves it alone) and held here before
            # this return is let go of: no delivery loop sends it a second time.
            if not offline:
                self._hold(entry.id)
        finally:
            if self._adding[process_id] == 1:
                del self._adding[process_id]
            else:
                self._adding[process_id] -= 1
        if ticket is not None and ticket.written is not None:
            ticket.written(entry.id)
        for old in superseded:
            self._emit(Result(old, Outcome.SUPERSEDED))
        if offline:
            # Known to be offline: answer "queued" at once instead of making the operator
            # wait out a timeout per scan; the delivery loop keeps trying with backoff.
            self.store.wait_with_queue(entry.id)
            result = Result(entry, Outcome.QUEUED)
            self._emit(result)
            self._wake.set()
            return result
        delivered = await self._deliver(entry, wait=self._claim_wait, held=True)
        assert delivered is not None  # an entry of its own always ends in a result
        return delivered

    @property
    def rever_asks(self) -> str:
        """While the wait REVER asked for last runs, "REVER asks to wait 5 min" (what the
        window may show beside the queued count); else an empty string."""
        if time.time() >= self._asked_until:
            return ""
        return translate("Outbox", "REVER asks to wait {wait}").format(wait=self._asked)

    @property
    def offline(self) -> bool:
        """True after a transient failure, until a send succeeds again."""
        return self._offline_streak > 0

    # -- claims -----------------------------------------------------------------------------

    def _hold(self, entry_id: int) -> None:
        self._busy_ids.add(entry_id)
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.get_running_loop().create_task(self._renew_claims())

    def _unhold(self, entry_id: int) -> None:
        self._busy_ids.discard(entry_id)
        try:
            self.store.release(entry_id)  # a no-op once settled; after a fault, frees it now
        except sqlite3.Error:  # its lease lapses by itself, unrenewed
            log.warning("outbox: could not release entry %d", entry_id, exc_info=True)

    async def _renew_claims(self) -> None:
        """Keep this process's claims alive while it works on them (waits, sends)."""
        while self._busy_ids:
            await asyncio.sleep(self.store.lease / 3)
            if not self._busy_ids:
                return
            try:
                self.store.renew(list(self._busy_ids))
            except sqlite3.Error:
                log.warning("outbox: could not renew claims", exc_info=True)

    async def _turn(self, entry: Entry, wait: float) -> tuple[Start, bool]:
        """Wait (up to ``wait`` s) until the store lets this process send ``entry``; returns
        the last decision and whether the wait ran out."""
        deadline = time.monotonic() + wait
        pause = POLL_FIRST_S
        while True:
            start = self.store.start(entry.id, busy=frozenset(self._busy_ids - {entry.id}))
            for old in start.superseded:
                self._emit(Result(old, Outcome.SUPERSEDED))
            if start.verdict is not Verdict.WAIT:
                return start, False
            left = deadline - time.monotonic()
            if left <= 0:
                return start, True
            earlier = self._in_flight.get(entry.process_id)
            if earlier is not None:  # this process sends the older change: wake when done
                await asyncio.wait([earlier], timeout=min(left, POLL_MAX_S))
            else:  # another process does: look again shortly
                await asyncio.sleep(min(left, pause))
                pause = min(POLL_MAX_S, pause * 2)

    async def _deliver(self, entry: Entry, *, wait: float, held: bool = False) -> Result | None:
        """Send ``entry`` once its turn comes. None when it is not this process's to tell:
        another process holds it or settled it, or (``wait`` over) its turn has not come."""
        if not held:
            if entry.id in self._busy_ids:
                return None  # a coroutine of this process has it already
            self._hold(entry.id)
        try:
            start, timed_out = await self._turn(entry, wait)
            if start.verdict is Verdict.SUPERSEDED:
                return Result(entry, Outcome.SUPERSEDED)  # told above, by _turn
            if start.verdict is Verdict.GONE:
                # Settled meanwhile by another process (or this one), which told it.
                return Result(entry, Outcome.SUPERSEDED) if held else None
            if timed_out:
                if not held:
                    return None
                # Its turn has not come (an older change of the return is still being
                # sent): kept, and the delivery loop sends it when it may.
                result = Result(entry, Outcome.QUEUED)
                self._emit(result)
                self._wake.set()
                return result
            assert start.entry is not None
            done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._in_flight[entry.process_id] = done
            try:
                async with self._limit:
                    # Not held: the station answered "queued" for it before (or it is
                    # not a scan's own send): a refusal now is late.
                    result, settled = await self._attempt(start.entry, late=not held)
            finally:
                # A newer change of the return may have taken the place already: its turn
                # can come once this one's confirmation is in the file, before this
                # coroutine goes on (the group commit is done in a thread).
                if self._in_flight.get(entry.process_id) is done:
                    del self._in_flight[entry.process_id]
                done.set_result(None)
        finally:
            self._unhold(entry.id)
        if settled:
            self._emit(result)
        return result

    async def _attempt(self, entry: Entry, *, late: bool) -> tuple[Result, bool]:
        """One send; the outcome, and whether this process settled it (and tells it)."""
        try:
            await self._send(entry.process_id, entry.status)
        except errors.ApiError as error:
            if is_permanent(error):
                kind = refusal_kind(error)
                settled = self.store.fail(entry.id, error.operator_message, refusal=kind,
                                          late=late)
                log.info("outbox: %s -> %s failed: %s", entry.process_id, entry.status, error.log_text())
                # The entry as the file now holds it: listeners (the shelf) read its kind.
                failed = dataclasses.replace(entry, state="failed", attempts=entry.attempts + 1,
                                             last_error=error.operator_message, refusal=kind,
                                             late=int(late), claimed_by="", lease_until=0.0,
                                             sending=0)
                return Result(failed, Outcome.FAILED, error), settled
            asked: float | None = None
            if isinstance(error, errors.RateLimited):
                # REVER answered: the station is not offline, it is asked to slow down.
                asked = self.backoff.honoured(error.retry_after)
                delay = self.backoff.delay(entry.attempts + 1, error.retry_after)
                if asked is not None:
                    self._asked_until, self._asked = time.time() + asked, wait_words(asked)
                    log.info("outbox: REVER asks to wait %s (Retry-After %s s); %s -> %s "
                             "is sent again then", self._asked, error.retry_after,
                             entry.process_id, entry.status)
            else:
                self._offline_streak += 1
                delay = self.backoff.delay(self._offline_streak)
            self.store.postpone(entry.id, error.operator_message, time.time() + delay)
            self._wake.set()
            return Result(entry, Outcome.QUEUED, error, retry_after=asked), True
        self._offline_streak = 0
        settled, older = await self._durably(functools.partial(self.store.settle_in,
                                                               entry=entry))
        for old in older:
            self._emit(Result(old, Outcome.SUPERSEDED))
        if not settled:
            log.info("outbox: %s -> %s delivered, but another process had taken it over",
                     entry.process_id, entry.status)
        return Result(entry, Outcome.DELIVERED), settled

    async def write(self, op: Callable[[sqlite3.Connection, float], _T]) -> _T:
        """Run ``op`` (a write within a transaction, e.g. the scan journal's) in the next
        group commit: durable when this returns, without an fsync on the event loop."""
        return await self._durably(op)

    async def _durably(self, op: Callable[[sqlite3.Connection, float], _T]) -> _T:
        """Run a write of the store durably, in a group commit: every write asked for
        while one commit's fsync runs goes into the next one, in one transaction, in a
        thread. A bulk change of 1,000 returns made two fsyncs per return on the event
        loop (one to write the change, one to settle it), and with 8 sends in flight the
        loop spent most of its time waiting on the disk (bench/bulk.py: 4.0x a sequential
        loop, under its 5x target). A write is still durable before its caller goes on: a
        change before it is sent, a confirmation before it is told."""
        loop = asyncio.get_running_loop()
        done: asyncio.Future[object] = loop.create_future()
        self._group.append((op, done))
        if self._committing is None or self._committing.done():
            self._committing = loop.create_task(self._commit_group())
        return await done  # type: ignore[return-value]

    async def _commit_group(self) -> None:
        loop = asyncio.get_running_loop()
        if self._committer is None:
            self._committer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox")
        while self._group:
            batch, self._group = self._group, []
            try:
                results = await loop.run_in_executor(
                    self._committer, self.store.together, [op for op, _ in batch])
            except Exception as exc:  # the file itself failed: every write learns it
                results = [exc] * len(batch)
            except BaseException:
                for _, done in batch:
                    done.cancel()
                raise
            for (_, done), result in zip(batch, results, strict=True):
                if done.done():
                    continue
                if isinstance(result, Exception):
                    done.set_exception(result)
                else:
                    done.set_result(result)

    async def flush(self) -> dict[str, int]:
        """Send every pending entry once now, oldest first; returns counts by outcome, and
        (``elsewhere``) how many another process was sending, which it settles and tells.
        An entry another process holds is waited for (it may fail there and come back)."""
        tally = {o.value: 0 for o in Outcome} | {"elsewhere": 0}
        entries = [e for e in self.store.pending()
                   if e.id not in self._busy_ids and e.process_id not in self._adding]
        results = await asyncio.gather(*(self._deliver(e, wait=self._claim_wait)
                                          for e in entries))
        for result in results:
            tally[result.outcome.value if result is not None else "elsewhere"] += 1
        return tally

    async def aclose(self) -> None:
        """Stop renewing claims (the loop may end next: a task left sleeping would be
        destroyed pending). Unrenewed, this process's claims lapse by themselves."""
        renewer, self._renewer = self._renewer, None
        if renewer is not None and not renewer.done():
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer
        committing = self._committing
        if committing is not None and not committing.done():
            await asyncio.wait([committing])  # what was written is committed before the file closes
        committer, self._committer = self._committer, None
        if committer is not None:
            committer.shutdown(wait=True)

    async def watch_others(self, interval: float = OTHERS_POLL_S) -> None:
        """Tell :attr:`changed_elsewhere` when another process has changed the file, until
        cancelled: the window's header and the scans it shows follow what the CLI or another
        window did (they hear only this process's results otherwise)."""
        while True:
            await asyncio.sleep(interval)
            try:
                changed = self.store.changed_elsewhere()
            except sqlite3.Error:
                log.warning("outbox: could not look for other processes' changes", exc_info=True)
                continue
            if changed:
                self.changed_elsewhere.emit(None)

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
        """Send what is due; with nothing due, wait for the next due entry or a wake-up.
        An entry another process holds is left to it (looked at again when its lease
        would lapse); one whose turn has not come is looked at again shortly."""
        now = time.time()
        due = [e for e in self.store.pending(due_before=now)
               if e.id not in self._busy_ids and e.process_id not in self._adding
               and not self.store.held_elsewhere(e, now)]
        waits: list[float] = []
        if due:
            results = await asyncio.gather(*(self._deliver(e, wait=0) for e in due))
            if any(r is not None for r in results):
                return
            waits.append(POLL_MAX_S)  # each waits for an older change of its return
        now = time.time()
        for e in self.store.pending(limit=1000):
            if e.id in self._busy_ids or e.process_id in self._adding:
                continue
            waits.append((e.lease_until if self.store.held_elsewhere(e, now)
                          else e.next_attempt_at) - now)
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

    def keep(self, process_id: str, status: str, *, source: str,
             ticket: ScanTicket | None = None) -> bool:
        try:
            self.outbox.store.add(process_id, status, source=source, ticket=ticket)
        except NewerChange as exc:
            log.info("not kept for later: %s", exc.log_text())
            return False  # a person changed the return since: the scan stays unsent
        except errors.InvalidArgument:
            return False  # not a process id: nothing to keep
        return True

    async def send(self, process_id: str, status: str, *, previous_status: str = "",
                   source: str = "", ticket: ScanTicket | None = None) -> Sent:
        result = await self.outbox.submit(process_id, status, previous_status=previous_status,
                                          source=source, ticket=ticket)
        if result.outcome is not Outcome.DELIVERED and isinstance(result.error, NewerChange):
            raise result.error
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


def audit_outcomes(outbox: Outbox, audit: AuditLog,
                   account_of: Callable[[str], str] | None = None) -> None:
    """Record every final outcome of a status change in the audit log (one place: every
    change, from any source, passes through the outbox). ``account_of``: at a station of
    several REVER accounts, whose return it is (the record says it: a lead reads one
    merchant's day)."""

    def record(result: Result) -> None:
        if result.outcome is Outcome.QUEUED:
            return  # not final: the delivery or the refusal is recorded when it happens
        e = result.entry
        if result.outcome is Outcome.SUPERSEDED and e.state == "failed":
            return  # a refused change dropped later: its final outcome (failed) is recorded
        detail = f"{e.source}: {result.error.operator_message}" if result.error else e.source
        if account := account_of(e.process_id) if account_of is not None else "":
            # After "source:", which the shift's count reads (domain/shift.py Tally).
            detail = (f"{detail} (account {account})" if result.error
                      else f"{detail}: account {account}")
        audit.record(STATUS_CHANGE, process_id=e.process_id, old=e.previous_status, new=e.status,
                     result=result.outcome.value, detail=detail)

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
