"""Pieces the logistics dialogs share: sending one request and showing its outcome, an
address form, the pickup-range picker, the return-method choice, the operator's words for a
refused label file and for a logistics outcome."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from revdesk.api import errors
from revdesk.api.models import PICKUP_RANGES, RETURN_METHODS, Address
from revdesk.domain.labels import (
    TYPE_NAMES,
    BrokenLabel,
    EmptyLabel,
    LabelRefused,
    LabelTooLarge,
    LabelTypeMismatch,
    LabelUnreadable,
    NotARegularFile,
    PdfWithoutPages,
    UnsupportedLabel,
)
from revdesk.domain.logistics import (
    DOCUMENTED_PROVIDERS,
    LogisticsOutcome,
    missing_address_fields,
)
from revdesk.i18n import QT_TRANSLATE_NOOP, translate
from revdesk.ui.errors import api_message
from revdesk.ui.operations import Operations
from revdesk.ui.screen_fit import room_for_hint

__all__ = ["AddressForm", "LogisticsRequestDialog", "RangePicker", "missing_addresses_message",
           "outcome_message", "provider_field", "refusal_message", "return_method_combo"]


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def refusal_message(error: LabelRefused) -> str:
    """Why a label file was refused, in the operator's (translated) words."""
    def tr(text: str) -> str:
        return translate("LabelRefusal", text)

    if isinstance(error, EmptyLabel):
        return translate("LabelRefusal", "The file is empty (0 bytes): pick the label file again.")
    if isinstance(error, LabelTooLarge):
        if _megabytes(error.size) == _megabytes(error.limit):  # just over: say it in bytes
            return translate("LabelRefusal", "The file is {size} bytes, over the {limit} limit "
                             "({bytes} bytes).").format(size=f"{error.size:,}",
                                                        limit=_megabytes(error.limit),
                                                        bytes=f"{error.limit:,}")
        return translate("LabelRefusal", "The file is {size}, over the {limit} limit.").format(
            size=_megabytes(error.size), limit=_megabytes(error.limit))
    if isinstance(error, UnsupportedLabel):
        return translate("LabelRefusal", "This is not a PDF, PNG or JPG label: the file looks "
                         "like {what}.").format(what=tr(error.looks_like))
    if isinstance(error, LabelTypeMismatch):
        return translate("LabelRefusal", "The file is named .{named} but it is a {actual}. "
                         "Check that this is the right file.").format(
            named=error.named, actual=tr(TYPE_NAMES[error.actual]))
    if isinstance(error, PdfWithoutPages):
        return translate("LabelRefusal", "The PDF has no pages: there is nothing to print.")
    if isinstance(error, BrokenLabel):
        return translate("LabelRefusal", "The {kind} does not open: {why}.").format(
            kind=tr(TYPE_NAMES[error.kind]), why=tr(error.why))
    if isinstance(error, NotARegularFile):
        return translate("LabelRefusal", "This is not a regular file ({kind}): choose the label "
                         "file itself.").format(kind=tr(error.kind))
    if isinstance(error, LabelUnreadable):
        return translate("LabelRefusal", "The file could not be read.")
    return tr(error.operator_message)


def outcome_message(outcome: LogisticsOutcome, what: str) -> str:
    """``what`` ("Logistic order", "Pickup") done, or "nothing generated" for provider OPS."""
    if not outcome.generated:
        # [doc] gRPC 12 for provider OPS: an expected answer, not an error.
        return translate("Logistics", "Nothing was generated (provider OPS): this provider "
                         "handles it outside REVER. Nothing needs to be done here.")
    ident = (outcome.order.id if outcome.order else "") or (
        outcome.pickup.id if outcome.pickup else "")
    if ident:
        return translate("Logistics", "{what} created: {id}.").format(what=what, id=ident)
    return translate("Logistics", "{what} created.").format(what=what)


class AddressForm(QGroupBox):
    """Every documented address field, in two columns; ``rever_id`` is kept, not shown."""

    changed = Signal()

    FIELDS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("first_name", QT_TRANSLATE_NOOP("AddressForm", "First name")),
        ("last_name", QT_TRANSLATE_NOOP("AddressForm", "Last name")),
        ("company", QT_TRANSLATE_NOOP("AddressForm", "Company")),
        ("phone", QT_TRANSLATE_NOOP("AddressForm", "Phone")),
        ("address_line_1", QT_TRANSLATE_NOOP("AddressForm", "Address")),
        ("address_line_2", QT_TRANSLATE_NOOP("AddressForm", "Address (2)")),
        ("postcode", QT_TRANSLATE_NOOP("AddressForm", "Postcode")),
        ("city", QT_TRANSLATE_NOOP("AddressForm", "City")),
        ("state_province", QT_TRANSLATE_NOOP("AddressForm", "State / province")),
        ("state_province_code", QT_TRANSLATE_NOOP("AddressForm", "State code")),
        ("country", QT_TRANSLATE_NOOP("AddressForm", "Country")),
        ("country_code", QT_TRANSLATE_NOOP("AddressForm", "Country code")),
        ("email", QT_TRANSLATE_NOOP("AddressForm", "E-mail")),
    )

    def __init__(self, title: str, address: Address | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._edits: dict[str, QLineEdit] = {}
        self._rever_id = ""
        grid = QGridLayout(self)
        for index, (name, caption) in enumerate(self.FIELDS):
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.textChanged.connect(self.changed)
            self._edits[name] = edit
            form = QFormLayout()
            form.addRow(translate("AddressForm", caption), edit)
            if index == len(self.FIELDS) - 1 and index % 2 == 0:
                # The last one alone on its row (the e-mail): the whole row, not half of it
                # with "…jimenez79@example.com" cut on a 1024 px screen.
                grid.addLayout(form, index // 2, 0, 1, 2)
            else:
                grid.addLayout(form, index // 2, index % 2)
        if address is not None:
            self.set_address(address)

    def set_address(self, address: Address) -> None:
        for name, edit in self._edits.items():
            edit.setText(str(getattr(address, name)))
        self._rever_id = address.rever_id

    def address(self) -> Address:
        values = {name: edit.text().strip() for name, edit in self._edits.items()}
        return Address(rever_id=self._rever_id, **values)

    def edit(self, name: str) -> QLineEdit:
        return self._edits[name]

    #: The edits that fill each need of :func:`~revdesk.domain.logistics.missing_address_fields`.
    NEEDS: ClassVar[dict[str, tuple[str, ...]]] = {
        "name": ("first_name", "last_name", "company"), "address_line_1": ("address_line_1",),
        "postcode": ("postcode",), "city": ("city",), "country": ("country", "country_code"),
    }

    def missing(self) -> list[str]:
        """What the address lacks to be sent (marked in red until it is filled)."""
        missing = missing_address_fields(self.address())
        marked = {name for need in missing for name in self.NEEDS[need]}
        for name, edit in self._edits.items():
            edit.setStyleSheet(MISSING_STYLE if name in marked else "")
        return missing

    def first_missing(self) -> QLineEdit | None:
        missing = missing_address_fields(self.address())
        return self._edits[self.NEEDS[missing[0]][0]] if missing else None


MISSING_STYLE = "border: 2px solid #b00020;"


def _need_words() -> dict[str, str]:
    return {"name": translate("Address", "a name (first or last name, or company)"),
            "address_line_1": translate("Address", "the street address"),
            "postcode": translate("Address", "the postcode"), "city": translate("Address", "the city"),
            "country": translate("Address", "the country")}


def missing_addresses_message(forms: list[tuple[str, AddressForm]], *,
                              warehouse: AddressForm | None = None) -> str:
    """"" when every form is complete, else what each one lacks, field by field, in the
    operator's words; the missing fields are marked in red. ``warehouse``: the form filled
    from the settings, whose lack the lead can fix once for every order."""
    words = _need_words()
    lines = []
    for title, form in forms:
        missing = form.missing()
        if missing:
            lines.append(translate("Address", "{title}: {fields} missing.").format(
                title=title, fields=", ".join(words[need] for need in missing)))
    if not lines:
        return ""
    text = translate("Address", "Not sent: complete the addresses first.") + "\n" + "\n".join(lines)
    if warehouse is not None and warehouse.missing():
        text += "\n" + translate("Address", "The warehouse address comes from Settings: save it "
                                      "there once and every order has it.")
    return text


class RangePicker(QGroupBox):
    """Pickup time ranges as check boxes; none checked means NO_RANGE."""

    changed = Signal()

    CAPTIONS: ClassVar[dict[str, str]] = {
        "RANGE_8_TO_12": QT_TRANSLATE_NOOP("RangePicker", "8:00 - 12:00"),
        "RANGE_12_TO_16": QT_TRANSLATE_NOOP("RangePicker", "12:00 - 16:00"),
        "RANGE_16_TO_20": QT_TRANSLATE_NOOP("RangePicker", "16:00 - 20:00"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("RangePicker", "Pickup time ranges"), parent)
        layout = QGridLayout(self)
        self._boxes: dict[str, QCheckBox] = {}
        for column, name in enumerate(r for r in PICKUP_RANGES if r != "NO_RANGE"):
            box = QCheckBox(translate("RangePicker", self.CAPTIONS.get(name, name)), self)
            box.setObjectName(name)
            box.toggled.connect(self.changed)
            self._boxes[name] = box
            layout.addWidget(box, 0, column)

    def ranges(self) -> list[str]:
        return [name for name, box in self._boxes.items() if box.isChecked()]

    def set_ranges(self, ranges: list[str]) -> None:
        for name, box in self._boxes.items():
            box.setChecked(name in ranges)


def add_rows(form: QFormLayout, rows: tuple[tuple[str, str, QWidget], ...]) -> None:
    """Add ``(object name, caption, widget)`` rows: the name is what tests and the
    accessibility tree find the field by."""
    for name, caption, widget in rows:
        widget.setObjectName(name)
        form.addRow(caption, widget)


def provider_field(parent: QWidget) -> QLineEdit:
    """The provider REVER generates the shipment with: the documented ones named in the
    hint and offered as the operator types; free text still, as the documents' list is
    open ("etc") and an account may have others."""
    field = QLineEdit(parent)
    completer = QCompleter(list(DOCUMENTED_PROVIDERS), field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    field.setCompleter(completer)
    field.setPlaceholderText(translate("Logistics", "e.g. {providers}").format(
        providers=", ".join(DOCUMENTED_PROVIDERS)))
    field.setToolTip(translate(
        "Logistics", "The providers REVER documents: {providers}. Any other provider your "
        "REVER account has is sent as typed.").format(providers=", ".join(DOCUMENTED_PROVIDERS)))
    room_for_hint(field)
    return field


def return_method_combo(current: str, parent: QWidget) -> QComboBox:
    """The documented return methods, the return's own selected when it is one of them."""
    combo = QComboBox(parent)
    for method in RETURN_METHODS:
        combo.addItem(method, method)
    if current in RETURN_METHODS:
        combo.setCurrentText(current)
    return combo


class LogisticsRequestDialog(QDialog):
    """What the logistics dialogs share: one request sent on the shared loop, the dialog
    kept open for its outcome or the reason it failed. ``submitted`` carries the outcome.

    Subclasses call :meth:`_build_status_and_buttons` and :meth:`_require`, set
    ``outcome_name`` ("Pickup"...) and define ``submit`` (and ``_can_submit`` when more
    than the required fields gates it).

    While its request is on the wire the dialog cannot be sent again or closed: these
    requests are not safe to repeat (a second pickup, a second order), and REVER's answer,
    the order made or the reason it was not, is what the operator waits for."""

    submitted = Signal(object)

    operations: Operations
    status: QLabel
    buttons: QDialogButtonBox
    submit_button: QPushButton
    close_button: QPushButton
    outcome_name: str
    outcome: LogisticsOutcome | None = None
    _required: tuple[QLineEdit, ...] = ()
    _sending = False

    def _build_status_and_buttons(self, submit_text: str) -> None:
        """The status line and the submit / cancel (later: close) buttons, wired."""
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # REVER's words, as they came
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(submit_text,
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("submit")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field moves to the next one instead of sending the form: a tracking
        # barcode scanned into its field ends with one. A focused button still takes it.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not isinstance(self.focusWidget(), QPushButton)):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _require(self, *edits: QLineEdit) -> None:
        """Submit stays disabled until each of ``edits`` has text."""
        self._required = edits
        for edit in edits:
            edit.textChanged.connect(self._update_submit)

    def _can_submit(self) -> bool:
        return True

    def _ready_to_send(self, build: Callable[[], object], forms: list[tuple[str, AddressForm]],
                       warehouse: AddressForm) -> bool:
        """Said before anything is sent: a field the request refuses (``build`` raises
        InvalidArgument), then which address lacks what (the first empty field gets the
        focus)."""
        try:
            build()
        except errors.InvalidArgument as exc:
            self._set_status(exc.operator_message, error=True)
            return False
        message = missing_addresses_message(forms, warehouse=warehouse)
        if not message:
            return True
        self._set_status(message, error=True)
        first = next((f.first_missing() for _, f in forms if f.first_missing()), None)
        if first is not None:
            first.setFocus()
        return False

    def _update_submit(self) -> None:
        filled = all(edit.text().strip() for edit in self._required)
        self.submit_button.setEnabled(filled and self.outcome is None and not self._sending
                                      and self._can_submit())

    def _send(self, make_call: Callable[[], Coroutine[Any, Any, LogisticsOutcome]], *,
              label: str, busy: tuple[QWidget, ...]) -> None:
        """``make_call`` builds the request (InvalidArgument: said, nothing sent) and
        returns the domain call to run. Once sent or answered, never again from here."""
        if self._sending or self.outcome is not None:
            return
        try:
            call = make_call()
        except errors.InvalidArgument as exc:
            self._set_status(exc.operator_message, error=True)
            return
        self._set_status(translate("LogisticsRequestDialog", "Sending…"))
        self._sending = True
        self.operations.run(call, label=label, busy=(*busy, self.close_button),
                            on_success=self.show_outcome, on_failure=self._failed)

    def reject(self) -> None:
        # Cancel, Esc and the title bar's close all come here (QDialog.closeEvent too).
        if self._sending:
            self._set_status(translate("LogisticsRequestDialog", "Still sending: wait for REVER's answer."))
            return
        super().reject()

    def _failed(self, error: Exception) -> bool:
        self._sending = False
        self._update_submit()
        if isinstance(error, errors.ApiError):
            self._set_status(api_message(error), error=True)
            return True
        self._set_status(translate("LogisticsRequestDialog", "Not sent."), error=True)
        return False

    def show_outcome(self, outcome: LogisticsOutcome) -> None:
        self._sending = False
        self.outcome = outcome
        self._set_status(outcome_message(outcome, self.outcome_name))
        self.close_button.setText(translate("LogisticsRequestDialog", "Close"))
        self._update_submit()
        self.submitted.emit(outcome)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")
