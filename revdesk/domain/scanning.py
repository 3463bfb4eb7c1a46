"""What a scan is: cleaning a raw scanner read into a process id, the station's scan actions,
and the result of one scan as the operator sees it. No Qt, no I/O.

A keyboard-wedge scanner types its code followed by Enter. Depending on its configuration it
may add a prefix (an AIM identifier such as ``]C1``), a suffix, a trailing tab or carriage
return, or GS1 group separators (``\\x1d``). :func:`clean_scan` removes all of that before
anything is sent, and refuses text that cannot be a process id (a carrier's tracking barcode
scanned by mistake) without making any call.
"""

from __future__ import annotations

import enum
import itertools
import re
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from revdesk.api.models import SHIPPING_STATUSES

from .outcomes import Outcome

if TYPE_CHECKING:
    from revdesk.api.errors import ApiError
    from revdesk.api.models import Process
    from revdesk.config import ScanSettings

    from .scan_resolution import Resolution

#: The scan action that only shows the return instead of changing its status.
LOOKUP = "LOOKUP"
#: Every scan action, in the order of the F1..F7 / Ctrl+1..7 keys.
SCAN_ACTIONS: tuple[str, ...] = (*SHIPPING_STATUSES, LOOKUP)
DEFAULT_ACTION = "IN_WAREHOUSE"
#: Scan actions that apply to one parcel, not to a run of them: after one scan the station
#: goes back to its default action, or asks before each scan (``ScanSettings.risky_actions``).
ONE_SCAN_ACTIONS: tuple[str, ...] = ("CANCELED", "ERROR")
#: How old a scan may be for Ctrl+Z to take it back without asking.
UNDO_WITHOUT_ASKING_S = 30.0
#: The contract allows ids up to this length (see api.models.NonEmpty).
MAX_ID_LENGTH = 256


def is_scan_action(value: str) -> bool:
    return value in SCAN_ACTIONS


def action_or_default(value: str) -> str:
    """A configured action, or IN_WAREHOUSE when the setting holds something unknown."""
    return value if is_scan_action(value) else DEFAULT_ACTION


class Refusal(enum.Enum):
    """Why a scan was refused before any call."""

    EMPTY = "empty"
    WHITESPACE = "whitespace"  # text with spaces inside cannot be a process id
    TOO_LONG = "too_long"
    CONTROL = "control"  # a control or format character (a scan never keeps one)
    PATTERN = "pattern"  # does not match the station's id pattern


def id_refusal(text: str) -> Refusal | None:
    """Why ``text`` cannot be a process id, or None: the one check every id passes before
    anything is sent or queued, whoever gives it (a scan, the detail pane, a bulk change,
    the CLI, the outbox itself)."""
    if not text:
        return Refusal.EMPTY
    if any(c.isspace() for c in text):
        return Refusal.WHITESPACE
    if len(text) > MAX_ID_LENGTH:
        return Refusal.TOO_LONG
    if any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in text):
        return Refusal.CONTROL
    return None


@dataclass(frozen=True)
class CleanScan:
    """A raw read and what clean-up made of it. ``process_id`` is empty when refused."""

    raw: str
    cleaned: str
    refusal: Refusal | None = None
    #: The read with the prefix and suffix taken off but its separators kept: what a
    #: carrier barcode's parts are read from (see scan_resolution).
    body: str = ""

    @property
    def process_id(self) -> str:
        return "" if self.refusal else self.cleaned

    @property
    def accepted(self) -> bool:
        return self.refusal is None


def _is_junk(char: str) -> bool:
    # Whitespace plus every control / format character (Cc, Cf): scanners emit \r, \t, GS,
    # and some keyboards inject zero-width characters.
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def _trim(text: str) -> str:
    start, end = 0, len(text)
    while start < end and _is_junk(text[start]):
        start += 1
    while end > start and _is_junk(text[end - 1]):
        end -= 1
    return text[start:end]


def visible_raw(raw: str) -> str:
    """The raw read with invisible characters spelled out, for the "raw:" display."""
    out = []
    for char in raw:
        if char == " " or not _is_junk(char):
            out.append(char)
        else:
            out.append(f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
    return "".join(out)


def compile_id_pattern(pattern: str) -> re.Pattern[str] | None:
    """The station's id pattern, or None when any cleaned text may be tried."""
    return re.compile(pattern) if pattern.strip() else None


class ScanCleaner:
    """Turns raw scanner reads into process ids following the station's scan settings."""

    def __init__(self, *, strip_prefix: str = "", strip_suffix: str = "",
                 id_pattern: str = "") -> None:
        self.strip_prefix = strip_prefix
        self.strip_suffix = strip_suffix
        self.pattern = compile_id_pattern(id_pattern)

    @classmethod
    def from_settings(cls, settings: ScanSettings) -> ScanCleaner:
        return cls(strip_prefix=settings.strip_prefix, strip_suffix=settings.strip_suffix,
                   id_pattern=settings.id_pattern)

    def clean(self, raw: str) -> CleanScan:
        """Trim junk, strip the configured prefix and suffix, check the id's shape."""
        text = _trim(raw)
        if self.strip_prefix and text.startswith(self.strip_prefix):
            text = text[len(self.strip_prefix):]
        if self.strip_suffix and text.endswith(self.strip_suffix):
            text = text[: len(text) - len(self.strip_suffix)]
        body = _trim(text)
        # Control characters inside the code (GS1 separators) are never part of an id.
        text = "".join(c for c in body if unicodedata.category(c) not in ("Cc", "Cf"))
        return CleanScan(raw, text, self._refusal(text), body)

    def _refusal(self, text: str) -> Refusal | None:
        if (refusal := id_refusal(text)) is not None:
            return refusal
        if self.pattern is not None and not self.pattern.fullmatch(text):
            return Refusal.PATTERN
        return None


def clean_scan(raw: str, settings: ScanSettings) -> CleanScan:
    """One-off clean-up with the given settings (see :class:`ScanCleaner`)."""
    return ScanCleaner.from_settings(settings).clean(raw)


# ------------------------------------------------------------------------------- outcomes


class Severity(enum.Enum):
    """How the result is signalled: green, amber or red, with its sound."""

    PENDING = "pending"
    OK = "ok"
    NOTICE = "notice"
    ERROR = "error"


SEVERITY: dict[Outcome, Severity] = {
    Outcome.PENDING: Severity.PENDING,
    Outcome.DELIVERED: Severity.OK,
    Outcome.LOOKED_UP: Severity.OK,
    Outcome.UNDONE: Severity.OK,
    Outcome.QUEUED: Severity.NOTICE,
    Outcome.SUPERSEDED: Severity.NOTICE,
    Outcome.ALREADY: Severity.NOTICE,
    Outcome.MATCHES: Severity.NOTICE,
    Outcome.OFFLINE: Severity.NOTICE,
    Outcome.NOTHING: Severity.NOTICE,
    Outcome.NOT_AN_ID: Severity.ERROR,
    Outcome.NOT_FOUND: Severity.ERROR,
    Outcome.CANCELLED: Severity.ERROR,
    Outcome.REFUSED: Severity.ERROR,
    Outcome.FAILED: Severity.ERROR,
}

_sequence = itertools.count(1)


@dataclass(eq=False)
class ScanResult:
    """One scan from Enter to its final outcome. Updated in place while it is processed;
    listeners get the same object again after every change."""

    raw: str
    cleaned: str
    action: str
    outcome: Outcome = Outcome.PENDING
    refusal: Refusal | None = None
    previous_status: str = ""
    new_status: str = ""
    process: Process | None = None
    matches: list[Process] = field(default_factory=list)
    #: Which return(s) the read matched and how, or what was tried (see scan_resolution).
    resolution: Resolution | None = None
    #: The read with its separators (CleanScan.body), for resolution.
    body: str = ""
    error: ApiError | None = None
    #: An undo job; ``undo_of`` is the scan it reverted, once its turn came.
    is_undo: bool = False
    undo_of: ScanResult | None = None
    #: For a scan: True once an undo reverted it.
    undone: bool = False
    #: Queued, then delivered or refused later by the outbox (the row updates, not the banner).
    settled_late: bool = False
    #: The outbox entry of this scan's change (or undo): how its late outcome finds it.
    entry_id: int | None = None
    #: For an undo: the scan it was asked for (confirmed by the operator), or None for the
    #: latest one, taken back only if no older than UNDO_WITHOUT_ASKING_S.
    undo_target: ScanResult | None = None
    #: For an undo that took nothing back: the latest scan, too old to undo unasked.
    too_old: ScanResult | None = None
    seq: int = field(default_factory=lambda: next(_sequence))
    scanned_at: float = field(default_factory=time.time)
    started: float = field(default_factory=time.perf_counter)
    finished: float | None = None
    #: Its row in the scan journal until its outcome is final or its change is in the
    #: outbox (see domain/scan_journal.py).
    journal_id: int | None = None
    #: A scan a stopped station process left in the journal, applied at this start.
    recovered: bool = False

    @property
    def process_id(self) -> str:
        """The return this scan is about: the one found, else the cleaned id if accepted."""
        if self.process is not None and self.process.process_id:
            return self.process.process_id
        return "" if self.refusal else self.cleaned

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.outcome]

    @property
    def is_final(self) -> bool:
        return self.outcome is not Outcome.PENDING

    @property
    def customer_name(self) -> str:
        return self.process.customer.full_name if self.process else ""

    @property
    def undoable(self) -> bool:
        """A confirmed change whose previous status is known and can be sent back."""
        return (self.outcome in (Outcome.DELIVERED, Outcome.QUEUED) and not self.is_undo
                and not self.undone and self.previous_status in SHIPPING_STATUSES
                and self.previous_status != self.new_status)

    def age(self, now: float | None = None) -> float:
        """Seconds since the scan was made."""
        return (time.time() if now is None else now) - self.scanned_at

    @property
    def latency_ms(self) -> float | None:
        return None if self.finished is None else (self.finished - self.started) * 1000
