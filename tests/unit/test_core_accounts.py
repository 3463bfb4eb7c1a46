"""The station core with several REVER accounts: the ones that can be opened work as one,
each one that cannot is left out and said once in the lead's words (naming it, never its
key), and a station of one account stays exactly as it was."""

from __future__ import annotations

import asyncio
import sys

import pytest

from revdesk.config import ENV_API_KEY, ENV_API_URL, ReverAccount, account_env_name
from revdesk.core import StationCore
from revdesk.domain.accounts import AccountRouter
from revdesk.domain.audit import STATUS_CHANGE
from revdesk.settings_store import SettingsStore


def core_with(monkeypatch: pytest.MonkeyPatch, *accounts: ReverAccount,
              **settings: object) -> StationCore:
    store = SettingsStore()
    store.update(rever_accounts=list(accounts), **settings)  # type: ignore[arg-type]
    return StationCore(store)


def close(core: StationCore) -> None:
    asyncio.run(core.aclose())


def test_one_account_stays_one_client(monkeypatch: pytest.MonkeyPatch) -> None:
    core = core_with(monkeypatch)
    assert not isinstance(core.client, AccountRouter)
    assert core.account_names == [] and core.account_problems == []
    close(core)


def test_sandbox_accounts_are_listed_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    core = core_with(monkeypatch, ReverAccount(name="Northwind", ecommerce_id="northwind"),
                     account_name="Acme")
    assert isinstance(core.client, AccountRouter)
    assert core.account_names == ["Acme", "Northwind"] and core.account_problems == []

    async def change() -> None:
        core.start()
        await core.client.list_processes(page_size=5)
        await core.status.set_status("RP-100042", "IN_WAREHOUSE", source="test")

    asyncio.run(change())
    event = core.audit.events(action=STATUS_CHANGE, process_id="RP-100042")[0]
    assert event.detail == "test: account Acme"  # whose return it was, in History
    assert core.shift.count().total == 0  # "test" is no scan; a scan below is counted

    async def scan() -> None:
        core.pipeline.submit("RP-100043")
        await core.pipeline.drain()

    asyncio.run(scan())
    assert core.shift.count().total == 1  # QA H1: the account in the detail kept the count at 0
    close(core)


def test_an_account_that_cannot_be_used_is_said_and_left_out(
        monkeypatch: pytest.MonkeyPatch) -> None:
    core = core_with(
        monkeypatch,
        ReverAccount(name="Real", api_url="https://rever.example", ecommerce_id="real"),
        ReverAccount(name="acme", ecommerce_id="other"),  # the main account's shown name
        ReverAccount(name="Nothing"),
        ReverAccount(name="Northwind", ecommerce_id="northwind"))
    assert core.account_names == ["acme", "Northwind"]
    said = [p.operator_message for p in core.account_problems]
    assert len(said) == 3
    assert "Real" in said[0] and "built-in sandbox" in said[0]
    assert "Two accounts are called acme" in said[1]
    assert "Nothing" in said[2] and "no e-commerce" in said[2]
    close(core)


def test_a_real_account_without_its_key_names_where_to_set_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_URL, "https://rever.example")
    monkeypatch.setenv(ENV_API_KEY, "main-key-123")
    monkeypatch.setitem(sys.modules, "keyring", None)  # no credential store
    core = core_with(
        monkeypatch, ReverAccount(name="North wind", api_url="https://rever.example",
                                  ecommerce_id="northwind"),
        ReverAccount(name="Plain", api_url="http://rever.example", ecommerce_id="plain"),
        ecommerce_id="acme")
    assert core.account_names == []  # only the main one is left: no router
    said = [p.operator_message for p in core.account_problems]
    assert "North wind" in said[0] and "REVDESK_API_KEY__NORTH_WIND" in said[0]
    assert "main-key-123" not in " ".join(said)
    monkeypatch.setenv(account_env_name("Plain"), "plain-key-456")
    close(core)
    core = core_with(
        monkeypatch, ReverAccount(name="Plain", api_url="http://rever.example",
                                  ecommerce_id="plain"), ecommerce_id="acme")
    said = [p.operator_message for p in core.account_problems]
    assert "https://" in said[0] and "plain-key-456" not in said[0]
    close(core)


def test_a_real_account_with_its_key_in_the_environment_is_used(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_API_URL, "https://rever.example")
    monkeypatch.setenv(ENV_API_KEY, "main-key-123")
    monkeypatch.setenv(account_env_name("Northwind"), "north-key-789")
    core = core_with(monkeypatch, ReverAccount(name="Northwind", api_url="https://rever.example",
                                               ecommerce_id="northwind"), ecommerce_id="acme")
    assert core.account_names == ["acme", "Northwind"] and core.account_problems == []
    router = core.client
    assert isinstance(router, AccountRouter)
    north = router.accounts[1].client
    assert north.transport._client.headers["x-rever-api-key"] == "north-key-789"
    assert "north-key-789" not in repr(router)
    close(core)
