"""Setting up more REVER accounts at one station (issue 17, D: a 3PL desk, one key per
merchant): what Settings → "More REVER accounts…" and ``revdesk accounts`` both check,
show and save. Qt-free, so the dialog and the command refuse the same things in the same
words.

The rule the core applies, checked here before anything is saved: beside a main account
on the built-in sandbox (no API address, no key) each more account is an e-commerce of the
sandbox, with no address and no key; beside a real main account each needs an address
(https, or http to this computer, as the main one) and a key, stored in the credential
store or in ``REVDESK_API_KEY__<NAME>``. A key is only ever handed to
:func:`config.save_account_key`: never the settings file, never a log, never a message.
"""

from __future__ import annotations

import enum
import os
from dataclasses import dataclass

from pydantic import ValidationError

from revdesk.api import errors
from revdesk.api.transport import check_url
from revdesk.config import (
    ENV_API_KEY,
    MAX_ACCOUNTS,
    ReverAccount,
    StationSettings,
    account_env_name,
    account_ident,
    forget_account_key,
    load_account_key,
    main_account_name,
    save_account_key,
)
from revdesk.i18n import translate
from revdesk.settings_store import KeySource, SettingsStore, api_key_source

#: As ``config.ReverAccount.name`` allows.
MAX_NAME = 40


class AccountProblem(Exception):
    """The account cannot be saved as given; the message is for the lead, never a key."""


class KeyState(enum.Enum):
    """Where an account's key would come from, never the key."""

    STORED = "stored"
    ENVIRONMENT = "environment"
    MISSING = "missing"
    NOT_NEEDED = "not needed"

    def words(self) -> str:
        return {KeyState.STORED: translate("ReverAccounts", "stored"),
                KeyState.ENVIRONMENT: translate("ReverAccounts", "from the environment"),
                KeyState.MISSING: translate("ReverAccounts", "MISSING"),
                KeyState.NOT_NEEDED: translate("ReverAccounts", "not needed")}[self]


@dataclass(frozen=True)
class AccountRow:
    """One account as the list shows it (the main one first)."""

    name: str
    api_url: str  # empty: the built-in sandbox
    ecommerce_id: str
    ecommerce_group: str
    key: KeyState
    main: bool = False

    @property
    def address(self) -> str:
        return self.api_url or translate("ReverAccounts", "built-in sandbox")

    @property
    def ecommerce(self) -> str:
        if self.ecommerce_id and self.ecommerce_group:
            return f"{self.ecommerce_id} / {self.ecommerce_group}"
        return self.ecommerce_id or self.ecommerce_group


def main_is_sandbox(settings: StationSettings) -> bool:
    """Whether the main account is the built-in sandbox: no API address and no API key
    (``settings`` as in force, the environment's overrides applied)."""
    return not settings.api_url.strip() and not os.environ.get(ENV_API_KEY, "").strip()


def key_state(account: ReverAccount) -> KeyState:
    """Where the key of ``account`` would come from. An account of the built-in sandbox
    needs none. A stored key no request could carry still counts as stored (the core says
    what is wrong with it)."""
    if not account.api_url:
        return KeyState.NOT_NEEDED
    if os.environ.get(account_env_name(account.name), "").strip():
        return KeyState.ENVIRONMENT
    try:
        found = load_account_key(account)
    except errors.ApiError:
        return KeyState.STORED
    return KeyState.STORED if found is not None else KeyState.MISSING


def _main_key_state(settings: StationSettings) -> KeyState:
    if main_is_sandbox(settings):
        return KeyState.NOT_NEEDED
    return {KeySource.STORED: KeyState.STORED, KeySource.ENVIRONMENT: KeyState.ENVIRONMENT,
            KeySource.NONE: KeyState.MISSING}[api_key_source(settings.api_url)]


def account_rows(settings: StationSettings) -> list[AccountRow]:
    """The main account, then the others, as a list shows them."""
    main = AccountRow(main_account_name(settings), settings.api_url,
                      settings.ecommerce_id or ("acme" if main_is_sandbox(settings) else ""),
                      settings.ecommerce_group, _main_key_state(settings), main=True)
    return [main, *(AccountRow(a.name, a.api_url, a.ecommerce_id, a.ecommerce_group,
                               key_state(a)) for a in settings.rever_accounts)]


def _same_name(a: str, b: str) -> bool:
    # Two names one environment variable stands for ("Shop A", "shop-a") are one name.
    return account_env_name(a) == account_env_name(b)


def _ident(account: ReverAccount) -> str:
    return account_ident(account.api_url, account.ecommerce_id, account.ecommerce_group)


def main_ident(settings: StationSettings) -> str:
    """What the main account is, as the core opens it (``settings`` in force): on the
    built-in sandbox no address, and the e-commerce ``acme`` when none is set."""
    if main_is_sandbox(settings):
        return account_ident("", settings.ecommerce_id or "acme", "")
    return account_ident(settings.api_url, settings.ecommerce_id, settings.ecommerce_group)


def secret_in_address(url: str) -> bool:
    """Whether ``url`` carries a user or password (``user:pass@``), a query (``?…``) or
    a fragment (``#…``): an account's address sits in the settings file, every export and
    ``accounts list``, so it is never a place for a secret."""
    from urllib.parse import urlsplit

    text = url.strip()
    try:
        netloc = urlsplit(text).netloc
    except ValueError:
        netloc = text
    return "@" in netloc or "?" in text or "#" in text


def checked_account(settings: StationSettings, *, name: str, api_url: str, ecommerce_id: str,
                    ecommerce_group: str, key_typed: bool) -> ReverAccount:
    """The account as typed, checked against ``settings`` (in force): raises
    :class:`AccountProblem` saying what to fix. An account of the same name is replaced by
    it (Add or replace); ``key_typed``: a key comes with it, to be stored."""
    name = name.strip()
    if not name or not name.isprintable() or len(name) > MAX_NAME:
        raise AccountProblem(translate(
            "ReverAccounts", "Give the account a name of up to {limit} printable characters. "
            "Nothing was saved.").format(limit=MAX_NAME))
    main = main_account_name(settings)
    if _same_name(name, main):
        raise AccountProblem(translate(
            "ReverAccounts", "“{name}” is the main account's name in the list: give this "
            "account another one. Nothing was saved.").format(name=name))
    for other in settings.rever_accounts:
        if other.name != name and _same_name(other.name, name):
            raise AccountProblem(translate(
                "ReverAccounts", "“{name}” is too like the account “{other}”: both would "
                "read their key from {env}. Choose another name, or type “{other}” to "
                "replace it. Nothing was saved.").format(
                    name=name, other=other.name, env=account_env_name(name)))
    ecommerce_id, ecommerce_group = ecommerce_id.strip(), ecommerce_group.strip()
    if not ecommerce_id and not ecommerce_group:
        raise AccountProblem(translate(
            "ReverAccounts", "Give the account's e-commerce id or its group: its returns are "
            "those of that e-commerce. Nothing was saved."))
    if any(not text.isprintable() for text in (ecommerce_id, ecommerce_group)):
        raise AccountProblem(translate(
            "ReverAccounts", "The e-commerce id and group take printable characters only. "
            "Nothing was saved."))
    api_url = api_url.strip()
    sandbox = main_is_sandbox(settings)
    if sandbox and api_url:
        raise AccountProblem(translate(
            "ReverAccounts", "The main account is the built-in sandbox: more accounts are its "
            "e-commerces, with no address. Leave the address empty, or set the main "
            "account's API address and key first. Nothing was saved."))
    if sandbox and key_typed:
        raise AccountProblem(translate(
            "ReverAccounts", "An e-commerce of the built-in sandbox needs no key: leave the "
            "key empty. Nothing was saved."))
    if not sandbox and not api_url:
        raise AccountProblem(translate(
            "ReverAccounts", "Give the account's REVER API address (https://…): the main "
            "account is not the sandbox. Nothing was saved."))
    if api_url and secret_in_address(api_url):
        raise AccountProblem(translate(
            "ReverAccounts", "The account's address has a user name, a password, a “?…” or a "
            "“#…” in it: an address is never a place for a secret (the key goes in its own "
            "field). Give the address alone. Nothing was saved."))
    if api_url:
        try:
            api_url = check_url(api_url)
        except errors.ApiError as exc:
            raise AccountProblem(translate(
                "ReverAccounts", "The account's address cannot be used: {why}").format(
                    why=_address_problem(exc))) from None
    try:
        account = ReverAccount(name=name, api_url=api_url, ecommerce_id=ecommerce_id,
                               ecommerce_group=ecommerce_group)
    except ValidationError as exc:
        raise AccountProblem(str(exc.errors()[0]["msg"])) from None
    # One merchant at one address (however written) is one account: the core would leave
    # the second unused, each of its returns already the first one's.
    ident = _ident(account)
    if ident == main_ident(settings):
        raise AccountProblem(translate(
            "ReverAccounts", "“{name}” is the same e-commerce as the main account “{other}” "
            "at the same address: it needs no account of its own. Nothing was saved.").format(
                name=name, other=main))
    for other in settings.rever_accounts:
        if other.name != name and _ident(other) == ident:
            raise AccountProblem(translate(
                "ReverAccounts", "“{name}” is the same e-commerce as “{other}” at the same "
                "address: type “{other}” to replace that account. Nothing was saved.").format(
                    name=name, other=other.name))
    if (all(other.name != name for other in settings.rever_accounts)
            and len(settings.rever_accounts) >= MAX_ACCOUNTS):
        raise AccountProblem(translate(
            "ReverAccounts", "The station holds {limit} more accounts, the most it can: remove "
            "one first. Nothing was saved.").format(limit=MAX_ACCOUNTS))
    if api_url and not key_typed and key_state(account) is KeyState.MISSING:
        raise AccountProblem(translate(
            "ReverAccounts", "No key is stored for this account, and {env} is not set: type "
            "its API key. Nothing was saved.").format(env=account_env_name(name)))
    return account


def _address_problem(exc: errors.ApiError) -> str:
    if isinstance(exc, errors.InvalidAddress):
        return translate("ReverAccounts", "it is not a valid address. Nothing was saved.")
    return translate("ReverAccounts", "it must start with https:// (plain http is only for "
                     "this computer). Nothing was saved.")


def add_account(store: SettingsStore, account: ReverAccount, key: str | None) -> bool:
    """Save ``account`` (one of the same name replaced) and its ``key``, the key first
    (no credential store: :class:`config.SettingsError` saying which variable to set, and
    nothing saved). True when an account was replaced. A replaced account's old key is
    forgotten when its address or e-commerce changed and no other account uses it."""
    if key:
        save_account_key(account, key)
    stored = store.stored.rever_accounts
    old = next((a for a in stored if a.name == account.name), None)
    kept = [account if a.name == account.name else a for a in stored]
    if old is None:
        kept.append(account)
    store.update(rever_accounts=kept)
    if old is not None and not _same_key(old, account) and not any(
            _same_key(old, a) for a in kept):
        forget_account_key(old)
    return old is not None


@dataclass(frozen=True)
class Removed:
    """An account removed, and what became of its key."""

    account: ReverAccount
    #: A key stored for it was deleted from the credential store.
    key_forgotten: bool
    #: Its key variable (``REVDESK_API_KEY__<NAME>``) is set: only whoever set it can
    #: unset it.
    key_in_environment: bool


def remove_account(store: SettingsStore, name: str) -> Removed | None:
    """Remove the account called ``name`` and forget its stored key (unless another
    account has the same address and e-commerce, so the same key); None if there is none."""
    stored = store.stored.rever_accounts
    gone = next((a for a in stored if a.name == name), None)
    if gone is None:
        return None
    kept = [a for a in stored if a is not gone]
    store.update(rever_accounts=kept)
    forgotten = False
    if gone.api_url and not any(_same_key(gone, a) for a in kept):
        forgotten = forget_account_key(gone)
    return Removed(gone, forgotten, bool(gone.api_url) and bool(
        os.environ.get(account_env_name(gone.name), "").strip()))


def _same_key(a: ReverAccount, b: ReverAccount) -> bool:
    # config._account_user: the key is stored under the account's ident (the address
    # however written, and the e-commerce): "HTTPS://A.EXAMPLE/" keeps a.example's key.
    return _ident(a) == _ident(b)


def accounts_problem(settings: StationSettings) -> str:
    """Why the main account (``settings`` in force) and the more accounts do not go
    together, in the lead's words; "" when they do. Settings says it before saving a main
    account's name, address or key that would leave an account the core cannot use."""
    main = main_account_name(settings)
    for account in settings.rever_accounts:
        if _same_name(account.name, main):
            return translate(
                "ReverAccounts", "The main account would be named “{name}” in the list, as "
                "the account “{other}” is: give the main account another name.").format(
                    name=main, other=account.name)
    own = main_ident(settings)
    for account in settings.rever_accounts:
        if _ident(account) == own:
            return translate(
                "ReverAccounts", "The main account would be the same e-commerce, at the same "
                "address, as the account “{name}”: remove that account (More REVER "
                "accounts…) or give the main account another e-commerce.").format(
                    name=account.name)
    sandbox = main_is_sandbox(settings)
    misfits = [a.name for a in settings.rever_accounts if bool(a.api_url) == sandbox]
    if misfits and sandbox:
        return translate(
            "ReverAccounts", "The accounts {names} have a REVER address: they cannot go with "
            "a main account on the built-in sandbox. Set the API address and key, or remove "
            "them (More REVER accounts…).").format(names=", ".join(misfits))
    if misfits:
        return translate(
            "ReverAccounts", "The accounts {names} are e-commerces of the built-in sandbox: "
            "they cannot go with a main account at a REVER address. Remove them (More REVER "
            "accounts…) and add them with their own address and key.").format(
                names=", ".join(misfits))
    return ""


def every_account_problem(settings: StationSettings) -> str:
    """Why the more accounts of ``settings`` (in force) cannot all be used, in the lead's
    words; "" when they can. What the dialog and ``accounts add`` refuse one account at a
    time (:func:`checked_account`), judged on a whole list: a settings import, which must
    never save what they refuse."""
    if len(settings.rever_accounts) > MAX_ACCOUNTS:
        return too_many_accounts(len(settings.rever_accounts))
    if problem := accounts_problem(settings):
        return problem
    seen: list[ReverAccount] = []
    for account in settings.rever_accounts:
        name = account.name
        if not account.ecommerce_id.strip() and not account.ecommerce_group.strip():
            return translate(
                "ReverAccounts", "The account “{name}” has no e-commerce id or group: its "
                "returns are those of one.").format(name=name)
        if account.api_url and secret_in_address(account.api_url):
            return translate(
                "ReverAccounts", "The address of the account “{name}” has a user name, a "
                "password, a “?…” or a “#…” in it: an address is never a place for a "
                "secret.").format(name=name)
        for other in seen:
            if _same_name(other.name, name):
                return translate(
                    "ReverAccounts", "The accounts “{other}” and “{name}” would both read "
                    "their key from {env}: each account needs a name of its own.").format(
                        other=other.name, name=name, env=account_env_name(name))
            if _ident(other) == _ident(account):
                return translate(
                    "ReverAccounts", "The accounts “{other}” and “{name}” are the same "
                    "e-commerce at the same address: one account is enough.").format(
                        other=other.name, name=name)
        seen.append(account)
    return ""


def too_many_accounts(count: int) -> str:
    """``count`` more accounts, over what a station holds, in the lead's words."""
    return translate(
        "ReverAccounts", "{count} more REVER accounts: a station holds at most {limit} (a "
        "return no account is known to own is asked of each at once).").format(
            count=count, limit=MAX_ACCOUNTS)
