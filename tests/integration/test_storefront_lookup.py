"""Issue 17 B, first bullet: an order number is looked up with the Storefront API's
``GET /returns?order_ids=`` [doc] as the scan resolution's last step; the sandbox serves
the route on its own data, over real HTTP on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from revdesk.api import routes
from revdesk.config import ENV_API_KEY, ENV_API_URL, ENV_STOREFRONT_URL, StationSettings, apply_env
from revdesk.core import StationCore
from revdesk.domain.outcomes import Outcome
from revdesk.sandbox.process import SandboxProcess

KEY = "test-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    started = SandboxProcess(tmp_path_factory.mktemp("storefront") / "sandbox").start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def sandbox(server: SandboxProcess) -> SandboxProcess:
    server.reset_faults()
    server.clear_requests()
    return server


def processes(url: str) -> list[dict[str, Any]]:
    answer = httpx.get(url + routes.PROCESS_LIST, params={"page_size": 1000},
                       headers={"x-rever-api-key": KEY})
    return list(answer.json()["processes"])


def returns(url: str, *order_ids: str, key: str | None = KEY) -> httpx.Response:
    headers = {"x-rever-api-key": key} if key else {}
    return httpx.get(url + routes.STOREFRONT_RETURNS,
                     params={routes.STOREFRONT_ORDER_IDS: list(order_ids)}, headers=headers)


def test_the_sandbox_finds_a_returns_order_by_number_or_id(sandbox: SandboxProcess) -> None:
    first, second = [p for p in processes(sandbox.url) if p["shipping_status"] != "CANCELED"][:2]
    by_number = returns(sandbox.url, first["order_number"]).json()["returns"]
    assert [r["process_id"] for r in by_number] == [first["process_id"]]
    assert by_number[0]["order_number"] == first["order_number"]
    assert by_number[0]["return_id"] and by_number[0]["order_id"] == first["order_id"]
    without_hash = returns(sandbox.url, first["order_number"].lstrip("#").lower()).json()
    assert [r["process_id"] for r in without_hash["returns"]] == [first["process_id"]]
    both = returns(sandbox.url, first["order_id"], second["order_number"]).json()["returns"]
    assert {r["process_id"] for r in both} == {first["process_id"], second["process_id"]}
    assert returns(sandbox.url, "NO-SUCH-ORDER").json() == {"returns": []}
    assert returns(sandbox.url, first["order_number"], key=None).status_code == 401


def test_a_cancelled_return_is_not_active(sandbox: SandboxProcess) -> None:
    cancelled = next(p for p in processes(sandbox.url) if p["shipping_status"] == "CANCELED")
    assert returns(sandbox.url, cancelled["order_number"]).json() == {"returns": []}


def test_the_storefront_address_comes_from_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_STOREFRONT_URL, "https://storefront.example")
    assert apply_env(StationSettings()).storefront_url == "https://storefront.example"


def test_an_order_number_is_found_by_the_storefront_when_rever_cannot_list(
        sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    target = next(p for p in processes(sandbox.url)
                  if p["shipping_status"] in ("CREATED", "COLLECTED"))
    monkeypatch.setenv(ENV_API_URL, sandbox.url)
    monkeypatch.setenv(ENV_API_KEY, KEY)
    monkeypatch.setenv(ENV_STOREFRONT_URL, sandbox.url)
    # The assumed list and read answer 404: only the Storefront can name the return.
    sandbox.set_faults(assumed="404")

    async def go() -> Any:
        core = StationCore()
        try:
            core.start()
            result = core.pipeline.submit(target["order_number"])
            await core.pipeline.drain()
            return result
        finally:
            await core.aclose()

    result = asyncio.run(go())
    assert result.outcome is Outcome.DELIVERED, result.error
    assert result.process_id == target["process_id"]
    asked = [r for r in sandbox.requests() if r["path"] == routes.STOREFRONT_RETURNS]
    assert len(asked) == 1 and asked[0]["status"] == 200
    assert routes.STOREFRONT_ORDER_IDS + "=" in asked[0]["query"]
    sandbox.reset_faults()
    status = httpx.get(sandbox.url + routes.path(routes.PROCESS, process_id=target["process_id"]),
                       headers={"x-rever-api-key": KEY}).json()["process"]["shipping_status"]
    assert status == "IN_WAREHOUSE"


def test_without_a_storefront_address_rever_is_not_asked_there(
        sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_URL, sandbox.url)
    monkeypatch.setenv(ENV_API_KEY, KEY)
    sandbox.set_faults(assumed="404")

    async def go() -> Any:
        core = StationCore()
        try:
            core.start()
            result = core.pipeline.submit("W 0000 0000")
            await core.pipeline.drain()
            return result
        finally:
            await core.aclose()

    result = asyncio.run(go())
    assert result.outcome is not Outcome.DELIVERED
    assert "Cannot list returns" in str(result.error)
    assert not [r for r in sandbox.requests() if r["path"] == routes.STOREFRONT_RETURNS]
