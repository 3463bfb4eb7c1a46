"""Paging the returns list (opaque tokens, refresh of what is loaded, server search) and the
connection state learnt from call outcomes."""

from __future__ import annotations

import asyncio

import pytest
from fake_admin import FakeAdmin, make_process

from revdesk.api import errors
from revdesk.api.models import ProcessPage
from revdesk.domain.catalog import ProcessCatalog
from revdesk.domain.connection import ConnectionState, ConnectionTracker, state_after


def fifty() -> FakeAdmin:
    return FakeAdmin([make_process(f"RP-{100001 + i}") for i in range(50)])


def test_pages_follow_the_token_until_the_end() -> None:
    client = fifty()
    catalog = ProcessCatalog(client, page_size=20)

    async def go() -> list[int]:
        return [len(await catalog.next_page()) for _ in range(4)]

    assert asyncio.run(go()) == [20, 20, 10, 0]
    assert not catalog.has_more and catalog.loaded == 50
    assert [c[2] for c in client.calls_to("list_processes")] == ["", "20", "40"]


def test_refresh_rereads_what_is_loaded_and_continues_from_there() -> None:
    client = fifty()
    catalog = ProcessCatalog(client, page_size=20)

    async def go() -> int:
        await catalog.next_page()
        await catalog.next_page()
        client.processes["RP-100005"] = make_process("RP-100005", "ERROR")
        rows = await catalog.refresh()
        return len(rows)

    assert asyncio.run(go()) == 40 and catalog.has_more and catalog.loaded == 40
    assert asyncio.run(catalog.next_page()) and catalog.loaded == 50


def test_a_timer_refresh_of_the_first_rows_keeps_the_chain() -> None:
    client = fifty()
    catalog = ProcessCatalog(client, page_size=10)

    async def go() -> int:
        for _ in range(4):
            await catalog.next_page()
        return len(await catalog.refresh(max_rows=10))

    assert asyncio.run(go()) == 10 and catalog.loaded == 40


def test_a_repeated_token_stops_the_list() -> None:
    class Looping(FakeAdmin):
        async def list_processes(self, **kw: object) -> ProcessPage:
            return ProcessPage(processes=[make_process("RP-1")], next_page_token="same")

    catalog = ProcessCatalog(Looping())

    async def go() -> None:
        await catalog.next_page()
        await catalog.next_page()

    with pytest.raises(errors.MalformedAnswer):
        asyncio.run(go())
    assert not catalog.has_more


def test_search_asks_the_server() -> None:
    client = fifty()
    rows = asyncio.run(ProcessCatalog(client).search("RP-100007"))
    assert [r.process_id for r in rows] == ["RP-100007"]


@pytest.mark.parametrize(("error", "state"), [
    (errors.NetworkUnreachable(), ConnectionState.OFFLINE),
    (errors.RequestTimeout(), ConnectionState.OFFLINE),
    (errors.ServerError(), ConnectionState.OFFLINE),
    (errors.AuthError(), ConnectionState.AUTH_FAILED),
    (errors.Forbidden(), ConnectionState.ONLINE),
    (errors.NotFound(), ConnectionState.ONLINE),
    (errors.RateLimited(), ConnectionState.ONLINE),
    (errors.NotConfigured(), ConnectionState.NOT_CONFIGURED),
    (errors.InsecureUrl(), ConnectionState.NOT_CONFIGURED),
    # The address and key may be right: the connection failed on REVER's certificate.
    (errors.CertificateInvalid("self-signed certificate"), ConnectionState.CERTIFICATE_INVALID),
    (ValueError("not an API error"), None),
])
def test_what_an_error_says_about_the_connection(error: BaseException,
                                                 state: ConnectionState | None) -> None:
    assert state_after(error) == state


def test_the_tracker_tells_listeners_of_changes_only() -> None:
    tracker = ConnectionTracker()
    seen: list[ConnectionState] = []
    tracker.changed.connect(seen.append)
    tracker.succeeded()
    tracker.succeeded()
    tracker.failed(errors.NetworkUnreachable())
    assert seen == [ConnectionState.ONLINE, ConnectionState.OFFLINE]
    assert isinstance(tracker.last_error, errors.NetworkUnreachable)
    assert asyncio.run(tracker.probe(fifty())) is ConnectionState.ONLINE
