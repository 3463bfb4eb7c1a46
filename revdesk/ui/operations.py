"""The one helper every asynchronous UI action goes through (after Anki's ``CollectionOp``):
it disables what must not be pressed twice, runs the domain call on the shared loop, routes
the result to ``on_success`` or the error to ``on_failure`` / the error presenter, and
re-enables everything in ``finally``, so no button stays grey after an error. Every task is
tracked so the window can cancel what is left when it closes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from revdesk.api import errors

from .errors import ErrorPresenter

log = logging.getLogger(__name__)

T = TypeVar("T")
Enablable = QWidget | QAction


def _log_handled(error: Exception, label: str) -> None:
    """A failure its caller showed in its own way still goes to the log: the operator may
    be told "the details are in the log", and a bug must not vanish into a handler."""
    where = f"{label}: " if label else ""
    if isinstance(error, errors.ApiError):
        log.info("%s%s", where, error.log_text())
    elif isinstance(message := getattr(error, "operator_message", None), str):
        # The station's own refusals (a label file, a printer): expected, no traceback.
        detail = getattr(error, "detail", "")
        log.warning("%s%s%s", where, message, f" ({detail})" if detail else "")
    else:
        log.error("%sunexpected error", where, exc_info=(type(error), error, error.__traceback__))


def _alive(callback: Callable[..., object]) -> bool:
    """False for a method of a Qt object already deleted (a dialog the operator closed):
    calling it would raise RuntimeError; its failure goes to the presenter instead."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Operations(QObject):
    """Runs and tracks the window's async actions."""

    busy_changed = Signal(bool)

    def __init__(self, presenter: ErrorPresenter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.presenter = presenter
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    @property
    def running(self) -> int:
        return len(self._tasks)

    def run(self, coro: Coroutine[Any, Any, T], *, label: str = "",
            busy: Iterable[Enablable] = (),
            on_success: Callable[[T], object] | None = None,
            on_failure: Callable[[Exception], bool] | None = None) -> asyncio.Task[None] | None:
        """Start ``coro``. ``on_failure`` returns True when it handled the error itself;
        otherwise the presenter shows it. Returns the task (tests may await it), or None
        once the window has shut down: a late timer or key press then starts nothing."""
        if self._closed:
            coro.close()
            log.info("%s not started: the window has shut down", label or "an action")
            return None
        disabled = [w for w in busy if w.isEnabled()]
        for widget in disabled:
            widget.setEnabled(False)
        task = asyncio.ensure_future(
            self._run(coro, label, disabled, on_success, on_failure))
        self._tasks.add(task)
        if len(self._tasks) == 1:
            self.busy_changed.emit(True)
        task.add_done_callback(self._finished)
        return task

    async def _run(self, coro: Coroutine[Any, Any, T], label: str, disabled: list[Enablable],
                   on_success: Callable[[T], object] | None,
                   on_failure: Callable[[Exception], bool] | None) -> None:
        try:
            result = await coro
            if on_success is not None:
                if _alive(on_success):
                    on_success(result)
                else:
                    log.info("%s finished after its window was closed", label or "an action")
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            handled = False
            if on_failure is not None and _alive(on_failure):
                try:
                    handled = bool(on_failure(exc))
                except Exception as inner:  # the handler itself failed: show that
                    self.presenter.present(inner, context=label)
                    handled = True
            if handled:
                _log_handled(exc, label)
            else:
                self.presenter.present(exc, context=label)  # it logs what it shows
        finally:
            for widget in disabled:
                if shiboken6.isValid(widget):
                    widget.setEnabled(True)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not self._tasks and shiboken6.isValid(self):
            self.busy_changed.emit(False)

    async def cancel_all(self, *, close: bool = False) -> None:
        """Cancel every running action and wait until they have all stopped; with
        ``close``, start nothing after (the window is shutting down, its loop may go)."""
        self._closed = self._closed or close
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
