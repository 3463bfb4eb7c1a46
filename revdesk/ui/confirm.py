"""One way to ask the operator before something that cannot be taken back lightly (a bulk
change, a CANCELED scan, undoing an old scan): a message box whose safe answer is the
default, so the Enter a scanner sends (or a person presses out of habit) never says yes.
Opened with ``open()``: scans and deliveries go on meanwhile, and a scanner's burst in
the box goes to the scan pipeline (ui/scan_catcher.py), never to its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class Confirmation(QMessageBox):
    """``yes`` is the explicit button that names what happens; ``no`` the default one."""

    def __init__(self, parent: QWidget | None, *, title: str, text: str, yes: str, no: str,
                 on_yes: Callable[[], object], name: str = "confirmation") -> None:
        super().__init__(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                         parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)  # ids and names come from REVER
        self.yes_button: QPushButton = self.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        self.no_button: QPushButton = self.addButton(no, QMessageBox.ButtonRole.RejectRole)
        self.yes_button.setObjectName("confirmYes")
        self.no_button.setObjectName("confirmNo")
        self.yes_button.setAutoDefault(False)
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)
        self._on_yes = on_yes
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.yes_button:
            self._on_yes()
