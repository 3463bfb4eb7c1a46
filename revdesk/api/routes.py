"""Every REVER Admin API path revdesk uses, documented or assumed, in one place.

The client and the sandbox both read these templates, so when the official OpenAPI file
changes a path it is one edit here. Paths tagged ``ASSUMED`` are our reading of
``shared/API-NOTES.md``: the documents give no path for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

# [doc] Logistics
SHIPPING_STATUS = "/v1/processes/{process_id}/shipping_status"
LABEL = "/v1/processes/{process_id}/label"
LOGISTICS_SUMMARY = "/v1/processes/{process_id}/logistics"
PICKUP = "/v1/processes/{process_id}/pickup"
# [doc] The trailing slash is part of the documented path for both verbs.
LOGISTIC_ORDER = "/v1/processes/{process_id}/logistics/"

# [assumed] Processes: the documents promise CRUD but give no paths. No documented call
# waits on these: when they fail, the documented call is still sent and its answer decides.
PROCESS_LIST = "/v1/processes"
PROCESS = "/v1/processes/{process_id}"

# The Settings section of seed 002 documents no path. The return-conditions path an
# earlier reading listed is in no document; nothing at the station used it, so it is gone.


@dataclass(frozen=True)
class ProcessListParams:
    """[assumed] Query parameter names of the process list: the client sends these and the
    sandbox reads these, so a renamed parameter is one edit here. [assumed] ``query``
    (``q``) matches part of a process id, order number or order id, customer name or
    e-mail, tracking id: scan resolution searches it with a tracking or order number and
    keeps only exact matches."""

    ecommerce_id: str = "ecommerce_id"
    group: str = "group"
    shipping_status: str = "shipping_status"
    query: str = "q"
    page_size: str = "page_size"
    page_token: str = "page_token"


PROCESS_LIST_PARAMS = ProcessListParams()

# [doc] REVER Storefront API (seed 003), on its own base URL: the active returns of orders,
# ``?order_ids=<id>&order_ids=<id>``. [assumed] an order number is looked up as an id.
STOREFRONT_RETURNS = "/returns"
STOREFRONT_ORDER_IDS = "order_ids"
# [doc] Start a return intent for a walk-in customer: ``{"email", "order_number"}`` ->
# ``{"order": {"id", "currency", "line_items", "return_id", "customer_token"}}``.
STOREFRONT_INTENT_START = "/returns/intent/start"

# [assumed] Where the customer finishes a started return: no document gives a URL. The
# station's ``returns_portal_url`` setting (``REVDESK_RETURNS_PORTAL_URL``) is the merchant's
# returns page; the slip's QR code is that page with these two query parameters.
PORTAL_RETURN_ID = "return_id"
PORTAL_CUSTOMER_TOKEN = "customer_token"

# Revers.io customer API (seeds 000, 001), on its own base URL, the one that ``/token`` and
# ``/orders`` hang from (``https://customer-api.revers.io/api/v1``).
# [doc] 000: the JWT, from the subscription key and the secret (the only call with the secret).
REVERSIO_TOKEN = "/token"
# [doc] 000 shows the call (no answer body); [assumed] the answer is wrapped as every other:
# ``{"value": {"orderReference", "status"}}``.
REVERSIO_ORDER_STATUS = "/orders/{order_reference}/status"
# [doc] 001 ImportOrder (PUT), request and answer schema.
REVERSIO_ORDERS = "/orders"
# [doc] 000: ``{"orderId"}`` -> ``{"value": "<self-care URL>"}``.
REVERSIO_LINKS = "/links"
# [doc] The merchant's own platform (seed 004, "Custom integrations with REVER"), on its own
# base URL (``merchant_url``) with its own key in the documented ``X-rever-api-key`` header
# (the transport sends the same name in lower case: HTTP header names are case-blind).
# The order's internal id, not its number: ``GET /rever/orders?order_number=`` exists too,
# but the station knows a return's order id from the return itself.
MERCHANT_ORDER = "/rever/orders/{order_id}"
MERCHANT_KEY_HEADER = "X-rever-api-key"

# Sandbox-only paths: the label files it serves and its test controls. Never called on REVER.
# [sandbox assumption] the merchant platform's product pictures, served by the sandbox.
SANDBOX_PICTURE = "/_sandbox/pictures/{sku}.png"
SANDBOX_LABEL_FILE = "/_sandbox/labels/{process_id}.{ext}"
SANDBOX_FAULTS = "/_sandbox/faults"
SANDBOX_REQUESTS = "/_sandbox/requests"
SANDBOX_HEALTH = "/_sandbox/health"
#: Where the sandbox serves the Revers.io API (its REVDESK_REVERSIO_URL is the sandbox's
#: address plus this), and its Revers.io controls: token lifetime, revoking tokens, and
#: which requests carried which credential (never the values).
SANDBOX_REVERSIO_BASE = "/_sandbox/reversio/api/v1"
SANDBOX_REVERSIO_CONTROL = "/_sandbox/reversio-control"


def path(template: str, **params: str) -> str:
    """Fill a template, quoting each value so an id can never change the path's shape."""
    return template.format(**{k: _segment(str(v)) for k, v in params.items()})


def _segment(value: str) -> str:
    # quote() leaves "." alone, and a whole "." or ".." segment is a dot segment that httpx
    # (like any URL parser) removes: "processes show .." would read /v1 and a status set
    # would POST to /v1/shipping_status. Percent-encoded dots are kept as they are.
    quoted = quote(value, safe="")
    return quoted.replace(".", "%2E") if quoted in (".", "..") else quoted
