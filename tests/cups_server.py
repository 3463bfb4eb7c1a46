"""A private CUPS server for tests: its own cupsd on 127.0.0.1, its own configuration, spool
and logs in a temporary folder (never the system's), with one 4x6 in cups-pdf queue.

What works here, found by trying: cupsd runs as root with a cups-files.conf naming every
folder; the folders must be readable by the ``lp`` user (the filters run as lp), so they
live in a fresh ``/tmp`` folder, not pytest's private one. cups-pdf reads its own settings
only from ``/etc/cups/cups-pdf.conf`` (the path is compiled in), so its output folder is the
system's: ``Out`` there, ``${HOME}/PDF`` by default, for the user the job runs as. A job's
file is named ``<title>-job_<id>.pdf``; the server's own job ids and the job's title (the
return and the label) find it, and the fixture deletes what its jobs wrote.

Clients reach the server through ``CUPS_SERVER`` (lp, lpstat, and Qt's libcups alike).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
SYSTEM_CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")
QUEUE = "Label4x6"


def _tool(name: str) -> str:
    """A CUPS command by name; cupsd and lpadmin are in /usr/sbin, often not on PATH."""
    return shutil.which(name) or f"/usr/sbin/{name}"


def why_not() -> str:
    """Why a private cupsd with a cups-pdf queue cannot run here ("" when it can)."""
    for tool in ("cupsd", "lpadmin", "lpstat", "lp"):
        if not Path(_tool(tool)).exists():
            return f"{tool} is not installed (apt-get install cups printer-driver-cups-pdf)"
    if not PPD.exists() or not BACKEND.exists():
        return "cups-pdf is not installed (apt-get install printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "cups-pdf only runs under a cupsd started as root"
    return ""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def output_folder() -> Path:
    """Where cups-pdf writes a root job's PDF (its ``Out`` setting)."""
    out = "${HOME}/PDF"
    if SYSTEM_CUPS_PDF_CONF.exists():
        for line in SYSTEM_CUPS_PDF_CONF.read_text("utf-8", "replace").splitlines():
            if re.match(r"\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name))


class CupsServer:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="revdesk-cups-"))
        self.port = _free_port()
        self.address = f"127.0.0.1:{self.port}"
        self.output = output_folder()
        self.process: subprocess.Popen[bytes] | None = None
        self.written: list[Path] = []
        self.env = {**os.environ, "CUPS_SERVER": self.address}

    def start(self) -> CupsServer:
        self.root.chmod(0o755)
        for name in ("spool", "cache", "state", "log"):
            (self.root / name).mkdir()
            (self.root / name).chmod(0o755)
        (self.root / "tmp").mkdir()
        (self.root / "tmp").chmod(0o1777)
        (self.root / "cupsd.conf").write_text(
            f"Listen 127.0.0.1:{self.port}\nLogLevel info\nWebInterface No\nBrowsing No\n"
            "DefaultAuthType None\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
        (self.root / "cups-files.conf").write_text(
            f"ServerRoot {self.root}\nRequestRoot {self.root}/spool\nTempDir {self.root}/tmp\n"
            f"CacheDir {self.root}/cache\nStateDir {self.root}/state\n"
            f"ErrorLog {self.root}/log/error_log\nAccessLog {self.root}/log/access_log\n"
            f"PageLog {self.root}/log/page_log\nSandboxing Relaxed\n"
            # Its own printcap: the default is the system's /run/cups/printcap.
            f"Printcap {self.root}/printcap\n")
        self.process = subprocess.Popen(
            [_tool("cupsd"), "-f", "-c", str(self.root / "cupsd.conf"),
             "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        # lpstat -r exits 0 either way: its words tell whether the server answers yet.
        while self._run("lpstat", "-r").stdout.strip() != "scheduler is running":
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                pytest.skip(f"the private cupsd did not start: {self.log_tail()}")
            time.sleep(0.2)
        added = self._run("lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD),
                          "-o", "PageSize=Custom.288x432")
        if added.returncode != 0:
            self.stop()
            pytest.skip(f"no cups-pdf queue could be added: {added.stderr.strip()}")
        return self

    def add_raw_queue(self, name: str, printer_address: str) -> None:
        """A raw queue, as a Zebra's CUPS queue is: its jobs go as they are, by CUPS's
        socket backend, to ``printer_address`` (a printer stand-in on 127.0.0.1)."""
        added = self._run("lpadmin", "-p", name, "-E", "-v", f"socket://{printer_address}")
        assert added.returncode == 0, added.stderr

    def _run(self, tool: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([_tool(tool), *args], capture_output=True, text=True,
                              env=self.env, timeout=30, check=False)

    def log_tail(self) -> str:
        log = self.root / "log" / "error_log"
        return log.read_text("utf-8", "replace")[-2000:] if log.exists() else "(no log)"

    def job_ids(self) -> list[int]:
        """The ids of every job this server has had, done or not."""
        out = self._run("lpstat", "-W", "all", "-o", QUEUE).stdout
        return sorted(int(m) for m in re.findall(rf"^{QUEUE}-(\d+)\s", out, re.M))

    def wait_for_pdf(self, title_part: str, timeout: float = 60.0) -> Path:
        """The PDF cups-pdf made of the job whose title has ``title_part``."""
        stem = re.sub(r"[^A-Za-z0-9_.-]", "_", title_part)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for job in self.job_ids():
                for found in self.output.glob(f"*job_{job}.pdf"):
                    if stem in found.name and found not in self.written and self._done(found):
                        self.written.append(found)
                        return found
            time.sleep(0.3)
        raise AssertionError(f"no PDF for {title_part!r} in {self.output}; jobs "
                             f"{self.job_ids()}; log:\n{self.log_tail()}")

    def _done(self, path: Path) -> bool:
        """Written whole: cups-pdf writes through ghostscript, then sets the mode."""
        data = path.read_bytes()
        return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        for path in self.written:
            path.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)
