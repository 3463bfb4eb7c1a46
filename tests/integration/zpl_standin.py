"""A ZPL label printer stand-in on 127.0.0.1, and what a printer makes of a job.

``PrinterStandIn`` is an asyncio TCP server on its own thread (the CLI under test runs its
own event loop in the test's thread): it reads each job to the end, answers ``~HS`` with
the status it is given, as a Zebra does, and keeps what it received. As ``deaf`` it takes
connections and never reads nor closes them: a hung printer.

``bitmap`` decodes a label's ``^GFA`` pictures (ZPL's compressed ASCII hexadecimal) back to
an image at their ``^FO`` places, written here from the ZPL manual and not from the encoder
under test, so that a wrong encoding shows as a picture that no barcode reader reads.
"""

from __future__ import annotations

import asyncio
import re
import socket
import threading
from typing import Literal

from PIL import Image

#: A ~HS answer (three lines, STX … ETX CR LF) with nothing wrong.
READY = (b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n"
         b"\x02000,0,0,0,0,2,6,0,00000000,1,000\x03\r\n"
         b"\x021234,0\x03\r\n")
#: The same with the paper-out flag set (line 1, second field).
PAPER_OUT = READY.replace(b"\x02030,0,0,", b"\x02030,1,0,", 1)

Mode = Literal["printer", "silent", "deaf"]


class PrinterStandIn:
    """``printer`` answers ~HS with ``status``; ``silent`` reads all, answers nothing and
    closes (a printer or emulator without ~HS); ``deaf`` never reads and never closes."""

    def __init__(self, mode: Mode = "printer", *, status: bytes = READY,
                 receive_buffer: int | None = None) -> None:
        self.mode = mode
        self.status = status
        self.receive_buffer = receive_buffer
        self.jobs: list[bytes] = []
        self.connections = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None
        self._stop: asyncio.Event | None = None
        self.port = 0

    def __enter__(self) -> PrinterStandIn:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(5)
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._close(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    async def _start(self) -> None:
        self._stop = asyncio.Event()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if self.receive_buffer:
            # Set before listen, so accepted connections advertise a small window.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.receive_buffer)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self._server = await asyncio.start_server(self._handle, sock=sock)

    async def _close(self) -> None:
        assert self._stop is not None and self._server is not None
        self._stop.set()
        self._server.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert self._stop is not None
        self.connections += 1
        if self.mode == "deaf":
            await self._stop.wait()
            writer.transport.abort()
            return
        received = b""
        answered = False
        while data := await reader.read(65536):
            received += data
            if self.mode == "printer" and not answered and b"~HS" in received:
                writer.write(self.status)  # at once, as a Zebra does with ~ commands
                await writer.drain()
                answered = True
        self.jobs.append(received)
        writer.close()


def closed_port() -> int:
    """A loopback port with nothing listening: a connection there is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- what the printer makes of a job ---------------------------------------------------------


def labels(job: str) -> list[str]:
    """Each ``^XA … ^XZ`` of a job."""
    return re.findall(r"\^XA(.*?)\^XZ", job, flags=re.S)


def unhex(data: str, indicator: str = "_") -> str:
    """``^FH`` field data as the printer reads it: ``_XX`` is the byte XX (UTF-8, ^CI28)."""
    out = bytearray()
    i = 0
    while i < len(data):
        if data[i] == indicator and re.fullmatch(r"[0-9A-Fa-f]{2}", data[i + 1:i + 3]):
            out.append(int(data[i + 1:i + 3], 16))
            i += 3
        else:
            out += data[i].encode("utf-8")
            i += 1
    return out.decode("utf-8")


def field(label: str, command: str) -> list[str]:
    """The data of every field made by ``command`` (``^BC``, ``^BQ``, ``^A0``), ^FH decoded."""
    found = []
    for match in re.finditer(rf"\{command}[^\^]*(\^FH(.))?\^FD(.*?)\^FS", label, flags=re.S):
        found.append(unhex(match.group(3), match.group(2)) if match.group(1) else match.group(3))
    return found


def size(label: str) -> tuple[int, int]:
    width = re.search(r"\^PW(\d+)", label)
    length = re.search(r"\^LL(\d+)", label)
    assert width and length, "a label says its print width and length"
    return int(width.group(1)), int(length.group(1))


def bitmap(label: str) -> Image.Image:
    """The label's ^GFA pictures on a white label of its ^PW x ^LL, as a grey image."""
    page = Image.new("L", size(label), 255)
    for match in re.finditer(r"\^FO(\d+),(\d+)\^GFA,(\d+),(\d+),(\d+),(.*?)\^FS", label,
                             flags=re.S):
        x, y, _binary, total, per_row = (int(g) for g in match.groups()[:5])
        rows = decompress(match.group(6), per_row)
        assert len(rows) * per_row == total, f"{len(rows)} rows of {per_row} bytes != {total}"
        bits = Image.frombytes("1", (per_row * 8, len(rows)), b"".join(rows))
        # ZPL: a 1 bit prints black; Pillow's mode 1: a 1 bit is white.
        ink = bits.point(lambda v: 0 if v else 255, mode="L")
        page.paste(ink, (x, y), mask=bits)
    return page


def decompress(data: str, bytes_per_row: int) -> list[bytes]:
    """ZPL ASCII hexadecimal, compressed or not, as rows of bytes.

    G-Y repeat the next digit 1-19 times, g-z 20-400 times (they add up); ``,`` fills the
    rest of the row with 0, ``!`` with 1 (F); ``:`` repeats the previous row.
    """
    width = bytes_per_row * 2
    rows: list[bytes] = []
    row = ""
    count = 0
    for char in data:
        if char in "\r\n ":
            continue
        if "G" <= char <= "Y":
            count += ord(char) - ord("F")
        elif "g" <= char <= "z":
            count += (ord(char) - ord("f")) * 20
        elif char in ",!":
            row += ("0" if char == "," else "F") * (width - len(row))
        elif char == ":":
            assert not row and rows, "':' repeats a whole previous row"
            rows.append(rows[-1])
            continue
        else:
            assert char in "0123456789ABCDEF", f"not ZPL hexadecimal: {char!r}"
            row += char * (count or 1)
            count = 0
        assert len(row) <= width, "a run crosses the end of its row"
        if len(row) == width:
            rows.append(bytes.fromhex(row))
            row = ""
    assert not row and not count, "the data ends inside a row"
    return rows
