"""Label downloads that redirect, over real HTTP on loopback: two small servers, one the
REVER API (it hands out the label's address) and one a label host that answers 302s.

Every hop is checked by the rule that checks the first address (https; plain http only to
this computer; no ``file:``; no link-local address), before any connection is made: every
test here also refuses, in httpx's own transport, a connection to anything but loopback,
so a client that followed a hop to 169.254.169.254 or to the LAN fails the test without
ever connecting there.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from loopback_server import Server

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.api.transport import MAX_LABEL_REDIRECTS, is_loopback
from revdesk.cli import main

KEY = "sk-test-redirects-0123"
PDF = (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
       b"trailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n")


@pytest.fixture
def servers() -> Iterator[tuple[Server, Server]]:
    api, files = Server(), Server()
    try:
        yield api, files
    finally:
        api.stop()
        files.stop()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """httpx's transport connects to loopback only; any other host fails the test first."""
    asked: list[str] = []
    real = httpx.AsyncHTTPTransport.handle_async_request

    async def guarded(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        asked.append(request.url.host)
        if not is_loopback(request.url.host):
            raise AssertionError(f"the client tried to connect to {request.url.host}")
        return await real(self, request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", guarded)
    return asked


def label_at(api: Server, pid: str, url: str) -> None:
    api.routes[f"/v1/processes/{pid}/label"] = (200, {"content-type": "application/json"},
                                                json.dumps({"url": url}).encode())


def redirect(to: str) -> tuple[int, dict[str, str], bytes]:
    return 302, {"location": to}, b""


def fetch(api: Server, pid: str) -> tuple[bytes, str]:
    async def go() -> tuple[bytes, str]:
        transport = Transport(api.url, KEY, retry=RetryPolicy(max_attempts=1))
        async with transport:
            return await ReverAdminClient(transport).fetch_label(pid)

    return asyncio.run(go())


def refused(api: Server, pid: str) -> errors.ApiError:
    with pytest.raises(errors.LabelUrlRefused) as caught:
        fetch(api, pid)
    message = caught.value.operator_message
    # The label's address is named; the station's own settings are not the problem.
    assert "API address" not in message and "settings" not in message
    assert KEY not in message and KEY not in caught.value.log_text()
    return caught.value


@pytest.mark.parametrize(("target", "named"), [
    ("http://169.254.169.254/latest/meta-data/iam/", "169.254.169.254"),
    ("https://169.254.169.254/latest/meta-data/", "169.254.169.254"),
    ("http://10.0.0.5/labels/1.pdf", "10.0.0.5"),
    ("https://[fe80::1]/label.pdf", "fe80::1"),
    ("https://[::ffff:169.254.169.254]/", "::ffff:169.254.169.254"),
    ("https://2852039166/latest/", "2852039166"),  # 169.254.169.254 written as one number
    # The same address with a final dot, and carried in IPv6 (NAT64, 6to4, compatible):
    # each passed the check and was connected to.
    ("https://169.254.169.254./latest/", "169.254.169.254."),
    ("https://[64:ff9b::a9fe:a9fe]/latest/", "64:ff9b::a9fe:a9fe"),
    ("https://[2002:a9fe:a9fe::]/latest/", "2002:a9fe:a9fe::"),
    ("https://[::169.254.169.254]/latest/", "::169.254.169.254"),
    ("http://[64:ff9b::7f00:1]/label.pdf", "64:ff9b::7f00:1"),  # 127.0.0.1 through NAT64
    ("file:///etc/passwd", "file:///etc/passwd"),
])
def test_a_redirect_the_first_address_would_not_pass_is_refused_before_connecting(
        servers: tuple[Server, Server], loopback_only: list[str], target: str,
        named: str) -> None:
    api, files = servers
    label_at(api, "RP-1", f"{files.url}/label/RP-1.pdf")
    files.routes["/label/RP-1.pdf"] = redirect(target)
    error = refused(api, "RP-1")
    assert named in error.operator_message and "/label/RP-1.pdf" in error.operator_message
    assert files.paths() == ["/label/RP-1.pdf"]
    assert set(loopback_only) == {"127.0.0.1"}


def test_a_first_address_on_the_lan_is_refused_in_the_label_s_words(
        servers: tuple[Server, Server], loopback_only: list[str]) -> None:
    api, _ = servers
    label_at(api, "RP-2", "http://10.0.0.5/labels/RP-2.pdf?sig=secret-token")
    error = refused(api, "RP-2")
    assert "http://10.0.0.5/labels/RP-2.pdf" in error.operator_message
    assert "secret-token" not in error.operator_message  # a signed address's token stays out
    assert set(loopback_only) == {"127.0.0.1"}


def test_a_redirect_loop_stops_after_5_hops_with_one_message(
        servers: tuple[Server, Server]) -> None:
    api, files = servers
    label_at(api, "RP-3", f"{files.url}/loop/0")
    error = refused(api, "RP-3")
    assert MAX_LABEL_REDIRECTS == 5
    assert files.paths() == [f"/loop/{n}" for n in range(6)]  # the first and 5 redirects
    assert "more than 5 times" in error.operator_message
    assert f"{files.url}/loop/0" in error.operator_message


def test_redirects_within_5_hops_are_followed_and_the_key_stays_with_the_api(
        servers: tuple[Server, Server]) -> None:
    api, files = servers
    # The API serves the label's address on its own origin, which redirects to a label host.
    label_at(api, "RP-4", "/files/RP-4")
    api.routes["/files/RP-4"] = redirect(f"{files.url}/a")
    files.routes["/a"] = redirect("/b")
    files.routes["/b"] = redirect(f"{api.url}/files/RP-4.pdf")  # and back: no key any more
    api.routes["/files/RP-4.pdf"] = (200, {"content-type": "application/pdf"}, PDF)
    data, content_type = fetch(api, "RP-4")
    assert data == PDF and content_type == "application/pdf"
    keys = {path: headers.get("x-rever-api-key") for path, headers in api.requests}
    assert keys == {"/v1/processes/RP-4/label": KEY, "/files/RP-4": KEY, "/files/RP-4.pdf": None}
    assert files.paths() == ["/a", "/b"]
    assert all("x-rever-api-key" not in headers for _, headers in files.requests)


def test_label_fetch_names_the_refused_address_and_exits_5(
        servers: tuple[Server, Server], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], tmp_path: Any) -> None:
    api, files = servers
    label_at(api, "RP-5", f"{files.url}/label/RP-5.pdf")
    files.routes["/label/RP-5.pdf"] = redirect("http://169.254.169.254/latest/meta-data/")
    monkeypatch.setenv("REVDESK_API_URL", api.url)
    monkeypatch.setenv("REVDESK_API_KEY", KEY)
    out = tmp_path / "label.pdf"
    assert main(["label", "fetch", "RP-5", "-o", str(out)]) == 5
    err = capsys.readouterr().err
    assert "169.254.169.254" in err and "Traceback" not in err and not out.exists()
