"""Station → Revers.io…: an order reference's status on every Revers.io account (a row
per account, naming it), an order imported for a walk-in customer (the form checked against
document 001's schema before sending, each problem under its field), and the self-care
link, printed as a QR code on a 4x6 slip on the intake label printer.

The dialog only calls ``core.reversio`` (``domain/reversio.py``) through ``Operations``;
text from Revers.io is shown as plain text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.reversio import FieldProblem, ReversioRefused, validate_order
from revdesk.domain.reversio import AccountStatus, ReversioService
from revdesk.i18n import QT_TRANSLATE_NOOP, translate
from revdesk.ui.operations import Operations
from revdesk.ui.scan_catcher import SCAN_AWARE
from revdesk.ui.screen_fit import FormScroll, keep_on_screen
from revdesk.ui.simple_models import RowsModel

if TYPE_CHECKING:
    from revdesk.ui.printing import LabelPrinter

__all__ = ["ReversioDialog"]

_ERROR_COLOUR = "#b00020"


#: The walk-in form: (the document's path, its label). Each field gets an error line.
_FORM_FIELDS: tuple[tuple[str, str], ...] = (
    ("orderReference", QT_TRANSLATE_NOOP("ReversioDialog", "Order reference")),
    ("customerFirstName", QT_TRANSLATE_NOOP("ReversioDialog", "First name")),
    ("customerLastName", QT_TRANSLATE_NOOP("ReversioDialog", "Last name")),
    ("customerMail", QT_TRANSLATE_NOOP("ReversioDialog", "E-mail")),
    ("phoneNumber", QT_TRANSLATE_NOOP("ReversioDialog", "Phone")),
    ("address.streetAddress", QT_TRANSLATE_NOOP("ReversioDialog", "Street")),
    ("address.zipCode", QT_TRANSLATE_NOOP("ReversioDialog", "Postcode")),
    ("address.city", QT_TRANSLATE_NOOP("ReversioDialog", "City")),
    ("address.countryCode", QT_TRANSLATE_NOOP("ReversioDialog", "Country code")),
    ("purchaseDateUtc", QT_TRANSLATE_NOOP("ReversioDialog", "Purchase date (UTC)")),
    ("products.0.modelId", QT_TRANSLATE_NOOP("ReversioDialog", "Product model id")),
    ("products.0.price.amount", QT_TRANSLATE_NOOP("ReversioDialog", "Price")),
    ("salesChannel", QT_TRANSLATE_NOOP("ReversioDialog", "Sales channel")),
)


class ReversioDialog(QDialog):
    def __init__(self, service: ReversioService, operations: Operations, *,
                 printer: Callable[[], LabelPrinter] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.operations = operations
        self._printer = printer
        self.setObjectName("reversioDialog")
        self.setWindowTitle(translate("ReversioDialog", "Revers.io"))
        keep_on_screen(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reversioTabs")
        self.tabs.addTab(self._status_tab(), translate("ReversioDialog", "Order status"))
        self.tabs.addTab(self._import_tab(), translate("ReversioDialog", "Walk-in order"))
        self.tabs.addTab(self._link_tab(), translate("ReversioDialog", "Self-care link"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.resize(640, 560)  # keep_on_screen bounds it to a small screen
        self.link = ""
        self.link_order = ""
        self.link_account = ""
        #: The customer's order reference of the link, when known (the slip shows it).
        self.link_reference = ""
        #: (account, order id, reference) of the order last chosen or imported.
        self._chosen = ("", "", "")

    # -- order status: a row per account -------------------------------------------------

    def _status_tab(self) -> QWidget:
        tab = QWidget(self)
        self.reference = QLineEdit(tab)
        self.reference.setObjectName("reversioReference")
        self.reference.setPlaceholderText(translate("ReversioDialog", "Order reference"))
        self.reference.returnPressed.connect(self.look_up)
        # A receipt's order barcode may be scanned here: the scan stays, its Enter looks up.
        self.reference.setProperty(SCAN_AWARE, True)
        self.look_up_button = QPushButton(translate("ReversioDialog", "&Look up"), tab)
        self.look_up_button.setObjectName("reversioLookUp")
        self.look_up_button.clicked.connect(self.look_up)
        row = QHBoxLayout()
        row.addWidget(self.reference, 1)
        row.addWidget(self.look_up_button)
        self.status_model = RowsModel([
            translate("ReversioDialog", "Account"),
            translate("ReversioDialog", "Order reference"),
            translate("ReversioDialog", "Status"),
            translate("ReversioDialog", "Order id")], self)
        self.status_view = QTableView(tab)
        self.status_view.setObjectName("reversioStatusTable")
        self.status_view.setModel(self.status_model)
        self.status_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.status_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.status_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.status_view.horizontalHeader().setStretchLastSection(True)
        self.use_order = QPushButton(translate("ReversioDialog", "Self-care link for this order"),
                                     tab)
        self.use_order.setObjectName("reversioUseOrder")
        self.use_order.setEnabled(False)
        self.use_order.clicked.connect(self._link_for_selected)
        self.status_view.selectionModel().selectionChanged.connect(self._selected_changed)
        self.status_note = self._note(tab, "reversioStatusNote")
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.status_view, 1)
        layout.addWidget(self.status_note)
        layout.addWidget(self.use_order, 0, Qt.AlignmentFlag.AlignRight)
        self.status_results: list[AccountStatus] = []
        return tab

    def look_up(self) -> None:
        reference = self.reference.text().strip()
        if not reference:
            self._say(self.status_note, translate("ReversioDialog",
                                                  "Type an order reference first."), error=True)
            return
        # The last reference's rows go now: "Self-care link for this order" must not take
        # an order of the last look-up while this one is asked.
        self.status_results = []
        self.status_model.set_rows([])
        self.use_order.setEnabled(False)
        self._say(self.status_note, translate("ReversioDialog", "Asking Revers.io…"))

        def answered(rows: list[AccountStatus]) -> None:
            if self.reference.text().strip() == reference:  # else a newer look-up's turn
                self._show_statuses(rows)

        self.operations.run(self.service.status_everywhere(reference),
                            label=translate("ReversioDialog", "Revers.io order status"),
                            busy=(self.look_up_button,), on_success=answered,
                            on_failure=lambda exc: self._failed(self.status_note, exc))

    def _show_statuses(self, rows: list[AccountStatus]) -> None:
        self.status_results = list(rows)
        self.status_model.set_rows(
            [(r.account, r.reference, r.status_text, r.status.orderId if r.status else "")
             for r in rows],
            [None if r.status is not None else _ERROR_COLOUR if r.problem else "#555555"
             for r in rows])
        found = sum(1 for r in rows if r.status is not None)
        if found:
            self._say(self.status_note, translate(
                "ReversioDialog", "Known to %n account(s).", "", found))
        else:
            self._say(self.status_note, translate(
                "ReversioDialog", "No account knows this order."), error=True)
        if found:
            first = next(i for i, r in enumerate(rows) if r.status is not None)
            self.status_view.selectRow(first)

    def _selected_row(self) -> AccountStatus | None:
        rows = self.status_view.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.status_results):
            return None
        return self.status_results[rows[0].row()]

    def _selected_changed(self, *_: object) -> None:
        row = self._selected_row()
        self.use_order.setEnabled(row is not None and row.status is not None
                                  and bool(row.status.orderId))

    def _link_for_selected(self) -> None:
        row = self._selected_row()
        if row is None or row.status is None:
            return
        self._prepare_link(row.account, row.status.orderId, row.reference)

    # -- walk-in order ---------------------------------------------------------------------

    def _import_tab(self) -> QWidget:
        tab = QWidget(self)
        form_widget = QWidget(tab)
        form = QFormLayout(form_widget)
        self.import_account = self._accounts(form_widget, "reversioImportAccount")
        form.addRow(translate("ReversioDialog", "Account"), self.import_account)
        self.fields: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        self.civility = QComboBox(form_widget)
        self.civility.setObjectName("reversio_civility")
        for value, shown in (("NotSet", translate("ReversioDialog", "(not said)")),
                             ("Mr", translate("ReversioDialog", "Mr")),
                             ("Mrs", translate("ReversioDialog", "Mrs"))):
            self.civility.addItem(shown, value)
        form.addRow(translate("ReversioDialog", "Title"), self.civility)
        self.currency = QComboBox(form_widget)
        self.currency.setObjectName("reversio_currency")
        self.currency.addItems(["EUR", "GBP"])
        for path, label in _FORM_FIELDS:
            edit = QLineEdit(form_widget)
            edit.setObjectName("reversio_" + path.replace(".", "_"))
            edit.textEdited.connect(lambda _text, p=path: self._clear_error(p))
            # A receipt's barcodes (order, product, e-mail) may be scanned into any field:
            # the scan stays here, never the station's scan box (QA: it set a return).
            edit.setProperty(SCAN_AWARE, True)
            error = self._note(form_widget, "reversioError_" + path.replace(".", "_"))
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(0)
            if path == "products.0.price.amount":
                line = QHBoxLayout()
                line.addWidget(edit, 1)
                line.addWidget(self.currency)
                box.addLayout(line)
            else:
                box.addWidget(edit)
            box.addWidget(error)
            form.addRow(translate("ReversioDialog", label), box)
            self.fields[path] = edit
            self.field_errors[path] = error
        self.fields["salesChannel"].setText(translate("ReversioDialog", "Store"))
        # A walk-in customer's purchase is recorded as now unless the receipt says otherwise.
        self.fields["purchaseDateUtc"].setText(
            datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        self.import_button = QPushButton(translate("ReversioDialog", "&Import order"), tab)
        self.import_button.setObjectName("reversioImport")
        self.import_button.clicked.connect(self.import_order)
        self.import_note = self._note(tab, "reversioImportNote")
        layout = QVBoxLayout(tab)
        layout.addWidget(FormScroll(form_widget, tab), 1)
        layout.addWidget(self.import_note)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)
        return tab

    def order_data(self) -> dict[str, Any]:
        """The form as the document's JSON: empty fields left out."""
        data: dict[str, Any] = {}
        for path, edit in self.fields.items():
            text = edit.text().strip()
            if not text:
                continue
            value: Any = text
            if path == "products.0.price.amount":
                try:
                    value = float(text.replace(",", "."))
                except ValueError:
                    value = text  # the check says "must be a number", under the field
            _put(data, path, value)
        if self.civility.currentData() != "NotSet":
            data["civility"] = self.civility.currentData()
        if "products" in data:
            data["products"][0].setdefault("price", {})["currency"] = self.currency.currentText()
        return data

    def import_order(self) -> None:
        self._clear_errors()
        data = self.order_data()
        try:
            validate_order(data)
        except ReversioRefused as refused:
            self._show_problems(refused)
            return
        account = self.import_account.currentText()
        self._say(self.import_note, translate("ReversioDialog", "Sending the order…"))

        def imported(order_id: str) -> None:
            self._say(self.import_note, translate(
                "ReversioDialog", "Imported on {account}: order id {id}.").format(
                    account=account, id=order_id))
            self._prepare_link(account, order_id, str(data.get("orderReference", "")))

        def failed(exc: Exception) -> bool:
            if isinstance(exc, ReversioRefused):
                self._show_problems(exc)
                return True
            return self._failed(self.import_note, exc)

        self.operations.run(self.service.import_order(account, data),
                            label=translate("ReversioDialog", "Revers.io import"),
                            busy=(self.import_button,), on_success=imported, on_failure=failed)

    def _show_problems(self, refused: ReversioRefused) -> None:
        """Each problem under its field; one the form has no field for, in the note."""
        elsewhere: list[FieldProblem] = []
        for problem in refused.problems:
            path = _form_path(problem.path)
            label = self.field_errors.get(path)
            if label is None:
                elsewhere.append(problem)
                continue
            self._say(label, problem.message, error=True)
        head = refused.operator_message.split("\n", 1)[0]
        lines = [head, *(str(p) for p in elsewhere)]
        if len(lines) == 1:
            lines.append(translate("ReversioDialog", "See the fields marked in red."))
        self._say(self.import_note, "\n".join(lines), error=True)

    def _clear_error(self, path: str) -> None:
        self.field_errors[path].clear()
        self.field_errors[path].hide()

    def _clear_errors(self) -> None:
        for path in self.field_errors:
            self._clear_error(path)

    # -- self-care link --------------------------------------------------------------------

    def _link_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout()
        self.link_account_box = self._accounts(tab, "reversioLinkAccount")
        form.addRow(translate("ReversioDialog", "Account"), self.link_account_box)
        self.order_id = QLineEdit(tab)
        self.order_id.setObjectName("reversioOrderId")
        self.order_id.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.order_id.setProperty(SCAN_AWARE, True)  # an order id may be scanned too
        form.addRow(translate("ReversioDialog", "Revers.io order id"), self.order_id)
        self.create_link_button = QPushButton(translate("ReversioDialog", "&Create link"), tab)
        self.create_link_button.setObjectName("reversioCreateLink")
        self.create_link_button.clicked.connect(self.create_link)
        self.link_label = QLabel(tab)
        self.link_label.setObjectName("reversioLink")
        self.link_label.setTextFormat(Qt.TextFormat.PlainText)
        self.link_label.setWordWrap(True)
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(translate("ReversioDialog", "&Print slip"), tab)
        self.print_button.setObjectName("reversioPrintSlip")
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_slip)
        self.link_note = self._note(tab, "reversioLinkNote")
        # A link belongs to one order on one account: any other order shown forgets it, so
        # the slip printed is always the link of the order on screen (never the last
        # customer's).
        self.order_id.textChanged.connect(self._link_still_shown)
        self.link_account_box.currentTextChanged.connect(self._link_still_shown)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_link_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(tab)
        layout.addLayout(form)
        layout.addWidget(self.link_label)
        layout.addWidget(self.link_note)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _prepare_link(self, account: str, order_id: str, reference: str = "") -> None:
        self._forget_link()
        self._chosen = (account, order_id, reference)
        index = self.link_account_box.findText(account)
        if index >= 0:
            self.link_account_box.setCurrentIndex(index)
        self.order_id.setText(order_id)
        self.tabs.setCurrentIndex(2)
        self.create_link_button.setFocus()

    def _shown(self) -> tuple[str, str]:
        return self.link_account_box.currentText(), self.order_id.text().strip()

    def _link_still_shown(self, *_: object) -> None:
        if self.link and self._shown() != (self.link_account, self.link_order):
            self._forget_link()

    def _forget_link(self) -> None:
        self.link = self.link_order = self.link_account = self.link_reference = ""
        self.link_label.clear()
        self.print_button.setEnabled(False)
        self._say(self.link_note, "")

    def create_link(self) -> None:
        order_id = self.order_id.text().strip()
        account = self.link_account_box.currentText()
        if not order_id:
            self._say(self.link_note, translate("ReversioDialog",
                                                "Type the Revers.io order id first."), error=True)
            return
        self._forget_link()
        # The reference is known only for the order chosen or imported, not for one typed.
        reference = self._chosen[2] if self._chosen[:2] == (account, order_id) else ""
        self._say(self.link_note, translate("ReversioDialog", "Asking Revers.io for a link…"))

        def made(link: str) -> None:
            if self._shown() != (account, order_id):
                return  # another order was chosen meanwhile: this link is not its link
            self.link, self.link_order, self.link_account = link, order_id, account
            self.link_reference = reference
            self.link_label.setText(link)
            self._say(self.link_note, translate(
                "ReversioDialog", "Link made on {account}. Print the slip for the customer.")
                .format(account=account))
            self.print_button.setEnabled(self._printer is not None)
            if self.print_button.isEnabled():
                self.print_button.setFocus()

        self.operations.run(self.service.create_link(account, order_id),
                            label=translate("ReversioDialog", "Revers.io self-care link"),
                            busy=(self.create_link_button,), on_success=made,
                            on_failure=lambda exc: self._failed(self.link_note, exc))

    def print_slip(self) -> None:
        if (not self.link or self._printer is None
                or self._shown() != (self.link_account, self.link_order)):
            return
        link = self.link
        # Not ``busy=``: that would enable the button again after the print even when
        # another order was chosen meanwhile; it comes back only for the same link.
        self.print_button.setEnabled(False)

        def printed(_report: object) -> None:
            if self.link == link:
                self.print_button.setEnabled(True)
                self._say(self.link_note, translate(
                    "ReversioDialog", "The slip was sent to the intake printer."))

        def failed(exc: Exception) -> bool:
            self.print_button.setEnabled(self.link == link)
            return self._failed(self.link_note, exc)

        self.operations.run(self._print(), label=translate("ReversioDialog", "Print slip"),
                            on_success=printed, on_failure=failed)

    async def _print(self) -> object:
        """On the intake printer, as the walk-in's slip: its profile says PDF or ZPL."""
        from revdesk.domain.printer_profiles import LabelItem
        from revdesk.domain.reversio import self_care_slip

        assert self._printer is not None
        printer = self._printer()
        slip = self_care_slip(self.link, order=self.link_order, account=self.link_account,
                              reference=self.link_reference)
        return await printer.print("intake", [LabelItem(slip.name, slip=slip)],
                                   remember=False)

    # -- shared ----------------------------------------------------------------------------

    def _accounts(self, parent: QWidget, name: str) -> QComboBox:
        box = QComboBox(parent)
        box.setObjectName(name)
        box.addItems(self.service.account_names())
        return box

    @staticmethod
    def _note(parent: QWidget, name: str) -> QLabel:
        note = QLabel(parent)
        note.setObjectName(name)
        note.setTextFormat(Qt.TextFormat.PlainText)  # Revers.io's words are plain text
        note.setWordWrap(True)
        note.hide()
        return note

    @staticmethod
    def _say(label: QLabel, text: str, *, error: bool = False) -> None:
        label.setStyleSheet(f"color: {_ERROR_COLOUR};" if error else "")
        label.setText(text)
        label.setVisible(bool(text))

    def _failed(self, note: QLabel, exc: Exception) -> bool:
        message = getattr(exc, "operator_message", None)
        if not isinstance(message, str):
            return False  # not ours to word: the window's presenter shows and logs it
        self._say(note, message, error=True)
        return True


def _put(data: dict[str, Any], path: str, value: Any) -> None:
    """``a.0.b`` = value, making the dicts and the one-item list on the way."""
    parts = path.split(".")
    node: Any = data
    for part, following in pairwise(parts):
        if part.isdigit():
            node = node[int(part)]
            continue
        if following.isdigit():
            node = node.setdefault(part, [{}])
        else:
            node = node.setdefault(part, {})
    node[parts[-1]] = value


def _form_path(path: str) -> str:
    """A problem's path as the form names its field: ``products[0].price.amount`` and
    pydantic's ``products.0.price.amount`` alike; a field of a price (the currency) is the
    price's row."""
    path = path.replace("[", ".").replace("]", "")
    if path.startswith("products.0.price.currency"):
        return "products.0.price.amount"
    return path
