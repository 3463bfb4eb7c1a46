"""The end-to-end tests' X server: Xvfb, started for each test; and, for a test that reads
what the window shows, a private accessibility bus beside it."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from accessibility import AccessibilityBus, accessibility_bus, available


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


@pytest.fixture
def a11y(xserver: str, tmp_path: Path) -> Iterator[AccessibilityBus]:
    """A private AT-SPI bus and registry for the window on ``xserver``: start the station
    with ``env={"AT_SPI_BUS_ADDRESS": a11y.address}`` and read its labels and tables."""
    if not available():
        pytest.skip("needs dbus-daemon and at-spi2-registryd (apt: dbus at-spi2-core)")
    yield from accessibility_bus(xserver, tmp_path / "a11y")
