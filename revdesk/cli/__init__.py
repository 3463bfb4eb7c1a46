"""The ``revdesk`` command: the station window, or any station action from a script.

Exit codes: 0 done; 2 bad usage or input; 3 not found; 4 bad key or forbidden;
5 backend unavailable. Messages are plain words on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from revdesk import __version__

from . import audit, label, logistics, outbox, processes, sandbox, status
from .common import EXIT_USAGE, CliError

log = logging.getLogger(__name__)

COMMANDS = (sandbox, processes, status, outbox, label, logistics, audit)


def _without_trio() -> None:
    """revdesk runs on asyncio only. httpcore imports trio whenever it is installed (a
    tenth of a second, at the first request); marked absent, httpcore skips it. Only for
    this process, started as revdesk: a library user's trio is left alone."""
    if "trio" not in sys.modules:
        sys.modules["trio"] = None  # type: ignore[assignment]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="revdesk",
        description="The returns-desk station for REVER. With no command, opens the station window.",
    )
    parser.add_argument("--version", action="version", version=f"revdesk {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    _without_trio()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on bad usage, 0 on --help/--version
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from revdesk.ui.app import run_station

        return run_station()
    try:
        return int(args.func(args) or 0)
    except CliError as exc:
        print(f"revdesk: {exc.message}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last net: plain words on screen, the detail in the log
        log.debug("unexpected error", exc_info=True)
        print(f"revdesk: unexpected error ({type(exc).__name__}: {exc}). "
              "Run with -v for details.", file=sys.stderr)
        return 1


__all__ = ["EXIT_USAGE", "build_parser", "main"]
