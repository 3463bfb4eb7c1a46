"""Several REVER accounts at one station: what routing each return to its owner costs.

Against a loopback sandbox whose keys each see one merchant (acme, northwind), the station
core scans northwind parcels by tracking number (list loaded, default action) twice: as a
station of one account (northwind's) and as a 3PL desk holding acme as its main account
and Northwind beside it. Each scan is timed from submit to its final outcome (the durable
outbox and the audit log included); the scans take turns between the two stations, so
machine noise falls on both alike. Figures:

- ``accounts_scan_p50_over_one_ms`` / ``p99``: the desk's scan minus the one-account
  station's (target: p50 <= 5 ms; the scan's own budget is 15 ms over a raw call);
- ``accounts_unknown_owner_p50_ms``: reading a return no account is known to own (asked of
  both at once, the first that has it answers), against ``accounts_known_owner_p50_ms``;
- ``accounts_list_s``: loading the desk's whole list (both merchants), for context.

    python bench/accounts.py [--quick]
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx

from revdesk.config import ReverAccount, account_env_name
from revdesk.core import StationCore
from revdesk.domain.outcomes import Outcome
from revdesk.sandbox.process import ENV_VARS_TO_CLEAR, SandboxProcess
from revdesk.settings_store import SettingsStore

ACME_KEY = "bench-acme-key"
NORTH_KEY = "bench-north-key"


@contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _station(url: str, folder: Path, *, desk: bool) -> StationCore:
    """A core on its own data folder: northwind alone, or the desk (acme + Northwind)."""
    env = {"REVDESK_DATA_DIR": str(folder), "REVDESK_API_URL": url,
           "REVDESK_API_KEY": ACME_KEY if desk else NORTH_KEY,
           "REVDESK_ECOMMERCE_ID": "acme" if desk else "northwind",
           account_env_name("Northwind"): NORTH_KEY}
    with _env(env):
        store = SettingsStore()
        if desk:
            store.update(account_name="Acme", rever_accounts=[ReverAccount(
                name="Northwind", api_url=url, ecommerce_id="northwind")])
        return StationCore(store)


async def _load(core: StationCore) -> float:
    start = time.perf_counter()
    while core.catalog.has_more:
        core.index.upsert(await core.catalog.next_page())
    return time.perf_counter() - start


async def _scan(core: StationCore, read: str, pid: str) -> float:
    start = time.perf_counter()
    result = core.pipeline.submit(read)
    await core.pipeline.drain()
    took = (time.perf_counter() - start) * 1000
    if result.outcome is not Outcome.DELIVERED or result.process is None \
            or result.process.process_id != pid:
        raise RuntimeError(f"scan of {read} ended {result.outcome} on "
                           f"{result.process.process_id if result.process else None}")
    return took


def _pct(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _northwind(url: str) -> list[dict[str, Any]]:
    answer = httpx.get(url + "/v1/processes", params={"page_size": 1000},
                       headers={"x-rever-api-key": NORTH_KEY})
    return [p for p in answer.json()["processes"] if p["tracking_id"]
            and p["shipping_status"] not in ("CANCELED",)]


async def _measure(url: str, folder: Path, scans: int) -> dict[str, float]:
    one = _station(url, folder / "one", desk=False)
    desk = _station(url, folder / "desk", desk=True)
    try:
        one.start()
        desk.start()
        await _load(one)
        list_s = await _load(desk)
        pool = _northwind(url)
        scans = min(scans, len(pool))
        one_ms: list[float] = []
        desk_ms: list[float] = []
        for n in range(scans):
            process = pool[n % len(pool)]
            # Two real changes of one return, one by each station (turn about which goes
            # first): never "already", so both are sent.
            first = "IN_WAREHOUSE" if process["shipping_status"] != "IN_WAREHOUSE" else "COLLECTED"
            second = "COLLECTED" if first == "IN_WAREHOUSE" else "IN_WAREHOUSE"
            order = ((one, one_ms), (desk, desk_ms)) if n % 2 else ((desk, desk_ms), (one, one_ms))
            for (core, samples), action in zip(order, (first, second), strict=True):
                core.pipeline.action = action
                samples.append(await _scan(core, process["tracking_id"],
                                           process["process_id"]))
        router = desk.client
        known: list[float] = []
        unknown: list[float] = []
        for process in pool[:scans]:
            pid = process["process_id"]
            start = time.perf_counter()
            await router.get_process(pid)
            known.append((time.perf_counter() - start) * 1000)
            router._owner.clear()  # type: ignore[attr-defined]
            router.owners = None  # type: ignore[attr-defined]
            start = time.perf_counter()
            await router.get_process(pid)
            unknown.append((time.perf_counter() - start) * 1000)
        over = [d - o for d, o in zip(sorted(desk_ms), sorted(one_ms), strict=True)]
        return {
            "accounts_scan_p50_over_one_ms": round(_pct(desk_ms, 0.5) - _pct(one_ms, 0.5), 2),
            "accounts_scan_p99_over_one_ms": round(_pct(over, 0.99), 2),
            "accounts_scan_one_p50_ms": round(_pct(one_ms, 0.5), 2),
            "accounts_scan_desk_p50_ms": round(_pct(desk_ms, 0.5), 2),
            "accounts_known_owner_p50_ms": round(_pct(known, 0.5), 2),
            "accounts_unknown_owner_p50_ms": round(_pct(unknown, 0.5), 2),
            "accounts_list_s": round(list_s, 3),
            "accounts_desk_rows": float(len(desk.index.rows)),
        }
    finally:
        await one.aclose()
        await desk.aclose()


def run(quick: bool = False) -> dict[str, float]:
    scans = 40 if quick else 200
    for name in ENV_VARS_TO_CLEAR:
        os.environ.pop(name, None)
    with tempfile.TemporaryDirectory(prefix="revdesk-bench-accounts-") as tmp:
        folder = Path(tmp)
        server = SandboxProcess(folder / "sandbox", processes=500, extra_args=[
            "--key", f"{ACME_KEY}=acme", "--key", f"{NORTH_KEY}=northwind",
            "--northwind", "500"]).start()
        try:
            return asyncio.run(_measure(server.url, folder, scans))
        finally:
            server.stop()


if __name__ == "__main__":
    for name, value in run("--quick" in sys.argv).items():
        print(f"{name:34s} {value}")
