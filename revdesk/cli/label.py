"""``revdesk label fetch|intake|print``: a return's carrier label as served, our intake label
(PDF or ZPL), either label on the station's printer profile (``--print``, ``label print``),
on an OS printer by name (``--printer``) or straight to a ZPL printer (``--zpl``)."""

from __future__ import annotations

import argparse
import asyncio
import errno
import sys
from pathlib import Path
from typing import Any

from revdesk.config import PrinterRole, PrinterSettings, StationSettings
from revdesk.core import StationCore
from revdesk.domain.audit import PRINT
from revdesk.domain.audit_trail import audited
from revdesk.domain.carrier_zpl import LabelNotPrintable, carrier_label_zpl
from revdesk.domain.cups import CupsError
from revdesk.domain.cups import submit as cups_submit
from revdesk.domain.intake_label import IntakeLabelError, intake_labels_pdf
from revdesk.domain.intake_zpl import intake_labels_zpl
from revdesk.domain.label_service import fetch_return_label, intake_infos
from revdesk.domain.labels import CheckedLabel, LabelRefused, extension_from_name
from revdesk.domain.output_file import NotAFileTarget, destination, write_atomically
from revdesk.domain.printer_profiles import (
    ROLE_WORDS,
    LabelItem,
    folder_file,
    label_stock,
    labels_pdf,
    labels_zpl,
    send_to_zpl_printer,
)
from revdesk.domain.zpl_printer import (
    DEFAULT_PORT,
    NotAPrinter,
    PrinterAddress,
    PrinterAddressError,
    PrinterError,
    PrinterNeedsAttention,
    Timeouts,
    parse_printer_address,
    send_zpl,
)
from revdesk.settings_store import load_settings

from .common import (
    EXIT_OUTPUT,
    EXIT_QUEUED,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    CliError,
    parse_process_id,
    run_with_core,
    visible,
)


def register(sub: Any) -> None:
    parser = sub.add_parser("label", help="fetch a return's label or make an intake label")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    fetch = actions.add_parser("fetch", help="save the return's carrier label as served")
    fetch.add_argument("process_id", metavar="PID")
    fetch.add_argument("-o", "--output", required=True, metavar="FILE",
                       help="where to write the label ('-' for standard output)")
    fetch.set_defaults(func=run_fetch)
    intake = actions.add_parser("intake", help="make the 4x6 in intake label (PDF or ZPL)")
    intake.add_argument("process_ids", metavar="PID", nargs="+",
                        help="one or more returns: one label each, in one file or job")
    where = intake.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", metavar="FILE.pdf|FILE.zpl",
                       help="write the labels: ZPL when the name ends in .zpl, else PDF")
    where.add_argument("--zpl", metavar="HOST[:PORT]",
                       help=f"send the labels as ZPL to a network label printer (port {DEFAULT_PORT})")
    where.add_argument("--print", action="store_true", dest="to_printer",
                       help="print on the station's intake-label printer (see 'revdesk printers')")
    intake.add_argument("--printer", metavar="NAME",
                        help="with --print: this OS (CUPS) printer instead of the profile's")
    intake.add_argument("--dpi", type=int, choices=(203, 300),
                        help="printer resolution the bars are sized for (default: settings)")
    intake.add_argument("--station", help="station name on the label (default: settings)")
    intake.set_defaults(func=run_intake)
    printing = actions.add_parser(
        "print", help="print the return's carrier label on the station's carrier-label printer")
    printing.add_argument("process_id", metavar="PID")
    where = printing.add_mutually_exclusive_group()
    where.add_argument("--printer", metavar="NAME",
                       help="this OS (CUPS) printer instead of the profile's")
    where.add_argument("--zpl", metavar="HOST[:PORT]",
                       help=f"the ZPL label printer's address (port {DEFAULT_PORT} if not given)")
    where.add_argument("-o", "--output", metavar="FILE.zpl", help="write the ZPL to a file")
    printing.add_argument("--dpi", type=int, choices=(203, 300),
                          help="the printer's resolution (default: settings)")
    printing.set_defaults(func=run_print)


def run_fetch(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)
    check_output(args.output, f"{pid}.pdf")

    async def fetch_and_write(core: StationCore) -> CheckedLabel:
        label = await fetch_return_label(core.client, pid)
        named = extension_from_name(args.output)
        if named is not None and named != label.extension:
            print(f"revdesk: note: the label is a {label.extension.upper()} file, "
                  f"written to {visible(args.output)} as asked", file=sys.stderr)
        write_output(args.output, label.data)
        return label

    async def action(core: StationCore) -> CheckedLabel:
        # Recorded as a print: the file is what a script sends to the printer.
        return await audited(core.audit, PRINT, [pid], fetch_and_write(core),
                             detail=f"carrier label to {_where(args.output)}")

    try:
        label = run_with_core(action, reads_only=True)
    except LabelRefused as exc:
        # The file is at fault, not the connection: a retry would fetch the same bytes.
        raise CliError(EXIT_USAGE, f"the label REVER serves for {pid} cannot be used: {exc} "
                                   "Nothing was written.") from None
    if args.output != "-":
        print(f"{pid}: label ({label.extension}, {label.size} bytes) written to "
              f"{visible(args.output)}")
    return 0


def run_intake(args: argparse.Namespace) -> int:
    pids = [parse_process_id(p) for p in args.process_ids]
    printer = _printer_address(args.zpl)
    as_zpl = printer is not None or _is_zpl_file(args.output)
    if args.output:
        check_output(args.output, f"{pids[0]}.{'zpl' if as_zpl else 'pdf'}")
    settings = load_settings()
    station = args.station or settings.station_name
    if args.printer is not None and not args.to_printer:
        raise CliError(EXIT_USAGE, "--printer goes with --print")
    profile = _profile(settings, "intake", args.printer, args.dpi)
    if args.to_printer:
        return _print_on_profile("intake", pids, profile, station=station)
    dpi = profile.dpi
    target = f"ZPL printer {printer}" if printer else _where(args.output)

    async def make_and_deliver(core: StationCore) -> None:
        infos = await intake_infos(core.client, pids, station=station)
        if printer is not None:
            await send_zpl(printer, intake_labels_zpl(infos, dpi=dpi), timeouts=PRINTER_TIMEOUTS)
        elif as_zpl:
            write_output(args.output, intake_labels_zpl(infos, dpi=dpi))
        else:
            write_output(args.output, intake_labels_pdf(infos, dpi=dpi))

    async def action(core: StationCore) -> None:
        await audited(core.audit, PRINT, pids, make_and_deliver(core),
                      detail=f"intake label to {target}")

    try:
        run_with_core(action, reads_only=True)
    except IntakeLabelError as exc:
        raise CliError(EXIT_USAGE, exc.operator_message) from None
    except PrinterError as exc:
        raise _printer_failure(exc) from None
    what = f"{pids[0]}: intake label" if len(pids) == 1 else f"{len(pids)} intake labels"
    if printer is not None:
        print(f"{what} sent to the label printer at {printer}")
    elif args.output != "-":
        print(f"{what} written to {visible(args.output)}")
    return 0


#: How long the CLI waits on a label printer (tests shorten it).
PRINTER_TIMEOUTS = Timeouts()


def run_print(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)
    printer = _printer_address(args.zpl)
    if args.output:
        check_output(args.output, f"{pid}.zpl")
    settings = load_settings()
    profile = _profile(settings, "carrier", args.printer, args.dpi)
    if printer is None and not args.output:
        return _print_on_profile("carrier", [pid], profile)
    stock = label_stock(profile)
    target = f"ZPL printer {printer}" if printer else _where(args.output)

    async def fetch_and_print(core: StationCore) -> CheckedLabel:
        label = await fetch_return_label(core.client, pid)
        loop = asyncio.get_running_loop()
        # Drawing a page is tens of milliseconds of PDFium and Pillow: off the event loop.
        job = await loop.run_in_executor(None, carrier_label_zpl, label, stock)
        if printer is not None:
            await send_zpl(printer, job, timeouts=PRINTER_TIMEOUTS)
        else:
            write_output(args.output, job)
        return label

    async def action(core: StationCore) -> CheckedLabel:
        return await audited(core.audit, PRINT, [pid], fetch_and_print(core),
                             detail=f"carrier label to {target}")

    try:
        label = run_with_core(action)
    except (LabelRefused, LabelNotPrintable) as exc:
        raise CliError(EXIT_USAGE, f"the label REVER serves for {pid} cannot be printed: "
                                   f"{exc.operator_message} Nothing was sent.") from None
    except PrinterError as exc:
        raise _printer_failure(exc) from None
    what = f"{pid}: carrier label ({label.extension.upper()}, {stock.dpi} dpi)"
    if printer is not None:
        print(f"{what} sent to the label printer at {printer}")
    elif args.output != "-":
        print(f"{what} written to {visible(args.output)} as ZPL")
    return 0


def _profile(settings: StationSettings, role: PrinterRole, printer: str | None,
             dpi: int | None) -> PrinterSettings:
    """The role's profile, with ``--printer NAME`` (an OS printer) and ``--dpi`` applied."""
    profile = settings.printer_for(role)
    update: dict[str, object] = {}
    if printer is not None:
        if not printer.strip() or printer.startswith("-"):
            raise CliError(EXIT_USAGE, f"{visible(printer)} is not a printer name: "
                                       "'revdesk printers' lists them")
        update |= {"kind": "system", "name": printer.strip()}
    if dpi:
        update["dpi"] = dpi
    return profile.model_copy(update=update) if update else profile


def _print_on_profile(role: PrinterRole, pids: list[str], profile: PrinterSettings, *,
                      station: str = "") -> int:
    """The labels of ``pids`` on the profile's printer (OS, folder or ZPL), recorded."""
    what = ROLE_WORDS[role].lower()
    if not profile.chosen:
        raise CliError(EXIT_USAGE, f"no {what} printer is set up on this station: choose one "
                                   "in the window (Labels > Label printers...), or give "
                                   "--printer NAME ('revdesk printers' lists them)")

    async def make(core: StationCore) -> list[LabelItem]:
        if role == "intake":
            infos = await intake_infos(core.client, pids, station=station)
            return [LabelItem(info.process_id, intake=info) for info in infos]
        return [LabelItem(pid, carrier=await fetch_return_label(core.client, pid))
                for pid in pids]

    folder = Path(profile.folder).expanduser()  # before the loop: expanduser reads the disk

    async def deliver(core: StationCore) -> str:
        items = await make(core)
        loop = asyncio.get_running_loop()
        if profile.kind == "zpl":
            job = await loop.run_in_executor(None, labels_zpl, items, profile)
            await send_to_zpl_printer(profile, job, timeouts=PRINTER_TIMEOUTS)
            return f"sent to the label printer at {profile.zpl_address}"
        if profile.kind == "folder":
            written = []
            for item in items:
                path = folder_file(folder, item.process_id, role)
                data = await loop.run_in_executor(None, labels_pdf, [item], profile)
                write_output(str(path), data)
                written.append(visible(str(path)))
            return "written to " + ", ".join(written)
        data = await loop.run_in_executor(None, labels_pdf, items, profile)
        stock = label_stock(profile)
        media = (f"w{round(stock.width_dots * 72 / stock.dpi)}"
                 f"h{round(stock.height_dots * 72 / stock.dpi)}")
        job_id = await cups_submit(profile.name, data, media=media,
                                   title=f"{pids[0]} {what}" if len(pids) == 1
                                   else f"{what}s for {len(pids)} returns")
        return f"printed on {visible(profile.name)} (job {visible(job_id)})"

    async def action(core: StationCore) -> str:
        return await audited(core.audit, PRINT, pids, deliver(core),
                             detail=f"{what} to {profile.describe()}")

    try:
        where = run_with_core(action)
    except (LabelRefused, LabelNotPrintable) as exc:
        raise CliError(EXIT_USAGE, f"the label REVER serves for {pids[0]} cannot be printed: "
                                   f"{exc.operator_message} Nothing was sent.") from None
    except IntakeLabelError as exc:
        raise CliError(EXIT_USAGE, exc.operator_message) from None
    except PrinterError as exc:
        raise _printer_failure(exc) from None
    except CupsError as exc:
        raise CliError(EXIT_UNAVAILABLE, exc.operator_message) from None
    subject = f"{pids[0]}: {what}" if len(pids) == 1 else f"{len(pids)} {what}s"
    print(f"{subject} {where}")
    return 0


def _printer_address(text: str | None) -> PrinterAddress | None:
    """The --zpl address, or exit 2 before anything is fetched or made."""
    if text is None:
        return None
    try:
        return parse_printer_address(text)
    except PrinterAddressError as exc:
        raise CliError(EXIT_USAGE, exc.operator_message) from None


def _is_zpl_file(target: str | None) -> bool:
    return bool(target) and Path(str(target)).suffix.lower() == ".zpl"


def _printer_failure(exc: PrinterError) -> CliError:
    """A printer that took the job but cannot print it now is 75 (it prints once fixed: a
    retry would print it twice); an address where something else answers is 2 (a setting
    to fix); one not reached, refusing or stalled is 5."""
    code = (EXIT_QUEUED if isinstance(exc, PrinterNeedsAttention) else
            EXIT_USAGE if isinstance(exc, NotAPrinter) else EXIT_UNAVAILABLE)
    return CliError(code, exc.operator_message)


def _where(target: str) -> str:
    return "standard output" if target == "-" else target


def check_output(target: str, example: str) -> None:
    """Refuse (exit 2) an output that is a folder, a disk device or a socket before
    anything is fetched or made."""
    if target != "-":
        _destination(target, example)


def _destination(target: str, example: str = "label.pdf") -> Path:
    """The file ``target`` names (see :mod:`revdesk.domain.output_file`), or CliError
    (exit 2) when it names a folder, a disk device or a socket."""
    try:
        return destination(target)
    except NotAFileTarget as exc:
        raise _refused(exc, example) from None
    except OSError as exc:
        raise CliError(EXIT_USAGE, f"cannot write {visible(target)}: "
                                   f"{exc.strerror or exc}") from None


def _refused(exc: NotAFileTarget, example: str = "label.pdf") -> CliError:
    target = visible(exc.target)
    if exc.is_folder:
        return CliError(EXIT_USAGE, f"{target} is a folder: give the file to write, "
                                    f"e.g. {visible(str(Path(exc.target) / example))}")
    return CliError(EXIT_USAGE, f"{target} {exc}; it is left as it is: give a file to write, "
                                "or '-' for standard output.")


def write_output(target: str, data: bytes) -> None:
    """Write ``data`` to ``target`` ('-' is standard output) all at once
    (:func:`~revdesk.domain.output_file.write_atomically`): an interrupted run never leaves
    half a label behind, a failed one never leaves the temporary file."""
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        write_atomically(target, data)
    except NotAFileTarget as exc:
        raise _refused(exc) from None
    except OSError as exc:
        # A full disk is the output failing, as on standard output (74), not a wrong path
        # (2): a script that retries later must be able to tell them apart.
        code = EXIT_OUTPUT if exc.errno in _DISK_FAILURES else EXIT_USAGE
        raise CliError(code, f"cannot write {target}: {exc.strerror or exc}") from None


_DISK_FAILURES = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG})
