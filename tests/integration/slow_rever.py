"""A REVER that holds status POSTs: the sandbox app, served over loopback from a thread of the
test process, behind a middleware that keeps each ``POST .../shipping_status`` for a chosen
or random time *before* the sandbox acts on it. That is the hard case for several processes
sharing one outbox: a change held by REVER lands after one sent later, unless the station
never sends the later one before the earlier one's answer.

The sandbox's own ``latency_ms`` slows every request alike (and the reads before a change
with it), so it cannot hold one POST and not the next; this can.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from revdesk.api.transport import API_KEY_HEADER
from revdesk.sandbox.app import create_app
from revdesk.sandbox.server import bind, url_of

STATUS_PATH_END = "/shipping_status"


@dataclass
class Arrival:
    """One status POST as REVER received it, and when it acted on it."""

    process_id: str
    status: str
    hold: float
    arrived: float
    acted: float | None = None


def _change(path: str, body: bytes) -> tuple[str, str]:
    """The (process id, status) a status POST asks for."""
    try:
        data = json.loads(body)
    except ValueError:
        data = {}
    status = str(data.get("lkss", "")) if isinstance(data, dict) else ""
    return path.rsplit("/", 2)[-2], status


@dataclass
class HoldPlan:
    """How long each next status POST is held: ``by_change[(process id, status)]`` for that
    change's first POST, else ``queue`` (one value per POST), then a uniform draw in
    ``spread`` (seeded), or nothing."""

    queue: list[float] = field(default_factory=list)
    by_change: dict[tuple[str, str], float] = field(default_factory=dict)
    spread: tuple[float, float] | None = None
    rng: random.Random = field(default_factory=lambda: random.Random(0))

    def next(self, change: tuple[str, str]) -> float:
        if change in self.by_change:
            return self.by_change.pop(change)
        if self.queue:
            return self.queue.pop(0)
        if self.spread is not None:
            return self.rng.uniform(*self.spread)
        return 0.0


class HoldStatusPosts:
    """Reads the whole body at arrival (REVER has the request even if the sender dies), waits
    the planned time, then hands the request to the sandbox."""

    def __init__(self, app: ASGIApp, plan: HoldPlan, arrivals: list[Arrival]) -> None:
        self.app = app
        self.plan = plan
        self.arrivals = arrivals

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "POST"
                or not scope["path"].endswith(STATUS_PATH_END)):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        change = _change(scope["path"], body)
        arrival = Arrival(*change, self.plan.next(change), time.monotonic())
        self.arrivals.append(arrival)
        await asyncio.sleep(arrival.hold)
        arrival.acted = time.monotonic()
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class _ThreadServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # pragma: no cover (older uvicorn)
        return None


class SlowRever:
    """``with SlowRever(folder) as rever:`` the sandbox on ``rever.url``; ``rever.plan`` says
    how long the next status POSTs are held; ``rever.arrivals`` lists them."""

    def __init__(self, folder: Path, *, processes: int = 60) -> None:
        self.plan = HoldPlan()
        self.arrivals: list[Arrival] = []
        self.app = create_app(folder, processes=processes)
        app = HoldStatusPosts(self.app, self.plan, self.arrivals)
        self._sock = bind("127.0.0.1", 0)
        self.url = url_of(self._sock)
        self._server = _ThreadServer(uvicorn.Config(
            app, log_level="warning", access_log=False, lifespan="off",
            timeout_graceful_shutdown=2))
        self._thread = threading.Thread(target=self._server.run,
                                        kwargs={"sockets": [self._sock]}, daemon=True)

    def __enter__(self) -> SlowRever:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the slow REVER did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
        self._sock.close()
        self.app.state.store.close()

    # -- what REVER saw ---------------------------------------------------------------------

    def requests(self) -> list[dict[str, Any]]:
        """The sandbox's request log (``GET /_sandbox/requests``), read in-process."""
        entries: list[dict[str, Any]] = self.app.state.request_log.entries()
        return entries

    def status_posts(self) -> list[dict[str, Any]]:
        return [r for r in self.requests()
                if r["method"] == "POST" and r["path"].endswith(STATUS_PATH_END)]

    def status_of(self, process_id: str) -> str:
        """A return's shipping status as REVER holds it now (a plain GET, never held)."""
        response = httpx.get(f"{self.url}/v1/processes/{process_id}",
                             headers={API_KEY_HEADER: "test-key"}, timeout=10)
        response.raise_for_status()
        status: str = response.json()["process"]["shipping_status"]
        return status

    def wait_arrivals(self, count: int, timeout: float = 30.0,
                      change: tuple[str, str] | None = None) -> None:
        """Wait until REVER received ``count`` status POSTs (of ``change``, if given)."""
        deadline = time.monotonic() + timeout
        while len([a for a in self.arrivals
                   if change is None or (a.process_id, a.status) == change]) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"REVER saw too few status POSTs ({change or 'any'}) "
                                     f"within {timeout:g} s")
            time.sleep(0.01)
