"""The REVER Storefront API client (seed 003): what the station uses of it, on its own
base URL and the same ``x-rever-api-key`` header as the Admin API."""

from __future__ import annotations

from collections.abc import Sequence

from . import errors, routes
from .models import ReturnIntent, ReturnIntentRequest, StorefrontReturn, StorefrontReturns
from .rever import parse, validated
from .transport import Transport

#: At most this many order ids in one look-up (a URL stays short).
MAX_ORDER_IDS = 20


class StorefrontClient:
    """The Storefront API over one :class:`Transport`. Methods raise :class:`errors.ApiError`."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    def __repr__(self) -> str:
        return f"StorefrontClient({self.transport!r})"

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def active_returns(self, order_ids: Sequence[str]) -> list[StorefrontReturn]:
        """[doc] ``GET /returns?order_ids=…``: the active returns of these orders. The station
        passes an order number as the id [assumed: API-NOTES section 2]."""
        ids = [i for i in order_ids if i][:MAX_ORDER_IDS]
        if not ids:
            return []
        data = await self.transport.request(
            "GET", routes.STOREFRONT_RETURNS, params={routes.STOREFRONT_ORDER_IDS: ids},
            idempotent=True)
        return parse(StorefrontReturns, data, "storefront returns").returns

    async def start_return_intent(self, email: str, order_number: str) -> ReturnIntent:
        """[doc] ``POST /returns/intent/start``: a return started for the order's customer,
        its ``return_id`` and the ``customer_token`` the customer finishes it with. Not
        sent again after a failure that may have reached the server (a second intent)."""
        body = validated(ReturnIntentRequest, email=email, order_number=order_number).body()
        data = await self.transport.request("POST", routes.STOREFRONT_INTENT_START,
                                            json_body=body, idempotent=False)
        intent = parse(ReturnIntent, data, "return intent")
        if not (intent.order.return_id and intent.order.customer_token):
            # Without both there is nothing the customer can finish the return with.
            raise errors.MalformedAnswer(
                detail="return intent: no order.return_id or order.customer_token")
        return intent
