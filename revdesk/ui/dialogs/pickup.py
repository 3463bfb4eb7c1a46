"""Request a pickup of a return (``POST .../pickup``) in chosen time ranges. Provider OPS
answers "nothing was generated", which is shown as such, not as a failure."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from revdesk.api import errors
from revdesk.api.models import PickupRequest, Process
from revdesk.api.rever import ReverAdminClient
from revdesk.domain.logistics import (
    LogisticsOutcome,
    customer_address,
    pickup_request,
    request_pickup,
)
from revdesk.ui.errors import api_message
from revdesk.ui.operations import Operations

from .logistics_forms import AddressForm, RangePicker, outcome_message

__all__ = ["PickupDialog"]


class PickupDialog(QDialog):
    """``submitted`` carries the LogisticsOutcome."""

    submitted = Signal(object)

    def __init__(self, process: Process, client: ReverAdminClient, operations: Operations, *,
                 ecommerce_id: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.process = process
        self.client = client
        self.operations = operations
        self.ecommerce_id = ecommerce_id
        self.outcome: LogisticsOutcome | None = None
        self.setObjectName("pickupDialog")
        self.setWindowTitle(self.tr("Request pickup — {pid}").format(pid=process.process_id))
        form = QFormLayout()
        self.carrier = QLineEdit(process.carrier, self)
        self.carrier.setObjectName("carrier")
        self.provider = QLineEdit(self)
        self.provider.setObjectName("provider")
        form.addRow(self.tr("Carrier"), self.carrier)
        form.addRow(self.tr("Provider"), self.provider)
        self.ranges = RangePicker(self)
        self.address_form = AddressForm(self.tr("Pickup address"), customer_address(process),
                                        self)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton(self.tr("Request pickup"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("submit")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button.clicked.connect(self.submit)
        self.close_button.clicked.connect(self.reject)
        for edit in (self.carrier, self.provider):
            edit.textChanged.connect(self._update_submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ranges)
        layout.addWidget(self.address_form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_submit()

    def _update_submit(self) -> None:
        filled = all(e.text().strip() for e in (self.carrier, self.provider))
        self.submit_button.setEnabled(filled and self.outcome is None)

    def build_request(self) -> PickupRequest:
        """Raises errors.InvalidArgument. No range checked is sent as NO_RANGE."""
        return pickup_request(
            self.process, carrier=self.carrier.text(), provider=self.provider.text(),
            pickup_ranges=self.ranges.ranges() or ["NO_RANGE"],
            pickup_address=self.address_form.address(), ecommerce_id=self.ecommerce_id,
        )

    def submit(self) -> None:
        try:
            request = self.build_request()
        except errors.InvalidArgument as exc:
            self._set_status(exc.operator_message, error=True)
            return
        self._set_status(self.tr("Sending…"))
        self.operations.run(request_pickup(self.client, request),
                            label=self.tr("Request pickup"), busy=(self.submit_button,),
                            on_success=self.show_outcome, on_failure=self._failed)

    def _failed(self, error: Exception) -> bool:
        if isinstance(error, errors.ApiError):
            self._set_status(api_message(error), error=True)
            return True
        return False

    def show_outcome(self, outcome: LogisticsOutcome) -> None:
        self.outcome = outcome
        self._set_status(outcome_message(outcome, self.tr("Pickup")))
        self.close_button.setText(self.tr("Close"))
        self._update_submit()
        self.submitted.emit(outcome)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b00020;" if error else "")
