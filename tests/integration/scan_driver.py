"""A scripted window for the kill test: a station core on the configured backend scans the
given reads one after the other, printing ``accepted N`` once scan N is accepted (written
to the scan journal), then waits to be killed.

Run as ``python tests/integration/scan_driver.py READ...`` with REVDESK_DATA_DIR,
REVDESK_API_URL and REVDESK_API_KEY set.
"""

from __future__ import annotations

import asyncio
import sys

from revdesk.core import INTERACTIVE_RETRY, StationCore


async def main(reads: list[str]) -> None:
    core = StationCore(retry=INTERACTIVE_RETRY)
    core.start()
    for n, read in enumerate(reads):
        core.pipeline.submit(read)  # journalled before it returns
        print(f"accepted {n}", flush=True)
    await asyncio.sleep(3600)  # checking with a slow REVER, until killed


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
