"""Answer parsing under hostile input: never anything but a model or MalformedAnswer."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from revdesk.api import errors
from revdesk.api.models import (
    LogisticOrderRequest,
    LogisticsAnswer,
    PickupRequest,
    Process,
    ProcessAnswer,
    ProcessPage,
)
from revdesk.api.rever import parse, validated

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=30,
)
process_fields = st.sampled_from([*list(Process.model_fields), "unexpected", "customer"])
hostile_process = st.dictionaries(process_fields, json_values, max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.one_of(json_values, st.fixed_dictionaries({"processes": st.lists(hostile_process, max_size=5)}),
                 st.fixed_dictionaries({"processes": json_values, "next_page_token": json_values})))
def test_a_page_parses_or_is_malformed(data: object) -> None:
    try:
        page = parse(ProcessPage, data, "page")
    except errors.MalformedAnswer as exc:
        assert exc.operator_message
    else:
        assert isinstance(page.next_page_token, str)
        for p in page.processes:
            assert isinstance(p.shipping_status, str)
            assert isinstance(p.customer.full_name, str)
            _ = p.created  # never raises


@settings(max_examples=200, deadline=None)
@given(hostile_process)
def test_a_process_answer_parses_or_is_malformed(data: dict) -> None:  # type: ignore[type-arg]
    try:
        parse(ProcessAnswer, {"process": data}, "process")
    except errors.MalformedAnswer:
        pass


@given(st.text(min_size=1, max_size=30).filter(lambda s: s not in {
    "NO_SHIPPING_STATUS", "CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR", "CANCELED"}))
def test_unknown_enum_values_are_kept_as_they_came(value: str) -> None:
    p = parse(Process, {"process_id": "RP-1", "shipping_status": value, "return_method": value}, "p")
    assert p.shipping_status == value and not p.status_is_known
    s = parse(LogisticsAnswer, {"logistics_summary": {"status": value}}, "l").logistics_summary
    assert s.status == value


def test_missing_null_and_extra_fields_are_tolerated() -> None:
    p = parse(Process, json.loads(
        '{"process_id": "RP-1", "customer": null, "line_items": null, "carrier": null,'
        ' "brand_new_field": {"x": 1}, "tracking_id": 12345}'), "p")
    assert p.customer.full_name == "" and p.line_items == [] and p.carrier == ""
    assert p.tracking_id == "12345"
    assert p.unknown_fields == {"brand_new_field": {"x": 1}}


def test_documented_unspecified_values_are_shown_not_crashed_on() -> None:
    s = parse(LogisticsAnswer, {"logistics_summary": {"status": "STATUS_UNSPECIFIED",
                                                      "return_method": "RETURN_METHOD_UNSPECIFIED"}}, "l")
    assert s.logistics_summary.status == "STATUS_UNSPECIFIED"


@pytest.mark.parametrize(
    ("fields", "words"),
    [
        ({"pickup_ranges": []}, "pickup_ranges"),
        ({"pickup_ranges": ["RANGE_8_TO_9"]}, "pickup_ranges"),
        ({"pickup_ranges": ["NO_RANGE", "RANGE_8_TO_12"]}, "NO_RANGE cannot be combined"),
        ({"pickup_ranges": ["RANGE_8_TO_12", "RANGE_8_TO_12"]}, "listed twice"),
        ({"carrier": ""}, "carrier"),
    ],
)
def test_pickup_requests_are_validated_before_sending(fields: dict, words: str) -> None:  # type: ignore[type-arg]
    base = {"carrier": "DHL", "customer": {}, "ecommerce_id": "acme", "pickup_address": {},
            "pickup_ranges": ["RANGE_8_TO_12"], "process_id": "RP-1", "provider": "SendCloud"}
    with pytest.raises(errors.InvalidArgument, match=words):
        validated(PickupRequest, **{**base, **fields})


def test_home_pickup_order_needs_a_range() -> None:
    base = {"carrier": "DHL", "customer": {}, "customer_address": {}, "ecommerce_id": "acme",
            "ecommerce_warehouse_address": {}, "process_id": "RP-1", "provider": "SendCloud",
            "return_type": "HOME_PICK_UP", "weight_in_grams": 500}
    with pytest.raises(errors.InvalidArgument, match="pickup range"):
        validated(LogisticOrderRequest, **base)
    ok = validated(LogisticOrderRequest, **{**base, "pickup_ranges": ["RANGE_12_TO_16"]})
    assert ok.body()["return_type"] == "HOME_PICK_UP"
    with pytest.raises(errors.InvalidArgument, match="weight_in_grams"):
        validated(LogisticOrderRequest, **{**base, "weight_in_grams": -1})


def test_a_returns_text_is_cut_to_what_can_be_shown_and_data_is_not() -> None:
    """An answer may hold 8 MB: a customer named with 5 MB of text was kept whole, and each
    paint of its row in the list (4 s) or its detail (6 s for 1 MB) froze the window."""
    from revdesk.api.models import SHOWN_TEXT_LIMIT, LabelUrl, ProcessPage

    huge = "A" * 5_000_000
    page = ProcessPage.model_validate({"next_page_token": "T" * 50_000, "processes": [{
        "process_id": "RP-1", "carrier": huge, "customer": {"first_name": huge},
        "line_items": [{"name": huge, "sku": "S1"}], "customer_address": {"city": huge},
        "note": huge}]})
    [process] = page.processes
    for text in (process.carrier, process.customer.first_name, process.line_items[0].name,
                 process.unknown_fields["note"]):
        assert text == "A" * SHOWN_TEXT_LIMIT + "…"
    assert process.line_items[0].sku == "S1" and process.process_id == "RP-1"
    assert page.next_page_token == "T" * 50_000  # opaque: passed back as it came
    assert LabelUrl.model_validate({"url": "https://x/" + "u" * 9_000}).url.endswith("u" * 9_000)
