"""Status changes: the one place a shipping status is sent, whoever asked for it (a scan, an
undo, the return detail, a bulk change), and the history of changes seen by this station.

How the change travels is a :class:`StatusSender`. :class:`DirectSender` sends it at once
through the Admin client; the offline outbox plugs in as another sender that may answer
:attr:`Outcome.QUEUED` instead of failing when REVER cannot be reached.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from revdesk.api import errors
from revdesk.api.models import SHIPPING_STATUSES
from revdesk.events import Signal
from revdesk.i18n import QT_TRANSLATE_NOOP, translate

from .connection import ConnectionTracker
from .outcomes import Outcome
from .scanning import MAX_ID_LENGTH, Refusal, id_refusal

log = logging.getLogger(__name__)

# Who asked for a change (also the outbox's and the audit log's "source").
SOURCE_SCAN = "scan"
SOURCE_UNDO = "undo"
SOURCE_DETAIL = "detail"
SOURCE_BULK = "bulk"


class NotAProcessId(errors.InvalidArgument):
    """The station refused a text as a process id before asking REVER anything."""

    default_message = QT_TRANSLATE_NOOP("ApiError", "Not sent: this is not a process id.")


def check_process_id(process_id: str) -> None:
    """Raise :class:`NotAProcessId` (an InvalidArgument, in the operator's words) when
    ``process_id`` cannot be a process id: the scan path's own rule
    (:func:`~.scanning.id_refusal`), applied to every change before it is sent or written
    to the outbox, so an id no request could carry never waits there to be refused at
    every flush."""
    refusal = id_refusal(process_id)
    if refusal is None:
        return
    shown = "".join(c if c.isprintable() else "?" for c in process_id[:40])
    more = "…" if len(process_id) > 40 else ""
    if refusal is Refusal.EMPTY:
        reason = translate("Status", "Not sent: no process id was given.")
    elif refusal is Refusal.WHITESPACE:
        reason = translate("Status", "Not sent: “{id}” is not a process id (it has spaces).")
    elif refusal is Refusal.TOO_LONG:
        reason = translate("Status", "Not sent: “{id}” ({length} characters) is not a process "
                           "id: an id has at most {limit} characters.")
    elif refusal is Refusal.CONTROL:
        reason = translate("Status", "Not sent: “{id}” is not a process id (it has control "
                           "characters).")
    else:
        reason = translate("Status", "Not sent: “{id}” is not a process id.")
    reason = reason.format(id=shown + more, length=f"{len(process_id):,}", limit=MAX_ID_LENGTH)
    raise NotAProcessId(reason, detail=f"process id refused: {refusal.value}, "
                                                f"{len(process_id)} characters")


#: Who made a change, as the operator reads it after "set to ERROR ...".
WHERE = {"cli": QT_TRANSLATE_NOOP("Status", "at the terminal"),
         SOURCE_DETAIL: QT_TRANSLATE_NOOP("Status", "in the return's detail"),
         SOURCE_BULK: QT_TRANSLATE_NOOP("Status", "by a bulk change"),
         SOURCE_SCAN: QT_TRANSLATE_NOOP("Status", "by a later scan"),
         SOURCE_UNDO: QT_TRANSLATE_NOOP("Status", "by an undo")}


class NewerChange(errors.ApiError):
    """A scan's change was not sent: a person changed the return after the scan was made
    (REVER ends at the change made last, not at the one checked last)."""

    def __init__(self, process_id: str, status: str, source: str, made_at: float) -> None:
        if source in WHERE:
            where = translate("Status", WHERE[source])
        elif source:
            where = translate("Status", "by {source}").format(source=source)
        else:
            where = translate("Status", "elsewhere")
        when = datetime.fromtimestamp(made_at).strftime("%H:%M:%S")
        super().__init__(translate("Status", "{id} was set to {status} {where} after this scan: "
                                   "not changed").format(id=process_id, status=status,
                                                         where=where),
                         detail=f"newer change {status} from {source or '?'} at {when}")
        self.process_id = process_id
        self.status = status
        self.source = source
        self.made_at = made_at


@dataclass(frozen=True)
class ScanTicket:
    """What a scan's change carries to the outbox besides the change: the scan's journal
    row (taken out in the transaction that writes the change), when the key was pressed
    (a person's later change of the return wins over it), and who hears the entry's id
    once the change is durable."""

    journal_id: int | None = None
    made_at: float | None = None
    written: Callable[[int], None] | None = None


@dataclass(frozen=True)
class Sent:
    """How a sender took one change: :attr:`Outcome.DELIVERED` (REVER confirmed it) or
    :attr:`Outcome.QUEUED` (kept, sent when REVER answers again), and the outbox entry that
    carries it, by which its later outcome is told."""

    outcome: Outcome
    entry_id: int | None = None


class StatusSender(Protocol):
    """Sends one change. Raises :class:`errors.ApiError` when it was neither sent nor queued."""

    #: True when the sender queues changes it cannot send now (the outbox).
    queues_offline: bool

    async def send(self, process_id: str, status: str, *, previous_status: str,
                   source: str, ticket: ScanTicket | None = None) -> Sent: ...

    def keep(self, process_id: str, status: str, *, source: str,
             ticket: ScanTicket | None = None) -> bool:
        """Store the change to be sent later, without sending it; False when this sender
        cannot (it has nowhere to keep it)."""
        ...


class DirectSender:
    """Sends through the Admin client, now or never (no outbox)."""

    queues_offline = False

    def __init__(self, client: Any) -> None:
        self.client = client

    async def send(self, process_id: str, status: str, *, previous_status: str = "",
                   source: str = "", ticket: ScanTicket | None = None) -> Sent:
        await self.client.set_shipping_status(process_id, status)
        return Sent(Outcome.DELIVERED)

    def keep(self, process_id: str, status: str, *, source: str,
             ticket: ScanTicket | None = None) -> bool:
        return False  # no outbox: nowhere to keep it


@dataclass(frozen=True)
class StatusChange:
    """One change as this station saw it: asked, sent, queued or failed."""

    process_id: str
    old: str
    new: str
    source: str
    delivery: Outcome | None  # DELIVERED or QUEUED; None when neither
    error: errors.ApiError | None = None
    at: float = 0.0
    entry_id: int | None = None  # the outbox entry, when the outbox took it

    @property
    def ok(self) -> bool:
        return self.delivery is not None


class StatusHistory:
    """The recent status changes made from this station, newest last (bounded, in memory;
    the audit log keeps the durable record)."""

    def __init__(self, limit: int = 20_000) -> None:
        self._changes: deque[StatusChange] = deque(maxlen=limit)

    def add(self, change: StatusChange) -> None:
        self._changes.append(change)

    def for_process(self, process_id: str) -> list[StatusChange]:
        return [c for c in self._changes if c.process_id == process_id]

    def __len__(self) -> int:
        return len(self._changes)


class StatusService:
    """Validates, sends, records and announces status changes."""

    def __init__(self, sender: StatusSender, *, history: StatusHistory | None = None,
                 tracker: ConnectionTracker | None = None) -> None:
        self.sender = sender
        self.history = history if history is not None else StatusHistory()
        self.tracker = tracker or ConnectionTracker()
        #: Every change attempt, successful or not (the list updates its rows from it).
        self.changed: Signal[StatusChange] = Signal("status.changed")

    @property
    def queues_offline(self) -> bool:
        return bool(getattr(self.sender, "queues_offline", False))

    def keep_for_later(self, process_id: str, status: str, *, source: str,
                       ticket: ScanTicket | None = None) -> bool:
        """Store a change unsent (the station is closing); True when it was kept."""
        if status not in SHIPPING_STATUSES:
            return False
        try:
            check_process_id(process_id)
        except errors.InvalidArgument as exc:
            log.warning("not kept for later: %s", exc.log_text())
            return False
        try:
            if ticket is None:
                return self.sender.keep(process_id, status, source=source)
            return self.sender.keep(process_id, status, source=source, ticket=ticket)
        except Exception:  # closing: log it, the caller counts it as dropped
            log.exception("could not keep %s -> %s for later", process_id, status)
            return False

    async def set_status(self, process_id: str, status: str, *, source: str,
                         previous_status: str = "", ticket: ScanTicket | None = None
                         ) -> StatusChange:
        """Send one change; returns it when sent or queued, raises the ApiError otherwise
        (after recording the failed attempt)."""
        if status not in SHIPPING_STATUSES:
            raise errors.InvalidArgument(
                translate("Status", "Not sent: {status} is not a shipping status.").format(
                    status=repr(status)), detail=f"status={status!r}")
        check_process_id(process_id)  # refused before anything is sent, queued or recorded
        try:
            if ticket is None:
                sent = await self.sender.send(process_id, status,
                                              previous_status=previous_status, source=source)
            else:
                sent = await self.sender.send(process_id, status,
                                              previous_status=previous_status, source=source,
                                              ticket=ticket)
        except BaseException as exc:
            if not isinstance(exc, NewerChange):  # says nothing about the connection
                self.tracker.failed(exc)
            if isinstance(exc, errors.ApiError):
                self._record(StatusChange(process_id, previous_status, status, source, None,
                                          exc, time.time()))
            raise
        if sent.outcome is Outcome.DELIVERED:
            # "Queued" proves nothing about the connection: the outbox reports what it saw.
            self.tracker.succeeded()
        change = StatusChange(process_id, previous_status, status, source, sent.outcome,
                              at=time.time(), entry_id=sent.entry_id)
        self._record(change)
        return change

    def _record(self, change: StatusChange) -> None:
        self.history.add(change)
        log.info("status %s: %s %s -> %s %s", change.source, change.process_id, change.old or "?",
                 change.new, ("sent" if change.delivery is Outcome.DELIVERED else change.delivery.value)
                 if change.delivery else
                 f"FAILED {change.error.log_text() if change.error else ''}")
        self.changed.emit(change)
