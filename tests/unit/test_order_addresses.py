"""The domain under the logistics dialogs: the customer's address from the return, what a
carrier needs of an address, and which other returns carry a tracking id."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from revdesk.api import ReverAdminClient, Transport
from revdesk.api.models import Address, Customer, Process
from revdesk.domain.logistics import (
    customer_address,
    missing_address_fields,
    tracking_used_elsewhere,
)
from revdesk.domain.process_index import ProcessIndex, ProcessRow

COMPLETE = Address(first_name="Laura", address_line_1="Calle Mayor 5", postcode="28013",
                   city="Madrid", country_code="ES")


def test_the_returns_address_is_used_and_the_customer_fills_its_gaps() -> None:
    process = Process(customer=Customer(first_name="Laura", last_name="Pérez",
                                        email="laura@example.com", rever_id="CU-1"),
                      customer_address=Address(address_line_1="Calle Mayor 5", city="Madrid",
                                               first_name="L.", email=""))
    address = customer_address(process)
    assert (address.address_line_1, address.city) == ("Calle Mayor 5", "Madrid")
    assert address.first_name == "L."  # the address's own name is kept
    assert (address.last_name, address.email, address.rever_id) == (
        "Pérez", "laura@example.com", "CU-1")


def test_a_return_without_an_address_gives_the_name_and_email() -> None:
    address = customer_address(Process(customer=Customer(first_name="Ana", email="a@x.es")))
    assert (address.first_name, address.email, address.address_line_1) == ("Ana", "a@x.es", "")


@pytest.mark.parametrize(("changes", "missing"), [
    ({}, []),
    ({"first_name": ""}, ["name"]),
    ({"first_name": "", "company": "Acme"}, []),
    ({"address_line_1": "  "}, ["address_line_1"]),
    ({"postcode": ""}, ["postcode"]),
    ({"postcode": "", "country_code": "IE"}, []),  # no postcode asked where there is none
    ({"city": ""}, ["city"]),
    ({"country_code": ""}, ["country"]),
    ({"country_code": "", "country": "Spain"}, []),
])
def test_what_a_carrier_needs(changes: dict[str, str], missing: list[str]) -> None:
    assert missing_address_fields(COMPLETE.model_copy(update=changes)) == missing


def test_an_empty_address_lacks_everything() -> None:
    assert missing_address_fields(Address()) == [
        "name", "address_line_1", "postcode", "city", "country"]


def row(pid: str, tracking: str) -> ProcessRow:
    return ProcessRow.from_process(Process(process_id=pid, tracking_id=tracking))


def offline_client() -> ReverAdminClient:
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    from revdesk.api import RetryPolicy

    return ReverAdminClient(Transport("http://127.0.0.1:9", "test",
                                      retry=RetryPolicy(max_attempts=1),
                                      transport=httpx.MockTransport(down)))


def test_offline_the_stations_list_still_answers() -> None:
    index = ProcessIndex()
    index.upsert([row("RP-1", "1Z999AA10123456784"), row("RP-2", "1Z999AA10123456784"),
                  row("RP-3", "OTHER")])
    check = asyncio.run(tracking_used_elsewhere(
        offline_client(), "1z999aa1 0123456784", process_id="RP-1", index=index))
    assert check.others == ["RP-2"] and not check.searched
