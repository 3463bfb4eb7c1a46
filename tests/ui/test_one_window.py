"""One station window per data folder; a window that died leaves no lock behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from revdesk.ui.one_window import LOCK_FILE, already_open_text, hold_window_lock


def test_a_second_window_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    first = hold_window_lock(tmp_path)
    assert first is not None and first.isLocked()
    assert hold_window_lock(tmp_path) is None
    assert str(tmp_path) in already_open_text(tmp_path)
    assert hold_window_lock(tmp_path / "another station") is not None
    first.unlock()
    again = hold_window_lock(tmp_path)
    assert again is not None and again.isLocked()
    again.unlock()


@pytest.mark.skipif(os.name != "posix", reason="kill -9")
def test_a_window_killed_leaves_no_lock_behind(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from pathlib import Path\n"
         "from revdesk.ui.one_window import hold_window_lock\n"
         "lock = hold_window_lock(Path(sys.argv[1]))\n"
         "print('held' if lock is not None else 'refused', flush=True)\n"
         "time.sleep(60)\n", str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert hold_window_lock(tmp_path) is None  # held by a live window
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
        if holder.stdout is not None:
            holder.stdout.close()
    assert (tmp_path / LOCK_FILE).exists()  # left behind by the killed window
    lock = hold_window_lock(tmp_path)
    assert lock is not None and lock.isLocked()
    lock.unlock()
