"""A scan at a desk of several REVER accounts (round 4 attack on core 882652c): a tracking
number not in the local list is searched for with REVER's list, which the account router
walks one account after another, so one account offline or slow is every parcel's."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from fake_admin import FakeAdmin, make_process

from revdesk.api import errors
from revdesk.domain.accounts import Account, AccountRouter
from revdesk.domain.outcomes import Outcome
from revdesk.domain.station import ScanPipeline
from revdesk.domain.status import DirectSender, StatusService

UPS = "1Z9W86079991758789"


def desk(north: FakeAdmin) -> tuple[FakeAdmin, ScanPipeline]:
    acme = FakeAdmin([make_process("RP-100473", "COLLECTED").model_copy(
        update={"tracking_id": UPS})])
    acme.ecommerce_id = "acme"  # type: ignore[attr-defined]
    north.ecommerce_id = "northwind"  # type: ignore[attr-defined]
    router = AccountRouter([Account("Acme", "u#acme#", acme),
                            Account("North", "u#northwind#", north)])
    return acme, ScanPipeline(router, StatusService(DirectSender(router)))  # type: ignore[arg-type]


def scan(pipeline: ScanPipeline, raw: str) -> Any:
    async def main() -> Any:
        result = pipeline.submit(raw)
        await pipeline.drain()
        return result

    return asyncio.run(main())


def test_an_acme_parcel_is_found_by_its_tracking_while_north_is_offline() -> None:
    north = FakeAdmin([make_process("RP-200001")])
    north.fail["list_processes"] = lambda *a: errors.NetworkUnreachable(detail="test: off")
    north.fail["get_process"] = lambda *a: errors.NetworkUnreachable(detail="test: off")
    acme, pipeline = desk(north)
    result = scan(pipeline, UPS)
    assert result.outcome is Outcome.DELIVERED, (result.outcome, result.error)
    assert acme.processes["RP-100473"].shipping_status == "IN_WAREHOUSE"


def test_an_acme_parcel_is_found_by_its_tracking_while_norths_key_is_refused() -> None:
    north = FakeAdmin([make_process("RP-200001")])
    north.fail["list_processes"] = lambda *a: errors.AuthError(detail="test: revoked")
    north.fail["get_process"] = lambda *a: errors.AuthError(detail="test: revoked")
    _acme, pipeline = desk(north)
    result = scan(pipeline, UPS)
    assert result.outcome is Outcome.DELIVERED, (result.outcome, result.error)


def test_a_slow_account_never_holds_up_a_tracking_scan() -> None:
    """The README: "one slow or offline account never holds up another's parcel". True for
    a return id (every account at once); a tracking number waits for each in turn."""
    north = FakeAdmin([make_process("RP-200001")], delay=8.0)
    _acme, pipeline = desk(north)
    start = time.monotonic()
    result = scan(pipeline, UPS)
    took = time.monotonic() - start
    assert result.outcome is Outcome.DELIVERED
    assert took < 4, f"an Acme parcel waited {took:.0f} s for North"
