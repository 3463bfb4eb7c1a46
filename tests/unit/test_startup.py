"""The start-up module's collection rule: once the heap has settled, garbage is collected
only where the window calls ``collect_when_due`` (its GUI thread), as often as Python's own
thresholds would, and not before a generation is due."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from revdesk import startup


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


@pytest.fixture
def manual_collection() -> Iterator[None]:
    threshold = gc.get_threshold()
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.enable()


def cycle() -> weakref.ref[Node]:
    return weakref.ref(Node())


def test_nothing_is_collected_before_the_youngest_generation_is_due(
        manual_collection: None) -> None:
    gc.set_threshold(100_000)
    garbage = cycle()
    startup.collect_when_due()
    assert garbage() is not None


def test_a_due_generation_is_collected_where_it_is_called(manual_collection: None) -> None:
    gc.set_threshold(1)
    garbage = cycle()
    _more = [[] for _ in range(10)]  # allocations past the threshold
    startup.collect_when_due()
    assert garbage() is None


def test_a_threshold_of_zero_means_never(manual_collection: None) -> None:
    gc.set_threshold(0)
    garbage = cycle()
    startup.collect_when_due()
    assert garbage() is not None
