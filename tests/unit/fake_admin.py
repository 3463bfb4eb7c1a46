"""An in-memory stand-in for ``ReverAdminClient`` for the pure domain tests: same method
names and errors, a call log, and scripted failures. Tests against the real contract use
the sandbox over loopback instead."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from revdesk.api import errors
from revdesk.api.models import Customer, LogisticsSummary, Process, ProcessPage


def make_process(pid: str, status: str = "COLLECTED", **kw: Any) -> Process:
    n = pid.rsplit("-", 1)[-1]
    return Process(process_id=pid, order_number=f"#A{n}", shipping_status=status,
                   customer=Customer(first_name="Ana", last_name=f"García {n}"),
                   tracking_id=f"TRK{n}", carrier="DHL", return_method="DROP_OFF_POINT",
                   created_at="2025-01-01T10:00:00Z", **kw)


class FakeAdmin:
    def __init__(self, processes: list[Process] | None = None, *, delay: float = 0.0) -> None:
        self.processes = {p.process_id: p for p in processes or []}
        self.calls: list[tuple[str, ...]] = []
        self.delay = delay
        #: method name -> callable(args) returning an exception to raise, or None
        self.fail: dict[str, Callable[..., BaseException | None]] = {}
        self.in_flight = 0
        self.max_in_flight = 0

    async def _enter(self, name: str, *args: str) -> None:
        self.calls.append((name, *args))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        if name in self.fail and (exc := self.fail[name](*args)) is not None:
            raise exc

    async def get_process(self, process_id: str) -> Process:
        await self._enter("get_process", process_id)
        try:
            return self.processes[process_id]
        except KeyError:
            raise errors.NotFound(detail=process_id, status_code=404) from None

    async def set_shipping_status(self, process_id: str, status: str) -> None:
        await self._enter("set_shipping_status", process_id, status)
        if process_id not in self.processes:
            raise errors.NotFound(detail=process_id, status_code=404)
        p = self.processes[process_id]
        self.processes[process_id] = p.model_copy(update={"shipping_status": status})

    async def get_logistics(self, process_id: str) -> LogisticsSummary:
        await self._enter("get_logistics", process_id)
        if process_id not in self.processes:
            raise errors.NotFound(status_code=404)
        return LogisticsSummary(carrier="DHL", tracking_id="TRK1",
                                tracking_url="https://track.example/TRK1",
                                return_method="RETURN_METHOD_UNSPECIFIED",
                                status="STATUS_WEIRD_NEW")

    async def list_processes(self, *, shipping_status: str = "", query: str = "",
                             page_size: int = 200, page_token: str = "") -> ProcessPage:
        await self._enter("list_processes", query, page_token)
        items = [p for p in self.processes.values()
                 if (not shipping_status or p.shipping_status == shipping_status)
                 and (not query or query.lower() in
                      f"{p.process_id} {p.order_number} {p.tracking_id}".lower())]
        start = int(page_token or 0)
        chunk = items[start:start + page_size]
        nxt = str(start + page_size) if start + page_size < len(items) else ""
        return ProcessPage(processes=chunk, next_page_token=nxt)

    def calls_to(self, name: str) -> list[tuple[str, ...]]:
        return [c for c in self.calls if c[0] == name]
