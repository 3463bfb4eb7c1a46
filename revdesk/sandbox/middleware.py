"""Request log, body-size cap and API-key check, as pure ASGI middleware."""

from __future__ import annotations

import hmac
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from revdesk.api import routes
from revdesk.api.errors import GRPC_INVALID_ARGUMENT, GRPC_UNAUTHENTICATED
from revdesk.api.transport import API_KEY_HEADER

from . import jsonbody, scopes
from .errors import error_response
from .scopes import ScopedKeys

MAX_REQUEST_BYTES = 20 * 1024 * 1024
#: The APIs' paths: the Admin API's and the Storefront API's [doc] (both take the key).
#: [doc] the merchant platform's calls need its key too (seed 004: every endpoint).
#: [sandbox assumption] one key for all the sandbox's contracts.
MERCHANT_PREFIX = routes.MERCHANT_ORDER.split("{", 1)[0]
API_PREFIXES = ("/v1/", routes.STOREFRONT_RETURNS, MERCHANT_PREFIX)
#: Files the API's answers point at (label files, product pictures): open with no fixed key,
#: like pre-signed URLs; with one, a scoped key opens them too (its station follows them).
DOWNLOAD_PREFIXES = (routes.SANDBOX_LABEL_FILE.split("{", 1)[0],
                     routes.SANDBOX_PICTURE.split("{", 1)[0])
LOGGED_PREFIXES = (*API_PREFIXES, *DOWNLOAD_PREFIXES)
_KEY_HEADER = API_KEY_HEADER.encode()

#: The request log holds at most this many requests...
LOG_ENTRIES = 1000
#: ...and this many bytes of their bodies, paths and queries together; the oldest go first.
LOG_MAX_BYTES = 8 * 1024 * 1024
#: A body up to this size is kept whole (a manual order with a real label fits)...
LOG_WHOLE_BODY_BYTES = 1024 * 1024
#: ...a larger one as its first bytes, with its true size; paths and queries are cut there too.
LOG_PREVIEW_BYTES = 4 * 1024
_ENTRY_OVERHEAD = 256  # the fixed fields, roughly


@dataclass
class LoggedRequest:
    """One request as the log keeps it: a body over LOG_WHOLE_BODY_BYTES only in part."""

    time: str
    method: str
    path: str
    query: str
    body: bytes  # whole, or its first LOG_PREVIEW_BYTES
    body_bytes: int  # the size that arrived
    key_present: bool
    status: int | None = None

    @property
    def truncated(self) -> bool:
        return len(self.body) < self.body_bytes

    @property
    def cost(self) -> int:
        return len(self.body) + len(self.path) + len(self.query) + _ENTRY_OVERHEAD

    def as_dict(self) -> dict[str, Any]:
        """``body`` is the JSON value of a whole body (None if it is not JSON), or the
        kept start of a cut one as text, with ``body_truncated`` true."""
        truncated = self.truncated
        return {
            "time": self.time,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "body": self.body.decode("utf-8", "replace") if truncated else _parse_json(self.body),
            "body_bytes": self.body_bytes,
            "body_truncated": truncated,
            "status": self.status,
            "key_present": self.key_present,
        }


class RequestLog:
    """The last requests, for tests and the curious, bounded in count (``size``) and in bytes
    (``max_bytes``): a flood of 20 MB bodies cannot grow the server. Never holds the API key."""

    def __init__(self, size: int = LOG_ENTRIES, max_bytes: int = LOG_MAX_BYTES) -> None:
        self._entries: deque[LoggedRequest] = deque()
        self._size = size
        self._max_bytes = max_bytes
        self._bytes = 0

    @property
    def stored_bytes(self) -> int:
        return self._bytes

    def add(self, entry: LoggedRequest) -> None:
        self._entries.append(entry)
        self._bytes += entry.cost
        # The newest entry always stays: one entry is far under the byte cap.
        while len(self._entries) > 1 and (
                len(self._entries) > self._size or self._bytes > self._max_bytes):
            self._bytes -= self._entries.popleft().cost

    def entries(self) -> list[dict[str, Any]]:
        return [entry.as_dict() for entry in self._entries]

    def clear(self) -> None:
        self._entries.clear()
        self._bytes = 0


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
        return jsonbody.loads(body)
    except jsonbody.BadJson:
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
        entry = self._entry(scope, body) if scope["path"].startswith(LOGGED_PREFIXES) else None
        if entry is not None:
            self.log.add(entry)  # at arrival, so a stalled request is already visible

        async def record_status(message: Message) -> None:
            if message["type"] == "http.response.start" and entry is not None:
                entry.status = message["status"]
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
    def _entry(scope: Scope, body: bytes) -> LoggedRequest:
        kept = body if len(body) <= LOG_WHOLE_BODY_BYTES else body[:LOG_PREVIEW_BYTES]
        return LoggedRequest(
            time=datetime.now(UTC).isoformat(timespec="milliseconds"),
            method=scope["method"],
            path=scope["path"][:LOG_PREVIEW_BYTES],
            query=scope.get("query_string", b"")[:LOG_PREVIEW_BYTES].decode("latin-1"),
            body=kept,
            body_bytes=len(body),
            key_present=bool(_header(scope, _KEY_HEADER).strip()),
        )


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
    """[doc] every /v1 (and Storefront) call carries ``x-rever-api-key``. With no fixed key, any non-empty
    key is accepted there and the sandbox's own ``/_sandbox/...`` paths are open. With a
    fixed key every path needs it, the controls too: they change faults and show every
    request's body. With scoped keys (``scopes.py``) the API paths take only those keys (and
    the fixed one, unscoped); each request is marked with its key's e-commerces. Label
    files and pictures take a scoped key as well (a scoped key gets only its own labels).
    The controls stay as the fixed key says: a merchant's key never opens them. A key is
    compared, never logged or echoed."""

    def __init__(self, app: ASGIApp, api_key: str | None = None,
                 scoped: ScopedKeys | None = None) -> None:
        self.app = app
        self._key = (api_key or "").encode("utf-8")
        self._scoped = scoped or ScopedKeys()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Revers.io's routes check their own credentials (its subscription key and token).
        if scope["type"] == "http" and not scope["path"].startswith(routes.SANDBOX_REVERSIO_BASE):
            api = scope["path"].startswith(API_PREFIXES)
            scoped_path = api or scope["path"].startswith(DOWNLOAD_PREFIXES)
            given = _raw_header(scope, _KEY_HEADER).strip()
            if api or self._key:
                message = self._refusal(scope, given, scoped_path)
                if message:
                    await error_response(401, GRPC_UNAUTHENTICATED, message)(scope, receive, send)
                    return
            elif scoped_path and given and self._scoped:
                # An open download, but a merchant's key still gets only its own labels.
                if (shops := self._scoped.shops_for(given)) is not None:
                    scopes.mark(scope, shops)
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope, given: bytes, scoped_path: bool) -> str:
        """Why ``given`` is refused on this path ("" if it is not); marks a scoped key's
        request with its e-commerces."""
        if not given:
            return f"missing API key: send the {API_KEY_HEADER} header"
        fixed = bool(self._key) and hmac.compare_digest(given, self._key)
        if scoped_path and self._scoped:
            shops = self._scoped.shops_for(given)
            if shops is not None:
                scopes.mark(scope, shops)
                return ""
            return "" if fixed else "invalid API key"
        return "invalid API key" if self._key and not fixed else ""
