"""Revers.io pieces without a server: the token's lifetime read from its payload, plain
field names, and where the account's secrets live."""

from __future__ import annotations

import base64
import json
import sys
import types
from typing import Any

import pytest

from revdesk.api.reversio import field_label, jwt_lifetime
from revdesk.config import (
    ReversioAccount,
    StationSettings,
    load_reversio_secrets,
    reversio_accounts,
    save_reversio_secrets,
)


def jwt(payload: object) -> str:
    part = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"eyJhbGciOiJIUzI1NiJ9.{part}.c2ln"


def test_lifetime_is_exp_less_iat_whatever_the_stations_clock() -> None:
    # A station clock a day ahead would see this token as long expired.
    assert jwt_lifetime(jwt({"iat": 1000, "exp": 4600}), now=1000 + 86400) == 3600


def test_lifetime_without_iat_is_counted_from_now() -> None:
    assert jwt_lifetime(jwt({"exp": 2000.5}), now=1000) == 1000.5


def test_a_bare_jwt_as_plain_text_is_taken() -> None:
    import asyncio

    import httpx

    token = jwt({"exp": 4e9})

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, content=token.encode(), headers={"content-type": "text/plain"})
        assert request.headers["authorization"] == f"Bearer {token}"
        return httpx.Response(200, json={"value": {"status": "OK"}})

    async def go() -> str:
        client = mock_client(handler)
        try:
            return (await client.order_status("R-1")).status
        finally:
            await client.aclose()

    assert asyncio.run(go()) == "OK"


@pytest.mark.parametrize("token", ["not-a-jwt", "a.b.c", jwt({"exp": "soon"}), jwt([1, 2]),
                                   jwt({"exp": True})])
def test_an_unreadable_payload_says_nothing(token: str) -> None:
    assert jwt_lifetime(token, now=0) is None


def test_field_names_in_plain_words() -> None:
    assert field_label("products[1].price.currency") == "Product 2 › Price › Currency"
    assert field_label(("address", "zipCode")) == "Address › Postcode"
    assert field_label("somethingNew\x1b") == "somethingNew\\x1b"


def fake_keyring(monkeypatch: pytest.MonkeyPatch, stored: dict[tuple[str, str], str]) -> None:
    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: stored.get((service, user))  # type: ignore[attr-defined]
    module.set_password = lambda service, user, value: stored.__setitem__(  # type: ignore[attr-defined]
        (service, user), value)
    monkeypatch.setitem(sys.modules, "keyring", module)


def test_secrets_go_to_the_credential_store_under_the_accounts_url(
        monkeypatch: pytest.MonkeyPatch) -> None:
    stored: dict[tuple[str, str], str] = {}
    fake_keyring(monkeypatch, stored)
    save_reversio_secrets("https://eu.example/api/v1/", "the-key", "the-secret")
    assert set(stored.values()) == {"the-key", "the-secret"}
    key, secret = load_reversio_secrets("https://eu.example/api/v1")
    assert key is not None and key.get_secret_value() == "the-key"
    assert secret is not None and secret.get_secret_value() == "the-secret"
    assert load_reversio_secrets("https://other.example/api/v1") == (None, None)
    settings = StationSettings(reversio_accounts=[ReversioAccount(
        name="EU", url="https://eu.example/api/v1")])
    assert "the-secret" not in settings.model_dump_json()


def test_the_environment_overrides_the_store_and_names_an_account(
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake_keyring(monkeypatch, {})
    monkeypatch.setenv("REVDESK_REVERSIO_URL", "https://env.example/api/v1")
    monkeypatch.setenv("REVDESK_REVERSIO_SECRET", "env-secret")
    settings = StationSettings(reversio_accounts=[
        ReversioAccount(name="UK", url="https://uk.example/api/v1"),
        ReversioAccount(name="Main", url="https://env.example/api/v1/")])
    assert [a.name for a in reversio_accounts(settings)] == ["Main", "UK"]
    key, secret = load_reversio_secrets("https://uk.example/api/v1")
    assert key is None and secret is not None and secret.get_secret_value() == "env-secret"


def mock_client(handler: Any) -> Any:
    import httpx

    from revdesk.api.reversio import ReversioClient

    return ReversioClient("http://127.0.0.1:9/api/v1", "sub-key-1", "secret-1",
                          transport=httpx.MockTransport(handler))


def test_a_200_that_carries_errors_is_a_refusal_field_by_field() -> None:
    import asyncio

    import httpx

    from revdesk.api.reversio import ReversioRefused

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return httpx.Response(200, json={"value": jwt({"exp": 4e9})})
        return httpx.Response(200, json={"value": None, "failure": True, "errors": [
            {"field": "products[0].modelId", "message": "Unknown model", "isWarning": False},
            {"field": "salesChannel", "message": "Just a warning", "isWarning": True}]})

    async def go() -> ReversioRefused:
        client = mock_client(handler)
        try:
            with pytest.raises(ReversioRefused) as caught:
                await client.import_order({"orderReference": "R-1"})
            return caught.value
        finally:
            await client.aclose()

    refused = asyncio.run(go())
    assert [str(p) for p in refused.problems] == ["Product 1 › Model id: Unknown model"]


@pytest.mark.parametrize("answer", [{"value": None}, {"value": "has a\nline break"}, [],
                                    {"value": 12},
                                    b"<html><p>Sign in at wifi.example.com</p></html>",
                                    b"a.b.c d"])
def test_a_token_answer_without_a_token_is_said_plainly(answer: object) -> None:
    import asyncio

    import httpx

    from revdesk.api import errors

    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(answer, bytes):  # a page, not JSON: a proxy's, a captive portal's
            return httpx.Response(200, content=answer, headers={"content-type": "text/html"})
        return httpx.Response(200, json=answer)

    async def go() -> errors.ApiError:
        client = mock_client(handler)
        try:
            with pytest.raises(errors.MalformedAnswer) as caught:
                await client.order_status("R-1")
            return caught.value
        finally:
            await client.aclose()

    assert "not a token" in str(asyncio.run(go()))



def counting_client(payload: dict[str, int], *, clock: Any = None,
                    token_takes: float = 0.0) -> tuple[Any, dict[str, int]]:
    """A client whose /token answers a JWT with ``payload`` (after ``token_takes`` seconds of
    ``clock``, when given), counting the requests."""
    import asyncio

    import httpx

    from revdesk.api.reversio import ReversioClient

    asked = {"token": 0, "calls": 0}

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            asked["token"] += 1
            await asyncio.sleep(0.01)  # the others queue up meanwhile
            if clock is not None:
                clock.now += token_takes
            return httpx.Response(200, json={"value": jwt(payload)})
        asked["calls"] += 1
        return httpx.Response(200, json={"value": {"status": "OK"}})

    extra = {"clock": clock} if clock is not None else {}
    return ReversioClient("http://127.0.0.1:9/api/v1", "sub-key-1", "secret-1",
                          transport=httpx.MockTransport(handler), **extra), asked


def test_a_token_due_when_it_arrives_is_one_renewal_for_every_waiting_call() -> None:
    """A /token slower than the token's life: the calls that waited for it use it, they do
    not fetch one token each (a pile-up behind a slow /token)."""
    import asyncio

    class Clock:
        now = 1000.0

        def __call__(self) -> float:
            return self.now

    async def go() -> dict[str, int]:
        client, asked = counting_client({"iat": 0, "exp": 10}, clock=Clock(), token_takes=30)
        try:
            await asyncio.gather(*(client.order_status(f"R-{n}") for n in range(20)))
        finally:
            await client.aclose()
        return asked

    assert asyncio.run(go()) == {"token": 1, "calls": 20}


@pytest.mark.parametrize("payload", [{"exp": 1000}, {"exp": 1000, "iat": 2000},
                                     {"exp": 5, "iat": 5}])
def test_an_exp_already_past_is_not_a_token_per_call(payload: dict[str, int]) -> None:
    """An exp in the past (a clock far ahead, a server's mistake) is no reason to fetch a
    token before every call: taken as the documented hour, as an unreadable one is."""
    import asyncio

    async def go() -> dict[str, int]:
        client, asked = counting_client(payload)
        try:
            await asyncio.gather(*(client.order_status(f"R-{n}") for n in range(20)))
            for n in range(5):
                await client.order_status(f"S-{n}")
        finally:
            await client.aclose()
        return asked

    assert asyncio.run(go()) == {"token": 1, "calls": 25}


@pytest.mark.parametrize("amount", [float("inf"), float("nan"), "NaN", "-Infinity", 1e999])
def test_an_amount_json_cannot_carry_is_refused_before_sending(amount: object) -> None:
    """1e999 in a file reads as infinity: it passed the check and the request could not be
    written (an unexpected error, exit 1); it is the field's problem, nothing sent."""
    from revdesk.api.reversio import ReversioRefused, validate_order

    with pytest.raises(ReversioRefused) as refused:
        validate_order({"orderReference": "R-1",
                        "products": [{"price": {"amount": amount, "currency": "EUR"}}]})
    assert refused.value.sent is False
    assert [(p.path, p.message) for p in refused.value.problems] == [
        ("products.0.price.amount", "must be a number")]
