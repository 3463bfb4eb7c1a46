"""Request a pickup of a return (``POST .../pickup``) in chosen time ranges. Provider OPS
answers "nothing was generated", which is shown as such, not as a failure."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import PickupRequest, Process
from revdesk.api.rever import ReverAdminClient
from revdesk.domain.audit import AuditLog
from revdesk.domain.logistics import (
    LogisticsOutcome,
    customer_address,
    pickup_request,
    request_pickup,
)
from revdesk.i18n import translate
from revdesk.ui.operations import Operations
from revdesk.ui.screen_fit import keep_on_screen

from .logistics_forms import (
    AddressForm,
    LogisticsRequestDialog,
    RangePicker,
    add_rows,
    provider_field,
)

__all__ = ["PickupDialog"]


class PickupDialog(LogisticsRequestDialog):
    """``submitted`` carries the LogisticsOutcome."""

    def __init__(self, process: Process, client: ReverAdminClient, operations: Operations, *,
                 ecommerce_id: str = "", parent: QWidget | None = None,
                 audit: AuditLog | None = None) -> None:
        super().__init__(parent)
        self.process = process
        keep_on_screen(self)
        self.audit = audit  # the request is recorded there, ok or failed with why
        self.client = client
        self.operations = operations
        self.ecommerce_id = ecommerce_id
        self.outcome: LogisticsOutcome | None = None
        self.outcome_name = translate("PickupDialog", "Pickup")
        self.setObjectName("pickupDialog")
        self.setWindowTitle(translate("PickupDialog", "Request pickup — {pid}").format(
            pid=process.process_id))
        form = QFormLayout()
        self.carrier = QLineEdit(process.carrier, self)
        self.provider = provider_field(self)
        add_rows(form, (("carrier", translate("PickupDialog", "Carrier"), self.carrier),
                        ("provider", translate("PickupDialog", "Provider"), self.provider)))
        self.ranges = RangePicker(self)
        self.address_form = AddressForm(translate("PickupDialog", "Pickup address"),
                                        customer_address(process), self)
        self._build_status_and_buttons(translate("PickupDialog", "Request pickup"))
        self._require(self.carrier, self.provider)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ranges)
        layout.addWidget(self.address_form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._update_submit()

    def build_request(self) -> PickupRequest:
        """Raises errors.InvalidArgument. No range checked is sent as NO_RANGE."""
        return pickup_request(
            self.process, carrier=self.carrier.text(), provider=self.provider.text(),
            pickup_ranges=self.ranges.ranges() or ["NO_RANGE"],
            pickup_address=self.address_form.address(), ecommerce_id=self.ecommerce_id,
        )

    def submit(self) -> None:
        self._send(lambda: request_pickup(self.client, self.build_request(), audit=self.audit),
                   label=translate("PickupDialog", "Request pickup"), busy=(self.submit_button,))
