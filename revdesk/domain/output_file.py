"""Writing a file the operator named (a label, an audit export) for the CLI's ``-o`` and
the window's *Export CSV…* alike.

A regular file (or a new name) is written all at once: a temporary file beside the target,
renamed over it, so an interrupted or failed write never leaves half a file under the name
asked for, and never a temporary file beside it. A symlink is written through, as a
shell's ``>`` does, and kept.

A character device (a printer's USB port ``/dev/usb/lp0``, ``/dev/null``) and a FIFO (a
spooler reading one) are written in place, as ``>`` would: renaming over them would replace
them with a plain file. A FIFO nothing reads from is refused at once instead of waited on.
A folder, a disk (block device) or a socket is refused."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from revdesk.i18n import translate


class NotAFileTarget(Exception):
    """Nothing was written to ``target``: it is a folder (``is_folder``), a disk device or
    a socket, or a FIFO nothing reads from; ``str()`` says which in a few words."""

    def __init__(self, target: str, why: str, *, is_folder: bool = False) -> None:
        self.target = target
        self.is_folder = is_folder
        super().__init__(why)


def destination(target: str | Path) -> Path:
    """The path ``target`` names, through any symlinks; raises :class:`NotAFileTarget`
    for a folder, a disk or a socket, or OSError when it cannot be looked at."""
    real = Path(os.path.realpath(target))
    try:
        # stat(target), not stat(real): /dev/stdout's /proc link resolves to no path.
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return real
    if stat.S_ISDIR(mode):
        raise NotAFileTarget(str(target), translate("OutputFile", "is a folder"), is_folder=True)
    if stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return real if stat.S_ISREG(mode) else Path(target)
    raise NotAFileTarget(str(target), translate(
        "OutputFile", "is a disk device or a socket, not a file to write"))


def write_atomically(target: str | Path, data: bytes) -> Path:
    """Write ``data`` as ``target`` (see the module); returns the path written. Raises
    :class:`NotAFileTarget` or OSError (nothing is left behind then)."""
    path = destination(target)
    with contextlib.suppress(FileNotFoundError):
        mode = os.stat(path).st_mode
        if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
            _write_in_place(path, data, fifo=stat.S_ISFIFO(mode))
            return path
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
            # A temporary file is private (0600); the file asked for gets the mode a
            # shell's > gives it, or keeps the one of the file it replaces.
            os.chmod(tmp_name, mode_for(path))
        os.replace(tmp_name, path)
    except BaseException:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise
    return path


def _write_in_place(path: Path, data: bytes, *, fifo: bool) -> None:
    try:
        # A FIFO opened without waiting: ENXIO when nothing reads from it.
        fd = os.open(path, os.O_WRONLY | (os.O_NONBLOCK if fifo else 0))
    except OSError as exc:
        if fifo and exc.errno == errno.ENXIO:
            raise NotAFileTarget(str(path), translate("OutputFile", "is a pipe nothing reads from")) from None
        raise
    try:
        if fifo:
            os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def mode_for(path: Path) -> int:
    """The mode a file written as ``path`` gets: the one of the file it replaces, else what
    a shell's ``>`` gives a new file (0666 less the umask). For a temporary file (0600)
    renamed over ``path``: the window's label PDFs too, which a print watcher running as
    another user must read."""
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
