"""[doc] The REVER Storefront API's ``POST /returns/intent/start`` (seed 003) on the
sandbox's own data: a sandbox return's order, asked for with its customer's e-mail.

The document shows the request and the answer's fields, nothing about refusals. Its rules
here are the sandbox's own [sandbox assumption]:
- the order is found by its number (with or without ``#``, any case) or its id, among the
  sandbox's returns (cancelled ones too: the order exists); none -> 404, gRPC 5, the shape
  of every sandbox 404;
- the e-mail must be the order's customer's (case and surrounding spaces aside); another
  -> 400, gRPC 9 FAILED_PRECONDITION, "the e-mail does not match the order";
- one open intent per order: starting it again answers the same ``return_id`` and token
  (a lost answer retried makes no second return);
- ``currency`` is EUR (every sandbox country uses it), ``line_items`` the return's items
  with ``id`` for the line item id;
- an intent is not an active return until the customer finishes it: ``GET /returns`` does
  not list it.
"""

from __future__ import annotations

import secrets
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse

from .bodies import Body
from .errors import from_validation, invalid, not_found, precondition
from .jsonbody import BadJson, loads
from .processes import store_of
from .scopes import shops_of
from .storefront import orders_processes


class IntentBody(Body):
    email: str = ""
    order_number: str = ""


async def start_intent(request: Request) -> JSONResponse:
    try:
        body = IntentBody.model_validate(loads(await request.body()))
    except BadJson as exc:
        raise invalid(str(exc)) from None
    except ValidationError as exc:
        raise from_validation(exc) from None
    if not body.email.strip() or not body.order_number.strip():
        raise invalid("email and order_number are required")
    store = store_of(request)
    # Another e-commerce's order is unknown to a scoped key, like its returns.
    processes = orders_processes(store, body.order_number, active_only=False,
                                 shops=shops_of(request))
    if not processes:
        raise not_found(f"order {body.order_number} not found")
    process = processes[0]
    customer = process.get("customer") or {}
    if str(customer.get("email", "")).strip().lower() != body.email.strip().lower():
        raise precondition("the e-mail does not match the order")
    return_id, token = store.start_intent(process.get("order_id", "") or process["process_id"],
                                          secrets.token_urlsafe(24))
    return JSONResponse({"order": {
        "id": process.get("order_id", ""),
        "currency": "EUR",
        "line_items": [_line_item(item) for item in process.get("line_items", [])],
        "return_id": return_id,
        "customer_token": token,
    }})


def _line_item(item: dict[str, Any]) -> dict[str, Any]:
    return {"id": item.get("line_item_id", ""), "name": item.get("name", ""),
            "variant_name": item.get("variant_name", ""), "sku": item.get("sku", ""),
            "quantity": item.get("quantity", 0)}
