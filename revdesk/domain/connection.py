"""Is the station connected? Every domain service reports the outcome of its calls here, so
the window can always show connected / offline / key refused without extra requests."""

from __future__ import annotations

import enum
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

from revdesk.api import errors
from revdesk.events import Signal

log = logging.getLogger(__name__)

T = TypeVar("T")


class ConnectionState(enum.Enum):
    UNKNOWN = "unknown"  # nothing was asked yet
    ONLINE = "online"
    OFFLINE = "offline"  # network down, timeouts, REVER answering 5xx
    AUTH_FAILED = "auth_failed"  # the key was refused
    NOT_CONFIGURED = "not_configured"  # no API address or key
    #: REVER's address answered with a certificate TLS refused (self-signed, expired,
    #: another host's, an intercepting proxy): the connection failed because of it. Not
    #: offline (the station does not queue scans without a check, nothing is retried in
    #: a loop), not "not configured" (the address and key may be right); the window's
    #: connection check keeps looking, so a fixed network turns it back online.
    CERTIFICATE_INVALID = "certificate_invalid"


def state_after(error: BaseException) -> ConnectionState | None:
    """The connection state an error proves, or None when it proves nothing."""
    if isinstance(error, errors.CertificateInvalid):  # an InsecureUrl: before that one
        return ConnectionState.CERTIFICATE_INVALID
    if isinstance(error, errors.NotConfigured | errors.InsecureUrl):
        return ConnectionState.NOT_CONFIGURED
    if isinstance(error, errors.AuthError) and not isinstance(error, errors.Forbidden):
        return ConnectionState.AUTH_FAILED
    if isinstance(error, errors.ApiError):
        # A transient error means we could not get an answer; any other answer
        # (not found, invalid, forbidden, rate limited...) proves REVER is reachable.
        if isinstance(error, errors.RateLimited):
            return ConnectionState.ONLINE
        return ConnectionState.OFFLINE if error.transient else ConnectionState.ONLINE
    return None


class ConnectionTracker:
    """The last known connection state, from the outcome of every call."""

    def __init__(self, state: ConnectionState = ConnectionState.UNKNOWN) -> None:
        self.state = state
        self.last_error: errors.ApiError | None = None
        #: The state changed (only on a change, not at every call).
        self.changed: Signal[ConnectionState] = Signal("connection.changed")

    def _set(self, state: ConnectionState) -> None:
        if state is self.state:
            return
        log.info("connection: %s -> %s", self.state.value, state.value)
        self.state = state
        self.changed.emit(state)

    def succeeded(self) -> None:
        self.last_error = None
        self._set(ConnectionState.ONLINE)

    def failed(self, error: BaseException) -> None:
        state = state_after(error)
        if state is None:
            return
        if isinstance(error, errors.ApiError) and state is not ConnectionState.ONLINE:
            self.last_error = error
        self._set(state)

    async def watch(self, call: Awaitable[T]) -> T:
        """Await ``call`` and note what its outcome says about the connection."""
        try:
            result = await call
        except BaseException as exc:
            self.failed(exc)
            raise
        self.succeeded()
        return result

    async def probe(self, client: Any) -> ConnectionState:
        """A cheap request (one process) to learn the state; never raises an ApiError."""
        try:
            await self.watch(client.list_processes(page_size=1))
        except errors.ApiError as exc:
            log.info("probe: %s", exc.log_text())
        return self.state
