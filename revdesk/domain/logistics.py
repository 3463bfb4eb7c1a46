"""Logistic orders for a return: the manual one (the carrier's label uploaded by the desk),
the one REVER creates with a provider (PUT), and a pickup.

[doc] Provider OPS answers the last two with gRPC 12 UNIMPLEMENTED: that means "nothing was
generated" and is an outcome to tell the operator, not a failure, so it comes back as a
:class:`LogisticsOutcome` with ``generated=False`` instead of an exception. Only there: the
same answer to the manual order, or to any call with another provider, or a 405 (a verb
the path does not take), is a failure raised as :class:`errors.Unimplemented`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from revdesk.api import errors
from revdesk.api.models import (
    Address,
    LogisticOrder,
    LogisticOrderAnswer,
    LogisticOrderRequest,
    ManualLogisticOrderRequest,
    ManualOrder,
    PickupAnswer,
    PickupOrder,
    PickupRequest,
    Process,
)
from revdesk.api.rever import ReverAdminClient, validated

from .audit import LABEL_UPLOAD, LOGISTIC_ORDER, PICKUP, AuditLog
from .audit_trail import audited
from .labels import CheckedLabel

if TYPE_CHECKING:
    from .process_index import ProcessIndex

log = logging.getLogger(__name__)

A = TypeVar("A")

#: [doc] The provider whose pickup and logistic order (PUT) REVER does not generate.
PROVIDER_OPS = "ops"
#: [doc] The providers the documents name (seeds 002: "SendCloud, OPS, etc"): offered to
#: the operator, not a closed list, so any other is still sent.
DOCUMENTED_PROVIDERS = ("SendCloud", "OPS")

__all__ = [
    "LogisticsOutcome",
    "TrackingCheck",
    "create_logistic_order",
    "customer_address",
    "logistic_order_request",
    "manual_order_request",
    "missing_address_fields",
    "nothing_generated",
    "pickup_request",
    "request_pickup",
    "submit_manual_order",
    "tracking_used_elsewhere",
]


@dataclass(frozen=True)
class LogisticsOutcome:
    """What a logistics call achieved. ``generated`` is False for provider OPS (gRPC 12)."""

    generated: bool
    order: LogisticOrder | None = None
    pickup: PickupOrder | None = None
    #: The technical detail of a "nothing generated" answer, for the log and a tooltip.
    detail: str = ""


def customer_address(process: Process) -> Address:
    """The parcel's sender as far as the return knows it: its customer address when REVER
    gives one, each field it leaves empty taken from the customer (name, e-mail, id). What
    is still missing the operator completes from the carrier's label."""
    c = process.customer
    given = process.customer_address
    return given.model_copy(update={
        name: value for name, value in (
            ("first_name", c.first_name), ("last_name", c.last_name), ("email", c.email),
            ("rever_id", c.rever_id))
        if value and not getattr(given, name)})


#: Countries whose addresses often have no postcode: there it is not asked for.
NO_POSTCODE_COUNTRIES = frozenset({"AE", "HK", "IE", "QA"})


def missing_address_fields(address: Address) -> list[str]:
    """What a carrier needs to ship to or from ``address`` and it lacks, in the form's
    order: "name" (a first or last name, or a company), "address_line_1", "postcode",
    "city", "country" (its name or its code). [] when it is complete enough to send."""
    missing = []
    if not (address.first_name.strip() or address.last_name.strip() or address.company.strip()):
        missing.append("name")
    if not address.address_line_1.strip():
        missing.append("address_line_1")
    country_code = address.country_code.strip().upper()
    if not address.postcode.strip() and country_code not in NO_POSTCODE_COUNTRIES:
        missing.append("postcode")
    if not address.city.strip():
        missing.append("city")
    if not (country_code or address.country.strip()):
        missing.append("country")
    return missing


@dataclass(frozen=True)
class TrackingCheck:
    """Which other returns already carry a tracking id. ``searched``: REVER was asked too
    (False when it could not be: then only the station's list was)."""

    others: list[str]
    searched: bool


async def tracking_used_elsewhere(client: ReverAdminClient, tracking_id: str, *,
                                  process_id: str, index: ProcessIndex | None = None
                                  ) -> TrackingCheck:
    """The returns other than ``process_id`` whose tracking id is ``tracking_id`` (case,
    spaces and a leading ``#`` aside): the station's list first, with no network, then
    REVER's search, exact matches only (a search also matches parts of words)."""
    from .scan_resolution import key_of

    key = key_of(tracking_id)
    if not key:
        return TrackingCheck([], searched=False)
    others: dict[str, None] = {}
    if index is not None:
        for row in index.find_key(key):
            if row.process_id != process_id and key_of(row.tracking_id) == key:
                others[row.process_id] = None
    try:
        page = await client.list_processes(query=tracking_id.strip(), page_size=50)
    except errors.ApiError as exc:  # offline, refused: the list's answer is all there is
        log.info("tracking id not searched at REVER: %s", exc.log_text())
        return TrackingCheck(list(others), searched=False)
    for process in page.processes:
        if process.process_id != process_id and key_of(process.tracking_id) == key:
            others[process.process_id] = None
    return TrackingCheck(list(others), searched=True)


# -- manual logistic order ------------------------------------------------------------------


def manual_order_request(
    label: CheckedLabel,
    *,
    process_id: str,
    carrier: str,
    provider: str,
    return_method: str,
    tracking_id: str,
    tracking_url: str = "",
    from_address: Address,
    to_address: Address,
) -> ManualLogisticOrderRequest:
    """The request for a checked label file; raises errors.InvalidArgument on a bad field.

    ``label_extension`` is the type the file's bytes proved, never its name: a ``.jpeg``
    goes as ``jpg``.
    """
    order = validated(
        ManualOrder, carrier=carrier, from_=from_address, to=to_address,
        process_id=process_id, provider=provider, return_method=return_method,
        tracking_id=tracking_id, tracking_url=tracking_url,
    )
    return validated(ManualLogisticOrderRequest, label=label.data,
                     label_extension=label.extension, order=order)


async def submit_manual_order(
    client: ReverAdminClient, request: ManualLogisticOrderRequest, *,
    audit: AuditLog | None = None,
) -> LogisticsOutcome:
    """Send the manual logistic order with its label; with ``audit``, the upload is recorded
    (ok, or failed with the operator's message) whoever sent it, the window or the CLI."""
    order = request.order
    return await audited(
        audit, LABEL_UPLOAD, [order.process_id],
        _generated(client.save_manual_logistic_order(request), order.process_id, _order_made,
                   provider=None),
        new=f"{order.carrier} {order.tracking_id}",
        detail=f"{request.label_extension} label, {len(request.label)} bytes",
        ok_detail=_outcome_detail)


#: The audit detail of an order REVER leaves to provider OPS (English in the log; History
#: translates it as it shows it).
NOTHING_GENERATED = "nothing generated (provider OPS handles it outside REVER)"


def _outcome_detail(outcome: LogisticsOutcome) -> str:
    if not outcome.generated:
        return NOTHING_GENERATED
    if outcome.order is not None and outcome.order.id:
        return f"order {outcome.order.id}"
    if outcome.pickup is not None and outcome.pickup.id:
        return f"pickup {outcome.pickup.id}"
    return ""


# -- logistic order created by REVER (PUT) --------------------------------------------------


def logistic_order_request(
    process: Process,
    *,
    carrier: str,
    provider: str,
    return_type: str,
    weight_in_grams: int,
    customer_address: Address,
    warehouse_address: Address,
    pickup_ranges: Sequence[str] = (),
    ecommerce_id: str = "",
    ecommerce_group: str = "",
) -> LogisticOrderRequest:
    """The PUT body for ``process``; raises errors.InvalidArgument on a bad field."""
    return validated(
        LogisticOrderRequest,
        carrier=carrier, customer=process.customer, customer_address=customer_address,
        ecommerce_group=ecommerce_group,
        ecommerce_id=process.ecommerce_id or ecommerce_id,
        ecommerce_order_id=process.order_id, ecommerce_warehouse_address=warehouse_address,
        order_number=process.order_number, pickup_ranges=list(pickup_ranges),
        process_id=process.process_id, provider=provider, return_type=return_type,
        weight_in_grams=weight_in_grams,
    )


async def create_logistic_order(
    client: ReverAdminClient, request: LogisticOrderRequest, *, audit: AuditLog | None = None,
) -> LogisticsOutcome:
    """Ask REVER for a logistic order; with ``audit``, recorded like a label upload."""
    return await audited(
        audit, LOGISTIC_ORDER, [request.process_id],
        _generated(client.create_logistic_order(request), request.process_id, _order_made,
                   provider=request.provider),
        new=f"{request.carrier} via {request.provider}",
        detail=f"{request.return_type}, {request.weight_in_grams} g", ok_detail=_outcome_detail)


# -- pickup ---------------------------------------------------------------------------------


def pickup_request(
    process: Process,
    *,
    carrier: str,
    provider: str,
    pickup_ranges: Sequence[str],
    pickup_address: Address,
    ecommerce_id: str = "",
) -> PickupRequest:
    """The pickup body for ``process``; raises errors.InvalidArgument on a bad field."""
    return validated(
        PickupRequest,
        carrier=carrier, customer=process.customer,
        ecommerce_id=process.ecommerce_id or ecommerce_id, pickup_address=pickup_address,
        pickup_ranges=list(pickup_ranges), process_id=process.process_id, provider=provider,
    )


async def request_pickup(
    client: ReverAdminClient, request: PickupRequest, *, audit: AuditLog | None = None,
) -> LogisticsOutcome:
    """Ask for a pickup; with ``audit``, recorded like a label upload."""
    return await audited(
        audit, PICKUP, [request.process_id],
        _generated(client.request_pickup(request), request.process_id, _pickup_made,
                   provider=request.provider),
        new=", ".join(request.pickup_ranges), detail=f"{request.carrier} via {request.provider}",
        ok_detail=_outcome_detail)


async def _generated(call: Awaitable[A], process_id: str,
                     made: Callable[[A], LogisticsOutcome], *,
                     provider: str | None) -> LogisticsOutcome:
    """The outcome of one logistics call: what ``made`` reads from its answer, or "nothing
    generated" when the call is one the document names (``provider`` given) and
    :func:`nothing_generated` says so. Every other error is raised."""
    try:
        answer = await call
    except errors.Unimplemented as exc:
        if provider is None or not nothing_generated(exc, provider):
            raise
        return _nothing_generated(exc, process_id)
    return made(answer)


def nothing_generated(exc: errors.Unimplemented, provider: str) -> bool:
    """[doc] "Returns UNIMPLEMENTED (gRPC code 12) if the provider is OPS": only for provider
    OPS, only gRPC 12 (or the 501 a gateway carries it in). A 405 is the gateway refusing
    the verb itself, never this answer."""
    if provider.strip().casefold() != PROVIDER_OPS or exc.status_code == 405:
        return False
    return exc.grpc_code == errors.GRPC_UNIMPLEMENTED or exc.status_code == 501


def _order_made(answer: LogisticOrderAnswer) -> LogisticsOutcome:
    return LogisticsOutcome(generated=True, order=answer.order)


def _pickup_made(answer: PickupAnswer) -> LogisticsOutcome:
    return LogisticsOutcome(generated=True, pickup=answer.pickup_order)


def _nothing_generated(exc: errors.Unimplemented, process_id: str) -> LogisticsOutcome:
    # [doc] provider OPS handles this outside REVER: an expected answer, logged as such.
    log.info("%s: nothing generated (provider OPS): %s", process_id, exc.log_text())
    return LogisticsOutcome(generated=False, detail=exc.detail)
