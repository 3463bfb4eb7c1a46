from __future__ import annotations

import asyncio
import csv
import io
from datetime import datetime
from pathlib import Path

import pytest

from revdesk.api import errors
from revdesk.config import PrinterSettings, ScanSettings, StationSettings
from revdesk.domain.audit import PRINT, SETTING_CHANGE, STATUS_CHANGE, AuditLog, shift_summary
from revdesk.domain.audit_trail import (
    audited,
    failure_text,
    record_setting_changes,
    setting_changes,
)


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


def test_filters_by_result_and_any_part_of_the_process_id(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    for pid, result in (("RP-100042", "delivered"), ("RP-100420", "failed"),
                        ("RP-1_0%", "ok"), ("RP-777", "delivered")):
        log.record(STATUS_CHANGE, process_id=pid, result=result)
    assert [e.process_id for e in log.events(process_contains="0042")] == ["RP-100042", "RP-100420"]
    assert [e.process_id for e in log.events(process_contains="rp-10004")] == ["RP-100042"]
    # Typed text is matched as text, never as a LIKE pattern.
    assert [e.process_id for e in log.events(process_contains="_0%")] == ["RP-1_0%"]
    assert [e.process_id for e in log.events(result="delivered")] == ["RP-100042", "RP-777"]
    assert [e.process_id for e in log.events(limit=2, newest_first=True)] == ["RP-777", "RP-1_0%"]


def test_later_events_carry_the_operator_who_signed_in(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="ana")
    log.record(PRINT, process_id="RP-1", result="ok")
    log.identify(station="DOCK-3", operator="luis")
    log.record(PRINT, process_id="RP-2", result="ok")
    assert [(e.station, e.operator) for e in log.events()] == [("DOCK-2", "ana"), ("DOCK-3", "luis")]


def test_setting_changes_name_what_changed_and_never_hold_the_key(tmp_path: Path) -> None:
    old = StationSettings(station_name="DOCK-2", scan=ScanSettings(id_pattern=""))
    new = old.model_copy(update={
        "station_name": "DOCK-3", "sounds": False,
        "scan": ScanSettings(id_pattern=r"RP-\d{6}"),
        "carrier_printer": PrinterSettings(name="Zebra")})
    changes = setting_changes(old, new, key_changed=True)
    assert [(c.name, c.old, c.new) for c in changes] == [
        ("station_name", "DOCK-2", "DOCK-3"), ("sounds", "true", "false"),
        ("scan.id_pattern", "", r"RP-\d{6}"), ("carrier_printer.name", "", "Zebra"),
        ("api_key", "", "")]
    assert setting_changes(old, old) == []
    log = AuditLog(tmp_path / "audit.sqlite3", operator="lead")
    record_setting_changes(log, changes)
    events = log.events(action=SETTING_CHANGE)
    assert [e.detail for e in events] == ["station_name", "sounds", "scan.id_pattern",
                                          "carrier_printer.name", "API key changed"]
    assert (events[-1].old_value, events[-1].new_value) == ("", "")


def test_audited_work_records_ok_or_the_operator_message(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")

    async def printed() -> int:
        return 2

    async def refused() -> int:
        raise errors.NotFound("No label for RP-2.")

    assert asyncio.run(audited(log, PRINT, ["RP-1", "RP-3"], printed(), detail="carrier label",
                               ok_detail=lambda pages: f"{pages} page(s)")) == 2
    with pytest.raises(errors.NotFound):
        asyncio.run(audited(log, PRINT, ["RP-2"], refused(), detail="carrier label"))
    assert [(e.process_id, e.result, e.detail) for e in log.events()] == [
        ("RP-1", "ok", "carrier label; 2 page(s)"), ("RP-3", "ok", "carrier label; 2 page(s)"),
        ("RP-2", "failed", "carrier label; No label for RP-2.")]
    assert failure_text(ValueError("x")) == "unexpected error (ValueError)"


FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"RP-1\")", "+1+2", "-2+3", "@SUM(A1)",
            "\tRP-1", "\rRP-1"]


def test_csv_export_defuses_every_cell_that_a_spreadsheet_would_run(tmp_path: Path) -> None:
    """OWASP CSV injection: a cell starting with = + - @ tab or CR is a formula to Excel and
    LibreOffice. It gets a leading ' so that it is shown as the text it is."""
    log = AuditLog(tmp_path / "audit.sqlite3", station="=1+1", operator="@ana")
    for text in FORMULAS:
        log.record(STATUS_CHANGE, process_id=text, old=text, new="IN_WAREHOUSE", result="failed",
                   detail=text, at=at(9))
    log.record(PRINT, process_id="RP-2", result="ok", detail="a - b = c", at=at(10))
    rows = list(csv.reader(io.StringIO(log.to_csv(log.events()), newline="")))
    assert rows[0][0] == "time"
    for row, text in zip(rows[1:], FORMULAS, strict=False):
        assert (row[1], row[2]) == ("'=1+1", "'@ana")
        assert row[4] == row[5] == row[8] == f"'{text}"
    # Text that only contains such characters further in is left as it is.
    assert rows[-1][4:] == ["RP-2", "", "", "ok", "a - b = c"]


def test_csv_export_can_separate_with_semicolons_for_european_excel(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="ana")
    log.record(PRINT, process_id="RP-1", result="ok", detail="carrier label; 1 page(s)", at=at(9))
    text = log.to_csv(log.events(), separator=";")
    assert text.splitlines()[0] == "time;station;operator;action;process_id;old_value;" \
                                   "new_value;result;detail"
    (row,) = csv.DictReader(io.StringIO(text), delimiter=";")
    assert row["detail"] == "carrier label; 1 page(s)" and row["process_id"] == "RP-1"
    with pytest.raises(ValueError):
        log.to_csv(log.events(), separator="|")
