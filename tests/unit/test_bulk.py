"""Bulk status: bounded concurrency, a pause and a narrower window on 429, a result per
return, cancellation."""

from __future__ import annotations

import asyncio

from fake_admin import FakeAdmin, make_process

from revdesk.api import errors
from revdesk.api.transport import Backoff
from revdesk.domain.bulk import BulkStatusJob, ItemState
from revdesk.domain.status import DirectSender, StatusService


def job_for(client: FakeAdmin, pids: list[str], **kw: object) -> BulkStatusJob:
    service = StatusService(DirectSender(client))
    return BulkStatusJob(service, [(p, "COLLECTED") for p in pids], "IN_WAREHOUSE", **kw)  # type: ignore[arg-type]


def test_sets_every_return_with_at_most_8_in_flight() -> None:
    pids = [f"RP-{100001 + i}" for i in range(40)]
    client = FakeAdmin([make_process(p) for p in pids], delay=0.002)
    seen: list[int] = []
    job = job_for(client, pids, on_item=lambda i, item: seen.append(i))
    summary = asyncio.run(job.run())
    assert summary.done == 40 and summary.failed == 0
    assert client.max_in_flight == 8 and sorted(seen) == list(range(40))
    assert all(p.shipping_status == "IN_WAREHOUSE" for p in client.processes.values())


def test_429_pauses_everybody_and_is_retried() -> None:
    pids = [f"RP-{100001 + i}" for i in range(20)]
    client = FakeAdmin([make_process(p) for p in pids])
    budget = {"429": 3}

    def maybe_429(pid: str, status: str) -> BaseException | None:
        if budget["429"] > 0:
            budget["429"] -= 1
            return errors.RateLimited(retry_after=0.01, status_code=429)
        return None

    client.fail["set_shipping_status"] = maybe_429
    # Retry-After as given (10 ms), not held at the station's 1 s floor: a quick test.
    job = job_for(client, pids, backoff=Backoff(base=0.01, min_retry_after=0.001))
    summary = asyncio.run(job.run())
    assert summary.done == 20 and summary.rate_limited == 3
    assert job.window.limit <= 8


def test_per_return_failures_are_reported() -> None:
    client = FakeAdmin([make_process("RP-100001")])
    job = job_for(client, ["RP-100001", "RP-404"])
    summary = asyncio.run(job.run())
    assert (summary.done, summary.failed) == (1, 1)
    assert job.items[1].state is ItemState.FAILED and isinstance(job.items[1].error, errors.NotFound)


def test_cancel_stops_sending() -> None:
    pids = [f"RP-{100001 + i}" for i in range(30)]
    client = FakeAdmin([make_process(p) for p in pids], delay=0.002)
    job: BulkStatusJob

    def cancel_after_first(i: int, item: object) -> None:
        job.cancel()

    job = job_for(client, pids, concurrency=2, on_item=cancel_after_first)
    summary = asyncio.run(job.run())
    assert summary.cancelled >= 25 and summary.done + summary.cancelled == 30
