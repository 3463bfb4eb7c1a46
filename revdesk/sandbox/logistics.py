"""[doc] Logistics endpoints: shipping status, label, summary, pickup, logistic orders."""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from revdesk.api import routes
from revdesk.api.models import LABEL_EXTENSIONS, SHIPPING_STATUSES

from . import jsonbody, labels
from .bodies import LogisticOrderBody, ManualLogisticOrderBody, PickupBody, ShippingStatusBody
from .errors import from_validation, invalid, not_found, precondition, unimplemented
from .processes import existing_process, store_of
from .scopes import may_see
from .seed import Dice, tracking_id_for, tracking_url
from .store import Label, Store

M = TypeVar("M", bound=BaseModel)

MAX_LABEL_BYTES = 10 * 1024 * 1024
LABEL_MAGIC = {"pdf": b"%PDF-", "png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff"}
CREATED_ORDER_PRICE = 4.95
ALL_CARRIERS = ("DHL", "UPS", "Correos", "SEUR", "Colissimo", "Chronopost", "DPD", "GLS",
                "BRT", "CTT", "Poste Italiane")
# [sandbox assumption] Which carriers each provider offers: the documents name SendCloud and
# OPS as providers and DHL, UPS, Correos as carriers, not who offers what. Any other
# provider is "not supported" (gRPC 3, as the document says for an unsupported
# combination). OPS generates nothing through REVER [doc].
PROVIDER_CARRIERS: dict[str, tuple[str, ...]] = {"sendcloud": ALL_CARRIERS}
_NUMBER = re.compile(r"(\d+)$")


# -- shared checks ---------------------------------------------------------------------------

async def json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = jsonbody.loads(raw) if raw.strip() else None
    except jsonbody.BadJson as exc:
        raise invalid(str(exc)) from None
    if not isinstance(data, dict):
        raise invalid("the body must be a JSON object")
    return data


def validated(model: type[M], data: dict[str, Any]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise from_validation(exc) from None


# [assumed] The process acted on is the path's: a gRPC gateway sets path parameters over
# what the body says, so the document's example bodies ("process_id": "string") work on
# any path. The client always sends the same id in both.


def check_provider(provider: str, carrier: str) -> str:
    """The carrier's canonical name, or the error the contract names for the combination."""
    if provider.strip().casefold() == "ops":
        raise unimplemented("provider OPS generated no action")  # [doc] gRPC 12
    offered = PROVIDER_CARRIERS.get(provider.strip().casefold())
    if offered is None:
        raise invalid(f"provider {provider!r} is not supported")
    for name in offered:
        if name.casefold() == carrier.strip().casefold():
            return name
    raise invalid(f"carrier {carrier!r} is not offered by provider {provider!r}")


def has_logistic_order(store: Store, process: dict[str, Any]) -> bool:
    # [doc] "A logistic order must be created prior requesting a pickup". [sandbox
    # assumption] Seeded returns with a tracking id came with one; the refusal's code
    # (FAILED_PRECONDITION) is the sandbox's: the document names none.
    return bool(process.get("tracking_id")) or store.count_logistic_orders(
        process["process_id"]) > 0


# -- shipping status -------------------------------------------------------------------------

async def set_shipping_status(request: Request) -> JSONResponse:
    body = await json_object(request)
    lkss = body.get("lkss", "NO_SHIPPING_STATUS")  # absent: protobuf's first value
    if lkss not in SHIPPING_STATUSES:
        raise invalid(f"invalid lkss {lkss!r}; valid values: {', '.join(SHIPPING_STATUSES)}")
    req = validated(ShippingStatusBody, body)
    process = existing_process(request)
    # [sandbox assumption] A cancelled return stays cancelled, refused with
    # FAILED_PRECONDITION: the documents say neither. No station behaviour relies on it
    # (the station's own rule reads the status it was told, see domain/station.py).
    if process.get("shipping_status") == "CANCELED" and req.lkss != "CANCELED":
        raise precondition("the return was cancelled")
    store_of(request).update_process(process["process_id"], shipping_status=req.lkss)
    return JSONResponse({})


# -- labels ----------------------------------------------------------------------------------

def label_extension(store: Store, process: dict[str, Any]) -> str | None:
    """The extension of the label served for ``process``; None when it has none."""
    stored = store.label_extension(process["process_id"])
    if stored and stored[1]:
        return stored[0]  # an uploaded label wins over a generated one
    if not labels.has_label(process):
        return None
    return labels.default_extension(process["process_id"])


async def get_label(request: Request) -> JSONResponse:
    process = existing_process(request)
    ext = label_extension(store_of(request), process)
    # [sandbox assumption] No label before a shipment: a 404, as the document does not say.
    if ext is None:
        raise not_found(f"process {process['process_id']} has no label")
    path = routes.path(routes.SANDBOX_LABEL_FILE, process_id=process["process_id"], ext=ext)
    return JSONResponse({"url": str(request.base_url).rstrip("/") + path})


async def label_file(request: Request) -> Response:
    """The label bytes; needs no key, like a pre-signed download URL."""
    store = store_of(request)
    process = store.get_process(request.path_params["process_id"])
    ext = request.path_params["ext"]
    # A scoped key's request is marked (scopes.py): another merchant's label is no label.
    if process is None or not may_see(request, process) \
            or ext != label_extension(store, process):
        raise not_found("no such label")
    label = store.get_label(process["process_id"])
    if label is None or label.ext != ext:
        # Rendering takes tens of milliseconds: off the event loop.
        label = Label(await run_in_threadpool(labels.render, process, ext), ext, False)
        store.put_generated_label(process["process_id"], label)
    name = f"{process['process_id']}.{ext}"
    return Response(label.data, media_type=labels.CONTENT_TYPES[ext],
                    headers={"content-disposition": f'inline; filename="{name}"'})


# -- summary and pickup ----------------------------------------------------------------------

def _summary_unknown(process_id: str) -> bool:
    # Some answers carry the UNSPECIFIED values the documents show, so clients meet them.
    match = _NUMBER.search(process_id)
    return match is not None and int(match.group(1)) % 17 == 0


async def logistics_summary(request: Request) -> JSONResponse:
    process = existing_process(request)
    unknown = _summary_unknown(process["process_id"])
    status = process.get("shipping_status", "")
    method = process.get("return_method", "")
    summary = {
        "carrier": process.get("carrier", ""),
        "pickups_scheduled": str(store_of(request).count_pickups(process["process_id"])),
        "return_method": "RETURN_METHOD_UNSPECIFIED"
        if unknown or method in ("", "NO_RETURN_METHOD") else method,
        "status": "STATUS_UNSPECIFIED"
        if unknown or status in ("", "NO_SHIPPING_STATUS") else status,
        "tracking_id": process.get("tracking_id", ""),
        "tracking_url": process.get("tracking_url", ""),
    }
    return JSONResponse({"logistics_summary": summary})


async def request_pickup(request: Request) -> JSONResponse:
    body = await json_object(request)
    req = validated(PickupBody, body)
    process = existing_process(request)
    carrier = check_provider(req.provider, req.carrier)
    if process.get("return_method") == "IN_STORE":
        # [sandbox assumption] an unsupported combination, as the document allows (code 3)
        raise invalid("return method IN_STORE cannot have a pickup")
    store = store_of(request)
    if not has_logistic_order(store, process):
        raise precondition("create a logistic order first")
    pickup_id = store.add_pickup(process["process_id"], body)
    return JSONResponse({"pickup_order": {
        "carrier": carrier, "id": pickup_id,
        "pickup_range": {"ranges": list(req.pickup_ranges)}, "provider": req.provider,
    }})


# -- logistic orders -------------------------------------------------------------------------

def _order_answer(order_id: str, carrier: str, provider: str, price: float) -> JSONResponse:
    return JSONResponse({"order": {"carrier": carrier, "currency_code": "EUR", "id": order_id,
                                   "price": price, "provider": provider, "shipments": []}})


def _decode_label(body: dict[str, Any]) -> tuple[bytes, str]:
    ext = body.get("label_extension")
    if ext not in LABEL_EXTENSIONS:
        raise invalid(f"label_extension must be one of {', '.join(LABEL_EXTENSIONS)}")
    text = body.get("label")
    if not isinstance(text, str) or not text:
        raise invalid("label must be the label file, base64 encoded")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise invalid("label is not valid base64") from None
    # [sandbox assumption] a size limit and a content that is what its extension says:
    # the sandbox serves the label back as that type. The document states neither.
    if len(data) > MAX_LABEL_BYTES:
        raise invalid(f"label is over {MAX_LABEL_BYTES // (1024 * 1024)} MB")
    if not data.startswith(LABEL_MAGIC[ext]):
        raise invalid(f"the label's content is not a {ext} file")
    return data, ext


async def save_manual_order(request: Request) -> JSONResponse:
    """SaveManuallyCreatedLogisticOrder: keep the uploaded label and the order's details."""
    body = await json_object(request)
    data, ext = _decode_label(body)
    order = validated(ManualLogisticOrderBody, body).order
    process = existing_process(request)
    store = store_of(request)
    record = {**body, "label": f"<{len(data)} bytes>"}
    order_id = store.add_logistic_order(process["process_id"], "manual", record)
    store.put_label(process["process_id"], Label(data, ext, uploaded=True))
    store.update_process(
        process["process_id"], carrier=order.carrier, tracking_id=order.tracking_id,
        return_method=order.return_method,
        tracking_url=order.tracking_url or tracking_url(order.carrier, order.tracking_id),
    )
    return _order_answer(order_id, order.carrier, order.provider, 0)


async def create_logistic_order(request: Request) -> JSONResponse:
    body = await json_object(request)
    req = validated(LogisticOrderBody, body)
    process = existing_process(request)
    carrier = check_provider(req.provider, req.carrier)
    # [sandbox assumption] combinations it does not support (code 3, as the document says)
    if req.return_type in ("IN_STORE", "NO_RETURN_METHOD"):
        raise invalid(f"return method {req.return_type} cannot be combined with carrier "
                      f"{carrier} and provider {req.provider}")
    store = store_of(request)
    pid = process["process_id"]
    order_id = store.add_logistic_order(pid, "created", body)
    # Deterministic per order: the same test run gets the same tracking id.
    tracking = tracking_id_for(carrier, Dice(zlib.crc32(f"{pid}/{order_id}".encode())))
    store.update_process(pid, carrier=carrier, return_method=req.return_type,
                         tracking_id=tracking, tracking_url=tracking_url(carrier, tracking))
    store.drop_label(pid)  # the old label belonged to the old shipment
    return _order_answer(order_id, carrier, req.provider, CREATED_ORDER_PRICE)


async def logistic_order(request: Request) -> JSONResponse:
    """One route for both verbs of the documented path, so a 405 lists both."""
    if request.method == "PUT":
        return await create_logistic_order(request)
    return await save_manual_order(request)
