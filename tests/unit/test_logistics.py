"""The logistics domain functions against a scripted transport: request bodies, "nothing was
generated" (gRPC 12) as an outcome, and label fetching with its type check."""

from __future__ import annotations

import asyncio
import base64
import io
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from PIL import Image

from revdesk.api import ReverAdminClient, Transport, errors
from revdesk.api.models import Address, Customer, Process
from revdesk.api.transport import NO_RETRY
from revdesk.domain.audit import LABEL_UPLOAD, LOGISTIC_ORDER, PICKUP, AuditLog
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.domain.label_service import fetch_return_label, fetch_return_labels
from revdesk.domain.labels import BrokenLabel, check_label_bytes
from revdesk.domain.logistics import (
    create_logistic_order,
    customer_address,
    logistic_order_request,
    manual_order_request,
    pickup_request,
    request_pickup,
    submit_manual_order,
)

BASE = "http://127.0.0.1:9"
PROCESS = Process(process_id="RP-100001", ecommerce_id="acme", order_id="o-1",
                  order_number="#A1",
                  customer=Customer(first_name="Ana", last_name="García", email="ana@example.com"))
WAREHOUSE = Address(company="Acme returns", address_line_1="Dock 2", city="Zaragoza",
                    country_code="ES", postcode="50001")
UNIMPLEMENTED = httpx.Response(501, json={"code": 12, "message": "provider OPS", "details": []})


def client_for(handler: Callable[[httpx.Request], httpx.Response]) -> ReverAdminClient:
    return ReverAdminClient(Transport(BASE, "test", retry=NO_RETRY,
                                      transport=httpx.MockTransport(handler)))


def jpeg() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 60), "white").save(buffer, "JPEG")
    return buffer.getvalue()


def test_a_jpeg_goes_as_jpg_base64_with_the_documented_order_fields() -> None:
    label = check_label_bytes(jpeg(), name="photo.jpeg")
    request = manual_order_request(
        label, process_id="RP-100001", carrier="SEUR", provider="OPS",
        return_method="DROP_OFF_POINT", tracking_id="TRK1",
        tracking_url="https://t.example/TRK1",
        from_address=customer_address(PROCESS), to_address=WAREHOUSE,
    )
    body = request.body()
    assert set(body) == {"label", "label_extension", "order"}
    assert body["label_extension"] == "jpg"
    assert base64.b64decode(body["label"]) == label.data
    order = body["order"]
    assert set(order) == {"carrier", "from", "to", "process_id", "provider", "return_method",
                          "tracking_id", "tracking_url"}
    assert order["from"]["first_name"] == "Ana" and order["to"]["city"] == "Zaragoza"


def test_a_bad_field_is_an_invalid_argument_before_sending() -> None:
    label = check_label_bytes(jpeg())
    with pytest.raises(errors.InvalidArgument, match="tracking"):
        manual_order_request(label, process_id="RP-1", carrier="C", provider="P",
                             return_method="DROP_OFF_POINT", tracking_id="T",
                             tracking_url="ftp://nope", from_address=Address(),
                             to_address=Address())


def test_manual_order_submitted() -> None:
    seen: list[dict[str, object]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        assert (request.method, request.url.path) == ("POST", "/v1/processes/RP-100001/logistics/")
        return httpx.Response(200, json={"order": {"id": "LO-1", "carrier": "SEUR"}})

    label = check_label_bytes(jpeg())
    request = manual_order_request(label, process_id="RP-100001", carrier="SEUR",
                                   provider="OPS", return_method="IN_STORE", tracking_id="T",
                                   from_address=Address(), to_address=WAREHOUSE)
    outcome = asyncio.run(submit_manual_order(client_for(handler), request))
    assert outcome.generated and outcome.order is not None and outcome.order.id == "LO-1"
    assert seen[0]["label_extension"] == "jpg"


@pytest.mark.parametrize(("answer", "result", "words"), [
    (httpx.Response(200, json={"order": {"id": "LO-7"}}), "ok", "order LO-7"),
    # The manual order is not one of the calls the document lets OPS answer so.
    (UNIMPLEMENTED, "failed", "does not offer this request"),
    (httpx.Response(404, json={"code": 5, "message": "no such process"}), "failed",
     "does not know"),
])
def test_a_label_upload_is_recorded_with_its_result(tmp_path: Path, answer: httpx.Response,
                                                    result: str, words: str) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="ana")
    request = manual_order_request(check_label_bytes(jpeg()), process_id="RP-100001",
                                   carrier="SEUR", provider="sendcloud", return_method="IN_STORE",
                                   tracking_id="TRK-9", from_address=Address(),
                                   to_address=WAREHOUSE)
    try:
        asyncio.run(submit_manual_order(client_for(lambda r: answer), request, audit=audit))
    except (errors.NotFound, errors.Unimplemented):
        assert result == "failed"
    [event] = audit.events(action=LABEL_UPLOAD)
    assert (event.process_id, event.new_value, event.result) == ("RP-100001", "SEUR TRK-9", result)
    assert words in event.detail and event.detail.startswith("jpg label, ")


@pytest.mark.parametrize(("answer", "result", "words"), [
    (httpx.Response(200, json={"order": {"id": "LO-8"}, "pickup_order": {"id": "PU-3"}}),
     "ok", "{id}"),
    # Provider sendcloud: gRPC 12 is a failure, not "nothing generated" (that is OPS only).
    (UNIMPLEMENTED, "failed", "does not offer this request"),
    (httpx.Response(403, json={"code": 7, "message": "no"}), "failed", "not allowed"),
])
def test_a_logistic_order_and_a_pickup_are_recorded_with_their_result(
        tmp_path: Path, answer: httpx.Response, result: str, words: str) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3", station="DOCK-2", operator="ana")
    order = logistic_order_request(
        PROCESS, carrier="SEUR", provider="sendcloud", return_type="DROP_OFF_POINT",
        weight_in_grams=1200, customer_address=customer_address(PROCESS),
        warehouse_address=WAREHOUSE)
    pickup = pickup_request(PROCESS, carrier="SEUR", provider="sendcloud",
                            pickup_ranges=["RANGE_8_TO_12", "RANGE_12_TO_16"],
                            pickup_address=WAREHOUSE)
    client = client_for(lambda r: answer)
    for call in (create_logistic_order(client, order, audit=audit),
                 request_pickup(client, pickup, audit=audit)):
        try:
            asyncio.run(call)
        except (errors.Forbidden, errors.Unimplemented):
            assert result == "failed"
    [made] = audit.events(action=LOGISTIC_ORDER)
    assert (made.process_id, made.new_value, made.result) == (
        "RP-100001", "SEUR via sendcloud", result)
    assert made.detail.startswith("DROP_OFF_POINT, 1200 g")
    assert words.format(id="order LO-8") in made.detail
    [asked] = audit.events(action=PICKUP)
    assert (asked.process_id, asked.new_value, asked.result) == (
        "RP-100001", "RANGE_8_TO_12, RANGE_12_TO_16", result)
    assert asked.detail.startswith("SEUR via sendcloud")
    assert words.format(id="pickup PU-3") in asked.detail


def test_provider_ops_pickup_is_nothing_generated_not_a_failure() -> None:
    request = pickup_request(PROCESS, carrier="SEUR", provider="OPS",
                             pickup_ranges=["RANGE_8_TO_12"], pickup_address=WAREHOUSE)
    assert request.body()["ecommerce_id"] == "acme"
    outcome = asyncio.run(request_pickup(client_for(lambda r: UNIMPLEMENTED), request))
    assert not outcome.generated and outcome.pickup is None and "501" in outcome.detail


def test_provider_ops_logistic_order_is_nothing_generated() -> None:
    request = logistic_order_request(
        PROCESS, carrier="SEUR", provider="OPS", return_type="HOME_PICK_UP",
        weight_in_grams=1200, customer_address=customer_address(PROCESS),
        warehouse_address=WAREHOUSE, pickup_ranges=["RANGE_12_TO_16"],
    )
    body = request.body()
    assert (body["order_number"], body["ecommerce_order_id"], body["weight_in_grams"]) == (
        "#A1", "o-1", 1200)
    outcome = asyncio.run(create_logistic_order(client_for(lambda r: UNIMPLEMENTED), request))
    assert not outcome.generated


def test_a_home_pickup_without_ranges_is_refused_before_sending() -> None:
    with pytest.raises(errors.InvalidArgument, match="pickup range"):
        logistic_order_request(PROCESS, carrier="C", provider="P", return_type="HOME_PICK_UP",
                               weight_in_grams=1, customer_address=Address(),
                               warehouse_address=WAREHOUSE)


def test_other_errors_still_raise() -> None:
    request = pickup_request(PROCESS, carrier="C", provider="P", pickup_ranges=["NO_RANGE"],
                             pickup_address=WAREHOUSE)
    denied = httpx.Response(403, json={"code": 7, "message": "no"})
    with pytest.raises(errors.Forbidden):
        asyncio.run(request_pickup(client_for(lambda r: denied), request))


def label_server(files: dict[str, tuple[bytes, str]]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/label"):
            pid = path.split("/")[3]
            return httpx.Response(200, json={"url": f"/files/{pid}"})
        data, content_type = files[path.rsplit("/", 1)[1]]
        return httpx.Response(200, content=data, headers={"content-type": content_type})

    return handler


def test_a_fetched_label_is_named_after_the_type_its_bytes_prove() -> None:
    pdf = intake_label_pdf(IntakeInfo("RP-1"))
    client = client_for(label_server({"RP-1": (pdf, "application/octet-stream")}))
    label = asyncio.run(fetch_return_label(client, "RP-1"))
    assert (label.extension, label.name, label.data) == ("pdf", "RP-1.pdf", pdf)


def test_a_broken_served_label_is_refused() -> None:
    client = client_for(label_server({"RP-1": (b"%PDF-1.4\nhalf a file", "application/pdf")}))
    with pytest.raises(BrokenLabel):
        asyncio.run(fetch_return_label(client, "RP-1"))


def test_a_batch_reports_each_failure_and_keeps_the_order() -> None:
    pdf = intake_label_pdf(IntakeInfo("RP-1"))
    files = {"RP-1": (pdf, "application/pdf"), "RP-2": (b"<html>", "text/html"),
             "RP-3": (pdf, "application/pdf")}
    progress: list[tuple[int, int]] = []
    batch = asyncio.run(fetch_return_labels(client_for(label_server(files)),
                                            ["RP-3", "RP-2", "RP-1"],
                                            progress=lambda d, t: progress.append((d, t))))
    assert [pid for pid, _ in batch.labels] == ["RP-3", "RP-1"]
    assert batch.failures[0][0] == "RP-2" and "web page" in batch.failures[0][1]
    assert sorted(progress) == [(1, 3), (2, 3), (3, 3)]


def test_provider_ops_manual_order_answered_unimplemented_is_a_failure() -> None:
    # [doc] names the pickup and the PUT only: the manual order's gRPC 12 is a refusal.
    request = manual_order_request(check_label_bytes(jpeg()), process_id="RP-100001",
                                   carrier="SEUR", provider="OPS", return_method="IN_STORE",
                                   tracking_id="T", from_address=Address(), to_address=WAREHOUSE)
    with pytest.raises(errors.Unimplemented, match="does not offer this request"):
        asyncio.run(submit_manual_order(client_for(lambda r: UNIMPLEMENTED), request))


@pytest.mark.parametrize("answer", [
    httpx.Response(405, json={"code": 12, "message": "Method Not Allowed", "details": []}),
    httpx.Response(405),
])
def test_a_405_is_never_nothing_generated_even_for_ops(answer: httpx.Response) -> None:
    order = logistic_order_request(
        PROCESS, carrier="SEUR", provider="OPS", return_type="DROP_OFF_POINT",
        weight_in_grams=1, customer_address=Address(), warehouse_address=WAREHOUSE)
    pickup = pickup_request(PROCESS, carrier="SEUR", provider="ops",
                            pickup_ranges=["RANGE_8_TO_12"], pickup_address=WAREHOUSE)
    client = client_for(lambda r: answer)
    with pytest.raises(errors.Unimplemented, match="does not take this request"):
        asyncio.run(create_logistic_order(client, order))
    with pytest.raises(errors.Unimplemented, match="does not take this request"):
        asyncio.run(request_pickup(client, pickup))


def test_another_providers_unimplemented_pickup_is_a_failure() -> None:
    request = pickup_request(PROCESS, carrier="SEUR", provider="sendcloud",
                             pickup_ranges=["RANGE_8_TO_12"], pickup_address=WAREHOUSE)
    with pytest.raises(errors.Unimplemented):
        asyncio.run(request_pickup(client_for(lambda r: UNIMPLEMENTED), request))
