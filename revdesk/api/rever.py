"""The REVER Admin API client: one method per call of the contract."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from revdesk.i18n import translate

from . import errors, routes
from .models import (
    EmptyAnswer,
    LabelUrl,
    LogisticOrderAnswer,
    LogisticOrderRequest,
    LogisticsAnswer,
    LogisticsSummary,
    ManualLogisticOrderRequest,
    PickupAnswer,
    PickupRequest,
    Process,
    ProcessAnswer,
    ProcessPage,
    ShippingStatus,
    ShippingStatusRequest,
)
from .transport import Transport

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

#: Label files are refused above this size (the upload limit of the station is the same).
MAX_LABEL_BYTES = 10 * 1024 * 1024
DEFAULT_PAGE_SIZE = 200
#: A list is followed at most this far: a server that hands out a new token with every
#: page would otherwise be followed for ever (an exactly repeated token is caught sooner).
MAX_LIST_PAGES = 2_000
MAX_LIST_ROWS = 500_000


def parse(model: type[M], data: Any, what: str) -> M:
    """Turn decoded JSON into a model, or raise MalformedAnswer: the only place JSON is read."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = exc.errors()
        where = ".".join(str(p) for p in problems[0]["loc"]) if problems else ""
        message = problems[0]["msg"] if problems else ""
        raise errors.MalformedAnswer(
            detail=f"{what}: {exc.error_count()} invalid field(s), first at {where!r}: {message}"
        ) from None


def validated(model: type[M], **fields: Any) -> M:
    """Build a request model, turning a validation failure into an InvalidArgument."""
    try:
        return model(**fields)
    except ValidationError as exc:
        problems = "; ".join(_problem(e) for e in exc.errors())
        raise errors.InvalidArgument(
            translate("ReverAdmin", "Not sent: {problems}.").format(problems=problems),
            detail=str(exc)) from None


def _problem(error: Any) -> str:
    """One field's problem in words: a rule over the whole request names no field, and
    pydantic's "Value error, " prefix says nothing to an operator."""
    where = ".".join(str(p) for p in error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


class ReverAdminClient:
    """The Admin API over one :class:`Transport`. Methods raise :class:`errors.ApiError`."""

    def __init__(self, transport: Transport, *, ecommerce_id: str = "", group: str = "") -> None:
        self.transport = transport
        self.ecommerce_id = ecommerce_id
        self.group = group

    def __repr__(self) -> str:
        return f"ReverAdminClient({self.transport!r}, ecommerce_id={self.ecommerce_id!r})"

    async def aclose(self) -> None:
        await self.transport.aclose()

    # -- logistics [doc] --------------------------------------------------------------------

    async def set_shipping_status(self, process_id: str, status: ShippingStatus | str) -> None:
        """Set a return's shipping status (``lkss``). Safe to repeat: it sets, not toggles."""
        body = validated(ShippingStatusRequest, lkss=status, process_id=process_id).body()
        data = await self.transport.request(
            "POST", routes.path(routes.SHIPPING_STATUS, process_id=process_id),
            json_body=body, idempotent=True,
        )
        parse(EmptyAnswer, data, "shipping status")

    async def get_label_url(self, process_id: str) -> str:
        """The URL of the return's label file."""
        data = await self.transport.request(
            "GET", routes.path(routes.LABEL, process_id=process_id), idempotent=True
        )
        url = parse(LabelUrl, data, "label").url
        if not url:
            raise errors.NotFound(translate("ReverAdmin", "This return has no label yet."),
                                  detail=f"empty label url for {process_id}")
        return url

    async def fetch_label(self, process_id: str, *, max_bytes: int = MAX_LABEL_BYTES) -> tuple[bytes, str]:
        """Download the return's label file: its bytes and the served content type."""
        url = await self.get_label_url(process_id)
        return await self.transport.download(url, max_bytes=max_bytes)

    async def get_logistics(self, process_id: str) -> LogisticsSummary:
        data = await self.transport.request(
            "GET", routes.path(routes.LOGISTICS_SUMMARY, process_id=process_id), idempotent=True
        )
        return parse(LogisticsAnswer, data, "logistics").logistics_summary

    async def request_pickup(self, request: PickupRequest) -> PickupAnswer:
        """Ask for a pickup. Raises Unimplemented when the provider (OPS) generated nothing."""
        data = await self.transport.request(
            "POST", routes.path(routes.PICKUP, process_id=request.process_id),
            json_body=request.body(), idempotent=False,
        )
        return parse(PickupAnswer, data, "pickup")

    async def save_manual_logistic_order(self, request: ManualLogisticOrderRequest) -> LogisticOrderAnswer:
        """Create a logistic order for a return shipped outside the platform, with its label."""
        data = await self.transport.request(
            "POST", routes.path(routes.LOGISTIC_ORDER, process_id=request.order.process_id),
            json_body=request.body(), idempotent=False,
        )
        return parse(LogisticOrderAnswer, data, "manual logistic order")

    async def create_logistic_order(self, request: LogisticOrderRequest) -> LogisticOrderAnswer:
        data = await self.transport.request(
            "PUT", routes.path(routes.LOGISTIC_ORDER, process_id=request.process_id),
            json_body=request.body(), idempotent=False,
        )
        return parse(LogisticOrderAnswer, data, "logistic order")

    # -- processes [assumed paths, see routes.py] -------------------------------------------

    async def list_processes(
        self,
        *,
        shipping_status: str = "",
        query: str = "",
        page_size: int = DEFAULT_PAGE_SIZE,
        page_token: str = "",
    ) -> ProcessPage:
        """One page of processes. ``page_token`` is passed back exactly as the server gave it."""
        names = routes.PROCESS_LIST_PARAMS
        params = {
            names.ecommerce_id: self.ecommerce_id, names.group: self.group,
            names.shipping_status: shipping_status, names.query: query,
            names.page_size: page_size, names.page_token: page_token,
        }
        try:
            data = await self.transport.request(
                "GET", routes.PROCESS_LIST,
                params={k: v for k, v in params.items() if v not in ("", None)},
                idempotent=True,
            )
            return parse(ProcessPage, data, "process list")
        except errors.ApiError as exc:
            raise _list_failure(exc) from None

    async def iter_pages(self, *, max_pages: int | None = None, max_rows: int | None = None,
                         **kw: Any) -> AsyncIterator[ProcessPage]:
        """Every page in turn, until the server gives an empty token; raises TooLarge past
        ``max_pages`` pages or ``max_rows`` returns (:data:`MAX_LIST_PAGES`, :data:`MAX_LIST_ROWS`)."""
        pages_cap = max_pages or MAX_LIST_PAGES
        rows_cap = max_rows or MAX_LIST_ROWS
        token = ""
        seen: set[str] = set()
        pages = rows = 0
        while True:
            page = await self.list_processes(page_token=token, **kw)
            pages += 1
            rows += len(page.processes)
            if rows > rows_cap:
                raise errors.TooLarge(
                    translate("ReverAdmin", "REVER's list has more than {limit} returns, more "
                              "than the station reads at once; it stopped there. Narrow it "
                              "with a status or a search.").format(limit=f"{rows_cap:,}"),
                    detail=f"list over {rows_cap} rows after {pages} pages")
            yield page
            token = page.next_page_token
            if not token:
                return
            if pages >= pages_cap:
                raise errors.TooLarge(
                    translate("ReverAdmin", "REVER's list did not end after {limit} pages; the "
                              "station stopped there. Narrow it with a status or a search.")
                    .format(limit=f"{pages_cap:,}"),
                    detail=f"list still going after {pages_cap} pages ({rows} rows)")
            if token in seen:
                raise errors.MalformedAnswer(
                    translate("ReverAdmin", "REVER sent the same page twice; the list stopped "
                              "there."),
                    detail=f"repeated page_token after {len(seen)} pages",
                )
            seen.add(token)

    async def all_processes(self, *, max_pages: int | None = None, max_rows: int | None = None,
                            **kw: Any) -> list[Process]:
        out: list[Process] = []
        async for page in self.iter_pages(max_pages=max_pages, max_rows=max_rows, **kw):
            out.extend(page.processes)
        return out

    async def get_process(self, process_id: str) -> Process:
        data = await self.transport.request(
            "GET", routes.path(routes.PROCESS, process_id=process_id), idempotent=True
        )
        process = parse(ProcessAnswer, data, "process").process
        if not process.process_id:
            process = process.model_copy(update={"process_id": process_id})
        elif process.process_id.casefold() != process_id.casefold():
            # An answer about another return (a confused cache or proxy): its status and
            # customer would be shown for the parcel in hand, and checked for its change.
            raise errors.MalformedAnswer(
                detail=f"asked for process {process_id!r}, the answer is about "
                       f"{process.process_id[:80]!r}")
        return process


def _list_failure(exc: errors.ApiError) -> errors.ApiError:
    """[assumed path] A list read that failed for good says "cannot list returns": a 404
    there is no list at that address, never "REVER does not know this return". What can
    pass (the network, a busy REVER) or what the station's set-up causes (key, address)
    stays as it is, so the connection state and the exit codes still read it."""
    if exc.transient or errors.fails_every_call(exc) or isinstance(exc, errors.Forbidden
                                                                     | errors.InvalidArgument):
        return exc
    if isinstance(exc, errors.NotFound):
        cause = translate("ReverAdmin", "REVER has no list of returns at this address (HTTP "
                          "404).")
    elif isinstance(exc, errors.MalformedAnswer):
        cause = translate("ReverAdmin", "REVER's answer to the list request could not be read.")
    else:
        cause = exc.operator_message
    return errors.ListUnavailable(translate("ReverAdmin", "Cannot list returns: {cause}")
                                  .format(cause=cause), detail=exc.detail,
                                  status_code=exc.status_code, grpc_code=exc.grpc_code)
