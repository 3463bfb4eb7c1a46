"""A station core that scans, for the restart test: scans ``N`` returns of the embedded
sandbox, undoes the last, prints ``counted K`` once REVER confirmed them all (the count the
core reads from the audit log), then waits to be killed.

Run as ``python tests/integration/shift_driver.py N`` with REVDESK_DATA_DIR set.
"""

from __future__ import annotations

import asyncio
import sys

from revdesk.core import StationCore


async def main(n: int) -> None:
    core = StationCore()
    core.start()
    page = await core.client.list_processes(page_size=100)
    pids = [p.process_id for p in page.processes
            if p.shipping_status not in ("IN_WAREHOUSE", "CANCELED")][:n]
    for pid in pids:
        core.pipeline.submit(pid)
    await core.pipeline.drain()
    core.pipeline.undo_last()
    await core.pipeline.drain()
    print(f"counted {core.shift.count().total}", flush=True)
    await asyncio.Event().wait()  # until killed: no shutdown, no clean close of any file


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
