"""Walk-in returns: a customer at the desk with an order and no parcel label. The station
starts a return intent for them with the Storefront API ([doc] ``POST /returns/intent/start``,
e-mail + order number) and prints a slip whose QR code the customer finishes it with.

Qt-free: the window's dialog and ``revdesk walkin start`` both run :class:`WalkinService`.
The form is checked before anything is sent; the answer becomes one :class:`WalkinResult`
in the operator's words. The ``customer_token`` is the customer's secret: it goes into the
QR code and nowhere else (no log, no repr, no message, no CLI output).
"""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from revdesk.api import errors, routes
from revdesk.i18n import translate

from .audit import FAILED, OK, WALKIN_RETURN
from .label_text import label_text

if TYPE_CHECKING:
    from revdesk.api.models import ReturnIntent
    from revdesk.api.storefront import StorefrontClient

    from .audit import AuditLog
    from .qr_slip import QrSlip

log = logging.getLogger(__name__)

__all__ = ["FormProblem", "WalkinOutcome", "WalkinResult", "WalkinService", "check_form",
           "clean_order_number", "qr_payload", "walkin_slip"]

#: Longest e-mail address (RFC 5321's path limit) and order number the form takes.
MAX_EMAIL = 254
MAX_ORDER_NUMBER = 64
# One @, something before it, a dot in the domain, no spaces: enough to catch a scan or a
# typo in the wrong field; the platform decides whether the address is the order's.
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
#: Items listed on the slip; more are counted.
_SLIP_ITEMS = 4
#: [gRPC 9 FAILED_PRECONDITION] the sandbox's refusal of an e-mail that is not the order's
#: [sandbox assumption]: the document names no refusal.
_EMAIL_MISMATCH_CODE = 9


class WalkinOutcome(enum.Enum):
    STARTED = "started"
    ORDER_NOT_FOUND = "order_not_found"
    EMAIL_MISMATCH = "email_mismatch"
    PLATFORM_DOWN = "platform_down"
    REFUSED = "refused"
    NOT_AVAILABLE = "not_available"


@dataclass(frozen=True)
class FormProblem:
    """A field of the form the operator must fix before anything is sent."""

    field: str  # "email" or "order_number"
    message: str


@dataclass(frozen=True)
class WalkinResult:
    outcome: WalkinOutcome
    message: str
    email: str = ""
    order_number: str = ""
    return_id: str = ""
    order_id: str = ""
    currency: str = ""
    #: "2 × Linen shirt (M) · SKU-1": the order's items as the answer listed them.
    items: tuple[str, ...] = ()
    #: The customer's secret for finishing the return: only for the QR code.
    customer_token: str = field(default="", repr=False)
    started_at: datetime | None = None

    @property
    def started(self) -> bool:
        return self.outcome is WalkinOutcome.STARTED


def clean_order_number(text: str) -> str:
    """An order number as typed or scanned: one printable line, spaces around it gone (a
    scanner's suffix, a pasted line break)."""
    return label_text(text).strip()


def check_form(email: str, order_number: str) -> list[FormProblem]:
    """What stops the form from being sent, in the operator's words (empty: it can go)."""
    problems = []
    email = email.strip()
    order = clean_order_number(order_number)
    if not email:
        problems.append(FormProblem("email", translate(
            "Walkin", "Type the e-mail address the customer ordered with.")))
    elif len(email) > MAX_EMAIL or not email.isprintable() or not _EMAIL.fullmatch(email):
        # isprintable: \s lets an ESC, a NUL or a bidi override (U+202E) through the pattern.
        problems.append(FormProblem("email", translate(
            "Walkin", "This is not an e-mail address: check it with the customer.")))
    if not order:
        problems.append(FormProblem("order_number", translate(
            "Walkin", "Scan or type the order number (on the receipt or the order e-mail).")))
    elif len(order) > MAX_ORDER_NUMBER or "\ufffd" in order:
        problems.append(FormProblem("order_number", translate(
            "Walkin", "This is not an order number: scan or type it again.")))
    elif _EMAIL.fullmatch(order):
        problems.append(FormProblem("order_number", translate(
            "Walkin", "This is an e-mail address: it goes in the e-mail field.")))
    return problems


def qr_payload(result: WalkinResult, portal_url: str) -> str:
    """What the slip's QR code carries: the returns page (``portal_url``) with the return
    id and the customer's token [assumed: no document gives the page]; without a page, the
    two alone, as a query string the shop's customer service can read."""
    query = urlencode({routes.PORTAL_RETURN_ID: result.return_id,
                       routes.PORTAL_CUSTOMER_TOKEN: result.customer_token})
    portal = portal_url.strip()
    if not portal or urlsplit(portal).scheme not in ("https", "http"):
        return query
    return f"{portal}{'&' if '?' in portal else '?'}{query}"


def walkin_slip(result: WalkinResult, *, portal_url: str, station: str = "") -> QrSlip:
    """The slip the customer takes home: what was started and how to finish it."""
    when = (result.started_at or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M")
    lines = [
        translate("Walkin", "Order {order}").format(order=result.order_number),
        translate("Walkin", "Return {return_id}").format(return_id=result.return_id),
        translate("Walkin", "Started {when}").format(when=when),
        "",
    ]
    lines += list(result.items[:_SLIP_ITEMS])
    if len(result.items) > _SLIP_ITEMS:
        more = len(result.items) - _SLIP_ITEMS  # a bare name, for lupdate
        lines.append(translate("Walkin", "and %n more item(s)", "", more))
    lines.append("")
    if portal_url.strip():
        lines.append(translate(
            "Walkin", "Scan this code with your phone to finish your return: choose the "
            "items and how you are refunded."))
    else:
        lines.append(translate(
            "Walkin", "Keep this slip: to finish your return, contact the shop's customer "
            "service with this return number; they read the code below."))
    footer = "revdesk" + (f" · {station}" if station else "")
    from .qr_slip import QrSlip  # with intake_label's fonts: on the first slip, not at start-up

    return QrSlip(translate("Walkin", "Your return is started"), tuple(lines),
                  qr_payload(result, portal_url), footer=footer,
                  name=f"{result.return_id}-walkin")


class WalkinService:
    """Starts walk-in returns on the station's Storefront API (None: the station has none)."""

    def __init__(self, storefront: Callable[[], StorefrontClient | None], *,
                 audit: AuditLog | None = None) -> None:
        self._storefront = storefront
        #: Each start sent is recorded there: the return started, or refused with why
        #: (the order number, never the e-mail nor the customer's token).
        self.audit = audit

    @property
    def available(self) -> bool:
        return self._storefront() is not None

    async def start(self, email: str, order_number: str) -> WalkinResult:
        """Check the form, start the intent, and say what happened. Never raises an
        ApiError: every answer is an outcome (a form problem raises ValueError)."""
        email = email.strip()
        order = clean_order_number(order_number)
        problems = check_form(email, order)
        if problems:
            raise ValueError(" ".join(p.message for p in problems))
        storefront = self._storefront()
        if storefront is None:
            return WalkinResult(WalkinOutcome.NOT_AVAILABLE, translate(
                "Walkin", "This station has no Storefront API address: walk-in returns "
                "cannot be started here. Ask the warehouse lead."), email, order)
        try:
            intent = await storefront.start_return_intent(email, order)
        except errors.ApiError as exc:
            log.info("walk-in return for order %r not started: %s", order, exc.log_text())
            outcome, message = _refusal(exc, email, order)
            self._record(order, FAILED, message)
            return WalkinResult(outcome, message, email, order)
        log.info("walk-in return %s started for order %r", intent.order.return_id, order)
        result = _started(intent, email, order)
        self._record(order, OK, "", result.return_id)
        return result

    def _record(self, order: str, result: str, why: str, return_id: str = "") -> None:
        if self.audit is None:
            return
        detail = "; ".join(p for p in (f"order {order}", why) if p)
        try:
            self.audit.record(WALKIN_RETURN, process_id=return_id, new=return_id,
                              result=result, detail=detail)
        except Exception:  # the log is a record of the work, never a reason for it to fail
            log.exception("audit: could not record a walk-in return")


def _started(intent: ReturnIntent, email: str, order: str) -> WalkinResult:
    items = tuple(label_text(
        f"{item.quantity} × {item.name}" + (f" ({item.variant_name})" if item.variant_name
                                           else "") + (f" · {item.sku}" if item.sku else ""))
        for item in intent.order.line_items)
    return_id = label_text(intent.order.return_id)
    return WalkinResult(
        WalkinOutcome.STARTED,
        translate("Walkin", "Return {return_id} started for order {order}: give the customer "
                  "the slip.").format(return_id=return_id, order=order),
        email, order, return_id=return_id, order_id=label_text(intent.order.id),
        currency=label_text(intent.order.currency), items=items,
        customer_token=intent.order.customer_token,
        started_at=datetime.now().astimezone())


def _refusal(exc: errors.ApiError, email: str, order: str) -> tuple[WalkinOutcome, str]:
    if isinstance(exc, errors.NotFound):
        return WalkinOutcome.ORDER_NOT_FOUND, translate(
            "Walkin", "The shop has no order {order}: check the number on the customer's "
            "receipt or order e-mail. Nothing was started.").format(order=order)
    if isinstance(exc, errors.InvalidArgument) and exc.grpc_code == _EMAIL_MISMATCH_CODE:
        return WalkinOutcome.EMAIL_MISMATCH, translate(
            "Walkin", "Order {order} was not placed with {email}: ask the customer for the "
            "e-mail they ordered with. Nothing was started.").format(order=order, email=email)
    if exc.transient:
        return WalkinOutcome.PLATFORM_DOWN, translate(
            "Walkin", "The returns platform cannot be reached now: no return was confirmed. "
            "Try again in a moment.")
    if isinstance(exc, errors.MalformedAnswer):
        return WalkinOutcome.REFUSED, translate(
            "Walkin", "The returns platform sent an answer the station cannot read: no slip "
            "can be printed. Try again, or tell the warehouse lead.")
    return WalkinOutcome.REFUSED, exc.operator_message
