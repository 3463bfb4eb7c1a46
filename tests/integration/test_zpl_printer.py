"""Sending ZPL to a label printer over TCP: a printer stand-in on 127.0.0.1 takes the job
(and answers ~HS as a Zebra does); a closed port, a full accept queue and a printer that
never reads give their message within the timeout; ``revdesk label intake|print --zpl``
against the sandbox send what zbar reads back."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pyzbar import pyzbar
from zpl_standin import PAPER_OUT, READY, PrinterStandIn, bitmap, closed_port, field, labels

from revdesk.cli import label as label_cli
from revdesk.cli import main
from revdesk.config import StationSettings
from revdesk.domain.zpl_printer import (
    PrinterAddress,
    PrinterAddressError,
    PrinterNeedsAttention,
    PrinterStatus,
    PrinterUnavailable,
    Timeouts,
    parse_host_status,
    parse_printer_address,
    send_zpl,
)
from revdesk.settings_store import SettingsStore

JOB = b"^XA^FO50,50^A0N,40,40^FDhello^FS^XZ\n"
QUICK = Timeouts(connect=1.0, write=1.0, finish=1.0)
#: What "within the timeout" allows beyond it on a loaded 2-core machine.
SLACK = 1.5


def send(address: str, job: bytes = JOB, **kw: Any) -> PrinterStatus | None:
    return asyncio.run(send_zpl(parse_printer_address(address), job, timeouts=QUICK, **kw))


# -- addresses ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("127.0.0.1:9100", PrinterAddress("127.0.0.1", 9100)),
    ("127.0.0.1", PrinterAddress("127.0.0.1", 9100)),
    (" zebra-dock2.local:6101 ", PrinterAddress("zebra-dock2.local", 6101)),
    ("[::1]:9101", PrinterAddress("::1", 9101)),
    ("::1", PrinterAddress("::1", 9100)),
])
def test_printer_addresses(text: str, expected: PrinterAddress) -> None:
    assert parse_printer_address(text) == expected


@pytest.mark.parametrize("text", ["", "127.0.0.1:", "127.0.0.1:0", "127.0.0.1:65536",
                                  "127.0.0.1:port", "300.1.1.1", "1.2.3", "http://zebra:9100",
                                  "a b", "zebra\x1b[2J", "-zebra-", "[::1", "[::1]9100",
                                  "zébra", "x" * 300])
def test_what_is_not_a_printer_address(text: str) -> None:
    with pytest.raises(PrinterAddressError, match="is not a printer address"):
        parse_printer_address(text)


# -- the host status ------------------------------------------------------------------------


def test_host_status_flags() -> None:
    assert parse_host_status(READY) == PrinterStatus()
    assert parse_host_status(PAPER_OUT) == PrinterStatus(paper_out=True)
    line2 = b"\x02000,0,1,1,1,2,6,0,00000000,1,000\x03\r\n"  # head up, ribbon out, TT mode
    status = parse_host_status(READY.split(b"\r\n")[0] + b"\r\n" + line2 + b"\x021234,0\x03\r\n")
    assert status == PrinterStatus(head_open=True, ribbon_out=True)
    # Ribbon out on a direct-thermal printer (no thermal transfer) stops nothing.
    direct = line2.replace(b"1,1,1,2", b"0,1,0,2")
    status = parse_host_status(READY.split(b"\r\n")[0] + b"\r\n" + direct + b"\x021234,0\x03\r\n")
    assert status == PrinterStatus()
    assert parse_host_status(READY[:40]) is None
    assert parse_host_status(b"garbage") is None


# -- sending --------------------------------------------------------------------------------


def test_the_printer_receives_the_job_and_says_it_is_ready() -> None:
    with PrinterStandIn() as printer:
        assert send(printer.address) == PrinterStatus()
    (received,) = printer.jobs
    assert received.startswith(JOB) and received.rstrip().endswith(b"~HS")


def test_a_printer_without_host_status_closes_and_that_is_enough() -> None:
    with PrinterStandIn("silent") as printer:
        assert send(printer.address) is None
    assert printer.jobs[0].startswith(JOB)


def test_status_can_be_left_out() -> None:
    with PrinterStandIn() as printer:
        assert send(printer.address, ask_status=False) is None
    assert printer.jobs == [JOB]


def test_a_printer_out_of_paper_has_the_label_and_says_so() -> None:
    with PrinterStandIn(status=PAPER_OUT) as printer, \
            pytest.raises(PrinterNeedsAttention) as caught:
        send(printer.address)
    assert printer.jobs[0].startswith(JOB)
    assert caught.value.operator_message == (
        f"The label went to the printer at {printer.address}, but it is out of labels: it "
        "prints once that is fixed.")


def test_a_closed_port_is_refused_at_once() -> None:
    port = closed_port()
    started = time.monotonic()
    with pytest.raises(PrinterUnavailable) as caught:
        send(f"127.0.0.1:{port}")
    assert time.monotonic() - started < QUICK.connect
    assert caught.value.operator_message == (
        f"The label printer at 127.0.0.1:{port} refused the connection: is it on, and is "
        f"{port} its raw printing port?")


@pytest.fixture
def full_listener() -> Iterator[int]:
    """A port whose accept queue is full: a new connection's SYN is dropped, so connecting
    hangs as to a printer that is off (without ever leaving 127.0.0.1)."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(filler)
    time.sleep(0.1)
    try:
        yield port
    finally:
        for sock in [*fillers, server]:
            sock.close()


def test_a_printer_that_does_not_answer_times_out_in_words(full_listener: int) -> None:
    started = time.monotonic()
    with pytest.raises(PrinterUnavailable) as caught:
        send(f"127.0.0.1:{full_listener}")
    assert time.monotonic() - started < QUICK.connect + SLACK
    assert caught.value.operator_message == (
        f"The label printer at 127.0.0.1:{full_listener} does not answer: is it on and "
        "connected?")


def test_a_printer_that_takes_the_connection_but_never_reads() -> None:
    with PrinterStandIn("deaf") as printer:
        started = time.monotonic()
        with pytest.raises(PrinterUnavailable, match="took the connection but not the label") \
                as caught:
            send(printer.address)
        assert time.monotonic() - started < QUICK.finish + SLACK
        assert "no answer nor close" in caught.value.detail
        assert printer.connections == 1


def test_a_large_job_to_a_printer_that_never_reads_stalls_and_stops() -> None:
    # Small buffers on the printer's side: the job cannot all sit in the network's buffers,
    # so the writing itself stalls.
    with PrinterStandIn("deaf", receive_buffer=4096) as printer:
        started = time.monotonic()
        with pytest.raises(PrinterUnavailable, match="may still print: check") as caught:
            send(printer.address, b"^XA" + b"0" * 8_000_000 + b"^XZ")
        assert time.monotonic() - started < QUICK.write + SLACK
        assert "writing stalled after" in caught.value.detail


# -- the CLI --------------------------------------------------------------------------------


@pytest.fixture
def cli(shared_sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("REVDESK_API_URL", shared_sandbox.url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    monkeypatch.setattr(label_cli, "PRINTER_TIMEOUTS", QUICK)
    SettingsStore().save(StationSettings(station_name="DOCK-2"))
    return lambda *args: main(list(args))


def returns_with_labels(sandbox: Any) -> dict[str, dict[str, Any]]:
    """Returns with a carrier label, by kind: the sandbox serves a PNG for every fifth."""
    answer = httpx.get(f"{sandbox.url}/v1/processes", params={"page_size": 200},
                       headers={"x-rever-api-key": "test"})
    found: dict[str, dict[str, Any]] = {}
    for p in answer.json()["processes"]:
        if p["tracking_id"]:
            found.setdefault("png" if int(p["process_id"].split("-")[1]) % 5 == 0 else "pdf", p)
    return found


def test_cli_intake_labels_go_to_the_printer(cli: Any, shared_sandbox: Any,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    pids = [p["process_id"] for p in returns_with_labels(shared_sandbox).values()]
    with PrinterStandIn() as printer:
        assert cli("label", "intake", *pids, "--zpl", printer.address, "--dpi", "300") == 0
    (job,) = printer.jobs
    sent = labels(job.decode("utf-8"))
    assert [field(label, "^BC") for label in sent] == [[pid] for pid in pids]
    assert all("^PW1200" in label for label in sent)
    out = capsys.readouterr().out
    assert f"2 intake labels sent to the label printer at {printer.address}" in out
    assert cli("audit", "export") == 0
    audit = capsys.readouterr().out
    assert audit.count(f"intake label to ZPL printer {printer.address}") == 2  # one a return


@pytest.mark.parametrize("kind", ["pdf", "png"])
def test_cli_prints_the_carrier_label_as_zpl(cli: Any, shared_sandbox: Any, kind: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    process = returns_with_labels(shared_sandbox)[kind]
    pid = process["process_id"]
    with PrinterStandIn() as printer:
        assert cli("label", "print", pid, "--zpl", printer.address) == 0
    (label,) = labels(printer.jobs[0].decode("ascii"))
    codes = [d.data.decode() for d in pyzbar.decode(bitmap(label)) if d.type == "CODE128"]
    assert codes == [process["tracking_id"]]
    assert (f"{pid}: carrier label ({kind.upper()}, 203 dpi) sent to the label printer at "
            f"{printer.address}") in capsys.readouterr().out


def test_cli_writes_zpl_to_a_file(cli: Any, shared_sandbox: Any, tmp_path: Path) -> None:
    pid = returns_with_labels(shared_sandbox)["pdf"]["process_id"]
    intake, carrier = tmp_path / "intake.zpl", tmp_path / "carrier.zpl"
    assert cli("label", "intake", pid, "-o", str(intake)) == 0
    assert cli("label", "print", pid, "-o", str(carrier)) == 0
    assert field(labels(intake.read_text("utf-8"))[0], "^BC") == [pid]
    assert "^GFA," in carrier.read_text("ascii")
    pdf = tmp_path / "intake.pdf"
    assert cli("label", "intake", pid, "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF-")


def test_cli_printer_failures_exit_with_the_readme_codes(
        cli: Any, shared_sandbox: Any, capsys: pytest.CaptureFixture[str]) -> None:
    pid = returns_with_labels(shared_sandbox)["pdf"]["process_id"]
    port = closed_port()
    assert cli("label", "print", pid, "--zpl", f"127.0.0.1:{port}") == 5
    assert capsys.readouterr().err == (
        f"revdesk: The label printer at 127.0.0.1:{port} refused the connection: is it on, "
        f"and is {port} its raw printing port?\n")
    with PrinterStandIn(status=PAPER_OUT) as printer:
        assert cli("label", "intake", pid, "--zpl", printer.address) == 75
    assert "but it is out of labels: it prints once that is fixed." in capsys.readouterr().err
    with PrinterStandIn("deaf") as printer:
        started = time.monotonic()
        assert cli("label", "intake", pid, "--zpl", printer.address) == 5
        assert time.monotonic() - started < QUICK.finish + SLACK + 3  # + the sandbox's answer
    assert "took the connection but not the label" in capsys.readouterr().err


def test_cli_a_web_server_is_not_taken_for_a_printer(
        cli: Any, shared_sandbox: Any, capsys: pytest.CaptureFixture[str]) -> None:
    pid = returns_with_labels(shared_sandbox)["pdf"]["process_id"]
    web = shared_sandbox.url.removeprefix("http://").rstrip("/")
    assert cli("label", "intake", pid, "--zpl", web) == 2
    assert capsys.readouterr().err == (
        f"revdesk: What answers at {web} is a web server, not a label printer's raw port: a "
        "network label printer usually takes labels on port 9100.\n")


def test_cli_a_bad_printer_address_is_exit_2_before_anything_is_asked(
        cli: Any, shared_sandbox: Any, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli("label", "intake", "RP-100001", "--zpl", "zebra:99999") == 2
    assert cli("label", "print", "RP-100001", "--zpl", "not a printer") == 2
    err = capsys.readouterr().err
    assert "'zebra:99999' is not a printer address: the port must be a number" in err
    assert "'not a printer' is not a printer address" in err
    assert shared_sandbox.requests() == []
