"""Nothing lost: 1,000 status changes through the station's outbox while the sandbox answers
30% of requests with a 5xx and 10% with a 429, over loopback. Prints what was sent, what
was confirmed, what was superseded by a later scan of the same return, what was lost (a
final state in the sandbox that differs from the last change scanned) and how long it took.

    python bench/outbox.py [--quick]
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revdesk.api import RetryPolicy, ReverAdminClient, Transport
from revdesk.domain.outbox import Outbox, OutboxStore, Result
from revdesk.domain.outcomes import Outcome
from revdesk.sandbox.process import SandboxProcess

STATUSES = ("CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR")
FAIL_RATE = 0.3
RATE429 = 0.1


def _client(url: str) -> ReverAdminClient:
    return ReverAdminClient(Transport(url, "bench", retry=RetryPolicy(
        max_attempts=3, base_delay=0.005, max_delay=0.02)))


async def _states(url: str) -> dict[str, str]:
    client = _client(url)
    try:
        return {p.process_id: p.shipping_status for p in await client.all_processes()}
    finally:
        await client.aclose()


async def _run(url: str, changes: list[tuple[str, str]], db: Path) -> tuple[Counter[str], float]:
    client = _client(url)
    outbox = Outbox(OutboxStore(db), client.set_shipping_status, base_delay=0.005,
                    max_delay=0.05)
    outcomes: Counter[str] = Counter()

    def count(result: Result) -> None:
        if result.outcome is not Outcome.QUEUED:  # queued is not final: it comes back
            outcomes[result.outcome.value] += 1

    outbox.result.connect(count)
    started = time.perf_counter()
    runner = asyncio.create_task(outbox.run(idle_poll=0.02))
    try:
        for pid, status in changes:  # as scanned: one after the other
            await outbox.submit(pid, status, source="bench")
        while outbox.counts["pending"]:  # noqa: ASYNC110 -- the store is the truth
            await asyncio.sleep(0.01)
        seconds = time.perf_counter() - started
        outcomes["failed_left"] = outbox.counts["failed"]
    finally:
        runner.cancel()
        outbox.store.close()
        await client.aclose()
    return outcomes, seconds


def run(quick: bool = False) -> dict[str, float]:
    count = 200 if quick else 1000
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxProcess(Path(tmp) / "sandbox", processes=500).start()
        try:
            before = asyncio.run(_states(server.url))
            pids = [pid for pid, status in before.items() if status != "CANCELED"]
            changes = [(rng.choice(pids), rng.choice(STATUSES)) for _ in range(count)]
            server.set_faults(fail_rate=FAIL_RATE, rate429=RATE429, retry_after_s=0.005, seed=1)
            server.clear_requests()
            outcomes, seconds = asyncio.run(_run(server.url, changes, Path(tmp) / "o.sqlite3"))
            log = server.requests()
            server.reset_faults()
            after = asyncio.run(_states(server.url))
        finally:
            server.stop()
    expected = dict(changes)  # the last change scanned for each return wins
    lost = sum(1 for pid, status in expected.items() if after[pid] != status)
    puts = [r for r in log if r["path"].endswith("/shipping_status")]
    return {
        "outbox_changes": float(count),
        "outbox_returns_touched": float(len(expected)),
        "outbox_delivered": float(outcomes["delivered"]),
        "outbox_superseded": float(outcomes["superseded"]),
        "outbox_failed": float(outcomes["failed_left"]),
        "outbox_lost": float(lost),
        "outbox_http_sends": float(len(puts)),
        "outbox_5xx_seen": float(sum(1 for r in puts if r["status"] >= 500)),
        "outbox_429_seen": float(sum(1 for r in puts if r["status"] == 429)),
        "outbox_seconds": seconds,
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<26} {value:10.3f}")
