"""Settings' connection test below the UI: the verdicts a transport fault gives (TLS errors
come only from a MockTransport: no server is contacted), and that no message holds the key."""

from __future__ import annotations

import asyncio
import ssl

import httpx
import pytest

from revdesk.domain.connection_test import Verdict, check_connection

KEY = "k3y-that-must-never-show"


def run(url: str, key: str | None, handler=None, **kw: str):  # type: ignore[no-untyped-def]
    transport = httpx.MockTransport(handler) if handler else None
    return asyncio.run(check_connection(url, key, transport=transport, **kw))


def _tls_refused(request: httpx.Request) -> httpx.Response:
    cause = ssl.SSLCertVerificationError(1, "certificate verify failed")
    cause.verify_message = "self-signed certificate"
    raise httpx.ConnectError("TLS failed", request=request) from cause


def test_a_refused_certificate_is_named() -> None:
    result = run("https://rever.test", KEY, _tls_refused)
    assert result.verdict is Verdict.BAD_CERTIFICATE
    assert "self-signed certificate" in result.message and KEY not in result.message


@pytest.mark.parametrize("url", ["http://rever.test", "ftp://rever.test",
                                 "http://192.0.2.1:8080"])
def test_plain_http_elsewhere_than_this_computer_is_not_sent(url: str) -> None:
    sent: list[httpx.Request] = []
    result = run(url, KEY, lambda r: sent.append(r) or httpx.Response(200))
    assert result.verdict is Verdict.NOT_HTTPS and not sent
    assert "https://" in result.message


def test_an_address_that_is_no_address() -> None:
    assert run("https://rever.test:99999", KEY).verdict is Verdict.INVALID_ADDRESS


def test_nothing_typed_is_the_sandbox_and_half_typed_says_what_is_missing() -> None:
    assert run("", None).verdict is Verdict.SANDBOX
    assert run("", KEY).verdict is Verdict.NO_ADDRESS
    assert run("https://rever.test", "").verdict is Verdict.NO_KEY


def test_a_key_no_header_can_carry_is_wrong_and_not_shown() -> None:
    bad = "abc\ndef-secret"
    result = run("https://rever.test", bad, lambda r: httpx.Response(200, json={}))
    assert result.verdict is Verdict.WRONG_KEY and "def-secret" not in result.message


def test_a_server_echoing_the_key_never_puts_it_in_the_message() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"code": 3, "message": f"bad key {KEY}"})

    result = run("https://rever.test", KEY, echo)
    assert KEY not in result.message


@pytest.mark.parametrize(("status", "verdict"), [
    (401, Verdict.WRONG_KEY), (403, Verdict.FORBIDDEN), (404, Verdict.NOT_REVER),
    (503, Verdict.SERVER_ERROR), (429, Verdict.BUSY)])
def test_each_status_has_its_verdict(status: int, verdict: Verdict) -> None:
    result = run("https://rever.test", KEY, lambda r: httpx.Response(status))
    assert result.verdict is verdict, result.message


def test_forbidden_names_the_e_commerce_it_was_for() -> None:
    result = run("https://rever.test", KEY, lambda r: httpx.Response(403),
                 ecommerce_id="shop-7")
    assert "shop-7" in result.message


def test_a_web_page_is_not_rever() -> None:
    page = httpx.Response(200, text="<html><body>Welcome</body></html>",
                          headers={"content-type": "text/html"})
    assert run("https://rever.test", KEY, lambda r: page).verdict is Verdict.NOT_REVER


def test_ok_counts_pages_and_stops_after_a_few() -> None:
    asked: list[httpx.URL] = []

    def endless(request: httpx.Request) -> httpx.Response:
        asked.append(request.url)
        n = len(asked)
        rows = [{"process_id": f"RP-{n:03d}{i:03d}"} for i in range(100)]
        return httpx.Response(200, json={"processes": rows, "next_page_token": f"t{n}"})

    result = run("https://rever.test", KEY, endless, ecommerce_id="acme")
    assert result.verdict is Verdict.OK and "more than 500" in result.message
    assert len(asked) == 5 and asked[0].params["ecommerce_id"] == "acme"


@pytest.mark.parametrize(("scope", "words"), [
    ({"ecommerce_id": "acmee"}, "no returns for e-commerce “acmee”: check the e-commerce id"),
    ({"group": "brands"}, "no returns for e-commerce group “brands”"),
    ({}, "set the e-commerce id or group"),
])
def test_no_returns_for_the_e_commerce_typed_is_a_warning_naming_it(
        scope: dict[str, str], words: str) -> None:
    # QA F2: a mistyped e-commerce id answered "OK … 0 returns visible".
    def empty(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"processes": [], "next_page_token": None})

    result = run("https://rever.test", KEY, empty, **scope)
    assert result.verdict is Verdict.NO_RETURNS and not result.ok and result.warning
    assert words in result.message and "REVER answered" in result.message
