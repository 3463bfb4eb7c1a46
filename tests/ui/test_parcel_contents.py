"""Issue 17 C in the window: the return's detail shows what its parcel should hold (the
order's line items from the merchant's platform, pictures in the background), tells an
unknown order from a platform that is down, and a hostile picture never breaks it.

The returns come from the sandbox over loopback; the merchant's platform is the same
sandbox, or a small loopback server for answers the sandbox does not give."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QTextDocument
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded

from revdesk.api.models import MerchantOrder, OrderLineItem, Process
from revdesk.config import ENV_MERCHANT_KEY, ENV_MERCHANT_URL
from revdesk.domain.parcel_contents import ContentsKind, ParcelContents
from revdesk.domain.pictures import MAX_PICTURE_BYTES, Picture
from revdesk.ui.main_window import MainWindow
from revdesk.ui.parcel_contents import ParcelContentsPanel, ParcelItemsModel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from loopback_server import Server

KEY = {"x-rever-api-key": "test"}
DECORATION = Qt.ItemDataRole.DecorationRole


@pytest.fixture
def fake() -> Iterator[Server]:
    server = Server()
    try:
        yield server
    finally:
        server.stop()


def a_process(url: str) -> dict[str, Any]:
    answer = httpx.get(f"{url}/v1/processes", params={"shipping_status": "COLLECTED"},
                       headers=KEY)
    return dict(answer.json()["processes"][0])


def on_sandbox(monkeypatch: Any, url: str, merchant: str) -> None:
    monkeypatch.setenv("REVDESK_API_URL", url)
    monkeypatch.setenv("REVDESK_API_KEY", "test")
    monkeypatch.setenv(ENV_MERCHANT_URL, merchant)
    monkeypatch.setenv(ENV_MERCHANT_KEY, "merchant-test")


def open_return(qtbot: QtBot, window: MainWindow, pid: str) -> None:
    window.returns.open_process(pid)
    qtbot.waitUntil(lambda: window.detail.current_details() is not None
                    and window.detail.current_details().process.process_id == pid,  # type: ignore[union-attr]
                    timeout=10_000)


def test_the_detail_shows_the_orders_items_and_their_pictures(
        qtbot: QtBot, shared_sandbox: Any, monkeypatch: Any, make_window: MakeWindow) -> None:
    on_sandbox(monkeypatch, shared_sandbox.url, shared_sandbox.url)
    expected = a_process(shared_sandbox.url)
    window = loaded(qtbot, make_window)
    open_return(qtbot, window, expected["process_id"])
    panel = window.detail.parcel
    model = panel.model
    qtbot.waitUntil(lambda: panel.contents is not None, timeout=10_000)
    assert panel.contents is not None and panel.contents.kind is ContentsKind.CONTENTS
    for row, item in enumerate(expected["line_items"]):
        assert model.row_text(row)[:4] == (item["name"], item["variant_name"], item["sku"],
                                           str(item["quantity"]))
        assert model.row_text(row)[4] == "yes"
    assert expected["order_number"] in panel.note.text()
    # The pictures come after the items, each as its row's icon.
    qtbot.waitUntil(lambda: all(isinstance(model.index(r, 0).data(DECORATION), QPixmap)
                                for r in range(model.rowCount())
                                if model.items[r].picture_url), timeout=10_000)
    icon = model.index(0, 0).data(DECORATION)
    assert 0 < icon.width() <= 24 and 0 < icon.height() <= 24  # fits the row
    # The return's own details are there as before.
    assert window.detail.customer.text().startswith(expected["customer"]["first_name"])
    assert window.detail.items_model.rowCount() == len(expected["line_items"])
    tabs = window.detail.tabs
    assert tabs.tabText(tabs.indexOf(panel)) == "Contents"
    assert "Parcel contents" in tabs.tabToolTip(tabs.indexOf(panel))


def test_a_platform_that_is_down_is_said_and_the_return_still_shows(
        qtbot: QtBot, shared_sandbox: Any, monkeypatch: Any, make_window: MakeWindow) -> None:
    on_sandbox(monkeypatch, shared_sandbox.url, shared_sandbox.url)
    expected = a_process(shared_sandbox.url)
    shared_sandbox.set_faults(merchant="500")
    window = loaded(qtbot, make_window)
    open_return(qtbot, window, expected["process_id"])
    panel = window.detail.parcel
    qtbot.waitUntil(lambda: panel.contents is not None, timeout=10_000)
    assert panel.contents is not None and panel.contents.kind is ContentsKind.UNAVAILABLE
    assert "cannot be reached or is failing" in panel.note.text()
    assert panel.model.rowCount() == 0
    assert window.detail.carrier.text() == expected["carrier"]
    assert "does not know" not in panel.note.text()


def test_an_order_the_platform_does_not_know_is_said_as_such(
        qtbot: QtBot, shared_sandbox: Any, fake: Server, monkeypatch: Any,
        make_window: MakeWindow) -> None:
    on_sandbox(monkeypatch, shared_sandbox.url, fake.url)  # it knows no order: 404
    expected = a_process(shared_sandbox.url)
    window = loaded(qtbot, make_window)
    open_return(qtbot, window, expected["process_id"])
    panel = window.detail.parcel
    qtbot.waitUntil(lambda: panel.contents is not None, timeout=10_000)
    assert panel.contents is not None and panel.contents.kind is ContentsKind.ORDER_UNKNOWN
    assert expected["order_number"] in panel.note.text() and "does not know" in panel.note.text()
    assert fake.paths() == [f"/rever/orders/{expected['order_id']}"]
    assert fake.requests[0][1]["x-rever-api-key"] == "merchant-test"  # its own key


def test_hostile_pictures_are_refused_and_the_items_still_show(
        qtbot: QtBot, shared_sandbox: Any, fake: Server, monkeypatch: Any,
        make_window: MakeWindow) -> None:
    on_sandbox(monkeypatch, shared_sandbox.url, fake.url)
    expected = a_process(shared_sandbox.url)
    good = BytesIO()
    Image.new("RGB", (10, 10), (0, 120, 0)).save(good, "PNG")
    fake.routes["/good.png"] = (200, {"content-type": "image/png"}, good.getvalue())
    fake.routes["/huge.png"] = (200, {"content-type": "image/png"},
                                b"\x89PNG\r\n\x1a\n" + b"0" * (MAX_PICTURE_BYTES + 10))
    fake.routes["/page.png"] = (200, {"content-type": "text/html"}, b"<html>hello</html>")
    fake.routes["/away.png"] = (302, {"location": "http://169.254.169.254/latest/x.png"}, b"")
    names = ["good.png", "huge.png", "page.png", "away.png"]
    items = [{"id": str(n), "quantity": 1, "is_returnable": n != 2, "sku": f"S-{n}",
              "non_returnable_reason": 3,
              "product": {"id": str(n), "name": f"<b>Item {n}</b>",
                          "images": [{"src": f"{fake.url}/{name}"}]}}
             for n, name in enumerate(names)]
    fake.routes[f"/rever/orders/{expected['order_id']}"] = (
        200, {"content-type": "application/json"},
        json.dumps({"order_id": expected["order_id"], "line_items": items}).encode())
    window = loaded(qtbot, make_window)
    open_return(qtbot, window, expected["process_id"])
    model = window.detail.parcel.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=10_000)
    qtbot.waitUntil(lambda: len(model._pictures) + len(model._picture_problems) == 4,
                    timeout=10_000)
    assert isinstance(model.index(0, 0).data(DECORATION), QPixmap)
    for row, reason in ((1, "too large"), (2, "not a picture"),
                        (3, "not one the station loads from")):
        assert model.index(row, 0).data(DECORATION) is None
        assert reason in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_text(2)[4] == "no"
    assert model.index(2, 4).data(Qt.ItemDataRole.ToolTipRole) == "no (shop policy)"
    assert model.row_text(0)[0] == "<b>Item 0</b>"  # shown as the text it is
    assert "/latest/x.png" not in " ".join(fake.paths())  # never followed away
    assert window.detail.customer.text().startswith(expected["customer"]["first_name"])


def test_the_items_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: Any) -> None:
    item = OrderLineItem.model_validate({"quantity": 2, "sku": "S", "product": {"name": "Hat"},
                                         "is_returnable": False})
    model = ParcelItemsModel()
    model.set_items([item, item])
    qtmodeltester.check(model, force_py=True)
    assert model.row_text(0) == ("Hat", "", "S", "2", "no")
    model.set_picture(Picture("", None, "No picture."))
    panel = ParcelContentsPanel()
    qtbot.addWidget(panel)
    order = MerchantOrder(order_id="1", line_items=[item])
    panel.show_contents(ParcelContents("RP-1", "1", ContentsKind.CONTENTS, order))
    assert panel.model.rowCount() == 1 and "2 items should be" in panel.note.text()
    panel.show_contents(ParcelContents("RP-1", "1", ContentsKind.NO_ORDER,
                                       message="This return names no order."))
    assert panel.model.rowCount() == 0 and panel.note.text() == "This return names no order."


def test_a_return_without_an_order_asks_nothing(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.detail.show_process(Process(process_id="RP-9", order_id=""))
    panel = window.detail.parcel
    qtbot.waitUntil(lambda: panel.contents is not None, timeout=10_000)
    assert panel.contents is not None and panel.contents.kind is ContentsKind.NO_ORDER


def test_pictures_seen_once_come_from_the_data_folder_next_time(
        qtbot: QtBot, shared_sandbox: Any, monkeypatch: Any, make_window: MakeWindow,
        tmp_path: Path) -> None:
    on_sandbox(monkeypatch, shared_sandbox.url, shared_sandbox.url)
    first, second = [p["process_id"] for p in httpx.get(
        f"{shared_sandbox.url}/v1/processes", headers=KEY).json()["processes"][:2]]
    window = loaded(qtbot, make_window)
    model = window.detail.parcel.model

    def pictures_shown() -> bool:
        wanted = [r for r in range(model.rowCount()) if model.items[r].picture_url]
        return bool(wanted) and all(model.picture_of(r) is not None for r in wanted)

    def fetched() -> int:
        return len([r for r in shared_sandbox.requests()
                    if r["path"].startswith("/_sandbox/pictures/")])

    open_return(qtbot, window, first)
    qtbot.waitUntil(pictures_shown, timeout=10_000)
    before = fetched()
    assert before >= 1
    assert list((tmp_path / "revdesk-data" / "pictures").glob("*.png"))
    open_return(qtbot, window, second)
    qtbot.waitUntil(lambda: window.detail.parcel.contents is not None
                    and window.detail.parcel.contents.process_id == second, timeout=10_000)
    qtbot.waitUntil(pictures_shown, timeout=10_000)
    seen = fetched()
    open_return(qtbot, window, first)
    qtbot.waitUntil(lambda: window.detail.parcel.contents is not None
                    and window.detail.parcel.contents.process_id == first, timeout=10_000)
    qtbot.waitUntil(pictures_shown, timeout=10_000)
    assert fetched() == seen
    open_return(qtbot, window, second)
    qtbot.waitUntil(lambda: window.detail.parcel.contents is not None
                    and window.detail.parcel.contents.process_id == second, timeout=10_000)
    qtbot.waitUntil(pictures_shown, timeout=10_000)
    assert fetched() == seen  # both orders' pictures were read from the cache


def shown_as(tooltip: str) -> str:
    """What a tooltip puts on screen: Qt renders it as rich text when it guesses so."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_merchants_tags_in_a_tooltip_are_shown_not_rendered() -> None:
    name = '<img src="file:///etc/x.png"><b>Shirt</b>  &amp; co'
    item = OrderLineItem.model_validate({"quantity": 1, "sku": "<i>S</i>",
                                         "variant_name": "<u>M</u>",
                                         "product": {"name": name, "images": [{"src": "x"}]}})
    model = ParcelItemsModel()
    model.set_items([item])
    for column, text in ((0, name), (1, "<u>M</u>"), (2, "<i>S</i>")):
        assert shown_as(model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)) == text
    model.set_picture(Picture("x", None, "The picture could not be loaded."))
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert shown_as(tooltip) == f"{name}\nNo picture: The picture could not be loaded."
