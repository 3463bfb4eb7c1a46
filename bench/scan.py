"""Scan latency and scan bursts, through the real station window on a loopback sandbox;
scan resolution from the station's list at 100,000 returns.

Latency: a read typed into the scan box and Enter pressed (real key events) until the
result banner has painted the confirmed status; p50 / p99 against a raw httpx client doing
the same calls to the same sandbox (GET the process, POST its shipping status) on a plain
asyncio loop. The window's path includes the durable outbox (SQLite, ``synchronous=FULL``)
and the audit log, as at the desk. Three reads, each of other returns: the process id
(``scan_``), the carrier's tracking number as on the parcel (``scan_tracking_``) and the
order number, with and without its ``#`` (``scan_order_``). The window has loaded the whole
list first, as a station that has worked a while has: a tracking or order number is found
in it, then the same GET and POST as a process id (issue 15). The three take turns, one
scan each. A scan that ends on another return, or not confirmed, stops the run. Targets:
<= 15 ms / 50 ms above the raw call.

Resolution: ``candidates`` + ``resolve_locally`` for reads of every form a parcel carries
(tracking as printed, spaced and lower-cased, inside a GS1 (421) barcode; order number with
and without ``#``; process id) against a ``ProcessIndex`` of 100,000 sandbox returns; each
must resolve to its own return. Target: p99 <= 2 ms.

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
from revdesk.domain.process_index import ProcessIndex, ProcessRow
from revdesk.domain.scan_resolution import candidates, resolve_locally
from revdesk.domain.scanning import ScanResult
from revdesk.sandbox import seed as demo
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
#: Rows of the list the local resolution is measured against (issue 15: "at 100k returns").
RESOLVE_ROWS = 100_000
#: One latency series: warm-up scans (first connection, first paint), then the measured ones.
WARM_UP = 5


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


async def _latency(window: MainWindow, watch: BannerWatch,
                   reads: list[tuple[str, str]]) -> list[float]:
    """Seconds from Enter to the painted final banner, one scan at a time; ``reads`` are
    (what is scanned, the return it must change)."""
    box = window.scan_panel.scan_box
    samples = []
    for read, pid in reads:
        QTest.keyClicks(box, read)
        started = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_Return)
        result = window.core.pipeline.recent[-1]
        painted = await asyncio.wait_for(watch.expect(result), FINAL_TIMEOUT_S)
        if result.outcome is not Outcome.DELIVERED or result.process_id != pid:
            raise RuntimeError(f"scan {read!r} (of {pid}): {result.outcome.value} "
                               f"{result.process_id!r} {result.error!r}")
        samples.append(painted - started)
    return samples


async def _series(window: MainWindow,
                  series: dict[str, list[tuple[str, str]]]) -> dict[str, list[float]]:
    """Each series' samples, after WARM_UP scans of each; the series take turns, one scan
    each, so that a machine busy for a while slows them all alike."""
    watch = BannerWatch(window)
    samples: dict[str, list[float]] = {name: [] for name in series}
    for turn in range(max(len(reads) for reads in series.values())):
        for name, reads in series.items():
            if turn < len(reads):
                measured = await _latency(window, watch, reads[turn:turn + 1])
                if turn >= WARM_UP:
                    samples[name] += measured
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


async def _station(series: dict[str, list[tuple[str, str]]],
                   burst_ids: list[str]) -> dict[str, Any]:
    core = StationCore()
    core.start()
    presenter = ErrorPresenter(dialogs=False)
    window = MainWindow(core, presenter, state=window_state(), sounds=SoundPlayer(silent=True))
    window.show()
    collector = gui_thread_collector()
    try:
        await _first_page(window)  # as an operator starts: the list is there
        await window.model.load_all()  # ... and, after a while, all of it
        settle_heap()  # what run_windows does a few seconds after the window shows
        collector.start()
        latency = await _series(window, series)
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


def _in_window(url: str, data_dir: Path, series: dict[str, list[tuple[str, str]]],
               burst_ids: list[str]) -> dict[str, Any]:
    app = create_application([])  # as the station does: theme, translations, no quit on close
    previous = qInstallMessageHandler(_quiet_offscreen)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with _station_env(url, data_dir), loop:
            return loop.run_until_complete(_station(series, burst_ids))
    finally:
        asyncio.set_event_loop(None)
        qInstallMessageHandler(previous)


def _quiet_offscreen(mode: object, context: object, message: str) -> None:
    # The offscreen platform warns once per relayout that it cannot propagate size hints.
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


# -- the run -------------------------------------------------------------------------------


def _eligible(url: str) -> list[dict[str, Any]]:
    """Returns a scan changes (not already IN_WAREHOUSE, not cancelled), oldest first."""
    found: list[dict[str, Any]] = []
    token = ""
    with httpx.Client(base_url=url, headers={API_KEY_HEADER: KEY}) as client:
        while True:
            page = client.get("/v1/processes", params={"page_size": 1000, "page_token": token}
                              if token else {"page_size": 1000}).raise_for_status().json()
            found += [p for p in page["processes"]
                      if p.get("shipping_status") not in (ACTION, "CANCELED")]
            token = page.get("next_page_token", "")
            if not token:
                return sorted(found, key=lambda p: str(p["process_id"]))


def _take(pool: list[dict[str, Any]], count: int, has: str = "process_id") -> list[dict[str, Any]]:
    """The first ``count`` returns of ``pool`` with a ``has`` field, taken out of it: each
    return is scanned once (a second scan would find it already IN_WAREHOUSE)."""
    taken = [p for p in pool if p.get(has)][:count]
    if len(taken) < count:
        raise RuntimeError(f"the sandbox has too few returns with a {has} ({len(taken)})")
    chosen = {id(p) for p in taken}
    pool[:] = [p for p in pool if id(p) not in chosen]
    return taken


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


def _order_read(process: dict[str, Any], n: int) -> str:
    """The order number as a packing slip prints it: every other one without its ``#``."""
    number = str(process["order_number"])
    return number if n % 2 else number.lstrip("#")


# -- resolution from the station's list ----------------------------------------------------


def _resolution_read(process: dict[str, Any], n: int) -> str:
    """One of the forms a parcel's barcodes take, in turn."""
    tracking, order = process["tracking_id"], process["order_number"]
    spaced = " ".join(tracking.lower()[i:i + 4] for i in range(0, len(tracking), 4))
    forms = (tracking, spaced, "421250\x1d" + tracking, order, order.lstrip("#"),
             process["process_id"])
    return forms[n % len(forms)]


def resolve_local(quick: bool = False) -> dict[str, float]:
    """Seconds per read, candidates + local resolution, at RESOLVE_ROWS returns."""
    processes = list(demo.generate(RESOLVE_ROWS, seed=15))
    index = ProcessIndex()
    index.upsert([ProcessRow(p["process_id"], p["order_number"],
                             f"{p['customer']['first_name']} {p['customer']['last_name']}",
                             p["shipping_status"], p["return_method"], p["carrier"],
                             p["tracking_id"], p["created_at"], p["customer"]["email"])
                  for p in processes])
    with_tracking = [p for p in processes if p["tracking_id"]]
    reads = 1_000 if quick else 10_000
    step = len(with_tracking) // reads
    targets = with_tracking[::step][:reads]
    index.find_key("warm-up")
    samples = []
    for n, process in enumerate(targets):
        read = _resolution_read(process, n)
        started = time.perf_counter()
        resolution = resolve_locally(index, candidates(read))
        samples.append(time.perf_counter() - started)
        if resolution.one is None or resolution.one.process_id != process["process_id"]:
            raise RuntimeError(f"{read!r} resolved to {resolution.matches!r}, "
                               f"not {process['process_id']}")
    return {
        "resolve_local_p50_ms": _pct(samples, 0.50),
        "resolve_local_p99_ms": _pct(samples, 0.99),
        "resolve_local_rows": float(len(index)),
        "resolve_local_samples": float(len(samples)),
    }


def run(quick: bool = False) -> dict[str, float]:
    """The figures, in the units their names say."""
    scans = 40 if quick else 200
    burst = 60 if quick else 200
    per_series = scans + WARM_UP
    # Four series of returns (raw, process id, tracking, order) and a burst, each return
    # scanned once; about 70 % of the seed's returns are not IN_WAREHOUSE or cancelled.
    with tempfile.TemporaryDirectory() as tmp:
        server = SandboxProcess(Path(tmp) / "sandbox",
                                processes=2 * (4 * per_series + burst) + 200)
        server.start()
        try:
            pool = _eligible(server.url)
            raw_ids = [p["process_id"] for p in _take(pool, per_series)]
            tracking = _take(pool, per_series, has="tracking_id")
            orders = _take(pool, per_series, has="order_number")
            by_id = _take(pool, per_series)
            burst_ids = [p["process_id"] for p in _take(pool, burst)]
            series = {
                "scan": [(p["process_id"], p["process_id"]) for p in by_id],
                "scan_tracking": [(p["tracking_id"], p["process_id"]) for p in tracking],
                "scan_order": [(_order_read(p, n), p["process_id"])
                               for n, p in enumerate(orders)],
            }
            raw = asyncio.run(_raw(server.url, raw_ids))[WARM_UP:]
            server.clear_requests()
            station = _in_window(server.url, Path(tmp) / "station", series, burst_ids)
            wrong, posted_out_of_order = _server_check(server, burst_ids)
        finally:
            server.stop()
    latency, burst_figures = station["latency"], station["burst"]
    raw_p50, raw_p99 = _pct(raw, 0.50), _pct(raw, 0.99)
    figures: dict[str, float] = {}
    for name, samples in latency.items():
        p50, p99 = _pct(samples, 0.50), _pct(samples, 0.99)
        figures[f"{name}_p50_over_raw_ms"] = p50 - raw_p50
        figures[f"{name}_p99_over_raw_ms"] = p99 - raw_p99
        figures[f"{name}_p50_ms"] = p50
        figures[f"{name}_p99_ms"] = p99
    lost = max(burst_figures["burst_not_done"], float(wrong))
    return {
        **figures,
        "raw_p50_ms": raw_p50,
        "raw_p99_ms": raw_p99,
        "scan_samples": float(len(latency["scan"])),
        "burst_lost": lost,
        "burst_out_of_order": burst_figures["burst_final_out_of_order"] + posted_out_of_order,
        "burst_max_stall_ms": burst_figures["burst_max_stall_ms"],
        "burst_scans": burst_figures["burst_scans"],
        "burst_server_wrong": float(wrong),
        "burst_posted_out_of_order": float(posted_out_of_order),
        **resolve_local(quick),
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<32} {value:10.3f}")
