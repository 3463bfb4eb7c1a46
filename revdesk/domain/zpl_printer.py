"""Sending ZPL to a network label printer: raw TCP to ``host:port`` (9100), asyncio (the
window's qasync loop and the CLI's ``asyncio.run`` alike), with timeouts. No Qt.

How a job goes, as the CUPS ``socket`` backend does it: connect; write the job; ask the
printer's host status (``~HS``, answered at once by a Zebra, even mid-job); close our side;
then wait until the printer has answered or closed its side. That last wait is what tells a
printer that takes a connection but never reads (hung, or not a printer) from one that took
the label: a job small enough for the network buffers is "written" in a blink either way.

The status, when the printer gives one, says whether it can print now: out of paper,
paused, head open, out of ribbon. Then the label is in the printer and prints once that is
fixed, and :class:`PrinterNeedsAttention` says so. Every failure is a :class:`PrinterError`
with an operator message naming the printer; none is a traceback.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import re
import socket
from dataclasses import dataclass

from revdesk.i18n import translate

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_PORT",
    "NotAPrinter",
    "PrinterAddress",
    "PrinterAddressError",
    "PrinterError",
    "PrinterNeedsAttention",
    "PrinterStatus",
    "PrinterUnavailable",
    "Timeouts",
    "parse_host_status",
    "parse_printer_address",
    "send_zpl",
]

DEFAULT_PORT = 9100
#: Written a piece at a time, each with the write timeout: a slow printer that keeps taking
#: data is not cut off by a fixed limit for the whole job, a stalled one is.
_CHUNK = 64 * 1024
_STATUS_REQUEST = b"\r\n~HS\r\n"
#: A ~HS answer is three lines framed STX … ETX CR LF; more than this is not one.
_STATUS_MAX_BYTES = 4096
_HOST_LABEL = re.compile(r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)")


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait: for the connection; for each piece written; and, once all is
    written, for the printer to answer or close."""

    connect: float = 5.0
    write: float = 10.0
    finish: float = 10.0


@dataclass(frozen=True)
class PrinterAddress:
    host: str
    port: int = DEFAULT_PORT

    def __str__(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


class PrinterError(Exception):
    """A label not printed (or not yet); ``operator_message`` says why in the operator's
    words, ``detail`` is for the log."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.operator_message = message
        self.detail = detail


class PrinterAddressError(PrinterError):
    """What was given as the printer's address is not one (nothing was sent)."""


class PrinterUnavailable(PrinterError):
    """The printer could not be reached, refused, or did not take the job."""


class NotAPrinter(PrinterError):
    """What answers at the address is something else (a printer's web page, say)."""


class PrinterNeedsAttention(PrinterError):
    """The printer took the job but says it cannot print now (no paper, paused, ...)."""

    def __init__(self, message: str, *, status: PrinterStatus, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.status = status


def parse_printer_address(text: str) -> PrinterAddress:
    """``host``, ``host:port``, ``[v6]:port``; raises PrinterAddressError in plain words.

    Only the form is checked: no name is looked up here.
    """
    raw = text.strip()
    host, port_text, has_port = raw, "", False
    if raw.startswith("["):  # [v6] or [v6]:port
        end = raw.find("]")
        host, rest = (raw[1:end], raw[end + 1:]) if end > 0 else ("", "")
        if rest and not rest.startswith(":"):
            host = ""
        port_text, has_port = rest[1:], bool(rest)
    elif raw.count(":") == 1:  # more than one: a bare IPv6 address, on the default port
        host, port_text = raw.split(":")
        has_port = True
    port = DEFAULT_PORT
    if has_port:
        if not port_text.isascii() or not port_text.isdigit() or not 0 < int(port_text) < 65536:
            raise PrinterAddressError(translate(
                "LabelPrinter", "{text} is not a printer address: the port must be a number "
                "from 1 to 65535 (a network label printer usually listens on {port})."
            ).format(text=repr(text), port=DEFAULT_PORT))
        port = int(port_text)
    if not _valid_host(host):
        raise PrinterAddressError(translate(
            "LabelPrinter", "{text} is not a printer address: give the printer's IP address or "
            "network name, and its port if not {port} (e.g. 192.168.1.50:{port})."
        ).format(text=repr(text), port=DEFAULT_PORT))
    return PrinterAddress(host, port)


def _valid_host(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    if not host or len(host) > 253 or not host.isascii():
        return False
    labels = host.rstrip(".").split(".")
    # A name that is all digits and dots is a mistyped IPv4 address, not a host name.
    if all(label.isdigit() for label in labels):
        return False
    return all(_HOST_LABEL.fullmatch(label) for label in labels)


# -- the host status ------------------------------------------------------------------------


@dataclass(frozen=True)
class PrinterStatus:
    """What a ``~HS`` answer says, the flags that stop printing."""

    paper_out: bool = False
    paused: bool = False
    head_open: bool = False
    ribbon_out: bool = False

    @property
    def problems(self) -> list[str]:
        return [words for flag, words in (
            (self.head_open, translate("LabelPrinter", "its print head is open")),
            (self.paper_out, translate("LabelPrinter", "it is out of labels")),
            (self.ribbon_out, translate("LabelPrinter", "it is out of ribbon")),
            (self.paused, translate("LabelPrinter", "it is paused")),
        ) if flag]


def parse_host_status(answer: bytes) -> PrinterStatus | None:
    """The ``~HS`` answer's flags, or None when ``answer`` is not a whole one.

    Line 1: ``aaa,b,c,…``: b paper out, c pause. Line 2: ``mmm,n,o,p,q,…``: o head up,
    p ribbon out, q thermal transfer mode (ribbon out means nothing on a direct-thermal
    printer, which may report it all the same).
    """
    lines = re.findall(rb"\x02([^\x02\x03]*)\x03", answer)
    if len(lines) < 3:
        return None
    first = lines[0].decode("ascii", "replace").split(",")
    second = lines[1].decode("ascii", "replace").split(",")
    if len(first) < 3 or len(second) < 5:
        return None

    def flag(fields: list[str], index: int) -> bool:
        return fields[index].strip() == "1"

    return PrinterStatus(paper_out=flag(first, 1), paused=flag(first, 2),
                         head_open=flag(second, 2),
                         ribbon_out=flag(second, 3) and flag(second, 4))


# -- sending --------------------------------------------------------------------------------


async def send_zpl(address: PrinterAddress, job: bytes, *, timeouts: Timeouts = Timeouts(),
                   ask_status: bool = True) -> PrinterStatus | None:
    """Send ``job`` to the printer; its status when it gave one (None when it just closed).

    Raises PrinterUnavailable (not reached, refused, did not take the job) or
    PrinterNeedsAttention (it took the job and says why it cannot print it now).
    """
    where = str(address)
    try:
        async with asyncio.timeout(timeouts.connect):
            reader, writer = await asyncio.open_connection(address.host, address.port)
    except TimeoutError:
        raise PrinterUnavailable(
            translate("LabelPrinter", "The label printer at {where} does not answer: is it on "
                      "and connected?").format(where=where),
            detail=f"no connection within {timeouts.connect:g} s",
        ) from None
    except socket.gaierror as exc:
        raise PrinterUnavailable(
            translate("LabelPrinter", "No printer named {host} is known on this network: check "
                      "the name, or give its IP address.").format(host=repr(address.host)),
            detail=f"{where}: {exc}",
        ) from None
    except ConnectionRefusedError as exc:
        raise PrinterUnavailable(
            translate("LabelPrinter", "The label printer at {where} refused the connection: is "
                      "it on, and is {port} its raw printing port?").format(where=where,
                                                                           port=address.port),
            detail=f"{where}: {exc}",
        ) from None
    except OSError as exc:  # no route, network down, address not available
        raise PrinterUnavailable(
            translate("LabelPrinter", "The label printer at {where} does not answer: is it on "
                      "and connected?").format(where=where),
            detail=f"{where}: {exc.strerror or exc}",
        ) from None
    try:
        answer = await _deliver(reader, writer, job, where, timeouts, ask_status)
    except BaseException:
        writer.transport.abort()  # a stalled send is dropped now, not flushed at exit
        raise
    writer.close()
    if answer.startswith(b"HTTP/"):
        # The printer's web page (port 80) or any web server: it read our job as a bad
        # request. Nothing printed, and nothing will until the address is changed.
        raise NotAPrinter(
            translate("LabelPrinter", "What answers at {where} is a web server, not a label "
                      "printer's raw port: a network label printer usually takes labels on "
                      "port {port}.").format(where=where, port=DEFAULT_PORT),
            detail=repr(answer[:80]),
        )
    status = parse_host_status(answer) if answer else None
    log.info("printer %s took %d bytes; status %s", where, len(job), status)
    if status is not None and status.problems:
        raise PrinterNeedsAttention(
            translate("LabelPrinter", "The label went to the printer at {where}, but "
                      "{problems}: it prints once that is fixed.").format(
                where=where, problems=translate("LabelPrinter", " and ").join(status.problems)),
            status=status, detail=repr(answer[:200]),
        )
    return status


async def _deliver(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, job: bytes,
                   where: str, timeouts: Timeouts, ask_status: bool) -> bytes:
    not_taken = translate("LabelPrinter", "The label printer at {where} took the connection but "
                          "not the label: is it paused, jammed or busy? The label may still "
                          "print: check before sending it again.").format(where=where)
    payload = job + (_STATUS_REQUEST if ask_status else b"")
    written = 0
    try:
        for start in range(0, len(payload), _CHUNK):
            writer.write(payload[start:start + _CHUNK])
            async with asyncio.timeout(timeouts.write):
                await writer.drain()
            written = min(len(payload), start + _CHUNK)
        if writer.can_write_eof():
            writer.write_eof()
        async with asyncio.timeout(timeouts.finish):
            return await _read_answer(reader, ask_status)
    except TimeoutError:
        stage = (f"no answer nor close within {timeouts.finish:g} s of the job's end"
                 if written == len(payload) else
                 f"writing stalled after {written} of {len(payload)} bytes")
        raise PrinterUnavailable(not_taken, detail=f"{where}: {stage}") from None
    except OSError as exc:  # reset mid-job: the printer dropped the connection
        raise PrinterUnavailable(
            translate("LabelPrinter", "The label printer at {where} dropped the connection while "
                      "taking the label: check it, and whether the label printed, before "
                      "sending it again.").format(where=where),
            detail=f"{where}: {exc.strerror or exc}",
        ) from None


async def _read_answer(reader: asyncio.StreamReader, ask_status: bool) -> bytes:
    """What the printer sends back, until it closes or a whole ~HS answer is in."""
    answer = b""
    while len(answer) < _STATUS_MAX_BYTES:
        data = await reader.read(_STATUS_MAX_BYTES)
        if not data:
            break
        answer += data
        if ask_status and parse_host_status(answer) is not None:
            break
    return answer
