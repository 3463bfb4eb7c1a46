"""Who did what, when, with what result: the station's local audit log (SQLite in the data
dir). Every status change, label upload, logistic order, pickup request, print and setting
change is recorded; the lead filters it, exports it to CSV and reads the shift summary
(counts per status per hour)."""

from __future__ import annotations

import contextlib
import csv
import io
import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from revdesk.events import Signal
from revdesk.i18n import translate

from .read_only import connect_read_only

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at REAL NOT NULL,
    station TEXT NOT NULL,
    operator TEXT NOT NULL,
    action TEXT NOT NULL,
    process_id TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS events_at ON events(at);
CREATE INDEX IF NOT EXISTS events_process ON events(process_id);
"""

STATUS_CHANGE = "status_change"
LABEL_UPLOAD = "label_upload"
#: A logistic order REVER creates with a provider (PUT), and a pickup request.
LOGISTIC_ORDER = "logistic_order"
PICKUP = "pickup"
PRINT = "print"
SETTING_CHANGE = "setting_change"
#: A shift began (an operator signed in, or the lead started one by hand): the shift count
#: is read from the log since then (see ``domain/shift.py``), so a restart keeps it.
SHIFT_START = "shift_start"
#: A walk-in customer's return started at the desk (Storefront), or refused with why.
WALKIN_RETURN = "walkin_return"
ACTIONS = (STATUS_CHANGE, LABEL_UPLOAD, LOGISTIC_ORDER, PICKUP, PRINT, SETTING_CHANGE,
           SHIFT_START, WALKIN_RETURN)

# Results: a status change ends delivered / failed / superseded (the outbox's outcomes) or
# discarded (the lead gave up on a refused one); every other action is ok or failed.
OK = "ok"
FAILED = "failed"
DELIVERED = "delivered"
SUPERSEDED = "superseded"
DISCARDED = "discarded"
RESULTS = (OK, FAILED, DELIVERED, SUPERSEDED, DISCARDED)

#: The audit log's file in the data dir: the window and the CLI share it.
AUDIT_FILE = "audit.sqlite3"
#: ``events(limit=NO_LIMIT)``: every matching event (SQLite reads a negative LIMIT as none).
NO_LIMIT = -1

#: The CSV columns, in order.
CSV_FIELDS = ("time", "station", "operator", "action", "process_id", "old_value", "new_value",
              "result", "detail")
#: Comma, or semicolon for Excel where the decimal mark is a comma (most of Europe).
CSV_SEPARATORS = (",", ";")
#: A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV
#: injection"): a process id, a name or a message from REVER must never run as one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: with a leading ``'`` if it would be a
    formula."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


@dataclass(frozen=True)
class Event:
    id: int
    at: float
    station: str
    operator: str
    action: str
    process_id: str
    old_value: str
    new_value: str
    result: str
    detail: str

    @property
    def when(self) -> datetime:
        return datetime.fromtimestamp(self.at)


#: How soon an audit log that could not be written is opened again, at the latest (each
#: new record tries to write what waits, once the file is open).
RETRY_S = 30.0

Row = tuple[float, str, str, str, str, str, str, str, str]
_INSERT = ("INSERT INTO events(at, station, operator, action, process_id, old_value,"
           " new_value, result, detail) VALUES (?,?,?,?,?,?,?,?,?)")


class AuditLog:
    """The audit log's file. Recording never raises and never stops the station: a record
    the file cannot take (a full disk, a folder gone read-only, a file damaged under it)
    waits in memory and is written when the file takes records again; :attr:`problem`
    says what is wrong meanwhile and :attr:`trouble` tells it once, when it starts.
    ``open_now=False``: the file could not be opened (see ``local_files``, which says why
    in ``problem``): records wait until it can be."""

    def __init__(self, path: Path, *, station: str = "", operator: str = "",
                 open_now: bool = True, problem: str = "") -> None:
        self.path = path
        # Who is recorded with each event; the window updates both when the lead renames
        # the station or the next operator signs in (see :meth:`identify`).
        self.station = station
        self.operator = operator
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._waiting: list[Row] = []
        self._retry_at = 0.0
        self._closed = False
        #: What is wrong with the file, in the operator's words; "" while it takes records.
        self.problem = "" if open_now else (problem or translate(
            "AuditLog", "The audit log {path} is not open.").format(path=path))
        #: Told ``problem`` when recording starts failing, and "" when it works again.
        self.trouble: Signal[str] = Signal("audit.trouble")
        if open_now:
            self._db = self._connect()

    @classmethod
    def reading(cls, path: Path) -> AuditLog:
        """The log at ``path`` to read only (a read-only data folder): raises
        ``sqlite3.Error`` or OSError when it cannot be read; what it would record waits in
        memory and is lost at close (the log says so)."""
        audit = cls(path, open_now=False, problem=translate(
            "AuditLog", "The audit log {path} is open read-only.").format(path=path))
        audit._db = connect_read_only(path)
        return audit

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        with self._lock:
            self._write_waiting(force=True)
            for row in self._waiting:  # the log keeps them, at least
                when = datetime.fromtimestamp(row[0]).isoformat(timespec="seconds")
                log.warning("audit record not kept: %s %s %s %s -> %s %s (%s)", when,
                            row[3], row[4], row[5] or "?", row[6], row[7], row[8])
            self._closed = True
            if self._db is not None:
                self._db.close()

    @property
    def closed(self) -> bool:
        """True once :meth:`close` ran: nothing is read or written any more."""
        return self._closed

    def identify(self, *, station: str, operator: str) -> None:
        """Record later events under this station and operator name."""
        with self._lock:
            self.station = station
            self.operator = operator

    def record(self, action: str, *, process_id: str = "", old: str = "", new: str = "",
               result: str = "", detail: str = "", at: float | None = None) -> None:
        with self._lock:
            if self._closed:
                log.warning("audit record after the log was closed, not kept: %s %s %s",
                            action, process_id, result)
                return
            self._waiting.append((at if at is not None else time.time(), self.station,
                                  self.operator, action, process_id, old, new, result, detail))
            self._write_waiting()

    @property
    def waiting(self) -> int:
        """Records kept in memory because the file would not take them (yet)."""
        with self._lock:
            return len(self._waiting)

    def retry(self) -> None:
        """Write what waits in memory now, if the file takes it."""
        with self._lock:
            self._write_waiting(force=True)

    def _insert(self, rows: list[Row]) -> None:
        assert self._db is not None
        self._db.execute("BEGIN")
        try:
            self._db.executemany(_INSERT, rows)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    def _write_waiting(self, *, force: bool = False) -> None:
        """Write the waiting records (lock held); on failure keep them and say why."""
        if not self._waiting or self._closed:
            return
        if self._db is None:
            if not force and time.monotonic() < self._retry_at:
                return
            try:
                self._db = self._connect()
            except (sqlite3.Error, OSError) as exc:
                self._failed(exc)
                return
        try:
            self._insert(self._waiting)
        except sqlite3.Error as exc:
            self._failed(exc)
            # Opened afresh next time: the file may have been replaced or repaired.
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
            return
        self._waiting.clear()
        if self.problem:
            log.warning("audit log %s written again", self.path)
            self.problem = ""
            self.trouble.emit("")

    def _failed(self, exc: BaseException) -> None:
        self._retry_at = time.monotonic() + RETRY_S
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        first = not self.problem
        self.problem = translate(
            "AuditLog", "The audit log {path} cannot be written ({why}). Scanning goes on: "
            "what it records is kept in memory and written as soon as the file takes it "
            "again. Check the disk's free space and that this user may write the data "
            "folder.").format(path=self.path, why=why)
        log.info("audit log %s: %d record(s) wait in memory: %s", self.path,
                 len(self._waiting), why)
        if first:
            self.trouble.emit(self.problem)

    def events(self, *, action: str = "", process_id: str = "", since: float | None = None,
               until: float | None = None, result: str = "", process_contains: str = "",
               limit: int = 100_000, newest_first: bool = False) -> list[Event]:
        """Events matching every filter given, oldest first (``newest_first``: the latest
        ``limit`` ones, newest first). ``process_contains`` matches any part of the process
        id, case-insensitively (what the history view's search box does)."""
        clauses: list[str] = []
        args: list[str | float] = []
        for column, value in (("action", action), ("process_id", process_id),
                              ("result", result)):
            if value:
                clauses.append(f"{column} = ?")
                args.append(value)
        if process_contains:
            # LIKE with the wildcards escaped: an id is matched as typed, never as a pattern.
            escaped = (process_contains.replace("\\", "\\\\").replace("%", "\\%")
                       .replace("_", "\\_"))
            clauses.append("process_id LIKE ? ESCAPE '\\'")
            args.append(f"%{escaped}%")
        if since is not None:
            clauses.append("at >= ?")
            args.append(since)
        if until is not None:
            clauses.append("at < ?")
            args.append(until)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        order = "at DESC, id DESC" if newest_first else "at, id"
        with self._lock:
            if self._db is None:  # the file could not be opened: nothing to read yet
                return []
            rows = self._db.execute(
                # By time (a back-dated record sorts where it belongs), then as recorded.
                f"SELECT * FROM events{where} ORDER BY {order} LIMIT ?", (*args, limit)
            ).fetchall()
        return [Event(*row) for row in rows]

    def status_changes(self, *, result: str, since: float, until: float | None = None,
                       after_id: int = 0) -> list[tuple[int, str, str, float, str]]:
        """``(id, process_id, new_value, at, detail)`` of the status changes with
        ``result`` from ``since`` (to ``until``) recorded after event ``after_id``, in the
        order they were recorded (ids grow with each commit, whichever process made it).
        Lean on purpose: the shift count reads them after every outcome."""
        query = ("SELECT id, process_id, new_value, at, detail FROM events"
                 " WHERE action=? AND result=? AND at>=? AND id>?")
        args: list[str | float] = [STATUS_CHANGE, result, since, after_id]
        if until is not None:
            query += " AND at<?"
            args.append(until)
        with self._lock:
            if self._db is None:
                return []
            return self._db.execute(query + " ORDER BY id", args).fetchall()

    def to_csv(self, events: list[Event], *, separator: str = ",",
               shown: Callable[[str], str] | None = None) -> str:
        """The events as CSV (the window's export and the CLI's share it): every cell that
        a spreadsheet would run as a formula is defused (:func:`csv_cell`). ``separator``:
        one of :data:`CSV_SEPARATORS`. ``shown``: applied to each cell first (the CLI
        spells out control characters when the CSV goes to a terminal)."""
        if separator not in CSV_SEPARATORS:
            raise ValueError(f"CSV separator {separator!r} is not one of {CSV_SEPARATORS}")
        out = io.StringIO()
        writer = csv.writer(out, delimiter=separator)
        writer.writerow(CSV_FIELDS)
        for event in events:
            row = asdict(event)
            row["time"] = event.when.isoformat(timespec="seconds")
            writer.writerow([csv_cell(shown(str(row[f])) if shown else str(row[f]))
                             for f in CSV_FIELDS])
        return out.getvalue()


def shift_summary(events: list[Event]) -> dict[str, dict[str, int]]:
    """Delivered status changes counted per hour (``"2026-11-23 09:00"``) and per status."""
    table: dict[str, Counter[str]] = {}
    for event in events:
        if event.action != STATUS_CHANGE or event.result != "delivered":
            continue
        hour = event.when.strftime("%Y-%m-%d %H:00")
        table.setdefault(hour, Counter())[event.new_value] += 1
    return {hour: dict(counts) for hour, counts in sorted(table.items())}
