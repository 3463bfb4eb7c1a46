"""The sandbox ASGI app: the REVER Admin contract (section 1 of API-NOTES) over SQLite.

It accepts what document 002 accepts (``bodies.py``); where the documents are silent its
rules are its own, tagged ``[sandbox assumption]`` in the code and listed in the README."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.routing import Route

from revdesk.api import routes

from . import control, logistics, merchant, processes, storefront, storefront_intent
from .errors import ApiFailure, on_api_failure, on_http_exception
from .faults import FaultMiddleware, Faults
from .middleware import AuthMiddleware, RequestLog, RequestLogMiddleware
from .reversio import ReversioSandbox, reversio_routes
from .scopes import ScopedKeys
from .store import Store


def _routes() -> list[Route]:
    return [
        Route(routes.SHIPPING_STATUS, logistics.set_shipping_status, methods=["POST"]),
        Route(routes.LABEL, logistics.get_label, methods=["GET"]),
        Route(routes.LOGISTICS_SUMMARY, logistics.logistics_summary, methods=["GET"]),
        Route(routes.PICKUP, logistics.request_pickup, methods=["POST"]),
        Route(routes.LOGISTIC_ORDER, logistics.logistic_order, methods=["POST", "PUT"]),
        Route(routes.PROCESS_LIST, processes.list_processes, methods=["GET"]),
        Route(routes.PROCESS, processes.get_process, methods=["GET"]),
        Route(routes.STOREFRONT_RETURNS, storefront.active_returns, methods=["GET"]),
        Route(routes.MERCHANT_ORDER, merchant.get_order, methods=["GET"]),
        Route(routes.SANDBOX_PICTURE, merchant.picture, methods=["GET"]),
        Route(routes.STOREFRONT_INTENT_START, storefront_intent.start_intent,
              methods=["POST"]),
        Route(routes.SANDBOX_LABEL_FILE, logistics.label_file, methods=["GET"]),
        Route(routes.SANDBOX_FAULTS, control.get_faults, methods=["GET"]),
        Route(routes.SANDBOX_FAULTS, control.set_faults, methods=["POST"]),
        Route(routes.SANDBOX_REQUESTS, control.get_requests, methods=["GET"]),
        Route(routes.SANDBOX_REQUESTS, control.clear_requests, methods=["DELETE"]),
        Route(routes.SANDBOX_HEALTH, control.health, methods=["GET"]),
        *reversio_routes(),
    ]


def create_app(
    data_dir: Path,
    *,
    processes: int = 500,
    api_key: str | None = None,
    faults: Faults | None = None,
    seed: int = 42,
    keys: Mapping[str, str] | None = None,
    northwind: int = 0,
) -> Starlette:
    """The sandbox app on ``data_dir/sandbox.sqlite3``, seeded with ``processes`` demo returns
    of acme if the file is new, and ``northwind`` returns of the second e-commerce if the
    file has none. ``api_key`` None accepts any non-empty key. ``keys`` ({key: e-commerce or
    group}) are keys scoped to their e-commerces (``scopes.py``); the keys raise
    ``scopes.BadKeySpec`` for an unknown scope."""
    scoped = ScopedKeys(keys)
    store = Store.open(Path(data_dir), processes=processes, seed=seed, northwind=northwind)
    faults = faults if faults is not None else Faults()
    request_log = RequestLog()
    app = Starlette(
        routes=_routes(),
        # Outermost first: log every request (faulted ones too), then faults, then the key.
        # [sandbox assumption] So a 429 (or a 5xx) comes before the key is checked: the
        # documents do not say which REVER checks first, and no station behaviour relies
        # on the order.
        middleware=[
            Middleware(RequestLogMiddleware, log=request_log),
            Middleware(FaultMiddleware, faults=faults),
            Middleware(AuthMiddleware, api_key=api_key, scoped=scoped),
        ],
        exception_handlers={ApiFailure: on_api_failure, HTTPException: on_http_exception},
    )
    # The documented paths exactly: a real gateway does not redirect a missing slash.
    app.router.redirect_slashes = False
    app.state.store = store
    app.state.faults = faults
    app.state.request_log = request_log
    # Revers.io (seeds 000, 001): its own credentials and tokens, its imported orders beside
    # the sandbox's file; the token lifetime from REVDESK_SANDBOX_REVERSIO_TOKEN_SECONDS.
    app.state.reversio = ReversioSandbox(Path(data_dir))
    return app
