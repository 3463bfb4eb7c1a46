"""The station core: closing its connection closes the files and the HTTP client whatever
fails on the way (a fault of one step left the others open before)."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from revdesk.core import StationCore


def test_a_failing_step_still_closes_the_files_and_the_client(
        monkeypatch: pytest.MonkeyPatch) -> None:
    async def scenario() -> StationCore:
        core = StationCore()  # the embedded sandbox: no key is set
        core.start()

        async def broken(grace: float = 5.0) -> int:
            raise RuntimeError("the scan queue could not finish")

        monkeypatch.setattr(core.pipeline, "stop", broken)
        with pytest.raises(RuntimeError, match="scan queue"):
            await core.aclose()
        return core

    core = asyncio.run(scenario())
    assert core._delivery is not None and core._delivery.cancelled()
    assert core.outbox is not None
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        core.outbox.store.counts()
    with pytest.raises(sqlite3.ProgrammingError):
        core.audit.events()
    assert core.backend is not None
    assert core.backend.client.transport._client.is_closed
