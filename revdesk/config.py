"""Station settings: one pydantic model, read from a JSON file in the platform's config
folder, with environment overrides for tests and roll-outs. The API key is never in the
file: it lives in the OS credential store (keyring) or in ``REVDESK_API_KEY``.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from revdesk.api.models import Address

log = logging.getLogger(__name__)

APP_NAME = "revdesk"
KEYRING_SERVICE = "revdesk"
ENV_API_URL = "REVDESK_API_URL"
ENV_API_KEY = "REVDESK_API_KEY"
ENV_ECOMMERCE_ID = "REVDESK_ECOMMERCE_ID"
ENV_DATA_DIR = "REVDESK_DATA_DIR"
SETTINGS_FILE = "settings.json"


class ScanSettings(BaseModel):
    """How a raw scanner read becomes a process id."""

    model_config = ConfigDict(extra="ignore")

    strip_prefix: str = ""
    strip_suffix: str = ""
    # Empty means any cleaned text is tried as a process id.
    id_pattern: str = ""
    default_action: str = "IN_WAREHOUSE"

    @field_validator("id_pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"the id pattern is not a valid regular expression: {exc}") from None
        return v


class PrinterSettings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: str = ""  # empty: ask once with the print dialog
    label_size: Literal["4x6", "A6", "custom"] = "4x6"
    custom_width_mm: float = Field(default=101.6, gt=10, le=400)
    custom_height_mm: float = Field(default=152.4, gt=10, le=600)
    dpi: Literal[203, 300] = 203


class StationSettings(BaseModel):
    """Everything a warehouse lead configures for one station (the key excepted)."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    api_url: str = ""
    ecommerce_id: str = ""
    ecommerce_group: str = ""
    station_name: str = "STATION-1"
    operator_name: str = ""
    sounds: bool = True
    scan: ScanSettings = Field(default_factory=ScanSettings)
    printer: PrinterSettings = Field(default_factory=PrinterSettings)
    warehouse_address: Address = Field(default_factory=Address)


def data_dir() -> Path:
    """Where all local state lives: ``REVDESK_DATA_DIR`` or the platform's user data folder."""
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """Settings sit beside the data when ``REVDESK_DATA_DIR`` is set, so a test or a second
    station is fully separate; otherwise in the platform's config folder."""
    if os.environ.get(ENV_DATA_DIR, "").strip():
        return data_dir()
    return Path(platformdirs.user_config_dir(APP_NAME))


def sandbox_dir() -> Path:
    return data_dir() / "sandbox"


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


class SettingsError(Exception):
    """The settings file could not be read or written; the message is for the operator."""


def file_settings(path: Path | None = None) -> StationSettings:
    """The settings as stored in the file (defaults when absent), without environment
    overrides: what a change is saved over, so that saving never writes an environment
    value (a roll-out's URL) into the file."""
    path = path or settings_path()
    if path.exists():
        try:
            return StationSettings.model_validate(json.loads(path.read_text("utf-8")))
        except (OSError, ValueError, ValidationError) as exc:
            # A damaged file must not stop the station: defaults, and say so in the log.
            log.warning("settings file %s unreadable, using defaults: %s", path, exc)
    return StationSettings()


def load_settings(path: Path | None = None) -> StationSettings:
    """Read the settings file (defaults when absent), then apply environment overrides."""
    return apply_env(file_settings(path))


def apply_env(settings: StationSettings) -> StationSettings:
    updates = {}
    if url := os.environ.get(ENV_API_URL, "").strip():
        updates["api_url"] = url
    if ecommerce := os.environ.get(ENV_ECOMMERCE_ID, "").strip():
        updates["ecommerce_id"] = ecommerce
    return settings.model_copy(update=updates) if updates else settings


def save_settings(settings: StationSettings, path: Path | None = None) -> None:
    """Write atomically (temp file + rename) so a power cut never leaves half a file."""
    path = path or settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as tmp:
            tmp.write(settings.model_dump_json(indent=2))
        os.replace(tmp.name, path)
    except OSError as exc:
        raise SettingsError(f"Could not save the settings ({exc.strerror}).") from exc


# -- the API key ----------------------------------------------------------------------------


class KeyStoreUnavailable(SettingsError):
    pass


def _keyring_user(api_url: str) -> str:
    return f"api-key:{api_url.rstrip('/')}"


def load_api_key(api_url: str) -> SecretStr | None:
    """``REVDESK_API_KEY`` if set, else the key stored for this API URL in the OS keyring."""
    if env := os.environ.get(ENV_API_KEY, "").strip():
        return SecretStr(env)
    if not api_url:
        return None
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, _keyring_user(api_url))
    except Exception as exc:  # any backend failure means "no stored key", never a crash
        log.warning("credential store not available: %s", type(exc).__name__)
        return None
    return SecretStr(stored) if stored else None


def save_api_key(api_url: str, key: str) -> None:
    """Store the key in the OS credential store; refuse rather than fall back to a file."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(api_url), key)
    except Exception as exc:
        raise KeyStoreUnavailable(
            "This computer has no secure credential store, so the key was not saved. "
            f"Set {ENV_API_KEY} in the station's environment instead."
        ) from exc
