"""Pydantic models of the REVER Admin contract (``shared/API-NOTES.md`` section 1).

Answers are parsed leniently: a missing field takes its empty default, an unknown field is
kept (``extra="allow"``), a ``null`` reads as empty, and an enum value we do not know stays
the string it came as, so the station can show it instead of crashing. Requests are strict:
a status, return method or pickup range that the contract does not list is refused before
anything is sent.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    field_serializer,
    field_validator,
    model_validator,
)

from revdesk.i18n import translate

ShippingStatus = Literal[
    "NO_SHIPPING_STATUS", "CREATED", "COLLECTED", "IN_WAREHOUSE", "ERROR", "CANCELED"
]
ReturnMethod = Literal[
    "NO_RETURN_METHOD", "HOME_PICK_UP", "DROP_OFF_POINT", "DELIVERY_PICKUP", "IN_STORE"
]
PickupRange = Literal["NO_RANGE", "RANGE_8_TO_12", "RANGE_12_TO_16", "RANGE_16_TO_20"]
LabelExtension = Literal["pdf", "png", "jpg"]

#: The longest text of a return the station keeps from an answer (a name, an address line,
#: an item): far beyond any real one, short enough to lay out at once.
SHOWN_TEXT_LIMIT = 2000

SHIPPING_STATUSES: tuple[str, ...] = get_args(ShippingStatus)
RETURN_METHODS: tuple[str, ...] = get_args(ReturnMethod)
PICKUP_RANGES: tuple[str, ...] = get_args(PickupRange)
LABEL_EXTENSIONS: tuple[str, ...] = get_args(LabelExtension)


class Answer(BaseModel):
    """Base of every parsed answer: tolerant of absence, extras and numbers sent as text.

    A list field defaults to ``[]``, not ``Field(default_factory=list)``: pydantic copies a
    mutable default for each instance anyway, and asking a builtin factory for its
    signature cost the station's start-up 14 ms of compiling tokenize's patterns.
    """

    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True, populate_by_name=True,
                              defer_build=True)
    #: Text the station shows (names, addresses, items) is cut to this many characters;
    #: None for answers that carry data (a label's bytes, an opaque page token).
    _shown_text_limit: ClassVar[int | None] = None

    @model_validator(mode="before")
    @classmethod
    def _drop_nulls(cls, data: Any) -> Any:
        # A null field, text, sub-object or list, falls back to its default like a missing
        # one does: the only place nulls are handled (a validator per text field made
        # building the schema and parsing each page about twice as slow).
        if isinstance(data, dict):
            limit = cls._shown_text_limit
            if limit is None:
                return {k: v for k, v in data.items() if v is not None}
            # In the same pass: a customer named with megabytes of text (an answer may be
            # 8 MB) froze the window for seconds at every paint of its row or detail.
            return {k: v[:limit] + "…" if type(v) is str and len(v) > limit else v
                    for k, v in data.items() if v is not None}
        return data

    @property
    def unknown_fields(self) -> dict[str, Any]:
        """Fields the answer carried that the contract does not name (kept, for display)."""
        return dict(self.model_extra or {})


class Customer(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    email: str = ""
    first_name: str = ""
    last_name: str = ""
    rever_id: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class Address(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

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

    def request_body(self) -> dict[str, str]:
        """The documented fields only: extras from an answer are never echoed back."""
        return {name: getattr(self, name) for name in Address.model_fields}


class LineItem(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    line_item_id: str = ""
    name: str = ""
    #: "XL", "Navy / M": the merchant contract's name for it (API-NOTES §3) [assumed].
    variant_name: str = ""
    sku: str = ""
    quantity: int = 0
    image_url: str = ""


class Process(Answer):
    """A return process. [assumed] shape: the documents give none."""

    _shown_text_limit = SHOWN_TEXT_LIMIT

    process_id: str = ""
    ecommerce_id: str = ""
    order_id: str = ""
    order_number: str = ""
    customer: Customer = Field(default_factory=Customer)
    created_at: str = ""
    shipping_status: str = ""
    return_method: str = ""
    carrier: str = ""
    tracking_id: str = ""
    line_items: list[LineItem] = []
    #: [assumed] where the parcel comes from (the sandbox serves it): the "from" of a
    #: logistic order. Empty when REVER's answer has none.
    customer_address: Address = Field(default_factory=Address)
    #: Which of the station's REVER accounts the return was read under (a station may hold
    #: several, see domain/accounts.py): set by the station, never read from an answer nor
    #: sent back.
    account: str = Field(default="", exclude=True)

    @model_validator(mode="before")
    @classmethod
    def _not_from_answer(cls, data: Any) -> Any:
        if isinstance(data, dict) and "account" in data:
            data = {k: v for k, v in data.items() if k != "account"}
        return data

    @property
    def created(self) -> datetime | None:
        """``created_at`` as a datetime, or None when absent or not RFC 3339."""
        try:
            return datetime.fromisoformat(self.created_at.replace("Z", "+00:00"))
        except ValueError:
            return None

    @property
    def status_is_known(self) -> bool:
        return self.shipping_status in SHIPPING_STATUSES


class ProcessPage(Answer):
    processes: list[Process] = []
    # Opaque: passed back as received, never computed. Empty means the last page.
    next_page_token: str = ""


class ProcessAnswer(Answer):
    process: Process = Field(default_factory=Process)


class LabelUrl(Answer):
    url: str = ""


class LogisticsSummary(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    carrier: str = ""
    pickups_scheduled: str = ""
    return_method: str = ""  # RETURN_METHOD_UNSPECIFIED when the backend does not know
    status: str = ""  # STATUS_UNSPECIFIED likewise
    tracking_id: str = ""
    tracking_url: str = ""


class LogisticsAnswer(Answer):
    logistics_summary: LogisticsSummary = Field(default_factory=LogisticsSummary)


class PickupOrder(Answer):
    carrier: str = ""
    id: str = ""
    pickup_range: Any = None  # documented only as "{…}": kept as it comes
    provider: str = ""


class PickupAnswer(Answer):
    pickup_order: PickupOrder | None = None


class LogisticOrder(Answer):
    carrier: str = ""
    currency_code: str = ""
    id: str = ""
    price: float = 0.0
    provider: str = ""
    shipments: list[Any] = []


class LogisticOrderAnswer(Answer):
    order: LogisticOrder = Field(default_factory=LogisticOrder)


class StorefrontReturn(Answer):
    """[doc] An item of ``GET /returns``; [assumed] its fields: the document shows the list,
    not its items. Its ``status`` is the return's, not a shipping status."""

    return_id: str = ""
    process_id: str = ""
    order_id: str = ""
    order_number: str = ""
    status: str = ""
    created_at: str = ""


class StorefrontReturns(Answer):
    """[doc] ``{"returns": [...]}``: the active returns of the orders asked for."""

    returns: list[StorefrontReturn] = []


# ------------------------------------------------- the merchant's platform (seed 004)
#
# ``GET /rever/orders/{order_id}``. Strict where the station depends on a field to say what
# a parcel should hold: the list of ``line_items`` and, in each, its ``quantity`` (a whole
# number, not negative) and its ``product`` with a ``name`` (the document marks all three
# required). An answer without them is MalformedAnswer, never a parcel shown as empty.
# Tolerant elsewhere, where the document is vague or the station only shows a field:
# ``variant_name`` and ``sku`` are optional there; ``is_returnable`` (required there) is
# shown as unknown when absent; ``variant_id`` (int in the table, "123" in the example)
# is kept as text; customer, addresses, prices and dates are read if present, else empty.


class OrderImage(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    src: str = ""
    alt: str = ""


class OrderProduct(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    id: str = ""
    name: str
    description: str = ""
    images: list[OrderImage] = []


class OrderLineItem(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    id: str = ""
    variant_name: str = ""
    variant_id: str = ""
    sku: str = ""
    quantity: int = Field(ge=0)
    #: None: the platform did not say (the document requires it; shown as unknown).
    is_returnable: bool | None = None
    #: 2 returned already, 3 shop policy, 4 not fulfilled, 5 out of the return period.
    non_returnable_reason: int | None = None
    product: OrderProduct

    @property
    def picture_url(self) -> str:
        """The first image's address, as the platform gave it (checked where it is used)."""
        return next((image.src.strip() for image in self.product.images if image.src.strip()),
                    "")


class OrderCustomer(Answer):
    _shown_text_limit = SHOWN_TEXT_LIMIT

    email: str = ""
    first_name: str = ""
    last_name: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class MerchantOrder(Answer):
    """[doc] The merchant platform's order (seed 004), as far as the station reads it."""

    _shown_text_limit = SHOWN_TEXT_LIMIT

    order_id: str = ""
    order_number: str = ""
    shop_currency: str = ""
    customer_info: OrderCustomer = Field(default_factory=OrderCustomer)
    line_items: list[OrderLineItem]
    purchased_at: str = ""
    fulfilled_at: str = ""
class IntentLineItem(Answer):
    """[doc] an item of a started intent's ``order.line_items``; [assumed] its fields (the
    document shows ``[ … ]``): those of the process's line items."""

    _shown_text_limit = SHOWN_TEXT_LIMIT

    id: str = ""
    name: str = ""
    variant_name: str = ""
    sku: str = ""
    quantity: int = 0


class IntentOrder(Answer):
    """[doc] The order a return intent was started for. ``customer_token`` is the
    customer's secret for finishing the return: never in a repr, a log or an error."""

    id: str = ""
    currency: str = ""
    line_items: list[IntentLineItem] = []
    return_id: str = ""
    customer_token: str = Field(default="", repr=False)


class ReturnIntent(Answer):
    """[doc] ``POST /returns/intent/start``'s answer: ``{"order": {…}}``."""

    order: IntentOrder = Field(default_factory=IntentOrder)


class EmptyAnswer(Answer):
    """``{}``: the documented answer of a shipping status update."""


# ---------------------------------------------------------------------------------- requests

NonEmpty = Annotated[str, Field(min_length=1, max_length=256)]


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True,
                              defer_build=True)

    def body(self) -> dict[str, Any]:
        """The JSON body exactly as the contract names its fields."""
        return self.model_dump(mode="json", by_alias=True)


class ReturnIntentRequest(Request):
    """[doc] ``POST /returns/intent/start``: the customer's e-mail and the order's number."""

    email: NonEmpty
    order_number: NonEmpty


class ShippingStatusRequest(Request):
    lkss: ShippingStatus
    process_id: NonEmpty


def _check_ranges(ranges: list[str]) -> list[str]:
    if len(set(ranges)) != len(ranges):
        raise ValueError(translate("Request", "a pickup range is listed twice"))
    if "NO_RANGE" in ranges and len(ranges) > 1:
        raise ValueError(translate("Request", "NO_RANGE cannot be combined with a time range"))
    return ranges


class PickupRequest(Request):
    carrier: NonEmpty
    customer: Customer
    ecommerce_id: NonEmpty
    pickup_address: Address
    pickup_ranges: list[PickupRange] = Field(min_length=1)
    process_id: NonEmpty
    provider: NonEmpty

    _ranges = field_validator("pickup_ranges")(classmethod(lambda cls, v: _check_ranges(v)))

    @field_serializer("customer")
    def _customer(self, c: Customer) -> dict[str, str]:
        return {"email": c.email, "first_name": c.first_name, "last_name": c.last_name,
                "rever_id": c.rever_id}

    @field_serializer("pickup_address")
    def _address(self, a: Address) -> dict[str, str]:
        return a.request_body()


class ManualOrder(Request):
    carrier: NonEmpty
    from_: Address = Field(alias="from")
    to: Address
    process_id: NonEmpty
    provider: NonEmpty
    return_method: ReturnMethod
    tracking_id: NonEmpty
    tracking_url: str = ""

    @field_validator("tracking_url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not v.lower().startswith(("https://", "http://")):
            raise ValueError(translate("Request", "the tracking URL must start with https://"))
        return v

    @field_serializer("from_", "to")
    def _address(self, a: Address) -> dict[str, str]:
        return a.request_body()


class ManualLogisticOrderRequest(Request):
    """SaveManuallyCreatedLogisticOrder: the carrier's label file and the order it belongs to."""

    label: bytes = Field(min_length=1, repr=False)
    label_extension: LabelExtension
    order: ManualOrder

    @field_serializer("label")
    def _label(self, data: bytes) -> str:
        # [doc] "The content of the label file, base64 encoded".
        return base64.b64encode(data).decode("ascii")


class LogisticOrderRequest(Request):
    carrier: NonEmpty
    customer: Customer
    customer_address: Address
    ecommerce_group: str = ""
    ecommerce_id: NonEmpty
    ecommerce_order_id: str = ""
    ecommerce_warehouse_address: Address
    order_number: str = ""
    pickup_ranges: list[PickupRange] = []
    process_id: NonEmpty
    provider: NonEmpty
    return_type: ReturnMethod
    weight_in_grams: int = Field(ge=0, le=2**31 - 1)  # int32 in the contract

    _ranges = field_validator("pickup_ranges")(classmethod(lambda cls, v: _check_ranges(v)))

    @model_validator(mode="after")
    def _pickup_needs_ranges(self) -> LogisticOrderRequest:
        # [doc] "Only required for return_type = PICKUP".
        if self.return_type == "HOME_PICK_UP" and not self.pickup_ranges:
            raise ValueError(translate("Request", "a home pick-up needs at least one pickup "
                                       "range"))
        return self

    @field_serializer("customer")
    def _customer(self, c: Customer) -> dict[str, str]:
        return {"email": c.email, "first_name": c.first_name, "last_name": c.last_name,
                "rever_id": c.rever_id}

    @field_serializer("customer_address", "ecommerce_warehouse_address")
    def _address(self, a: Address) -> dict[str, str]:
        return a.request_body()
