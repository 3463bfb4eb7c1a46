"""Local state that fails loudly and loses nothing (issue 16): a damaged outbox, audit log or
settings file is kept under a time-stamped name and a fresh one started, the station says
which file and what to do, and a failing audit log never stops a status change."""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from pathlib import Path

import pytest

from revdesk.config import data_dir
from revdesk.core import StationCore
from revdesk.domain.audit import AUDIT_FILE, STATUS_CHANGE, AuditLog
from revdesk.domain.local_files import LocalDataError, open_outbox_store, set_aside
from revdesk.domain.outbox import OUTBOX_FILE
from revdesk.domain.outcomes import Outcome
from revdesk.settings_store import SettingsStore

GARBAGE = b"\x00not a database, a disk that lied\xff" * 300
KEPT = re.compile(r"\.damaged-\d{8}-\d{6}(-\d+)?$")


def damage(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(GARBAGE)


def kept_copies(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.glob(path.name + ".damaged-*") if KEPT.search(p.name))


def corrupt_inside(path: Path) -> None:
    """A real SQLite file whose first page is overwritten in the middle."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t(x)")
    db.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(500)])
    db.commit()
    db.close()
    data = bytearray(path.read_bytes())
    data[100:400] = b"\xff" * 300
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_kept_under_a_time_stamp(tmp_path: Path) -> None:
    path = tmp_path / OUTBOX_FILE
    damage(path)
    (tmp_path / (OUTBOX_FILE + "-wal")).write_bytes(b"wal")
    kept = set_aside(path)
    assert KEPT.search(kept.name) and kept.read_bytes() == GARBAGE
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal"
    assert not path.exists() and not (tmp_path / (OUTBOX_FILE + "-wal")).exists()
    damage(path)
    assert set_aside(path) != kept  # a second one the same second is not written over it
    assert len(kept_copies(path)) == 2


@pytest.mark.parametrize("spoil", [damage, corrupt_inside])
def test_a_damaged_outbox_is_set_aside_and_a_fresh_one_started(tmp_path: Path,
                                                                spoil: object) -> None:
    path = tmp_path / OUTBOX_FILE
    spoil(path)  # type: ignore[operator]
    before = path.read_bytes()
    store, notice = open_outbox_store(tmp_path)
    try:
        assert store.counts() == {"pending": 0, "failed": 0}
    finally:
        store.close()
    assert notice is not None
    [kept] = kept_copies(path)
    assert kept.read_bytes() == before
    text = notice.operator_message
    assert OUTBOX_FILE in text and kept.name in text and str(tmp_path) in text


def test_an_outbox_that_cannot_be_opened_says_which_file_and_what_to_do(tmp_path: Path) -> None:
    (tmp_path / OUTBOX_FILE).mkdir()  # what a root-run test can do for "unreadable"
    with pytest.raises(LocalDataError) as info:
        open_outbox_store(tmp_path)
    text = info.value.operator_message
    assert str(tmp_path / OUTBOX_FILE) in text and "write" in text
    assert kept_copies(tmp_path / OUTBOX_FILE) == []  # not damaged: nothing renamed


@pytest.mark.parametrize("below", ["", "station"])
def test_a_data_folder_that_is_a_file_is_said_so(tmp_path: Path, below: str) -> None:
    """REVDESK_DATA_DIR naming a file was "cannot use its outbox file … (File exists)"."""
    (tmp_path / "data").write_text("not a folder")
    folder = tmp_path / "data" / below if below else tmp_path / "data"
    with pytest.raises(LocalDataError) as caught:
        open_outbox_store(folder)
    assert f"({tmp_path / 'data'} is a file, not a folder)" in caught.value.operator_message
    assert "File exists" not in caught.value.operator_message


def test_the_window_core_starts_on_a_damaged_outbox_and_audit_and_says_so() -> None:
    damage(data_dir() / OUTBOX_FILE)
    damage(data_dir() / AUDIT_FILE)

    async def go() -> tuple[StationCore, Outcome | None]:
        core = StationCore()  # the embedded sandbox: no key is set
        try:
            change = await core.status.set_status("RP-100010", "IN_WAREHOUSE", source="scan")
            return core, change.delivery
        finally:
            await core.aclose()

    core, delivery = asyncio.run(go())
    assert delivery is Outcome.DELIVERED
    texts = [w.operator_message for w in core.warnings]
    assert len(texts) == 2
    assert any(OUTBOX_FILE in t and kept_copies(data_dir() / OUTBOX_FILE)[0].name in t
               for t in texts)
    assert any(AUDIT_FILE in t and kept_copies(data_dir() / AUDIT_FILE)[0].name in t
               for t in texts)
    audit = AuditLog(data_dir() / AUDIT_FILE)
    assert [e.process_id for e in audit.events(action=STATUS_CHANGE)] == ["RP-100010"]
    audit.close()


def test_the_window_core_without_a_usable_outbox_opens_and_says_what_to_fix() -> None:
    (data_dir() / OUTBOX_FILE).mkdir(parents=True)

    async def go() -> StationCore:
        core = StationCore()
        await core.aclose()
        return core

    core = asyncio.run(go())
    assert isinstance(core.error, LocalDataError) and core.outbox is None
    assert OUTBOX_FILE in core.error.operator_message


def test_a_failing_audit_log_never_blocks_a_status_change(
        monkeypatch: pytest.MonkeyPatch) -> None:
    async def go() -> tuple[StationCore, list[str], int]:
        core = StationCore()
        warned: list[str] = []
        core.warned.connect(lambda w: warned.append(w.operator_message))

        def full_disk(rows: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        try:
            with monkeypatch.context() as patch:
                patch.setattr(core.audit, "_insert", full_disk)
                change = await core.status.set_status("RP-100010", "IN_WAREHOUSE",
                                                      source="scan")
                assert change.delivery is Outcome.DELIVERED
                waiting = core.audit.waiting
            core.audit.retry()  # the disk has room again
            return core, warned, waiting
        finally:
            await core.aclose()

    core, warned, waiting = asyncio.run(go())
    assert waiting == 1
    assert len(warned) == 1 and AUDIT_FILE in warned[0] and "memory" in warned[0]
    assert core.audit.waiting == 0
    audit = AuditLog(data_dir() / AUDIT_FILE)
    assert [e.new_value for e in audit.events(action=STATUS_CHANGE)] == ["IN_WAREHOUSE"]
    audit.close()


def test_an_audit_log_that_cannot_be_opened_keeps_records_in_memory(tmp_path: Path) -> None:
    (tmp_path / AUDIT_FILE).mkdir()
    audit = AuditLog(tmp_path / AUDIT_FILE, open_now=False)
    audit.record(STATUS_CHANGE, process_id="RP-1", new="IN_WAREHOUSE", result="delivered")
    assert audit.waiting == 1 and AUDIT_FILE in audit.problem
    (tmp_path / AUDIT_FILE).rmdir()
    audit.retry()
    assert audit.waiting == 0 and audit.problem == ""
    assert [e.process_id for e in audit.events()] == ["RP-1"]
    audit.close()


def test_a_damaged_settings_file_is_kept_and_named_in_the_log(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"station_name": "DOCK-2", "scan": [1, 2', encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="revdesk.settings_store"):
        store = SettingsStore(path)
    assert store.current.station_name != "DOCK-2"  # defaults
    [kept] = kept_copies(path)
    assert kept.read_text(encoding="utf-8").startswith('{"station_name": "DOCK-2"')
    assert str(path) in caplog.text and kept.name in caplog.text
