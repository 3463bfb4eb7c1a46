"""What every CLI command shares: exit codes, turning API errors into them, running a
coroutine on the station core (the same one the window uses, without Qt)."""

from __future__ import annotations

import asyncio
import codecs
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from revdesk.api import RetryPolicy, errors
from revdesk.api.models import SHIPPING_STATUSES
from revdesk.config import ENV_DATA_DIR, data_dir
from revdesk.core import StationCore
from revdesk.domain.audit import AuditLog
from revdesk.domain.local_files import (
    LocalDataError,
    open_audit_log,
    open_outbox_store,
    reason,
)
from revdesk.domain.outbox import OUTBOX_FILE, OutboxStore
from revdesk.settings_store import load_settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_AUTH = 4
EXIT_UNAVAILABLE = 5
EXIT_LOCAL_DATA = 6  # a local file (outbox, audit log) damaged or not usable: see the message
EXIT_OUTPUT = 74  # EX_IOERR: standard output could not be written (a full disk)
EXIT_QUEUED = 75  # EX_TEMPFAIL: accepted locally, will be sent later
#: What a shell reports for a process killed by SIGPIPE (128 + 13): the reader of the
#: output went away (``| head -1``). Python ignores SIGPIPE, so the CLI says it itself.
EXIT_BROKEN_PIPE = 141

T = TypeVar("T")

__all__ = ["data_dir"]

#: The CLI sends a change once now; the outbox, not the transport, retries later.
QUICK_RETRY = RetryPolicy(max_attempts=2, max_total_seconds=5.0, base_delay=0.2, max_delay=1.0)


class CliError(Exception):
    """Ends the command with ``code`` and ``message`` printed in plain words."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.operator_message = message  # what the audit log records for a failed action


def exit_code_for(error: errors.ApiError) -> int:
    if isinstance(error, LocalDataError):
        return EXIT_LOCAL_DATA
    if isinstance(error, errors.NotFound):
        return EXIT_NOT_FOUND
    if isinstance(error, errors.AuthError):
        return EXIT_AUTH
    if isinstance(error, errors.InvalidArgument | errors.InsecureUrl | errors.NotConfigured):
        return EXIT_USAGE
    return EXIT_UNAVAILABLE


def run_with_core(
    action: Callable[[StationCore], Awaitable[T]], *, retry: RetryPolicy | None = None,
    reads_only: bool = False,
) -> T:
    """Build the station core on the configured backend, run ``action`` on it, close it
    (files and HTTP client); map errors to exits. ``reads_only``: the command changes
    nothing at REVER (a list, a label), so an outbox that cannot be used (a read-only data
    folder) is a warning, not exit 6."""

    async def go() -> T:
        core = StationCore(retry=retry, outbox_optional=reads_only)
        core.warned.connect(_say)  # found while the command runs (an audit log failing)
        try:
            if core.error is not None:
                raise core.error
            for warning in core.warnings:
                _say(warning)
            for problem in core.account_problems:
                _say(problem)
            if any(w.path.name == OUTBOX_FILE and w.kept_as is not None
                   for w in core.warnings):
                # The queue was set aside: the operator must know before anything is sent.
                raise CliError(EXIT_LOCAL_DATA, "nothing was done: run the command again "
                                                "(a new outbox is in place).")
            if core.is_sandbox:
                print("revdesk: using the built-in sandbox (no API key set)"
                      + _sandbox_folder_note(), file=sys.stderr)
            return await action(core)
        finally:
            await core.aclose(grace=0)

    try:
        return asyncio.run(go())
    except errors.ApiError as exc:
        log.info("%s", exc.log_text())
        raise CliError(exit_code_for(exc), exc.operator_message) from None


def _sandbox_folder_note() -> str:
    """Without ``REVDESK_DATA_DIR``, which folder the embedded sandbox (and the station's
    queue) is in: a script that forgot the variable must not silently work on a second
    station's data in the home folder (issue 19). Said with the sandbox line, once."""
    if os.environ.get(ENV_DATA_DIR, "").strip():
        return ""
    return f", its data in {data_dir()} ({ENV_DATA_DIR} chooses another folder)"


_SPELLED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """``text`` for a terminal: every character that is not printable (controls such as ESC,
    line breaks, bidi overrides like U+202E, separators, unassigned ones) spelled out as
    ``\\n``, ``\\x1b``, ``\\u202e``, so that REVER's data can neither start a fake row nor
    move the cursor, recolour the screen or reverse what follows."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable():
            out.append(char)
        elif char in _SPELLED:
            out.append(_SPELLED[char])
        else:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else
                       f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    return "".join(out)


def print_json(data: object) -> None:
    """``data`` as JSON on standard output: its letters as they are where the output can
    encode them, else as \\u escapes (the same JSON, never a "?" in the data)."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        unicode_out = codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        unicode_out = False
    print(json.dumps(data, ensure_ascii=not unicode_out))


def parse_status(text: str) -> str:
    """A shipping status name, case-insensitive; an unknown one lists the valid ones."""
    status = text.strip().upper().replace("-", "_")
    if status not in SHIPPING_STATUSES:
        raise CliError(
            EXIT_USAGE,
            f"unknown status {text!r}. Valid statuses: {', '.join(SHIPPING_STATUSES)}",
        )
    return status


#: The contract's longest id (api.models.NonEmpty; the scan pipeline refuses longer too).
MAX_PROCESS_ID_LENGTH = 256


def parse_process_id(text: str) -> str:
    """A process id as typed, or CliError (exit 2) before anything is sent or queued: an id
    no request could carry would otherwise wait in the outbox and be refused at every
    flush."""
    pid = text.strip()
    if len(pid) > MAX_PROCESS_ID_LENGTH:
        raise CliError(EXIT_USAGE, f"{text[:40]!r}… ({len(pid):,} characters) is not a process "
                                   f"id: an id has at most {MAX_PROCESS_ID_LENGTH}.")
    if not pid or any(c.isspace() or not c.isprintable() for c in pid):
        raise CliError(EXIT_USAGE, f"{text!r} is not a process id")
    return pid


def _say(warning: errors.ApiError) -> None:
    print(f"revdesk: {warning.operator_message}", file=sys.stderr)


def open_outbox(*, to_read: bool = False) -> OutboxStore:
    """The station's outbox file: the window and the CLI share it. Damaged (set aside, a
    new one started) or unusable: exit 6, saying which file and what to do. ``to_read``
    (``outbox list``): a file that cannot be written but can be read (a read-only data
    folder) is opened read-only, with a warning."""
    try:
        store, notice = open_outbox_store(data_dir())
    except LocalDataError as exc:
        if to_read:
            try:
                store = OutboxStore.reading(exc.path)
            except (sqlite3.Error, OSError) as unreadable:
                log.info("outbox %s not readable either: %s", exc.path, unreadable)
            else:
                _say(exc)
                print(f"revdesk: {visible(str(exc.path))} was read without writing to it.",
                      file=sys.stderr)
                return store
        raise CliError(EXIT_LOCAL_DATA, exc.operator_message) from None
    if notice is not None:
        store.close()
        _say(notice)
        raise CliError(EXIT_LOCAL_DATA, "run the command again (a new outbox is in place).")
    return store


def open_audit(*, to_read: bool = False) -> AuditLog:
    """The station's audit log (shared with the window), recording under the station and
    operator names of the settings; what is wrong with it is said, never fatal. ``to_read``
    (``audit export``, ``audit summary``): a log that cannot be written but can be read (a
    read-only data folder) is read as it is; one that exists and cannot be read is exit 6,
    never an empty history."""
    settings = load_settings()
    audit, notice = open_audit_log(data_dir(), station=settings.station_name,
                                   operator=settings.operator_name)
    if notice is None:
        return audit
    if not to_read or notice.kept_as is not None or not audit.path.exists():
        _say(notice)  # a damaged log set aside, or none yet: a new one holds the history
        return audit
    try:
        reader = AuditLog.reading(audit.path)
    except (sqlite3.Error, OSError) as exc:
        audit.close()
        raise CliError(EXIT_LOCAL_DATA, f"The audit log {visible(str(audit.path))} cannot be "
                                        f"read ({reason(exc)}).") from None
    audit.close()
    print(f"revdesk: the audit log {visible(str(audit.path))} cannot be written "
          f"({visible(notice.detail.rpartition(': ')[2])}); it was read without writing to it.",
          file=sys.stderr)
    return reader
