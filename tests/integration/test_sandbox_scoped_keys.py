"""Keys scoped to one merchant (``revdesk sandbox --key KEY=SCOPE``), over real HTTP on
loopback: each key sees its own e-commerce only, another merchant's return is the same 404
as an unknown one, naming another's scope in the list is 403 PERMISSION_DENIED, and keys
outside the map are 401. [sandbox assumption] rules, see revdesk/sandbox/scopes.py."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from revdesk.api import ReverAdminClient, Transport, errors, routes
from revdesk.cli import main
from revdesk.sandbox.process import SandboxProcess
from revdesk.sandbox.store import Store

ACME_KEY = "k-acme-5f1c"
NORTH_KEY = "k-north-9b2e"
DESK_KEY = "k-desk-77aa"
ADMIN_KEY = "k-admin-31d0"
ALL_KEYS = (ACME_KEY, NORTH_KEY, DESK_KEY, ADMIN_KEY)
SCOPED_ARGS = ["--key", f"{ACME_KEY}=acme", "--key", f"{NORTH_KEY}=northwind",
               "--key", f"{DESK_KEY}=desk-group"]
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture(scope="module")
def scoped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxProcess]:
    """60 acme returns, 150 northwind ones (made because scoped keys are given), three
    scoped keys and an unscoped admin key; only read, never changed."""
    server = SandboxProcess(tmp_path_factory.mktemp("scoped") / "sandbox",
                            extra_args=[*SCOPED_ARGS, "--api-key", ADMIN_KEY]).start()
    try:
        yield server
    finally:
        server.stop()


def get(server: SandboxProcess, path: str, key: str | None, **params: Any) -> httpx.Response:
    headers = {"x-rever-api-key": key} if key is not None else {}
    return httpx.get(server.url + path, params=params, headers=headers)


def send(server: SandboxProcess, method: str, path: str, key: str,
         body: dict[str, Any]) -> httpx.Response:
    return httpx.request(method, server.url + path, json=body,
                         headers={"x-rever-api-key": key})


def listed(server: SandboxProcess, key: str, **params: Any) -> list[dict[str, Any]]:
    """Every page of the list as ``key`` sees it."""
    rows: list[dict[str, Any]] = []
    token = ""
    while True:
        page = get(server, routes.PROCESS_LIST, key, page_size=70, page_token=token, **params)
        assert page.status_code == 200, page.text
        rows += page.json()["processes"]
        token = page.json()["next_page_token"]
        if not token:
            return rows


def grpc(response: httpx.Response, status: int, code: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and body["details"] == [], body
    return str(body["message"])


def first_of(server: SandboxProcess, key: str, **params: Any) -> dict[str, Any]:
    return listed(server, key, **params)[0]


def with_shipment(server: SandboxProcess, key: str) -> dict[str, Any]:
    return next(p for p in listed(server, key)
                if p["tracking_id"] and p["shipping_status"] not in ("CANCELED",))


# -- what each key sees ------------------------------------------------------------------------

def test_each_key_lists_only_its_own_merchant(scoped: SandboxProcess) -> None:
    acme, north = listed(scoped, ACME_KEY), listed(scoped, NORTH_KEY)
    assert len(acme) == 60 and {p["ecommerce_id"] for p in acme} == {"acme"}
    assert len(north) == 150 and {p["ecommerce_id"] for p in north} == {"northwind"}
    assert not {p["process_id"] for p in acme} & {p["process_id"] for p in north}
    assert len(listed(scoped, DESK_KEY)) == 210  # a group over both shops
    assert len(listed(scoped, ADMIN_KEY)) == 210  # --api-key stays unscoped
    # Filters inside the scope still work, and the search does not leak across it.
    assert len(listed(scoped, ACME_KEY, ecommerce_id="acme")) == 60
    assert len(listed(scoped, ACME_KEY, group="acme-group")) == 60
    assert listed(scoped, ACME_KEY, q=north[0]["order_number"]) == []
    assert len(listed(scoped, DESK_KEY, ecommerce_id="northwind")) == 150


def test_a_key_not_in_the_map_is_unauthenticated(scoped: SandboxProcess) -> None:
    pid = first_of(scoped, ACME_KEY)["process_id"]
    for path in (routes.PROCESS_LIST, routes.path(routes.PROCESS, process_id=pid)):
        message = grpc(get(scoped, path, "k-acme-5f1"), 401, 16)  # one character short
        assert message == "invalid API key"
        grpc(get(scoped, path, "anything"), 401, 16)
        grpc(get(scoped, path, None), 401, 16)
    text = json.dumps(scoped.requests())
    assert not any(key in text for key in ALL_KEYS)


def test_naming_another_scope_in_the_list_is_permission_denied(scoped: SandboxProcess) -> None:
    for key, params in ((ACME_KEY, {"ecommerce_id": "northwind"}),
                        (ACME_KEY, {"group": "northwind-group"}),
                        (ACME_KEY, {"group": "desk-group"}),  # only partly its own
                        (NORTH_KEY, {"ecommerce_id": "acme"}),
                        (NORTH_KEY, {"ecommerce_id": "no-such-shop"}),
                        (NORTH_KEY, {"group": "no-such-group"})):
        message = grpc(get(scoped, routes.PROCESS_LIST, key, **params), 403, 7)
        assert next(iter(params.values())) in message and key not in message


def test_a_page_token_does_not_carry_over_to_another_key(scoped: SandboxProcess) -> None:
    token = get(scoped, routes.PROCESS_LIST, DESK_KEY, page_size=5).json()["next_page_token"]
    assert token
    grpc(get(scoped, routes.PROCESS_LIST, NORTH_KEY, page_size=5, page_token=token), 400, 3)


# -- another merchant's return is an unknown one -----------------------------------------------

def pickup(pid: str) -> dict[str, Any]:
    where = {"address_line_1": "Rua Augusta 1", "city": "Lisboa", "country": "Portugal",
             "country_code": "PT", "first_name": "Ana", "last_name": "Silva",
             "postcode": "1100-048", "email": "ana@example.com"}
    return {"carrier": "DHL", "customer": {"email": "ana@example.com", "first_name": "Ana",
                                           "last_name": "Silva"},
            "ecommerce_id": "northwind", "pickup_address": where,
            "pickup_ranges": ["RANGE_8_TO_12"], "process_id": pid, "provider": "SendCloud"}


def manual_order(pid: str) -> dict[str, Any]:
    return {"label": base64.b64encode(PDF).decode(), "label_extension": "pdf",
            "order": {"carrier": "CTT", "from": pickup(pid)["pickup_address"],
                      "to": pickup(pid)["pickup_address"], "process_id": pid,
                      "provider": "SendCloud", "return_method": "DROP_OFF_POINT",
                      "tracking_id": "DA123456789PT"}}


def created_order(pid: str) -> dict[str, Any]:
    return {"carrier": "DHL", "provider": "SendCloud", "return_type": "DROP_OFF_POINT",
            "process_id": pid}


def process_calls(pid: str) -> list[tuple[str, str, dict[str, Any] | None]]:
    """Every process-specific route, with a body it would take."""
    return [
        ("GET", routes.path(routes.PROCESS, process_id=pid), None),
        ("POST", routes.path(routes.SHIPPING_STATUS, process_id=pid),
         {"process_id": pid, "lkss": "IN_WAREHOUSE"}),
        ("GET", routes.path(routes.LABEL, process_id=pid), None),
        ("GET", routes.path(routes.LOGISTICS_SUMMARY, process_id=pid), None),
        ("POST", routes.path(routes.PICKUP, process_id=pid), pickup(pid)),
        ("POST", routes.path(routes.LOGISTIC_ORDER, process_id=pid), manual_order(pid)),
        ("PUT", routes.path(routes.LOGISTIC_ORDER, process_id=pid), created_order(pid)),
    ]


def call(server: SandboxProcess, method: str, path: str, key: str,
         body: dict[str, Any] | None) -> httpx.Response:
    if body is None:
        return httpx.request(method, server.url + path, headers={"x-rever-api-key": key})
    return send(server, method, path, key, body)


def test_another_merchants_return_is_exactly_an_unknown_one(make_sandbox: Any) -> None:
    server = make_sandbox(extra_args=SCOPED_ARGS)
    theirs = with_shipment(server, NORTH_KEY)
    pid = theirs["process_id"]
    unknown = "RP-2999999"
    for (method, path, body), (_, unknown_path, unknown_body) in zip(
            process_calls(pid), process_calls(unknown), strict=True):
        refused = call(server, method, path, ACME_KEY, body)
        never_was = call(server, method, unknown_path, ACME_KEY, unknown_body)
        assert refused.status_code == never_was.status_code == 404, (method, path, refused.text)
        assert refused.json() == json.loads(never_was.text.replace(unknown, pid)), path
        assert refused.headers.get("content-type") == never_was.headers.get("content-type")
    # Nothing changed: no status, no pickup, no order, no label.
    after = get(server, routes.path(routes.PROCESS, process_id=pid), NORTH_KEY).json()
    assert after["process"] == theirs
    summary = get(server, routes.path(routes.LOGISTICS_SUMMARY, process_id=pid), NORTH_KEY)
    assert summary.json()["logistics_summary"]["pickups_scheduled"] == "0"
    # Its label file: open without a key, as before (no --api-key), but not to a key
    # scoped to another merchant.
    url = get(server, routes.path(routes.LABEL, process_id=pid), NORTH_KEY).json()["url"]
    file_path = url.removeprefix(server.url)
    assert get(server, file_path, NORTH_KEY).status_code == 200
    assert get(server, file_path, None).status_code == 200
    grpc(get(server, file_path, ACME_KEY), 404, 5)


def test_own_status_change_is_taken_and_the_other_merchants_is_not(make_sandbox: Any) -> None:
    server = make_sandbox(extra_args=SCOPED_ARGS)
    mine = next(p for p in listed(server, NORTH_KEY) if p["shipping_status"] == "COLLECTED")
    theirs = next(p for p in listed(server, ACME_KEY) if p["shipping_status"] == "COLLECTED")
    body = {"lkss": "IN_WAREHOUSE"}
    grpc(send(server, "POST", routes.path(routes.SHIPPING_STATUS,
                                          process_id=theirs["process_id"]), NORTH_KEY, body),
         404, 5)
    ok = send(server, "POST", routes.path(routes.SHIPPING_STATUS,
                                          process_id=mine["process_id"]), NORTH_KEY, body)
    assert ok.status_code == 200 and ok.json() == {}

    def status(pid: str, key: str) -> str:
        answer = get(server, routes.path(routes.PROCESS, process_id=pid), key)
        return str(answer.json()["process"]["shipping_status"])

    assert status(mine["process_id"], NORTH_KEY) == "IN_WAREHOUSE"
    assert status(theirs["process_id"], ACME_KEY) == "COLLECTED"


def test_a_label_is_served_to_its_merchant_and_goes_to_its_desk(scoped: SandboxProcess) -> None:
    import pypdfium2 as pdfium

    pid = next(p["process_id"] for p in listed(scoped, NORTH_KEY)
               if p["tracking_id"] and not p["process_id"].endswith(("0", "5")))  # a PDF
    answer = get(scoped, routes.path(routes.LABEL, process_id=pid), NORTH_KEY)
    assert answer.status_code == 200, answer.text
    file_path = answer.json()["url"].removeprefix(scoped.url)
    pdf = get(scoped, file_path, NORTH_KEY)  # what the station does: its key to its origin
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF-")
    text = pdfium.PdfDocument(pdf.content)[0].get_textpage().get_text_range()
    assert "Northwind Returns" in text and pid in text
    # The file itself: another merchant's key does not get it, nor does no key (--api-key).
    grpc(get(scoped, file_path, ACME_KEY), 404, 5)
    grpc(get(scoped, file_path, None), 401, 16)


# -- the Storefront and the merchant platform --------------------------------------------------

def storefront(server: SandboxProcess, key: str, *order_ids: str) -> set[str]:
    answer = httpx.get(server.url + routes.STOREFRONT_RETURNS,
                       params={routes.STOREFRONT_ORDER_IDS: list(order_ids)},
                       headers={"x-rever-api-key": key})
    assert answer.status_code == 200, answer.text
    return {r["process_id"] for r in answer.json()["returns"]}


def test_the_storefront_finds_only_the_keys_orders(scoped: SandboxProcess) -> None:
    acme = next(p for p in listed(scoped, ACME_KEY) if p["shipping_status"] != "CANCELED")
    north = next(p for p in listed(scoped, NORTH_KEY) if p["shipping_status"] != "CANCELED")
    orders = (acme["order_number"], north["order_id"])
    assert storefront(scoped, ACME_KEY, *orders) == {acme["process_id"]}
    assert storefront(scoped, NORTH_KEY, *orders) == {north["process_id"]}
    assert storefront(scoped, DESK_KEY, *orders) == {acme["process_id"], north["process_id"]}


def test_a_return_intent_starts_only_on_the_keys_orders(make_sandbox: Any) -> None:
    server = make_sandbox(extra_args=SCOPED_ARGS)
    north = first_of(server, NORTH_KEY)
    body = {"email": north["customer"]["email"], "order_number": north["order_number"]}
    grpc(send(server, "POST", routes.STOREFRONT_INTENT_START, ACME_KEY, body), 404, 5)
    started = send(server, "POST", routes.STOREFRONT_INTENT_START, NORTH_KEY, body)
    assert started.status_code == 200, started.text
    assert started.json()["order"]["id"] == north["order_id"]


def test_the_merchant_platform_serves_only_the_keys_orders(scoped: SandboxProcess) -> None:
    north = first_of(scoped, NORTH_KEY)
    path = routes.path(routes.MERCHANT_ORDER, order_id=north["order_id"])
    mine = get(scoped, path, NORTH_KEY)
    assert mine.status_code == 200, mine.text
    order = mine.json()
    assert order["order_number"] == north["order_number"]
    assert order["customer_info"]["email"] == north["customer"]["email"]
    skus = {i["sku"] for i in order["line_items"] if i["is_returnable"]}
    assert skus == {i["sku"] for i in north["line_items"]}
    other = get(scoped, path, ACME_KEY)
    unknown = get(scoped, routes.path(routes.MERCHANT_ORDER, order_id="7000000000000"),
                  ACME_KEY)
    grpc(other, 404, 5)
    assert other.json()["message"].replace(north["order_id"], "7000000000000") == \
        unknown.json()["message"]


def test_the_stations_client_reads_its_account(scoped: SandboxProcess) -> None:
    async def go() -> tuple[list[str], type[BaseException] | None]:
        async with Transport(scoped.url, NORTH_KEY) as transport:
            rows = await ReverAdminClient(transport).all_processes()
            refused: type[BaseException] | None = None
            try:
                await ReverAdminClient(transport, ecommerce_id="acme").all_processes()
            except errors.ApiError as exc:
                refused = type(exc)
            return [r.ecommerce_id for r in rows], refused

    shops, refused = asyncio.run(go())
    assert set(shops) == {"northwind"} and len(shops) == 150
    assert refused is errors.Forbidden


# -- set-up: the environment, the controls, an old file, the unscoped default ------------------

def test_keys_from_the_environment(tmp_path: Path) -> None:
    server = SandboxProcess(tmp_path / "sandbox",
                            env={"REVDESK_SANDBOX_KEYS": f"{ACME_KEY}=acme, {NORTH_KEY}=northwind"})
    server.start()
    try:
        assert {p["ecommerce_id"] for p in listed(server, NORTH_KEY)} == {"northwind"}
        assert len(listed(server, ACME_KEY)) == 60
        grpc(get(server, routes.PROCESS_LIST, "anything"), 401, 16)
        assert not any(key in server.stderr() for key in ALL_KEYS)
    finally:
        server.stop()


def test_the_controls_need_the_admin_key_not_a_merchants(scoped: SandboxProcess) -> None:
    grpc(get(scoped, routes.SANDBOX_REQUESTS, NORTH_KEY), 401, 16)
    assert get(scoped, routes.SANDBOX_REQUESTS, ADMIN_KEY).status_code == 200


def test_an_acme_only_sandbox_file_gains_northwind(tmp_path: Path) -> None:
    data = tmp_path / "sandbox"
    old = Store.open(data, processes=60)  # a file from before northwind
    old.update_process("RP-100007", shipping_status="ERROR")
    old.close()
    server = SandboxProcess(data, extra_args=SCOPED_ARGS).start()
    try:
        assert len(listed(server, NORTH_KEY)) == 150
        acme = {p["process_id"]: p for p in listed(server, ACME_KEY)}
        assert len(acme) == 60 and acme["RP-100007"]["shipping_status"] == "ERROR"
    finally:
        server.stop()


def test_without_scoped_keys_the_sandbox_is_as_before(sandbox: SandboxProcess) -> None:
    rows = listed(sandbox, "anything")
    assert len(rows) == 60 and {p["ecommerce_id"] for p in rows} == {"acme"}
    assert listed(sandbox, "anything", ecommerce_id="northwind") == []


def test_how_many_northwind_returns_is_an_option(make_sandbox: Any) -> None:
    none = make_sandbox(extra_args=[*SCOPED_ARGS, "--northwind", "0"])
    assert listed(none, NORTH_KEY) == [] and len(listed(none, DESK_KEY)) == 60
    unscoped = make_sandbox(extra_args=["--northwind", "12"])
    rows = listed(unscoped, "anything")
    assert len(rows) == 72 and sum(p["ecommerce_id"] == "northwind" for p in rows) == 12


@pytest.mark.parametrize("args", [["--key", "s3cr3t-k"], ["--key", "s3cr3t-k=nowhere"],
                                  ["--key", "s3cr3t-k=acme", "--key", "s3cr3t-k=northwind"]])
def test_a_bad_key_option_is_a_usage_error_that_hides_the_key(
        args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--port", "0", "--data", str(tmp_path / "sb"), *args]) == 2
    captured = capsys.readouterr()
    assert "KEY=SCOPE" in captured.err or "scope" in captured.err
    assert "s3cr3t" not in captured.err + captured.out
    assert not (tmp_path / "sb").exists()  # refused before anything was made
