"""Opening a station file to read only, for the commands that only read (``audit export``,
``audit summary``, ``outbox list``) when the data folder cannot be written: a disk that
the system remounted read-only after an error, a copy on a read-only share."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes to ``path`` or beside it; raises ``sqlite3.Error``
    (or FileNotFoundError) when it cannot be read.

    ``mode=ro`` first: it sees what another process has committed in the WAL. SQLite cannot
    open a WAL database that way in a folder it may not write (it needs the ``-shm`` file),
    so there, and only there, it is opened ``immutable``: nobody can be writing to a folder
    that cannot be written."""
    if not path.is_file():
        raise FileNotFoundError(2, "No such file", str(path))
    uri = path.resolve().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False,
                         isolation_level=None)
    try:
        db.execute("SELECT 1 FROM sqlite_master LIMIT 1")  # SQLite opens the file lazily
        return db
    except sqlite3.OperationalError:
        db.close()
        if os.access(path.parent, os.W_OK):
            raise
    db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False,
                         isolation_level=None)
    try:
        db.execute("SELECT 1 FROM sqlite_master LIMIT 1")
    except BaseException:
        db.close()
        raise
    return db
