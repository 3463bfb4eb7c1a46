"""``revdesk audit export|summary``: the station's audit log as CSV, and the shift summary
(delivered status changes per hour and status) for the lead at the end of a shift."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, timedelta
from typing import Any

from revdesk.domain.audit import (
    ACTIONS,
    CSV_SEPARATORS,
    NO_LIMIT,
    RESULTS,
    STATUS_CHANGE,
    shift_summary,
)

from .common import EXIT_USAGE, CliError, open_audit, visible
from .label import write_output

WHEN_HELP = ("'today', 'yesterday', a date (2026-11-23), a date and time (2026-11-23 09:00) "
             "or a span back from now (8h, 30m, 2d)")
_SPAN = re.compile(r"^(\d+)\s*([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}
#: The longest span back from now: no audit log is older, and far longer ones overflow.
MAX_SPAN = timedelta(days=36_525)


def register(sub: Any) -> None:
    parser = sub.add_parser("audit", help="the station's audit log: export and shift summary")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="the audit log as CSV (UTF-8)")
    _add_range(export)
    export.add_argument("--action", dest="event_action", choices=ACTIONS,
                        help="only this kind of action")
    export.add_argument("--process", default="", metavar="TEXT",
                        help="only processes whose id contains TEXT")
    export.add_argument("--result", default="", choices=RESULTS, help="only this result")
    export.add_argument("-o", "--output", default="-", metavar="FILE",
                        help="where to write the CSV (default: standard output)")
    export.add_argument("--separator", default=",", metavar="SEP",
                        help="the column separator: ',' (default) or ';' (Excel where the "
                             "decimal mark is a comma)")
    export.add_argument("--semicolon", dest="separator", action="store_const", const=";",
                        help="the same as --separator ';'")
    export.set_defaults(func=run_export)
    summary = actions.add_parser(
        "summary", help="delivered status changes per hour and status (default: today)")
    _add_range(summary, since_default="today")
    summary.set_defaults(func=run_summary)


def _add_range(parser: argparse.ArgumentParser, since_default: str | None = None) -> None:
    parser.add_argument("--since", default=since_default, metavar="WHEN",
                        help=f"from WHEN: {WHEN_HELP}")
    parser.add_argument("--until", default=None, metavar="WHEN", help="up to (not including) WHEN")


def parse_when(text: str, now: datetime | None = None) -> float:
    """A moment the operator can type, as a timestamp; raises CliError (exit 2) if not one."""
    now = now or datetime.now()
    value = text.strip().lower()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if value == "today":
        return midnight.timestamp()
    if value == "yesterday":
        return (midnight - timedelta(days=1)).timestamp()
    if match := _SPAN.match(value):
        amount, unit = int(match.group(1)), _UNITS[match.group(2)]
        # Compared in the span's own unit: timedelta itself overflows on 10**20 minutes.
        too_far = CliError(EXIT_USAGE, f"{text!r} is too far back: a span can be at most "
                                       f"100 years ({MAX_SPAN.days}d).")
        if amount > MAX_SPAN / timedelta(**{unit: 1}):
            raise too_far
        try:
            return (now - timedelta(**{unit: amount})).timestamp()
        except (OverflowError, OSError, ValueError):  # before 1970 where the OS cannot say
            raise too_far from None
    try:
        return datetime.fromisoformat(text.strip()).timestamp()
    except (ValueError, OverflowError, OSError):
        raise CliError(EXIT_USAGE, f"{text!r} is not a time. Use {WHEN_HELP}.") from None


def _range(args: argparse.Namespace, now: datetime | None = None
           ) -> tuple[float | None, float | None]:
    """``--since`` and ``--until`` as timestamps; a period that cannot hold anything (one
    starting in the future, one ending before it starts) is exit 2: an empty export or "no
    status changes" would read as a quiet shift, not as a mistyped year or day."""
    now = now or datetime.now()
    since = parse_when(args.since, now) if args.since else None
    until = parse_when(args.until, now) if args.until else None
    if since is not None and since > now.timestamp():
        raise CliError(EXIT_USAGE, f"--since {args.since!r} is in the future (it is now "
                                   f"{now:%Y-%m-%d %H:%M}): nothing is recorded after it yet.")
    if since is not None and until is not None and until <= since:
        raise CliError(EXIT_USAGE, f"--until {args.until!r} is not after --since "
                                   f"{args.since!r}: the period holds nothing.")
    return since, until


def run_export(args: argparse.Namespace) -> int:
    if args.separator not in CSV_SEPARATORS:
        raise CliError(EXIT_USAGE, f"{args.separator!r} is not a CSV separator. "
                                   "Use ',' or ';'.")
    since, until = _range(args)
    audit = open_audit(to_read=True)
    try:
        events = audit.events(since=since, until=until, action=args.event_action or "",
                              result=args.result, process_contains=args.process.strip(),
                              limit=NO_LIMIT)
        # To a terminal, REVER's words (an old status, a refusal's reason) must not act on
        # it: an escape sequence could clear it or retitle it. A file gets them as they are.
        to_terminal = args.output == "-" and sys.stdout.isatty()
        text = audit.to_csv(events, separator=args.separator,
                            shown=visible if to_terminal else None)
    finally:
        audit.close()
    write_output(args.output, text.encode("utf-8"))
    if args.output != "-":
        print(f"{len(events)} event(s) written to {visible(args.output)}")
    return 0


def summary_lines(table: dict[str, dict[str, int]]) -> list[str]:
    """The summary as a text table: one row per hour, one column per status, and totals."""
    statuses = sorted({status for counts in table.values() for status in counts})
    # A status is read back from the shared audit file: spelled before it is measured.
    header = ["HOUR", *(visible(s) for s in statuses), "TOTAL"]
    rows = [[hour, *(str(counts.get(s, 0)) for s in statuses), str(sum(counts.values()))]
            for hour, counts in table.items()]
    totals = [sum(counts.get(s, 0) for counts in table.values()) for s in statuses]
    rows.append(["TOTAL", *(str(t) for t in totals), str(sum(totals))])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(widths[0]) if i == 0 else cell.rjust(widths[i])
                      for i, cell in enumerate(row)) for row in [header, *rows]]


def run_summary(args: argparse.Namespace) -> int:
    since, until = _range(args)
    audit = open_audit(to_read=True)
    try:
        table = shift_summary(audit.events(since=since, until=until, action=STATUS_CHANGE,
                                           limit=NO_LIMIT))
    finally:
        audit.close()
    if not table:
        print("no status changes delivered in this period", file=sys.stderr)
        return 0
    for line in summary_lines(table):
        print(line)
    return 0
