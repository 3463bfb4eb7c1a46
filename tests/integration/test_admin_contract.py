"""Issue 17 part A, over real HTTP on loopback against the sandbox: a documented call is
never gated on an assumed one; "nothing generated" only where the document says so; the
sandbox accepts what document 002 accepts, built from its own example bodies, while the
client's requests stay strict; the logistics calls from a script."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from admin_examples import LOGISTIC_ORDER, MANUAL_LOGISTIC_ORDER, PICKUP, SHIPPING_STATUS, example
from loopback_server import Server
from pydantic import ValidationError

from revdesk.api import ReverAdminClient, Transport, routes
from revdesk.api.models import LogisticOrderRequest, PickupRequest, Process
from revdesk.api.transport import NO_RETRY
from revdesk.config import ENV_API_KEY, ENV_API_URL
from revdesk.core import StationCore
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessRow
from revdesk.sandbox.process import SandboxProcess

KEY = "test-key"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"  # enough for the sandbox


def label_file(folder: Path) -> Path:
    """A 4x6 in PDF the station's own checks accept (the CLI opens it with PDFium)."""
    from reportlab.pdfgen.canvas import Canvas

    path = folder / "label.pdf"
    canvas = Canvas(str(path), pagesize=(288, 432))
    canvas.drawString(20, 400, "JD00001")
    canvas.showPage()
    canvas.save()
    return path
ASSUMED_FAILURES = ("404", "405", "501", "malformed")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """One sandbox for this module; each test works on returns no other test touches."""
    started = SandboxProcess(tmp_path_factory.mktemp("admin") / "sandbox").start()
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture
def sandbox(server: SandboxProcess) -> SandboxProcess:
    server.reset_faults()
    server.clear_requests()
    return server


@pytest.fixture
def api(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers={"x-rever-api-key": KEY}) as client:
        yield client


def p(template: str, **params: str) -> str:
    return routes.path(template, **params)


def revdesk(*args: str, url: str, ecommerce: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_API")}
    env.update({"REVDESK_API_URL": url, "REVDESK_API_KEY": KEY})
    if ecommerce:
        env["REVDESK_ECOMMERCE_ID"] = ecommerce
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def status_of(api: httpx.Client, pid: str) -> str:
    return str(api.get(p(routes.PROCESS, process_id=pid)).json()["process"]["shipping_status"])


def sent(sandbox: SandboxProcess, method: str, path: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.requests() if r["method"] == method and r["path"] == path]


# -- 1. a documented call is never gated on an assumed one ------------------------------------


# A list, not zip's iterator: pytest 9.2 refuses a non-collection there at collection.
@pytest.mark.parametrize(("mode", "pid"), list(zip(ASSUMED_FAILURES, (
    "RP-100011", "RP-100012", "RP-100013", "RP-100014"), strict=True)))
def test_status_set_is_sent_whatever_the_assumed_read_answers(
        sandbox: SandboxProcess, api: httpx.Client, mode: str, pid: str) -> None:
    sandbox.set_faults(assumed=mode)
    result = revdesk("status", "set", pid, "ERROR", url=sandbox.url)
    assert result.returncode == 0, result.stderr
    assert f"{pid}: ERROR (was unknown)" in result.stdout
    [post] = sent(sandbox, "POST", p(routes.SHIPPING_STATUS, process_id=pid))
    assert post["status"] == 200 and post["body"] == {"lkss": "ERROR", "process_id": pid}
    sandbox.reset_faults()
    assert status_of(api, pid) == "ERROR"


def test_an_unknown_return_is_decided_by_the_documented_post(sandbox: SandboxProcess) -> None:
    result = revdesk("status", "set", "RP-999991", "IN_WAREHOUSE", url=sandbox.url)
    assert result.returncode == 3 and "does not know this return" in result.stderr
    [post] = sent(sandbox, "POST", p(routes.SHIPPING_STATUS, process_id="RP-999991"))
    assert post["status"] == 404  # REVER's answer to the POST, not the read's, decided


def test_a_failed_list_says_it_cannot_list_returns(sandbox: SandboxProcess) -> None:
    for mode in ASSUMED_FAILURES:
        sandbox.set_faults(assumed=mode)
        result = revdesk("processes", "list", url=sandbox.url)
        assert result.returncode == 5, (mode, result.stderr)
        assert "Cannot list returns" in result.stderr, mode
        assert "does not know" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("mode", ASSUMED_FAILURES)
def test_the_logistics_commands_are_sent_when_the_read_fails(
        sandbox: SandboxProcess, tmp_path: Path, mode: str) -> None:
    pid = {"404": "RP-100021", "405": "RP-100022", "501": "RP-100023",
           "malformed": "RP-100024"}[mode]
    label = label_file(tmp_path)
    sandbox.set_faults(assumed=mode)
    order_path = p(routes.LOGISTIC_ORDER, process_id=pid)
    manual = revdesk("logistics", "manual", pid, "--label", str(label), "--carrier", "DHL",
                     "--provider", "SendCloud", "--return-method", "DROP_OFF_POINT",
                     "--tracking-id", "JD00001", url=sandbox.url)
    assert manual.returncode == 0, manual.stderr
    order_args = ("logistics", "order", pid, "--carrier", "DHL", "--provider", "SendCloud",
                  "--return-type", "DROP_OFF_POINT", "--weight-grams", "900")
    pickup_args = ("logistics", "pickup", pid, "--carrier", "DHL", "--provider", "SendCloud",
                   "--range", "RANGE_8_TO_12")
    # The read would have named the e-commerce: without it, the station's must be set.
    for args in (order_args, pickup_args):
        unset = revdesk(*args, url=sandbox.url)
        assert unset.returncode == 2 and "REVDESK_ECOMMERCE_ID" in unset.stderr
    order = revdesk(*order_args, url=sandbox.url, ecommerce="acme")
    assert order.returncode == 0, order.stderr
    pickup = revdesk(*pickup_args, url=sandbox.url, ecommerce="acme")
    assert pickup.returncode == 0, pickup.stderr
    assert [r["status"] for r in sent(sandbox, "POST", order_path)] == [200]
    [put] = sent(sandbox, "PUT", order_path)
    [asked] = sent(sandbox, "POST", p(routes.PICKUP, process_id=pid))
    assert put["status"] == asked["status"] == 200
    # What the command line and the settings give is sent; the read's data is missing.
    assert put["body"]["process_id"] == pid and put["body"]["weight_in_grams"] == 900
    assert asked["body"]["pickup_ranges"] == ["RANGE_8_TO_12"]


@pytest.mark.parametrize("mode", ASSUMED_FAILURES)
def test_a_scan_is_sent_when_the_assumed_reads_fail(
        sandbox: SandboxProcess, api: httpx.Client, mode: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    pid = {"404": "RP-100031", "405": "RP-100032", "501": "RP-100033",
           "malformed": "RP-100034"}[mode]
    assert api.post(p(routes.SHIPPING_STATUS, process_id=pid),
                    json={"lkss": "COLLECTED", "process_id": pid}).status_code == 200
    rows = [ProcessRow.from_process(_process(api, pid))]
    monkeypatch.setenv(ENV_API_URL, sandbox.url)
    monkeypatch.setenv(ENV_API_KEY, KEY)
    sandbox.set_faults(assumed=mode)

    async def go() -> list[Any]:
        core = StationCore()
        try:
            core.start()
            core.index.upsert(rows)  # the list the station saved earlier
            results = [core.pipeline.submit(raw) for raw in (pid, "RP-999992")]
            await core.pipeline.drain()
            return results
        finally:
            await core.aclose()

    listed, unknown = asyncio.run(go())
    assert listed.outcome is Outcome.DELIVERED, listed.error
    assert unknown.outcome is Outcome.NOT_FOUND  # the POST's 404 decided
    assert sent(sandbox, "POST", p(routes.SHIPPING_STATUS, process_id="RP-999992"))
    sandbox.reset_faults()
    assert status_of(api, pid) == "IN_WAREHOUSE"


def _process(api: httpx.Client, pid: str) -> Process:
    return Process.model_validate(api.get(p(routes.PROCESS, process_id=pid)).json()["process"])


# -- 2. "nothing generated" only for an OPS pickup or PUT -------------------------------------


def test_ops_order_and_pickup_say_nothing_was_generated(sandbox: SandboxProcess) -> None:
    for args in (("order", "RP-100041", "--return-type", "DROP_OFF_POINT",
                  "--weight-grams", "1"), ("pickup", "RP-100041")):
        result = revdesk("logistics", *args, "--carrier", "DHL", "--provider", "OPS",
                         url=sandbox.url)
        assert result.returncode == 0, result.stderr
        assert "nothing was generated: provider OPS handles it outside REVER" in result.stdout


@pytest.fixture
def loopback() -> Iterator[Server]:
    server = Server()
    try:
        yield server
    finally:
        server.stop()


UNIMPLEMENTED = (501, {"content-type": "application/json"},
                 b'{"code": 12, "message": "not implemented", "details": []}')
PROCESS_ANSWER = (200, {"content-type": "application/json"},
                  b'{"process": {"process_id": "RP-1", "shipping_status": "COLLECTED"}}')


def test_unimplemented_elsewhere_is_a_failure_with_a_non_zero_exit(
        loopback: Server, tmp_path: Path) -> None:
    # The sandbox answers these calls; only a server like this one says gRPC 12 to them.
    label = label_file(tmp_path)
    loopback.routes["/v1/processes/RP-1"] = PROCESS_ANSWER
    for path in ("/v1/processes/RP-1/shipping_status", "/v1/processes/RP-1/logistics/"):
        loopback.routes[path] = UNIMPLEMENTED
    status = revdesk("status", "set", "RP-1", "IN_WAREHOUSE", url=loopback.url)
    manual = revdesk("logistics", "manual", "RP-1", "--label", str(label), "--carrier", "DHL",
                     "--provider", "OPS", "--return-method", "DROP_OFF_POINT",
                     "--tracking-id", "T1", url=loopback.url)
    for result in (status, manual):
        assert result.returncode == 5, result.stderr
        assert "does not offer this request" in result.stderr
        assert "generated" not in result.stderr + result.stdout
        assert "Traceback" not in result.stderr


# -- 3. the sandbox accepts what the document accepts -----------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_the_documents_example_bodies_are_accepted(api: httpx.Client) -> None:
    pid = "RP-100051"
    status_path = p(routes.SHIPPING_STATUS, process_id=pid)
    order_path = p(routes.LOGISTIC_ORDER, process_id=pid)
    # Verbatim: "process_id": "string" in the body; the path names the return.
    assert api.post(status_path, json=example(SHIPPING_STATUS)).status_code == 200
    assert status_of(api, pid) == "NO_SHIPPING_STATUS"
    assert api.post(status_path, json=example(SHIPPING_STATUS, lkss="COLLECTED")).json() == {}
    assert status_of(api, pid) == "COLLECTED"
    # Placeholders the document constrains get a value of the kind it describes (a provider
    # and carrier, a supported return type, a real label); the rest stays as printed,
    # the deprecated "settings" included.
    put = example(LOGISTIC_ORDER, provider="SendCloud", carrier="DHL",
                  return_type="DROP_OFF_POINT")
    assert "settings" in put
    answer = api.put(order_path, json=put)
    assert answer.status_code == 200, answer.text
    pickup = example(PICKUP, provider="SendCloud", carrier="DHL")
    answer = api.post(p(routes.PICKUP, process_id=pid), json=pickup)
    assert answer.status_code == 200, answer.text
    manual = example(MANUAL_LOGISTIC_ORDER, label=_b64(PDF), label_extension="pdf")
    answer = api.post(order_path, json=manual)
    assert answer.status_code == 200, answer.text


def test_unknown_fields_are_ignored_not_refused(api: httpx.Client) -> None:
    pid = "RP-100052"
    extra = {"a_field_added_later": {"x": 1}}
    assert api.post(p(routes.SHIPPING_STATUS, process_id=pid),
                    json=example(SHIPPING_STATUS, lkss="COLLECTED", **extra)).status_code == 200
    put = example(LOGISTIC_ORDER, provider="SendCloud", carrier="DHL",
                  return_type="DROP_OFF_POINT", **extra)
    put["customer_address"]["what3words"] = "filled.count.soap"
    assert api.put(p(routes.LOGISTIC_ORDER, process_id=pid), json=put).status_code == 200
    pickup = example(PICKUP, provider="SendCloud", carrier="DHL", **extra)
    pickup["settings"]["something_new"] = True
    assert api.post(p(routes.PICKUP, process_id=pid), json=pickup).status_code == 200


def test_only_what_the_document_requires_is_required(api: httpx.Client) -> None:
    pid = "RP-100053"
    order_path = p(routes.LOGISTIC_ORDER, process_id=pid)
    assert api.post(p(routes.SHIPPING_STATUS, process_id=pid),
                    json={"lkss": "COLLECTED"}).status_code == 200
    assert api.put(order_path, json={"provider": "SendCloud", "carrier": "DHL",
                                     "return_type": "DROP_OFF_POINT"}).status_code == 200
    assert api.post(p(routes.PICKUP, process_id=pid),
                    json={"provider": "SendCloud", "carrier": "DHL"}).status_code == 200
    assert api.post(order_path, json={"label": _b64(PDF),
                                      "label_extension": "pdf"}).status_code == 200
    # What it does require: provider and carrier, documented enums, ranges for a home
    # pick-up, a pdf / png / jpg label.
    for path, body, words in (
            (p(routes.PICKUP, process_id=pid), {"carrier": "DHL"}, "provider"),
            (p(routes.PICKUP, process_id=pid), {"provider": "SendCloud"}, "carrier"),
            (p(routes.PICKUP, process_id=pid),
             {"provider": "SendCloud", "carrier": "DHL", "pickup_ranges": ["LUNCH"]},
             "pickup_ranges"),
            (p(routes.SHIPPING_STATUS, process_id=pid), {"lkss": "LOST"}, "lkss")):
        refused = api.post(path, json=body)
        assert refused.status_code == 400 and words in refused.json()["message"], body
    home = {"provider": "SendCloud", "carrier": "DHL", "return_type": "HOME_PICK_UP"}
    refused = api.put(order_path, json=home)
    assert refused.status_code == 400 and "pickup_ranges" in refused.json()["message"]
    refused = api.post(order_path, json={"label": _b64(PDF), "label_extension": "gif"})
    assert refused.status_code == 400 and refused.json()["code"] == 3


def test_the_clients_requests_stay_strict(sandbox: SandboxProcess) -> None:
    pid = "RP-100054"
    # The client's models take the example's documented fields, never "settings" or an
    # unknown one, and send exactly the documented field set back.
    fields = {k: v for k, v in example(PICKUP).items() if k != "settings"}
    with pytest.raises(ValidationError):
        PickupRequest.model_validate(example(PICKUP))
    with pytest.raises(ValidationError):
        PickupRequest.model_validate({**fields, "a_field_added_later": 1})
    pickup = PickupRequest.model_validate({**fields, "process_id": pid, "provider": "SendCloud",
                                           "carrier": "DHL"})
    put_fields = {k: v for k, v in example(LOGISTIC_ORDER).items() if k != "settings"}
    with pytest.raises(ValidationError):
        LogisticOrderRequest.model_validate(example(LOGISTIC_ORDER))
    put = LogisticOrderRequest.model_validate(
        {**put_fields, "process_id": pid, "provider": "SendCloud", "carrier": "DHL",
         "return_type": "DROP_OFF_POINT"})

    async def go() -> None:
        client = ReverAdminClient(Transport(sandbox.url, KEY, retry=NO_RETRY))
        try:
            await client.create_logistic_order(put)
            await client.request_pickup(pickup)
        finally:
            await client.aclose()

    asyncio.run(go())
    [sent_put] = sent(sandbox, "PUT", p(routes.LOGISTIC_ORDER, process_id=pid))
    [sent_pickup] = sent(sandbox, "POST", p(routes.PICKUP, process_id=pid))
    assert sent_put["body"] == put.body() and set(sent_put["body"]) == set(put_fields)
    assert sent_pickup["body"] == pickup.body() and set(sent_pickup["body"]) == set(fields)
    assert sent_pickup["body"]["pickup_address"] == example(PICKUP)["pickup_address"]


# -- 5. every station action from a script ----------------------------------------------------


def test_logistics_order_and_pickup_from_a_script(sandbox: SandboxProcess,
                                                   api: httpx.Client) -> None:
    pid = "RP-100058"
    known = _process(api, pid)
    order = revdesk("logistics", "order", pid, "--carrier", "dhl", "--provider", "SendCloud",
                    "--return-type", "home-pick-up", "--weight-grams", "1500",
                    "--range", "range_8_to_12", "--address", "city=Lyon",
                    "--address", "postcode=69001", url=sandbox.url)
    assert order.returncode == 0, order.stderr
    assert order.stdout.startswith(f"{pid}: logistic order LO-") and "HOME_PICK_UP" in order.stdout
    [put] = sent(sandbox, "PUT", p(routes.LOGISTIC_ORDER, process_id=pid))
    body = put["body"]
    # What the read said fills in the rest: the customer, the order, the e-commerce.
    assert body["customer"]["last_name"] == known.customer.last_name
    assert body["order_number"] == known.order_number and body["ecommerce_id"] == "acme"
    assert (body["customer_address"]["city"], body["customer_address"]["postcode"]) == (
        "Lyon", "69001")
    assert body["customer_address"]["email"] == known.customer.email
    assert body["pickup_ranges"] == ["RANGE_8_TO_12"] and body["weight_in_grams"] == 1500
    pickup = revdesk("logistics", "pickup", pid, "--carrier", "DHL", "--provider", "SendCloud",
                     url=sandbox.url)
    assert pickup.returncode == 0, pickup.stderr
    assert pickup.stdout.startswith(f"{pid}: pickup PU-") and "NO_RANGE" in pickup.stdout


@pytest.mark.parametrize(("args", "words"), [
    (("pickup", "RP-100059", "--range", "LUNCH"), "unknown pickup range"),
    (("pickup", "RP-100059", "--address", "street=Main"), "FIELD=VALUE"),
    (("pickup", "RP-100059", "--address", "city"), "FIELD=VALUE"),
    (("pickup", "RP-100059", "--range", "NO_RANGE", "--range", "RANGE_8_TO_12"), "NO_RANGE"),
    (("order", "RP-100059", "--return-type", "BY_PIGEON", "--weight-grams", "1"),
     "unknown return method"),
    (("order", "RP-100059", "--return-type", "HOME_PICK_UP", "--weight-grams", "1"),
     "pickup range"),
    (("order", "RP-100059", "--return-type", "DROP_OFF_POINT", "--weight-grams", "-1"),
     "weight"),
])
def test_logistics_input_errors_are_exit_2_and_nothing_is_sent(
        sandbox: SandboxProcess, args: tuple[str, ...], words: str) -> None:
    result = revdesk("logistics", *args, "--carrier", "DHL", "--provider", "SendCloud",
                     url=sandbox.url)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert [r for r in sandbox.requests() if r["method"] != "GET"] == []
