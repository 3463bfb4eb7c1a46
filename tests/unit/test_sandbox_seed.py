"""The sandbox's demo data: deterministic, varied, realistic, and fast to seed."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from revdesk.api.models import SHIPPING_STATUSES, Process
from revdesk.sandbox.seed import SPAN_DAYS, generate
from revdesk.sandbox.store import ProcessFilter, Store

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)


def test_same_seed_same_data() -> None:
    assert list(generate(200, seed=7, now=NOW)) == list(generate(200, seed=7, now=NOW))
    assert list(generate(200, seed=7, now=NOW)) != list(generate(200, seed=8, now=NOW))


def test_ids_and_times() -> None:
    processes = list(generate(500, now=NOW))
    assert [p["process_id"] for p in processes[:3]] == ["RP-100001", "RP-100002", "RP-100003"]
    assert processes[-1]["process_id"] == "RP-100500"
    stamps = [p["created_at"] for p in processes]
    assert stamps == sorted(stamps)  # ids grow with time
    oldest = datetime.fromisoformat(stamps[0].replace("Z", "+00:00"))
    newest = datetime.fromisoformat(stamps[-1].replace("Z", "+00:00"))
    assert NOW - timedelta(days=SPAN_DAYS) <= oldest < newest <= NOW
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", s) for s in stamps)


def test_variety() -> None:
    processes = list(generate(500, now=NOW))
    assert {p["shipping_status"] for p in processes} == set(SHIPPING_STATUSES)
    countries = {p["customer_address"]["country_code"] for p in processes}
    assert len(countries) >= 5
    assert len({p["carrier"] for p in processes if p["carrier"]}) >= 8
    assert {p["provider"] for p in processes} == {"SendCloud", "OPS"}
    assert len({p["order_number"] for p in processes}) == 500
    assert all(re.fullmatch(r"#A\d+", p["order_number"]) for p in processes)
    assert all(p["order_id"].isdigit() for p in processes)
    counts = {s: sum(p["shipping_status"] == s for p in processes) for s in SHIPPING_STATUSES}
    assert counts["CREATED"] + counts["COLLECTED"] > 250 and counts["IN_WAREHOUSE"] > 60


def test_processes_fit_the_client_models() -> None:
    for raw in generate(100, now=NOW):
        process = Process.model_validate(raw)
        assert process.customer.email.endswith("@example.com")
        assert 1 <= len(process.line_items) <= 4
        assert all(item.quantity >= 1 and item.sku for item in process.line_items)
        assert process.unknown_fields["provider"] in ("SendCloud", "OPS")
        # A shipment has both a carrier and a tracking id, or neither.
        assert bool(process.carrier) == bool(process.tracking_id)


def test_seeding_100k(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "big", processes=100_000)
    try:
        assert store.count() == 100_000
        page = store.list_processes(ProcessFilter(shipping_status="ERROR"), None, 50)
        assert len(page) == 50 and all(p["shipping_status"] == "ERROR" for p in page)
    finally:
        store.close()


def test_seeds_only_when_empty(tmp_path: Path) -> None:
    store = Store.open(tmp_path, processes=20)
    store.update_process("RP-100001", shipping_status="ERROR")
    store.close()
    again = Store.open(tmp_path, processes=500)
    try:
        assert again.count() == 20
        assert again.get_process("RP-100001")["shipping_status"] == "ERROR"  # type: ignore[index]
    finally:
        again.close()
