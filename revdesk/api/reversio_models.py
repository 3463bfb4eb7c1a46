"""Pydantic models of the Revers.io customer API (seeds 000 and 001).

Field names are the document's own (camelCase), so a model reads as the schema does. The
import request is strict, built from 001's ImportOrder schema: the document's types, its
enums (``civility``, ``currency``), its formats (``date-time``, ``uuid``), and no field it
does not name; it is checked before anything is sent. Answers are read leniently (any
field may be missing or extra), through the wrapped envelope every answer shares:
``{"value", "pagination", "errors": [...], "isHandledError", "failure", ...}``.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, field_validator

from revdesk.i18n import QT_TRANSLATE_NOOP

Civility = Literal["NotSet", "Mr", "Mrs"]
Currency = Literal["EUR", "GBP"]


class _Strict(BaseModel):
    """A request body: only the document's fields, each of the document's type."""

    # allow_inf_nan: an amount of 1e999 or "NaN" passed the check, then could not be
    # written as JSON (an unexpected error instead of the field's problem).
    model_config = ConfigDict(extra="forbid", defer_build=True, allow_inf_nan=False)


def _uuid(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise ValueError(QT_TRANSLATE_NOOP(
            "Reversio", "is not an id of the form 00000000-0000-0000-0000-000000000000")) \
            from None
    return value


class Price(_Strict):
    amount: float | None = None
    currency: Currency | None = None


class OrderAddress(_Strict):
    companyName: str | None = None
    streetAddress: str | None = None
    additionalAddress: str | None = None
    doorCode: str | None = None
    floor: str | None = None
    zipCode: str | None = None
    city: str | None = None
    countryCode: str | None = None
    phone: str | None = None


class OrderProduct(_Strict):
    modelId: str | None = None
    price: Price | None = None
    orderLineReference: str | None = None
    supplierId: str | None = None

    _ids = field_validator("modelId", "supplierId")(_uuid)


class ImportOrder(_Strict):
    """[doc] 001 ImportOrder, ``PUT /orders``. The schema lists no required field; 000 says
    an order "contains a unique identifier called orderReference", so that one is required
    here (our reading), and nothing else is."""

    orderReference: str
    civility: Civility | None = None
    customerLastName: str | None = None
    customerFirstName: str | None = None
    address: OrderAddress | None = None
    phoneNumber: str | None = None
    customerMail: str | None = None
    purchaseDateUtc: str | None = None
    products: list[OrderProduct] | None = None
    shippingPrice: Price | None = None
    salesChannel: str | None = None
    storePurchasedAt: str | None = None

    _store = field_validator("storePurchasedAt")(_uuid)

    @field_validator("orderReference")
    @classmethod
    def _reference(cls, value: str) -> str:
        if not value.strip():
            raise ValueError(QT_TRANSLATE_NOOP("Reversio", "is empty"))
        return value

    @field_validator("purchaseDateUtc")
    @classmethod
    def _date_time(cls, value: str | None) -> str | None:
        # [doc] "format": "date-time" (RFC 3339): a date and a time, "T" between them.
        if value is None:
            return None
        try:
            if "T" not in value.upper():
                raise ValueError(value)
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(QT_TRANSLATE_NOOP(
                "Reversio", "is not a date and time such as 2021-06-01T14:46:28Z")) from None
        return value

    def body(self) -> dict[str, Any]:
        """The JSON body sent: only the fields given."""
        return self.model_dump(exclude_none=True)


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True, defer_build=True)


class WrappedError(_Lenient):
    """One item of ``errors[]`` [doc 001]; every field may be missing."""

    subject: str = ""
    code: str = ""
    message: str = ""
    developerMessage: str = ""
    moreInfo: str = ""
    field: str = ""
    index: int | None = None
    isWarning: bool = False
    extraData: str = ""

    @field_validator("*", mode="before")
    @classmethod
    def _no_nulls(cls, value: Any, info: Any) -> Any:
        if value is None:
            return None if info.field_name == "index" else ("" if info.field_name != "isWarning"
                                                            else False)
        return value


class Envelope(_Lenient):
    """[doc 001] The wrapped answer of every call (the token's too, [assumed])."""

    value: Any = None
    errors: list[WrappedError] = []
    isHandledError: bool | None = None
    failure: bool | None = None
    hasWarnings: bool | None = None
    isNotFound: bool | None = None

    @field_validator("errors", mode="before")
    @classmethod
    def _errors_list(cls, value: Any) -> Any:
        return [] if value is None else value

    @property
    def refusals(self) -> list[WrappedError]:
        return [e for e in self.errors if not e.isWarning]


class OrderStatus(_Lenient):
    """[assumed] The value of ``GET /orders/{ref}/status``: the document shows the call only."""

    orderReference: str = ""
    status: str = ""
    orderId: str = ""


#: Plain words for the document's field names, in errors[] and in the station's own checks.
FIELD_LABELS: dict[str, str] = {
    "orderReference": QT_TRANSLATE_NOOP("Reversio", "Order reference"),
    "civility": QT_TRANSLATE_NOOP("Reversio", "Title"),
    "customerLastName": QT_TRANSLATE_NOOP("Reversio", "Last name"),
    "customerFirstName": QT_TRANSLATE_NOOP("Reversio", "First name"),
    "address": QT_TRANSLATE_NOOP("Reversio", "Address"),
    "companyName": QT_TRANSLATE_NOOP("Reversio", "Company"),
    "streetAddress": QT_TRANSLATE_NOOP("Reversio", "Street"),
    "additionalAddress": QT_TRANSLATE_NOOP("Reversio", "Address, second line"),
    "doorCode": QT_TRANSLATE_NOOP("Reversio", "Door code"),
    "floor": QT_TRANSLATE_NOOP("Reversio", "Floor"),
    "zipCode": QT_TRANSLATE_NOOP("Reversio", "Postcode"),
    "city": QT_TRANSLATE_NOOP("Reversio", "City"),
    "countryCode": QT_TRANSLATE_NOOP("Reversio", "Country code"),
    "phone": QT_TRANSLATE_NOOP("Reversio", "Address phone"),
    "phoneNumber": QT_TRANSLATE_NOOP("Reversio", "Phone"),
    "customerMail": QT_TRANSLATE_NOOP("Reversio", "E-mail"),
    "purchaseDateUtc": QT_TRANSLATE_NOOP("Reversio", "Purchase date"),
    "products": QT_TRANSLATE_NOOP("Reversio", "Products"),
    "modelId": QT_TRANSLATE_NOOP("Reversio", "Model id"),
    "price": QT_TRANSLATE_NOOP("Reversio", "Price"),
    "amount": QT_TRANSLATE_NOOP("Reversio", "Amount"),
    "currency": QT_TRANSLATE_NOOP("Reversio", "Currency"),
    "orderLineReference": QT_TRANSLATE_NOOP("Reversio", "Order line"),
    "supplierId": QT_TRANSLATE_NOOP("Reversio", "Supplier id"),
    "shippingPrice": QT_TRANSLATE_NOOP("Reversio", "Shipping price"),
    "salesChannel": QT_TRANSLATE_NOOP("Reversio", "Sales channel"),
    "storePurchasedAt": QT_TRANSLATE_NOOP("Reversio", "Store"),
    "orderId": QT_TRANSLATE_NOOP("Reversio", "Order id"),
}
