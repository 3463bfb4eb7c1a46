"""The end-to-end tests' X server: Xvfb, started for each test."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def xserver(tmp_path: Path) -> Iterator[str]:
    """Xvfb on a display it picks itself (``-displayfd``): free, and ready once it answers."""
    read_fd, write_fd = os.pipe()
    with (tmp_path / "xvfb.log").open("wb") as errors:
        proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1600x1000x24",
             "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=errors)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # written when the server accepts clients
        if not number.isdigit():
            pytest.fail(f"Xvfb did not start: {(tmp_path / 'xvfb.log').read_text()[-2000:]}")
        yield f":{number}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
