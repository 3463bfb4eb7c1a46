"""Several REVER accounts at one station, given bad input (round 4 attack): each test is a
fault found on core 882652c and fails until it is fixed."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from revdesk.account_setup import AccountProblem, checked_account
from revdesk.api import errors
from revdesk.api.models import Process, ProcessPage
from revdesk.backend import open_backend
from revdesk.config import ENV_API_KEY, ReverAccount, StationSettings, account_env_name
from revdesk.domain.accounts import Account, AccountRouter, OwnerBook
from revdesk.settings_transfer import TransferError, plan_import, read_import

SETTINGS_DOC = {"format": "revdesk-settings", "version": 1}


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


class Pages:
    """One account's Admin client: ``pages`` pages of ``per_page`` returns of its own."""

    def __init__(self, ecommerce: str, *, pages: int = 1, per_page: int = 3,
                 fail: errors.ApiError | None = None, listed: list[Process] | None = None,
                 ) -> None:
        self.ecommerce_id = ecommerce
        self.group = ""
        self.pages, self.per_page, self.fail, self.listed = pages, per_page, fail, listed
        self.sets: list[str] = []

    async def list_processes(self, *, page_token: str = "", **_kw: object) -> ProcessPage:
        if self.fail is not None:
            raise self.fail
        if self.listed is not None:
            return ProcessPage(processes=self.listed)
        i = int(page_token or 0)
        return ProcessPage(
            processes=[Process(process_id=f"{self.ecommerce_id}-{i}-{k}",
                               ecommerce_id=self.ecommerce_id) for k in range(self.per_page)],
            next_page_token=str(i + 1) if i + 1 < self.pages else "")

    async def set_shipping_status(self, process_id: str, status: str) -> None:
        # A key that sees more than its own merchant's returns takes the change.
        self.sets.append(process_id)

    async def aclose(self) -> None:
        return None


# -- keys and names ------------------------------------------------------------------------


def test_two_names_of_one_key_variable_never_share_a_key_from_the_settings_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A settings file (an import, a hand edit) may hold "Shop A" and "shop-a": both read
    REVDESK_API_KEY__SHOP_A, so Shop A's key would go to shop-a's address and merchant.
    The dialog and the CLI refuse such a pair; the core must not open both."""
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setenv(ENV_API_KEY, "main-key-123")
    monkeypatch.setenv(account_env_name("Shop A"), "shop-a-key-456")
    settings = StationSettings(
        api_url="https://rever.example", ecommerce_id="main", rever_accounts=[
            ReverAccount(name="Shop A", api_url="https://rever.example", ecommerce_id="a"),
            ReverAccount(name="shop-a", api_url="http://127.0.0.1:9", ecommerce_id="b")])
    backend = open_backend(settings)
    try:
        sent_to = [a.client.transport.base_url for a in getattr(backend.client, "accounts", [])
                   if a.client.transport._client.headers.get("x-rever-api-key")
                   == "shop-a-key-456"]
        assert len(sent_to) <= 1, f"one merchant's key goes to {sent_to}"
        assert backend.account_problems, "the second account is left out and said"
    finally:
        run(backend.aclose())


def test_an_import_with_two_names_of_one_key_variable_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(SETTINGS_DOC | {"settings": {
        "api_url": "https://rever.example", "rever_accounts": [
            {"name": "Shop A", "api_url": "https://rever.example", "ecommerce_id": "a"},
            {"name": "shop-a", "api_url": "http://127.0.0.1:9", "ecommerce_id": "b"}]}}))
    with pytest.raises(TransferError):
        plan_import(StationSettings(), read_import(path))


def test_an_import_of_two_thousand_accounts_is_refused(tmp_path: Path) -> None:
    """2,000 accounts (156 kB, under the 256 kB file cap that stops 10,000): 2,000 clients
    opened, and a scan of an unknown id asks all of them at once. No desk holds that many
    merchants: the file is not settings someone made."""
    path = tmp_path / "in.json"
    path.write_text(json.dumps(SETTINGS_DOC | {"settings": {
        "api_url": "https://rever.example", "rever_accounts": [
            {"name": f"M{i}", "api_url": "https://rever.example", "ecommerce_id": f"m{i}"}
            for i in range(2_000)]}}))
    with pytest.raises(TransferError):
        plan_import(StationSettings(), read_import(path))


@pytest.mark.parametrize("url", ["https://user:hunter2@rever.example",
                                 "https://:hunter2@rever.example"])
def test_an_address_with_a_password_in_it_is_refused(
        monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """A password in an account's address would sit in the settings file, every export,
    `accounts list` and the owners file: a secret is never in a file."""
    monkeypatch.setenv(ENV_API_KEY, "main-key-123")
    settings = StationSettings(api_url="https://rever.example", ecommerce_id="main")
    with pytest.raises(AccountProblem):
        checked_account(settings, name="North", api_url=url, ecommerce_id="north",
                        ecommerce_group="", key_typed=True)


def test_an_import_of_an_address_with_a_password_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(SETTINGS_DOC | {"settings": {
        "api_url": "https://rever.example", "rever_accounts": [
            {"name": "B", "api_url": "https://user:hunter2@rever.example",
             "ecommerce_id": "b"}]}}))
    with pytest.raises(TransferError):
        plan_import(StationSettings(), read_import(path))


# -- answers ---------------------------------------------------------------------------------


def test_one_accounts_refused_key_does_not_hide_every_other_merchants_returns() -> None:
    """Northwind's key is revoked (401): the desk still lists Acme's returns, and says
    which account failed, rather than "Cannot list returns" for all of them."""
    acme = Pages("acme")
    north = Pages("northwind", fail=errors.AuthError(detail="test: revoked"))
    router = AccountRouter([Account("Acme", "u#acme#", acme),
                            Account("Northwind", "u#northwind#", north)])
    rows = run(router.all_processes())
    assert [p.process_id for p in rows] == ["acme-0-0", "acme-0-1", "acme-0-2"]


def test_a_listed_row_of_another_merchant_never_takes_its_changes() -> None:
    """An account's list holding another e-commerce's return (a key that sees more, a
    wrong answer): a read says it is not that account's (get_process checks), but the list
    learns that account as its owner, and the change goes there instead of to its
    merchant's account."""
    stray = Process(process_id="RP-200001", ecommerce_id="northwind")
    acme = Pages("acme", listed=[stray])
    north = Pages("northwind", listed=[])
    router = AccountRouter([Account("Acme", "u#acme#", acme),
                            Account("Northwind", "u#northwind#", north)])
    rows = run(router.all_processes())
    run(router.set_shipping_status("RP-200001", "IN_WAREHOUSE"))
    assert acme.sets == [], f"listed as {rows[0].account!r}; the change went to Acme's key"


# -- the owners file -------------------------------------------------------------------------


def test_a_locked_owners_file_does_not_stall_the_list(tmp_path: Path) -> None:
    """Another program holds the owners file's write lock (a backup, an sqlite3 shell):
    each page's write waits the full 2 s timeout on the event loop, so a 10-page list
    freezes the window for 20 s. The file is only a hint."""
    path = tmp_path / "accounts.sqlite3"
    OwnerBook(path).put([("seed", "x")])
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO owners VALUES ('z', 'z', 0)")
    try:
        router = AccountRouter([Account("Acme", "u#acme#", Pages("acme", pages=5)),
                                Account("North", "u#north#", Pages("north", pages=5))],
                               OwnerBook(path))
        start = time.monotonic()
        rows = run(router.all_processes())
        took = time.monotonic() - start
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert len(rows) == 30
    assert took < 6, f"a list of 10 pages took {took:.0f} s behind a locked owners file"


class Refusing(Pages):
    """An account whose key may list its returns but is refused (403) a change or a read."""

    async def set_shipping_status(self, process_id: str, status: str) -> None:
        raise errors.Forbidden(detail="test: this key may not change statuses")

    async def get_process(self, process_id: str) -> Process:
        raise errors.Forbidden(detail="test: this key may not read a return")


class Unknowing(Pages):
    async def set_shipping_status(self, process_id: str, status: str) -> None:
        raise errors.NotFound(detail="test: not this account's")

    async def get_process(self, process_id: str) -> Process:
        raise errors.NotFound(detail="test: not this account's")


def test_the_owners_refusal_is_said_never_turned_into_unknown() -> None:
    """North listed RP-200001 (so it is North's), then refuses the change with 403: the
    operator must hear "North: this API key is not allowed", not "REVER does not know this
    return" (exit 3, the outbox's entry failed as unknown, the parcel set aside)."""
    north = Refusing("northwind")
    router = AccountRouter([Account("Acme", "u#acme#", Unknowing("acme", listed=[])),
                            Account("North", "u#north#", north)])
    run(router.all_processes())
    assert router.account_name("northwind-0-0") == "North"
    with pytest.raises(errors.ApiError) as change:
        run(router.set_shipping_status("northwind-0-0", "IN_WAREHOUSE"))
    with pytest.raises(errors.ApiError) as read:
        run(router.get_process("northwind-0-0"))
    assert not isinstance(change.value, errors.NotFound), change.value.operator_message
    assert not isinstance(read.value, errors.NotFound), read.value.operator_message


def test_one_merchant_at_one_address_written_twice_is_one_account(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"https://rever.example" and "HTTPS://REVER.EXAMPLE/" are one address: the same
    e-commerce there is one account, else every return of it is listed twice under two
    names (seen over loopback: `accounts add North3 --url HTTP://127.0.0.1:PORT`)."""
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setenv(ENV_API_KEY, "main-key-123")
    monkeypatch.setenv(account_env_name("North"), "north-key-456")
    monkeypatch.setenv(account_env_name("North B"), "north-key-456")
    settings = StationSettings(
        api_url="https://rever.example", ecommerce_id="acme", rever_accounts=[
            ReverAccount(name="North", api_url="https://rever.example", ecommerce_id="north"),
            ReverAccount(name="North B", api_url="HTTPS://REVER.EXAMPLE/",
                         ecommerce_id="north")])
    backend = open_backend(settings)
    try:
        names = [a.name for a in getattr(backend.client, "accounts", [])]
        assert names == ["acme", "North"], names
    finally:
        run(backend.aclose())


def test_adding_an_account_that_is_another_under_a_new_name_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`accounts add North2 --ecommerce northwind --url URL/` beside North (same address,
    same e-commerce) says "added" (exit 0), and every command then says North2 "is not
    used": the check belongs before saving, as for two names of one variable."""
    monkeypatch.setitem(sys.modules, "keyring", None)
    monkeypatch.setenv(ENV_API_KEY, "main-key-123")
    settings = StationSettings(
        api_url="https://rever.example", ecommerce_id="acme", rever_accounts=[
            ReverAccount(name="North", api_url="https://rever.example",
                         ecommerce_id="northwind")])
    with pytest.raises(AccountProblem):
        checked_account(settings, name="North2", api_url="https://rever.example/",
                        ecommerce_id="northwind", ecommerce_group="", key_typed=True)


@pytest.mark.parametrize("accounts", [
    [{"name": "B", "api_url": "https://rever.example", "ecommerce_id": "b"},
     {"name": "B", "api_url": "https://rever.example", "ecommerce_id": "c"}],
    [{"name": "acme", "api_url": "https://rever.example", "ecommerce_id": "b"}],
    [{"name": "B", "api_url": "https://rever.example"}],
], ids=["one-name-twice", "the-main-accounts-name", "no-e-commerce"])
def test_an_import_refuses_what_the_dialog_refuses(
        tmp_path: Path, accounts: list[dict[str, object]]) -> None:
    """The dialog and `accounts add` refuse these; an import saves them and every command
    after says an account is not used (and `accounts remove B` cannot tell two Bs apart)."""
    path = tmp_path / "in.json"
    path.write_text(json.dumps(SETTINGS_DOC | {"settings": {
        "api_url": "https://rever.example", "ecommerce_id": "acme",
        "rever_accounts": accounts}}))
    with pytest.raises(TransferError):
        plan_import(StationSettings(), read_import(path))
