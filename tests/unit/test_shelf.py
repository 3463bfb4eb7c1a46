"""The shelf of parcels to pull back: scans REVER refused after the station answered
"queued", each with what to do, and a retry only where retrying can succeed."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from pathlib import Path

from fake_admin import make_process

from revdesk.api import errors
from revdesk.domain import shelf
from revdesk.domain.outbox import REFUSED_KEY, Outbox, OutboxStore, Result
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessIndex, ProcessRow

REFUSALS: dict[str, errors.ApiError] = {
    "RP-100001": errors.NotFound(),
    "RP-100002": errors.InvalidArgument("REVER refused this request: the return was cancelled"),
    "RP-100003": errors.AuthError(),
    "RP-100004": errors.InvalidArgument("REVER refused this request: bad status"),
}


def outbox_with_refusals(tmp_path: Path) -> Outbox:
    async def send(pid: str, status: str) -> None:
        if pid in REFUSALS:
            raise REFUSALS[pid]

    return Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), send, base_delay=0.001,
                  max_delay=0.01, rng=random.Random(2))


def test_only_scans_refused_after_queued_are_on_the_shelf(tmp_path: Path) -> None:
    outbox = outbox_with_refusals(tmp_path)
    told: list[Result] = []
    outbox.result.connect(told.append)

    async def scenario() -> None:
        # Online, refused at once: the operator saw red with the parcel in hand.
        assert (await outbox.submit("RP-100001", "IN_WAREHOUSE", source="scan")).outcome \
            is Outcome.FAILED
        outbox._offline_streak = 1  # offline: queued in amber, sent later
        for pid in REFUSALS:
            await outbox.submit(pid, "IN_WAREHOUSE", source="scan")
        await outbox.submit("RP-100005", "IN_WAREHOUSE", source="bulk")
        outbox._offline_streak = 0
        await outbox.flush()

    asyncio.run(scenario())
    assert len(outbox.store.failed()) == 5  # the one seen at once is refused too
    items = shelf.shelf(outbox.store)
    assert [i.process_id for i in items] == ["RP-100004", "RP-100003", "RP-100002",
                                             "RP-100001"]  # the latest scanned first
    by_pid = {i.process_id: i for i in items}
    assert [by_pid[p].retryable for p in REFUSALS] == [False, False, True, False]
    assert by_pid["RP-100002"].cancelled and "cancelled" in by_pid["RP-100002"].advice
    assert "no such return" in by_pid["RP-100001"].advice
    assert by_pid["RP-100003"].entry.refusal == REFUSED_KEY
    assert "once the lead has fixed the key" in by_pid["RP-100003"].advice
    assert "does not know" in by_pid["RP-100001"].reason
    # What the outbox told carries the entry as failed, with its kind: a banner needs no
    # second read of the file.
    late = [r for r in told if r.outcome is Outcome.FAILED and shelf.on_shelf(r.entry)]
    assert sorted(r.entry.process_id for r in late) == sorted(REFUSALS)


def test_the_list_names_the_customer_and_says_cancelled(tmp_path: Path) -> None:
    outbox = outbox_with_refusals(tmp_path)
    index = ProcessIndex()
    index.upsert([ProcessRow.from_process(make_process("RP-100004", "CANCELED"))])

    async def scenario() -> None:
        outbox._offline_streak = 1
        await outbox.submit("RP-100004", "IN_WAREHOUSE", source="scan")
        outbox._offline_streak = 0
        await outbox.flush()

    asyncio.run(scenario())
    [one] = shelf.shelf(outbox.store, index)
    assert (one.customer, one.order_number) == ("Ana García 100004", "#A100004")
    assert one.cancelled and not one.retryable  # REVER said "bad status"; the list: cancelled


def test_retry_sends_again_only_what_can_succeed(tmp_path: Path) -> None:
    outbox = outbox_with_refusals(tmp_path)

    async def scenario() -> None:
        outbox._offline_streak = 1
        for pid in REFUSALS:
            await outbox.submit(pid, "IN_WAREHOUSE", source="scan")
        outbox._offline_streak = 0
        await outbox.flush()

    asyncio.run(scenario())
    retried = shelf.retry(outbox.store, shelf.shelf(outbox.store))
    assert [i.process_id for i in retried] == ["RP-100003"]
    assert [e.process_id for e in outbox.store.pending()] == ["RP-100003"]
    assert len(outbox.store.failed()) == 3
    assert shelf.retryable_failed(outbox.store) == []


def test_an_older_outbox_file_gains_the_columns_and_keeps_its_refusals(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, process_id TEXT NOT NULL,
            status TEXT NOT NULL, previous_status TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '', created_at REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '');
        INSERT INTO entries(process_id, status, source, created_at, state, last_error)
            VALUES ('RP-1', 'IN_WAREHOUSE', 'scan', 1.0, 'failed', 'refused');
    """)
    db.commit()
    db.close()
    store = OutboxStore(path)
    [old] = store.failed()
    # Its kind of refusal is unknown, so a retry is offered; not known to be late either.
    assert (old.refusal, old.late) == ("", 0) and shelf.retryable(old)
    assert not shelf.on_shelf(old)
    store.close()
