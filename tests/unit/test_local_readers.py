"""Files the station reads back from its data folder (a cached picture, the log's tail for
Help → About) are read only when they are regular files, never waited on (a FIFO) nor read
whole (a link to /dev/zero)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from revdesk import diagnostics
from revdesk.domain.pictures import PictureCache, cache_name

URL = "https://shop.example/p.png"


def within(seconds: float, call: Callable[[], Any]) -> list[Any]:
    """``call``'s result, if it comes back within ``seconds`` (a thread: a FIFO blocks)."""
    done: list[Any] = []
    worker = threading.Thread(target=lambda: done.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    if not done:
        # Let the stuck reader go: open the FIFO for writing and close it.
        for path in within.fifos:  # type: ignore[attr-defined]
            with open(os.open(path, os.O_WRONLY | os.O_NONBLOCK), "wb"):
                pass
    return done


within.fifos = []  # type: ignore[attr-defined]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_picture_cache_is_dropped_not_waited_on(tmp_path: Path) -> None:
    path = tmp_path / cache_name(URL)
    os.mkfifo(path)
    within.fifos[:] = [path]  # type: ignore[attr-defined]
    assert within(5, lambda: PictureCache(tmp_path).get(URL)) == [None]
    assert not path.exists()  # dropped: the picture is loaded again


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_link_to_a_device_in_the_picture_cache_is_not_read(tmp_path: Path) -> None:
    (tmp_path / cache_name(URL)).symlink_to("/dev/zero")
    assert within(5, lambda: PictureCache(tmp_path).get(URL)) == [None]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_place_of_the_log_gives_no_errors_at_once(tmp_path: Path) -> None:
    path = tmp_path / "revdesk.log"
    os.mkfifo(path)
    within.fifos[:] = [path]  # type: ignore[attr-defined]
    assert within(5, lambda: diagnostics.last_errors(path)) == [[]]
