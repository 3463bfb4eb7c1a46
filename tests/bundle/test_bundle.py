"""The one-folder bundle (``bash packaging/build.sh``) runs the station with no Python: its
own ``revdesk`` executable answers ``--version``, opens the window on the sandbox (offscreen,
and on a real X server through Qt's xcb plugin) and closes it cleanly on SIGTERM, serves the
sandbox over loopback and lists its returns, makes an intake label whose barcodes read back,
and draws a carrier label PDF into ZPL (PDFium's native library, zebrafy). Nothing it loads
comes from the Python it was built with.

The bundle is built once for this module into a temporary folder, or taken from
``REVDESK_BUNDLE`` (the ``dist/revdesk`` folder .ci/run builds before pytest).
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import queue
import re
import shutil
import signal
import site
import subprocess
import sys
import sysconfig
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from revdesk import __version__

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
ENV_BUNDLE = "REVDESK_BUNDLE"
BUILD_TIMEOUT_S = 840
START_TIMEOUT_S = 90


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder (``…/dist/revdesk``), built here unless ``REVDESK_BUNDLE`` names one."""
    if given := os.environ.get(ENV_BUNDLE):
        folder = Path(given).resolve()
        assert (folder / "revdesk").is_file(), f"{ENV_BUNDLE}={given} holds no revdesk executable"
        return folder
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is not installed: .ci/run installs the 'bundle' extra")
        pytest.skip("needs PyInstaller: python3 -m pip install -e '.[bundle]'")
    where = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh"), "--dist", str(where / "dist"),
         "--work", str(where / "build")],
        env={**os.environ, "PYTHON": sys.executable}, capture_output=True, text=True,
        timeout=BUILD_TIMEOUT_S)
    assert done.returncode == 0, (done.stdout + done.stderr)[-4000:]
    return where / "dist" / "revdesk"


def bare_env(data: Path, **extra: str) -> dict[str, str]:
    """The environment of a desk PC with no Python set up: none of Python's variables nor
    revdesk's, only the data folder (and what the test adds)."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "REVDESK_", "QT_", "VIRTUAL_ENV"))}
    env.update(REVDESK_DATA_DIR=str(data), **extra)
    return env


def run(bundle: Path, *args: str, env: dict[str, str],
        timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "revdesk"), *args], env=env, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


class Running:
    """The bundle started as a long-running child: its stdout read line by line on a thread
    (so a wait can time out), its stderr in a file (a pipe nobody reads could fill up)."""

    def __init__(self, args: list[str], env: dict[str, str], stderr: Path) -> None:
        self.stderr = stderr
        with stderr.open("wb") as errors:
            self.proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=errors,
                                         stdin=subprocess.DEVNULL, text=True)
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))

    def first_line(self, pattern: str) -> re.Match[str]:
        while True:
            try:
                line = self.lines.get(timeout=START_TIMEOUT_S)
            except queue.Empty:
                pytest.fail(f"no line matching {pattern!r} within {START_TIMEOUT_S} s: "
                            f"{self.errors()}")
            if found := re.fullmatch(pattern, line):
                return found
            assert self.proc.poll() is None, f"exited before {pattern!r}: {self.errors()}"

    def errors(self) -> str:
        return self.stderr.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> int:
        """SIGTERM, as a session's logout or a service manager stops it; its exit code."""
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            pytest.fail(f"did not stop within 60 s of SIGTERM: {self.errors()}")
        finally:
            self.reader.join(timeout=10)
            assert self.proc.stdout is not None
            self.proc.stdout.close()
        return self.proc.returncode


def build_pythons() -> tuple[str, ...]:
    """Where the Python the bundle was built with keeps its standard library, its packages
    and its shared library (folders, not its prefix: a system Python's is /usr)."""
    paths = sysconfig.get_paths()
    folders = {paths[k] for k in ("stdlib", "platstdlib", "purelib", "platlib")}
    folders.update(site.getsitepackages())
    places = {str(Path(p).resolve()) + "/" for p in folders if p}
    if (libdir := sysconfig.get_config_var("LIBDIR")) and (
            soname := sysconfig.get_config_var("INSTSONAME")):
        places.add(str((Path(libdir) / soname).resolve()))
    return tuple(sorted(places))


def mapped_files(pid: int) -> set[str]:
    with open(f"/proc/{pid}/maps", encoding="utf-8") as maps:
        return {line.split(None, 5)[5].strip() for line in maps
                if len(line.split(None, 5)) == 6 and line.split(None, 5)[5].startswith("/")}


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[str]:
    """Xvfb on a display it picks itself (``-displayfd``), as the end-to-end tests start it."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: packaging/apt-packages.txt lists xvfb")
    read_fd, write_fd = os.pipe()
    with (tmp_path / "xvfb.log").open("wb") as errors:
        proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                                 "1280x1024x24", "-nolisten", "tcp"],
                                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=errors)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        assert number.isdigit(), (tmp_path / "xvfb.log").read_text()[-2000:]
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- the window --------------------------------------------------------------------------------


def test_version_names_the_version_and_the_data_folder(bundle: Path, tmp_path: Path) -> None:
    done = run(bundle, "--version", env=bare_env(tmp_path / "station"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"revdesk {__version__}"
    assert f"data folder: {tmp_path / 'station'}" in done.stdout


def start_window(bundle: Path, station: Path, **env: str) -> None:
    """Start the window on the embedded sandbox, wait for its first page painted, check it
    runs on the bundle's own files only, then stop it with SIGTERM: exit 0, shut down."""
    station.mkdir(parents=True)
    running = Running([str(bundle / "revdesk")], bare_env(station, REVDESK_REPORT_READY="1", **env),
                      station.parent / "window.stderr")
    try:
        ready = running.first_line(r"ready (\d+)")
        assert int(ready.group(1)) > 0
        loaded = mapped_files(running.proc.pid)
    finally:
        code = running.stop()
    assert code == 0, running.errors()  # not -15: the window ran its shutdown
    assert "Traceback" not in running.errors(), running.errors()
    log = (station / "logs" / "revdesk.log").read_text(encoding="utf-8")
    assert "station closed" in log and "revdesk stopped" in log
    ours = {f for f in loaded if f.startswith(str(bundle.resolve()) + "/")}
    assert any("libpython3" in f for f in ours)  # the bundle's own Python
    assert any(f.endswith("/platforms/libq" + env.get("QT_QPA_PLATFORM", "xcb") + ".so")
               for f in ours), sorted(ours)
    elsewhere = [f for f in loaded if f.startswith(build_pythons())]
    assert elsewhere == [], "loaded from the build machine's Python"


def test_the_window_starts_offscreen_on_the_sandbox_and_stops_on_sigterm(
        bundle: Path, tmp_path: Path) -> None:
    start_window(bundle, tmp_path / "station", QT_QPA_PLATFORM="offscreen")


def test_the_window_starts_on_an_x_server_through_the_xcb_plugin(
        bundle: Path, tmp_path: Path, xserver: str) -> None:
    start_window(bundle, tmp_path / "station", DISPLAY=xserver, QT_QPA_PLATFORM="xcb")


# -- the sandbox and the CLI ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def sandbox(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The bundle's ``revdesk sandbox`` on a free loopback port; its URL."""
    data = tmp_path_factory.mktemp("sandbox")
    running = Running(
        [str(bundle / "revdesk"), "sandbox", "--host", "127.0.0.1", "--port", "0",
         "--processes", "40", "--data", str(data / "served")],
        bare_env(data / "station"), data / "sandbox.stderr")
    try:
        yield running.first_line(r"revdesk sandbox listening on (http://127\.0\.0\.1:\d+)").group(1)
    finally:
        code = running.stop()
    assert code == 0, running.errors()


def client_env(station: Path, url: str) -> dict[str, str]:
    return bare_env(station, REVDESK_API_URL=url, REVDESK_API_KEY="bundle-test-key")


def test_processes_list_reads_the_bundled_sandbox_over_loopback(
        bundle: Path, sandbox: str, tmp_path: Path) -> None:
    done = run(bundle, "processes", "list", "--json", env=client_env(tmp_path, sandbox))
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    assert len(listed) == 40
    assert all(re.fullmatch(r"RP-\d+", p["process_id"]) for p in listed)
    done = run(bundle, "processes", "list", env=client_env(tmp_path, sandbox))
    assert done.returncode == 0 and listed[0]["process_id"] in done.stdout


def load_zpl_standin() -> ModuleType:
    """The integration tests' reader of ZPL pictures, loaded from its file."""
    path = ROOT / "tests" / "integration" / "zpl_standin.py"
    spec = importlib.util.spec_from_file_location("zpl_standin_for_bundle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_labels_made_by_the_bundle_read_back(bundle: Path, sandbox: str, tmp_path: Path) -> None:
    """reportlab with the bundled DejaVu Sans embedded; then that PDF as a carrier label,
    uploaded and drawn into a ^GFA picture (PDFium, Pillow, zebrafy): barcodes intact."""
    from pyzbar.pyzbar import decode

    pid = json.loads(run(bundle, "processes", "list", "--json",
                         env=client_env(tmp_path, sandbox)).stdout)[3]["process_id"]
    pdf = tmp_path / "intake.pdf"
    done = run(bundle, "label", "intake", pid, "-o", str(pdf), env=client_env(tmp_path, sandbox))
    assert done.returncode == 0, done.stderr
    assert b"DejaVuSans" in pdf.read_bytes()  # the shipped font, embedded
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm is missing: packaging/apt-packages.txt lists poppler-utils")
    subprocess.run(["pdftoppm", "-r", "203", "-png", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=60)
    (page,) = sorted(tmp_path.glob("page-*.png"))
    assert {(d.type, d.data) for d in decode(Image.open(page))} == {
        ("CODE128", pid.encode()), ("QRCODE", pid.encode())}

    done = run(bundle, "logistics", "manual", pid, "--label", str(pdf), "--carrier", "SEUR",
               "--provider", "sendcloud", "--return-method", "drop_off_point",
               "--tracking-id", "TRK-BUNDLE-1", env=client_env(tmp_path, sandbox))
    assert done.returncode == 0, done.stderr
    zpl = tmp_path / "carrier.zpl"
    done = run(bundle, "label", "print", pid, "-o", str(zpl), env=client_env(tmp_path, sandbox))
    assert done.returncode == 0, done.stderr
    standin = load_zpl_standin()
    (label,) = standin.labels(zpl.read_text(encoding="ascii"))
    assert "^GFA" in label
    read = {(d.type, d.data) for d in decode(standin.bitmap(label))}
    assert ("CODE128", pid.encode()) in read


# -- what the folder holds -----------------------------------------------------------------------


def test_the_folder_holds_the_stations_run_time_parts(bundle: Path) -> None:
    inside = bundle / "_internal"
    qt = inside / "PySide6" / "Qt"
    for part in ("plugins/platforms/libqxcb.so", "plugins/platforms/libqoffscreen.so",
                 "plugins/multimedia/libffmpegmediaplugin.so", "lib/libQt6Pdf.so.6",
                 "lib/libQt6Multimedia.so.6", "plugins/imageformats/libqjpeg.so",
                 "plugins/imageformats/libqpdf.so"):
        assert (qt / part).is_file(), part
    for binding in ("QtPdf", "QtMultimedia", "QtPrintSupport"):  # previews, sounds, printing
        assert list((inside / "PySide6").glob(f"{binding}.*so")), binding
    assert (inside / "pypdfium2_raw" / "libpdfium.so").is_file()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE"):
        assert (inside / "revdesk" / "fonts" / name).is_file(), name
    for sound in ("success.wav", "notice.wav", "error.wav"):
        assert (inside / "resources" / "sounds" / sound).is_file(), sound
    assert not (inside / "resources" / "screenshot.png").exists()  # the README's, not the app's
    # The station's languages, its own texts and Qt's (file dialogs, buttons: issue 19 L6).
    for language in ("en", "es", "fr"):
        assert (inside / "resources" / "translations" / f"revdesk_{language}.qm").is_file()
    for language in ("es", "fr"):
        assert (qt / "translations" / f"qtbase_{language}.qm").is_file(), language


def bundled_modules(bundle: Path) -> set[str]:
    readers = pytest.importorskip("PyInstaller.archive.readers")
    archive = readers.CArchiveReader(str(bundle / "revdesk"))
    return set(archive.open_embedded_archive("PYZ.pyz").toc)


def test_the_modules_imported_by_name_are_in_and_the_build_tools_are_not(bundle: Path) -> None:
    modules = bundled_modules(bundle)
    for name in ("revdesk.sandbox", "revdesk.sandbox.server", "keyring.backends.SecretService",
                 "keyring.backends.libsecret", "keyring.backends.kwallet", "biip.gs1_messages",
                 "pypdfium2", "uvicorn.protocols.http.h11_impl", "uvicorn.loops.asyncio"):
        assert name in modules, name
    # how keyring finds its backends
    assert list((bundle / "_internal").glob("keyring-*.dist-info/entry_points.txt"))
    for tool in ("pytest", "mypy", "IPython", "numpy", "hypothesis", "tkinter"):
        assert not any(m == tool or m.startswith(tool + ".") for m in modules), tool
        assert not (bundle / "_internal" / tool).exists(), tool


def test_zebrafy_lgpl_stays_a_separate_replaceable_part(bundle: Path) -> None:
    """LGPL pieces are files of their own in the folder, not inside the executable."""
    modules = bundled_modules(bundle)
    assert not any(m == "zebrafy" or m.startswith("zebrafy.") for m in modules)
    assert (bundle / "_internal" / "zebrafy" / "__init__.py").is_file()
    for library in ("libQt6Core.so.6", "libQt6Widgets.so.6"):
        assert (bundle / "_internal" / "PySide6" / "Qt" / "lib" / library).is_file()
    assert list((bundle / "_internal" / "PySide6").glob("QtCore*.so"))
    lgpl = (bundle / "LICENSES" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl


# -- the desktop entry ---------------------------------------------------------------------------


def test_the_desktop_entry_installs_with_this_folders_executable(
        bundle: Path, tmp_path: Path) -> None:
    data = tmp_path / "share"
    done = subprocess.run([str(bundle / "install-desktop-entry.sh")],  # as the README says
                          env={**bare_env(tmp_path), "XDG_DATA_HOME": str(data)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(data / "applications" / "revdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Icon"] == "revdesk"
    # the window's WM_CLASS (Qt names it after the executable): a task bar finds the entry
    assert desktop["StartupWMClass"] == "revdesk"
    assert desktop["Exec"] == f'"{bundle.resolve() / "revdesk"}"'
    assert Path(desktop["TryExec"]) == bundle.resolve() / "revdesk"
    with Image.open(data / "icons" / "hicolor" / "256x256" / "apps" / "revdesk.png") as icon:
        assert icon.size == (256, 256)
