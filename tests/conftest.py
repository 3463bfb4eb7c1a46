"""Shared fixtures: an isolated environment for every test, and the real sandbox server as a
subprocess on a free loopback port (``revdesk sandbox --port 0``)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, SandboxProcess

# At import, before any test module can import Qt: tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every test gets its own data dir and no configured backend."""
    monkeypatch.setenv("REVDESK_DATA_DIR", str(tmp_path / "revdesk-data"))
    for name in ENV_VARS_TO_CLEAR:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[SandboxProcess]:
    """A sandbox of its own (60 processes) for a test that changes data or restarts it."""
    server = SandboxProcess(tmp_path / "sandbox").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def make_sandbox(tmp_path: Path) -> Iterator[Any]:
    """A factory for sandboxes with other options (e.g. ``extra_args=["--api-key", k]``);
    each is stopped at teardown."""
    started: list[SandboxProcess] = []

    def make(*, processes: int = 60, extra_args: Sequence[str] = ()) -> SandboxProcess:
        data = tmp_path / f"sandbox-{len(started) + 1}"
        server = SandboxProcess(data, processes=processes, extra_args=extra_args)
        started.append(server)
        return server.start()

    try:
        yield make
    finally:
        for server in started:
            server.stop()


@pytest.fixture(scope="session")
def shared_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """One sandbox for the whole session, for tests that only read. Faults are reset and
    the request log cleared before each test that uses it."""
    server = SandboxProcess(tmp_path_factory.mktemp("shared") / "sandbox").start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _reset_shared_sandbox(request: pytest.FixtureRequest) -> None:
    if "shared_sandbox" in request.fixturenames:
        server: SandboxProcess = request.getfixturevalue("shared_sandbox")
        server.reset_faults()
        server.clear_requests()


@pytest.fixture
def cups_queue(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """A private cupsd on loopback with a 4x6 in cups-pdf queue (``tests/cups_server.py``),
    ``CUPS_SERVER`` pointed at it; skipped, saying why, where it cannot run."""
    from cups_server import CupsServer, why_not

    if reason := why_not():
        pytest.skip(reason)
    server = CupsServer().start()
    monkeypatch.setenv("CUPS_SERVER", server.address)
    yield server
    server.stop()
