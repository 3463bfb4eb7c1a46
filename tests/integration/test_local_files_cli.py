"""The CLI on damaged or unusable local files: which file, what to do, exit 6, never a
traceback; the damaged file kept under a time-stamped name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from revdesk.domain.audit import AUDIT_FILE
from revdesk.domain.outbox import OUTBOX_FILE

EXIT_LOCAL_DATA = 6
GARBAGE = b"\x00not a database\xff" * 500


def revdesk(station: Path, sandbox: Any, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env |= {"REVDESK_DATA_DIR": str(station), "REVDESK_API_URL": sandbox.url,
            "REVDESK_API_KEY": "test-key"}
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def kept(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".damaged-*"))


def test_a_damaged_outbox_is_exit_6_kept_and_the_next_run_works(sandbox: Any,
                                                                  tmp_path: Path) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / OUTBOX_FILE).write_bytes(GARBAGE)
    result = revdesk(station, sandbox, "status", "set", "RP-100010", "IN_WAREHOUSE")
    assert result.returncode == EXIT_LOCAL_DATA, result.stderr
    [copy] = kept(station / OUTBOX_FILE)
    assert copy.read_bytes() == GARBAGE
    assert OUTBOX_FILE in result.stderr and copy.name in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    again = revdesk(station, sandbox, "status", "set", "RP-100010", "IN_WAREHOUSE")
    assert again.returncode == 0, again.stderr
    assert revdesk(station, sandbox, "outbox", "list").returncode == 0


def test_a_damaged_audit_log_never_blocks_a_status_change(sandbox: Any, tmp_path: Path) -> None:
    station = tmp_path / "station"
    station.mkdir()
    (station / AUDIT_FILE).write_bytes(GARBAGE)
    result = revdesk(station, sandbox, "status", "set", "RP-100010", "IN_WAREHOUSE")
    assert result.returncode == 0, result.stderr
    [copy] = kept(station / AUDIT_FILE)
    assert AUDIT_FILE in result.stderr and copy.name in result.stderr
    exported = revdesk(station, sandbox, "audit", "export")
    assert exported.returncode == 0 and "RP-100010" in exported.stdout


def test_an_outbox_that_cannot_be_opened_is_exit_6_with_what_to_do(sandbox: Any,
                                                                   tmp_path: Path) -> None:
    station = tmp_path / "station"
    (station / OUTBOX_FILE).mkdir(parents=True)  # unreadable as a file, even to root
    for args in (("status", "set", "RP-100010", "IN_WAREHOUSE"), ("outbox", "list"),
                 ("outbox", "flush")):
        result = revdesk(station, sandbox, *args)
        assert result.returncode == EXIT_LOCAL_DATA, (args, result.stderr)
        assert str(station / OUTBOX_FILE) in result.stderr
        assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes into a read-only folder all the same")
def test_a_read_only_data_folder_is_exit_6(sandbox: Any, tmp_path: Path) -> None:
    station = tmp_path / "station"
    station.mkdir()
    station.chmod(0o555)
    try:
        result = revdesk(station, sandbox, "status", "set", "RP-100010", "IN_WAREHOUSE")
    finally:
        station.chmod(0o755)
    assert result.returncode == EXIT_LOCAL_DATA, result.stderr
    assert str(station) in result.stderr and "Traceback" not in result.stderr
