"""Who did what, when, with what result: the station's local audit log (SQLite in the data
dir). Every status change, label upload, logistic order, pickup request, print and setting
change is recorded; the lead filters it, exports it to CSV and reads the shift summary
(counts per status per hour)."""

from __future__ import annotations

import csv
import io
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

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
ACTIONS = (STATUS_CHANGE, LABEL_UPLOAD, LOGISTIC_ORDER, PICKUP, PRINT, SETTING_CHANGE)

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


class AuditLog:
    def __init__(self, path: Path, *, station: str = "", operator: str = "") -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Who is recorded with each event; the window updates both when the lead renames
        # the station or the next operator signs in (see :meth:`identify`).
        self.station = station
        self.operator = operator
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def identify(self, *, station: str, operator: str) -> None:
        """Record later events under this station and operator name."""
        with self._lock:
            self.station = station
            self.operator = operator

    def record(self, action: str, *, process_id: str = "", old: str = "", new: str = "",
               result: str = "", detail: str = "", at: float | None = None) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO events(at, station, operator, action, process_id, old_value,"
                " new_value, result, detail) VALUES (?,?,?,?,?,?,?,?,?)",
                (at if at is not None else time.time(), self.station, self.operator, action,
                 process_id, old, new, result, detail),
            )

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
            rows = self._db.execute(
                # By time (a back-dated record sorts where it belongs), then as recorded.
                f"SELECT * FROM events{where} ORDER BY {order} LIMIT ?", (*args, limit)
            ).fetchall()
        return [Event(*row) for row in rows]

    def to_csv(self, events: list[Event], *, separator: str = ",") -> str:
        """The events as CSV (the window's export and the CLI's share it): every cell that
        a spreadsheet would run as a formula is defused (:func:`csv_cell`). ``separator``:
        one of :data:`CSV_SEPARATORS`."""
        if separator not in CSV_SEPARATORS:
            raise ValueError(f"CSV separator {separator!r} is not one of {CSV_SEPARATORS}")
        out = io.StringIO()
        writer = csv.writer(out, delimiter=separator)
        writer.writerow(CSV_FIELDS)
        for event in events:
            row = asdict(event)
            row["time"] = event.when.isoformat(timespec="seconds")
            writer.writerow([csv_cell(str(row[f])) for f in CSV_FIELDS])
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
