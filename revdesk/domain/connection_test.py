"""Settings' "Test connection": one read of REVER's list with the values a lead has typed
(not yet saved), and what it proves in the operator's words: wrong key, a key not allowed
for this e-commerce, unreachable, not https, a bad certificate, an address that answers but
is not REVER, or OK with what REVER let it see.

Qt-free (the dialog runs it on the window's loop; a test runs it over loopback). The key
goes into the request's header and nowhere else: no message or log line holds it (the
transport scrubs what a server echoes; the messages here are the station's own words).
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import httpx

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.api.transport import check_api_key, check_url
from revdesk.i18n import translate

log = logging.getLogger(__name__)

#: One try, soon given up: the lead is waiting at the dialog, and a retry would only hide
#: what is wrong.
ONE_TRY = RetryPolicy(max_attempts=1)
TEST_TIMEOUT = httpx.Timeout(8.0, connect=5.0)
TEST_DEADLINE_S = 10.0
#: Pages of the list read to count the returns a key sees; more are "at least".
COUNT_PAGES = 5
PAGE_SIZE = 100


class Verdict(enum.Enum):
    OK = "ok"
    #: Answered, but no return for this e-commerce: a mistyped id looks just like this.
    NO_RETURNS = "no_returns"
    SANDBOX = "sandbox"  # nothing typed: the built-in sandbox, nothing to test
    NO_ADDRESS = "no_address"  # a key but no address
    NO_KEY = "no_key"  # an address but no key (typed or stored)
    NOT_HTTPS = "not_https"
    INVALID_ADDRESS = "invalid_address"
    WRONG_KEY = "wrong_key"  # 401
    FORBIDDEN = "forbidden"  # 403
    UNREACHABLE = "unreachable"  # refused, DNS, network down
    TIMEOUT = "timeout"
    BAD_CERTIFICATE = "bad_certificate"
    NOT_REVER = "not_rever"  # answers, but not as REVER: HTML, a 404 on the list
    SERVER_ERROR = "server_error"  # REVER's own trouble (5xx)
    BUSY = "busy"  # 429: proves nothing about the key
    OTHER = "other"


@dataclass(frozen=True)
class ConnectionCheck:
    verdict: Verdict
    #: What the lead reads beside the button: never the key.
    message: str

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def warning(self) -> bool:
        """REVER answered, but something typed is probably wrong."""
        return self.verdict is Verdict.NO_RETURNS


async def check_connection(api_url: str, api_key: str | None, *, ecommerce_id: str = "",
                          group: str = "",
                          transport: httpx.AsyncBaseTransport | None = None) -> ConnectionCheck:
    """Read the list at ``api_url`` with ``api_key`` for this e-commerce (or group) and say
    what the answer proves. Never raises for anything REVER or the network does."""
    api_url = api_url.strip()
    key = (api_key or "").strip()
    if not api_url and not key:
        return ConnectionCheck(Verdict.SANDBOX, translate(
            "ConnectionTest", "No address and no key: the station uses its built-in sandbox "
            "(demo data, nothing reaches REVER). Type REVER's address and key to test them."))
    if not api_url:
        return ConnectionCheck(Verdict.NO_ADDRESS, translate(
            "ConnectionTest", "No API address: type REVER's address (https://…) first."))
    try:
        base = check_url(api_url)
    except errors.InvalidAddress as exc:
        return ConnectionCheck(Verdict.INVALID_ADDRESS, exc.operator_message)
    except errors.InsecureUrl:
        return ConnectionCheck(Verdict.NOT_HTTPS, translate(
            "ConnectionTest", "Not https: the address must start with https:// (plain http "
            "only for this computer, 127.0.0.1 or localhost). Nothing was sent."))
    if not key:
        return ConnectionCheck(Verdict.NO_KEY, translate(
            "ConnectionTest", "No API key for this address: type the key to test it."))
    try:
        check_api_key(key, translate("ConnectionTest", "the key field"))
    except errors.NotConfigured as exc:
        return ConnectionCheck(Verdict.WRONG_KEY, exc.operator_message)
    client = ReverAdminClient(
        Transport(base, key, retry=ONE_TRY, timeout=TEST_TIMEOUT, transport=transport,
                  attempt_deadline=TEST_DEADLINE_S),
        ecommerce_id=ecommerce_id.strip(), group=group.strip())
    try:
        seen, more = await _count(client)
    except errors.ApiError as exc:
        log.info("connection test: %s", exc.log_text())
        return _failure(exc, ecommerce_id.strip() or group.strip())
    finally:
        await client.aclose()
    log.info("connection test: OK, %d%s returns", seen, "+" if more else "")
    if not seen:
        return _no_returns(ecommerce_id.strip(), group.strip())
    if more:
        text = translate("ConnectionTest", "OK: REVER answered; more than %n returns visible.",
                         "", seen)
    else:
        text = translate("ConnectionTest", "OK: REVER answered; %n return(s) visible.", "", seen)
    return ConnectionCheck(Verdict.OK, text)


async def _count(client: ReverAdminClient) -> tuple[int, bool]:
    """The returns the key sees, up to :data:`COUNT_PAGES` pages; True when there are more."""
    seen = 0
    pages = 0
    async for page in client.iter_pages(max_pages=COUNT_PAGES + 1, page_size=PAGE_SIZE):
        seen += len(page.processes)
        pages += 1
        if page.next_page_token and pages >= COUNT_PAGES:
            return seen, True
    return seen, False


def _no_returns(ecommerce_id: str, group: str) -> ConnectionCheck:
    if ecommerce_id:
        text = translate("ConnectionTest", "REVER answered, but shows no returns for "
                         "e-commerce “{scope}”: check the e-commerce id or group.")
    elif group:
        text = translate("ConnectionTest", "REVER answered, but shows no returns for "
                         "e-commerce group “{scope}”: check the group or the e-commerce id.")
    else:
        text = translate("ConnectionTest", "REVER answered, but shows no returns: set the "
                         "e-commerce id or group of this station.")
    return ConnectionCheck(Verdict.NO_RETURNS,
                           text.format(scope=_shown(ecommerce_id or group)))


def _failure(error: errors.ApiError, scope: str) -> ConnectionCheck:
    """What ``error`` means to a lead testing the settings."""
    if isinstance(error, errors.CertificateInvalid):
        return ConnectionCheck(Verdict.BAD_CERTIFICATE, translate(
            "ConnectionTest", "Bad certificate: the address answered with a certificate that "
            "is not valid ({reason}). Check the address; if it is right, someone may be "
            "intercepting the connection: tell IT.").format(reason=error.reason or "refused"))
    if isinstance(error, errors.InsecureUrl):
        return ConnectionCheck(Verdict.NOT_HTTPS, error.operator_message)
    if isinstance(error, errors.Forbidden):
        if scope:
            text = translate("ConnectionTest", "Forbidden: REVER knows the key but it is not "
                             "allowed for the e-commerce “{scope}” (HTTP 403). Check the "
                             "e-commerce id or group, or ask REVER for a key that may.")
        else:
            text = translate("ConnectionTest", "Forbidden: REVER knows the key but it is not "
                             "allowed to read returns (HTTP 403). Ask REVER for a key that may.")
        return ConnectionCheck(Verdict.FORBIDDEN, text.format(scope=_shown(scope)))
    if isinstance(error, errors.AuthError):
        return ConnectionCheck(Verdict.WRONG_KEY, translate(
            "ConnectionTest", "Wrong key: REVER refused the API key (HTTP 401). Paste the key "
            "again, whole."))
    if isinstance(error, errors.RequestTimeout):
        return ConnectionCheck(Verdict.TIMEOUT, translate(
            "ConnectionTest", "Unreachable: the address did not answer in time. Check the "
            "address and the network."))
    if isinstance(error, errors.NetworkUnreachable):
        return ConnectionCheck(Verdict.UNREACHABLE, translate(
            "ConnectionTest", "Unreachable: no connection to the address (refused, unknown "
            "name, or no network). Check the address and the network."))
    if isinstance(error, errors.RateLimited):
        return ConnectionCheck(Verdict.BUSY, translate(
            "ConnectionTest", "The address answered that it is busy (too many requests). Try "
            "again in a moment."))
    if isinstance(error, errors.ServerError):
        return ConnectionCheck(Verdict.SERVER_ERROR, translate(
            "ConnectionTest", "REVER answered with a problem on its side (HTTP {status}). "
            "Try again in a moment.").format(status=error.status_code or "5xx"))
    if isinstance(error, errors.ListUnavailable | errors.MalformedAnswer | errors.NotFound
                  | errors.Unimplemented):
        how = f"HTTP {error.status_code}" if error.status_code else translate(
            "ConnectionTest", "an answer that is not REVER's")
        return ConnectionCheck(Verdict.NOT_REVER, translate(
            "ConnectionTest", "The address answers, but not as REVER does ({how}): it may be "
            "a web page or another service. Check the API address.").format(how=how))
    return ConnectionCheck(Verdict.OTHER, error.operator_message)


def _shown(text: str, limit: int = 60) -> str:
    shown = "".join(c if c.isprintable() else "?" for c in text)
    return shown if len(shown) <= limit else shown[:limit - 1] + "…"
