"""What each station action writes to the audit log, so the window and the CLI record the
same thing: a print or a label upload with its result ("ok" or "failed" with the operator's
message), and which settings changed, old → new. The API key's value is never recorded,
only that it changed."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import TypeVar

# The settings store says what changed; this module says how it is recorded.
from revdesk.settings_store import API_KEY_SETTING, SettingChange, setting_changes

from .audit import FAILED, OK, SETTING_CHANGE, AuditLog

log = logging.getLogger(__name__)

__all__ = [
    "API_KEY_CHANGED",
    "API_KEY_SETTING",
    "SettingChange",
    "audited",
    "failure_text",
    "record_setting_changes",
    "setting_changes",
]

T = TypeVar("T")

API_KEY_CHANGED = "API key changed"
#: What a print records (the log stays English; History translates these as it shows them).
CARRIER_LABEL = "carrier label"
INTAKE_LABEL = "intake label"
INTAKE_LABEL_AUTO = "intake label, automatic"
UPLOADED_LABEL = "uploaded carrier label"
REPRINT_CARRIER = "reprint of the carrier label"
REPRINT_INTAKE = "reprint of the intake label"


def failure_text(error: BaseException) -> str:
    """The operator's words for a failed action: every error the station raises on purpose
    (ApiError, LabelRefused, PrintError, IntakeLabelError) carries them."""
    message = getattr(error, "operator_message", "")
    if isinstance(message, str) and message:
        return message
    return f"unexpected error ({type(error).__name__})"


def _joined(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


async def audited(
    audit: AuditLog | None,
    action: str,
    process_ids: Sequence[str],
    work: Awaitable[T],
    *,
    old: str = "",
    new: str = "",
    detail: str = "",
    ok_detail: Callable[[T], str] | None = None,
) -> T:
    """Await ``work`` and record its result for each of ``process_ids`` (one event with no
    process when empty): "ok", or "failed" with the operator message, then re-raise. A
    cancelled job is not recorded: nothing was decided."""
    if audit is None:
        return await work
    try:
        value = await work
    except Exception as exc:
        _record_each(audit, action, process_ids, old=old, new=new, result=FAILED,
                     detail=_joined(detail, failure_text(exc)))
        raise
    _record_each(audit, action, process_ids, old=old, new=new, result=OK,
                 detail=_joined(detail, ok_detail(value) if ok_detail else ""))
    return value


def _record_each(audit: AuditLog, action: str, process_ids: Sequence[str], *, old: str,
                 new: str, result: str, detail: str) -> None:
    try:
        for pid in process_ids or [""]:
            audit.record(action, process_id=pid, old=old, new=new, result=result, detail=detail)
    except Exception:  # the log is a record of the work, never a reason for it to fail
        log.exception("audit: could not record %s", action)


# -- settings -------------------------------------------------------------------------------


def record_setting_changes(audit: AuditLog | None, changes: Iterable[SettingChange], *,
                           result: str = OK, detail: str = "") -> None:
    """One event per changed setting; its name is in the detail."""
    if audit is None:
        return
    for change in changes:
        if change.name == API_KEY_SETTING:
            audit.record(SETTING_CHANGE, result=result, detail=_joined(API_KEY_CHANGED, detail))
        else:
            audit.record(SETTING_CHANGE, old=change.old, new=change.new, result=result,
                         detail=_joined(change.name, detail))
