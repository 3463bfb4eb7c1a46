"""Everything revdesk does to start the station window fast (and safely: a stop asked
while it starts), in one place. No Qt import.

Each step says what it saves, as measured when it was added (``python -X importtime``,
callgrind instruction counts of a start to the first painted page, ``bench/startup.py``).
If a library changes and a step stops paying, delete it here; nothing else depends on it.

The other half of a fast start is what is *not* imported on the way to the first page:
:data:`LOADED_ON_FIRST_USE` lists those modules, each imported inside the function that
first needs it; ``tests/ui/test_app.py`` checks that the window's
start leaves them out.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import os
import signal
import sys
from types import FrameType

#: Modules the window's start leaves for the first action that needs them, with what
#: importing them costs once the window's own stack is loaded (measured 2026-12, this
#: machine, ``importlib.import_module`` timed after ``revdesk.ui.app``).
LOADED_ON_FIRST_USE = {
    "keyring": "34 ms: the credential store, read only when an API key is configured",
    "pypdfium2": "50 ms: the PDF engine, for the first label PDF checked",
    "reportlab": "38 ms: PDF drawing, for the first intake label",
    "revdesk.domain.labels": "50 ms: label checks (PIL), for the first label",
    "revdesk.ui.printing": "27 ms: QtPrintSupport and QtPdf, for the first print",
    "PySide6.QtMultimedia": "18 ms and the audio back end, for the first sound",
    "revdesk.ui.dialogs.settings": "4 ms; each dialog (7-10 ms the larger ones) with its first opening",
    "revdesk.ui.dialogs.bulk_status": "8 ms",
    "revdesk.ui.dialogs.history_view": "7 ms",
    "revdesk.ui.dialogs.outbox_view": "6 ms",
    "revdesk.ui.dialogs.manual_order": "6 ms",
    "revdesk.ui.dialogs.logistics_forms": "10 ms",
    "revdesk.ui.dialogs.about": "Help → About, with its first opening",
    "revdesk.ui.dialogs.walkin": "Returns → Walk-in return…, with its first opening",
    "PIL": "30 ms with its plugins: for the first parcel picture or label check",
    "revdesk.domain.reversio": "12 ms with its client and order schema: Station → Revers.io…",
    "revdesk.domain.qr_slip": "8 ms with the intake label's fonts: for the first QR slip",
    "html": "3 ms: its table of 2,000 named entities, for the first tracking link",
}
# PySide6 builds a Qt class's enums when the class is first imported from its module, so
# QMessageBox (10 M instructions), QFileDialog and QProgressDialog are imported where
# they are first shown, not at the top of the module: the same rule, below module level.

#: The layers under the window (API client, pydantic, httpx, domain services), imported
#: before Qt: once PySide6 is in, its import hook reads the source of every module imported
#: after it (``inspect.getsource``, looking for ``from __feature__``). In this order the
#: station's start-up runs 6% fewer instructions (callgrind).
BELOW_THE_WINDOW = ("revdesk.backend", "revdesk.core", "revdesk.domain.outbox",
                    "revdesk.domain.audit", "revdesk.domain.process_cache",
                    "revdesk.domain.details")
#: What httpx imports with its first client and first request, imported with the rest for
#: the same reason (2% more). Internal names: if a later httpx no longer uses them, they
#: are skipped.
HTTP_STACK = ("httpcore", "anyio._backends._asyncio")


def skip_unused_imports() -> None:
    """Skip what revdesk never uses, so it costs no start-up. Only for this process,
    started as revdesk: a library user's imports are left alone.

    - trio: revdesk runs on asyncio only; httpcore imports trio whenever it is installed
      (a tenth of a second, at the first request).
    - httpx's command-line client: ``import httpx`` tries it, importing click and pygments
      (uvicorn's and pytest's dependencies) before failing on rich, which revdesk does not
      install: 30-40 ms of every start, measured with ``python -X importtime``.
    - pydantic plugins: with the first model, pydantic reads the entry points of every
      installed distribution looking for one. revdesk has none; an explicit setting of
      ``PYDANTIC_DISABLE_PLUGINS`` is kept.
    """
    for name in ("trio", "httpx._main"):
        if name not in sys.modules:
            sys.modules[name] = None  # type: ignore[assignment]
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def hold_collection() -> None:
    """No cyclic garbage collection until the window has settled (:func:`settle_heap`):
    the start-up makes objects that live all shift, and walking them again and again was
    5% of its instructions (callgrind)."""
    gc.disable()


_stops_asked: list[int] = []


def hold_stop_signals() -> None:
    """Until the window can close itself, SIGTERM or SIGINT (a logout, a service manager,
    Ctrl+C) is noted instead of killing the station half-started: the window then opens
    and closes at once through the one shutdown (queued scans kept, files closed). Asked
    twice before that, it stops at once: the operator or the system means it."""

    def note(signum: int, frame: FrameType | None) -> None:
        if _stops_asked:
            raise SystemExit(128 + signum)
        _stops_asked.append(signum)

    for signum in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(ValueError, OSError):  # not the main thread
            signal.signal(signum, note)


def stop_asked_while_starting() -> bool:
    """True once for a stop noted by :func:`hold_stop_signals` (the next window must not
    take it again)."""
    asked = bool(_stops_asked)
    _stops_asked.clear()
    return asked


def import_below_the_window() -> None:
    """:data:`BELOW_THE_WINDOW` and :data:`HTTP_STACK`, before the first Qt import."""
    for module in BELOW_THE_WINDOW:
        importlib.import_module(module)
    for module in HTTP_STACK:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def settle_heap() -> None:
    """Collect once, then exempt every object alive now (modules, Qt wrappers, the window,
    the first pages) from later collections. They live until the window closes anyway, and
    a full collection walking all of them stalled the scan loop 45-80 ms in a scan burst
    (bench/scan.py); after this, it walks only what the shift created. From here on the
    window collects with :func:`collect_when_due`, on its own thread."""
    gc.collect()
    gc.freeze()
    gc.disable()


def collect_when_due() -> None:
    """Python's automatic collection, done where the window calls it: on the GUI thread,
    a few times a second, with Python's own thresholds, so as often as before. Left
    automatic, a collection runs in whichever thread allocates when it falls due (the
    print thread, an executor thread); there it destroys the Qt objects of a garbage
    cycle off their thread: Qt warns "Timers cannot be stopped from another thread", and
    one test run crashed."""
    counts, limits = gc.get_count(), gc.get_threshold()
    due = -1
    for generation, (count, limit) in enumerate(zip(counts, limits, strict=False)):
        if limit <= 0 or count <= limit:
            break
        due = generation
    if due >= 0:
        gc.collect(due)


def release_heap() -> None:
    """The window is closing: what :func:`settle_heap` froze may be collected again, and
    collection is automatic again (a window reopened after new settings settles its own)."""
    gc.unfreeze()
    gc.enable()
