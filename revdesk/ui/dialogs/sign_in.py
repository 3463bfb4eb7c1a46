"""Sign in at the start of a shift: the operator types their name, without the lead's settings.
The name goes with everything recorded in the audit log from then on."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

__all__ = ["SignInDialog"]


class SignInDialog(QInputDialog):
    """Asks for the operator's name; ``textValueSelected`` carries it (stripped by the
    caller). Opened with ``open()``, never ``exec()``: scans keep flowing meanwhile."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Who is working at this station?"))
        self.setLabelText(self.tr("Your name (recorded with everything done at this "
                                  "station from now on):"))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setTextEchoMode(QLineEdit.EchoMode.Normal)
        self.setTextValue(current)
        self.setOkButtonText(self.tr("Sign in"))
