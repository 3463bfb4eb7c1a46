"""``revdesk order show ORDER_ID``: what should be in a parcel, from the merchant's platform
(seed 004). Exit 3 when the platform does not know the order, 5 when it cannot be reached
or is failing, 2 when no platform is set up (4 when it refuses the station's key)."""

from __future__ import annotations

import argparse
from typing import Any

from revdesk.api import errors
from revdesk.api.models import MerchantOrder, OrderLineItem
from revdesk.core import StationCore
from revdesk.domain.parcel_contents import (
    ContentsKind,
    ParcelContents,
    item_name,
    returnable_text,
)
from revdesk.i18n import translate

from .common import (
    EXIT_AUTH,
    EXIT_NOT_FOUND,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    CliError,
    print_json,
    run_with_core,
    visible,
)

#: An order id longer than this is no id: refused before anything is sent.
MAX_ORDER_ID = 200


def register(sub: Any) -> None:
    parser = sub.add_parser("order", help="an order on the merchant's platform")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", help="the order's line items: what the return's parcel should hold")
    show.add_argument("order_id", metavar="ORDER_ID",
                      help="the order's internal id (a return's order id, as REVER gives it)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)


def parse_order_id(text: str) -> str:
    order_id = text.strip()
    if not order_id or len(order_id) > MAX_ORDER_ID or not order_id.isprintable():
        raise CliError(EXIT_USAGE, translate("OrderCli", "“{text}” is not an order id.").format(
            text=visible(text[:60])))
    return order_id


def _columns() -> tuple[str, ...]:
    return (translate("OrderCli", "ITEM"), translate("OrderCli", "VARIANT"),
            translate("OrderCli", "SKU"), translate("OrderCli", "QTY"),
            translate("OrderCli", "RETURNABLE"))


def _row(item: OrderLineItem) -> tuple[str, ...]:
    # Spelled out before the widths are measured: the columns line up with what is shown.
    return tuple(visible(cell) for cell in (item_name(item), item.variant_name, item.sku,
                                            str(item.quantity), returnable_text(item)))


def format_order(order: MerchantOrder) -> str:
    """The order as text: a few lines about it, then one row per line item; every value
    from the platform through :func:`visible` (a line break never makes a row)."""
    v = visible
    customer = order.customer_info
    lines = [
        translate("OrderCli", "Order        {number} (id {id})").format(
            number=v(order.order_number), id=v(order.order_id)),
        translate("OrderCli", "Customer     {name} <{email}>").format(
            name=v(customer.full_name), email=v(customer.email)),
        translate("OrderCli", "Purchased    {when}").format(when=v(order.purchased_at)),
        "",
    ]
    rows = [_columns(), *(_row(i) for i in order.line_items)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
              for r in rows]
    lines.append(_counts(order))
    return "\n".join(lines)


def _counts(order: MerchantOrder) -> str:
    pieces = sum(i.quantity for i in order.line_items)
    lines = len(order.line_items)  # a bare name: lupdate drops a count given as an expression
    return (translate("OrderCli", "%n line(s)", "", lines) + ", "
            + translate("OrderCli", "%n item(s) in all", "", pieces))


def as_json(order: MerchantOrder) -> dict[str, Any]:
    return {
        "order_id": order.order_id, "order_number": order.order_number,
        "customer": order.customer_info.full_name, "email": order.customer_info.email,
        "purchased_at": order.purchased_at,
        "items": [{"name": item_name(i), "variant": i.variant_name, "sku": i.sku,
                   "quantity": i.quantity, "returnable": i.is_returnable,
                   "non_returnable_reason": i.non_returnable_reason,
                   "picture_url": i.picture_url} for i in order.line_items],
    }


def _exit_for(contents: ParcelContents) -> int:
    if contents.kind is ContentsKind.ORDER_UNKNOWN:
        return EXIT_NOT_FOUND
    if contents.kind is ContentsKind.NOT_CONFIGURED:
        return EXIT_AUTH if isinstance(contents.error, errors.AuthError) else EXIT_USAGE
    return EXIT_UNAVAILABLE


def run_show(args: argparse.Namespace) -> int:
    order_id = parse_order_id(args.order_id)

    async def action(core: StationCore) -> ParcelContents:
        return await core.parcels.for_order(order_id)

    contents = run_with_core(action, reads_only=True)
    if contents.order is None:
        raise CliError(_exit_for(contents), contents.message)
    if args.json:
        print_json(as_json(contents.order))
    else:
        print(format_order(contents.order))
    return 0
