"""``revdesk logistics manual``: a manual logistic order with the carrier's label file.

The file is checked before anything else: a refused file exits 2 with the reason and
nothing is sent.
"""

from __future__ import annotations

import argparse
from typing import Any

from revdesk.api import errors
from revdesk.api.models import RETURN_METHODS, Address, ManualLogisticOrderRequest
from revdesk.core import StationCore
from revdesk.domain.labels import CheckedLabel, LabelRefused, check_label_file
from revdesk.domain.logistics import (
    LogisticsOutcome,
    customer_address,
    manual_order_request,
    submit_manual_order,
)

from .common import EXIT_USAGE, CliError, parse_process_id, run_with_core, visible


def register(sub: Any) -> None:
    parser = sub.add_parser("logistics", help="logistic orders of a return")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    manual = actions.add_parser(
        "manual", help="record a return shipped outside the platform, with its label file"
    )
    manual.add_argument("process_id", metavar="PID")
    manual.add_argument("--label", required=True, metavar="FILE", help="PDF, PNG or JPG")
    manual.add_argument("--carrier", required=True)
    manual.add_argument("--provider", required=True)
    manual.add_argument("--return-method", required=True, metavar="M",
                        help=", ".join(RETURN_METHODS))
    manual.add_argument("--tracking-id", required=True, metavar="T")
    manual.add_argument("--tracking-url", default="", metavar="U")
    manual.set_defaults(func=run_manual)


def parse_return_method(text: str) -> str:
    method = text.strip().upper().replace("-", "_")
    if method not in RETURN_METHODS:
        raise CliError(EXIT_USAGE, f"unknown return method {text!r}. "
                                   f"Valid methods: {', '.join(RETURN_METHODS)}")
    return method


def run_manual(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)
    method = parse_return_method(args.return_method)
    try:
        label = check_label_file(args.label)
    except LabelRefused as exc:
        raise CliError(EXIT_USAGE, f"{args.label}: {exc} Nothing was sent.") from None
    fields = {"process_id": pid, "carrier": args.carrier, "provider": args.provider,
              "return_method": method, "tracking_id": args.tracking_id,
              "tracking_url": args.tracking_url}
    # Every field is checked before the backend is even opened.
    _build(label, fields, Address(), Address())

    async def action(core: StationCore) -> LogisticsOutcome:
        warehouse = core.settings.current.warehouse_address
        process = await core.client.get_process(pid)
        request = _build(label, fields, customer_address(process), warehouse)
        return await submit_manual_order(core.client, request, audit=core.audit)

    outcome = run_with_core(action)
    if not outcome.generated:
        print(f"{pid}: nothing was generated (provider OPS handles it outside REVER)")
    else:
        # REVER's id and what was typed (sent as given) shown as every output is: visible.
        order_id = visible(outcome.order.id) if outcome.order else ""
        print(f"{pid}: manual logistic order {order_id or '(no id)'} saved "
              f"({visible(args.carrier)}, tracking {visible(args.tracking_id)}, "
              f"{label.extension} label)")
    return 0


def _build(label: CheckedLabel, fields: dict[str, str], sender: Address,
           warehouse: Address) -> ManualLogisticOrderRequest:
    try:
        return manual_order_request(label, from_address=sender, to_address=warehouse, **fields)
    except errors.InvalidArgument as exc:
        raise CliError(EXIT_USAGE, f"{exc.operator_message} Nothing was sent.") from None
