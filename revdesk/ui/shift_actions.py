"""The Shift menu of the station window: who is working (sign in), the shelf of parcels to
pull back (also the red strip under the header), the outbox view (also a click on the
header's queued counter) and the history with its shift summary.

:class:`ShiftActions` builds the actions and :meth:`ShiftActions.menu`; the window places
them and wires its header to :meth:`open_outbox` and :meth:`ask_operator`. The operator's
name is saved through the settings store, which tells the window and the audit log.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from revdesk.config import SettingsError
from revdesk.core import StationCore
from revdesk.i18n import translate

from .actions import make_action
from .bridge import CoreBridge
from .feedback import SoundPlayer
from .shelf_banner import ShelfBanner, ShelfWatch
from .shift_count import ShiftCountLabel

# The views are imported when first opened, not on the way to the window's first paint.
if TYPE_CHECKING:
    from revdesk.domain.audit import Event

    from .dialogs.history_view import HistoryView
    from .dialogs.outbox_view import OutboxView
    from .dialogs.shelf_view import ShelfView
    from .dialogs.sign_in import SignInDialog

log = logging.getLogger(__name__)

__all__ = ["ShiftActions"]

#: Neither is taken by QLineEdit (the scan box has the focus all day), unlike Ctrl+U or
#: Ctrl+K, which it keeps for itself on Linux.
OUTBOX_SHORTCUT = "Ctrl+J"
SHELF_SHORTCUT = "Ctrl+Shift+J"
HISTORY_SHORTCUT = "Ctrl+H"


class ShiftActions(QObject):
    """``message`` carries a one-line result for the status bar; ``open_dialog`` opens a
    view window-modal, without a nested event loop."""

    message = Signal(str)

    def __init__(self, core: StationCore, bridge: CoreBridge, *,
                 open_dialog: Callable[[QDialog], None], parent: QWidget,
                 counter_label: QLabel | None = None, shelf_banner: ShelfBanner | None = None,
                 sounds: SoundPlayer | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.bridge = bridge
        self.parent_widget = parent
        self._open_dialog = open_dialog
        self.outbox_view: OutboxView | None = None
        self.shelf_view: ShelfView | None = None
        self.history_view: HistoryView | None = None
        #: Given by the window: prints again the label of a history print event.
        self.reprint_label: Callable[[Event], None] | None = None
        self.sign_in_dialog: SignInDialog | None = None
        window = self.parent_widget
        self.sign_in = make_action(window, translate("ShiftActions", "Sign &in as operator…"), "signIn",
                                   self.ask_operator)
        self.show_outbox = make_action(window, translate("ShiftActions", "&Outbox: changes not sent yet…"),
                                       "showOutbox", self.open_outbox, OUTBOX_SHORTCUT)
        self.show_outbox.setEnabled(core.outbox is not None)
        self.show_shelf = make_action(
            window,
            translate("ShiftActions", "Parcels to &pull back…"),
            "showShelf",
            self.open_shelf,
            SHELF_SHORTCUT,
        )
        self.show_shelf.setEnabled(core.outbox is not None)
        #: The red strip while parcels wait to be pulled back.
        self.shelf_watch = (
            ShelfWatch(core, bridge, shelf_banner, sounds, self) if shelf_banner is not None else None
        )
        if shelf_banner is not None:
            shelf_banner.open_clicked.connect(self.open_shelf)
        self.show_history = make_action(
            window,
            translate("ShiftActions", "&History and shift summary…"),
            "showHistory",
            self.open_history,
            HISTORY_SHORTCUT,
        )
        #: "Scanned this shift", kept true to the audit log.
        self.shift_count = (
            ShiftCountLabel(core.shift, bridge, counter_label, self) if counter_label is not None else None
        )

    def all(self) -> list[QAction]:
        return [self.sign_in, self.show_shelf, self.show_outbox, self.show_history]

    def menu(self, parent: QWidget) -> QMenu:
        """The Shift menu (object name ``shiftMenu``)."""
        menu = QMenu(translate("ShiftActions", "Shi&ft"), parent)
        menu.setObjectName("shiftMenu")
        menu.addActions(self.all())
        return menu

    # -- views ----------------------------------------------------------------------------

    def open_outbox(self) -> None:
        outbox = self.core.outbox
        if outbox is None:  # not connected: nothing can have been queued
            return
        from .dialogs.outbox_view import OutboxView

        view = OutboxView(outbox, self.bridge, self.core.audit, self.parent_widget,
                          index=self.core.index,
                          account_of=(self.core.account_of
                                      if len(self.core.account_names) > 1 else None))
        self.outbox_view = view
        self._open_dialog(view)

    def open_shelf(self) -> None:
        if self.core.outbox is None:  # not connected: nothing can have been refused
            return
        from .dialogs.shelf_view import ShelfView

        view = ShelfView(self.core, self.bridge, self.parent_widget)
        if self.shelf_watch is not None:
            view.changed.connect(self.shelf_watch.refresh)
        self.shelf_view = view
        self._open_dialog(view)

    def open_history(self) -> None:
        from .dialogs.history_view import HistoryView

        outbox = self.core.outbox
        view = HistoryView(
            self.core.audit,
            shift_started=self.core.shift.started_at,
            outbox_counts=(lambda: outbox.counts) if outbox is not None else None,
            reprint=self.reprint_label,
            parent=self.parent_widget,
            load_when_shown=True,
        )
        self.history_view = view
        self._open_dialog(view)

    # -- the operator ---------------------------------------------------------------------

    def ask_operator(self) -> None:
        from .dialogs.sign_in import SignInDialog

        dialog = SignInDialog(
            self.core.settings.current.operator_name,
            self.parent_widget,
            names_a_parcel=self.core.pipeline.names_a_parcel,
        )
        dialog.textValueSelected.connect(self.set_operator)
        self.sign_in_dialog = dialog
        self._open_dialog(dialog)

    def set_operator(self, name: str) -> None:
        """Sign ``name`` in: shown in the header, recorded with every later audit event and
        kept in the settings file for the next start (the store tells the header and the
        audit log; it records the change, or its failure)."""
        name = name.strip()
        unsaved: SettingsError | None = None
        if name != self.core.settings.current.operator_name:
            try:
                # Signed in for this run even if the file cannot be written.
                self.core.settings.update(operator_name=name, _keep_unsaved=True)
            except SettingsError as exc:
                unsaved = exc
        if name:
            # After the update, so that it is recorded under the new name; the same
            # operator signing in again (the next day) starts a new shift all the same.
            self.core.shift.signed_in(name)
        if unsaved is not None:
            self.message.emit(
                translate(
                    "ShiftActions", "Signed in as {name} for now; not saved for the next start: {why}"
                ).format(name=name, why=unsaved)
            )
            return
        self.message.emit(translate("ShiftActions", "Signed in as {name}.").format(name=name))
