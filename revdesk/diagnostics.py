"""What Help → About shows and "Copy diagnostics" hands to support: the version, the
station's folders and log file, the API address (never the key), the settings without
secrets and the last errors of the log. No Qt: the window passes its Qt version in.
"""

from __future__ import annotations

import json
import os
import platform
import re
import stat
import sys
from collections import deque
from collections.abc import Iterable
from pathlib import Path

from revdesk import __version__
from revdesk.api.transport import scrub_text, secret_patterns
from revdesk.config import StationSettings, data_dir, settings_path

LOG_FOLDER = "logs"
LOG_FILE = "revdesk.log"
#: How many of the log's last warnings and errors go with the diagnostics.
LAST_ERRORS = 20
#: How much of the log's end is read for them (the log rotates at 2 MB).
LOG_TAIL_BYTES = 512 * 1024
_RECORD = re.compile(r"^\d{4}-\d\d-\d\d \S+ (\w+) ")  # the log file's format (ui/app.py)
_PROBLEMS = ("WARNING", "ERROR", "CRITICAL")


def log_file() -> Path:
    """The window's rotating log file."""
    return data_dir() / LOG_FOLDER / LOG_FILE


def last_errors(path: Path, count: int = LAST_ERRORS) -> list[str]:
    """The last ``count`` warning and error lines of the log (with a traceback's lines under
    an error), from its last half megabyte; [] without a log."""
    try:
        # Not waiting on a FIFO put in its place, nor reading a device: Help → About would
        # hang on "Copy diagnostics".
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as file:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return []
            file.seek(0, 2)
            file.seek(max(0, file.tell() - LOG_TAIL_BYTES))
            text = file.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    found: deque[str] = deque(maxlen=count)
    keep = False
    for line in text.splitlines():
        record = _RECORD.match(line)
        if record is None:
            if keep:
                found[-1] += "\n" + line  # a line of the record above (its traceback)
            continue
        keep = record.group(1) in _PROBLEMS
        if keep:
            found.append(line)
    return list(found)


def settings_without_secrets(settings: StationSettings) -> dict[str, object]:
    """The settings as saved (the key is never among them: it lives in the credential
    store), for support to read."""
    return settings.model_dump(mode="json")


def diagnostics_text(*, settings: StationSettings, backend: str, qt_version: str,
                     pyside_version: str, secrets: Iterable[str] = (),
                     errors: list[str] | None = None) -> str:
    """The text "Copy diagnostics" puts on the clipboard. ``secrets`` (the API key) are
    blanked wherever they would appear, also in their escaped forms."""
    lines = [
        f"revdesk {__version__}",
        f"Python {platform.python_version()} ({sys.platform}, {platform.machine()})",
        f"Qt {qt_version}, PySide6 {pyside_version}",
        f"data folder: {data_dir()}",
        f"settings file: {settings_path()}",
        f"log file: {log_file()}",
        f"API: {backend}",
        "",
        "settings:",
        json.dumps(settings_without_secrets(settings), indent=2, ensure_ascii=False),
        "",
        "last warnings and errors in the log:",
        *((errors if errors is not None else last_errors(log_file())) or ["(none)"]),
    ]
    text = "\n".join(lines) + "\n"
    patterns = [p for secret in secrets if secret for p in secret_patterns(secret)]
    return scrub_text(text, patterns)
