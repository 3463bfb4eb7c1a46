"""The Revers.io customer API (seeds 000, 001) on the sandbox, under
``routes.SANDBOX_REVERSIO_BASE``: ``GET /token``, ``GET /orders/{ref}/status``,
``PUT /orders``, ``POST /links``.

What the documents say is followed: the token from the subscription key and the secret
(its ``exp`` one hour away by default), then the subscription key and ``Bearer`` on every
other call; the import order validated by 001's schema (types, enums, ``date-time`` and
``uuid`` formats; extra fields accepted, as the schema does not forbid them); wrapped
answers ``{"value", "errors": [...], "isNotFound", ...}``.

[sandbox assumption] everything else: the token is an HS256 JWT signed with a key made at
start-up; a token is valid only with the subscription key it was issued for; the token
answer is ``{"value": "<jwt>"}``; ``orderReference`` is required and unique; an e-mail
without "@" is refused (so a per-field refusal can be seen from the server too); the order
status words (below); a sandbox return's order number is an order here, with the status
its shipping status maps to and an id derived from its order id; self-care links are on a
``.invalid`` host, never reachable. Every request is recorded with which credentials it
carried, never their values, for the tests that the secret goes only to ``/token``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import threading
import time
import uuid
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from revdesk.api import routes

from . import jsonbody
from .processes import store_of
from .store import ProcessFilter

#: [doc 000] "a token has a validity of one hour"; tests set a shorter one with this
#: variable or with the control (``POST /_sandbox/reversio-control {"token_seconds": 2}``).
ENV_TOKEN_SECONDS = "REVDESK_SANDBOX_REVERSIO_TOKEN_SECONDS"
#: With these set, the sandbox takes only this pair at /token (else any non-empty pair).
ENV_SUBSCRIPTION_KEY = "REVDESK_SANDBOX_REVERSIO_SUBSCRIPTION_KEY"
ENV_SECRET = "REVDESK_SANDBOX_REVERSIO_SECRET"
DEFAULT_TOKEN_SECONDS = 3600.0
SUBSCRIPTION = "ocp-apim-subscription-key"
SECRET = "ocp-apim-secret-value"
LOG_ENTRIES = 500
#: [sandbox assumption] the order status words; a sandbox return's maps from its status.
STATUS_OF_SHIPPING = {
    "NO_SHIPPING_STATUS": "Pending", "CREATED": "Created", "COLLECTED": "InTransit",
    "IN_WAREHOUSE": "Received", "ERROR": "Error", "CANCELED": "Cancelled",
}
IMPORTED = "Imported"
LINK_BASE = "https://selfcare.sandbox.invalid/d/v1/t/"
_ORDER_IDS = uuid.UUID("5e0d0000-0000-4000-8000-000000000000")


def token_seconds_from_env() -> float:
    raw = os.environ.get(ENV_TOKEN_SECONDS, "").strip()
    try:
        value = float(raw) if raw else DEFAULT_TOKEN_SECONDS
    except ValueError:
        return DEFAULT_TOKEN_SECONDS
    return value if 0 < value <= 86400 else DEFAULT_TOKEN_SECONDS


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _who(subscription_key: str) -> str:
    return hashlib.sha256(subscription_key.encode()).hexdigest()[:16]


class ReversioSandbox:
    """The state of the Revers.io routes: tokens, imported orders (SQLite beside the
    sandbox's file, so a CLI run and the next one see the same orders), the request log."""

    def __init__(self, data_dir: Path, *, token_seconds: float | None = None,
                 subscription_key: str | None = None, secret: str | None = None) -> None:
        self.token_seconds = token_seconds or token_seconds_from_env()
        self._subscription = subscription_key or os.environ.get(ENV_SUBSCRIPTION_KEY) or None
        self._secret = secret or os.environ.get(ENV_SECRET) or None
        self._signing = secrets.token_bytes(32)
        self._generation = 0
        self._lock = threading.Lock()
        self.requests: deque[dict[str, Any]] = deque(maxlen=LOG_ENTRIES)
        self._path = Path(data_dir) / "reversio.sqlite3"
        self._conn: sqlite3.Connection | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        """Opened on the first order: a sandbox that is never asked about Revers.io (every
        CLI command's embedded one, a read-only data folder) never makes the file. Where it
        cannot be made, the orders are kept in memory for this run."""
        if self._conn is None:
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                conn = sqlite3.connect(self._path, check_same_thread=False,
                                       isolation_level=None, timeout=10)
                conn.execute("CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, "
                             "reference TEXT UNIQUE NOT NULL, status TEXT NOT NULL, body TEXT)")
            except (OSError, sqlite3.Error):
                conn = sqlite3.connect(":memory:", check_same_thread=False,
                                       isolation_level=None)
                conn.execute("CREATE TABLE orders (id TEXT PRIMARY KEY, "
                             "reference TEXT UNIQUE NOT NULL, status TEXT NOT NULL, body TEXT)")
            self._conn = conn
        return self._conn

    # -- tokens

    def issue(self, subscription_key: str) -> str:
        now = time.time()
        with self._lock:
            generation = self._generation
        header = {"alg": "HS256", "typ": "JWT"}
        payload = {"sub": _who(subscription_key), "iat": now, "exp": now + self.token_seconds,
                   "gen": generation, "jti": secrets.token_hex(8)}
        signing_input = f"{_b64(json.dumps(header).encode())}." \
                        f"{_b64(json.dumps(payload).encode())}"
        signature = hmac.new(self._signing, signing_input.encode(), hashlib.sha256).digest()
        return f"{signing_input}.{_b64(signature)}"

    def valid(self, jwt: str, subscription_key: str) -> bool:
        try:
            head, body, signature = jwt.split(".")
            expected = hmac.new(self._signing, f"{head}.{body}".encode(), hashlib.sha256).digest()
            if not hmac.compare_digest(expected, _unb64(signature)):
                return False
            payload = json.loads(_unb64(body))
        except (ValueError, TypeError):
            return False
        with self._lock:
            generation = self._generation
        return (isinstance(payload, dict) and payload.get("gen") == generation
                and payload.get("sub") == _who(subscription_key)
                and isinstance(payload.get("exp"), int | float) and time.time() < payload["exp"])

    def revoke(self) -> None:
        with self._lock:
            self._generation += 1

    def credentials_ok(self, subscription_key: str, secret: str) -> bool:
        if not subscription_key or not secret:
            return False
        if self._subscription is not None and not hmac.compare_digest(
                subscription_key.encode(), self._subscription.encode()):
            return False
        return self._secret is None or hmac.compare_digest(secret.encode(),
                                                           self._secret.encode())

    # -- orders

    def imported(self, *, reference: str = "", order_id: str = "") -> tuple[str, str, str] | None:
        column, value = ("reference", reference) if reference else ("id", order_id)
        row = self._db.execute(f"SELECT id, reference, status FROM orders WHERE {column} = ?",
                               (value,)).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def add(self, reference: str, body: dict[str, Any]) -> str:
        order_id = str(uuid.uuid4())
        self._db.execute("INSERT INTO orders VALUES (?, ?, ?, ?)",
                         (order_id, reference, IMPORTED, json.dumps(body)))
        return order_id

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def order_id_of_return(order_id: str) -> str:
    """[sandbox assumption] the Revers.io id of a sandbox return's order: derived, stable."""
    return str(uuid.uuid5(_ORDER_IDS, order_id))


def state(request: Request) -> ReversioSandbox:
    found: ReversioSandbox = request.app.state.reversio
    return found


def wrapped(value: Any = None, *, status: int = 200, errors: list[dict[str, Any]] | None = None,
            not_found: bool = False) -> JSONResponse:
    """[doc 001] The envelope of every answer."""
    failure = bool(errors) or status >= 400
    return JSONResponse({
        "value": value, "pagination": None, "errors": errors or [],
        "isHandledError": failure, "failure": failure, "hasWarnings": False,
        "isNotFound": not_found}, status_code=status)


def _error(field: str, code: str, message: str) -> dict[str, Any]:
    return {"subject": "Order", "code": code, "message": message, "developerMessage": "",
            "moreInfo": "", "field": field, "index": 0, "isWarning": False, "extraData": ""}


def _log(request: Request, status: int) -> None:
    headers = request.headers
    state(request).requests.append({
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "method": request.method,
        "path": request.url.path.removeprefix(routes.SANDBOX_REVERSIO_BASE),
        "subscription_key": bool(headers.get(SUBSCRIPTION, "").strip()),
        "secret": SECRET in headers,
        "bearer": headers.get("authorization", "").lower().startswith("bearer "),
        "status": status,
    })


def _answer(request: Request, response: JSONResponse) -> JSONResponse:
    _log(request, response.status_code)
    return response


def _authorised(request: Request) -> JSONResponse | None:
    """[doc 000] the subscription key and a valid bearer token; else 401 (expired, revoked,
    another key's or a forged token alike)."""
    key = request.headers.get(SUBSCRIPTION, "").strip()
    auth = request.headers.get("authorization", "")
    jwt = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
    if key and jwt and state(request).valid(jwt, key):
        return None
    return wrapped(status=401, errors=[_error("", "Unauthorized",
                                              "Missing, expired or invalid token")])


async def token(request: Request) -> JSONResponse:
    sandbox = state(request)
    key = request.headers.get(SUBSCRIPTION, "").strip()
    secret = request.headers.get(SECRET, "").strip()
    if not sandbox.credentials_ok(key, secret):
        return _answer(request, wrapped(status=401, errors=[_error(
            "", "Unauthorized", "Invalid subscription key or secret")]))
    return _answer(request, wrapped(sandbox.issue(key)))


async def order_status(request: Request) -> JSONResponse:
    if (refused := _authorised(request)) is not None:
        return _answer(request, refused)
    reference = request.path_params["order_reference"]
    sandbox = state(request)
    if (found := sandbox.imported(reference=reference)) is not None:
        return _answer(request, wrapped({"orderReference": found[1], "status": found[2],
                                         "orderId": found[0]}))
    key = reference.strip().upper().lstrip("#")
    for process in store_of(request).list_processes(ProcessFilter(q=key), None, 50):
        if key in (str(process.get("order_number", "")).upper().lstrip("#"),
                   str(process.get("order_id", "")).upper()):
            return _answer(request, wrapped({
                "orderReference": process.get("order_number") or reference,
                "status": STATUS_OF_SHIPPING.get(process.get("shipping_status", ""), "Pending"),
                "orderId": order_id_of_return(str(process.get("order_id", "")))}))
    return _answer(request, wrapped(status=404, not_found=True, errors=[_error(
        "orderReference", "NotFound", "Order not found")]))


def _check_uuid(value: Any) -> bool:
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return isinstance(value, str)


def _check_date_time(value: Any) -> bool:
    if not isinstance(value, str) or "T" not in value.upper():
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def order_problems(body: Any) -> list[dict[str, Any]]:
    """What 001's schema refuses in ``body``, one error per field (and the sandbox's own
    rules, tagged)."""
    if not isinstance(body, dict):
        return [_error("", "InvalidBody", "The body must be a JSON object")]
    problems: list[dict[str, Any]] = []

    def text(path: str, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            problems.append(_error(path, "InvalidType", "Must be a string"))

    def price(path: str, value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            problems.append(_error(path, "InvalidType", "Must be an object"))
            return
        amount = value.get("amount")
        if amount is not None and (isinstance(amount, bool)
                                   or not isinstance(amount, int | float)):
            problems.append(_error(f"{path}.amount", "InvalidType", "Must be a number"))
        if value.get("currency") is not None and value.get("currency") not in ("EUR", "GBP"):
            problems.append(_error(f"{path}.currency", "InvalidValue", "Must be EUR or GBP"))

    reference = body.get("orderReference")
    if not isinstance(reference, str) or not reference.strip():  # [sandbox assumption]
        problems.append(_error("orderReference", "Required", "The order reference is required"))
    if body.get("civility") is not None and body["civility"] not in ("NotSet", "Mr", "Mrs"):
        problems.append(_error("civility", "InvalidValue", "Must be NotSet, Mr or Mrs"))
    for name in ("customerLastName", "customerFirstName", "phoneNumber", "customerMail",
                 "salesChannel"):
        text(name, body.get(name))
    mail = body.get("customerMail")
    if isinstance(mail, str) and mail and "@" not in mail:  # [sandbox assumption]
        problems.append(_error("customerMail", "InvalidEmail", "Not a valid e-mail address"))
    address = body.get("address")
    if address is not None:
        if isinstance(address, dict):
            for name, value in address.items():
                text(f"address.{name}", value)
        else:
            problems.append(_error("address", "InvalidType", "Must be an object"))
    if body.get("purchaseDateUtc") is not None and not _check_date_time(body["purchaseDateUtc"]):
        problems.append(_error("purchaseDateUtc", "InvalidFormat", "Must be a date-time"))
    if body.get("storePurchasedAt") is not None and not _check_uuid(body["storePurchasedAt"]):
        problems.append(_error("storePurchasedAt", "InvalidFormat", "Must be a uuid"))
    products = body.get("products")
    if products is not None and not isinstance(products, list):
        problems.append(_error("products", "InvalidType", "Must be a list"))
    for i, product in enumerate(products if isinstance(products, list) else []):
        where = f"products[{i}]"
        if not isinstance(product, dict):
            problems.append(_error(where, "InvalidType", "Must be an object"))
            continue
        for name in ("modelId", "supplierId"):
            if product.get(name) is not None and not _check_uuid(product[name]):
                problems.append(_error(f"{where}.{name}", "InvalidFormat", "Must be a uuid"))
        text(f"{where}.orderLineReference", product.get("orderLineReference"))
        price(f"{where}.price", product.get("price"))
    price("shippingPrice", body.get("shippingPrice"))
    return problems


async def import_order(request: Request) -> JSONResponse:
    if (refused := _authorised(request)) is not None:
        return _answer(request, refused)
    try:
        body = jsonbody.loads(await request.body())
    except jsonbody.BadJson as exc:
        return _answer(request, wrapped(status=400, errors=[_error("", "InvalidBody",
                                                                   str(exc))]))
    problems = order_problems(body)
    sandbox = state(request)
    if not problems and sandbox.imported(reference=body["orderReference"]) is not None:
        problems = [_error("orderReference", "Duplicate",  # [sandbox assumption]
                           "An order with this reference already exists")]
    if problems:
        return _answer(request, wrapped(status=400, errors=problems))
    return _answer(request, wrapped(sandbox.add(body["orderReference"], body)))


async def create_link(request: Request) -> JSONResponse:
    if (refused := _authorised(request)) is not None:
        return _answer(request, refused)
    try:
        body = jsonbody.loads(await request.body())
    except jsonbody.BadJson as exc:
        return _answer(request, wrapped(status=400, errors=[_error("", "InvalidBody",
                                                                   str(exc))]))
    order_id = body.get("orderId") if isinstance(body, dict) else None
    if not isinstance(order_id, str) or not _check_uuid(order_id.strip()):
        return _answer(request, wrapped(status=400, errors=[_error(
            "orderId", "InvalidFormat", "Must be a uuid")]))
    order_id = order_id.strip()
    known = state(request).imported(order_id=order_id) is not None or any(
        order_id_of_return(str(p.get("order_id", ""))) == order_id
        for p in store_of(request).list_processes(ProcessFilter(), None, 100_000))
    if not known:
        return _answer(request, wrapped(status=404, not_found=True, errors=[_error(
            "orderId", "NotFound", "Order not found")]))
    link_token = hmac.new(state(request)._signing, order_id.encode(), hashlib.sha256).digest()
    return _answer(request, wrapped(LINK_BASE + _b64(link_token[:12])))


# -- controls (sandbox only) -------------------------------------------------------------


async def get_control(request: Request) -> JSONResponse:
    sandbox = state(request)
    return JSONResponse({"token_seconds": sandbox.token_seconds,
                         "requests": list(sandbox.requests)})


async def set_control(request: Request) -> JSONResponse:
    """``{"token_seconds": 2}``, ``{"revoke_tokens": true}`` (every token given so far is
    answered 401), ``{"clear": true}`` (the request log)."""
    sandbox = state(request)
    try:
        body = jsonbody.loads(await request.body() or b"{}")
    except jsonbody.BadJson as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    if not isinstance(body, dict):
        return JSONResponse({"error": "the body must be a JSON object"}, status_code=400)
    if "token_seconds" in body:
        seconds = body["token_seconds"]
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) \
                or not 0 < seconds <= 86400:
            return JSONResponse({"error": "token_seconds: a number of seconds, 0 to 86400"},
                                status_code=400)
        sandbox.token_seconds = float(seconds)
    if body.get("revoke_tokens"):
        sandbox.revoke()
    if body.get("clear"):
        sandbox.requests.clear()
    return await get_control(request)


async def clear_control(request: Request) -> Response:
    state(request).requests.clear()
    return Response(status_code=204)


def reversio_routes() -> list[Route]:
    base = routes.SANDBOX_REVERSIO_BASE
    return [
        Route(base + routes.REVERSIO_TOKEN, token, methods=["GET"]),
        Route(base + routes.REVERSIO_ORDER_STATUS, order_status, methods=["GET"]),
        Route(base + routes.REVERSIO_ORDERS, import_order, methods=["PUT"]),
        Route(base + routes.REVERSIO_LINKS, create_link, methods=["POST"]),
        Route(routes.SANDBOX_REVERSIO_CONTROL, get_control, methods=["GET"]),
        Route(routes.SANDBOX_REVERSIO_CONTROL, set_control, methods=["POST"]),
        Route(routes.SANDBOX_REVERSIO_CONTROL, clear_control, methods=["DELETE"]),
    ]
