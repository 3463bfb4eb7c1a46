"""Start-up: wall-clock from process start (``Popen``) to "window shown with the first page of
returns" for the real station (``python -m revdesk`` on a loopback sandbox), against an
empty PySide6 ``QMainWindow`` process started the same way. Offscreen; median of N runs.
Target: <= 3x the empty window.

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


def _env(data_dir: Path | None, url: str, pycache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ENV_VARS_TO_CLEAR and k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["QT_QPA_PLATFORM"] = "offscreen"
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
    with tempfile.TemporaryDirectory() as tmp:
        pycache = Path(tmp) / "pycache"
        server = SandboxProcess(Path(tmp) / "sandbox", processes=500).start()
        try:
            # Warm the OS file cache and write the bytecode for both commands once, so run 1
            # is not an outlier; the station's warm-up is its first start after install.
            _time_to_ready([sys.executable, "-c", EMPTY_WINDOW], _env(None, "", pycache))
            first_s = _time_to_ready([sys.executable, "-m", "revdesk"],
                                     _env(Path(tmp) / "warm", server.url, pycache))
            for n in range(runs):  # interleaved, so drifting machine load hits both alike
                empty_s.append(_time_to_ready([sys.executable, "-c", EMPTY_WINDOW],
                                              _env(None, "", pycache)))
                app_s.append(_time_to_ready([sys.executable, "-m", "revdesk"],
                                            _env(Path(tmp) / f"data-{n}", server.url, pycache)))
        finally:
            server.stop()
    app_ms = statistics.median(app_s) * 1000
    empty_ms = statistics.median(empty_s) * 1000
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
        "startup_runs": float(runs),
    }


if __name__ == "__main__":
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<26} {value:10.3f}")
