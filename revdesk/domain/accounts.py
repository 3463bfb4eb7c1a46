"""Several REVER accounts at one station, seen as one (issue 17, D).

A 3PL desk receives parcels for several merchants, each with its own REVER key: a key sees
only its own merchant's returns. :class:`AccountRouter` stands where the station's one Admin
client stands (the catalog, the scan pipeline, the outbox, the details, labels and logistics
all call it unchanged) and:

- lists every account's returns as one list, each row naming its account, with page tokens
  of its own (an account's index and that account's opaque token);
- sends each return's calls with the key of the account that owns it: the one its list or
  read came from, remembered in this process and in a small file every process on the data
  folder shares (:class:`OwnerBook`), so ``revdesk outbox flush`` sends a change queued by the
  window with the right key;
- for a return no account is known to own (an id typed or printed, another station's
  change), asks each account: a read asks them all at once, a change is sent to one after
  another until one takes it. "Not found" and "not allowed" from an account only mean the
  return is not its own; the answer that decides is the owner's, or the first real failure
  (an account offline keeps a queued change queued, never "unknown").

No Qt here; no account's key is ever in a log line or message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from revdesk.api import errors
from revdesk.api.models import Process, ProcessPage, StorefrontReturn

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The shared file of which account owns which return, in the data folder.
OWNERS_FILE = "accounts.sqlite3"
#: Between the account's index and its own page token in the router's page token.
_TOKEN_SEP = "|"
#: An account's answer that only says "not this account's return".
_NOT_MINE = (errors.NotFound, errors.Forbidden)


@dataclass
class Account:
    """One REVER account the station holds: the name its rows show, what identifies it
    (address, e-commerce, group: the same name may be given to another later), its Admin
    client and its Storefront client (None: not configured)."""

    name: str
    ident: str
    client: Any
    storefront: Any = None

    @property
    def ecommerce_id(self) -> str:
        return str(getattr(self.client, "ecommerce_id", "") or "")

    @property
    def group(self) -> str:
        return str(getattr(self.client, "group", "") or "")


class OwnerBook:
    """Which account owns which return, as learnt from lists and reads, shared by every
    process on the data folder. Only a hint: a lost or unreadable file costs one question
    to each account, never a change; any failure here is logged and ignored."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._unusable = False

    def _open(self) -> sqlite3.Connection | None:
        if self._db is None and not self._unusable:
            try:
                db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=OFF")  # a hint: losing the last ones is fine
                db.execute("CREATE TABLE IF NOT EXISTS owners (key TEXT PRIMARY KEY,"
                           " account TEXT NOT NULL, seen REAL NOT NULL)")
                self._db = db
            except sqlite3.Error as exc:  # a read-only folder, a damaged file: asked instead
                log.info("accounts: the owners file cannot be used: %s", exc)
                self._unusable = True
                return None
        return self._db

    def get(self, process_id: str) -> str | None:
        db = self._open()
        if db is None:
            return None
        try:
            row = db.execute("SELECT account FROM owners WHERE key=?",
                             (process_id.casefold(),)).fetchone()
        except sqlite3.Error as exc:
            log.info("accounts: owners file not read: %s", exc)
            return None
        return str(row[0]) if row else None

    def put(self, owners: Sequence[tuple[str, str]]) -> None:
        """Remember (process id, account ident) pairs; the newest wins."""
        db = self._open()
        if db is None or not owners:
            return
        now = time.time()
        try:
            with db:
                db.execute("BEGIN")
                db.executemany(
                    "INSERT INTO owners(key, account, seen) VALUES (?,?,?) ON CONFLICT(key)"
                    " DO UPDATE SET account=excluded.account, seen=excluded.seen",
                    [(pid.casefold(), ident, now) for pid, ident in owners])
        except sqlite3.Error as exc:
            log.info("accounts: owners file not written: %s", exc)

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


def _named(exc: errors.ApiError, account: Account) -> errors.ApiError:
    """``exc`` (same kind, so every caller still reads it) with the account's name in front
    of its message: with several accounts "the key was refused" must say whose."""
    if getattr(exc, "account", None):
        return exc
    named = type(exc).__new__(type(exc))
    named.__dict__.update(exc.__dict__)
    named.operator_message = f"{account.name}: {exc.operator_message}"
    named.args = (named.operator_message,)
    named.account = account.name  # type: ignore[attr-defined]
    named.__cause__ = exc
    return named


class AccountRouter:
    """Several accounts' Admin clients as one (see the module's text). The first account is
    the station's main one."""

    def __init__(self, accounts: Sequence[Account], owners: OwnerBook | None = None) -> None:
        if not accounts:
            raise ValueError("an account router needs at least one account")
        self.accounts = list(accounts)
        self.owners = owners
        self._by_ident = {a.ident: a for a in self.accounts}
        #: process id (casefolded) -> the account it was last seen under, in this process.
        self._owner: dict[str, Account] = {}

    def __repr__(self) -> str:
        return f"AccountRouter({[a.name for a in self.accounts]!r})"

    @property
    def ecommerce_id(self) -> str:
        """Every account's e-commerce (or group), for the header and the list cache's name."""
        return ", ".join(a.ecommerce_id or a.group for a in self.accounts)

    @property
    def group(self) -> str:
        return ""

    async def aclose(self) -> None:
        try:
            for account in self.accounts:
                try:
                    await account.client.aclose()
                finally:
                    if account.storefront is not None:
                        await account.storefront.aclose()
        finally:
            if self.owners is not None:
                self.owners.close()

    # -- who owns what -----------------------------------------------------------------------

    def owner_of(self, process_id: str) -> Account | None:
        """The account a return was last seen under (this process, then the shared file)."""
        key = process_id.casefold()
        known = self._owner.get(key)
        if known is None and self.owners is not None:
            ident = self.owners.get(process_id)
            known = self._by_ident.get(ident) if ident else None
            if known is not None:
                self._owner[key] = known
        return known

    def account_name(self, process_id: str) -> str:
        """The name of the account a return belongs to, as far as the station knows."""
        known = self.owner_of(process_id)
        return known.name if known is not None else ""

    def _learn(self, pairs: Sequence[tuple[str, Account]]) -> None:
        fresh = [(pid, a) for pid, a in pairs if pid and self._owner.get(pid.casefold()) is not a]
        for pid, account in fresh:
            self._owner[pid.casefold()] = account
        if fresh and self.owners is not None:
            self.owners.put([(pid, a.ident) for pid, a in fresh])

    def _tag(self, process: Process, account: Account) -> Process:
        return process.model_copy(update={"account": account.name})

    # -- calls on one return ---------------------------------------------------------------

    def _candidates(self, process_id: str) -> tuple[Account | None, list[Account]]:
        known = self.owner_of(process_id)
        return known, [a for a in self.accounts if a is not known]

    async def _ask_all(self, process_id: str,
                       call: Callable[[Account], Awaitable[T]]) -> tuple[T, Account]:
        """A read: the owner's answer, or every account's at once when the owner is unknown
        (or no longer has the return)."""
        known, others = self._candidates(process_id)
        failures: list[tuple[errors.ApiError, Account]] = []
        if known is not None:
            try:
                return await call(known), known
            except _NOT_MINE as exc:
                failures.append((exc, known))
            except errors.ApiError as exc:
                raise _named(exc, known) from None
        # The first account that has it answers the scan: one slow or offline account
        # never holds up another's parcel (the rest are cancelled then).
        async def attempt(account: Account) -> tuple[Account, Any, errors.ApiError | None]:
            try:
                return account, await call(account), None
            except errors.ApiError as exc:
                return account, None, exc

        tasks = [asyncio.ensure_future(attempt(a)) for a in others]
        try:
            for done in asyncio.as_completed(tasks):
                account, answer, failure = await done
                if failure is None:
                    self._learn([(process_id, account)])
                    return answer, account
                failures.append((failure, account))
        finally:
            for task in tasks:
                task.cancel()
        # In the accounts' order: the deciding failure does not depend on who was slower.
        order = {a.ident: i for i, a in enumerate(self.accounts)}
        failures.sort(key=lambda f: order.get(f[1].ident, -1))
        raise self._deciding(failures)

    async def _send_in_turn(self, process_id: str,
                            call: Callable[[Account], Awaitable[T]]) -> T:
        """A change: to the owner, else to each account in turn until one takes it (an
        account that does not own the return answers "not found" and changes nothing)."""
        known, others = self._candidates(process_id)
        failures: list[tuple[errors.ApiError, Account]] = []
        for account in ([known] if known is not None else []) + others:
            try:
                answer = await call(account)
            except _NOT_MINE as exc:
                failures.append((exc, account))
                continue
            except errors.ApiError as exc:
                if account is known:
                    raise _named(exc, account) from None
                # Unknown owner, and this account could not answer (offline, busy): the
                # return may be its own, so the change must not be called unknown.
                failures.append((exc, account))
                continue
            self._learn([(process_id, account)])
            return answer
        raise self._deciding(failures)

    def _deciding(self, failures: list[tuple[errors.ApiError, Account]]) -> errors.ApiError:
        """No account answered for the return: a real failure (offline, busy, a key
        refused) wins over "not this account's" (that is only "unknown" from all)."""
        for exc, account in failures:
            if not isinstance(exc, _NOT_MINE):
                return _named(exc, account)
        for exc, _account in failures:
            if isinstance(exc, errors.NotFound):
                return exc
        exc, account = failures[0]
        return _named(exc, account)

    async def get_process(self, process_id: str) -> Process:
        async def read(account: Account) -> Process:
            process = await account.client.get_process(process_id)
            if (account.ecommerce_id and process.ecommerce_id
                    and process.ecommerce_id != account.ecommerce_id):
                # An answer about another merchant's return (a key that sees more than its
                # own): not this account's, so its rows and changes go to the owner.
                raise errors.NotFound(detail=f"{process_id} is {process.ecommerce_id!r}'s")
            return process

        process, account = await self._ask_all(process_id, read)
        return self._tag(process, account)

    async def set_shipping_status(self, process_id: str, status: Any) -> None:
        await self._send_in_turn(
            process_id, lambda a: a.client.set_shipping_status(process_id, status))

    async def get_label_url(self, process_id: str) -> str:
        url, _ = await self._ask_all(process_id, lambda a: a.client.get_label_url(process_id))
        return url

    async def fetch_label(self, process_id: str, **kw: Any) -> tuple[bytes, str]:
        answer, _ = await self._ask_all(
            process_id, lambda a: a.client.fetch_label(process_id, **kw))
        return answer

    async def get_logistics(self, process_id: str) -> Any:
        answer, _ = await self._ask_all(process_id, lambda a: a.client.get_logistics(process_id))
        return answer

    async def request_pickup(self, request: Any) -> Any:
        return await self._send_in_turn(request.process_id,
                                        lambda a: a.client.request_pickup(request))

    async def save_manual_logistic_order(self, request: Any) -> Any:
        return await self._send_in_turn(request.order.process_id,
                                        lambda a: a.client.save_manual_logistic_order(request))

    async def create_logistic_order(self, request: Any) -> Any:
        return await self._send_in_turn(request.process_id,
                                        lambda a: a.client.create_logistic_order(request))

    # -- the list ----------------------------------------------------------------------------

    def _split(self, token: str) -> tuple[int, str]:
        if not token:
            return 0, ""
        index, sep, inner = token.partition(_TOKEN_SEP)
        if not sep or not index.isdigit() or int(index) >= len(self.accounts):
            raise errors.InvalidArgument(detail=f"not a page token of this station: {token[:40]!r}")
        return int(index), inner

    async def list_processes(self, *, shipping_status: str = "", query: str = "",
                             page_size: int = 200, page_token: str = "") -> ProcessPage:
        """One page of every account's returns, the first account's first: a page is filled
        from the next account when one ends, so a search covers them all."""
        index, inner = self._split(page_token)
        rows: list[Process] = []
        while index < len(self.accounts):
            account = self.accounts[index]
            try:
                page = await account.client.list_processes(
                    shipping_status=shipping_status, query=query,
                    page_size=max(page_size - len(rows), 1), page_token=inner)
            except errors.ApiError as exc:
                raise _named(exc, account) from None
            rows.extend(self._tag(p, account) for p in page.processes)
            self._learn([(p.process_id, account) for p in page.processes])
            if page.next_page_token:
                inner = page.next_page_token
                break  # this account has more: the next page goes on from there
            index, inner = index + 1, ""
            if len(rows) >= page_size:
                break
        token = f"{index}{_TOKEN_SEP}{inner}" if index < len(self.accounts) else ""
        return ProcessPage(processes=rows, next_page_token=token)

    async def iter_pages(self, **kw: Any) -> Any:
        from revdesk.api.rever import ReverAdminClient

        # The same caps and checks as one account's (a bound call on this router).
        async for page in ReverAdminClient.iter_pages(self, **kw):  # type: ignore[arg-type]
            yield page

    async def all_processes(self, **kw: Any) -> list[Process]:
        out: list[Process] = []
        async for page in self.iter_pages(**kw):
            out.extend(page.processes)
        return out


class StorefrontRouter:
    """Every account's Storefront API as one: an order number is looked up under each
    account's key (a merchant's orders are its own), and a walk-in return is started with
    the first account that knows the order."""

    def __init__(self, router: AccountRouter) -> None:
        self.router = router
        self.accounts = [a for a in router.accounts if a.storefront is not None]

    async def aclose(self) -> None:
        return None  # the router closes every account's clients

    async def active_returns(self, order_ids: Sequence[str]) -> list[StorefrontReturn]:
        answers = await asyncio.gather(
            *(a.storefront.active_returns(order_ids) for a in self.accounts),
            return_exceptions=True)
        found: dict[str, StorefrontReturn] = {}
        failures: list[tuple[errors.ApiError, Account]] = []
        for account, answer in zip(self.accounts, answers, strict=True):
            if isinstance(answer, BaseException):
                if not isinstance(answer, errors.ApiError):
                    raise answer
                failures.append((answer, account))
                continue
            for r in answer:
                key = r.process_id or f"{account.ident}:{len(found)}"
                if key not in found:  # one shared sandbox answers every account the same
                    found[key] = r
        if not found and failures and (len(failures) == len(self.accounts) or any(
                not isinstance(exc, _NOT_MINE) for exc, _ in failures)):
            # An account that could not answer may hold the order: never "none" then.
            raise self.router._deciding(failures)
        return list(found.values())

    async def start_return_intent(self, email: str, order_number: str) -> Any:
        failures: list[tuple[errors.ApiError, Account]] = []
        for account in self.accounts:
            try:
                return await account.storefront.start_return_intent(email, order_number)
            except _NOT_MINE as exc:
                failures.append((exc, account))
            except errors.ApiError as exc:
                # Not sent again elsewhere: this account may hold the order, and a second
                # intent must not be started with another.
                raise _named(exc, account) from None
        if not failures:
            raise errors.NotConfigured(detail="no account has a Storefront API")
        raise self.router._deciding(failures)
