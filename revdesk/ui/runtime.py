"""One connection of the station: the settings it was opened with, the backend (REVER or the
embedded sandbox) and the domain services on it. The window is rebuilt on a new runtime
when the lead changes the API address or key."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from revdesk.api import RetryPolicy, errors
from revdesk.backend import Backend, open_backend
from revdesk.config import StationSettings, data_dir
from revdesk.domain.audit import AUDIT_FILE, AuditLog
from revdesk.domain.connection import ConnectionState
from revdesk.domain.outbox import (
    OUTBOX_FILE,
    Outbox,
    OutboxSender,
    OutboxStore,
    Outcome,
    Result,
    audit_outcomes,
)
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
        self.outbox: Outbox | None = None
        # The audit log is local: it records even with no backend (the lead's first
        # settings, a refused key), so it exists whatever the connection.
        self.audit: AuditLog = AuditLog(
            data_dir() / AUDIT_FILE, station=settings.station_name,
            operator=settings.operator_name)
        sender = None
        if backend is not None:
            # Every status change goes through the durable outbox and lands in the audit log.
            self.outbox = Outbox(OutboxStore(data_dir() / OUTBOX_FILE),
                                 backend.client.set_shipping_status)
            audit_outcomes(self.outbox, self.audit)
            sender = OutboxSender(self.outbox)
        self.services = StationServices.create(client, settings, sender=sender)
        if self.outbox is not None:
            self._link_connection(self.outbox)
        self._delivery: asyncio.Future[None] | None = None

    def _link_connection(self, outbox: Outbox) -> None:
        """What the outbox sees tells the header (offline, back online), and a connection
        seen back by any call sends what is queued without waiting for the next retry."""
        tracker = self.services.tracker

        pipeline = self.services.pipeline

        def on_result(result: Result) -> None:
            if result.outcome is Outcome.DELIVERED:
                tracker.succeeded()
            elif result.error is not None:
                tracker.failed(result.error)
            if result.outcome in (Outcome.DELIVERED, Outcome.FAILED):
                pipeline.settle(result.entry.process_id, result.entry.status, result.error)

        def on_state(state: ConnectionState) -> None:
            if state is ConnectionState.ONLINE and outbox.counts["pending"]:
                outbox.wake()

        outbox.subscribe(on_result)
        tracker.subscribe(on_state)

    def start(self) -> None:
        """Start delivering what the outbox holds (pending from an earlier run included)."""
        if self.outbox is not None and self._delivery is None:
            self._delivery = asyncio.ensure_future(self.outbox.run())

    @property
    def is_sandbox(self) -> bool:
        return self.backend is not None and self.backend.is_sandbox

    @property
    def backend_label(self) -> str:
        if self.backend is None:
            return self.settings.api_url or "—"
        return self.backend.label if self.backend.is_sandbox else self.backend.url

    async def aclose(self, grace: float = 5.0) -> int:
        """Finish queued scans, then close the files and the HTTP client; returns scans left
        unsent. Each step runs even if one before it failed (the stack unwinds them all)."""
        async with contextlib.AsyncExitStack() as stack:  # unwound last to first
            if self.backend is not None:
                stack.push_async_callback(self.backend.aclose)
            stack.callback(self.audit.close)
            if self.outbox is not None:
                stack.callback(self.outbox.store.close)
            stack.push_async_callback(self._stop_delivery)
            return await self.services.aclose(grace)

    async def _stop_delivery(self) -> None:
        if self._delivery is None:
            return
        self._delivery.cancel()
        try:
            await self._delivery
        except asyncio.CancelledError:
            pass
        except Exception:  # Outbox.run logs and goes on; this is for what it could not catch
            log.exception("outbox delivery had stopped with an error")
