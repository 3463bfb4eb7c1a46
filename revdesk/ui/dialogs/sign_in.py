"""Sign in at the start of a shift: the operator types their name, without the lead's settings.
The name goes with everything recorded in the audit log from then on.

A scanner's burst never gets here (ui/scan_catcher.py takes it to the scan pipeline); a
parcel's barcode typed more slowly (a scanner set to a long key delay, or typed by hand)
is refused as a name all the same: the dialog stays open and says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QWidget

from revdesk.i18n import translate
from revdesk.ui.screen_fit import keep_on_screen

__all__ = ["SignInDialog"]


class SignInDialog(QInputDialog):
    """Asks for the operator's name; ``textValueSelected`` carries it (stripped by the
    caller). Opened with ``open()``, never ``exec()``: scans keep flowing meanwhile.
    ``names_a_parcel`` tells a parcel's barcode from a name."""

    def __init__(self, current: str, parent: QWidget | None = None, *,
                 names_a_parcel: Callable[[str], bool] = lambda _text: False) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        keep_on_screen(self)
        self.names_a_parcel = names_a_parcel
        self.setWindowTitle(translate("SignInDialog", "Who is working at this station?"))
        self.prompt = translate("SignInDialog", "Your name (recorded with everything done at this "
                              "station from now on):")
        self.setLabelText(self.prompt)
        for label in self.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setTextEchoMode(QLineEdit.EchoMode.Normal)
        self.setTextValue(current)
        self.setOkButtonText(translate("SignInDialog", "Sign in"))

    def done(self, result: int) -> None:
        text = self.textValue().strip()
        if result == QDialog.DialogCode.Accepted and text and self.names_a_parcel(text):
            self.setLabelText(translate("SignInDialog", "“{text}” is a parcel's barcode, not a name: nobody "
                                      "was signed in. Type your name:").format(text=text[:40]))
            self.setTextValue("")
            return
        super().done(result)
