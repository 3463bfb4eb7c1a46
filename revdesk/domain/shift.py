"""The shift: when it started and how many parcels it received, read from the audit log.

The audit log is the one durable record of what REVER confirmed, written by every process on
the data folder (the window, ``revdesk outbox flush`` sending what the window queued), so a
count derived from it is the same in the header and in the shift summary, and survives a
restart or a ``kill -9``: nothing is counted in memory.

A parcel counts once: a return whose scan REVER confirmed (``delivered``) during the shift,
unless an undo REVER confirmed took that scan back. A scan that was refused, superseded by a
later scan of the same return, or discarded never counts; a change made from the detail or a
bulk change is not a parcel received at the desk.

When the shift starts is a setting (``shift_starts``): at midnight, or at the operator's
sign-in (a night shift crosses midnight). Either way the lead may start one by hand. Both are
:data:`~.audit.SHIFT_START` events, so the start survives a restart too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from revdesk.events import Signal

from .audit import DELIVERED, SHIFT_START, AuditLog
from .status import SOURCE_SCAN, SOURCE_UNDO

log = logging.getLogger(__name__)

#: ``shift_starts`` values.
FROM_DAY = "day"
FROM_SIGN_IN = "sign_in"
#: What started a shift (the SHIFT_START event's ``new_value``).
BY_SIGN_IN = "sign_in"
BY_HAND = "by_hand"
#: The window opened on another backend than the last time (the sandbox's practice data,
#: or REVER at another address): a new shift, so practice scans never count with real ones.
BY_BACKEND = "backend"
#: The backend the window opened on when none was recorded before (a station upgraded
#: mid-shift): noted, no new shift.
BACKEND_NOTED = "backend_noted"
#: The details a shift start is recorded with (the audit log stays in English: the window's
#: History translates them as it shows them, ``ui/history_model.py``).
STARTED_BY_HAND = "started by hand"
#: How the window names the embedded sandbox to this module (REVER: by its address).
ON_SANDBOX = "the sandbox"
#: A sign-in older than this starts no shift any more (the station stayed on over a
#: weekend with nobody signing in): the day's start is used instead. No shift lasts a day.
SIGN_IN_HOLDS_S = 24 * 3600.0


def day_start(now: float) -> float:
    """Local midnight before ``now``."""
    return datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0,
                                               microsecond=0).timestamp()


@dataclass(frozen=True)
class Parcel:
    """A parcel the shift received: its return, the status its scan set, and when REVER
    confirmed it (the audit's time)."""

    process_id: str
    status: str
    at: float

    @property
    def hour(self) -> str:
        return datetime.fromtimestamp(self.at).strftime("%Y-%m-%d %H:00")


@dataclass(frozen=True)
class ShiftCount:
    started_at: float
    parcels: tuple[Parcel, ...]

    @property
    def total(self) -> int:
        return len(self.parcels)

    def by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for parcel in self.parcels:
            counts[parcel.status] = counts.get(parcel.status, 0) + 1
        return counts

    def by_hour(self) -> dict[str, dict[str, int]]:
        """Parcels per hour (``"2026-11-23 09:00"``) and status, hours in order: the shape
        of :func:`~.audit.shift_summary`, which the summary table shows."""
        table: dict[str, dict[str, int]] = {}
        for parcel in self.parcels:
            row = table.setdefault(parcel.hour, {})
            row[parcel.status] = row.get(parcel.status, 0) + 1
        return {hour: table[hour] for hour in sorted(table)}


Row = tuple[int, str, str, float, str]  # AuditLog.status_changes: id, process, new, at, detail


class Tally:
    """The parcels received from ``since``, folded from the audit's delivered status
    changes in the order they were recorded; :meth:`read` adds what was recorded since the
    last read, so the header reads one or two new rows after each outcome, not the shift."""

    def __init__(self, since: float) -> None:
        self.since = since
        self.last_id = 0
        #: Each return's confirmed scans, oldest first: an undo takes back the latest.
        self._scans: dict[str, list[Parcel]] = {}

    def add(self, rows: Iterable[Row]) -> None:
        for event_id, process_id, new_value, at, detail in rows:
            self.last_id = max(self.last_id, event_id)
            source = detail.partition(":")[0].strip()
            if source == SOURCE_SCAN:
                self._scans.setdefault(process_id, []).append(Parcel(process_id, new_value, at))
            elif source == SOURCE_UNDO and self._scans.get(process_id):
                # An undo takes back the latest scan of its return only: a return scanned
                # IN_WAREHOUSE, then ERROR, then undone is still received, as IN_WAREHOUSE.
                self._scans[process_id].pop()

    def read(self, audit: AuditLog, until: float | None = None) -> ShiftCount:
        """Add what ``audit`` recorded since the last read (refused, superseded and
        discarded changes are not read: REVER never took them), and count."""
        self.add(audit.status_changes(result=DELIVERED, since=self.since, until=until,
                                      after_id=self.last_id))
        parcels = sorted((stack[-1] for stack in self._scans.values() if stack),
                         key=lambda p: p.at)
        return ShiftCount(self.since, tuple(parcels))


def count_since(audit: AuditLog, since: float, until: float | None = None) -> ShiftCount:
    """The parcels received from ``since`` (to ``until``), as the audit log says now:
    whichever process wrote it."""
    return Tally(since).read(audit, until)


def shift_start(audit: AuditLog, mode: str, now: float | None = None) -> float:
    """When the shift in course started: the latest of midnight (or, with ``mode``
    :data:`FROM_SIGN_IN`, the latest sign-in of the last day, if any) and the latest start
    by hand."""
    now = time.time() if now is None else now
    start = day_start(now)
    starts = audit.events(action=SHIFT_START, since=now - SIGN_IN_HOLDS_S, until=now + 1,
                          newest_first=True, limit=200)
    if mode == FROM_SIGN_IN:
        sign_in = next((e.at for e in starts if e.new_value == BY_SIGN_IN), None)
        if sign_in is not None:
            start = sign_in
    by_hand = next((e.at for e in starts if e.new_value in (BY_HAND, BY_BACKEND)), None)
    return max(start, by_hand) if by_hand is not None else start


class Shift:
    """The station's shift, read from ``audit`` each time it is asked (nothing kept in
    memory); ``mode`` gives the ``shift_starts`` setting in force."""

    def __init__(self, audit: AuditLog, mode: Callable[[], str]) -> None:
        self.audit = audit
        self.mode = mode
        #: A shift was started (a sign-in, or by hand): carries its time. The count may
        #: have changed: whoever shows it reads it again.
        self.started: Signal[float] = Signal("shift.started")
        self._tally: Tally | None = None

    def started_at(self, now: float | None = None) -> float:
        return shift_start(self.audit, self.mode(), now)

    def count(self, now: float | None = None) -> ShiftCount:
        """The parcels received this shift (what was read before is kept while the shift
        lasts: a cache of the audit log, rebuilt from it after a restart)."""
        since = self.started_at(now)
        if self._tally is None or self._tally.since != since:
            self._tally = Tally(since)
        return self._tally.read(self.audit)

    def signed_in(self, operator: str) -> None:
        """An operator signed in (the same name again too): a new shift, where the setting
        says a sign-in starts one. Recorded either way, for the history."""
        self.audit.record(SHIFT_START, new=BY_SIGN_IN, result="ok", detail=operator)
        self.started.emit(time.time())

    def opened_on(self, backend: str) -> bool:
        """The window opened on ``backend`` (how it names it: the sandbox, or REVER's
        address). Another one than the last window's starts a shift: scans made on the
        sandbox to learn the station never count in a shift on REVER. True if one started."""
        last = next((e for e in self.audit.events(action=SHIFT_START, newest_first=True,
                                                   limit=1000)
                     if e.new_value in (BY_BACKEND, BACKEND_NOTED)), None)
        if last is not None and last.detail == backend:
            return False
        kind = BACKEND_NOTED if last is None else BY_BACKEND
        self.audit.record(SHIFT_START, old=last.detail if last else "", new=kind, result="ok",
                          detail=backend)
        if kind == BACKEND_NOTED:
            return False
        log.info("shift: a new one, the station now works on %s (was %s)", backend,
                 last.detail if last else "?")
        self.started.emit(time.time())
        return True

    def start_by_hand(self) -> None:
        """The lead starts a new shift now, whatever the setting."""
        self.audit.record(SHIFT_START, new=BY_HAND, result="ok", detail=STARTED_BY_HAND)
        self.started.emit(time.time())
