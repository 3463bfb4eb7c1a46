"""Everything the return detail shows about one process: the process itself, its logistics
summary and the changes this station made to it."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

from revdesk.api import errors
from revdesk.api.models import LogisticsSummary, Process

from .connection import ConnectionTracker
from .status import StatusChange, StatusHistory

log = logging.getLogger(__name__)


@dataclass
class ProcessDetails:
    process: Process
    logistics: LogisticsSummary | None = None
    #: Why the logistics summary is missing; the rest of the detail is still shown.
    logistics_error: errors.ApiError | None = None
    history: list[StatusChange] = field(default_factory=list)

    @property
    def tracking_url(self) -> str:
        """The tracking link, only when it is a web address (never ``javascript:`` & co)."""
        url = self.logistics.tracking_url.strip() if self.logistics else ""
        return url if url.lower().startswith(("https://", "http://")) else ""


class DetailService:
    def __init__(self, client: Any, history: StatusHistory, *,
                 tracker: ConnectionTracker | None = None) -> None:
        self.client = client
        self.history = history
        self.tracker = tracker or ConnectionTracker()

    async def load(self, process_id: str) -> ProcessDetails:
        """The process and its logistics, asked for together. Raises the process's error
        (NotFound...); a logistics failure only leaves that part empty."""
        process_call = self.tracker.watch(self.client.get_process(process_id))
        logistics_call = self.tracker.watch(self.client.get_logistics(process_id))
        process: Process | BaseException
        logistics: LogisticsSummary | BaseException
        process, logistics = await asyncio.gather(
            process_call, logistics_call, return_exceptions=True)
        if isinstance(process, BaseException):
            raise process
        details = ProcessDetails(process, history=self.history.for_process(process_id))
        if isinstance(logistics, errors.ApiError):
            log.info("logistics of %s: %s", process_id, logistics.log_text())
            details.logistics_error = logistics
        elif isinstance(logistics, BaseException):
            raise logistics
        else:
            details.logistics = logistics
        return details

    def history_of(self, process_id: str) -> list[StatusChange]:
        return self.history.for_process(process_id)
