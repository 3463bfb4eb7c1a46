"""Nothing lost when several processes share a station: the window, ``revdesk status set``
and ``revdesk outbox flush`` on one data folder, one outbox file, one audit log, against a
REVER that holds status POSTs for a while before acting on them."""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Coroutine, Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

import pytest
from slow_rever import SlowRever

from revdesk.api.transport import Backoff
from revdesk.cli.common import EXIT_QUEUED
from revdesk.core import INTERACTIVE_RETRY, StationCore
from revdesk.domain.audit import AUDIT_FILE, STATUS_CHANGE, AuditLog
from revdesk.domain.outbox import OUTBOX_FILE, OutboxStore, Result
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanResult

ROOT = Path(__file__).resolve().parents[2]
FINAL = ("delivered", "failed", "superseded")
#: Statuses a return may take in any order (a canceled one stays canceled).
CHANGEABLE = ("CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR")
T = TypeVar("T")


@pytest.fixture
def rever(tmp_path: Path) -> Iterator[SlowRever]:
    with SlowRever(tmp_path / "rever") as server:
        yield server


def station_env(rever: SlowRever, station: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    return {**env, "REVDESK_DATA_DIR": str(station), "REVDESK_API_URL": rever.url,
            "REVDESK_API_KEY": "test-key",
            "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)}


def revdesk(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "revdesk", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def finish(proc: subprocess.Popen[str], timeout: float = 60) -> tuple[int, str]:
    out, err = proc.communicate(timeout=timeout)
    return proc.returncode, out + err


def a_return(rever: SlowRever, skip: int = 0) -> str:
    """A return REVER lets change in any order (a canceled one stays canceled)."""
    for n in range(100001, 100061):
        pid = f"RP-{n}"
        if rever.status_of(pid) != "CANCELED":
            if skip == 0:
                return pid
            skip -= 1
    raise AssertionError("no changeable return in the sandbox")


def final_records(station: Path) -> list[tuple[str, str, str]]:
    audit = AuditLog(station / AUDIT_FILE)
    try:
        return [(e.process_id, e.new_value, e.result)
                for e in audit.events(action=STATUS_CHANGE) if e.result in FINAL]
    finally:
        audit.close()


def outbox_counts(station: Path) -> dict[str, int]:
    store = OutboxStore(station / OUTBOX_FILE)
    try:
        return store.counts()
    finally:
        store.close()


@pytest.mark.parametrize("older, newer", [("IN_WAREHOUSE", "CANCELED"),
                                          ("COLLECTED", "IN_WAREHOUSE")])
def test_a_newer_change_from_another_process_is_sent_after_the_one_in_flight(
        rever: SlowRever, tmp_path: Path, older: str, newer: str) -> None:
    """Issue 16's reproduction: REVER holds the first status POST for 3 s; a second
    ``status set`` of the same return, a second later, must not overtake it."""
    pid = a_return(rever)
    env = station_env(rever, tmp_path / "station")
    rever.plan.queue[:] = [3.0]
    first = revdesk(env, "status", "set", pid, older)
    rever.wait_arrivals(1)  # the older change is on the wire, held by REVER
    second = revdesk(env, "status", "set", pid, newer)
    (code1, text1), (code2, text2) = finish(first), finish(second)
    assert (code1, code2) == (0, 0), text1 + text2
    assert rever.status_of(pid) == newer
    assert outbox_counts(tmp_path / "station") == {"pending": 0, "failed": 0}
    assert len(rever.status_posts()) == 2  # one send per change, none twice
    assert sorted(final_records(tmp_path / "station")) == sorted(
        [(pid, older, "delivered"), (pid, newer, "delivered")])


class WindowCore:
    """A :class:`StationCore` on its own event loop in a thread of the test process: the
    window's core (its delivery loop, its audit log), without the window."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.core: StationCore | None = None

    def __enter__(self) -> WindowCore:
        self._thread.start()
        self.core = self.call(self._open())
        return self

    @staticmethod
    async def _open() -> StationCore:
        core = StationCore(retry=INTERACTIVE_RETRY)
        core.start()
        return core

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def submit(self, pid: str, status: str) -> concurrent.futures.Future[Result]:
        assert self.core is not None and self.core.outbox is not None
        return asyncio.run_coroutine_threadsafe(
            self.core.outbox.submit(pid, status, source="scan"), self.loop)

    def __exit__(self, *exc: object) -> None:
        async def close() -> None:
            if self.core is not None:
                await self.core.aclose(grace=0)
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        try:
            self.call(close())
        finally:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=10)
            self.loop.close()


def told_count(station: Path, pid: str, status: str) -> int:
    """Final audit records of (pid, status) so far."""
    path = station / AUDIT_FILE
    if not path.exists():
        return 0
    db = sqlite3.connect(path, timeout=10)
    try:
        row = db.execute(
            "SELECT COUNT(*) FROM events WHERE action=? AND process_id=? AND new_value=?"
            f" AND result IN ({','.join('?' * len(FINAL))})",
            (STATUS_CHANGE, pid, status, *FINAL)).fetchone()
    finally:
        db.close()
    return int(row[0])


def wait_written(station: Path, pid: str, status: str, after: int,
                 proc: subprocess.Popen[str] | None = None, timeout: float = 30) -> int:
    """Wait until the change (pid, status) is in the outbox file with an id above ``after``
    (the return's last change); returns its id (or one at least as high)."""
    before = told_count(station, pid, status)
    db = sqlite3.connect(station / OUTBOX_FILE, timeout=10)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            row = db.execute("SELECT max(id) FROM entries WHERE process_id=? AND status=?"
                             " AND id>?", (pid, status, after)).fetchone()
            if row[0] is not None:
                return int(row[0])
            # Written, sent and settled between two looks (this process was slow to look).
            if told_count(station, pid, status) > before:
                seq = db.execute("SELECT seq FROM sqlite_sequence WHERE name='entries'")
                return int(seq.fetchone()[0])
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"{pid} {status}: the process ended without writing it: "
                                     f"{finish(proc)[1]}")
            time.sleep(0.005)
    finally:
        db.close()
    raise AssertionError(f"{pid} {status} never written within {timeout:g} s")


def plan_changes(pids: list[str], count: int, seed: int) -> list[tuple[str, str, str]]:
    """``count`` changes (actor, pid, status), each return's statuses never twice in a row."""
    rng = random.Random(seed)
    last: dict[str, str] = {}
    changes: list[tuple[str, str, str]] = []
    for _ in range(count):
        pid = rng.choice(pids)
        status = rng.choice([s for s in CHANGEABLE if s != last.get(pid)])
        last[pid] = status
        changes.append((rng.choice(("cli", "cli", "window")), pid, status))
    return changes


def test_several_processes_one_outbox_nothing_stale_nothing_twice(
        rever: SlowRever, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's core (in this process), ``revdesk status set`` processes and ``revdesk
    outbox flush`` share one station while REVER holds every status POST 0.2-1.5 s and
    answers 5% of requests with a 5xx; one ``status set`` is killed (-9) while REVER holds
    its POST. REVER ends at the last change of every return; no return ever has two sends
    in flight; each POST that REVER acted on is one change's delivery (the killed one's
    aside); the audit log tells each change's final outcome exactly once."""
    station = tmp_path / "station"
    env = station_env(rever, station)
    for name in ("REVDESK_DATA_DIR", "REVDESK_API_URL", "REVDESK_API_KEY"):
        monkeypatch.setenv(name, env[name])
    pids = [a_return(rever, n) for n in range(6)]
    victim, others = pids[0], pids[1:]
    rever.plan.spread = (0.2, 1.5)
    rever.plan.rng.seed(16)
    rever.app.state.faults.update({"fail_rate": 0.05, "seed": 16})
    changes = plan_changes(others, 16, seed=16)
    started = time.monotonic()
    written: list[tuple[str, str]] = []
    last_id: dict[str, int] = {}
    clis: list[subprocess.Popen[str]] = []
    scans: list[concurrent.futures.Future[Result]] = []
    flushes: list[subprocess.Popen[str]] = []

    def change(actor: str, pid: str, status: str) -> None:
        proc = None
        if actor == "cli":
            proc = revdesk(env, "status", "set", pid, status)
            clis.append(proc)
        else:
            scans.append(window.submit(pid, status))
        last_id[pid] = wait_written(station, pid, status, last_id.get(pid, 0), proc)
        written.append((pid, status))

    with WindowCore() as window:
        for n, (actor, pid, status) in enumerate(changes):
            if n == 3:  # killed while REVER holds its change (held 4 s, acted on anyway)
                rever.plan.by_change[(victim, "COLLECTED")] = 4.0
                doomed = revdesk(env, "status", "set", victim, "COLLECTED")
                last_id[victim] = wait_written(station, victim, "COLLECTED", 0, doomed)
                written.append((victim, "COLLECTED"))
                rever.wait_arrivals(1, change=(victim, "COLLECTED"))
                doomed.send_signal(signal.SIGKILL)
                doomed.communicate(timeout=10)
                # The window changes it again: sent once the dead process's claim lapsed.
                change("window", victim, "IN_WAREHOUSE")
            if n == 8:
                flushes.append(revdesk(env, "outbox", "flush"))
            change(actor, pid, status)
        codes = [finish(proc) for proc in clis + flushes]
        outcomes = [scan.result(timeout=60) for scan in scans]
        assert all(code in (0, EXIT_QUEUED) for code, _ in codes), codes
        # What a 5xx left queued (exit 75), the window's delivery loop sends; or the flush.
        last = finish(revdesk(env, "outbox", "flush"))
        deadline = time.monotonic() + 30
        while outbox_counts(station)["pending"] and time.monotonic() < deadline:
            time.sleep(0.05)
    seconds = time.monotonic() - started

    assert last[0] == 0 and ", 0 still pending" in last[1], last
    assert outbox_counts(station) == {"pending": 0, "failed": 0}
    expected = dict(written)
    rever.app.state.faults.update({"fail_rate": 0.0})  # the stations are done; this is us
    assert {pid: rever.status_of(pid) for pid in expected} == expected
    assert all(o.outcome in (Outcome.DELIVERED, Outcome.QUEUED, Outcome.SUPERSEDED)
               for o in outcomes)
    # At most one send in flight per return, station-wide, and REVER acts in that order.
    for pid in expected:
        held = sorted((a.arrived, a.acted or 0.0) for a in rever.arrivals if a.process_id == pid)
        assert all(prev[1] <= nxt[0] for prev, nxt in pairwise(held)), (pid, held)
    # Each change ends once in the audit log; each POST REVER acted on (2xx) is one
    # delivered change, but the killed process's (it never learned it had landed).
    records = final_records(station)
    assert Counter((pid, status) for pid, status, _ in records) == Counter(written)
    delivered = Counter((pid, status) for pid, status, result in records
                        if result == "delivered")
    acted = Counter((r["path"].rsplit("/", 2)[-2], r["body"]["lkss"])
                    for r in rever.status_posts() if r["status"] == 200)
    assert acted.pop((victim, "COLLECTED"), 0) <= 1  # the killed one: REVER may have acted
    assert acted == delivered
    assert seconds < 90


def test_the_window_sees_what_another_process_did_with_its_queued_scans(
        rever: SlowRever, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two scans queued in the window while REVER fails; then a terminal's ``status set``
    replaces one and ``outbox flush`` sends the other. The window, which hears only its own
    outbox otherwise, tells both scans' outcomes and that the file changed (the header's
    count reads it again) within a few seconds."""
    station = tmp_path / "station"
    env = station_env(rever, station)
    for name in ("REVDESK_DATA_DIR", "REVDESK_API_URL", "REVDESK_API_KEY"):
        monkeypatch.setenv(name, env[name])
    sent, replaced = a_return(rever, 0), a_return(rever, 1)
    rever.app.state.faults.update({"fail_rate": 1.0})

    with WindowCore() as window:
        core = window.core
        assert core is not None and core.outbox is not None
        # The window's own retries wait long: what happens to its scans is the others' doing.
        core.outbox.backoff = Backoff(base=600.0, cap=600.0)
        told_elsewhere: list[None] = []
        core.outbox.changed_elsewhere.connect(told_elsewhere.append)

        async def scan(pid: str) -> ScanResult:
            result = core.pipeline.submit(pid, action="IN_WAREHOUSE")
            assert result is not None
            await core.pipeline.drain()
            return result

        scans = [window.call(scan(pid)) for pid in (sent, replaced)]
        assert [s.outcome for s in scans] == [Outcome.QUEUED, Outcome.QUEUED]
        rever.app.state.faults.update({"fail_rate": 0.0})

        code, text = finish(revdesk(env, "status", "set", replaced, "ERROR"))
        assert code == 0, text
        code, text = finish(revdesk(env, "outbox", "flush"))
        assert code == 0 and "1 delivered" in text, text
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(s.outcome is Outcome.QUEUED for s in scans):
            time.sleep(0.05)
        assert [s.outcome for s in scans] == [Outcome.DELIVERED, Outcome.SUPERSEDED]
        assert all(s.settled_late for s in scans)
        assert told_elsewhere
        assert core.outbox.counts == {"pending": 0, "failed": 0}
    assert rever.status_of(sent) == "IN_WAREHOUSE" and rever.status_of(replaced) == "ERROR"


def test_outbox_flush_says_what_it_waits_for_and_why_changes_stay(
        rever: SlowRever, tmp_path: Path) -> None:
    """A flush never waits in silence on another process's claim (a killed one's holds for
    its lease), and one that leaves changes queued says why (REVER's answer)."""
    station = tmp_path / "station"
    env = station_env(rever, station)
    pid, other = a_return(rever, 0), a_return(rever, 1)
    rever.app.state.faults.update({"fail_rate": 1.0})
    code, text = finish(revdesk(env, "status", "set", pid, "ERROR"))
    assert code == EXIT_QUEUED, text
    flush = subprocess.run([sys.executable, "-m", "revdesk", "outbox", "flush"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert flush.returncode == EXIT_QUEUED
    assert "1 still pending" in flush.stdout
    assert "not sent yet:" in flush.stderr and "test-key" not in flush.stderr

    rever.app.state.faults.update({"fail_rate": 0.0})
    holder = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("claim_holder.py")),
         str(station / OUTBOX_FILE), "send", other, "1.5"],
        stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().startswith("claimed ")
        holder.kill()  # killed mid-send: its claim holds until the lease lapses
        holder.wait(timeout=10)
        flush = subprocess.run([sys.executable, "-m", "revdesk", "outbox", "flush"], env=env,
                               capture_output=True, text=True, timeout=60)
    finally:
        if holder.poll() is None:
            holder.kill()
        if holder.stdout is not None:
            holder.stdout.close()
    assert "waiting for 1 change(s) another station process is sending" in flush.stderr
    assert flush.returncode == 0, flush.stdout + flush.stderr
    assert rever.status_of(pid) == "ERROR"
