"""Start-up in instructions, not milliseconds: callgrind counts what the station runs from
process start to "window shown with the first page of returns", and the same for the empty
PySide6 window and the stack floor of bench/startup.py. Unlike wall time on a shared 2-core
machine, the counts repeat run after run, so a change's effect shows even when the machine
is noisy.

Needs valgrind (``apt-get install -y valgrind``); each process runs ~50x slower under it,
so this takes a minute or two. Not part of ``bench/run.py``: the issue's figure is the wall
ratio; this one says where to look and whether a change helped.

    python bench/startup_instructions.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.startup import EMPTY_WINDOW, STACK_FLOOR, _env
from revdesk.sandbox.process import SandboxProcess

# Runs the station (or the empty window, or the stack floor) and ends the process at its
# "ready" line, so that callgrind counts the start-up only. The line is printed by the code
# under test.
UNTIL_READY = """
import builtins, os, runpy, sys
_print = builtins.print
def _exit_when_ready(*args, **kwargs):
    _print(*args, **kwargs)
    if args and isinstance(args[0], str) and args[0].startswith("ready"):
        sys.stdout.flush()
        os._exit(0)
builtins.print = _exit_when_ready
if sys.argv[1] != "station":
    exec(compile(sys.argv[2], sys.argv[1], "exec"), {"__name__": "__main__"})
else:
    sys.argv = ["revdesk"]
    runpy.run_module("revdesk", run_name="__main__", alter_sys=True)
"""
COLLECTED = re.compile(r"Collected : (\d+)")


def _instructions(which: str, env: dict[str, str]) -> int:
    cmd = [sys.executable, "-c", UNTIL_READY, which,
           STACK_FLOOR if which == "floor" else EMPTY_WINDOW]
    subprocess.run(cmd, env=env, capture_output=True, timeout=120, check=True)  # bytecode
    if which == "station":
        env = {**env, "REVDESK_DATA_DIR": env["REVDESK_DATA_DIR"] + "-counted"}
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          *cmd], env=env, capture_output=True, text=True, timeout=600)
    if "ready" not in out.stdout:
        raise RuntimeError(f"{which} never reported ready:\n{out.stderr[-2000:]}")
    match = COLLECTED.search(out.stderr)
    if match is None:
        raise RuntimeError(f"no callgrind total for {which}:\n{out.stderr[-2000:]}")
    return int(match.group(1))


def run() -> dict[str, float]:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install -y valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        pycache = Path(tmp) / "pycache"
        server = SandboxProcess(Path(tmp) / "sandbox", processes=500).start()
        try:
            empty = _instructions("empty", _env(None, "", pycache))
            floor = _instructions("floor", _env(None, server.url, pycache))
            station = _instructions("station", _env(Path(tmp) / "data", server.url, pycache))
        finally:
            server.stop()
    return {"startup_empty_instructions_g": empty / 1e9,
            "startup_app_instructions_g": station / 1e9,
            "startup_instructions_ratio_x": station / empty,
            "startup_floor_instructions_g": floor / 1e9,
            "startup_floor_instructions_x": floor / empty}


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for name, value in run().items():
        print(f"{name:<32} {value:8.3f}")
