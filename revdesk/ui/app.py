"""Start and stop the station window: QApplication + one qasync loop, the error hook, the
log file, window state under the data dir, and a clean shutdown.

Shutdown never goes through ``QApplication.quit()``: closing the window resolves a future
the main coroutine awaits, which then finishes queued scans, cancels background tasks,
closes the HTTP client and returns, so the loop stops only when nothing is left running
(qasync #39: "Event loop stopped before Future completed"). SIGTERM and SIGINT close the
window the same way.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import logging.handlers
import os
import signal
import sys
import time
from collections.abc import Sequence

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from revdesk import __version__
from revdesk.config import data_dir
from revdesk.core import StationCore
from revdesk.settings_store import SettingsStore

from .errors import ErrorPresenter, install_excepthook
from .main_window import RESTART, MainWindow
from .resources import resource
from .theme import STYLE, apply_theme

log = logging.getLogger(__name__)

STATE_FILE = "window.ini"
LOG_FILE = "revdesk.log"
#: ``REVDESK_REPORT_READY=1``: print one ``ready <ms>`` line when the list shows its first
#: page (bench/startup.py times process start to that line).
ENV_REPORT_READY = "REVDESK_REPORT_READY"
#: When the start-up's objects are settled out of the garbage collector's way, counted from
#: the list's first load (MainWindow.first_load_done).
SETTLE_HEAP_AFTER_MS = 3_000


def window_state() -> QSettings:
    """Window geometry and column layout, in an INI file under the data dir, so a test or
    a second station (another ``REVDESK_DATA_DIR``) never shares it."""
    path = data_dir() / STATE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def setup_log_file() -> None:
    """Everything the station shows is also logged, with detail, to a rotating file."""
    folder = data_dir() / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file: %s", exc)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    for console in root.handlers:  # the console keeps the level the CLI chose (-v or not)
        if console.level == logging.NOTSET:
            console.setLevel(root.level)
    package = logging.getLogger("revdesk")
    package.addHandler(handler)
    if package.level == logging.NOTSET or package.level > logging.INFO:
        package.setLevel(logging.INFO)


def install_translations(app: QApplication) -> None:
    locale = QLocale.system().name()
    for name, folder in (
        (f"qtbase_{locale}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"revdesk_{locale}", str(resource("translations") or "")),
    ):
        translator = QTranslator(app)
        if folder and translator.load(name, folder):
            app.installTranslator(translator)


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
    install_translations(app)
    return app


def settle_heap() -> None:
    """Collect once, then exempt every object alive now (modules, Qt wrappers, the window,
    the first pages) from later collections. They live until the window closes anyway, and
    a full collection walking all of them stalled the scan loop 45-80 ms in a scan burst
    (bench/scan.py); after this, it walks only what the shift created. Collection, off
    while the station started (cli._run_station), is on from here."""
    gc.collect()
    gc.freeze()
    gc.enable()


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
    while True:
        core = StationCore(settings)
        core.start()
        window = MainWindow(core, presenter, state=window_state())
        presenter.set_window(functools.partial(_same, window))
        _close_on_signals(loop, window)
        closed = asyncio.ensure_future(window.wait_closed())
        if started is not None and os.environ.get(ENV_REPORT_READY) == "1":
            report_ready_when_listed(window, started)
            started = None  # the first window only, not one reopened after settings
        window.show()
        window.raise_()
        window.activateWindow()
        if core.error is not None:
            presenter.present(core.error)
        for warning in core.warnings:  # a damaged local file set aside, an audit that waits
            presenter.present(warning)
        core.warned.connect(presenter.present)
        window.first_load_done.connect(
            functools.partial(QTimer.singleShot, SETTLE_HEAP_AFTER_MS, window, settle_heap))
        outcome = await closed
        gc.unfreeze()  # the window's objects may go now; a reopened window settles again
        gc.enable()
        left = await window.shutdown()
        await core.aclose()
        if left:
            log.warning("%d scan(s) were still queued at close and were not sent", left)
        window.deleteLater()
        if outcome != RESTART:
            return 0


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


def run_station(argv: Sequence[str] | None = None) -> int:
    """``revdesk`` with no command: the station window. Returns the exit code."""
    started = time.perf_counter()
    setup_log_file()
    app = create_application(argv)
    presenter = ErrorPresenter(app)
    hook = install_excepthook(presenter)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    log.info("revdesk %s starting (data in %s)", __version__, data_dir())
    try:
        with loop:
            return loop.run_until_complete(run_windows(presenter, started))
    except RuntimeError as exc:  # Qt's loop was stopped from outside (e.g. a session logout)
        log.warning("station stopped early: %s", exc)
        return 1
    finally:
        hook.uninstall()
        asyncio.set_event_loop(None)
        log.info("revdesk stopped")
