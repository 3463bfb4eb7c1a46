"""The settings store: the one owner of settings.json."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from revdesk.config import SettingsError, StationSettings
from revdesk.events import Signal
from revdesk.settings_store import SettingsNotSaved, SettingsSaved, SettingsStore


def test_a_saved_change_is_current_at_once_and_told_to_subscribers(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    heard: list[SettingsSaved] = []
    store.saved.connect(heard.append)
    store.update(station_name="DOCK-9")
    assert store.current.station_name == "DOCK-9"
    [saved] = heard
    assert (saved.old.station_name, saved.new.station_name) == ("STATION-1", "DOCK-9")
    assert [c.name for c in saved.changes] == ["station_name"] and not saved.reconnect
    assert SettingsStore(tmp_path / "settings.json").current.station_name == "DOCK-9"


def test_the_environment_wins_for_this_run_and_is_never_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVDESK_API_URL", "https://rollout.example")
    store = SettingsStore(tmp_path / "settings.json")
    store.update(operator_name="Ana")
    assert store.current.api_url == "https://rollout.example"
    assert json.loads((tmp_path / "settings.json").read_text())["api_url"] == ""


def test_a_new_address_or_key_asks_for_a_reconnect(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    assert store.update(ecommerce_id="acme").reconnect
    monkeypatch.setattr("revdesk.settings_store.save_api_key", lambda url, key: None)
    saved = store.save(store.stored.model_copy(update={"api_url": "https://a.example"}),
                       api_key="s3cr3t-key")
    assert saved.reconnect and saved.key_changed
    assert "s3cr3t" not in repr(saved.changes)  # the key is a change without values


def test_another_platform_address_or_merchant_key_asks_for_a_reconnect(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Their clients are made with the backend: without a reconnect the old ones stay.
    store = SettingsStore(tmp_path / "settings.json")
    assert store.update(storefront_url="http://127.0.0.1:9/sf").reconnect
    assert store.update(merchant_url="http://127.0.0.1:9/m").reconnect
    monkeypatch.setattr("revdesk.settings_store.save_merchant_key", lambda url, key: None)
    saved = store.save(store.stored, merchant_key="m3rchant-key")
    assert saved.reconnect and saved.merchant_key_changed and not saved.key_changed
    # Read at each use, so no reconnect: the walk-in's returns page, Revers.io accounts.
    assert not store.update(returns_portal_url="http://127.0.0.1:9/returns").reconnect


def test_the_file_is_written_whole_and_synced(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    store = SettingsStore(tmp_path / "settings.json")
    store.update(station_name="DOCK-2")
    assert len(synced) == 2  # the file, then its folder (the rename)
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_a_failed_write_changes_nothing_and_says_why(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.update(station_name="DOCK-2")
    failures: list[SettingsNotSaved] = []
    store.save_failed.connect(failures.append)

    def disk_full(src: str, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SettingsError, match=r"Could not save the settings \(No space left"):
        store.update(station_name="DOCK-3")
    assert store.current.station_name == "DOCK-2"
    assert [c.name for c in failures[0].changes] == ["station_name"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]  # temp removed
    assert json.loads((tmp_path / "settings.json").read_text())["station_name"] == "DOCK-2"


def test_a_failed_write_can_hold_for_this_run(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store = SettingsStore(tmp_path / "settings.json")

    def full(settings: StationSettings) -> None:
        raise SettingsError("Could not save the settings (No space left on device).")

    monkeypatch.setattr(store, "_write", full)
    heard: list[SettingsSaved] = []
    store.saved.connect(heard.append)
    with pytest.raises(SettingsError):
        store.update(operator_name="Ana", _keep_unsaved=True)
    assert store.current.operator_name == "Ana" and not heard[0].persisted


def test_a_damaged_file_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json", "utf-8")
    assert SettingsStore(tmp_path / "settings.json").current == StationSettings()


def test_a_fifo_in_place_of_the_file_gives_defaults_without_waiting(tmp_path: Path) -> None:
    """Reading a FIFO named settings.json waited for a writer for ever: no window, no
    command ever started."""
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    found: list[StationSettings] = []
    reader = threading.Thread(target=lambda: found.append(SettingsStore(path).current),
                              daemon=True)
    reader.start()
    reader.join(10)
    assert found == [StationSettings()]
    assert stat.S_ISFIFO(os.lstat(path).st_mode)  # left where it is


def test_an_oversized_file_is_damaged_and_kept(tmp_path: Path) -> None:
    """A 2 MiB settings file was read whole and its 2-million-letter station name used."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"station_name": "D" * (2 << 20)}), "utf-8")
    assert SettingsStore(path).current == StationSettings()
    assert not path.exists()
    [kept] = tmp_path.glob("settings.json.damaged-*")
    assert kept.stat().st_size > 2 << 20


def test_a_symlinked_file_is_written_through_and_the_link_kept(tmp_path: Path) -> None:
    """A settings.json linked to a roll-out's managed file was replaced by a plain file at
    the first save: the next roll-out no longer reached the station, without a word."""
    managed = tmp_path / "rollout" / "station.json"
    managed.parent.mkdir()
    managed.write_text(json.dumps({"station_name": "DOCK-1"}), "utf-8")
    link = tmp_path / "config" / "settings.json"
    link.parent.mkdir()
    link.symlink_to(managed)
    store = SettingsStore(link)
    assert store.current.station_name == "DOCK-1"
    store.update(station_name="DOCK-2")
    assert link.is_symlink() and json.loads(managed.read_text("utf-8"))["station_name"] == "DOCK-2"
    assert [p.name for p in link.parent.iterdir()] == ["settings.json"]
    assert [p.name for p in managed.parent.iterdir()] == ["station.json"]


def test_a_signal_calls_its_handlers_in_order_and_survives_a_broken_one() -> None:
    signal: Signal[int] = Signal("test")
    heard: list[str] = []
    signal.connect(lambda v: heard.append(f"a{v}"))
    signal.connect(lambda v: 1 / 0)
    disconnect = signal.connect(lambda v: heard.append(f"c{v}"))
    signal.emit(1)
    disconnect()
    signal.emit(2)
    assert heard == ["a1", "c1", "a2"]


GOOD = {"station_name": "DOCK-7", "auto_intake_label": True, "api_url": "http://127.0.0.1:9",
        "ecommerce_id": "acme", "warehouse_address": {"company": "Acme", "city": "Zaragoza"},
        "carrier_printer": {"kind": "folder", "folder": "/labels/carrier"}}


@pytest.mark.parametrize(("bad", "said"), [
    ({"kind": "laser"}, "kind 'laser'"),
    ({"kind": "zpl", "zpl_address": "zebra:9100", "dpi": 0}, "dpi 0"),
    ({"dpi": "abc"}, "dpi 'abc'"),
    ({"label_size": "custom", "custom_width_mm": -5, "custom_height_mm": 1e9},
     "custom_width_mm -5"),
    ("zebra", "'zebra'"),
])
def test_one_bad_printer_profile_resets_only_itself_and_is_said(
        tmp_path: Path, bad: object, said: str) -> None:
    """QA 18 H: one bad field in a profile threw the whole file away (station renamed,
    API address and printers gone), without a word in the window."""
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(GOOD | {"intake_printer": bad}), "utf-8")
    store = SettingsStore(path)
    expected = StationSettings.model_validate(GOOD)
    assert store.current == expected and store.current.intake_printer == StationSettings(
        ).intake_printer
    problem = store.load_problem
    assert problem is not None
    [kept] = tmp_path.glob("settings.json.damaged-*")
    assert json.loads(kept.read_text("utf-8"))["intake_printer"] == bad  # kept as it was
    text = problem.operator_message
    assert f"the intake-label printer ({said})" in text and kept.name in text
    assert "Label printers" in text and "carrier" not in text
    # Written back: the next start has every valid setting, and nothing to say.
    again = SettingsStore(path)
    assert again.current == expected and again.load_problem is None


def test_bad_parts_of_an_old_one_printer_file_and_the_scan_settings_are_reset(
        tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"station_name": "DOCK-7", "printer": {"dpi": 600},
                                "scan": {"id_pattern": "("}}), "utf-8")
    store = SettingsStore(path)
    assert store.current == StationSettings(station_name="DOCK-7")
    assert store.load_problem is not None
    text = store.load_problem.operator_message
    assert all(f"the {what} " in text for what in ("scan settings", "carrier-label printer",
                                                    "intake-label printer"))


def test_a_file_that_is_not_settings_at_all_gives_defaults_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[1, 2]", "utf-8")
    store = SettingsStore(path)
    assert store.current == StationSettings()
    assert store.load_problem is not None
    assert "every setting is back to its default" in store.load_problem.operator_message


def test_the_core_warns_of_a_reset_setting_once(tmp_path: Path) -> None:
    """StationCore.warnings is what the window shows at its start."""
    import asyncio

    from revdesk.core import StationCore

    path = tmp_path / "settings.json"
    path.write_text(json.dumps(GOOD | {"intake_printer": {"kind": "laser"}}), "utf-8")
    store = SettingsStore(path)

    async def cores() -> list[list[str]]:
        told = []
        for _ in range(2):  # a core rebuilt on the same store says it no more
            core = StationCore(store)
            told.append([w.operator_message for w in core.warnings])
            await core.aclose()
        return told

    first, second = asyncio.run(cores())
    assert len(first) == 1 and "intake-label printer (kind 'laser')" in first[0]
    assert second == []


# -- where a key comes from (Settings' honest hint) and the merchant key ---------------------


def test_a_keys_source_is_the_real_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_config import fake_keyring

    from revdesk.settings_store import KeySource, api_key_source, merchant_key_source

    stored: dict[str, str] = {}
    fake_keyring(monkeypatch, stored)
    assert api_key_source("") is KeySource.NONE
    assert api_key_source("https://rever.example") is KeySource.NONE
    stored["api-key:https://rever.example"] = "sk-1"
    assert api_key_source("https://rever.example/") is KeySource.STORED
    assert api_key_source("https://other.example") is KeySource.NONE
    stored["api-key:https://bad.example"] = "sk\n1"  # damaged, still stored
    assert api_key_source("https://bad.example") is KeySource.STORED
    monkeypatch.setenv("REVDESK_API_KEY", "sk-env")
    assert api_key_source("") is KeySource.ENVIRONMENT
    assert merchant_key_source("https://shop.example") is KeySource.NONE
    stored["merchant-key:https://shop.example"] = "m-1"
    assert merchant_key_source("https://shop.example") is KeySource.STORED


def test_the_merchant_key_goes_to_the_credential_store_and_is_only_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_config import fake_keyring

    stored: dict[str, str] = {}
    fake_keyring(monkeypatch, stored)
    store = SettingsStore(tmp_path / "settings.json")
    saved = store.save(store.stored.model_copy(update={"merchant_url": "https://shop.example"}),
                       merchant_key="m-secret-1")
    assert stored == {"merchant-key:https://shop.example": "m-secret-1"}
    assert "m-secret-1" not in (tmp_path / "settings.json").read_text()
    assert [c.name for c in saved.changes] == ["merchant_url", "merchant_key"]
    assert all("m-secret-1" not in c.old + c.new for c in saved.changes)
