"""Settings export and import, for rolling one set-up out to many stations.

An export holds what a warehouse's stations share: REVER's address, the e-commerce (or
group), the Storefront and merchant platform addresses, the scanner's clean-up and default
action, the label stock and dpi, the warehouse's address, sounds, language, when a shift
starts. It never holds a secret (no API key, no merchant key: the file says so), and not
what each station has of its own:

- the station's name and its operator (two stations with one name would mix their audit
  logs and intake labels);
- which printer each role prints on (a printer name, a folder, a ZPL printer's address are
  this computer's); the stock and dpi of each role are shared.

An import reads such a file (at most :data:`MAX_FILE_BYTES`, JSON no deeper than the
transport's limit, every field validated, an unknown or secret-looking field refused with
its name), keeps this station's own values and its keys, and says what would change before
anything is written: :func:`plan_import`, then :func:`apply_import` through the settings store.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, ValidationError, create_model

from revdesk import __version__
from revdesk.account_setup import every_account_problem, too_many_accounts
from revdesk.api import errors
from revdesk.api.models import Address
from revdesk.api.transport import check_url, read_json
from revdesk.config import (
    MAX_ACCOUNTS,
    PRINTER_ROLES,
    PrinterSettings,
    ReverAccount,
    ScanSettings,
    StationSettings,
    apply_env,
)
from revdesk.i18n import LANGUAGES, translate
from revdesk.settings_store import SettingChange, SettingsSaved, SettingsStore, setting_changes

FORMAT = "revdesk-settings"
VERSION = 1
#: Far beyond any export (about 2 kB): a bigger file is not one, and is never read whole.
MAX_FILE_BYTES = 256 * 1024
SECRETS_NOTE = ("not included: set the API key (and the merchant key, and each more REVER "
                "account's key, if used) on each station, in Settings or in REVDESK_API_KEY "
                "/ REVDESK_MERCHANT_KEY / REVDESK_API_KEY__<NAME>")
STATION_OWN_NOTE = ("not included: each station keeps its own name, operator, and which "
                    "printer (or folder) each label prints on")

#: The station's own settings: never exported, and kept on import.
STATION_OWN = ("station_name", "operator_name")
#: A printer profile's device: this computer's. Its stock and dpi are shared.
PRINTER_DEVICE = ("kind", "name", "folder", "zpl_address")
#: Words that mark a field as a secret: such a field is refused, never read.
SECRET_WORDS = ("key", "secret", "password", "token", "credential")
#: The settings whose text may hold control characters: a scanner's prefix or suffix
#: (a GS, a CR) is one. Anywhere else a control character is a hostile or damaged file.
_CONTROL_ALLOWED = ("scan.",)
#: Checked as Settings checks them (https, or http to this computer); the walk-in's returns
#: page too: its address goes into every slip's QR code. Each ``rever_accounts[].api_url``
#: is checked the same way (:func:`plan_import`).
URL_FIELDS = ("api_url", "storefront_url", "merchant_url", "returns_portal_url")
#: No setting's text comes near this (an address, a pattern, a street): a longer one is not
#: a setting someone typed.
MAX_TEXT = 1000


class TransferError(Exception):
    """The file cannot be exported or imported; the message is for the lead."""


def _partial(model: type[BaseModel], name: str, exclude: tuple[str, ...] = (),
             nested: dict[str, Any] | None = None) -> type[BaseModel]:
    """``model`` with every field optional (None: not in the file) and any other field
    refused: an import changes only what its file holds, and a typo is said, not ignored."""
    fields: dict[str, Any] = {}
    for field_name, info in model.model_fields.items():
        if field_name in exclude:
            continue
        annotation = (nested or {}).get(field_name, info.annotation)
        fields[field_name] = (Optional[annotation], None)  # noqa: UP045 (a runtime type)
    made: type[BaseModel] = create_model(  # type: ignore[call-overload]
        name, __config__=ConfigDict(extra="forbid", strict=False), **fields)
    return made


_SharedPrinter = _partial(PrinterSettings, "SharedPrinter", exclude=PRINTER_DEVICE)
_SharedSettings = _partial(
    StationSettings, "SharedSettings", exclude=STATION_OWN,
    nested={"scan": _partial(ScanSettings, "SharedScan"),
            "carrier_printer": _SharedPrinter, "intake_printer": _SharedPrinter,
            "warehouse_address": _partial(Address, "SharedAddress"),
            # An account's misspelt field is said, not dropped (the account's own model
            # ignores what it does not know).
            "rever_accounts": list[_partial(ReverAccount, "SharedReverAccount")]})  # type: ignore[misc]


# -- export --------------------------------------------------------------------------------


def shared_settings(settings: StationSettings) -> dict[str, Any]:
    """What an export holds of ``settings``: no station-own value, no printer device."""
    data = settings.model_dump(mode="json")
    for name in STATION_OWN:
        data.pop(name, None)
    for role in PRINTER_ROLES:
        for name in PRINTER_DEVICE:
            data[f"{role}_printer"].pop(name, None)
    return data


def export_document(settings: StationSettings) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "secrets": SECRETS_NOTE,
            "station_own": STATION_OWN_NOTE, "exported_by": f"revdesk {__version__}",
            "settings": shared_settings(settings)}


def export_settings(store: SettingsStore, path: Path) -> None:
    """Write the stored settings' shared part to ``path`` (the file's settings, never this
    run's environment overrides). Raises :class:`TransferError`."""
    text = json.dumps(export_document(store.stored), indent=2, ensure_ascii=False) + "\n"
    try:
        _write_regular(path, text.encode("utf-8"))
    except TransferError:
        raise
    except OSError as exc:
        raise TransferError(translate(
            "SettingsTransfer", "Could not write {path}: {why}.").format(
                path=path, why=exc.strerror or type(exc).__name__)) from None


# -- import --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do: ``new`` is the station's settings with the file's applied."""

    new: StationSettings
    changes: list[SettingChange]
    #: The file's station-own fields, ignored (this station's own values are kept).
    kept: list[str] = field(default_factory=list)
    #: The API address changes: this station needs its key for the new one.
    key_needed: bool = False
    #: More REVER accounts new or changed by the file: each needs its key on this station.
    account_keys: list[str] = field(default_factory=list)


def read_import(path: Path) -> dict[str, Any]:
    """The file's shared settings, validated; :class:`TransferError` with the reason for
    anything else (missing, not a file, too big, not JSON, not an export, a secret in it)."""
    try:
        raw = _read_capped(path)
    except TransferError:
        raise
    except OSError as exc:
        raise TransferError(translate(
            "SettingsTransfer", "Could not read {path}: {why}.").format(
                path=path, why=exc.strerror or type(exc).__name__)) from None
    try:
        document = read_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise TransferError(translate(
            "SettingsTransfer", "{path} is not a settings export (it is not JSON text).")
            .format(path=path)) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise TransferError(translate(
            "SettingsTransfer", "{path} is not a revdesk settings export (it has no "
            "\"format\": \"revdesk-settings\").").format(path=path))
    if document.get("version") != VERSION:
        raise TransferError(translate(
            "SettingsTransfer", "{path} is a settings export of another version ({version}); "
            "this revdesk reads version {ours}.").format(
                path=path, version=_shown(document.get("version")), ours=VERSION))
    settings = document.get("settings")
    if not isinstance(settings, dict):
        raise TransferError(translate(
            "SettingsTransfer", "{path} has no settings in it.").format(path=path))
    _refuse_secrets(settings, path)
    return settings


def plan_import(stored: StationSettings, settings: dict[str, Any]) -> ImportPlan:
    """``stored`` with the file's ``settings`` applied, its own values kept; raises
    :class:`TransferError` saying which setting is wrong."""
    settings = dict(settings)
    kept = [name for name in STATION_OWN if settings.pop(name, None) is not None]
    for role in PRINTER_ROLES:
        profile = settings.get(f"{role}_printer")
        if isinstance(profile, dict):
            profile = dict(profile)
            kept += [f"{role}_printer.{name}" for name in PRINTER_DEVICE
                     if profile.pop(name, None) is not None]
            settings[f"{role}_printer"] = profile
    listed = settings.get("rever_accounts")
    if isinstance(listed, list) and len(listed) > MAX_ACCOUNTS:
        # Said before pydantic's "List should have at most 30 items…".
        raise TransferError(translate(
            "SettingsTransfer", "The file's REVER accounts cannot be used: {why} Nothing was "
            "changed.").format(why=too_many_accounts(len(listed))))
    try:
        shared = _SharedSettings.model_validate(settings).model_dump(exclude_none=True)
        _refuse_controls(shared)
        new = StationSettings.model_validate(_merged(stored.model_dump(mode="json"), shared))
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "settings"
        if problem["type"] == "extra_forbidden":
            why = translate("SettingsTransfer", "not a setting revdesk knows")
        else:
            why = str(problem["msg"])
        raise TransferError(translate(
            "SettingsTransfer", "The file's setting “{name}” cannot be used: {why}. Nothing "
            "was changed.").format(name=_shown(where), why=_shown(why, 200))) from None
    if new.language and new.language not in LANGUAGES:
        raise TransferError(translate(
            "SettingsTransfer", "The file's language “{code}” is not one revdesk has ({codes}). "
            "Nothing was changed.").format(code=_shown(new.language),
                                           codes=", ".join(LANGUAGES)))
    for name in URL_FIELDS:
        if url := getattr(new, name):
            try:
                new = new.model_copy(update={name: check_url(url)})
            except errors.ApiError as exc:
                raise TransferError(translate(
                    "SettingsTransfer", "The file's “{name}” cannot be used: {why} Nothing "
                    "was changed.").format(name=name, why=exc.operator_message)) from None
    # What the dialog and `accounts add` refuse, an import refuses too, judged on the
    # settings it would put in force (the environment's overrides applied, as Settings).
    if refused := every_account_problem(apply_env(new)):
        raise TransferError(translate(
            "SettingsTransfer", "The file's REVER accounts cannot be used: {why} Nothing was "
            "changed.").format(why=_shown(refused, 400)))
    accounts = []
    for number, account in enumerate(new.rever_accounts):
        # Each more REVER account's address is one the station sends a key to: checked as
        # the main one's (https, or http to this computer).
        if account.api_url:
            try:
                account = account.model_copy(update={"api_url": check_url(account.api_url)})
            except errors.ApiError as exc:
                raise TransferError(translate(
                    "SettingsTransfer", "The file's “{name}” cannot be used: {why} Nothing "
                    "was changed.").format(name=f"rever_accounts.{number}.api_url",
                                           why=exc.operator_message)) from None
        accounts.append(account)
    new = new.model_copy(update={"rever_accounts": accounts})
    return ImportPlan(new, setting_changes(stored, new), kept,
                      key_needed=bool(new.api_url) and new.api_url != stored.api_url,
                      account_keys=[a.name for a in new.rever_accounts
                                    if a.api_url and a not in stored.rever_accounts])


def apply_import(store: SettingsStore, plan: ImportPlan) -> SettingsSaved:
    """Save the plan's settings through the store (no key: keys are never imported);
    raises SettingsError when the file cannot be written."""
    return store.save(plan.new)


def _merged(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for name, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(name), dict):
            out[name] = _merged(out[name], value)
        else:
            out[name] = value
    return out


def _refuse_secrets(data: dict[str, Any], path: Path, prefix: str = "") -> None:
    for name, value in data.items():
        dotted = f"{prefix}{name}"
        if any(word in str(name).lower() for word in SECRET_WORDS):
            raise TransferError(translate(
                "SettingsTransfer", "{path} holds “{name}”: a key or a secret is never "
                "imported. Remove it from the file (set keys on each station). Nothing was "
                "changed.").format(path=path, name=_shown(dotted)))
        if isinstance(value, dict):
            _refuse_secrets(value, path, f"{dotted}.")
        elif isinstance(value, list):  # an account's fields too (rever_accounts[].…)
            for number, item in enumerate(value):
                if isinstance(item, dict):
                    _refuse_secrets(item, path, f"{dotted}.{number}.")


def _refuse_controls(data: dict[str, Any], prefix: str = "") -> None:
    for name, value in data.items():
        dotted = f"{prefix}{name}"
        if isinstance(value, dict):
            _refuse_controls(value, f"{dotted}.")
        elif isinstance(value, list):  # the accounts' names and addresses
            _refuse_controls({str(n): v for n, v in enumerate(value)}, f"{dotted}.")
        elif isinstance(value, str) and len(value) > MAX_TEXT:
            raise TransferError(translate(
                "SettingsTransfer", "The file's setting “{name}” is longer than {limit} "
                "characters: not a setting. Nothing was changed.").format(
                    name=_shown(dotted), limit=MAX_TEXT))
        elif (isinstance(value, str) and not value.isprintable()
              and not dotted.startswith(_CONTROL_ALLOWED)):
            raise TransferError(translate(
                "SettingsTransfer", "The file's setting “{name}” has a control character in "
                "it. Nothing was changed.").format(name=_shown(dotted)))


def _write_regular(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` only if it is (or becomes) a regular file: a FIFO nobody
    reads would hang the window, and a device (a link to /dev/zero) would swallow the
    export while "exported" is said."""
    not_regular = TransferError(translate(
        "SettingsTransfer", "{path} is not a regular file: choose a file to export to.")
        .format(path=path))
    try:
        # Not truncated on opening: a device is refused before anything is written to it.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_NONBLOCK", 0), 0o644)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO with no reader
            raise not_regular from None
        raise
    with os.fdopen(fd, "wb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise not_regular
        file.truncate(0)
        file.write(data)


def _read_capped(path: Path) -> bytes:
    """At most :data:`MAX_FILE_BYTES`, never blocking on a FIFO, only a regular file."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise TransferError(translate(
                "SettingsTransfer", "{path} is not a regular file.").format(path=path))
        data = file.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise TransferError(translate(
            "SettingsTransfer", "{path} is larger than {limit} kB: not a settings export. "
            "Nothing was changed.").format(path=path, limit=MAX_FILE_BYTES // 1024))
    return data


def _shown(value: object, limit: int = 60) -> str:
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(value))
    return text if len(text) <= limit else text[:limit - 1] + "…"


def describe_changes(plan: ImportPlan) -> list[str]:
    """The plan's changes, one line each ("scan.id_pattern: '' → 'RP-\\d{6}'"), then what
    is kept and what the station still needs, for the dialog and the CLI."""
    lines = [f"{_shown(c.name)}: {_shown(c.old, 40)!r} → {_shown(c.new, 40)!r}"
             for c in plan.changes]
    if not lines:
        lines.append(translate("SettingsTransfer", "No setting changes: the file matches "
                               "this station."))
    if plan.kept:
        lines.append(translate("SettingsTransfer", "Kept as this station has them: {names}.")
                     .format(names=", ".join(plan.kept)))
    if plan.key_needed:
        lines.append(translate("SettingsTransfer", "The API address changes: set this "
                               "station's API key for it (keys are never imported)."))
    if plan.account_keys:
        lines.append(translate("SettingsTransfer", "Set the key of these REVER accounts on "
                               "this station (keys are never imported): {names}.").format(
                                   names=", ".join(_shown(n) for n in plan.account_keys)))
    return lines
