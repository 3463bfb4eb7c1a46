"""Nothing lost: the outbox against the sandbox's fault knobs, over loopback."""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from revdesk.api import RetryPolicy, ReverAdminClient, Transport
from revdesk.domain.outbox import OUTBOX_FILE, Outbox, OutboxStore, Result
from revdesk.domain.outcomes import Outcome

STATUSES = ("CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR")
QUICK = RetryPolicy(max_attempts=3, base_delay=0.005, max_delay=0.02)


def changeable(url: str) -> list[str]:
    async def go() -> list[str]:
        client = ReverAdminClient(Transport(url, "test-key"))
        try:
            return [p.process_id for p in await client.all_processes()
                    if p.shipping_status != "CANCELED"]
        finally:
            await client.aclose()
    return asyncio.run(go())


def final_states(url: str) -> dict[str, str]:
    async def go() -> dict[str, str]:
        client = ReverAdminClient(Transport(url, "test-key"))
        try:
            return {p.process_id: p.shipping_status for p in await client.all_processes()}
        finally:
            await client.aclose()
    return asyncio.run(go())


def script(pids: list[str], count: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    return [(rng.choice(pids), rng.choice(STATUSES)) for _ in range(count)]


def last_wins(changes: list[tuple[str, str]]) -> dict[str, str]:
    return dict(changes)  # later entries overwrite earlier ones


async def deliver_all(outbox: Outbox, changes: list[tuple[str, str]]) -> None:
    for pid, status in changes:
        await outbox.submit(pid, status, source="test")
    runner = asyncio.create_task(outbox.run(idle_poll=0.02))
    try:
        while outbox.counts["pending"]:
            outbox.wake()
            await asyncio.sleep(0.02)
    finally:
        runner.cancel()


def test_1000_changes_through_5xx_and_429(sandbox: Any, tmp_path: Path) -> None:
    pids = changeable(sandbox.url)
    changes = script(pids, 1000, seed=1)
    sandbox.set_faults(fail_rate=0.3, rate429=0.1, retry_after_s=0.005)

    async def go() -> Outbox:
        client = ReverAdminClient(Transport(sandbox.url, "test-key", retry=QUICK))
        outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status,
                        base_delay=0.005, max_delay=0.05)
        try:
            await deliver_all(outbox, changes)
        finally:
            await client.aclose()
        return outbox

    outbox = asyncio.run(go())
    sandbox.set_faults(fail_rate=0.0, rate429=0.0)
    assert outbox.counts == {"pending": 0, "failed": 0}
    states = final_states(sandbox.url)
    expected = last_wins(changes)
    assert {pid: states[pid] for pid in expected} == expected
    faults = [r for r in sandbox.requests() if r["status"] in (429, 502, 503, 504)]
    assert faults  # the knobs really bit


def test_backend_down_for_the_first_half(sandbox: Any, tmp_path: Path) -> None:
    pids = changeable(sandbox.url)
    changes = script(pids, 200, seed=2)
    port = int(sandbox.url.rsplit(":", 1)[1])
    sandbox.stop()

    async def go() -> Outbox:
        client = ReverAdminClient(Transport(sandbox.url, "test-key", retry=QUICK))
        outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status,
                        base_delay=0.005, max_delay=0.05)
        try:
            for pid, status in changes[:100]:
                await outbox.submit(pid, status)
            assert outbox.offline and outbox.counts["pending"] > 0
            await asyncio.to_thread(sandbox.start, port)
            await deliver_all(outbox, changes[100:])
        finally:
            await client.aclose()
        return outbox

    outbox = asyncio.run(go())
    assert outbox.counts == {"pending": 0, "failed": 0}
    expected = last_wins(changes)
    states = final_states(sandbox.url)
    assert {pid: states[pid] for pid in expected} == expected


def test_station_killed_mid_run_loses_nothing(sandbox: Any, tmp_path: Path) -> None:
    pids = changeable(sandbox.url)
    changes = script(pids, 400, seed=3)
    plan = tmp_path / "changes.json"
    plan.write_text(json.dumps(changes))
    sandbox.set_faults(fail_rate=0.3, latency_ms=2)
    # The driver is a script, not an installed module: point it at this checkout explicitly.
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "REVDESK_DATA_DIR": str(tmp_path / "station"),
           "PYTHONPATH": os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)}
    driver = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("outbox_driver.py")), sandbox.url, str(plan)],
        stdout=subprocess.PIPE, text=True, env=env)
    accepted = -1
    assert driver.stdout is not None
    deadline = time.monotonic() + 60
    while accepted < 150 and time.monotonic() < deadline:
        line = driver.stdout.readline()
        if not line:  # the driver ended early: its stderr says why
            break
        if line.startswith("accepted "):
            accepted = int(line.split()[1])
    driver.send_signal(signal.SIGKILL)
    driver.wait()
    # The driver ran on while we read: what it printed before dying is still in the pipe.
    for line in driver.stdout.read().splitlines():
        if line.startswith("accepted "):
            accepted = int(line.split()[1])
    driver.stdout.close()
    assert accepted >= 150
    left = OutboxStore(tmp_path / "station" / OUTBOX_FILE)
    assert left.counts()["pending"] > 0  # the kill really left work behind
    left.close()

    sandbox.set_faults(fail_rate=0.0, latency_ms=0)
    flush = subprocess.run(
        [sys.executable, "-m", "revdesk", "outbox", "flush"], capture_output=True, text=True,
        env={**env, "REVDESK_API_URL": sandbox.url, "REVDESK_API_KEY": "test-key"}, timeout=120)
    assert flush.returncode == 0, flush.stderr
    states = final_states(sandbox.url)
    # Change N+1 may have been written in the instant before the kill: either reading is whole.
    candidates = [last_wins(changes[: accepted + 1]), last_wins(changes[: accepted + 2])]
    assert any({pid: states[pid] for pid in c} == c for c in candidates)


@pytest.mark.parametrize("mode", ["invalid_json", "wrong_types", "huge", "cut", "stall"])
def test_broken_answers_lose_nothing(sandbox: Any, tmp_path: Path, mode: str) -> None:
    """Whatever breaks in the answer, each change is kept with an operator's reason, the
    station goes on, and every change lands once REVER answers properly again."""
    pids = changeable(sandbox.url)
    changes = script(pids, 12, seed=4)
    sandbox.set_faults(break_mode=mode)

    async def go() -> tuple[list[Result], Outbox]:
        # A short timeout so the stalled server costs a second, not a minute.
        client = ReverAdminClient(Transport(sandbox.url, "test-key", retry=QUICK,
                                            timeout=httpx.Timeout(0.3)))
        outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), client.set_shipping_status,
                        base_delay=0.005, max_delay=0.05)
        try:
            results = [await outbox.submit(pid, status) for pid, status in changes[:4]]
            # Offline now (or not): the next changes are accepted all the same.
            results += [await outbox.submit(pid, status) for pid, status in changes[4:]]
            await asyncio.to_thread(sandbox.reset_faults)
            outbox.store.retry_failed()
            await deliver_all(outbox, [])
        finally:
            await client.aclose()
        return results, outbox

    results, outbox = asyncio.run(go())
    assert all(r.outcome in (Outcome.QUEUED, Outcome.SUPERSEDED) for r in results[:4])
    for r in results:
        if r.error is not None:
            text = r.error.operator_message
            assert text and "test-key" not in text and "Traceback" not in text
    assert outbox.counts == {"pending": 0, "failed": 0}
    expected = last_wins(changes)
    states = final_states(sandbox.url)
    assert {pid: states[pid] for pid in expected} == expected
