"""Which backend the station talks to: REVER when a key is configured, else the embedded
sandbox, in-process over the same HTTP contract. Shared by the window and the CLI.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx
from pydantic import SecretStr

from revdesk.api import RetryPolicy, ReverAdminClient, Transport, errors
from revdesk.api.merchant import MerchantClient
from revdesk.api.storefront import StorefrontClient
from revdesk.config import (
    ENV_MERCHANT_KEY,
    ReverAccount,
    StationSettings,
    account_env_name,
    account_ident,
    load_account_key,
    load_api_key,
    load_merchant_key,
    main_account_name,
    sandbox_dir,
)
from revdesk.i18n import translate

if TYPE_CHECKING:
    from revdesk.domain.accounts import Account

log = logging.getLogger(__name__)

#: The embedded sandbox answers on this in-process origin; nothing listens on a port.
EMBEDDED_URL = "http://127.0.0.1"
#: Returns of the sandbox's second demo e-commerce ("northwind") when more accounts are set.
SANDBOX_NORTHWIND = 150


@dataclass
class Backend:
    client: ReverAdminClient
    is_sandbox: bool
    url: str
    #: The Storefront API (an order number's returns): the sandbox serves it; for REVER,
    #: only when its address is set (``storefront_url``, ``REVDESK_STOREFRONT_URL``).
    storefront: StorefrontClient | None = None
    #: The merchant's platform (what a parcel should hold): the sandbox serves it; else
    #: only when its address is set (``merchant_url``, ``REVDESK_MERCHANT_URL``).
    merchant: MerchantClient | None = None
    #: Why the merchant platform cannot be asked although its address is set (no key, an
    #: address the station refuses), in the lead's words; None when nothing is wrong.
    merchant_error: errors.ApiError | None = None
    #: The more REVER accounts that could not be opened (no key, an address refused), each
    #: saying which and why in the lead's words: the station works with the others.
    account_problems: list[errors.ApiError] = field(default_factory=list)

    @property
    def label(self) -> str:
        """How the window and the CLI name the backend to the operator."""
        # Translated when asked: the window rebuilds its header after a language switch.
        return translate("Backend", "built-in sandbox") if self.is_sandbox else self.url

    async def aclose(self) -> None:
        try:
            await self.client.aclose()
        finally:
            try:
                if self.storefront is not None:
                    await self.storefront.aclose()
            finally:
                if self.merchant is not None:
                    await self.merchant.aclose()

    async def __aenter__(self) -> Backend:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def open_backend(
    settings: StationSettings,
    api_key: SecretStr | None = None,
    *,
    retry: RetryPolicy | None = None,
) -> Backend:
    """Build the client for the configured backend (raises NotConfigured / InsecureUrl)."""
    key = api_key or load_api_key(settings.api_url)
    if key is None:
        if settings.api_url:
            raise errors.NotConfigured(
                "An API address is set but no API key. Set the key in the station settings "
                "or in REVDESK_API_KEY.",
                detail="api_url set without a key",
            )
        from revdesk.sandbox import embedded_transport

        # One app: both APIs see the same data. A station trying several accounts on the
        # sandbox gets its second demo merchant, northwind, too.
        app = embedded_transport(sandbox_dir(),
                                 northwind=SANDBOX_NORTHWIND if settings.rever_accounts else 0)
        transport = Transport(EMBEDDED_URL, "sandbox", retry=retry, transport=app)
        client = ReverAdminClient(transport, ecommerce_id=settings.ecommerce_id or "acme")
        backend = Backend(client, is_sandbox=True, url=EMBEDDED_URL, storefront=StorefrontClient(
            Transport(EMBEDDED_URL, "sandbox", retry=retry, transport=app)))
        if settings.merchant_url:
            backend.merchant, backend.merchant_error = open_merchant(settings, retry=retry)
        else:  # [sandbox assumption] the sandbox's merchant platform takes any key
            backend.merchant = MerchantClient(
                Transport(EMBEDDED_URL, "sandbox", retry=retry, transport=app))
        return _with_accounts(backend, settings, retry, app)
    if not settings.api_url:
        raise errors.NotConfigured(
            "An API key is set but no API address. Set REVDESK_API_URL or the station settings.",
            detail="key set without api_url",
        )
    transport = Transport(settings.api_url, key.get_secret_value(), retry=retry)
    client = ReverAdminClient(
        transport, ecommerce_id=settings.ecommerce_id, group=settings.ecommerce_group
    )
    storefront: StorefrontClient | None = None
    if settings.storefront_url:
        # [doc] the same x-rever-api-key header; its own base URL, checked like the API's.
        storefront = StorefrontClient(Transport(settings.storefront_url,
                                                key.get_secret_value(), retry=retry))
    backend = Backend(client, is_sandbox=False, url=transport.base_url, storefront=storefront)
    if settings.merchant_url:
        backend.merchant, backend.merchant_error = open_merchant(settings, retry=retry)
    return _with_accounts(backend, settings, retry, None)


def _with_accounts(backend: Backend, settings: StationSettings, retry: RetryPolicy | None,
                   embedded_app: httpx.AsyncBaseTransport | None) -> Backend:
    """With more REVER accounts configured, the backend's Admin and Storefront clients
    become routers over all of them (domain/accounts.py); the ones that cannot be opened
    are left out, each told in ``account_problems``."""
    if not settings.rever_accounts:
        return backend
    from revdesk.domain.accounts import Account, AccountRouter, StorefrontRouter

    main = Account(main_account_name(settings), account_ident(settings.api_url if not backend.is_sandbox
                                                       else "", backend.client.ecommerce_id,
                                                       backend.client.group),
                   backend.client, backend.storefront)
    accounts = [main]
    for more in settings.rever_accounts:
        # Names are one when their key variable is ("Shop A", "shop-a"): the second would
        # carry the first one's key to its own address.
        if any(account_env_name(a.name) == account_env_name(more.name) for a in accounts):
            backend.account_problems.append(errors.NotConfigured(translate(
                "Accounts", "Two accounts are called {name}: the second is not used. Give "
                "each account its own name in the station settings.").format(name=more.name),
                detail="duplicate account name"))
            continue
        ident = account_ident(more.api_url, more.ecommerce_id, more.ecommerce_group)
        same = next((a for a in accounts if a.ident == ident), None)
        if same is not None:
            backend.account_problems.append(errors.NotConfigured(translate(
                "Accounts", "The account {name} is the same e-commerce as {other} at the same "
                "address: it is not used.").format(name=more.name, other=same.name),
                detail="duplicate account"))
            continue
        try:
            accounts.append(_open_account(more, settings, backend.is_sandbox, retry,
                                          embedded_app))
        except errors.ApiError as exc:
            log.warning("account not used: %s", exc.log_text())
            backend.account_problems.append(exc)
    if len(accounts) == 1:
        return backend
    router = AccountRouter(accounts)  # the core gives it the data folder's owners file
    backend.client = router  # type: ignore[assignment]
    backend.storefront = StorefrontRouter(router)  # type: ignore[assignment]
    return backend


def _open_account(account: ReverAccount, settings: StationSettings, sandbox: bool,
                  retry: RetryPolicy | None, embedded_app: httpx.AsyncBaseTransport | None,
                  ) -> Account:
    """One more account's clients (raises NotConfigured, naming the account)."""
    from revdesk.domain.accounts import Account

    name = account.name
    if not (account.ecommerce_id or account.ecommerce_group):
        raise errors.NotConfigured(translate(
            "Accounts", "The account {name} has no e-commerce or group: it is not used. Set "
            "one in the station settings.").format(name=name), detail="account without scope")
    ident = account_ident(account.api_url, account.ecommerce_id, account.ecommerce_group)
    if sandbox:
        if account.api_url or embedded_app is None:
            raise errors.NotConfigured(translate(
                "Accounts", "The account {name} has a REVER address, but the station works on "
                "the built-in sandbox: it is not used. Set the main account's address and key "
                "first, or clear this account's address.").format(name=name),
                detail="real account beside the sandbox")
        client = ReverAdminClient(
            Transport(EMBEDDED_URL, "sandbox", retry=retry, transport=embedded_app),
            ecommerce_id=account.ecommerce_id, group=account.ecommerce_group)
        return Account(name, ident, client, StorefrontClient(
            Transport(EMBEDDED_URL, "sandbox", retry=retry, transport=embedded_app)))
    if not account.api_url:
        raise errors.NotConfigured(translate(
            "Accounts", "The account {name} has no REVER address: it is not used. Set its "
            "address and key in the station settings.").format(name=name),
            detail="account without api_url")
    key = load_account_key(account)
    if key is None:
        raise errors.NotConfigured(translate(
            "Accounts", "The account {name} has no API key: it is not used. Set its key in the "
            "station settings or in {env}.").format(name=name, env=account_env_name(name)),
            detail="account without a key")
    try:
        transport = Transport(account.api_url, key.get_secret_value(), retry=retry)
    except errors.InsecureUrl as exc:
        raise errors.NotConfigured(translate(
            "Accounts", "The account {name}'s address cannot be used: it must be an https:// "
            "address (plain http only on this computer).").format(name=name),
            detail=f"account url refused: {exc.detail}") from None
    client = ReverAdminClient(transport, ecommerce_id=account.ecommerce_id,
                              group=account.ecommerce_group)
    storefront: StorefrontClient | None = None
    if settings.storefront_url:
        # The same Storefront API, under this account's key: its orders are its own.
        storefront = StorefrontClient(Transport(settings.storefront_url,
                                                key.get_secret_value(), retry=retry))
    return Account(name, ident, client, storefront)


def open_merchant(settings: StationSettings, *, retry: RetryPolicy | None = None,
                  ) -> tuple[MerchantClient | None, errors.ApiError | None]:
    """The merchant platform's client at ``settings.merchant_url`` with its own key, or why
    there is none. Never fails the backend: the rest of the station works without it."""
    try:
        key = load_merchant_key(settings.merchant_url)
    except errors.ApiError as exc:  # a key with a line break in it, named by where it is
        return None, exc
    if key is None:
        return None, errors.NotConfigured(
            translate("Merchant", "The merchant platform's address is set but not its key. "
                      "Set the key in the station settings or in {env}.").format(
                          env=ENV_MERCHANT_KEY),
            detail="merchant_url set without a key")
    try:
        transport = Transport(settings.merchant_url, key.get_secret_value(), retry=retry)
    except errors.InsecureUrl as exc:
        return None, errors.NotConfigured(
            translate("Merchant", "The merchant platform's address cannot be used: it must "
                      "be an https:// address (plain http only on this computer). Fix it in "
                      "the station settings or in REVDESK_MERCHANT_URL."),
            detail=f"merchant_url refused: {exc.detail}")
    return MerchantClient(transport), None
