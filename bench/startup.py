"""Start-up: wall-clock from process start (``Popen``) to "window shown with the first page of
returns" for the real station (``python -m revdesk`` on a loopback sandbox), against an
empty PySide6 ``QMainWindow`` process started the same way. Offscreen; median of N runs.
Target: <= 1.5x the stack floor (below); the ratio to the empty window is context.

The station tells when it is ready through its ``REVDESK_REPORT_READY=1`` hook (one
``ready <ms>`` line on stdout once the first page is painted); the empty window prints the
same line after its first paint. Every station run gets a fresh data dir: a cold start, no
local list cache, the first page read from the API.

Both processes run with compiled bytecode, as an installed station does (pip compiles at
install; an editable install writes ``__pycache__`` on its first start). A machine that sets
``PYTHONDONTWRITEBYTECODE`` (this one does) would otherwise compile every revdesk module
from source on every start, and time the compiler rather than the station: the children
get a bytecode cache of their own under the run's temp dir (``PYTHONPYCACHEPREFIX``),
written by the warm-up run. That first, compiling start is reported too
(``startup_first_run_ms``).

A third program, the stack floor (``STACK_FLOOR``), has no revdesk code: it only does what
any station built on PySide6, qasync, httpx and pydantic must do before its first page
shows. Its ratio to the empty window (``startup_stack_floor_x``) is the part of the
station's that no code of revdesk's can win back; the station's ratio to it
(``startup_over_floor_x``) is what revdesk's own code adds, and what the target is set on.

    python bench/startup.py [--quick]
"""

from __future__ import annotations

import os
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from revdesk.api import routes
from revdesk.api.transport import API_KEY_HEADER
from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, ROOT, SandboxProcess

READY_TIMEOUT_S = 30.0
EMPTY_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1560, 960)
window.show()
def shown():
    window.repaint()
    print("ready", flush=True)
QTimer.singleShot(0, shown)
app.exec()
"""

#: The stack's own floor: a program with no revdesk code that does the least any station on
#: revdesk's stack must do before its first page shows: import PySide6, qasync, httpx and
#: pydantic; one qasync loop; a window; one page of returns read with an httpx AsyncClient
#: and validated by a pydantic model; the count painted. It gets every start-up saving
#: revdesk makes for itself (no collector, no trio, no pydantic plugins, no CA bundle for
#: loopback http, its libraries imported before Qt's import hook), so that it is a floor:
#: the share of the ratio that revdesk's code could still win back is station / floor.
STACK_FLOOR = f"""
import gc, os, sys
gc.disable()
os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
sys.modules["trio"] = sys.modules["httpx._main"] = None
import asyncio, ssl
import httpx
from pydantic import BaseModel
import qasync
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Row(BaseModel):
    process_id: str = ""

class Page(BaseModel):
    processes: list[Row] = []
    next_page_token: str = ""

app = QApplication([])
loop = qasync.QEventLoop(app)
asyncio.set_event_loop(loop)
window = QMainWindow()
window.resize(1560, 960)
label = QLabel(window)
window.setCentralWidget(label)
window.show()

async def first_page():
    async with httpx.AsyncClient(base_url=os.environ["BENCH_API_URL"],
                                 verify=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)) as client:
        answer = await client.get({routes.PROCESS_LIST!r},
                                  params={{"ecommerce_id": "acme", "page_size": 200}},
                                  headers={{{API_KEY_HEADER!r}: "bench"}})
        answer.raise_for_status()
        page = Page.model_validate(answer.json())
    if not page.processes:
        raise SystemExit("the sandbox sent no returns")
    label.setText(f"{{len(page.processes)}} returns")
    window.repaint()
    print("ready", flush=True)
    await asyncio.Event().wait()  # until the benchmark ends the process

with loop:
    loop.run_until_complete(first_page())
"""


def _env(data_dir: Path | None, url: str, pycache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ENV_VARS_TO_CLEAR and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["QT_QPA_PLATFORM"] = "offscreen"
    if url:
        env["BENCH_API_URL"] = url  # for the stack floor
    if data_dir is not None:
        env.update(REVDESK_API_URL=url, REVDESK_API_KEY="bench", REVDESK_DATA_DIR=str(data_dir),
                   REVDESK_REPORT_READY="1")
    return env


def _first_ready(stdout: IO[bytes], lines: queue.Queue[tuple[float, str]]) -> None:
    for raw in stdout:
        lines.put((time.perf_counter(), raw.decode("utf-8", "replace").strip()))
    lines.put((time.perf_counter(), ""))


def _time_to_ready(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from Popen to the child's ``ready`` line; then the child is asked to close."""
    lines: queue.Queue[tuple[float, str]] = queue.Queue()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, cwd=ROOT, env=env)
    assert proc.stdout is not None
    reader = threading.Thread(target=_first_ready, args=(proc.stdout, lines), daemon=True)
    reader.start()
    try:
        while True:
            at, line = lines.get(timeout=READY_TIMEOUT_S)
            if line.startswith("ready"):
                return at - started
            if not line and proc.poll() is not None:
                raise RuntimeError(f"{cmd[-1][:40]!r} exited ({proc.returncode}) before ready")
    finally:
        proc.send_signal(signal.SIGTERM)  # the station closes its window cleanly on SIGTERM
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        reader.join(timeout=5)
        proc.stdout.close()


def run(quick: bool = False) -> dict[str, float]:
    """The figures, in the units their names say."""
    runs = 3 if quick else 7
    app_s: list[float] = []
    empty_s: list[float] = []
    floor_s: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        pycache = Path(tmp) / "pycache"
        server = SandboxProcess(Path(tmp) / "sandbox", processes=500).start()
        try:
            # Warm the OS file cache and write the bytecode for both commands once, so run 1
            # is not an outlier; the station's warm-up is its first start after install.
            _time_to_ready([sys.executable, "-c", EMPTY_WINDOW], _env(None, "", pycache))
            first_s = _time_to_ready([sys.executable, "-m", "revdesk"],
                                     _env(Path(tmp) / "warm", server.url, pycache))
            _time_to_ready([sys.executable, "-c", STACK_FLOOR], _env(None, server.url, pycache))
            for n in range(runs):  # interleaved, so drifting machine load hits all alike
                empty_s.append(_time_to_ready([sys.executable, "-c", EMPTY_WINDOW],
                                              _env(None, "", pycache)))
                floor_s.append(_time_to_ready([sys.executable, "-c", STACK_FLOOR],
                                              _env(None, server.url, pycache)))
                app_s.append(_time_to_ready([sys.executable, "-m", "revdesk"],
                                            _env(Path(tmp) / f"data-{n}", server.url, pycache)))
        finally:
            server.stop()
    app_ms = statistics.median(app_s) * 1000
    empty_ms = statistics.median(empty_s) * 1000
    floor_ms = statistics.median(floor_s) * 1000
    return {
        "startup_ratio_x": app_ms / empty_ms,
        "startup_app_ms": app_ms,
        "startup_empty_ms": empty_ms,
        # Each process's least-disturbed run: machine noise only ever adds time, so this
        # ratio is the steadier estimate of the two programs' own costs.
        "startup_ratio_best_x": min(app_s) / min(empty_s),
        "startup_app_min_ms": min(app_s) * 1000,
        "startup_app_max_ms": max(app_s) * 1000,
        "startup_empty_min_ms": min(empty_s) * 1000,
        "startup_empty_max_ms": max(empty_s) * 1000,
        "startup_first_run_ms": first_s * 1000,
        # The stack's floor (STACK_FLOOR) against the empty window: what any station on
        # PySide6 + qasync + httpx + pydantic pays before a line of its own code runs; and
        # the station against that floor: what revdesk's own code adds.
        "startup_stack_floor_ms": floor_ms,
        "startup_stack_floor_x": floor_ms / empty_ms,
        "startup_over_floor_x": app_ms / floor_ms,
        "startup_runs": float(runs),
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<26} {value:10.3f}")
