"""``/_sandbox/...``: the sandbox's own controls for tests and demos. They need the key only
when the sandbox has a fixed one (``--api-key``)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import jsonbody
from .errors import invalid
from .faults import Faults
from .middleware import RequestLog
from .processes import store_of


def _faults(request: Request) -> Faults:
    faults: Faults = request.app.state.faults
    return faults


def _request_log(request: Request) -> RequestLog:
    log: RequestLog = request.app.state.request_log
    return log


async def get_faults(request: Request) -> JSONResponse:
    return JSONResponse(_faults(request).as_dict())


async def set_faults(request: Request) -> JSONResponse:
    """Change any subset of the knobs; answers the new state."""
    try:
        changes = jsonbody.loads(await request.body() or b"{}")
    except jsonbody.BadJson as exc:
        raise invalid(str(exc)) from None
    if not isinstance(changes, dict):
        raise invalid("the body must be a JSON object")
    faults = _faults(request)
    try:
        faults.update(changes)
    except (TypeError, ValueError) as exc:
        raise invalid(str(exc)) from None
    return JSONResponse(faults.as_dict())


async def get_requests(request: Request) -> JSONResponse:
    return JSONResponse(_request_log(request).entries())


async def clear_requests(request: Request) -> Response:
    _request_log(request).clear()
    return Response(status_code=204)


async def health(request: Request) -> JSONResponse:
    return JSONResponse({"ok": True, "processes": store_of(request).count()})
