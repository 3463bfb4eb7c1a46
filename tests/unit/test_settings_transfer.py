"""Settings export/import: no secret and no station-own value leaves, an import keeps the
station's own, and a bad, huge, hostile or secret-carrying file is refused with a reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from revdesk.config import PrinterSettings, ScanSettings, StationSettings
from revdesk.settings_store import SettingsStore
from revdesk.settings_transfer import (
    FORMAT,
    MAX_FILE_BYTES,
    TransferError,
    apply_import,
    describe_changes,
    export_document,
    export_settings,
    plan_import,
    read_import,
)

LEAD = StationSettings(
    api_url="https://api.rever.example", ecommerce_id="shop-1", ecommerce_group="",
    merchant_url="https://shop.example/api", station_name="DOCK-1", operator_name="Ana",
    language="es", sounds=False,
    scan=ScanSettings(strip_prefix="]C1", strip_suffix="\x1d", id_pattern=r"RP-\d{6}"),
    carrier_printer=PrinterSettings(kind="system", name="Zebra-DOCK-1", label_size="A6", dpi=300),
    intake_printer=PrinterSettings(kind="zpl", zpl_address="10.0.0.7:9100"))


def exported(tmp_path: Path, settings: StationSettings = LEAD) -> Path:
    store = SettingsStore(tmp_path / "lead.json")
    store.save(settings)
    path = tmp_path / "export.json"
    export_settings(store, path)
    return path


def test_an_export_has_no_secret_and_no_station_own_value(tmp_path: Path) -> None:
    path = exported(tmp_path)
    document = json.loads(path.read_text("utf-8"))
    assert document["format"] == FORMAT and "not included" in document["secrets"]
    settings = document["settings"]
    assert "station_name" not in settings and "operator_name" not in settings
    assert settings["carrier_printer"] == {"label_size": "A6", "custom_width_mm": 101.6,
                                           "custom_height_mm": 152.4, "dpi": 300}
    text = path.read_text("utf-8")
    assert "Zebra-DOCK-1" not in text and "10.0.0.7" not in text and "DOCK-1" not in text
    assert settings["scan"]["strip_suffix"] == "\x1d" and settings["language"] == "es"


def test_an_import_keeps_the_stations_own_values(tmp_path: Path) -> None:
    path = exported(tmp_path)
    own = StationSettings(station_name="DOCK-7", operator_name="Luis",
                          carrier_printer=PrinterSettings(kind="folder", folder="/labels"))
    store = SettingsStore(tmp_path / "station.json")
    store.save(own)
    plan = plan_import(store.stored, read_import(path))
    apply_import(store, plan)
    now = SettingsStore(tmp_path / "station.json").stored
    assert (now.station_name, now.operator_name) == ("DOCK-7", "Luis")
    assert now.carrier_printer.kind == "folder" and now.carrier_printer.folder == "/labels"
    assert now.carrier_printer.label_size == "A6" and now.carrier_printer.dpi == 300
    assert now.api_url == LEAD.api_url and now.scan == LEAD.scan and now.language == "es"
    names = {c.name for c in plan.changes}
    assert "api_url" in names and "station_name" not in names and plan.key_needed
    assert any("API key" in line for line in describe_changes(plan))


def test_a_partial_file_changes_only_what_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"format": FORMAT, "version": 1,
                                "settings": {"scan": {"default_action": "IN_TRANSIT"},
                                             "station_name": "X"}}))
    plan = plan_import(LEAD, read_import(path))
    assert [c.name for c in plan.changes] == ["scan.default_action"]
    assert plan.new.scan.id_pattern == LEAD.scan.id_pattern and plan.kept == ["station_name"]
    assert not plan.key_needed


def test_an_export_holds_only_the_file_never_the_environment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVDESK_API_URL", "https://env-only.example")
    path = exported(tmp_path)
    assert "env-only" not in path.read_text("utf-8")


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "in.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


@pytest.mark.parametrize(("content", "said"), [
    ("not json {", "not JSON"),
    ([1, 2], "not a revdesk settings export"),
    ({"format": "other"}, "not a revdesk settings export"),
    ({"format": FORMAT, "version": 99, "settings": {}}, "another version"),
    ({"format": FORMAT, "version": 1}, "no settings"),
    ({"format": FORMAT, "version": 1, "settings": {"api_key": "sk-1"}}, "never imported"),
    ({"format": FORMAT, "version": 1, "settings": {"merchant_key": "m"}}, "never imported"),
    ({"format": FORMAT, "version": 1, "settings": {"sounds": "loud"}}, "sounds"),
    ({"format": FORMAT, "version": 1, "settings": {"colour": "red"}}, "not a setting"),
    ({"format": FORMAT, "version": 1, "settings": {"scan": {"id_pattern": "("}}}, "scan"),
    ({"format": FORMAT, "version": 1, "settings": {"api_url": "http://rever.example"}},
     "https://"),
    ({"format": FORMAT, "version": 1,
      "settings": {"returns_portal_url": "http://shop.example/returns"}}, "https://"),
    ({"format": FORMAT, "version": 1, "settings": {"ecommerce_id": "a\x1b[2Jb"}},
     "control character"),
    ("[" * 100_000 + "]" * 100_000, "not JSON"),
    ({"format": FORMAT, "version": 1, "settings": {"language": "de"}}, "not one revdesk has"),
    ({"format": FORMAT, "version": 1, "settings": {"warehouse_address": {"city": "x" * 5000}}},
     "longer than"),
])
def test_a_bad_file_is_refused_with_its_reason(tmp_path: Path, content: object,
                                               said: str) -> None:
    with pytest.raises(TransferError, match=said) as refused:
        plan_import(LEAD, read_import(write(tmp_path, content)))
    assert "sk-1" not in str(refused.value)


def test_a_huge_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(TransferError, match="larger than"):
        read_import(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    with pytest.raises(TransferError, match="not a regular file"):
        read_import(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_an_export_to_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    with pytest.raises(TransferError, match="not a regular file"):
        exported_to(tmp_path, path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_an_export_to_a_device_is_refused_not_said_done(tmp_path: Path) -> None:
    link = tmp_path / "export.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(TransferError, match="not a regular file"):
        exported_to(tmp_path, link)


def test_an_export_replaces_a_longer_file_whole(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text("x" * 100_000)
    exported_to(tmp_path, path)
    assert json.loads(path.read_text())["format"] == FORMAT


def exported_to(tmp_path: Path, path: Path) -> None:
    store = SettingsStore(tmp_path / "lead.json")
    store.save(LEAD)
    export_settings(store, path)


def test_a_missing_file_is_said(tmp_path: Path) -> None:
    with pytest.raises(TransferError, match="Could not read"):
        read_import(tmp_path / "nope.json")


def test_the_document_says_what_it_leaves_out() -> None:
    document = export_document(LEAD)
    assert "station" in document["station_own"] and "key" in document["secrets"]


# -- more REVER accounts (issue 17, D) -------------------------------------------------------

SETTINGS_DOC = {"format": FORMAT, "version": 1}


def with_accounts(accounts: list[dict[str, object]]) -> dict[str, object]:
    return SETTINGS_DOC | {"settings": {"api_url": "https://rever.example",
                                        "rever_accounts": accounts}}


def test_an_export_carries_the_accounts_never_their_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from revdesk.config import ReverAccount, save_account_key

    stored: dict[str, str] = {}
    keyring = types.ModuleType("keyring")
    keyring.get_password = lambda service, user: stored.get(user)  # type: ignore[attr-defined]
    keyring.set_password = (  # type: ignore[attr-defined]
        lambda service, user, key: stored.__setitem__(user, key))
    monkeypatch.setitem(sys.modules, "keyring", keyring)
    account = ReverAccount(name="Shop B", api_url="https://b.example", ecommerce_id="b")
    save_account_key(account, "sk-merchant-b-never-exported")
    monkeypatch.setenv("REVDESK_API_KEY__SHOP_B", "sk-env-never-exported")
    path = exported(tmp_path, LEAD.model_copy(update={"rever_accounts": [account],
                                                       "account_name": "Main"}))
    text = path.read_text("utf-8")
    assert "never-exported" not in text and stored  # the key is in the store, not the file
    settings = json.loads(text)["settings"]
    assert settings["rever_accounts"] == [{"name": "Shop B", "api_url": "https://b.example",
                                           "ecommerce_id": "b", "ecommerce_group": ""}]
    assert settings["account_name"] == "Main"


@pytest.mark.parametrize(("account", "said"), [
    ({"name": "B", "api_url": "http://b.example", "ecommerce_id": "b"}, "https://"),
    ({"name": "B", "api_url": "https://b.example:99999", "ecommerce_id": "b"},
     "not a valid address"),
    ({"name": "B", "api_url": "https://b.example", "ecomerce_id": "b"}, "not a setting"),
    ({"name": "B", "api_url": "https://b.example", "api_key": "sk-1"}, "never imported"),
    ({"name": "B\x1b[2J", "api_url": "https://b.example", "ecommerce_id": "b"},
     "control character"),
    ({"name": "B", "api_url": "https://b.e\u202example", "ecommerce_id": "b"},
     "control character"),
])
def test_an_accounts_address_is_checked_like_the_api_address(
        tmp_path: Path, account: dict[str, object], said: str) -> None:
    with pytest.raises(TransferError, match=said) as refused:
        plan_import(LEAD, read_import(write(tmp_path, with_accounts([account]))))
    assert "sk-1" not in str(refused.value)


def test_an_imported_account_is_kept_and_its_key_asked_for(tmp_path: Path) -> None:
    plan = plan_import(StationSettings(), read_import(write(tmp_path, with_accounts([
        {"name": "B", "api_url": "https://b.example/", "ecommerce_id": "b"},
        {"name": "Local", "api_url": "http://127.0.0.1:8080", "ecommerce_group": "g"}]))))
    assert [(a.name, a.api_url) for a in plan.new.rever_accounts] == [
        ("B", "https://b.example"), ("Local", "http://127.0.0.1:8080")]
    assert plan.account_keys == ["B", "Local"]
    assert any("REVER accounts" in line and "B, Local" in line
               for line in describe_changes(plan))


@pytest.mark.parametrize(("main", "accounts", "said"), [
    ({}, [{"name": "B", "api_url": "https://rever.example", "ecommerce_id": "b"},
          {"name": "C", "api_url": "HTTPS://REVER.EXAMPLE:443/", "ecommerce_id": "b"}],
     "“B” and “C” are the same e-commerce at the same address"),
    ({"ecommerce_id": "b"}, [{"name": "Beta", "api_url": "https://rever.example/",
                              "ecommerce_id": "b"}],
     "the same e-commerce, at the same address, as the account “Beta”"),
    ({}, [{"name": "Shop A", "api_url": "https://rever.example", "ecommerce_id": "a"},
          {"name": "shop-a", "api_url": "http://127.0.0.1:9", "ecommerce_id": "b"}],
     "REVDESK_API_KEY__SHOP_A"),
    ({}, [{"name": "B", "api_url": "https://rever.example?key=sk-1", "ecommerce_id": "b"}],
     "never a place for a secret"),
    ({}, [{"name": "B", "api_url": "https://rever.example/#sk-1", "ecommerce_id": "b"}],
     "never a place for a secret"),
    ({}, [{"name": "B", "api_url": "https://u:sk-1@rever.example", "ecommerce_id": "b"}],
     "never a place for a secret"),
    ({"api_url": ""}, [{"name": "B", "api_url": "https://b.example", "ecommerce_id": "b"}],
     "built-in sandbox"),
    ({}, [{"name": "B", "ecommerce_id": "b"}], "e-commerces of the built-in sandbox"),
    ({}, [{"name": f"M{i}", "api_url": "https://rever.example", "ecommerce_id": f"m{i}"}
          for i in range(31)], "at most 30"),
])
def test_an_import_refuses_the_accounts_the_dialog_refuses_saying_why(
        tmp_path: Path, main: dict[str, object], accounts: list[dict[str, object]],
        said: str) -> None:
    """Judged on the settings the import would produce; the reason is named, never a secret
    the address carried, and nothing is saved."""
    store = SettingsStore(tmp_path / "station.json")
    store.save(StationSettings(station_name="DOCK-2"))
    doc = SETTINGS_DOC | {"settings": {"api_url": "https://rever.example",
                                       "rever_accounts": accounts} | main}
    with pytest.raises(TransferError) as refused:
        plan_import(store.stored, read_import(write(tmp_path, doc)))
    assert said in str(refused.value) and "Nothing was changed" in str(refused.value)
    assert "sk-1" not in str(refused.value) and "should have at most" not in str(refused.value)
    assert store.stored.rever_accounts == [] and store.stored.api_url == ""


def test_an_import_of_thirty_accounts_is_taken(tmp_path: Path) -> None:
    plan = plan_import(StationSettings(), read_import(write(tmp_path, with_accounts([
        {"name": f"M{i}", "api_url": "https://rever.example", "ecommerce_id": f"m{i}"}
        for i in range(30)]))))
    assert len(plan.new.rever_accounts) == 30
