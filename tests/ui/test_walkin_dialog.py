"""Returns → Walk-in return…, in a station window on the embedded sandbox: Enter never sends
a half-filled form, a started return's slip is printed on the intake printer (a folder
profile here, through QPrinter) and its QR code, rendered with QtPdf on white, decodes to
the return and its token; reprint; refusals said in the dialog with nothing printed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from test_layout import themed  # noqa: F401 (a fixture)

from revdesk.config import PrinterSettings, StationSettings
from revdesk.ui import translation
from revdesk.ui.dialogs.walkin import WalkinDialog
from revdesk.ui.main_window import MainWindow
from revdesk.ui.printing import open_pdf


@pytest.fixture
def labels(tmp_path: Path) -> Path:
    folder = tmp_path / "labels"
    folder.mkdir()
    return folder


@pytest.fixture
def window(make_window: Any, labels: Path) -> MainWindow:
    win: MainWindow = make_window(StationSettings(
        station_name="DOCK-2",
        intake_printer=PrinterSettings(kind="folder", folder=str(labels))))
    return win


def customer(window: MainWindow, arun: Any) -> dict[str, str]:
    rows = arun(window.core.client.all_processes())
    process = next(p for p in rows if p.shipping_status != "CANCELED")
    return {"email": process.customer.email, "order": process.order_number,
            "order_id": process.order_id}


def open_dialog(window: MainWindow, qtbot: QtBot) -> WalkinDialog:
    action = window.findChild(type(window.walkin_actions.walkin), "walkinReturn")
    assert action is not None and action in window.walkin_actions.all()
    menu = next(m for m in window.menuBar().findChildren(type(window.labels_menu))
                if m.objectName() == "returnsMenu")
    assert action in menu.actions()
    action.trigger()
    dialog = window.walkin_actions.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def render_qr(path: Path) -> list[str]:
    """The slip's first page rendered by QtPdf at 203 dpi on white, its codes decoded."""
    from pyzbar.pyzbar import decode

    document, buffer = open_pdf(path.read_bytes())
    try:
        assert document.status() == QPdfDocument.Status.Ready
        size = document.pagePointSize(0)
        assert (round(size.width()), round(size.height())) == (288, 432)
        rendered = document.render(0, QSize(812, 1218))
    finally:
        document.close()
        buffer.close()
    # QtPdf renders on transparent: white first, or the dark modules sit on black.
    page = QImage(rendered.size(), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    grey = page.convertToFormat(QImage.Format.Format_Grayscale8)
    image = Image.frombytes("L", (grey.width(), grey.height()),
                            bytes(grey.constBits())[:grey.bytesPerLine() * grey.height()],
                            "raw", "L", grey.bytesPerLine())
    return [d.data.decode() for d in decode(image)]


def test_enter_on_a_half_filled_form_goes_to_the_field_to_fix(
        window: MainWindow, qtbot: QtBot, arun: Any, labels: Path) -> None:
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.order.setFocus()
    # A scanner types the order number and presses Enter, the e-mail not typed yet.
    qtbot.keyClicks(dialog.order, who["order"])
    qtbot.keyClick(dialog.order, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.walkin_result is None
    assert "e-mail" in dialog.status.text()
    assert dialog.focusWidget() is dialog.email
    qtbot.keyClicks(dialog.email, "not-an-address")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Enter)
    assert "not an e-mail address" in dialog.status.text()
    assert dialog.walkin_result is None and not list(labels.iterdir())


def test_a_started_return_prints_its_slip_whose_qr_code_finishes_it(
        window: MainWindow, qtbot: QtBot, arun: Any, labels: Path) -> None:
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.email, who["email"])
    dialog.order.setFocus()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.keyClicks(dialog.order, who["order"])
        qtbot.keyClick(dialog.order, Qt.Key.Key_Return)
    result = dialog.walkin_result
    assert result is not None and result.started and result.return_id.startswith("RT-W")
    assert result.return_id in dialog.status.text() and "printed" in dialog.status.text()
    assert result.customer_token not in dialog.status.text()
    assert dialog.items.rowCount() == len(result.items) > 0
    (slip,) = labels.iterdir()
    assert slip.name == f"{result.return_id}-walkin.pdf"
    assert render_qr(slip) == [f"return_id={result.return_id}"
                               f"&customer_token={result.customer_token}"]
    # Reprint: the same slip again, through the same print path.
    slip.unlink()
    assert dialog.reprint_button.isEnabled()
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    assert render_qr(labels / f"{result.return_id}-walkin.pdf") == [
        f"return_id={result.return_id}&customer_token={result.customer_token}"]
    # Labels → Reprint last label knows the slip too.
    assert window.label_actions.printer.last[0].slip is not None


def test_the_returns_page_setting_makes_the_code_a_link(
        make_window: Any, qtbot: QtBot, arun: Any, labels: Path) -> None:
    window = make_window(StationSettings(
        returns_portal_url="https://shop.example/returns",
        intake_printer=PrinterSettings(kind="folder", folder=str(labels))))
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(who["email"])
    dialog.order.setText(who["order"])
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    result = dialog.walkin_result
    assert result is not None
    (slip,) = labels.iterdir()
    assert render_qr(slip) == [f"https://shop.example/returns?return_id={result.return_id}"
                               f"&customer_token={result.customer_token}"]


@pytest.mark.parametrize(("email", "order", "words", "focus"), [
    ("someone.else@example.com", None, "was not placed with", "email"),
    ("who@example.com", "#NO-SUCH-ORDER", "has no order #NO-SUCH-ORDER", "orderNumber"),
])
def test_a_refusal_is_said_in_the_dialog_and_nothing_is_printed(
        window: MainWindow, qtbot: QtBot, arun: Any, labels: Path, email: str,
        order: str | None, words: str, focus: str) -> None:
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(email)
    dialog.order.setText(order or who["order"])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: words in dialog.status.text(), timeout=20_000)
    assert "Nothing was started" in dialog.status.text()
    assert dialog.walkin_result is None and not dialog.reprint_button.isEnabled()
    assert dialog.focusWidget() is not None and dialog.focusWidget().objectName() == focus
    assert dialog.start_button.isEnabled()
    assert not list(labels.iterdir())


def test_no_intake_printer_is_said_and_the_return_stays_started(
        make_window: Any, qtbot: QtBot, arun: Any) -> None:
    window = make_window(StationSettings(intake_printer=PrinterSettings()))
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(who["email"])
    dialog.order.setText(who["order"])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not printed" in dialog.status.text(), timeout=20_000)
    assert dialog.walkin_result is not None and dialog.reprint_button.isEnabled()
    assert "No intake-label printer is chosen" in dialog.status.text()


def test_a_scanned_order_number_stays_in_its_field_and_a_parcel_scan_elsewhere_does_not(
        qtbot: QtBot, make_window: Any, labels: Path, arun: Any) -> None:
    """The receipt's barcode is scanned into the order field on purpose: a scanner's burst
    stays there, its Enter does not send the half-filled form. A burst into the e-mail
    field is a parcel's scan, given back to the pipeline as in every dialog."""
    from station_window import loaded, type_into

    window = loaded(qtbot, make_window, settings=StationSettings(
        intake_printer=PrinterSettings(kind="folder", folder=str(labels))))
    window.activateWindow()
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.order.setFocus()
    qtbot.waitUntil(dialog.order.hasFocus)
    type_into(None, who["order"], start_ms=2_000_000, gap_ms=3)
    assert dialog.order.text() == who["order"] and dialog.isVisible()
    assert dialog.walkin_result is None and dialog.focusWidget() is dialog.email
    assert list(window.core.pipeline.recent) == []
    type_into(None, "RP-100005", start_ms=2_100_000, gap_ms=3)
    assert dialog.email.text() == "" and dialog.isVisible()
    assert [r.cleaned for r in window.core.pipeline.recent] == ["RP-100005"]


def test_an_answer_no_slip_can_carry_is_said_and_nothing_printed(
        qtbot: QtBot, qloop: Any, tmp_path: Path) -> None:
    """A token far too long for a QR code a phone reads: the return is started, the dialog
    says the slip cannot be made, and nothing goes to the printer."""
    from revdesk.domain.walkin import WalkinOutcome, WalkinResult
    from revdesk.settings_store import SettingsStore
    from revdesk.ui.errors import ErrorPresenter
    from revdesk.ui.operations import Operations

    class Service:
        async def start(self, email: str, order: str) -> WalkinResult:
            return WalkinResult(WalkinOutcome.STARTED, "Return RT-W9 started.", email, order,
                                return_id="RT-W9", customer_token="t" * 2000)

    class Printer:
        def print(self, *args: Any, **kw: Any) -> Any:
            raise AssertionError("nothing may be printed")

    dialog = WalkinDialog(Service(), Operations(ErrorPresenter(dialogs=False)),  # type: ignore[arg-type]
                          settings=SettingsStore(), printer=Printer)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.email.setText("ana@example.com")
    dialog.order.setText("#A5042")
    dialog.submit()
    qtbot.waitUntil(lambda: "no slip can be made" in dialog.status.text(), timeout=5_000)
    assert "RT-W9 started" in dialog.status.text() and "t" * 50 not in dialog.status.text()
    assert not dialog.reprint_button.isEnabled()


def test_a_second_enter_while_a_start_is_on_its_way_starts_nothing(
        qtbot: QtBot, qloop: Any) -> None:
    import asyncio

    from revdesk.domain.walkin import WalkinOutcome, WalkinResult
    from revdesk.settings_store import SettingsStore
    from revdesk.ui.errors import ErrorPresenter
    from revdesk.ui.operations import Operations

    calls: list[str] = []
    gate = asyncio.Event()

    class Service:
        async def start(self, email: str, order: str) -> WalkinResult:
            calls.append(order)
            await gate.wait()
            return WalkinResult(WalkinOutcome.ORDER_NOT_FOUND, "The shop has no order.")

    dialog = WalkinDialog(Service(), Operations(ErrorPresenter(dialogs=False)),  # type: ignore[arg-type]
                          settings=SettingsStore(), printer=lambda: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    dialog.email.setText("ana@example.com")
    dialog.order.setText("#A5042")
    dialog.order.setFocus()
    qtbot.keyClick(dialog.order, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: calls == ["#A5042"], timeout=5_000)
    qtbot.keyClick(dialog.order, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.order, Qt.Key.Key_Enter)
    gate.set()
    qtbot.waitUntil(lambda: "no order" in dialog.status.text(), timeout=5_000)
    assert calls == ["#A5042"] and dialog.start_button.isEnabled()


def test_another_customer_s_order_typed_forgets_the_last_return_and_its_reprint(
        window: MainWindow, qtbot: QtBot, arun: Any, labels: Path) -> None:
    # QA F11's pattern: the next customer's order typed must not leave the last customer's
    # items and reprint on screen, nor bring them back after a refusal.
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(who["email"])
    dialog.order.setText(who["order"])
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.reprint_button.isEnabled() and dialog.items.rowCount() > 0
    dialog.order.setText("#NO-SUCH-ORDER")
    assert not dialog.reprint_button.isEnabled()
    assert dialog.walkin_result is None and dialog.items.rowCount() == 0
    assert not dialog.items_view.isVisible()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was started" in dialog.status.text(), timeout=20_000)
    assert not dialog.reprint_button.isEnabled()
    for slip in labels.iterdir():
        slip.unlink()
    dialog.print_slip()
    qtbot.wait(300)
    assert not list(labels.iterdir())


def test_the_result_and_the_items_are_shown_whole(
        window: MainWindow, qtbot: QtBot, arun: Any, labels: Path) -> None:
    # QA F9: the dialog did not grow: its result was cut mid-line and the items list was
    # one row with a scroll bar.
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(who["email"])
    dialog.order.setText(who["order"])
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the layout's own pass
    status = dialog.status
    assert "Give it to the customer" in status.text()
    assert status.height() >= status.heightForWidth(status.width())
    assert dialog.rect().contains(status.geometry())
    view = dialog.items_view
    rows = dialog.items.rowCount()
    shown = view.viewport().height() / view.rowHeight(0)
    assert shown >= min(rows, 3), (shown, rows)
    assert dialog.rect().contains(view.geometry())


def cut_labels(dialog: WalkinDialog) -> list[str]:
    """The dialog's wrapped lines lower than their text, or the items list showing fewer
    than its rows (up to three)."""
    cut = [label.text()[:40] for label in dialog.findChildren(QLabel)
           if label.isVisible() and label.wordWrap()
           and label.height() < label.heightForWidth(label.width())]
    view = dialog.items_view
    if view.isVisible() and view.viewport().height() < view.rowHeight(0) * min(
            dialog.items.rowCount(), 3):
        cut.append("items")
    return cut


def test_a_slip_not_printed_is_not_handed_over_and_the_spanish_dialog_stays_whole(
        make_window: Any, qtbot: QtBot, arun: Any, themed: Any) -> None:  # noqa: F811
    """QA of issue 19, L14: with no intake printer, the window said "entregue el resguardo
    al cliente" though nothing was printed, and the dialog's lines were cut top and bottom
    at its first height."""
    assert translation.apply_language("es")
    window = make_window(StationSettings(intake_printer=PrinterSettings()))
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(who["email"])
    dialog.order.setText(who["order"])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.reprint_button.isEnabled, timeout=20_000)
    said = window.notice_line.text()
    assert said == dialog.status.text() and "no se imprimió" in said, said
    assert "entregue" not in said.lower() and "Reimprimir resguardo" in said, said
    dialog.resize(dialog.width(), 150)  # a window manager's or a hand's resize
    qtbot.wait(50)
    assert cut_labels(dialog) == []


def test_the_window_says_to_give_the_slip_once_it_is_printed(
        window: MainWindow, qtbot: QtBot, arun: Any, labels: Path) -> None:
    who = customer(window, arun)
    dialog = open_dialog(window, qtbot)
    dialog.email.setText(who["email"])
    dialog.order.setText(who["order"])
    with qtbot.waitSignal(dialog.printed, timeout=20_000):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    said = window.notice_line.text()
    assert said == dialog.status.text() and said.endswith("Give it to the customer."), said
    assert str(labels) in said


def _started_dialog(qtbot: QtBot, calls: list[str]) -> WalkinDialog:
    """A dialog whose return RT-W9 was started for #A6262 (its slip cannot be made, so
    nothing is printed)."""
    from revdesk.domain.walkin import WalkinOutcome, WalkinResult
    from revdesk.settings_store import SettingsStore
    from revdesk.ui.errors import ErrorPresenter
    from revdesk.ui.operations import Operations

    class Service:
        async def start(self, email: str, order: str) -> WalkinResult:
            calls.append(order)
            return WalkinResult(WalkinOutcome.STARTED, "Return RT-W9 started.", email, order,
                                return_id="RT-W9", items=("Shoe",),
                                customer_token="t" * 2000)

    dialog = WalkinDialog(Service(), Operations(ErrorPresenter(dialogs=False)),  # type: ignore[arg-type]
                          settings=SettingsStore(), printer=lambda: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.setText("ana@example.com")
    dialog.order.setText("#A6262")
    dialog.order.setFocus()
    qtbot.waitUntil(dialog.order.hasFocus)
    dialog.submit()
    qtbot.waitUntil(lambda: "RT-W9 started" in dialog.status.text(), timeout=5_000)
    assert dialog.walkin_result is not None
    return dialog


def test_the_last_return_s_message_goes_with_its_items(qtbot: QtBot, qloop: Any) -> None:
    # QA: "Return … started" stayed under another customer's form.
    dialog = _started_dialog(qtbot, [])
    dialog.email.setText("bo@example.com")
    assert dialog.items.rowCount() == 0 and dialog.status.text() == ""


def test_the_next_customer_s_scan_replaces_the_finished_order(
        qtbot: QtBot, qloop: Any) -> None:
    # QA: the next receipt's scan was appended to the last order ("#A6262#A6259").
    from station_window import type_into

    calls: list[str] = []
    dialog = _started_dialog(qtbot, calls)
    dialog.order.deselect()
    dialog.order.end(False)
    type_into(dialog.order, "#A6259", start_ms=4_000_000, gap_ms=3, end=None)
    assert dialog.order.text() == "#A6259" and dialog.walkin_result is None
