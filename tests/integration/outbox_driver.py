"""A scripted station for the kill test: applies a list of status changes through the outbox,
one after the other, printing ``accepted N`` once change N is durably written.

Run as ``python tests/integration/outbox_driver.py URL CHANGES_JSON`` with REVDESK_DATA_DIR set.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from revdesk.api import RetryPolicy, ReverAdminClient, Transport
from revdesk.config import data_dir
from revdesk.domain.outbox import OUTBOX_FILE, Outbox, OutboxStore


async def main(url: str, changes: list[tuple[str, str]]) -> None:
    retry = RetryPolicy(max_attempts=2, base_delay=0.01, max_delay=0.05)
    client = ReverAdminClient(Transport(url, "test-key", retry=retry))
    # A short lease: the test sends what the killed driver held a second after the kill,
    # not the station's 15 s later.
    outbox = Outbox(OutboxStore(data_dir() / OUTBOX_FILE, lease=1.0), client.set_shipping_status,
                    base_delay=0.01, max_delay=0.1)
    delivery = asyncio.create_task(outbox.run(idle_poll=0.05))  # as the station runs it
    for index, (pid, status) in enumerate(changes):
        task = asyncio.ensure_future(outbox.submit(pid, status, source="driver"))
        # submit() writes the entry before its first await; once it yields, it is durable.
        await asyncio.sleep(0)
        print(f"accepted {index}", flush=True)
        await task
    print("done", flush=True)
    delivery.cancel()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], [tuple(c) for c in json.loads(Path(sys.argv[2]).read_text())]))
