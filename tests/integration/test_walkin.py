"""Issue 17 B and E: ``revdesk find`` (the Storefront's active returns of an order) and
walk-in returns (``POST /returns/intent/start`` [doc]), over real HTTP on loopback against
the sandbox, through the CLI as a script runs it and through the core's service."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from revdesk.api import routes
from revdesk.config import ENV_API_KEY, ENV_API_URL, ENV_STOREFRONT_URL
from revdesk.core import StationCore
from revdesk.domain.walkin import WalkinOutcome, WalkinResult
from revdesk.sandbox.process import SandboxProcess
from revdesk.sandbox.store import DB_FILE, Store

sys.path.insert(0, str(Path(__file__).parent))
from zpl_standin import closed_port

KEY = "test-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    started = SandboxProcess(tmp_path_factory.mktemp("walkin") / "sandbox").start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def sandbox(server: SandboxProcess) -> SandboxProcess:
    server.reset_faults()
    server.clear_requests()
    return server


def processes(url: str) -> list[dict[str, Any]]:
    answer = httpx.get(url + routes.PROCESS_LIST, params={"page_size": 1000},
                       headers={"x-rever-api-key": KEY})
    return list(answer.json()["processes"])


def active(url: str) -> list[dict[str, Any]]:
    return [p for p in processes(url) if p["shipping_status"] != "CANCELED"]


def revdesk(sandbox: SandboxProcess, *args: str, storefront: bool | str = True
            ) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update({"REVDESK_DATA_DIR": os.environ["REVDESK_DATA_DIR"],
                ENV_API_URL: sandbox.url, ENV_API_KEY: KEY})
    if storefront:
        env[ENV_STOREFRONT_URL] = storefront if isinstance(storefront, str) else sandbox.url
    result = subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                            text=True, env=env, timeout=60, check=False)
    assert "Traceback" not in result.stderr
    return result


# -- revdesk find ----------------------------------------------------------------------------


def test_find_lists_the_one_return_of_an_order(sandbox: SandboxProcess) -> None:
    target = active(sandbox.url)[0]
    result = revdesk(sandbox, "find", target["order_number"])
    assert result.returncode == 0, result.stderr
    header, row, count = result.stdout.splitlines()
    assert header.split()[:2] == ["RETURN", "PROCESS"]
    assert target["process_id"] in row and target["order_number"] in row
    assert count == "1 return"
    as_json = revdesk(sandbox, "find", target["order_number"].lstrip("#").lower(), "--json")
    assert as_json.returncode == 0
    (found,) = json.loads(as_json.stdout)
    assert found["process_id"] == target["process_id"] and found["order_id"] == target["order_id"]


def test_find_lists_every_return_of_an_order_with_several(sandbox: SandboxProcess) -> None:
    first = active(sandbox.url)[1]
    # A second return of the same order, with a control character in a field REVER sends.
    second = {**first, "process_id": "RP-900001", "order_id": first["order_id"],
              "created_at": "2026-01-01T00:00:00Z"}
    third = {**first, "process_id": "RP-900002\x1b[2J", "created_at": "2026-01-02T00:00:00Z"}
    store = Store(Path(sandbox.data_dir) / DB_FILE)
    try:
        store.insert_processes([second, third])
    finally:
        store.close()
    result = revdesk(sandbox, "find", first["order_number"])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "3 returns"
    assert "RP-900001" in result.stdout and "RP-900002\\x1b[2J" in result.stdout
    assert "\x1b" not in result.stdout
    as_json = json.loads(revdesk(sandbox, "find", first["order_number"], "--json").stdout)
    assert {r["process_id"] for r in as_json} == {first["process_id"], "RP-900001",
                                                  "RP-900002\x1b[2J"}


def test_find_with_no_return_is_exit_3(sandbox: SandboxProcess) -> None:
    result = revdesk(sandbox, "find", "#NO-SUCH-ORDER")
    assert result.returncode == 3
    assert result.stdout == "" and "no active return for order #NO-SUCH-ORDER" in result.stderr
    as_json = revdesk(sandbox, "find", "#NO-SUCH-ORDER", "--json")
    assert as_json.returncode == 3 and json.loads(as_json.stdout) == []
    cancelled = next(p for p in processes(sandbox.url) if p["shipping_status"] == "CANCELED")
    assert revdesk(sandbox, "find", cancelled["order_number"]).returncode == 3


def test_find_without_a_storefront_is_said_and_not_exit_3(sandbox: SandboxProcess) -> None:
    result = revdesk(sandbox, "find", "#A5001", storefront=False)
    assert result.returncode == 5 and "Storefront API address" in result.stderr


def test_find_at_an_address_without_the_look_up_is_not_none_found(
        sandbox: SandboxProcess) -> None:
    result = revdesk(sandbox, "find", "#A5001", storefront=sandbox.url + "/elsewhere")
    assert result.returncode == 5 and "REVDESK_STOREFRONT_URL" in result.stderr


def test_find_refuses_what_is_no_order_number(sandbox: SandboxProcess) -> None:
    result = revdesk(sandbox, "find", "   ")
    assert result.returncode == 2 and not sandbox.requests()


# -- the sandbox's intent route ------------------------------------------------------------------


def start(url: str, body: Any, key: str | None = KEY) -> httpx.Response:
    headers = {"x-rever-api-key": key} if key else {}
    return httpx.post(url + routes.STOREFRONT_INTENT_START, json=body, headers=headers)


def test_the_sandbox_starts_an_intent_for_the_orders_customer(sandbox: SandboxProcess) -> None:
    target = active(sandbox.url)[2]
    # The document's example body, with a real order and its customer's e-mail.
    answer = start(sandbox.url, {"email": target["customer"]["email"].upper(),
                                 "order_number": target["order_number"]})
    assert answer.status_code == 200, answer.text
    order = answer.json()["order"]
    assert set(order) == {"id", "currency", "line_items", "return_id", "customer_token"}
    assert order["id"] == target["order_id"] and order["return_id"].startswith("RT-W")
    assert len(order["customer_token"]) >= 20
    assert [i["sku"] for i in order["line_items"]] == [i["sku"] for i in target["line_items"]]
    again = start(sandbox.url, {"email": target["customer"]["email"],
                                "order_number": target["order_number"].lstrip("#")}).json()
    assert again["order"]["return_id"] == order["return_id"]  # one intent per order
    assert again["order"]["customer_token"] == order["customer_token"]
    assert start(sandbox.url, {"email": "a@b.example", "order_number": "#A1"},
                 key=None).status_code == 401


def test_the_sandbox_refuses_an_unknown_order_and_another_email(
        sandbox: SandboxProcess) -> None:
    target = active(sandbox.url)[3]
    unknown = start(sandbox.url, {"email": "a@b.example", "order_number": "#NOPE"})
    assert unknown.status_code == 404 and unknown.json()["code"] == 5
    wrong = start(sandbox.url, {"email": "someone.else@example.com",
                                "order_number": target["order_number"]})
    assert wrong.status_code == 400 and wrong.json()["code"] == 9
    assert "e-mail does not match" in wrong.json()["message"]
    missing = start(sandbox.url, {"order_number": target["order_number"]})
    assert missing.status_code == 400 and missing.json()["code"] == 3


# -- the walk-in service and the CLI ---------------------------------------------------------


def run_service(sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch, email: str,
                order: str, storefront: str | None = None) -> WalkinResult:
    monkeypatch.setenv(ENV_API_URL, sandbox.url)
    monkeypatch.setenv(ENV_API_KEY, KEY)
    monkeypatch.setenv(ENV_STOREFRONT_URL, storefront or sandbox.url)

    async def go() -> WalkinResult:
        core = StationCore()
        try:
            return await core.walkin.start(email, order)
        finally:
            await core.aclose()

    return asyncio.run(go())


def test_the_service_starts_a_return_and_never_logs_the_token(
        sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    target = active(sandbox.url)[4]
    caplog.set_level(logging.DEBUG)
    result = run_service(sandbox, monkeypatch, f"  {target['customer']['email']} ",
                         f" {target['order_number']}\r\n")
    assert result.outcome is WalkinOutcome.STARTED, result.message
    assert result.return_id.startswith("RT-W") and result.customer_token
    assert result.order_number == target["order_number"]
    assert len(result.items) == len(target["line_items"])
    assert result.return_id in result.message
    assert result.customer_token not in caplog.text
    assert result.customer_token not in repr(result)
    (sent,) = [r for r in sandbox.requests() if r["path"] == routes.STOREFRONT_INTENT_START]
    assert sent["body"] == {"email": target["customer"]["email"],
                                        "order_number": target["order_number"]}


@pytest.mark.parametrize(("email", "order", "outcome", "words"), [
    ("who@example.com", "#NO-SUCH", WalkinOutcome.ORDER_NOT_FOUND, "has no order #NO-SUCH"),
    ("who@example.com", None, WalkinOutcome.EMAIL_MISMATCH, "was not placed with who@"),
])
def test_the_service_says_why_nothing_was_started(
        sandbox: SandboxProcess, monkeypatch: pytest.MonkeyPatch, email: str,
        order: str | None, outcome: WalkinOutcome, words: str) -> None:
    number = order or active(sandbox.url)[5]["order_number"]
    result = run_service(sandbox, monkeypatch, email, number)
    assert result.outcome is outcome and words in result.message
    assert "Nothing was started" in result.message and not result.return_id


def test_the_service_says_the_platform_is_down(sandbox: SandboxProcess,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    target = active(sandbox.url)[6]
    # The Storefront's address on this computer with nothing listening there.
    result = run_service(sandbox, monkeypatch, target["customer"]["email"],
                         target["order_number"], storefront=f"http://127.0.0.1:{closed_port()}")
    assert result.outcome is WalkinOutcome.PLATFORM_DOWN
    assert "cannot be reached" in result.message


def test_the_form_is_checked_before_anything_is_sent(sandbox: SandboxProcess,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    for email, order in (("not-an-email", "#A5001"), ("a@b.example", ""),
                         ("a@b.example", "a@b.example")):
        with pytest.raises(ValueError):
            run_service(sandbox, monkeypatch, email, order)
        cli = revdesk(sandbox, "walkin", "start", "--email", email, "--order", order)
        assert cli.returncode == 2 and cli.stderr.startswith("revdesk: ")
    assert not [r for r in sandbox.requests() if r["path"] == routes.STOREFRONT_INTENT_START]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_walkin_start_writes_a_slip_whose_qr_code_finishes_the_return(
        sandbox: SandboxProcess, tmp_path: Path) -> None:
    from PIL import Image
    from pyzbar.pyzbar import decode

    target = active(sandbox.url)[7]
    slip = tmp_path / "slip.pdf"
    result = revdesk(sandbox, "walkin", "start", "--email", target["customer"]["email"],
                     "--order", target["order_number"], "-o", str(slip))
    assert result.returncode == 0, result.stderr
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(slip),
                    str(tmp_path / "page")], check=True, timeout=60)
    (code,) = decode(Image.open(tmp_path / "page-1.png"))
    intent = start(sandbox.url, {"email": target["customer"]["email"],
                                 "order_number": target["order_number"]}).json()["order"]
    assert code.data.decode() == (f"return_id={intent['return_id']}"
                                  f"&customer_token={intent['customer_token']}")
    assert intent["return_id"] in result.stdout
    assert intent["customer_token"] not in result.stdout + result.stderr


@pytest.mark.parametrize(("email", "order", "code"), [
    ("who@example.com", "#NO-SUCH", 3),
    ("who@example.com", None, 2),
])
def test_walkin_start_refusals_are_exit_codes_and_write_nothing(
        sandbox: SandboxProcess, tmp_path: Path, email: str, order: str | None,
        code: int) -> None:
    number = order or active(sandbox.url)[8]["order_number"]
    slip = tmp_path / "slip.pdf"
    result = revdesk(sandbox, "walkin", "start", "--email", email, "--order", number,
                     "-o", str(slip))
    assert result.returncode == code and "Nothing was started" in result.stderr
    assert not slip.exists()


def test_each_walkin_start_is_in_the_audit_log_without_email_or_token(
        sandbox: SandboxProcess) -> None:
    import csv
    import io

    target = active(sandbox.url)[9]
    started = revdesk(sandbox, "walkin", "start", "--email", target["customer"]["email"],
                      "--order", target["order_number"])
    assert started.returncode == 0, started.stderr
    refused = revdesk(sandbox, "walkin", "start", "--email", "who@example.com",
                      "--order", "#NO-SUCH")
    assert refused.returncode == 3
    export = revdesk(sandbox, "audit", "export", "--action", "walkin_return")
    assert export.returncode == 0, export.stderr
    rows = list(csv.DictReader(io.StringIO(export.stdout.lstrip("\ufeff"))))
    intent = start(sandbox.url, {"email": target["customer"]["email"],
                                 "order_number": target["order_number"]}).json()["order"]
    assert [(r["result"], r["process_id"]) for r in rows] == [("ok", intent["return_id"]),
                                                              ("failed", "")]
    assert target["order_number"] in rows[0]["detail"] and "#NO-SUCH" in rows[1]["detail"]
    assert intent["customer_token"] not in export.stdout
    assert target["customer"]["email"] not in export.stdout
