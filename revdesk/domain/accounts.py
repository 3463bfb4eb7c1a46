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
import base64
import contextlib
import json
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from revdesk.api import errors
from revdesk.api.models import Process, ProcessPage, StorefrontReturn
from revdesk.i18n import translate

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The shared file of which account owns which return, in the data folder.
OWNERS_FILE = "accounts.sqlite3"
#: The router's own page tokens (each account's token, side by side) start so.
_TOKEN_PREFIX = "accounts:"
#: Once one account answered a page, how long the others have before the page is given
#: without them (their rows come with the next page).
LIST_GRACE_S = 0.5
#: Once an account said it does not know a return, how long the others have to answer.
READ_GRACE_S = 1.0
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


#: How long the owners file waits for another program's lock: not at all, nearly.
LOCK_WAIT_S = 0.05
#: Owners not seen for this long are forgotten when the file is opened.
FORGET_S = 183 * 86400


def _locked(exc: sqlite3.Error) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and (
        "locked" in str(exc) or "busy" in str(exc))


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
            db: sqlite3.Connection | None = None
            try:
                # Never waits for a lock: another program holding the file (a backup, a
                # shell) must not stall a list page or a scan; the hint is skipped then.
                db = sqlite3.connect(self.path, timeout=LOCK_WAIT_S, isolation_level=None)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=OFF")  # a hint: losing the last ones is fine
                db.execute("CREATE TABLE IF NOT EXISTS owners (key TEXT PRIMARY KEY,"
                           " account TEXT NOT NULL, seen REAL NOT NULL)")
                # Returns not seen for half a year are gone from every list: forgotten.
                db.execute("DELETE FROM owners WHERE seen < ?", (time.time() - FORGET_S,))
                self._db = db
            except sqlite3.Error as exc:
                if db is not None:
                    db.close()
                if _locked(exc):  # busy now: tried again at the next use
                    log.debug("accounts: the owners file is busy: %s", exc)
                    return None
                # A read-only folder, a damaged file: each account is asked instead.
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
        self._by_ecommerce = {a.ecommerce_id: a for a in reversed(self.accounts)
                              if a.ecommerce_id}
        #: The accounts a walk of the whole list (iter_pages) could not read, each error
        #: naming its account: the rows of the others were read all the same.
        self.unavailable: list[errors.ApiError] = []
        #: What the last page lacks: an account that failed or was too slow (named).
        self.last_unread: list[errors.ApiError] = []
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

    def _owner_in(self, process: Process, listed_by: Account) -> Account:
        """Whose a listed return is: the account of its own e-commerce when the station
        holds it (a key that sees more than its merchant lists others' returns too),
        else the account that listed it."""
        mine = process.ecommerce_id
        if not mine or mine == listed_by.ecommerce_id:
            return listed_by
        return self._by_ecommerce.get(mine, listed_by)

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
            except errors.NotFound as exc:  # no longer its own (or never): ask the others
                failures.append((exc, known))
            except errors.ApiError as exc:  # its owner's refusal is said, never "unknown"
                raise _named(exc, known) from None
        # The first account that has it answers the scan: one slow or offline account
        # never holds up another's parcel (the rest are cancelled then). Once an account
        # said "not mine", the others have READ_GRACE_S more: a read that is no return id
        # at all (a tracking number, searched next) is not held up by a slow merchant.
        async def attempt(account: Account) -> tuple[Account, Any, errors.ApiError | None]:
            try:
                return account, await call(account), None
            except errors.ApiError as exc:
                return account, None, exc

        loop = asyncio.get_running_loop()
        tasks = {asyncio.ensure_future(attempt(a)): a for a in others}
        pending = set(tasks)
        deadline: float | None = None
        try:
            while pending:
                timeout = None if deadline is None else max(0.0, deadline - loop.time())
                done, pending = await asyncio.wait(pending, timeout=timeout,
                                                   return_when=asyncio.FIRST_COMPLETED)
                if not done:
                    break  # the grace is over: the others did not answer in time
                for task in done:
                    account, answer, failure = task.result()
                    if failure is None:
                        self._learn([(process_id, account)])
                        return answer, account
                    failures.append((failure, account))
                    if isinstance(failure, errors.NotFound) and deadline is None:
                        deadline = loop.time() + READ_GRACE_S
        finally:
            for task in tasks:
                task.cancel()
        silent = [tasks[t] for t in pending]
        # In the accounts' order: the deciding failure does not depend on who was slower.
        order = {a.ident: i for i, a in enumerate(self.accounts)}
        failures.sort(key=lambda f: order.get(f[1].ident, -1))
        raise self._deciding_read(failures, silent)

    def _deciding_read(self, failures: list[tuple[errors.ApiError, Account]],
                       silent: list[Account]) -> errors.ApiError:
        """No account gave the return: "not found" when one that answered does not know
        it (the scan goes on to search for it as a tracking or order number), saying which
        accounts could not be asked; else the deciding failure."""
        if not any(isinstance(exc, errors.NotFound) for exc, _ in failures):
            return self._deciding(failures)
        unasked = [a.name for a in silent] + [
            a.name for exc, a in failures if not isinstance(exc, errors.NotFound)]
        if not unasked:
            return next(exc for exc, _ in failures if isinstance(exc, errors.NotFound))
        return errors.NotFound(
            translate("Accounts", "Not found in the accounts that answered; {names} could not "
                      "be asked (no answer in time, or an error). Try again in a moment.")
            .format(names=", ".join(unasked)),
            detail="not found where asked; unanswered: " + ", ".join(unasked))

    async def _send_in_turn(self, process_id: str,
                            call: Callable[[Account], Awaitable[T]]) -> T:
        """A change: to the owner, else to each account in turn until one takes it (an
        account that does not own the return answers "not found" and changes nothing)."""
        known, others = self._candidates(process_id)
        failures: list[tuple[errors.ApiError, Account]] = []
        for account in ([known] if known is not None else []) + others:
            try:
                answer = await call(account)
            except errors.ApiError as exc:
                if account is known and not isinstance(exc, errors.NotFound):
                    # Its owner refused it or could not be reached: said as it is, never
                    # tried with another merchant's key, never "unknown".
                    raise _named(exc, account) from None
                # Not this account's, or (owner unknown) it could not answer: the return
                # may be its own, so the change must not be called unknown (_deciding).
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

    def _state(self, token: str) -> list[str | None]:
        """The router's page token: each account's own token ("" not started yet, None
        done), so every account's list is read side by side."""
        if not token:
            return [""] * len(self.accounts)
        try:
            if not token.startswith(_TOKEN_PREFIX):
                raise ValueError("not ours")
            state = json.loads(base64.urlsafe_b64decode(token[len(_TOKEN_PREFIX):]))
            if (not isinstance(state, list) or len(state) != len(self.accounts)
                    or not all(t is None or isinstance(t, str) for t in state)):
                raise ValueError("not ours")
        except (ValueError, TypeError) as exc:
            raise errors.InvalidArgument(
                detail=f"not a page token of this station: {token[:40]!r}") from exc
        return state

    @staticmethod
    def _token(state: list[str | None]) -> str:
        if all(t is None for t in state):
            return ""
        return _TOKEN_PREFIX + base64.urlsafe_b64encode(
            json.dumps(state, separators=(",", ":")).encode()).decode()

    async def list_processes(self, *, shipping_status: str = "", query: str = "",
                             page_size: int = 200, page_token: str = "") -> ProcessPage:
        """The next page of every account's returns, read side by side (a page of each,
        the main account's rows first). An account that fails or is slow never hides the
        others: its rows are asked for again with the next page, and a page fails only when
        every account asked failed, or when nothing was found and one of them failed (a
        search must not say "none" while a merchant could not answer)."""
        state = self._state(page_token)
        active = [i for i, t in enumerate(state) if t is not None]
        self.last_unread = []

        async def page_of(i: int) -> ProcessPage:
            return await self.accounts[i].client.list_processes(
                shipping_status=shipping_status, query=query, page_size=page_size,
                page_token=state[i] or "")

        tasks = {i: asyncio.ensure_future(page_of(i)) for i in active}
        try:
            await self._answers_or_grace(list(tasks.values()))
        finally:
            for task in tasks.values():
                if not task.done():
                    task.cancel()  # asked again with the next page
        rows: list[Process] = []
        failures: list[tuple[errors.ApiError, Account]] = []
        late: list[Account] = []
        answered = 0
        for i, task in tasks.items():
            account = self.accounts[i]
            if not task.done() or task.cancelled():  # no answer in time: asked again next
                late.append(account)
                continue
            exc = task.exception()
            if exc is not None:
                if not isinstance(exc, errors.ApiError):
                    raise exc
                failures.append((exc, account))
                continue
            answered += 1
            page = task.result()
            state[i] = page.next_page_token or None
            owned = [(p, self._owner_in(p, account)) for p in page.processes]
            # A return of another account's e-commerce (a group that covers it, a key
            # that sees more) is that account's: listed by it, not twice; its calls go
            # with its key.
            rows.extend(self._tag(p, owner) for p, owner in owned if owner is account)
            self._learn([(p.process_id, owner) for p, owner in owned])
        if failures and not answered:
            raise self._deciding(failures)
        if failures and not rows:
            if query:  # a search: "not found where asked", naming who could not be asked
                raise self._not_found_where_asked(failures)
            raise self._deciding(failures)
        for exc, account in failures:
            log.info("accounts: %s's list not read this time: %s", account.name,
                     exc.log_text())
        # What this page lacks, said by the list (each account named): a failure, or no
        # answer in time (those rows come with a later page).
        self.last_unread = [_named(exc, account) for exc, account in failures] + [
            errors.RequestTimeout(translate(
                "Accounts", "{name}: no answer in time; its returns come with the next "
                "page.").format(name=account.name), detail="slower than the others")
            for account in late]
        return ProcessPage(processes=rows, next_page_token=self._token(state))

    def _not_found_where_asked(self, failures: list[tuple[errors.ApiError, Account]]
                               ) -> errors.ApiError:
        exc, account = failures[0]
        names = ", ".join(a.name for _, a in failures)
        return errors.NotFound(
            translate("Accounts", "Not found in the accounts that answered; {names} could "
                      "not be asked: {reason}").format(names=names,
                                                      reason=exc.operator_message),
            detail=f"search: not found where asked; {account.name}: {exc.detail}")

    @staticmethod
    async def _answers_or_grace(tasks: list[asyncio.Future[Any]]) -> None:
        """Until every account answered, or one answered with rows and the others had
        ``LIST_GRACE_S`` more: one slow merchant never holds up a page (or a scan's search)
        of the others. Without a row yet, every account is waited for: an empty answer
        must not pass for "none" while one could still have it."""
        pending = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            if any(not t.cancelled() and t.exception() is None and t.result().processes
                   for t in done):
                if pending:
                    await asyncio.wait(pending, timeout=LIST_GRACE_S)
                return

    async def iter_pages(self, *, max_pages: int | None = None, max_rows: int | None = None,
                         **kw: Any) -> AsyncIterator[ProcessPage]:
        """Every page of every account, as one account's ``iter_pages`` (the same caps and
        checks). An account that still fails once the others are read is left out:
        ``unavailable`` names it, and the caller says so (the CLI exits non-zero)."""
        from revdesk.api.rever import ReverAdminClient

        self.unavailable = []
        read_any = False
        pages = ReverAdminClient.iter_pages(self, max_pages=max_pages,  # type: ignore[arg-type]
                                            max_rows=max_rows, **kw)
        while True:
            try:
                page = await anext(pages)
            except StopAsyncIteration:
                return
            except errors.ApiError as exc:
                if not read_any or isinstance(exc, errors.TooLarge | errors.MalformedAnswer
                                              | errors.InvalidArgument):
                    raise
                self.unavailable.append(exc)
                return
            read_any = True
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
