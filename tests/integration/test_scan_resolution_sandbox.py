"""A parcel's carrier barcode, scanned with the default action, sets IN_WAREHOUSE on its
return: the real station core against the real sandbox over loopback, with the returns
list loaded (resolved locally) and without it (resolved by REVER's search)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from revdesk.api import routes
from revdesk.config import ENV_API_KEY, ENV_API_URL
from revdesk.core import StationCore
from revdesk.domain.outcomes import Outcome

if TYPE_CHECKING:
    from conftest import SandboxProcess

KEY = "any-key-will-do"


def processes(url: str) -> list[dict[str, Any]]:
    answer = httpx.get(url + routes.PROCESS_LIST, params={"page_size": 1000},
                       headers={"x-rever-api-key": KEY})
    answer.raise_for_status()
    return list(answer.json()["processes"])


def status_of(url: str, pid: str) -> str:
    answer = httpx.get(url + routes.path(routes.PROCESS, process_id=pid),
                       headers={"x-rever-api-key": KEY})
    return str(answer.json()["process"]["shipping_status"])


def ready(url: str, carrier: str = "") -> list[dict[str, Any]]:
    """Returns a scan may set to IN_WAREHOUSE, with a tracking number (of ``carrier``)."""
    return [p for p in processes(url) if p["shipping_status"] in ("CREATED", "COLLECTED")
            and p["tracking_id"] and (not carrier or p["carrier"] == carrier)]


async def scan(url: str, raws: list[str], *, load_list: bool) -> list[Any]:
    core = StationCore()
    try:
        core.start()
        if load_list:
            while core.catalog.has_more:
                core.index.upsert(await core.catalog.next_page())
        results = [core.pipeline.submit(raw) for raw in raws]
        await core.pipeline.drain()
        return results
    finally:
        await core.aclose()


@pytest.fixture
def station_env(sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENV_API_URL, sandbox.url)
    monkeypatch.setenv(ENV_API_KEY, KEY)
    return sandbox.url


@pytest.mark.parametrize("load_list", [True, False], ids=["from the list", "from REVER"])
def test_a_tracking_scan_sets_in_warehouse_on_its_return(
        station_env: str, sandbox: SandboxProcess, load_list: bool) -> None:
    url = station_env
    first, second, third = ready(url)[:3]
    others = {p["process_id"]: p["shipping_status"] for p in processes(url)
              if p["process_id"] not in (first["process_id"], second["process_id"],
                                         third["process_id"])}
    sandbox.clear_requests()
    raws = [
        first["tracking_id"] + "\r",  # as the carrier prints it
        " ".join(second["tracking_id"].lower()[i:i + 4]
                 for i in range(0, len(second["tracking_id"]), 4)),  # spaced, lower case
        "]C1421724\x1d" + third["tracking_id"],  # inside a GS1-128 postal code
    ]
    results = asyncio.run(scan(url, raws, load_list=load_list))
    for result, target in zip(results, (first, second, third), strict=True):
        assert result.outcome is Outcome.DELIVERED, (result.outcome, result.resolution)
        assert result.process_id == target["process_id"]
        assert status_of(url, target["process_id"]) == "IN_WAREHOUSE"
        assert result.resolution is not None and "→ " + target["process_id"] in (
            result.resolution.how)
    # No other return changed, and nothing was posted to a tracking number.
    assert all(status_of(url, pid) == status for pid, status in list(others.items())[:10])
    posts = [r["path"] for r in sandbox.requests() if r["method"] == "POST"]
    assert sorted(posts) == sorted(routes.path(routes.SHIPPING_STATUS, process_id=t["process_id"])
                                   for t in (first, second, third))


def test_an_order_number_and_an_unknown_barcode(station_env: str) -> None:
    url = station_env
    target = ready(url)[0]
    by_order, unknown = asyncio.run(scan(
        url, [target["order_number"].lstrip("#"), "]C100340123450000000017"], load_list=False))
    assert by_order.outcome is Outcome.DELIVERED
    assert by_order.process_id == target["process_id"]
    assert status_of(url, target["process_id"]) == "IN_WAREHOUSE"
    assert unknown.outcome is Outcome.NOT_FOUND
    assert unknown.resolution is not None and "REVER search 340123450000000017" in (
        unknown.resolution.tried)
