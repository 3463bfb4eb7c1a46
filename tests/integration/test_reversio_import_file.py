"""``revdesk reversio import FILE`` reads its order file as the settings import does: only
a regular file, at most 1 MB of it, never waiting on a FIFO nor reading a device whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def revdesk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_REVERSIO")}
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "order.json")
    done = revdesk("reversio", "import", str(tmp_path / "order.json"))
    assert done.returncode == 2 and "is not a regular file" in done.stderr, done.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_a_device_is_refused_unread(tmp_path: Path) -> None:
    (tmp_path / "order.json").symlink_to("/dev/zero")
    done = revdesk("reversio", "import", str(tmp_path / "order.json"))
    assert done.returncode == 2 and "is not a regular file" in done.stderr, done.stderr


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "order.json").write_bytes(b" " * 1_000_001)
    done = revdesk("reversio", "import", str(tmp_path / "order.json"))
    assert done.returncode == 2 and "too large for an order" in done.stderr, done.stderr
