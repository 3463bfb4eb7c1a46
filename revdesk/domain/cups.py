"""The station's OS printers through CUPS's own commands (``lpstat``, ``lp``), without Qt:
what the CLI lists and prints to. The window asks Qt (QPrinterInfo), which asks the same
CUPS. ``CUPS_SERVER`` in the environment chooses the server, as for every CUPS client.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import subprocess
from dataclasses import dataclass

from revdesk.i18n import translate

log = logging.getLogger(__name__)

__all__ = ["CupsError", "OsPrinters", "list_printers", "submit"]

#: lpstat and lp answer at once from a local server; a server that is not there is waited
#: for this long.
TIMEOUT = 20.0


class CupsError(Exception):
    """The OS printing system could not take the job; ``operator_message`` says why."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.operator_message = message
        self.detail = detail


@dataclass(frozen=True)
class OsPrinters:
    """The printers the OS offers, its default one, and why none when it cannot say."""

    names: tuple[str, ...] = ()
    default: str = ""
    problem: str = ""


def list_printers() -> OsPrinters:
    """The CUPS queues this station sees (``lpstat -e``) and the default (``lpstat -d``)."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return OsPrinters(problem=translate("Cups", "no printing system (CUPS) on this computer"))
    try:
        queues = subprocess.run([lpstat, "-e"], capture_output=True, text=True,
                                timeout=TIMEOUT, check=False)
        default = subprocess.run([lpstat, "-d"], capture_output=True, text=True,
                                 timeout=TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return OsPrinters(problem=translate(
            "Cups", "the printing system does not answer ({kind})").format(kind=type(exc).__name__))
    names = tuple(line.strip() for line in queues.stdout.splitlines() if line.strip())
    if queues.returncode != 0 and not names:
        why = queues.stderr.strip().splitlines()
        # "No destinations added." is a fresh PC, not a problem.
        if why and "no destinations" not in why[0].lower():
            return OsPrinters(problem=translate("Cups", "the printing system says: {why}").format(
                why=why[0]))
    chosen = ""
    if ":" in default.stdout and default.returncode == 0:
        chosen = default.stdout.split(":", 1)[1].strip()
    return OsPrinters(names, chosen if chosen in names else "")


async def submit(queue: str, data: bytes, *, raw: bool = False, title: str = "revdesk label",
                 media: str = "") -> str:
    """Send ``data`` to the queue with ``lp``; the job id CUPS gives. ``raw``: the bytes
    go to the printer as they are (ZPL to a Zebra's raw queue). ``media``: e.g.
    ``w288h432``, the page size the job asks for."""
    lp = shutil.which("lp")
    if lp is None:
        raise CupsError(translate("Cups", "This computer has no printing system (CUPS): choose a "
                                  "folder or a ZPL printer for the labels instead."))
    if not queue or queue.startswith("-"):
        raise CupsError(translate("Cups", "{queue} is not a printer name.").format(
            queue=repr(queue)))
    args = [lp, "-d", queue, "-t", title]
    if raw:
        args += ["-o", "raw"]
    if media:
        args += ["-o", f"media={media}", "-o", f"PageSize={media}"]
    try:
        process = await asyncio.create_subprocess_exec(
            *args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE)
        async with asyncio.timeout(TIMEOUT):
            out, err = await process.communicate(data)
    except TimeoutError:
        process.kill()
        raise CupsError(translate("Cups", "The printing system did not take the label for {queue} "
                                  "in {seconds} s: is it running?").format(
            queue=queue, seconds=f"{TIMEOUT:g}")) from None
    except OSError as exc:
        raise CupsError(translate("Cups", "The printing system could not be started."),
                        detail=str(exc)) from None
    if process.returncode != 0:
        said = err.decode("utf-8", "replace").strip().splitlines()
        reason = said[0].removeprefix("lp: ") if said else f"lp exited {process.returncode}"
        raise CupsError(translate("Cups", "The printer {queue} did not take the label: "
                                  "{reason}").format(queue=queue, reason=reason),
                        detail=" ".join(said))
    answer = out.decode("utf-8", "replace").strip()
    log.info("printed on %s: %s", queue, answer)
    # "request id is Zebra-1-7 (1 file(s))"
    return answer.split(" is ", 1)[1].split(" ", 1)[0] if " is " in answer else answer
