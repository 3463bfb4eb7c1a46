"""HTTP clients of the APIs revdesk talks to. No Qt here: the CLI, tests and the window share it."""

from . import errors, models, routes
from .errors import ApiError
from .rever import ReverAdminClient
from .transport import RetryPolicy, Transport

__all__ = ["ApiError", "RetryPolicy", "ReverAdminClient", "Transport", "errors", "models", "routes"]
