"""What the end-to-end tests share: xdotool, polling another process, screenshots, the
sandbox's view of a return, and the station started as ``python -m revdesk`` on Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
KEY = {"x-rever-api-key": "test"}
START_TIMEOUT = 30.0


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


def listed(url: str, status: str) -> list[str]:
    """The sandbox's returns in ``status`` (its first page), asked over HTTP."""
    answer = httpx.get(f"{url}/v1/processes", params={"shipping_status": status,
                                                      "page_size": 200}, headers=KEY, timeout=5)
    answer.raise_for_status()
    return [p["process_id"] for p in answer.json()["processes"]]


def start_station(display: str, sandbox: Any, data: Path, log: IO[bytes],
                  env: Mapping[str, str] | None = None) -> subprocess.Popen[bytes]:
    """The station window on ``display``, on the sandbox over loopback, with its own data
    folder; this tree's code (PYTHONPATH first); ``env`` added to the environment."""
    child = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    child.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", REVDESK_API_URL=sandbox.url,
                 REVDESK_API_KEY="test", REVDESK_DATA_DIR=str(data),
                 PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), child.get("PYTHONPATH"))
                                            if p), **(env or {}))
    return subprocess.Popen([sys.executable, "-m", "revdesk"], env=child, cwd=ROOT,
                            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)


def station_window(display: str, app: subprocess.Popen[bytes], sandbox: Any) -> str:
    """The window's id, focused, once the list has read its first page of returns."""
    window = xdotool(display, "search", "--sync", "--onlyvisible", "--pid", str(app.pid),
                     timeout=START_TIMEOUT).splitlines()[0]
    xdotool(display, "windowfocus", "--sync", window)
    wait_for(lambda: any(r["path"] == "/v1/processes" for r in sandbox.requests()),
             START_TIMEOUT, "the first page of returns")
    return window


def dialog_named(display: str, app: Any, main: str, title: str) -> str:
    """The id of the app's visible window (not ``main``) titled ``title``, once it shows.
    (xdotool's own --name search also answers with the main window here.)"""
    def found() -> str:
        for window in xdotool(display, "search", "--onlyvisible", "--pid",
                              str(app.pid)).splitlines():
            try:
                name = xdotool(display, "getwindowname", window)
            except subprocess.CalledProcessError:  # gone since the search (a menu closing)
                continue
            if window != main and title in name:
                return window
        return ""
    return str(wait_for(found, 15, f"the window {title!r}"))


def dialogs(display: str, app: Any, main: str) -> list[str]:
    return [w for w in xdotool(display, "search", "--onlyvisible", "--pid",
                               str(app.pid)).splitlines() if w != main]


def scanner_types(display: str, text: str) -> None:
    """A keyboard-wedge scanner: the characters 5 ms apart, then Enter."""
    xdotool(display, "type", "--delay", "5", text)
    xdotool(display, "key", "Return")
