"""The ``revdesk`` command: the station window, or any station action from a script.

Exit codes: 0 done; 2 bad usage or input; 3 not found; 4 bad key or forbidden;
5 backend unavailable (or a list or call REVER cannot give); 6 local data not usable;
74 the output could not be written;
75 queued; 141 the output's reader went away (as for a process killed by SIGPIPE, and
without a word). Messages are plain words on stderr, never a traceback.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO, cast

from revdesk import __version__, startup

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)

#: The options the station window takes; anything else is a command line for the parser.
STATION_OPTIONS = frozenset({"-v", "--verbose"})


def build_parser() -> argparse.ArgumentParser:
    # Imported here: the window's start (no command) never parses (argparse brings gettext).
    import argparse

    parser = argparse.ArgumentParser(
        prog="revdesk",
        description="The returns-desk station for REVER. With no command, opens the station window.",
    )
    parser.add_argument("--version", action=_version_action(), nargs=0,
                        help="show the version and where the station keeps its data, and exit")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from . import (
        accounts,
        audit,
        find,
        label,
        logistics,
        order,
        outbox,
        printers,
        processes,
        reversio,
        sandbox,
        settings,
        status,
        walkin,
    )

    for module in (sandbox, processes, find, status, outbox, label, printers, logistics, audit,
                   walkin, order, reversio, settings, accounts):
        module.register(sub)
    return parser


def version_text() -> str:
    """``revdesk --version``: the version, and the folders a support call asks about first."""
    from revdesk.config import ENV_DATA_DIR, data_dir, settings_path

    chosen = f" (from {ENV_DATA_DIR})" if os.environ.get(ENV_DATA_DIR, "").strip() else ""
    return (f"revdesk {__version__}\n"
            f"data folder: {data_dir()}{chosen}\n"
            f"settings: {settings_path()}\n")


def _version_action() -> type[argparse.Action]:
    import argparse

    class Version(argparse.Action):
        # argparse's own "version" action reflows its text into one line.
        def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                     values: object, option_string: str | None = None) -> None:
            sys.stdout.write(version_text())
            parser.exit()

    return Version


def _log_to_stderr(verbose: bool) -> None:
    from revdesk.log_lines import OneLineFormatter

    # A server's text in a message never reaches the terminal as an escape sequence.
    handler = logging.StreamHandler()
    handler.setFormatter(OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        handlers=[handler])


#: The window cannot open: Qt's platform plugin lacks system libraries (the message says
#: which, and the command that installs them).
EXIT_MISSING_LIBRARIES = 2
#: The window cannot open: no display (the message says how to give it one).
EXIT_NO_DISPLAY = 2


def _run_station(verbose: bool) -> int:
    # ldd answers about the X11 plugin while the station imports (the check costs no time).
    from revdesk import qt_libraries

    no_display = qt_libraries.no_display_message()
    if no_display is not None:  # said here, instead of Qt's xcb message and its abort
        print(no_display, file=sys.stderr)
        return EXIT_NO_DISPLAY
    libraries_check = qt_libraries.start_check()
    startup.hold_stop_signals()
    startup.hold_collection()
    _log_to_stderr(verbose)
    startup.import_below_the_window()
    from revdesk.ui.app import run_station

    if libraries_check is not None:
        missing = libraries_check.missing()
        if missing is not None:  # said here, instead of Qt's misleading abort
            print(missing.message(), file=sys.stderr)
            return EXIT_MISSING_LIBRARIES
    # After the libraries (those are missing whatever the display): a DISPLAY of this
    # machine nobody answers on is said, instead of Qt's xcb message and its abort.
    no_x_server = qt_libraries.no_x_server_message()
    if no_x_server is not None:
        print(no_x_server, file=sys.stderr)
        return EXIT_NO_DISPLAY
    return run_station()


def _tolerant_output() -> None:
    """A standard output that cannot encode every letter (``PYTHONIOENCODING=ascii``, a
    legacy console) shows "?" for the others instead of ending the command with
    UnicodeEncodeError. Python already does so for standard error (backslashreplace)."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


class OutputFailed(Exception):
    """Writing standard output failed: its reader went away (EPIPE) or its disk is full.
    Told apart from any other OSError of a command (a label file, a local database)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


class _GuardedOutput:
    """Standard output (or its binary buffer) whose write failures raise OutputFailed."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: Any) -> int:
        if self._stream is None:  # started with standard output closed (">&-"): Python's None
            raise OutputFailed(OSError(errno.EBADF, "standard output is closed"))
        try:
            return int(self._stream.write(data))
        except OSError as exc:
            raise OutputFailed(exc) from exc

    def flush(self) -> None:
        if self._stream is None:
            return
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputFailed(exc) from exc

    @property
    def buffer(self) -> _GuardedOutput:
        return _GuardedOutput(self._stream.buffer if self._stream is not None else None)

    def isatty(self) -> bool:
        return self._stream is not None and bool(self._stream.isatty())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _discard_output(stream: TextIO) -> None:
    """Point the output's file at /dev/null, so that what is still buffered is dropped
    when Python flushes it at exit, instead of failing again there ("Exception ignored",
    exit 120). The recipe of the Python documents (signal: note on SIGPIPE)."""
    if stream is None:  # closed from the start: nothing buffered
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no file behind it (a test's capture): nothing to flush
        pass


def _run_command(args: argparse.Namespace) -> int:
    from .common import EXIT_BROKEN_PIPE, EXIT_OUTPUT, CliError, visible

    real_stdout = sys.stdout
    sys.stdout = cast(TextIO, _GuardedOutput(real_stdout))
    try:
        code = int(args.func(args) or 0)
        sys.stdout.flush()  # a full disk shows here, while the command can still say so
        return code
    except OutputFailed as exc:
        _discard_output(real_stdout)
        if isinstance(exc.error, BrokenPipeError):
            return EXIT_BROKEN_PIPE  # the reader has what it wanted: nothing to say
        print(f"revdesk: cannot write the output: {exc.error.strerror or exc.error}",
              file=sys.stderr)
        return EXIT_OUTPUT
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
    finally:
        sys.stdout = real_stdout


def main(argv: Sequence[str] | None = None) -> int:
    startup.skip_unused_imports()
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
    from revdesk.config import data_dir

    log.info("data folder: %s", data_dir())  # shown with -v: which station's files these are
    return _run_command(args)


__all__ = ["build_parser", "main"]
