"""Transport rules with httpx.MockTransport: the faults a real server cannot easily produce
on demand (exact retry counts, connection failures at chosen moments, hostile bodies)."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import ssl

import httpx
import pytest

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.api.transport import check_url, parse_retry_after

KEY = "sk-live-0123456789abcdef"
BASE = "https://rever.example.test"


class Recorder:
    """A MockTransport handler that plays a script of answers and records each request."""

    def __init__(self, *script: httpx.Response | Exception) -> None:
        self.script = list(script)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(step, Exception):
            raise step
        return step


def make(handler: Recorder, **retry_kw: float) -> tuple[ReverAdminClient, list[float]]:
    slept: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)

    def fake_clock() -> float:  # time passes only while the transport sleeps
        return sum(slept)

    policy = RetryPolicy(rng=random.Random(1), **retry_kw)  # type: ignore[arg-type]
    transport = Transport(BASE, KEY, retry=policy, transport=httpx.MockTransport(handler),
                          sleep=fake_sleep, clock=fake_clock)
    return ReverAdminClient(transport, ecommerce_id="acme"), slept


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def grpc(status: int, code: int, message: str = "", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"code": code, "message": message, "details": []},
                          headers=headers)


def test_sends_key_header_and_documented_body() -> None:
    rec = Recorder(httpx.Response(200, json={}))
    client, _ = make(rec)
    run(client.set_shipping_status("RP-1", "IN_WAREHOUSE"))
    req = rec.requests[0]
    assert req.headers["x-rever-api-key"] == KEY
    assert req.url.path == "/v1/processes/RP-1/shipping_status"
    assert json.loads(req.content) == {"lkss": "IN_WAREHOUSE", "process_id": "RP-1"}


def test_process_id_cannot_change_the_path() -> None:
    rec = Recorder(httpx.Response(200, json={"process": {}}))
    client, _ = make(rec)
    run(client.get_process("../../admin?x=1"))
    assert rec.requests[0].url.raw_path.startswith(b"/v1/processes/..%2F..%2Fadmin%3Fx%3D1")


def test_invalid_status_is_refused_before_sending() -> None:
    rec = Recorder(httpx.Response(200, json={}))
    client, _ = make(rec)
    with pytest.raises(errors.InvalidArgument, match="lkss"):
        run(client.set_shipping_status("RP-1", "ARRIVED"))
    assert rec.requests == []


def test_429_honours_retry_after_then_succeeds() -> None:
    rec = Recorder(grpc(429, 8, "slow down", **{"Retry-After": "2"}), httpx.Response(200, json={}))
    client, slept = make(rec)
    run(client.set_shipping_status("RP-1", "CREATED"))
    assert len(rec.requests) == 2
    assert slept == [2.0]


def test_429_without_retry_after_backs_off_exponentially_with_jitter() -> None:
    rec = Recorder(grpc(429, 8), grpc(429, 8), grpc(429, 8), httpx.Response(200, json={}))
    client, slept = make(rec, base_delay=1.0, max_delay=100.0)
    run(client.set_shipping_status("RP-1", "CREATED"))
    assert len(slept) == 3
    for attempt, delay in enumerate(slept, start=1):
        assert 0 <= delay <= 2**attempt


def test_retries_are_bounded_in_attempts() -> None:
    rec = Recorder(httpx.Response(503))
    client, slept = make(rec, max_attempts=4)
    with pytest.raises(errors.ServerError):
        run(client.get_process("RP-1"))
    assert len(rec.requests) == 4
    assert len(slept) == 3


def test_retries_are_bounded_in_total_time() -> None:
    rec = Recorder(grpc(429, 8, **{"Retry-After": "20"}))
    client, _slept = make(rec, max_total_seconds=30, max_attempts=10)
    with pytest.raises(errors.RateLimited) as info:
        run(client.get_process("RP-1"))
    assert len(rec.requests) == 2  # 20 s once, a second 20 s would pass the 30 s budget
    assert info.value.retry_after == 20


@pytest.mark.parametrize("status", [502, 503, 504])
def test_idempotent_call_retries_gateway_errors(status: int) -> None:
    rec = Recorder(httpx.Response(status), httpx.Response(200, json={"process": {"process_id": "RP-1"}}))
    client, _ = make(rec)
    assert run(client.get_process("RP-1")).process_id == "RP-1"
    assert len(rec.requests) == 2


def test_server_500_is_not_retried() -> None:
    rec = Recorder(httpx.Response(500))
    client, _ = make(rec)
    with pytest.raises(errors.ServerError):
        run(client.get_process("RP-1"))
    assert len(rec.requests) == 1


def _manual_order() -> object:
    from revdesk.api.models import Address, ManualLogisticOrderRequest

    return ManualLogisticOrderRequest(
        label=b"%PDF-1.4 test", label_extension="pdf",
        order={"carrier": "DHL", "from": Address(), "to": Address(), "process_id": "RP-1",
               "provider": "SendCloud", "return_method": "DROP_OFF_POINT", "tracking_id": "T1"},
    )


@pytest.mark.parametrize("failure", [httpx.Response(503), httpx.ReadTimeout("slow"),
                                     httpx.RemoteProtocolError("cut")])
def test_non_idempotent_call_is_not_repeated_once_it_may_have_arrived(failure: object) -> None:
    rec = Recorder(failure, httpx.Response(200, json={"order": {"id": "LO-1"}}))  # type: ignore[arg-type]
    client, _ = make(rec)
    with pytest.raises(errors.ApiError):
        run(client.save_manual_logistic_order(_manual_order()))  # type: ignore[arg-type]
    assert len(rec.requests) == 1


@pytest.mark.parametrize("failure", [httpx.ConnectError("refused"), grpc(429, 8, **{"Retry-After": "0"})])
def test_non_idempotent_call_is_repeated_when_it_cannot_have_arrived(failure: object) -> None:
    rec = Recorder(failure, httpx.Response(200, json={"order": {"id": "LO-1"}}))  # type: ignore[arg-type]
    client, _ = make(rec)
    answer = run(client.save_manual_logistic_order(_manual_order()))  # type: ignore[arg-type]
    assert answer.order.id == "LO-1"
    assert len(rec.requests) == 2


@pytest.mark.parametrize(
    ("answer", "error", "exit_words"),
    [
        (grpc(404, 5, "no such process"), errors.NotFound, "does not know"),
        (grpc(401, 16), errors.AuthError, "API key"),
        (grpc(403, 7), errors.Forbidden, "not allowed"),
        # Not "nothing generated": only the OPS pickup / PUT logistic order reads it so.
        (grpc(501, 12, "provider OPS"), errors.Unimplemented, "does not offer this request"),
        (httpx.Response(501), errors.Unimplemented, "does not offer this request"),
        (grpc(405, 12, "Method Not Allowed"), errors.Unimplemented, "does not take this request"),
        (httpx.Response(405), errors.Unimplemented, "does not take this request"),
        (grpc(400, 3, "combination not supported"), errors.InvalidArgument, "combination not supported"),
        (httpx.Response(200, content=b"<html>oops"), errors.MalformedAnswer, "cannot read"),
        (httpx.Response(200, json={"process": "nope"}), errors.MalformedAnswer, "cannot read"),
        (httpx.Response(200, json=[1, 2]), errors.MalformedAnswer, "cannot read"),
        (httpx.ConnectError("refused"), errors.NetworkUnreachable, "No connection"),
        (httpx.ReadTimeout("slow"), errors.RequestTimeout, "did not answer in time"),
    ],
)
def test_failures_become_typed_errors_in_plain_words(answer: object, error: type, exit_words: str) -> None:
    client, _ = make(Recorder(answer), max_attempts=1)  # type: ignore[arg-type]
    with pytest.raises(error) as info:
        run(client.get_process("RP-1"))
    assert exit_words in info.value.operator_message
    assert "Traceback" not in info.value.operator_message


def test_huge_answer_is_refused_without_reading_it_all() -> None:
    big = b"{" + b" " * (9 * 1024 * 1024) + b"}"
    client, _ = make(Recorder(httpx.Response(200, content=big)))
    with pytest.raises(errors.TooLarge):
        run(client.get_process("RP-1"))


def test_repeated_page_token_stops_instead_of_looping_forever() -> None:
    page = httpx.Response(200, json={"processes": [{"process_id": "RP-1"}], "next_page_token": "t"})
    client, _ = make(Recorder(page))
    with pytest.raises(errors.MalformedAnswer, match="same page twice"):
        run(client.all_processes())


def test_a_list_that_never_ends_stops_at_the_page_cap_with_a_clear_message() -> None:
    """A server handing out a new token with every page (a bug, or hostile) was followed for
    ever: only an exactly repeated token was caught. The list stops at 2,000 pages."""
    from revdesk.api.rever import MAX_LIST_PAGES

    asked: list[str] = []

    def endless(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.params.get("page_token", ""))
        return httpx.Response(200, json={"processes": [{"process_id": f"RP-{len(asked)}"}],
                                         "next_page_token": f"t{len(asked)}"})

    transport = Transport(BASE, KEY, transport=httpx.MockTransport(endless))
    with pytest.raises(errors.TooLarge) as caught:
        run(ReverAdminClient(transport).all_processes())
    assert MAX_LIST_PAGES == 2000 and len(asked) == 2000
    assert "2,000 pages" in caught.value.operator_message
    assert "status or a search" in caught.value.operator_message


def test_a_list_stops_at_the_row_cap() -> None:
    page = {"processes": [{"process_id": f"RP-{n}"} for n in range(3)], "next_page_token": ""}
    pages = iter(range(1, 100))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={**page, "next_page_token": f"t{next(pages)}"})

    client = ReverAdminClient(Transport(BASE, KEY, transport=httpx.MockTransport(handler)))
    with pytest.raises(errors.TooLarge, match="more than 7 returns"):
        run(client.all_processes(max_rows=7))


@pytest.mark.parametrize("depth", [65, 100_000])
@pytest.mark.parametrize("status", [200, 503])
def test_json_nested_deeper_than_64_is_an_answer_that_cannot_be_read(depth: int,
                                                                     status: int) -> None:
    """100,000 nested lists made json.loads raise RecursionError, which nothing caught."""
    # In a field the contract does not know: kept as it came, so nothing else refuses it.
    deep = b'{"process": {"process_id": "RP-1", "x": ' + b"[" * depth + b"]" * depth + b"}}"
    client, _ = make(Recorder(httpx.Response(status, content=deep)), max_attempts=1)
    with pytest.raises(errors.ApiError) as caught:
        run(client.get_process("RP-1"))
    if status == 200:
        assert isinstance(caught.value, errors.MalformedAnswer)
        assert "cannot read" in caught.value.operator_message
    else:  # an error body too deep to read is still the error its status says
        assert isinstance(caught.value, errors.ServerError)


def test_json_nested_64_deep_is_read() -> None:
    from revdesk.api.transport import read_json

    assert read_json("[" * 64 + "]" * 64) is not None
    with pytest.raises(ValueError, match="deeper than 64"):
        read_json("[" * 65 + "]" * 65)
    with pytest.raises(ValueError, match="deeper than 64"):
        read_json('{"a": ' * 65 + "1" + "}" * 65)


def test_page_token_is_passed_back_verbatim() -> None:
    rec = Recorder(
        httpx.Response(200, json={"processes": [{"process_id": "A"}], "next_page_token": "x/+ =?&"}),
        httpx.Response(200, json={"processes": [{"process_id": "B"}], "next_page_token": ""}),
    )
    client, _ = make(rec)
    assert [p.process_id for p in run(client.all_processes())] == ["A", "B"]
    assert rec.requests[1].url.params["page_token"] == "x/+ =?&"


def test_the_key_never_leaks(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    rec = Recorder(grpc(503, 14, f"echo {KEY}"), httpx.ConnectError(f"boom {KEY}"), grpc(401, 16))
    client, _ = make(rec, max_attempts=3)
    with pytest.raises(errors.ApiError) as info:
        run(client.get_process("RP-1"))
    texts = [repr(client), repr(client.transport), str(info.value), info.value.log_text(), caplog.text]
    # Even a server or socket error that echoes the key back is scrubbed before logging.
    assert all(KEY not in t for t in texts)
    assert "***" in caplog.text


def test_the_scrubber_removes_escaped_and_quoted_forms_of_the_key(
        caplog: pytest.LogCaptureFixture) -> None:
    """A server or a library may echo the key back escaped: as Python shows it (repr), as
    JSON, percent-encoded. Each form is blanked out, not only the raw key."""
    from urllib.parse import quote, quote_plus

    caplog.set_level(logging.DEBUG)
    key = "sk-live\\'q\"/+ %0123456789"
    forms = [repr(key), json.dumps(key), quote(key, safe=""), quote_plus(key),
             key.encode("unicode_escape").decode(), quote(key, safe="").lower()]
    rec = Recorder(grpc(503, 14, " | ".join(forms)), grpc(400, 3, " ".join(forms)))
    transport = Transport(BASE, key, retry=RetryPolicy(max_attempts=2, base_delay=0),
                          transport=httpx.MockTransport(rec))
    with pytest.raises(errors.InvalidArgument) as info:
        run(ReverAdminClient(transport).get_process("RP-1"))
    texts = [str(info.value), info.value.log_text(), caplog.text]
    for form in {*forms, key, repr(key)[1:-1], json.dumps(key)[1:-1]}:
        assert all(form not in t for t in texts), form
    assert "***" in str(info.value)


def test_the_forms_of_a_key_with_control_characters_are_all_known() -> None:
    from revdesk.api.transport import secret_forms

    forms = secret_forms("abc\r\x1bX")
    assert {"abc\r\x1bX", "abc\\r\\x1bX", "abc\\r\\u001bX", "abc%0D%1BX",
            "abc%0d%1bX"} <= set(forms)
    assert forms == sorted(forms, key=len, reverse=True)  # the longest is blanked first


def test_a_short_key_is_blanked_only_as_a_whole_token(caplog: pytest.LogCaptureFixture) -> None:
    """A one-letter key blanked inside words made "Chec*** the networ***" of the station's
    own message; alone, at either end or between punctuation, it is still blanked."""
    caplog.set_level(logging.DEBUG)
    rec = Recorder(httpx.ConnectError("boom k"), grpc(400, 3, "k key=k, (k) kk ok k"))
    transport = Transport(BASE, "k", retry=RetryPolicy(max_attempts=2, base_delay=0),
                          transport=httpx.MockTransport(rec))
    with pytest.raises(errors.InvalidArgument) as info:
        run(ReverAdminClient(transport).get_process("RP-1"))
    assert str(info.value) == "REVER refused this request: *** key=***, (***) kk ok ***"
    assert "attempt 1 failed (NetworkUnreachable | No connection to REVER. Check the network" \
        in caplog.text and "boom ***" in caplog.text


def test_a_long_key_is_blanked_even_inside_a_word() -> None:
    from revdesk.api.transport import scrub_text, secret_patterns

    key = "sk-12345678"
    patterns = secret_patterns(key)
    assert scrub_text(f"x{key}y and {key!r} and {key.upper()}", patterns) == \
        f"x***y and '***' and {key.upper()}"
    assert scrub_text("x-k-y", secret_patterns("k")) == "x-***-y"
    assert scrub_text("xk k1", secret_patterns("k")) == "xk k1"


@pytest.mark.parametrize("url", ["http://rever.example.test", "ftp://127.0.0.1", "http://10.0.0.5",
                                 "rever.example.test", "http://"])
def test_plain_http_is_refused_except_to_loopback(url: str) -> None:
    with pytest.raises(errors.InsecureUrl, match="https"):
        check_url(url)


@pytest.mark.parametrize("url", ["https://rever.example.test/", "http://127.0.0.1:8765",
                                 "http://localhost:1", "http://[::1]:80", "http://127.3.2.1"])
def test_https_and_loopback_are_accepted(url: str) -> None:
    assert check_url(url) == url.rstrip("/")


def _tls_context(transport: Transport) -> ssl.SSLContext:
    # httpx keeps the context it was given in the connection pool of its default transport.
    context = transport._client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert isinstance(context, ssl.SSLContext)
    return context


def test_https_verifies_against_the_ca_bundle() -> None:
    context = _tls_context(Transport("https://api.example.com", "k"))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] > 0


def test_loopback_http_client_trusts_no_certificate() -> None:
    """The sandbox's client skips the CA bundle: were it ever to meet TLS, it must refuse."""
    context = _tls_context(Transport("http://127.0.0.1:8000", "k"))
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] == 0


def test_label_on_another_host_is_fetched_without_the_key() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/label"):
            return httpx.Response(200, json={"url": "https://files.example.test/l/1.pdf?sig=abc"})
        return httpx.Response(200, content=b"%PDF-1.7 x", headers={"content-type": "application/pdf"})

    rec = Recorder(httpx.Response(200))
    seen: list[httpx.Request] = []

    def spy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    rec.__call__ = spy  # type: ignore[method-assign]
    client, _ = make(rec)
    client.transport._client._transport = httpx.MockTransport(spy)
    client.transport._plain._transport = httpx.MockTransport(spy)
    data, ctype = run(client.fetch_label("RP-1"))
    assert data.startswith(b"%PDF") and ctype == "application/pdf"
    assert "x-rever-api-key" in seen[0].headers
    assert "x-rever-api-key" not in seen[1].headers


def test_label_download_is_size_capped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/label"):
            return httpx.Response(200, json={"url": "/files/1.pdf"})
        return httpx.Response(200, content=b"%PDF" + b"0" * 2000)

    transport = Transport(BASE, KEY, transport=httpx.MockTransport(handler))
    client = ReverAdminClient(transport)
    with pytest.raises(errors.TooLarge):
        run(client.fetch_label("RP-1", max_bytes=1000))


@pytest.mark.parametrize(("value", "seconds"), [("3", 3.0), ("0.5", 0.5), ("", None), ("soon", None),
                                                ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)])
def test_retry_after_parsing(value: str, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_an_answer_that_trickles_forever_is_given_up_on_at_the_deadline() -> None:
    """httpx's read timeout restarts with every chunk: a server sending a byte every
    0.05 s would hold a scan (and every scan behind it) forever."""

    async def trickle():  # type: ignore[no-untyped-def]
        while True:
            await asyncio.sleep(0.05)
            yield b" "

    tries: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        tries.append(request.method)
        return httpx.Response(200, content=trickle())

    transport = Transport(BASE, KEY, retry=RetryPolicy(max_attempts=1),
                          transport=httpx.MockTransport(handler), attempt_deadline=0.3)
    client = ReverAdminClient(transport)

    async def go() -> float:
        started = asyncio.get_running_loop().time()
        with pytest.raises(errors.RequestTimeout) as caught:
            await client.set_shipping_status("RP-1", "IN_WAREHOUSE")
        assert "within 0.3 s" in caught.value.detail
        return asyncio.get_running_loop().time() - started

    took = run(go())
    assert took < 5 and tries == ["POST"]
