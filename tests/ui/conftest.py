"""GUI test fixtures: a qasync event loop for pytest-qt (which has none, pytest-qt #448), a
helper to await a coroutine by spinning Qt's loop, and station windows on a sandbox.

The loop is created with ``already_running=True``: Qt's event processing inside
``qtbot.waitUntil``/``waitSignal`` then runs the asyncio callbacks too, exactly as the app's
``exec()`` does. At teardown every task still pending is cancelled and drained, so nothing
leaks into the next test.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from revdesk.config import StationSettings
from revdesk.core import StationCore
from revdesk.settings_store import SettingsStore
from revdesk.ui import translation
from revdesk.ui.app import window_state
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.feedback import SoundPlayer
from revdesk.ui.main_window import MainWindow

T = TypeVar("T")
Arun = Callable[..., Any]


def _drain(loop: asyncio.AbstractEventLoop, app: QApplication, timeout: float = 5.0) -> None:
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    deadline = loop.time() + timeout
    while any(not t.done() for t in pending) and loop.time() < deadline:
        app.processEvents()
    for task in pending:
        if task.done() and not task.cancelled() and task.exception() is not None:
            # Retrieve it so asyncio does not warn "exception was never retrieved".
            task.exception()


@pytest.fixture(autouse=True)
def _no_language_left_behind() -> Iterator[None]:
    """A test that applied a language (``run_windows`` does, as the app) leaves none to the
    next: no translator, the computer's locale, the Qt-free English."""
    yield
    translation.reset()


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        _drain(loop, qapp)
        # This test's cyclic garbage (windows, their timers) collected now, on the GUI
        # thread: left to chance, a collection in a later test's print or executor thread
        # destroys them there, and Qt warns "Timers cannot be stopped from another thread".
        gc.collect()
        # Not loop.stop(): it calls QApplication.exit(), after which every later Qt event
        # loop in this process (qtbot's waits in the next tests) returns at once. Mark the
        # loop stopped the way stop() does, minus the exit, so close() accepts it.
        setattr(loop, "_QEventLoop__is_running", False)  # noqa: B010
        loop.close()
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


@pytest.fixture
def arun(qtbot: QtBot, qloop: asyncio.AbstractEventLoop) -> Arun:
    """``arun(coro, timeout=10)``: run a coroutine on the qasync loop, spinning Qt's event
    loop until it is done, and return its result (or raise its exception)."""

    def run(coro: Coroutine[Any, Any, T] | Awaitable[T], timeout: float = 10.0) -> T:
        task = asyncio.ensure_future(coro)
        qtbot.waitUntil(task.done, timeout=int(timeout * 1000))
        return task.result()

    return run


@pytest.fixture
def presenter(qapp: QApplication) -> ErrorPresenter:
    """No pop-ups in tests; what would be shown is recorded in ``presenter.texts``."""
    p = ErrorPresenter(dialogs=False)
    p.texts = []  # type: ignore[attr-defined]
    p.shown.connect(lambda title, text: p.texts.append(text))  # type: ignore[attr-defined]
    return p


@pytest.fixture
def loopback(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The station configured for a sandbox of its own over real HTTP on loopback."""
    monkeypatch.setenv("REVDESK_API_URL", sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    return sandbox


@pytest.fixture
def make_window(qtbot: QtBot, qloop: asyncio.AbstractEventLoop, presenter: ErrorPresenter,
                arun: Arun) -> Iterator[Callable[..., MainWindow]]:
    """``make_window(settings=None)``: a shown station window on the configured backend
    (the embedded sandbox unless a test set REVDESK_API_URL/KEY); ``settings`` are saved
    to the test's settings file first. Shut down cleanly at teardown: queued scans finish,
    tasks are cancelled, the HTTP client is closed."""
    made: list[tuple[MainWindow, StationCore]] = []

    def make(settings: StationSettings | None = None, *, show: bool = True) -> MainWindow:
        store = SettingsStore()
        if settings is not None:
            store.save(settings)
        core = StationCore(store)
        core.start()  # as the app does: the outbox's delivery loop runs in the background
        window = MainWindow(core, presenter, state=window_state(),
                            sounds=SoundPlayer(silent=True))
        # Not qtbot.addWidget: it deletes the window before this fixture's teardown can
        # shut it down the way the app does.
        made.append((window, core))
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window, core in made:
        window.close()
        arun(window.shutdown(grace=3), timeout=15)
        arun(core.aclose(grace=1), timeout=15)
        window.deleteLater()
    # The window's Python side holds reference cycles (signal lambdas, tasks); collected
    # here, on the GUI thread. Left to a later automatic collection, that may run on a
    # sandbox's server thread, where Qt cannot stop the window's timers (a warning that
    # fails that test, or a crash).
    gc.collect()


def wait_final(qtbot: QtBot, window: MainWindow, count: int = 1, timeout: int = 10_000) -> None:
    """Wait until the scan queue is empty and at least ``count`` results are final."""
    pipeline = window.core.pipeline

    def done() -> bool:
        finals = [r for r in pipeline.recent if r.is_final]
        return pipeline.pending == 0 and len(finals) >= count

    qtbot.waitUntil(done, timeout=timeout)
