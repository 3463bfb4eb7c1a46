"""The shift count, read from the audit log: parcels whose scan REVER confirmed, less the
ones undone; refused, superseded and discarded changes never count; what any process wrote
counts; and when the shift starts (midnight, the sign-in, by hand)."""

from __future__ import annotations

import asyncio
import random
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

from revdesk.api import errors
from revdesk.domain.audit import (
    DELIVERED,
    DISCARDED,
    FAILED,
    STATUS_CHANGE,
    SUPERSEDED,
    AuditLog,
)
from revdesk.domain.outbox import Outbox, OutboxStore, audit_outcomes
from revdesk.domain.outcomes import Outcome
from revdesk.domain.shift import (
    FROM_DAY,
    FROM_SIGN_IN,
    Shift,
    count_since,
    day_start,
    shift_start,
)


def at(hour: int, minute: int = 0, day: int = 23) -> float:
    return datetime(2026, 11, day, hour, minute).timestamp()


def change(log: AuditLog, pid: str, new: str, *, result: str = DELIVERED, source: str = "scan",
           old: str = "COLLECTED", when: float, error: str = "") -> None:
    log.record(STATUS_CHANGE, process_id=pid, old=old, new=new, result=result,
               detail=f"{source}: {error}" if error else source, at=when)


def test_only_confirmed_scans_count_and_an_undo_takes_its_scan_back(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    change(log, "RP-1", "IN_WAREHOUSE", when=at(9, 1))
    change(log, "RP-2", "IN_WAREHOUSE", when=at(9, 2))
    change(log, "RP-2", "IN_WAREHOUSE", when=at(9, 3))  # the same parcel twice: once
    change(log, "RP-3", "IN_WAREHOUSE", when=at(9, 4))
    change(log, "RP-3", "COLLECTED", old="IN_WAREHOUSE", source="undo", when=at(9, 5))
    change(log, "RP-4", "IN_WAREHOUSE", result=FAILED, error="REVER refused", when=at(9, 6))
    change(log, "RP-5", "IN_WAREHOUSE", result=SUPERSEDED, when=at(9, 7))
    change(log, "RP-6", "IN_WAREHOUSE", result=DISCARDED, when=at(9, 8))
    change(log, "RP-7", "IN_WAREHOUSE", source="bulk", when=at(9, 9))  # not a parcel scanned
    change(log, "RP-8", "IN_WAREHOUSE", source="detail", when=at(10, 1))
    # An undo that REVER refused takes nothing back.
    change(log, "RP-9", "ERROR", when=at(10, 2))
    change(log, "RP-9", "COLLECTED", old="ERROR", source="undo", result=FAILED,
           error="no connection", when=at(10, 3))
    count = count_since(log, at(0))
    assert [p.process_id for p in count.parcels] == ["RP-1", "RP-2", "RP-9"]
    assert count.total == 3
    assert count.by_status() == {"IN_WAREHOUSE": 2, "ERROR": 1}
    assert count.by_hour() == {"2026-11-23 09:00": {"IN_WAREHOUSE": 2},
                               "2026-11-23 10:00": {"ERROR": 1}}
    # Before the shift: not this shift's.
    assert count_since(log, at(9, 2)).total == 2


def test_an_undo_takes_back_the_latest_scan_of_its_return_only(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    change(log, "RP-1", "IN_WAREHOUSE", when=at(9, 1))
    change(log, "RP-1", "ERROR", old="IN_WAREHOUSE", when=at(9, 2))
    change(log, "RP-1", "IN_WAREHOUSE", old="ERROR", source="undo", when=at(9, 3))
    [parcel] = count_since(log, at(0)).parcels
    assert (parcel.status, parcel.at) == ("IN_WAREHOUSE", at(9, 1))
    change(log, "RP-1", "COLLECTED", old="IN_WAREHOUSE", source="undo", when=at(9, 4))
    assert count_since(log, at(0)).total == 0
    change(log, "RP-1", "IN_WAREHOUSE", when=at(9, 5))  # scanned again: received again
    assert count_since(log, at(0)).total == 1


def test_the_outboxs_own_records_count_queued_refused_and_superseded(tmp_path: Path) -> None:
    """Through the real outbox and its audit records: a queued scan counts once delivered;
    one superseded by a later scan of its return, or refused, does not."""
    log = AuditLog(tmp_path / "audit.sqlite3")
    refused: set[str] = {"RP-CANCELED"}

    async def send(pid: str, status: str) -> None:
        if pid in refused:
            raise errors.InvalidArgument("REVER refused this request: the return was cancelled")

    async def scenario() -> None:
        outbox = Outbox(OutboxStore(tmp_path / "outbox.sqlite3"), send, base_delay=0.001,
                        max_delay=0.01, rng=random.Random(1))
        audit_outcomes(outbox, log)
        assert (await outbox.submit("RP-1", "IN_WAREHOUSE", source="scan")).outcome \
            is Outcome.DELIVERED
        outbox._offline_streak = 1  # offline: the next scans are queued, not sent
        await outbox.submit("RP-2", "ERROR", source="scan")
        await outbox.submit("RP-2", "IN_WAREHOUSE", source="scan")  # supersedes the first
        await outbox.submit("RP-CANCELED", "IN_WAREHOUSE", source="scan")
        outbox._offline_streak = 0
        tally = await outbox.flush()
        assert tally["delivered"] == 1 and tally["failed"] == 1
        outbox.store.close()

    asyncio.run(scenario())
    results = [(e.process_id, e.result) for e in log.events(action=STATUS_CHANGE)]
    assert ("RP-2", SUPERSEDED) in results and ("RP-CANCELED", FAILED) in results
    assert [(p.process_id, p.status) for p in count_since(log, at(0, day=1)).parcels] == [
        ("RP-1", "IN_WAREHOUSE"), ("RP-2", "IN_WAREHOUSE")]


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from revdesk.domain.audit import AuditLog, STATUS_CHANGE
    log = AuditLog(Path(sys.argv[1]), station="DOCK-2", operator="cli")
    for n in range(int(sys.argv[2])):
        log.record(STATUS_CHANGE, process_id=f"RP-CLI-{n}", old="COLLECTED",
                   new="IN_WAREHOUSE", result="delivered", detail="scan")
    log.close()
""")


def test_what_several_processes_write_counts_the_same_for_each(tmp_path: Path) -> None:
    """The window and a ``revdesk outbox flush`` (another process) each record what they
    delivered in the one audit file: both count all of it, read from the file."""
    path = tmp_path / "audit.sqlite3"
    window, other = AuditLog(path), AuditLog(path)
    now = datetime.now().timestamp()
    change(window, "RP-1", "IN_WAREHOUSE", when=now)
    change(other, "RP-2", "IN_WAREHOUSE", when=now)
    change(other, "RP-1", "COLLECTED", old="IN_WAREHOUSE", source="undo", when=now + 0.001)
    subprocess.run([sys.executable, "-c", WRITER, str(path), "3"], check=True, timeout=60)
    since = day_start(now)
    for log in (window, other):
        assert sorted(p.process_id for p in count_since(log, since).parcels) == [
            "RP-2", "RP-CLI-0", "RP-CLI-1", "RP-CLI-2"]
    window.close()
    other.close()


def test_the_shift_starts_at_midnight_or_at_the_sign_in(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    mode = {"value": FROM_DAY}
    shift = Shift(log, lambda: mode["value"])
    now = at(23, 30)
    assert shift.started_at(now) == at(0) == day_start(now)
    # A night shift: signed in at 22:00, still going after midnight.
    log.record("shift_start", new="sign_in", result="ok", detail="ana", at=at(22))
    change(log, "RP-1", "IN_WAREHOUSE", when=at(21, 59))  # the shift before
    change(log, "RP-2", "IN_WAREHOUSE", when=at(22, 30))
    change(log, "RP-3", "IN_WAREHOUSE", when=at(0, 30, day=24))
    after_midnight = at(1, 0, day=24)
    assert shift.started_at(after_midnight) == at(0, day=24)
    assert [p.process_id for p in shift.count(after_midnight).parcels] == ["RP-3"]
    mode["value"] = FROM_SIGN_IN
    assert shift.started_at(after_midnight) == at(22)
    assert [p.process_id for p in shift.count(after_midnight).parcels] == ["RP-2", "RP-3"]
    # A sign-in more than a day old starts no shift: the day does.
    assert shift_start(log, FROM_SIGN_IN, at(23, day=24)) == at(0, day=24)
    # Started by hand: whatever the setting.
    log.record("shift_start", new="by_hand", result="ok", at=at(0, 45, day=24))
    for value in (FROM_DAY, FROM_SIGN_IN):
        mode["value"] = value
        assert shift.started_at(after_midnight) == at(0, 45, day=24)
        assert shift.count(after_midnight).total == 0


def test_sign_in_and_start_by_hand_are_recorded(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    shift = Shift(log, lambda: FROM_SIGN_IN)
    shift.signed_in("ana")
    signed = shift.started_at()
    assert day_start(signed) <= signed
    shift.start_by_hand()
    assert [(e.new_value, e.detail) for e in log.events(action="shift_start")] == [
        ("sign_in", "ana"), ("by_hand", "started by hand")]
    assert shift.started_at() >= signed


def test_practice_on_the_sandbox_never_counts_in_a_shift_on_rever(tmp_path: Path) -> None:
    """QA: seven practice scans on the built-in sandbox were 'Scanned this shift: 7' at once
    when the lead switched the station to REVER. Another backend starts a shift; the first
    one ever recorded does not (a station upgraded mid-shift keeps its count)."""
    log = AuditLog(tmp_path / "audit.sqlite3")
    shift = Shift(log, lambda: FROM_DAY)
    started: list[float] = []
    shift.started.connect(started.append)
    now = time.time()
    change(log, "RP-1", "IN_WAREHOUSE", when=now - 3)  # before any backend was recorded
    assert shift.opened_on("the sandbox") is False and started == []
    assert shift.count().total == 1
    change(log, "RP-2", "IN_WAREHOUSE", when=now - 2)
    assert shift.opened_on("the sandbox") is False  # the same one again: the same shift
    assert shift.count().total == 2
    time.sleep(0.01)
    assert shift.opened_on("https://api.rever.example") is True and len(started) == 1
    assert shift.count().total == 0
    change(log, "RP-3", "IN_WAREHOUSE", when=time.time() + 1)
    assert shift.count().total == 1
    starts = [(e.old_value, e.new_value, e.detail) for e in log.events(action="shift_start")]
    assert starts == [("", "backend_noted", "the sandbox"),
                      ("the sandbox", "backend", "https://api.rever.example")]
