"""Create a logistic order through REVER (``PUT .../logistics/``): the provider makes the
shipment. Provider OPS answers "nothing was generated", which is shown as such."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from revdesk.api.models import Address, LogisticOrderRequest, Process
from revdesk.api.rever import ReverAdminClient
from revdesk.domain.audit import AuditLog
from revdesk.domain.logistics import (
    LogisticsOutcome,
    create_logistic_order,
    customer_address,
    logistic_order_request,
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
    return_method_combo,
)

__all__ = ["LogisticOrderDialog"]

MAX_WEIGHT_GRAMS = 70_000  # heavier than any parcel a returns desk takes


class LogisticOrderDialog(LogisticsRequestDialog):
    """``submitted`` carries the LogisticsOutcome."""

    def __init__(self, process: Process, client: ReverAdminClient, operations: Operations, *,
                 warehouse: Address, ecommerce_id: str = "", ecommerce_group: str = "",
                 parent: QWidget | None = None, audit: AuditLog | None = None) -> None:
        super().__init__(parent)
        self.process = process
        keep_on_screen(self)
        self.audit = audit  # the request is recorded there, ok or failed with why
        self.client = client
        self.operations = operations
        self.ecommerce_id = ecommerce_id
        self.ecommerce_group = ecommerce_group
        self.outcome: LogisticsOutcome | None = None
        self.outcome_name = translate("LogisticOrderDialog", "Logistic order")
        self.setObjectName("logisticOrderDialog")
        self.setWindowTitle(translate("LogisticOrderDialog", "Create logistic order — {pid}")
                            .format(pid=process.process_id))
        self._build(warehouse)
        self._update_submit()

    def _build(self, warehouse: Address) -> None:
        form = QFormLayout()
        self.carrier = QLineEdit(self.process.carrier, self)
        self.provider = provider_field(self)
        self.return_type = return_method_combo(self.process.return_method, self)
        self.weight = QSpinBox(self)
        self.weight.setRange(0, MAX_WEIGHT_GRAMS)
        self.weight.setSingleStep(100)
        self.weight.setSuffix(" g")
        self.weight.setValue(1000)
        add_rows(form, (
            ("carrier", translate("LogisticOrderDialog", "Carrier"), self.carrier),
            ("provider", translate("LogisticOrderDialog", "Provider"), self.provider),
            ("returnType", translate("LogisticOrderDialog", "Return type"), self.return_type),
            ("weight", translate("LogisticOrderDialog", "Weight"), self.weight),
        ))
        self.ranges = RangePicker(self)
        self.customer_form = AddressForm(translate("LogisticOrderDialog", "Customer address"),
                                         customer_address(self.process), self)
        self.warehouse_form = AddressForm(translate("LogisticOrderDialog", "Warehouse address"),
                                          warehouse, self)
        addresses = QHBoxLayout()
        addresses.addWidget(self.customer_form)
        addresses.addWidget(self.warehouse_form)
        self._build_status_and_buttons(translate("LogisticOrderDialog", "Create"))
        self._require(self.carrier, self.provider)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ranges)
        layout.addLayout(addresses)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        # The two addresses side by side as wide as they ask (Qt's first size stops at two
        # thirds of the screen and cut their fields); keep_on_screen() bounds it.
        self.resize(self.sizeHint())

    def build_request(self) -> LogisticOrderRequest:
        """Raises errors.InvalidArgument (e.g. a home pick-up without a range)."""
        return logistic_order_request(
            self.process, carrier=self.carrier.text(), provider=self.provider.text(),
            return_type=self.return_type.currentData(), weight_in_grams=self.weight.value(),
            customer_address=self.customer_form.address(),
            warehouse_address=self.warehouse_form.address(),
            pickup_ranges=self.ranges.ranges(), ecommerce_id=self.ecommerce_id,
            ecommerce_group=self.ecommerce_group,
        )

    def submit(self) -> None:
        if not self._ready_to_send(
                self.build_request, [(self.customer_form.title(), self.customer_form),
                 (self.warehouse_form.title(), self.warehouse_form)], self.warehouse_form):
            return
        self._send(lambda: create_logistic_order(self.client, self.build_request(),
                                                 audit=self.audit),
                   label=translate("LogisticOrderDialog", "Create logistic order"),
                   busy=(self.submit_button,))
