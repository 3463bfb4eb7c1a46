"""``revdesk logistics manual|order|pickup``: the logistics calls of a return, from a script.

``manual`` records a return shipped outside the platform with the carrier's label file
(``POST .../logistics/``); ``order`` asks REVER for a logistic order (``PUT .../logistics/``);
``pickup`` asks for a pickup (``POST .../pickup``). Every field and the label file are
checked before anything is sent: a refusal exits 2 and nothing is sent.

The return is read first (the assumed ``GET /v1/processes/{id}``) only to fill in what the
station knows (the customer, the order number, the e-commerce): when that read fails, the
documented call is still sent with what the command line and the settings give, and its
answer decides. [doc] Provider OPS answers a pickup or an order with "nothing generated":
exit 0, said so. Any other refusal is a failure with its exit code.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from revdesk.api import errors
from revdesk.api.models import (
    PICKUP_RANGES,
    RETURN_METHODS,
    Address,
    LogisticOrderRequest,
    ManualLogisticOrderRequest,
    PickupRequest,
    Process,
)
from revdesk.core import StationCore
from revdesk.domain.labels import CheckedLabel, LabelRefused, check_label_file
from revdesk.domain.logistics import (
    LogisticsOutcome,
    create_logistic_order,
    customer_address,
    logistic_order_request,
    manual_order_request,
    pickup_request,
    request_pickup,
    submit_manual_order,
)

from .common import EXIT_USAGE, CliError, parse_process_id, run_with_core, visible

log = logging.getLogger(__name__)
T = TypeVar("T")

#: int32 in the contract (``weight_in_grams``).
MAX_WEIGHT_GRAMS = 2**31 - 1
ADDRESS_FIELDS = tuple(Address.model_fields)


def register(sub: Any) -> None:
    parser = sub.add_parser("logistics", help="logistic orders and pickups of a return")
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

    order = actions.add_parser(
        "order", help="ask REVER for a logistic order with a provider and carrier (PUT)")
    order.add_argument("process_id", metavar="PID")
    order.add_argument("--carrier", required=True)
    order.add_argument("--provider", required=True, help="e.g. SendCloud, OPS")
    order.add_argument("--return-type", required=True, metavar="M",
                       help=", ".join(RETURN_METHODS))
    order.add_argument("--weight-grams", required=True, metavar="G", type=_weight,
                       help="the parcels' total weight in grams")
    _ranges_and_address(order, "the customer's address (the return's name and e-mail "
                               "otherwise)")
    order.set_defaults(func=run_order)

    pickup = actions.add_parser("pickup", help="ask for a pickup of the return")
    pickup.add_argument("process_id", metavar="PID")
    pickup.add_argument("--carrier", required=True)
    pickup.add_argument("--provider", required=True, help="e.g. SendCloud, OPS")
    _ranges_and_address(pickup, "the pickup address (the return's name and e-mail otherwise)")
    pickup.set_defaults(func=run_pickup)


def _ranges_and_address(parser: Any, address_help: str) -> None:
    parser.add_argument("--range", dest="ranges", action="append", default=[], metavar="R",
                        help="a pickup time range, repeatable: " + ", ".join(PICKUP_RANGES))
    parser.add_argument("--address", dest="address", action="append", default=[],
                        metavar="FIELD=VALUE",
                        help=f"{address_help}, repeatable; fields: {', '.join(ADDRESS_FIELDS)}")


def _weight(text: str) -> int:
    try:
        grams = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of grams") from None
    if not 0 <= grams <= MAX_WEIGHT_GRAMS:
        raise argparse.ArgumentTypeError(f"the weight must be 0 to {MAX_WEIGHT_GRAMS} grams")
    return grams


def parse_return_method(text: str) -> str:
    method = text.strip().upper().replace("-", "_")
    if method not in RETURN_METHODS:
        raise CliError(EXIT_USAGE, f"unknown return method {text!r}. "
                                   f"Valid methods: {', '.join(RETURN_METHODS)}")
    return method


def parse_ranges(texts: Sequence[str]) -> list[str]:
    ranges = []
    for text in texts:
        name = text.strip().upper().replace("-", "_")
        if name not in PICKUP_RANGES:
            raise CliError(EXIT_USAGE, f"unknown pickup range {text!r}. "
                                       f"Valid ranges: {', '.join(PICKUP_RANGES)}")
        ranges.append(name)
    return ranges


def parse_address(pairs: Sequence[str]) -> dict[str, str]:
    """``FIELD=VALUE`` pairs as Address fields; an unknown field or a pair without ``=`` is
    exit 2 (a typo must not silently send an empty street)."""
    fields: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or name not in ADDRESS_FIELDS:
            raise CliError(EXIT_USAGE, f"{pair!r} is not FIELD=VALUE with one of these "
                                       f"fields: {', '.join(ADDRESS_FIELDS)}")
        fields[name] = value.strip()
    return fields


async def read_first(core: StationCore, pid: str) -> Process:
    """The return as REVER's (assumed) read gives it, or only its id when that read fails:
    the documented call is sent either way. A bad key or address stops here, as it would
    stop the call itself."""
    try:
        return await core.client.get_process(pid)
    except errors.ApiError as exc:
        if errors.fails_every_call(exc):
            raise
        log.info("%s: the return could not be read first: %s", pid, exc.log_text())
        return Process(process_id=pid)


def ecommerce_of(process: Process, core: StationCore) -> str:
    """The e-commerce the request names: the return's, else the station's; exit 2 with what
    to set when neither is known (the read failed and no e-commerce id is configured)."""
    ecommerce = process.ecommerce_id or core.ecommerce_id
    if not ecommerce:
        raise CliError(EXIT_USAGE, "Not sent: REVER's read of the return did not say its "
                                   "e-commerce and the station has none set: set it in "
                                   "Settings or with REVDESK_ECOMMERCE_ID.")
    return ecommerce


def _checked(build: Callable[[], T]) -> T:
    try:
        return build()
    except errors.InvalidArgument as exc:
        raise CliError(EXIT_USAGE, f"{exc.operator_message} Nothing was sent.") from None


# -- manual ---------------------------------------------------------------------------------


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
    _build_manual(label, fields, Address(), Address())

    async def action(core: StationCore) -> LogisticsOutcome:
        warehouse = core.settings.current.warehouse_address
        process = await read_first(core, pid)
        request = _build_manual(label, fields, customer_address(process), warehouse)
        return await submit_manual_order(core.client, request, audit=core.audit)

    outcome = run_with_core(action)
    # REVER's id and what was typed (sent as given) shown as every output is: visible.
    order_id = visible(outcome.order.id) if outcome.order else ""
    print(f"{pid}: manual logistic order {order_id or '(no id)'} saved "
          f"({visible(args.carrier)}, tracking {visible(args.tracking_id)}, "
          f"{label.extension} label)")
    return 0


def _build_manual(label: CheckedLabel, fields: dict[str, str], sender: Address,
                  warehouse: Address) -> ManualLogisticOrderRequest:
    return _checked(lambda: manual_order_request(label, from_address=sender,
                                                 to_address=warehouse, **fields))


# -- order (PUT) ----------------------------------------------------------------------------


def run_order(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)
    return_type = parse_return_method(args.return_type)
    ranges = parse_ranges(args.ranges)
    address = parse_address(args.address)

    def build(process: Process, ecommerce_id: str, group: str,
              warehouse: Address) -> LogisticOrderRequest:
        customer = customer_address(process).model_copy(update=address)
        return _checked(lambda: logistic_order_request(
            process, carrier=args.carrier, provider=args.provider, return_type=return_type,
            weight_in_grams=args.weight_grams, customer_address=customer,
            warehouse_address=warehouse, pickup_ranges=ranges, ecommerce_id=ecommerce_id,
            ecommerce_group=group))

    # The fields the command line gives are checked before the backend is opened.
    build(Process(process_id=pid), "-", "", Address())

    async def action(core: StationCore) -> LogisticsOutcome:
        settings = core.settings.current
        process = await read_first(core, pid)
        request = build(process, ecommerce_of(process, core), settings.ecommerce_group,
                        settings.warehouse_address)
        return await create_logistic_order(core.client, request, audit=core.audit)

    outcome = run_with_core(action)
    if not outcome.generated:
        print(f"{pid}: nothing was generated: provider {visible(args.provider)} handles it "
              "outside REVER")
        return 0
    order = outcome.order
    order_id = visible(order.id) if order is not None else ""
    price = (f", {order.price:g} {visible(order.currency_code)}".rstrip()
             if order is not None and order.price else "")
    print(f"{pid}: logistic order {order_id or '(no id)'} created "
          f"({visible(args.carrier)} via {visible(args.provider)}, {return_type}{price})")
    return 0


# -- pickup ---------------------------------------------------------------------------------


def run_pickup(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)
    # No range given is "no preference" (NO_RANGE), as in the window's pickup dialog.
    ranges = parse_ranges(args.ranges) or ["NO_RANGE"]
    address = parse_address(args.address)

    def build(process: Process, ecommerce_id: str) -> PickupRequest:
        where = customer_address(process).model_copy(update=address)
        return _checked(lambda: pickup_request(
            process, carrier=args.carrier, provider=args.provider, pickup_ranges=ranges,
            pickup_address=where, ecommerce_id=ecommerce_id))

    build(Process(process_id=pid), "-")

    async def action(core: StationCore) -> LogisticsOutcome:
        process = await read_first(core, pid)
        return await request_pickup(core.client, build(process, ecommerce_of(process, core)),
                                    audit=core.audit)

    outcome = run_with_core(action)
    if not outcome.generated:
        print(f"{pid}: nothing was generated: provider {visible(args.provider)} handles it "
              "outside REVER")
        return 0
    pickup = outcome.pickup
    pickup_id = visible(pickup.id) if pickup is not None else ""
    print(f"{pid}: pickup {pickup_id or '(no id)'} requested ({visible(args.carrier)} via "
          f"{visible(args.provider)}, {', '.join(ranges)})")
    return 0
