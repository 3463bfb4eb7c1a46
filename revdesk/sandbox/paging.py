"""Opaque page tokens for the process list: a keyset (the last row's sort key) plus a
fingerprint of the filters, so a token from one query is refused by another."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json

from . import jsonbody
from .errors import invalid


def _fingerprint(filters: list[str]) -> str:
    return hashlib.sha256(json.dumps(filters).encode()).hexdigest()[:16]


def encode(after: tuple[str, str], filters: list[str]) -> str:
    raw = json.dumps({"after": list(after), "f": _fingerprint(filters)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(token: str, filters: list[str]) -> tuple[str, str]:
    """The keyset a token carries; 400 code 3 if it is malformed or from another query."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = jsonbody.loads(raw)  # BadJson is a ValueError: a deep token is refused too
        created_at, process_id = data["after"]
        fingerprint = data["f"]
    except (binascii.Error, ValueError, TypeError, KeyError):
        raise invalid("page_token is not valid") from None
    if not isinstance(created_at, str) or not isinstance(process_id, str):
        raise invalid("page_token is not valid")
    if fingerprint != _fingerprint(filters):
        raise invalid("page_token belongs to a different query: start again without it")
    return created_at, process_id
