"""[assumed] Processes endpoints: the documents give no paths (see api/routes.py)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse

from revdesk.api.models import SHIPPING_STATUSES
from revdesk.api.routes import PROCESS_LIST_PARAMS as NAMES

from . import paging
from .errors import forbidden, invalid, not_found
from .scopes import may_see, shops_of
from .seed import GROUPS
from .store import ProcessFilter, Store

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 1000

def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def existing_process(request: Request) -> dict[str, Any]:
    """The process named in the path, or 404 code 5: for a key scoped to other
    e-commerces, the very same 404 [sandbox assumption, scopes.py]."""
    process_id = request.path_params["process_id"]
    process = store_of(request).get_process(process_id)
    if process is None or not may_see(request, process):
        raise not_found(f"process {process_id} not found")
    return process


def _page_size(text: str) -> int:
    if not text:
        return DEFAULT_PAGE_SIZE
    if not text.isdigit() or not 1 <= int(text) <= MAX_PAGE_SIZE:
        raise invalid(f"page_size must be a whole number from 1 to {MAX_PAGE_SIZE}")
    return int(text)


def _filters(request: Request) -> ProcessFilter:
    params = request.query_params
    status = params.get(NAMES.shipping_status, "").strip()
    if status and status not in SHIPPING_STATUSES:
        raise invalid(f"unknown shipping_status {status!r}; valid values: "
                      + ", ".join(SHIPPING_STATUSES))
    ecommerce_id = params.get(NAMES.ecommerce_id, "").strip()
    group = params.get(NAMES.group, "").strip()
    shops = shops_of(request)
    # [sandbox assumption, scopes.py] naming what the key does not hold is refused; an
    # unknown e-commerce or group alike, so the answer tells nothing about other accounts.
    if shops is not None and ecommerce_id and ecommerce_id not in shops:
        raise forbidden(f"this API key has no access to e-commerce {ecommerce_id!r}")
    if shops is not None and group and not set(GROUPS.get(group, ("",))) <= set(shops):
        raise forbidden(f"this API key has no access to group {group!r}")
    return ProcessFilter(ecommerce_id=ecommerce_id, group=group, shipping_status=status,
                         q=params.get(NAMES.query, "").strip(), shops=shops)


async def list_processes(request: Request) -> JSONResponse:
    """Newest first; ``next_page_token`` is empty on the last page."""
    size = _page_size(request.query_params.get(NAMES.page_size, "").strip())
    filters = _filters(request)
    token = request.query_params.get(NAMES.page_token, "")
    after = paging.decode(token, filters.fingerprint()) if token else None
    rows = store_of(request).list_processes(filters, after, size + 1)
    next_token = ""
    if len(rows) > size:
        rows = rows[:size]
        last = rows[-1]
        next_token = paging.encode((last["created_at"], last["process_id"]),
                                   filters.fingerprint())
    return JSONResponse({"processes": rows, "next_page_token": next_token})


async def get_process(request: Request) -> JSONResponse:
    return JSONResponse({"process": existing_process(request)})
