"""The Admin client against the sandbox over real HTTP on loopback."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable
from typing import Any, TypeVar

import httpx
import pytest

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.api.models import Address, ManualLogisticOrderRequest, PickupRequest
from revdesk.domain import logistics

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    return asyncio.run(coro)  # type: ignore[arg-type]


def client_for(url: str, key: str | None = "test-key", **kw: Any) -> ReverAdminClient:
    retry = kw.pop("retry", RetryPolicy(max_attempts=3, base_delay=0.01, max_delay=0.05))
    return ReverAdminClient(Transport(url, key, retry=retry, **kw), ecommerce_id="acme")


async def using(client: ReverAdminClient, coro_fn: Any) -> Any:
    try:
        return await coro_fn(client)
    finally:
        await client.aclose()


def call(url: str, fn: Any, **kw: Any) -> Any:
    return run(using(client_for(url, **kw), fn))


def test_list_follows_every_page_without_duplicates(shared_sandbox: Any) -> None:
    processes = call(shared_sandbox.url, lambda c: c.all_processes(page_size=7))
    ids = [p.process_id for p in processes]
    assert len(ids) == 60 and len(set(ids)) == 60
    assert all(p.customer.full_name and p.created for p in processes)


def test_status_filter_and_search(shared_sandbox: Any) -> None:
    collected = call(shared_sandbox.url, lambda c: c.all_processes(shipping_status="COLLECTED"))
    assert collected and {p.shipping_status for p in collected} == {"COLLECTED"}
    one = collected[0]
    found = call(shared_sandbox.url, lambda c: c.all_processes(query=one.order_number))
    assert one.process_id in [p.process_id for p in found]


def test_get_process_and_unknown_id(shared_sandbox: Any) -> None:
    process = call(shared_sandbox.url, lambda c: c.get_process("RP-100001"))
    assert process.process_id == "RP-100001" and process.line_items
    with pytest.raises(errors.NotFound):
        call(shared_sandbox.url, lambda c: c.get_process("RP-999999"))


def test_status_set_survives_a_sandbox_restart(sandbox: Any) -> None:
    async def flip(c: ReverAdminClient) -> str:
        before = (await c.get_process("RP-100002")).shipping_status
        target = "ERROR" if before != "ERROR" else "COLLECTED"
        if before == "CANCELED":
            target = "CANCELED"
        await c.set_shipping_status("RP-100002", target)
        return target

    target = call(sandbox.url, flip)
    sandbox.restart()
    after = call(sandbox.url, lambda c: c.get_process("RP-100002"))
    assert after.shipping_status == target


def test_label_url_downloads_a_real_file(shared_sandbox: Any) -> None:
    processes = call(shared_sandbox.url, lambda c: c.all_processes(shipping_status="COLLECTED"))
    data, ctype = call(shared_sandbox.url, lambda c: c.fetch_label(processes[0].process_id))
    assert data.startswith((b"%PDF-", b"\x89PNG\r\n\x1a\n"))
    assert ctype.split(";")[0] in {"application/pdf", "image/png"}


def test_logistics_summary(shared_sandbox: Any) -> None:
    summary = call(shared_sandbox.url, lambda c: c.get_logistics("RP-100003"))
    assert summary.carrier and summary.tracking_id


def test_manual_order_sends_exactly_the_documented_body(sandbox: Any) -> None:
    label = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    request = ManualLogisticOrderRequest(
        label=label, label_extension="pdf",
        order={"carrier": "DHL", "from": Address(city="Lyon", country_code="FR"),
               "to": Address(city="Madrid", country_code="ES"), "process_id": "RP-100004",
               "provider": "SendCloud", "return_method": "DROP_OFF_POINT",
               "tracking_id": "JD0001", "tracking_url": "https://track.example/JD0001"},
    )
    sandbox.clear_requests()
    answer = call(sandbox.url, lambda c: c.save_manual_logistic_order(request))
    assert answer.order.id
    posted = [r for r in sandbox.requests() if r["method"] == "POST"]
    assert len(posted) == 1
    body = posted[0]["body"]
    assert posted[0]["path"] == "/v1/processes/RP-100004/logistics/"
    assert base64.b64decode(body["label"]) == label
    assert body["label_extension"] == "pdf"
    assert body["order"]["from"]["city"] == "Lyon" and body["order"]["tracking_id"] == "JD0001"
    assert set(body) == {"label", "label_extension", "order"}


def test_ops_pickup_is_nothing_generated_not_an_error(shared_sandbox: Any) -> None:
    request = PickupRequest(carrier="DHL", customer={}, ecommerce_id="acme",  # type: ignore[arg-type]
                            pickup_address=Address(), pickup_ranges=["RANGE_8_TO_12"],
                            process_id="RP-100005", provider="OPS")
    # The client says what REVER answered (gRPC 12); the logistics domain reads it as the
    # document does for this call and this provider.
    with pytest.raises(errors.Unimplemented) as info:
        call(shared_sandbox.url, lambda c: c.request_pickup(request))
    assert (info.value.status_code, info.value.grpc_code) == (501, 12)
    outcome = call(shared_sandbox.url, lambda c: logistics.request_pickup(c, request))
    assert not outcome.generated and outcome.pickup is None


def test_missing_key_is_an_auth_error(shared_sandbox: Any) -> None:
    with pytest.raises(errors.AuthError, match="API key"):
        call(shared_sandbox.url, lambda c: c.get_process("RP-100001"), key=None)


def test_invalid_status_refused_by_server_too(shared_sandbox: Any) -> None:
    # Bypass the client's own validation to see the server's answer to a bad lkss.
    async def raw(c: ReverAdminClient) -> Any:
        return await c.transport.request(
            "POST", "/v1/processes/RP-100001/shipping_status",
            json_body={"lkss": "ARRIVED", "process_id": "RP-100001"}, idempotent=True)

    with pytest.raises(errors.InvalidArgument) as info:
        call(shared_sandbox.url, raw)
    assert info.value.grpc_code == 3


# -- faults from the sandbox's knobs --------------------------------------------------------


def test_429_is_honoured_then_given_up_after_bounded_attempts(sandbox: Any) -> None:
    sandbox.set_faults(rate429=1.0, retry_after_s=0.01)
    sandbox.clear_requests()
    with pytest.raises(errors.RateLimited):
        call(sandbox.url, lambda c: c.get_process("RP-100001"))
    assert len([r for r in sandbox.requests() if r["path"].startswith("/v1/")]) == 3
    sandbox.set_faults(rate429=0.0)
    assert call(sandbox.url, lambda c: c.get_process("RP-100001")).process_id == "RP-100001"


def test_gateway_errors_retried_for_reads_never_for_creations(sandbox: Any) -> None:
    sandbox.set_faults(fail_rate=1.0)
    sandbox.clear_requests()
    with pytest.raises(errors.ServerError):
        call(sandbox.url, lambda c: c.get_process("RP-100001"))
    assert len(sandbox.requests()) == 3
    sandbox.clear_requests()
    request = ManualLogisticOrderRequest(
        label=b"%PDF-1.4 x %%EOF", label_extension="pdf",
        order={"carrier": "DHL", "from": Address(), "to": Address(), "process_id": "RP-100001",
               "provider": "SendCloud", "return_method": "DROP_OFF_POINT", "tracking_id": "T"})
    with pytest.raises(errors.ServerError):
        call(sandbox.url, lambda c: c.save_manual_logistic_order(request))
    assert len(sandbox.requests()) == 1


@pytest.mark.parametrize(("mode", "error"), [
    ("invalid_json", errors.MalformedAnswer),
    ("wrong_types", errors.MalformedAnswer),
    ("huge", errors.TooLarge),
])
def test_malformed_answers_are_clear_errors(sandbox: Any, mode: str, error: type) -> None:
    sandbox.set_faults(break_mode=mode)
    with pytest.raises(error) as info:
        call(sandbox.url, lambda c: c.get_process("RP-100001"))
    assert "cannot" in info.value.operator_message or "too large" in info.value.operator_message
    # The list says what failed: listing, never "REVER does not know this return".
    with pytest.raises(errors.ListUnavailable, match=r"^Cannot list returns: "):
        call(sandbox.url, lambda c: c.list_processes())


def test_connection_cut_mid_answer(sandbox: Any) -> None:
    sandbox.set_faults(break_mode="cut")
    with pytest.raises((errors.MalformedAnswer, errors.NetworkUnreachable)):
        call(sandbox.url, lambda c: c.get_process("RP-100001"))


def test_stalled_server_times_out(sandbox: Any) -> None:
    sandbox.set_faults(break_mode="stall")
    with pytest.raises(errors.RequestTimeout, match="did not answer in time"):
        call(sandbox.url, lambda c: c.get_process("RP-100001"),
             timeout=httpx.Timeout(0.5), retry=RetryPolicy(max_attempts=1))


def test_backend_gone_is_network_unreachable(sandbox: Any) -> None:
    url = sandbox.url
    sandbox.stop()
    with pytest.raises(errors.NetworkUnreachable, match="No connection"):
        call(url, lambda c: c.get_process("RP-100001"))
