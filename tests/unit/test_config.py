"""Station settings and the API key: what is refused when it is loaded, before any use."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from revdesk.api import errors
from revdesk.backend import open_backend
from revdesk.config import (
    ENV_API_KEY,
    SettingsError,
    StationSettings,
    load_api_key,
    save_api_key,
)

BAD_KEYS = ["abc\rX", "abc\nX-Injected: 1", "sk-\x1b[2Jlive", "tab\tkey", "del\x7fkey", "clé",
            "sk-\u202elive", "sk-\x85live"]


def fake_keyring(monkeypatch: pytest.MonkeyPatch, stored: dict[str, str]) -> None:
    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: stored.get(user)  # type: ignore[attr-defined]
    module.set_password = lambda service, user, key: stored.__setitem__(user, key)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)


@pytest.mark.parametrize("key", BAD_KEYS)
def test_a_key_with_control_or_non_ascii_characters_is_refused_when_loaded(
        key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_KEY, key)
    with pytest.raises(errors.NotConfigured) as caught:
        load_api_key("https://rever.example")
    error = caught.value
    assert ENV_API_KEY in error.operator_message and "Paste the key again" in error.operator_message
    assert key.strip() not in error.operator_message and key.strip() not in error.log_text()
    # The window and the CLI open their backend through open_backend: the same refusal.
    with pytest.raises(errors.NotConfigured):
        open_backend(StationSettings(api_url="https://rever.example"))


@pytest.mark.parametrize("key", BAD_KEYS[:3])
def test_a_stored_key_with_control_characters_is_refused_and_none_is_stored(
        key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = {"api-key:https://rever.example": key}
    fake_keyring(monkeypatch, stored)
    with pytest.raises(errors.NotConfigured, match="credential store") as caught:
        load_api_key("https://rever.example")
    assert key not in caught.value.operator_message
    with pytest.raises(SettingsError) as refused:
        save_api_key("https://other.example", key)
    assert key not in str(refused.value) and "api-key:https://other.example" not in stored


def test_a_plain_key_still_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_KEY, "  sk-live_0123-abcdef.XYZ=+/  \n")
    key = load_api_key("https://rever.example")
    assert key is not None and key.get_secret_value() == "sk-live_0123-abcdef.XYZ=+/"



def test_settings_nested_deeper_than_any_real_file_are_treated_as_damaged(
        tmp_path: Path) -> None:
    """A settings.json of 100,000 nested lists made json.loads raise RecursionError, which
    no one caught: the station did not start. Now it is a damaged file: defaults."""
    from revdesk.settings_store import SettingsStore

    def file_settings(path: Path) -> StationSettings:
        return SettingsStore(path).stored

    path = tmp_path / "settings.json"
    for depth in (100_000, 70):
        path.write_text('{"station_name": "DOCK-9", "x": ' + "[" * depth + "]" * depth + "}",
                        "utf-8")
        assert file_settings(path) == StationSettings()
    path.write_text('{"station_name": "DOCK-9", "x": ' + "[" * 20 + "]" * 20 + "}", "utf-8")
    assert file_settings(path).station_name == "DOCK-9"


def test_no_credential_store_is_warned_of_once_per_process(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    # QA F15: a machine without a keyring printed the warning at every key look-up.
    from revdesk import config

    class NoKeyringError(RuntimeError):
        pass

    def no_store(service: str, user: str) -> str:
        raise NoKeyringError("No recommended backend was available.")

    module = types.ModuleType("keyring")
    module.get_password = no_store  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    monkeypatch.setattr(config, "_WARNED_UNAVAILABLE", set())
    monkeypatch.delenv(ENV_API_KEY, raising=False)
    monkeypatch.delenv(config.ENV_MERCHANT_KEY, raising=False)
    monkeypatch.delenv(config.ENV_REVERSIO_SUBSCRIPTION_KEY, raising=False)
    monkeypatch.delenv(config.ENV_REVERSIO_SECRET, raising=False)
    with caplog.at_level("DEBUG", logger="revdesk.config"):
        assert load_api_key("https://rever.test") is None
        assert load_api_key("https://other.test") is None
        assert config.load_merchant_key("https://shop.test") is None
        assert config.load_reversio_secrets("https://rio.test") == (None, None)
    said = [r for r in caplog.records if "credential store not available" in r.getMessage()]
    assert [r.levelname for r in said] == ["WARNING"] + ["DEBUG"] * 4
    assert "NoKeyringError" in said[0].getMessage()
