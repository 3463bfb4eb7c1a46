"""The real station under a real X server: ``python -m revdesk`` on Xvfb against the sandbox
over loopback, a scan typed by xdotool exactly as a keyboard-wedge scanner types it (the
characters, then Enter), and the sandbox checked over HTTP for the new status."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest
from station_app import KEY, screenshot, start_station, station_window, status_of, wait_for, xdotool

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                       reason="needs Xvfb and xdotool (apt: xvfb xdotool)"),
]


def test_a_scanner_scan_reaches_the_sandbox(xserver: str, sandbox: Any, tmp_path: Path) -> None:
    listed = httpx.get(f"{sandbox.url}/v1/processes", params={"shipping_status": "COLLECTED"},
                       headers=KEY, timeout=5).json()["processes"]
    pid = listed[0]["process_id"]
    data = tmp_path / "station-data"
    log = (tmp_path / "app.log").open("wb")
    app = start_station(xserver, sandbox, data, log)
    try:
        station_window(xserver, app, sandbox)  # ready: the first page of returns is read
        xdotool(xserver, "type", "--delay", "10", pid)
        xdotool(xserver, "key", "Return")
        wait_for(lambda: status_of(sandbox.url, pid) == "IN_WAREHOUSE", 20,
                 f"{pid} to become IN_WAREHOUSE")
        posts = [r for r in sandbox.requests() if r["method"] == "POST"]
        assert [r["body"] for r in posts] == [{"lkss": "IN_WAREHOUSE", "process_id": pid}]
        shot = screenshot(xserver, tmp_path / "station.png")
        print(f"\nscreenshot: {shot}")
        app.send_signal(signal.SIGTERM)  # the window closes as if the operator closed it
        assert app.wait(timeout=20) == 0
        text = (data / "logs" / "revdesk.log").read_text("utf-8")
        assert f"status scan: {pid} COLLECTED -> IN_WAREHOUSE sent" in text
        assert "revdesk stopped" in text
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        log.close()
        if app.returncode not in (0, None):
            print((tmp_path / "app.log").read_text("utf-8", "replace")[-4000:])
