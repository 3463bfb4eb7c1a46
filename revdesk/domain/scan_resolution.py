"""Which return a scan means: the keys a scanner read may hold, and how they are matched.

The big barcode on a parcel is usually the carrier's, not REVER's process id. A read may be
the process id, an order number (with or without ``#``), an order id, a tracking number as
the carrier's database holds it, or a carrier barcode with the tracking number inside:

- GS1-128 / GS1 DataMatrix element strings (``]C1``, ``]d2``… symbology identifiers,
  ``\\x1d`` for FNC1, or the printed ``(00)…(420)…`` form): an SSCC (00), a consignment or
  shipment number (401, 402), and a postal prefix (420, 421) with the tracking number after
  it. ``biip`` parses well-formed element strings; what follows a postal prefix is the
  carrier's own number, not an application identifier, so that part is read here.
- UPS ``1Z`` + 16 characters, found inside a longer read too (MaxiCode).
- DPD's 28-character parcel barcode: ``%``, 7-character postcode, the 14-digit parcel number,
  service and country codes.

:func:`candidates` lists the keys in the order they are trusted; :func:`resolve_locally`
asks the returns list the station holds (no network); :func:`resolve_remotely` asks REVER.
No Qt, and no I/O of its own: the remote calls are passed in.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from revdesk.api import errors
from revdesk.api.models import Customer, Process
from revdesk.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from .process_index import ProcessIndex, ProcessRow

#: Longer reads are not resolved at all: every step below stays bounded (the contract's ids
#: are at most this long, and no carrier barcode is longer).
MAX_SCAN_CHARS = 256
#: Keys tried per scan, at most: a read yields a handful; more would only be guesses.
MAX_CANDIDATES = 12
#: Searches REVER is asked per scan, at most (each one is a request while the parcel waits).
MAX_REMOTE_SEARCHES = 3
#: Matches kept for a pick list.
MAX_MATCHES = 9

#: AIM symbology identifiers that say the data is GS1 (GS1-128, DataMatrix, QR, DataBar, DotCode).
GS1_SYMBOLOGIES = ("]C1", "]d2", "]Q3", "]e0", "]J1")
#: Separators a scanner sends for FNC1 / between MaxiCode fields.
SEPARATORS = "\x1d\x1e\x04"
_SPLIT = re.compile(f"[{SEPARATORS}]+")
_UPS = re.compile(r"1Z[0-9A-Z]{16}")
_HRI = re.compile(r"\(\d{2,4}\)")
_DIGITS = re.compile(r"\d+")
#: Application identifiers whose value may be what a carrier tracks a parcel by.
_SHIPMENT_AIS = {"00": "SSCC (00)", "401": "consignment (401)", "402": "shipment (402)"}


class Field(enum.Enum):
    """Which field of a return a key matched, in the operator's words."""

    PROCESS_ID = "process id"
    TRACKING = "tracking"
    ORDER_NUMBER = "order"
    ORDER_ID = "order id"

    @property
    def words(self) -> str:
        """The field's name in the station's language (the value stays the English key)."""
        return translate("ScanResolution", _FIELD_WORDS[self])


_FIELD_WORDS = {
    Field.PROCESS_ID: QT_TRANSLATE_NOOP("ScanResolution", "process id"),
    Field.TRACKING: QT_TRANSLATE_NOOP("ScanResolution", "tracking"),
    Field.ORDER_NUMBER: QT_TRANSLATE_NOOP("ScanResolution", "order"),
    Field.ORDER_ID: QT_TRANSLATE_NOOP("ScanResolution", "order id"),
}


@dataclass(frozen=True)
class Candidate:
    """One key a read may hold. ``text`` is as read (spaces and separators out, case kept),
    ``key`` what is compared; ``source`` says how it was read; a ``guess`` is only looked
    for in the local list, never sent to REVER (a wrong guess would cost a request)."""

    key: str
    text: str
    source: str
    guess: bool = False


def key_of(text: str) -> str:
    """The form keys are compared in: case, spaces, separators and a leading ``#`` ignored."""
    if not text.isascii():
        # Junk out first: a space between two combining marks stops NFKC from reordering
        # them, so "\u0339 \u0334" and its compact form "\u0339\u0334" got different keys
        # (a read and the same read from the list never matched). NFKC can make junk (a
        # no-break space becomes a space): out again after.
        text = unicodedata.normalize("NFKC", _compact(text))
    text = _compact(text)
    return text.upper().lstrip("#")


def _is_junk(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def _compact(text: str) -> str:
    return "".join(c for c in text if not _is_junk(c))


def candidates(body: str) -> tuple[Candidate, ...]:
    """The keys a read may hold, most trusted first (the read as it is, then what a
    carrier barcode holds, then guesses). ``body`` is the read with the station's prefix
    and suffix taken off, separators kept. Empty for an empty or over-long read."""
    body = body.strip()
    if not body or len(body) > MAX_SCAN_CHARS:
        return ()
    found: list[Candidate] = []
    seen: set[str] = set()

    def add(text: str, source: str, guess: bool = False) -> None:
        key = key_of(text)
        if key and key not in seen and len(found) < MAX_CANDIDATES:
            seen.add(key)
            found.append(Candidate(key, _compact(text), source, guess))

    add(body, "scan")
    symbology, data = "", body
    if len(body) > 3 and body[0] == "]":
        symbology, data = body[:3], body[3:]
        add(data, "scan")
    gs1 = (symbology in GS1_SYMBOLOGIES or any(s in data for s in SEPARATORS)
           or bool(_HRI.match(data)) or bool(re.match(r"(00\d{18}|42[01]\d)", data)))
    if gs1:
        for text, source, guess in _gs1(data):
            add(text, source, guess)
    compact = key_of(data)
    for match in _UPS.finditer(compact):
        add(match.group(), "UPS 1Z")
    if len(compact) == 28 and compact[0] == "%" and compact[8:22].isdigit():
        add(compact[8:22], "DPD parcel barcode")
    elif len(compact) == 27 and compact.isalnum() and compact[7:21].isdigit():
        add(compact[7:21], "DPD parcel barcode", guess=True)  # the % left out by the scanner
    for part in _SPLIT.split(data) if any(s in data for s in SEPARATORS) else ():
        add(part, "part of the scan", guess=True)
    return tuple(found)


#: What a read sent to REVER as a process id nobody knows must look like (see
#: :func:`may_be_process_id`): an identifier of letters and digits, not a word, a number,
#: a symbol or text in another script.
_ID_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{3,255}")


def may_be_process_id(body: str) -> bool:
    """Whether a read that neither the station's list nor REVER's read and search know may
    still be a process id, worth REVER's answer to the status POST (the documented call
    decides, issue 17). Not a word (``x``), a number (``46``), an emoji, nor a carrier's
    barcode (a UPS, GS1 or DPD read is a tracking number, never a process id): those are
    refused at the desk, never sent as a change (issue 15)."""
    text = body.strip()
    if not _ID_SHAPE.fullmatch(text):
        return False
    if not (any(c.isalpha() for c in text) and any(c.isdigit() for c in text)):
        return False
    compact = key_of(text)
    carrier = (bool(_UPS.search(compact)) or bool(_HRI.match(text))
               or bool(re.match(r"(00\d{18}|42[01]\d)", text))
               or (len(compact) in (27, 28) and compact[-20:-6].isdigit()))
    return not carrier and all(c.source == "scan" for c in candidates(text))


def _gs1(data: str) -> list[tuple[str, str, bool]]:
    """(text, source, guess) of the shipment keys in GS1 data."""
    out: list[tuple[str, str, bool]] = []
    hri = bool(_HRI.match(data))
    for ai, value in _biip_elements(data, hri=hri):
        if ai in _SHIPMENT_AIS:
            out.append((value, f"GS1 {_SHIPMENT_AIS[ai]}", False))
    out.extend(_after_postal_prefix(data, hri=hri))
    return out


def _biip_elements(data: str, *, hri: bool) -> list[tuple[str, str]]:
    # Imported here: only carrier barcodes need it, and the window starts faster without it.
    import biip
    from biip.gs1_messages import GS1Message

    try:
        message = GS1Message.parse_hri(data) if hri else biip.parse(data).gs1_message
    except Exception:  # biip raises its own ParseError, and a read may be anything
        return []
    return [] if message is None else [(e.ai.ai, e.value) for e in message.element_strings]


def _after_postal_prefix(data: str, *, hri: bool) -> list[tuple[str, str, bool]]:
    """The tracking number after (420) postal code or (421) country + postal code, as
    USPS, UPS and others print it: the rest is the carrier's number, not an AI."""
    if hri:
        parts = [p for p in re.split(r"\((\d{2,4})\)", data) if p]
        # [ai, value, ai, value, ...]
        pairs = list(zip(parts[::2], parts[1::2], strict=False))
        for n, (ai, _value) in enumerate(pairs):
            if ai in ("420", "421") and n + 1 < len(pairs):
                rest = "".join(a + v for a, v in pairs[n + 1:])
                return [(rest, f"GS1 postal code ({ai}) + tracking", False),
                        (pairs[n + 1][1], f"GS1 postal code ({ai}) + tracking", True)]
        return []
    text = data.lstrip(SEPARATORS)
    if not text.startswith(("420", "421")):
        return []
    ai = text[:3]
    source = f"GS1 postal code ({ai}) + tracking"
    pieces = [p for p in _SPLIT.split(text) if p]
    if len(pieces) > 1:
        return [("".join(pieces[1:]), source, False)] + (
            [(pieces[1], source, True)] if len(pieces) > 2 else [])
    # No separator sent: the postal code's length is not known. ZIP and ZIP+4 for 420;
    # 421's code is 3 digits of country and up to 9 of postcode. Guesses, local only.
    rest = text[3:]
    lengths = (5, 9) if ai == "420" else tuple(range(6, 13))
    return [(rest[n:], source, True) for n in lengths if len(rest) > n + 5]


# ------------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    """One return a scan matched, and how."""

    process_id: str
    field: Field
    candidate: Candidate
    #: "list" (the station's returns list), "REVER" or "Storefront".
    where: str
    process: Process | None = None


class Attempt(str):
    """One place a read was looked for, in the operator's words (translated when made);
    ``kind`` says which place, for code that must not read the words (issue 19: a
    translation would break a test on them)."""

    LIST = "list"
    REVER_ID = "rever_id"
    REVER_SEARCH = "rever_search"
    STOREFRONT = "storefront"
    STOREFRONT_DOWN = "storefront_down"

    kind: str

    def __new__(cls, kind: str, text: str) -> Attempt:
        made = super().__new__(cls, text)
        made.kind = kind
        return made

    @classmethod
    def rever_id(cls, process_id: str) -> Attempt:
        return cls(cls.REVER_ID, translate("ScanResolution", "REVER, process id {id}").format(
            id=shorten(process_id, 20)))

    @classmethod
    def storefront_down(cls) -> Attempt:
        return cls(cls.STOREFRONT_DOWN, translate("ScanResolution", "Storefront (no answer)"))


@dataclass
class Resolution:
    """What a scan resolved to: no match, one, or several (a pick list); and what was
    tried, for the operator when nothing matched."""

    matches: list[Match] = field(default_factory=list)
    tried: list[Attempt] = field(default_factory=list)
    #: Set when the operator chose from a pick list, or a second scan narrowed it.
    chosen_by: str = ""

    @property
    def one(self) -> Match | None:
        return self.matches[0] if len(self.matches) == 1 else None

    @property
    def how(self) -> str:
        """For the banner: "tracking 1Z9W8607… → RP-100473" (empty for a plain id)."""
        match = self.one
        if match is None:
            return ""
        if self.chosen_by:
            return f"{self.chosen_by} → {match.process_id}"
        if match.field is Field.PROCESS_ID and match.candidate.source == "scan":
            return ""
        return translate("ScanResolution", "{field} {key} → {id}").format(
            field=match.field.words, key=shorten(match.candidate.text), id=match.process_id)

    def tried_text(self) -> str:
        return "; ".join(self.tried)


def shorten(text: str, keep: int = 10) -> str:
    return text if len(text) <= keep + 2 else text[:keep] + "…"


def _field_of(row_values: tuple[str, str, str, str], key: str) -> Field | None:
    pid, tracking, order_number, order_id = row_values
    if key_of(pid) == key:
        return Field.PROCESS_ID
    if tracking and key_of(tracking) == key:
        return Field.TRACKING
    if order_number and key_of(order_number) == key:
        return Field.ORDER_NUMBER
    if order_id and key_of(order_id) == key:
        return Field.ORDER_ID
    return None


def _prefer_ids(matches: list[Match]) -> list[Match]:
    """A process id names one return: when a key is some return's id, that return is
    meant, even if the same text is another's order or tracking number."""
    ids = [m for m in matches if m.field is Field.PROCESS_ID]
    return ids or matches


def _dedupe(matches: Iterable[Match]) -> list[Match]:
    seen: set[str] = set()
    out = []
    for match in matches:
        if match.process_id not in seen:
            seen.add(match.process_id)
            out.append(match)
    return out[:MAX_MATCHES]


def resolve_locally(index: ProcessIndex | None, keys: tuple[Candidate, ...]) -> Resolution:
    """Ask the returns list the station holds: the first key (most trusted first) that
    matches any return decides. Dictionary look-ups only: microseconds at 100,000 rows."""
    resolution = Resolution()
    if index is None or not len(index) or not keys:
        return resolution
    for candidate in keys:
        rows = index.find_key(candidate.key)
        if not rows:
            continue
        found = []
        for row in rows:
            kind = _field_of((row.process_id, row.tracking_id, row.order_number, ""),
                             candidate.key)
            if kind is not None:
                found.append(Match(row.process_id, kind, candidate, "list"))
        if found:
            resolution.matches = _dedupe(_prefer_ids(found))
            return resolution
    resolution.tried.append(Attempt(Attempt.LIST, translate(
        "ScanResolution", "the station's list (process id, tracking, order)")))
    return resolution


async def resolve_remotely(
    keys: tuple[Candidate, ...], resolution: Resolution, *, process_id: str = "",
    get: Callable[[str], Awaitable[Process]] | None = None,
    search: Callable[[str], Awaitable[list[Process]]],
    may_search: Callable[[Candidate], bool] = lambda c: True,
) -> Resolution:
    """Ask REVER: ``get`` the read as a process id (``process_id``; empty when the read
    cannot be one), then
    ``search`` the trusted keys, keeping only returns one of whose ids, order or tracking
    numbers is the key exactly (a search matches parts of words too). Transient errors
    are raised to the caller (the station may queue the scan); a 404 is "no"."""
    if get is not None and process_id:
        try:
            process = await get(process_id)
        except errors.NotFound:
            resolution.tried.append(Attempt.rever_id(process_id))
        else:
            first = keys[0] if keys else Candidate(key_of(process_id), process_id, "scan")
            resolution.matches = [Match(process.process_id or process_id, Field.PROCESS_ID,
                                        first, "REVER", process)]
            return resolution
    searched = 0
    for candidate in keys:
        if searched >= MAX_REMOTE_SEARCHES:
            break
        if candidate.guess or not _searchable(candidate.text) or not may_search(candidate):
            continue
        searched += 1
        found = []
        for process in await search(candidate.text):
            kind = _field_of((process.process_id, process.tracking_id, process.order_number,
                              process.order_id), candidate.key)
            if kind is not None:
                found.append(Match(process.process_id, kind, candidate, "REVER", process))
        resolution.tried.append(Attempt(Attempt.REVER_SEARCH, translate(
            "ScanResolution", "REVER search {key}").format(key=shorten(candidate.text, 20))))
        if found:
            resolution.matches = _dedupe(_prefer_ids(found))
            return resolution
    return resolution


async def resolve_by_order(
    keys: tuple[Candidate, ...], resolution: Resolution, *,
    lookup: Callable[[str], Awaitable[list[Process]]],
    may_search: Callable[[Candidate], bool] = lambda c: True,
) -> Resolution:
    """The last step, for a read neither the list nor REVER's search knows: ``lookup`` the
    trusted keys as an order ([doc] the Storefront API's active returns of an order id;
    [assumed] an order number is looked up as one). Every return it names for the order is
    a match: several make a pick list."""
    asked = 0
    for candidate in keys:
        if asked >= MAX_REMOTE_SEARCHES:
            break
        if candidate.guess or not _searchable(candidate.text) or not may_search(candidate):
            continue
        asked += 1
        found = [Match(process.process_id, Field.ORDER_NUMBER, candidate, "Storefront", process)
                 for process in await lookup(candidate.text) if process.process_id]
        resolution.tried.append(Attempt(Attempt.STOREFRONT, translate(
            "ScanResolution", "Storefront order {key}").format(key=shorten(candidate.text, 20))))
        if found:
            resolution.matches = _dedupe(found)
            return resolution
    return resolution


def _searchable(text: str) -> bool:
    """Worth a request: at least 4 characters, all of them ones ids and numbers are made
    of (an emoji or a stray key is never sent)."""
    return 4 <= len(text) <= MAX_SCAN_CHARS and all(
        c.isascii() and (c.isalnum() or c in "-_./#%") for c in text)


def narrow(resolution: Resolution, earlier: list[str]) -> Resolution | None:
    """A second scan while a pick list is open: if it matches exactly one of the returns
    offered (the parcel's other barcode), that one is meant."""
    common = [m for m in resolution.matches if m.process_id in earlier]
    if len(common) != 1:
        return None
    return Resolution([common[0]], resolution.tried, chosen_by=translate("ScanResolution", "second scan"))


def process_from_row(row: ProcessRow) -> Process:
    """What the list knows of a return, as a Process (for a pick list from the list)."""
    return Process(process_id=row.process_id, order_number=row.order_number,
                   customer=Customer(first_name=row.customer), shipping_status=row.status,
                   return_method=row.return_method, carrier=row.carrier,
                   tracking_id=row.tracking_id, created_at=row.created_at)
