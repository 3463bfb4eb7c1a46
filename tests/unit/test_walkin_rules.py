"""The walk-in service's rules without a server: the form, what the QR code carries, the
slip's words, and answers the sandbox cannot easily give (a 5xx, an unreadable answer)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from revdesk.api import errors
from revdesk.api.models import IntentOrder, ReturnIntent
from revdesk.domain.walkin import (
    WalkinOutcome,
    WalkinResult,
    WalkinService,
    check_form,
    qr_payload,
    walkin_slip,
)

STARTED = WalkinResult(WalkinOutcome.STARTED, "", "ana@example.com", "#A5042",
                       return_id="RT-W000007", customer_token="s3cr3t-T0ken_x",
                       items=("1 × Shirt (M) · SKU-1", "2 × Socks · SKU-2"))


@pytest.mark.parametrize(("email", "order", "fields"), [
    ("ana@example.com", "#A5042", []),
    (" ana@example.com ", " A5042\r\n", []),
    ("", "#A5042", ["email"]),
    ("ana@example", "#A5042", ["email"]),
    ("ana example.com", "#A5042", ["email"]),
    ("ana\x1b[31m@example.com", "#A5042", ["email"]),
    ("ana@exam\x00ple.com", "#A5042", ["email"]),
    ("ana@\u202emoc.elpmaxe", "#A5042", ["email"]),
    ("ana@ex\u200bample.com", "#A5042", ["email"]),
    ("ana.núñez@example.es", "#A5042", []),
    ("ana@example.com", "", ["order_number"]),
    ("ana@example.com", "  \t", ["order_number"]),
    ("ana@example.com", "A" * 65, ["order_number"]),
    ("ana@example.com", "A50\x0042", ["order_number"]),
    ("ana@example.com", "ana@example.com", ["order_number"]),
    ("#A5042", "ana@example.com", ["email", "order_number"]),
])
def test_the_form_says_which_field_to_fix(email: str, order: str, fields: list[str]) -> None:
    problems = check_form(email, order)
    assert [p.field for p in problems] == fields
    assert all(p.message.endswith(".") for p in problems)


def test_the_qr_code_is_the_returns_page_with_the_return_and_its_token() -> None:
    assert qr_payload(STARTED, "https://shop.example/returns") == (
        "https://shop.example/returns?return_id=RT-W000007&customer_token=s3cr3t-T0ken_x")
    assert qr_payload(STARTED, " https://shop.example/r?lang=es ") == (
        "https://shop.example/r?lang=es&return_id=RT-W000007&customer_token=s3cr3t-T0ken_x")


@pytest.mark.parametrize("portal", ["", "   ", "javascript:alert(1)", "shop.example/returns"])
def test_without_a_usable_page_the_code_carries_the_return_and_token_alone(portal: str) -> None:
    assert qr_payload(STARTED, portal) == "return_id=RT-W000007&customer_token=s3cr3t-T0ken_x"


def test_the_token_is_escaped_into_the_query() -> None:
    odd = WalkinResult(WalkinOutcome.STARTED, "", return_id="RT 1", customer_token="a&b=c")
    assert qr_payload(odd, "") == "return_id=RT+1&customer_token=a%26b%3Dc"


def test_the_slip_says_what_was_started_and_how_to_finish() -> None:
    with_page = walkin_slip(STARTED, portal_url="https://shop.example/r", station="DOCK-2")
    text = "\n".join(with_page.lines)
    assert "Order #A5042" in text and "Return RT-W000007" in text
    assert "2 × Socks · SKU-2" in text and "Scan this code with your phone" in text
    assert with_page.footer == "revdesk · DOCK-2"
    assert "s3cr3t" not in text + with_page.title + with_page.footer
    assert with_page.qr_payload.startswith("https://shop.example/r?")
    without = walkin_slip(STARTED, portal_url="")
    assert "customer service" in "\n".join(without.lines)
    many = WalkinResult(WalkinOutcome.STARTED, "", return_id="R", customer_token="t",
                        items=tuple(f"1 × item {n}" for n in range(7)))
    lines = walkin_slip(many, portal_url="").lines
    assert "1 × item 3" in lines and "1 × item 4" not in lines and "and 3 more items" in lines


class FakeStorefront:
    def __init__(self, answer: Any) -> None:
        self.answer = answer
        self.calls: list[tuple[str, str]] = []

    async def start_return_intent(self, email: str, order_number: str) -> ReturnIntent:
        self.calls.append((email, order_number))
        if isinstance(self.answer, BaseException):
            raise self.answer
        assert isinstance(self.answer, ReturnIntent)
        return self.answer


def start(answer: Any, email: str = "ana@example.com", order: str = "#A5042"
          ) -> tuple[WalkinResult, FakeStorefront]:
    storefront = FakeStorefront(answer)
    service = WalkinService(lambda: storefront)  # type: ignore[arg-type, return-value]
    return asyncio.run(service.start(email, order)), storefront


@pytest.mark.parametrize(("error", "outcome", "words"), [
    (errors.ServerError(), WalkinOutcome.PLATFORM_DOWN, "cannot be reached"),
    (errors.RequestTimeout(), WalkinOutcome.PLATFORM_DOWN, "cannot be reached"),
    (errors.MalformedAnswer(), WalkinOutcome.REFUSED, "cannot read"),
    (errors.AuthError(), WalkinOutcome.REFUSED, "API key was refused"),
    (errors.InvalidArgument("REVER refused this request: bad"), WalkinOutcome.REFUSED,
     "refused this request: bad"),
    (errors.InvalidArgument(grpc_code=9), WalkinOutcome.EMAIL_MISMATCH, "not placed with"),
    (errors.NotFound(), WalkinOutcome.ORDER_NOT_FOUND, "has no order #A5042"),
])
def test_every_failure_is_an_outcome_in_words(error: errors.ApiError, outcome: WalkinOutcome,
                                              words: str) -> None:
    result, _ = start(error)
    assert result.outcome is outcome and words in result.message
    assert not result.started and not result.return_id


def test_a_started_intent_keeps_its_token_out_of_messages_and_repr() -> None:
    answer = ReturnIntent(order=IntentOrder(id="5001", currency="EUR", return_id="RT-W9",
                                            customer_token="tok-123456"))
    result, storefront = start(answer, " ana@example.com ", " #A5042\n")
    assert storefront.calls == [("ana@example.com", "#A5042")]
    assert result.started and result.customer_token == "tok-123456"
    assert "tok-123456" not in result.message + repr(result) + repr(answer)


def test_a_bad_form_is_never_sent() -> None:
    with pytest.raises(ValueError, match="e-mail"):
        start(ReturnIntent(), email="nope")


def test_without_a_storefront_the_station_says_so() -> None:
    service = WalkinService(lambda: None)
    result = asyncio.run(service.start("ana@example.com", "#A5042"))
    assert result.outcome is WalkinOutcome.NOT_AVAILABLE and not service.available
    assert "no Storefront API address" in result.message


@pytest.mark.parametrize("order", [
    {"id": "5001", "return_id": "RT-W1"},  # no token: nothing to finish the return with
    {"id": "5001", "customer_token": "tok"},  # no return id
])
def test_an_intent_without_return_id_or_token_is_an_answer_the_station_cannot_read(
        order: dict[str, str]) -> None:
    import httpx

    from revdesk.api.storefront import StorefrontClient
    from revdesk.api.transport import Transport

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"order": order})

    async def go() -> None:
        client = StorefrontClient(Transport("http://127.0.0.1:9", "k",
                                            transport=httpx.MockTransport(handler)))
        try:
            await client.start_return_intent("ana@example.com", "#A5042")
        finally:
            await client.aclose()

    with pytest.raises(errors.MalformedAnswer):
        asyncio.run(go())
