from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from revdesk.domain.audit import PRINT, STATUS_CHANGE, AuditLog, shift_summary


def at(hour: int, minute: int = 0) -> float:
    return datetime(2026, 11, 23, hour, minute).timestamp()


def test_record_filter_export_and_summary(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="ana")
    log.record(STATUS_CHANGE, process_id="RP-1", old="COLLECTED", new="IN_WAREHOUSE",
               result="delivered", at=at(9, 5))
    log.record(STATUS_CHANGE, process_id="RP-2", old="CREATED", new="IN_WAREHOUSE",
               result="delivered", at=at(9, 40))
    log.record(STATUS_CHANGE, process_id="RP-3", old="CREATED", new="ERROR", result="delivered",
               at=at(10, 1))
    log.record(STATUS_CHANGE, process_id="RP-4", new="IN_WAREHOUSE", result="failed",
               detail="Not found", at=at(10, 2))
    log.record(PRINT, process_id="RP-1", result="printed", at=at(10, 3))

    assert [e.process_id for e in log.events(action=STATUS_CHANGE)] == ["RP-1", "RP-2", "RP-3", "RP-4"]
    assert [e.action for e in log.events(process_id="RP-1")] == [STATUS_CHANGE, PRINT]
    assert len(log.events(since=at(10))) == 3

    rows = list(csv.DictReader(io.StringIO(log.to_csv(log.events()))))
    assert rows[0]["station"] == "DOCK-2" and rows[0]["operator"] == "ana"
    assert rows[3]["detail"] == "Not found" and rows[0]["time"].startswith("2026-11-23T09:05")

    assert shift_summary(log.events()) == {
        "2026-11-23 09:00": {"IN_WAREHOUSE": 2},
        "2026-11-23 10:00": {"ERROR": 1},
    }
    log.close()
    assert len(AuditLog(tmp_path / "audit.sqlite3").events()) == 5
