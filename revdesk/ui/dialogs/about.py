"""Help → About: the version, where the station keeps its data and its log, the API address
it talks to (never the key), and "Copy diagnostics" for a support call."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from revdesk import __version__, diagnostics
from revdesk.config import data_dir, load_api_key
from revdesk.core import StationCore
from revdesk.i18n import translate

from .. import theme
from ..screen_fit import keep_on_screen


class AboutDialog(QDialog):
    def __init__(self, core: StationCore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutBox")
        keep_on_screen(self)
        self.setWindowTitle(translate("AboutDialog", "About revdesk"))
        self.core = core
        api = self.api_address()
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, caption, value in (
                ("version", translate("AboutDialog", "Version"), __version__),
                ("data", translate("AboutDialog", "Data folder"), str(data_dir())),
                ("log", translate("AboutDialog", "Log file"), str(diagnostics.log_file())),
                ("api", translate("AboutDialog", "API address"), api)):
            label = QLabel(value, self)
            label.setObjectName(f"about_{key}")
            # Selectable, to paste a path into a file manager; plain text: a path or an
            # address from the settings is never markup.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            theme.plain_text(label)
            form.addRow(caption, label)
            self.fields[key] = label
        self.copy_button = QPushButton(translate("AboutDialog", "&Copy diagnostics"), self)
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setToolTip(translate("AboutDialog",
            "Version, Python and Qt versions, the settings (never the API key) and the last "
            "errors of the log, to paste into a message to support."))
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.copied = QLabel("", self)
        self.copied.setObjectName("aboutCopied")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        title = QLabel(translate("AboutDialog", "revdesk — the returns-desk station for REVER"), self)
        title.setFont(theme.font(13, bold=True))
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def api_address(self) -> str:
        if self.core.is_sandbox:
            return translate("AboutDialog", "the built-in sandbox (no API key set)")
        return self.core.settings.current.api_url or self.core.backend_label

    def diagnostics(self) -> str:
        settings = self.core.settings.current
        try:
            key = load_api_key(settings.api_url)
        except Exception:  # a key the station refuses: then it was never sent either
            key = None
        return diagnostics.diagnostics_text(
            settings=settings, backend=self.api_address(), qt_version=qVersion(),
            pyside_version=PySide6.__version__,
            secrets=[key.get_secret_value()] if key is not None else [])

    def copy_diagnostics(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.diagnostics())
        self.copied.setText(translate("AboutDialog", "Copied: paste it into your message to support."))
