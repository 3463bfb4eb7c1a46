"""Scanner clean-up and the scan pipeline (queue order, refusals, already, undo), with an
in-memory client and plain asyncio: no Qt, no network."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from fake_admin import FakeAdmin, make_process
from hypothesis import given
from hypothesis import strategies as st

from revdesk.api import errors
from revdesk.api.models import StorefrontReturn
from revdesk.config import ScanSettings
from revdesk.domain.outbox import Outbox, OutboxSender, OutboxStore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessIndex, ProcessRow
from revdesk.domain.scan_resolution import may_be_process_id
from revdesk.domain.scanning import (
    LOOKUP,
    SCAN_ACTIONS,
    Refusal,
    ScanCleaner,
    Severity,
    action_or_default,
    clean_scan,
    visible_raw,
)
from revdesk.domain.station import CHECKS_AT_ONCE, ScanPipeline
from revdesk.domain.status import DirectSender, StatusService

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())


# -------------------------------------------------------------------------------- clean-up


@pytest.mark.parametrize(("raw", "expected"), [
    ("RP-100042", "RP-100042"),
    ("  RP-100042\r\n", "RP-100042"),
    ("\tRP-100042\t", "RP-100042"),
    ("RP-100042\x1d", "RP-100042"),
    ("\u200bRP-100042", "RP-100042"),  # zero-width space from a keyboard layout
    ("RP-10\x1d0042", "RP-100042"),  # a GS1 separator inside the code
])
def test_clean_trims_whitespace_and_control_characters(raw: str, expected: str) -> None:
    scan = ScanCleaner().clean(raw)
    assert scan.accepted and scan.process_id == expected and scan.raw == raw


def test_clean_strips_prefix_and_suffix() -> None:
    cleaner = ScanCleaner(strip_prefix="]C1", strip_suffix="/END")
    assert cleaner.clean("]C1RP-100042/END\r").process_id == "RP-100042"
    # Only at the ends, and only once.
    assert cleaner.clean("RP-]C1-1").process_id == "RP-]C1-1"


def test_pattern_refuses_a_tracking_barcode() -> None:
    cleaner = ScanCleaner(id_pattern=r"RP-\d{6}")
    refused = cleaner.clean("1Z999AA10123456784")
    assert refused.refusal is Refusal.PATTERN and refused.process_id == ""
    assert cleaner.clean("RP-100042").accepted
    assert cleaner.clean("RP-1000420").refusal is Refusal.PATTERN  # full match only


@pytest.mark.parametrize(("raw", "refusal"), [
    ("", Refusal.EMPTY), ("\r\n\t ", Refusal.EMPTY), ("RP 100042", Refusal.WHITESPACE),
    ("X" * 300, Refusal.TOO_LONG),
])
def test_refusals(raw: str, refusal: Refusal) -> None:
    assert ScanCleaner().clean(raw).refusal is refusal


def test_clean_scan_reads_the_settings() -> None:
    settings = ScanSettings(strip_prefix="#", id_pattern=r"RP-\d+")
    assert clean_scan("#RP-1\n", settings).process_id == "RP-1"


def test_visible_raw_spells_out_invisible_characters() -> None:
    assert visible_raw("RP-1\r\x1d") == "RP-1\\x0d\\x1d"


def test_unknown_default_action_falls_back() -> None:
    assert action_or_default("BOGUS") == "IN_WAREHOUSE"
    assert SCAN_ACTIONS[-1] == LOOKUP and len(SCAN_ACTIONS) == 7


@given(st.text())
def test_clean_never_fails_and_leaves_no_junk(raw: str) -> None:
    scan = ScanCleaner(strip_prefix="]C1", id_pattern=r"[A-Z]{2}-\d+").clean(raw)
    if scan.accepted:
        assert scan.process_id and scan.process_id == scan.process_id.strip()
        assert all(c.isprintable() for c in scan.process_id)


# -------------------------------------------------------------------------------- pipeline


def station(*processes: Any, delay: float = 0.0, **kw: Any) -> tuple[FakeAdmin, ScanPipeline]:
    client = FakeAdmin(list(processes), delay=delay)
    service = StatusService(DirectSender(client))
    return client, ScanPipeline(client, service, **kw)


async def scan_all(pipeline: ScanPipeline, *raws: str) -> list[Any]:
    results = [pipeline.submit(raw) for raw in raws]
    await pipeline.drain()
    return results


def test_a_scan_sets_in_warehouse_and_counts() -> None:
    client, pipeline = station(make_process("RP-100001", "COLLECTED"))

    async def go() -> Any:
        (result,) = await scan_all(pipeline, "RP-100001\r")
        return result

    result = run(go())
    assert result.outcome is Outcome.DELIVERED and result.severity is Severity.OK
    assert (result.previous_status, result.new_status) == ("COLLECTED", "IN_WAREHOUSE")
    assert result.customer_name == "Ana García 100001"
    assert client.processes["RP-100001"].shipping_status == "IN_WAREHOUSE"
    assert result.latency_ms is not None


def test_not_an_id_is_refused_before_any_call() -> None:
    client, pipeline = station(cleaner=ScanCleaner(id_pattern=r"RP-\d{6}"))
    seen: list[Outcome] = []
    pipeline.result_changed.connect(lambda r: seen.append(r.outcome))
    result = pipeline.submit("1Z999AA10123456784")  # no running loop needed: nothing is sent
    assert result is not None and result.outcome is Outcome.NOT_AN_ID
    assert result.severity is Severity.ERROR and client.calls == [] and seen == [Outcome.NOT_AN_ID]


def test_bare_enter_is_ignored() -> None:
    _, pipeline = station()
    assert pipeline.submit("") is None


def test_burst_of_50_is_applied_in_arrival_order() -> None:
    pids = [f"RP-{100001 + i}" for i in range(50)]
    client, pipeline = station(*(make_process(p) for p in pids), delay=0.001)
    finals: list[str] = []
    pipeline.result_changed.connect(lambda r: finals.append(r.cleaned) if r.is_final else None)

    async def go() -> list[Any]:
        return await scan_all(pipeline, *(f"{p}\r" for p in pids))

    results = run(go())
    assert [r.outcome for r in results] == [Outcome.DELIVERED] * 50
    sent = [c[1] for c in client.calls_to("set_shipping_status")]
    assert sent == pids and finals == pids  # sent and told in scan order
    # Checks overlap (a slow REVER must not set the pace), within their bound.
    assert 1 < client.max_in_flight <= CHECKS_AT_ONCE


def test_already_in_status_is_noticed_not_resent() -> None:
    client, pipeline = station(make_process("RP-100001", "IN_WAREHOUSE"))
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome is Outcome.ALREADY and result.severity is Severity.NOTICE
    assert client.calls_to("set_shipping_status") == []


def test_scanning_the_same_parcel_twice_in_a_burst() -> None:
    _, pipeline = station(make_process("RP-100001", "COLLECTED"))
    first, second = run(scan_all(pipeline, "RP-100001", "RP-100001"))
    assert (first.outcome, second.outcome) == (Outcome.DELIVERED, Outcome.ALREADY)


def test_unknown_process_is_red() -> None:
    client, pipeline = station()
    (result,) = run(scan_all(pipeline, "RP-999999"))
    assert result.outcome is Outcome.NOT_FOUND and isinstance(result.error, errors.NotFound)
    # The assumed read said "unknown": the documented POST still went, and its 404 decided.
    assert client.calls_to("set_shipping_status") == [
        ("set_shipping_status", "RP-999999", "IN_WAREHOUSE")]


def unreadable_reads(client: FakeAdmin, error: errors.ApiError) -> None:
    """The assumed reads (one return, the list) fail with ``error``; the POST works."""
    client.fail["get_process"] = lambda *a: error
    client.fail["list_processes"] = lambda *a: errors.ListUnavailable(status_code=404)


@pytest.mark.parametrize("error", [
    errors.NotFound(status_code=404),
    errors.Unimplemented(status_code=405),
    errors.Unimplemented(status_code=501, grpc_code=12),
    errors.MalformedAnswer(),
    errors.Forbidden(status_code=403),
], ids=["404", "405", "501", "unreadable", "403"])
def test_a_failed_read_never_stops_the_documented_post(error: errors.ApiError) -> None:
    client, pipeline = station(make_process("RP-100001"), make_process("RP-100002"))
    index = ProcessIndex()
    index.upsert([ProcessRow.from_process(make_process("RP-100002"))])
    pipeline.index = index
    unreadable_reads(client, error)
    not_listed, listed = run(scan_all(pipeline, "RP-100001", "RP-100002"))
    assert (not_listed.outcome, listed.outcome) == (Outcome.DELIVERED, Outcome.DELIVERED)
    assert [c[1] for c in client.calls_to("set_shipping_status")] == ["RP-100001",
                                                                     "RP-100002"]
    assert client.processes["RP-100001"].shipping_status == "IN_WAREHOUSE"


def test_a_failed_read_and_a_refused_post_say_what_rever_answered() -> None:
    client, pipeline = station()
    unreadable_reads(client, errors.Unimplemented(status_code=405))
    (result,) = run(scan_all(pipeline, "RP-999999"))
    assert result.outcome is Outcome.NOT_FOUND  # the POST's 404, not the read's 405
    assert len(client.calls_to("set_shipping_status")) == 1


def test_a_listed_return_cancelled_in_the_list_is_sent_when_the_read_fails() -> None:
    # The list's copy guides only offline; online, a read that fails leaves it to REVER.
    client, pipeline = station(make_process("RP-100001", "CANCELED"))
    index = ProcessIndex()
    index.upsert([ProcessRow.from_process(make_process("RP-100001", "CANCELED"))])
    pipeline.index = index
    client.fail["get_process"] = lambda *a: errors.Unimplemented(status_code=501)
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome is Outcome.DELIVERED
    assert len(client.calls_to("set_shipping_status")) == 1


@pytest.mark.parametrize("error", [errors.AuthError(status_code=401),
                                   errors.NotConfigured(), errors.InsecureUrl()])
def test_a_refused_key_or_address_on_the_read_stops_there(error: errors.ApiError) -> None:
    client, pipeline = station(make_process("RP-100001"))
    client.fail["get_process"] = lambda *a: error
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome in (Outcome.REFUSED, Outcome.FAILED) and result.error is error
    assert client.calls_to("set_shipping_status") == []


def test_a_read_that_cannot_be_an_id_says_it_cannot_list_returns() -> None:
    client, pipeline = station(make_process("RP-100001"))
    unreadable_reads(client, errors.NotFound(status_code=404))
    (result,) = run(scan_all(pipeline, "1Z 999 AA1 0123 4567 84"))  # spaced: not an id
    assert result.error is not None and "Cannot list returns" in str(result.error)
    assert "does not know" not in str(result.error)
    assert client.calls_to("set_shipping_status") == []


def test_cancelled_return_is_not_changed() -> None:
    client, pipeline = station(make_process("RP-100001", "CANCELED"))
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome is Outcome.CANCELLED and result.severity is Severity.ERROR
    assert client.calls_to("set_shipping_status") == []


def test_refused_change_keeps_the_reason() -> None:
    client, pipeline = station(make_process("RP-100001"))
    client.fail["set_shipping_status"] = lambda *a: errors.InvalidArgument(
        "REVER refused this request: transition not allowed", status_code=400)
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome is Outcome.REFUSED
    assert result.error is not None and "transition not allowed" in result.error.operator_message
    assert pipeline.status.history.for_process("RP-100001")[0].ok is False


def test_offline_is_amber_and_nothing_is_sent() -> None:
    client, pipeline = station(make_process("RP-100001"))
    client.fail["get_process"] = lambda *a: errors.NetworkUnreachable()
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome is Outcome.OFFLINE and result.severity is Severity.NOTICE
    assert client.calls_to("set_shipping_status") == []
    assert pipeline.tracker.state.value == "offline"


def test_known_offline_scans_queue_at_once_without_the_check(tmp_path: Path) -> None:
    """With the outbox, the first scans that find the network gone are queued after their
    checks failed (checked together: one timeout's wait for all of them); the next ones skip
    the check (each would wait out its own timeout) and queue at once, until the connection
    is seen back."""
    client = FakeAdmin([make_process(f"RP-10000{i}", "COLLECTED") for i in range(5)])
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status)
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)))
    client.fail["get_process"] = lambda *a: errors.RequestTimeout()
    client.fail["set_shipping_status"] = lambda *a: errors.RequestTimeout()

    async def go() -> tuple[list[Any], int, int, Any]:
        (first,) = await scan_all(pipeline, "RP-100000")
        offline = [first, *await scan_all(pipeline, *(f"RP-10000{i}" for i in range(1, 4)))]
        checks, queued = len(client.calls_to("get_process")), outbox.counts["pending"]
        client.fail.clear()
        pipeline.tracker.succeeded()  # the connection check saw REVER again,
        await outbox.flush()  # and the delivery loop sends what waited
        (back,) = await scan_all(pipeline, "RP-100004")
        return offline, checks, queued, back

    offline, checks, queued, back = run(go())
    assert [r.outcome for r in offline] == [Outcome.QUEUED] * 4
    assert (checks, queued) == (1, 4)
    assert back.outcome is Outcome.DELIVERED and back.previous_status == "COLLECTED"
    assert len(client.calls_to("get_process")) == 2 and outbox.counts["pending"] == 0


def test_offline_a_return_the_list_knows_as_cancelled_is_red_not_queued(
        tmp_path: Path) -> None:
    """Offline, the saved list's CANCELED gives the same red "put it aside" as REVER's
    answer online: queued in amber, REVER would refuse it later, with the parcel gone on
    with the received ones. Other returns of the list are queued as before."""
    from revdesk.domain.process_index import ProcessIndex, ProcessRow

    cancelled, fine = make_process("RP-100001", "CANCELED"), make_process("RP-100002")
    client = FakeAdmin([cancelled, fine])
    index = ProcessIndex()
    index.upsert([ProcessRow.from_process(cancelled), ProcessRow.from_process(fine)])
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status)
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)), index=index)
    client.fail["get_process"] = lambda *a: errors.RequestTimeout()
    client.fail["set_shipping_status"] = lambda *a: errors.RequestTimeout()

    async def go() -> list[Any]:
        first = await scan_all(pipeline, "RP-100001")  # the check times out: offline now
        return first + await scan_all(pipeline, "RP-100001", "TRK100001", "RP-100002")

    results = run(go())
    assert [r.outcome for r in results] == [Outcome.CANCELLED] * 3 + [Outcome.QUEUED]
    assert all(r.severity is Severity.ERROR for r in results[:3])
    assert results[0].customer_name == "Ana García 100001"
    assert results[0].previous_status == "CANCELED"
    assert [e.process_id for e in outbox.store.pending()] == ["RP-100002"]
    assert client.calls_to("set_shipping_status") == [("set_shipping_status", "RP-100002",
                                                       "IN_WAREHOUSE")]


def test_scans_not_checked_when_the_station_closes_are_kept_in_the_outbox(
        tmp_path: Path) -> None:
    """REVER answering slowly and the operator quitting: the scans shown as "sending…"
    are kept in the outbox, unchecked, for the next start, not dropped."""
    client = FakeAdmin([make_process(f"RP-10000{i}", "COLLECTED") for i in range(4)],
                       delay=0.5)
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status)
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)))

    async def go() -> int:
        for i in range(4):
            pipeline.submit(f"RP-10000{i}")
        pipeline.submit("RP-100000", action="LOOKUP")  # changes nothing: not kept
        return await pipeline.stop(grace=0.1)

    assert run(go()) == 0
    kept = outbox.store.pending()
    assert [(e.process_id, e.status, e.source) for e in kept] == [
        (f"RP-10000{i}", "IN_WAREHOUSE", "scan") for i in range(4)]


def test_a_broken_listener_does_not_stop_the_queue() -> None:
    _, pipeline = station(make_process("RP-100001"))
    pipeline.result_changed.connect(lambda r: 1 / 0)  # type: ignore[func-returns-value]
    (result,) = run(scan_all(pipeline, "RP-100001"))
    assert result.outcome is Outcome.DELIVERED


def test_undo_restores_the_previous_status() -> None:
    client, pipeline = station(make_process("RP-100001", "COLLECTED"),
                               make_process("RP-100002", "CREATED"))

    async def go() -> tuple[Any, Any, Any]:
        first, second = await scan_all(pipeline, "RP-100001", "RP-100002")
        undo = pipeline.undo_last()
        assert undo is not None
        await pipeline.drain()
        return first, second, undo

    first, second, undo = run(go())
    assert undo.outcome is Outcome.UNDONE and undo.undo_of is second and second.undone
    assert not first.undone
    assert (undo.previous_status, undo.new_status) == ("IN_WAREHOUSE", "CREATED")
    assert client.processes["RP-100002"].shipping_status == "CREATED"
    assert client.processes["RP-100001"].shipping_status == "IN_WAREHOUSE"


def test_undo_twice_walks_back_and_then_has_nothing() -> None:
    _, pipeline = station(make_process("RP-100001", "COLLECTED"))

    async def go() -> list[Any]:
        await scan_all(pipeline, "RP-100001")
        undos = [pipeline.undo_last(), pipeline.undo_last()]
        await pipeline.drain()
        return undos

    first, second = run(go())
    assert first.outcome is Outcome.UNDONE and second.outcome is Outcome.NOTHING
    assert pipeline.undo_last() is None


def test_undo_of_a_scan_still_in_the_queue() -> None:
    client, pipeline = station(make_process("RP-100001", "COLLECTED"), delay=0.002)

    async def go() -> Any:
        pipeline.submit("RP-100001")
        undo = pipeline.undo_last()  # the scan is not final yet
        await pipeline.drain()
        return undo

    undo = run(go())
    assert undo.outcome is Outcome.UNDONE
    assert client.processes["RP-100001"].shipping_status == "COLLECTED"


def test_look_up_by_id_and_by_order_number() -> None:
    client, pipeline = station(make_process("RP-100001"), make_process("RP-100002"),
                               cleaner=ScanCleaner(id_pattern=r"RP-\d{6}"), action=LOOKUP)
    by_id, by_order, nothing = run(scan_all(pipeline, "RP-100002", "#A100001", "ZZZ"))
    assert by_id.outcome is Outcome.LOOKED_UP and by_id.process_id == "RP-100002"
    assert by_order.outcome is Outcome.LOOKED_UP and by_order.process_id == "RP-100001"
    assert nothing.outcome is Outcome.NOT_FOUND
    assert client.calls_to("set_shipping_status") == []


def test_look_up_with_several_matches() -> None:
    _, pipeline = station(make_process("RP-100001"), make_process("RP-100002"), action=LOOKUP)
    (result,) = run(scan_all(pipeline, "TRK10000"))
    assert result.outcome is Outcome.MATCHES and len(result.matches) == 2


def test_stop_lets_queued_scans_finish() -> None:
    client, pipeline = station(*(make_process(f"RP-{100001 + i}") for i in range(5)),
                               delay=0.001)

    async def go() -> int:
        for i in range(5):
            pipeline.submit(f"RP-{100001 + i}")
        return await pipeline.stop(grace=5)

    assert run(go()) == 0 and len(client.calls_to("set_shipping_status")) == 5


def test_unexpected_error_is_a_red_result_not_a_dead_queue() -> None:
    client, pipeline = station(make_process("RP-100001"), make_process("RP-100002"))

    def boom(pid: str) -> BaseException | None:
        return RuntimeError("bug") if pid == "RP-100001" else None

    client.fail["get_process"] = boom
    first, second = run(scan_all(pipeline, "RP-100001", "RP-100002"))
    assert first.outcome is Outcome.FAILED and second.outcome is Outcome.DELIVERED


class FakeStorefront:
    """The Storefront API's active returns by order, in memory (the sandbox serves the real
    route: tests/integration/test_storefront_lookup.py)."""

    def __init__(self, by_order: dict[str, list[str]],
                 error: errors.ApiError | None = None) -> None:
        self.by_order = by_order
        self.error = error
        self.asked: list[list[str]] = []

    async def active_returns(self, order_ids: list[str]) -> list[StorefrontReturn]:
        self.asked.append(list(order_ids))
        if self.error is not None:
            raise self.error
        return [StorefrontReturn(return_id=f"RT-{pid}", process_id=pid, order_number=order)
                for order in order_ids for pid in self.by_order.get(order, [])]


def storefront_station(storefront: FakeStorefront) -> tuple[FakeAdmin, ScanPipeline]:
    client, pipeline = station(make_process("RP-100001", "COLLECTED"),
                               make_process("RP-100002", "CREATED"))
    pipeline.storefront = storefront  # type: ignore[assignment]
    return client, pipeline


def test_an_order_number_nobody_else_knows_is_found_by_the_storefront_last() -> None:
    storefront = FakeStorefront({"W-77001": ["RP-100001"]})
    client, pipeline = storefront_station(storefront)
    (result,) = run(scan_all(pipeline, "W-77001"))
    assert result.outcome is Outcome.DELIVERED and result.process_id == "RP-100001"
    assert result.previous_status == "COLLECTED"  # read once found: it guides as ever
    assert storefront.asked == [["W-77001"]]
    # Asked last: after the read as an id and REVER's search.
    names = [c[0] for c in client.calls]
    assert names.index("list_processes") < names.index("set_shipping_status")
    assert result.resolution is not None and "Storefront order W-77001" in result.resolution.tried


def test_several_returns_of_the_order_are_a_pick_list() -> None:
    storefront = FakeStorefront({"W-77002": ["RP-100001", "RP-100002"]})
    client, pipeline = storefront_station(storefront)

    async def scan_and_pick() -> tuple[Any, Any]:
        (result,) = await scan_all(pipeline, "W-77002")
        assert result.outcome is Outcome.MATCHES
        assert [p.process_id for p in result.matches] == ["RP-100001", "RP-100002"]
        assert client.calls_to("set_shipping_status") == []
        chosen = pipeline.choose(result, "RP-100002")
        await pipeline.drain()
        return result, chosen

    _, chosen = run(scan_and_pick())
    assert chosen is not None and chosen.outcome is Outcome.DELIVERED
    assert client.processes["RP-100002"].shipping_status == "IN_WAREHOUSE"


def test_the_storefront_is_asked_when_the_list_cannot_be_read() -> None:
    storefront = FakeStorefront({"W77003": ["RP-100002"]})  # the read, spaces out
    client, pipeline = storefront_station(storefront)
    client.fail["list_processes"] = lambda *a: errors.ListUnavailable(status_code=405)
    (result,) = run(scan_all(pipeline, "W 77003"))  # spaced: cannot be an id
    assert result.outcome is Outcome.DELIVERED and result.process_id == "RP-100002"


def test_a_storefront_that_does_not_answer_leaves_the_read_unresolved() -> None:
    storefront = FakeStorefront({}, error=errors.Unimplemented(status_code=501))
    client, pipeline = storefront_station(storefront)
    (result,) = run(scan_all(pipeline, "W 77004"))
    assert result.outcome is Outcome.NOT_FOUND
    assert result.resolution is not None and "Storefront (no answer)" in result.resolution.tried
    assert client.calls_to("set_shipping_status") == []
    _, pipeline = storefront_station(FakeStorefront({}, error=errors.NetworkUnreachable()))
    (offline,) = run(scan_all(pipeline, "W 77005"))
    assert offline.outcome is Outcome.OFFLINE


# ------------------------------------------------------------- one-scan actions and undo age


def settings_of(**kw: Any) -> Any:
    current = ScanSettings(**kw)
    return lambda: current


@pytest.mark.parametrize("action", ["CANCELED", "ERROR"])
def test_a_one_scan_action_goes_back_to_the_default_after_one_scan(action: str) -> None:
    client, pipeline = station(*(make_process(f"RP-10000{i}", "COLLECTED") for i in range(3)),
                               settings=settings_of(default_action="COLLECTED"))
    changed: list[str] = []
    pipeline.action_changed.connect(changed.append)
    pipeline.set_action(action)
    # A burst: the second parcel was scanned before the first one's answer came.
    first, second, third = run(scan_all(pipeline, "RP-100000", "RP-100001", "RP-100002"))
    assert (first.action, second.action, third.action) == (action, "COLLECTED", "COLLECTED")
    assert client.processes["RP-100000"].shipping_status == action
    assert second.outcome is Outcome.ALREADY  # COLLECTED already: nothing sent
    assert pipeline.action == "COLLECTED" and changed == ["COLLECTED"]


def test_a_one_scan_action_stays_for_a_read_that_is_no_id_or_when_the_station_asks() -> None:
    _, pipeline = station(make_process("RP-100001", "COLLECTED"), settings=settings_of())
    pipeline.set_action("CANCELED")
    (refused,) = run(scan_all(pipeline, "9" * 300))  # nothing tried: same parcel in hand
    assert refused.outcome is Outcome.NOT_AN_ID and pipeline.action == "CANCELED"
    _, asking = station(make_process("RP-100001", "COLLECTED"),
                        settings=settings_of(risky_actions="confirm"))
    asking.set_action("ERROR")
    run(scan_all(asking, "RP-100001"))
    assert asking.action == "ERROR"  # the window asks before each scan instead
    _, plain = station(make_process("RP-100001", "COLLECTED"), settings=settings_of())
    plain.set_action("COLLECTED")
    run(scan_all(plain, "RP-100001"))
    assert plain.action == "COLLECTED"  # only CANCELED and ERROR are one-scan


def test_undo_takes_back_a_recent_scan_and_asks_for_an_older_one() -> None:
    client, pipeline = station(make_process("RP-100001", "COLLECTED"),
                               make_process("RP-100002", "CREATED"))

    async def go() -> tuple[Any, Any, Any, Any]:
        old, recent = await scan_all(pipeline, "RP-100001", "RP-100002")
        old.scanned_at -= 45  # scanned 45 s ago
        assert pipeline.undo_asks() is None  # the latest is recent
        first = pipeline.undo_last()
        await pipeline.drain()
        assert first.undo_of is recent
        # The second Ctrl+Z would reach the 45 s old scan: asked, not done.
        assert pipeline.undo_asks() is old
        unasked = pipeline.undo_last()  # (a caller that did not ask)
        await pipeline.drain()
        confirmed = pipeline.undo_last(old)
        await pipeline.drain()
        return first, unasked, confirmed, old

    first, unasked, confirmed, old = run(go())
    assert first.outcome is Outcome.UNDONE
    assert unasked.outcome is Outcome.NOTHING and unasked.too_old is old
    assert client.processes["RP-100002"].shipping_status == "CREATED"
    assert confirmed.outcome is Outcome.UNDONE and confirmed.undo_of is old
    assert client.processes["RP-100001"].shipping_status == "COLLECTED"
    assert pipeline.undo_asks() is None and pipeline.undo_last() is None


def test_an_undo_age_limit_is_thirty_seconds() -> None:
    _, pipeline = station(make_process("RP-100001", "COLLECTED"))
    (scan,) = run(scan_all(pipeline, "RP-100001"))
    now = scan.scanned_at
    assert pipeline.undo_asks(now + 29.9) is None
    assert pipeline.undo_asks(now + 30.1) is scan


def test_a_read_that_cannot_be_a_return_is_never_sent_online_or_offline(tmp_path: Path) -> None:
    """Issue 15, item 2 (QA found 📦, x, 46 and an unknown SSCC sent as status changes after
    REVER's read said 404, and x queued offline, then on the shelf): what neither the list nor
    REVER knows, and cannot be a process id, is refused at the desk with why. A read shaped
    like an id still gets REVER's answer to the documented POST (issue 17)."""
    client = FakeAdmin([make_process("RP-100001", "COLLECTED")])
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status)
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)))
    junk = ["📦", "x", "46", "(00)340123450000000017", "1Z9W86079991758789"]

    async def go() -> tuple[list[Any], list[Any], list[Any]]:
        online = await scan_all(pipeline, *junk, "RPX-77001")
        client.fail["get_process"] = lambda *a: errors.RequestTimeout()
        client.fail["set_shipping_status"] = lambda *a: errors.RequestTimeout()
        first = await scan_all(pipeline, "RP-100001")  # the check times out: offline now
        offline = await scan_all(pipeline, *junk)
        return online, first, offline

    online, first, offline = run(go())
    assert all(r.outcome in (Outcome.NOT_FOUND, Outcome.NOT_AN_ID) for r in online[:-1])
    assert online[-1].outcome is Outcome.NOT_FOUND  # an id REVER does not know: it said so
    assert [c[1] for c in client.calls_to("set_shipping_status")] == ["RPX-77001", "RP-100001"]
    assert first[0].outcome is Outcome.QUEUED
    assert [r.outcome for r in offline] == [Outcome.NOT_AN_ID] * len(junk)
    assert [e.process_id for e in outbox.store.pending()] == ["RP-100001"]
    assert outbox.counts["failed"] == 1  # RPX-77001, refused by REVER: nothing else


def test_what_may_be_sent_as_a_process_id() -> None:
    for read in ("RP-100001", "PRC_8f2a91c4", "a1b2", "0b6e04b7-2f4c-4d3e-9d1a-6c2f0b5e7a11"):
        assert may_be_process_id(read), read
    for read in ("", "x", "46", "1234567890", "📦", "RP 100001", "(00)340123450000000017",
                 "1Z9W86079991758789", "ÁB-12", "abc", "RP-1\x1d55",
                 "%0001234512345678901234276"):
        assert not may_be_process_id(read), read


def test_undo_asks_when_a_newer_scan_is_on_the_banner() -> None:
    """QA: after a scan that changed nothing (unknown, refused, already), Ctrl+Z pressed "to
    undo that" took back the parcel before it, silently. It asks now, naming that parcel."""
    client, pipeline = station(make_process("RP-100001", "COLLECTED"))

    async def go() -> tuple[Any, Any]:
        good, unknown = await scan_all(pipeline, "RP-100001", "RP-999999")
        return good, unknown

    good, unknown = run(go())
    assert good.outcome is Outcome.DELIVERED and unknown.outcome is Outcome.NOT_FOUND
    assert pipeline.undo_asks() is good
    assert client.processes["RP-100001"].shipping_status == "IN_WAREHOUSE"
