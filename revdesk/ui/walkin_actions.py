"""Returns → Walk-in return…: the dialog that starts a walk-in customer's return and prints
its slip on the intake printer (the label actions' printer, so Labels → Reprint last label
reprints it too). Given the core's walk-in service, the settings and the printer; the
window places :attr:`WalkinActions.walkin` in its Returns menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from revdesk.domain.walkin import WalkinService
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

from .actions import make_action
from .operations import Operations

if TYPE_CHECKING:
    from .dialogs.walkin import WalkinDialog
    from .printing import LabelPrinter


class WalkinActions(QObject):
    """``message`` carries a one-line result for the window's status line."""

    message = Signal(str)

    def __init__(self, service: WalkinService, *, settings: SettingsStore,
                 operations: Operations, printer: Callable[[], LabelPrinter],
                 open_dialog: Callable[[QDialog], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self.operations = operations
        self._printer = printer
        self._open_dialog = open_dialog
        self._parent = parent
        self.dialog: WalkinDialog | None = None
        self.walkin = make_action(parent, translate("WalkinActions", "&Walk-in return…"),
                                  "walkinReturn", self.open_walkin)
        self.walkin.setToolTip(translate(
            "WalkinActions", "Start a return for a customer at the desk and print their slip"))

    def all(self) -> list[QAction]:
        return [self.walkin]

    def open_walkin(self) -> None:
        from .dialogs.walkin import WalkinDialog  # opened on demand

        dialog = WalkinDialog(self.service, self.operations, settings=self.settings,
                              printer=self._printer, parent=self._parent)
        # What became of the slip, not the start alone: "give the customer the slip" when
        # none was printed sent them away without it (QA of issue 19, L14).
        dialog.told.connect(self.message.emit)
        self.dialog = dialog
        self._open_dialog(dialog)
