"""The merchant's own platform (seed 004, "Custom integrations with REVER"): the one call
the station makes there, ``GET /rever/orders/{order_id}``, on its own base URL and key.

The document's header is ``X-rever-api-key``: the :class:`Transport` sends it (in lower
case; HTTP header names are case-blind) with the merchant key, never REVER's.
"""

from __future__ import annotations

from . import routes
from .models import MerchantOrder
from .rever import parse
from .transport import Transport


class MerchantClient:
    """The merchant platform over one :class:`Transport`. Methods raise :class:`errors.ApiError`:
    ``NotFound`` for an order the platform does not know (404, as the document asks),
    ``ServerError`` for the platform failing (any 5xx, as the document asks), the network
    errors of the transport otherwise."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def __repr__(self) -> str:
        return f"MerchantClient({self.transport!r})"

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def get_order(self, order_id: str) -> MerchantOrder:
        """[doc] The order with this internal id, its line items included."""
        data = await self.transport.request(
            "GET", routes.path(routes.MERCHANT_ORDER, order_id=order_id), idempotent=True)
        return parse(MerchantOrder, data, "merchant order")

    async def download_picture(self, url: str, *, max_bytes: int) -> tuple[bytes, str]:
        """A product picture: every hop checked as a label's is (``Transport.download``:
        http(s) only, plain http only on this computer, no link-local address, at most
        5 redirects), the size capped. Returns its bytes and declared content type."""
        return await self.transport.download(url, max_bytes=max_bytes)
