"""The ``revdesk`` command: the station window, or any station action from a script.

Exit codes: 0 done; 2 bad usage or input; 3 not found; 4 bad key or forbidden;
5 backend unavailable. Messages are plain words on stderr, never a traceback.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from revdesk import __version__

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)

#: The options the station window takes; anything else is a command line for the parser.
STATION_OPTIONS = frozenset({"-v", "--verbose"})


def _skip_unused_imports() -> None:
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


def build_parser() -> argparse.ArgumentParser:
    # Imported here: the window's start (no command) never parses (argparse brings gettext).
    import argparse

    parser = argparse.ArgumentParser(
        prog="revdesk",
        description="The returns-desk station for REVER. With no command, opens the station window.",
    )
    parser.add_argument("--version", action="version", version=f"revdesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import audit, label, logistics, outbox, processes, sandbox, status

    for module in (sandbox, processes, status, outbox, label, logistics, audit):
        module.register(sub)
    return parser


def _log_to_stderr(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )


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


def _run_station(verbose: bool) -> int:
    # No cyclic garbage collection until the window has settled (app.settle_heap): the
    # start-up makes objects that live all shift, and walking them again and again was 5%
    # of its instructions (callgrind).
    gc.disable()
    _log_to_stderr(verbose)
    for module in BELOW_THE_WINDOW:
        importlib.import_module(module)
    for module in HTTP_STACK:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)
    from revdesk.ui.app import run_station

    return run_station()


def _tolerant_output() -> None:
    """A standard output that cannot encode every letter (``PYTHONIOENCODING=ascii``, a
    legacy console) shows "?" for the others instead of ending the command with
    UnicodeEncodeError. Python already does so for standard error (backslashreplace)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _skip_unused_imports()
    _tolerant_output()
    words = list(sys.argv[1:] if argv is None else argv)
    if set(words) <= STATION_OPTIONS:
        # The window the desk opens every shift: started without importing the commands
        # (label printing, PIL, reportlab, audit export: none of them is on the way to the
        # first page of returns).
        return _run_station(verbose=bool(words))
    parser = build_parser()
    try:
        args = parser.parse_args(words)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help/--version
        return int(exc.code or 0)
    if args.command is None:
        return _run_station(args.verbose)
    _log_to_stderr(args.verbose)
    from .common import CliError, visible

    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        # visible: a message may quote REVER's words, which must not act on the terminal.
        print(f"revdesk: {visible(exc.message)}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last net: plain words on screen, the detail in the log
        log.debug("unexpected error", exc_info=True)
        print(f"revdesk: unexpected error ({type(exc).__name__}: {visible(str(exc))}). "
              "Run with -v for details.", file=sys.stderr)
        return 1


__all__ = ["build_parser", "main"]
