"""What every CLI command shares: exit codes, turning API errors into them, running a
coroutine against the configured backend."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from revdesk.api import errors
from revdesk.api.models import SHIPPING_STATUSES
from revdesk.backend import Backend, open_backend
from revdesk.config import data_dir, load_settings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_AUTH = 4
EXIT_UNAVAILABLE = 5
EXIT_QUEUED = 75  # EX_TEMPFAIL: accepted locally, will be sent later

T = TypeVar("T")

__all__ = ["data_dir"]


class CliError(Exception):
    """Ends the command with ``code`` and ``message`` printed in plain words."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def exit_code_for(error: errors.ApiError) -> int:
    if isinstance(error, errors.NotFound):
        return EXIT_NOT_FOUND
    if isinstance(error, errors.AuthError):
        return EXIT_AUTH
    if isinstance(error, errors.InvalidArgument | errors.InsecureUrl | errors.NotConfigured):
        return EXIT_USAGE
    return EXIT_UNAVAILABLE


def run_with_backend(action: Callable[[Backend], Awaitable[T]]) -> T:
    """Open the configured backend, run ``action`` on it, close it; map errors to exits."""

    async def go() -> T:
        backend = open_backend(load_settings())
        if backend.is_sandbox:
            print("revdesk: using the built-in sandbox (no API key set)", file=sys.stderr)
        async with backend:
            return await action(backend)

    try:
        return asyncio.run(go())
    except errors.ApiError as exc:
        log.info("%s", exc.log_text())
        raise CliError(exit_code_for(exc), exc.operator_message) from None


def parse_status(text: str) -> str:
    """A shipping status name, case-insensitive; an unknown one lists the valid ones."""
    status = text.strip().upper().replace("-", "_")
    if status not in SHIPPING_STATUSES:
        raise CliError(
            EXIT_USAGE,
            f"unknown status {text!r}. Valid statuses: {', '.join(SHIPPING_STATUSES)}",
        )
    return status


def parse_process_id(text: str) -> str:
    pid = text.strip()
    if not pid or any(c.isspace() or not c.isprintable() for c in pid):
        raise CliError(EXIT_USAGE, f"{text!r} is not a process id")
    return pid
