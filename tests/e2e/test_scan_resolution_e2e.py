"""Every barcode on the parcel finds its return (issue 15), under a real X server: the
station runs as ``python -m revdesk`` on Xvfb against the sandbox over loopback, xdotool
types each read as a keyboard-wedge scanner does (the characters 5 ms apart, then Enter),
and the sandbox is asked over HTTP what changed. What the window shows (the banner, the
pick list's rows, the header's shift count) is read from its accessibility tree, the text
a screen reader gets (tests/e2e/accessibility.py)."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from accessibility import AccessibilityBus
from station_app import (
    KEY,
    ROOT,
    dialog_named,
    scanner_types,
    screenshot,
    start_station,
    station_window,
    status_of,
    wait_for,
    xdotool,
)

from revdesk.sandbox.process import SandboxProcess
from revdesk.sandbox.store import ProcessFilter, Store

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
                       reason="needs Xvfb and xdotool (apt: xvfb xdotool)"),
]

SANDBOX_RETURNS = 60
PICK_LIST = "Which return is this parcel?"
SHIFT_COUNT = re.compile(r"Scanned this shift: (\d+)")


def returns(url: str) -> list[dict[str, Any]]:
    answer = httpx.get(f"{url}/v1/processes", params={"page_size": 200}, headers=KEY,
                       timeout=5)
    answer.raise_for_status()
    return list(answer.json()["processes"])


def statuses(url: str) -> dict[str, str]:
    return {p["process_id"]: p["shipping_status"] for p in returns(url)}


def ready(url: str) -> list[dict[str, Any]]:
    """Returns a scan sets IN_WAREHOUSE, with a tracking number, oldest first."""
    return sorted((p for p in returns(url) if p["shipping_status"] in ("CREATED", "COLLECTED")
                   and p["tracking_id"]), key=lambda p: str(p["process_id"]))


def status_posts(sandbox: Any) -> list[Any]:
    return [r["body"] for r in sandbox.requests()
            if r["method"] == "POST" and r["path"].endswith("/shipping_status")]


def set_in_warehouse(*pids: str) -> list[dict[str, str]]:
    return [{"lkss": "IN_WAREHOUSE", "process_id": pid} for pid in pids]


@contextmanager
def station(display: str, sandbox: Any, data: Path, log_path: Path,
            env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """The station window, its output in ``log_path``; killed if the test leaves it up,
    and its output shown if it ended badly."""
    with log_path.open("wb") as log:
        app = start_station(display, sandbox, data, log, env)
        try:
            yield app
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    if app.returncode not in (0, -signal.SIGKILL):
        print(log_path.read_text("utf-8", "replace")[-4000:])


def close(app: subprocess.Popen[bytes]) -> None:
    app.send_signal(signal.SIGTERM)  # as if the operator closed the window
    assert app.wait(timeout=20) == 0


def shown(a11y: AccessibilityBus, app: subprocess.Popen[bytes], text: str) -> str:
    """The first name in the window's accessibility tree that holds ``text``, once one does."""
    def find() -> str:
        return next((n.name for n in a11y.tree(app.pid) if text in n.name), "")
    return str(wait_for(find, 15, f"the window to show {text!r}"))


def shift_count(a11y: AccessibilityBus, app: subprocess.Popen[bytes]) -> int | None:
    """The number the header's "Scanned this shift" label shows; None before it shows."""
    for label in a11y.labels(app.pid):
        if match := SHIFT_COUNT.fullmatch(label):
            return int(match.group(1))
    return None


def header_count(a11y: AccessibilityBus, app: subprocess.Popen[bytes]) -> int:
    """The shift count, once the header shows one."""
    def read() -> list[int]:
        count = shift_count(a11y, app)
        return [] if count is None else [count]
    return int(wait_for(read, 15, "the header's shift count")[0])


# ----------------------------------------------------------------- tracking and order


def test_tracking_and_order_number_scans_set_in_warehouse_on_their_returns(
        xserver: str, sandbox: Any, a11y: AccessibilityBus, tmp_path: Path) -> None:
    candidates = ready(sandbox.url)
    ups = next(p for p in candidates if p["carrier"] == "UPS"
               and p["tracking_id"].startswith("1Z"))
    with_hash, bare = [p for p in candidates if p["carrier"] != "UPS"][:2]
    # As on the parcel: the carrier's label, and the packing slip's order number (printed
    # with its "#", or without it).
    scans = [(ups["tracking_id"], ups, f"tracking {ups['tracking_id'][:10]}…"),
             (with_hash["order_number"], with_hash, f"order {with_hash['order_number']}"),
             (bare["order_number"].lstrip("#"), bare, f"order {bare['order_number'][1:]}")]
    assert with_hash["order_number"].startswith("#")
    before = statuses(sandbox.url)
    with station(xserver, sandbox, tmp_path / "station-data", tmp_path / "app.log",
                 {"AT_SPI_BUS_ADDRESS": a11y.address}) as app:
        station_window(xserver, app, sandbox)
        for read, target, how in scans:
            pid = target["process_id"]
            scanner_types(xserver, read)
            wait_for(lambda pid=pid: status_of(sandbox.url, pid) == "IN_WAREHOUSE", 20,
                     f"{read!r} to set IN_WAREHOUSE on {pid}")
            # The banner says how the read found the return.
            banner = shown(a11y, app, f"→ {pid}")
            assert f"{how} → {pid}" in banner, banner
        shot = screenshot(xserver, tmp_path / "order-scan.png")
        print(f"\nscreenshot: {shot}")
        # Only the three returns changed, each once, by its process id: nothing was sent
        # for a tracking or an order number.
        after = statuses(sandbox.url)
        assert {pid for pid in before if after[pid] != before[pid]} == {
            t["process_id"] for _, t, _ in scans}
        assert status_posts(sandbox) == set_in_warehouse(*(t["process_id"] for _, t, _ in scans))
        close(app)
    text = (tmp_path / "station-data" / "logs" / "revdesk.log").read_text("utf-8")
    for _, target, _ in scans:
        assert (f"status scan: {target['process_id']} {target['shipping_status']} -> "
                "IN_WAREHOUSE sent") in text


# ------------------------------------------------------------------------ the pick list


@pytest.fixture
def one_order_twice(tmp_path: Path) -> Iterator[tuple[SandboxProcess, list[dict[str, Any]]]]:
    """A sandbox where two returns belong to one order (a customer who sent back two
    parcels), made in its data before it starts; the seed itself is unchanged."""
    data = tmp_path / "sandbox"
    store = Store.open(data, processes=SANDBOX_RETURNS)
    try:
        first, second = [p for p in store.list_processes(ProcessFilter(), None, 200)
                         if p["shipping_status"] in ("CREATED", "COLLECTED")][:2]
        second = store.update_process(second["process_id"], order_id=first["order_id"],
                                      order_number=first["order_number"]) or {}
    finally:
        store.close()
    server = SandboxProcess(data, processes=SANDBOX_RETURNS).start()
    try:
        yield server, [first, second]
    finally:
        server.stop()


def test_a_scan_of_an_order_with_two_returns_offers_the_pick_list_and_a_digit_chooses(
        xserver: str, one_order_twice: tuple[SandboxProcess, list[dict[str, Any]]],
        a11y: AccessibilityBus, tmp_path: Path) -> None:
    sandbox, pair = one_order_twice
    order = pair[0]["order_number"]
    before = statuses(sandbox.url)
    with station(xserver, sandbox, tmp_path / "station-data", tmp_path / "app.log",
                 {"AT_SPI_BUS_ADDRESS": a11y.address}) as app:
        window = station_window(xserver, app, sandbox)
        scanner_types(xserver, order)
        pick = dialog_named(xserver, app, window, PICK_LIST)
        # The list, as the operator reads it: the two returns, numbered by the keys.
        pids = {p["process_id"] for p in pair}

        def rows() -> list[str]:
            return [c for c in a11y.cells(app.pid, PICK_LIST) if c in pids]
        listed = wait_for(lambda: len(rows()) == 2 and rows(), 15, "the pick list's rows")
        assert sorted(listed) == sorted(pids)
        assert status_posts(sandbox) == []  # nothing changed before the choice
        shot = screenshot(xserver, tmp_path / "pick-list.png")
        print(f"\nscreenshot: {shot}")
        chosen, other = listed[1], listed[0]
        xdotool(xserver, "windowfocus", "--sync", pick)
        xdotool(xserver, "key", "2")  # a person's key: nothing follows it
        wait_for(lambda: status_of(sandbox.url, chosen) == "IN_WAREHOUSE", 20,
                 f"the second row, {chosen}, to become IN_WAREHOUSE")
        assert status_posts(sandbox) == set_in_warehouse(chosen)
        after = statuses(sandbox.url)
        assert after[other] == before[other]
        assert {pid for pid in before if after[pid] != before[pid]} == {chosen}
        close(app)


# ---------------------------------------------------------------------- the shift count


def audit_summary_total(data: Path) -> int:
    """The shift summary's total, as ``revdesk audit summary`` reads the audit log."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update(REVDESK_DATA_DIR=str(data),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p))
    out = subprocess.run([sys.executable, "-m", "revdesk", "audit", "summary"], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=True)
    totals = [line.split() for line in out.stdout.splitlines() if line.startswith("TOTAL")]
    return int(totals[-1][-1]) if totals else 0


def test_the_shift_count_in_the_header_survives_a_kill_9(
        xserver: str, sandbox: Any, a11y: AccessibilityBus, tmp_path: Path) -> None:
    data = tmp_path / "station-data"
    env = {"AT_SPI_BUS_ADDRESS": a11y.address}
    first, second, third, fourth = (p["process_id"] for p in ready(sandbox.url)[:4])
    with station(xserver, sandbox, data, tmp_path / "app-1.log", env) as app:
        station_window(xserver, app, sandbox)
        assert header_count(a11y, app) == 0
        for pid in (first, second, third):
            scanner_types(xserver, pid)
            wait_for(lambda pid=pid: status_of(sandbox.url, pid) == "IN_WAREHOUSE", 20,
                     f"{pid} to become IN_WAREHOUSE")
        wait_for(lambda: shift_count(a11y, app) == 3, 15, "the header to count 3")
        app.send_signal(signal.SIGKILL)  # the power cable, a crash: nothing is saved
        assert app.wait(timeout=20) == -signal.SIGKILL

    sandbox.clear_requests()  # station_window waits for the new start's first page
    with station(xserver, sandbox, data, tmp_path / "app-2.log", env) as app:
        station_window(xserver, app, sandbox)
        count = header_count(a11y, app)
        shot = screenshot(xserver, tmp_path / "after-restart.png")
        print(f"\nscreenshot: {shot}")
        assert count == 3
        assert audit_summary_total(data) == 3  # the header says what the summary says
        scanner_types(xserver, fourth)  # and the shift goes on from there
        wait_for(lambda: status_of(sandbox.url, fourth) == "IN_WAREHOUSE", 20,
                 f"{fourth} to become IN_WAREHOUSE")
        wait_for(lambda: shift_count(a11y, app) == 4, 15, "the header to count 4")
        close(app)
    assert audit_summary_total(data) == 4
