"""The returns list's local cache in the window: a second start shows the saved rows before
the API has answered, says they are a saved copy, then reads them again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from pytestqt.qtbot import QtBot

from revdesk.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def test_a_second_start_shows_the_saved_list_before_the_api_answers(
        qtbot: QtBot, loopback: Any, arun: Any, make_window: MakeWindow) -> None:
    first = make_window()
    qtbot.waitUntil(lambda: first.model.rowCount() == 60 and not first.model.loading,
                    timeout=15_000)
    first.model.set_status(first.model.row_at(0).process_id, "IN_WAREHOUSE")
    shown = [first.model.row_at(r) for r in range(60)]
    arun(first.list_cache.flush())  # what closing the window (or a pause in loading) does
    assert "saved list" not in first.list_panel.count_label.text()

    loopback.set_faults(latency_ms=60_000)  # the API does not answer during this test
    loopback.clear_requests()
    second = make_window()
    assert [second.model.row_at(r) for r in range(second.model.rowCount())] == shown
    assert "saved list of" in second.list_panel.count_label.text()
    qtbot.waitUntil(lambda: any(r["path"] == "/v1/processes" for r in loopback.requests())
                    or second.model.loading, timeout=10_000)  # it is asking the API
    assert second.model.cached_at is not None  # still marked: nothing answered yet


def test_the_saved_list_is_read_again_and_then_live(
        qtbot: QtBot, loopback: Any, arun: Any, make_window: MakeWindow) -> None:
    first = make_window()
    qtbot.waitUntil(lambda: first.model.rowCount() == 60 and not first.model.loading,
                    timeout=15_000)
    pid = first.model.row_at(0).process_id
    arun(first.list_cache.flush())
    # Changed on the server since the list was saved: the second window shows the change.
    status = "COLLECTED" if first.model.row_at(0).status == "IN_WAREHOUSE" else "IN_WAREHOUSE"
    httpx.post(f"{loopback.url}/v1/processes/{pid}/shipping_status",
               json={"lkss": status, "process_id": pid},
               headers={"x-rever-api-key": "test"}).raise_for_status()

    second = make_window()
    assert second.model.cached_at is not None
    qtbot.waitUntil(lambda: second.model.cached_at is None, timeout=15_000)
    row = second.model.row_of(pid)
    assert row is not None and second.model.row_at(row).status == status
    assert "saved list" not in second.list_panel.count_label.text()
    assert second.model.rowCount() == 60


def test_no_saved_list_without_a_backend(qtbot: QtBot, monkeypatch: Any,
                                         make_window: MakeWindow) -> None:
    monkeypatch.setenv("REVDESK_API_URL", "http://127.0.0.1:9")  # an address but no key
    window = make_window()
    assert window.list_cache.cache is None and window.model.rowCount() == 0
