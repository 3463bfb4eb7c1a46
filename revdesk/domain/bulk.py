"""Set one status on many returns: a bounded number of requests in flight, everybody pausing
and the window narrowing when REVER says "too many requests", and a result per return.

The transport already retries a 429 honouring ``Retry-After``; when it gives up, the job
itself pauses all its workers for the advised time (held between 1 s and 300 s) or, without
a usable one, an exponential backoff from 2 s (the station's one rule, :class:`Backoff`),
halves how many requests it keeps in flight, and tries that return again.
"""

from __future__ import annotations

import asyncio
import enum
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from revdesk.api import errors
from revdesk.api.transport import Backoff

from .outcomes import Outcome
from .status import SOURCE_BULK, StatusService

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 8
#: How many times one return is tried again after a 429 the transport could not absorb.
MAX_RATE_RETRIES = 6


class ItemState(enum.Enum):
    PENDING = "pending"
    DONE = "done"
    QUEUED = "queued"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass
class BulkItem:
    process_id: str
    previous_status: str = ""
    state: ItemState = ItemState.PENDING
    error: errors.ApiError | None = None
    attempts: int = 0


@dataclass(frozen=True)
class BulkSummary:
    done: int
    queued: int
    failed: int
    cancelled: int
    rate_limited: int
    seconds: float


ItemListener = Callable[[int, BulkItem], None]
Sleep = Callable[[float], Awaitable[None]]


class _Window:
    """How many requests may be in flight: halves on a 429, grows back by one per success."""

    def __init__(self, maximum: int) -> None:
        self.maximum = max(1, maximum)
        self.limit = self.maximum
        self.in_flight = 0
        self._changed = asyncio.Condition()

    async def acquire(self) -> None:
        async with self._changed:
            await self._changed.wait_for(lambda: self.in_flight < self.limit)
            self.in_flight += 1

    async def release(self, *, ok: bool) -> None:
        async with self._changed:
            self.in_flight -= 1
            if ok and self.limit < self.maximum:
                self.limit += 1
            self._changed.notify_all()

    def narrow(self) -> None:
        self.limit = max(1, self.limit // 2)


class BulkStatusJob:
    """One "set status for the selection" run. ``on_item`` is told of every item's result
    (set it to None to stop being told: a view that closed)."""

    def __init__(self, service: StatusService, items: Sequence[tuple[str, str]], status: str, *,
                 concurrency: int = DEFAULT_CONCURRENCY, on_item: ItemListener | None = None,
                 sleep: Sleep = asyncio.sleep, base_pause: float = 2.0,
                 max_pause: float = 30.0, backoff: Backoff | None = None) -> None:
        self.service = service
        self.status = status
        self.items = [BulkItem(pid, prev) for pid, prev in items]
        self.concurrency = max(1, concurrency)
        self.on_item = on_item
        self._sleep = sleep
        self.backoff = backoff or Backoff(base=base_pause, cap=max_pause)
        self._pause_until = 0.0
        self._rate_streak = 0
        self.rate_limited = 0
        self._cancelled = False
        self.window = _Window(self.concurrency)

    def cancel(self) -> None:
        """Stop sending: returns not yet sent are marked cancelled."""
        self._cancelled = True

    @property
    def finished(self) -> int:
        return sum(1 for item in self.items if item.state is not ItemState.PENDING)

    async def run(self) -> BulkSummary:
        started = time.perf_counter()
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(len(self.items)):
            queue.put_nowait(i)
        workers = [asyncio.create_task(self._worker(queue))
                   for _ in range(min(self.concurrency, len(self.items)))]
        try:
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
        count = {state: 0 for state in ItemState}
        for item in self.items:
            count[item.state] += 1
        return BulkSummary(count[ItemState.DONE], count[ItemState.QUEUED],
                           count[ItemState.FAILED], count[ItemState.CANCELLED],
                           self.rate_limited, time.perf_counter() - started)

    async def _worker(self, queue: asyncio.Queue[int]) -> None:
        while not queue.empty():
            i = queue.get_nowait()
            item = self.items[i]
            if self._cancelled:
                item.state = ItemState.CANCELLED
            else:
                await self._send(item)
            self._tell(i, item)

    async def _send(self, item: BulkItem) -> None:
        while True:
            await self._wait_pause()
            if self._cancelled:
                item.state = ItemState.CANCELLED
                return
            await self.window.acquire()
            ok = False
            try:
                item.attempts += 1
                change = await self.service.set_status(
                    item.process_id, self.status, source=SOURCE_BULK,
                    previous_status=item.previous_status)
                ok = True
            except errors.RateLimited as exc:
                self.rate_limited += 1
                if item.attempts > MAX_RATE_RETRIES:
                    item.state, item.error = ItemState.FAILED, exc
                    return
                self._back_off(exc)
                continue
            except errors.ApiError as exc:
                item.state, item.error = ItemState.FAILED, exc
                return
            finally:
                await self.window.release(ok=ok)
            self._rate_streak = 0
            item.state = ItemState.DONE if change.delivery is Outcome.DELIVERED else ItemState.QUEUED
            return

    def _back_off(self, exc: errors.RateLimited) -> None:
        self._rate_streak += 1
        pause = self.backoff.delay(self._rate_streak, exc.retry_after)
        self._pause_until = max(self._pause_until, time.monotonic() + pause)
        self.window.narrow()
        asked = "REVER asked" if self.backoff.honoured(exc.retry_after) is not None else "backoff"
        log.info("bulk: rate limited; pausing %.1f s (%s, Retry-After %s), %d in flight at most",
                 pause, asked, exc.retry_after, self.window.limit)

    async def _wait_pause(self) -> None:
        while (left := self._pause_until - time.monotonic()) > 0 and not self._cancelled:
            await self._sleep(left)

    def _tell(self, index: int, item: BulkItem) -> None:
        if self.on_item is not None:
            try:
                self.on_item(index, item)
            except Exception:
                log.exception("bulk listener failed")
