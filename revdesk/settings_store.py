"""The one owner of ``settings.json``: it alone reads and writes the file, applies this run's
environment overrides, and tells subscribers when the settings changed.

Components never keep a copy: they hold the store and read :attr:`SettingsStore.current`
when they act, so a station renamed in Settings prints its next intake label with the new
name, without a restart. What the environment sets (a roll-out's API address) wins for
this run and is never written to the file: changes are saved over the file as stored.
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from revdesk.api.transport import read_json
from revdesk.config import (
    ENV_API_KEY,
    ENV_MERCHANT_KEY,
    SettingsError,
    StationSettings,
    apply_env,
    load_api_key,
    load_merchant_key,
    one_printer_for_both,
    save_api_key,
    save_merchant_key,
    settings_path,
)
from revdesk.domain.local_files import LocalDataError, set_aside
from revdesk.events import Signal
from revdesk.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

__all__ = [
    "API_KEY_SETTING",
    "MERCHANT_KEY_SETTING",
    "KeySource",
    "SettingChange",
    "SettingsNotSaved",
    "SettingsSaved",
    "SettingsStore",
    "api_key_source",
    "load_settings",
    "merchant_key_source",
    "setting_changes",
]

#: The one thing said about the key: that it changed (its name, never its value).
API_KEY_SETTING = "api_key"
MERCHANT_KEY_SETTING = "merchant_key"


class KeySource(enum.Enum):
    """Where a key the station would use comes from: what Settings says of it, never the
    key itself."""

    NONE = "none"
    STORED = "stored"  # this computer's credential store, for that address
    ENVIRONMENT = "environment"  # REVDESK_API_KEY / REVDESK_MERCHANT_KEY


def api_key_source(api_url: str) -> KeySource:
    """Where the API key for ``api_url`` would come from now."""
    return _source(ENV_API_KEY, load_api_key, api_url)


def merchant_key_source(merchant_url: str) -> KeySource:
    """Where the merchant platform's key for ``merchant_url`` would come from now."""
    return _source(ENV_MERCHANT_KEY, load_merchant_key, merchant_url)


def _source(env_name: str, load: Any, url: str) -> KeySource:
    if os.environ.get(env_name, "").strip():
        return KeySource.ENVIRONMENT
    if not url.strip():
        return KeySource.NONE
    try:
        found = load(url.strip().rstrip("/"))
    except Exception:  # a stored key no request could carry is still a stored key
        return KeySource.STORED
    return KeySource.STORED if found is not None else KeySource.NONE


@dataclass(frozen=True)
class SettingChange:
    name: str  # dotted, as in the settings file: "scan.id_pattern", "intake_printer.name"
    old: str
    new: str


def _flat(values: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flat(value, f"{name}."))
        elif isinstance(value, str):
            flat[name] = value
        else:
            flat[name] = json.dumps(value, ensure_ascii=False)
    return flat


def setting_changes(old: StationSettings, new: StationSettings, *,
                    key_changed: bool = False,
                    merchant_key_changed: bool = False) -> list[SettingChange]:
    """Every setting that differs, old → new, in the settings file's order; the key (which
    a StationSettings never holds) appears as a change without values."""
    before, after = _flat(old.model_dump(mode="json")), _flat(new.model_dump(mode="json"))
    changes = [SettingChange(name, before.get(name, ""), value)
               for name, value in after.items() if before.get(name, "") != value]
    if key_changed:
        changes.append(SettingChange(API_KEY_SETTING, "", ""))
    if merchant_key_changed:
        changes.append(SettingChange(MERCHANT_KEY_SETTING, "", ""))
    return changes


#: What a change of these settings needs: a new connection (client, outbox, caches). The
#: Storefront and merchant clients are made with the backend (``backend.open_backend``), so
#: their addresses are here too. The walk-in's ``returns_portal_url`` and the Revers.io
#: accounts need none: both are read from the settings in force at each use.
CONNECTION_FIELDS = ("api_url", "ecommerce_id", "ecommerce_group", "storefront_url",
                     "merchant_url", "rever_accounts", "account_name")


@dataclass(frozen=True)
class SettingsSaved:
    """The settings file was written: ``old`` and ``new`` are the settings in force (with
    the environment applied) before and after; ``changes`` what differs in the file."""

    old: StationSettings
    new: StationSettings
    changes: list[SettingChange] = field(default_factory=list)
    key_changed: bool = False
    #: False: the file could not be written; the change holds for this run only.
    persisted: bool = True
    #: The merchant platform's key was stored anew (its client holds the old one).
    merchant_key_changed: bool = False

    @property
    def reconnect(self) -> bool:
        """True when the station must reconnect: another key, address or e-commerce."""
        return self.key_changed or self.merchant_key_changed or any(
            getattr(self.old, name) != getattr(self.new, name) for name in CONNECTION_FIELDS)


@dataclass(frozen=True)
class SettingsNotSaved:
    """A save failed: nothing changed; ``error`` says why in the operator's words."""

    changes: list[SettingChange]
    error: SettingsError


class SettingsStore:
    """``settings.json`` and the settings in force. Thread-unsafe by design: the window and
    each CLI command use it from their one event loop."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_path()
        self.saved: Signal[SettingsSaved] = Signal("settings.saved")
        self.save_failed: Signal[SettingsNotSaved] = Signal("settings.save_failed")
        # Built when asked, not when read: the file is read before the window installs the
        # language its settings name, and the warning is shown in that language.
        self._load_problem: Callable[[], LocalDataError] | None = None
        self._stored = self._read()
        self._current = apply_env(self._stored)

    @property
    def load_problem(self) -> LocalDataError | None:
        """What was wrong with the file when it was read (a setting reset, or all of them),
        in the operator's words and language: StationCore makes it one of its warnings."""
        return self._load_problem() if self._load_problem is not None else None

    @load_problem.setter
    def load_problem(self, problem: LocalDataError | None) -> None:
        self._load_problem = None if problem is None else (lambda: problem)

    @property
    def current(self) -> StationSettings:
        """The settings in force now: the file's, with this run's environment applied."""
        return self._current

    @property
    def stored(self) -> StationSettings:
        """The settings as the file holds them (no environment override)."""
        return self._stored

    def update(self, *, _keep_unsaved: bool = False, **fields: Any) -> SettingsSaved:
        """Save the stored settings with ``fields`` replaced (validated), e.g.
        ``store.update(operator_name="Ana")``; see :meth:`save`."""
        stored = StationSettings.model_validate(self._stored.model_dump() | {
            name: value.model_dump() if hasattr(value, "model_dump") else value
            for name, value in fields.items()})
        return self.save(stored, keep_unsaved=_keep_unsaved)

    def save(self, stored: StationSettings, *, api_key: str | None = None,
             key_changed: bool = False, keep_unsaved: bool = False,
             merchant_key: str | None = None) -> SettingsSaved:
        """Write ``stored`` as the file's settings and tell every subscriber; raises
        :class:`SettingsError` (after telling ``save_failed``) when the file cannot be
        written. ``api_key``: a new key, stored first in the OS credential store for
        ``stored.api_url`` (never in the file); ``key_changed``: the key was changed
        elsewhere. ``merchant_key``: the merchant platform's new key, stored the same way
        for ``stored.merchant_url``.
        ``keep_unsaved``: if the file cannot be written, the change holds for this run
        all the same (an operator's sign-in): ``saved`` tells it (``persisted`` False), then
        ``save_failed``, then the error is raised."""
        stored = StationSettings.model_validate(stored.model_dump())  # a private copy
        key_changed = key_changed or bool(api_key)
        changes = setting_changes(self._stored, stored, key_changed=key_changed,
                                  merchant_key_changed=bool(merchant_key))
        try:
            if api_key:
                save_api_key(stored.api_url, api_key)
            if merchant_key:
                save_merchant_key(stored.merchant_url, merchant_key)
            self._write(stored)
        except SettingsError as exc:
            log.warning("settings not saved: %s", exc)
            if keep_unsaved:
                self._apply(stored, changes, key_changed, persisted=False,
                            merchant_key_changed=bool(merchant_key))
            self.save_failed.emit(SettingsNotSaved(changes, exc))
            raise
        return self._apply(stored, changes, key_changed, persisted=True,
                           merchant_key_changed=bool(merchant_key))

    def _apply(self, stored: StationSettings, changes: list[SettingChange], key_changed: bool,
               *, persisted: bool, merchant_key_changed: bool = False) -> SettingsSaved:
        old = self._current
        self._stored, self._current = stored, apply_env(stored)
        saved = SettingsSaved(old, self._current, changes, key_changed, persisted,
                              merchant_key_changed)
        if persisted:
            log.info("settings saved: %s", ", ".join(c.name for c in changes) or "no change")
        self.saved.emit(saved)
        return saved

    # -- the file -------------------------------------------------------------------------

    def _read(self) -> StationSettings:
        """The file's settings; defaults when it is absent or damaged (a damaged file must
        not stop the station: defaults, and the log says so)."""
        if not self.path.exists():
            return StationSettings()
        try:
            # read_json: a file nested absurdly deep is damaged too (ValueError), not a crash.
            data = read_json(_read_settings_file(self.path))
            return StationSettings.model_validate(data)
        except ValidationError as exc:
            repaired = _repaired(data, exc)
            if repaired is not None:
                return self._keep_the_valid(*repaired)
            self._set_aside(f"damaged ({type(exc).__name__})")
        except NotARegularFile as exc:  # a FIFO, a device: never read, left where it is
            log.warning("settings file %s is not a regular file (%s), using defaults",
                        self.path, exc)
        except OSError as exc:  # not readable (permissions): left where it is
            log.warning("settings file %s unreadable, using defaults: %s", self.path,
                        type(exc).__name__)
        except (ValueError, RecursionError) as exc:
            self._set_aside(f"damaged ({type(exc).__name__})")
        return StationSettings()

    def _set_aside(self, why: str) -> Path | None:
        """Damaged: kept under another name (the next save writes a new file), never lost;
        every setting back to its default, said to the operator."""
        kept, said = self._rename_damaged()
        log.warning("settings file %s %s, using defaults; the damaged file is kept as %s",
                    self.path, why, said)
        self._load_problem = lambda: LocalDataError(
            translate("SettingsStore", "The settings file {file} is damaged and could not be "
                      "read: every setting is back to its default (station name, API address, "
                      "printers). The file as it was is kept as {kept}.").format(
                file=self.path.name, kept=said), path=self.path, kept_as=kept)
        return kept

    def _rename_damaged(self) -> tuple[Path | None, str]:
        try:
            kept = set_aside(self.path)
        except OSError as rename:
            return None, translate("SettingsStore", "{file} (not renamed: {why})").format(
                file=self.path.name, why=rename.strerror or type(rename).__name__)
        return kept, kept.name

    def _keep_the_valid(self, settings: StationSettings, reset: dict[str, str]
                        ) -> StationSettings:
        """One bad part (a printer profile hand-edited to kind "laser") is reset; every
        other setting is kept, and written back so the next start has them too. The file
        as it was is kept beside it, as a damaged one is."""
        kept, said = self._rename_damaged()
        if kept is not None:
            try:
                self._write(settings)
            except SettingsError as exc:
                log.warning("settings repaired but not saved: %s", exc)
        log.warning("settings file %s: reset to defaults: %s; the file as it was is kept "
                    "as %s", self.path, "; ".join(f"{name} ({why})" for name, why in
                                                  reset.items()), said)
        self._load_problem = lambda: LocalDataError(
            self._reset_text(reset, said), path=self.path, kept_as=kept)
        return settings

    def _reset_text(self, reset: dict[str, str], said: str) -> str:
        """The warning for settings reset, in the station's language; the reasons (pydantic's
        words) stay as they are."""
        parts = "; ".join(
            translate("SettingsStore", "the {setting} ({why})").format(
                setting=setting_name(name), why=why) for name, why in reset.items())
        if len(reset) == 1:
            text = translate("SettingsStore", "In the settings file {file}, {parts} could not "
                             "be used and was reset to the default.")
        else:
            text = translate("SettingsStore", "In the settings file {file}, {parts} could not "
                             "be used and were reset to the default.")
        said_all = [text.format(file=self.path.name, parts=parts)]
        if any(name.endswith("_printer") for name in reset):
            said_all.append(translate("SettingsStore", "Choose the printer again (Labels → "
                                      "Label printers…)."))
        said_all.append(translate("SettingsStore", "Every other setting is kept; the file as "
                                  "it was is kept as {kept}.").format(kept=said))
        return " ".join(said_all)

    def _write(self, settings: StationSettings) -> None:
        """Temp file, fsync, rename over the old file, fsync of the folder: after a power
        cut the file holds the old settings or the new ones, whole, never half of each.
        A symlinked settings.json (a roll-out's managed file) is written through and kept:
        replacing the link would cut the station off from the next roll-out."""
        target = Path(os.path.realpath(self.path))
        folder = target.parent
        tmp_name = ""
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, delete=False,
                                             prefix=".settings-", suffix=".tmp") as tmp:
                tmp_name = tmp.name
                tmp.write(settings.model_dump_json(indent=2))
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, target)
            tmp_name = ""
            _fsync_folder(folder)
        except OSError as exc:
            raise SettingsError(
                f"Could not save the settings ({exc.strerror or type(exc).__name__}).") from exc
        finally:
            if tmp_name:  # never a half-written temp file left beside the settings
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)


#: A top-level setting in the operator's words, for the warning that it was reset.
_SETTING_NAMES = {
    "carrier_printer": QT_TRANSLATE_NOOP("SettingsStore", "carrier-label printer"),
    "intake_printer": QT_TRANSLATE_NOOP("SettingsStore", "intake-label printer"),
    "scan": QT_TRANSLATE_NOOP("SettingsStore", "scan settings"),
    "warehouse_address": QT_TRANSLATE_NOOP("SettingsStore", "warehouse address"),
    "api_url": QT_TRANSLATE_NOOP("SettingsStore", "API address"),
    "storefront_url": QT_TRANSLATE_NOOP("SettingsStore", "Storefront API address"),
    "returns_portal_url": QT_TRANSLATE_NOOP("SettingsStore", "returns page address"),
    "ecommerce_id": QT_TRANSLATE_NOOP("SettingsStore", "e-commerce id"),
}


def setting_name(name: str) -> str:
    """A top-level setting in the operator's words and language (its field name, spaced,
    for one not in the table)."""
    known = _SETTING_NAMES.get(name)
    return translate("SettingsStore", known) if known else name.replace("_", " ")


def _repaired(data: object, error: ValidationError
              ) -> tuple[StationSettings, dict[str, str]] | None:
    """The file's settings with each top-level setting that does not validate (a printer
    profile, the scan settings...) dropped to its default; with them, why each was reset.
    None when the file is not settings at all (not an object)."""
    data = one_printer_for_both(data)
    if not isinstance(data, dict):
        return None
    data = dict(data)
    reset: dict[str, str] = {}
    for _ in range(len(StationSettings.model_fields)):
        bad: dict[str, str] = {}
        for problem in error.errors():
            loc = problem["loc"]
            if not loc or loc[0] not in StationSettings.model_fields:
                return None
            bad.setdefault(str(loc[0]), _why(loc[1:], problem["input"]))
        for name, why in bad.items():
            data.pop(name, None)
            reset.setdefault(name, why)
        try:
            return StationSettings.model_validate(data), reset
        except ValidationError as exc:
            error = exc
    return None


def _why(where: tuple[int | str, ...], value: object) -> str:
    """``kind 'laser'``: the field and the value that were refused, shortened."""
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:39] + "…"
    return f"{'.'.join(str(part) for part in where)} {shown}".strip()


#: Far beyond any real settings file (a few kB): a bigger one is damaged, never read whole.
MAX_SETTINGS_BYTES = 1 << 20


class NotARegularFile(OSError):
    pass


def _read_settings_file(path: Path) -> str:
    """The file's text, read without waiting and at most :data:`MAX_SETTINGS_BYTES`: a FIFO
    in its place would block the start for ever (O_NONBLOCK opens it at once, and fstat
    refuses it), a huge file would be read whole into memory. Too big or not UTF-8 is
    ValueError (damaged); not a regular file is :class:`NotARegularFile`."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as file:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a FIFO" if stat.S_ISFIFO(mode) else "a device or a socket"
            raise NotARegularFile(kind)
        data = file.read(MAX_SETTINGS_BYTES + 1)
    if len(data) > MAX_SETTINGS_BYTES:
        raise ValueError(f"larger than {MAX_SETTINGS_BYTES} bytes")
    return data.decode("utf-8")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable. Windows cannot open a folder: its rename is
    journaled by NTFS, so there is nothing to do there."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def load_settings() -> StationSettings:
    """The settings in force, read once (for a command that only reads them)."""
    return SettingsStore().current
