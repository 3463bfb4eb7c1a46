"""The sandbox's second demo e-commerce, northwind: deterministic, its own ids, orders,
customers and catalogue; acme's data exactly as before; an old acme-only file gains it.
And the parsing of keys scoped to an e-commerce (``scopes.py``)."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from revdesk.api.models import Process
from revdesk.cli.sandbox import MAX_PROCESSES
from revdesk.sandbox import labels, scopes
from revdesk.sandbox.seed import (
    ACME,
    NORTHWIND,
    NORTHWIND_FIRST_ID,
    VARIANTS,
    generate,
    process_id,
)
from revdesk.sandbox.store import ProcessFilter, Store

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
#: sha256 of json.dumps(list(generate(500, seed=42, now=NOW))), taken on main before
#: northwind existed: acme's returns must stay byte for byte what every test knows.
ACME_500 = "f61dbbc8fa29a42269a22577f35fcd6403e2f11c864060d0f65d8f80c580029b"


def test_acme_is_exactly_what_it_was() -> None:
    digest = hashlib.sha256(json.dumps(list(generate(500, seed=42, now=NOW))).encode())
    assert digest.hexdigest() == ACME_500
    assert list(generate(50, now=NOW)) == list(generate(50, now=NOW, shop=ACME))


def test_northwind_is_deterministic_and_its_own() -> None:
    first = list(generate(150, now=NOW, shop=NORTHWIND))
    assert first == list(generate(150, now=NOW, shop=NORTHWIND))
    assert first != list(generate(150, seed=43, now=NOW, shop=NORTHWIND))
    assert [p["process_id"] for p in first[:2]] == ["RP-2000001", "RP-2000002"]
    assert first[-1]["process_id"] == "RP-2000150"
    assert {p["ecommerce_id"] for p in first} == {"northwind"}
    stamps = [p["created_at"] for p in first]
    assert stamps == sorted(stamps)
    for raw in first:
        assert Process.model_validate(raw).customer.email.endswith("@example.org")
        assert raw["order_number"].startswith("#N") and raw["order_id"].startswith("7")


def test_northwind_shares_nothing_with_acme() -> None:
    acme = list(generate(500, now=NOW))
    north = list(generate(150, now=NOW, shop=NORTHWIND))

    def field(rows: list[dict[str, object]], name: str) -> set[object]:
        return {r[name] for r in rows if r[name]}

    for name in ("process_id", "order_id", "order_number", "tracking_id"):
        assert not field(acme, name) & field(north, name), name
    emails = {p["customer"]["email"] for p in acme}  # type: ignore[index]
    assert not emails & {p["customer"]["email"] for p in north}  # type: ignore[index]
    skus = {i["sku"] for p in acme for i in p["line_items"]}  # type: ignore[attr-defined]
    north_items = [i for p in north for i in p["line_items"]]  # type: ignore[attr-defined]
    assert not skus & {i["sku"] for i in north_items}
    acme_items = {i["line_item_id"] for p in acme for i in p["line_items"]}  # type: ignore[attr-defined]
    assert not acme_items & {i["line_item_id"] for i in north_items}


def test_ids_never_collide_even_at_the_cli_maximum() -> None:
    assert int(process_id(MAX_PROCESSES - 1).split("-")[1]) < NORTHWIND_FIRST_ID


def test_northwind_names_fit_where_acme_names_fit() -> None:
    # The window's layout is measured with acme's longest names (tests/ui/test_layout.py).
    for column in range(3):
        assert max(len(v[column]) for v in NORTHWIND.variants) <= max(
            len(v[column]) for v in VARIANTS)


def _pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    return str(pdfium.PdfDocument(data)[0].get_textpage().get_text_range())


def test_a_label_goes_to_its_shops_returns_desk() -> None:
    north = next(p for p in generate(20, now=NOW, shop=NORTHWIND) if p["tracking_id"])
    acme = next(p for p in generate(20, now=NOW) if p["tracking_id"])
    assert "Northwind Returns" in _pdf_text(labels.render(north, "pdf"))
    assert "Acme Returns" in _pdf_text(labels.render(acme, "pdf"))


def test_an_acme_only_file_gains_northwind_once(tmp_path: Path) -> None:
    old = Store.open(tmp_path, processes=20)  # as every sandbox file was made before
    old.update_process("RP-100001", shipping_status="ERROR")
    assert old.count() == 20
    old.close()
    store = Store.open(tmp_path, processes=500, northwind=150)
    try:
        assert store.count() == 170
        north = store.list_processes(ProcessFilter(ecommerce_id="northwind"), None, 1000)
        assert len(north) == 150 and north[-1]["process_id"] == "RP-2000001"
        assert store.get_process("RP-100001")["shipping_status"] == "ERROR"  # type: ignore[index]
        assert store.seed_shop_if_missing(NORTHWIND, 150, 42) == 0
    finally:
        store.close()
    again = Store.open(tmp_path, processes=500, northwind=150)
    try:
        assert again.count() == 170
    finally:
        again.close()


def test_without_northwind_a_new_file_holds_acme_only(tmp_path: Path) -> None:
    store = Store.open(tmp_path, processes=30)
    try:
        assert store.count() == 30
        assert store.list_processes(ProcessFilter(group="northwind-group"), None, 10) == []
    finally:
        store.close()


def test_a_scoped_filter_sees_only_its_shops(tmp_path: Path) -> None:
    store = Store.open(tmp_path, processes=30, northwind=40)
    try:
        def shops(where: ProcessFilter) -> set[str]:
            return {p["ecommerce_id"] for p in store.list_processes(where, None, 1000)}

        assert shops(ProcessFilter()) == {"acme", "northwind"}
        assert shops(ProcessFilter(shops=("northwind",))) == {"northwind"}
        assert len(store.list_processes(ProcessFilter(shops=("acme",)), None, 1000)) == 30
        assert store.list_processes(ProcessFilter(shops=()), None, 10) == []
        assert ProcessFilter().fingerprint() == ["", "", "", ""]  # unscoped tokens unchanged
        assert ProcessFilter(shops=("acme",)).fingerprint() != ProcessFilter(
            shops=("northwind",)).fingerprint()
    finally:
        store.close()


# -- scoped keys -------------------------------------------------------------------------------

def test_key_specs_parse_into_scopes() -> None:
    keys = scopes.parse_specs(["k-acme=acme", " k-north = northwind ", "abc==desk-group"])
    assert keys == {"k-acme": "acme", "k-north": "northwind", "abc=": "desk-group"}
    assert scopes.parse_env("k1=acme,, k2=northwind-group ,") == {
        "k1": "acme", "k2": "northwind-group"}
    assert scopes.parse_specs(["k=acme", "k=acme"]) == {"k": "acme"}
    scoped = scopes.ScopedKeys(keys)
    assert scoped.shops_for(b"k-acme") == {"acme"}
    assert scoped.shops_for(b"abc=") == {"acme", "northwind"}
    assert scoped.shops_for(b"k-acm") is None and scoped.shops_for(b"") is None
    assert not scopes.ScopedKeys() and "k-acme" not in repr(scoped)


@pytest.mark.parametrize("specs", [["s3cr3t-key"], ["s3cr3t-key="], ["=acme"],
                                   ["s3cr3t-key=nowhere"],
                                   ["s3cr3t-key=acme", "s3cr3t-key=northwind"]])
def test_a_bad_key_spec_is_refused_without_showing_the_key(specs: list[str]) -> None:
    with pytest.raises(scopes.BadKeySpec) as raised:
        scopes.parse_specs(specs)
    assert "s3cr3t" not in str(raised.value)
