"""``revdesk status set PID STATUS``: what a scan does, from a script. The change goes
through the station's outbox: if the backend is down it is kept and sent later (exit 75)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from revdesk.api import errors
from revdesk.core import StationCore
from revdesk.domain.outbox import Result
from revdesk.domain.outcomes import Outcome

from .common import (
    EXIT_QUEUED,
    QUICK_RETRY,
    CliError,
    exit_code_for,
    parse_process_id,
    parse_status,
    run_with_core,
    visible,
)

log = logging.getLogger(__name__)


def register(sub: Any) -> None:
    parser = sub.add_parser("status", help="set a return's shipping status")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    set_ = actions.add_parser("set", help="set the shipping status of one return")
    set_.add_argument("process_id", metavar="PID")
    set_.add_argument("status", metavar="STATUS", help="e.g. IN_WAREHOUSE")
    set_.set_defaults(func=run_set)


def run_set(args: argparse.Namespace) -> int:
    pid = parse_process_id(args.process_id)
    status = parse_status(args.status)

    async def action(core: StationCore) -> tuple[str, Result]:
        previous = ""
        try:
            previous = (await core.client.get_process(pid)).shipping_status
        except errors.ApiError as exc:
            if errors.fails_every_call(exc):  # bad key or address: refused before queuing
                raise
            # [assumed] read: whatever it says (unknown, 405, 501, unreadable, down), the
            # documented POST is still sent and its answer decides.
            log.info("%s: the return could not be read first: %s", pid, exc.log_text())
        assert core.outbox is not None  # a core with a backend has its outbox
        return previous, await core.outbox.submit(pid, status, previous_status=previous,
                                                  source="cli")

    previous, result = run_with_core(action, retry=QUICK_RETRY)
    if result.outcome is Outcome.DELIVERED:
        # The old status is REVER's word, the queued reason may quote REVER: visible.
        print(f"{pid}: {status} (was {visible(previous) or 'unknown'})")
        return 0
    if result.outcome is Outcome.QUEUED:
        print(f"{pid}: {status} queued: REVER is not reachable now "
              f"({visible(result.message)}). It will be sent by 'revdesk outbox flush' or the station.")
        return EXIT_QUEUED
    if result.outcome is Outcome.SUPERSEDED:
        # Another process wrote a newer change of this return while this one waited for
        # its turn: that one is sent, this one never is (it would be undone at once).
        print(f"{pid}: {status} not sent: a later change of this return replaced it")
        return 0
    assert result.error is not None
    raise CliError(exit_code_for(result.error), result.error.operator_message)
