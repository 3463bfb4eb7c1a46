"""A scripted station for the kill test: applies a list of status changes through the outbox,
one after the other, printing ``accepted N`` once change N is durably written.

Run as ``python tests/integration/outbox_driver.py URL CHANGES_JSON`` with REVDESK_DATA_DIR set.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from revdesk.api import RetryPolicy, ReverAdminClient, Transport
from revdesk.config import data_dir
from revdesk.domain.outbox import OUTBOX_FILE, Outbox, OutboxStore


class TellingStore(OutboxStore):
    """Prints ``accepted N`` once change N's write is committed (submit writes it in a
    group commit, in a thread: the commit, not submit's first await, makes it durable)."""

    written = 0

    def together(self, ops: Sequence[Callable[[sqlite3.Connection, float], object]]
                 ) -> list[object]:
        results = super().together(ops)
        for op, result in zip(ops, results, strict=True):
            if getattr(op, "func", None) == self.add_in and not isinstance(result, Exception):
                print(f"accepted {self.written}", flush=True)
                self.written += 1
        return results


async def main(url: str, changes: list[tuple[str, str]]) -> None:
    retry = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.05)
    client = ReverAdminClient(Transport(url, "test-key", retry=retry))
    # A short lease: the test sends what the killed driver held a second after the kill,
    # not the station's 15 s later.
    outbox = Outbox(TellingStore(data_dir() / OUTBOX_FILE, lease=1.0), client.set_shipping_status,
                    base_delay=0.01, max_delay=0.1)
    delivery = asyncio.create_task(outbox.run(idle_poll=0.05))  # as the station runs it
    for pid, status in changes:  # one after the other: the Nth write is change N
        await outbox.submit(pid, status, source="driver")
    print("done", flush=True)
    delivery.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], [tuple(c) for c in json.loads(Path(sys.argv[2]).read_text())]))
