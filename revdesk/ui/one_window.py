"""One station window per data folder. Two windows on one folder each keep their own copy
of the settings (a station renamed in one is renamed back by the other's next save) and
learn of each other's scans only through the outbox file. A lock file in the data folder
is held while the window runs; Qt's QLockFile sees through a lock whose process has died
(a crash, a kill -9), so a station never stays locked out after one."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLockFile

from revdesk.i18n import translate

log = logging.getLogger(__name__)

LOCK_FILE = "window.lock"


def hold_window_lock(folder: Path) -> QLockFile | None:
    """The data folder's window lock, held; None when another live window holds it. A
    folder that cannot take the lock file does not stop the window (the station says
    what is wrong with its folder itself)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        log.warning("window lock: cannot create %s", folder, exc_info=True)
        return QLockFile("")
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)  # held all day: stale only once its process is gone, not by age
    if lock.tryLock(0):
        return lock
    if lock.error() is not QLockFile.LockError.LockFailedError:  # not writable, say: go on
        log.warning("window lock: %s could not be taken (%s)", folder / LOCK_FILE, lock.error())
        return lock
    return None


def already_open_text(folder: Path) -> str:
    return translate(
        "OneWindow",
        "The station is already open on this computer (data folder {folder}). Use that "
        "window: two windows on one station would undo each other's settings.").format(
        folder=folder)
