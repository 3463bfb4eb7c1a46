"""Revers.io at the station: its accounts, and the three things the desk does there (an
order's status, an order imported for a walk-in customer, the self-care link). Qt-free:
the window's dialog and ``revdesk reversio`` both call this.

Accounts come from the settings (``config.reversio_accounts``: saved ones and
``REVDESK_REVERSIO_URL``), each with its subscription key and secret from the credential
store or the environment. With none configured the built-in sandbox serves Revers.io, as
one account named "Sandbox". Every result names its account, so a list of them says
which account each row came from.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from revdesk.api import errors, routes
from revdesk.api.reversio import ReversioClient
from revdesk.api.reversio_models import ImportOrder, OrderStatus
from revdesk.config import (
    StationSettings,
    load_reversio_secrets,
    reversio_accounts,
    reversio_configured,
    sandbox_dir,
)
from revdesk.domain.qr_slip import QrSlip
from revdesk.i18n import translate

log = logging.getLogger(__name__)


def self_care_slip(link: str, *, order: str, account: str, reference: str = "") -> QrSlip:
    """The slip a walk-in customer takes: the self-care link as a QR code, the customer's
    order reference when known (what customer and desk recognise), Revers.io's order id and
    the account. The walk-in's slip (``qr_slip.py``): a PDF for an OS printer or a folder,
    ZPL drawn by a Zebra. Raises QrSlipError for a link no readable code can carry."""
    orders: tuple[str, ...]
    if reference.strip():
        orders = (translate("Reversio", "Order: {order}").format(order=reference.strip()),
                  translate("Reversio", "Revers.io order id: {id}").format(id=order))
    else:
        orders = (translate("Reversio", "Order: {order}").format(order=order),)
    return QrSlip(translate("Reversio", "Finish your return online"),
                  (*orders,
                   translate("Reversio", "Account: {account}").format(account=account)),
                  link,
                  translate("Reversio", "Scan the code with your phone's camera."),
                  name=f"reversio-{order}")

SANDBOX_ACCOUNT = "Sandbox"
#: The built-in sandbox takes any non-empty pair; these say what they are in a log line.
SANDBOX_SUBSCRIPTION_KEY = "sandbox-subscription"
SANDBOX_SECRET = "sandbox-secret"
#: The in-process origin the embedded sandbox answers on (as backend.EMBEDDED_URL).
EMBEDDED_URL = "http://127.0.0.1"


@dataclass(frozen=True)
class AccountStatus:
    """One account's answer about one order reference: its status, or why there is none."""

    account: str
    reference: str
    status: OrderStatus | None = None
    #: The problem in the operator's words ("" when there is a status).
    problem: str = ""
    not_found: bool = False
    #: The error behind ``problem``, for a caller that sorts failures (the CLI's exit code).
    error: errors.ApiError | None = field(default=None, compare=False, repr=False)

    @property
    def status_text(self) -> str:
        if self.status is not None:
            return self.status.status or translate("Reversio", "(no status given)")
        if self.not_found:
            return translate("Reversio", "not known to this account")
        return self.problem


class ReversioService:
    """The station's Revers.io accounts, one client each, made on first use and kept (so
    each keeps its token) until the settings change what the account is."""

    def __init__(self, settings: Callable[[], StationSettings], *,
                 embedded: Callable[[], httpx.AsyncBaseTransport] | None = None) -> None:
        self._settings = settings
        self._embedded_factory = embedded
        self._embedded: httpx.AsyncBaseTransport | None = None
        self._clients: dict[str, tuple[tuple[str, str, str], ReversioClient]] = {}

    def __repr__(self) -> str:
        return f"ReversioService(accounts={self.account_names()!r})"

    @property
    def is_sandbox(self) -> bool:
        return not reversio_configured(self._settings())

    def account_names(self) -> list[str]:
        if self.is_sandbox:
            return [SANDBOX_ACCOUNT]
        names = [a.name for a in reversio_accounts(self._settings())]
        return names or [translate("Reversio", "Revers.io")]

    def _transport(self) -> httpx.AsyncBaseTransport:
        if self._embedded is None:
            if self._embedded_factory is not None:
                self._embedded = self._embedded_factory()
            else:
                from revdesk.sandbox import embedded_transport

                self._embedded = embedded_transport(sandbox_dir())
        return self._embedded

    def client(self, account: str) -> ReversioClient:
        """The client of ``account`` (a name from :meth:`account_names`); raises
        NotConfigured when the account lacks its key or secret."""
        if self.is_sandbox:
            identity = (EMBEDDED_URL, SANDBOX_SUBSCRIPTION_KEY, SANDBOX_SECRET)
            if (kept := self._clients.get(account)) is None or kept[0] != identity:
                self._clients[account] = (identity, ReversioClient(
                    EMBEDDED_URL + routes.SANDBOX_REVERSIO_BASE, SANDBOX_SUBSCRIPTION_KEY,
                    SANDBOX_SECRET, account=SANDBOX_ACCOUNT, transport=self._transport()))
            return self._clients[account][1]
        accounts = reversio_accounts(self._settings())
        found = next((a for a in accounts if a.name == account), None)
        if found is None:
            if accounts or not account:
                raise errors.NotConfigured(
                    translate("Reversio", "There is no Revers.io account named “{name}”.")
                    .format(name=account), detail="unknown reversio account")
            raise errors.NotConfigured(
                translate("Reversio", "A Revers.io key or secret is set but no Revers.io "
                          "address: set REVDESK_REVERSIO_URL or add the account in the "
                          "settings."), detail="reversio secrets without url")
        key, secret = load_reversio_secrets(found.url)
        if key is None or secret is None:
            raise errors.NotConfigured(
                translate("Reversio", "The Revers.io account “{name}” has no subscription key "
                          "or no secret. Set them in the settings, or in "
                          "REVDESK_REVERSIO_SUBSCRIPTION_KEY and REVDESK_REVERSIO_SECRET.")
                .format(name=found.name), detail="reversio account without secrets")
        # The identity holds the secrets only to notice a change; it is never shown.
        identity = (found.url, key.get_secret_value(), secret.get_secret_value())
        kept = self._clients.get(account)
        if kept is None or kept[0] != identity:
            self._clients[account] = (identity, ReversioClient(
                found.url, key.get_secret_value(), secret.get_secret_value(),
                account=found.name))
        return self._clients[account][1]

    async def status(self, account: str, reference: str) -> AccountStatus:
        """One account's answer, never raising: the problem is in the result."""
        try:
            found = await self.client(account).order_status(reference)
        except errors.NotFound:
            return AccountStatus(account, reference, not_found=True)
        except errors.ApiError as exc:
            log.info("Revers.io status on %r: %s", account, exc.log_text())
            return AccountStatus(account, reference, problem=exc.operator_message, error=exc)
        return AccountStatus(account, found.orderReference or reference, status=found)

    async def status_everywhere(self, reference: str) -> list[AccountStatus]:
        """The reference looked up on every account at once, one row per account."""
        names = self.account_names()
        return list(await asyncio.gather(*(self.status(n, reference) for n in names)))

    async def import_order(self, account: str, order: dict[str, Any] | ImportOrder) -> str:
        return await self.client(account).import_order(order)

    async def create_link(self, account: str, order_id: str) -> str:
        return await self.client(account).create_link(order_id)

    async def aclose(self) -> None:
        clients = [c for _, c in self._clients.values()]
        self._clients.clear()
        for client in clients:
            await client.aclose()
