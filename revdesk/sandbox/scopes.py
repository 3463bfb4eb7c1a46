"""[sandbox assumption] API keys scoped to one e-commerce or one group, as REVER gives a
returns desk one key per account (``revdesk sandbox --key KEY=SCOPE``, repeatable, or
``REVDESK_SANDBOX_KEYS="k1=acme,k2=northwind"``).

The documents do not say how REVER answers a key asking about another account's returns;
the sandbox answers as a careful API would, so a station holding several accounts meets it:
- a key outside the map is refused like any wrong key (401, gRPC 16);
- the list holds only the key's e-commerces; asking it for an ``ecommerce_id`` or a
  ``group`` beyond them is 403, gRPC 7 PERMISSION_DENIED;
- a return of another e-commerce is answered exactly as an unknown one (404, gRPC 5), on
  every process path, so a key cannot learn that another merchant's return exists;
- the Storefront's and the merchant platform's look-ups find only the key's orders.
Without scoped keys nothing changes: any key (or the one ``--api-key``) sees everything.
Keys are compared in constant time and never appear in a message or a log.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable, Mapping, MutableMapping
from typing import Any

from starlette.requests import Request

from .seed import GROUPS, SHOPS

ENV_KEYS = "REVDESK_SANDBOX_KEYS"
#: The ASGI scope entry the key check fills with the key's e-commerces (absent: unscoped).
SCOPE_ENTRY = "revdesk.sandbox.shops"


class BadKeySpec(ValueError):
    """A ``KEY=SCOPE`` that cannot be used; the message never holds the key."""


def known_scopes() -> list[str]:
    return [*sorted(SHOPS), *sorted(GROUPS)]


def shops_of_scope(scope: str) -> frozenset[str]:
    """The e-commerces a scope (an e-commerce id or a group id) covers."""
    if scope in GROUPS:
        return frozenset(GROUPS[scope])
    if scope in SHOPS:
        return frozenset((scope,))
    raise BadKeySpec(f"unknown scope {scope!r}: use one of {', '.join(known_scopes())}")


def parse_specs(specs: Iterable[str]) -> dict[str, str]:
    """``KEY=SCOPE`` texts as {key: scope}. The key is what comes before the last "=", so
    a key may end in "=" (base64); the same key twice must name the same scope."""
    keys: dict[str, str] = {}
    for spec in specs:
        key, sep, scope = spec.rpartition("=")
        key, scope = key.strip(), scope.strip()
        if not sep or not key or not scope:
            raise BadKeySpec("a scoped key is written KEY=SCOPE, e.g. k-acme=acme")
        shops_of_scope(scope)
        if keys.get(key, scope) != scope:
            raise BadKeySpec(f"one key is given two scopes ({keys[key]} and {scope})")
        keys[key] = scope
    return keys


def parse_env(text: str) -> dict[str, str]:
    """``REVDESK_SANDBOX_KEYS``: ``KEY=SCOPE`` items separated by commas (empty ones skipped)."""
    return parse_specs(item for item in text.split(",") if item.strip())


class ScopedKeys:
    """The keys the sandbox takes, each with the e-commerces it may see."""

    def __init__(self, keys: Mapping[str, str] | None = None) -> None:
        self._keys = [(key.encode("utf-8"), shops_of_scope(scope))
                      for key, scope in (keys or {}).items()]

    def __bool__(self) -> bool:
        return bool(self._keys)

    def __repr__(self) -> str:
        return f"ScopedKeys({len(self._keys)} keys)"  # never the keys themselves

    def shops_for(self, given: bytes) -> frozenset[str] | None:
        """The e-commerces of the key ``given``; None when it is not one of them. Every key
        is compared, so the time taken does not tell which one came close."""
        found = None
        for key, shops in self._keys:
            if hmac.compare_digest(given, key):
                found = shops
        return found


def mark(scope: MutableMapping[str, Any], shops: frozenset[str]) -> None:
    """Record on the request the e-commerces its key may see."""
    scope[SCOPE_ENTRY] = shops


def shops_of(request: Request) -> tuple[str, ...] | None:
    """The e-commerces the request's key may see, sorted; None: all of them (unscoped)."""
    shops = request.scope.get(SCOPE_ENTRY)
    return None if shops is None else tuple(sorted(shops))


def may_see(request: Request, process: dict[str, Any]) -> bool:
    shops = request.scope.get(SCOPE_ENTRY)
    return shops is None or process.get("ecommerce_id", "") in shops
