"""The one place errors reach the operator. API errors become their operator message (through
the translator); anything else becomes a short "something went wrong" with the detail in
the log. ``sys.excepthook`` routes here too, so an exception in a qasync slot (which qasync
hands only to the excepthook) is shown and logged and the station keeps running."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from revdesk.api import errors
from revdesk.domain.local_files import LocalDataError
from revdesk.domain.status import NotAProcessId
from revdesk.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def api_message(error: errors.ApiError) -> str:
    """The operator message of an API error, translated when a translation exists."""
    return translate("ApiError", error.operator_message)


def operator_text(error: BaseException) -> str:
    if isinstance(error, errors.ApiError):
        return api_message(error)
    return translate(
        "ErrorPresenter",
        "Something went wrong inside the station ({kind}). It keeps running; the details "
        "are in the log.").format(kind=type(error).__name__)


class ErrorPresenter(QObject):
    """Shows an error once, in plain words, and logs its detail. ``shown`` lets the window
    (and tests) follow what was shown; with ``dialogs=False`` nothing pops up."""

    shown = Signal(str, str)  # title, text
    dialog_closed = Signal()

    def __init__(self, parent: QObject | None = None, *, dialogs: bool = True,
                 window: Callable[[], QWidget | None] | None = None) -> None:
        super().__init__(parent)
        self.dialogs = dialogs
        self._window = window or (lambda: None)
        self._box: QMessageBox | None = None
        self._more = 0

    def set_window(self, window: Callable[[], QWidget | None]) -> None:
        self._window = window

    def present(self, error: BaseException, *, context: str = "") -> str:
        """Show ``error`` and log it; returns the text shown."""
        text = operator_text(error)
        if context:
            text = translate("ErrorPresenter", "{context}: {message}").format(context=context, message=text)
        if isinstance(error, errors.ApiError):
            log.warning("%s%s", f"{context}: " if context else "", error.log_text())
            title = self.title_of(error)
        else:
            log.error("unexpected error%s", f" ({context})" if context else "",
                      exc_info=(type(error), error, error.__traceback__))
            title = translate("ErrorPresenter", "Something went wrong")
        self._show(title, text)
        self.shown.emit(title, text)
        return text

    def title_of(self, error: errors.ApiError) -> str:
        """Whose problem the dialog is about: the station's own (its files, its settings, a
        text that is no process id) is titled for the station, not "REVER"; what REVER
        answered, or the connection to it, is titled "REVER"."""
        if isinstance(error, LocalDataError):
            return translate("ErrorPresenter", "revdesk — this station's data")
        if isinstance(error, errors.NotConfigured) or (
                isinstance(error, errors.InsecureUrl)
                and not isinstance(error, errors.CertificateInvalid)):
            return translate("ErrorPresenter", "revdesk — station settings")
        if isinstance(error, NotAProcessId):
            return translate("ErrorPresenter", "revdesk")
        return translate("ErrorPresenter", "REVER")

    def _show(self, title: str, text: str) -> None:
        if not self.dialogs:
            return
        if self._box is not None and self._box.isVisible():
            # Never a stack of dialogs: count the rest on the one already open.
            self._more += 1
            more = self._more
            self._box.setInformativeText(translate(
                "ErrorPresenter", "…and %n more (see the log).", "", more))
            return
        self._more = 0
        # Imported with the first error, not with the window: PySide6 builds a Qt class's
        # enums when it is first imported, and QMessageBox's cost 10 M instructions.
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                          QMessageBox.StandardButton.Ok, self._window())
        box.setObjectName("errorBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # REVER's message, shown as it came
        box.setModal(False)  # never a nested event loop: the scans keep flowing
        box.finished.connect(self._closed)
        self._box = box
        box.open()

    def _closed(self) -> None:
        if self._box is not None:
            self._box.deleteLater()
            self._box = None
        self.dialog_closed.emit()

    def close_dialog(self) -> None:
        if self._box is not None:
            self._box.done(0)


class ExceptHookInstaller:
    """Installs the presenter as ``sys.excepthook``; ``uninstall`` restores the old hook."""

    def __init__(self, presenter: ErrorPresenter) -> None:
        self.presenter = presenter
        self._previous: ExceptHook | None = None
        self._inside = False

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self._hook

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self._hook:
            sys.excepthook = self._previous
        self._previous = None

    def _hook(self, kind: type[BaseException], error: BaseException,
              tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit) or self._inside:
            (self._previous or sys.__excepthook__)(kind, error, tb)
            return
        self._inside = True  # an error while presenting must not recurse
        try:
            if error.__traceback__ is None and tb is not None:
                error = error.with_traceback(tb)
            self.presenter.present(error)
        except Exception:
            if sys.__stderr__ is not None:
                sys.__stderr__.write("".join(traceback.format_exception(kind, error, tb)))
        finally:
            self._inside = False


def install_excepthook(presenter: ErrorPresenter) -> ExceptHookInstaller:
    installer = ExceptHookInstaller(presenter)
    installer.install()
    return installer
