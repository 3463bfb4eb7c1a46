"""Walk-in return: a customer at the desk with an order and no label. The operator types
the e-mail, scans or types the order number, and the station starts the return on the
Storefront API (``core.walkin``, never HTTP from here) and prints the slip with the QR code
the customer finishes it with, on the intake printer, with a reprint.

Scanner-friendly: the order field takes a scanner's read and its Enter (``SCAN_AWARE``);
Enter sends the form only when both fields are good, else it goes to the field to fix and
says why. The customer's token is only ever in the slip: never shown, never logged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from revdesk.domain.printer_profiles import LabelItem
from revdesk.domain.qr_slip import QrSlipError
from revdesk.domain.walkin import (
    MAX_EMAIL,
    MAX_ORDER_NUMBER,
    WalkinResult,
    WalkinService,
    check_form,
    walkin_slip,
)
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore
from revdesk.ui.operations import Operations
from revdesk.ui.scan_catcher import SCAN_AWARE
from revdesk.ui.screen_fit import grow_to_contents, keep_on_screen
from revdesk.ui.simple_models import RowsModel

if TYPE_CHECKING:
    from revdesk.ui.printing import LabelPrinter, PrintReport

__all__ = ["WalkinDialog"]


class WalkinDialog(QDialog):
    """``started`` carries the WalkinResult of a return started; ``printed`` the report of
    each slip printed; ``told`` what became of a started return's slip, in one sentence for
    the window (printed: give it to the customer; not printed: how to print it)."""

    started = Signal(object)
    printed = Signal(object)
    told = Signal(str)

    def __init__(self, service: WalkinService, operations: Operations, *,
                 settings: SettingsStore, printer: Callable[[], LabelPrinter],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.service = service
        self.operations = operations
        self.settings = settings
        self._printer = printer
        self.walkin_result: WalkinResult | None = None
        self._slip_item: LabelItem | None = None
        #: The e-mail and order number the shown return was started with.
        self._started_form: tuple[str, str] | None = None
        self.setObjectName("walkinDialog")
        self.setWindowTitle(translate("WalkinDialog", "Walk-in return"))

        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        self.email.setMaxLength(MAX_EMAIL)
        self.email.setPlaceholderText(translate("WalkinDialog", "the e-mail of the order"))
        self.order = QLineEdit(self)
        self.order.setObjectName("orderNumber")
        self.order.setMaxLength(MAX_ORDER_NUMBER + 8)  # room for a scanner's prefix/suffix
        self.order.setPlaceholderText(translate("WalkinDialog", "scan or type it"))
        # The receipt's barcode is scanned in here: the scan catcher leaves it and its Enter.
        self.order.setProperty(SCAN_AWARE, True)
        # Another customer's e-mail or order typed: the last return's items and its
        # reprint go, so the next customer is never handed the last one's slip.
        self.email.textChanged.connect(self._form_changed)
        self.order.textChanged.connect(self._form_changed)
        # The next customer's receipt scanned into the finished order replaces it (QA: it
        # was appended, "#A6262#A6259").
        self.order.installEventFilter(self)
        form = QFormLayout()
        form.addRow(translate("WalkinDialog", "Customer's &e-mail"), self.email)
        form.addRow(translate("WalkinDialog", "&Order number"), self.order)

        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # the platform's words, as they came
        self.items = RowsModel([translate("WalkinDialog", "Items of the order")], self)
        self.items_view = QTableView(self)
        self.items_view.setObjectName("items")
        self.items_view.setModel(self.items)
        self.items_view.verticalHeader().hide()
        self.items_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.items_view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.items_view.hide()

        self.buttons = QDialogButtonBox(self)
        self.start_button = self._button(translate("WalkinDialog", "&Start return"), "start",
                                         self.submit)
        self.reprint_button = self._button(translate("WalkinDialog", "&Reprint slip"),
                                           "reprint", self.print_slip)
        self.reprint_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "WalkinDialog", "Starts a return for a customer at the desk and prints a slip "
            "with a QR code they finish it with."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.items_view)
        layout.addWidget(self.buttons)
        # Wide enough for a whole e-mail address and the status's sentences (1024x768 fits).
        self.setMinimumWidth(460)
        self.email.setFocus()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        # No default button: Enter is this dialog's to decide (keyPressEvent).
        button.setAutoDefault(False)
        button.setDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the form ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field sends a whole form; on a half-filled one it goes to the field to
        # fix (a scanned order number ends with an Enter). A focused button takes it.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not isinstance(self.focusWidget(), QPushButton)):
            self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Check the form; start the return when it is good, else say what to fix."""
        if not self.start_button.isEnabled():
            return  # a start (or its slip) is on its way: a second Enter starts nothing
        problems = check_form(self.email.text(), self.order.text())
        if problems:
            first = problems[0]
            self._say(first.message, problem=True)
            (self.email if first.field == "email" else self.order).setFocus()
            return
        self._forget()
        self._started_form = (self.email.text(), self.order.text())
        self._say(translate("WalkinDialog", "Starting the return…"))
        self.operations.run(self.service.start(self.email.text(), self.order.text()),
                            label=translate("WalkinDialog", "Walk-in return"),
                            busy=(self.start_button, self.reprint_button),
                            on_success=self._on_result)

    def _on_result(self, result: WalkinResult) -> None:
        if not result.started:
            self._say(result.message, problem=True)
            # The field to fix keeps the focus; a started return stays as it was.
            from revdesk.domain.walkin import WalkinOutcome

            if result.outcome is WalkinOutcome.EMAIL_MISMATCH:
                self.email.setFocus()
                self.email.selectAll()
            elif result.outcome is WalkinOutcome.ORDER_NOT_FOUND:
                self.order.setFocus()
                self.order.selectAll()
            return
        # Not the domain's "give the customer the slip": none is printed yet, and it may
        # not be (QA of issue 19, L14); the print's outcome says what to do.
        self._say(translate("WalkinDialog", "Return {return_id} started: printing its "
                            "slip…").format(return_id=result.return_id))
        self.walkin_result = result
        self.items.set_rows([(item,) for item in result.items])
        self._fit_items()
        self.started.emit(result)
        current = self.settings.current
        try:
            slip = walkin_slip(result, portal_url=current.returns_portal_url,
                               station=current.station_name)
        except QrSlipError as exc:  # an answer no slip can carry (a token far too long)
            self._say(translate("WalkinDialog", "Return {return_id} started, but no slip can "
                                "be made for it: {why}").format(return_id=result.return_id,
                                                                why=exc.operator_message),
                      problem=True)
            self.told.emit(self.status.text())
            return
        self._slip_item = LabelItem(result.return_id, slip=slip)
        self.print_slip()

    #: The items shown without scrolling; a longer order scrolls.
    ITEM_ROWS = 5

    def _fit_items(self) -> None:
        """The items list as tall as its rows (up to ITEM_ROWS), and the dialog grown to it."""
        view = self.items_view
        rows = min(self.items.rowCount(), self.ITEM_ROWS)
        view.setVisible(rows > 0)
        if rows:
            view.resizeRowsToContents()
            height = (view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
                      + sum(view.rowHeight(row) for row in range(rows)))
            view.setFixedHeight(height)
        self._grow()

    def _grow(self) -> None:
        """Taller so the status's lines and the items show whole (the layout alone keeps
        the size the dialog opened with), and never shorter than that afterwards: a
        started return's Spanish lines were cut top and bottom in a dialog left at its first
        height (QA of issue 19, L14)."""
        grow_to_contents(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.order and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.text().isprintable()
                and event.text() and self.walkin_result is not None
                and self._started_form is not None
                and self.order.text() == self._started_form[1]):
            self.order.selectAll()  # the key goes on to replace the finished order
        return super().eventFilter(watched, event)

    def _form_changed(self, *_: object) -> None:
        if (self.walkin_result is not None
                and (self.email.text(), self.order.text()) != self._started_form):
            self._forget()

    def _forget(self) -> None:
        self.walkin_result = None
        self._slip_item = None
        self._say("")  # the last return's "started… give it to the customer" goes too
        self.items.set_rows([])
        self._fit_items()
        self.reprint_button.setEnabled(False)

    # -- the slip ------------------------------------------------------------------------------

    def print_slip(self) -> None:
        """Print (again) the started return's slip on the intake printer."""
        item = self._slip_item
        if item is None:
            return
        # Reprint is not ``busy=``: it comes back only while this return is still shown.
        self.reprint_button.setEnabled(False)
        self.operations.run(self._printer().print("intake", [item]),
                            label=translate("WalkinDialog", "Print slip"),
                            busy=(self.start_button,),
                            on_success=lambda report: self._on_printed(report, item),
                            on_failure=lambda error: self._print_failed(error, item))

    def _on_printed(self, report: PrintReport, item: LabelItem) -> None:
        # Another customer's form meanwhile: this return's words are no longer shown.
        if self._slip_item is item and self.walkin_result is not None:
            self.reprint_button.setEnabled(True)
            where = ", ".join(str(f) for f in report.files) or report.where
            self._say(translate("WalkinDialog", "Return {return_id} started: the slip was "
                                "printed on {where}. Give it to the customer.").format(
                                    return_id=self.walkin_result.return_id, where=where))
            self.told.emit(self.status.text())
        self.printed.emit(report)

    def _print_failed(self, error: Exception, item: LabelItem) -> bool:
        from ..printing import PrintError

        current = self._slip_item is item and self.walkin_result is not None
        self.reprint_button.setEnabled(current)
        if not isinstance(error, PrintError | QrSlipError):
            return False
        if not current or self.walkin_result is None:
            return False  # the window's presenter says it
        self.reprint_button.setEnabled(True)
        self._say(translate("WalkinDialog", "Return {return_id} started, but the slip was not "
                            "printed: {why} Fix it, then Reprint slip.").format(
                                return_id=self.walkin_result.return_id,
                                why=error.operator_message), problem=True)
        self.told.emit(self.status.text())
        return True

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("problem", problem)
        self.status.setStyleSheet("color: #b00020;" if problem else "")
        self._grow()
