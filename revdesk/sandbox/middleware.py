"""Request log, body-size cap and API-key check, as pure ASGI middleware."""

from __future__ import annotations

import hmac
import json
from collections import deque
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from revdesk.api.errors import GRPC_INVALID_ARGUMENT, GRPC_UNAUTHENTICATED
from revdesk.api.transport import API_KEY_HEADER

from .errors import error_response

MAX_REQUEST_BYTES = 20 * 1024 * 1024
LOGGED_PREFIXES = ("/v1/", "/_sandbox/labels/")
_KEY_HEADER = API_KEY_HEADER.encode()


class RequestLog:
    """The last ``size`` requests, for tests and the curious. Never holds the API key."""

    def __init__(self, size: int = 1000) -> None:
        self._entries: deque[dict[str, Any]] = deque(maxlen=size)

    def add(self, entry: dict[str, Any]) -> None:
        self._entries.append(entry)

    def entries(self) -> list[dict[str, Any]]:
        return list(self._entries)

    def clear(self) -> None:
        self._entries.clear()


def _raw_header(scope: Scope, name: bytes) -> bytes:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return b""


def _header(scope: Scope, name: bytes) -> str:
    return _raw_header(scope, name).decode("latin-1")


def _parse_json(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


class RequestLogMiddleware:
    """Reads the whole body once (refusing it over ``max_bytes`` with 413), records the
    request, and hands the app a replay of the body."""

    def __init__(self, app: ASGIApp, log: RequestLog, max_bytes: int = MAX_REQUEST_BYTES) -> None:
        self.app = app
        self.log = log
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await self._read(scope, receive)
        if body is None:
            too_big = error_response(413, GRPC_INVALID_ARGUMENT,
                                     f"request body over {self.max_bytes} bytes")
            await too_big(scope, receive, send)
            return
        entry = self._entry(scope, body) if scope["path"].startswith(LOGGED_PREFIXES) else {}
        if entry:
            self.log.add(entry)  # at arrival, so a stalled request is already visible

        async def record_status(message: Message) -> None:
            if message["type"] == "http.response.start" and entry:
                entry["status"] = message["status"]
            await send(message)

        await self.app(scope, _replay(body, receive), record_status)

    async def _read(self, scope: Scope, receive: Receive) -> bytes | None:
        declared = _header(scope, b"content-length")
        if declared.isdigit() and int(declared) > self.max_bytes:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break  # the client went away; the app will see an empty body
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    def _entry(scope: Scope, body: bytes) -> dict[str, Any]:
        return {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "method": scope["method"],
            "path": scope["path"],
            "query": scope.get("query_string", b"").decode("latin-1"),
            "body": _parse_json(body),
            "body_bytes": len(body),
            "status": None,
            "key_present": bool(_header(scope, _KEY_HEADER).strip()),
        }


def _replay(body: bytes, receive: Receive) -> Receive:
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect as usual

    return replay


class AuthMiddleware:
    """[doc] every /v1 call carries ``x-rever-api-key``. With no fixed key, any non-empty
    key is accepted there and the sandbox's own ``/_sandbox/...`` paths are open. With a
    fixed key every path needs it, the controls too: they change faults and show every
    request's body. The key is compared, never logged or echoed."""

    def __init__(self, app: ASGIApp, api_key: str | None = None) -> None:
        self.app = app
        self._key = (api_key or "").encode("utf-8")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and (self._key or scope["path"].startswith("/v1/")):
            given = _raw_header(scope, _KEY_HEADER).strip()
            message = ""
            if not given:
                message = f"missing API key: send the {API_KEY_HEADER} header"
            elif self._key and not hmac.compare_digest(given, self._key):
                message = "invalid API key"
            if message:
                await error_response(401, GRPC_UNAUTHENTICATED, message)(scope, receive, send)
                return
        await self.app(scope, receive, send)
