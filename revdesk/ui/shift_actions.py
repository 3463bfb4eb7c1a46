"""The Shift menu of the station window: who is working (sign in), the outbox view (also a
click on the header's queued counter) and the history with its shift summary.

``install(window)`` builds the actions, adds the menu and wires the header; like the label
actions, it keeps this feature's wiring out of the main window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from revdesk.config import SettingsError, file_settings, save_settings
from revdesk.domain.audit import FAILED, OK
from revdesk.domain.audit_trail import SettingChange, record_setting_changes

# The views are imported when first opened, not on the way to the window's first paint.
if TYPE_CHECKING:
    from .dialogs.history_view import HistoryView
    from .dialogs.outbox_view import OutboxView
    from .dialogs.sign_in import SignInDialog
    from .main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["ShiftActions", "install"]

#: Neither is taken by QLineEdit (the scan box has the focus all day), unlike Ctrl+U or
#: Ctrl+K, which it keeps for itself on Linux.
OUTBOX_SHORTCUT = "Ctrl+J"
HISTORY_SHORTCUT = "Ctrl+H"


class ShiftActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.outbox_view: OutboxView | None = None
        self.history_view: HistoryView | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.menu: QMenu | None = None
        self.sign_in = self._action(self.tr("Sign &in as operator…"), "signIn", self.ask_operator)
        self.show_outbox = self._action(self.tr("&Outbox: changes not sent yet…"), "showOutbox",
                                        self.open_outbox, OUTBOX_SHORTCUT)
        self.show_outbox.setEnabled(window.runtime.outbox is not None)
        self.show_history = self._action(self.tr("&History and shift summary…"), "showHistory",
                                         self.open_history, HISTORY_SHORTCUT)

    def _action(self, text: str, name: str, slot: object, shortcut: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def all(self) -> list[QAction]:
        return [self.sign_in, self.show_outbox, self.show_history]

    # -- views ----------------------------------------------------------------------------

    def open_outbox(self) -> None:
        outbox = self.window.runtime.outbox
        if outbox is None:  # not connected: nothing can have been queued
            return
        from .dialogs.outbox_view import OutboxView

        view = OutboxView(outbox, self.window.runtime.audit, self.window)
        self.outbox_view = view
        self.window.open_dialog(view)

    def open_history(self) -> None:
        from .dialogs.history_view import HistoryView

        outbox = self.window.runtime.outbox
        view = HistoryView(
            self.window.runtime.audit,
            shift_started=lambda: self.window.services.pipeline.counter.started_at,
            outbox_counts=(lambda: outbox.counts) if outbox is not None else None,
            parent=self.window)
        self.history_view = view
        self.window.open_dialog(view)

    # -- the operator ---------------------------------------------------------------------

    def ask_operator(self) -> None:
        from .dialogs.sign_in import SignInDialog

        dialog = SignInDialog(self.window.settings.operator_name, self.window)
        dialog.textValueSelected.connect(self.set_operator)
        self.sign_in_dialog = dialog
        self.window.open_dialog(dialog)

    def set_operator(self, name: str) -> None:
        """Sign ``name`` in: shown in the header, recorded with every later audit event and
        kept in the settings file for the next start."""
        name = name.strip()
        old = self.window.settings.operator_name
        if name == old:
            return
        window = self.window
        window.settings = window.settings.model_copy(update={"operator_name": name})
        window.update_identity()  # the audit log records under the new name from here
        change = SettingChange("operator_name", old, name)
        try:
            # Into the file as stored, so an environment override is never written to it.
            stored = file_settings()
            stored.operator_name = name
            save_settings(stored)
        except SettingsError as exc:
            log.warning("operator name not saved: %s", exc)
            record_setting_changes(window.runtime.audit, [change], result=FAILED,
                                   detail=str(exc))
            window.statusBar().showMessage(self.tr(
                "Signed in as {name} for now; not saved for the next start: {why}").format(
                    name=name, why=exc), 15_000)
            return
        record_setting_changes(window.runtime.audit, [change], result=OK)
        window.statusBar().showMessage(self.tr("Signed in as {name}.").format(name=name), 10_000)


def install(window: MainWindow) -> ShiftActions:
    """Build the Shift menu for the station window and wire the header to it."""
    actions = ShiftActions(window)
    bar = window.menuBar()
    menu = QMenu(window.tr("Shi&ft"), bar)
    menu.setObjectName("shiftMenu")
    menu.addActions(actions.all())
    # Before Help, which stays last (same translation context: the same title).
    help_title = window.tr("&Help")
    help_action = next((a for a in bar.actions() if a.text() == help_title), None)
    if help_action is not None:
        bar.insertMenu(help_action, menu)
    else:
        bar.addMenu(menu)
    actions.menu = menu
    window.addActions(actions.all())  # shortcuts work even with the menu bar hidden
    window.header.queued_clicked.connect(actions.open_outbox)
    window.header.operator_clicked.connect(actions.ask_operator)
    return actions
