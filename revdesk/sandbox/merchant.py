"""[doc] The merchant's platform (seed 004): ``GET /rever/orders/{order_id}``, built from the
sandbox's own returns, so a sandbox return's order exists here with the same id, number,
customer and items.

Where the document is silent the sandbox decides, each rule a [sandbox assumption]:
- the order's line items are the items of every sandbox return of that order (same SKU,
  variant, quantity and line item id), each returnable; one order in four (chosen by its
  id, so always the same ones) also holds a gift card the shop does not take back
  (``is_returnable`` false, ``non_returnable_reason`` 3, no picture);
- prices come from the SKU, in EUR; the order was bought and sent a week before the return;
- each product's picture is a small PNG the sandbox draws and serves itself, at its own
  address (``/_sandbox/pictures/{sku}.png``: 127.0.0.1 in tests and the built-in sandbox);
- an order id the sandbox has no return for answers 404; the ``merchant`` fault knob makes
  the platform answer 500/503 or a body the station cannot read.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from datetime import datetime, timedelta
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from revdesk.api import routes

from .errors import not_found
from .processes import store_of
from .scopes import shops_of
from .store import ProcessFilter

_PER_ORDER = 100
PICTURE_SIZE = 48
#: The colour each generated picture is drawn in, by the SKU's colour code (seed.COLOURS).
_COLOURS: dict[str, tuple[int, int, int]] = {
    "WHT": (240, 240, 236), "BLK": (30, 30, 30), "NVY": (28, 40, 90), "OLV": (110, 120, 50),
    "SND": (210, 190, 150), "BRG": (120, 20, 40),
}
GIFT_CARD = {"name": "Gift card", "sku": "GIFT-CARD", "variant_name": "25 EUR"}


def _number(text: str, low: int, high: int) -> int:
    digest = hashlib.sha256(text.encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low + 1)


def _price(sku: str) -> str:
    return f"{_number(sku, 1500, 12900) / 100:.2f}"


def _purchased(created_at: str) -> str:
    try:
        created = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        return created_at
    return (created - timedelta(days=7)).isoformat(timespec="seconds")


def _address(address: dict[str, Any]) -> dict[str, Any]:
    return {"first_name": address.get("first_name", ""),
            "second_name": address.get("last_name", ""),
            "email": address.get("email", ""), "phone": address.get("phone", ""),
            "address_line_1": address.get("address_line_1", ""),
            "address_line_2": address.get("address_line_2", ""),
            "postal_code": address.get("postcode", ""), "city": address.get("city", ""),
            "state_province": address.get("state_province", ""),
            "province_code": address.get("state_province_code", ""),
            "country_code": address.get("country_code", ""),
            "country": address.get("country", "")}


def _line_item(item: dict[str, Any], base_url: str, order_id: str) -> dict[str, Any]:
    sku = str(item.get("sku", ""))
    quantity = int(item.get("quantity", 1) or 1)
    price = _price(sku)
    total = f"{float(price) * quantity:.2f}"
    product_code = sku.split("-", 1)[0]
    picture = base_url + routes.path(routes.SANDBOX_PICTURE, sku=sku)
    return {
        "id": str(item.get("line_item_id") or f"{order_id}-{sku}"),
        "variant_name": item.get("variant_name", ""),
        "variant_id": str(_number(sku, 10_000, 99_999)),
        "sku": sku, "quantity": quantity, "unit_price": price,
        "unit_discount_amount": "0.00", "total": total, "subtotal": total,
        "is_returnable": True,
        "product": {"id": str(_number(product_code, 100, 999)), "name": item.get("name", ""),
                    "description": f"{item.get('name', '')} from the sandbox shop.",
                    "images": [{"src": picture, "alt": item.get("name", "")}]},
    }


def _gift_card(order_id: str) -> dict[str, Any]:
    return {"id": f"{order_id}-gift", "variant_name": GIFT_CARD["variant_name"],
            "variant_id": "1", "sku": GIFT_CARD["sku"], "quantity": 1, "unit_price": "25.00",
            "unit_discount_amount": "0.00", "total": "25.00", "subtotal": "25.00",
            "is_returnable": False, "non_returnable_reason": 3,
            "product": {"id": "1", "name": GIFT_CARD["name"], "description": "", "images": []}}


def order_of(returns: list[dict[str, Any]], base_url: str) -> dict[str, Any]:
    """The order the sandbox returns ``returns`` (all of one order id) were made from."""
    first = returns[0]
    order_id = str(first.get("order_id", ""))
    customer = first.get("customer") or {}
    address = first.get("customer_address") or {}
    items = [_line_item(item, base_url, order_id)
             for process in returns for item in process.get("line_items") or []]
    if _number(order_id, 0, 3) == 0:
        items.append(_gift_card(order_id))
    purchased = _purchased(str(first.get("created_at", "")))
    return {
        "order_number": first.get("order_number", ""), "order_id": order_id,
        "shop_currency": "EUR",
        "customer_info": {"email": customer.get("email", ""),
                          "first_name": customer.get("first_name", ""),
                          "last_name": customer.get("last_name", ""),
                          "phone": address.get("phone", ""), "currency": "EUR"},
        "shipping_address": _address(address), "billing_address": _address(address),
        "line_items": items,
        "associated_costs": {"logistic_costs": "4.95", "order_discount_amount": "0.00"},
        "purchased_at": purchased, "fulfilled_at": purchased,
    }


async def get_order(request: Request) -> JSONResponse:
    order_id = request.path_params["order_id"].strip()
    # [sandbox assumption] a scoped key is one merchant's: another's order is unknown.
    where = ProcessFilter(q=order_id, shops=shops_of(request))
    returns = [p for p in store_of(request).list_processes(where, None, _PER_ORDER)
               if order_id and str(p.get("order_id", "")) == order_id]
    if not returns:
        # [doc] 404 for an order the platform does not have, with what it can say.
        raise not_found(f"order {order_id} not found on the merchant platform")
    returns.sort(key=lambda p: p.get("process_id", ""))
    return JSONResponse(order_of(returns, str(request.base_url).rstrip("/")))


# -- the pictures -----------------------------------------------------------------------------


def png(width: int, height: int, rgb: tuple[int, int, int], band: tuple[int, int, int]) -> bytes:
    """A small RGB PNG: ``rgb`` with a band of ``band`` across its middle (no imaging library)."""
    rows = []
    for y in range(height):
        colour = band if height // 3 <= y < 2 * height // 3 else rgb
        rows.append(b"\x00" + bytes(colour) * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


async def picture(request: Request) -> Response:
    """[sandbox assumption] A product's picture: the colour of its SKU's colour code."""
    sku = request.path_params["sku"]
    parts = sku.split("-")
    colour = _COLOURS.get(parts[1] if len(parts) > 1 else "", (150, 150, 150))
    band = (_number(parts[0], 60, 220), _number(parts[0] + "g", 60, 220),
            _number(parts[0] + "b", 60, 220))
    return Response(png(PICTURE_SIZE, PICTURE_SIZE, colour, band), media_type="image/png",
                    headers={"cache-control": "max-age=86400"})
