"""Scan resolution: the keys a read holds (each barcode form a parcel carries), the local
list's scan keys, REVER's answers, and the pipeline applying a scan to the return it
names. No Qt, no network: the in-memory client of the other domain tests."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from fake_admin import FakeAdmin, make_process
from hypothesis import example, given, settings
from hypothesis import strategies as st

from revdesk.api import errors
from revdesk.api.models import Process
from revdesk.config import ScanSettings
from revdesk.domain.outbox import Outbox, OutboxSender, OutboxStore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessIndex, ProcessRow
from revdesk.domain.scan_resolution import (
    MAX_CANDIDATES,
    MAX_REMOTE_SEARCHES,
    Field,
    Resolution,
    candidates,
    key_of,
    resolve_locally,
    resolve_remotely,
)
from revdesk.domain.scanning import LOOKUP, ScanCleaner
from revdesk.domain.station import ScanPipeline
from revdesk.domain.status import DirectSender, StatusService

T = TypeVar("T")
UPS = "1Z9W86079991758789"
DPD = "05498035934949"


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())


def mp(pid: str, status: str = "COLLECTED", **fields: Any) -> Process:
    """make_process with some fields of its own."""
    return make_process(pid, status).model_copy(update=fields)


def texts(raw: str, *, guesses: bool = True) -> list[str]:
    return [c.text for c in candidates(raw) if guesses or not c.guess]


# ------------------------------------------------------------------------------ the keys


def test_key_ignores_case_spaces_separators_and_the_order_hash() -> None:
    assert key_of("1z 9w8 607\t9991758789") == UPS
    assert key_of("#a6211") == key_of("A6211") == "A6211"
    assert key_of("RP-10\x1d0473") == "RP-100473"
    assert key_of("ＲＰ-１００４７３") == "RP-100473"  # full-width, from an IME


@pytest.mark.parametrize(("raw", "expected", "source"), [
    (UPS, UPS, "scan"),
    ("1z9w86079991758789", "1z9w86079991758789", "scan"),  # compared by key: case ignored
    # GS1-128 with its symbology identifier: the SSCC inside.
    ("]C100340123450000000017", "340123450000000017", "GS1 SSCC (00)"),
    # The printed (human-readable) form of the same.
    ("(00)340123450000000017", "340123450000000017", "GS1 SSCC (00)"),
    # (420) ZIP, FNC1, then USPS's tracking number.
    ("42028001\x1d9205590164917312751089", "9205590164917312751089",
     "GS1 postal code (420) + tracking"),
    # (421) country + postcode, FNC1, then UPS's number.
    ("421250\x1d" + UPS, UPS, "GS1 postal code (421) + tracking"),
    ("]C1421724280010\x1d" + UPS, UPS, "GS1 postal code (421) + tracking"),
    # DPD's 28-character parcel barcode: %, postcode, parcel number, service, country.
    ("%0075001" + DPD + "101250", DPD, "DPD parcel barcode"),
    # UPS's number found inside a longer read.
    ("XX" + UPS + "YY", UPS, "UPS 1Z"),
])
def test_each_barcode_form_yields_its_key(raw: str, expected: str, source: str) -> None:
    found = {c.text: c for c in candidates(raw)}
    assert expected in found, [c.text for c in candidates(raw)]
    assert found[expected].source == source and not found[expected].guess


def test_the_read_itself_comes_first() -> None:
    assert candidates("#A6211")[0].text == "#A6211"
    assert candidates("RP-100473")[0].source == "scan"


def test_postal_prefix_without_separator_only_guesses() -> None:
    keys = candidates("420280019205590164917312751089")
    assert "9205590164917312751089" in [c.text for c in keys if c.guess]
    assert not [c for c in keys if c.source != "scan" and not c.guess]


def test_dpd_without_its_percent_sign_is_a_guess() -> None:
    (dpd,) = [c for c in candidates("0075001" + DPD + "101250") if c.text == DPD]
    assert dpd.guess


def test_separators_split_a_read_into_guesses() -> None:
    keys = candidates("[)>\x1e01\x1d96841706672\x1d840\x1d1Z12345675\x1dUPSN")
    assert "96841706672" in [c.text for c in keys if c.guess]


@pytest.mark.parametrize("raw", ["", "   ", "\x1d\x1d", "x" * 257, "1" * 10_000])
def test_empty_and_huge_reads_yield_nothing(raw: str) -> None:
    assert candidates(raw) == ()


def test_emoji_and_garbage_are_harmless() -> None:
    assert texts("😀") == ["😀"]
    assert texts("(((()))\x1d\x1d]]") == ["(((()))]]", "(((()))", "]]"]
    assert len(candidates("(00)" * 60)) <= MAX_CANDIDATES


def test_the_worst_read_is_quick() -> None:
    worst = ["\x1d".join(["42012345"] * 28), "(421)" * 51, "]C1" + "00" * 126,
             "%" + "9" * 27, "1Z" * 128]
    start = time.perf_counter()
    for raw in worst:
        assert len(candidates(raw)) <= MAX_CANDIDATES
    assert time.perf_counter() - start < 0.5


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("\u0339 \u0334")  # combining marks apart: NFKC reordered only the compact form
def test_candidates_never_fail_and_stay_bounded(raw: str) -> None:
    keys = candidates(raw)
    assert len(keys) <= MAX_CANDIDATES
    assert len({c.key for c in keys}) == len(keys)
    assert all(c.key and c.key == key_of(c.text) for c in keys)


# ------------------------------------------------------------------- the local list


def row(pid: str, tracking: str = "", order: str = "", status: str = "COLLECTED") -> ProcessRow:
    return ProcessRow(pid, order, "Ana García", status, "DROP_OFF_POINT", "UPS", tracking,
                      "2025-01-01T10:00:00Z")


def index_of(*rows: ProcessRow) -> ProcessIndex:
    index = ProcessIndex()
    index.upsert(list(rows))
    return index


def test_the_list_finds_tracking_order_and_id_by_key() -> None:
    index = index_of(row("RP-100473", UPS, "#A6211"), row("rp-7", "jjd0001", "#A7"))
    assert [r.process_id for r in index.find_key(UPS)] == ["RP-100473"]
    assert [r.process_id for r in index.find_key("A6211")] == ["RP-100473"]
    assert [r.process_id for r in index.find_key("RP-100473")] == ["RP-100473"]
    assert [r.process_id for r in index.find_key("RP-7")] == ["rp-7"]
    assert [r.process_id for r in index.find_key("JJD0001")] == ["rp-7"]
    assert index.find_key("NOPE") == []


def test_the_keys_follow_rows_added_changed_and_cleared() -> None:
    index = index_of(row("RP-1", "T1", "#A1"))
    index.upsert([row("RP-2", "T2", "#A1"), row("RP-1", "T9", "#A1")])
    assert index.find_key("T1") == []
    assert [r.process_id for r in index.find_key("T9")] == ["RP-1"]
    assert sorted(r.process_id for r in index.find_key("A1")) == ["RP-1", "RP-2"]
    index.set_status("RP-1", "IN_WAREHOUSE")  # a scan: the keys stay
    assert index.find_key("T9")[0].status == "IN_WAREHOUSE"
    index.upsert([row("RP-2", "T2", "#B2")])
    assert [r.process_id for r in index.find_key("A1")] == ["RP-1"]
    index.clear()
    assert index.find_key("T9") == []


def test_resolve_locally_one_several_none() -> None:
    index = index_of(row("RP-1", UPS, "#A1"), row("RP-2", "T2", "#A1"), row("RP-3", "T3", "#A3"))
    one = resolve_locally(index, candidates("421250\x1d" + UPS))
    assert one.one is not None and one.one.process_id == "RP-1"
    assert one.one.field is Field.TRACKING and one.how == f"tracking {UPS[:10]}… → RP-1"
    several = resolve_locally(index, candidates("A1"))
    assert [m.process_id for m in several.matches] == ["RP-1", "RP-2"]
    none = resolve_locally(index, candidates("ZZZ"))
    assert none.matches == [] and "the station's list" in none.tried_text()


def test_a_process_id_wins_over_another_returns_number() -> None:
    index = index_of(row("RP-1", "RP-2"), row("RP-2"))
    resolution = resolve_locally(index, candidates("RP-2"))
    assert resolution.one is not None and resolution.one.process_id == "RP-2"
    assert resolution.how == ""  # a plain process id: nothing to explain


def test_every_read_finds_its_own_return_among_100k_rows() -> None:
    """Correctness at scale; the 2 ms budget is measured in bench/scan.py
    (``resolve_local_p99_ms``)."""
    index = index_of(*(row(f"RP-{100001 + i}", f"1Z9W8{i:013d}", f"#A{5000 + i}")
                       for i in range(100_000)))
    reads = [(f"1Z9W8{i:013d}", f"RP-{100001 + i}") for i in range(0, 100_000, 997)] + [
        ("#A7777", "RP-102778"), ("a7777", "RP-102778"), ("RP-150000", "RP-150000"),
        ("421250\x1d1z9w8" + f"{99_999:013d}", "RP-200000")]
    for raw, pid in reads:
        resolution = resolve_locally(index, candidates(raw))
        assert resolution.one is not None, raw
        assert resolution.one.process_id == pid, raw
    assert resolve_locally(index, candidates("1Z9W8" + "9" * 13)).matches == []


# --------------------------------------------------------------------------- REVER


def test_resolve_remotely_by_id_then_by_search() -> None:
    client = FakeAdmin([mp("RP-100001", tracking_id=UPS)])

    async def search(text: str) -> list[Process]:
        return (await client.list_processes(query=text)).processes

    by_id = run(resolve_remotely(candidates("RP-100001"), Resolution(), process_id="RP-100001",
                                 get=client.get_process, search=search))
    assert by_id.one is not None and by_id.one.process is not None
    by_tracking = run(resolve_remotely(candidates(UPS.lower()), Resolution(),
                                       process_id=UPS.lower(), get=client.get_process,
                                       search=search))
    assert by_tracking.one is not None and by_tracking.one.field is Field.TRACKING
    assert by_tracking.tried == [f"REVER, process id {UPS.lower()}",
                                 f"REVER search {UPS.lower()}"]


def test_remote_search_keeps_exact_matches_only_and_is_bounded() -> None:
    client = FakeAdmin([make_process("RP-100001"), make_process("RP-100002")])

    async def search(text: str) -> list[Process]:
        return (await client.list_processes(query=text)).processes

    partial = run(resolve_remotely(candidates("TRK10000"), Resolution(), search=search))
    assert partial.matches == [] and partial.tried == ["REVER search TRK10000"]
    many = "\x1d".join(f"PART{i}" for i in range(10))
    run(resolve_remotely(candidates(many), Resolution(), search=search))
    # The read itself only: its parts are guesses, for the local list.
    assert len(client.calls_to("list_processes")) == 2
    client.calls.clear()
    keys = tuple(c for c in candidates("(00)340123450000000017") for _ in range(5))
    run(resolve_remotely(keys, Resolution(), search=search))
    assert len(client.calls_to("list_processes")) <= MAX_REMOTE_SEARCHES


def test_emoji_is_never_searched() -> None:
    client = FakeAdmin()

    async def search(text: str) -> list[Process]:
        return (await client.list_processes(query=text)).processes

    run(resolve_remotely(candidates("😀"), Resolution(), search=search))
    assert client.calls == []


# ------------------------------------------------------------------------- the pipeline


def station(*processes: Process, index: ProcessIndex | None = None,
            **kw: Any) -> tuple[FakeAdmin, ScanPipeline]:
    client = FakeAdmin(list(processes))
    return client, ScanPipeline(client, StatusService(DirectSender(client)), index=index, **kw)


def listed(*processes: Process) -> ProcessIndex:
    return index_of(*(ProcessRow.from_process(p) for p in processes))


async def scan_all(pipeline: ScanPipeline, *raws: str) -> list[Any]:
    results = [pipeline.submit(raw) for raw in raws]
    await pipeline.drain()
    return results


def test_a_tracking_scan_found_in_the_list_sets_in_warehouse() -> None:
    target = mp("RP-100473", "COLLECTED", tracking_id=UPS)
    other = make_process("RP-100474", "COLLECTED")
    client, pipeline = station(target, other, index=listed(target, other))
    (result,) = run(scan_all(pipeline, UPS + "\r"))
    assert result.outcome is Outcome.DELIVERED and result.process_id == "RP-100473"
    assert client.calls_to("set_shipping_status") == [
        ("set_shipping_status", "RP-100473", "IN_WAREHOUSE")]
    assert client.calls_to("list_processes") == []  # the list answered: no search
    assert result.resolution.how == f"tracking {UPS[:10]}… → RP-100473"
    assert result.previous_status == "COLLECTED"


@pytest.mark.parametrize("raw", [
    UPS, UPS.lower(), "1Z 9W8 607 99 9175 878 9", "421724\x1d" + UPS, "]C1421724\x1d" + UPS,
])
def test_a_tracking_scan_not_in_the_list_is_found_by_rever(raw: str) -> None:
    target = mp("RP-100473", "COLLECTED", tracking_id=UPS)
    client, pipeline = station(target, make_process("RP-100474"))
    (result,) = run(scan_all(pipeline, raw))
    assert result.outcome is Outcome.DELIVERED and result.process_id == "RP-100473"
    assert client.processes["RP-100473"].shipping_status == "IN_WAREHOUSE"
    assert client.processes["RP-100474"].shipping_status == "COLLECTED"


@pytest.mark.parametrize("raw", ["#A100473", "A100473", "%0075001" + DPD + "101250"])
def test_order_number_and_dpd_barcode(raw: str) -> None:
    target = mp("RP-100473", tracking_id=DPD)
    _, pipeline = station(target, make_process("RP-100474"), index=listed(target))
    (result,) = run(scan_all(pipeline, raw))
    assert result.outcome is Outcome.DELIVERED and result.process_id == "RP-100473"


def test_order_id_is_found_by_rever() -> None:
    target = mp("RP-100473", order_id="5659229943532")
    client, pipeline = station(target)

    async def search(*, query: str = "", **kw: Any) -> Any:
        page = await FakeAdmin.list_processes(client, **kw)
        page.processes = [p for p in client.processes.values() if p.order_id == query]
        return page

    client.list_processes = search  # type: ignore[method-assign]
    (result,) = run(scan_all(pipeline, "5659229943532"))
    assert result.outcome is Outcome.DELIVERED and result.process_id == "RP-100473"
    assert result.resolution.one.field is Field.ORDER_ID


def test_nothing_matches_says_what_was_tried() -> None:
    _, pipeline = station(make_process("RP-1"), index=listed(make_process("RP-1")))
    (result,) = run(scan_all(pipeline, "ZZ123456"))
    assert result.outcome is Outcome.NOT_FOUND and isinstance(result.error, errors.NotFound)
    assert result.resolution.tried == ["the station's list (process id, tracking, order)",
                                       "REVER, process id ZZ123456", "REVER search ZZ123456"]


def test_several_matches_offer_a_pick_list_and_change_nothing() -> None:
    a, b = mp("RP-1", order_number="#A9"), mp("RP-2", order_number="#A9")
    client, pipeline = station(a, b, index=listed(a, b))

    async def go() -> tuple[Any, Any, list[tuple[str, ...]]]:
        (result,) = await scan_all(pipeline, "#A9")
        assert pipeline.picking is result
        calls = list(client.calls)
        chosen = pipeline.choose(result, "RP-2")
        await pipeline.drain()
        return result, chosen, calls

    result, chosen, calls = run(go())
    assert result.outcome is Outcome.MATCHES and calls == []
    assert [p.process_id for p in result.matches] == ["RP-1", "RP-2"]
    assert result.matches[0].customer.full_name == a.customer.full_name
    assert chosen.outcome is Outcome.DELIVERED and chosen.process_id == "RP-2"
    assert chosen.resolution.how == "pick 2 of 2 → RP-2"
    assert client.processes["RP-1"].shipping_status == "COLLECTED"
    assert pipeline.picking is None and pipeline.choose(result, "RP-9") is None


def test_a_second_scan_chooses_from_the_pick_list() -> None:
    a = mp("RP-1", order_number="#A9", tracking_id="T-SHARED")
    b = mp("RP-2", order_number="#A9", tracking_id="T-SHARED")
    c = mp("RP-3", order_number="#A3", tracking_id="T-SHARED")
    _, pipeline = station(a, b, c, index=listed(a, b, c))
    first, second = run(scan_all(pipeline, "#A9", "T-SHARED"))
    assert first.outcome is Outcome.MATCHES
    # T-SHARED alone matches three; with the order's two, it is RP-1 or RP-2 … still two.
    assert second.outcome is Outcome.MATCHES
    d = mp("RP-4", order_number="#A4", tracking_id="T-ONE")
    _, pipeline2 = station(a, d, index=listed(a, d, b))
    first, second = run(scan_all(pipeline2, "#A9", "RP-1"))
    assert second.outcome is Outcome.DELIVERED and second.process_id == "RP-1"
    e = mp("RP-5", order_number="#A9", tracking_id="T-E")
    f = mp("RP-6", order_number="#A6", tracking_id="T-E")
    _, pipeline3 = station(e, f, a, index=listed(e, f, a))
    first, second = run(scan_all(pipeline3, "#A9", "T-E"))
    assert first.outcome is Outcome.MATCHES
    assert second.outcome is Outcome.DELIVERED and second.process_id == "RP-5"
    assert second.resolution.chosen_by == "second scan"


def test_with_an_id_pattern_the_list_still_resolves_a_tracking_scan() -> None:
    target = mp("RP-100473", tracking_id=UPS)
    client, pipeline = station(target, index=listed(target),
                               cleaner=ScanCleaner(id_pattern=r"RP-\d{6}"))
    found, unknown = run(scan_all(pipeline, UPS, "1Z999AA10123456784"))
    assert found.outcome is Outcome.DELIVERED and found.process_id == "RP-100473"
    assert unknown.outcome is Outcome.NOT_AN_ID
    assert [c[0] for c in client.calls] == ["get_process", "set_shipping_status"]


def test_offline_a_listed_tracking_scan_is_queued_as_its_return(tmp_path: Path) -> None:
    target = mp("RP-100473", tracking_id=UPS)
    client = FakeAdmin([target])
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status)
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)), index=listed(target))
    client.fail["get_process"] = lambda *a: errors.RequestTimeout()
    client.fail["set_shipping_status"] = lambda *a: errors.RequestTimeout()
    client.fail["list_processes"] = lambda *a: errors.RequestTimeout()
    first, second, unknown = run(scan_all(pipeline, UPS, UPS, "1Z 0000 0000"))
    assert (first.outcome, second.outcome) == (Outcome.QUEUED, Outcome.QUEUED)
    assert [e.process_id for e in outbox.store.pending()] == ["RP-100473"]
    assert first.customer_name == target.customer.full_name
    assert unknown.outcome is Outcome.OFFLINE  # cannot be searched, and not an id


def test_an_unchecked_tracking_scan_is_kept_as_its_return(tmp_path: Path) -> None:
    target = mp("RP-100473", tracking_id=UPS)
    client = FakeAdmin([target], delay=0.5)
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status)
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)), index=listed(target))

    async def go() -> int:
        pipeline.submit("RP-100001")  # busy with this one when the station closes
        pipeline.submit(UPS)
        return await pipeline.stop(grace=0.05)

    run(go())
    assert [e.process_id for e in outbox.store.pending()] == ["RP-100001", "RP-100473"]


def test_look_up_a_gs1_barcode_and_an_ambiguous_order() -> None:
    target = mp("RP-100473", tracking_id=UPS)
    a, b = mp("RP-1", order_number="#A9"), mp("RP-2", order_number="#A9")
    _, pipeline = station(target, a, b, index=listed(a, b), action=LOOKUP)
    gs1, order = run(scan_all(pipeline, "]C1421724\x1d" + UPS, "#A9"))
    assert gs1.outcome is Outcome.LOOKED_UP and gs1.process_id == "RP-100473"
    assert order.outcome is Outcome.MATCHES and pipeline.picking is None


def test_a_second_scan_chooses_with_the_pick_lists_action() -> None:
    """A CANCELED scan matched two returns and the station went back to the default action:
    the second barcode of the parcel still chooses for the pick list, so CANCELED."""
    e = mp("RP-5", "COLLECTED", order_number="#A9", tracking_id="T-E")
    f = mp("RP-6", "COLLECTED", order_number="#A6", tracking_id="T-E")
    a = mp("RP-1", "COLLECTED", order_number="#A9", tracking_id="T-A")
    current = ScanSettings()
    client, pipeline = station(e, f, a, index=listed(e, f, a), settings=lambda: current)
    pipeline.set_action("CANCELED")
    first, second = run(scan_all(pipeline, "#A9", "T-E"))
    assert first.outcome is Outcome.MATCHES and pipeline.action == "IN_WAREHOUSE"
    assert second.outcome is Outcome.DELIVERED and second.action == "CANCELED"
    assert client.processes["RP-5"].shipping_status == "CANCELED"


def test_what_names_a_parcel_rather_than_a_person() -> None:
    target = mp("RP-100473", "COLLECTED", order_number="#A9", tracking_id=UPS)
    _, pipeline = station(target, index=listed(target))
    assert all(pipeline.names_a_parcel(read) for read in ("RP-100473", "#A9", "A9", UPS))
    assert not any(pipeline.names_a_parcel(name) for name in ("ana", "Ana García", "RP-999"))
    pipeline.cleaner = ScanCleaner(id_pattern=r"RP-\d+")
    assert pipeline.names_a_parcel("RP-999") and not pipeline.names_a_parcel("ana")
