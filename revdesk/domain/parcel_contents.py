"""What should be in a parcel: the order's line items from the merchant's platform
(seed 004, ``GET /rever/orders/{order_id}``), for the operator to check the contents.

The order is the return's, as the station knows it from the return itself
(``Process.order_id``: the platform's internal order id, which is what the path takes).
Every answer is one :class:`ParcelContents` with its :class:`ContentsKind`; nothing raises
but a bug. The pictures are :mod:`revdesk.domain.pictures`'.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

from revdesk.api import errors
from revdesk.api.merchant import MerchantClient
from revdesk.api.models import MerchantOrder, OrderLineItem, Process
from revdesk.i18n import translate

log = logging.getLogger(__name__)


class ContentsKind(Enum):
    #: The order's line items.
    CONTENTS = "contents"
    #: The platform answered 404: it does not know this order.
    ORDER_UNKNOWN = "order_unknown"
    #: The platform cannot be reached, fails (5xx), is too slow or answers what the station
    #: cannot read: trying again later may work.
    UNAVAILABLE = "unavailable"
    #: No platform configured, its key missing or refused, its address unusable: the lead.
    NOT_CONFIGURED = "not_configured"
    #: The return names no order, so there is nothing to ask.
    NO_ORDER = "no_order"


@dataclass(frozen=True)
class ParcelContents:
    process_id: str
    order_id: str
    kind: ContentsKind
    order: MerchantOrder | None = None
    #: What to tell the operator when there are no contents ("" with them).
    message: str = ""
    error: errors.ApiError | None = None

    @property
    def items(self) -> list[OrderLineItem]:
        return self.order.line_items if self.order is not None else []


def item_name(item: OrderLineItem) -> str:
    """How a line item is named at the desk: its product, else its SKU, else its id."""
    return item.product.name or item.sku or item.id


def returnable_text(item: OrderLineItem) -> str:
    """Whether the shop takes the item back, in the operator's words."""
    if item.is_returnable is None:
        return translate("ParcelContents", "not said")
    if item.is_returnable:
        return translate("ParcelContents", "yes")
    reason = {
        2: translate("ParcelContents", "no (already returned)"),
        3: translate("ParcelContents", "no (shop policy)"),
        4: translate("ParcelContents", "no (not sent yet)"),
        5: translate("ParcelContents", "no (return period over)"),
    }.get(item.non_returnable_reason or 0)
    return reason or translate("ParcelContents", "no")


def _kind_of(error: errors.ApiError) -> ContentsKind:
    if isinstance(error, errors.NotFound):
        return ContentsKind.ORDER_UNKNOWN
    if errors.fails_every_call(error) or isinstance(error, errors.AuthError):
        return ContentsKind.NOT_CONFIGURED
    return ContentsKind.UNAVAILABLE


def _message(kind: ContentsKind, order: str, error: errors.ApiError | None) -> str:
    if kind is ContentsKind.ORDER_UNKNOWN:
        return translate("ParcelContents", "The merchant's platform does not know order "
                         "{order}: check the parcel against the return's items.").format(
                             order=order)
    if kind is ContentsKind.NOT_CONFIGURED:
        if isinstance(error, errors.AuthError):
            return translate("ParcelContents", "The merchant's platform refused the station's "
                             "key. Ask the warehouse lead to check the merchant key.")
        if error is not None and not isinstance(error, errors.NotConfigured):
            return translate("ParcelContents", "The merchant's platform cannot be asked: "
                             "{reason}").format(reason=error.operator_message)
        if error is not None:
            return error.operator_message
        return translate("ParcelContents", "No merchant platform is set up, so the order's "
                         "contents cannot be shown.")
    if kind is ContentsKind.NO_ORDER:
        return translate("ParcelContents", "This return names no order: there are no contents "
                         "to check.")
    if isinstance(error, errors.MalformedAnswer):
        return translate("ParcelContents", "The merchant's platform sent an answer the "
                         "station cannot read for order {order}. Try again later.").format(
                             order=order)
    return translate("ParcelContents", "The merchant's platform cannot be reached or is "
                     "failing right now. Try again in a moment; the rest of the return is "
                     "unaffected.")


class ParcelContentsService:
    """Asks the merchant platform for a return's order. ``merchant`` None: none configured
    (``problem`` says why, when an address is set but cannot be used)."""

    def __init__(self, merchant: MerchantClient | None,
                 problem: errors.ApiError | None = None) -> None:
        self.merchant = merchant
        self.problem = problem

    @property
    def configured(self) -> bool:
        return self.merchant is not None

    async def for_process(self, process: Process) -> ParcelContents:
        """The contents of ``process``'s order, or why there are none."""
        return await self.for_order(process.order_id.strip(), process_id=process.process_id,
                                    order_number=process.order_number)

    async def for_order(self, order_id: str, *, process_id: str = "",
                        order_number: str = "") -> ParcelContents:
        shown = order_number or order_id
        if self.merchant is None:
            kind = ContentsKind.NOT_CONFIGURED
            return ParcelContents(process_id, order_id, kind,
                                  message=_message(kind, shown, self.problem), error=self.problem)
        if not order_id:
            kind = ContentsKind.NO_ORDER
            return ParcelContents(process_id, order_id, kind, message=_message(kind, shown, None))
        try:
            order = await self.merchant.get_order(order_id)
        except errors.ApiError as exc:
            log.info("merchant order %s: %s", order_id, exc.log_text())
            kind = _kind_of(exc)
            return ParcelContents(process_id, order_id, kind, message=_message(kind, shown, exc),
                                  error=exc)
        if order.order_id and order.order_id != order_id:
            # Another order's items would have the operator pass a wrong parcel as right.
            error = errors.MalformedAnswer(detail=f"asked for order {order_id!r}, the answer "
                                                  f"is order {order.order_id[:40]!r}")
            log.info("merchant order %s: %s", order_id, error.log_text())
            return ParcelContents(process_id, order_id, ContentsKind.UNAVAILABLE, error=error,
                                  message=_message(ContentsKind.UNAVAILABLE, shown, error))
        return ParcelContents(process_id, order_id, ContentsKind.CONTENTS, order)
