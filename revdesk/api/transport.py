"""HTTP for the REVER APIs: base URL and https rule, auth header, timeouts, retries, and
the mapping of every failure to a typed error from :mod:`revdesk.api.errors`.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import json
import logging
import math
import random
import re
import socket
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_plus, urlsplit

import httpx

from revdesk.i18n import translate

from . import errors

log = logging.getLogger(__name__)

API_KEY_HEADER = "x-rever-api-key"
#: An answer larger than this is refused unread: no page of the contract comes near it.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
RETRYABLE_STATUS = frozenset({502, 503, 504})
#: A stalled server is given up on well before an operator would give up on the station.
DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=5.0)
#: httpx's read timeout is per chunk: an answer that trickles a byte every few seconds
#: would never end. One try, connect to last byte, never takes longer than this.
ATTEMPT_DEADLINE_S = 20.0
#: JSON nested deeper than this is refused: no answer of the contract comes near it, and
#: far deeper would exhaust the recursion of the decoder and of everything that walks it.
MAX_JSON_DEPTH = 64
#: A label download follows at most this many redirects, each checked like the first address.
MAX_LABEL_REDIRECTS = 5


def _deeper_than(data: Any, limit: int) -> bool:
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        children = node.values() if isinstance(node, dict) else node
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


def read_json(text: str | bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads``, with a document nested deeper than ``max_depth`` refused as
    ValueError, as any other unreadable JSON (not a RecursionError)."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise ValueError(f"JSON nested deeper than {max_depth} levels") from None
    # Only a document with more brackets than the limit can be deeper than it.
    brackets = (text.count(b"[") + text.count(b"{") if isinstance(text, bytes)
                else text.count("[") + text.count("{"))
    if brackets > max_depth and isinstance(data, dict | list) and _deeper_than(data, max_depth):
        raise ValueError(f"JSON nested deeper than {max_depth} levels")
    return data


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``: the only hosts plain http may reach."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _spelled(text: str, limit: int = 120) -> str:
    """``text`` as typed but with every character that is not printable written as its
    escape (``\\x01``, ``\\u202e``), cut to ``limit``: safe in a terminal or a label."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"


def _address_problem(url: str) -> str:
    """Why ``url`` cannot be read as an address at all ("" when it can): each of these
    once ended a command in a traceback (ValueError from urllib, an ExceptionGroup from
    the connection with port 99999, httpx.InvalidURL)."""
    if not url.isprintable():
        return translate("Transport", "it has a control character in it")
    if any(c.isspace() for c in url):
        return translate("Transport", "it has a space in it")
    bad_port = translate("Transport", "its port is not a number from 1 to 65535")
    try:
        port = urlsplit(url).port
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range 0-65535"
        return bad_port if "port" in str(exc).lower() else \
            translate("Transport", "it cannot be read as an address")
    if port == 0:
        return bad_port
    try:
        httpx.URL(url)
    except httpx.InvalidURL as exc:
        return translate("Transport", "it cannot be read as an address ({reason})").format(
            reason=exc)
    return ""


def check_url(url: str) -> str:
    """Return ``url`` without a trailing slash if it is https, or http to this computer.
    Raises :class:`errors.InvalidAddress` for text that is no address at all, and
    :class:`errors.InsecureUrl` for one the station may not use."""
    why = _address_problem(url.strip())
    if why:
        raise errors.InvalidAddress(
            translate("Transport", "The API address “{address}” is not a valid address: "
                      "{why}. Fix it in the station settings or in REVDESK_API_URL.").format(
                address=_spelled(url.strip()), why=why),
            detail=f"refused base URL: {why}")
    parts = urlsplit(url.strip())
    if parts.scheme == "https" and parts.hostname:
        return url.strip().rstrip("/")
    if parts.scheme == "http" and parts.hostname and is_loopback(parts.hostname):
        return url.strip().rstrip("/")
    raise errors.InsecureUrl(detail=f"refused base URL scheme={parts.scheme!r} host={parts.hostname!r}")


_NUMERIC_HOST = re.compile(r"^[0-9a-fA-FxX.]+$")


def _host_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The address ``host`` is, if it is one: also the forms the system's resolver reads as
    IPv4 (``2852039166``, ``0xa9.0xfe.0xa9.0xfe``, ``169.254.43518``), which a check of the
    dotted form alone would let through."""
    # A final dot names the same host ("169.254.169.254." is that address to a resolver).
    host = host.strip("[]").removesuffix(".")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        if not _NUMERIC_HOST.match(host):
            return None
        try:
            ip = ipaddress.IPv4Address(socket.inet_aton(host))
        except (OSError, ValueError):
            return None
    if isinstance(ip, ipaddress.IPv6Address):
        # The IPv4 address an IPv6 one carries, where a router takes it there: mapped
        # (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d), 6to4 (2002:AABB:CCDD::), compatible.
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and (ip in _NAT64 or (ip in _COMPATIBLE and int(ip) > 1)):
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None and embedded.is_loopback and ip.ipv4_mapped is None:
            return ip  # through a router, 127.x is not this computer: no plain http there
        return embedded or ip
    return ip


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_COMPATIBLE = ipaddress.IPv6Network("::/96")


def shown_url(url: httpx.URL) -> str:
    """An address as the operator may read it: no user, password or query (a signed label
    address carries its token there), at most 120 characters."""
    if url.scheme not in ("http", "https"):
        text = f"{url.scheme}://{url.host}{url.path}"
    else:
        port = f":{url.port}" if url.port else ""
        host = f"[{url.host}]" if ":" in url.host else url.host
        text = f"{url.scheme}://{host}{port}{url.path}"
    return text if len(text) <= 120 else text[:119] + "…"


def label_url_problem(url: httpx.URL) -> str:
    """Why the station never downloads a label from ``url`` ("" when it may). The rule of
    the API address (https; plain http only to this computer), and no other kind of address
    (``file:``), no link-local one (169.254.x.x, fe80::: a cloud server's own metadata
    service lives there), no unspecified or multicast one. Checked for the first address and
    for every redirect, before any connection."""
    if url.scheme not in ("http", "https"):
        if not url.scheme:
            return translate("Transport", "it is a relative address, not a web address")
        return translate("Transport", "it is a {scheme}: address, not a web address").format(
            scheme=url.scheme)
    if not url.host:
        return translate("Transport", "it names no host")
    ip = _host_ip(url.host)
    if ip is not None and ip.is_link_local:
        return translate("Transport", "it is a link-local address, never a label host")
    if ip is not None and (ip.is_unspecified or ip.is_multicast):
        return translate("Transport", "it is not the address of a web server")
    if url.scheme == "http" and not (ip.is_loopback if ip is not None else is_loopback(url.host)):
        return translate("Transport", "labels are downloaded over https only (plain http "
                         "only from this computer)")
    return ""


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default = {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, url.port or default


def key_problem(key: str) -> str:
    """What in ``key`` no API key can hold, in the operator's words ("" when nothing): a
    control character (a line break pasted with it would split the request's header) or a
    character outside plain ASCII (an HTTP header cannot carry it)."""
    for char in key:
        if char < " " or char == "\x7f":
            return translate("Transport", "a control character (such as a line break, a tab "
                             "or an escape)")
        if char > "~":
            return translate("Transport", "a character that is not plain ASCII (such as é or "
                             "an invisible mark)")
    return ""


def check_api_key(key: str, where: str) -> str:
    """``key`` if it can be an API key; else NotConfigured naming ``where`` it was found
    (``REVDESK_API_KEY``, the credential store), never the key itself."""
    why = key_problem(key)
    if why:
        position = next(i for i, c in enumerate(key) if c < " " or c > "~")
        raise errors.NotConfigured(
            translate("Transport", "The API key in {where} has {why} in it, so it cannot be a "
                      "REVER key. Paste the key again, without anything around it.").format(
                where=where, why=why),
            detail=f"API key refused: {why}, at character {position + 1} of {len(key)}")
    return key


def secret_forms(secret: str) -> list[str]:
    """``secret`` as text that echoes it may hold it: raw, as Python shows it (repr), with
    unicode escapes, JSON-escaped, percent-encoded (either case); longest first, so that
    no shorter form leaves a piece of a longer one behind."""
    if not secret:
        return []
    percent = quote(secret, safe="")
    forms = {
        secret, repr(secret)[1:-1], secret.encode("unicode_escape").decode("ascii"),
        json.dumps(secret)[1:-1], json.dumps(secret, ensure_ascii=False)[1:-1],
        percent, re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), percent),
        quote(secret), quote_plus(secret),
    }
    return sorted(forms - {""}, key=len, reverse=True)


#: A key at least this long is blanked wherever it appears. A shorter one only where it
#: stands alone: blanked inside words, a one-letter key would turn "Check the network"
#: into "Chec*** the networ***".
MIN_KEY_LENGTH_ANYWHERE = 8


def secret_patterns(secret: str) -> list[re.Pattern[str]]:
    """What :func:`scrub_text` blanks for ``secret``: each of its :func:`secret_forms`,
    anywhere for a key of :data:`MIN_KEY_LENGTH_ANYWHERE` characters or more, else only as
    a whole token (no letter or digit touching it on either side)."""
    anywhere = len(secret) >= MIN_KEY_LENGTH_ANYWHERE
    return [re.compile(re.escape(form) if anywhere
                       else rf"(?<![A-Za-z0-9]){re.escape(form)}(?![A-Za-z0-9])")
            for form in secret_forms(secret)]


def scrub_text(text: str, patterns: list[re.Pattern[str]]) -> str:
    """``text`` with every match of ``patterns`` (:func:`secret_patterns`) as ``***``."""
    for pattern in patterns:
        text = pattern.sub("***", text)
    return text


def _tls_for(base_url: str) -> ssl.SSLContext | bool:
    """What the key-carrying client verifies TLS with. For https, the default (certifi's CA
    bundle). Plain http is allowed only to this computer and never meets TLS, since that
    client follows no redirect: it gets a context that trusts no one, so it would refuse
    rather than accept a certificate, and skips loading the CA bundle (30-50 ms of the
    station's start-up)."""
    if urlsplit(base_url).scheme == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return True


#: REVER's Retry-After, when the station waits across calls (the outbox, a bulk change), is
#: honoured between these: a larger one is capped (a scan is never parked for days), a
#: smaller one raised (a few seconds, as REVER's documents ask).
RETRY_AFTER_MIN_S = 1.0
RETRY_AFTER_MAX_S = 300.0


def usable_retry_after(seconds: float | None) -> float | None:
    """REVER's wait when it is one: finite and above zero. Missing, inf, NaN, negative and
    past (a date gone by parses to 0) say nothing: the caller backs off on its own."""
    if seconds is None or not math.isfinite(seconds) or seconds <= 0:
        return None
    return seconds


@dataclass(frozen=True)
class Backoff:
    """The station's one rule for the wait before trying again, within a call (the
    transport's :class:`RetryPolicy`) and across calls (the outbox, the bulk job).

    REVER's usable Retry-After, held between ``min_retry_after`` and ``max_retry_after``;
    without one, an exponential backoff from ``base`` (doubling per attempt up to ``cap``),
    with up to 50% jitter so stations that failed together spread out. The default is the
    cross-call one: from 2 s, Retry-After within 1-300 s."""

    base: float = 2.0
    cap: float = 300.0
    min_retry_after: float = RETRY_AFTER_MIN_S
    max_retry_after: float = RETRY_AFTER_MAX_S
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait after failed try number ``attempt`` (1 for the first)."""
        asked = self.honoured(retry_after)
        return asked if asked is not None else self.exponential(attempt)

    def honoured(self, retry_after: float | None) -> float | None:
        """The wait REVER's Retry-After comes to here; None when it is not usable."""
        asked = usable_retry_after(retry_after)
        if asked is None:
            return None
        return min(self.max_retry_after, max(self.min_retry_after, asked))

    def exponential(self, attempt: int) -> float:
        step = self.base * 2.0 ** min(max(attempt, 1) - 1, 32)
        return min(self.cap, step * self.rng.uniform(1.0, 1.5))


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries within one call: at most ``max_attempts`` sends within
    ``max_total_seconds``, waiting by :class:`Backoff` from ``base_delay`` (fast: the
    outbox and the bulk job retry later on their own). A usable Retry-After is taken as
    given, when it fits the budget."""

    max_attempts: int = 5
    max_total_seconds: float = 30.0
    base_delay: float = 0.25
    max_delay: float = 8.0
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    @property
    def waits(self) -> Backoff:
        return Backoff(base=self.base_delay, cap=self.max_delay, min_retry_after=0.0,
                       rng=self.rng)

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter, so stations that failed together spread out."""
        return self.waits.exponential(attempt)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        return self.waits.delay(attempt, retry_after)


NO_RETRY = RetryPolicy(max_attempts=1)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date); None
    when absent or no number of seconds (unparsable, negative, inf, NaN). A date gone by
    is 0: see :func:`usable_retry_after`."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def error_from_response(response: httpx.Response, body: bytes,
                        scrub: Callable[[str], str] = str) -> errors.ApiError:
    """Map an unsuccessful answer to a typed error, reading a gRPC-gateway body if any.
    ``scrub`` blanks secrets out of the server's message before it is cut to length (a
    key cut in half would no longer be recognised)."""
    grpc_code: int | None = None
    message = ""
    try:
        data = read_json(body) if body else None
    except ValueError:
        data = None
    if isinstance(data, dict):
        code = data.get("code")
        grpc_code = code if isinstance(code, int) and not isinstance(code, bool) else None
        message = scrub(str(data.get("message") or data.get("error") or ""))[:300]
    status = response.status_code
    req = response.request
    detail = f"{req.method} {req.url.path} -> {status}" + (f": {message}" if message else "")
    kw: dict[str, Any] = {"detail": detail, "status_code": status, "grpc_code": grpc_code}
    if grpc_code == errors.GRPC_UNIMPLEMENTED or status in (405, 501):
        # A failure in plain words: only domain/logistics.py reads gRPC 12 as "nothing
        # generated", for provider OPS on the two calls the document names.
        if status == 405:
            said = translate("Transport", "REVER does not take this request at this address. "
                             "Nothing was changed.")
        else:
            said = translate("Transport", "REVER does not offer this request (it answered "
                             "\"not implemented\"). Nothing was changed.")
        return errors.Unimplemented(said, **kw)
    if status == 429 or grpc_code == errors.GRPC_RESOURCE_EXHAUSTED:
        return errors.RateLimited(
            retry_after=parse_retry_after(response.headers.get("retry-after")), **kw
        )
    if status == 401 or grpc_code == errors.GRPC_UNAUTHENTICATED:
        return errors.AuthError(**kw)
    if status == 403 or grpc_code == errors.GRPC_PERMISSION_DENIED:
        return errors.Forbidden(**kw)
    if status == 404 or grpc_code == errors.GRPC_NOT_FOUND:
        return errors.NotFound(**kw)
    if status == 400 or grpc_code == errors.GRPC_INVALID_ARGUMENT:
        return errors.InvalidArgument(
            translate("Transport", "REVER refused this request: {message}").format(
                message=message) if message else None, **kw
        )
    if status >= 500:
        return errors.ServerError(**kw)
    return errors.ApiError(translate("Transport", "REVER refused this request (HTTP {status}).")
                           .format(status=status), **kw)


def _certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The certificate refusal under an httpx error (httpx raises from httpcore, which
    raises from ssl), if that is what it is."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _error_from_exception(exc: httpx.HTTPError, what: str) -> errors.ApiError:
    detail = f"{what}: {type(exc).__name__}: {exc}"
    if (refused := _certificate_error(exc)) is not None:
        reason = refused.verify_message or refused.reason or translate("ApiError", "refused")
        return errors.CertificateInvalid(str(reason), detail=detail)
    if isinstance(exc, httpx.TimeoutException):
        return errors.RequestTimeout(detail=detail)
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return errors.InsecureUrl(detail=detail)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.DecodingError):
        return errors.MalformedAnswer(detail=detail)
    return errors.NetworkUnreachable(detail=detail)


def _may_have_reached_server(exc: httpx.HTTPError) -> bool:
    # A refused or unresolved connection never carried the request; anything later might have.
    return not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout)


class _Failed(Exception):
    def __init__(self, error: errors.ApiError, retryable: bool) -> None:
        self.error = error
        self.retryable = retryable


Sleep = Callable[[float], Awaitable[None]]


class Transport:
    """One ``httpx.AsyncClient`` for one backend, with the retry rules of the contract.

    ``transport`` lets the embedded sandbox run in-process (``httpx.ASGITransport``) and
    lets tests inject faults (``httpx.MockTransport``); the real path is plain HTTP.
    """

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Sleep = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        attempt_deadline: float = ATTEMPT_DEADLINE_S,
    ) -> None:
        self.base_url = check_url(base_url)
        if api_key:
            check_api_key(api_key, translate("Transport", "the station's settings"))
        self.attempt_deadline = attempt_deadline
        self._has_key = bool(api_key)
        self._key = api_key or ""
        self._key_patterns = secret_patterns(self._key)
        headers = {"accept": "application/json", "user-agent": "revdesk"}
        if api_key:
            headers[API_KEY_HEADER] = api_key
        self._client = httpx.AsyncClient(
            base_url=self.base_url, headers=headers, timeout=timeout, transport=transport,
            verify=_tls_for(self.base_url),
        )
        # Label files may live on another host: that client never carries the key (and
        # neither client follows a redirect by itself: see download). Made on first use:
        # each client loads the CA bundle (30 ms of the station's start-up).
        self._plain_client: httpx.AsyncClient | None = None
        self._timeout = timeout
        self._transport = transport
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._clock = clock
        self.max_answer_bytes = max_answer_bytes

    def __repr__(self) -> str:
        return f"Transport({self.base_url!r}, key={'set' if self._has_key else 'none'})"

    @property
    def _plain(self) -> httpx.AsyncClient:
        if self._plain_client is None:
            # No follow_redirects: download() follows them itself, checking every hop.
            self._plain_client = httpx.AsyncClient(
                timeout=self._timeout, transport=self._transport)
        return self._plain_client

    async def aclose(self) -> None:
        await self._client.aclose()
        if self._plain_client is not None:
            await self._plain_client.aclose()

    async def __aenter__(self) -> Transport:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        idempotent: bool,
    ) -> Any:
        """Send with retries and return the decoded JSON answer, or raise an ApiError.

        A non-idempotent call is sent again only when the server cannot have acted on it:
        a refused connection or a 429.
        """
        request = self._client.build_request(method, path, json=json_body, params=params)
        _, body = await self._send(self._client, request, idempotent=idempotent)
        if not body.strip():
            return {}
        try:
            return read_json(body)
        except ValueError as exc:
            raise errors.MalformedAnswer(detail=f"{method} {path}: not JSON: {exc}") from None

    async def download(self, url: str, *, max_bytes: int) -> tuple[bytes, str]:
        """GET a file (a label) with a size cap; returns its bytes and content type.

        Redirects are followed here, at most :data:`MAX_LABEL_REDIRECTS`, each hop checked
        by :func:`label_url_problem` before it is connected to. The API key is sent only
        while every address so far is on the API's own origin: once a label host is
        reached, no later hop carries it, wherever it leads.
        """
        try:
            first = httpx.URL(self.base_url).join(url)
        except httpx.InvalidURL as exc:
            raise errors.LabelUrlRefused(
                translate("Transport", "REVER gave a label address the station cannot read."),
                detail=f"label url not a URL: {exc}") from None
        home = _origin(self._client.base_url)
        current = first
        keyed = True
        for hop in range(MAX_LABEL_REDIRECTS + 1):
            self._check_label_url(first, current, hop)
            keyed = keyed and _origin(current) == home
            client = self._client if keyed else self._plain
            request = client.build_request("GET", current, headers={"accept": "*/*"})
            try:
                response, body = await self._send(client, request, idempotent=True,
                                                  max_bytes=max_bytes, redirects=True)
            except errors.CertificateInvalid as exc:
                if keyed:
                    raise
                # A label host's certificate: the label's problem, not the station's settings.
                raise errors.LabelUrlRefused(
                    translate("Transport", "The label's address {address} has a certificate "
                              "that is not valid ({reason}). The label was not downloaded.")
                    .format(address=shown_url(current), reason=exc.reason),
                    detail=exc.detail) from None
            if not response.is_redirect:
                return body, response.headers.get("content-type", "")
            try:
                current = current.join(response.headers["location"])
            except httpx.InvalidURL as exc:
                raise errors.LabelUrlRefused(
                    translate("Transport", "The label's address {address} redirected to an "
                              "address that is not valid. The label was not downloaded.")
                    .format(address=shown_url(first)),
                    detail=f"redirect {hop + 1}: bad location: {exc}") from None
        raise errors.LabelUrlRefused(
            translate("Transport", "The label's address {address} redirected more than {limit} "
                      "times; the station stopped there. The label was not downloaded.")
            .format(address=shown_url(first), limit=MAX_LABEL_REDIRECTS),
            detail=f"more than {MAX_LABEL_REDIRECTS} redirects")

    @staticmethod
    def _check_label_url(first: httpx.URL, url: httpx.URL, hop: int) -> None:
        why = label_url_problem(url)
        if not why:
            return
        if hop == 0:
            message = translate("Transport", "REVER gave the label's address as {address}, "
                                "which the station does not download from: {why}.").format(
                address=shown_url(url), why=why)
        else:
            message = translate("Transport", "The label's address {address} redirected to "
                                "{target}, which the station does not download from: {why}.")
            message = message.format(address=shown_url(first), target=shown_url(url), why=why)
        raise errors.LabelUrlRefused(message, detail=f"label hop {hop} refused: {why}")

    async def _send(
        self, client: httpx.AsyncClient, request: httpx.Request, *, idempotent: bool,
        max_bytes: int | None = None, redirects: bool = False,
    ) -> tuple[httpx.Response, bytes]:
        """Send with the retry rules. ``redirects``: a redirect is an answer (the caller
        follows it), not a failure."""
        policy = self.retry
        started = self._clock()
        what = f"{request.method} {request.url.path}"
        attempt = 0
        while True:
            attempt += 1
            try:
                response, body = await self._attempt(
                    client, request, idempotent, max_bytes or self.max_answer_bytes, what,
                    redirects,
                )
            except _Failed as failed:
                error = self._scrub(failed.error)
                delay = self._delay(error, attempt)
                elapsed = self._clock() - started
                if (not failed.retryable or attempt >= policy.max_attempts
                        or elapsed + delay > policy.max_total_seconds):
                    log.info("%s failed after %d attempt(s): %s", what, attempt, error.log_text())
                    raise error from None
                log.info("%s attempt %d failed (%s); retrying in %.2f s",
                            what, attempt, error.log_text(), delay)
                await self._sleep(delay)
                continue
            log.debug("%s -> %s in %.0f ms", what, response.status_code,
                      (self._clock() - started) * 1000)
            return response, body

    async def _attempt(
        self, client: httpx.AsyncClient, request: httpx.Request, idempotent: bool, cap: int,
        what: str, redirects: bool = False,
    ) -> tuple[httpx.Response, bytes]:
        """One send and read, within the attempt deadline. Raises ``_Failed`` saying
        whether another try is safe."""
        try:
            async with asyncio.timeout(self.attempt_deadline):
                return await self._send_and_read(client, request, idempotent, cap, what,
                                                 redirects)
        except TimeoutError:
            error = errors.RequestTimeout(
                detail=f"{what}: no whole answer within {self.attempt_deadline:g} s")
            raise _Failed(error, idempotent) from None

    async def _send_and_read(
        self, client: httpx.AsyncClient, request: httpx.Request, idempotent: bool, cap: int,
        what: str, redirects: bool = False,
    ) -> tuple[httpx.Response, bytes]:
        try:
            response = await client.send(request, stream=True)
        except httpx.HTTPError as exc:
            error = _error_from_exception(exc, what)
            # A refused certificate is refused again: never sent twice.
            retryable = not isinstance(error, errors.CertificateInvalid) and (
                idempotent or not _may_have_reached_server(exc))
            raise _Failed(error, retryable) from None
        try:
            body = await self._read_capped(response, cap, what)
        except httpx.HTTPError as exc:
            raise _Failed(_error_from_exception(exc, what), idempotent) from None
        finally:
            await response.aclose()
        if response.is_success or (redirects and response.is_redirect):
            return response, body
        error = error_from_response(response, body, self._scrub_text)
        retryable = isinstance(error, errors.RateLimited) or (
            idempotent and response.status_code in RETRYABLE_STATUS
        )
        raise _Failed(error, retryable)

    def _scrub_text(self, text: str) -> str:
        return scrub_text(text, self._key_patterns)

    def _scrub(self, error: errors.ApiError) -> errors.ApiError:
        """Blank the key out of text a server or a socket gave us, should it ever echo it,
        raw or in any escaped form (:func:`secret_forms`)."""
        if self._key_patterns:
            error.detail = self._scrub_text(error.detail)
            error.operator_message = self._scrub_text(error.operator_message)
            error.args = (error.operator_message,)
        return error

    def _delay(self, error: errors.ApiError, attempt: int) -> float:
        retry_after = error.retry_after if isinstance(error, errors.RateLimited) else None
        return self.retry.delay(attempt, retry_after)

    async def _read_capped(self, response: httpx.Response, cap: int, what: str) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise errors.TooLarge(detail=f"{what}: content-length {declared} > cap {cap}")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise errors.TooLarge(detail=f"{what}: answer over {cap} bytes")
            chunks.append(chunk)
        return b"".join(chunks)
