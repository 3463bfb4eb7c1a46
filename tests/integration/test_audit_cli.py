"""``revdesk audit export|summary`` as a script runs them, and the audit log the other
commands write into (status changes through the outbox, label files, manual orders)."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import pty
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
from test_cli import against, assert_plain, revdesk  # the same runner as the other CLI tests

from revdesk.config import data_dir
from revdesk.domain.audit import AUDIT_FILE, PRINT, STATUS_CHANGE, AuditLog

KEY = {"x-rever-api-key": "test-key"}


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def at(hour: int, minute: int = 0) -> float:
    return datetime(2026, 11, 23, hour, minute).timestamp()


def seed() -> None:
    """A morning at DOCK-2, written where the CLI reads (this test's REVDESK_DATA_DIR)."""
    log = AuditLog(data_dir() / AUDIT_FILE, station="DOCK-2", operator="Ana García")
    for minute, (pid, new, result) in enumerate([
        ("RP-100001", "IN_WAREHOUSE", "delivered"), ("RP-100002", "IN_WAREHOUSE", "delivered"),
        ("RP-100003", "ERROR", "delivered"), ("RP-100004", "IN_WAREHOUSE", "failed"),
    ]):
        log.record(STATUS_CHANGE, process_id=pid, old="COLLECTED", new=new, result=result,
                   detail="scan", at=at(9, minute * 15))
    log.record(STATUS_CHANGE, process_id="RP-100005", new="IN_WAREHOUSE", result="delivered",
               at=at(10, 15))
    log.record(PRINT, process_id="RP-100005", result="ok", detail="carrier label", at=at(10, 16))
    log.close()


def test_export_filters_and_writes_utf8_csv(tmp_path: Path) -> None:
    seed()
    everything = revdesk("audit", "export")
    assert everything.returncode == 0, everything.stderr
    assert len(rows(everything.stdout)) == 6 and rows(everything.stdout)[0]["operator"] == "Ana García"

    out = tmp_path / "morning.csv"
    result = revdesk("audit", "export", "--since", "2026-11-23 09:30", "--until", "2026-11-23T10:00",
                     "--action", "status_change", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "2 event(s) written" in result.stdout
    exported = rows(out.read_text("utf-8"))
    assert [(r["process_id"], r["new_value"], r["result"]) for r in exported] == [
        ("RP-100003", "ERROR", "delivered"), ("RP-100004", "IN_WAREHOUSE", "failed")]
    assert exported[0]["time"] == "2026-11-23T09:30:00"

    only = revdesk("audit", "export", "--process", "100005", "--result", "ok")
    assert [(r["action"], r["detail"]) for r in rows(only.stdout)] == [("print", "carrier label")]


def test_summary_counts_delivered_changes_per_hour_and_status() -> None:
    seed()
    result = revdesk("audit", "summary", "--since", "2026-11-23")
    assert result.returncode == 0, result.stderr
    table = [line.split() for line in result.stdout.splitlines()]
    assert table[0] == ["HOUR", "ERROR", "IN_WAREHOUSE", "TOTAL"]
    assert table[1:] == [["2026-11-23", "09:00", "1", "2", "3"],
                         ["2026-11-23", "10:00", "0", "1", "1"],
                         ["TOTAL", "1", "3", "4"]]
    empty = revdesk("audit", "summary", "--since", "2026-11-24")
    assert empty.returncode == 0 and "no status changes" in empty.stderr


def test_a_bad_time_or_action_is_exit_2_in_plain_words() -> None:
    result = revdesk("audit", "export", "--since", "last tuesday")
    assert result.returncode == 2 and "is not a time" in result.stderr
    assert_plain(result)
    result = revdesk("audit", "export", "--action", "scan")
    assert result.returncode == 2 and "status_change" in result.stderr


def test_the_other_commands_write_the_audit_log(sandbox: Any, tmp_path: Path) -> None:
    env = {**against(sandbox), "REVDESK_DATA_DIR": os.environ["REVDESK_DATA_DIR"]}
    listed = httpx.get(f"{sandbox.url}/v1/processes", params={"page_size": 200},
                       headers=KEY).json()["processes"]
    labelled = next(p["process_id"] for p in listed if p["tracking_id"])
    movable = next(p for p in listed if p["shipping_status"] not in ("CANCELED", "IN_WAREHOUSE"))
    assert revdesk("status", "set", movable["process_id"], "IN_WAREHOUSE", env=env).returncode == 0
    assert revdesk("status", "set", "RP-999999", "IN_WAREHOUSE", env=env).returncode == 3
    assert revdesk("label", "fetch", labelled, "-o", str(tmp_path / "l.pdf"), env=env).returncode == 0
    assert revdesk("label", "fetch", "RP-999999", "-o", str(tmp_path / "x.pdf"),
                   env=env).returncode == 3

    events = rows(revdesk("audit", "export").stdout)
    changes = [(r["process_id"], r["old_value"], r["new_value"], r["result"], r["detail"])
               for r in events if r["action"] == "status_change"]
    # The documented POST is sent even when the assumed read says 404 (issue 17): REVER's
    # refusal of the unknown id is its recorded outcome.
    assert changes == [(movable["process_id"], movable["shipping_status"], "IN_WAREHOUSE",
                        "delivered", "cli"),
                       ("RP-999999", "", "IN_WAREHOUSE", "failed",
                        "cli: Not found: REVER does not know this return.")]
    prints = [(r["process_id"], r["result"]) for r in events if r["action"] == "print"]
    assert prints == [(labelled, "ok"), ("RP-999999", "failed")]
    failed = next(r for r in events if r["process_id"] == "RP-999999" and r["action"] == "print")
    assert "No label for RP-999999" in failed["detail"]
    assert all(r["station"] == "STATION-1" for r in events)


def test_export_defuses_formulas_and_takes_a_semicolon_separator(tmp_path: Path) -> None:
    log = AuditLog(data_dir() / AUDIT_FILE, station="DOCK-2", operator="=cmd|' /C calc'!A0")
    log.record(STATUS_CHANGE, process_id="@SUM(1+1)", new="IN_WAREHOUSE", result="failed",
               detail="-2+3; REVER refused", at=at(9))
    log.close()
    comma = revdesk("audit", "export")
    assert comma.returncode == 0, comma.stderr
    (row,) = rows(comma.stdout)
    assert row["operator"] == "'=cmd|' /C calc'!A0" and row["process_id"] == "'@SUM(1+1)"
    assert row["detail"] == "'-2+3; REVER refused"

    out = tmp_path / "europe.csv"
    semicolon = revdesk("audit", "export", "--separator", ";", "-o", str(out))
    assert semicolon.returncode == 0, semicolon.stderr
    text = out.read_text("utf-8")
    assert text.startswith("time;station;operator;")
    (row,) = csv.DictReader(io.StringIO(text), delimiter=";")
    assert row["detail"] == "'-2+3; REVER refused" and row["station"] == "DOCK-2"
    short = revdesk("audit", "export", "--semicolon")
    assert short.returncode == 0 and short.stdout.startswith("time;station;")
    bad = revdesk("audit", "export", "--separator", "|")
    assert bad.returncode == 2 and "separator" in bad.stderr
    assert_plain(bad)


def test_an_absurd_time_span_is_exit_2_in_plain_words() -> None:
    result = revdesk("audit", "export", "--since", "999999999d")
    assert result.returncode == 2 and "too far back" in result.stderr
    assert_plain(result)


def _on_a_terminal(*args: str) -> tuple[int, str]:
    """``revdesk ARGS`` with standard output on a pseudo-terminal, as at the desk's shell."""
    reader, writer = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_API")}
    process = subprocess.Popen([sys.executable, "-m", "revdesk", *args], stdout=writer,
                               stderr=subprocess.DEVNULL, env=env)
    os.close(writer)
    out = b""
    with contextlib.suppress(OSError):  # EIO once the child has closed the terminal
        while chunk := os.read(reader, 65536):
            out += chunk
    os.close(reader)
    return process.wait(timeout=60), out.decode("utf-8")


def test_export_to_a_terminal_spells_out_revers_control_characters(tmp_path: Path) -> None:
    """REVER's words reach the audit log (an old status, a refusal's reason): printed to a
    terminal, an escape sequence cleared the screen and retitled the window. To a file or a
    pipe the CSV keeps them as they were."""
    old, reason = "COLL\x1b]0;pwned\x07ECTED\x1b[2J", "no \x1b[31mRED\x1b[0m \u202eevil"
    log = AuditLog(data_dir() / AUDIT_FILE, station="DOCK-2")
    log.record(STATUS_CHANGE, process_id="RP-7", old=old, new="IN_WAREHOUSE",
               result="failed", detail=f"cli: {reason}", at=at(9))
    log.close()
    code, shown = _on_a_terminal("audit", "export")
    assert code == 0
    assert "\x1b" not in shown and "\x07" not in shown and "\u202e" not in shown
    assert "COLL\\x1b]0;pwned\\x07ECTED\\x1b[2J" in shown and "\\u202eevil" in shown
    piped = revdesk("audit", "export")
    (row,) = rows(piped.stdout)
    assert row["old_value"] == old and row["detail"] == f"cli: {reason}"
