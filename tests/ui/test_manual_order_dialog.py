"""The manual logistic order dialog, offscreen: file refusals in plain words with Submit
disabled, previews of good files, fields pre-filled, the request it builds, the outcome."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from revdesk.api import ReverAdminClient, Transport
from revdesk.api.models import Address, Customer, LogisticOrder, Process
from revdesk.domain.intake_label import IntakeInfo, intake_label_pdf
from revdesk.domain.logistics import LogisticsOutcome
from revdesk.ui.dialogs.manual_order import ManualOrderDialog
from revdesk.ui.errors import ErrorPresenter
from revdesk.ui.operations import Operations

PROCESS = Process(process_id="RP-100004", carrier="SEUR", return_method="DROP_OFF_POINT",
                  customer=Customer(first_name="Laura", last_name="Pérez",
                                    email="laura@example.com"),
                  customer_address=Address(address_line_1="Calle Mayor 5", postcode="28013",
                                           city="Madrid", country_code="ES"))
WAREHOUSE = Address(company="Acme returns", address_line_1="Calle de la Logística 8",
                    postcode="50197", city="Zaragoza", country_code="ES")


def no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"the dialog must not send anything here: {request.url}")


@pytest.fixture
def dialog(qtbot: Any) -> ManualOrderDialog:
    client = ReverAdminClient(Transport("http://127.0.0.1:9", "test",
                                        transport=httpx.MockTransport(no_network)))
    operations = Operations(ErrorPresenter(dialogs=False))
    printed: list[Any] = []
    widget = ManualOrderDialog(PROCESS, client, operations, warehouse=WAREHOUSE,
                               print_label=printed.append)
    widget.printed = printed  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    return widget


def fill(dialog: ManualOrderDialog) -> None:
    dialog.provider.setText("sendcloud")
    dialog.tracking_id.setText("TRK-42")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def image(fmt: str, size: tuple[int, int] = (406, 609)) -> bytes:
    buffer = io.BytesIO()
    Image.effect_noise(size, 60).convert("RGB").save(buffer, fmt)
    return buffer.getvalue()


def test_fields_are_prefilled_from_the_return_and_the_station(dialog: ManualOrderDialog) -> None:
    assert dialog.carrier.text() == "SEUR"
    assert dialog.return_method.currentData() == "DROP_OFF_POINT"
    assert dialog.from_form.address().first_name == "Laura"
    assert dialog.from_form.address().email == "laura@example.com"
    assert dialog.to_form.address().city == "Zaragoza"
    assert not dialog.submit_button.isEnabled()  # no label yet


@pytest.mark.parametrize(("name", "data", "words"), [
    ("label.pdf", b"Your label is attached", "not a PDF, PNG or JPG"),
    ("label.pdf", b"", "empty"),
    ("label.png", image("PNG")[:3000], "does not open"),
    ("label.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n", "does not open"),
    ("label.pdf", image("PNG"), "named .pdf but it is a PNG"),
])
def test_a_bad_file_shows_the_reason_and_disables_submit(
        dialog: ManualOrderDialog, tmp_path: Path, name: str, data: bytes, words: str) -> None:
    fill(dialog)
    assert not dialog.set_label_file(write(tmp_path / name, data))
    assert dialog.refusal.isVisibleTo(dialog) and words in dialog.refusal.text()
    assert not dialog.submit_button.isEnabled() and dialog.label is None
    assert dialog.preview_pages == 0


def test_a_good_pdf_shows_a_preview_and_enables_submit(dialog: ManualOrderDialog,
                                                       tmp_path: Path) -> None:
    pdf = intake_label_pdf(IntakeInfo("RP-100004"))
    assert dialog.set_label_file(write(tmp_path / "label.pdf", pdf))
    assert not dialog.refusal.isVisibleTo(dialog)
    assert dialog.preview_pages == 1
    assert not dialog.submit_button.isEnabled()  # provider and tracking id still empty
    fill(dialog)
    assert dialog.submit_button.isEnabled()


def reportlab_pdf(*, pages: int = 1, encrypt: object = None) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(288, 432), encrypt=encrypt)
    for _ in range(pages):
        canvas.drawString(20, 400, "RP-100004")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize(("user_password", "pages", "words"), [
    ("", 1, "The PDF is encrypted: it cannot be printed."),
    ("secret", 1, "The PDF is encrypted: it cannot be printed."),
    (None, 0, "The PDF has no pages: there is nothing to print."),
], ids=["encrypted", "password", "no-pages"])
def test_a_pdf_that_cannot_be_printed_is_refused_in_words(
        dialog: ManualOrderDialog, tmp_path: Path, user_password: str | None, pages: int,
        words: str) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    encrypt = (None if user_password is None else
               StandardEncryption(user_password, ownerPassword="owner"))
    fill(dialog)
    data = reportlab_pdf(pages=pages, encrypt=encrypt)
    assert not dialog.set_label_file(write(tmp_path / "label.pdf", data))
    assert dialog.refusal.text() == words and dialog.refusal.isVisibleTo(dialog)
    assert not dialog.submit_button.isEnabled() and dialog.preview_pages == 0


def test_a_pdf_without_an_index_is_previewed_and_can_be_sent(dialog: ManualOrderDialog,
                                                              tmp_path: Path) -> None:
    """PDFium rebuilds the index for the check, QtPdf for the preview: both see 1 page."""
    import re

    pdf = re.sub(rb"\nxref\n.*?(?=trailer)", b"\n", intake_label_pdf(IntakeInfo("RP-100004")),
                 flags=re.S)
    assert b"\nxref\n" not in pdf
    fill(dialog)
    assert dialog.set_label_file(write(tmp_path / "label.pdf", pdf))
    assert dialog.preview_pages == 1 and dialog.submit_button.isEnabled()
    assert dialog.label is not None and dialog.label.page_count == 1


def test_the_pdf_preview_is_on_white(dialog: ManualOrderDialog, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    dialog.set_label_file(write(tmp_path / "l.pdf", intake_label_pdf(IntakeInfo("RP-1"))))
    page = dialog.preview.findChild(QLabel, "previewPage")
    corner = page.pixmap().toImage().pixelColor(1, 1)
    assert (corner.red(), corner.green(), corner.blue(), corner.alpha()) == (255, 255, 255, 255)


def test_a_refusal_after_a_good_file_clears_it(dialog: ManualOrderDialog,
                                               tmp_path: Path) -> None:
    fill(dialog)
    assert dialog.set_label_file(write(tmp_path / "photo.jpeg", image("JPEG")))
    assert dialog.submit_button.isEnabled()
    assert dialog.preview_pages == 1
    assert not dialog.set_label_file(write(tmp_path / "empty.png", b""))
    assert not dialog.submit_button.isEnabled() and dialog.preview_pages == 0


def test_a_jpeg_builds_the_documented_request(dialog: ManualOrderDialog,
                                              tmp_path: Path) -> None:
    data = image("JPEG")
    fill(dialog)
    dialog.tracking_url.setText("https://track.example/TRK-42")
    dialog.set_label_file(write(tmp_path / "photo.jpeg", data))
    assert dialog.preview_pages == 1
    body = dialog.build_request().body()
    assert body["label_extension"] == "jpg" and base64.b64decode(body["label"]) == data
    order = body["order"]
    assert (order["carrier"], order["provider"], order["return_method"], order["tracking_id"],
            order["tracking_url"], order["process_id"]) == (
        "SEUR", "sendcloud", "DROP_OFF_POINT", "TRK-42", "https://track.example/TRK-42",
        "RP-100004")
    assert order["from"]["last_name"] == "Pérez" and order["to"]["company"] == "Acme returns"


def test_a_bad_field_is_said_before_sending(dialog: ManualOrderDialog, tmp_path: Path) -> None:
    fill(dialog)
    dialog.tracking_url.setText("ftp://nope")
    dialog.set_label_file(write(tmp_path / "photo.jpg", image("JPEG")))
    dialog.submit()  # no loop needed: the request is refused before any task starts
    assert "tracking" in dialog.status.text().lower()
    assert dialog.operations.running == 0


def test_a_dropped_file_is_checked(dialog: ManualOrderDialog, tmp_path: Path) -> None:
    path = write(tmp_path / "label.pdf", intake_label_pdf(IntakeInfo("RP-1")))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(event)
    assert dialog.label is not None and dialog.file_label.text() == "label.pdf"


def test_the_outcome_is_shown_and_printing_offered(dialog: ManualOrderDialog,
                                                   tmp_path: Path) -> None:
    fill(dialog)
    dialog.set_label_file(write(tmp_path / "label.png", image("PNG")))
    outcome = LogisticsOutcome(generated=True, order=LogisticOrder(id="LO-7"))
    dialog.show_outcome(outcome)
    assert "LO-7" in dialog.status.text()
    assert dialog.print_button.isVisibleTo(dialog) and not dialog.submit_button.isEnabled()
    dialog.print_button.click()
    assert dialog.printed == [dialog.label]  # type: ignore[attr-defined]


def test_nothing_generated_is_not_shown_as_a_failure(dialog: ManualOrderDialog) -> None:
    dialog.show_outcome(LogisticsOutcome(generated=False, detail="501"))
    assert "Nothing was generated (provider OPS)" in dialog.status.text()
    assert "color" not in dialog.status.styleSheet()


# -- Submit on the qasync loop (the window's Operations), with a scripted server --------------
# The body as the real sandbox receives it is checked in tests/integration/test_label_cli.py.


def recording_server(seen: list[httpx.Request]) -> ReverAdminClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "GET" and request.url.path == "/v1/processes":
            return httpx.Response(200, json={"processes": []})  # the tracking id: unused
        if "RP-999999" in request.url.path:
            return httpx.Response(404, json={"code": 5, "message": "unknown process"})
        if "RP-999998" in request.url.path:  # gRPC 12: for this call, a failure [doc]
            return httpx.Response(501, json={"code": 12, "message": "not implemented"})
        return httpx.Response(200, json={"order": {"id": "LO-1", "carrier": "SEUR"}})

    return ReverAdminClient(Transport("http://127.0.0.1:9", "test",
                                      transport=httpx.MockTransport(handler)))


def test_submit_sends_the_documented_body_and_offers_to_print(
        qtbot: Any, qloop: Any, tmp_path: Path) -> None:
    seen: list[httpx.Request] = []
    dialog = ManualOrderDialog(PROCESS, recording_server(seen),
                               Operations(ErrorPresenter(dialogs=False)), warehouse=WAREHOUSE,
                               print_label=lambda label: None)
    qtbot.addWidget(dialog)
    data = image("JPEG")
    fill(dialog)
    dialog.set_label_file(write(tmp_path / "photo.jpeg", data))
    dialog.submit_button.click()
    assert not dialog.submit_button.isEnabled()  # busy while sending
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=15_000)
    assert dialog.outcome is not None and dialog.outcome.generated
    search, request = seen  # the tracking id looked up first, then the order sent
    assert (search.method, search.url.params["q"]) == ("GET", "TRK-42")
    assert (request.method, request.url.path) == ("POST", "/v1/processes/RP-100004/logistics/")
    body = json.loads(request.content)
    assert body["label_extension"] == "jpg" and base64.b64decode(body["label"]) == data
    assert "LO-1" in dialog.status.text() and dialog.print_button.isVisibleTo(dialog)


def test_a_refused_request_is_shown_in_the_dialog(qtbot: Any, qloop: Any,
                                                  tmp_path: Path) -> None:
    unknown = PROCESS.model_copy(update={"process_id": "RP-999999"})
    dialog = ManualOrderDialog(unknown, recording_server([]),
                               Operations(ErrorPresenter(dialogs=False)), warehouse=WAREHOUSE)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.set_label_file(write(tmp_path / "label.png", image("PNG")))
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: "does not know" in dialog.status.text(), timeout=15_000)
    assert dialog.outcome is None and dialog.submit_button.isEnabled()  # re-enabled


def test_not_implemented_is_a_failure_for_the_manual_order(qtbot: Any, qloop: Any,
                                                           tmp_path: Path) -> None:
    # Only an OPS pickup or PUT order reads gRPC 12 as "nothing generated".
    other = PROCESS.model_copy(update={"process_id": "RP-999998"})
    dialog = ManualOrderDialog(other, recording_server([]),
                               Operations(ErrorPresenter(dialogs=False)), warehouse=WAREHOUSE)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.provider.setText("OPS")
    dialog.set_label_file(write(tmp_path / "label.png", image("PNG")))
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: "does not offer" in dialog.status.text(), timeout=15_000)
    assert dialog.outcome is None and "generated" not in dialog.status.text()
