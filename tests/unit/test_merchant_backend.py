"""Which merchant platform the station asks (issue 17 E): the built-in sandbox's with
nothing set, the configured one with its own key, none for REVER without an address; and
what is said when the address is set but cannot be used. Also the sandbox's fault knob and
the model's strict and lenient fields."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import SecretStr, ValidationError

from revdesk.api.models import MerchantOrder
from revdesk.backend import Backend, open_backend
from revdesk.config import ENV_MERCHANT_KEY, StationSettings
from revdesk.domain.parcel_contents import ContentsKind, ParcelContentsService
from revdesk.sandbox.faults import Faults

REVER = StationSettings(api_url="https://api.rever.example")
KEY = SecretStr("rever-key-123")


def closed(backend: Backend) -> Backend:
    asyncio.run(backend.aclose())
    return backend


def test_the_built_in_sandbox_serves_the_merchant_platform() -> None:
    backend = closed(open_backend(StationSettings()))
    assert backend.is_sandbox and backend.merchant is not None
    assert backend.merchant_error is None


def test_rever_without_a_merchant_address_has_no_platform() -> None:
    backend = closed(open_backend(REVER, KEY))
    assert backend.merchant is None and backend.merchant_error is None
    contents = asyncio.run(ParcelContentsService(None).for_order("1"))
    assert contents.kind is ContentsKind.NOT_CONFIGURED
    assert "No merchant platform is set up" in contents.message


def test_an_address_without_its_key_is_said(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("keyring.get_password", lambda *a: None)
    settings = REVER.model_copy(update={"merchant_url": "https://shop.example"})
    backend = closed(open_backend(settings, KEY))
    assert backend.merchant is None and backend.merchant_error is not None
    message = backend.merchant_error.operator_message
    assert "key" in message and ENV_MERCHANT_KEY in message
    service = ParcelContentsService(backend.merchant, backend.merchant_error)
    contents = asyncio.run(service.for_order("1"))
    assert contents.kind is ContentsKind.NOT_CONFIGURED and contents.message == message


def test_the_platform_has_its_own_key_not_revers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_MERCHANT_KEY, "merchant-key-456")
    settings = REVER.model_copy(update={"merchant_url": "https://shop.example/"})
    backend = closed(open_backend(settings, KEY))
    assert backend.merchant is not None
    transport = backend.merchant.transport
    assert transport.base_url == "https://shop.example"
    assert transport._key == "merchant-key-456"


@pytest.mark.parametrize("url", ["http://10.1.2.3", "ftp://shop.example", "https://a b"])
def test_an_address_the_station_refuses_is_said(monkeypatch: pytest.MonkeyPatch,
                                                url: str) -> None:
    monkeypatch.setenv(ENV_MERCHANT_KEY, "merchant-key-456")
    backend = closed(open_backend(REVER.model_copy(update={"merchant_url": url}), KEY))
    assert backend.merchant is None and backend.merchant_error is not None
    assert "merchant platform's address cannot be used" in \
        backend.merchant_error.operator_message


def test_the_sandbox_fault_knob_takes_only_its_modes() -> None:
    faults = Faults()
    faults.update({"merchant": "503"})
    assert faults.merchant == "503"
    with pytest.raises(ValueError, match="merchant must be one of"):
        faults.update({"merchant": "418"})
    assert faults.merchant == "503"


def test_the_order_is_strict_where_the_station_depends_on_it() -> None:
    item = {"quantity": 1, "product": {"name": "Hat"}}
    assert MerchantOrder.model_validate({"line_items": [item]}).line_items[0].quantity == 1
    for broken in ({}, {"line_items": [{"product": {"name": "Hat"}}]},
                   {"line_items": [{"quantity": 1}]},
                   {"line_items": [{"quantity": -1, "product": {"name": "Hat"}}]},
                   {"line_items": [{"quantity": 1, "product": {}}]}):
        with pytest.raises(ValidationError):
            MerchantOrder.model_validate(broken)
