"""``revdesk processes list|show`` against hostile answers from a loopback server. What
REVER sends is printed so that it cannot act on the terminal: an escape sequence, a
right-to-left override or a line break in a customer's name is shown spelled out
(``\\x1b``, ``\\u202e``, ``\\n``), never a fake row or a recoloured screen; ``--json`` gives
the data unchanged. A list that never ends stops at a cap."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from loopback_server import Server
from test_cli import assert_plain, revdesk

NAME = "Ana\nRP-999999  FAKE-ROW  IN_WAREHOUSE"
LAST = "\x1b[31mRed\x1b[0m\x1b]0;owned\x07"
CARRIER = "SEUR\u202eLIAM"
PROCESS = {"process_id": "RP-1", "order_number": "\r1001", "shipping_status": "COLLECTED",
           "carrier": CARRIER, "tracking_id": "T\x00\x7f1", "created_at": "2026-11-23T09:00:00Z",
           "customer": {"first_name": NAME, "last_name": LAST, "email": "a@b.example\u2028x"},
           "line_items": [{"name": "Scarf\u2066\u2069", "sku": "S\t1", "quantity": 1}]}


@pytest.fixture
def rever() -> Iterator[Server]:
    server = Server()
    ok = {"content-type": "application/json"}
    server.routes["/v1/processes"] = (200, ok, json.dumps(
        {"processes": [PROCESS], "next_page_token": ""}).encode())
    server.routes["/v1/processes/RP-1"] = (200, ok, json.dumps({"process": PROCESS}).encode())
    server.routes["/v1/processes/RP-2"] = (200, ok, json.dumps({"process": {
        **PROCESS, "process_id": "RP-2", "shipping_status": "COLLECTED\x1b[2J\u202e"}}).encode())
    server.routes["/v1/processes/RP-2/shipping_status"] = (200, ok, b"{}")
    # Asked about RP-3, it answers about RP-1 (a confused cache or proxy).
    server.routes["/v1/processes/RP-3"] = (200, ok, json.dumps({"process": PROCESS}).encode())
    server.routes["/v1/processes/RP-3/shipping_status"] = (200, ok, b"{}")
    server.routes["/v1/processes/RP-1/logistics"] = (200, ok, json.dumps({"logistics_summary": {
        "carrier": CARRIER, "status": "IN_TRANSIT\x1b[2J", "tracking_url": "https://t.example/\x1b"}
    }).encode())
    try:
        yield server
    finally:
        server.stop()


def env(server: Server) -> dict[str, str]:
    return {"REVDESK_API_URL": server.url, "REVDESK_API_KEY": "test-key"}


RAW = ("\x1b", "\x07", "\u202e", "\u2028", "\u2066", "\r", "\x00", "\x7f", "\t")


def test_the_table_spells_out_control_and_bidi_characters(rever: Server) -> None:
    result = revdesk("processes", "list", env=env(rever))
    assert result.returncode == 0, result.stderr
    assert_plain(result)
    lines = result.stdout.split("\n")
    assert len(lines) == 4 and lines[-1] == ""  # the header, one row, the count
    assert lines[0].startswith("PROCESS") and lines[2] == "1 return(s)"
    row = lines[1]
    assert "Ana\\nRP-999999  FAKE-ROW" in row and "\\x1b[31mRed\\x1b[0m" in row
    assert "SEUR\\u202eLIAM" in row and "\\r1001" in row and "T\\x00\\x7f1" in row
    assert not any(char in result.stdout for char in RAW)


def test_show_spells_them_out_too(rever: Server) -> None:
    result = revdesk("processes", "show", "RP-1", env=env(rever))
    assert result.returncode == 0, result.stderr
    assert not any(char in result.stdout for char in RAW)
    assert "Customer     Ana\\nRP-999999" in result.stdout
    assert "IN_TRANSIT\\x1b[2J" in result.stdout and "Scarf\\u2066\\u2069 (S\\t1)" in result.stdout
    assert "a@b.example\\u2028x" in result.stdout
    # One line per field: a line break in a value never starts a line of its own.
    assert [line.split()[0] for line in result.stdout.splitlines()[:3]] == [
        "Process", "Order", "Customer"]


def test_status_set_spells_out_the_old_status_rever_gave(rever: Server) -> None:
    result = revdesk("status", "set", "RP-2", "IN_WAREHOUSE", env=env(rever))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "RP-2: IN_WAREHOUSE (was COLLECTED\\x1b[2J\\u202e)\n"


def test_json_gives_the_data_unchanged(rever: Server) -> None:
    result = revdesk("processes", "list", "--json", env=env(rever))
    assert result.returncode == 0, result.stderr
    (process,) = json.loads(result.stdout)
    assert process["customer"]["first_name"] == NAME and process["customer"]["last_name"] == LAST
    assert process["carrier"] == CARRIER and process["order_number"] == "\r1001"
    shown = revdesk("processes", "show", "RP-1", "--json", env=env(rever))
    assert json.loads(shown.stdout)["line_items"][0]["name"] == "Scarf\u2066\u2069"


def test_a_list_that_never_ends_stops_with_a_clear_message_and_a_non_zero_exit(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Every page hands out a new token: the CLI stops at the page cap (2,000; 5 here)."""
    from revdesk.cli import main

    server = Server()

    def endless(path: str) -> tuple[int, dict[str, str], bytes]:
        n = len(server.requests)
        return 200, {"content-type": "application/json"}, json.dumps(
            {"processes": [{"process_id": f"RP-{n}"}], "next_page_token": f"t{n}"}).encode()

    server.routes["/v1/processes"] = endless
    monkeypatch.setattr("revdesk.api.rever.MAX_LIST_PAGES", 5)
    monkeypatch.setenv("REVDESK_API_URL", server.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test-key")
    try:
        assert main(["processes", "list"]) == 5
    finally:
        server.stop()
    out, err = capsys.readouterr()
    assert "did not end after 5 pages" in err and "Traceback" not in err and out == ""
    assert len(server.requests) == 5


def test_an_answer_about_another_return_is_not_taken_for_the_one_asked(rever: Server) -> None:
    """Asked for RP-3, REVER's answer described RP-1: its customer and status were shown as
    RP-3's, and RP-3's change was checked against RP-1's status and sent."""
    shown = revdesk("processes", "show", "RP-3", env=env(rever))
    assert shown.returncode == 5 and "cannot read" in shown.stderr
    assert "Ana" not in shown.stdout
    result = revdesk("status", "set", "RP-3", "IN_WAREHOUSE", env=env(rever))
    assert_plain(result)
    assert "was COLLECTED" not in result.stdout  # RP-1's status, never RP-3's previous one
