"""The shift count survives a restart of the station core: a clean one (a new StationCore on
the same data folder) and a ``kill -9`` of the process that scanned. It is read from the
audit log, never counted in memory."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from revdesk.core import StationCore

DRIVER = Path(__file__).with_name("shift_driver.py")


async def scan_some(n: int) -> int:
    core = StationCore()  # the embedded sandbox, in the test's data folder
    core.start()
    try:
        page = await core.client.list_processes(page_size=100)
        pids = [p.process_id for p in page.processes
                if p.shipping_status not in ("IN_WAREHOUSE", "CANCELED")][:n]
        for pid in pids:
            core.pipeline.submit(pid)
        await core.pipeline.drain()
        core.pipeline.undo_last()  # the last parcel is taken back
        await core.pipeline.drain()
        return core.shift.count().total
    finally:
        await core.aclose()


async def count_now() -> int:
    core = StationCore()
    try:
        return core.shift.count().total
    finally:
        await core.aclose()


def test_a_new_core_on_the_same_folder_counts_the_same() -> None:
    assert asyncio.run(scan_some(4)) == 3
    assert asyncio.run(count_now()) == 3


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL on this system")
def test_the_count_survives_a_kill_9_of_the_station() -> None:
    with subprocess.Popen([sys.executable, str(DRIVER), "5"], stdout=subprocess.PIPE,
                          text=True, env=os.environ.copy()) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()  # blocks until the child counted, or died
            assert line.strip() == "counted 4", line
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert asyncio.run(count_now()) == 4
