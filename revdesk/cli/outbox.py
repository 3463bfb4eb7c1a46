"""``revdesk outbox list|flush``: what is waiting to be sent, and sending it."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from revdesk.core import StationCore
from revdesk.domain.outbox import LEASE_S, Entry
from revdesk.domain.shelf import retryable_failed

from .common import EXIT_QUEUED, QUICK_RETRY, open_outbox, run_with_core, visible


def register(sub: Any) -> None:
    parser = sub.add_parser("outbox", help="status changes waiting to be sent")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="show pending and failed changes")
    lst.set_defaults(func=run_list)
    flush = actions.add_parser("flush", help="send every pending change now")
    flush.add_argument("--retry-failed", action="store_true",
                       help="also send again the refused changes a retry can help (never "
                       "one for an unknown or cancelled return: those stay refused)")
    flush.set_defaults(func=run_flush)


def _line(e: Entry) -> str:
    when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(e.created_at))
    reason = f"  ({visible(e.last_error)})" if e.last_error else ""
    return (f"{when}  {e.state:<7}  {visible(e.process_id)}  -> {visible(e.status)}  "
            f"tries={e.attempts}{reason}")


def run_list(args: argparse.Namespace) -> int:
    store = open_outbox(to_read=True)
    try:
        entries = store.pending() + store.failed()
    finally:
        store.close()
    for entry in entries:
        print(_line(entry))
    pending = sum(e.state == "pending" for e in entries)
    print(f"{pending} pending, {len(entries) - pending} failed")
    return 0


def run_flush(args: argparse.Namespace) -> int:
    async def action(core: StationCore) -> dict[str, int]:
        outbox = core.outbox
        assert outbox is not None  # a core with a backend has its outbox
        if args.retry_failed:
            # As the window's "Retry refused": a permanent refusal would only be refused
            # again (and, for a scan, its parcel is on the shelf to be pulled back).
            outbox.store.retry_failed([e.id for e in retryable_failed(outbox.store)])
        if held := outbox.store.sending_elsewhere():
            # Never a silent wait: a killed process's claim holds for up to LEASE_S.
            print(f"revdesk: waiting for {held} change(s) another station process is "
                  f"sending (a stopped process's claim lapses within {LEASE_S:.0f} s)…",
                  file=sys.stderr, flush=True)
        tally = await outbox.flush()
        # Entries another station process is sending are not "pending" here: it settles
        # them (and a failure there comes back as pending, for the next flush).
        tally["sending"] = outbox.store.sending_elsewhere()
        tally["left"] = outbox.store.counts()["pending"] - tally["sending"]
        if tally["left"]:
            reasons = [e.last_error for e in outbox.store.pending()
                       if e.last_error and not outbox.store.held_elsewhere(e)]
            why.extend(reasons[-1:])  # the latest try's reason says why they wait
        return tally

    why: list[str] = []
    tally = run_with_core(action, retry=QUICK_RETRY)
    elsewhere = (f", {tally['sending']} being sent by another station process"
                 if tally["sending"] else "")
    print(f"{tally['delivered']} delivered, {tally['failed']} failed, "
          f"{tally['left']} still pending{elsewhere}")
    if why:
        print(f"revdesk: not sent yet: {visible(why[0])}", file=sys.stderr)
    return EXIT_QUEUED if tally["left"] else 0
