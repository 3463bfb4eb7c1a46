"""Scans that met a scanner's control-character suffix, a dialog opening or an open menu,
under a real X server (QA F14, F20, F17): the station runs as ``python -m revdesk`` on Xvfb
against the sandbox over loopback, and xdotool types as a keyboard-wedge scanner does. A
read ended by LF (Ctrl+J) opened the Outbox and was never sent; reads typed while History
(Ctrl+H) opened went to the window it already blocked, and Qt dropped them; with a menu
open, a read's letters were the menu's access keys."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path
from typing import Any

import pytest
from station_app import (
    dialogs,
    listed,
    start_station,
    station_window,
    status_of,
    wait_for,
    xdotool,
)

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                       reason="needs Xvfb and xdotool (apt: xvfb xdotool)"),
]


def test_scans_ended_by_lf_or_cr_lf_reach_rever_and_open_no_outbox(
        xserver: str, sandbox: Any, tmp_path: Path) -> None:
    second, third = listed(sandbox.url, "COLLECTED")[-2:]
    log = (tmp_path / "app.log").open("wb")
    app = start_station(xserver, sandbox, tmp_path / "station-data", log)
    try:
        window = station_window(xserver, app, sandbox)
        # A scanner set to an LF suffix, then one set to CR+LF: no Outbox over the result.
        xdotool(xserver, "type", "--delay", "5", second)
        xdotool(xserver, "key", "ctrl+j")
        wait_for(lambda: status_of(sandbox.url, second) == "IN_WAREHOUSE", 20,
                 f"{second} to become IN_WAREHOUSE")
        xdotool(xserver, "type", "--delay", "5", third)
        xdotool(xserver, "key", "--delay", "5", "Return", "ctrl+j")
        wait_for(lambda: status_of(sandbox.url, third) == "IN_WAREHOUSE", 20,
                 f"{third} to become IN_WAREHOUSE")
        xdotool(xserver, "sleep", "0.5")
        assert dialogs(xserver, app, window) == []
        # With no read being typed, Ctrl+J is the Outbox as before.
        xdotool(xserver, "key", "ctrl+j")
        wait_for(lambda: dialogs(xserver, app, window), 15, "the Outbox to open")
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
        if app.returncode not in (0, None):
            print((tmp_path / "app.log").read_text("utf-8", "replace")[-4000:])


def test_scans_while_a_dialog_opens_reach_rever(
        xserver: str, sandbox: Any, tmp_path: Path) -> None:
    from revdesk.domain.audit import STATUS_CHANGE
    from revdesk.domain.local_files import open_audit_log

    data = tmp_path / "station-data"
    data.mkdir()
    audit = open_audit_log(data, station="DOCK-1")[0]
    for i in range(450):  # a day's log, as QA had it
        audit.record(STATUS_CHANGE, process_id=f"RP-9{i:05d}", old="COLLECTED",
                     new="IN_WAREHOUSE", result="ok", detail="scan")
    audit.close()
    # 0.4 s after Ctrl+H (QA's third case): History used to read its log first, the
    # window already blocked. Reads sent within the first few ms of a dialog's opening
    # can still be lost (see the report of keys15): not asserted here.
    opened = [("ctrl+h", "0.4"), ("ctrl+j", "0.4"), ("ctrl+shift+j", "0.4"),
              ("ctrl+comma", "0.4")]
    pids = listed(sandbox.url, "COLLECTED")[-len(opened):]
    assert len(pids) == len(opened)
    log = (tmp_path / "app.log").open("wb")
    app = start_station(xserver, sandbox, data, log)
    try:
        window = station_window(xserver, app, sandbox)
        for pid, (keys, delay) in zip(pids, opened, strict=True):
            xdotool(xserver, "key", keys)
            xdotool(xserver, "sleep", delay)
            xdotool(xserver, "type", "--delay", "5", pid)
            xdotool(xserver, "key", "Return")
            wait_for(lambda p=pid: status_of(sandbox.url, p) == "IN_WAREHOUSE", 20,
                     f"{pid} to become IN_WAREHOUSE")
            wait_for(lambda: dialogs(xserver, app, window), 15, f"{keys}'s dialog to open")
            xdotool(xserver, "key", "Escape")
            wait_for(lambda: not dialogs(xserver, app, window), 15, f"{keys}'s dialog to close")
            xdotool(xserver, "windowfocus", "--sync", window)
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
        if app.returncode not in (0, None):
            print((tmp_path / "app.log").read_text("utf-8", "replace")[-4000:])


def test_a_scan_with_the_shift_menu_open_reaches_rever_and_opens_nothing(
        xserver: str, sandbox: Any, tmp_path: Path) -> None:
    """QA F17: with the Shift menu open, an "RP-…" read's P was the access key of
    "Parcels to pull back" and the read was lost."""
    pids = listed(sandbox.url, "COLLECTED")[-2:]
    log = (tmp_path / "app.log").open("wb")
    app = start_station(xserver, sandbox, tmp_path / "station-data", log)
    try:
        window = station_window(xserver, app, sandbox)
        for pid in pids:
            xdotool(xserver, "key", "alt+f")
            wait_for(lambda: dialogs(xserver, app, window), 15, "the Shift menu to open")
            xdotool(xserver, "type", "--delay", "5", pid)
            xdotool(xserver, "key", "Return")
            wait_for(lambda p=pid: status_of(sandbox.url, p) == "IN_WAREHOUSE", 20,
                     f"{pid} to become IN_WAREHOUSE")
            wait_for(lambda: not dialogs(xserver, app, window), 15, "the menu to close")
        assert app.poll() is None
        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
        if app.returncode not in (0, None):
            print((tmp_path / "app.log").read_text("utf-8", "replace")[-4000:])
