"""Which system libraries Qt's X11 (xcb) platform plugin lacks, before Qt tries to load it.

On a bare Debian/Ubuntu machine, Qt aborts with "xcb-cursor0 or libxcb-cursor0 is needed to
load the Qt xcb platform plugin" whatever is really missing (issue 19: libxcb-cursor0 was
installed; libxcb-icccm4 and libxcb-keysyms1 were not). ``ldd`` knows: it lists every library
of the plugin's closure it cannot find as "not found". The station asks it before creating
its QApplication and, when something is missing, names the libraries and the one
``apt-get install`` command that installs them.

Cheap by design: only on Linux, with a DISPLAY and the xcb platform (unset or "xcb"), and
:func:`start_check` starts ``ldd`` as a child process that runs while the station imports its
own modules; :meth:`PendingCheck.missing` collects its answer just before Qt starts. No Qt
import: the plugin's files are found without importing PySide6.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from revdesk.i18n import translate

log = logging.getLogger(__name__)

#: The plugin Qt loads for X11 and the library it is built on, below the PySide6 package.
PLUGIN_FILES = (Path("Qt/plugins/platforms/libqxcb.so"), Path("Qt/lib/libQt6XcbQpa.so.6"))
#: Longer than this, ldd's answer is not waited for: the station starts as it always did.
LDD_TIMEOUT_S = 5.0

#: The Debian/Ubuntu package of each system library in the xcb plugin's closure (PySide6's
#: own Qt libraries travel with its wheel). Every package named here is in
#: ``packaging/apt-packages.txt`` (tests/unit/test_qt_libraries.py checks), so the README's
#: one install command gives all of them. Ubuntu's 64-bit-time packages (``…t64``) provide
#: these names, so the same command works there.
DEBIAN_PACKAGES: Mapping[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpng16.so.16": "libpng16-16",
}


def check_wanted(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt is about to load its xcb plugin: Linux, a DISPLAY, and no other platform
    asked for (offscreen, wayland, a test's) nor a Wayland session's own."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux" or not env.get("DISPLAY"):
        return False
    asked = env.get("QT_QPA_PLATFORM", "").strip()
    if not asked and env.get("WAYLAND_DISPLAY"):
        return False  # a Wayland session: Qt tries its wayland plugin first
    return asked in ("", "xcb")


def no_display_message(environ: Mapping[str, str] | None = None,
                       platform: str | None = None) -> str | None:
    """What to say when the window has no display to open on (Linux, no DISPLAY, no
    WAYLAND_DISPLAY, no platform asked for), or None. Qt would otherwise try xcb, fail, and
    abort blaming libxcb-cursor0 (exit 134) on a machine that lacks nothing but a screen."""
    env = os.environ if environ is None else environ
    if (platform or sys.platform) != "linux":
        return None
    if any(env.get(name, "").strip()
           for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return translate(
        "QtLibraries",
        "revdesk cannot open its window: there is no display here (DISPLAY and "
        "WAYLAND_DISPLAY are not set, as in an SSH session or on a server).\n"
        "Start it from the desktop session of the station, or set DISPLAY to its screen "
        "(for example DISPLAY=:0).\n"
        "For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk")


#: Where a local X server listens, display N at X<N> (also in Linux's abstract namespace).
X11_SOCKETS = Path("/tmp/.X11-unix")
#: Display N of a TCP X server listens on this port + N.
X11_TCP_BASE = 6000
#: The hosts of a DISPLAY asked over TCP: this machine only, never another.
_LOCAL_HOSTS = ("localhost", "127.0.0.1")


def display_address(display: str, sockets: Path = X11_SOCKETS) -> str | tuple[str, int] | None:
    """Where the X server of ``display`` ("[host]:N[.screen]") listens on this machine: a
    socket path for ":N" / "unix:N", ("127.0.0.1", port) for "localhost:N" (an SSH
    session's forwarding), or None for another machine or a form not known here (the
    check is skipped: nothing is ever connected to elsewhere)."""
    host, colon, rest = display.strip().rpartition(":")
    number = rest.split(".")[0]
    if not colon or not number.isdigit():
        return None
    if host in ("", "unix"):
        return str(sockets / f"X{int(number)}")
    if host in _LOCAL_HOSTS:
        return ("127.0.0.1", X11_TCP_BASE + int(number))
    return None


def _answers(address: str | tuple[str, int], timeout: float) -> bool:
    import socket

    tries: list[tuple[socket.AddressFamily, str | tuple[str, int]]]
    if isinstance(address, tuple):
        tries = [(socket.AF_INET, address)]
    else:  # Xorg listens in the abstract namespace too, and libxcb tries that first
        tries = [(socket.AF_UNIX, "\0" + address), (socket.AF_UNIX, address)]
    for family, where in tries:
        try:
            with socket.socket(family, socket.SOCK_STREAM) as sock:
                sock.settimeout(timeout)
                sock.connect(where)
                return True
        except OSError:
            continue
    return False


def no_x_server_message(environ: Mapping[str, str] | None = None,
                        platform: str | None = None, *, sockets: Path = X11_SOCKETS,
                        timeout: float = 2.0) -> str | None:
    """What to say when DISPLAY names a display of this machine on which no X server
    answers (QA: DISPLAY=:77 gave Qt's misleading xcb message and exit 134), or None."""
    env = os.environ if environ is None else environ
    if not check_wanted(env, platform):
        return None
    display = env.get("DISPLAY", "").strip()
    address = display_address(display, sockets)
    if address is None or _answers(address, timeout):
        return None
    return translate(
        "QtLibraries",
        "revdesk cannot open its window: no X server answers on DISPLAY={display}.\n"
        "Start it from the desktop session of the station, or set DISPLAY to its screen "
        "(for example DISPLAY=:0).\n"
        "For a check without a screen: QT_QPA_PLATFORM=offscreen revdesk").format(
            display=display)


def plugin_files(pyside_dir: Path | None = None) -> list[Path]:
    """The xcb plugin's files of the installed PySide6 that exist (none in a bundle that
    keeps them elsewhere, or when PySide6 cannot be found: then nothing is checked)."""
    if pyside_dir is None:
        try:
            spec = importlib.util.find_spec("PySide6")  # finds it without importing it
        except (ImportError, ValueError):
            return []
        if spec is None or not spec.submodule_search_locations:
            return []
        pyside_dir = Path(next(iter(spec.submodule_search_locations)))
    return [pyside_dir / name for name in PLUGIN_FILES if (pyside_dir / name).is_file()]


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ldd reports as "not found", each once, in its order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found" and name.strip() not in missing:
            missing.append(name.strip())
    return missing


@dataclass(frozen=True)
class MissingLibraries:
    """What the plugin lacks, and what installs it."""

    libraries: list[str]
    packages: list[str]  # Debian packages, each once, in the libraries' order
    unknown: list[str]  # libraries no package of the table is known for

    def message(self) -> str:
        lines = [
            "revdesk cannot open its window: Qt's X11 platform plugin (xcb) needs system "
            "libraries this computer lacks:",
            *(f"  {name}" for name in self.libraries),
        ]
        if self.packages:
            lines += ["Install them (as root, or with sudo) and start revdesk again:",
                      f"  sudo apt-get install {' '.join(self.packages)}"]
        if self.unknown:
            lines.append("No package is known here for " + ", ".join(self.unknown)
                         + ": `apt-file search NAME` finds the one that has it.")
        lines.append("(Every package the station needs: packaging/apt-packages.txt.)")
        return "\n".join(lines)


def diagnose(missing: Iterable[str]) -> MissingLibraries | None:
    """The packages for ``missing``, or None when nothing is missing."""
    libraries = list(missing)
    if not libraries:
        return None
    packages: list[str] = []
    unknown: list[str] = []
    for name in libraries:
        package = DEBIAN_PACKAGES.get(name)
        if package is None:
            unknown.append(name)
        elif package not in packages:
            packages.append(package)
    return MissingLibraries(libraries, packages, unknown)


class PendingCheck:
    """``ldd`` running on the plugin's files while the station goes on starting."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process

    def missing(self, timeout: float = LDD_TIMEOUT_S) -> MissingLibraries | None:
        """What is missing; None when nothing is, or when ldd gave no usable answer (then
        Qt's own message is all there is, as before)."""
        try:
            output, _ = self._process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.communicate()
            log.debug("ldd did not answer in %s s: the xcb plugin is not checked", timeout)
            return None
        return diagnose(missing_libraries(output))


def start_check(environ: Mapping[str, str] | None = None,
                pyside_dir: Path | None = None) -> PendingCheck | None:
    """Start ``ldd`` on the xcb plugin when Qt is about to load it; None when there is
    nothing to check (another platform, no DISPLAY, no ldd, no plugin files)."""
    if not check_wanted(environ):
        return None
    files = plugin_files(pyside_dir)
    ldd = shutil.which("ldd")
    if not files or ldd is None:
        return None
    try:
        # LC_ALL=C: "not found" in ldd's own words, whatever the desk's language.
        process = subprocess.Popen(
            [ldd, *map(str, files)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL, text=True, env={**os.environ, "LC_ALL": "C"})
    except OSError as exc:
        log.debug("ldd could not be run: %s", exc)
        return None
    return PendingCheck(process)
