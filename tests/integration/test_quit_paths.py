"""Every way the station window can end runs the same shutdown: the scans still in the
station are kept in the outbox, the HTTP client and the print thread are closed, the list
cache is saved and the exit code is 0. A real window (offscreen) in a child process, a real
REVER over loopback that holds the status changes, and the operator's keys typed into it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from slow_rever import SlowRever

from revdesk.core import CACHE_FOLDER
from revdesk.domain.outbox import OUTBOX_FILE, OutboxStore

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("quit_driver.py")
#: Returns a scan changes (RP-100003 is cancelled): checked before the quit or not (scans
#: are checked together now, and a check may end before the window does), each one's
#: change must be in the outbox afterwards.
SCANS = ("RP-100002", "RP-100004", "RP-100005")


@pytest.fixture
def rever(tmp_path: Path) -> Iterator[SlowRever]:
    with SlowRever(tmp_path / "rever") as server:
        server.plan.spread = (60.0, 60.0)  # every status change held past the shutdown
        yield server


def pending_in_outbox(station: Path) -> list[str]:
    store = OutboxStore(station / OUTBOX_FILE)
    try:
        return sorted(e.process_id for e in store.pending())
    finally:
        store.close()


def drive(how: str, rever: SlowRever, station: Path,
          *scans: str) -> tuple[subprocess.CompletedProcess[str], dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update(REVDESK_DATA_DIR=str(station), REVDESK_API_URL=rever.url,
               REVDESK_API_KEY="test-key", QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p))
    done = subprocess.run([sys.executable, str(DRIVER), how, *scans], env=env,
                          capture_output=True, text=True, timeout=90)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr
    return done, json.loads(lines[-1])


@pytest.mark.parametrize("how", ["close", "ctrl-q", "sigterm", "about-to-quit"])
def test_each_way_out_keeps_the_scans_and_closes_everything(
        how: str, rever: SlowRever, tmp_path: Path) -> None:
    station = tmp_path / "station"
    done, report = drive(how, rever, station, *SCANS)
    assert report == {"rc": 0, "reached": True, "client_closed": True,
                      "executor_closed": True}, done.stderr
    assert done.returncode == 0
    assert pending_in_outbox(station) == sorted(SCANS)  # none lost: sent on the next start
    log = (station / "logs" / "revdesk.log").read_text(encoding="utf-8")
    assert "station closed" in log and "revdesk stopped" in log
    assert (station / "window.ini").exists()  # the window's layout was saved on the way out
    assert any((station / CACHE_FOLDER).iterdir())  # and the list, for a quick next start


def test_a_stop_asked_while_the_window_starts_still_runs_the_shutdown(
        rever: SlowRever, tmp_path: Path) -> None:
    station = tmp_path / "station"
    done, report = drive("sigterm-while-starting", rever, station)
    assert done.returncode == 0, done.stderr  # not killed by the signal (-15 / 143)
    assert report["rc"] == 0 and report["client_closed"] is True, done.stderr
    log = (station / "logs" / "revdesk.log").read_text(encoding="utf-8")
    assert "asked to stop while starting" in log
    assert "station closed" in log and "revdesk stopped" in log
