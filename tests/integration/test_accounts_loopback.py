"""A 3PL desk with two REVER accounts (issue 17, D), over real HTTP on loopback against a
sandbox whose keys each see one merchant only (``revdesk sandbox --key KEY=SCOPE``): the
list holds both merchants' returns, each row naming its account; a scan of the second
merchant's parcel sets its status with that merchant's key; another process
(``revdesk status set``, ``revdesk outbox flush``) sends with the right key too, straight to
the owner when the window has already seen the return (the owners file every process on
the folder shares)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from revdesk.api import routes
from revdesk.config import (
    ENV_API_KEY,
    ENV_API_URL,
    ENV_ECOMMERCE_ID,
    ReverAccount,
    account_env_name,
    data_dir,
)
from revdesk.core import StationCore
from revdesk.domain.outbox import OUTBOX_FILE, OutboxStore
from revdesk.domain.outcomes import Outcome
from revdesk.sandbox.process import SandboxProcess
from revdesk.settings_store import SettingsStore

ACME_KEY = "k-acme-a71c"
NORTH_KEY = "k-north-b62e"
ADMIN_KEY = "k-admin-c53f"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[SandboxProcess]:
    """30 acme returns and 150 northwind ones, a key for each, and an admin key for the
    request log."""
    started = SandboxProcess(tmp_path / "sandbox", processes=30, extra_args=[
        "--key", f"{ACME_KEY}=acme", "--key", f"{NORTH_KEY}=northwind",
        "--api-key", ADMIN_KEY]).start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def desk(server: SandboxProcess, monkeypatch: pytest.MonkeyPatch) -> SandboxProcess:
    """The station: acme is its main account (from the environment), Northwind one more,
    its key in its own variable (no credential store on a test machine)."""
    monkeypatch.setenv(ENV_API_URL, server.url)
    monkeypatch.setenv(ENV_API_KEY, ACME_KEY)
    monkeypatch.setenv(ENV_ECOMMERCE_ID, "acme")
    monkeypatch.setenv(account_env_name("Northwind"), NORTH_KEY)
    SettingsStore().update(account_name="Acme", rever_accounts=[ReverAccount(
        name="Northwind", api_url=server.url, ecommerce_id="northwind")])
    return server


def as_seen_by(server: SandboxProcess, key: str, pid: str) -> dict[str, Any]:
    answer = httpx.get(server.url + routes.path(routes.PROCESS, process_id=pid),
                       headers={"x-rever-api-key": key})
    answer.raise_for_status()
    return dict(answer.json()["process"])


def ready(server: SandboxProcess, key: str) -> list[dict[str, Any]]:
    answer = httpx.get(server.url + routes.PROCESS_LIST, params={"page_size": 1000},
                       headers={"x-rever-api-key": key})
    return [p for p in answer.json()["processes"]
            if p["shipping_status"] in ("CREATED", "COLLECTED") and p["tracking_id"]]


def status_posts(server: SandboxProcess, pid: str) -> list[int]:
    """The answers to every status change of ``pid`` the sandbox received, in order."""
    path = routes.path(routes.SHIPPING_STATUS, process_id=pid)
    return [r["status"] for r in server.requests()
            if r["method"] == "POST" and r["path"] == path]


def revdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=dict(os.environ), timeout=90, check=False)


async def load_and_scan(raws: list[str]) -> tuple[list[Any], list[Any]]:
    core = StationCore()
    try:
        core.start()
        rows = []
        while core.catalog.has_more:
            page = await core.catalog.next_page()
            core.index.upsert(page)
            rows += page
        results = [core.pipeline.submit(raw) for raw in raws]
        await core.pipeline.drain()
        return rows, results
    finally:
        await core.aclose()


def test_the_list_holds_both_merchants_and_a_scan_goes_with_its_owners_key(
        desk: SandboxProcess) -> None:
    north = ready(desk, NORTH_KEY)[0]
    acme = ready(desk, ACME_KEY)[0]
    desk.clear_requests()
    rows, results = asyncio.run(load_and_scan([north["tracking_id"], acme["tracking_id"]]))
    accounts = {}
    for row in rows:
        accounts[row.account] = accounts.get(row.account, 0) + 1
    assert accounts == {"Acme": 30, "Northwind": 150}
    assert [r.outcome for r in results] == [Outcome.DELIVERED, Outcome.DELIVERED]
    assert results[0].process.account == "Northwind"
    assert as_seen_by(desk, NORTH_KEY, north["process_id"])["shipping_status"] == "IN_WAREHOUSE"
    assert as_seen_by(desk, ACME_KEY, acme["process_id"])["shipping_status"] == "IN_WAREHOUSE"
    # Each change went once, straight to its owner: no 404 from the other merchant.
    assert status_posts(desk, north["process_id"]) == [200]
    assert status_posts(desk, acme["process_id"]) == [200]


def test_status_set_from_a_fresh_process_finds_the_owner(desk: SandboxProcess) -> None:
    pid = ready(desk, NORTH_KEY)[1]["process_id"]
    desk.clear_requests()
    result = revdesk("status", "set", pid, "IN_WAREHOUSE")
    assert result.returncode == 0, result.stderr
    assert as_seen_by(desk, NORTH_KEY, pid)["shipping_status"] == "IN_WAREHOUSE"
    assert status_posts(desk, pid) == [200]  # the read found the owner first
    # Unknown to both merchants: "unknown", exit 3, nothing changed anywhere.
    result = revdesk("status", "set", "RP-9999999", "IN_WAREHOUSE")
    assert result.returncode == 3, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr


def queue(pid: str) -> None:
    """A change the window kept while REVER could not be reached."""
    store = OutboxStore(data_dir() / OUTBOX_FILE)
    try:
        store.add(pid, "IN_WAREHOUSE", previous_status="COLLECTED", source="scan")
    finally:
        store.close()


def test_outbox_flush_sends_the_windows_queue_with_each_owners_key(
        desk: SandboxProcess) -> None:
    first, second = [p["process_id"] for p in ready(desk, NORTH_KEY)[2:4]]
    # The window has listed the returns (the owners file knows them) and queued a change.
    asyncio.run(load_and_scan([]))
    queue(first)
    desk.clear_requests()
    result = revdesk("outbox", "flush")
    assert result.returncode == 0, result.stderr
    assert as_seen_by(desk, NORTH_KEY, first)["shipping_status"] == "IN_WAREHOUSE"
    assert status_posts(desk, first) == [200]  # straight to northwind, with its key
    # A folder whose owners file is gone: each account is asked in turn, still delivered.
    (data_dir() / "accounts.sqlite3").unlink()
    queue(second)
    desk.clear_requests()
    result = revdesk("outbox", "flush")
    assert result.returncode == 0, result.stderr
    assert as_seen_by(desk, NORTH_KEY, second)["shipping_status"] == "IN_WAREHOUSE"
    assert status_posts(desk, second) == [404, 200]  # acme: not its return, nothing changed
    with sqlite3.connect(data_dir() / "audit.sqlite3") as db:
        details = [r[0] for r in db.execute("SELECT detail FROM events WHERE process_id=?",
                                            (second,))]
    assert "scan: account Northwind" in details, details


def test_the_cli_list_names_each_rows_account(desk: SandboxProcess) -> None:
    result = revdesk("processes", "list", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {r["account"] for r in rows} == {"Acme", "Northwind"}
    assert all(r["account"] == "Northwind" for r in rows if r["ecommerce_id"] == "northwind")
    table = revdesk("processes", "list", "--search", "#N")
    assert "ACCOUNT" in table.stdout.splitlines()[0] and "Northwind" in table.stdout


def test_an_account_whose_key_is_refused_is_named(desk: SandboxProcess,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(account_env_name("Northwind"), "k-north-wrong")
    result = revdesk("processes", "list")
    # Acme's returns are listed; Northwind's are said missing, and the exit says so.
    assert result.returncode == 4, (result.returncode, result.stderr)
    assert "30 return(s)" in result.stdout
    assert "not listed: Northwind:" in result.stderr and "k-north-wrong" not in result.stderr


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_intake_label_of_a_merchants_return_names_it(desk: SandboxProcess,
                                                          tmp_path: Path) -> None:
    pid = ready(desk, NORTH_KEY)[5]["process_id"]
    out = tmp_path / "intake.pdf"
    result = revdesk("label", "intake", pid, "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True, timeout=60).stdout
    assert "MERCHANT" in text and "Northwind" in text
