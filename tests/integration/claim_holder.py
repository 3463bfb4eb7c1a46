"""A process that claims an outbox entry and then does nothing, to be killed (-9) or left
running by the test: ``python tests/integration/claim_holder.py OUTBOX MODE PID LEASE``.

MODE ``wait``: the entry is claimed as a station claims a change it is about to send once
its turn comes (written and claimed, not on the wire). MODE ``send``: claimed to be sent
now (the POST may be on the wire). Prints ``claimed ID`` once the claim is in the file.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from revdesk.domain.outbox import OutboxStore, Verdict


def main(path: str, mode: str, pid: str, lease: str) -> None:
    store = OutboxStore(Path(path), lease=float(lease))
    entry, _ = store.add(pid, "IN_WAREHOUSE", source="holder", claim=mode == "wait")
    if mode == "send":
        assert store.start(entry.id).verdict is Verdict.SEND
    print(f"claimed {entry.id}", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    main(*sys.argv[1:5])
