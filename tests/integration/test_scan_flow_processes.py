"""The scan path against a slow REVER, over loopback (``revdesk sandbox --latency-ms``):
the next parcel's check does not wait for the previous parcel's POST; a scan made before a
terminal's ``revdesk status set`` does not overwrite it; scans killed (-9) while being
checked are applied at the next start."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from revdesk.api.transport import API_KEY_HEADER
from revdesk.core import INTERACTIVE_RETRY, StationCore
from revdesk.domain.audit import AUDIT_FILE, STATUS_CHANGE, AuditLog
from revdesk.domain.outbox import OUTBOX_FILE, OutboxStore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scan_journal import ScanJournal
from revdesk.domain.scanning import ScanResult
from revdesk.sandbox.process import SandboxProcess

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("scan_driver.py")
LATENCY_MS = 1500


@pytest.fixture
def slow(tmp_path: Path) -> Iterator[SandboxProcess]:
    """A sandbox answering every REVER call 1.5 s late (the QA pass's "REVER is slow");
    the test reads REVER's state with the latency off (see statuses)."""
    server = SandboxProcess(tmp_path / "sandbox",
                            extra_args=["--latency-ms", str(LATENCY_MS)]).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def station(tmp_path: Path, slow: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "station"
    monkeypatch.setenv("REVDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("REVDESK_API_URL", slow.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test-key")
    return folder


def child_env() -> dict[str, str]:
    env = dict(os.environ)  # the station's REVDESK_* variables, set by the fixture
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def statuses(sandbox: SandboxProcess, *pids: str) -> list[str]:
    """REVER's status of each return, read with the latency off for a moment (a test's
    look, not the station's: nothing of the station runs then)."""
    sandbox.set_faults(latency_ms=0)
    try:
        with httpx.Client(base_url=sandbox.url, headers={API_KEY_HEADER: "test-key"},
                          timeout=30) as http:
            return [str(http.get(f"/v1/processes/{pid}").raise_for_status()
                        .json()["process"]["shipping_status"]) for pid in pids]
    finally:
        sandbox.set_faults(latency_ms=LATENCY_MS)


def changeable(sandbox: SandboxProcess, count: int) -> list[str]:
    """Returns neither cancelled nor in the warehouse yet."""
    pids = [f"RP-{n}" for n in range(100001, 100061)]
    found = [pid for pid, status in zip(pids, statuses(sandbox, *pids), strict=True)
             if status not in ("CANCELED", "IN_WAREHOUSE")]
    assert len(found) >= count, "not enough changeable returns in the sandbox"
    return found[:count]


def arrivals(sandbox: SandboxProcess, method: str, path_end: str) -> list[float]:
    return [datetime.fromisoformat(r["time"]).timestamp() for r in sandbox.requests()
            if r["method"] == method and r["path"].endswith(path_end)]


def audit_rows(folder: Path, pid: str) -> list[tuple[str, str, str]]:
    audit = AuditLog(folder / AUDIT_FILE)
    try:
        return [(e.new_value, e.result, e.detail)
                for e in audit.events(action=STATUS_CHANGE, process_id=pid)]
    finally:
        audit.close()


def journal_rows(folder: Path) -> list[str]:
    """The journal as another process reads it, without opening an outbox store."""
    if not (folder / OUTBOX_FILE).exists():
        return []
    db = sqlite3.connect(folder / OUTBOX_FILE, timeout=10)
    try:
        return [r[0] for r in db.execute("SELECT raw FROM scans ORDER BY id")]
    except sqlite3.OperationalError:  # the table is not there yet
        return []
    finally:
        db.close()


async def open_core() -> StationCore:
    core = StationCore(retry=INTERACTIVE_RETRY)
    core.start()
    return core


def test_the_next_parcel_is_checked_while_the_previous_post_waits(
        slow: SandboxProcess, station: Path) -> None:
    first_pid, second_pid = changeable(slow, 2)
    slow.clear_requests()

    async def go() -> list[ScanResult]:
        core = await open_core()
        try:
            first = core.pipeline.submit(first_pid)
            await asyncio.sleep(0.3)  # the next parcel, as a scanner's next read
            second = core.pipeline.submit(second_pid)
            assert first is not None and second is not None
            await asyncio.wait_for(core.pipeline.drain(), 60)
            return [first, second]
        finally:
            await core.aclose()

    first, second = asyncio.run(go())
    assert (first.outcome, second.outcome) == (Outcome.DELIVERED, Outcome.DELIVERED)
    (post_first,) = arrivals(slow, "POST", f"{first_pid}/shipping_status")
    (get_second,) = arrivals(slow, "GET", f"/processes/{second_pid}")
    # Before: GET, POST, REVER's answer, then the next GET. Now the second parcel's read
    # reaches REVER while the first parcel's POST is still waiting for its answer.
    assert get_second < post_first + LATENCY_MS / 1000
    assert statuses(slow, first_pid, second_pid) == ["IN_WAREHOUSE"] * 2


class HeldReads:
    """The core's REVER client, whose process reads wait until the test lets them go: the
    scan stays "being checked" as long as the test needs, whatever the machine's speed."""

    def __init__(self, client: Any) -> None:
        self._client = client
        self.go = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    async def get_process(self, process_id: str) -> Any:
        await self.go.wait()
        return await self._client.get_process(process_id)


def test_a_terminal_change_made_after_the_scan_is_not_overwritten(
        slow: SandboxProcess, station: Path) -> None:
    """F10: the scan is accepted, the terminal's ``status set ERROR`` runs to its end while
    the scan is still being checked; REVER must end at ERROR, the change made last."""
    (pid,) = changeable(slow, 1)
    slow.clear_requests()

    async def go() -> tuple[ScanResult, int, str]:
        core = await open_core()
        held = HeldReads(core.pipeline.client)
        core.pipeline.client = held
        try:
            result = core.pipeline.submit(pid)
            assert result is not None
            await asyncio.sleep(0.2)
            terminal = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "revdesk", "status", "set", pid, "ERROR",
                env=child_env(), stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT)
            out, _ = await asyncio.wait_for(terminal.communicate(), 120)
            assert result.outcome is Outcome.PENDING  # still being checked
            held.go.set()
            await asyncio.wait_for(core.pipeline.drain(), 60)
            return result, terminal.returncode or 0, out.decode()
        finally:
            await core.aclose()

    result, code, said = asyncio.run(go())
    assert code == 0, said
    assert result.outcome is Outcome.SUPERSEDED
    assert result.error is not None and result.error.operator_message == (
        f"{pid} was set to ERROR at the terminal after this scan: not changed")
    assert statuses(slow, pid) == ["ERROR"]
    posts = [r for r in slow.requests() if r["method"] == "POST"]
    assert [r["body"]["lkss"] for r in posts] == ["ERROR"]  # the scan sent none
    rows = audit_rows(station, pid)
    assert ("ERROR", "delivered", "cli") in rows
    assert ("IN_WAREHOUSE", "superseded",
            f"scan: {result.error.operator_message}") in rows


@pytest.mark.skipif(os.name != "posix", reason="kill -9")
def test_scans_killed_while_being_checked_are_applied_at_the_next_start(
        slow: SandboxProcess, station: Path) -> None:
    pids = changeable(slow, 3)
    driver = subprocess.Popen([sys.executable, str(DRIVER), *pids], env=child_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert driver.stdout is not None
        for n in range(len(pids)):
            line = driver.stdout.readline()
            assert line.strip() == f"accepted {n}", line + driver.stderr.read()
        # Killed once the three rows are committed (milliseconds), while REVER still
        # holds the checks (1.5 s each).
        deadline = time.monotonic() + 10
        while len(journal_rows(station)) < len(pids):
            assert time.monotonic() < deadline, "the scans never reached the journal"
            time.sleep(0.005)
        os.kill(driver.pid, signal.SIGKILL)
        driver.wait(30)
    finally:
        if driver.poll() is None:
            driver.kill()
        driver.communicate()
    store = OutboxStore(station / OUTBOX_FILE)
    try:
        left = [r.raw for r in ScanJournal(store).rows()]
        pending = store.counts()["pending"]
    finally:
        store.close()
    assert left == pids and pending == 0  # only in the journal: memory would have lost them
    assert statuses(slow, *pids) != ["IN_WAREHOUSE"] * 3

    async def next_start() -> list[Any]:
        core = await open_core()
        try:
            assert core.recovery is not None
            await asyncio.wait_for(core.recovery, 60)
            await asyncio.wait_for(core.pipeline.drain(), 60)
            return [(r.process_id, r.outcome, r.recovered) for r in core.pipeline.recent]
        finally:
            await core.aclose()

    recovered = asyncio.run(next_start())
    assert recovered == [(p, Outcome.DELIVERED, True) for p in pids]
    assert statuses(slow, *pids) == ["IN_WAREHOUSE"] * 3
    store = OutboxStore(station / OUTBOX_FILE)
    try:
        assert ScanJournal(store).rows() == [] and store.counts()["pending"] == 0
    finally:
        store.close()
    for pid in pids:
        assert ("IN_WAREHOUSE", "delivered", "scan") in audit_rows(station, pid)
