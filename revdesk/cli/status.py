"""``revdesk status set PID STATUS``: what a scan does, from a script."""

from __future__ import annotations

import argparse
from typing import Any

from revdesk.backend import Backend

from .common import parse_process_id, parse_status, run_with_backend


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

    async def action(backend: Backend) -> str:
        before = await backend.client.get_process(pid)
        await backend.client.set_shipping_status(pid, status)
        return before.shipping_status

    previous = run_with_backend(action)
    print(f"{pid}: {status} (was {previous or 'unknown'})")
    return 0
