"""Settings' "Test connection" over loopback: the real sandbox (OK with its count, a wrong
key, an address that is not REVER, a slow one), a closed port, a stand-in answering 403, and
a self-signed certificate on real TLS. Only 127.0.0.1 is contacted."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest
from loopback_server import Server
from test_tls import self_signed

from revdesk.domain import connection_test
from revdesk.domain.connection_test import Verdict, check_connection

KEY = "sk-settings-test-0123456789"


def check(url: str, key: str | None, **kw: str) -> connection_test.ConnectionCheck:
    return asyncio.run(check_connection(url, key, **kw))


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from revdesk.sandbox.process import SandboxProcess

    server = SandboxProcess(tmp_path_factory.mktemp("keyed") / "sandbox", processes=37,
                            extra_args=["--api-key", KEY]).start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _calm(request: pytest.FixtureRequest) -> None:
    if "keyed" in request.fixturenames:
        request.getfixturevalue("keyed").reset_faults()


def test_ok_says_how_many_returns_the_key_sees(keyed: Any) -> None:
    result = check(keyed.url, KEY, ecommerce_id="acme")
    assert result.verdict is Verdict.OK
    assert "37 returns visible" in result.message


def test_an_e_commerce_the_sandbox_has_no_returns_for_is_a_warning(keyed: Any) -> None:
    result = check(keyed.url, KEY, ecommerce_id="not-acme")
    assert result.verdict is Verdict.NO_RETURNS and "“not-acme”" in result.message


def test_a_wrong_key_is_named_and_never_shown(keyed: Any) -> None:
    result = check(keyed.url, "not-the-key-42")
    assert result.verdict is Verdict.WRONG_KEY and "401" in result.message
    assert "not-the-key-42" not in result.message and KEY not in result.message


def test_a_list_that_is_not_there_is_not_rever(keyed: Any) -> None:
    keyed.set_faults(assumed="404")
    result = check(keyed.url, KEY)
    assert result.verdict is Verdict.NOT_REVER and "404" in result.message


def test_a_slow_answer_is_given_up_on(keyed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection_test, "TEST_DEADLINE_S", 0.5)
    keyed.set_faults(latency_ms=3000)
    assert check(keyed.url, KEY).verdict is Verdict.TIMEOUT


def test_a_closed_port_is_unreachable() -> None:
    with socket.socket() as sock:  # a port nothing listens on once this socket closes
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = check(f"http://127.0.0.1:{port}", KEY)
    assert result.verdict is Verdict.UNREACHABLE


def test_a_key_refused_for_this_e_commerce_is_forbidden() -> None:
    server = Server()
    try:
        server.routes["/v1/processes"] = (
            403, {"content-type": "application/json"},
            b'{"code": 7, "message": "permission denied"}')
        result = check(server.url, KEY, ecommerce_id="other-shop")
    finally:
        server.stop()
    assert result.verdict is Verdict.FORBIDDEN and "other-shop" in result.message


def test_a_web_page_at_the_address_is_not_rever() -> None:
    server = Server()
    try:
        server.routes["/v1/processes"] = (200, {"content-type": "text/html"},
                                          b"<html><body>It works!</body></html>")
        result = check(server.url, KEY)
    finally:
        server.stop()
    assert result.verdict is Verdict.NOT_REVER


def test_a_self_signed_certificate_is_a_bad_certificate(tmp_path: Path) -> None:
    server = Server(tls=self_signed(tmp_path))
    try:
        result = check(server.url, KEY)
    finally:
        server.stop()
    assert result.verdict is Verdict.BAD_CERTIFICATE
    assert not server.requests  # the key never left: TLS stopped it first
