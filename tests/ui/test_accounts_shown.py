"""At a station of several REVER accounts, every place a return is shown names its
account: the list's column (sortable, searchable), the detail, the scan banner; a station
of one account shows none of it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from revdesk.api.models import Customer, Process
from revdesk.domain.outcomes import Outcome
from revdesk.domain.process_index import ProcessIndex, ProcessRow, Query
from revdesk.domain.scanning import ScanResult
from revdesk.ui.feedback import describe
from revdesk.ui.process_detail import ProcessDetail
from revdesk.ui.process_model import ProcessTableModel


def of(account: str, **fields: object) -> Process:
    # Only the station names the account (never an answer): as the router does.
    return Process(**fields).model_copy(update={"account": account})  # type: ignore[arg-type]


def rows() -> list[ProcessRow]:
    return [ProcessRow(f"RP-{n}", f"#A{n}", "Ana García", "CREATED", "DROP_OFF_POINT", "UPS",
                       f"1Z{n}", "2026-12-01T10:00:00Z", "ana@example.com", account)
            for n, account in ((100001, "Acme"), (200001, "Northwind"), (100002, "Acme"))]


def model(accounts: bool) -> ProcessTableModel:
    index = ProcessIndex()
    index.upsert(rows())
    m = ProcessTableModel(None, index=index, accounts=accounts)
    m._relayout(index.select(Query()))
    return m


def test_the_account_column_is_there_only_with_several_accounts(qtbot: QtBot) -> None:
    one = model(accounts=False)
    assert one.columnCount() == 8
    several = model(accounts=True)
    assert several.columnCount() == 9
    assert several.headerData(8, Qt.Orientation.Horizontal) == "Account"
    shown = {several.data(several.index(r, 0)): several.data(several.index(r, 8))
             for r in range(several.rowCount())}
    assert shown == {"RP-100001": "Acme", "RP-200001": "Northwind", "RP-100002": "Acme"}


def test_the_list_sorts_and_searches_by_account(qtbot: QtBot) -> None:
    m = model(accounts=True)
    m.sort(8, Qt.SortOrder.DescendingOrder)
    assert m.data(m.index(0, 8)) == "Northwind"
    m.sort(8, Qt.SortOrder.AscendingOrder)
    assert [m.data(m.index(r, 8)) for r in range(3)] == ["Acme", "Acme", "Northwind"]
    m._relayout(m.index_.select(Query(text="northwind")))
    assert m.rowCount() == 1 and m.data(m.index(0, 0)) == "RP-200001"


def test_the_detail_names_the_account_only_when_there_is_one(qtbot: QtBot) -> None:
    detail = ProcessDetail()
    qtbot.addWidget(detail)
    detail.show()
    detail.show_process(of("Northwind", process_id="RP-200001"))
    assert detail.account.text() == "Northwind" and (not detail.account.isHidden())
    detail.show_process(Process(process_id="RP-100001"))
    assert not (not detail.account.isHidden())
    detail.show_process(of("Northwind", process_id="RP-200001"))
    detail.clear()
    assert not (not detail.account.isHidden()) and detail.account.text() == ""


def test_the_scan_banner_says_whose_return_it_is(qtbot: QtBot) -> None:
    result = ScanResult("1Z200001", "1Z200001", "IN_WAREHOUSE", outcome=Outcome.DELIVERED,
                        previous_status="COLLECTED", new_status="IN_WAREHOUSE",
                        process=of("Northwind", process_id="RP-200001",
                                   customer=Customer(first_name="Ana", last_name="Ruiz")))
    assert "Ana Ruiz · Northwind" in describe(result).detail
    result.process = Process(process_id="RP-200001",
                             customer=Customer(first_name="Ana", last_name="Ruiz"))
    assert "Northwind" not in describe(result).detail


def test_the_outbox_window_names_each_changes_account(qtbot: QtBot) -> None:
    from revdesk.domain.outbox import Entry
    from revdesk.ui.outbox_model import ACCOUNT, EntriesModel

    entry = Entry(1, "RP-200001", "IN_WAREHOUSE", "COLLECTED", "scan", 1_796_000_000.0,
                  "pending", 2, 0.0, "")
    several = EntriesModel(account_of={"RP-200001": "Northwind"}.get)
    several.set_entries([entry])
    assert several.columnCount() == 7 and several.headers[ACCOUNT] == "Account"
    assert several.data(several.index(0, ACCOUNT)) == "Northwind"
    one = EntriesModel()
    one.set_entries([entry])
    assert one.columnCount() == 6


def test_the_list_says_which_accounts_returns_are_missing(qtbot: QtBot, arun: Any) -> None:
    """Re-check H1: one account's key refused, the others' rows are listed and the list says
    by name whose returns are missing, at once, and goes on loading (not paused)."""
    from revdesk.api import errors
    from revdesk.api.models import ProcessPage
    from revdesk.domain.accounts import Account, AccountRouter
    from revdesk.domain.catalog import ProcessCatalog

    class Client:
        ecommerce_id, group = "acme", ""

        def __init__(self, pids: list[str], fail: errors.ApiError | None = None) -> None:
            self.pids, self.fail = pids, fail

        async def list_processes(self, **kw: object) -> ProcessPage:
            if self.fail is not None:
                raise self.fail
            return ProcessPage(processes=[Process(process_id=p) for p in self.pids])

    router = AccountRouter([Account("Acme", "a", Client(["RP-100001", "RP-100002"])),
                            Account("Northwind", "n",
                                    Client([], errors.AuthError(detail="test: revoked")))])
    m = ProcessTableModel(ProcessCatalog(router), accounts=True)
    said: list[object] = []
    m.load_failed.connect(said.append)
    arun(m.fetch_next_page())
    assert m.rowCount() == 2 and not m.paused
    assert len(said) == 1 and str(said[0]).startswith("Northwind: The API key was refused")
