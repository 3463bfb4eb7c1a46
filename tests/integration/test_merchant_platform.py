"""Issue 17 C and its E bits: what should be in a parcel, from the merchant's platform
(seed 004, ``GET /rever/orders/{order_id}``), over real HTTP on loopback: the sandbox's
orders match its returns, 404 and 5xx are told apart, the CLI's exits, the configuration
from the environment, and pictures: cached, and refused when hostile.

Every test here refuses, in httpx's own transport, a connection to anything but loopback:
a picture redirected to 169.254.169.254 or to the LAN fails the test before it connects.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest
from loopback_server import Server
from PIL import Image

from revdesk.api import RetryPolicy, Transport, errors, routes
from revdesk.api.merchant import MerchantClient
from revdesk.api.transport import is_loopback
from revdesk.config import ENV_MERCHANT_KEY, ENV_MERCHANT_URL, StationSettings, apply_env
from revdesk.core import StationCore
from revdesk.domain.parcel_contents import ContentsKind, ParcelContents, ParcelContentsService
from revdesk.domain.pictures import MAX_PICTURE_BYTES, PictureCache, PictureLoader, cache_name
from revdesk.sandbox.process import SandboxProcess

KEY = "test-key"
ONCE = RetryPolicy(max_attempts=1)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real = httpx.AsyncHTTPTransport.handle_async_request

    async def guarded(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        asked.append(request.url.host)
        if not is_loopback(request.url.host):
            raise AssertionError(f"the client tried to connect to {request.url.host}")
        return await real(self, request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", guarded)
    return asked


@pytest.fixture
def fake() -> Iterator[Server]:
    """A merchant platform that answers what a test puts in its routes."""
    server = Server()
    try:
        yield server
    finally:
        server.stop()


def returns_of(sandbox: SandboxProcess) -> list[dict[str, Any]]:
    answer = httpx.get(sandbox.url + routes.PROCESS_LIST, params={"page_size": 1000},
                       headers={"x-rever-api-key": KEY})
    return list(answer.json()["processes"])


def client(url: str, key: str = KEY) -> MerchantClient:
    return MerchantClient(Transport(url, key, retry=ONCE))


def contents(url: str, order_id: str, key: str = KEY) -> ParcelContents:
    async def go() -> ParcelContents:
        merchant = client(url, key)
        try:
            return await ParcelContentsService(merchant).for_order(order_id)
        finally:
            await merchant.aclose()

    return asyncio.run(go())


def revdesk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("REVDESK_API",
                                                                      "REVDESK_MERCHANT"))}
    full.update(env)
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=full, timeout=60, check=False)


def merchant_env(url: str, key: str = KEY) -> dict[str, str]:
    return {ENV_MERCHANT_URL: url, ENV_MERCHANT_KEY: key}


def order_json(items: list[dict[str, Any]], order_id: str = "77") -> bytes:
    return json.dumps({"order_id": order_id, "order_number": "#77",
                       "customer_info": {"first_name": "Ana", "last_name": "Ruiz"},
                       "line_items": items}).encode()


def item(name: str, picture: str = "", **extra: Any) -> dict[str, Any]:
    return {"id": name, "quantity": 1, "is_returnable": True, "sku": "S-1",
            "product": {"id": "1", "name": name,
                        "images": [{"src": picture}] if picture else []}, **extra}


def png_bytes(size: int = 20) -> bytes:
    out = BytesIO()
    Image.new("RGB", (size, size), (200, 20, 20)).save(out, "PNG")
    return out.getvalue()


# -- the sandbox's platform ---------------------------------------------------------------


def test_a_sandbox_returns_order_is_on_the_sandbox_platform(
        shared_sandbox: SandboxProcess) -> None:
    process = returns_of(shared_sandbox)[0]
    answer = httpx.get(shared_sandbox.url + routes.path(routes.MERCHANT_ORDER,
                                                        order_id=process["order_id"]),
                       headers={routes.MERCHANT_KEY_HEADER: KEY})
    assert answer.status_code == 200
    order = answer.json()
    assert order["order_id"] == process["order_id"]
    assert order["order_number"] == process["order_number"]
    assert order["customer_info"]["email"] == process["customer"]["email"]
    returned = [(i["sku"], i["variant_name"], i["quantity"]) for i in process["line_items"]]
    ordered = [(i["sku"], i["variant_name"], i["quantity"]) for i in order["line_items"]]
    assert ordered[:len(returned)] == returned
    picture = order["line_items"][0]["product"]["images"][0]["src"]
    assert picture.startswith(shared_sandbox.url + "/_sandbox/pictures/")
    drawn = httpx.get(picture)
    assert drawn.headers["content-type"] == "image/png"
    assert Image.open(BytesIO(drawn.content)).size == (48, 48)


def test_the_sandbox_platform_wants_the_documented_key_header(
        shared_sandbox: SandboxProcess) -> None:
    order_id = returns_of(shared_sandbox)[0]["order_id"]
    path = routes.path(routes.MERCHANT_ORDER, order_id=order_id)
    assert httpx.get(shared_sandbox.url + path).status_code == 401
    assert routes.MERCHANT_KEY_HEADER.lower() == "x-rever-api-key"


def test_the_client_reads_the_order_and_the_sandbox_saw_its_key(
        shared_sandbox: SandboxProcess) -> None:
    process = returns_of(shared_sandbox)[1]
    result = contents(shared_sandbox.url, process["order_id"])
    assert result.kind is ContentsKind.CONTENTS
    assert [i.sku for i in result.items][:len(process["line_items"])] == \
        [i["sku"] for i in process["line_items"]]
    assert all(i.product.name and i.quantity >= 1 for i in result.items)
    asked = [r for r in shared_sandbox.requests() if r["path"].startswith("/rever/orders/")]
    assert len(asked) == 1 and asked[0]["status"] == 200


def test_unknown_order_and_platform_down_are_told_apart(
        shared_sandbox: SandboxProcess) -> None:
    unknown = contents(shared_sandbox.url, "NO-SUCH-ORDER")
    assert unknown.kind is ContentsKind.ORDER_UNKNOWN
    assert "does not know order NO-SUCH-ORDER" in unknown.message
    order_id = returns_of(shared_sandbox)[0]["order_id"]
    for mode in ("500", "503"):
        shared_sandbox.set_faults(merchant=mode)
        down = contents(shared_sandbox.url, order_id)
        assert down.kind is ContentsKind.UNAVAILABLE, mode
        assert isinstance(down.error, errors.ServerError)
        assert "cannot be reached or is failing" in down.message
    shared_sandbox.set_faults(merchant="malformed")
    assert contents(shared_sandbox.url, order_id).kind is ContentsKind.UNAVAILABLE
    shared_sandbox.reset_faults()
    assert contents(shared_sandbox.url, order_id).kind is ContentsKind.CONTENTS


def test_a_refused_key_is_the_stations_set_up(make_sandbox: Any) -> None:
    fixed = make_sandbox(extra_args=["--api-key", "merchant-secret-123"])
    order_id = returns_of_keyed(fixed, "merchant-secret-123")[0]["order_id"]
    refused = contents(fixed.url, order_id, key="wrong-key-4567")
    assert refused.kind is ContentsKind.NOT_CONFIGURED
    assert "refused the station's key" in refused.message
    assert contents(fixed.url, order_id, key="merchant-secret-123").kind is ContentsKind.CONTENTS


def returns_of_keyed(sandbox: SandboxProcess, key: str) -> list[dict[str, Any]]:
    answer = httpx.get(sandbox.url + routes.PROCESS_LIST, headers={"x-rever-api-key": key})
    return list(answer.json()["processes"])


def test_an_answer_for_another_order_is_not_shown(fake: Server) -> None:
    fake.routes["/rever/orders/77"] = (200, {"content-type": "application/json"},
                                       order_json([item("Shirt")], order_id="78"))
    result = contents(fake.url, "77")
    assert result.kind is ContentsKind.UNAVAILABLE and result.order is None


def test_an_answer_without_quantities_is_unreadable_not_empty(fake: Server) -> None:
    broken = item("Shirt")
    del broken["quantity"]
    fake.routes["/rever/orders/77"] = (200, {"content-type": "application/json"},
                                       order_json([broken]))
    result = contents(fake.url, "77")
    assert result.kind is ContentsKind.UNAVAILABLE
    assert isinstance(result.error, errors.MalformedAnswer)


def test_what_the_document_leaves_vague_is_read_leniently(fake: Server) -> None:
    lean = {"id": "1", "quantity": "2", "variant_id": 123,
            "product": {"id": "9", "name": "Scarf"}}  # no sku, variant, returnable, images
    fake.routes["/rever/orders/77"] = (200, {"content-type": "application/json"},
                                       order_json([lean]))
    result = contents(fake.url, "77")
    assert result.kind is ContentsKind.CONTENTS
    (only,) = result.items
    assert (only.quantity, only.variant_id, only.sku, only.is_returnable) == (2, "123", "", None)
    assert only.picture_url == ""


# -- configuration ------------------------------------------------------------------------


def test_the_environment_sets_the_platform_and_its_key(monkeypatch: pytest.MonkeyPatch,
                                                       make_sandbox: Any) -> None:
    fixed = make_sandbox(extra_args=["--api-key", "merchant-secret-123"])
    order_id = returns_of_keyed(fixed, "merchant-secret-123")[0]["order_id"]
    monkeypatch.setenv(ENV_MERCHANT_URL, fixed.url)
    assert apply_env(StationSettings()).merchant_url == fixed.url

    async def ask() -> ParcelContents:
        core = StationCore()
        try:
            return await core.parcels.for_order(order_id)
        finally:
            await core.aclose()

    missing_key = asyncio.run(ask())
    assert missing_key.kind is ContentsKind.NOT_CONFIGURED
    assert ENV_MERCHANT_KEY in missing_key.message and "key" in missing_key.message
    monkeypatch.setenv(ENV_MERCHANT_KEY, "merchant-secret-123")
    assert asyncio.run(ask()).kind is ContentsKind.CONTENTS


def test_with_nothing_set_the_built_in_sandbox_serves_it() -> None:
    async def ask() -> tuple[ParcelContents, str]:
        core = StationCore()
        try:
            process = (await core.client.list_processes(page_size=5)).processes[0]
            return await core.parcels.for_process(process), process.order_number
        finally:
            await core.aclose()

    result, number = asyncio.run(ask())
    assert result.kind is ContentsKind.CONTENTS and result.order is not None
    assert result.order.order_number == number


# -- the CLI ------------------------------------------------------------------------------


def test_order_show_prints_the_items_and_exits_0(shared_sandbox: SandboxProcess) -> None:
    process = returns_of(shared_sandbox)[2]
    shown = revdesk("order", "show", process["order_id"], env=merchant_env(shared_sandbox.url))
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert process["order_number"] in lines[0]
    header = next(line for line in lines if line.startswith("ITEM"))
    assert header.split() == ["ITEM", "VARIANT", "SKU", "QTY", "RETURNABLE"]
    for line_item in process["line_items"]:
        assert any(line_item["sku"] in line and line_item["name"] in line for line in lines)
    as_json = revdesk("order", "show", process["order_id"], "--json",
                      env=merchant_env(shared_sandbox.url))
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    assert data["order_number"] == process["order_number"]
    assert [i["sku"] for i in data["items"]][:len(process["line_items"])] == \
        [i["sku"] for i in process["line_items"]]


def test_order_show_exit_codes(shared_sandbox: SandboxProcess) -> None:
    env = merchant_env(shared_sandbox.url)
    unknown = revdesk("order", "show", "NO-SUCH-ORDER", env=env)
    assert unknown.returncode == 3 and "does not know order" in unknown.stderr
    shared_sandbox.set_faults(merchant="500")
    order_id = returns_of(shared_sandbox)[0]["order_id"]
    down = revdesk("order", "show", order_id, env=env)
    assert down.returncode == 5 and "cannot be reached or is failing" in down.stderr
    no_key = revdesk("order", "show", order_id, env={ENV_MERCHANT_URL: shared_sandbox.url})
    assert no_key.returncode == 2 and ENV_MERCHANT_KEY in no_key.stderr
    assert revdesk("order", "show", "a\x1bb", env=env).returncode == 2
    for result in (unknown, down, no_key):
        assert "Traceback" not in result.stderr


def test_order_show_makes_control_characters_visible(fake: Server) -> None:
    hostile = item("Shirt\x1b[31m\nFAKE ROW", variant_name="M\u202eL")
    fake.routes["/rever/orders/77"] = (200, {"content-type": "application/json"},
                                       order_json([hostile]))
    shown = revdesk("order", "show", "77", env=merchant_env(fake.url))
    assert shown.returncode == 0, shown.stderr
    assert "\x1b" not in shown.stdout and "\u202e" not in shown.stdout
    assert "Shirt\\x1b[31m\\nFAKE ROW" in shown.stdout and "M\\u202eL" in shown.stdout
    assert not any(line.startswith("FAKE ROW") for line in shown.stdout.splitlines())


# -- pictures -----------------------------------------------------------------------------


def load(url: str, source_url: str, folder: Path, **kw: Any) -> Any:
    async def go() -> Any:
        merchant = client(source_url)
        try:
            loader = PictureLoader(merchant, PictureCache(folder), **kw)
            return await loader.load(url)
        finally:
            await merchant.aclose()

    return asyncio.run(go())


def test_a_picture_is_loaded_once_then_read_from_the_cache(
        shared_sandbox: SandboxProcess, tmp_path: Path) -> None:
    order = contents(shared_sandbox.url, returns_of(shared_sandbox)[0]["order_id"]).order
    assert order is not None
    url = order.line_items[0].picture_url
    first = load(url, shared_sandbox.url, tmp_path / "pictures")
    assert first.thumbnail is not None and not first.from_cache, first.problem
    assert Image.open(BytesIO(first.thumbnail)).size == (48, 48)
    second = load(url, shared_sandbox.url, tmp_path / "pictures")
    assert second.from_cache and second.thumbnail == first.thumbnail
    fetched = [r for r in shared_sandbox.requests() if r["path"].startswith("/_sandbox/pictures/")]
    assert len(fetched) == 1
    assert len(list((tmp_path / "pictures").glob("*.png"))) == 1


def test_the_cache_is_bounded(tmp_path: Path) -> None:
    cache = PictureCache(tmp_path, max_files=3)
    for n in range(5):
        cache.put(f"https://shop.example/{n}.png", png_bytes())
        os.utime(tmp_path / cache_name(f"https://shop.example/{n}.png"), (n, n))
    assert len(list(tmp_path.glob("*.png"))) == 3  # the bound is kept at each put
    assert cache.get("https://shop.example/0.png") is None  # the oldest went first
    assert cache.get("https://shop.example/2.png") is not None  # the oldest, used now
    cache.put("https://shop.example/5.png", png_bytes())
    assert cache.get("https://shop.example/3.png") is None  # the least recently used
    assert cache.get("https://shop.example/2.png") is not None
    assert len(list(tmp_path.glob("*.png"))) == 3
    assert not list(tmp_path.glob(".new-*"))


@pytest.mark.parametrize(("route", "problem"), [
    ((200, {"content-type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"0" * (MAX_PICTURE_BYTES + 1)),
     "too large"),
    ((200, {"content-type": "text/html"}, b"<html><script>alert(1)</script></html>"),
     "not a picture"),
    ((200, {"content-type": "image/png"}, b"<html>a web page that says it is a PNG</html>"),
     "not a picture"),
    ((302, {"location": "http://169.254.169.254/latest/meta-data/pic.png"}, b""),
     "not one the station loads from"),
    ((302, {"location": "http://10.20.30.40/pic.png"}, b""), "not one the station loads from"),
    ((302, {"location": "file:///etc/passwd"}, b""), "not one the station loads from"),
])
def test_a_hostile_picture_is_refused(fake: Server, tmp_path: Path, loopback_only: list[str],
                                      route: Any, problem: str) -> None:
    fake.routes["/pic.png"] = route
    picture = load(fake.url + "/pic.png", fake.url, tmp_path)
    assert picture.thumbnail is None and problem in picture.problem
    assert set(loopback_only) == {"127.0.0.1"}
    assert not list(tmp_path.glob("*.png"))  # nothing refused is cached


def test_a_picture_with_too_many_pixels_is_refused_before_decoding(
        fake: Server, tmp_path: Path) -> None:
    out = BytesIO()
    Image.new("1", (6000, 6000)).save(out, "PNG")  # a few kB, 36 million pixels
    fake.routes["/big.png"] = (200, {"content-type": "image/png"}, out.getvalue())
    picture = load(fake.url + "/big.png", fake.url, tmp_path)
    assert picture.thumbnail is None and "too large" in picture.problem


def test_the_sandbox_command_takes_the_merchant_fault(make_sandbox: Any) -> None:
    bad = revdesk("sandbox", "--merchant", "418", "--port", "0", env={})
    assert bad.returncode == 2 and "500, 503, malformed" in bad.stderr
    down = make_sandbox(extra_args=["--merchant", "503"])
    order_id = returns_of(down)[0]["order_id"]
    assert contents(down.url, order_id).kind is ContentsKind.UNAVAILABLE
    down.reset_faults()
    assert contents(down.url, order_id).kind is ContentsKind.CONTENTS


def test_a_platform_nobody_answers_at_is_unavailable_not_unknown() -> None:
    import socket

    with socket.socket() as probe:  # a loopback port nothing listens on once closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = contents(f"http://127.0.0.1:{port}", "77")
    assert result.kind is ContentsKind.UNAVAILABLE
    assert isinstance(result.error, errors.NetworkUnreachable)
    shown = revdesk("order", "show", "77", env=merchant_env(f"http://127.0.0.1:{port}"))
    assert shown.returncode == 5 and "cannot be reached" in shown.stderr
