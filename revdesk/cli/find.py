"""``revdesk find ORDER_NUMBER``: the active returns of an order, from the Storefront API
([doc] ``GET /returns?order_ids=``; [assumed] an order number is looked up as an id)."""

from __future__ import annotations

import argparse
from typing import Any

from revdesk.api import errors
from revdesk.api.models import StorefrontReturn
from revdesk.core import StationCore
from revdesk.domain.walkin import MAX_ORDER_NUMBER, clean_order_number
from revdesk.i18n import translate

from .common import EXIT_NOT_FOUND, EXIT_UNAVAILABLE, EXIT_USAGE, CliError, print_json, run_with_core, visible

COLUMNS = ("RETURN", "PROCESS", "ORDER", "ORDER ID", "STATUS", "CREATED")


def register(sub: Any) -> None:
    parser = sub.add_parser("find", help="the returns of an order (Storefront API); exit 3 if none")
    parser.add_argument("order", metavar="ORDER_NUMBER", help="order number (or order id)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    parser.set_defaults(func=run_find)


def _row(r: StorefrontReturn) -> tuple[str, ...]:
    return tuple(visible(cell) for cell in (r.return_id, r.process_id, r.order_number,
                                            r.order_id, r.status, r.created_at[:10]))


def format_table(found: list[StorefrontReturn]) -> str:
    rows = [COLUMNS, *(_row(r) for r in found)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                     for row in rows)


def run_find(args: argparse.Namespace) -> int:
    order = clean_order_number(args.order)
    if not order or len(order) > MAX_ORDER_NUMBER or "\ufffd" in order:
        raise CliError(EXIT_USAGE, translate("CliFind", "{text} is not an order number").format(
            text=visible(args.order[:80])))

    async def action(core: StationCore) -> list[StorefrontReturn]:
        storefront = core.backend.storefront if core.backend is not None else None
        if storefront is None:
            raise CliError(EXIT_UNAVAILABLE, translate(
                "CliFind", "this station has no Storefront API address (REVDESK_STOREFRONT_URL): "
                "orders cannot be looked up"))
        try:
            return await storefront.active_returns([order])
        except errors.NotFound:
            # The document's answer for an order without returns is an empty list: a 404 is
            # the address having no look-up at all, never "none" (exit 3).
            raise CliError(EXIT_UNAVAILABLE, translate(
                "CliFind", "the Storefront API address has no order look-up (it answered "
                "\"not found\"): check REVDESK_STOREFRONT_URL")) from None

    found = run_with_core(action, reads_only=True)
    if args.json:
        print_json([r.model_dump(mode="json") for r in found])
    elif found:
        print(format_table(found))
        returns = len(found)  # a bare name: lupdate drops a count given as an expression
        print(translate("CliFind", "%n return(s)", "", returns))
    if not found:
        raise CliError(EXIT_NOT_FOUND, translate(
            "CliFind", "no active return for order {order}").format(order=visible(order)))
    return 0
