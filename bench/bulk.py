"""Bulk status: set 1,000 returns with bounded concurrency vs a sequential loop of the same
calls, against the sandbox over loopback with 20 ms added to every answer (a WAN round trip:
on bare loopback both loops are bound by the same local CPU) and 3% of answers a 429.

    python bench/bulk.py [--quick]
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revdesk.api import RetryPolicy, ReverAdminClient, Transport
from revdesk.domain.bulk import BulkStatusJob
from revdesk.domain.outbox import Outbox, OutboxSender, OutboxStore
from revdesk.domain.status import StatusService
from revdesk.sandbox.process import SandboxProcess

LATENCY_MS = 20
RATE429 = 0.03
RETRY_AFTER_S = 0.2


def _client(url: str) -> ReverAdminClient:
    return ReverAdminClient(Transport(url, "bench", retry=RetryPolicy(max_attempts=6)))


async def _ids(url: str, count: int) -> list[str]:
    client = _client(url)
    try:
        processes = await client.all_processes(page_size=1000)
    finally:
        await client.aclose()
    return [p.process_id for p in processes if p.shipping_status != "CANCELED"][:count]


async def _sequential(url: str, ids: list[str], status: str) -> float:
    client = _client(url)
    started = time.perf_counter()
    try:
        for pid in ids:
            await client.set_shipping_status(pid, status)
    finally:
        await client.aclose()
    return time.perf_counter() - started


async def _bulk(url: str, ids: list[str], status: str) -> tuple[float, int, int]:
    client = _client(url)
    # The station's real path: every change written to the durable outbox before it is sent.
    with tempfile.TemporaryDirectory() as tmp:
        store = OutboxStore(Path(tmp) / "outbox.sqlite3")
        sender = OutboxSender(Outbox(store, client.set_shipping_status))
        try:
            job = BulkStatusJob(StatusService(sender), [(p, "") for p in ids], status)
            summary = await job.run()
        finally:
            store.close()
            await client.aclose()
    return summary.seconds, summary.failed + summary.queued, summary.rate_limited


def _honoured(log: list[dict]) -> tuple[int, int]:  # type: ignore[type-arg]
    """(429 answers seen, of them retried too early): from the sandbox's request log."""
    seen = early = 0
    last_429: dict[str, datetime] = {}
    for entry in log:
        when = datetime.fromisoformat(entry["time"])
        path = entry["path"]
        if path in last_429:
            # a retry of a rate-limited call must wait Retry-After (5 ms for timer slack)
            if (when - last_429.pop(path)).total_seconds() < RETRY_AFTER_S - 0.005:
                early += 1
        if entry["status"] == 429:
            seen += 1
            last_429[path] = when
    return seen, early


def run(quick: bool = False) -> dict[str, float]:
    count = 200 if quick else 1000
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxProcess(Path(tmp) / "sandbox", processes=count + count // 5).start()
        try:
            ids = asyncio.run(_ids(server.url, count))
            server.set_faults(latency_ms=LATENCY_MS, rate429=RATE429, retry_after_s=RETRY_AFTER_S)
            sequential_s = asyncio.run(_sequential(server.url, ids, "COLLECTED"))
            server.clear_requests()
            bulk_s, errors, rate_limited = asyncio.run(_bulk(server.url, ids, "IN_WAREHOUSE"))
            seen, early = _honoured(server.requests())
        finally:
            server.stop()
    return {
        "bulk_items": float(len(ids)),
        "bulk_sequential_s": sequential_s,
        "bulk_concurrent_s": bulk_s,
        "bulk_speedup_x": sequential_s / bulk_s,
        "bulk_errors": float(errors),
        "bulk_429_seen": float(seen),
        "bulk_429_after_retries": float(rate_limited),
        "bulk_429_retried_early": float(early),
        "bulk_429_honoured": 1.0 if seen and not early else 0.0,
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<26} {value:10.3f}")
