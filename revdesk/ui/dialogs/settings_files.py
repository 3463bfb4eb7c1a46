"""Settings' "Export settings…" and "Import settings…": the shared settings to a JSON file
without any key, and such a file onto this station after the lead has seen what would
change (``revdesk/settings_transfer.py`` holds the rules; the store writes)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton

from revdesk.config import SettingsError
from revdesk.i18n import QT_TRANSLATE_NOOP, translate
from revdesk.settings_store import SettingsStore
from revdesk.settings_transfer import (
    ImportPlan,
    TransferError,
    apply_import,
    describe_changes,
    export_settings,
    plan_import,
    read_import,
)

from .. import theme

log = logging.getLogger(__name__)

#: The changes listed in the confirmation at most; the rest are counted.
SHOWN_CHANGES = 25
FILE_FILTER = QT_TRANSLATE_NOOP("SettingsDialog", "revdesk settings (*.json)")


class SettingsFiles(QObject):
    """The two buttons and the line that says what they did, for the settings dialog."""

    def __init__(self, dialog: QDialog, store: SettingsStore) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.store = store
        self.export_button = QPushButton(
            translate("SettingsDialog", "E&xport settings…"), dialog)
        self.export_button.setObjectName("exportSettings")
        self.export_button.setToolTip(translate(
            "SettingsDialog", "Save the settings stations share to a file, for other "
            "stations: no key, no station name, operator or printer"))
        self.import_button = QPushButton(
            translate("SettingsDialog", "&Import settings…"), dialog)
        self.import_button.setObjectName("importSettings")
        self.import_button.setToolTip(translate(
            "SettingsDialog", "Apply a file exported on another station; this station keeps "
            "its name, operator, printers and keys"))
        self.result = QLabel(dialog)
        self.result.setObjectName("settingsFilesResult")
        self.result.setWordWrap(True)
        theme.plain_text(self.result)
        self.result.setVisible(False)
        self.confirm: QMessageBox | None = None
        self.export_button.clicked.connect(self._choose_export)
        self.import_button.clicked.connect(self._choose_import)

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))

    # -- export ---------------------------------------------------------------------------

    def _choose_export(self) -> None:
        chooser = QFileDialog(self.dialog, translate("SettingsDialog", "Export settings"),
                              str(Path.home() / "revdesk-settings.json"),
                              translate("SettingsDialog", FILE_FILTER))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("json")
        chooser.fileSelected.connect(lambda name: self.export_to(Path(name)))
        chooser.open()

    def export_to(self, path: Path) -> bool:
        """Write the stored settings' shared part to ``path``; says what happened."""
        try:
            export_settings(self.store, path)
        except TransferError as exc:
            self._say(str(exc))
            return False
        self._say(translate(
            "SettingsDialog", "Exported to {path}: no key, station name, operator or printer "
            "in it. Settings not saved yet are not in it either.").format(path=path))
        return True

    # -- import ---------------------------------------------------------------------------

    def _choose_import(self) -> None:
        chooser = QFileDialog(self.dialog, translate("SettingsDialog", "Import settings"),
                              str(Path.home()), translate("SettingsDialog", FILE_FILTER))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(lambda name: self.import_from(Path(name)))
        chooser.open()

    def import_from(self, path: Path) -> ImportPlan | None:
        """Read ``path`` and ask before applying it (the answer arrives in :meth:`_answered`);
        a file that cannot be used is said, and nothing changes."""
        try:
            plan = plan_import(self.store.stored, read_import(path))
        except TransferError as exc:
            self._say(str(exc))
            return None
        if not plan.changes:
            self._say("\n".join(describe_changes(plan)))
            return plan
        lines = describe_changes(plan)
        shown = lines[:SHOWN_CHANGES]
        changes = len(plan.changes)  # bare names: lupdate drops a count given as an expression
        if changes > SHOWN_CHANGES:
            more = changes - SHOWN_CHANGES
            shown.append(translate("SettingsDialog", "…and %n more.", "", more))
            shown += lines[len(plan.changes):]  # what is kept, what is needed
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("SettingsDialog", "Import settings"),
                          translate("SettingsDialog", "Apply %n change(s) from {path}? They "
                                    "are saved at once, and edits not saved in this dialog "
                                    "are dropped.", "", changes).format(
                                        path=path.name),
                          QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel,
                          self.dialog)
        box.setObjectName("importConfirm")
        box.setDetailedText("\n".join(shown))
        box.setInformativeText("\n".join(shown[:8]))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda answer: self._answered(plan, answer))
        self.confirm = box
        box.open()
        return plan

    def _answered(self, plan: ImportPlan, answer: int) -> None:
        self.confirm = None
        if answer != QMessageBox.StandardButton.Apply.value:
            self._say(translate("SettingsDialog", "Import cancelled: nothing was changed."))
            return
        self.apply(plan)

    def apply(self, plan: ImportPlan) -> bool:
        try:
            apply_import(self.store, plan)
        except SettingsError as exc:
            self._say(str(exc))
            return False
        log.info("settings imported: %d change(s)", len(plan.changes))
        # The form shows the settings as they were: closed as saved, the next opening
        # shows the imported ones.
        saved = getattr(self.dialog, "saved", None)
        if saved is not None:
            saved.emit()
        self.dialog.accept()
        return True
