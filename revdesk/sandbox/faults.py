"""Faults the sandbox can inject on ``/v1/...`` paths, changeable while it runs.

``fail_rate`` and ``rate429`` answer before the request reaches the store (nothing acted);
the break modes let the request act and then spoil the answer, which is the harder case for
a client: the server did the work but the answer was lost.
"""

from __future__ import annotations

import asyncio
import functools
import json
import random
import re
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from revdesk.api import routes
from revdesk.api.errors import (
    GRPC_NOT_FOUND,
    GRPC_RESOURCE_EXHAUSTED,
    GRPC_UNAVAILABLE,
    GRPC_UNIMPLEMENTED,
)

from .errors import error_response

BREAK_MODES = ("", "invalid_json", "wrong_types", "huge", "cut", "stall")
#: How the [assumed] Processes paths (the list and one process, api/routes.py) answer:
#: normally (""), or as a REVER without them would: 404, 405, 501 (gRPC 12), or a 200
#: whose body the station cannot read. The documented paths answer as always, so a test
#: sees that no documented call waits on an assumed one.
ASSUMED_MODES = ("", "404", "405", "501", "malformed")
#: How the merchant platform's order path answers: normally, with a 500 or a 503 (the
#: document's "platform down": any 5xx), or a 200 body that is not an order.
MERCHANT_MODES = ("", "500", "503", "malformed")
STALL_SECONDS = 60.0
HUGE_BYTES = 10 * 1024 * 1024
_SETTABLE = ("latency_ms", "fail_rate", "rate429", "retry_after_s", "break_mode", "seed",
             "assumed", "merchant")


@dataclass
class Faults:
    """The fault knobs. ``seed`` fixes which requests a rate picks, so tests are repeatable."""

    latency_ms: int = 0
    fail_rate: float = 0.0
    rate429: float = 0.0
    retry_after_s: float = 1.0
    break_mode: str = ""
    seed: int = 0
    assumed: str = ""
    merchant: str = ""
    rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._check()
        self.rng = random.Random(self.seed)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _SETTABLE}

    def update(self, changes: dict[str, Any]) -> None:
        """Apply a subset of the knobs; raises ValueError and changes nothing if one is bad."""
        unknown = set(changes) - set(_SETTABLE)
        if unknown:
            raise ValueError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
        candidate = Faults(**{**self.as_dict(), **changes})  # validates every value
        for name in _SETTABLE:
            setattr(self, name, getattr(candidate, name))
        if "seed" in changes:
            self.rng = random.Random(self.seed)

    def roll(self, rate: float) -> bool:
        """True with probability ``rate``; always draws so the sequence stays reproducible."""
        return self.rng.random() < rate

    def _check(self) -> None:
        for name, kind in (("latency_ms", int), ("seed", int)):
            value = getattr(self, name)
            if not isinstance(value, kind) or isinstance(value, bool) or value < 0:
                raise ValueError(f"{name} must be a non-negative integer")
        for name in ("fail_rate", "rate429"):
            if not _is_number(getattr(self, name)) or not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be a number between 0 and 1")
        if not _is_number(self.retry_after_s) or self.retry_after_s < 0:
            raise ValueError("retry_after_s must be a non-negative number")
        if self.break_mode not in BREAK_MODES:
            raise ValueError(f"break_mode must be one of {', '.join(map(repr, BREAK_MODES))}")
        if self.assumed not in ASSUMED_MODES:
            raise ValueError(f"assumed must be one of {', '.join(map(repr, ASSUMED_MODES))}")
        if self.merchant not in MERCHANT_MODES:
            raise ValueError(f"merchant must be one of {', '.join(map(repr, MERCHANT_MODES))}")


_ASSUMED_PATHS = (
    re.compile(re.escape(routes.PROCESS_LIST)),
    re.compile(re.escape(routes.PROCESS).replace(re.escape("{process_id}"), "[^/]+")),
)


_MERCHANT_PREFIX = routes.MERCHANT_ORDER.split("{", 1)[0]


def is_assumed_path(path: str) -> bool:
    """The list or one process: the paths routes.py marks assumed."""
    return any(p.fullmatch(path) for p in _ASSUMED_PATHS)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _retry_after_header(seconds: float) -> str:
    # "1" for whole seconds, "0.05" for fractions: the client accepts both.
    return format(seconds, "g")


def wrong_types_body(path: str) -> Any:
    """A body of the right keys with the wrong JSON types, per call."""
    if path.endswith("/logistics"):
        return {"logistics_summary": 5}
    if path.endswith("/logistics/"):
        return {"order": "nope"}
    if path.endswith("/label"):
        return {"url": ["nope"]}
    if path.endswith("/pickup"):
        return {"pickup_order": "nope"}
    if path.endswith("/shipping_status"):
        return ["nope"]
    if path.rstrip("/") == "/v1/processes":
        return {"processes": "nope", "next_page_token": ["nope"]}
    return {"process": "nope"}


@functools.cache
def huge_body() -> bytes:
    """Valid JSON of 10 MB, built once."""
    return json.dumps({"processes": [], "padding": "x" * (HUGE_BYTES - 64)}).encode()


class FaultMiddleware:
    """Pure ASGI middleware applying :class:`Faults` to ``/v1/`` requests."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] == "http" and self.faults.merchant
                and scope["path"].startswith(_MERCHANT_PREFIX)):
            await self._merchant_answer(self.faults.merchant)(scope, receive, send)
            return
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        f = self.faults
        if f.latency_ms:
            await asyncio.sleep(f.latency_ms / 1000)
        refusal = self._refusal() or self._assumed_answer(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        if f.break_mode == "stall":
            replayed = await _stall(receive)
            if replayed is None:
                return  # the client gave up waiting: nobody to answer
            receive = replayed
        if f.break_mode in ("", "stall"):
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, _discard)  # the server acts; its answer is lost
        await self._broken(f.break_mode, scope["path"], send)

    def _refusal(self) -> Response | None:
        """A 429 or a gateway error, answered before the request reaches the store."""
        f = self.faults
        if f.roll(f.rate429):
            wait = _retry_after_header(f.retry_after_s)
            return error_response(429, GRPC_RESOURCE_EXHAUSTED,
                                  f"too many requests, retry after {wait} s", {"retry-after": wait})
        if f.roll(f.fail_rate):
            status = f.rng.choice((502, 503, 504))
            return error_response(status, GRPC_UNAVAILABLE, "service unavailable (sandbox fault)")
        return None

    @staticmethod
    def _merchant_answer(mode: str) -> Response:
        """The ``merchant`` mode's answer: the platform failing, before any order is read.
        [sandbox assumption] its error body is the Admin API's shape; the document asks
        only for the status code."""
        if mode == "malformed":
            return Response(b'{"order_id": 7, "line_items": "none"}',
                            media_type="application/json")
        return error_response(int(mode), GRPC_UNAVAILABLE,
                              "the merchant platform is down (sandbox fault)")

    def _assumed_answer(self, scope: Scope) -> Response | None:
        """The ``assumed`` mode's answer to a read of an assumed Processes path."""
        mode = self.faults.assumed
        if not mode or scope["method"] != "GET" or not is_assumed_path(scope["path"]):
            return None
        if mode == "404":
            return error_response(404, GRPC_NOT_FOUND, "no such path (sandbox fault)")
        if mode == "405":
            return JSONResponse({"message": "method not allowed (sandbox fault)",
                                 "details": []}, status_code=405)
        if mode == "501":
            return error_response(501, GRPC_UNIMPLEMENTED, "not implemented (sandbox fault)")
        return Response(b'{"process": "a shape the station cannot read", "processes": 7}',
                        media_type="application/json")

    async def _broken(self, mode: str, path: str, send: Send) -> None:
        if mode == "invalid_json":
            await _send_bytes(send, b'{"processes": [{"process_id": "RP-1", ', 200)
        elif mode == "wrong_types":
            await _send_bytes(send, json.dumps(wrong_types_body(path)).encode(), 200)
        elif mode == "huge":
            await _send_bytes(send, huge_body(), 200)
        elif mode == "cut":
            await _send_cut(send)


async def _stall(receive: Receive) -> Receive | None:
    """Hold the request ``STALL_SECONDS``; None if the client disconnects first, so a timed
    out client does not leave a sleeping task behind (nor hold the server's shutdown)."""
    held: list[Message] = []

    async def until_disconnect() -> None:
        while (message := await receive())["type"] != "http.disconnect":
            held.append(message)

    try:
        await asyncio.wait_for(until_disconnect(), STALL_SECONDS)
    except TimeoutError:
        async def replay() -> Message:
            return held.pop(0) if held else await receive()

        return replay
    return None


async def _discard(_message: Message) -> None:
    return None


def _headers(length: int) -> list[tuple[bytes, bytes]]:
    return [(b"content-type", b"application/json"), (b"content-length", str(length).encode())]


async def _send_bytes(send: Send, body: bytes, status: int) -> None:
    await send({"type": "http.response.start", "status": status, "headers": _headers(len(body))})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def _send_cut(send: Send) -> None:
    """Declare a full length, send a third of it, and return without finishing.

    uvicorn then closes the connection ("ASGI callable returned without completing
    response"), so the client sees a body shorter than its Content-Length. Only meaningful
    over real HTTP: an in-process ASGITransport asserts on an unfinished response instead.
    """
    body = json.dumps({"processes": [], "next_page_token": "", "padding": "x" * 3000}).encode()
    await send({"type": "http.response.start", "status": 200, "headers": _headers(len(body))})
    await send({"type": "http.response.body", "body": body[: len(body) // 3], "more_body": True})
