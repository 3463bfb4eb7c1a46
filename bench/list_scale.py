"""List scale: 100,000 returns in the station's list, on a loopback sandbox.

- ``list_api_load_s``: every page read through the real Admin client into the list model
  (the station's page size), shown in the real list panel.
- ``list_cache_save_s`` / ``list_cache_load_s``: the local cache written, then read into a
  fresh list at start (``ListCache.restore``) until its rows are painted. Target: <= 1 s.
- ``list_filter_p95_ms``: keystrokes typed one at a time into the list's search box (key
  events; the filter the window uses; each until painted), p95. Target: <= 30 ms. The panel
  has the size it has in the station window on a 1920x1080 screen.
- ``list_sort_ms``: a click's worth of sorting 100,000 rows by customer, until painted.
- ``list_peak_rss_mb``: peak resident memory of the process doing all of the above, a fresh
  one so no other benchmark inflates it. Target: <= 300 MB.
- ``list_vs_naive_x``: the same rows filled into a ``QTableWidget`` item by item, against
  ``set_rows`` on our model (both until painted), in another fresh process. Target: >= 20x.

Quick mode uses 20,000 rows (``list_rows`` says how many were measured).

    python bench/list_scale.py [--quick]
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, ROOT, SandboxProcess

FULL_ROWS = 100_000
QUICK_ROWS = 20_000
KEY = "bench"
CHILD_TIMEOUT_S = 600


# -- in the child processes ----------------------------------------------------------------


def _qt() -> Any:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import qInstallMessageHandler

    from revdesk.ui.app import create_application

    app = create_application([])

    def quiet(mode: object, context: object, message: str) -> None:
        if "This plugin does not support" not in message:  # offscreen: no size hints
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return app


#: The list panel's size in the station window on a 1920x1080 screen (the window fills the
#: screen; the list gets 3/5 of the width below the scan panel): about 14 rows on screen.
PANEL_SIZE = (1164, 523)


def _panel(model: Any) -> Any:
    from revdesk.ui.process_view import ProcessListPanel

    panel = ProcessListPanel(model)
    panel.resize(*PANEL_SIZE)
    panel.show()
    return panel


def _until(app: Any, done: Any, timeout_s: float = 10.0) -> float:
    """Spin the event loop until ``done()``; the seconds it took."""
    started = time.perf_counter()
    while not done() and time.perf_counter() - started < timeout_s:
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def _keystrokes(rows: list[Any], rng: random.Random) -> list[str]:
    """What a lead types looking for returns: names, ids, order and tracking numbers, with
    corrections. "\\b" is Backspace, "\\x7f" clears the box (select all + Backspace)."""
    pick = rows[rng.randrange(len(rows))]
    first, *rest = pick.customer.split()
    surname = rest[0] if rest else first
    strokes = [*first.lower(), " ", *surname[:4].lower(), "\x7f"]
    strokes += [*rows[rng.randrange(len(rows))].process_id, "\b", "\b", "\x7f"]
    strokes += [*rows[rng.randrange(len(rows))].order_number, "\x7f"]
    strokes += [*rows[rng.randrange(len(rows))].tracking_id[:8], "\b", "\b", "\b", "\x7f"]
    strokes += [*"garc", "\x7f"]
    return strokes


def _type(app: Any, box: Any, strokes: list[str]) -> list[float]:
    """Seconds per keystroke, from the key event until the view has repainted."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def key(code: Qt.Key, text: str = "") -> None:
        # Key events as a keyboard sends them (QTest's only know ASCII: "é" asserts).
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(box, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text))

    samples = []
    for stroke in strokes:
        started = time.perf_counter()
        if stroke == "\x7f":
            box.selectAll()
            key(Qt.Key.Key_Backspace)
        elif stroke == "\b":
            key(Qt.Key.Key_Backspace)
        else:
            key(Qt.Key.Key_unknown, stroke)
        app.processEvents()
        samples.append(time.perf_counter() - started)
    return samples


def peak_rss_mb() -> float:
    """This process's own peak resident memory. On Linux, VmHWM of its memory map: the
    ``ru_maxrss`` of a process started by another keeps the parent's peak at the fork (the
    kernel carries it across exec), so under ``bench/run.py``, grown by the benchmarks before
    this one, it said 463 MB where this process alone peaked near 260 MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not on Windows; Linux reads /proc above

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def child_list(url: str, folder: Path, rows: int) -> dict[str, float]:
    """API load, cache save and load, filter, sort, peak memory: one fresh process."""
    import asyncio
    import gc

    import qasync
    from PySide6.QtCore import Qt

    from revdesk.api import ReverAdminClient, Transport
    from revdesk.core import INTERACTIVE_RETRY
    from revdesk.domain.catalog import ProcessCatalog
    from revdesk.domain.process_cache import ProcessCache, cache_key
    from revdesk.domain.process_index import COLUMNS
    from revdesk.ui.list_cache import ListCache
    from revdesk.ui.process_model import ProcessTableModel

    app = _qt()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    figures: dict[str, float] = {}

    async def api_load() -> list[Any]:
        client = ReverAdminClient(Transport(url, KEY, retry=INTERACTIVE_RETRY))
        try:
            model = ProcessTableModel(ProcessCatalog(client))  # the station's page size
            panel = _panel(model)
            started = time.perf_counter()
            await model.load_all()
            app.processEvents()
            figures["list_api_load_s"] = time.perf_counter() - started
            loaded = list(model.index_.rows)
            panel.close()
            panel.deleteLater()
            return loaded
        finally:
            await client.aclose()

    with loop:
        loaded = loop.run_until_complete(api_load())
    asyncio.set_event_loop(None)
    if len(loaded) != rows:
        raise RuntimeError(f"{len(loaded)} rows loaded of {rows}")
    app.processEvents()
    gc.collect()

    cache = ProcessCache(folder, cache_key(url, "", ""))
    started = time.perf_counter()
    cache.save(loaded)
    figures["list_cache_save_s"] = time.perf_counter() - started
    rng = random.Random(6)
    strokes = _keystrokes(loaded, rng)
    del loaded
    gc.collect()

    model = ProcessTableModel()
    panel = _panel(model)
    app.processEvents()
    started = time.perf_counter()
    if not ListCache(model, cache).restore():
        raise RuntimeError("the cache did not load")
    app.processEvents()
    figures["list_cache_load_s"] = time.perf_counter() - started
    if model.rowCount() != rows:
        raise RuntimeError(f"{model.rowCount()} rows from the cache of {rows}")
    # The search keys are made in slices of idle time after the rows are shown; a lead
    # looks at the list before typing. How long that took is reported, and a keystroke
    # that came earlier would make the rest at once (list_filter_max_ms would show it).
    figures["list_search_ready_s"] = _until(app, lambda: model.index_.keys_ready)

    keystrokes = _type(app, panel.search, strokes)
    figures["list_filter_p95_ms"] = _p95(keystrokes)
    figures["list_filter_max_ms"] = max(keystrokes) * 1000
    figures["list_filter_keystrokes"] = float(len(keystrokes))

    panel.search.clear()
    app.processEvents()
    started = time.perf_counter()
    panel.view.sortByColumn(COLUMNS.index("customer"), Qt.SortOrder.AscendingOrder)
    app.processEvents()
    figures["list_sort_ms"] = (time.perf_counter() - started) * 1000
    figures["list_peak_rss_mb"] = peak_rss_mb()
    figures["list_rows"] = float(model.rowCount())
    return figures


def child_naive(url: str, folder: Path, rows: int) -> dict[str, float]:
    """The same rows in a QTableWidget, item by item, against set_rows on our model."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

    from revdesk.domain.process_cache import ProcessCache, cache_key
    from revdesk.domain.process_index import COLUMNS
    from revdesk.ui.process_model import ProcessTableModel
    from revdesk.ui.process_view import ProcessView

    app = _qt()
    cached = ProcessCache(folder, cache_key(url, "", "")).load()
    if cached is None or len(cached.rows) != rows:
        raise RuntimeError("no cached rows to fill")
    data = cached.rows

    model = ProcessTableModel()
    view = ProcessView()
    view.setModel(model)
    view.resize(*PANEL_SIZE)
    view.show()
    app.processEvents()
    started = time.perf_counter()
    model.set_rows(data)
    app.processEvents()
    ours = time.perf_counter() - started

    table = QTableWidget()
    table.setColumnCount(len(COLUMNS))
    table.resize(*PANEL_SIZE)
    table.show()
    app.processEvents()
    started = time.perf_counter()
    table.setRowCount(len(data))
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    app.processEvents()
    naive = time.perf_counter() - started
    return {"list_vs_naive_x": naive / ours, "list_model_fill_ms": ours * 1000,
            "list_naive_fill_ms": naive * 1000}


# -- the run -------------------------------------------------------------------------------


def _child(kind: str, url: str, folder: Path, rows: int) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS_TO_CLEAR}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["REVDESK_DATA_DIR"] = str(folder / "data")
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, url, str(folder),
         str(rows)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=CHILD_TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"list_scale {kind} child failed: {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def run(quick: bool = False) -> dict[str, float]:
    """The figures, in the units their names say."""
    rows = QUICK_ROWS if quick else FULL_ROWS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        server = SandboxProcess(folder / "sandbox", processes=rows).start()
        seeded = time.perf_counter() - started
        try:
            figures = _child("list", server.url, folder, rows)
        finally:
            server.stop()
        figures.update(_child("naive", server.url, folder, rows))
    figures["list_sandbox_seed_s"] = seeded
    order = ["list_cache_load_s", "list_filter_p95_ms", "list_peak_rss_mb", "list_vs_naive_x",
             "list_rows", "list_api_load_s", "list_cache_save_s", "list_search_ready_s",
             "list_sort_ms",
             "list_filter_max_ms", "list_filter_keystrokes", "list_model_fill_ms",
             "list_naive_fill_ms", "list_sandbox_seed_s"]
    return {name: figures[name] for name in order}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        kind, url, folder, rows = argv[1], argv[2], Path(argv[3]), int(argv[4])
        work = child_list if kind == "list" else child_naive
        print(json.dumps(work(url, folder, rows)), flush=True)
        os._exit(0)  # the figures are out; tearing down 800,000 table items is not measured
    for name, value in run(quick="--quick" in argv).items():
        print(f"{name:<26} {value:10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
