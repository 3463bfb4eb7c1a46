"""Issue 17 D: the Revers.io client against the sandbox over real HTTP on loopback: one
token for many calls at once, renewal at expiry and after a 401, the secret only ever sent
to ``/token``, wrapped ``errors[]`` shown field by field, and the CLI's exit codes."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from revdesk.api import routes
from revdesk.api.reversio import ReversioAuthError, ReversioClient, ReversioNotFound, ReversioRefused
from revdesk.sandbox.process import SandboxProcess

SUBSCRIPTION = "sub-key-4c1d9e7f"
SECRET = "secret-value-9a8b7c6d5e"

#: [doc 001] the ImportOrder request body example, copied verbatim.
DOC_001_EXAMPLE: dict[str, Any] = json.loads("""{
  "orderReference": "string",
  "civility": "NotSet",
  "customerLastName": "string",
  "customerFirstName": "string",
  "address": {
    "companyName": "string",
    "streetAddress": "string",
    "additionalAddress": "string",
    "doorCode": "string",
    "floor": "string",
    "zipCode": "string",
    "city": "string",
    "countryCode": "string",
    "phone": "string"
  },
  "phoneNumber": "string",
  "customerMail": "string",
  "purchaseDateUtc": "string",
  "products": [
    {
      "modelId": "00000000-0000-0000-0000-000000000000",
      "price": {
        "amount": 0.0,
        "currency": "EUR"
      },
      "orderLineReference": "string",
      "supplierId": "00000000-0000-0000-0000-000000000000"
    }
  ],
  "shippingPrice": {
    "amount": 0.0,
    "currency": "EUR"
  },
  "salesChannel": "string",
  "storePurchasedAt": "00000000-0000-0000-0000-000000000000"
}""")

#: [doc 000] the Create Order example as printed, less the comma after the last field of
#: its product (not JSON otherwise); its e-mail is the page's own obfuscated text.
DOC_000_EXAMPLE: dict[str, Any] = {
    "orderReference": "ORDER-00001",
    "customerLastName": "Dumbledore",
    "customerFirstName": "Albus",
    "address": {"streetAddress": "79 quai de la Gare", "zipCode": "75013", "city": "Paris",
                "countryCode": "FR", "phone": "+33600000000"},
    "phoneNumber": "+33600000000",
    "customerMail": "[email protected]",
    "purchaseDateUtc": "2021-06-01TT14:46:28Z",
    "products": [{"modelId": "10000000-5555-0000-0000-000000000001",
                  "price": {"amount": 495, "currency": "EUR"}, "orderLineReference": "0"}],
    "shippingPrice": {"amount": 4.3, "currency": "EUR"},
    "salesChannel": "Online Store",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    saved = dict(os.environ)
    os.environ["REVDESK_SANDBOX_REVERSIO_SUBSCRIPTION_KEY"] = SUBSCRIPTION
    os.environ["REVDESK_SANDBOX_REVERSIO_SECRET"] = SECRET
    try:
        started = SandboxProcess(tmp_path_factory.mktemp("reversio") / "sandbox").start()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    try:
        yield started
    finally:
        started.stop()


def control(server: SandboxProcess, **changes: Any) -> dict[str, Any]:
    url = server.url + routes.SANDBOX_REVERSIO_CONTROL
    answer = httpx.post(url, json=changes) if changes else httpx.get(url)
    answer.raise_for_status()
    result: dict[str, Any] = answer.json()
    return result


@pytest.fixture
def sandbox(server: SandboxProcess) -> SandboxProcess:
    control(server, token_seconds=3600, clear=True)
    return server


def base(server: SandboxProcess) -> str:
    return server.url + routes.SANDBOX_REVERSIO_BASE


def client(server: SandboxProcess, secret: str = SECRET) -> ReversioClient:
    return ReversioClient(base(server), SUBSCRIPTION, secret, account="Test")


def logged(server: SandboxProcess) -> list[dict[str, Any]]:
    return list(control(server)["requests"])


def an_order_number(server: SandboxProcess) -> str:
    answer = httpx.get(server.url + routes.PROCESS_LIST, params={"page_size": 5},
                       headers={"x-rever-api-key": "k"})
    return str(answer.json()["processes"][0]["order_number"])


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_many_calls_at_once_share_one_token(sandbox: SandboxProcess) -> None:
    reference = an_order_number(sandbox)

    async def go() -> list[Any]:
        c = client(sandbox)
        try:
            return list(await asyncio.gather(*(c.order_status(reference) for _ in range(12))))
        finally:
            await c.aclose()

    answers = run(go())
    assert {a.orderReference for a in answers} == {reference}
    requests = logged(sandbox)
    assert [r["path"] for r in requests].count("/token") == 1
    assert len([r for r in requests if r["path"].endswith("/status")]) == 12
    assert all(r["status"] == 200 for r in requests)


def test_the_secret_goes_only_to_token(sandbox: SandboxProcess,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    order = {**DOC_000_EXAMPLE, "orderReference": f"SECRET-{time.time_ns()}",
             "customerMail": "albus@example.org", "purchaseDateUtc": "2021-06-01T14:46:28Z"}

    async def go() -> tuple[str, str, str]:
        c = client(sandbox)
        try:
            order_id = await c.import_order(order)
            link = await c.create_link(order_id)
            status = await c.order_status(order["orderReference"])
            assert SECRET not in repr(c) and SUBSCRIPTION not in repr(c)
            assert c._token is not None
            return link, status.status, c._token.jwt
        finally:
            await c.aclose()

    link, status, jwt = run(go())
    assert link.startswith("https://") and status == "Imported"
    requests = logged(sandbox)
    assert [r["path"] for r in requests] == ["/token", "/orders", "/links",
                                             f"/orders/{order['orderReference']}/status"]
    for r in requests:
        assert r["secret"] is (r["path"] == "/token"), r
        assert r["subscription_key"] is True
        assert r["bearer"] is (r["path"] != "/token"), r
    for secret in (SECRET, SUBSCRIPTION, jwt):
        assert secret not in caplog.text


def test_a_token_is_renewed_at_its_expiry_not_before(sandbox: SandboxProcess) -> None:
    reference = an_order_number(sandbox)
    control(sandbox, token_seconds=3.0)

    async def go() -> None:
        c = client(sandbox)
        try:
            await c.order_status(reference)
            await c.order_status(reference)  # well within its life: the same token
            await asyncio.sleep(3.05)
            await c.order_status(reference)  # expired: a new one, asked for before the call
        finally:
            await c.aclose()

    run(go())
    requests = logged(sandbox)
    assert [r["path"] == "/token" for r in requests] == [True, False, False, True, False]
    assert all(r["status"] == 200 for r in requests), requests


def test_a_401_renews_the_token_once_for_every_call_then_each_is_sent_again(
        sandbox: SandboxProcess) -> None:
    reference = an_order_number(sandbox)

    async def go() -> list[Any]:
        c = client(sandbox)
        try:
            await c.order_status(reference)
            # The server forgets every token it gave, though this one's exp is an hour away.
            control(sandbox, revoke_tokens=True)
            return list(await asyncio.gather(*(c.order_status(reference) for _ in range(5))))
        finally:
            await c.aclose()

    answers = run(go())
    assert len(answers) == 5
    requests = logged(sandbox)
    assert [r["path"] for r in requests].count("/token") == 2
    statuses = [r["status"] for r in requests if r["path"] != "/token"]
    assert statuses.count(401) == 5 and statuses.count(200) == 6


def test_a_second_401_is_the_answer(sandbox: SandboxProcess) -> None:
    # A token the server always refuses: only a fake server gives that, on loopback.
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"value": "a.b.c"})
        return httpx.Response(401, json={"errors": [{"message": "nope"}]})

    async def go() -> None:
        c = ReversioClient("http://127.0.0.1:9/api/v1", SUBSCRIPTION, SECRET,
                           transport=httpx.MockTransport(handler))
        try:
            with pytest.raises(ReversioAuthError):
                await c.order_status("R-1")
        finally:
            await c.aclose()

    run(go())
    assert seen == ["/api/v1/token", "/api/v1/orders/R-1/status"] * 2


def test_wrong_secret_is_refused_in_words_without_the_secret(sandbox: SandboxProcess) -> None:
    wrong = "not-the-secret-12345"

    async def go() -> None:
        c = client(sandbox, secret=wrong)
        try:
            with pytest.raises(ReversioAuthError) as caught:
                await c.order_status("anything")
        finally:
            await c.aclose()
        text = f"{caught.value} {caught.value.log_text()}"
        assert "subscription key or the secret" in text
        assert wrong not in text and SUBSCRIPTION not in text

    run(go())
    assert [(r["path"], r["status"]) for r in logged(sandbox)] == [("/token", 401)]


def test_many_calls_at_once_with_a_wrong_secret_make_one_token_request(
        sandbox: SandboxProcess) -> None:
    async def go() -> list[Any]:
        c = client(sandbox, secret="not-the-secret-12345")
        try:
            return list(await asyncio.gather(*(c.order_status("R-1") for _ in range(6)),
                                             return_exceptions=True))
        finally:
            await c.aclose()

    answers = run(go())
    assert all(isinstance(a, ReversioAuthError) for a in answers)
    assert [(r["path"], r["status"]) for r in logged(sandbox)] == [("/token", 401)]


def test_unknown_order_is_not_found(sandbox: SandboxProcess) -> None:
    async def go() -> None:
        c = client(sandbox)
        try:
            with pytest.raises(ReversioNotFound):
                await c.order_status("NO-SUCH-ORDER")
        finally:
            await c.aclose()

    run(go())


def test_documents_examples_are_refused_field_by_field_before_sending(
        sandbox: SandboxProcess) -> None:
    async def go() -> list[ReversioRefused]:
        c = client(sandbox)
        refusals = []
        try:
            for example in (DOC_001_EXAMPLE, DOC_000_EXAMPLE):
                with pytest.raises(ReversioRefused) as caught:
                    await c.import_order(copy.deepcopy(example))
                refusals.append(caught.value)
        finally:
            await c.aclose()
        return refusals

    for refused in run(go()):
        assert refused.sent is False
        assert [(p.path, p.where) for p in refused.problems] == [
            ("purchaseDateUtc", "Purchase date")]
        assert "Purchase date: is not a date and time" in str(refused)
    assert logged(sandbox) == []  # nothing was sent, not even a token request


def test_wrapped_errors_from_revers_io_are_shown_per_field(sandbox: SandboxProcess) -> None:
    reference = f"DUP-{time.time_ns()}"
    good = {**DOC_000_EXAMPLE, "orderReference": reference,
            "purchaseDateUtc": "2021-06-01T14:46:28Z", "customerMail": "albus@example.org"}

    async def go() -> tuple[str, ReversioRefused, ReversioRefused]:
        c = client(sandbox)
        try:
            order_id = await c.import_order(good)
            with pytest.raises(ReversioRefused) as twice:
                await c.import_order(good)
            # The document's own e-mail text passes the schema (a string); the sandbox
            # refuses it [sandbox assumption], as Revers.io may.
            with pytest.raises(ReversioRefused) as mail:
                await c.import_order({**DOC_000_EXAMPLE, "orderReference": reference + "-2",
                                      "purchaseDateUtc": "2021-06-01T14:46:28Z",
                                      "customerMail": "albus at hogwarts"})
            return order_id, twice.value, mail.value
        finally:
            await c.aclose()

    order_id, twice, mail = run(go())
    assert len(order_id) == 36
    assert twice.sent and [p.where for p in twice.problems] == ["Order reference"]
    assert str(twice).endswith("Order reference: An order with this reference already exists")
    assert mail.sent and [str(p) for p in mail.problems] == [
        "E-mail: Not a valid e-mail address"]


def test_a_servers_error_text_never_carries_the_secrets() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"value": "h.p.s"})
        return httpx.Response(400, json={"errors": [
            {"field": "orderReference", "message": f"bad {SECRET} and {SUBSCRIPTION}\x1b[2J"}]})

    async def go() -> str:
        c = ReversioClient("http://127.0.0.1:9/api/v1", SUBSCRIPTION, SECRET,
                           transport=httpx.MockTransport(handler))
        try:
            with pytest.raises(ReversioRefused) as caught:
                await c.order_status("R-1")
        finally:
            await c.aclose()
        return f"{caught.value} {caught.value.log_text()}"

    text = run(go())
    assert SECRET not in text and SUBSCRIPTION not in text and "***" in text
    assert "\x1b" not in text and "\\x1b" in text


# -- the CLI ---------------------------------------------------------------------------------


def revdesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_REVERSIO")}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "revdesk", "reversio", *args],
                          capture_output=True, text=True, env=full, timeout=60, check=False)


def against(server: SandboxProcess) -> dict[str, str]:
    return {"REVDESK_REVERSIO_URL": base(server),
            "REVDESK_REVERSIO_SUBSCRIPTION_KEY": SUBSCRIPTION,
            "REVDESK_REVERSIO_SECRET": SECRET}


def test_cli_status_exit_codes(sandbox: SandboxProcess) -> None:
    reference = an_order_number(sandbox)
    found = revdesk("status", reference, "--json", env=against(sandbox))
    assert found.returncode == 0, found.stderr
    [row] = json.loads(found.stdout)
    assert row["account"] == "Revers.io" and row["order_reference"] == reference
    assert row["status"] in ("Pending", "Created", "InTransit", "Received", "Error",
                             "Cancelled")
    unknown = revdesk("status", "NO-SUCH-\x1b[31mORDER", env=against(sandbox))
    assert unknown.returncode == 3
    assert "\x1b" not in unknown.stdout + unknown.stderr and "\\x1b" in unknown.stderr
    refused = revdesk("status", reference, env={**against(sandbox),
                                                "REVDESK_REVERSIO_SECRET": "wrong-one"})
    assert refused.returncode == 4 and "wrong-one" not in refused.stderr + refused.stdout


def test_cli_link_writes_a_slip_whose_qr_is_the_link(sandbox: SandboxProcess,
                                                     tmp_path: Path) -> None:
    import pypdfium2 as pdfium
    from pyzbar.pyzbar import decode

    reference = an_order_number(sandbox)
    status = revdesk("status", reference, "--json", env=against(sandbox))
    order_id = json.loads(status.stdout)[0]["order_id"]
    slip = tmp_path / "slip.pdf"
    result = revdesk("link", order_id, "-o", str(slip), env=against(sandbox))
    assert result.returncode == 0, result.stderr
    link = result.stdout.strip()
    assert link.startswith("https://")
    page = pdfium.PdfDocument(slip.read_bytes())[0]
    image = page.render(scale=203 / 72).to_pil().convert("L")
    assert [d.data.decode() for d in decode(image)] == [link]
    unknown = revdesk("link", "00000000-0000-0000-0000-000000000000", env=against(sandbox))
    assert unknown.returncode == 3


def test_cli_import_says_each_field(sandbox: SandboxProcess, tmp_path: Path) -> None:
    order = tmp_path / "order.json"
    order.write_text(json.dumps(DOC_001_EXAMPLE))
    result = revdesk("import", str(order), env=against(sandbox))
    assert result.returncode == 2
    assert "Purchase date: is not a date and time" in result.stderr
    order.write_text(json.dumps({**DOC_001_EXAMPLE, "orderReference": f"CLI-{time.time_ns()}",
                                 "purchaseDateUtc": "2024-03-01T10:00:00Z",
                                 "customerMail": "a@b.example"}))
    done = revdesk("import", str(order), env=against(sandbox))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip()) == 36


def test_cli_with_no_account_uses_the_built_in_sandbox(tmp_path: Path) -> None:
    result = revdesk("status", "NO-SUCH-ORDER", env={"REVDESK_DATA_DIR": str(tmp_path)})
    assert result.returncode == 3
    assert "built-in sandbox" in result.stderr


def test_embedded_service_rows_name_their_account() -> None:
    from revdesk.config import StationSettings
    from revdesk.domain.reversio import SANDBOX_ACCOUNT, ReversioService

    async def go() -> list[Any]:
        service = ReversioService(lambda: StationSettings())
        try:
            return await service.status_everywhere("NO-SUCH-ORDER")
        finally:
            await service.aclose()

    [row] = run(go())
    assert row.account == SANDBOX_ACCOUNT and row.not_found


def test_cli_account_add_never_puts_secrets_in_a_file(tmp_path: Path) -> None:
    # This machine's keyring is the "fail" backend: the secrets are refused, not filed.
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "revdesk", "reversio", "account-add", "EU",
         "https://eu.example/api/v1"], input="sub-key-123456\nsecret-abcdef\n",
        capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "REVDESK_DATA_DIR": str(data),
             "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert done.returncode == 2
    assert "REVDESK_REVERSIO_SECRET" in done.stderr
    for path in data.rglob("*") if data.exists() else []:
        if path.is_file():
            assert b"secret-abcdef" not in path.read_bytes()
    listed = revdesk("accounts", env={"REVDESK_DATA_DIR": str(data),
                                      "REVDESK_REVERSIO_URL": "https://eu.example/api/v1",
                                      "REVDESK_REVERSIO_SECRET": "only-the-secret"})
    assert listed.returncode == 0
    assert listed.stdout.strip() == "Revers.io\thttps://eu.example/api/v1\tkey or secret MISSING"
    assert "only-the-secret" not in listed.stdout
