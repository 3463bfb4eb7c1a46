"""The shelf of parcels to pull back: scans REVER refused after the station had answered
"queued" (offline, or REVER slow). The operator saw amber and put the parcel with the
received ones; the refusal came later, so the parcel must be found and pulled back. A scan
refused while the operator held the parcel (red at once) is not on the shelf: it was put
aside then.

Each item says, in the operator's words, what to do, and whether retrying can succeed: not
for a permanent refusal (REVER has no such return, or refused the status as invalid, such as
a cancelled return); yes where the cause can be fixed (the API key). The words are marked
with ``QT_TRANSLATE_NOOP`` for translation and translated where they are shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from revdesk.i18n import QT_TRANSLATE_NOOP

from .outbox import (
    REFUSED_INVALID,
    REFUSED_KEY,
    REFUSED_NOT_FOUND,
    REFUSED_UNSUPPORTED,
    Entry,
    OutboxStore,
)
from .status import SOURCE_SCAN

if TYPE_CHECKING:
    from .process_index import ProcessIndex


#: Refusals that sending the same change again can never turn into a success.
PERMANENT = frozenset({REFUSED_NOT_FOUND, REFUSED_INVALID, REFUSED_UNSUPPORTED})
CANCELLED = "cancelled"

#: What to do with the parcel, by kind of refusal (and "cancelled" where the list, or
#: REVER's words, say the return is cancelled).
ADVICE = {
    CANCELLED: QT_TRANSLATE_NOOP(
        "Shelf", "The return is cancelled: pull the parcel back and put it aside for the "
        "lead. Retrying cannot help."),
    REFUSED_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Shelf", "REVER has no such return: pull the parcel back and put it aside for the "
        "lead. Retrying cannot help."),
    REFUSED_INVALID: QT_TRANSLATE_NOOP(
        "Shelf", "REVER refused this status for the return: pull the parcel back and give it "
        "to the lead. Retrying cannot help."),
    REFUSED_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "Shelf", "REVER does not take this change: pull the parcel back and give it to the "
        "lead. Retrying cannot help."),
    REFUSED_KEY: QT_TRANSLATE_NOOP(
        "Shelf", "The station's API key was refused: pull the parcel back and keep it by the "
        "desk; once the lead has fixed the key, retry it."),
}
OTHER_ADVICE = QT_TRANSLATE_NOOP(
    "Shelf", "Pull the parcel back and ask the lead; retry it once the cause is fixed.")


def retryable(entry: Entry) -> bool:
    """True when sending the refused change again can succeed (an entry of an older file,
    whose kind of refusal is unknown, is given the benefit of the doubt)."""
    return entry.refusal not in PERMANENT


def on_shelf(entry: Entry) -> bool:
    """A scan REVER refused after the station had answered "queued"."""
    return entry.state == "failed" and bool(entry.late) and entry.source == SOURCE_SCAN


@dataclass(frozen=True)
class ShelfItem:
    """One parcel to pull back: its refused change, and what the station's list says of
    its return (empty where the list does not have it)."""

    entry: Entry
    customer: str = ""
    order_number: str = ""
    #: The return is cancelled, as the list or REVER's refusal says.
    cancelled: bool = False

    @property
    def process_id(self) -> str:
        return self.entry.process_id

    @property
    def reason(self) -> str:
        """REVER's refusal, in the operator's words (as the outbox kept it)."""
        return self.entry.last_error

    @property
    def scanned_at(self) -> float:
        return self.entry.created_at

    @property
    def retryable(self) -> bool:
        return retryable(self.entry) and not self.cancelled

    @property
    def advice(self) -> str:
        """What to do, untranslated: the window translates it in the "Shelf" context."""
        if self.cancelled:
            return ADVICE[CANCELLED]
        return ADVICE.get(self.entry.refusal, OTHER_ADVICE)


def says_cancelled(entry: Entry) -> bool:
    """REVER's words for an invalid change name a cancellation [assumed: the sandbox says
    "the return was cancelled"; REVER's documents do not say what it answers]."""
    return entry.refusal == REFUSED_INVALID and "cancel" in entry.last_error.casefold()


def item(entry: Entry, index: ProcessIndex | None = None) -> ShelfItem:
    row = index.get(entry.process_id) if index is not None else None
    cancelled = says_cancelled(entry) or (row is not None and row.status == "CANCELED")
    if row is None:
        return ShelfItem(entry, cancelled=cancelled)
    return ShelfItem(entry, row.customer, row.order_number, cancelled)


def shelf(store: OutboxStore, index: ProcessIndex | None = None) -> list[ShelfItem]:
    """The parcels to pull back, the latest scanned first."""
    entries = [e for e in store.failed() if on_shelf(e)]
    return [item(e, index) for e in sorted(entries, key=lambda e: e.id, reverse=True)]


def retry(store: OutboxStore, items: Iterable[ShelfItem]) -> list[ShelfItem]:
    """Send again the ones of ``items`` that retrying can help; returns them."""
    chosen = [i for i in items if i.retryable]
    store.retry_failed([i.entry.id for i in chosen])
    return chosen


def retryable_failed(store: OutboxStore, index: ProcessIndex | None = None
                     ) -> Sequence[Entry]:
    """Every refused change (on the shelf or not) that retrying can help: what the outbox
    view's "Retry refused" sends again."""
    return [e for e in store.failed() if item(e, index).retryable]
