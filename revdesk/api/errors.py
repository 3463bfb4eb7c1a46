"""Typed API errors. Each carries a short message in the operator's words and a technical
detail for the log. Neither ever contains the API key: the key is not in any URL, and
headers are never copied into an error.
"""

from __future__ import annotations

from typing import Any

from revdesk.i18n import QT_TRANSLATE_NOOP, translate

# gRPC status codes that a gRPC-gateway style body may carry [assumed body shape].
GRPC_INVALID_ARGUMENT = 3
GRPC_NOT_FOUND = 5
GRPC_PERMISSION_DENIED = 7
GRPC_RESOURCE_EXHAUSTED = 8
GRPC_UNIMPLEMENTED = 12
GRPC_UNAVAILABLE = 14
GRPC_UNAUTHENTICATED = 16


class ApiError(Exception):
    """Base of every error the API layer raises."""

    default_message = QT_TRANSLATE_NOOP("ApiError", "The REVER service could not do that.")
    #: True when sending the same request again later may succeed.
    transient = False

    def __init__(
        self,
        message: str | None = None,
        *,
        detail: str = "",
        status_code: int | None = None,
        grpc_code: int | None = None,
    ) -> None:
        self.operator_message = message or self.default_message
        self.detail = detail
        self.status_code = status_code
        self.grpc_code = grpc_code
        super().__init__(self.operator_message)

    def __str__(self) -> str:
        return self.operator_message

    def log_text(self) -> str:
        """The operator message plus the technical detail, for the log."""
        parts = [type(self).__name__, self.operator_message]
        if self.status_code is not None:
            parts.append(f"http={self.status_code}")
        if self.grpc_code is not None:
            parts.append(f"grpc={self.grpc_code}")
        if self.detail:
            parts.append(self.detail)
        return " | ".join(parts)


class NotFound(ApiError):
    default_message = QT_TRANSLATE_NOOP("ApiError", "Not found: REVER does not know this return.")


class AuthError(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "The API key was refused. Ask the warehouse lead to check the station settings.")


class Forbidden(AuthError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "This API key is not allowed to do that. Ask the warehouse lead.")


class RateLimited(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "REVER is busy (too many requests). Wait a few seconds and try again.")
    transient = True

    def __init__(self, *args: Any, retry_after: float | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.retry_after = retry_after


class Unimplemented(ApiError):
    """gRPC 12 UNIMPLEMENTED, HTTP 501, or HTTP 405: REVER does not do this call here.

    A failure like any other refusal. The one exception is documented: a pickup or a
    logistic order (PUT) whose provider is OPS answers gRPC 12 to mean "nothing was
    generated"; ``domain/logistics.py`` alone reads it so, for those calls only."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "REVER does not offer this request (it answered \"not implemented\"). "
        "Nothing was changed.")


class ListUnavailable(ApiError):
    """[assumed] The process list (``GET /v1/processes``) failed for good: a 404, 405 or
    501 there, or an answer the station cannot read, means REVER cannot list returns
    here, never that it does not know a return."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "Cannot list returns: REVER did not answer the list request.")


class InvalidArgument(ApiError):
    """HTTP 400 / gRPC 3: the request was refused as invalid; sending it again will not help."""

    default_message = QT_TRANSLATE_NOOP("ApiError", "REVER refused this request as invalid.")


class ServerError(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "REVER had a problem on its side. Try again in a moment.")
    transient = True


class NetworkUnreachable(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "No connection to REVER. Check the network; nothing was changed.")
    transient = True


class RequestTimeout(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "REVER did not answer in time. Check the network and try again.")
    transient = True


class MalformedAnswer(ApiError):
    default_message = QT_TRANSLATE_NOOP("ApiError", "REVER sent an answer the station cannot read.")


class TooLarge(MalformedAnswer):
    default_message = QT_TRANSLATE_NOOP("ApiError", "The file from REVER is too large to use.")


class InsecureUrl(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "The API address must start with https:// (plain http is only for this computer).")


class InvalidAddress(InsecureUrl):
    """The API address is not an address at all (a control character, a port beyond
    65535, an unclosed ``[``): the station's settings are at fault, as for InsecureUrl."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "The API address is not a valid address. Fix it in the station settings.")


class CertificateInvalid(InsecureUrl):
    """TLS refused the server's certificate (self-signed, expired, another host's, or the
    connection is intercepted). Not transient: sending again cannot make it valid. An
    InsecureUrl, so the CLI exits 2; the window's header says the certificate is not valid
    (``ConnectionState.CERTIFICATE_INVALID``) until the address or the network is fixed."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "REVER's certificate is not valid. Nothing was sent.")

    def __init__(self, reason: str = "", **kw: object) -> None:
        self.reason = reason
        super().__init__(
            translate("ApiError", "REVER's certificate is not valid ({reason}). Nothing was "
                      "sent. Check the API address; if it is right, someone may be "
                      "intercepting the connection: tell IT.").format(
                reason=reason or translate("ApiError", "refused")),
            **kw)  # type: ignore[arg-type]


class LabelUrlRefused(ApiError):
    """A label's address (REVER's, or one a redirect led to) the station does not download
    from. The message names that address: the station's own settings are not the cause."""

    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "The label's address is not one the station downloads from.")


class NotConfigured(ApiError):
    default_message = QT_TRANSLATE_NOOP(
        "ApiError", "The station has no API address or key. Ask the warehouse lead to set them.")


def fails_every_call(error: ApiError) -> bool:
    """The station's own set-up is at fault (no address or key, an address it refuses, the
    key refused outright): any other call would fail the same way. Whatever else an
    assumed read answers, the documented call is still sent and its answer decides."""
    if isinstance(error, NotConfigured | InsecureUrl):
        return True
    return isinstance(error, AuthError) and not isinstance(error, Forbidden)
