"""Scans at the desk's pace with REVER slow: ten scans 2 s apart through the station core
(the window's own pipeline, outbox and audit log) against ``revdesk sandbox --latency-ms
1500`` over loopback. Prints each scan's lag from Enter to "confirmed" (REVER answered its
POST), and the figures below.

Before the pipeline's checks overlapped (one scan at a time: GET, POST, REVER's answer,
next GET; ~3 s a parcel for a parcel every 2 s) this script measured 3.1 s for the first
scan growing by ~1 s a scan to 12.6 s for the tenth (growth 7.4 s; QA F9 saw 3.1 s to
7.3 s in the window). The floor is one scan alone: its GET and its POST, 1.5 s each,
~3.0 s. Keeping pace means every scan's lag stays near that floor: the figure with a
target is how much the last third's lag exceeds the first third's
(``scan_slow_lag_growth_s``, <= 0.5 s; now ~0.0 s, every scan ~3.0 s).

    python bench/scan_slow.py [--quick]
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from revdesk.api.transport import API_KEY_HEADER
from revdesk.core import INTERACTIVE_RETRY, StationCore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.scanning import ScanResult
from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, SandboxProcess

KEY = "bench"
LATENCY_MS = 1500
CADENCE_S = 2.0
SCANS = 10


def _changeable(url: str, count: int) -> list[str]:
    """Returns a scan would change (neither cancelled nor in the warehouse yet)."""
    found: list[str] = []
    with httpx.Client(base_url=url, headers={API_KEY_HEADER: KEY}, timeout=30) as http:
        for n in range(100001, 100201):
            answer = http.get(f"/v1/processes/RP-{n}")
            if answer.status_code != 200:
                continue
            if answer.json()["process"]["shipping_status"] not in ("CANCELED", "IN_WAREHOUSE"):
                found.append(f"RP-{n}")
                if len(found) == count:
                    return found
    raise RuntimeError("not enough changeable returns in the sandbox")


async def _scan_at_pace(pids: list[str]) -> list[ScanResult]:
    core = StationCore(retry=INTERACTIVE_RETRY)
    core.start()
    try:
        results: list[ScanResult] = []
        for n, pid in enumerate(pids):
            if n:
                await asyncio.sleep(CADENCE_S)
            result = core.pipeline.submit(pid)
            assert result is not None
            results.append(result)
        await asyncio.wait_for(core.pipeline.drain(), 120)
        return results
    finally:
        await core.aclose()


def run(quick: bool = False) -> dict[str, float]:
    count = 5 if quick else SCANS
    saved = {k: os.environ.get(k) for k in (*ENV_VARS_TO_CLEAR, "REVDESK_DATA_DIR")}
    with tempfile.TemporaryDirectory(prefix="revdesk-scan-slow-") as tmp:
        sandbox = SandboxProcess(Path(tmp) / "sandbox", processes=200).start()
        try:
            pids = _changeable(sandbox.url, count)
            sandbox.set_faults(latency_ms=LATENCY_MS)
            for k in ENV_VARS_TO_CLEAR:
                os.environ.pop(k, None)
            os.environ.update(REVDESK_DATA_DIR=str(Path(tmp) / "station"),
                              REVDESK_API_URL=sandbox.url, REVDESK_API_KEY=KEY)
            started = time.perf_counter()
            results = asyncio.run(_scan_at_pace(pids))
            took = time.perf_counter() - started
        finally:
            sandbox.stop()
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    lags = [(r.latency_ms or 0.0) / 1000 for r in results]
    for n, (r, lag) in enumerate(zip(results, lags, strict=True), 1):
        print(f"  scan {n:>2} {r.cleaned}: {r.outcome.value:<10} {lag:5.2f} s", file=sys.stderr)
    third = max(1, len(lags) // 3)
    return {
        "scan_slow_lag_first_s": lags[0],
        "scan_slow_lag_last_s": lags[-1],
        "scan_slow_lag_max_s": max(lags),
        "scan_slow_lag_p50_s": statistics.median(lags),
        # The last third's mean lag over the first third's: near 0 when the pipeline keeps
        # pace, growing by ~1 s a scan when it does not.
        "scan_slow_lag_growth_s": (statistics.fmean(lags[-third:])
                                   - statistics.fmean(lags[:third])),
        "scan_slow_not_confirmed": float(sum(r.outcome is not Outcome.DELIVERED
                                             for r in results)),
        "scan_slow_run_s": took,
    }


def main() -> None:
    for name, value in run(quick="--quick" in sys.argv).items():
        print(f"{name:<28} {value:10.3f}")


if __name__ == "__main__":
    main()
