"""The scan pipeline: scans are accepted at once, queued in arrival order and applied one at a
time by a single worker, so a burst from the scanner is never lost, never reordered, and
never blocks typing. Each scan becomes a :class:`ScanResult` that ``result_changed`` carries
(to the window, the benchmarks) when it is queued and again when it is final.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from revdesk.api import errors
from revdesk.api.models import SHIPPING_STATUSES, Process
from revdesk.events import Signal

from .connection import ConnectionState, ConnectionTracker
from .outcomes import Outcome
from .scanning import (
    DEFAULT_ACTION,
    LOOKUP,
    Refusal,
    ScanCleaner,
    ScanResult,
    action_or_default,
)
from .status import SOURCE_SCAN, SOURCE_UNDO, StatusService

if TYPE_CHECKING:
    from .outbox import Result

log = logging.getLogger(__name__)
#: How many matches a look-up by order or tracking number asks for.
LOOKUP_MATCH_LIMIT = 50
#: Scan results kept for undo and the recent list.
RECENT_LIMIT = 500


@dataclass
class ShiftCounter:
    """Status changes made by scans since the shift started (undo takes one back)."""

    started_at: float = field(default_factory=time.time)
    by_status: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    def add(self, status: str) -> None:
        self.by_status[status] += 1

    def take_back(self, status: str) -> None:
        if self.by_status[status] > 0:
            self.by_status[status] -= 1

    def reset(self) -> None:
        self.started_at = time.time()
        self.by_status.clear()


class ScanPipeline:
    """Cleans, queues and applies scans with the station's current scan action."""

    def __init__(self, client: Any, status: StatusService, *, cleaner: ScanCleaner | None = None,
                 action: str = DEFAULT_ACTION, tracker: ConnectionTracker | None = None,
                 refuse_cancelled: bool = True) -> None:
        self.client = client
        self.status = status
        self.cleaner = cleaner or ScanCleaner()
        self.action = action_or_default(action)
        self.tracker = tracker or status.tracker
        #: A cancelled return is not set to another status by a scan: the lead decides.
        self.refuse_cancelled = refuse_cancelled
        self.counter = ShiftCounter()
        self.recent: deque[ScanResult] = deque(maxlen=RECENT_LIMIT)
        self._queue: asyncio.Queue[ScanResult] = asyncio.Queue()
        #: A scan was queued, became final, or was settled later by the outbox (the same
        #: object each time, updated in place).
        self.result_changed: Signal[ScanResult] = Signal("scan.result_changed")
        #: Queued scans (and undos) by their outbox entry, until REVER settles them.
        self._queued_by_entry: dict[int, ScanResult] = {}
        self._worker: asyncio.Task[None] | None = None
        self._busy: ScanResult | None = None

    # -- wiring ---------------------------------------------------------------------------

    def _notify(self, result: ScanResult) -> None:
        self.result_changed.emit(result)

    def set_action(self, action: str) -> None:
        self.action = action_or_default(action)

    @property
    def pending(self) -> int:
        """Scans accepted but not final yet."""
        return self._queue.qsize() + (1 if self._busy is not None else 0)

    # -- intake (synchronous: the scan box never waits) ------------------------------------

    def submit(self, raw: str, *, action: str | None = None) -> ScanResult | None:
        """Accept one scan; None for a bare Enter. Refusals are final before any call."""
        if raw == "":
            return None
        clean = self.cleaner.clean(raw)
        result = ScanResult(raw, clean.cleaned, action_or_default(action or self.action),
                            refusal=clean.refusal)
        self.recent.append(result)
        # A look-up may search by order or tracking number, which is not a process id.
        searchable = result.action == LOOKUP and clean.refusal in (Refusal.PATTERN,
                                                                   Refusal.WHITESPACE)
        if clean.refusal is not None and not searchable:
            result.outcome = Outcome.NOT_AN_ID
            result.finished = time.perf_counter()
            self._notify(result)
            return result
        self._enqueue(result)
        return result

    def undo_last(self) -> ScanResult | None:
        """Queue an undo of the latest undoable scan (checked when its turn comes, so a scan
        still in the queue can be undone too). None when there is nothing to undo."""
        if self._latest_undoable() is None and self.pending == 0:
            return None
        undo = ScanResult("", "", "UNDO", is_undo=True)
        self.recent.append(undo)
        self._enqueue(undo)
        return undo

    def _enqueue(self, result: ScanResult) -> None:
        self.start()
        self._queue.put_nowait(result)
        self._notify(result)

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
            return  # a later scan of the same return carries the change now
        if late.outcome is Outcome.DELIVERED:
            result.outcome = Outcome.UNDONE if result.is_undo else Outcome.DELIVERED
        else:
            error = late.error or errors.ApiError(late.message)
            result.outcome, result.error = _failure(error), error
            if not result.is_undo:
                self.counter.take_back(late.entry.status)
        result.settled_late = True
        self._notify(result)

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
        changes were dropped (what an outbox can keep is kept, see _keep_for_later)."""
        if self._worker is None:
            return 0
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.drain(), grace)
        unprocessed = [r for r in (self._busy, *self._queued()) if r is not None]
        self._worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._worker
        self._worker = None
        # Look-ups change nothing: only status scans and undos count.
        changes = [r for r in unprocessed if r.is_undo or r.action in SHIPPING_STATUSES]
        kept = self._keep_for_later(changes)
        left = len(changes) - kept
        if unprocessed:
            log.warning("station closed with %d scan(s) not processed: %d kept in the outbox, "
                        "%d change(s) dropped", len(unprocessed), kept, left)
        return left

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
            if self.status.keep_for_later(result.cleaned, result.action, source=SOURCE_SCAN):
                result.outcome = Outcome.QUEUED
                kept += 1
        return kept

    async def _work(self) -> None:
        while True:
            result = await self._queue.get()
            self._busy = result
            try:
                await self._process(result)
            except asyncio.CancelledError:
                result.outcome = Outcome.FAILED
                raise
            except Exception as exc:  # never let one scan stop the queue
                log.exception("scan %s failed unexpectedly", result.cleaned)
                result.outcome = Outcome.FAILED
                result.error = errors.ApiError(
                    f"Something went wrong inside the station ({type(exc).__name__}).",
                    detail=repr(exc))
            finally:
                self._busy = None
                result.finished = time.perf_counter()
                self._queue.task_done()
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

    async def _apply(self, result: ScanResult) -> None:
        pid = result.cleaned
        process: Process | None = None
        if not self._known_offline():
            try:
                process = await self._get(pid)
            except errors.NotFound as exc:
                result.outcome, result.error = Outcome.NOT_FOUND, exc
                return
            except errors.ApiError as exc:
                if not (exc.transient and self.status.queues_offline):
                    result.outcome, result.error = _failure(exc), exc
                    return
                # offline: the outbox takes the change without the check
        if process is not None:
            result.process = process
            result.previous_status = process.shipping_status
            if process.shipping_status == result.action:
                result.outcome, result.new_status = Outcome.ALREADY, result.action
                return
            if self.refuse_cancelled and process.shipping_status == "CANCELED":
                result.outcome = Outcome.CANCELLED
                return
        try:
            change = await self.status.set_status(
                pid, result.action, source=SOURCE_SCAN, previous_status=result.previous_status)
        except errors.NotFound as exc:
            result.outcome, result.error = Outcome.NOT_FOUND, exc
            return
        except errors.ApiError as exc:
            result.outcome, result.error = _failure(exc), exc
            return
        result.new_status = result.action
        result.outcome = (Outcome.DELIVERED if change.delivery is Outcome.DELIVERED
                          else Outcome.QUEUED)
        self._track(result, change.entry_id)
        if process is not None:
            result.process = process.model_copy(update={"shipping_status": result.action})
        self.counter.add(result.action)

    async def _lookup(self, result: ScanResult) -> None:
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
        target = self._latest_undoable()
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
        self.counter.take_back(target.new_status)



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
