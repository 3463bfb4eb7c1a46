"""Scan latency and scan bursts, through the real station window on a loopback sandbox.

Latency: a process id typed into the scan box and Enter pressed (real key events) until the
result banner has painted the confirmed status; p50 / p99 against a raw httpx client doing
the same calls to the same sandbox (GET the process, POST its shipping status) on a plain
asyncio loop. The window's path includes the durable outbox (SQLite, ``synchronous=FULL``)
and the audit log, as at the desk. Targets: <= 15 ms / 50 ms above the raw call.

Burst: 200 scans fed by a QTimer at 20 scans/s. Lost: a scan never final, not DONE, or whose
return does not have the status on the sandbox afterwards. Out of order: results that became
final out of submission order, plus status changes that reached the server out of order.
Stall: a 5 ms QTimer runs all along; the largest gap between its ticks, minus 5 ms.

    python bench/scan.py [--quick]
"""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt is imported

import httpx
import qasync
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, qInstallMessageHandler
from PySide6.QtTest import QTest

from revdesk.api.transport import API_KEY_HEADER
from revdesk.core import StationCore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanResult
from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, SandboxProcess
from revdesk.startup import release_heap, settle_heap
from revdesk.ui.app import create_application, gui_thread_collector, window_state
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.feedback import SoundPlayer
from revdesk.ui.main_window import MainWindow

KEY = "bench"
ACTION = "IN_WAREHOUSE"
BURST_RATE_HZ = 20
TICK_MS = 5
FINAL_TIMEOUT_S = 30.0


# -- the floor: raw httpx ------------------------------------------------------------------


async def _raw(url: str, ids: list[str]) -> list[float]:
    """Seconds per GET process + POST status, one after the other, as the scan does."""
    samples = []
    async with httpx.AsyncClient(base_url=url, headers={API_KEY_HEADER: KEY}) as client:
        for pid in ids:
            started = time.perf_counter()
            (await client.get(f"/v1/processes/{pid}")).raise_for_status()
            (await client.post(f"/v1/processes/{pid}/shipping_status",
                               json={"lkss": ACTION, "process_id": pid})).raise_for_status()
            samples.append(time.perf_counter() - started)
    return samples


# -- the window ----------------------------------------------------------------------------


class BannerWatch(QObject):
    """Resolves a future when the banner's title has *painted* a scan's final result."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._waiting: dict[int, asyncio.Future[float]] = {}
        self._shown: list[int] = []
        window.scan_panel.banner.shown.connect(self._on_shown)
        window.scan_panel.banner.title.installEventFilter(self)

    def expect(self, result: ScanResult) -> asyncio.Future[float]:
        future = asyncio.get_running_loop().create_future()
        self._waiting[result.seq] = future
        return future

    def _on_shown(self, result: ScanResult) -> None:
        if result.is_final and result.seq in self._waiting:
            self._shown.append(result.seq)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._shown:
            now = time.perf_counter()
            for seq in self._shown:
                future = self._waiting.pop(seq)
                if not future.done():
                    future.set_result(now)
            self._shown.clear()
        return False


def _type_and_enter(window: MainWindow, pid: str) -> ScanResult:
    """What a keyboard-wedge scanner does: the characters, then Enter, as key events."""
    box = window.scan_panel.scan_box
    recent = window.core.pipeline.recent
    before = recent[-1] if recent else None
    QTest.keyClicks(box, pid)
    QTest.keyClick(box, Qt.Key.Key_Return)
    result = recent[-1]
    assert result is not before and result.cleaned == pid, "the scan box did not submit"
    return result


async def _latency(window: MainWindow, ids: list[str]) -> list[float]:
    """Seconds from Enter to the painted final banner, one scan at a time."""
    watch = BannerWatch(window)
    box = window.scan_panel.scan_box
    samples = []
    for pid in ids:
        QTest.keyClicks(box, pid)
        started = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_Return)
        result = window.core.pipeline.recent[-1]
        painted = await asyncio.wait_for(watch.expect(result), FINAL_TIMEOUT_S)
        if result.outcome is not Outcome.DELIVERED:
            raise RuntimeError(f"scan {pid}: {result.outcome.value} {result.error!r}")
        samples.append(painted - started)
    return samples


async def _burst(window: MainWindow, ids: list[str]) -> dict[str, float]:
    """Feed ``ids`` at BURST_RATE_HZ from a QTimer; watch order and the loop's stalls."""
    submitted: list[ScanResult] = []
    finals: list[int] = []
    all_final = asyncio.Event()

    def on_result(result: ScanResult) -> None:
        if result.is_final and result in submitted:
            finals.append(result.seq)
            if len(finals) == len(ids):
                all_final.set()

    window.scan_panel.result_changed.connect(on_result)
    ticks: list[float] = []
    ticker = QTimer(window)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.setInterval(TICK_MS)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    feeder = QTimer(window)
    feeder.setTimerType(Qt.TimerType.PreciseTimer)
    feeder.setInterval(1000 // BURST_RATE_HZ)
    queue = list(ids)
    fed = asyncio.get_running_loop().create_future()

    def feed() -> None:
        submitted.append(_type_and_enter(window, queue.pop(0)))
        if not queue:
            feeder.stop()
            fed.set_result(None)

    feeder.timeout.connect(feed)
    ticker.start()
    feeder.start()
    await fed
    try:
        await asyncio.wait_for(all_final.wait(), FINAL_TIMEOUT_S)
    except TimeoutError:
        pass  # counted as lost below
    ticker.stop()
    window.scan_panel.result_changed.disconnect(on_result)
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    done = sum(1 for r in submitted if r.outcome is Outcome.DELIVERED)
    return {
        "burst_scans": float(len(submitted)),
        "burst_not_done": float(len(submitted) - done),
        "burst_final_out_of_order": float(_inversions(finals)),
        "burst_max_stall_ms": max(0.0, max(gaps) * 1000 - TICK_MS) if gaps else float("nan"),
        "burst_ticks": float(len(ticks)),
    }


def _inversions(sequence: list[Any]) -> int:
    """Neighbours out of order: 0 for a sorted sequence."""
    return sum(1 for a, b in itertools.pairwise(sequence) if b < a)


async def _first_page(window: MainWindow) -> None:
    listed = asyncio.Event()
    window.model.loading_changed.connect(lambda loading: loading or listed.set())
    if window.model.rowCount() == 0 or window.model.loading:
        await asyncio.wait_for(listed.wait(), FINAL_TIMEOUT_S)


async def _station(latency_ids: list[str], burst_ids: list[str]) -> dict[str, Any]:
    core = StationCore()
    core.start()
    presenter = ErrorPresenter(dialogs=False)
    window = MainWindow(core, presenter, state=window_state(), sounds=SoundPlayer(silent=True))
    window.show()
    collector = gui_thread_collector()
    try:
        await _first_page(window)  # as an operator starts: the list is there
        settle_heap()  # what run_windows does a few seconds after the window shows
        collector.start()
        await _latency(window, latency_ids[:5])  # warm-up: first connection, first paint
        latency = await _latency(window, latency_ids[5:])
        burst = await _burst(window, burst_ids)
    finally:
        collector.stop()
        release_heap()
        window.close()
        await window.shutdown(grace=5)
        await core.aclose(grace=1)
        window.deleteLater()
    return {"latency": latency, "burst": burst}


@contextmanager
def _station_env(url: str, data_dir: Path) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in (*ENV_VARS_TO_CLEAR, "REVDESK_DATA_DIR")}
    os.environ.update(REVDESK_API_URL=url, REVDESK_API_KEY=KEY, REVDESK_DATA_DIR=str(data_dir))
    os.environ.pop("REVDESK_ECOMMERCE_ID", None)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _in_window(url: str, data_dir: Path, latency_ids: list[str],
               burst_ids: list[str]) -> dict[str, Any]:
    app = create_application([])  # as the station does: theme, translations, no quit on close
    previous = qInstallMessageHandler(_quiet_offscreen)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with _station_env(url, data_dir), loop:
            return loop.run_until_complete(_station(latency_ids, burst_ids))
    finally:
        asyncio.set_event_loop(None)
        qInstallMessageHandler(previous)


def _quiet_offscreen(mode: object, context: object, message: str) -> None:
    # The offscreen platform warns once per relayout that it cannot propagate size hints.
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


# -- the run -------------------------------------------------------------------------------


def _eligible(url: str) -> list[str]:
    """Returns a scan changes (not already IN_WAREHOUSE, not cancelled), oldest first."""
    ids: list[str] = []
    token = ""
    with httpx.Client(base_url=url, headers={API_KEY_HEADER: KEY}) as client:
        while True:
            page = client.get("/v1/processes", params={"page_size": 1000, "page_token": token}
                              if token else {"page_size": 1000}).raise_for_status().json()
            ids += [p["process_id"] for p in page["processes"]
                    if p.get("shipping_status") not in (ACTION, "CANCELED")]
            token = page.get("next_page_token", "")
            if not token:
                return sorted(ids)


def _server_check(server: SandboxProcess, burst_ids: list[str]) -> tuple[int, int]:
    """(returns without the status on the server, status POSTs out of submission order)."""
    with httpx.Client(base_url=server.url, headers={API_KEY_HEADER: KEY}) as client:
        wrong = sum(1 for pid in burst_ids if client.get(f"/v1/processes/{pid}")
                    .raise_for_status().json()["process"]["shipping_status"] != ACTION)
    position = {pid: i for i, pid in enumerate(burst_ids)}
    posted = [position[e["path"].split("/")[3]] for e in server.requests()
              if e["method"] == "POST" and e["path"].endswith("/shipping_status")
              and e["status"] == 200 and e["path"].split("/")[3] in position]
    return wrong, _inversions(posted)


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def run(quick: bool = False) -> dict[str, float]:
    """The figures, in the units their names say."""
    scans = 40 if quick else 200
    burst = 60 if quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxProcess(Path(tmp) / "sandbox", processes=2 * (scans + burst) + 200)
        server.start()
        try:
            ids = _eligible(server.url)
            raw_ids, ids = ids[:scans + 5], ids[scans + 5:]
            latency_ids, burst_ids = ids[:scans + 5], ids[scans + 5:scans + 5 + burst]
            raw = asyncio.run(_raw(server.url, raw_ids))[5:]
            server.clear_requests()
            station = _in_window(server.url, Path(tmp) / "station", latency_ids, burst_ids)
            wrong, posted_out_of_order = _server_check(server, burst_ids)
        finally:
            server.stop()
    latency, burst_figures = station["latency"], station["burst"]
    scan_p50, scan_p99 = _pct(latency, 0.50), _pct(latency, 0.99)
    raw_p50, raw_p99 = _pct(raw, 0.50), _pct(raw, 0.99)
    lost = max(burst_figures["burst_not_done"], float(wrong))
    return {
        "scan_p50_over_raw_ms": scan_p50 - raw_p50,
        "scan_p99_over_raw_ms": scan_p99 - raw_p99,
        "scan_p50_ms": scan_p50,
        "scan_p99_ms": scan_p99,
        "raw_p50_ms": raw_p50,
        "raw_p99_ms": raw_p99,
        "scan_samples": float(len(latency)),
        "burst_lost": lost,
        "burst_out_of_order": burst_figures["burst_final_out_of_order"] + posted_out_of_order,
        "burst_max_stall_ms": burst_figures["burst_max_stall_ms"],
        "burst_scans": burst_figures["burst_scans"],
        "burst_server_wrong": float(wrong),
        "burst_posted_out_of_order": float(posted_out_of_order),
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<26} {value:10.3f}")
