"""``revdesk label fetch|intake``: a return's carrier label as served, or our intake label."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from revdesk.core import StationCore
from revdesk.domain.audit import PRINT
from revdesk.domain.audit_trail import audited
from revdesk.domain.intake_label import IntakeLabelError, intake_labels_pdf
from revdesk.domain.label_service import fetch_return_label, intake_infos
from revdesk.domain.labels import CheckedLabel, LabelRefused, extension_from_name
from revdesk.settings_store import load_settings

from .common import (
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
    intake = actions.add_parser("intake", help="make the 4x6 in intake label (PDF)")
    intake.add_argument("process_ids", metavar="PID", nargs="+",
                        help="one or more returns: one page each, in one PDF")
    intake.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    intake.add_argument("--dpi", type=int, choices=(203, 300),
                        help="printer resolution the bars are sized for (default: settings)")
    intake.add_argument("--station", help="station name on the label (default: settings)")
    intake.set_defaults(func=run_intake)


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
        label = run_with_core(action)
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
    check_output(args.output, f"{pids[0]}.pdf")
    settings = load_settings()
    station = args.station or settings.station_name
    dpi = args.dpi or settings.printer.dpi

    async def make_and_write(core: StationCore) -> None:
        infos = await intake_infos(core.client, pids, station=station)
        write_output(args.output, intake_labels_pdf(infos, dpi=dpi))

    async def action(core: StationCore) -> None:
        await audited(core.audit, PRINT, pids, make_and_write(core),
                      detail=f"intake label to {_where(args.output)}")

    try:
        run_with_core(action)
    except IntakeLabelError as exc:
        raise CliError(EXIT_USAGE, exc.operator_message) from None
    if args.output != "-":
        what = f"{pids[0]}: intake label" if len(pids) == 1 else f"{len(pids)} intake labels"
        print(f"{what} written to {visible(args.output)}")
    return 0


def _where(target: str) -> str:
    return "standard output" if target == "-" else target


def check_output(target: str, example: str) -> None:
    """Refuse (exit 2) an output that is a folder before anything is fetched or made."""
    if target != "-" and Path(target).is_dir():
        raise CliError(EXIT_USAGE, f"{target} is a folder: give the file to write, "
                                   f"e.g. {Path(target) / example}")


def write_output(target: str, data: bytes) -> None:
    """Write ``data`` to ``target`` ('-' is standard output) all at once: a temporary file
    renamed over the target, so an interrupted run never leaves half a label behind, and
    a failed one never leaves the temporary file."""
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    path = Path(target)
    if path.is_dir():
        raise CliError(EXIT_USAGE, f"{target} is a folder: give the file to write")
    tmp_name = ""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent or Path("."), prefix=f".{path.name}.",
                                         suffix=".tmp", delete=False) as tmp:
            tmp_name = tmp.name
            tmp.write(data)
        os.replace(tmp_name, path)
    except OSError as exc:
        if tmp_name:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        raise CliError(EXIT_USAGE, f"cannot write {target}: {exc.strerror or exc}") from None
