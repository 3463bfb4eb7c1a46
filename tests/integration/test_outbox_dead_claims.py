"""Claims of a process that is gone (killed -9) are taken at once by the next process on the
same data folder, not after their 15 s lease; a live process's claims are still respected,
and so is a dead process's claim on a change it was sending (REVER may still act on it)."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from revdesk.domain.outbox import (
    LEASE_S,
    Outbox,
    OutboxStore,
    holder_gone,
    process_token,
)

ROOT = Path(__file__).resolve().parents[2]
HOLDER = Path(__file__).with_name("claim_holder.py")

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9 and /proc are POSIX")


class Api:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send(self, pid: str, status: str) -> None:
        self.sent.append((pid, status))


def hold(path: Path, mode: str, pid: str, lease: float = LEASE_S) -> subprocess.Popen[str]:
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH"))
                                         if p)}
    proc = subprocess.Popen([sys.executable, str(HOLDER), str(path), mode, pid, str(lease)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line.startswith("claimed "):
        line += proc.stdout.read()
        stop(proc)
        raise AssertionError(line)
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    """End a holder (if still running), reap it and close its pipe."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)
    if proc.stdout is not None:
        proc.stdout.close()


def kill(proc: subprocess.Popen[str], *, reap: bool = True) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    if reap:
        stop(proc)
        return
    # Killed, not yet waited for by its parent: a zombie, which still has its pid.
    deadline = time.monotonic() + 10
    while Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z":
        assert time.monotonic() < deadline
        time.sleep(0.01)


@pytest.fixture
def outbox_file(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "outbox.sqlite3"


def flush(path: Path, *, claim_wait: float) -> tuple[dict[str, int], list[tuple[str, str]],
                                                     float]:
    api = Api()
    outbox = Outbox(OutboxStore(path), api.send, base_delay=0.001, max_delay=0.01,
                    rng=random.Random(1), claim_wait=claim_wait)
    started = time.monotonic()
    try:
        tally = asyncio.run(outbox.flush())
    finally:
        outbox.store.close()
    return tally, api.sent, time.monotonic() - started


@pytest.mark.parametrize("reap", [True, False], ids=["reaped", "zombie"])
def test_a_killed_process_s_claims_are_taken_at_once(outbox_file: Path, reap: bool) -> None:
    holder = hold(outbox_file, "wait", "RP-1")
    try:
        kill(holder, reap=reap)
        # Before: the entry waited out the dead holder's 15 s lease ("elsewhere" here).
        tally, sent, seconds = flush(outbox_file, claim_wait=3.0)
    finally:
        stop(holder)
    assert sent == [("RP-1", "IN_WAREHOUSE")] and tally["delivered"] == 1
    assert seconds < 2.0
    store = OutboxStore(outbox_file)
    try:
        assert store.counts() == {"pending": 0, "failed": 0}
    finally:
        store.close()


def test_a_live_process_s_claims_are_respected(outbox_file: Path) -> None:
    holder = hold(outbox_file, "wait", "RP-1")
    try:
        tally, sent, _ = flush(outbox_file, claim_wait=0.5)
        assert sent == [] and tally["elsewhere"] == 1
        store = OutboxStore(outbox_file)
        try:
            assert store.sending_elsewhere() == 1
        finally:
            store.close()
    finally:
        kill(holder)
    tally, sent, _ = flush(outbox_file, claim_wait=0.5)  # gone now: taken at once
    assert sent == [("RP-1", "IN_WAREHOUSE")]


def test_a_change_a_killed_process_was_sending_waits_for_its_lease(outbox_file: Path) -> None:
    """REVER may still act on a POST it received before the kill: a newer change sent at
    once could land before it. That claim lapses with its lease, as before."""
    holder = hold(outbox_file, "send", "RP-1", lease=2.0)
    kill(holder)
    tally, sent, _ = flush(outbox_file, claim_wait=0.3)
    assert sent == [] and tally["elsewhere"] == 1
    tally, sent, seconds = flush(outbox_file, claim_wait=5.0)
    assert sent == [("RP-1", "IN_WAREHOUSE")] and seconds < 3.0


def test_a_pid_given_again_does_not_pass_for_the_dead_holder() -> None:
    """The token carries the holder's start: a later process with the same pid (here this
    one, as a restarted station in a container often is) is not the holder."""
    ours = process_token()
    host, pid, started, _ = ours.rsplit(":", 3)
    assert (host, pid) == (socket.gethostname(), str(os.getpid()))
    if started.startswith("p"):  # the system says when a process started (Linux)
        assert holder_gone(f"{host}:{pid}:p1:0000")  # this pid, another start: gone
    assert not holder_gone(f"{host}:{pid}:{started}:0000")  # this very process: running
    assert not holder_gone(f"another-host:{pid}:p1:0000")  # cannot tell: the lease holds
    assert not holder_gone("an older token")
