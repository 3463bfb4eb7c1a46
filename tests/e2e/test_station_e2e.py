"""The real station under a real X server: ``python -m revdesk`` on Xvfb against the sandbox
over loopback, a scan typed by xdotool exactly as a keyboard-wedge scanner types it (the
characters, then Enter), and the sandbox checked over HTTP for the new status."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                       reason="needs Xvfb and xdotool (apt: xvfb xdotool)"),
]

ROOT = Path(__file__).resolve().parents[2]
KEY = {"x-rever-api-key": "test"}
START_TIMEOUT = 30.0


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[str]:
    """Xvfb on a display it picks itself (``-displayfd``): free, and ready once it answers."""
    read_fd, write_fd = os.pipe()
    with (tmp_path / "xvfb.log").open("wb") as errors:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=errors)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # written when the server accepts clients
        if not number.isdigit():
            pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()[-2000:]}")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def xdotool(display: str, *args: str, timeout: float = 10.0) -> str:
    result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, timeout=timeout, check=True)
    return result.stdout.strip()


def wait_for(condition: Any, timeout: float, what: str, interval: float = 0.1) -> Any:
    """Poll another process (the app, the sandbox) until ``condition()`` is truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout} s waiting for {what}")


def screenshot(display: str, path: Path) -> Path | None:
    env = {**os.environ, "DISPLAY": display}
    if shutil.which("import"):
        cmd = ["import", "-window", "root", str(path)]
    elif shutil.which("xwd"):
        path = path.with_suffix(".xwd")
        cmd = ["xwd", "-root", "-silent", "-out", str(path)]
    else:
        return None
    subprocess.run(cmd, env=env, timeout=20, check=False, capture_output=True)
    return path if path.exists() else None


def status_of(url: str, pid: str) -> str:
    answer = httpx.get(f"{url}/v1/processes/{pid}", headers=KEY, timeout=5)
    answer.raise_for_status()
    return str(answer.json()["process"]["shipping_status"])


def test_a_scanner_scan_reaches_the_sandbox(xserver: str, sandbox: Any, tmp_path: Path) -> None:
    listed = httpx.get(f"{sandbox.url}/v1/processes", params={"shipping_status": "COLLECTED"},
                       headers=KEY, timeout=5).json()["processes"]
    pid = listed[0]["process_id"]
    data = tmp_path / "station-data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update(DISPLAY=xserver, QT_QPA_PLATFORM="xcb", REVDESK_API_URL=sandbox.url,
               REVDESK_API_KEY="test", REVDESK_DATA_DIR=str(data),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p))
    log = (tmp_path / "app.log").open("wb")
    app = subprocess.Popen([sys.executable, "-m", "revdesk"], env=env, cwd=ROOT,
                           stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        window = xdotool(xserver, "search", "--sync", "--onlyvisible", "--pid", str(app.pid),
                         timeout=START_TIMEOUT).splitlines()[0]
        xdotool(xserver, "windowfocus", "--sync", window)
        # Ready when the window has read its first page of returns.
        wait_for(lambda: any(r["path"] == "/v1/processes" for r in sandbox.requests()),
                 START_TIMEOUT, "the first page of returns")
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
