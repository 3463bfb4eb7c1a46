"""JSON from a request, refused in plain words when it is malformed or nested too deeply.

``json.loads`` recurses once per level: ``[`` repeated 100,000 times raises RecursionError,
which no handler expects (a 500 with a traceback). The nesting is counted first, without
recursion, so a hostile body is an ordinary bad request.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: Far deeper than any request of the contract (a manual logistic order is 3 levels).
MAX_DEPTH = 64

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')  # brackets inside one do not count
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_OPENERS = frozenset(b"[{")


class BadJson(ValueError):
    """Malformed or too deeply nested JSON; the message says which, in plain words."""


def too_deep(raw: bytes) -> bool:
    """True when arrays and objects in ``raw`` nest more than MAX_DEPTH levels."""
    # Strings and everything but brackets go first, at C speed; then one pass, no recursion.
    depth = 0
    for byte in _STRING.sub(b"", raw).translate(None, _NOT_BRACKETS):
        if byte in _OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def loads(raw: bytes, what: str = "the body") -> Any:
    """The JSON value of ``raw``; raises :class:`BadJson` saying what is wrong with it."""
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH and too_deep(raw):
        raise BadJson(f"{what} is nested too deeply (more than {MAX_DEPTH} levels)")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: only if the stack was already deep
        raise BadJson(f"{what} is not valid JSON") from None
