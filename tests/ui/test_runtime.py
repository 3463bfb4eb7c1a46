"""Closing a station's connection: whatever fails on the way, the files and the HTTP client
are still closed (a fault of one step left the others open before)."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from revdesk.config import load_settings
from revdesk.ui.runtime import StationRuntime


def test_a_failing_step_still_closes_the_files_and_the_client(loopback: Any, arun: Any,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    runtime = StationRuntime(load_settings())
    runtime.start()

    async def broken(grace: float = 5.0) -> int:
        raise RuntimeError("the scan queue could not finish")

    monkeypatch.setattr(runtime.services, "aclose", broken)
    with pytest.raises(RuntimeError, match="scan queue"):
        arun(runtime.aclose())
    assert runtime._delivery is not None and runtime._delivery.cancelled()
    assert runtime.outbox is not None
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        runtime.outbox.store.counts()
    with pytest.raises(sqlite3.ProgrammingError):
        runtime.audit.events()
    assert runtime.backend is not None
    assert runtime.backend.client.transport._client.is_closed
