"""The xcb plugin check: ldd's "not found" lines become the libraries and the one
apt-get command that installs them; its table of packages matches
packaging/apt-packages.txt; on this machine (which has them all) nothing is missing."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from revdesk import qt_libraries

ROOT = Path(__file__).resolve().parents[2]
APT_PACKAGES = ROOT / "packaging" / "apt-packages.txt"

#: ldd's answer on a bare Debian machine of issue 19 (libxcb-cursor0 installed).
LDD_BARE = """\
/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so:
\tlinux-vdso.so.1 (0x00007ffd1d5e4000)
\tlibQt6XcbQpa.so.6 => /site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f1c)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f1c2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibfoo-unheard-of.so.9 => not found
/site-packages/PySide6/Qt/lib/libQt6XcbQpa.so.6:
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
"""


def apt_packages() -> set[str]:
    return {line.split("#")[0].strip() for line in APT_PACKAGES.read_text().splitlines()
            if line.split("#")[0].strip()}


def test_not_found_lines_become_libraries_once_each() -> None:
    assert qt_libraries.missing_libraries(LDD_BARE) == [
        "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libfoo-unheard-of.so.9"]


def test_nothing_missing_is_no_diagnosis() -> None:
    assert qt_libraries.missing_libraries(LDD_BARE.replace("not found", "/lib/x.so (0x1)")) == []
    assert qt_libraries.diagnose([]) is None


def test_the_message_names_the_libraries_and_the_apt_command() -> None:
    found = qt_libraries.diagnose(qt_libraries.missing_libraries(LDD_BARE))
    assert found is not None
    assert found.packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert found.unknown == ["libfoo-unheard-of.so.9"]
    text = found.message()
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in text
    assert "libxcb-icccm.so.4" in text and "libxcb-keysyms.so.1" in text
    assert "apt-file search" in text and "libfoo-unheard-of.so.9" in text
    assert "cursor" not in text  # not Qt's misleading guess


def test_two_libraries_of_one_package_name_it_once() -> None:
    found = qt_libraries.diagnose(["libglib-2.0.so.0", "libgthread-2.0.so.0"])
    assert found is not None and found.packages == ["libglib2.0-0"]


def test_every_package_of_the_table_is_in_apt_packages_txt() -> None:
    listed = apt_packages()
    assert set(qt_libraries.DEBIAN_PACKAGES.values()) - listed == set()


@pytest.mark.parametrize(("env", "platform", "wanted"), [
    ({"DISPLAY": ":0"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({}, "linux", False),
    ({"DISPLAY": ":0"}, "darwin", False),
    ({"DISPLAY": ":0"}, "win32", False),
])
def test_checked_only_where_qt_loads_xcb(env: dict[str, str], platform: str,
                                         wanted: bool) -> None:
    assert qt_libraries.check_wanted(env, platform) is wanted


def fake_pyside(tmp_path: Path) -> Path:
    for name in qt_libraries.PLUGIN_FILES:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"\x7fELF")
    return tmp_path


def stub_ldd(folder: Path, output: str) -> Path:
    """An ``ldd`` on PATH that prints ``output`` and the files it was asked about."""
    folder.mkdir(exist_ok=True)
    (folder / "answer.txt").write_text(output)
    script = folder / "ldd"
    script.write_text(f"#!/bin/sh\necho \"$@\" > {folder}/asked.txt\ncat {folder}/answer.txt\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="ldd is Linux's")
def test_a_stub_ldd_on_a_fake_plugin_dir_is_asked_and_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pyside = fake_pyside(tmp_path / "PySide6")
    bin_dir = stub_ldd(tmp_path / "bin", LDD_BARE)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    pending = qt_libraries.start_check({"DISPLAY": ":0"}, pyside)
    assert pending is not None
    found = pending.missing()
    assert found is not None and found.packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    asked = (bin_dir / "asked.txt").read_text().split()
    assert asked == [str(pyside / name) for name in qt_libraries.PLUGIN_FILES]


def test_no_plugin_files_no_check(tmp_path: Path) -> None:
    assert qt_libraries.plugin_files(tmp_path) == []
    assert qt_libraries.start_check({"DISPLAY": ":0"}, tmp_path) is None


@pytest.mark.skipif(sys.platform != "linux", reason="ldd is Linux's")
def test_the_installed_plugin_lacks_nothing_on_this_machine() -> None:
    files = qt_libraries.plugin_files()
    assert len(files) == 2, "the installed PySide6 has its xcb plugin"
    pending = qt_libraries.start_check({"DISPLAY": ":0"})
    assert pending is not None
    assert pending.missing() is None
    # and ldd really did read them: their closure names Qt's X11 libraries
    out = subprocess.run(["ldd", *map(str, files)], capture_output=True, text=True,
                         check=True).stdout
    assert "libxcb-icccm.so.4 => /" in out


@pytest.mark.skipif(sys.platform != "linux", reason="ldd is Linux's")
def test_revdesk_says_what_is_missing_instead_of_starting_qt(tmp_path: Path) -> None:
    """The real start (``python -m revdesk``) on a DISPLAY no X server serves, with an ldd
    that reports the bare machine's answer: the message and exit 2, before Qt is asked
    (Qt would abort on that display)."""
    bin_dir = stub_ldd(tmp_path / "bin", LDD_BARE)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "REVDESK_"))}
    env.update(PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", DISPLAY=":87",
               REVDESK_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "revdesk"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "xcb-cursor0 or libxcb-cursor0 is needed" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize(("env", "platform", "said"), [
    ({}, "linux", True),
    ({"DISPLAY": " "}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_no_display_is_said_only_where_qt_has_none(env: dict[str, str], platform: str,
                                                   said: bool) -> None:
    message = qt_libraries.no_display_message(env, platform)
    assert (message is not None) is said
    if message is not None:
        assert "no display" in message and "QT_QPA_PLATFORM=offscreen" in message
        assert "DISPLAY" in message and "xcb" not in message


@pytest.mark.skipif(sys.platform != "linux", reason="the X11/Wayland displays are Linux's")
def test_the_station_without_a_display_says_so_and_exits_2(tmp_path: Path) -> None:
    # QA F1: before, Qt aborted with its xcb-cursor0 message and exit 134.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(REVDESK_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "revdesk"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "there is no display here" in done.stderr
    assert "xcb" not in done.stderr


@pytest.mark.parametrize(("display", "address"), [
    (":77", "SOCKETS/X77"),
    (":0.0", "SOCKETS/X0"),
    ("unix:3", "SOCKETS/X3"),
    ("localhost:10.0", ("127.0.0.1", 6010)),
    ("127.0.0.1:1", ("127.0.0.1", 6001)),
    ("10.1.2.3:0", None),       # another machine: never connected to, Qt's to try
    ("station-2:0", None),
    ("nonsense", None),
    (":x", None),
])
def test_a_display_s_local_address(display: str, address: object) -> None:
    if isinstance(address, str):
        address = address.replace("SOCKETS", str(qt_libraries.X11_SOCKETS))
    assert qt_libraries.display_address(display) == address


@pytest.mark.skipif(sys.platform != "linux", reason="the X11 displays are Linux's")
def test_no_x_server_answering_is_said_and_one_answering_is_not(tmp_path: Path) -> None:
    import socket

    env = {"DISPLAY": ":77"}
    message = qt_libraries.no_x_server_message(env, "linux", sockets=tmp_path)
    assert message is not None and "no X server answers on DISPLAY=:77" in message
    assert "xcb" not in message
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "X77"))
        server.listen(1)
        assert qt_libraries.no_x_server_message(env, "linux", sockets=tmp_path) is None
    # Not asked where Qt loads no xcb plugin.
    assert qt_libraries.no_x_server_message({**env, "QT_QPA_PLATFORM": "offscreen"},
                                            "linux", sockets=tmp_path) is None


def test_a_local_tcp_display_is_asked_on_127_0_0_1() -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        for number in range(40, 100):  # a free display port of 127.0.0.1
            try:
                server.bind(("127.0.0.1", qt_libraries.X11_TCP_BASE + number))
                break
            except OSError:
                continue
        else:
            pytest.skip("no free X display port on 127.0.0.1")
        server.listen(1)
        env = {"DISPLAY": f"localhost:{number}.0"}
        assert qt_libraries.no_x_server_message(env, "linux") is None
    message = qt_libraries.no_x_server_message(env, "linux")
    assert message is not None and f"DISPLAY=localhost:{number}.0" in message


def test_another_machine_s_display_is_never_connected_to(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def refuse(*args: object, **kw: object) -> object:
        raise AssertionError("nothing may be connected to")

    monkeypatch.setattr(socket, "socket", refuse)
    assert qt_libraries.no_x_server_message({"DISPLAY": "10.1.2.3:0"}, "linux") is None


@pytest.mark.skipif(sys.platform != "linux", reason="the X11 displays are Linux's")
def test_the_station_on_a_display_nobody_answers_says_so_and_exits_2(tmp_path: Path) -> None:
    # QA: DISPLAY=:77 with no X server gave Qt's xcb-cursor0 message and exit 134.
    assert not (qt_libraries.X11_SOCKETS / "X77").exists()
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DISPLAY=":77", REVDESK_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "revdesk"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2, done.stderr
    assert "no X server answers on DISPLAY=:77" in done.stderr
    assert "xcb" not in done.stderr
