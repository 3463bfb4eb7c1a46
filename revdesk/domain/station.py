"""The scan pipeline: scans are accepted at once, written to the scan journal, queued in
arrival order and taken by a single worker, so a burst from the scanner is never lost, never
reordered, and never blocks typing. Each scan becomes a :class:`ScanResult` that
``result_changed`` carries (to the window, the benchmarks) when it is queued and again when
it is final.

With REVER slow, one scan at a time (read, write, wait for REVER's answer) falls behind a
parcel every 2 s. So the worker starts each scan's check as a task of its own: up to
:data:`CHECKS_AT_ONCE` checks run together, and a check gives its place to the next scan as
soon as its change is durable in the outbox (its delivery, and REVER's answer, go on
meanwhile). What stays in order: scans of the same return (the later one starts once the
earlier is final), the changes written to the outbox (in scan order), an undo (after every
scan before it, before any after it) and the results told (in scan order).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from revdesk.api import errors
from revdesk.api.models import SHIPPING_STATUSES, Process
from revdesk.events import Signal
from revdesk.i18n import translate

from .connection import ConnectionState, ConnectionTracker
from .outcomes import Outcome
from .scan_journal import JournalRow, ScanJournal, too_old
from .scan_resolution import (
    Attempt,
    Candidate,
    Field,
    Match,
    Resolution,
    candidates,
    key_of,
    may_be_process_id,
    narrow,
    process_from_row,
    resolve_by_order,
    resolve_locally,
    resolve_remotely,
)
from .scanning import (
    DEFAULT_ACTION,
    LOOKUP,
    ONE_SCAN_ACTIONS,
    UNDO_WITHOUT_ASKING_S,
    Refusal,
    ScanCleaner,
    ScanResult,
    action_or_default,
)
from .status import SOURCE_SCAN, SOURCE_UNDO, NewerChange, ScanTicket, StatusService

if TYPE_CHECKING:
    from revdesk.api.storefront import StorefrontClient
    from revdesk.config import ScanSettings

    from .outbox import Result
    from .process_index import ProcessIndex

log = logging.getLogger(__name__)
#: How many matches a look-up by order or tracking number asks for.
LOOKUP_MATCH_LIMIT = 50
#: The status of a cancelled return (it stays so: a scan never changes it).
CANCELED = "CANCELED"
#: Scan results kept for undo and the recent list.
RECENT_LIMIT = 500
#: Scans checked at once (their reads of REVER overlap). Four keep pace with a parcel
#: every 2 s while REVER takes up to ~8 s a read (bench/scan_slow.py), and stay a small
#: load on REVER and on a Wi-Fi that struggles.
CHECKS_AT_ONCE = 4


@dataclass(eq=False)
class _Flight:
    """One scan the worker started: its task and where it stands, for the scans after it."""

    result: ScanResult
    #: The return it is about, as far as known when it starts (else its read).
    key: str
    #: The scan started just before it (until this one is told): its change is written
    #: first, its result told first.
    before: _Flight | None
    #: Its change is durable in the outbox, or it makes none: the next may write.
    decided: asyncio.Event = field(default_factory=asyncio.Event)
    #: Its final outcome was told: it is over.
    shown: asyncio.Event = field(default_factory=asyncio.Event)
    #: It holds one of the CHECKS_AT_ONCE places until decided.
    holds_place: bool = True


class ScanPipeline:
    """Cleans, queues and applies scans with the station's current scan action."""

    def __init__(self, client: Any, status: StatusService, *, cleaner: ScanCleaner | None = None,
                 action: str = DEFAULT_ACTION, tracker: ConnectionTracker | None = None,
                 refuse_cancelled: bool = True, index: ProcessIndex | None = None,
                 storefront: StorefrontClient | None = None,
                 settings: Callable[[], ScanSettings] | None = None,
                 journal: ScanJournal | None = None, checks: int = CHECKS_AT_ONCE) -> None:
        self.client = client
        #: Where each status scan is written the moment it is accepted (None: memory only).
        self.journal = journal
        #: The Storefront API, when the station has one: an order number that neither the
        #: list nor REVER's search knows is looked up there last.
        self.storefront = storefront
        self.status = status
        self.cleaner = cleaner or ScanCleaner()
        self.action = action_or_default(action)
        self.tracker = tracker or status.tracker
        #: A cancelled return is not set to another status by a scan: the lead decides.
        self.refuse_cancelled = refuse_cancelled
        #: The returns list the station holds: a scan is looked for there first (no network).
        self.index = index
        #: The station's scan settings in force (read when a scan needs them): what a
        #: CANCELED or ERROR scan leaves selected after it.
        self.settings = settings
        #: The latest status scan that matched several returns, until one is chosen (a
        #: digit in the pick list, or a second scan of the same parcel) or another parcel
        #: is scanned.
        self.picking: ScanResult | None = None
        self.recent: deque[ScanResult] = deque(maxlen=RECENT_LIMIT)
        self._queue: asyncio.Queue[ScanResult] = asyncio.Queue()
        #: A scan was queued, became final, or was settled later by the outbox (the same
        #: object each time, updated in place).
        self.result_changed: Signal[ScanResult] = Signal("scan.result_changed")
        #: The pipeline changed the scan action by itself (back to the default after a
        #: one-scan action).
        self.action_changed: Signal[str] = Signal("scan.action_changed")
        #: Queued scans (and undos) by their outbox entry, until REVER settles them.
        self._queued_by_entry: dict[int, ScanResult] = {}
        self._worker: asyncio.Task[None] | None = None
        #: A scan the worker took from the queue and has not started yet (it waits for
        #: a place, or for an earlier scan of its return, or for every scan before an undo).
        self._waiting: ScanResult | None = None
        #: Scans started and not told yet, by their seq (in scan order), and the latest.
        self._flights: dict[int, _Flight] = {}
        self._last: _Flight | None = None
        self._places = asyncio.Semaphore(checks)
        self._tasks: set[asyncio.Task[None]] = set()
        #: The newest scan whose check has begun: a pick list is kept for the scan after
        #: it only if no other parcel was scanned since.
        self._newest_started = 0
        #: The journal row of the scan being accepted again at a start (see recover).
        self._replay: JournalRow | None = None
        #: Journal writes under way, by scan seq (each done within one group commit).
        self._journalling: dict[int, asyncio.Task[None]] = {}

    # -- wiring ---------------------------------------------------------------------------

    def _notify(self, result: ScanResult) -> None:
        self.result_changed.emit(result)

    def set_action(self, action: str) -> None:
        self.action = action_or_default(action)

    @property
    def pending(self) -> int:
        """Scans accepted but not final yet."""
        return (self._queue.qsize() + len(self._flights)
                + (1 if self._waiting is not None else 0))

    # -- intake (synchronous: the scan box never waits) ------------------------------------

    def submit(self, raw: str, *, action: str | None = None) -> ScanResult | None:
        """Accept one scan; None for a bare Enter. Refusals are final before any call."""
        if raw == "":
            return None
        clean = self.cleaner.clean(raw)
        result = ScanResult(raw, clean.cleaned, action_or_default(action or self.action),
                            refusal=clean.refusal, body=clean.body)
        self.recent.append(result)
        # A look-up may search by order or tracking number, which is not a process id.
        searchable = result.action == LOOKUP and clean.refusal in (Refusal.PATTERN,
                                                                   Refusal.WHITESPACE)
        if clean.refusal in (Refusal.PATTERN, Refusal.WHITESPACE) and not searchable:
            # Not a process id, but maybe a tracking or order number: the station's list
            # answers at once. REVER is searched only when no id pattern says what a
            # scan may be.
            local = resolve_locally(self.index, candidates(clean.body))
            searchable = bool(local.matches) or (clean.refusal is Refusal.WHITESPACE
                                                 and self.cleaner.pattern is None)
            if not searchable:
                result.resolution = local
        if clean.refusal is not None and not searchable:
            # Nothing was tried: a CANCELED or ERROR action stays for the parcel in hand.
            result.outcome = Outcome.NOT_AN_ID
            result.finished = time.perf_counter()
            self._notify(result)
            return result
        self._enqueue(result)
        if action is None:
            self._after_one_scan(result.action)
        return result

    def _after_one_scan(self, action: str) -> None:
        """A CANCELED or ERROR scan is for one parcel: the next scan (the next parcel, the
        rest of a burst included) gets the default action again, unless the station asks
        before each such scan instead (the window's part)."""
        if action not in ONE_SCAN_ACTIONS or self.settings is None:
            return
        current = self.settings()
        if current.risky_actions != "one_scan":
            return
        default = action_or_default(current.default_action)
        if default != self.action:
            self.action = default
            self.action_changed.emit(default)

    def names_a_parcel(self, text: str) -> bool:
        """Whether ``text`` reads as a parcel's barcode: the station's list knows a return
        by it (process id, tracking or order number), or the station's id pattern accepts
        it. What the sign-in refuses as an operator's name (a scanner slower than a burst
        typed into it)."""
        clean = self.cleaner.clean(text)
        if clean.refusal is None and self.cleaner.pattern is not None:
            return True
        return bool(resolve_locally(self.index, candidates(clean.body)).matches)

    def undo_last(self, target: ScanResult | None = None) -> ScanResult | None:
        """Queue an undo of the latest undoable scan (checked when its turn comes, so a scan
        still in the queue can be undone too); it takes back a scan made up to
        UNDO_WITHOUT_ASKING_S before the undo was asked, and nothing older. ``target``: the
        scan the operator confirmed taking back, whatever its age (see ``undo_asks``).
        None when there is nothing to undo."""
        if target is None and self._latest_undoable() is None and self.pending == 0:
            return None
        undo = ScanResult("", "", "UNDO", is_undo=True, undo_target=target)
        self.recent.append(undo)
        self._enqueue(undo)
        return undo

    def undo_asks(self, now: float | None = None) -> ScanResult | None:
        """The scan an undo asked now would take back, when it is too old to take back
        without asking (the operator confirms it, then ``undo_last(target)``); None when
        an undo may go ahead (a recent scan, or scans still in the queue: the latest of
        them is the one meant)."""
        if self.pending:
            return None
        latest = self._latest_undoable()
        if latest is None:
            return None
        if latest.age(now) > UNDO_WITHOUT_ASKING_S or self._scanned_since(latest):
            # Old, or not what the banner shows: a newer scan (refused, unknown, already
            # in that status) is on screen, and Ctrl+Z pressed "to undo that" must not
            # silently take back another parcel.
            return latest
        return None

    def _scanned_since(self, scan: ScanResult) -> bool:
        """Whether a scan made after ``scan`` has ended and still stands (an undo, or a
        scan an undo took back, does not count: Ctrl+Z twice walks back)."""
        for result in reversed(self.recent):
            if result is scan:
                return False
            if not result.is_undo and not result.undone and result.is_final:
                return True
        return False

    def choose(self, picked: ScanResult, process_id: str) -> ScanResult | None:
        """The operator chose ``process_id`` from ``picked``'s pick list: the scan action
        applies to that return (as a new scan of the same read). None if it was not offered."""
        if all(m.process_id != process_id for m in picked.matches):
            return None
        if self.picking is picked:
            self.picking = None
        n = next(i for i, m in enumerate(picked.matches) if m.process_id == process_id)
        result = ScanResult(picked.raw, process_id, picked.action, body=process_id)
        result.resolution = Resolution(chosen_by=translate(
            "ScanPipeline", "pick {n} of {count}").format(n=n + 1, count=len(picked.matches)))
        result.resolution.matches = [m for m in (picked.resolution.matches
                                                 if picked.resolution else [])
                                     if m.process_id == process_id][:1] or [
            Match(process_id, Field.PROCESS_ID, Candidate(key_of(process_id), process_id,
                                                          "pick"), "list")]
        self.recent.append(result)
        self._enqueue(result, chosen=process_id)
        return result

    def _enqueue(self, result: ScanResult, *, chosen: str = "") -> None:
        self.start()
        replay, self._replay = self._replay, None
        if replay is not None:  # accepted again at a start: its row is in the journal
            result.journal_id, result.scanned_at, result.recovered = (
                replay.id, replay.scanned_at, True)
        elif (self.journal is not None and not result.is_undo
              and result.action in SHIPPING_STATUSES):
            # Durable at once: a killed station applies it at its next start. In the
            # outbox's group commit (a burst's scans share an fsync, off the event loop),
            # which commits in order: the row is in the file before the scan's change can
            # be (that write takes the row out), so the check (reads only) need not wait
            # for it. A look-up changes nothing, and an undo's target is decided when its
            # turn comes: neither is journalled.
            self._journalling[result.seq] = asyncio.get_running_loop().create_task(
                self._journal(result, chosen))
        self._queue.put_nowait(result)
        self._notify(result)

    async def _journal(self, result: ScanResult, chosen: str) -> None:
        assert self.journal is not None
        try:
            result.journal_id = await self.journal.add_soon(
                result.raw, result.action, scanned_at=result.scanned_at, chosen=chosen)
        except (sqlite3.Error, RuntimeError):
            log.warning("scan %s: not written to the scan journal (kept in memory)",
                        result.cleaned, exc_info=True)
        finally:
            self._journalling.pop(result.seq, None)

    async def _journalled(self, result: ScanResult) -> None:
        """Wait until the scan's journal row is written, before its id is needed (the
        change's write, the scan's end; shielded: a stop never leaves a row whose id
        nobody knows)."""
        writing = self._journalling.get(result.seq)
        if writing is not None:
            await asyncio.shield(writing)

    def _forget(self, result: ScanResult) -> None:
        """The scan is over (or its change is in the outbox): out of the journal."""
        row, result.journal_id = result.journal_id, None
        if row is None or self.journal is None:
            return
        try:
            self.journal.remove(row)
        except sqlite3.Error:  # checked again at the next start: a newer change still wins
            log.warning("scan %s: journal row %d not removed", result.cleaned, row,
                        exc_info=True)

    def recover(self, now: float | None = None) -> list[ScanResult]:
        """Accept again the scans a stopped station process left in the journal (killed,
        crashed, the power cut): each is checked and applied as it was scanned, with its
        own time (a person's later change of its return wins, see OutboxStore.add_in).
        One older than MAX_REPLAY_AGE_S is not applied: it ends FAILED, saying so. Returns
        them all, in scan order (the caller records what did not apply)."""
        if self.journal is None:
            return []
        try:
            rows = self.journal.adopt()
        except sqlite3.Error:
            log.warning("the scan journal could not be read", exc_info=True)
            return []
        now = time.time() if now is None else now
        recovered: list[ScanResult] = []
        for row in rows:
            text = row.chosen or row.raw
            if too_old(row, now):
                result = ScanResult(row.raw, text, row.action, journal_id=row.id,
                                    recovered=True, scanned_at=row.scanned_at)
                when = datetime.fromtimestamp(row.scanned_at).strftime("%Y-%m-%d %H:%M")
                result.error = errors.ApiError(translate(
                    "ScanPipeline", "Scanned at {when}, before the station stopped: too long "
                    "ago to apply now. Check the parcel's return.").format(when=when))
                result.outcome, result.finished = Outcome.FAILED, time.perf_counter()
                self.recent.append(result)
                self._forget(result)
                self._notify(result)
            else:
                self._replay = row
                try:
                    accepted = self.submit(text, action=row.action)
                finally:
                    self._replay = None
                if accepted is None:  # nothing readable: nothing to apply
                    self._forget(ScanResult("", "", row.action, journal_id=row.id))
                    continue
                result = accepted
                if not result.recovered:  # final at once (not an id): never queued
                    result.recovered, result.scanned_at = True, row.scanned_at
                    result.journal_id = row.id
                    self._forget(result)
            recovered.append(result)
        if recovered:
            log.warning("%d scan(s) left by a station process that stopped were accepted "
                        "again", len(recovered))
        return recovered

    async def wait_final(self, results: list[ScanResult]) -> None:
        """Wait until each of ``results`` is final (told so)."""
        waiting = {id(r) for r in results if not r.is_final}
        if not waiting:
            return
        done = asyncio.Event()

        def heard(result: ScanResult) -> None:
            if result.is_final:
                waiting.discard(id(result))
                if not waiting:
                    done.set()

        disconnect = self.result_changed.connect(heard)
        try:
            await done.wait()
        finally:
            disconnect()

    def settle(self, late: Result) -> None:
        """The outbox told the later outcome of an entry: if it carries a queued scan (or
        undo), that scan is delivered or refused now; its row updates. Listeners see
        ``settled_late`` set, so the banner and the sound stay with the scan in hand."""
        if late.outcome is Outcome.QUEUED:
            return  # still waiting
        result = self._queued_by_entry.pop(late.entry.id, None)
        if result is None or result.outcome is not Outcome.QUEUED:
            return
        if late.outcome is Outcome.SUPERSEDED:
            # A later change of the same return (a later scan, the CLI, another window)
            # carries it now: the row says so instead of "queued" for good.
            result.outcome = Outcome.SUPERSEDED
        elif late.outcome is Outcome.DELIVERED:
            result.outcome = Outcome.UNDONE if result.is_undo else Outcome.DELIVERED
        else:
            error = late.error or errors.ApiError(late.message)
            result.outcome, result.error = _failure(error), error
        result.settled_late = True
        self._notify(result)

    def queued(self) -> dict[int, ScanResult]:
        """The scans still queued, by their outbox entry (a copy)."""
        return dict(self._queued_by_entry)

    def _track(self, result: ScanResult, entry_id: int | None) -> None:
        """Remember a queued scan by its outbox entry, so its late outcome finds it."""
        result.entry_id = entry_id
        if entry_id is not None and result.outcome is Outcome.QUEUED:
            self._queued_by_entry[entry_id] = result

    def _latest_undoable(self) -> ScanResult | None:
        for result in reversed(self.recent):
            if result.undoable:
                return result
        return None

    # -- the worker -----------------------------------------------------------------------

    def start(self) -> None:
        if self._worker is None or self._worker.done():
            self._worker = asyncio.get_running_loop().create_task(self._work(), name="scans")

    async def drain(self) -> None:
        """Wait until every accepted scan is final."""
        await self._queue.join()

    async def stop(self, grace: float = 5.0) -> int:
        """Let queued scans finish for up to ``grace`` s, then stop; returns how many
        changes were dropped (what an outbox can keep is kept, see _keep_for_later; what
        it cannot stays in the scan journal for the next start)."""
        if self._worker is None:
            return 0
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.drain(), grace)
        if self._journalling:  # each scan's row id known before anything is kept or given up
            await asyncio.wait(list(self._journalling.values()))
        # Started scans whose change is not in the outbox yet, the one waiting to start,
        # then the queue: in scan order.
        unprocessed = [f.result for f in self._flights.values() if not f.decided.is_set()]
        if self._waiting is not None:
            unprocessed.append(self._waiting)
            self._waiting = None
            self._queue.task_done()
        unprocessed += self._queued()
        self._worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._worker
        self._worker = None
        tasks = list(self._tasks)
        for task in tasks:  # a change in the outbox stays there, to be sent later
            task.cancel()
        if tasks:
            await asyncio.wait(tasks)
        # Look-ups change nothing: only status scans and undos count.
        changes = [r for r in unprocessed if r.is_undo or r.action in SHIPPING_STATUSES]
        kept = self._keep_for_later(changes)
        left = len(changes) - kept
        self._release_journal(unprocessed)
        if unprocessed:
            log.warning("station closed with %d scan(s) not processed: %d kept in the outbox, "
                        "%d change(s) dropped", len(unprocessed), kept, left)
        return left

    def _release_journal(self, results: list[ScanResult]) -> None:
        """Scans this process could not finish nor keep stay in the journal for anyone's
        next start (a new core of this process included)."""
        rows = [r.journal_id for r in results if r.journal_id is not None]
        if rows and self.journal is not None:
            try:
                self.journal.release(rows)
            except sqlite3.Error:  # this process's rows: taken once it is gone
                log.warning("scan journal: %d row(s) not released", len(rows), exc_info=True)

    def _queued(self) -> list[ScanResult]:
        queued: list[ScanResult] = []
        while not self._queue.empty():
            queued.append(self._queue.get_nowait())
            self._queue.task_done()
        return queued

    def _keep_for_later(self, changes: list[ScanResult]) -> int:
        """Status scans the station had no time to check (REVER slow, the window closing)
        go to the outbox unchecked, to be sent on the next start: shown on screen as
        scanned, they must not vanish. An undo is not kept (its target is decided when its
        turn comes). Returns how many were kept."""
        kept = 0
        for result in changes:
            if result.is_undo:
                continue
            # A tracking or order number is kept as the return it names in the list; one
            # the list does not know only if it may be a process id itself.
            local = self._local(result)
            one = local.one
            pid = one.process_id if one else ("" if local.matches or result.refusal
                                             else result.cleaned)
            ticket = (ScanTicket(result.journal_id, result.scanned_at)
                      if self.journal is not None else None)
            if pid and self.status.keep_for_later(pid, result.action, source=SOURCE_SCAN,
                                                  ticket=ticket):
                result.outcome = Outcome.QUEUED
                result.journal_id = None  # out of the journal with the write
                kept += 1
        return kept

    async def _work(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            result = await self._queue.get()
            self._waiting = result
            if result.is_undo:
                # Its target is the latest scan confirmed: every scan before it is over first.
                while self._flights:
                    await next(iter(self._flights.values())).shown.wait()
            else:
                key = self._key(result)
                for flight in [f for f in self._flights.values() if f.key == key]:
                    await flight.shown.wait()  # the same return: one scan after the other
            await self._places.acquire()
            self._waiting = None
            flight = _Flight(result, self._key(result), self._last)
            self._last = flight
            self._flights[result.seq] = flight
            task = loop.create_task(self._fly(flight), name=f"scan {result.seq}")
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            if result.is_undo:  # nothing after an undo starts before it is over
                await flight.shown.wait()

    def _key(self, result: ScanResult) -> str:
        if result.is_undo:
            return ""
        one = self._local(result).one
        return one.process_id if one is not None else result.cleaned.casefold()

    def _decided(self, flight: _Flight) -> None:
        """Its change is durable, or it makes none: the next scan may write, and may be
        checked in its place."""
        flight.decided.set()
        if flight.holds_place:
            flight.holds_place = False
            self._places.release()

    def _written(self, result: ScanResult, entry_id: int) -> None:
        """The outbox holds the scan's change (and the journal no longer holds the scan)."""
        result.entry_id, result.journal_id = entry_id, None
        flight = self._flights.get(result.seq)
        if flight is not None:
            self._decided(flight)

    async def _my_turn_to_write(self, result: ScanResult) -> None:
        """Changes go to the outbox in scan order: after the scan before this one's (and
        with the scan's journal row known, to take it out with the write)."""
        await self._journalled(result)
        flight = self._flights.get(result.seq)
        before = flight.before if flight is not None else None
        if before is not None and not before.decided.is_set():
            await before.decided.wait()

    def _ticket(self, result: ScanResult) -> ScanTicket | None:
        if self.journal is None:  # no outbox file: nothing to order changes by
            return None
        return ScanTicket(result.journal_id, result.scanned_at,
                          lambda entry_id: self._written(result, entry_id))

    async def _fly(self, flight: _Flight) -> None:
        result = flight.result
        self._newest_started = result.seq
        try:
            try:
                await self._process(result)
            except asyncio.CancelledError:
                # Stopped: a change in the outbox is sent later; one not written yet is
                # kept by stop() (or stays in the journal).
                result.outcome = (Outcome.QUEUED if result.entry_id is not None
                                  else Outcome.FAILED)
                raise
            except Exception as exc:  # never let one scan stop the queue
                log.exception("scan %s failed unexpectedly", result.cleaned)
                result.outcome = Outcome.FAILED
                result.error = errors.ApiError(
                    translate("ScanPipeline", "Something went wrong inside the station "
                              "({kind}).").format(kind=type(exc).__name__),
                    detail=repr(exc))
            # Final (a change written left the journal with it).
            await self._journalled(result)
            self._forget(result)
            self._decided(flight)
            before = flight.before
            if before is not None:  # told in scan order
                await before.shown.wait()
        finally:
            self._decided(flight)
            flight.before = None
            self._flights.pop(result.seq, None)
            result.finished = time.perf_counter()
            self._queue.task_done()
            flight.shown.set()
            self._notify(result)

    async def _process(self, result: ScanResult) -> None:
        if result.is_undo:
            await self._undo(result)
        elif result.action == LOOKUP:
            await self._lookup(result)
        else:
            await self._apply(result)

    async def _get(self, process_id: str) -> Process:
        return await self.tracker.watch(self.client.get_process(process_id))

    def _known_offline(self) -> bool:
        """Offline, with a sender that queues: a scan skips the check before the change.
        Each scan would otherwise wait out its own timeout (8-10 s where the network drops
        packets) only to be queued, and the parcels behind it with it; REVER checks the
        change when the outbox sends it (a refusal then lands in the failed list)."""
        return self.status.queues_offline and self.tracker.state is ConnectionState.OFFLINE

    def _keys(self, result: ScanResult) -> tuple[Candidate, ...]:
        return candidates(result.body or result.cleaned)

    def _local(self, result: ScanResult) -> Resolution:
        """The scan's matches in the station's list (kept on the result once made)."""
        if result.resolution is None or not (result.resolution.matches
                                              or result.resolution.tried):
            result.resolution = resolve_locally(self.index, self._keys(result))
        return result.resolution

    async def _search(self, text: str) -> list[Process]:
        page = await self.tracker.watch(
            self.client.list_processes(query=text, page_size=LOOKUP_MATCH_LIMIT))
        return page.processes

    def _may_search(self, candidate: Candidate) -> bool:
        """With an id pattern, REVER is asked only about what fits it."""
        pattern = self.cleaner.pattern
        return pattern is None or bool(pattern.fullmatch(candidate.text))

    def _offer(self, result: ScanResult, resolution: Resolution) -> None:
        """Several returns match: a pick list (or a second scan) decides."""
        result.matches = [m.process or self._listed(m.process_id) for m in resolution.matches]
        result.outcome = Outcome.MATCHES
        if result.action != LOOKUP and self._newest_started == result.seq:
            # Only while no other parcel was scanned since (its check may have begun).
            self.picking = result

    def _cancelled_in_list(self, process_id: str) -> bool:
        row = self.index.get(process_id) if self.index is not None else None
        return self.refuse_cancelled and row is not None and row.status == CANCELED

    def _listed(self, process_id: str) -> Process:
        row = self.index.get(process_id) if self.index is not None else None
        return process_from_row(row) if row is not None else Process(process_id=process_id)

    async def _apply(self, result: ScanResult) -> None:
        picking, self.picking = self.picking, None
        resolution = self._local(result)
        process: Process | None = None
        if picking is not None:
            offered = [m.process_id for m in picking.matches]
            if len(resolution.matches) > 1:
                resolution = narrow(resolution, offered) or resolution
                result.resolution = resolution
            if resolution.one is not None and resolution.one.process_id in offered:
                # A second barcode of the parcel chooses for the pick list, with its
                # action (the pick's CANCELED, though the station went back to the default).
                result.action = picking.action
        if len(resolution.matches) > 1:
            self._offer(result, resolution)
            return
        one = resolution.one
        pid = one.process_id if one is not None else result.cleaned
        #: The assumed read (GET, search) failed or said "unknown": the documented POST
        #: is still sent, for an id the list knows or a read that may be an id, and
        #: REVER's answer to it decides (issue 17: never gated on an assumed call).
        unread = False
        if not self._known_offline():
            try:
                if one is not None or result.refusal is None:
                    process = await self._get(pid)
            except errors.NotFound:
                if one is None:
                    resolution.tried.append(Attempt.rever_id(pid))
                unread = True
            except errors.ApiError as exc:
                if exc.transient and self.status.queues_offline:
                    # offline: the outbox takes the change without the check
                    if one is None:
                        result.resolution = None  # nothing learnt: queued as the id it is
                elif exc.transient or errors.fails_every_call(exc):
                    result.outcome, result.error = _failure(exc), exc
                    return
                else:  # 405, 501, an answer it cannot read: the POST decides
                    log.info("scan %s: the return could not be read first: %s", pid,
                             exc.log_text())
                    unread = True
                    if one is None:
                        result.resolution = None  # sent as the id it is
            else:
                if one is None and process is not None:
                    resolution.matches = [Match(process.process_id or pid, Field.PROCESS_ID,
                                                Candidate(key_of(pid), pid, "scan"), "REVER",
                                                process)]
            if one is None and process is None and result.resolution is not None:
                # Not a process id REVER knows: a tracking or order number, maybe.
                try:
                    process = await self._resolve_remotely(result, resolution)
                except errors.ListUnavailable as exc:
                    if result.refusal is not None:  # cannot be an id: nothing to send
                        result.outcome, result.error = _failure(exc), exc
                        return
                    result.resolution = None
                except errors.ApiError as exc:
                    result.outcome, result.error = _failure(exc), exc
                    return
                else:
                    if process is None and not (unread and result.refusal is None
                                                and result.outcome is Outcome.NOT_FOUND
                                                and may_be_process_id(pid)):
                        # Several matches to pick from, or nothing an id could be: "unknown",
                        # with what was tried, and nothing sent.
                        return
                if process is None:  # maybe an id after all: the POST decides
                    result.outcome, result.error = Outcome.PENDING, None
                else:
                    pid = process.process_id or pid
        elif one is None and result.refusal is not None:
            # Offline, and not in the list: REVER cannot be searched for it.
            result.outcome = Outcome.OFFLINE
            result.error = errors.NetworkUnreachable()
            return
        if (process is None and one is not None and not unread and result.action != CANCELED
                and self._cancelled_in_list(pid)):
            # Offline, REVER cannot say; the saved list can, and a cancelled return stays
            # cancelled: the same red "put it aside" as online, not an amber "queued" that
            # REVER refuses later, once the parcel has gone on with the received ones.
            result.process = self._listed(pid)
            result.previous_status = result.process.shipping_status
            result.outcome = Outcome.CANCELLED
            return
        if process is not None:
            result.process = process
            result.previous_status = process.shipping_status
            if process.shipping_status == result.action:
                result.outcome, result.new_status = Outcome.ALREADY, result.action
                return
            if self.refuse_cancelled and process.shipping_status == CANCELED:
                result.outcome = Outcome.CANCELLED
                return
        if one is None and process is None and not may_be_process_id(pid):
            # Offline, or REVER's read failed: the list does not know it, and it cannot be
            # a process id (a word, a number, a symbol, a carrier's barcode). Refused here,
            # with why, never sent (nor queued, to come back refused for the shelf).
            result.outcome, result.refusal = Outcome.NOT_AN_ID, Refusal.PATTERN
            return
        await self._my_turn_to_write(result)
        try:
            change = await self.status.set_status(
                pid, result.action, source=SOURCE_SCAN, previous_status=result.previous_status,
                ticket=self._ticket(result))
        except NewerChange as exc:
            # A person changed the return after this scan: that change stays (issue 16).
            result.outcome, result.error = Outcome.SUPERSEDED, exc
            return
        except errors.NotFound as exc:
            tried = result.resolution.tried_text() if result.resolution else ""
            result.outcome, result.error = Outcome.NOT_FOUND, (
                errors.NotFound(detail=f"{exc.detail}; tried {tried}") if tried else exc)
            return
        except errors.ApiError as exc:
            result.outcome, result.error = _failure(exc), exc
            return
        result.new_status = result.action
        result.outcome = (Outcome.DELIVERED if change.delivery is Outcome.DELIVERED
                          else Outcome.QUEUED)
        if process is None and one is not None:  # queued offline: the list's copy
            result.process = self._listed(pid)
        self._track(result, change.entry_id)
        if process is not None:
            result.process = process.model_copy(update={"shipping_status": result.action})

    async def _resolve_remotely(self, result: ScanResult,
                                resolution: Resolution) -> Process | None:
        """Neither in the station's list nor a process id REVER knows: search REVER for
        the keys the read holds. The return found, or None with the result final."""
        keys = self._keys(result)
        # A derived key (the tracking inside a GS1 code) is a better search than the read.
        keys = (*(k for k in keys if k.source != "scan"), *(k for k in keys if k.source == "scan"))
        listing_failed: errors.ListUnavailable | None = None
        try:
            resolution = await resolve_remotely(keys, resolution, search=self._search,
                                                may_search=self._may_search)
        except errors.ListUnavailable as exc:
            listing_failed = exc
        if not resolution.matches and self.storefront is not None:
            resolution = await self._resolve_by_order(keys, resolution)
        if not resolution.matches and listing_failed is not None:
            raise listing_failed
        result.resolution = resolution
        if len(resolution.matches) > 1:
            self._offer(result, resolution)
            return None
        one = resolution.one
        if one is None or one.process is None:
            result.outcome = Outcome.NOT_FOUND
            result.error = errors.NotFound(detail=f"no return matches {result.cleaned!r}: "
                                           + resolution.tried_text())
            return None
        return one.process

    async def _resolve_by_order(self, keys: tuple[Candidate, ...],
                                resolution: Resolution) -> Resolution:
        """The last step: the Storefront API's active returns of an order. One found is read
        (the assumed GET) so its status guides the scan as any other's; if that read
        fails the return is still the one, and the documented POST decides."""
        try:
            resolution = await resolve_by_order(keys, resolution, lookup=self._order_returns,
                                                may_search=self._may_search)
        except errors.ApiError as exc:
            if exc.transient:
                raise
            # Not answering for good is not knowing: the read stays unresolved.
            log.info("storefront look-up failed: %s", exc.log_text())
            resolution.tried.append(Attempt.storefront_down())
            return resolution
        one = resolution.one
        if one is not None:
            try:
                resolution.matches = [replace(one, process=await self._get(one.process_id))]
            except errors.ApiError as exc:
                log.info("%s: the return could not be read: %s", one.process_id,
                         exc.log_text())
        return resolution

    async def _order_returns(self, order: str) -> list[Process]:
        assert self.storefront is not None
        returns = await self.tracker.watch(self.storefront.active_returns([order]))
        return [Process(process_id=r.process_id, order_id=r.order_id,
                        order_number=r.order_number, created_at=r.created_at)
                for r in returns if r.process_id]

    async def _lookup(self, result: ScanResult) -> None:
        local = self._local(result)
        if len(local.matches) > 1:
            self._offer(result, local)
            return
        if local.one is not None:
            try:
                result.process = await self._get(local.one.process_id)
            except errors.ApiError as exc:
                result.outcome, result.error = _failure(exc), exc
                return
            result.outcome = Outcome.LOOKED_UP
            result.previous_status = result.process.shipping_status
            return
        if result.refusal is None:
            try:
                result.process = await self._get(result.cleaned)
            except errors.NotFound:
                pass  # maybe an order number or a tracking id: search below
            except errors.ApiError as exc:
                result.outcome, result.error = _failure(exc), exc
                return
            else:
                result.outcome = Outcome.LOOKED_UP
                result.previous_status = result.process.shipping_status
                return
        derived = tuple(k for k in self._keys(result) if k.source != "scan")
        if derived:  # the tracking inside a carrier barcode: exact matches only
            try:
                process = await self._resolve_remotely(result, Resolution())
            except errors.ApiError as exc:
                result.outcome, result.error = _failure(exc), exc
                return
            if result.outcome is Outcome.MATCHES:
                return
            if process is not None:
                result.process, result.outcome = process, Outcome.LOOKED_UP
                result.previous_status = process.shipping_status
                return
            result.outcome, result.error = Outcome.PENDING, None  # the plain search below
        try:
            page = await self.tracker.watch(
                self.client.list_processes(query=result.cleaned, page_size=LOOKUP_MATCH_LIMIT))
        except errors.ApiError as exc:
            result.outcome, result.error = _failure(exc), exc
            return
        matches = _best_matches(result.cleaned, page.processes)
        result.matches = matches
        if len(matches) == 1:
            result.process = matches[0]
            result.previous_status = matches[0].shipping_status
            result.outcome = Outcome.LOOKED_UP
        else:
            result.outcome = Outcome.MATCHES if matches else Outcome.NOT_FOUND

    async def _undo(self, undo: ScanResult) -> None:
        if undo.undo_target is not None:
            target = undo.undo_target if undo.undo_target.undoable else None
        else:
            target = self._latest_undoable()
            if target is not None and (undo.scanned_at - target.scanned_at
                                       > UNDO_WITHOUT_ASKING_S):
                # Not silently: a scan that old is taken back only when confirmed.
                undo.too_old = target
                target = None
        if target is None:
            undo.outcome = Outcome.NOTHING
            return
        undo.undo_of = target
        target.undone = True
        undo.cleaned = target.process_id
        undo.action = target.previous_status
        undo.process = target.process
        undo.previous_status = target.new_status
        try:
            change = await self.status.set_status(
                target.process_id, target.previous_status, source=SOURCE_UNDO,
                previous_status=target.new_status)
        except errors.ApiError as exc:
            target.undone = False
            undo.outcome, undo.error = _failure(exc), exc
            return
        undo.new_status = target.previous_status
        undo.outcome = Outcome.UNDONE if change.delivery is Outcome.DELIVERED else Outcome.QUEUED
        self._track(undo, change.entry_id)
        if target.process is not None:
            undo.process = target.process.model_copy(
                update={"shipping_status": target.previous_status})



def _failure(error: errors.ApiError) -> Outcome:
    if isinstance(error, errors.NotFound):
        return Outcome.NOT_FOUND
    if error.transient:
        return Outcome.OFFLINE
    if isinstance(error, errors.AuthError | errors.InvalidArgument | errors.Unimplemented):
        return Outcome.REFUSED
    if type(error) is errors.ApiError and error.status_code is not None:
        return Outcome.REFUSED  # another 4xx: REVER said no
    return Outcome.FAILED


def _best_matches(text: str, processes: list[Process]) -> list[Process]:
    """Exact matches on order number or tracking id first; else what the server found."""
    needle = text.casefold()
    exact = [p for p in processes
             if needle in (p.order_number.casefold(), p.order_id.casefold(),
                           p.tracking_id.casefold(), p.process_id.casefold())
             or p.order_number.casefold().lstrip("#") == needle.lstrip("#")]
    return exact or processes
