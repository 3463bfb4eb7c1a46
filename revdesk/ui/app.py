"""Start and stop the station window: QApplication + one qasync loop, the error hook, the
log file, window state under the data dir, and a clean shutdown.

Every way out is one shutdown: closing the window resolves a future the main coroutine
awaits, which then keeps queued scans in the outbox, cancels background tasks, saves the
list cache, closes the print executor and the HTTP client, and returns, so the loop stops
only when nothing is left running (qasync #39: "Event loop stopped before Future
completed"). The window's close button and Ctrl+Q close it; SIGTERM and SIGINT close it;
and a quit from outside (a session logout, ``QApplication.quit()``) closes it from
``aboutToQuit``, after which :func:`run_station` runs the loop again until that shutdown
is done.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import logging.handlers
import os
import signal
import sys
import tempfile
import time
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import Any

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from revdesk import __version__, diagnostics, startup
from revdesk.config import data_dir
from revdesk.core import StationCore
from revdesk.domain.local_files import make_regular
from revdesk.domain.shift import ON_SANDBOX
from revdesk.log_lines import OneLineFormatter
from revdesk.settings_store import SettingsStore

from . import qt_messages, translation
from .errors import ErrorPresenter, install_excepthook
from .main_window import RESTART, MainWindow
from .one_window import already_open_text, hold_window_lock
from .theme import STYLE, apply_theme

log = logging.getLogger(__name__)

STATE_FILE = "window.ini"
LOG_FILE = diagnostics.LOG_FILE
#: ``REVDESK_REPORT_READY=1``: print one ``ready <ms>`` line when the list shows its first
#: page (bench/startup.py times process start to that line).
ENV_REPORT_READY = "REVDESK_REPORT_READY"
#: When the start-up's objects are settled out of the garbage collector's way, counted from
#: the list's first load (MainWindow.first_load_done).
SETTLE_HEAP_AFTER_MS = 3_000
#: How long queued scans may still be sent when the station closes; what is left then is
#: kept in the outbox for the next start.
SHUTDOWN_GRACE_S = 5.0
#: How often the GUI thread checks whether a garbage collection is due (startup.collect_when_due).
COLLECT_CHECK_MS = 250
#: How many times a quit from outside may stop Qt's loop before the shutdown it started is
#: done (a logout may send one per window); beyond that the station gives up waiting.
OUTSIDE_QUITS_TOLERATED = 5


def window_state() -> QSettings:
    """Window geometry and column layout, in an INI file under the data dir, so a test or
    a second station (another ``REVDESK_DATA_DIR``) never shares it."""
    path = data_dir() / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    # A FIFO in its place would block the start for ever (QSettings reads it at once).
    if not make_regular(path):  # kept for this run only
        path = Path(tempfile.mkdtemp(prefix="revdesk-")) / STATE_FILE
    return QSettings(str(path), QSettings.Format.IniFormat)


def setup_log_file() -> None:
    """Everything the station shows is also logged, with detail, to a rotating file."""
    path = diagnostics.log_file()  # Help → About names it
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opening a FIFO to append waits for a reader: the window would never start.
        if not make_regular(path):
            raise OSError(f"{path} is not a regular file")
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file: %s", exc)
        return
    # One record, one line: a server's text with a line break cannot forge a record.
    handler.setFormatter(OneLineFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    for console in root.handlers:  # the console keeps the level the CLI chose (-v or not)
        if console.level == logging.NOTSET:
            console.setLevel(root.level)
    package = logging.getLogger("revdesk")
    package.addHandler(handler)
    if package.level == logging.NOTSET or package.level > logging.INFO:
        # INFO for the file; DEBUG when the console asks for it (-v: the Qt messages set
        # aside as sound-system chatter, among others).
        package.setLevel(min(logging.INFO, root.level or logging.INFO))


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Fusion (the same on every OS) named on Qt's command line: app.setStyle() would
        # hand back a Python QStyle, whose ~600 enum members PySide6 builds on first use
        # (2% of the start-up's instructions, callgrind).
        app = QApplication([*(argv if argv is not None else sys.argv), "-style", STYLE])
    elif app.style().name() != STYLE:
        app.setStyle(STYLE)
    QCoreApplication.setApplicationName("revdesk")
    QCoreApplication.setOrganizationName("revdesk")
    QCoreApplication.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)  # the main coroutine decides when to stop
    apply_theme(app)
    return app


def gui_thread_collector() -> QTimer:
    """The timer that collects garbage on the GUI thread once the heap has settled; start
    it right after ``startup.settle_heap()``, stop it before ``startup.release_heap()``."""
    timer = QTimer()
    timer.setInterval(COLLECT_CHECK_MS)
    timer.timeout.connect(startup.collect_when_due)
    return timer


def report_ready_when_listed(window: MainWindow, started: float) -> None:
    """Print ``ready <ms since started>`` once, when the window is shown and its list has
    the first page from the backend, painted. A machine-readable line on stdout, not a log
    record: the start-up benchmark reads it from a child process."""
    model = window.model

    def check(loading: bool = False) -> None:
        catalog = model.catalog
        if loading or not window.isVisible() or catalog is None:
            return
        if catalog.loaded == 0 and catalog.has_more:
            return  # a failed first page: not ready
        model.loading_changed.disconnect(check)
        # The rows on screen, not just in memory: the list painted now, its rows with it
        # (the view's viewport is painted with the view). Not through view.viewport():
        # PySide6 takes 15-25 ms to find the type of that first C++-made widget, a cost no
        # operator's start-up would pay.
        window.list_panel.view.repaint()
        print(f"ready {(time.perf_counter() - started) * 1000:.0f}", flush=True)

    model.loading_changed.connect(check)


async def run_windows(presenter: ErrorPresenter, started: float | None = None) -> int:
    """Show the station until it is closed; a settings change of address or key reopens it
    on the new backend."""
    loop = asyncio.get_running_loop()
    settings = SettingsStore()  # outlives every core and window of this run
    shown: list[MainWindow] = []
    quit_from_outside = False

    def close_on_quit() -> None:
        # Qt's loop is ending without the window having closed (a session logout): close it
        # so the shutdown below runs, and do not reopen it whatever the settings asked.
        nonlocal quit_from_outside
        quit_from_outside = True
        for window in shown:
            if shiboken6.isValid(window) and window.isVisible():
                log.info("the session asked the station to quit")
                window.close()

    application = QCoreApplication.instance()
    if application is not None:
        application.aboutToQuit.connect(close_on_quit)
    try:
        while True:
            outcome = await _show_until_closed(loop, settings, presenter, started, shown)
            started = None  # the first window only, not one reopened after settings
            if outcome != RESTART or quit_from_outside:
                return 0
    finally:
        if application is not None:
            application.aboutToQuit.disconnect(close_on_quit)


async def _show_until_closed(loop: asyncio.AbstractEventLoop, settings: SettingsStore,
                             presenter: ErrorPresenter, started: float | None,
                             shown: list[MainWindow]) -> str:
    """One window on one core, from start to the end of its shutdown; returns why it closed."""
    # Before any of its widgets is built: the language in force now (a change in
    # Settings closes the window with RESTART, and this builds it again in the new one).
    translation.apply_language(settings.current.language)
    core = StationCore(settings)
    try:
        core.start()
        core.shift.opened_on(ON_SANDBOX if core.is_sandbox else core.backend_label)
        window = MainWindow(core, presenter, state=window_state())
    except BaseException:
        await core.aclose(grace=0)
        raise
    shown[:] = [window]
    collector: QTimer | None = None
    try:
        presenter.set_window(functools.partial(_same, window))
        _close_on_signals(loop, window)
        closed = asyncio.ensure_future(window.wait_closed())
        if started is not None and os.environ.get(ENV_REPORT_READY) == "1":
            report_ready_when_listed(window, started)
        window.show()
        window.raise_()
        window.activateWindow()
        if core.error is not None:
            presenter.present(core.error)
        for warning in core.warnings:  # a damaged local file set aside, an audit that waits
            presenter.present(warning)
        for problem in core.account_problems:  # one more REVER account that cannot be used
            presenter.present(problem)
        core.warned.connect(presenter.present)
        collector = gui_thread_collector()

        def settle() -> None:
            startup.settle_heap()
            collector.start()

        window.first_load_done.connect(
            functools.partial(QTimer.singleShot, SETTLE_HEAP_AFTER_MS, window, settle))
        return await closed
    finally:
        # Also when the wait is cancelled: the core's files and client never outlive it.
        if collector is not None:
            collector.stop()
        startup.release_heap()
        left = 0
        try:
            left += await window.shutdown(SHUTDOWN_GRACE_S)
        finally:
            left += await core.aclose(SHUTDOWN_GRACE_S)
            window.deleteLater()
        if left:
            log.warning("%d scan(s) were still queued at close and were not sent", left)
        log.info("station closed")


def _same(window: MainWindow) -> MainWindow:
    return window


def _close_on_signals(loop: asyncio.AbstractEventLoop, window: MainWindow) -> None:
    def close() -> None:
        # A second signal (a logout sends one to every process, a user may press Ctrl+C
        # twice) can come while the station is already closing, its window gone.
        if shiboken6.isValid(window):
            window.close()

    for signum in (signal.SIGTERM, signal.SIGINT):
        try:
            loop.add_signal_handler(signum, close)
        except (NotImplementedError, RuntimeError, ValueError):  # Windows, or not main thread
            pass
    if startup.stop_asked_while_starting():
        log.info("asked to stop while starting: closing at once")
        loop.call_soon(close)


def _run_until_shut_down(loop: qasync.QEventLoop, main: Coroutine[Any, Any, int]) -> int:
    """Run ``main`` to its end. A quit from outside stops Qt's loop early (qasync raises
    "Event loop stopped before Future completed"); ``aboutToQuit`` has closed the window by
    then, so the loop runs again until the shutdown that started is done."""
    task = loop.create_task(main)
    for _ in range(OUTSIDE_QUITS_TOLERATED):
        try:
            return loop.run_until_complete(task)
        except RuntimeError:
            if task.done():
                raise  # the station's own error, not a stopped loop
            log.info("Qt's loop was stopped from outside; finishing the shutdown")
    log.warning("the station was stopped from outside before its shutdown was done")
    task.cancel()
    return 1


def run_station(argv: Sequence[str] | None = None) -> int:
    """``revdesk`` with no command: the station window. Returns the exit code."""
    started = time.perf_counter()
    setup_log_file()
    qt_messages.install()  # before Qt's first word: the audio back end's chatter to the log
    app = create_application(argv)
    lock = hold_window_lock(data_dir())
    if lock is None:
        translation.apply_language(SettingsStore().current.language)
        text = already_open_text(data_dir())
        log.warning("not started: another station window holds %s", data_dir())
        print(f"revdesk: {text}", file=sys.stderr)
        from PySide6.QtWidgets import QMessageBox  # deferred: see ErrorPresenter.show

        QMessageBox.information(None, "revdesk", text)
        return 1
    presenter = ErrorPresenter(app)
    hook = install_excepthook(presenter)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    log.info("revdesk %s starting (data in %s)", __version__, data_dir())
    try:
        with loop:
            return _run_until_shut_down(loop, run_windows(presenter, started))
    finally:
        hook.uninstall()
        asyncio.set_event_loop(None)
        lock.unlock()
        log.info("revdesk stopped")
