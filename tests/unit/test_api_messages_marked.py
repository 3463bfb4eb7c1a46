"""The API layer's operator messages go through translate() (issue 19, item 4): with a
pseudo-translator installed, every message an operator can meet from revdesk/api comes out
translated, sentence and reason alike, and lupdate finds each text that was asked for."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_i18n_marking import _run_lupdate

import revdesk
from revdesk import i18n
from revdesk.api import errors, models, rever, transport
from revdesk.api.rever import ReverAdminClient
from revdesk.api.reversio import ReversioClient

API = Path(revdesk.__file__).parent / "api"
OPEN, CLOSE = "⟦", "⟧"


@pytest.fixture
def said() -> Iterator[set[tuple[str, str]]]:
    """Every (context, text) asked for; each comes back as ⟦text⟧, so a message that did
    not go through translate() shows up without the brackets."""
    calls: set[tuple[str, str]] = set()

    def hook(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.add((context, text))
        return OPEN + i18n.english(text, n) + CLOSE

    i18n.install(hook)
    try:
        yield calls
    finally:
        i18n.install(None)


def translated(message: str) -> bool:
    """``message`` is one translated text (values filled in after the call)."""
    return message.startswith(OPEN) and message.endswith((CLOSE, CLOSE + "."))


def raised(call: Any, *args: Any, **kw: Any) -> BaseException:
    with pytest.raises(Exception) as caught:
        result = call(*args, **kw)
        if asyncio.iscoroutine(result):
            asyncio.run(result)
    return caught.value


def _answer(status: int, **kw: Any) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("GET", "https://rever.test/v1/x"), **kw)


class _Answers:
    """A transport stand-in for ReverAdminClient: the same decoded answer every time."""

    def __init__(self, answer: Any) -> None:
        self.answer = answer

    async def request(self, *args: Any, **kw: Any) -> Any:
        return self.answer


async def _all_pages(client: ReverAdminClient, **kw: Any) -> None:
    async for _ in client.iter_pages(**kw):
        pass


def test_every_api_message_an_operator_meets_is_translated(said: set[tuple[str, str]]) -> None:
    messages: list[str] = []

    def error(call: Any, *args: Any, **kw: Any) -> None:
        exc = raised(call, *args, **kw)
        messages.append(getattr(exc, "operator_message", str(exc)))

    # The API address and key, as typed in the settings or the environment.
    for url in ("https://exa mple.test", "https://rever.test:99999", "https://rever.test\x07",
                "https://[::1"):
        error(transport.check_url, url)
    error(transport.check_api_key, "sk-\n1", "REVDESK_API_KEY")
    error(transport.check_api_key, "sk-é1", "REVDESK_API_KEY")
    error(transport.Transport, "https://rever.test", "sk-\t1")
    # A label's address, at the first hop and at a redirect.
    first = httpx.URL("https://rever.test/label")
    for hop, url in enumerate(("file:///etc/passwd", "http://169.254.169.254/x",
                               "http://labels.test/x", "https://0.0.0.0/x", "https:///x")):
        error(transport.Transport._check_label_url, first, httpx.URL(url), hop)
    loop = httpx.MockTransport(lambda request: httpx.Response(
        302, headers={"location": "https://rever.test/again"}))
    for mock, url in ((loop, "/label"), (loop, "https://[::1")):
        error(transport.Transport("https://rever.test", None, transport=mock).download,
              url, max_bytes=100)
    # A certificate refused with no reason given.
    unverified = ssl.SSLCertVerificationError()
    unverified.verify_message = unverified.reason = None  # type: ignore[assignment]
    failed = httpx.ConnectError("handshake")
    failed.__cause__ = unverified
    messages.append(transport._error_from_exception(failed, "GET /x").operator_message)
    assert "(⟦refused⟧)" in messages[-1]
    # REVER's refusals.
    for answer in (_answer(405), _answer(501), _answer(418),
                   _answer(400, json={"code": 3, "message": "bad ranges"})):
        messages.append(transport.error_from_response(answer, answer.content).operator_message)
    # The station's own check of a request before it is sent.
    address = models.Address(first_name="A", country_code="ES")
    customer = models.Customer(email="a@b.test")
    error(rever.validated, models.PickupRequest, carrier="UPS", customer=customer,
          ecommerce_id="acme", pickup_address=address, pickup_ranges=["NO_RANGE", "NO_RANGE"],
          process_id="RP-1", provider="OPS")
    error(rever.validated, models.ManualOrder, carrier="UPS", to=address, process_id="RP-1",
          provider="OPS", return_method="HOME_PICK_UP", tracking_id="1Z",
          tracking_url="ftp://x", **{"from": address})
    error(rever.validated, models.LogisticOrderRequest, carrier="UPS", customer=customer,
          customer_address=address, ecommerce_id="acme", ecommerce_warehouse_address=address,
          process_id="RP-1", provider="OPS", return_type="HOME_PICK_UP", weight_in_grams=1)
    # The process list and the label.
    error(_all_pages, ReverAdminClient(_Answers(  # type: ignore[arg-type]
        {"processes": [{"process_id": "RP-1"}, {"process_id": "RP-2"}],
         "next_page_token": "t"})), max_rows=1)
    error(_all_pages, ReverAdminClient(_Answers(  # type: ignore[arg-type]
        {"processes": [], "next_page_token": "t"})), max_pages=1)
    error(_all_pages, ReverAdminClient(_Answers(  # type: ignore[arg-type]
        {"processes": [], "next_page_token": "t"})))
    error(ReverAdminClient(_Answers({"url": ""})).get_label_url, "RP-1")  # type: ignore[arg-type]
    for cause in (errors.NotFound(), errors.MalformedAnswer()):
        messages.append(rever._list_failure(cause).operator_message)
    # A Revers.io account with a secret missing or pasted with a line break.
    error(ReversioClient, "https://reversio.test", "sub", "")
    error(ReversioClient, "https://reversio.test", "sub\n", "secret")

    assert len(messages) == 30
    assert [m for m in messages if not translated(m)] == []
    # The reasons inside a sentence are translated too (none left in English).
    assert [m for m in messages if m.count(OPEN) != m.count(CLOSE)] == []
    multi = [m for m in messages if "ftp://" not in m and m.count(OPEN) > 1]
    assert len(multi) >= 13, messages


def test_lupdate_finds_every_api_message(said: set[tuple[str, str]], tmp_path: Path) -> None:
    test_every_api_message_an_operator_meets_is_translated(said)
    extracted = _run_lupdate(sorted(API.glob("*.py")), tmp_path / "api.ts")
    assert {c for c, _ in said} >= {"Transport", "Request", "ReverAdmin", "Reversio"}
    # ApiError's defaults are said by the UI; here only what the API layer says itself.
    assert {s for s in said if s not in extracted} == set()


def test_the_pseudo_translator_sees_an_unwrapped_message(said: set[tuple[str, str]]) -> None:
    """The check above would catch a message built without translate()."""
    assert not translated(errors.ApiError("REVER refused this request (HTTP 418).").operator_message)
    assert translated(errors.ApiError(i18n.translate("T", "REVER refused.")).operator_message)
