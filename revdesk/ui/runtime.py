"""One connection of the station: the settings it was opened with, the backend (REVER or the
embedded sandbox) and the domain services on it. The window is rebuilt on a new runtime
when the lead changes the API address or key."""

from __future__ import annotations

import logging

from revdesk.api import RetryPolicy, errors
from revdesk.backend import Backend, open_backend
from revdesk.config import StationSettings
from revdesk.domain.services import StationServices, UnconfiguredClient

log = logging.getLogger(__name__)

#: At the desk a request is retried briefly: an operator would rather see "not sent" in a
#: few seconds than wait half a minute per scan.
INTERACTIVE_RETRY = RetryPolicy(max_attempts=3, max_total_seconds=8.0, base_delay=0.2)


class StationRuntime:
    def __init__(self, settings: StationSettings, *, backend: Backend | None = None) -> None:
        self.settings = settings
        self.error: errors.ApiError | None = None
        if backend is None:
            try:
                backend = open_backend(settings, retry=INTERACTIVE_RETRY)
            except errors.ApiError as exc:
                log.warning("no backend: %s", exc.log_text())
                self.error = exc
        self.backend = backend
        client = backend.client if backend is not None else UnconfiguredClient(
            self.error or errors.NotConfigured())
        self.services = StationServices.create(client, settings)

    @property
    def is_sandbox(self) -> bool:
        return self.backend is not None and self.backend.is_sandbox

    @property
    def backend_label(self) -> str:
        if self.backend is None:
            return self.settings.api_url or "—"
        return self.backend.label if self.backend.is_sandbox else self.backend.url

    async def aclose(self, grace: float = 5.0) -> int:
        """Finish queued scans, then close the HTTP client; returns scans left unsent."""
        left = await self.services.aclose(grace)
        if self.backend is not None:
            await self.backend.aclose()
        return left
