"""Every domain service of one station, wired to one backend client. The window builds this
once per connection; the CLI, tests and benchmarks can build the same thing without Qt."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from revdesk.api import errors
from revdesk.config import StationSettings

from .catalog import ProcessCatalog
from .connection import ConnectionState, ConnectionTracker
from .details import DetailService
from .scanning import ScanCleaner
from .station import ScanPipeline
from .status import DirectSender, StatusHistory, StatusSender, StatusService

log = logging.getLogger(__name__)


@dataclass
class StationServices:
    client: Any
    tracker: ConnectionTracker
    history: StatusHistory
    status: StatusService
    pipeline: ScanPipeline
    catalog: ProcessCatalog
    details: DetailService

    @classmethod
    def create(cls, client: Any, settings: StationSettings, *,
               sender: StatusSender | None = None, page_size: int = 200) -> StationServices:
        """``sender`` defaults to sending directly; the outbox passes itself here."""
        tracker = ConnectionTracker()
        history = StatusHistory()
        status = StatusService(sender or DirectSender(client), history=history, tracker=tracker)
        pipeline = ScanPipeline(client, status, cleaner=ScanCleaner.from_settings(settings.scan),
                                action=settings.scan.default_action, tracker=tracker)
        return cls(client, tracker, history, status, pipeline,
                   ProcessCatalog(client, page_size=page_size, tracker=tracker),
                   DetailService(client, history, tracker=tracker))

    def apply_scan_settings(self, settings: StationSettings) -> None:
        self.pipeline.cleaner = ScanCleaner.from_settings(settings.scan)

    async def aclose(self, grace: float = 5.0) -> int:
        """Finish queued scans (up to ``grace`` s); returns how many were left."""
        return await self.pipeline.stop(grace)


class UnconfiguredClient:
    """Stands in for the Admin client when the station has no usable backend: every call
    raises the configuration error, so the window opens and tells the lead what to fix."""

    ecommerce_id = ""
    group = ""

    def __init__(self, error: errors.ApiError) -> None:
        self.error = error

    def __getattr__(self, name: str) -> Any:
        async def refuse(*args: Any, **kw: Any) -> Any:
            raise self.error

        return refuse

    async def aclose(self) -> None:
        return None


def initial_state(client: Any) -> ConnectionState:
    return (ConnectionState.NOT_CONFIGURED if isinstance(client, UnconfiguredClient)
            else ConnectionState.UNKNOWN)
