"""One retry policy (issue 16): REVER's Retry-After honoured between 1 s and 300 s; an
unusable one (inf, NaN, negative, past, unparsable) treated as missing; missing, an
exponential backoff from 2 s across calls. Within one call the transport still retries
fast, on its own policy's figures."""

from __future__ import annotations

import asyncio
import math
import random
import time
from pathlib import Path

import httpx
import pytest
from fake_admin import FakeAdmin, make_process

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.api.transport import Backoff, parse_retry_after
from revdesk.domain.bulk import BulkStatusJob
from revdesk.domain.outbox import Outbox, OutboxStore, Result
from revdesk.domain.outcomes import Outcome
from revdesk.domain.status import DirectSender, StatusService

UNUSABLE = [None, math.inf, math.nan, -5.0, 0.0]  # 0.0: a date gone by parses to 0


@pytest.mark.parametrize("value", ["inf", "Infinity", "nan", "-5", "-0.5", "1e400"])
def test_retry_after_that_is_no_wait_parses_as_missing(value: str) -> None:
    assert parse_retry_after(value) is None


@pytest.mark.parametrize(("asked", "waited"), [(20.0, 20.0), (300.0, 300.0), (999999.0, 300.0),
                                               (0.2, 1.0), (1.0, 1.0)])
def test_retry_after_is_honoured_between_1_and_300_s(asked: float, waited: float) -> None:
    assert Backoff().delay(1, asked) == waited


@pytest.mark.parametrize("asked", UNUSABLE)
def test_an_unusable_retry_after_backs_off_from_2_s(asked: float | None) -> None:
    backoff = Backoff(rng=random.Random(1))
    first = [backoff.delay(1, asked) for _ in range(50)]
    assert all(2.0 <= d <= 3.0 for d in first)
    assert all(4.0 <= backoff.delay(2, asked) <= 6.0 for _ in range(50))
    assert backoff.delay(40, asked) <= 300.0  # capped, however long it went on


# -- within one call: the transport ------------------------------------------------------


def transport_with(*answers: httpx.Response) -> tuple[ReverAdminClient, list[float]]:
    script = list(answers)
    slept: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return script.pop(0) if len(script) > 1 else script[0]

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    transport = Transport("https://rever.example.test", "k",
                          retry=RetryPolicy(max_attempts=5, base_delay=0.25, rng=random.Random(1)),
                          transport=httpx.MockTransport(handler), sleep=fake_sleep,
                          clock=lambda: sum(slept))
    return ReverAdminClient(transport), slept


def limited(retry_after: str) -> httpx.Response:
    return httpx.Response(429, json={"code": 8, "message": "slow down"},
                          headers={"Retry-After": retry_after})


@pytest.mark.parametrize("header", ["nan", "-1", "inf", "soon"])
def test_an_unusable_retry_after_is_backed_off_within_a_call(header: str) -> None:
    """Not five requests in a burst (NaN and negatives slept 0 s), nor a call given up at
    once (inf passed every budget): the call backs off as without the header."""
    client, slept = transport_with(limited(header), limited(header), httpx.Response(200, json={}))
    asyncio.run(client.set_shipping_status("RP-1", "CREATED"))
    assert len(slept) == 2
    assert all(math.isfinite(s) and s >= 0.25 for s in slept)


def test_a_sub_second_retry_after_is_taken_as_given_within_a_call() -> None:
    """The in-call retry stays fast: the 1 s floor is for waits across calls."""
    client, slept = transport_with(limited("0.05"), httpx.Response(200, json={}))
    asyncio.run(client.set_shipping_status("RP-1", "CREATED"))
    assert slept == [0.05]


# -- across calls: the outbox ------------------------------------------------------------


class Refusing:
    def __init__(self, error: errors.ApiError) -> None:
        self.error = error

    async def send(self, pid: str, status: str) -> None:
        raise self.error


def next_try_in(tmp_path: Path, error: errors.ApiError) -> tuple[float, Outbox, Result]:
    outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), Refusing(error).send)
    before = time.time()
    result = asyncio.run(outbox.submit("RP-1", "IN_WAREHOUSE"))
    assert result.outcome is Outcome.QUEUED
    [entry] = outbox.store.pending()
    return entry.next_attempt_at - before, outbox, result


def test_a_huge_retry_after_parks_a_scan_5_minutes_not_11_days(tmp_path: Path) -> None:
    wait, outbox, result = next_try_in(tmp_path, errors.RateLimited(retry_after=999999))
    assert 299 <= wait <= 301
    assert result.retry_after == 300
    assert result.rever_asks == "REVER asks to wait 5 min"
    assert outbox.rever_asks == "REVER asks to wait 5 min"


def test_a_plain_retry_after_is_said_in_seconds(tmp_path: Path) -> None:
    wait, outbox, _ = next_try_in(tmp_path, errors.RateLimited(retry_after=40))
    assert 39 <= wait <= 41 and outbox.rever_asks == "REVER asks to wait 40 s"


@pytest.mark.parametrize("asked", UNUSABLE)
def test_an_unusable_retry_after_is_never_stored(tmp_path: Path, asked: float | None) -> None:
    wait, outbox, result = next_try_in(tmp_path, errors.RateLimited(retry_after=asked))
    assert 2.0 <= wait <= 3.1  # backed off from 2 s, not 0.5 s, inf or NaN
    assert result.retry_after is None and outbox.rever_asks == ""


def test_offline_backs_off_from_2_s(tmp_path: Path) -> None:
    wait, _, _ = next_try_in(tmp_path, errors.NetworkUnreachable())
    assert 2.0 <= wait <= 3.1


# -- across calls: the bulk job ----------------------------------------------------------


def first_pause(error: errors.RateLimited) -> float:
    client = FakeAdmin([make_process("RP-100001")])
    client.fail["set_shipping_status"] = lambda pid, status: error
    paused: list[float] = []
    job: BulkStatusJob

    async def sleep(seconds: float) -> None:  # the lead stops the job during its first pause
        paused.append(seconds)
        job.cancel()

    job = BulkStatusJob(StatusService(DirectSender(client)), [("RP-100001", "COLLECTED")],  # type: ignore[arg-type]
                        "IN_WAREHOUSE", sleep=sleep)
    asyncio.run(job.run())
    return paused[0]


def test_a_bulk_job_told_to_wait_for_ever_pauses_5_minutes() -> None:
    assert 299 <= first_pause(errors.RateLimited(retry_after=999999)) <= 300


@pytest.mark.parametrize("asked", UNUSABLE)
def test_a_bulk_job_without_a_usable_retry_after_pauses_from_2_s(asked: float | None) -> None:
    assert 1.9 <= first_pause(errors.RateLimited(retry_after=asked)) <= 3.0
