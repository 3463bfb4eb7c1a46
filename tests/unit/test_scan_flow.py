"""The scan path keeps pace and loses nothing: the scan journal (durable at the keypress,
left only with the change in the outbox or a final outcome, applied again at the next
start), overlapping checks that keep the outbox's order and the order results are told,
and a person's later change of a return winning over an earlier scan. In-memory REVER with
gates (a test opens each REVER answer), a real outbox file, plain asyncio."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import time
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, TypeVar

from fake_admin import FakeAdmin, make_process

from revdesk.domain.outbox import _HOST, Outbox, OutboxSender, OutboxStore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scan_journal import MAX_REPLAY_AGE_S, ScanJournal
from revdesk.domain.scanning import ScanResult, Severity
from revdesk.domain.station import CHECKS_AT_ONCE, ScanPipeline
from revdesk.domain.status import NewerChange, StatusService

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())


class GatedAdmin(FakeAdmin):
    """REVER that answers a call only once the test opens its gate (``open(name, pid)``);
    calls without a closed gate answer at once."""

    def __init__(self, processes: list[Any]) -> None:
        super().__init__(processes)
        self.gates: dict[tuple[str, str], asyncio.Event] = {}
        self.log: list[str] = []
        #: Called as each call is asked, before anything else (what the file holds then).
        self.on_ask: Any = None

    def close(self, name: str, pid: str) -> None:
        self.gates[(name, pid)] = asyncio.Event()

    def open(self, name: str, pid: str) -> None:
        self.gates[(name, pid)].set()

    async def _enter(self, name: str, *args: str) -> None:
        if self.on_ask is not None:
            self.on_ask()
        self.log.append(f"{name} {args[0] if args else ''} asked")
        gate = self.gates.get((name, args[0] if args else ""))
        if gate is not None:
            await gate.wait()
        await super()._enter(name, *args)
        self.log.append(f"{name} {args[0] if args else ''} answered")


def outbox_station(tmp_path: Path, *pids: str, status: str = "COLLECTED"
                   ) -> tuple[GatedAdmin, ScanPipeline, Outbox, ScanJournal]:
    client = GatedAdmin([make_process(p, status) for p in pids])
    store = OutboxStore(tmp_path / "outbox.sqlite3")
    outbox = Outbox(store, client.set_shipping_status)
    journal = ScanJournal(store, outbox.write)  # as the station core builds it
    pipeline = ScanPipeline(client, StatusService(OutboxSender(outbox)), journal=journal)
    return client, pipeline, outbox, journal


def rows_in_file(path: Path) -> list[tuple[Any, ...]]:
    """The journal as another process reads it (what a kill -9 would leave)."""
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT raw, action FROM scans ORDER BY id").fetchall()
    finally:
        db.close()


async def until(predicate: Any, limit: float = 5.0) -> None:
    deadline = time.monotonic() + limit
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.005)


# ---------------------------------------------------------------------------- the journal


def test_a_scan_is_in_the_file_while_checked_and_leaves_with_its_change(
        tmp_path: Path) -> None:
    client, pipeline, outbox, _ = outbox_station(tmp_path, "RP-100001")
    client.close("get_process", "RP-100001")
    client.close("set_shipping_status", "RP-100001")
    file = tmp_path / "outbox.sqlite3"
    in_file_when_posted: list[list[tuple[Any, ...]]] = []

    async def go() -> None:
        result = pipeline.submit("RP-100001\r")
        assert result is not None
        # Committed (another process sees it) while REVER has not answered the check.
        await until(lambda: rows_in_file(file) == [("RP-100001\r", "IN_WAREHOUSE")])
        assert client.log == ["get_process RP-100001 asked"]
        client.on_ask = lambda: in_file_when_posted.append(rows_in_file(file))
        client.open("get_process", "RP-100001")
        await until(lambda: outbox.counts["pending"] == 1)
        # The change is in the outbox, the scan no longer in the journal: one or the other,
        # from the one transaction, before the POST is sent.
        assert rows_in_file(file) == [] and in_file_when_posted == [[]]
        assert result.outcome is Outcome.PENDING  # REVER has not answered the POST yet
        client.open("set_shipping_status", "RP-100001")
        await pipeline.drain()
        assert result.outcome is Outcome.DELIVERED and outbox.counts["pending"] == 0

    run(go())


def test_a_scan_with_a_final_outcome_leaves_the_journal(tmp_path: Path) -> None:
    _, pipeline, _, journal = outbox_station(tmp_path, "RP-100001", status="IN_WAREHOUSE")

    async def go() -> list[Any]:
        results = [pipeline.submit("RP-100001"), pipeline.submit("RP-999999")]
        await pipeline.drain()
        return results

    already, unknown = run(go())
    assert already.outcome is Outcome.ALREADY and unknown.outcome is Outcome.NOT_FOUND
    assert journal.rows() == []


def test_look_ups_and_undos_are_not_journalled(tmp_path: Path) -> None:
    _, pipeline, _, journal = outbox_station(tmp_path, "RP-100001")
    client = pipeline.client
    client.close("get_process", "RP-100001")

    async def go() -> None:
        pipeline.submit("RP-100001", action="LOOKUP")
        assert journal.rows() == []
        client.open("get_process", "RP-100001")
        await pipeline.drain()

    run(go())


def dead_token() -> str:
    """A holder token of a process of this host that has ended."""
    proc = subprocess.Popen(["true"])
    proc.wait()
    return f"{_HOST}:{proc.pid}:p1:dead"


def test_the_next_start_applies_what_a_killed_process_left(tmp_path: Path) -> None:
    client, pipeline, outbox, journal = outbox_station(tmp_path, "RP-100001", "RP-100002",
                                                       "RP-100003")
    store = outbox.store
    scanned = time.time() - 60
    with store.transaction() as db:  # as a killed window left them
        db.execute("INSERT INTO scans(raw, action, scanned_at, holder) VALUES (?,?,?,?)",
                   ("RP-100001\r", "IN_WAREHOUSE", scanned, dead_token()))
        db.execute("INSERT INTO scans(raw, action, scanned_at, holder) VALUES (?,?,?,?)",
                   ("RP-100002", "ERROR", scanned + 1, ""))  # released by an orderly stop
        # A live process's scan (another window on this folder): its own, left alone.
        db.execute("INSERT INTO scans(raw, action, scanned_at, holder) VALUES (?,?,?,?)",
                   ("RP-100003", "IN_WAREHOUSE", scanned + 2,
                    OutboxStore(tmp_path / "outbox.sqlite3").token))

    async def go() -> list[ScanResult]:
        results = pipeline.recover()
        await pipeline.wait_final(results)
        await pipeline.drain()
        return results

    results = run(go())
    assert [(r.process_id, r.outcome, r.recovered) for r in results] == [
        ("RP-100001", Outcome.DELIVERED, True), ("RP-100002", Outcome.DELIVERED, True)]
    assert results[0].scanned_at == scanned
    assert client.calls_to("set_shipping_status") == [
        ("set_shipping_status", "RP-100001", "IN_WAREHOUSE"),
        ("set_shipping_status", "RP-100002", "ERROR")]
    assert [r.raw for r in journal.rows()] == ["RP-100003"]
    assert outbox.counts["pending"] == 0


def test_a_scan_left_too_long_ago_is_not_applied_but_told(tmp_path: Path) -> None:
    client, pipeline, outbox, journal = outbox_station(tmp_path, "RP-100001")
    with outbox.store.transaction() as db:
        db.execute("INSERT INTO scans(raw, action, scanned_at, holder) VALUES (?,?,?,?)",
                   ("RP-100001", "IN_WAREHOUSE", time.time() - MAX_REPLAY_AGE_S - 60, ""))
    told: list[ScanResult] = []
    pipeline.result_changed.connect(told.append)

    async def go() -> list[ScanResult]:
        results = pipeline.recover()
        await pipeline.drain()
        return results

    (result,) = run(go())
    assert result.outcome is Outcome.FAILED and result.recovered
    assert result.error is not None and "too long ago" in result.error.operator_message
    assert told == [result] and client.calls_to("set_shipping_status") == []
    assert journal.rows() == []


def test_an_orderly_stop_keeps_what_it_could_not_check(tmp_path: Path) -> None:
    client, pipeline, outbox, journal = outbox_station(tmp_path, "RP-100001", "RP-100002")
    client.close("get_process", "RP-100001")
    client.close("get_process", "RP-100002")

    async def go() -> int:
        pipeline.submit("RP-100001")
        pipeline.submit("RP-100002")
        await asyncio.sleep(0.02)
        return await pipeline.stop(grace=0.05)

    assert run(go()) == 0
    assert [e.process_id for e in outbox.store.pending()] == ["RP-100001", "RP-100002"]
    assert journal.rows() == []  # kept in the outbox, not in both


def test_old_outbox_files_gain_the_journal_and_keep_their_entries(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE entries (id INTEGER PRIMARY KEY AUTOINCREMENT, process_id TEXT NOT NULL,
            status TEXT NOT NULL, previous_status TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '', created_at REAL NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '');
        INSERT INTO entries(process_id, status, created_at) VALUES ('RP-100001', 'ERROR', 1.0);
    """)
    db.close()
    store = OutboxStore(path)
    (entry,) = store.pending()
    assert (entry.process_id, entry.made_at) == ("RP-100001", 0.0)
    journal = ScanJournal(store)
    row = journal.add("RP-100002", "IN_WAREHOUSE", scanned_at=time.time())
    assert [r.id for r in journal.rows()] == [row]


# ------------------------------------------------------------------------- keeping pace


def test_the_next_check_does_not_wait_for_the_previous_posts_answer(tmp_path: Path) -> None:
    client, pipeline, _outbox, _ = outbox_station(tmp_path, "RP-100001", "RP-100002")
    client.close("set_shipping_status", "RP-100001")  # REVER slow to answer the first POST
    told: list[tuple[str, Outcome]] = []
    pipeline.result_changed.connect(
        lambda r: told.append((r.cleaned, r.outcome)) if r.is_final else None)

    async def go() -> None:
        first, second = pipeline.submit("RP-100001"), pipeline.submit("RP-100002")
        assert first is not None and second is not None
        # The second parcel is checked and its change sent while the first waits.
        await until(lambda: second.outcome is Outcome.DELIVERED)
        assert "set_shipping_status RP-100002 answered" in client.log
        assert "set_shipping_status RP-100001 answered" not in client.log
        assert told == []  # told in scan order: the first one first
        client.open("set_shipping_status", "RP-100001")
        await pipeline.drain()

    run(go())
    assert told == [("RP-100001", Outcome.DELIVERED), ("RP-100002", Outcome.DELIVERED)]


def test_checks_overlap_but_changes_are_written_in_scan_order(tmp_path: Path) -> None:
    pids = [f"RP-10000{i}" for i in range(1, 7)]
    client, pipeline, outbox, _ = outbox_station(tmp_path, *pids)
    for pid in pids:
        client.close("get_process", pid)
    written: list[str] = []
    outbox.result.connect(lambda r: written.append(r.entry.process_id))

    async def go() -> None:
        for pid in pids:
            pipeline.submit(pid)
        await asyncio.sleep(0.05)
        asked = [line for line in client.log if line.startswith("get_process")]
        assert len(asked) == CHECKS_AT_ONCE  # a small bound on checks at once
        for pid in reversed(pids[:CHECKS_AT_ONCE]):  # REVER answers the last one first
            client.open("get_process", pid)
        await asyncio.sleep(0.05)
        for pid in pids[CHECKS_AT_ONCE:]:
            client.open("get_process", pid)
        await pipeline.drain()

    run(go())
    posts = [c[1] for c in client.calls_to("set_shipping_status")]
    assert written == pids and posts == pids
    assert pipeline.pending == 0


def test_two_scans_of_one_parcel_are_checked_one_after_the_other(tmp_path: Path) -> None:
    client, pipeline, _, _ = outbox_station(tmp_path, "RP-100001")

    async def go() -> list[Any]:
        results = [pipeline.submit("RP-100001"), pipeline.submit("rp-100001\r")]
        await pipeline.drain()
        return results

    first, second = run(go())
    assert first.outcome is Outcome.DELIVERED
    assert second.outcome is Outcome.ALREADY  # checked after the first was confirmed
    assert len(client.calls_to("set_shipping_status")) == 1


def test_an_undo_waits_for_the_scans_before_it(tmp_path: Path) -> None:
    client, pipeline, _, _ = outbox_station(tmp_path, "RP-100001", "RP-100002")
    client.close("get_process", "RP-100002")

    async def go() -> ScanResult:
        pipeline.submit("RP-100001")
        pipeline.submit("RP-100002")
        undo = pipeline.undo_last()
        assert undo is not None
        await asyncio.sleep(0.05)
        assert undo.outcome is Outcome.PENDING  # the second scan is still being checked
        client.open("get_process", "RP-100002")
        await pipeline.drain()
        return undo

    undo = run(go())
    assert undo.outcome is Outcome.UNDONE and undo.undo_of is not None
    assert undo.undo_of.process_id == "RP-100002"  # the latest scan, not the first
    assert client.processes["RP-100002"].shipping_status == "COLLECTED"


# ------------------------------------------------------------- ordered by when people acted


def test_a_change_made_after_the_scan_is_not_overwritten(tmp_path: Path) -> None:
    client, pipeline, outbox, journal = outbox_station(tmp_path, "RP-100298")
    client.close("get_process", "RP-100298")
    terminal = OutboxStore(tmp_path / "outbox.sqlite3")  # `revdesk status set`, elsewhere

    async def go() -> ScanResult:
        result = pipeline.submit("RP-100298")
        assert result is not None
        await asyncio.sleep(0.02)
        terminal.add("RP-100298", "ERROR", source="cli")  # after the scan's keypress
        client.open("get_process", "RP-100298")
        await pipeline.drain()
        return result

    result = run(go())
    assert result.outcome is Outcome.SUPERSEDED and result.severity is Severity.NOTICE
    assert isinstance(result.error, NewerChange)
    assert result.error.operator_message == (
        "RP-100298 was set to ERROR at the terminal after this scan: not changed")
    assert client.calls_to("set_shipping_status") == []
    assert [(e.status, e.source) for e in outbox.store.pending()] == [("ERROR", "cli")]
    assert journal.rows() == []


def test_a_change_made_before_the_scan_is_overwritten_by_it(tmp_path: Path) -> None:
    client, pipeline, _outbox, _ = outbox_station(tmp_path, "RP-100298")
    terminal = OutboxStore(tmp_path / "outbox.sqlite3")
    terminal.add("RP-100298", "ERROR", source="cli")
    terminal.fail(terminal.pending()[0].id, "refused")  # and one REVER refused, even later

    async def go() -> ScanResult:
        result = pipeline.submit("RP-100298")
        await pipeline.drain()
        assert result is not None
        return result

    result = run(go())
    assert result.outcome is Outcome.DELIVERED
    assert client.processes["RP-100298"].shipping_status == "IN_WAREHOUSE"


def test_a_refused_later_change_does_not_hold_back_the_scan(tmp_path: Path) -> None:
    client, pipeline, _, _ = outbox_station(tmp_path, "RP-100298")
    client.close("get_process", "RP-100298")
    terminal = OutboxStore(tmp_path / "outbox.sqlite3")

    async def go() -> ScanResult:
        result = pipeline.submit("RP-100298")
        await asyncio.sleep(0.02)
        entry, _ = terminal.add("RP-100298", "ERROR", source="cli")
        terminal.fail(entry.id, "REVER refused it")  # it never happened at REVER
        client.open("get_process", "RP-100298")
        await pipeline.drain()
        assert result is not None
        return result

    assert run(go()).outcome is Outcome.DELIVERED


# ------------------------------------------------------------------------- at the start


def test_the_start_tells_and_records_the_scans_it_could_not_apply(tmp_path: Path) -> None:
    """A station core (the embedded sandbox) finds a killed window's scans: the one it can
    apply is sent; an unknown return and a scan from two days ago are not, and the
    operator is told which parcels to look at, the audit log why."""
    from revdesk.config import data_dir
    from revdesk.core import StationCore
    from revdesk.domain.audit import STATUS_CHANGE
    from revdesk.domain.outbox import OUTBOX_FILE

    store = OutboxStore(data_dir() / OUTBOX_FILE)
    now = time.time()
    with store.transaction() as db:
        for raw, at in (("RP-100001", now - 30), ("RP-999999", now - 20),
                        ("RP-100002", now - 2 * 86400)):
            db.execute("INSERT INTO scans(raw, action, scanned_at, holder) VALUES (?,?,?,?)",
                       (raw, "ERROR", at, dead_token()))
    store.close()

    async def start() -> tuple[list[Any], list[str], list[Any]]:
        core = StationCore()
        core.start()
        try:
            assert core.recovery is not None
            await asyncio.wait_for(core.recovery, 30)
            events = [(e.process_id, e.new_value, e.result, e.detail)
                      for e in core.audit.events(action=STATUS_CHANGE)]
            told = [(r.process_id or r.cleaned, r.outcome) for r in core.pipeline.recent]
            return told, [w.operator_message for w in core.warnings], events
        finally:
            await core.aclose()

    told, warnings, events = run(start())
    assert told == [("RP-100001", Outcome.DELIVERED), ("RP-999999", Outcome.NOT_FOUND),
                    ("RP-100002", Outcome.FAILED)]  # in scan order
    (warning,) = warnings
    assert warning.startswith("2 scans made before the station stopped unexpectedly could "
                              "not be applied: RP-999999, RP-100002.")
    assert ("RP-100001", "ERROR", "delivered", "scan") in events
    failed = sorted((e[0], e[3]) for e in events if e[2] == "failed")
    assert [pid for pid, _ in failed] == ["RP-100002", "RP-999999"]  # each once
    assert failed[0][1].startswith("scan (left when the station stopped): not applied: "
                                   "Scanned at ")
    assert "too long ago" in failed[0][1]
    # Sent (the POST decides an unknown read), refused: the outbox recorded it, once.
    assert failed[1][1] == "scan: Not found: REVER does not know this return."
