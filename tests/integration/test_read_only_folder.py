"""The commands that only read, on a data folder that cannot be written (a disk the system
remounted read-only after an error, a copy on a read-only share): they read what is there
and say the folder cannot be written; what would change something stays exit 6.

A real read-only folder: a tmpfs remounted read-only when run as root (root writes
through mere permissions), a folder without write permission otherwise."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

EXIT_LOCAL_DATA = 6


def revdesk(station: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env |= {"REVDESK_DATA_DIR": str(station), "REVDESK_API_URL": url,
            "REVDESK_API_KEY": "test-key"}
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@pytest.fixture
def station(sandbox: Any, tmp_path: Path) -> Iterator[Path]:
    """A station folder with a delivered change in its audit log and one queued in its
    outbox, then made read-only."""
    made = tmp_path / "made"
    assert revdesk(made, sandbox.url, "status", "set", "RP-100010", "IN_WAREHOUSE"
                   ).returncode == 0
    # REVER out of reach (nothing listens on port 9): the change waits in the outbox.
    assert revdesk(made, "http://127.0.0.1:9", "status", "set", "RP-100011", "ERROR"
                   ).returncode == 75
    shutil.rmtree(made / "sandbox", ignore_errors=True)
    if os.geteuid() != 0:
        made.chmod(0o555)
        try:
            yield made
        finally:
            made.chmod(0o755)
        return
    mounted = tmp_path / "ro"
    mounted.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mounted)):
        pytest.skip("root cannot be kept from writing without mounting a read-only tmpfs")
    try:
        shutil.copytree(made, mounted / "station")
        assert _mount("-o", "remount,ro", str(mounted))
        yield mounted / "station"
    finally:
        subprocess.run(["umount", str(mounted)], check=False)


def test_audit_export_and_summary_read_the_history(station: Path, sandbox: Any) -> None:
    """They said the audit log "cannot be written" and printed an empty history."""
    exported = revdesk(station, sandbox.url, "audit", "export")
    assert exported.returncode == 0, exported.stderr
    assert "RP-100010" in exported.stdout and "cannot be written" in exported.stderr
    summary = revdesk(station, sandbox.url, "audit", "summary", "--since", "1d")
    assert summary.returncode == 0, summary.stderr
    assert "IN_WAREHOUSE" in summary.stdout and "no status changes" not in summary.stdout


def test_outbox_list_shows_what_waits(station: Path, sandbox: Any) -> None:
    """It was exit 6: the queue the lead most needs to see could not be listed."""
    listed = revdesk(station, sandbox.url, "outbox", "list")
    assert listed.returncode == 0, listed.stderr
    assert "RP-100011" in listed.stdout and "1 pending, 0 failed" in listed.stdout
    assert "outbox.sqlite3" in listed.stderr and "read without writing" in listed.stderr


def test_lists_and_labels_work_with_a_warning(station: Path, sandbox: Any,
                                              tmp_path: Path) -> None:
    """They were exit 6 for an outbox they never use."""
    shown = revdesk(station, sandbox.url, "processes", "show", "RP-100010")
    assert shown.returncode == 0, shown.stderr
    assert "IN_WAREHOUSE" in shown.stdout and "outbox.sqlite3" in shown.stderr
    listed = revdesk(station, sandbox.url, "processes", "list", "--status", "IN_WAREHOUSE")
    assert listed.returncode == 0 and "RP-100010" in listed.stdout
    out = tmp_path / "intake.pdf"
    made = revdesk(station, sandbox.url, "label", "intake", "RP-100010", "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_a_change_is_still_exit_6_and_nothing_is_sent(station: Path, sandbox: Any) -> None:
    for args in (("status", "set", "RP-100012", "IN_WAREHOUSE"), ("outbox", "flush")):
        result = revdesk(station, sandbox.url, *args)
        assert result.returncode == EXIT_LOCAL_DATA, (args, result.stderr)
        assert "outbox.sqlite3" in result.stderr and "Traceback" not in result.stderr
    shown = revdesk(station, sandbox.url, "processes", "show", "RP-100012", "--json")
    assert '"IN_WAREHOUSE"' not in shown.stdout
