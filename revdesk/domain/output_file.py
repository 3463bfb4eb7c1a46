"""Writing a file the operator named (a label, an audit export) all at once, for the CLI's
``-o`` and the window's *Export CSV…* alike: a temporary file beside the target, renamed
over it, so an interrupted or failed write never leaves half a file under the name asked
for, and never a temporary file beside it.

Only a regular file (or a new name) is written: renaming over a device node (``/dev/null``,
a printer's), a FIFO or a socket would replace it with a plain file, and opening a FIFO to
write would wait for a reader for ever. A symlink is written through, as a shell's ``>``
does, and kept."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path


class NotAFileTarget(Exception):
    """The target is a folder (``is_folder``) or a device, a FIFO or a socket: nothing was
    written; ``str()`` says which in a few words."""

    def __init__(self, target: str, *, is_folder: bool) -> None:
        self.target = target
        self.is_folder = is_folder
        super().__init__("is a folder" if is_folder else
                         "is not a regular file (a device, a pipe or a socket)")


def destination(target: str | Path) -> Path:
    """The regular file ``target`` names, through any symlinks; raises
    :class:`NotAFileTarget`, or OSError when it cannot be looked at."""
    real = Path(os.path.realpath(target))
    try:
        # stat(target), not stat(real): /dev/stdout's /proc link resolves to no path.
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return real
    if stat.S_ISDIR(mode):
        raise NotAFileTarget(str(target), is_folder=True)
    if not stat.S_ISREG(mode):
        raise NotAFileTarget(str(target), is_folder=False)
    return real


def write_atomically(target: str | Path, data: bytes) -> Path:
    """Write ``data`` as the file ``target`` (see the module); returns the path written.
    Raises :class:`NotAFileTarget` or OSError (nothing is left behind then)."""
    path = destination(target)
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            # A temporary file is private (0600); the file asked for gets the mode a
            # shell's > gives it, or keeps the one of the file it replaces.
            os.chmod(tmp_name, _mode_for(path))
        os.replace(tmp_name, path)
    except BaseException:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise
    return path


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """This process's umask, read without setting it where the system says it (setting it
    to read it races with other threads' new files, in the window)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022
