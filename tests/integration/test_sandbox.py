"""The sandbox server over real HTTP on loopback: the contract of API-NOTES section 1, its
persistence, its fault knobs and its request log."""

from __future__ import annotations

import asyncio
import base64
import json
import re
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from revdesk.api import ReverAdminClient, Transport, errors, routes
from revdesk.api.models import SHIPPING_STATUSES
from revdesk.api.transport import check_url
from revdesk.cli import main
from revdesk.sandbox import Faults, create_app, embedded_transport, faults
from revdesk.sandbox import server as sandbox_server
from revdesk.sandbox.server import bind

if TYPE_CHECKING:
    from conftest import SandboxProcess

KEY = "any-key-will-do"
PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@pytest.fixture
def shared_api(shared_sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=shared_sandbox.url, headers={"x-rever-api-key": KEY}) as client:
        yield client


@pytest.fixture
def api(sandbox: SandboxProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.url, headers={"x-rever-api-key": KEY}) as client:
        yield client


def p(template: str, **params: str) -> str:
    return routes.path(template, **params)


def grpc(response: httpx.Response, status: int, code: int) -> str:
    """Assert a gRPC-gateway error answer; returns its message."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == code and body["details"] == []
    return str(body["message"])


def all_processes(client: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    """Follow page tokens to the end."""
    found: list[dict[str, Any]] = []
    token = ""
    while True:
        query = {**params, **({"page_token": token} if token else {})}
        page = client.get(routes.PROCESS_LIST, params=query)
        assert page.status_code == 200, page.text
        found += page.json()["processes"]
        token = page.json()["next_page_token"]
        if not token:
            return found


def pick(client: httpx.Client, predicate: Any) -> dict[str, Any]:
    return next(pr for pr in all_processes(client, page_size=100) if predicate(pr))


def address(first: str = "Ana", last: str = "Silva") -> dict[str, str]:
    return {"address_line_1": "Rua Augusta 1", "city": "Lisboa", "country": "Portugal",
            "country_code": "PT", "first_name": first, "last_name": last,
            "postcode": "1100-048", "email": "ana@example.com"}


def manual_order(process_id: str, label: bytes, ext: str = "pdf") -> dict[str, Any]:
    return {
        "label": base64.b64encode(label).decode(),
        "label_extension": ext,
        "order": {"carrier": "CTT", "from": address(), "to": address("Acme", "Returns"),
                  "process_id": process_id, "provider": "SendCloud",
                  "return_method": "DROP_OFF_POINT", "tracking_id": "DA123456789PT",
                  "tracking_url": "https://www.ctt.pt/track?o=DA123456789PT"},
    }


def pickup(process_id: str, provider: str = "SendCloud", carrier: str = "DHL") -> dict[str, Any]:
    return {"carrier": carrier, "customer": {"email": "ana@example.com", "first_name": "Ana",
                                             "last_name": "Silva"},
            "ecommerce_id": "acme", "pickup_address": address(),
            "pickup_ranges": ["RANGE_8_TO_12"], "process_id": process_id, "provider": provider}


# -- auth ------------------------------------------------------------------------------------

def test_missing_or_empty_key_is_unauthenticated(shared_sandbox: SandboxProcess) -> None:
    with httpx.Client(base_url=shared_sandbox.url) as client:
        grpc(client.get(routes.PROCESS_LIST), 401, 16)
        grpc(client.get(routes.PROCESS_LIST, headers={"x-rever-api-key": ""}), 401, 16)
        assert client.get(routes.SANDBOX_HEALTH).json() == {"ok": True, "processes": 60}
    assert [r["key_present"] for r in shared_sandbox.requests()] == [False, False]


def test_fixed_key_refuses_others_and_is_never_logged(
    make_sandbox: Callable[..., SandboxProcess],
) -> None:
    secret = "sk-sandbox-7f3a9c"
    server = make_sandbox(extra_args=["--api-key", secret])
    with httpx.Client(base_url=server.url) as client:
        wrong = client.get(routes.PROCESS_LIST, headers={"x-rever-api-key": "other-key"})
        assert secret not in grpc(wrong, 401, 16)
        right = client.get(routes.PROCESS_LIST, headers={"x-rever-api-key": secret})
        assert right.status_code == 200
    log_text = json.dumps(server.requests())
    assert [r["key_present"] for r in server.requests()] == [True, True]
    server.stop()
    assert secret not in log_text and "other-key" not in log_text
    assert secret not in server.stderr()


def test_a_fixed_key_guards_the_sandbox_controls_too(
    make_sandbox: Callable[..., SandboxProcess],
) -> None:
    secret = "sk-sandbox-controls"
    server = make_sandbox(processes=5, extra_args=["--api-key", secret])
    controls = [("GET", routes.SANDBOX_FAULTS), ("POST", routes.SANDBOX_FAULTS),
                ("GET", routes.SANDBOX_REQUESTS), ("DELETE", routes.SANDBOX_REQUESTS),
                ("GET", routes.SANDBOX_HEALTH),
                ("GET", p(routes.SANDBOX_LABEL_FILE, process_id="RP-100001", ext="pdf"))]
    with httpx.Client(base_url=server.url) as client:
        for method, path in controls:
            for headers in ({}, {"x-rever-api-key": "other-key"}):
                json_body = {"fail_rate": 1.0} if method == "POST" else None
                answer = client.request(method, path, json=json_body, headers=headers)
                assert "API key" in grpc(answer, 401, 16), (method, path, headers)
        right = {"x-rever-api-key": secret}
        assert client.get(routes.SANDBOX_FAULTS, headers=right).json()["fail_rate"] == 0.0
        assert client.get(routes.SANDBOX_HEALTH, headers=right).json()["ok"] is True
    assert server.set_faults(latency_ms=1)["latency_ms"] == 1  # the helpers send the key


# -- processes -------------------------------------------------------------------------------

def test_paging_follows_tokens_to_the_end(shared_api: httpx.Client) -> None:
    pages = 0
    token, seen = "", []
    while True:
        params: dict[str, Any] = {"page_size": 7, **({"page_token": token} if token else {})}
        page = shared_api.get(routes.PROCESS_LIST, params=params).json()
        assert len(page["processes"]) <= 7
        seen += [pr["process_id"] for pr in page["processes"]]
        pages += 1
        token = page["next_page_token"]
        if not token:
            break
    assert pages == 9 and len(seen) == 60 and len(set(seen)) == 60
    assert seen == [f"RP-{100060 - n}" for n in range(60)]  # newest first


def test_default_page_and_order(shared_api: httpx.Client) -> None:
    page = shared_api.get(routes.PROCESS_LIST).json()
    assert len(page["processes"]) == 50 and page["next_page_token"]
    stamps = [(pr["created_at"], pr["process_id"]) for pr in page["processes"]]
    assert stamps == sorted(stamps, reverse=True)
    first = page["processes"][0]
    assert first["ecommerce_id"] == "acme" and first["provider"] in ("SendCloud", "OPS")
    assert 1 <= len(first["line_items"]) <= 4


def test_filters(shared_api: httpx.Client) -> None:
    everyone = all_processes(shared_api, page_size=1000)
    for status in ("CREATED", "IN_WAREHOUSE"):
        filtered = all_processes(shared_api, shipping_status=status, page_size=5)
        expected = [pr["process_id"] for pr in everyone if pr["shipping_status"] == status]
        assert [pr["process_id"] for pr in filtered] == expected and expected
    assert len(all_processes(shared_api, ecommerce_id="acme")) == 60
    assert len(all_processes(shared_api, group="acme-group")) == 60
    assert all_processes(shared_api, ecommerce_id="someone-else") == []


def test_q_searches_ids_names_email_and_tracking(shared_api: httpx.Client) -> None:
    target = pick(shared_api, lambda pr: pr["tracking_id"])
    customer = target["customer"]
    for q in (target["process_id"].lower(), target["order_number"], customer["email"].upper(),
              customer["last_name"], target["tracking_id"]):
        ids = [pr["process_id"] for pr in all_processes(shared_api, q=q, page_size=3)]
        assert target["process_id"] in ids, q
    assert all_processes(shared_api, q="no such text anywhere") == []


def test_bad_list_parameters_are_invalid_argument(shared_api: httpx.Client) -> None:
    list_path = routes.PROCESS_LIST
    grpc(shared_api.get(list_path, params={"page_token": "not-a-token"}), 400, 3)
    grpc(shared_api.get(list_path, params={"page_token": "e30"}), 400, 3)  # "{}"
    token = shared_api.get(list_path, params={"page_size": 5}).json()["next_page_token"]
    mismatch = shared_api.get(list_path, params={"page_token": token, "q": "a"})
    assert "different query" in grpc(mismatch, 400, 3)
    for size in ("0", "1001", "ten", "-1"):
        grpc(shared_api.get(list_path, params={"page_size": size}), 400, 3)
    grpc(shared_api.get(list_path, params={"shipping_status": "LOST"}), 400, 3)


def test_a_deeply_nested_page_token_is_invalid_argument(shared_api: httpx.Client) -> None:
    token = base64.urlsafe_b64encode(b"[" * 5000).decode().rstrip("=")
    answer = shared_api.get(routes.PROCESS_LIST, params={"page_token": token})
    assert "page_token" in grpc(answer, 400, 3)


def test_get_process_and_unknown(shared_api: httpx.Client) -> None:
    answer = shared_api.get(p(routes.PROCESS, process_id="RP-100001"))
    assert answer.json()["process"]["process_id"] == "RP-100001"
    grpc(shared_api.get(p(routes.PROCESS, process_id="RP-999999")), 404, 5)


def test_the_undocumented_return_conditions_path_is_not_served(shared_api: httpx.Client) -> None:
    # It is in no document: nothing at the station uses it, the sandbox does not invent it.
    grpc(shared_api.get("/v1/configs/ecommerces/acme/returnconditions/"), 404, 5)


def test_the_list_reads_the_query_names_of_routes(shared_api: httpx.Client) -> None:
    names = routes.PROCESS_LIST_PARAMS
    first = shared_api.get(routes.PROCESS_LIST, params={
        names.ecommerce_id: "acme", names.shipping_status: "COLLECTED",
        names.page_size: "2"}).json()
    assert len(first["processes"]) == 2
    assert {r["shipping_status"] for r in first["processes"]} == {"COLLECTED"}
    second = shared_api.get(routes.PROCESS_LIST, params={
        names.ecommerce_id: "acme", names.shipping_status: "COLLECTED", names.page_size: "2",
        names.page_token: first["next_page_token"]}).json()
    assert not {r["process_id"] for r in first["processes"]} & {
        r["process_id"] for r in second["processes"]}
    found = shared_api.get(routes.PROCESS_LIST, params={names.query: "RP-100001"}).json()
    assert [r["process_id"] for r in found["processes"]] == ["RP-100001"]
    assert shared_api.get(routes.PROCESS_LIST, params={names.group: "nobody"}).json()[
        "processes"] == []


def test_unknown_route_and_wrong_method(shared_api: httpx.Client) -> None:
    grpc(shared_api.get("/v1/no/such/thing"), 404, 5)
    wrong = shared_api.get(p(routes.SHIPPING_STATUS, process_id="RP-100001"))
    assert wrong.status_code == 405
    # Never the code 12 that means "nothing generated" for an OPS pickup or PUT order.
    assert wrong.json().get("code") != 12
    wrong_put = shared_api.patch(p(routes.LOGISTIC_ORDER, process_id="RP-100001"),
                                 json={"provider": "OPS", "carrier": "DHL"})
    assert wrong_put.status_code == 405 and wrong_put.json().get("code") != 12
    wrong_order = shared_api.delete(p(routes.LOGISTIC_ORDER, process_id="RP-100001"))
    assert wrong_order.status_code == 405
    assert set(wrong_order.headers["allow"].split(", ")) >= {"POST", "PUT"}


def test_deeply_nested_or_malformed_json_is_invalid_argument(shared_api: httpx.Client) -> None:
    status = p(routes.SHIPPING_STATUS, process_id="RP-100001")
    for path in (status, p(routes.LOGISTIC_ORDER, process_id="RP-100001"),
                 routes.SANDBOX_FAULTS):
        answer = shared_api.post(path, content=b"[" * 100_000)
        assert "nested too deeply" in grpc(answer, 400, 3), path
        assert "not valid JSON" in grpc(shared_api.post(path, content=b'{"lkss": '), 400, 3)
    too_deep = '{"a": ' * 65 + "1" + "}" * 65
    assert "nested too deeply" in grpc(shared_api.post(status, content=too_deep), 400, 3)
    deep_enough = '{"lkss": "LOST", "n": ' + "[" * 63 + "]" * 63 + "}"
    assert "invalid lkss" in grpc(shared_api.post(status, content=deep_enough), 400, 3)
    assert shared_api.get(routes.SANDBOX_FAULTS).json()["fail_rate"] == 0.0


# -- shipping status -------------------------------------------------------------------------

def test_set_shipping_status(api: httpx.Client) -> None:
    target = pick(api, lambda pr: pr["shipping_status"] == "CREATED")
    path = p(routes.SHIPPING_STATUS, process_id=target["process_id"])
    answer = api.post(path, json={"lkss": "IN_WAREHOUSE", "process_id": target["process_id"]})
    assert answer.status_code == 200 and answer.json() == {}
    stored = api.get(p(routes.PROCESS, process_id=target["process_id"])).json()["process"]
    assert stored["shipping_status"] == "IN_WAREHOUSE"
    # The filter sees the change at once.
    in_wh = all_processes(api, shipping_status="IN_WAREHOUSE", page_size=1000)
    assert target["process_id"] in [pr["process_id"] for pr in in_wh]


def test_shipping_status_refusals(api: httpx.Client) -> None:
    path = p(routes.SHIPPING_STATUS, process_id="RP-100002")
    message = grpc(api.post(path, json={"lkss": "LOST", "process_id": "RP-100002"}), 400, 3)
    assert all(status in message for status in SHIPPING_STATUSES)
    grpc(api.post(path, content=b"{not json", headers={"content-type": "application/json"}),
         400, 3)
    unknown = p(routes.SHIPPING_STATUS, process_id="RP-999999")
    grpc(api.post(unknown, json={"lkss": "CREATED", "process_id": "RP-999999"}), 404, 5)


def test_cancelled_return_stays_cancelled(api: httpx.Client) -> None:
    cancelled = pick(api, lambda pr: pr["shipping_status"] == "CANCELED")["process_id"]
    path = p(routes.SHIPPING_STATUS, process_id=cancelled)
    refused = api.post(path, json={"lkss": "IN_WAREHOUSE", "process_id": cancelled})
    assert grpc(refused, 400, 9) == "the return was cancelled"
    assert api.post(path, json={"lkss": "CANCELED", "process_id": cancelled}).status_code == 200


def test_status_survives_a_restart(sandbox: SandboxProcess) -> None:
    with httpx.Client(base_url=sandbox.url, headers={"x-rever-api-key": KEY}) as client:
        answer = client.post(p(routes.SHIPPING_STATUS, process_id="RP-100010"),
                             json={"lkss": "ERROR", "process_id": "RP-100010"})
        assert answer.status_code == 200
    sandbox.restart()
    with httpx.Client(base_url=sandbox.url, headers={"x-rever-api-key": KEY}) as client:
        process = client.get(p(routes.PROCESS, process_id="RP-100010")).json()["process"]
        assert process["shipping_status"] == "ERROR"
        assert client.get(routes.SANDBOX_HEALTH).json()["processes"] == 60  # not re-seeded


# -- labels ----------------------------------------------------------------------------------

def test_labels_are_real_pdf_and_png_files(shared_api: httpx.Client) -> None:
    number = lambda pr: int(pr["process_id"].split("-")[1])  # noqa: E731
    as_pdf = pick(shared_api, lambda pr: pr["tracking_id"] and number(pr) % 5)
    as_png = pick(shared_api, lambda pr: pr["tracking_id"] and number(pr) % 5 == 0)
    for process, ext, magic, kind in ((as_pdf, "pdf", b"%PDF-", "application/pdf"),
                                      (as_png, "png", b"\x89PNG\r\n\x1a\n", "image/png")):
        url = shared_api.get(p(routes.LABEL, process_id=process["process_id"])).json()["url"]
        file_path = p(routes.SANDBOX_LABEL_FILE, process_id=process["process_id"], ext=ext)
        assert url == f"{str(shared_api.base_url).rstrip('/')}{file_path}"
        with httpx.Client() as keyless:  # the file URL works without the key
            file = keyless.get(url)
        assert file.status_code == 200 and file.content.startswith(magic)
        assert file.headers["content-type"] == kind
        assert len(file.content) > 1000


def test_no_label_without_a_shipment(shared_api: httpx.Client) -> None:
    bare = pick(shared_api, lambda pr: pr["shipping_status"] == "NO_SHIPPING_STATUS")
    grpc(shared_api.get(p(routes.LABEL, process_id=bare["process_id"])), 404, 5)
    grpc(shared_api.get(p(routes.LABEL, process_id="RP-999999")), 404, 5)
    grpc(shared_api.get(f"/_sandbox/labels/{bare['process_id']}.pdf"), 404, 5)


def test_logistics_summary(shared_api: httpx.Client) -> None:
    # The sandbox answers the documented UNSPECIFIED values for ids divisible by 17.
    unknown_id = next(f"RP-{n}" for n in range(100001, 100061) if n % 17 == 0)
    shipped = pick(shared_api, lambda pr: pr["tracking_id"] and pr["process_id"] != unknown_id)
    summary = shared_api.get(p(routes.LOGISTICS_SUMMARY, process_id=shipped["process_id"]))
    data = summary.json()["logistics_summary"]
    assert data["carrier"] == shipped["carrier"] and data["tracking_id"] == shipped["tracking_id"]
    assert data["status"] == shipped["shipping_status"]
    assert data["tracking_url"].startswith("https://") and data["pickups_scheduled"] == "0"
    unknown = shared_api.get(p(routes.LOGISTICS_SUMMARY, process_id=unknown_id)).json()
    assert unknown["logistics_summary"]["status"] == "STATUS_UNSPECIFIED"
    assert unknown["logistics_summary"]["return_method"] == "RETURN_METHOD_UNSPECIFIED"


# -- logistic orders and pickups -------------------------------------------------------------

def test_manual_order_replaces_the_label(api: httpx.Client, sandbox: SandboxProcess) -> None:
    body = manual_order("RP-100003", PDF)
    answer = api.post(p(routes.LOGISTIC_ORDER, process_id="RP-100003"), json=body)
    assert answer.status_code == 200, answer.text
    order = answer.json()["order"]
    assert order["id"].startswith("LO-") and order["currency_code"] == "EUR"
    assert order["shipments"] == [] and order["carrier"] == "CTT"
    url = api.get(p(routes.LABEL, process_id="RP-100003")).json()["url"]
    assert api.get(url).content == PDF
    summary = api.get(p(routes.LOGISTICS_SUMMARY, process_id="RP-100003")).json()
    assert summary["logistics_summary"]["tracking_id"] == "DA123456789PT"
    logged = [r for r in sandbox.requests() if r["method"] == "POST"]
    assert logged[-1]["body"] == body and logged[-1]["status"] == 200


def test_manual_order_refusals(api: httpx.Client) -> None:
    path = p(routes.LOGISTIC_ORDER, process_id="RP-100004")
    assert "png" in grpc(api.post(path, json=manual_order("RP-100004", PDF, "png")), 400, 3)
    grpc(api.post(path, json=manual_order("RP-100004", PNG, "gif")), 400, 3)
    grpc(api.post(path, json={**manual_order("RP-100004", PDF), "label": "%%%not base64"}),
         400, 3)
    unknown = p(routes.LOGISTIC_ORDER, process_id="RP-999999")
    grpc(api.post(unknown, json=manual_order("RP-999999", PDF)), 404, 5)


def test_pickup(api: httpx.Client) -> None:
    shipped = pick(api, lambda pr: pr["tracking_id"] and pr["return_method"] != "IN_STORE")
    pid = shipped["process_id"]
    path = p(routes.PICKUP, process_id=pid)
    grpc(api.post(path, json=pickup(pid, provider="ops")), 501, 12)
    grpc(api.post(path, json=pickup(pid, carrier="Pony Express")), 400, 3)
    answer = api.post(path, json=pickup(pid))
    assert answer.status_code == 200, answer.text
    order = answer.json()["pickup_order"]
    assert order["carrier"] == "DHL" and order["id"].startswith("PU-")
    assert order["pickup_range"] == {"ranges": ["RANGE_8_TO_12"]}
    summary = api.get(p(routes.LOGISTICS_SUMMARY, process_id=pid)).json()
    assert summary["logistics_summary"]["pickups_scheduled"] == "1"


def test_pickup_needs_a_logistic_order_first(api: httpx.Client) -> None:
    bare = pick(api, lambda pr: pr["return_method"] == "NO_RETURN_METHOD")["process_id"]
    refused = api.post(p(routes.PICKUP, process_id=bare), json=pickup(bare))
    assert grpc(refused, 400, 9) == "create a logistic order first"
    in_store = pick(api, lambda pr: pr["return_method"] == "IN_STORE")["process_id"]
    grpc(api.post(p(routes.PICKUP, process_id=in_store), json=pickup(in_store)), 400, 3)


def test_create_logistic_order(api: httpx.Client) -> None:
    bare = pick(api, lambda pr: pr["return_method"] == "NO_RETURN_METHOD")["process_id"]
    body = {"carrier": "GLS", "customer": {"email": "ana@example.com"},
            "customer_address": address(), "ecommerce_id": "acme",
            "ecommerce_warehouse_address": address("Acme", "Returns"),
            "process_id": bare, "provider": "SendCloud", "return_type": "DROP_OFF_POINT",
            "weight_in_grams": 800}
    path = p(routes.LOGISTIC_ORDER, process_id=bare)
    grpc(api.put(path, json={**body, "provider": "OPS"}), 501, 12)
    grpc(api.put(path, json={**body, "return_type": "IN_STORE"}), 400, 3)
    grpc(api.put(path, json={**body, "weight_in_grams": "heavy"}), 400, 3)
    answer = api.put(path, json=body)
    assert answer.status_code == 200, answer.text
    assert answer.json()["order"]["price"] == 4.95
    process = api.get(p(routes.PROCESS, process_id=bare)).json()["process"]
    assert process["carrier"] == "GLS" and process["tracking_id"]
    # Now it has a shipment: a label and pickups are possible.
    assert api.get(p(routes.LABEL, process_id=bare)).status_code == 200
    pickup_answer = api.post(p(routes.PICKUP, process_id=bare), json=pickup(bare, carrier="GLS"))
    assert pickup_answer.status_code == 200


# -- faults ----------------------------------------------------------------------------------

def test_rate429_answers_with_retry_after(shared_sandbox: SandboxProcess,
                                          shared_api: httpx.Client) -> None:
    shared_sandbox.set_faults(rate429=1.0, retry_after_s=0.05)
    limited = shared_api.get(routes.PROCESS_LIST)
    grpc(limited, 429, 8)
    assert limited.headers["retry-after"] == "0.05"
    assert shared_api.get(routes.SANDBOX_HEALTH).status_code == 200  # controls unaffected


def test_fail_rate_answers_5xx_before_acting(shared_sandbox: SandboxProcess,
                                             shared_api: httpx.Client) -> None:
    shared_sandbox.set_faults(fail_rate=1.0)
    statuses = set()
    for _ in range(12):
        statuses.add(shared_api.get(routes.PROCESS_LIST).status_code)
        failed = shared_api.post(p(routes.SHIPPING_STATUS, process_id="RP-100001"),
                                 json={"lkss": "ERROR", "process_id": "RP-100001"})
        grpc(failed, failed.status_code, 14)
    assert statuses <= {502, 503, 504} and len(statuses) > 1
    shared_sandbox.reset_faults()
    process = shared_api.get(p(routes.PROCESS, process_id="RP-100001")).json()["process"]
    assert process["shipping_status"] != "ERROR"


def test_fail_rate_is_reproducible_with_a_seed(shared_sandbox: SandboxProcess,
                                               shared_api: httpx.Client) -> None:
    def run() -> list[int]:
        shared_sandbox.set_faults(fail_rate=0.5, seed=7)
        return [shared_api.get(routes.PROCESS_LIST).status_code for _ in range(10)]

    first = run()
    assert first == run() and 200 in first and set(first) - {200}


@pytest.mark.parametrize("mode", ["invalid_json", "wrong_types", "huge"])
def test_break_modes(shared_sandbox: SandboxProcess, shared_api: httpx.Client,
                     mode: str) -> None:
    shared_sandbox.set_faults(break_mode=mode)
    answer = shared_api.get(routes.PROCESS_LIST)
    assert answer.status_code == 200
    if mode == "invalid_json":
        with pytest.raises(ValueError):
            answer.json()
    elif mode == "wrong_types":
        assert answer.json() == {"processes": "nope", "next_page_token": ["nope"]}
        summary = shared_api.get(p(routes.LOGISTICS_SUMMARY, process_id="RP-100001"))
        assert summary.json() == {"logistics_summary": 5}
    else:
        assert int(answer.headers["content-length"]) >= 10 * 1024 * 1024 - 64
        assert len(answer.content) == int(answer.headers["content-length"])


def test_break_mode_cut_closes_mid_body(shared_sandbox: SandboxProcess,
                                        shared_api: httpx.Client) -> None:
    shared_sandbox.set_faults(break_mode="cut")
    with pytest.raises(httpx.RemoteProtocolError):
        shared_api.get(routes.PROCESS_LIST)
    shared_sandbox.reset_faults()
    assert shared_api.get(routes.PROCESS_LIST).status_code == 200


def test_stall_times_the_client_out_without_acting(shared_sandbox: SandboxProcess,
                                                   shared_api: httpx.Client) -> None:
    shared_sandbox.set_faults(break_mode="stall")
    with pytest.raises(httpx.ReadTimeout):
        shared_api.post(p(routes.SHIPPING_STATUS, process_id="RP-100001"),
                        json={"lkss": "ERROR", "process_id": "RP-100001"}, timeout=0.3)
    shared_sandbox.reset_faults()
    process = shared_api.get(p(routes.PROCESS, process_id="RP-100001")).json()["process"]
    assert process["shipping_status"] != "ERROR"  # the client left; the request was dropped


def test_bad_fault_settings_are_refused(shared_sandbox: SandboxProcess) -> None:
    url = f"{shared_sandbox.url}{routes.SANDBOX_FAULTS}"
    for bad in ({"fail_rate": 2}, {"break_mode": "explode"}, {"latency": 5},
                {"latency_ms": -1}, {"rate429": "often"}):
        assert httpx.post(url, json=bad).status_code == 400, bad
    assert httpx.get(url).json()["fail_rate"] == 0.0


def test_request_log_keeps_the_exact_body(shared_sandbox: SandboxProcess,
                                          shared_api: httpx.Client) -> None:
    body = {"lkss": "NOT_A_STATUS", "process_id": "RP-100001", "note": ["ü", 1.5, None]}
    shared_api.post(p(routes.SHIPPING_STATUS, process_id="RP-100001"), json=body)
    shared_api.get(routes.PROCESS_LIST, params={"q": "ana", "page_size": 3})
    first, second = shared_sandbox.requests()
    assert first["method"] == "POST" and first["body"] == body and first["status"] == 400
    assert second["path"] == "/v1/processes" and second["query"] == "q=ana&page_size=3"
    assert second["key_present"] is True and "x-rever-api-key" not in json.dumps(first)
    shared_sandbox.clear_requests()
    assert shared_sandbox.requests() == []


def test_the_request_log_is_bounded_in_bytes(shared_sandbox: SandboxProcess,
                                             shared_api: httpx.Client) -> None:
    path = p(routes.SHIPPING_STATUS, process_id="RP-100001")

    def post(pad: int) -> bytes:  # an invalid status: answered 400, nothing changes
        raw = json.dumps({"lkss": "NOT_A_STATUS", "pad": "x" * pad}).encode()
        assert shared_api.post(path, content=raw).status_code == 400
        return raw

    huge = post(2 * 1024 * 1024)
    (entry,) = shared_sandbox.requests()
    assert entry["body_bytes"] == len(huge) and entry["body_truncated"] is True
    assert entry["body"] == huge[:4096].decode() and entry["status"] == 400
    # However many large bodies arrive, the log holds at most a few MB, the newest kept.
    for _ in range(12):
        kept = post(900 * 1024)
    log = httpx.get(f"{shared_sandbox.url}{routes.SANDBOX_REQUESTS}")
    assert len(log.content) < 9 * 1024 * 1024
    entries = log.json()
    assert 0 < len(entries) < 13 and entries[-1]["body"] == json.loads(kept)
    assert entries[-1]["body_truncated"] is False


# -- in-process -------------------------------------------------------------------------------

def test_embedded_transport_serves_the_real_client(tmp_path: Path) -> None:
    embedded = embedded_transport(tmp_path / "embedded", processes=30)

    async def scenario() -> None:
        async with Transport("http://127.0.0.1", "sandbox", transport=embedded) as transport:
            client = ReverAdminClient(transport, ecommerce_id="acme")
            processes = await client.all_processes(page_size=8)
            assert len(processes) == 30 and processes[0].process_id == "RP-100030"
            await client.set_shipping_status("RP-100002", "IN_WAREHOUSE")
            assert (await client.get_process("RP-100002")).shipping_status == "IN_WAREHOUSE"
            data, kind = await client.fetch_label("RP-100001")
            assert data.startswith(b"%PDF-") and kind == "application/pdf"
            with pytest.raises(errors.NotFound):
                await client.get_process("RP-999999")

    try:
        asyncio.run(scenario())
    finally:
        embedded.app.state.store.close()  # type: ignore[attr-defined]


def test_a_stall_that_runs_out_still_answers(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faults, "STALL_SECONDS", 0.05)
    app = create_app(tmp_path / "stall", processes=5, faults=Faults(break_mode="stall"))

    async def scenario() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.post(p(routes.SHIPPING_STATUS, process_id="RP-100002"),
                                json={"lkss": "ERROR", "process_id": "RP-100002"},
                                headers={"x-rever-api-key": KEY})

    try:
        assert asyncio.run(scenario()).status_code == 200
        assert app.state.store.get_process("RP-100002")["shipping_status"] == "ERROR"
    finally:
        app.state.store.close()


# -- the command -----------------------------------------------------------------------------

def test_cli_refuses_a_rate_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sandbox", "--fail-rate", "1.5"]) == 2
    assert "between 0 and 1" in capsys.readouterr().err


def test_listening_socket_is_tcp_so_answers_are_not_delayed_by_nagle() -> None:
    # asyncio turns on TCP_NODELAY for accepted sockets only when the socket's proto is TCP;
    # without it every keep-alive answer waited ~40 ms for a delayed ACK.
    with bind("127.0.0.1", 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP


def test_cli_busy_port_is_a_plain_message(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = main(["sandbox", "--port", str(port), "--data", str(tmp_path / "sb")])
    err = capsys.readouterr().err
    assert code == 5 and f"port {port} is already in use" in err
    assert "Traceback" not in err


def test_cli_refuses_a_host_beyond_loopback_without_allow_remote(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def no_bind(host: str, port: int) -> socket.socket:
        pytest.fail(f"bound {host}:{port}: the refusal must come before any socket")

    monkeypatch.setattr(sandbox_server, "bind", no_bind)
    for host in ("0.0.0.0", "::", "192.168.1.20", "station.example"):
        code = main(["sandbox", "--host", host, "--data", str(tmp_path / "sb")])
        err = capsys.readouterr().err
        assert code == 2, err
        assert "--allow-remote" in err and "anyone on the network" in err, err
        assert "Traceback" not in err
    assert not (tmp_path / "sb").exists()


class _EveryAddressSocket(socket.socket):
    """Says it is bound to every address (0.0.0.0) while bound to 127.0.0.1 only: the test
    sees what --host 0.0.0.0 gives without listening beyond this computer."""

    def getsockname(self) -> tuple[str, int]:
        return "0.0.0.0", super().getsockname()[1]


def test_cli_allow_remote_warns_and_prints_an_address_this_computer_can_use(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def loopback_bind(host: str, port: int) -> socket.socket:
        asked.append(host)
        sock = _EveryAddressSocket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", 0))
        return sock

    monkeypatch.setattr(sandbox_server, "bind", loopback_bind)
    monkeypatch.setattr(sandbox_server._Server, "run",  # started, then stopped at once
                        lambda self, sockets=None: self._on_started())
    code = main(["sandbox", "--host", "0.0.0.0", "--allow-remote", "--port", "0",
                 "--data", str(tmp_path / "sb"), "--processes", "3"])
    out, err = capsys.readouterr()
    assert code == 0 and asked == ["0.0.0.0"], err
    ready = re.fullmatch(r"revdesk sandbox listening on (http://\S+)\n", out)
    assert ready is not None, out
    url = ready.group(1)
    assert url.startswith("http://127.0.0.1:") and check_url(url) == url
    assert "anyone on the network can read and change" in err
    assert f"REVDESK_API_URL={url} " in err


def test_an_absurd_number_of_demo_returns_is_refused_before_seeding(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """--processes 1000000000 was taken: the sandbox seeded 206 MB in 8 s and went on until
    the disk was full (about 1.5 TB)."""
    def never(**kw: Any) -> None:
        raise AssertionError("the sandbox was started")

    monkeypatch.setattr("revdesk.sandbox.serve", never)
    assert main(["sandbox", "--data", str(tmp_path / "s"), "--processes", "1000000000"]) == 2
    assert "more than 1,000,000 demo returns" in capsys.readouterr().err
    assert not (tmp_path / "s").exists()
