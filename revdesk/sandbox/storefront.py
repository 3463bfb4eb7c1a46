"""[doc] The REVER Storefront API's ``GET /returns?order_ids=`` (seed 003), on the sandbox's
own data: a sandbox return's order is found by its id or its order number.

The document shows the answer's list, not its items: each item's fields are the
station's assumption (``api/models.py`` ``StorefrontReturn``). [sandbox assumption]
"active" means not cancelled; ``return_id`` is ``RT-`` and the process id; ``status`` is
``ACTIVE``; an order number matches with or without its ``#``, in any case.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from revdesk.api import routes

from .errors import invalid
from .processes import store_of
from .scopes import shops_of
from .store import ProcessFilter, Store

MAX_ORDER_IDS = 50
_PER_ORDER = 100


def _key(text: str) -> str:
    return text.strip().upper().lstrip("#")


def _item(process: dict[str, Any]) -> dict[str, Any]:
    return {"return_id": f"RT-{process['process_id']}", "process_id": process["process_id"],
            "order_id": process.get("order_id", ""),
            "order_number": process.get("order_number", ""), "status": "ACTIVE",
            "created_at": process.get("created_at", "")}


async def active_returns(request: Request) -> JSONResponse:
    ids = [i for i in request.query_params.getlist(routes.STOREFRONT_ORDER_IDS) if i.strip()]
    if len(ids) > MAX_ORDER_IDS:
        raise invalid(f"at most {MAX_ORDER_IDS} order_ids")
    store = store_of(request)
    shops = shops_of(request)  # a scoped key finds only its e-commerces' returns
    found: dict[str, dict[str, Any]] = {}
    for order in ids:
        for process in orders_processes(store, order, shops=shops):
            found.setdefault(process["process_id"], process)
    return JSONResponse({"returns": [_item(p) for p in found.values()]})


def orders_processes(store: Store, order: str, *, active_only: bool = True,
                     shops: tuple[str, ...] | None = None) -> list[dict[str, Any]]:
    """The sandbox returns of an order, by its id or its number; not cancelled ones when
    ``active_only``; only of the e-commerces ``shops`` unless it is None."""
    key = _key(order)
    if not key:
        return []
    where = ProcessFilter(q=key, shops=shops)
    return [process for process in store.list_processes(where, None, _PER_ORDER)
            if key in (_key(process.get("order_id", "")), _key(process.get("order_number", "")))
            and not (active_only and process.get("shipping_status") == "CANCELED")]
