"""Station settings: the pydantic model, where the station's files live, the environment
overrides, and the API key. The key is never in the settings file: it lives in the OS
credential store (keyring) or in ``REVDESK_API_KEY``. The file itself has one owner,
:class:`revdesk.settings_store.SettingsStore`: nothing else reads or writes it.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator

from revdesk.api.models import Address
from revdesk.api.transport import check_api_key, key_problem
from revdesk.i18n import translate

log = logging.getLogger(__name__)

APP_NAME = "revdesk"
KEYRING_SERVICE = "revdesk"
ENV_API_URL = "REVDESK_API_URL"
ENV_STOREFRONT_URL = "REVDESK_STOREFRONT_URL"
ENV_API_KEY = "REVDESK_API_KEY"
ENV_MERCHANT_URL = "REVDESK_MERCHANT_URL"
ENV_RETURNS_PORTAL_URL = "REVDESK_RETURNS_PORTAL_URL"
ENV_MERCHANT_KEY = "REVDESK_MERCHANT_KEY"
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
    #: After a scan under CANCELED or ERROR (domain/scanning.ONE_SCAN_ACTIONS): go back to
    #: the default action ("one_scan"), or keep it and ask before each scan ("confirm").
    #: Left on, either would go on cancelling every parcel that follows.
    risky_actions: Literal["one_scan", "confirm"] = "one_scan"

    @field_validator("id_pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            re.compile(v)
        except re.error as exc:
            raise ValueError(f"the id pattern is not a valid regular expression: {exc}") from None
        if _repeats_a_repetition(v):
            # Every scan is matched against it: "(a+)+" takes hours on 40 letters and a "!",
            # the window frozen meanwhile (a settings file is imported from elsewhere).
            raise ValueError("the id pattern repeats a repetition without bound, as in "
                             "(a+)+: one scan could take hours to check. Write it without "
                             "the nested + or *")
        return v


def _repeats_a_repetition(pattern: str) -> bool:
    """True when an unbounded repetition holds another one (``(a+)+``, ``(\\d*x?)*``): the
    shape whose backtracking grows exponentially with the text."""
    import re._parser as sre  # type: ignore[import-not-found,unused-ignore]

    repeats = {sre.MAX_REPEAT, sre.MIN_REPEAT}
    if hasattr(sre, "POSSESSIVE_REPEAT"):
        repeats.add(sre.POSSESSIVE_REPEAT)

    def nested(items: Any, inside: bool) -> bool:
        for op, av in items:
            if op in repeats:
                unbounded = av[1] == sre.MAXREPEAT
                if (unbounded and inside) or nested(av[2], inside or unbounded):
                    return True
            elif op is sre.SUBPATTERN and nested(av[3], inside):
                return True
            elif op is sre.BRANCH and any(nested(b, inside) for b in av[1]):
                return True
            elif op in (sre.ASSERT, sre.ASSERT_NOT) and nested(av[1], inside):
                return True
            elif op is sre.GROUPREF_EXISTS and any(
                    nested(b, inside) for b in av[1:] if b is not None):
                return True
            elif getattr(sre, "ATOMIC_GROUP", None) is op and nested(av, inside):
                return True
        return False

    return nested(sre.parse(pattern), False)


#: What a printer profile prints on: an OS/CUPS printer by name, PDF files in a folder, or a
#: ZPL label printer on the network (``host:port``) or behind a raw CUPS queue.
PrinterKind = Literal["system", "folder", "zpl"]
#: The two printer roles of a station: the carrier's label and our intake label.
PrinterRole = Literal["carrier", "intake"]
PRINTER_ROLES: tuple[PrinterRole, ...] = ("carrier", "intake")


class PrinterSettings(BaseModel):
    """One printer profile: where a label goes, on what stock, at what resolution."""

    model_config = ConfigDict(extra="ignore")

    kind: PrinterKind = "system"
    name: str = ""  # system: the OS printer's name; empty: none chosen yet
    folder: str = ""  # folder: where the PDFs are written
    #: zpl: ``host[:port]`` of a network label printer, or ``cups:QUEUE`` for a raw queue.
    zpl_address: str = ""
    label_size: Literal["4x6", "A6", "custom"] = "4x6"
    custom_width_mm: float = Field(default=101.6, gt=10, le=400)
    custom_height_mm: float = Field(default=152.4, gt=10, le=600)
    dpi: Literal[203, 300] = 203

    @property
    def chosen(self) -> bool:
        """Whether the profile says where to print (a fresh station's does not)."""
        return bool({"system": self.name, "folder": self.folder,
                     "zpl": self.zpl_address}[self.kind].strip())

    def describe(self) -> str:
        """The printer in an operator's words, for messages ("Zebra-1", "the folder /x")."""
        if not self.chosen:
            return translate("PrinterSettings", "no printer chosen")
        if self.kind == "folder":
            return translate("PrinterSettings", "the folder {folder}").format(folder=self.folder)
        if self.kind == "zpl":
            return translate("PrinterSettings", "the ZPL printer {address}").format(
                address=self.zpl_address)
        return self.name


def one_printer_for_both(data: object) -> object:
    """A settings file from before the two roles had one ``printer``: it becomes both
    profiles, so a station keeps printing where it did."""
    if isinstance(data, dict) and isinstance(data.get("printer"), dict):
        data = dict(data)
        old = data.pop("printer")
        for role in PRINTER_ROLES:
            data.setdefault(f"{role}_printer", old)
    return data


class ReversioAccount(BaseModel):
    """One Revers.io account: a name the rows show, and the base URL that ``/token`` and
    ``/orders`` hang from. Its subscription key and secret are in the credential store under
    that URL (or the environment), never here."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(default="Revers.io", max_length=60)
    url: str = ""


#: More REVER accounts one station holds at most: a desk serves a few merchants, and a read
#: of a return no account is known to own asks each of them at once.
MAX_ACCOUNTS = 30


class ReverAccount(BaseModel):
    """One more REVER account at a station that works for several merchants (a 3PL desk):
    a name the rows show, and the e-commerce (or group) its key is for. ``api_url`` empty:
    an e-commerce of the built-in sandbox (only beside a sandbox main account). Its key is in
    the credential store under the address and e-commerce (:func:`load_account_key`), or in
    ``REVDESK_API_KEY__<NAME>``; never here."""

    model_config = ConfigDict(extra="ignore")

    name: str = Field(default="", max_length=40)
    api_url: str = ""
    ecommerce_id: str = ""
    ecommerce_group: str = ""

    @field_validator("name")
    @classmethod
    def _printable(cls, v: str) -> str:
        v = v.strip()
        if not v or not v.isprintable():
            raise ValueError("an account needs a name of printable characters")
        return v


class StationSettings(BaseModel):
    """Everything a warehouse lead configures for one station (the key excepted)."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    api_url: str = ""
    #: The REVER Storefront API's base URL: an order number the list does not know is
    #: looked up there. Empty: not used (the built-in sandbox serves it anyway).
    storefront_url: str = ""
    #: The merchant's own platform (seed 004, ``GET /rever/orders/{id}``): what a parcel
    #: should hold. Empty: not used (the built-in sandbox serves it anyway). Its key, like
    #: the API key, lives in the credential store or ``REVDESK_MERCHANT_KEY``.
    merchant_url: str = ""
    #: [assumed] The merchant's returns page where a walk-in customer finishes a return
    #: started at the desk: no document gives one. The slip's QR code is this address with
    #: the return id and the customer's token (``api/routes.py`` ``PORTAL_*``). Empty: the
    #: code carries the return id and token alone and the slip says what to do.
    returns_portal_url: str = ""
    ecommerce_id: str = ""
    ecommerce_group: str = ""
    station_name: str = "STATION-1"
    operator_name: str = ""
    sounds: bool = True
    #: The window's language: a code of ``revdesk.i18n.LANGUAGES``; empty follows the computer.
    language: str = ""
    #: When a shift starts, for its count: at midnight ("day") or when an operator signs in
    #: ("sign_in": a night shift crosses midnight). See ``domain/shift.py``.
    shift_starts: Literal["day", "sign_in"] = "day"
    scan: ScanSettings = Field(default_factory=ScanSettings)
    #: The carrier's label and our intake label print on printers chosen apart (a laser
    #: for one, a Zebra for the other, or a folder of PDFs on a station with none).
    carrier_printer: PrinterSettings = Field(default_factory=PrinterSettings)
    intake_printer: PrinterSettings = Field(default_factory=PrinterSettings)
    #: Print the intake label by itself after a confirmed IN_WAREHOUSE scan.
    auto_intake_label: bool = False
    warehouse_address: Address = Field(default_factory=Address)
    #: Revers.io accounts beside the REVER one (section "Revers.io accounts" below).
    reversio_accounts: list[ReversioAccount] = []
    #: How the rows name the main REVER account (``api_url``, ``ecommerce_id``) when the
    #: station holds more (``rever_accounts``); empty: its e-commerce id.
    account_name: str = Field(default="", max_length=40)
    #: More REVER accounts beside the main one: their returns are listed and scanned with
    #: the main one's, each row naming its account (section "More REVER accounts" below).
    rever_accounts: list[ReverAccount] = Field(default_factory=list, max_length=MAX_ACCOUNTS)

    @model_validator(mode="before")
    @classmethod
    def _one_printer_for_both(cls, data: object) -> object:
        return one_printer_for_both(data)

    def printer_for(self, role: PrinterRole) -> PrinterSettings:
        """The profile of ``role``."""
        return self.carrier_printer if role == "carrier" else self.intake_printer


def main_account_name(settings: StationSettings) -> str:
    """How the rows name the main REVER account."""
    return (settings.account_name.strip() or settings.ecommerce_id or settings.ecommerce_group
            or ("acme" if not settings.api_url else "REVER"))


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


def apply_env(settings: StationSettings) -> StationSettings:
    """The settings with this run's environment overrides (a roll-out's URL, a test's
    e-commerce) applied; never written back to the file."""
    updates = {}
    if url := os.environ.get(ENV_API_URL, "").strip():
        updates["api_url"] = url
    if storefront := os.environ.get(ENV_STOREFRONT_URL, "").strip():
        updates["storefront_url"] = storefront
    if merchant := os.environ.get(ENV_MERCHANT_URL, "").strip():
        updates["merchant_url"] = merchant
    if portal := os.environ.get(ENV_RETURNS_PORTAL_URL, "").strip():
        updates["returns_portal_url"] = portal
    if ecommerce := os.environ.get(ENV_ECOMMERCE_ID, "").strip():
        updates["ecommerce_id"] = ecommerce
    return settings.model_copy(update=updates) if updates else settings


# -- the API key ----------------------------------------------------------------------------


class KeyStoreUnavailable(SettingsError):
    pass


#: The credential store failures already warned of: a machine without one fails every
#: look-up the same way, and saying it at each (the window looks keys up often) is noise.
_WARNED_UNAVAILABLE: set[str] = set()


def _store_unavailable(exc: Exception) -> None:
    """A key look-up found no usable credential store: warned once per process and kind of
    failure, debug after that."""
    kind = type(exc).__name__
    if kind in _WARNED_UNAVAILABLE:
        log.debug("credential store not available: %s", kind)
        return
    _WARNED_UNAVAILABLE.add(kind)
    log.warning("credential store not available: %s", kind)


def _load_secret(env_name: str, user: str) -> SecretStr | None:
    """``env_name`` if set, else what the OS keyring holds under ``user`` (empty: no address
    to look it up by). Every key, secret and subscription key of the station is read here:
    checked like an API key (its message names where it came from, never the value), and
    never from a file."""
    if env := os.environ.get(env_name, "").strip():
        return SecretStr(check_api_key(env, env_name))
    if not user:
        return None
    try:
        import keyring

        stored = keyring.get_password(KEYRING_SERVICE, user)
    except Exception as exc:  # any backend failure means "no stored key", never a crash
        _store_unavailable(exc)
        return None
    if stored and stored.strip():
        return SecretStr(check_api_key(stored.strip(), translate("Config", "the credential store")))
    return None


def _store_secrets(secrets: dict[str, str], unavailable: str) -> None:
    """Write each keyring user's value; no store raises KeyStoreUnavailable(``unavailable``)
    rather than falling back to a file."""
    try:
        import keyring

        for user, value in secrets.items():
            keyring.set_password(KEYRING_SERVICE, user, value)
    except Exception as exc:
        raise KeyStoreUnavailable(unavailable) from exc


def _keyring_user(api_url: str) -> str:
    return f"api-key:{api_url.rstrip('/')}"


def load_api_key(api_url: str) -> SecretStr | None:
    """``REVDESK_API_KEY`` if set, else the key stored for this API URL in the OS keyring.
    A key with a control or non-ASCII character in it raises NotConfigured (its message
    says where the key came from, never the key)."""
    return _load_secret(ENV_API_KEY, _keyring_user(api_url) if api_url else "")


def save_api_key(api_url: str, key: str) -> None:
    """Store the key in the OS credential store; refuse rather than fall back to a file.
    A key no request could carry (:func:`key_problem`) is refused before it is stored."""
    if why := key_problem(key):
        raise SettingsError(translate(
            "Config", "The API key has {why} in it, so it cannot be a REVER key. Paste the key "
            "again, without anything around it. Nothing was saved.").format(why=why))
    _store_secrets({_keyring_user(api_url): key}, translate(
        "Config", "This computer has no secure credential store, so the key was not saved. "
        "Set {env} in the station's environment instead.").format(env=ENV_API_KEY))

# -- more REVER accounts --------------------------------------------------------------------

#: ``REVDESK_API_KEY__`` + the account's name in capitals, other characters as ``_``: the
#: key of one more account for a station without a credential store (a script, a container).
ENV_ACCOUNT_KEY_PREFIX = "REVDESK_API_KEY__"


def account_env_name(name: str) -> str:
    """The environment variable that holds the key of the account called ``name``."""
    return ENV_ACCOUNT_KEY_PREFIX + re.sub(r"[^A-Z0-9]", "_", name.upper())


def normal_url(url: str) -> str:
    """``url`` as one address whatever its spelling: scheme and host in small letters, a
    default port and a final slash dropped ("HTTPS://REVER.EXAMPLE:443/" is
    "https://rever.example")."""
    from urllib.parse import urlsplit, urlunsplit

    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return text.rstrip("/")
    scheme, host = parts.scheme.lower(), (parts.hostname or "")
    if ":" in host:
        host = f"[{host}]"
    if port is not None and (scheme, port) not in (("https", 443), ("http", 80)):
        host = f"{host}:{port}"
    return urlunsplit((scheme, host, parts.path.rstrip("/"), parts.query, ""))


def account_ident(api_url: str, ecommerce_id: str, group: str) -> str:
    """What one REVER account is: its address (however written) and its e-commerce and
    group, each quoted so that no text of one can pass for another ("a#" + "b" is not
    "a" + "#b"). Two accounts with one ident are one merchant's."""
    from urllib.parse import quote

    return (f"{normal_url(api_url) if api_url else ''}#{quote(ecommerce_id, safe='')}"
            f"#{quote(group, safe='')}")


def _account_user(account: ReverAccount) -> str:
    # One REVER address serves many merchants, each with its own key: the key is stored
    # under the address and the e-commerce (or group) together.
    return "api-key:" + account_ident(account.api_url, account.ecommerce_id,
                                      account.ecommerce_group)


def load_account_key(account: ReverAccount) -> SecretStr | None:
    """The key of one more REVER account: ``REVDESK_API_KEY__<NAME>`` if set, else what the
    OS keyring holds for its address and e-commerce; never from a file."""
    return _load_secret(account_env_name(account.name),
                        _account_user(account) if account.api_url else "")


def save_account_key(account: ReverAccount, key: str) -> None:
    """Store the account's key in the OS credential store; refuse rather than use a file."""
    if why := key_problem(key):
        raise SettingsError(translate(
            "Config", "The API key has {why} in it, so it cannot be a REVER key. Paste the key "
            "again, without anything around it. Nothing was saved.").format(why=why))
    _store_secrets({_account_user(account): key}, translate(
        "Config", "This computer has no secure credential store, so the key was not saved. "
        "Set {env} in the station's environment instead.").format(
            env=account_env_name(account.name)))


def forget_account_key(account: ReverAccount) -> bool:
    """Delete a removed account's key from the OS credential store (a shared PC keeps no
    key of a merchant the desk no longer serves). True only when a stored key was deleted:
    nothing stored, no store, or a store that failed to delete is False (a key in
    ``REVDESK_API_KEY__<NAME>`` is never touched), so nobody is told a key is gone that
    is not."""
    try:
        import keyring

        user = _account_user(account)
        if keyring.get_password(KEYRING_SERVICE, user) is not None:
            keyring.delete_password(KEYRING_SERVICE, user)
            return True
    except Exception as exc:  # a store that cannot delete must not stop the removal
        # Said by the caller ("no stored key was deleted"), not as a raw log line.
        log.info("credential store could not forget an account key: %s",
                    type(exc).__name__)
    return False

# -- the merchant platform's key -----------------------------------------------------------


def _merchant_user(merchant_url: str) -> str:
    return f"merchant-key:{merchant_url.rstrip('/')}"


def load_merchant_key(merchant_url: str) -> SecretStr | None:
    """``REVDESK_MERCHANT_KEY`` if set, else the key stored for this platform's URL in the
    OS keyring; like :func:`load_api_key`, never from a file."""
    return _load_secret(ENV_MERCHANT_KEY, _merchant_user(merchant_url) if merchant_url else "")


def save_merchant_key(merchant_url: str, key: str) -> None:
    """Store the merchant platform's key in the OS credential store, never in a file."""
    if why := key_problem(key):
        raise SettingsError(translate(
            "Config", "The merchant key has {why} in it. Paste the key again, without anything "
            "around it. Nothing was saved.").format(why=why))
    _store_secrets({_merchant_user(merchant_url): key}, translate(
        "Config", "This computer has no secure credential store, so the merchant key was not "
        "saved. Set {env} in the station's environment instead.").format(env=ENV_MERCHANT_KEY))

# -- Revers.io accounts ----------------------------------------------------------------------

ENV_REVERSIO_URL = "REVDESK_REVERSIO_URL"
ENV_REVERSIO_SUBSCRIPTION_KEY = "REVDESK_REVERSIO_SUBSCRIPTION_KEY"
ENV_REVERSIO_SECRET = "REVDESK_REVERSIO_SECRET"
#: The name of the account ``REVDESK_REVERSIO_URL`` gives, when no saved account has that URL.
ENV_REVERSIO_ACCOUNT = "Revers.io"


def reversio_accounts(settings: StationSettings) -> list[ReversioAccount]:
    """The station's Revers.io accounts: the saved ones, and ``REVDESK_REVERSIO_URL``'s
    first (a saved account with that URL keeps its name). Empty: none configured, and the
    built-in sandbox serves Revers.io."""
    accounts = [a for a in settings.reversio_accounts if a.url.strip()]
    if env := os.environ.get(ENV_REVERSIO_URL, "").strip():
        same = [a for a in accounts if a.url.rstrip("/") == env.rstrip("/")]
        first = same[0] if same else ReversioAccount(name=ENV_REVERSIO_ACCOUNT, url=env)
        accounts = [first, *[a for a in accounts if a is not first]]
    return accounts


def reversio_configured(settings: StationSettings) -> bool:
    """Whether anything names a Revers.io account or credential (else: the sandbox)."""
    return bool(reversio_accounts(settings)) or any(
        os.environ.get(name, "").strip()
        for name in (ENV_REVERSIO_SUBSCRIPTION_KEY, ENV_REVERSIO_SECRET))


def _reversio_user(url: str, what: str) -> str:
    return f"reversio-{what}:{url.rstrip('/')}"


def load_reversio_secrets(url: str) -> tuple[SecretStr | None, SecretStr | None]:
    """(subscription key, secret) of the account at ``url``: each from its environment
    variable if set, else from the OS keyring under that URL; never from a file."""
    return (_load_secret(ENV_REVERSIO_SUBSCRIPTION_KEY,
                         _reversio_user(url, "subscription") if url else ""),
            _load_secret(ENV_REVERSIO_SECRET, _reversio_user(url, "secret") if url else ""))


def save_reversio_secrets(url: str, subscription_key: str, secret: str) -> None:
    """Store both in the OS credential store under ``url``; refuse rather than use a file."""
    for value, what in ((subscription_key, translate("Config", "subscription key")),
                        (secret, translate("Config", "secret"))):
        if why := key_problem(value):
            raise SettingsError(translate(
                "Config", "The Revers.io {what} has {why} in it. Paste it again, without "
                "anything around it. Nothing was saved.").format(what=what, why=why))
    _store_secrets(
        {_reversio_user(url, "subscription"): subscription_key,
         _reversio_user(url, "secret"): secret},
        translate("Config", "This computer has no secure credential store, so the Revers.io "
                  "key and secret were not saved. Set {key_env} and {secret_env} in the "
                  "station's environment instead.").format(
            key_env=ENV_REVERSIO_SUBSCRIPTION_KEY, secret_env=ENV_REVERSIO_SECRET))

def forget_reversio_secrets(url: str) -> None:
    """Delete the account's key and secret from the OS credential store: a removed account
    leaves nothing behind on a shared PC. Nothing stored, or no store: nothing to do."""
    try:
        import keyring

        for what in ("subscription", "secret"):
            user = _reversio_user(url, what)
            if keyring.get_password(KEYRING_SERVICE, user) is not None:
                keyring.delete_password(KEYRING_SERVICE, user)
    except Exception as exc:  # a store that cannot delete must not stop the removal
        log.warning("credential store could not forget a Revers.io secret: %s",
                    type(exc).__name__)
