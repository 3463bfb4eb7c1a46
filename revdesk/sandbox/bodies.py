"""What the sandbox accepts as request bodies: what document 002 accepts, no more strictly.

The client's request models (``api/models.py``) are strict on purpose: the station never
sends a field the contract does not name, nor leaves out one it means to send. A server is
the other side: it takes the document's own example bodies, the deprecated ``settings``
field of a pickup and a PUT, and fields it does not know (ignored, as a protobuf JSON
parser with unknown fields allowed does), and requires only what the document requires:

- [doc] a value from an enum the document lists (``lkss``, ``pickup_ranges``, return
  methods), a ``label_extension`` of pdf, png or jpg with a label, base64 encoded;
- [doc] the provider and carrier of a pickup and of a PUT logistic order ("Must specify
  the provider and carrier");
- [doc] pickup ranges for a PUT whose ``return_type`` is a home pick-up ("Only required
  for return_type = PICKUP").

Everything else may be absent: a missing string is empty, a missing enum is its first
value, as protobuf's JSON mapping reads them [assumed: REVER's gateway is protobuf-based,
its type names (``opspb.UpdateLKSSResponse``) say so].
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from revdesk.api.models import PickupRange, ReturnMethod, ShippingStatus


class Body(BaseModel):
    # Unknown fields are ignored, never refused; numbers sent as text are read (protobuf's
    # JSON mapping accepts "800" for an int32).
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _nulls_are_absent(cls, data: Any) -> Any:
        # protobuf JSON: a null field is the field's default.
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if v is not None}
        return data


class CustomerBody(Body):
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    rever_id: str = ""


class AddressBody(Body):
    address_line_1: str = ""
    address_line_2: str = ""
    city: str = ""
    company: str = ""
    country: str = ""
    country_code: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""
    phone: str = ""
    postcode: str = ""
    rever_id: str = ""
    state_province: str = ""
    state_province_code: str = ""


class LogisticConfigBody(Body):
    carrier: str = ""
    provider: str = ""


class SettingsBody(Body):
    """[doc] ``settings``: deprecated, listed in the pickup and the PUT. Read, never used."""

    logistic_config: list[LogisticConfigBody] = []
    return_method: ReturnMethod = "NO_RETURN_METHOD"


class ShippingStatusBody(Body):
    lkss: ShippingStatus = "NO_SHIPPING_STATUS"
    process_id: str = ""


def _provider_and_carrier(body: Any) -> Any:
    if not body.provider.strip():
        raise ValueError("provider is required: the provider to generate it with")
    if not body.carrier.strip():
        raise ValueError("carrier is required: a carrier the provider offers")
    return body


class PickupBody(Body):
    carrier: str = ""
    customer: CustomerBody = Field(default_factory=CustomerBody)
    ecommerce_id: str = ""
    pickup_address: AddressBody = Field(default_factory=AddressBody)
    pickup_ranges: list[PickupRange] = []
    process_id: str = ""
    provider: str = ""
    settings: SettingsBody | None = None

    _required = model_validator(mode="after")(_provider_and_carrier)


class LogisticOrderBody(Body):
    carrier: str = ""
    customer: CustomerBody = Field(default_factory=CustomerBody)
    customer_address: AddressBody = Field(default_factory=AddressBody)
    ecommerce_group: str = ""
    ecommerce_id: str = ""
    ecommerce_order_id: str = ""
    ecommerce_warehouse_address: AddressBody = Field(default_factory=AddressBody)
    order_number: str = ""
    pickup_ranges: list[PickupRange] = []
    process_id: str = ""
    provider: str = ""
    return_type: ReturnMethod = "NO_RETURN_METHOD"
    settings: SettingsBody | None = None
    weight_in_grams: int = Field(default=0, ge=-(2**31), le=2**31 - 1)  # int32

    _required = model_validator(mode="after")(_provider_and_carrier)

    @model_validator(mode="after")
    def _pickup_needs_ranges(self) -> LogisticOrderBody:
        if self.return_type == "HOME_PICK_UP" and not self.pickup_ranges:
            raise ValueError("pickup_ranges is required for a home pick-up")
        return self


class ManualOrderBody(Body):
    carrier: str = ""
    from_: AddressBody = Field(default_factory=AddressBody, alias="from")
    to: AddressBody = Field(default_factory=AddressBody)
    process_id: str = ""
    provider: str = ""
    return_method: ReturnMethod = "NO_RETURN_METHOD"
    tracking_id: str = ""
    tracking_url: str = ""


class ManualLogisticOrderBody(Body):
    """The label itself is checked apart (``logistics._decode_label``)."""

    order: ManualOrderBody = Field(default_factory=ManualOrderBody)
