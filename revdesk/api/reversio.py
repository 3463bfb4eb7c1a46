"""The Revers.io customer API client (seeds 000, 001): a JWT from ``GET /token``, then the
order's status, an order's import and the self-care link.

Authentication, as 000 says: ``GET /token`` with ``Ocp-Apim-Subscription-Key`` and
``Ocp-Apim-Secret-Value`` gives a JWT; every other call sends the subscription key and
``Authorization: Bearer <jwt>``. The secret goes to ``/token`` and nowhere else.

The token is reused until shortly before its ``exp``; when many calls need a new one at
the same moment, one request fetches it and they all wait for that one (an asyncio lock,
the token checked again inside it). A call answered 401 drops that token (only if it is
still the current one, so many 401s at once still make one renewal), gets a new one and is
sent once more; a second 401 is the answer.

The JWT's signature is not checked, on purpose: the station is not the token's audience,
only its carrier. It has no key to check it with (the signing key is Revers.io's), the
token comes straight from Revers.io's answer to our own call over https, and Revers.io
checks it on every call. ``exp`` only tells the station when to ask for a new one: a wrong
one costs at most one 401 and one renewal.

Secrets (the subscription key, the secret, the token) are never in a log line, a repr or
an error's text: a server's message is scrubbed of them in every escaped form.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import ValidationError

from revdesk.i18n import QT_TRANSLATE_NOOP, translate

from . import errors, routes
from .reversio_models import FIELD_LABELS, Envelope, ImportOrder, OrderStatus
from .transport import (
    ATTEMPT_DEADLINE_S,
    DEFAULT_TIMEOUT,
    _address_problem,
    _error_from_exception,
    _spelled,
    _tls_for,
    is_loopback,
    key_problem,
    read_json,
    scrub_text,
    secret_patterns,
)

log = logging.getLogger(__name__)

SUBSCRIPTION_HEADER = "Ocp-Apim-Subscription-Key"
SECRET_HEADER = "Ocp-Apim-Secret-Value"
#: [doc 000] "a token has a validity of one hour": the lifetime taken when a JWT's payload
#: says nothing readable about it.
DOCUMENTED_LIFETIME_S = 3600.0
#: A token is renewed this long before its end (a tenth of a short test token's life)...
RENEW_BEFORE_S = 60.0
#: An answer larger than this is refused unread: none of these calls comes near it.
MAX_ANSWER_BYTES = 1024 * 1024
#: A self-care link longer than this is not printed as a QR code.
MAX_LINK_CHARS = 1000


# -- field-by-field problems ---------------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field, in plain words: ``where`` names the field as the
    operator knows it ("Product 1 › Currency"), ``path`` as the document does."""

    path: str
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def field_label(path: str | tuple[Any, ...]) -> str:
    """``products[0].price.currency`` (or pydantic's ``("products", 0, "price", ...)``) as
    "Product 1 › Price › Currency"; a name the document does not have stays as written."""
    parts: list[Any]
    if isinstance(path, tuple):
        parts = list(path)
    else:
        parts = []
        for piece in path.replace("]", "").replace("[", ".").split("."):
            if piece:
                parts.append(int(piece) if piece.isdigit() else piece)
    words: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if isinstance(part, str) and part.lower() == "products" and isinstance(nxt, int):
            words.append(translate("Reversio", "Product {n}").format(n=nxt + 1))
            i += 2
            continue
        if isinstance(part, int):
            words.append(str(part + 1))
        else:
            known = next((k for k in FIELD_LABELS if k.lower() == part.lower()), None)
            words.append(translate("Reversio", FIELD_LABELS[known]) if known
                         else _spelled(part, 60))
        i += 1
    return " › ".join(words)


def problems_from_validation(exc: ValidationError) -> list[FieldProblem]:
    """The station's own check of a request, one problem per field."""
    out = []
    for problem in exc.errors():
        loc = tuple(p for p in problem["loc"] if not (isinstance(p, str) and "[" in p))
        kind = problem["type"]
        if kind == "missing":
            message = translate("Reversio", "is required")
        elif kind == "extra_forbidden":
            message = translate("Reversio", "is not a field of a Revers.io order")
        elif kind == "literal_error":
            expected = problem.get("ctx", {}).get("expected", "")
            message = translate("Reversio", "must be one of {values}").format(values=expected)
        elif kind in ("float_parsing", "float_type", "finite_number"):
            message = translate("Reversio", "must be a number")
        elif kind == "value_error":
            # The models' own messages, marked with QT_TRANSLATE_NOOP where they are raised.
            message = translate("Reversio", str(problem.get("ctx", {}).get("error", problem["msg"])))
        else:
            message = problem["msg"]
        path = ".".join(str(p) for p in loc)
        out.append(FieldProblem(path, field_label(loc), _spelled(message, 200)))
    return out


def validate_order(data: dict[str, Any] | ImportOrder) -> ImportOrder:
    """``data`` as a checked import request, or :class:`ReversioRefused` saying, field by
    field, what 001's schema does not accept. Nothing is sent."""
    if isinstance(data, ImportOrder):
        return data
    try:
        return ImportOrder.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation(exc)
        raise ReversioRefused(problems, sent=False,
                              detail=f"import order refused before sending: "
                                     f"{len(problems)} field(s)") from None


# -- errors --------------------------------------------------------------------------------


class ReversioRefused(errors.InvalidArgument):
    """Revers.io (or, with ``sent`` False, the station before sending) refused the request;
    ``problems`` says what, field by field."""

    def __init__(self, problems: list[FieldProblem], *, sent: bool = True, **kw: Any) -> None:
        self.problems = problems
        self.sent = sent
        head = (translate("Reversio", "Revers.io refused the request:") if sent
                else translate("Reversio", "The order cannot be sent to Revers.io as it is:"))
        lines = [head, *(f"• {p}" for p in problems)] if problems else [
            head + " " + translate("Reversio", "it gave no reason.")]
        super().__init__("\n".join(lines), **kw)


class ReversioNotFound(errors.NotFound):
    def __init__(self, message: str | None = None, **kw: Any) -> None:
        super().__init__(message or translate("Reversio", "Revers.io does not know this order."),
                         **kw)


class ReversioAuthError(errors.AuthError):
    def __init__(self, message: str | None = None, **kw: Any) -> None:
        super().__init__(message or translate(
            "Reversio", "Revers.io refused the subscription key or the secret. Ask the "
            "warehouse lead to check the Revers.io account in the settings."), **kw)


class ReversioForbidden(errors.Forbidden):
    def __init__(self, message: str | None = None, **kw: Any) -> None:
        super().__init__(message or translate(
            "Reversio", "This Revers.io account is not allowed to do that. Ask the warehouse "
            "lead."), **kw)


def _plain(text: str, limit: int = 300) -> str:
    """Text from Revers.io as one line the operator can read: control characters shown."""
    return _spelled(" ".join(text.split()) if text.isprintable() else text, limit)


# -- the token -----------------------------------------------------------------------------


def jwt_lifetime(jwt: str, now: float) -> float | None:
    """Seconds the token says it lives, from its payload (no signature check: see the
    module's docstring). ``exp - iat`` when both are there: the server's own clock on both
    ends, right even when the station's clock is not; else ``exp - now``. None when the
    payload cannot be read."""
    parts = jwt.split(".")
    if len(parts) != 3:
        return None
    try:
        padded = parts[1] + "=" * (-len(parts[1]) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        return None
    if not isinstance(payload, dict):
        return None
    exp, iat = payload.get("exp"), payload.get("iat")
    if not isinstance(exp, int | float) or isinstance(exp, bool):
        return None
    if isinstance(iat, int | float) and not isinstance(iat, bool) and iat <= exp:
        return float(exp - iat)
    return float(exp - now)


#: A JWT as plain text: three base64url parts (the signature may be empty).
_JWT = re.compile(rb"[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


@dataclass
class _Token:
    jwt: str = field(repr=False)
    renew_at: float  # on the monotonic clock


def _token_from(data: Any, text: bytes) -> str:
    """[assumed] The token answer: wrapped (``{"value": "<jwt>"}``) like every answer; a
    bare JSON string or the JWT as plain text is taken too."""
    if isinstance(data, dict):
        value = data.get("value")
        if isinstance(value, dict):
            value = value.get("token") or value.get("accessToken")
        data = value
    if data is None and _JWT.fullmatch(text.strip()):
        # Only a JWT's own characters: an HTML page (a proxy's, a captive portal's) with
        # two dots in it is not taken for a token.
        data = text.strip().decode("ascii")
    if not isinstance(data, str) or not data.strip() or key_problem(data.strip()):
        raise errors.MalformedAnswer(
            translate("Reversio", "Revers.io answered the token request with something that is not a token."),
            detail="GET /token: no token in the answer")
    return data.strip()


# -- the client ----------------------------------------------------------------------------


def check_reversio_url(url: str) -> str:
    """The base URL without a trailing slash, if it is https, or http to this computer."""
    url = url.strip()
    why = _address_problem(url)
    if not why:
        parts = httpx.URL(url)
        if parts.scheme == "https" and parts.host:
            return url.rstrip("/")
        if parts.scheme == "http" and parts.host and is_loopback(parts.host):
            return url.rstrip("/")
        why = translate("Reversio", "it must start with https:// (plain http only to this computer)")
    raise errors.InsecureUrl(
        translate("Reversio", "The Revers.io address “{url}” cannot be used: {why}. Fix it in the station "
            "settings or in REVDESK_REVERSIO_URL.").format(url=_spelled(url), why=why),
        detail=f"refused Revers.io base URL: {why}")


class ReversioClient:
    """One Revers.io account: its base URL, subscription key and secret. Methods raise
    :class:`errors.ApiError` subclasses with messages in the operator's words.

    ``transport`` runs the embedded sandbox in-process or injects faults in tests."""

    def __init__(self, base_url: str, subscription_key: str, secret: str, *,
                 account: str = "", transport: httpx.AsyncBaseTransport | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 wall: Callable[[], float] = time.time,
                 timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
                 attempt_deadline: float = ATTEMPT_DEADLINE_S) -> None:
        self.base_url = check_reversio_url(base_url)
        self.account = account
        for value, what in ((subscription_key, QT_TRANSLATE_NOOP("Reversio", "subscription key")),
                            (secret, QT_TRANSLATE_NOOP("Reversio", "secret"))):
            said = translate("Reversio", what)
            if not value:
                raise errors.NotConfigured(
                    translate("Reversio", "The Revers.io account {account} has no {what}. Set it in the "
                        "settings or in the environment.").format(account=account or "",
                                                                  what=said),
                    detail=f"reversio {what} missing")
            if why := key_problem(value):
                raise errors.NotConfigured(
                    translate("Reversio", "The Revers.io {what} has {why} in it. Paste it again, without "
                        "anything around it.").format(what=said, why=why),
                    detail=f"reversio {what} refused: {why}")
        self._subscription = subscription_key
        self._secret = secret
        self._patterns = secret_patterns(subscription_key) + secret_patterns(secret)
        self._client = httpx.AsyncClient(
            base_url=self.base_url + "/", timeout=timeout, transport=transport,
            verify=_tls_for(self.base_url),
            headers={"accept": "application/json", "user-agent": "revdesk"})
        self._clock = clock
        self._wall = wall
        self._deadline = attempt_deadline
        self._token: _Token | None = None
        self._lock = asyncio.Lock()
        self._failed: tuple[float, errors.ApiError] | None = None
        #: Tokens fetched so far: a call that waited while one was fetched uses it.
        self._fetches = 0

    def __repr__(self) -> str:
        return f"ReversioClient({self.base_url!r}, account={self.account!r})"

    async def aclose(self) -> None:
        await self._client.aclose()

    # -- the token

    async def _bearer(self) -> str:
        token = self._token
        if token is not None and self._clock() < token.renew_at:
            return token.jwt
        asked = self._clock()
        fetches = self._fetches
        async with self._lock:
            # Another call may have renewed it while this one waited: then that one is used,
            # even when it is already due (an exp in the past, a clock ahead): every caller
            # waiting for a renewal takes that one renewal, never one request each.
            token = self._token
            if token is not None and (self._clock() < token.renew_at
                                      or self._fetches != fetches):
                return token.jwt
            # Or failed to, after this one asked: the same answer, not one more request each.
            if self._failed is not None and self._failed[0] >= asked:
                raise self._failed[1]
            try:
                self._token = await self._fetch_token()
            except errors.ApiError as exc:
                self._failed = (self._clock(), exc)
                raise
            self._failed = None
            self._fetches += 1
            return self._token.jwt

    def _forget(self, jwt: str) -> None:
        """Drop ``jwt`` after a 401, unless another call has already replaced it."""
        if self._token is not None and self._token.jwt == jwt:
            self._token = None

    async def _fetch_token(self) -> _Token:
        # [doc 000] the only request that carries the secret.
        request = self._client.build_request(
            "GET", routes.REVERSIO_TOKEN.lstrip("/"),
            headers={SUBSCRIPTION_HEADER: self._subscription, SECRET_HEADER: self._secret})
        received = self._clock()
        status, data, body = await self._exchange(request)
        if status in (401, 403):
            raise ReversioAuthError(detail=f"GET /token -> {status}", status_code=status)
        if status >= 300:
            raise self._failure(request, status, data)
        jwt = _token_from(data, body)
        lifetime = jwt_lifetime(jwt, self._wall())
        if lifetime is None or lifetime <= 0:
            # An exp already past (a clock ahead, a server's mistake) would have every call
            # fetch a token first: the documented hour is taken, and a token that really
            # has expired costs one 401 and one renewal.
            log.info("Revers.io token without a readable exp, or one already past: taken "
                     "as one hour")
            lifetime = DOCUMENTED_LIFETIME_S
        lifetime = max(0.0, min(lifetime, 24 * 3600.0))
        margin = min(RENEW_BEFORE_S, lifetime / 10)
        log.debug("Revers.io token for account %r, renewed in %.0f s", self.account,
                  lifetime - margin)
        return _Token(jwt, received + lifetime - margin)

    # -- calls

    async def _call(self, method: str, path: str, *, json_body: Any = None) -> Envelope:
        """A call with the subscription key and the bearer token; renewed once on a 401."""
        for attempt in (1, 2):
            jwt = await self._bearer()
            request = self._client.build_request(
                method, path.lstrip("/"), json=json_body,
                headers={SUBSCRIPTION_HEADER: self._subscription,
                         "authorization": f"Bearer {jwt}"})
            status, data, _ = await self._exchange(request, extra_secret=jwt)
            if status == 401 and attempt == 1:
                log.info("%s %s -> 401: renewing the Revers.io token once", method, path)
                self._forget(jwt)
                continue
            if status >= 300:
                raise self._failure(request, status, data)
            envelope = self._envelope(data, f"{method} {path}")
            if envelope.refusals:
                raise self._refused(envelope, status)
            return envelope
        raise AssertionError("unreachable")

    async def _exchange(self, request: httpx.Request, extra_secret: str = ""
                        ) -> tuple[int, Any, bytes]:
        what = f"{request.method} /{request.url.path.rsplit('/api/v1/', 1)[-1]}"
        try:
            async with asyncio.timeout(self._deadline):
                response = await self._client.send(request, stream=True)
                try:
                    body = await self._read(response)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise errors.RequestTimeout(
                translate("Reversio", "Revers.io did not answer in time. Check the network and try again."),
                detail=f"{what}: no answer within {self._deadline:g} s") from None
        except httpx.HTTPError as exc:
            error = _error_from_exception(exc, what)
            error.detail = self._scrub(error.detail, extra_secret)
            if isinstance(error, errors.NetworkUnreachable):
                error.operator_message = translate(
                    "Reversio", "No connection to Revers.io. Check the network; nothing was "
                    "changed.")
                error.args = (error.operator_message,)
            raise error from None
        log.debug("%s -> %s", what, response.status_code)
        try:
            data = read_json(body) if body.strip() else None
        except ValueError:
            data = None
        if isinstance(data, dict | list | str):
            data = self._scrubbed(data, extra_secret)
        return response.status_code, data, body

    async def _read(self, response: httpx.Response) -> bytes:
        chunks, size = [], 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > MAX_ANSWER_BYTES:
                raise errors.TooLarge(
                    translate("Reversio", "Revers.io sent an answer too large to read."),
                    detail=f"answer over {MAX_ANSWER_BYTES} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _scrub(self, text: str, extra_secret: str = "") -> str:
        patterns = self._patterns + (secret_patterns(extra_secret) if extra_secret else [])
        return scrub_text(text, patterns)

    def _scrubbed(self, data: Any, extra_secret: str) -> Any:
        if isinstance(data, str):
            return self._scrub(data, extra_secret)
        if isinstance(data, dict):
            return {k: self._scrubbed(v, extra_secret) for k, v in data.items()}
        if isinstance(data, list):
            return [self._scrubbed(v, extra_secret) for v in data]
        return data

    def _envelope(self, data: Any, what: str) -> Envelope:
        if not isinstance(data, dict):
            raise errors.MalformedAnswer(
                translate("Reversio", "Revers.io sent an answer the station cannot read."),
                detail=f"{what}: not a wrapped answer")
        try:
            return Envelope.model_validate(data)
        except ValidationError as exc:
            raise errors.MalformedAnswer(
                translate("Reversio", "Revers.io sent an answer the station cannot read."),
                detail=f"{what}: {exc.error_count()} invalid field(s)") from None

    def _refused(self, envelope: Envelope, status: int) -> ReversioRefused:
        problems = [FieldProblem(_plain(e.field, 100),
                                 field_label(e.field) if e.field else "",
                                 _plain(e.message or e.code or translate("Reversio", "refused")))
                    for e in envelope.refusals]
        return ReversioRefused(problems, detail=f"{len(problems)} error(s)", status_code=status)

    def _failure(self, request: httpx.Request, status: int, data: Any) -> errors.ApiError:
        what = f"{request.method} {request.url.path}"
        detail = f"{what} -> {status}"
        envelope = None
        if isinstance(data, dict):
            try:
                envelope = Envelope.model_validate(data)
            except ValidationError:
                envelope = None
        if status == 404 or (envelope is not None and envelope.isNotFound):
            return ReversioNotFound(detail=detail, status_code=status)
        if status == 401:
            return ReversioAuthError(detail=detail, status_code=status)
        if status == 403:
            return ReversioForbidden(detail=detail, status_code=status)
        if envelope is not None and envelope.refusals:
            return self._refused(envelope, status)
        if status == 429:
            return errors.RateLimited(
                translate("Reversio", "Revers.io is busy (too many requests). Wait a few "
                          "seconds and try again."),
                detail=detail, status_code=status)
        if status >= 500:
            return errors.ServerError(
                translate("Reversio", "Revers.io had a problem on its side. Try again in a moment."),
                detail=detail, status_code=status)
        if status == 400:
            return ReversioRefused([], detail=detail, status_code=status)
        return errors.ApiError(
            translate("Reversio", "Revers.io refused this request (HTTP {status}).").format(status=status),
            detail=detail, status_code=status)

    # -- the calls of the contract

    async def order_status(self, order_reference: str) -> OrderStatus:
        """``GET /orders/{ref}/status`` [doc 000; answer assumed]."""
        ref = order_reference.strip()
        if not ref:
            raise errors.InvalidArgument(translate("Reversio", "Type an order reference first."))
        envelope = await self._call("GET", routes.path(routes.REVERSIO_ORDER_STATUS,
                                                       order_reference=ref))
        value = envelope.value
        if isinstance(value, str):  # a bare status word
            value = {"status": value}
        if not isinstance(value, dict):
            if envelope.isNotFound:
                raise ReversioNotFound(detail="status: isNotFound")
            raise errors.MalformedAnswer(
                translate("Reversio", "Revers.io sent an answer the station cannot read."),
                detail="status: no value")
        status = OrderStatus.model_validate(value)
        if not status.orderReference:
            status.orderReference = ref
        status.orderReference = _plain(status.orderReference, 120)
        status.status = _plain(status.status, 120)
        return status

    async def import_order(self, order: dict[str, Any] | ImportOrder) -> str:
        """``PUT /orders`` [doc 001], checked against the schema first; the new order's id."""
        checked = validate_order(order)
        envelope = await self._call("PUT", routes.REVERSIO_ORDERS, json_body=checked.body())
        value = envelope.value
        if isinstance(value, dict):  # [doc 000] shows {"value": {"id": ...}}
            value = value.get("id")
        if not isinstance(value, str) or not value.strip():
            raise errors.MalformedAnswer(
                translate("Reversio", "Revers.io took the order but did not say its id."),
                detail="import: no id in value")
        return _plain(value, 100)

    async def create_link(self, order_id: str) -> str:
        """``POST /links`` [doc 000]: the customer's self-care link for an order."""
        oid = order_id.strip()
        if not oid:
            raise errors.InvalidArgument(translate("Reversio", "Type the Revers.io order id first."))
        envelope = await self._call("POST", routes.REVERSIO_LINKS, json_body={"orderId": oid})
        link = envelope.value
        if not isinstance(link, str) or not link.strip():
            raise errors.MalformedAnswer(
                translate("Reversio", "Revers.io did not give a link."), detail="links: no value")
        link = link.strip()
        try:
            url = httpx.URL(link)
        except httpx.InvalidURL:
            url = None
        if (url is None or url.scheme not in ("https", "http") or not url.host
                or not link.isprintable() or len(link) > MAX_LINK_CHARS):
            raise errors.MalformedAnswer(
                translate("Reversio", "Revers.io gave a link that is not a web address: {link}").format(
                    link=_plain(link, 80)), detail="links: not an http(s) URL")
        return link
