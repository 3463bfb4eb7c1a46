"""The station's one outcome vocabulary: what became of a scan, of a status change and of
an outbox entry. The outbox, the status service, the scan pipeline, the audit log (its
``result`` column holds the values) and the window all speak these words."""

from __future__ import annotations

import enum


class Outcome(enum.Enum):
    # -- a status change, wherever it came from (the outbox's states) ----------------------
    PENDING = "pending"  # a scan waiting in the scan queue
    DELIVERED = "delivered"  # REVER confirmed the change
    QUEUED = "queued"  # kept in the outbox; sent when REVER answers again
    FAILED = "failed"  # refused for good, or anything else that went wrong
    SUPERSEDED = "superseded"  # replaced by a later change of the same return before sending
    # -- what else a scan can end in --------------------------------------------------------
    ALREADY = "already"  # the return already had that status: nothing was sent
    LOOKED_UP = "looked_up"  # look-up action: the return is shown
    MATCHES = "matches"  # look-up by order / tracking number found several returns
    UNDONE = "undone"  # an undo restored the previous status
    NOTHING = "nothing"  # an undo found no scan to undo
    NOT_AN_ID = "not_an_id"  # refused by clean-up, nothing was sent
    NOT_FOUND = "not_found"  # REVER does not know this process
    CANCELLED = "cancelled"  # the return is cancelled: not changed, put the parcel aside
    REFUSED = "refused"  # REVER refused the change (invalid, forbidden, bad key)
    OFFLINE = "offline"  # no connection: nothing changed, not queued
