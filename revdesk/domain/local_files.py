"""The station's files in its data folder (the outbox, the audit log; the settings file
uses :func:`set_aside` too), opened in one place for the window (through
:class:`~revdesk.core.StationCore`) and the CLI alike.

A *damaged* file (not a database, or a malformed one) is never deleted: it is renamed with a
time stamp (``outbox.sqlite3.damaged-20261202-184500``), kept beside the new one, and a
fresh file is started; the station says which file, where the old one is, and what it means.
A file that cannot be opened at all (a read-only folder, no space, a folder in its place)
is a :class:`LocalDataError` naming the file and what to do. The audit log never stops the
station: when it cannot be written its records wait in memory (see :class:`AuditLog`).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from revdesk.api import errors
from revdesk.i18n import QT_TRANSLATE_NOOP, translate

from .audit import AUDIT_FILE, AuditLog
from .outbox import OUTBOX_FILE, OutboxStore

log = logging.getLogger(__name__)

T = TypeVar("T")

#: How a damaged file's kept copy is named: ``NAME.damaged-YYYYmmdd-HHMMSS``.
DAMAGED_MARK = ".damaged-"
#: SQLite's words for a file that is not (or no longer) a whole database.
_DAMAGE_CODES = frozenset({"SQLITE_NOTADB", "SQLITE_CORRUPT"})
_DAMAGE_WORDS = ("file is not a database", "malformed")


class LocalDataError(errors.ApiError):
    """A station file that cannot be used, or that was damaged and set aside. Its operator
    message says which file, and what to do; ``kept_as`` is the damaged file's new name."""

    default_message = QT_TRANSLATE_NOOP("ApiError", "The station's local data cannot be used.")

    def __init__(self, message: str, *, path: Path, kept_as: Path | None = None,
                 detail: str = "") -> None:
        super().__init__(message, detail=detail or str(path))
        self.path = path
        self.kept_as = kept_as


class Damaged(sqlite3.DatabaseError):
    """A check found the file damaged although SQLite opened it."""


def is_damage(exc: BaseException) -> bool:
    """True for an error that says the file itself is damaged (not merely unreachable)."""
    if isinstance(exc, Damaged):
        return True
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    name = getattr(exc, "sqlite_errorname", "")
    return name in _DAMAGE_CODES or any(w in str(exc) for w in _DAMAGE_WORDS)


def reason(exc: BaseException) -> str:
    """An error in a few plain words, for the operator message."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def set_aside(path: Path, now: float | None = None) -> Path:
    """Rename a damaged file (and its ``-wal``/``-shm``/``-journal`` companions) to
    ``NAME.damaged-YYYYmmdd-HHMMSS`` beside it, never over an earlier one; returns the new
    path. Raises OSError when it cannot be renamed."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    kept = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}")
    n = 1
    while kept.exists():
        kept = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}-{n}")
        n += 1
    os.replace(path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, kept.with_name(kept.name + suffix))
    return kept


def make_regular(path: Path) -> bool:
    """True when ``path`` is a regular file or none: something else in its place (a FIFO,
    which would block whoever opens it until a writer or reader comes, a device, a folder)
    is set aside like a damaged file. False when it cannot be; the caller then does without
    the file."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if stat.S_ISREG(mode) or (stat.S_ISLNK(mode) and path.is_file()):
        return True
    try:
        kept = set_aside(path)
    except OSError as exc:
        log.warning("%s is not a regular file and could not be set aside (%s): not used",
                    path, reason(exc))
        return False
    log.warning("%s was not a regular file; kept as %s, a new one is started", path,
                kept.name)
    return True


class _Unusable(Exception):
    def __init__(self, why: str) -> None:
        super().__init__(why)
        self.why = why


def _open(path: Path, opener: Callable[[], T]) -> tuple[T, Path | None]:
    """``opener()``; if it finds the file damaged, set the file aside and open afresh.
    Returns what was opened and the damaged file's new name (None if it was whole)."""
    for folder in (path.parent, *path.parent.parents):
        # Said as it is: mkdir's own words for a file in the folder's place are "File
        # exists" (or "Not a directory" for one further up).
        if folder.exists() or folder.is_symlink():
            if not folder.is_dir():
                raise _Unusable(translate("LocalData", "{folder} is a file, not a folder").format(
                    folder=folder))
            break
    try:
        return opener(), None
    except (sqlite3.Error, OSError) as exc:
        if not is_damage(exc):
            raise _Unusable(reason(exc)) from exc
        damage = exc
    try:
        kept = set_aside(path)
    except OSError as exc:
        raise _Unusable(translate("LocalData", "it is damaged ({why}) and could not be set "
                                  "aside: {error}").format(why=reason(damage),
                                                           error=reason(exc))) from exc
    # INFO: the station says it to the operator (the window, the CLI); the log keeps it.
    log.info("%s was damaged (%s); kept as %s, a new one was started", path, reason(damage),
             kept.name)
    try:
        return opener(), kept
    except (sqlite3.Error, OSError) as exc:
        raise _Unusable(reason(exc)) from exc


def _what_to_do(folder: Path) -> str:
    return translate("LocalData", "Make sure the data folder {folder} exists, has free space and "
                     "that this user may write in it (or set REVDESK_DATA_DIR to a folder it "
                     "may write in), then start revdesk again.").format(folder=folder)


def open_outbox_store(folder: Path, **kw: float) -> tuple[OutboxStore, LocalDataError | None]:
    """The station's outbox file, checked whole; a damaged one is set aside and a new one
    started (the notice says so). Raises :class:`LocalDataError` when it cannot be used:
    nothing could be kept safely, so nothing is sent."""
    path = folder / OUTBOX_FILE

    def opener() -> OutboxStore:
        store = OutboxStore(path, **kw)
        try:
            store.check()
        except BaseException:
            store.close()
            raise
        return store

    try:
        store, kept = _open(path, opener)
    except _Unusable as exc:
        raise LocalDataError(
            translate("LocalData", "The station cannot use its outbox file {path} ({why}). No "
                      "status change can be kept safely until it can. {what_to_do}").format(
                path=path, why=exc.why, what_to_do=_what_to_do(folder)),
            path=path, detail=f"outbox {path}: {exc.why}") from exc
    if kept is None:
        return store, None
    return store, LocalDataError(
        translate("LocalData", "The outbox file {path} was damaged. It is kept as {kept} in the "
                  "same folder and a new, empty outbox was started: status changes that "
                  "waited in the damaged file were not sent. Check the returns scanned before "
                  "now, and keep the damaged file for support.").format(path=path,
                                                                         kept=kept.name),
        path=path, kept_as=kept)


def open_audit_log(folder: Path, *, station: str = "", operator: str = ""
                   ) -> tuple[AuditLog, LocalDataError | None]:
    """The station's audit log; a damaged one is set aside and a new one started. Never
    raises: when it cannot be opened, it records in memory until it can (the notice says
    so) and the station goes on."""
    path = folder / AUDIT_FILE
    try:
        audit, kept = _open(path, lambda: AuditLog(path, station=station, operator=operator))
    except _Unusable as exc:
        log.info("audit log %s cannot be opened: %s", path, exc.why)
        notice = LocalDataError(
            translate("LocalData", "The audit log {path} cannot be written ({why}). The station "
                      "goes on and keeps what it records in memory until it can. "
                      "{what_to_do}").format(path=path, why=exc.why,
                                             what_to_do=_what_to_do(folder)),
            path=path, detail=f"audit {path}: {exc.why}")
        audit = AuditLog(path, station=station, operator=operator, open_now=False,
                         problem=notice.operator_message)
        return audit, notice
    if kept is None:
        return audit, None
    return audit, LocalDataError(
        translate("LocalData", "The audit log {path} was damaged. It is kept as {kept} in the "
                  "same folder and a new audit log was started: the history before now is in "
                  "the damaged file. Keep it for support.").format(path=path, kept=kept.name),
        path=path, kept_as=kept)
