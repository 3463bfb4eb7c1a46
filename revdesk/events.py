"""The station core's one event mechanism: a small typed signal.

A producer owns its signals (``pipeline.result_changed``, ``outbox.result``, ...) and
emits plain values; the core wires producers to each other, and ``ui/bridge.py`` re-emits
them as Qt signals for the widgets. No Qt here: the CLI, the tests and the benchmarks use
the same events without a display.

Chosen over psygnal: the core needs connect, disconnect and emit of one typed value,
about thirty lines, with no compiled dependency on the way to the window's first paint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
Handler = Callable[[T], object]


class Signal(Generic[T]):
    """Handlers connected to a signal run synchronously, in the order they connected,
    each time it emits. A handler that raises is logged and the others still run: a broken
    view must never stop a scan or a delivery."""

    __slots__ = ("_handlers", "name")

    def __init__(self, name: str = "") -> None:
        self.name = name
        self._handlers: list[Handler[T]] = []

    def connect(self, handler: Handler[T]) -> Callable[[], None]:
        """Call ``handler(value)`` at every emit; returns the matching disconnect."""
        self._handlers.append(handler)
        return lambda: self.disconnect(handler)

    def disconnect(self, handler: Handler[T]) -> None:
        """Stop calling ``handler`` (a view that closed); an unknown handler is ignored."""
        try:
            self._handlers.remove(handler)
        except ValueError:
            pass

    def emit(self, value: T) -> None:
        for handler in list(self._handlers):  # a handler may disconnect itself
            try:
                handler(value)
            except Exception:
                log.exception("a handler of %s failed", self.name or "a signal")

    def __len__(self) -> int:
        return len(self._handlers)

    def __repr__(self) -> str:
        return f"<Signal {self.name or '?'}: {len(self._handlers)} handler(s)>"
