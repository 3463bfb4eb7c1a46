"""The station's start and run: the start-up report the benchmark reads, and the heap settled
out of the garbage collector's way once the window is up."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from revdesk import startup
from revdesk.ui import app as station_app
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.main_window import MainWindow


def shown_window(qapp: QApplication) -> MainWindow | None:
    found = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return found[0] if found else None


def test_the_heap_settles_after_start_and_is_released_at_close(
        qtbot: QtBot, qloop: Any, presenter: ErrorPresenter, qapp: QApplication,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(station_app, "SETTLE_HEAP_AFTER_MS", 0)
    settled: list[int] = []
    monkeypatch.setattr(startup, "settle_heap", lambda: settled.append(1))
    task = asyncio.ensure_future(station_app.run_windows(presenter))
    qtbot.waitUntil(lambda: shown_window(qapp) is not None, timeout=15_000)
    window = shown_window(qapp)
    assert window is not None
    qtbot.waitUntil(lambda: bool(settled), timeout=15_000)
    window.close()
    qtbot.waitUntil(task.done, timeout=20_000)
    assert task.result() == 0 and settled == [1]
    assert gc.get_freeze_count() == 0


def test_ready_is_a_single_line_with_milliseconds(
        qtbot: QtBot, qloop: Any, presenter: ErrorPresenter, qapp: QApplication,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(station_app.ENV_REPORT_READY, "1")
    task = asyncio.ensure_future(station_app.run_windows(presenter, started=0.0))
    qtbot.waitUntil(lambda: shown_window(qapp) is not None, timeout=15_000)
    window = shown_window(qapp)
    assert window is not None
    out: list[str] = []
    qtbot.waitUntil(lambda: out.append(capsys.readouterr().out) or "ready" in "".join(out),
                    timeout=15_000)
    lines = [line for line in "".join(out).splitlines() if line.startswith("ready")]
    assert len(lines) == 1 and lines[0].split()[1].isdigit()
    assert window.model.rowCount() > 0  # the first page is there when it says so
    window.close()
    qtbot.waitUntil(task.done, timeout=20_000)


def test_stop_signals_close_the_window_and_a_late_one_finds_it_gone(qapp: QApplication) -> None:
    handlers: dict[int, Any] = {}

    class Loop:
        def add_signal_handler(self, signum: int, callback: Any) -> None:
            handlers[signum] = callback

    window = QWidget()
    window.show()
    station_app._close_on_signals(Loop(), window)  # type: ignore[arg-type]
    handlers[signal.SIGTERM]()
    assert not window.isVisible()
    shiboken6.delete(window)  # the station closed it and went on to shut down
    handlers[signal.SIGTERM]()  # a logout's second signal: nothing left to close, no error
    handlers[signal.SIGINT]()


def test_settle_heap_freezes_what_is_alive() -> None:
    try:
        startup.settle_heap()
        assert gc.get_freeze_count() > 0
        assert not gc.isenabled()  # from here on, collect_when_due on the GUI thread
    finally:
        startup.release_heap()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_the_window_starts_without_what_waits_for_first_use(
        shared_sandbox: Any, tmp_path: Path) -> None:
    """What startup.LOADED_ON_FIRST_USE lists (PDFium, reportlab, printing, the dialogs…)
    waits for its first use: the station's real start-up, to its first page of returns,
    never imports it."""
    env = {**os.environ, "REVDESK_API_URL": shared_sandbox.url, "REVDESK_API_KEY": "test",
           station_app.ENV_REPORT_READY: "1", "QT_QPA_PLATFORM": "offscreen"}
    imports = tmp_path / "importtime.txt"
    with imports.open("w") as err:  # a file: a full pipe would block the station
        proc = subprocess.Popen([sys.executable, "-X", "importtime", "-m", "revdesk"],
                                stdout=subprocess.PIPE, stderr=err, stdin=subprocess.DEVNULL,
                                text=True, env=env)
        assert proc.stdout is not None
        try:
            lines = iter(proc.stdout.readline, "")
            assert any(line.startswith("ready") for line in lines), "never ready"
        finally:
            proc.send_signal(signal.SIGTERM)  # closes the window cleanly
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            proc.stdout.close()
    imported = {line.rsplit("|", 1)[-1].strip() for line in imports.read_text().splitlines()
                if line.startswith("import time:")}
    assert "revdesk.ui.main_window" in imported  # -X importtime did report the start-up
    early = sorted(name for name in imported for waiting in startup.LOADED_ON_FIRST_USE
                   if name == waiting or name.startswith(waiting + "."))
    assert early == []


@pytest.mark.parametrize("name", ["logs/revdesk.log", "window.ini"])
def test_a_fifo_in_place_of_the_log_or_the_window_state_never_blocks_the_start(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """The log file is opened to append and window.ini is read at once: a FIFO in their
    place waited for a reader, and the window never came up."""
    import logging
    import threading

    folder = tmp_path / "station"
    monkeypatch.setenv("REVDESK_DATA_DIR", str(folder))
    (folder / "logs").mkdir(parents=True)
    os.mkfifo(folder / name)
    package = logging.getLogger("revdesk")
    handlers, level = list(package.handlers), package.level
    done: list[object] = []

    def start() -> None:
        if name == "window.ini":
            done.append(station_app.window_state().value("geometry"))
        else:
            station_app.setup_log_file()
            done.append(True)

    worker = threading.Thread(target=start, daemon=True)
    worker.start()
    worker.join(10)
    try:
        assert done, "the start waited on the FIFO"
        assert not (folder / name).is_fifo()  # a new, regular file from now on
        [kept] = (folder / name).parent.glob(Path(name).name + ".damaged-*")
        assert kept.is_fifo()  # set aside, as any damaged local file
    finally:
        for handler in set(package.handlers) - set(handlers):
            package.removeHandler(handler)
            handler.close()
        package.setLevel(level)
