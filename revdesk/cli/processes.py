"""``revdesk processes list|show``: find returns from a script."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from revdesk.api import errors
from revdesk.api.models import LineItem, LogisticsSummary, Process
from revdesk.core import StationCore

from .common import (
    exit_code_for,
    parse_process_id,
    parse_status,
    print_json,
    run_with_core,
    visible,
)

COLUMNS = ("PROCESS", "ORDER", "CUSTOMER", "STATUS", "METHOD", "CARRIER", "TRACKING", "CREATED")


def register(sub: Any) -> None:
    parser = sub.add_parser("processes", help="list and show returns")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="list returns (follows every page)")
    lst.add_argument("--status", help="only this shipping status")
    lst.add_argument("--search", default="", help="process id, order number, customer, tracking")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(func=run_list)
    show = actions.add_parser("show", help="show one return")
    show.add_argument("process_id", metavar="PID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)


def _row(p: Process, accounts: bool = False) -> tuple[str, ...]:
    # Spelled out before the widths are measured: the columns line up with what is shown.
    return tuple(visible(cell) for cell in (
        p.process_id, p.order_number, p.customer.full_name, p.shipping_status,
        p.return_method, p.carrier, p.tracking_id, p.created_at[:10],
        *((p.account,) if accounts else ())))


def format_table(processes: list[Process]) -> str:
    """The returns as a table; with an account column when the station holds several
    REVER accounts (its rows name one)."""
    accounts = any(p.account for p in processes)
    header = (*COLUMNS, "ACCOUNT") if accounts else COLUMNS
    rows = [header, *(_row(p, accounts) for p in processes)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in rows)


def run_list(args: argparse.Namespace) -> int:
    status = parse_status(args.status) if args.status else ""

    async def action(core: StationCore) -> tuple[list[Process], list[errors.ApiError]]:
        rows = await core.client.all_processes(shipping_status=status, query=args.search)
        # A desk of several accounts lists the others' returns when one cannot be read.
        return rows, list(getattr(core.client, "unavailable", []))

    processes, unavailable = run_with_core(action, reads_only=True)
    if args.json:
        print_json([_json(p) for p in processes])
    else:
        print(format_table(processes))
        print(f"{len(processes)} return(s)")
    for problem in unavailable:
        print(f"revdesk: not listed: {visible(problem.operator_message)}", file=sys.stderr)
    # Incomplete is not success: a script must not take the list for the whole.
    return exit_code_for(unavailable[0]) if unavailable else 0


def _json(p: Process) -> dict[str, Any]:
    """The return as REVER gave it, and, at a station of several accounts, whose it is."""
    data = p.model_dump(mode="json")
    if p.account:
        data["account"] = p.account
    return data


def _item_line(item: LineItem) -> str:
    variant = f" – {visible(item.variant_name)}" if item.variant_name else ""
    return f"  {item.quantity} x {visible(item.name)}{variant} ({visible(item.sku)})"


def format_detail(p: Process, logistics: LogisticsSummary | None) -> str:
    """The return as text, one line per field; every value from REVER through
    :func:`visible` (a line break in one never makes a line of its own)."""
    v = visible
    lines = [
        f"Process      {v(p.process_id)}",
        *([f"Account      {v(p.account)}"] if p.account else []),
        f"Order        {v(p.order_number)} (id {v(p.order_id)})",
        f"Customer     {v(p.customer.full_name)} <{v(p.customer.email)}>",
        f"Status       {v(p.shipping_status)}",
        f"Method       {v(p.return_method)}",
        f"Carrier      {v(p.carrier)}   tracking {v(p.tracking_id)}",
        f"Created      {v(p.created_at)}",
    ]
    if logistics is not None:
        lines.append(f"Logistics    {v(logistics.status)}, {v(logistics.carrier)} "
                     f"{v(logistics.tracking_id)} {v(logistics.tracking_url)}".rstrip())
    lines.append("Items:")
    lines += [_item_line(i) for i in p.line_items] or ["  (none)"]
    for key, value in p.unknown_fields.items():
        lines.append(f"{v(key):<12} {v(str(value))}")
    return "\n".join(lines)


def run_show(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)

    async def action(core: StationCore) -> tuple[Process, LogisticsSummary | None]:
        process, logistics = await asyncio.gather(
            core.client.get_process(pid), core.client.get_logistics(pid),
            return_exceptions=True,
        )
        if isinstance(process, BaseException):
            raise process
        # The summary is a bonus: a return without logistics yet is still shown.
        if isinstance(logistics, errors.ApiError):
            return process, None
        if isinstance(logistics, BaseException):
            raise logistics
        return process, logistics

    process, logistics = run_with_core(action, reads_only=True)
    if args.json:
        print_json(_json(process))
    else:
        print(format_detail(process, logistics))
    return 0
