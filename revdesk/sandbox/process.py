"""Run ``revdesk sandbox`` as a subprocess on a free loopback port and drive its
``/_sandbox`` controls: used by the tests, the benchmarks and anyone testing a script."""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import httpx

from revdesk.api.transport import API_KEY_HEADER

ROOT = Path(__file__).resolve().parents[2]
ENV_VARS_TO_CLEAR = ("REVDESK_API_URL", "REVDESK_API_KEY", "REVDESK_ECOMMERCE_ID",
                     "REVDESK_STOREFRONT_URL", "REVDESK_REVERSIO_URL",
                     "REVDESK_REVERSIO_SUBSCRIPTION_KEY", "REVDESK_REVERSIO_SECRET",
                     "REVDESK_MERCHANT_URL", "REVDESK_MERCHANT_KEY", "REVDESK_RETURNS_PORTAL_URL",
                     "REVDESK_SANDBOX_KEYS")
READY_LINE = re.compile(r"revdesk sandbox listening on (http://\S+)")
START_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
DEFAULT_FAULTS: dict[str, Any] = {
    "latency_ms": 0, "fail_rate": 0.0, "rate429": 0.0, "retry_after_s": 1.0,
    "break_mode": "", "seed": 0, "assumed": "", "merchant": "",
}


def _option(args: Sequence[str], name: str) -> str | None:
    """The value of ``name`` in ``args`` (``--name V`` or ``--name=V``), last one wins."""
    value = None
    for i, arg in enumerate(args):
        if arg == name and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(name + "="):
            value = arg[len(name) + 1:]
    return value


def _child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ENV_VARS_TO_CLEAR}
    env.update(extra or {})
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class SandboxProcess:
    """``revdesk sandbox`` in a subprocess, with helpers for its ``/_sandbox`` controls."""

    def __init__(self, data_dir: Path, *, processes: int = 60,
                 extra_args: Sequence[str] = (), env: Mapping[str, str] | None = None) -> None:
        self.data_dir = data_dir
        self.processes = processes
        self.extra_args = list(extra_args)
        self.env = dict(env or {})  # set in the server's environment (REVDESK_SANDBOX_KEYS)
        # A fixed key guards the controls too: the helpers below send it.
        key = _option(self.extra_args, "--api-key")
        self._headers = {API_KEY_HEADER: key} if key else {}
        self.url = ""
        self.stderr_path = data_dir.with_name(data_dir.name + "-stderr.log")
        self._proc: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._reader: threading.Thread | None = None

    # -- life cycle --------------------------------------------------------------------------

    def start(self, port: int = 0) -> SandboxProcess:
        """Start (on ``port``, 0 = any free one) and wait for the "listening on" line; raises
        with the server's stderr if it exits or stays silent."""
        assert self._proc is None, "already running"
        cmd = [sys.executable, "-m", "revdesk", "sandbox", "--port", str(port),
               "--data", str(self.data_dir), "--processes", str(self.processes),
               *self.extra_args]
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        self._stderr = self.stderr_path.open("ab")
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self._stderr,
                                      stdin=subprocess.DEVNULL, cwd=ROOT,
                                      env=_child_env(self.env))
        self._lines = queue.Queue()
        self._reader = threading.Thread(target=self._read_stdout, args=(self._proc.stdout,),
                                        daemon=True)
        self._reader.start()
        self.url = self._wait_ready()
        return self

    def _read_stdout(self, stdout: IO[bytes] | None) -> None:
        # Drains stdout to the end so the server can never block on a full pipe.
        assert stdout is not None
        for raw in stdout:
            self._lines.put(raw.decode("utf-8", "replace").rstrip("\n"))
        self._lines.put(None)

    def _wait_ready(self) -> str:
        while True:
            try:
                line = self._lines.get(timeout=START_TIMEOUT)
            except queue.Empty:
                self.stop()
                raise RuntimeError(
                    f"sandbox silent for {START_TIMEOUT} s: {self.stderr()}") from None
            if line is None:
                self.stop()
                raise RuntimeError(f"sandbox exited before listening: {self.stderr()}")
            if match := READY_LINE.fullmatch(line):
                return match.group(1)

    def stop(self) -> int | None:
        """Terminate (SIGTERM), wait, kill if it hangs. Returns the exit code."""
        proc, self._proc = self._proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.terminate()
        try:
            code = proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
        if self._reader is not None:
            self._reader.join(timeout=STOP_TIMEOUT)
        if proc.stdout is not None:
            proc.stdout.close()
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        return code

    def restart(self, port: int = 0) -> SandboxProcess:
        """Stop and start again on the same data dir; the port may change unless given."""
        self.stop()
        return self.start(port)

    def stderr(self) -> str:
        try:
            return self.stderr_path.read_text("utf-8", "replace")[-4000:]
        except OSError:
            return ""

    # -- controls ----------------------------------------------------------------------------

    def set_faults(self, **changes: Any) -> dict[str, Any]:
        response = httpx.post(f"{self.url}/_sandbox/faults", json=changes, headers=self._headers)
        response.raise_for_status()
        result: dict[str, Any] = response.json()
        return result

    def reset_faults(self) -> dict[str, Any]:
        return self.set_faults(**DEFAULT_FAULTS)

    def requests(self) -> list[dict[str, Any]]:
        response = httpx.get(f"{self.url}/_sandbox/requests", headers=self._headers)
        response.raise_for_status()
        result: list[dict[str, Any]] = response.json()
        return result

    def clear_requests(self) -> None:
        httpx.delete(f"{self.url}/_sandbox/requests", headers=self._headers).raise_for_status()
