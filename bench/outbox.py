"""Nothing lost: 1,000 status changes through the station's outbox while the sandbox answers
30% of requests with a 5xx and 10% with a 429, over loopback. Prints what was sent, what
was confirmed, what was superseded by a later scan of the same return, what was lost (a
final state in the sandbox that differs from the last change scanned) and how long it took.

Then several processes on one station (``outbox_mp_*``): per round, ``revdesk status set
PID IN_WAREHOUSE`` and, a second later, ``revdesk status set PID ERROR`` as real processes
on one data folder, while the sandbox answers each request in 0.2-1.5 s (its latency knob
moved at random every 50 ms); ten rounds at a time, each ten with a ``revdesk outbox
flush`` ("send now") started beside the second changes, and one more flush at the end.
Prints the returns REVER leaves at another status than the change written last (stale; the
second command writes first now and then, its read being quicker), the status POSTs beyond
one per change (duplicate sends), the audit's "delivered" records, the commands that did
not exit 0, what the flushes called still pending, and how long it took.

    python bench/outbox.py [--quick]
"""

from __future__ import annotations

import asyncio
import os
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revdesk.api import RetryPolicy, ReverAdminClient, Transport
from revdesk.api.transport import Backoff
from revdesk.domain.audit import AUDIT_FILE, STATUS_CHANGE, AuditLog
from revdesk.domain.outbox import OUTBOX_FILE, Outbox, OutboxStore, Result
from revdesk.domain.outcomes import Outcome
from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, SandboxProcess

STATUSES = ("CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR")
FAIL_RATE = 0.3
RATE429 = 0.1
ROOT = Path(__file__).resolve().parent.parent
#: The multi-process run: each round's two changes, the gap between their commands, the
#: sandbox's answer time (ms), how many rounds run at once.
MP_OLDER, MP_NEWER = "IN_WAREHOUSE", "ERROR"
MP_GAP_S = 1.0
MP_LATENCY_MS = (200, 1500)
MP_AT_ONCE = 10


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
    # Retry-After (5 ms here) as given, not held at the station's 1 s floor.
    outbox = Outbox(OutboxStore(db), client.set_shipping_status,
                    backoff=Backoff(base=0.005, cap=0.05, min_retry_after=0.005))
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


def run_single(quick: bool = False) -> dict[str, float]:
    """One station process: see the module's docstring."""
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


def _jitter(server: SandboxProcess, stop: threading.Event, rng: random.Random) -> None:
    """Move the sandbox's latency at random until ``stop``: each request is answered in
    the time set when it arrived."""
    while not stop.wait(0.05):
        server.set_faults(latency_ms=rng.randint(*MP_LATENCY_MS))


def _watch(outbox: Path, stop: threading.Event, seen: dict[tuple[str, str], int]) -> None:
    """Note each change's entry id in the outbox file as it appears (every 5 ms; an entry
    lives at least as long as its POST takes, 200 ms here): which of a return's two
    changes was *made* last, since the second command may write before the first."""
    db: sqlite3.Connection | None = None
    try:
        while not stop.wait(0.005):
            if db is None:
                if not outbox.exists():
                    continue
                db = sqlite3.connect(outbox, timeout=5)
            try:
                rows = db.execute("SELECT id, process_id, status FROM entries").fetchall()
            except sqlite3.OperationalError:  # not created yet, or busy: look again
                continue
            for entry_id, pid, status in rows:
                seen.setdefault((pid, status), entry_id)
    finally:
        if db is not None:
            db.close()


def _revdesk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "revdesk", *args], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def run_processes(quick: bool = False) -> dict[str, float]:
    """Several processes on one station: see the module's docstring."""
    rounds = 10 if quick else 50
    rng = random.Random(16)
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxProcess(Path(tmp) / "sandbox", processes=200).start()
        station = Path(tmp) / "station"
        env = {k: v for k, v in os.environ.items() if k not in ENV_VARS_TO_CLEAR}
        env |= {"REVDESK_DATA_DIR": str(station), "REVDESK_API_URL": server.url,
                "REVDESK_API_KEY": "bench",
                "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)}
        stop = threading.Event()
        jitter = threading.Thread(target=_jitter, args=(server, stop, rng), daemon=True)
        seen: dict[tuple[str, str], int] = {}
        watcher = threading.Thread(target=_watch, args=(station / OUTBOX_FILE, stop, seen),
                                   daemon=True)
        try:
            before = asyncio.run(_states(server.url))
            pids = [pid for pid, status in before.items()
                    if status not in ("CANCELED", MP_NEWER)][:rounds]
            server.clear_requests()
            started = time.perf_counter()
            jitter.start()
            watcher.start()
            codes: list[int] = []
            flushes: list[subprocess.Popen[str]] = []
            said_pending = 0
            for at in range(0, rounds, MP_AT_ONCE):
                batch = pids[at:at + MP_AT_ONCE]
                older = [_revdesk(env, "status", "set", pid, MP_OLDER) for pid in batch]
                time.sleep(MP_GAP_S)
                newer = [_revdesk(env, "status", "set", pid, MP_NEWER) for pid in batch]
                # "Send now" meanwhile, as the window's delivery loop or a lead would.
                flushes.append(_revdesk(env, "outbox", "flush"))
                for proc in older + newer:
                    proc.communicate(timeout=120)
                    codes.append(proc.returncode)
            for proc in flushes:
                text, _ = proc.communicate(timeout=120)
                codes.append(proc.returncode)
                said = re.search(r"(\d+) still pending", text)
                said_pending += int(said.group(1)) if said else 0
            stop.set()
            jitter.join(timeout=10)
            watcher.join(timeout=10)
            server.reset_faults()
            flush = _revdesk(env, "outbox", "flush")
            flush_text, _ = flush.communicate(timeout=120)
            seconds = time.perf_counter() - started
            log = server.requests()
            after = asyncio.run(_states(server.url))
        finally:
            stop.set()
            server.stop()
        audit = AuditLog(station / AUDIT_FILE)
        try:
            delivered = len(audit.events(action=STATUS_CHANGE, result="delivered"))
        finally:
            audit.close()
    left = re.search(r"(\d+) still pending", flush_text)

    def last_made(pid: str) -> str:
        """The status of the return's change written last (the newer command's, unless it
        wrote first, or its entry went unseen)."""
        ids = {status: seen.get((pid, status), -1) for status in (MP_OLDER, MP_NEWER)}
        return MP_OLDER if ids[MP_OLDER] > ids[MP_NEWER] else MP_NEWER

    posts = [r for r in log if r["method"] == "POST" and r["path"].endswith("/shipping_status")]
    return {
        "outbox_mp_rounds": float(rounds),
        "outbox_mp_changes": float(2 * rounds),
        "outbox_mp_stale": float(sum(1 for pid in pids if after[pid] != last_made(pid))),
        "outbox_mp_made_in_reverse": float(sum(1 for pid in pids if last_made(pid) == MP_OLDER)),
        "outbox_mp_status_posts": float(len(posts)),
        "outbox_mp_duplicate_sends": float(len(posts) - 2 * rounds),
        "outbox_mp_audit_delivered": float(delivered),
        "outbox_mp_not_exit_0": float(sum(1 for code in codes if code != 0)),
        "outbox_mp_flush_said_pending": float(said_pending),
        "outbox_mp_last_flush_exit": float(flush.returncode),
        "outbox_mp_last_flush_pending": float(left.group(1)) if left else -1.0,
        "outbox_mp_seconds": seconds,
    }


def run(quick: bool = False) -> dict[str, float]:
    return run_single(quick) | run_processes(quick)


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<30} {value:10.3f}")
