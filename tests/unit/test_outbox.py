"""Outbox rules: durable before sending, last change wins, per-process order, failures kept."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from revdesk.api import errors
from revdesk.domain.audit import STATUS_CHANGE, AuditLog
from revdesk.domain.outbox import (
    Outbox,
    OutboxSender,
    OutboxStore,
    Result,
    audit_outcomes,
    discard_failed,
)
from revdesk.domain.outcomes import Outcome


class FakeApi:
    """A send function with a switchable failure and a record of what reached the 'server'."""

    def __init__(self) -> None:
        self.state: dict[str, str] = {}
        self.sent: list[tuple[str, str]] = []
        self.failure: errors.ApiError | None = None
        self.gates: dict[str, asyncio.Event] = {}
        #: Sends that reached the 'server' (before any gate), in order.
        self.arrived: list[tuple[str, str]] = []
        self.first_arrival = asyncio.Event()

    async def send(self, pid: str, status: str) -> None:
        self.arrived.append((pid, status))
        self.first_arrival.set()
        if pid in self.gates:
            await self.gates[pid].wait()
        if self.failure is not None:
            raise self.failure
        if pid == "RP-UNKNOWN":
            raise errors.NotFound()
        self.sent.append((pid, status))
        self.state[pid] = status


async def written(outbox: Outbox, pid: str, status: str) -> None:
    """Until the change is in the outbox file (submit writes it in a group commit, in a
    thread: not by its first yield)."""
    for _ in range(2500):
        if any((e.process_id, e.status) == (pid, status) for e in outbox.store.pending()):
            return
        await asyncio.sleep(0.002)
    raise AssertionError(f"{pid} {status} was never written")


def make(tmp_path: Path, api: FakeApi) -> Outbox:
    return Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), api.send, base_delay=0.001,
                  max_delay=0.01, rng=random.Random(3))


def test_delivered_change_leaves_nothing_pending(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    result = asyncio.run(outbox.submit("RP-1", "IN_WAREHOUSE", previous_status="COLLECTED"))
    assert result.outcome is Outcome.DELIVERED
    assert api.state == {"RP-1": "IN_WAREHOUSE"}
    assert outbox.counts == {"pending": 0, "failed": 0}


def test_refusal_for_good_goes_to_failed_with_the_reason(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    result = asyncio.run(outbox.submit("RP-UNKNOWN", "IN_WAREHOUSE"))
    assert result.outcome is Outcome.FAILED
    [failed] = outbox.store.failed()
    assert "does not know" in failed.last_error
    assert outbox.counts["pending"] == 0


def test_offline_changes_are_queued_then_delivered_in_order(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)

    async def scenario() -> list[Result]:
        api.failure = errors.NetworkUnreachable()
        results = [await outbox.submit(f"RP-{i}", "IN_WAREHOUSE") for i in range(5)]
        assert outbox.offline and outbox.counts["pending"] == 5
        api.failure = None
        runner = asyncio.create_task(outbox.run(idle_poll=0.01))
        while outbox.counts["pending"]:  # noqa: ASYNC110 -- polls a store, not an event
            await asyncio.sleep(0.005)
        runner.cancel()
        return results

    results = asyncio.run(scenario())
    assert {r.outcome for r in results} == {Outcome.QUEUED}
    assert api.sent == [(f"RP-{i}", "IN_WAREHOUSE") for i in range(5)]
    assert not outbox.offline


def test_a_later_change_supersedes_an_undelivered_one(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    seen: list[Result] = []
    outbox.result.connect(seen.append)

    async def scenario() -> dict[str, int]:
        api.failure = errors.ServerError()
        await outbox.submit("RP-1", "COLLECTED")
        await outbox.submit("RP-1", "IN_WAREHOUSE")
        api.failure = None
        return await outbox.flush()

    tally = asyncio.run(scenario())
    assert api.sent == [("RP-1", "IN_WAREHOUSE")]
    assert tally["delivered"] == 1
    assert [r.outcome for r in seen].count(Outcome.SUPERSEDED) == 1


def test_changes_to_one_process_are_never_reordered(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)

    async def scenario() -> None:
        api.gates["RP-1"] = asyncio.Event()
        first = asyncio.create_task(outbox.submit("RP-1", "COLLECTED"))
        await api.first_arrival.wait()  # the first send is on the wire, held at the gate
        second = asyncio.create_task(outbox.submit("RP-1", "IN_WAREHOUSE"))
        other = await outbox.submit("RP-2", "IN_WAREHOUSE")  # another process is not held up
        assert other.outcome is Outcome.DELIVERED
        api.gates["RP-1"].set()
        await asyncio.gather(first, second)

    asyncio.run(scenario())
    assert [s for s in api.sent if s[0] == "RP-1"] == [("RP-1", "COLLECTED"), ("RP-1", "IN_WAREHOUSE")]
    assert api.state["RP-1"] == "IN_WAREHOUSE"


def test_pending_changes_survive_a_restart(tmp_path: Path) -> None:
    api = FakeApi()
    api.failure = errors.RequestTimeout()
    outbox = make(tmp_path, api)
    asyncio.run(outbox.submit("RP-7", "IN_WAREHOUSE", previous_status="COLLECTED", source="scan"))
    outbox.store.close()

    api.failure = None
    reopened = make(tmp_path, api)
    [entry] = reopened.store.pending()
    assert (entry.process_id, entry.status, entry.previous_status, entry.source) == (
        "RP-7", "IN_WAREHOUSE", "COLLECTED", "scan")
    assert asyncio.run(reopened.flush())["delivered"] == 1
    assert api.state == {"RP-7": "IN_WAREHOUSE"}


@pytest.mark.parametrize("error", [errors.RateLimited(), errors.ServerError(), errors.MalformedAnswer()])
def test_transient_errors_stay_pending(tmp_path: Path, error: errors.ApiError) -> None:
    api = FakeApi()
    api.failure = error
    outbox = make(tmp_path, api)
    assert asyncio.run(outbox.submit("RP-1", "CREATED")).outcome is Outcome.QUEUED
    assert outbox.counts == {"pending": 1, "failed": 0}


def test_failed_entries_can_be_retried(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    api.failure = errors.AuthError()
    asyncio.run(outbox.submit("RP-1", "CREATED"))
    assert outbox.counts["failed"] == 1
    api.failure = None
    assert outbox.store.retry_failed() == 1
    assert asyncio.run(outbox.flush())["delivered"] == 1


def test_rate_limited_is_not_offline(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    api.failure = errors.RateLimited(retry_after=0.5)

    async def go() -> tuple[Result, Result]:
        first = await outbox.submit("RP-1", "CREATED")
        api.failure = None
        # Not answered "queued" at once, as it would be offline: REVER is there.
        return first, await outbox.submit("RP-2", "CREATED")

    first, second = asyncio.run(go())
    assert first.outcome is Outcome.QUEUED and not outbox.offline
    assert second.outcome is Outcome.DELIVERED
    [entry] = outbox.store.pending()
    assert entry.process_id == "RP-1" and entry.next_attempt_at > 0  # waits out Retry-After


def test_sender_hands_a_rate_limit_back_and_keeps_no_copy(tmp_path: Path) -> None:
    api = FakeApi()
    sender = OutboxSender(make(tmp_path, api))
    api.failure = errors.RateLimited(retry_after=0.1)
    with pytest.raises(errors.RateLimited):
        asyncio.run(sender.send("RP-1", "CREATED", source="bulk"))
    # The caller (a bulk change) retries on its own: the outbox must not send it a second time.
    assert sender.outbox.counts == {"pending": 0, "failed": 0}
    api.failure = errors.NetworkUnreachable()
    assert asyncio.run(sender.send("RP-1", "CREATED")).outcome is Outcome.QUEUED
    assert sender.outbox.counts["pending"] == 1


def test_a_rate_limited_scan_stays_queued_for_the_delivery_loop(tmp_path: Path) -> None:
    """Only a caller that paces itself (the bulk job) gets a rate limit back; a scan that
    got one was reported "NOT sent" and dropped while the header counted it queued."""
    api = FakeApi()
    sender = OutboxSender(make(tmp_path, api))
    api.failure = errors.RateLimited(retry_after=0.01)
    assert asyncio.run(sender.send("RP-1", "IN_WAREHOUSE", source="scan")).outcome is Outcome.QUEUED
    [entry] = sender.outbox.store.pending()
    assert (entry.process_id, entry.status, entry.source) == ("RP-1", "IN_WAREHOUSE", "scan")
    api.failure = None
    assert asyncio.run(sender.outbox.flush())["delivered"] == 1
    assert api.state == {"RP-1": "IN_WAREHOUSE"}


def test_wake_sends_now_whatever_the_backoff_said(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = Outbox(OutboxStore(tmp_path / "o.sqlite3"), api.send, base_delay=60, max_delay=60)
    api.failure = errors.NetworkUnreachable()

    async def go() -> None:
        assert (await outbox.submit("RP-1", "CREATED")).outcome is Outcome.QUEUED
        api.failure = None
        runner = asyncio.ensure_future(outbox.run(idle_poll=30))
        try:
            await asyncio.sleep(0.05)
            assert api.sent == []  # the backoff (30-60 s) is not over
            outbox.wake()
            for _ in range(200):
                if api.sent:
                    break
                await asyncio.sleep(0.01)
        finally:
            runner.cancel()

    asyncio.run(go())
    assert api.sent == [("RP-1", "CREATED")] and outbox.counts["pending"] == 0


def test_an_unsubscribed_listener_hears_nothing_more(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    heard: list[str] = []

    def listener(result: Result) -> None:
        heard.append(result.entry.process_id)

    outbox.result.connect(listener)
    asyncio.run(outbox.submit("RP-1", "CREATED"))
    outbox.result.disconnect(listener)
    outbox.result.disconnect(listener)  # twice (a view closed twice) is harmless
    asyncio.run(outbox.submit("RP-2", "CREATED"))
    assert heard == ["RP-1"]


def test_a_listener_may_unsubscribe_itself_while_told(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    heard: list[str] = []

    def once(result: Result) -> None:
        heard.append("once")
        outbox.result.disconnect(once)

    outbox.result.connect(once)
    outbox.result.connect(lambda result: heard.append("always"))
    asyncio.run(outbox.submit("RP-1", "CREATED"))
    asyncio.run(outbox.submit("RP-2", "CREATED"))
    assert heard == ["once", "always", "always"]


def test_discarding_failed_changes_is_recorded_in_the_audit_log(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    audit = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="ana")
    asyncio.run(outbox.submit("RP-UNKNOWN", "IN_WAREHOUSE", previous_status="COLLECTED",
                              source="scan"))
    asyncio.run(outbox.submit("RP-2", "CREATED"))
    [refused] = outbox.store.failed()
    assert [e.id for e in discard_failed(outbox.store, audit)] == [refused.id]
    assert outbox.counts == {"pending": 0, "failed": 0}
    [event] = audit.events(result="discarded")
    assert (event.process_id, event.old_value, event.new_value) == (
        "RP-UNKNOWN", "COLLECTED", "IN_WAREHOUSE")
    assert "does not know" in event.detail and event.operator == "ana"


def test_discarding_only_the_entries_seen_keeps_a_later_refusal(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)
    asyncio.run(outbox.submit("RP-UNKNOWN", "IN_WAREHOUSE"))
    [seen] = outbox.store.failed()
    api.failure = errors.AuthError()
    asyncio.run(outbox.submit("RP-3", "CREATED"))  # refused after the lead looked
    assert outbox.store.discard_failed([seen.id]) == 1
    assert [e.process_id for e in outbox.store.failed()] == ["RP-3"]
    api.failure = None
    asyncio.run(outbox.submit("RP-UNKNOWN", "CREATED"))
    shown = outbox.store.failed()
    api.failure = errors.NotFound()
    asyncio.run(outbox.submit("RP-5", "CREATED"))  # refused while the lead was asked
    assert [e.process_id for e in discard_failed(outbox.store, entries=shown)] == [
        "RP-3", "RP-UNKNOWN"]
    assert [e.process_id for e in outbox.store.failed()] == ["RP-5"]


def test_an_older_change_retried_after_a_newer_one_is_dropped(tmp_path: Path) -> None:
    """Change A is in flight when B (same return) is scanned, so B cannot supersede it; A then
    fails for now and B goes through. A retried later would undo B: it must be dropped."""
    sent: list[tuple[str, str]] = []
    release = asyncio.Event()

    tries: list[str] = []

    on_wire = asyncio.Event()

    async def send(pid: str, status: str) -> None:
        tries.append(status)
        on_wire.set()
        if tries == ["COLLECTED"]:  # A's first try: held in flight, then a network failure
            await release.wait()
            raise errors.NetworkUnreachable()
        sent.append((pid, status))

    outbox = Outbox(OutboxStore(tmp_path / "o.sqlite3"), send, base_delay=0.001, max_delay=0.01)
    seen: list[Result] = []
    outbox.result.connect(seen.append)

    async def go() -> tuple[Result, Result]:
        a = asyncio.ensure_future(outbox.submit("RP-1", "COLLECTED"))
        await on_wire.wait()
        b = asyncio.ensure_future(outbox.submit("RP-1", "IN_WAREHOUSE"))
        await written(outbox, "RP-1", "IN_WAREHOUSE")
        release.set()
        first, second = await a, await b
        await outbox.flush()  # what the delivery loop would do next
        return first, second

    first, second = asyncio.run(go())
    assert first.outcome is Outcome.QUEUED and second.outcome is Outcome.DELIVERED
    assert sent == [("RP-1", "IN_WAREHOUSE")]
    assert outbox.counts == {"pending": 0, "failed": 0}
    assert [r.outcome for r in seen if r.entry.id == first.entry.id][-1] is Outcome.SUPERSEDED


def test_a_refused_change_retried_after_a_newer_one_was_confirmed_is_dropped(
        tmp_path: Path) -> None:
    """COLLECTED is refused (a bad key, say); IN_WAREHOUSE goes through once the key is
    fixed. The lead's "Retry refused" must not then send COLLECTED over it."""
    api = FakeApi()
    outbox = make(tmp_path, api)
    seen: list[Result] = []
    outbox.result.connect(seen.append)
    api.failure = errors.AuthError()
    refused = asyncio.run(outbox.submit("RP-1", "COLLECTED"))
    assert refused.outcome is Outcome.FAILED
    api.failure = None
    assert asyncio.run(outbox.submit("RP-1", "IN_WAREHOUSE")).outcome is Outcome.DELIVERED
    assert outbox.counts == {"pending": 0, "failed": 0}
    assert outbox.store.retry_failed() == 0
    asyncio.run(outbox.flush())
    assert api.state == {"RP-1": "IN_WAREHOUSE"}
    assert [r.outcome for r in seen if r.entry.id == refused.entry.id] == [
        Outcome.FAILED, Outcome.SUPERSEDED]


def test_the_delivery_loop_outlives_a_fault_of_its_file(tmp_path: Path) -> None:
    """The file refusing a write (locked past SQLite's timeout, a full disk) is logged and
    tried again: the loop that stopped would leave every later change unsent."""

    class LockedOnce(OutboxStore):
        locked = True

        def postpone(self, entry_id: int, reason: str, until: float) -> None:
            if self.locked:
                self.locked = False
                raise sqlite3.OperationalError("database is locked")
            super().postpone(entry_id, reason, until)

    api = FakeApi()
    store = LockedOnce(tmp_path / "o.sqlite3")
    outbox = Outbox(store, api.send, base_delay=0.001, max_delay=0.01)

    async def go() -> None:
        api.failure = errors.NetworkUnreachable()
        store.add("RP-1", "IN_WAREHOUSE")
        loop = asyncio.ensure_future(outbox.run(idle_poll=0.01))
        for _ in range(500):
            await asyncio.sleep(0.002)
            if not store.locked:
                break
        api.failure = None
        store.add("RP-2", "IN_WAREHOUSE")
        outbox.wake()
        for _ in range(500):
            await asyncio.sleep(0.002)
            if len(api.state) == 2:
                break
        assert not loop.done()
        loop.cancel()

    asyncio.run(go())
    assert not store.locked
    assert api.state == {"RP-1": "IN_WAREHOUSE", "RP-2": "IN_WAREHOUSE"}


# -- several processes on one file: each store below stands for a process of its own ------


def two_processes(tmp_path: Path, api: FakeApi, *, lease: float = 15.0,
                  claim_wait: float = 5.0) -> tuple[Outbox, Outbox]:
    path = tmp_path / "outbox.sqlite3"
    return tuple(  # type: ignore[return-value]
        Outbox(OutboxStore(path, lease=lease), api.send, base_delay=0.001, max_delay=0.01,
               claim_wait=claim_wait) for _ in range(2))


def told(*outboxes: Outbox) -> list[Result]:
    seen: list[Result] = []
    for outbox in outboxes:
        outbox.result.connect(seen.append)
    return seen


def test_an_entry_another_process_sends_is_not_sent_again(tmp_path: Path) -> None:
    api = FakeApi()
    window, cli = two_processes(tmp_path, api, claim_wait=0.05)

    async def go() -> dict[str, int]:
        api.gates["RP-1"] = asyncio.Event()
        sending = asyncio.ensure_future(window.submit("RP-1", "COLLECTED"))
        await api.first_arrival.wait()  # on the wire, held
        tally = await cli.flush()
        assert cli.store.sending_elsewhere() == 1
        api.gates["RP-1"].set()
        assert (await sending).outcome is Outcome.DELIVERED
        return tally

    tally = asyncio.run(go())
    assert tally["elsewhere"] == 1 and tally["delivered"] == 0
    assert api.sent == [("RP-1", "COLLECTED")]


def test_a_newer_change_in_another_process_is_sent_after_the_one_in_flight(
        tmp_path: Path) -> None:
    api = FakeApi()
    window, cli = two_processes(tmp_path, api)
    seen = told(window, cli)

    async def go() -> tuple[Result, Result]:
        api.gates["RP-1"] = asyncio.Event()
        older = asyncio.ensure_future(window.submit("RP-1", "COLLECTED"))
        await api.first_arrival.wait()
        newer = asyncio.ensure_future(cli.submit("RP-1", "IN_WAREHOUSE"))
        await written(cli, "RP-1", "IN_WAREHOUSE")
        await asyncio.sleep(0.1)
        assert api.sent == []  # the newer one waits for the older one's answer
        api.gates["RP-1"].set()
        return await older, await newer

    older, newer = asyncio.run(go())
    assert (older.outcome, newer.outcome) == (Outcome.DELIVERED, Outcome.DELIVERED)
    assert api.sent == [("RP-1", "COLLECTED"), ("RP-1", "IN_WAREHOUSE")]
    assert sorted((r.entry.status, r.outcome.value) for r in seen) == [
        ("COLLECTED", "delivered"), ("IN_WAREHOUSE", "delivered")]  # each told once


def test_a_change_waiting_its_turn_is_superseded_by_a_newer_one(tmp_path: Path) -> None:
    """B waits behind A (in flight elsewhere); C comes: B is dropped unsent, C sent after A."""
    api = FakeApi()
    window, cli = two_processes(tmp_path, api)
    seen = told(window, cli)

    async def go() -> list[Result]:
        api.gates["RP-1"] = asyncio.Event()
        a = asyncio.ensure_future(window.submit("RP-1", "COLLECTED"))
        await api.first_arrival.wait()
        b = asyncio.ensure_future(cli.submit("RP-1", "ERROR"))
        await written(cli, "RP-1", "ERROR")
        await asyncio.sleep(0.05)
        c = asyncio.ensure_future(window.submit("RP-1", "IN_WAREHOUSE"))
        await written(window, "RP-1", "IN_WAREHOUSE")
        await asyncio.sleep(0.05)
        api.gates["RP-1"].set()
        return list(await asyncio.gather(a, b, c))

    a, b, c = asyncio.run(go())
    assert (a.outcome, b.outcome, c.outcome) == (
        Outcome.DELIVERED, Outcome.SUPERSEDED, Outcome.DELIVERED)
    assert api.sent == [("RP-1", "COLLECTED"), ("RP-1", "IN_WAREHOUSE")]
    assert sorted((r.entry.status, r.outcome.value) for r in seen) == [
        ("COLLECTED", "delivered"), ("ERROR", "superseded"), ("IN_WAREHOUSE", "delivered")]


def test_a_claim_is_renewed_while_its_send_runs(tmp_path: Path) -> None:
    api = FakeApi()
    window, cli = two_processes(tmp_path, api, lease=0.15, claim_wait=0.01)

    async def go() -> dict[str, int]:
        api.gates["RP-1"] = asyncio.Event()
        sending = asyncio.ensure_future(window.submit("RP-1", "COLLECTED"))
        await asyncio.sleep(0.5)  # three leases long: renewed all along
        tally = await cli.flush()
        api.gates["RP-1"].set()
        await sending
        return tally

    assert asyncio.run(go())["elsewhere"] == 1
    assert api.sent == [("RP-1", "COLLECTED")]


def test_the_claim_of_a_killed_process_lapses_and_its_change_is_sent(tmp_path: Path) -> None:
    api = FakeApi()
    path = tmp_path / "outbox.sqlite3"
    dead = OutboxStore(path, lease=0.2)
    dead.add("RP-1", "COLLECTED", claim=True)  # claimed, then the process died: no renewal
    dead.add("RP-2", "COLLECTED", claim=True)
    dead.close()
    cli = Outbox(OutboxStore(path, lease=0.2), api.send, claim_wait=0.01)
    window = Outbox(OutboxStore(path, lease=0.2), api.send, claim_wait=5)
    seen = told(cli, window)

    async def go() -> tuple[dict[str, int], dict[str, int], Result]:
        early = await cli.flush()  # the lease still runs: not sent, not pending-for-ever
        newer = await window.submit("RP-2", "IN_WAREHOUSE")  # waits for the lapse
        late = await cli.flush()
        return early, late, newer

    early, late, newer = asyncio.run(go())
    assert early["elsewhere"] == 2 and early["delivered"] == 0
    assert newer.outcome is Outcome.DELIVERED and late["delivered"] == 1
    assert sorted(api.sent) == [("RP-1", "COLLECTED"), ("RP-2", "IN_WAREHOUSE")]
    assert sorted((r.entry.process_id, r.entry.status, r.outcome.value) for r in seen) == [
        ("RP-1", "COLLECTED", "delivered"), ("RP-2", "COLLECTED", "superseded"),
        ("RP-2", "IN_WAREHOUSE", "delivered")]


OLD_SCHEMA = """
CREATE TABLE entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    process_id TEXT NOT NULL,
    status TEXT NOT NULL,
    previous_status TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entries_state ON entries(state, id);
CREATE INDEX entries_process ON entries(process_id, state);
INSERT INTO entries(process_id, status, source, created_at, attempts, last_error)
    VALUES ('RP-7', 'IN_WAREHOUSE', 'scan', 1.0, 2, 'No connection');
"""


def test_an_outbox_file_of_the_previous_version_keeps_its_queue(tmp_path: Path) -> None:
    """A station upgraded mid-shift: the file is altered in place, nothing is dropped."""
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(OLD_SCHEMA)
    old.close()
    api = FakeApi()
    outbox = Outbox(OutboxStore(path), api.send)
    [entry] = outbox.store.pending()
    assert (entry.process_id, entry.status, entry.attempts, entry.claimed_by) == (
        "RP-7", "IN_WAREHOUSE", 2, "")
    OutboxStore(path).close()  # a second process opening it: already upgraded
    assert asyncio.run(outbox.flush())["delivered"] == 1
    assert api.state == {"RP-7": "IN_WAREHOUSE"}


def test_only_a_claim_skips_the_fsync_and_a_drop_never_does(tmp_path: Path) -> None:
    store = OutboxStore(tmp_path / "outbox.sqlite3")
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)

    def synced(step: object) -> bool:
        """Whether the last write just run was committed with synchronous=FULL."""
        mode, at_write = "FULL", "FULL"
        for statement in statements:
            if statement.startswith("PRAGMA synchronous="):
                mode = statement.split("=")[1]
            elif statement == "COMMIT" or statement.startswith("UPDATE"):
                at_write = mode
        statements.clear()
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
        return at_write == "FULL"

    first, _ = store.add("RP-1", "IN_WAREHOUSE")
    assert synced("add")  # a change kept is on disk before anything is sent
    assert store.start(first.id).entry is not None
    assert not synced("claim")  # a claim lost at a power cut is a lapsed claim
    store.release(first.id)
    assert not synced("release")
    assert store.settle(first)[0]
    assert synced("settle")

    older, _ = store.add("RP-2", "COLLECTED")
    store.add("RP-2", "IN_WAREHOUSE", busy=frozenset({older.id}))
    statements.clear()
    assert store.start(older.id).superseded  # dropped: recorded once, so kept durably
    assert synced("drop")
    store.close()


def test_closing_stops_the_claim_renewal_so_no_task_is_left_pending(tmp_path: Path) -> None:
    api = FakeApi()
    outbox = make(tmp_path, api)

    async def scenario() -> asyncio.Task[None] | None:
        api.gates["RP-1"] = asyncio.Event()
        sending = asyncio.ensure_future(outbox.submit("RP-1", "IN_WAREHOUSE"))
        await api.first_arrival.wait()  # held at REVER: the claim is being renewed meanwhile
        renewer = outbox._renewer
        assert renewer is not None and not renewer.done()
        api.gates["RP-1"].set()
        await sending
        await outbox.aclose()
        return renewer

    renewer = asyncio.run(scenario())
    assert renewer is not None and renewer.cancelled()  # not left asleep for the loop's end
    outbox.store.close()


class SlowCommitStore(OutboxStore):
    """A store whose group commits return late (a slow disk): what they wrote is in the file
    well before the coroutines that asked for it go on."""

    commits = 0
    pause = 0.02

    def together(self, ops: Sequence[Callable[[sqlite3.Connection, float], object]]
                 ) -> list[object]:
        results = super().together(ops)
        self.commits += 1
        time.sleep(self.pause)
        return results


def test_group_commit_writes_many_changes_at_once_and_sends_each_once(tmp_path: Path) -> None:
    """Concurrent changes share commits (one fsync for many), and the delivery loop, which
    may read a new entry from the file before its submit goes on, never sends it too."""
    api = FakeApi()
    store = SlowCommitStore(tmp_path / "outbox.sqlite3")
    outbox = Outbox(store, api.send, base_delay=0.001, max_delay=0.01, rng=random.Random(3))
    pids = [f"RP-{i}" for i in range(40)]

    async def scenario() -> list[Result]:
        delivery = asyncio.create_task(outbox.run(idle_poll=0.001))
        try:
            return await asyncio.gather(*(outbox.submit(p, "IN_WAREHOUSE") for p in pids))
        finally:
            delivery.cancel()
            await outbox.aclose()

    results = asyncio.run(scenario())
    assert [r.outcome for r in results] == [Outcome.DELIVERED] * len(pids)
    assert sorted(api.arrived) == sorted((p, "IN_WAREHOUSE") for p in pids)  # each once
    assert store.commits < len(pids)  # 40 adds and 40 settles in far fewer commits
    assert store.counts() == {"pending": 0, "failed": 0}


def test_a_newer_change_sent_while_the_older_ones_confirmation_commits(tmp_path: Path) -> None:
    """The older change is confirmed and settled in the file; before its sender goes on, the
    newer change's turn comes and it goes out. Both end well, in order (once this crashed
    the older sender with a KeyError: the newer one had taken its place in flight)."""
    api = FakeApi()
    store = SlowCommitStore(tmp_path / "outbox.sqlite3")
    store.pause = 0.4  # longer than a waiting change's poll (POLL_MAX_S)
    outbox = Outbox(store, api.send, base_delay=0.001, max_delay=0.01, rng=random.Random(3))

    async def scenario() -> list[Result]:
        api.gates["RP-1"] = asyncio.Event()
        first = asyncio.create_task(outbox.submit("RP-1", "COLLECTED"))
        await api.first_arrival.wait()
        second = asyncio.create_task(outbox.submit("RP-1", "IN_WAREHOUSE"))
        await asyncio.sleep(0.5)  # written, and waiting for the first
        api.gates["RP-1"].set()
        try:
            return await asyncio.gather(first, second)
        finally:
            await outbox.aclose()

    results = asyncio.run(scenario())
    assert [r.outcome for r in results] == [Outcome.DELIVERED, Outcome.DELIVERED]
    assert api.sent == [("RP-1", "COLLECTED"), ("RP-1", "IN_WAREHOUSE")]
    assert store.counts() == {"pending": 0, "failed": 0}


def test_a_change_by_another_process_is_seen_and_ones_own_are_not(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    window, cli = OutboxStore(path), OutboxStore(path)
    try:
        assert not window.changed_elsewhere()
        window.add("RP-1", "IN_WAREHOUSE")  # its own change: nothing to read again
        assert not window.changed_elsewhere()
        cli.add("RP-2", "ERROR")
        assert window.changed_elsewhere()
        assert not window.changed_elsewhere()  # told once per change
        entry = cli.pending()[0]
        cli.settle(entry)
        assert window.changed_elsewhere()
    finally:
        window.close()
        cli.close()


def test_a_refused_change_dropped_by_a_newer_one_is_recorded_once(tmp_path: Path) -> None:
    """Refused (recorded as failed), then dropped when a newer change of its return is
    confirmed: its final outcome stays the one recorded, not a second "superseded"."""
    api = FakeApi()
    outbox = make(tmp_path, api)
    audit = AuditLog(tmp_path / "audit.sqlite3")
    audit_outcomes(outbox, audit)

    async def scenario() -> None:
        api.failure = errors.InvalidArgument("the return was cancelled")
        await outbox.submit("RP-1", "IN_WAREHOUSE")
        api.failure = None
        await outbox.submit("RP-1", "ERROR")

    asyncio.run(scenario())
    finals = [(e.new_value, e.result) for e in audit.events(action=STATUS_CHANGE)]
    audit.close()
    assert finals == [("IN_WAREHOUSE", "failed"), ("ERROR", "delivered")]
    assert outbox.counts == {"pending": 0, "failed": 0}
