"""Several REVER accounts as one (domain/accounts.py): each return's calls go with its
owner's key, the list is every account's, and "not this account's" is never "unknown" while
an account that may own the return could not answer. The real path over loopback, with keys
scoped by the sandbox, is in tests/integration/test_accounts_loopback.py."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from revdesk.api import errors
from revdesk.api.models import Process, ProcessPage, StorefrontReturn
from revdesk.domain.accounts import Account, AccountRouter, OwnerBook, StorefrontRouter
from revdesk.domain.process_index import ProcessRow


class FakeAccountClient:
    """One account's Admin client: the returns its key sees, in pages of its own."""

    def __init__(self, ecommerce: str, pids: list[str], *, down: bool = False) -> None:
        self.ecommerce_id = ecommerce
        self.group = ""
        self.pids = pids
        self.status: dict[str, str] = {}
        self.calls: list[tuple[str, str]] = []
        self.down = down
        self.closed = False

    def _check(self, what: str, pid: str) -> None:
        self.calls.append((what, pid))
        if self.down:
            raise errors.NetworkUnreachable(detail="test: offline")
        if pid not in self.pids:
            raise errors.NotFound(detail=f"test: {pid} not {self.ecommerce_id}'s")

    async def list_processes(self, *, shipping_status: str = "", query: str = "",
                             page_size: int = 200, page_token: str = "") -> ProcessPage:
        self.calls.append(("list", page_token))
        if self.down:
            raise errors.NetworkUnreachable(detail="test: offline")
        found = [p for p in self.pids if query.casefold() in p.casefold()]
        start = int(page_token or 0)
        chunk = found[start:start + page_size]
        more = start + page_size < len(found)
        return ProcessPage(
            processes=[Process(process_id=p, ecommerce_id=self.ecommerce_id) for p in chunk],
            next_page_token=str(start + page_size) if more else "")

    async def get_process(self, process_id: str) -> Process:
        self._check("get", process_id)
        return Process(process_id=process_id, ecommerce_id=self.ecommerce_id)

    async def set_shipping_status(self, process_id: str, status: str) -> None:
        self._check("set", process_id)
        self.status[process_id] = status

    async def get_label_url(self, process_id: str) -> str:
        self._check("label", process_id)
        return f"https://labels.example/{process_id}"

    async def aclose(self) -> None:
        self.closed = True


def router(tmp_path: Path | None = None, *, north_down: bool = False,
           ) -> tuple[AccountRouter, FakeAccountClient, FakeAccountClient]:
    acme = FakeAccountClient("acme", [f"RP-1{i:05d}" for i in range(5)])
    north = FakeAccountClient("northwind", [f"RP-2{i:05d}" for i in range(7)], down=north_down)
    owners = OwnerBook(tmp_path / "accounts.sqlite3") if tmp_path is not None else None
    return (AccountRouter([Account("Acme", "u#acme#", acme),
                           Account("Northwind", "u#northwind#", north)], owners), acme, north)


def run(coro):
    return asyncio.run(coro)


def test_the_list_is_every_accounts_each_row_naming_its_own() -> None:
    r, acme, north = router()

    async def walk() -> list[Process]:
        rows, token = [], ""
        for _ in range(10):
            page = await r.list_processes(page_size=3, page_token=token)
            rows += page.processes
            token = page.next_page_token
            if not token:
                break
        return rows

    rows = run(walk())
    # Read side by side, a page of each account at a time, the main account's rows first.
    assert sorted(p.process_id for p in rows) == acme.pids + north.pids
    assert [p.process_id for p in rows][:6] == acme.pids[:3] + north.pids[:3]
    assert {p.process_id: p.account for p in rows}["RP-100004"] == "Acme"
    assert {p.process_id: p.account for p in rows}["RP-200006"] == "Northwind"
    # A row carries its account to the list (a column, the cache).
    assert ProcessRow.from_process(rows[-1]).account == "Northwind"


def test_a_page_is_filled_from_the_next_account_so_a_search_covers_all() -> None:
    r, _, _ = router()
    page = run(r.list_processes(query="RP-", page_size=50))
    assert len(page.processes) == 12 and page.next_page_token == ""
    page = run(r.list_processes(query="RP-20000", page_size=50))
    assert [p.account for p in page.processes] == ["Northwind"] * 7


def test_a_token_not_made_by_the_station_is_refused() -> None:
    r, _, _ = router()
    with pytest.raises(errors.InvalidArgument):
        run(r.list_processes(page_token="7|x"))


def test_a_listed_return_is_changed_with_its_owners_key_only() -> None:
    r, acme, north = router()
    run(r.list_processes(page_size=50))
    acme.calls.clear()
    north.calls.clear()
    run(r.set_shipping_status("RP-200003", "IN_WAREHOUSE"))
    assert north.status == {"RP-200003": "IN_WAREHOUSE"}
    assert acme.calls == []  # acme's key never saw northwind's return


def test_an_unknown_owner_is_found_by_asking_each_account_then_remembered() -> None:
    r, acme, north = router()
    process = run(r.get_process("RP-200001"))
    assert process.account == "Northwind"
    assert r.account_name("RP-200001") == "Northwind"
    acme.calls.clear()
    run(r.set_shipping_status("RP-200001", "IN_WAREHOUSE"))
    assert acme.calls == [] and north.status == {"RP-200001": "IN_WAREHOUSE"}


def test_a_change_to_an_unknown_owner_goes_to_each_account_in_turn() -> None:
    r, acme, north = router()
    run(r.set_shipping_status("RP-200002", "IN_WAREHOUSE"))
    assert acme.calls == [("set", "RP-200002")]  # acme answered "not mine", changed nothing
    assert acme.status == {} and north.status == {"RP-200002": "IN_WAREHOUSE"}


def test_unknown_to_every_account_is_not_found() -> None:
    r, _, _ = router()
    with pytest.raises(errors.NotFound):
        run(r.get_process("RP-999999"))
    with pytest.raises(errors.NotFound):
        run(r.set_shipping_status("RP-999999", "IN_WAREHOUSE"))


def test_an_account_offline_keeps_a_change_queued_never_unknown() -> None:
    # The return may be northwind's while northwind cannot be reached: the outbox must
    # keep the change and retry (a transient error), not drop it as "unknown".
    r, acme, _ = router(north_down=True)
    with pytest.raises(errors.ApiError) as caught:
        run(r.set_shipping_status("RP-200002", "IN_WAREHOUSE"))
    assert caught.value.transient and not isinstance(caught.value, errors.NotFound)
    assert caught.value.operator_message.startswith("Northwind: ")
    # A read: not found where asked, saying which account could not be asked (a scan
    # goes on to search, which says the account is offline rather than "none").
    with pytest.raises(errors.NotFound) as read:
        run(r.get_process("RP-200002"))
    assert "Northwind could not be asked" in read.value.operator_message
    # Acme's own returns still work while northwind is down.
    run(r.set_shipping_status("RP-100001", "IN_WAREHOUSE"))
    assert acme.status == {"RP-100001": "IN_WAREHOUSE"}


def test_an_account_that_cannot_be_read_never_hides_the_others_rows() -> None:
    r, acme, _ = router(north_down=True)
    page = run(r.list_processes(page_size=50))
    assert [p.process_id for p in page.processes] == acme.pids
    # Northwind's rows are asked for again with the next page: then it is said, by name.
    with pytest.raises(errors.ApiError) as caught:
        run(r.list_processes(page_size=50, page_token=page.next_page_token))
    assert caught.value.operator_message.startswith("Northwind: ")
    assert isinstance(caught.value, errors.NetworkUnreachable)  # still read as what it is
    # A walk of the whole list gives the others' rows and names the one left out.
    rows = run(r.all_processes(page_size=2))
    assert sorted(p.process_id for p in rows) == acme.pids
    assert [e.operator_message.split(":")[0] for e in r.unavailable] == ["Northwind"]


def test_a_search_never_says_none_while_an_account_could_not_answer() -> None:
    r, _, _ = router(north_down=True)
    with pytest.raises(errors.NotFound) as caught:
        run(r.list_processes(query="RP-2000", page_size=50))
    # Not "none": not found where asked, and who could not be asked, and why.
    assert caught.value.operator_message.startswith("Not found in the accounts that answered; "
                                                    "Northwind could not be asked: No connection")
    page = run(r.list_processes(query="RP-1000", page_size=50))
    assert len(page.processes) == 5
    assert [e.operator_message.split(":")[0] for e in r.last_unread] == ["Northwind"]


def test_an_answer_about_another_merchants_return_is_not_this_accounts() -> None:
    # A key that sees more than its own merchant: the row and the change go to the owner.
    acme = FakeAccountClient("acme", ["RP-100000", "RP-200000"])
    north = FakeAccountClient("northwind", ["RP-200000"])
    acme.get_process = north.get_process  # type: ignore[method-assign]
    r = AccountRouter([Account("Acme", "a", acme), Account("Northwind", "n", north)])
    assert run(r.get_process("RP-200000")).account == "Northwind"


def test_the_owners_are_shared_by_every_process_on_the_folder(tmp_path: Path) -> None:
    window, _, _ = router(tmp_path)
    run(window.list_processes(page_size=50))
    # Another process (`revdesk outbox flush`) with a router of its own on the same folder.
    flush, acme, north = router(tmp_path)
    run(flush.set_shipping_status("RP-200005", "IN_WAREHOUSE"))
    assert acme.calls == [] and north.status == {"RP-200005": "IN_WAREHOUSE"}


def test_a_damaged_owners_file_costs_a_question_never_a_change(tmp_path: Path) -> None:
    (tmp_path / "accounts.sqlite3").write_bytes(b"not a database" * 100)
    r, _, north = router(tmp_path)
    run(r.list_processes(page_size=50))
    run(r.set_shipping_status("RP-200005", "IN_WAREHOUSE"))
    assert north.status == {"RP-200005": "IN_WAREHOUSE"}


def test_an_account_name_in_an_answer_is_never_taken() -> None:
    assert Process.model_validate({"process_id": "RP-1", "account": "Forged"}).account == ""
    tagged = Process(process_id="RP-1").model_copy(update={"account": "Acme"})
    assert "account" not in tagged.model_dump()  # never sent back to REVER


def test_closing_closes_every_account() -> None:
    r, acme, north = router()
    run(r.aclose())
    assert acme.closed and north.closed


class FakeStorefront:
    def __init__(self, returns: list[StorefrontReturn], *, down: bool = False) -> None:
        self.returns, self.down = returns, down

    async def active_returns(self, order_ids: list[str]) -> list[StorefrontReturn]:
        if self.down:
            raise errors.NetworkUnreachable(detail="test: offline")
        return [r for r in self.returns if r.order_number in order_ids]

    async def aclose(self) -> None:
        return None


def storefronts(*, north_down: bool = False) -> StorefrontRouter:
    acme = FakeStorefront([StorefrontReturn(process_id="RP-100001", order_number="#A1")])
    north = FakeStorefront([StorefrontReturn(process_id="RP-200001", order_number="#N1")],
                           down=north_down)
    return StorefrontRouter(AccountRouter([
        Account("Acme", "a", FakeAccountClient("acme", []), acme),
        Account("Northwind", "n", FakeAccountClient("northwind", []), north)]))


def test_an_order_number_is_looked_up_under_every_accounts_key() -> None:
    found = run(storefronts().active_returns(["#N1"]))
    assert [r.process_id for r in found] == ["RP-200001"]


def test_an_order_look_up_with_an_account_offline_is_not_none() -> None:
    with pytest.raises(errors.NetworkUnreachable):
        run(storefronts(north_down=True).active_returns(["#N1"]))
    # Found under an account that answered: found.
    assert len(run(storefronts(north_down=True).active_returns(["#A1"]))) == 1


def test_a_slow_account_never_holds_up_anothers_parcel() -> None:
    r, acme, _ = router()

    async def slow_get(process_id: str) -> Process:
        await asyncio.sleep(30)
        raise AssertionError("never reached: cancelled once the owner answered")

    acme.get_process = slow_get  # type: ignore[method-assign]

    async def timed() -> tuple[Process, float]:
        loop = asyncio.get_running_loop()
        start = loop.time()
        process = await r.get_process("RP-200003")
        return process, loop.time() - start

    process, took = run(timed())
    assert process.account == "Northwind" and took < 5


def test_an_account_that_covers_anothers_e_commerce_never_lists_its_returns_twice() -> None:
    # QA M3: a group account covering acme and northwind beside both: each return once,
    # under its own merchant's account, and changed with its key.
    acme = FakeAccountClient("acme", ["RP-100001"])
    north = FakeAccountClient("northwind", ["RP-200001"])

    class Group(FakeAccountClient):
        async def list_processes(self, **kw: object) -> ProcessPage:
            return ProcessPage(processes=[Process(process_id="RP-100001", ecommerce_id="acme"),
                                          Process(process_id="RP-200001",
                                                  ecommerce_id="northwind")])

    group = Group("", ["RP-100001", "RP-200001"])
    group.group = "desk-group"
    r = AccountRouter([Account("Acme", "a", acme), Account("Northwind", "n", north),
                       Account("Desk", "d", group)])
    rows = run(r.all_processes())
    assert sorted((p.process_id, p.account) for p in rows) == [
        ("RP-100001", "Acme"), ("RP-200001", "Northwind")]
    run(r.set_shipping_status("RP-200001", "IN_WAREHOUSE"))
    assert north.status == {"RP-200001": "IN_WAREHOUSE"} and group.status == {}
