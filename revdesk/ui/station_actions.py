"""The Station and Help menus: the lead's settings, muting, the shift counter, the keyboard
shortcuts, About and quitting. :class:`StationActions` returns its menus for the window to place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from revdesk.core import StationCore
from revdesk.i18n import translate

from .actions import make_action
from .feedback import SoundPlayer
from .scan_panel import ScanPanel

if TYPE_CHECKING:  # opened on demand, not on the way to the first paint
    from .dialogs.settings import SettingsDialog
    from .operations import Operations
    from .printing import LabelPrinter


class StationActions(QObject):
    """``quit`` closes the window (the app's one shutdown path); ``shortcut_actions`` lists
    the actions whose keys the help shows."""

    def __init__(self, core: StationCore, *, scan_panel: ScanPanel, sounds: SoundPlayer,
                 open_dialog: Callable[[QDialog], None], quit: Callable[[], object],
                 shortcut_actions: Callable[[], Sequence[QAction]], parent: QWidget,
                 ops: Operations | None = None,
                 printer: Callable[[], LabelPrinter] | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.scan_panel = scan_panel
        self._sounds = sounds
        self._open_dialog = open_dialog
        self._shortcut_actions = shortcut_actions
        self._parent = parent
        self.settings_dialog: SettingsDialog | None = None
        self.settings = make_action(parent, translate("StationActions", "&Settings…"), "settings",
                                    self.open_settings, "Ctrl+,")
        # Ctrl+M is the manual logistic order.
        self.mute = make_action(
            parent, translate("StationActions", "&Mute sounds"), "mute", None, "Ctrl+Shift+M"
        )
        self.mute.setCheckable(True)
        self.mute.setChecked(sounds.muted)
        self.mute.toggled.connect(sounds.set_muted)
        self.reset_counter = make_action(
            parent,
            translate("StationActions", "Reset the shift &counter"),
            "resetCounter",
            self.reset_shift_counter,
        )
        self.shortcuts = make_action(
            parent,
            translate("StationActions", "&Keyboard shortcuts"),
            "shortcuts",
            self.show_shortcuts,
            "Ctrl+/",
        )
        self.about = make_action(
            parent, translate("StationActions", "&About revdesk"), "about", self.show_about
        )
        # No access key: a scanner's "Q" with the menu open quit the station (QA F17).
        self.quit = make_action(parent, translate("StationActions", "Quit"), "quit", quit,
                                "Ctrl+Q")
        # Revers.io (issue 17 D): an order's status, a walk-in order, the self-care slip.
        self._ops, self._printer = ops, printer
        self.reversio = make_action(parent, translate("StationActions", "&Revers.io…"),
                                    "reversio", self.open_reversio)
        self.reversio.setEnabled(ops is not None)

    def all(self) -> list[QAction]:
        return [self.settings, self.mute, self.reset_counter, self.reversio, self.shortcuts,
                self.about, self.quit]

    def station_menu(self, parent: QWidget) -> QMenu:
        """The Station menu (object name ``stationMenu``)."""
        menu = QMenu(translate("StationActions", "&Station"), parent)
        menu.setObjectName("stationMenu")
        menu.addActions([self.settings, self.mute, self.reset_counter])
        menu.addSeparator()
        menu.addAction(self.reversio)
        menu.addSeparator()
        menu.addAction(self.quit)
        return menu

    def help_menu(self, parent: QWidget) -> QMenu:
        """The Help menu (object name ``helpMenu``), the last of the bar."""
        menu = QMenu(translate("StationActions", "&Help"), parent)
        menu.setObjectName("helpMenu")
        menu.addActions([self.shortcuts, self.about])
        return menu

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.core.settings, self._parent,
                                sounds_off=self._sounds.off_reason)
        self.settings_dialog = dialog
        self._open_dialog(dialog)

    def open_reversio(self) -> None:
        from .dialogs.reversio import ReversioDialog  # opened on demand

        assert self._ops is not None
        self._open_dialog(ReversioDialog(self.core.reversio, self._ops, printer=self._printer,
                                         parent=self._parent))

    def reset_shift_counter(self) -> None:
        """A new shift from now (recorded in the audit log: a restart keeps it)."""
        self.core.shift.start_by_hand()

    def show_shortcuts(self) -> None:
        """Help → Keyboard shortcuts: a table of key | what it does. A monospaced text
        padded to 22 characters wrapped the longer keys into the description column."""
        rows = []
        for action in self._shortcut_actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((keys, action.text().replace("&", "")))
        from .dialogs.shortcuts import ShortcutsDialog  # opened on demand

        self._open_dialog(ShortcutsDialog(rows, self._parent))

    def show_about(self) -> None:
        """Help → About: version, folders, log file, API address; copy diagnostics."""
        from .dialogs.about import AboutDialog  # opened on demand

        self._open_dialog(AboutDialog(self.core, self._parent))
