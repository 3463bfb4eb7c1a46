"""The station's two label printers, chosen apart: the carrier-label printer and the
intake-label printer. Each is a printer of this computer (what the OS offers, through
QPrinterInfo), a folder where PDFs are written (a fresh PC with no printer), or a ZPL label
printer (``host:port``, or ``cups:QUEUE`` for a raw CUPS queue), with its label stock and
dpi, and a test print. The same boxes sit in Settings and in Labels → Label printers…."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from revdesk.config import PRINTER_ROLES, PrinterKind, PrinterRole, PrinterSettings, SettingsError
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

from .. import theme
from ..actions import no_access_key
from ..screen_fit import grow_to_contents, keep_on_screen, wrap_long_rows

if TYPE_CHECKING:
    from ..printing import LabelPrinter

log = logging.getLogger(__name__)

__all__ = ["PrinterProfileEditor", "PrinterProfilesBox", "PrintersDialog"]

KINDS: tuple[PrinterKind, ...] = ("system", "folder", "zpl")
#: The process id on a test label: no return has it, and it reads as what it is.
TEST_ID = "TEST-PRINT"


class PrinterProfileEditor(QGroupBox):
    """One role's printer profile as the lead edits it."""

    def __init__(self, role: PrinterRole, profile: PrinterSettings, os_printers: list[str],
                 parent: QWidget | None = None) -> None:
        title = (translate("PrinterProfileEditor", "Carrier labels") if role == "carrier"
                 else translate("PrinterProfileEditor", "Intake labels"))
        super().__init__(title, parent)
        self.role = role
        self.setObjectName(f"{role}Printer")
        self.kind = QComboBox(self)
        self.kind.setObjectName(f"{role}PrinterKind")
        for kind, text in (("system", translate("PrinterProfileEditor", "A printer of this computer")),
                           ("folder", translate("PrinterProfileEditor", "A folder (PDF files)")),
                           ("zpl", translate("PrinterProfileEditor", "A ZPL label printer (Zebra)"))):
            self.kind.addItem(text, kind)
        self.printer_name = QComboBox(self)
        self.printer_name.setObjectName(f"{role}PrinterName")
        for name in os_printers:
            self.printer_name.addItem(name, name)
        if profile.name and profile.name not in os_printers:
            # Kept even when the OS does not offer it now (switched off, not shared yet).
            self.printer_name.addItem(translate("PrinterProfileEditor", "{name} (not found now)").format(
                name=profile.name), profile.name)
        if not self.printer_name.count():
            self.printer_name.addItem(translate("PrinterProfileEditor", "(this computer has no printer)"), "")
        self.printer_name.setCurrentIndex(max(0, self.printer_name.findData(profile.name)))
        self.folder = QLineEdit(profile.folder, self)
        self.folder.setObjectName(f"{role}PrinterFolder")
        self.folder.setPlaceholderText(str(Path.home() / "labels"))
        browse = QPushButton(translate("PrinterProfileEditor", "Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.zpl_address = QLineEdit(profile.zpl_address, self)
        self.zpl_address.setObjectName(f"{role}PrinterAddress")
        self.zpl_address.setPlaceholderText(translate("PrinterProfileEditor",
                                                      "zebra-1:9100, or cups:QUEUE"))
        self.where = QStackedWidget(self)
        for widget in (self.printer_name, folder_row, self.zpl_address):
            self.where.addWidget(widget)
        self.label_size = QComboBox(self)
        self.label_size.setObjectName(f"{role}LabelSize")
        for size, text in (("4x6", translate("PrinterProfileEditor", "4x6 in (101.6 x 152.4 mm)")),
                           ("A6", "A6"),
                           ("custom", translate("PrinterProfileEditor", "Custom size"))):
            self.label_size.addItem(text, size)
        self.label_size.setCurrentIndex(self.label_size.findData(profile.label_size))
        self.dpi = QComboBox(self)
        self.dpi.setObjectName(f"{role}LabelDpi")
        for dpi in (203, 300):
            self.dpi.addItem(translate("PrinterProfileEditor", "{dpi} dpi").format(dpi=dpi), dpi)
        self.dpi.setCurrentIndex(self.dpi.findData(profile.dpi))
        self.test = QPushButton(translate("PrinterProfileEditor", "Test print"), self)
        self.test.setObjectName(f"{role}TestPrint")
        self.result = QLabel(self)
        self.result.setObjectName(f"{role}TestResult")
        self.result.setWordWrap(True)
        theme.plain_text(self.result)
        self._custom = (profile.custom_width_mm, profile.custom_height_mm)
        self._original = profile

        kind = profile.kind
        if not profile.chosen and not os_printers:
            # A fresh PC with no printer: a folder of PDFs is what can work today.
            kind = "folder"
        self.kind.currentIndexChanged.connect(
            lambda index: self.where.setCurrentIndex(index))
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.where.setCurrentIndex(KINDS.index(kind))

        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        wrap_long_rows(form)
        # No access keys on the fields: the two boxes sit side by side (and beside the
        # rest of Settings), so each Alt+letter would be there twice (QA of issue 19, L12).
        # Tab goes through them.
        form.addRow(no_access_key(translate("PrinterProfileEditor", "&Prints on:")), self.kind)
        form.addRow(no_access_key(translate("PrinterProfileEditor", "&Which:")), self.where)
        form.addRow(no_access_key(translate("PrinterProfileEditor", "Label &stock:")),
                    self.label_size)
        form.addRow(no_access_key(translate("PrinterProfileEditor", "&Resolution:")), self.dpi)
        # Its own line under the button, the box's whole width, out of the form (whose
        # height for a wrapped row falls short): beside the button, one line high, a
        # Spanish or French result was cut top and bottom (QA of issue 19, L11/L18).
        outer.addWidget(self.test, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.result)

    def _browse(self) -> None:
        dialog = QFileDialog(self, translate("PrinterProfileEditor", "Folder for the label PDFs"),
                             self.folder.text() or str(Path.home()))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def profile(self) -> PrinterSettings:
        """The profile as entered; ValueError with a message for the lead when it cannot
        be one (a ZPL address that is no address, a folder that cannot be made)."""
        from revdesk.domain.printer_profiles import CUPS_QUEUE_PREFIX
        from revdesk.domain.zpl_printer import PrinterAddressError, parse_printer_address

        kind: PrinterKind = self.kind.currentData()
        address = self.zpl_address.text().strip()
        folder = self.folder.text().strip()
        which = (translate("PrinterProfileEditor", "carrier") if self.role == "carrier"
                 else translate("PrinterProfileEditor", "intake"))
        if kind == "zpl" and address and not address.lower().startswith(CUPS_QUEUE_PREFIX):
            try:
                address = str(parse_printer_address(address))
            except PrinterAddressError as exc:
                raise ValueError(f"{which}: {exc.operator_message}") from None
        if kind == "folder" and folder:
            path = Path(folder).expanduser()
            try:
                path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ValueError(translate("PrinterProfileEditor", "The {which} label folder "
                                           "{folder} cannot be made: {why}.").format(
                    which=which, folder=folder, why=exc.strerror or exc)) from None
            folder = str(path)
        entered = PrinterSettings(kind=kind, name=self.printer_name.currentData() or "",
                                  folder=folder, zpl_address=address,
                                  label_size=self.label_size.currentData(),
                                  custom_width_mm=self._custom[0],
                                  custom_height_mm=self._custom[1],
                                  dpi=self.dpi.currentData())
        if not entered.chosen:
            # Nothing chosen (the kind offered by itself, left empty): no change to record.
            entered = entered.model_copy(update={"kind": self._original.kind})
        return entered


class PrinterProfilesBox(QWidget):
    """Both roles' editors, the automatic intake label, and their test prints."""

    #: A test print's result was shown: the dialog holding the box makes room for its lines.
    result_shown = Signal()

    def __init__(self, store: SettingsStore, printer: Callable[[], LabelPrinter],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..printing import os_printers

        self.store = store
        self._printer = printer
        names, _default = os_printers()
        stored = store.stored
        self.editors = {role: PrinterProfileEditor(role, stored.printer_for(role), names, self)
                        for role in PRINTER_ROLES}
        # Short enough for half a 1024 px screen (Settings' second column); the whole
        # rule in its tooltip.
        self.auto_intake = QCheckBox(
            translate("PrinterProfilesBox", "Print an intake label for each parcel received"),
            self)
        self.auto_intake.setToolTip(translate(
            "PrinterProfilesBox", "Print the intake label after each parcel received "
            "(IN_WAREHOUSE confirmed)"))
        self.auto_intake.setObjectName("autoIntakeLabel")
        self.auto_intake.setChecked(stored.auto_intake_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for role, editor in self.editors.items():
            layout.addWidget(editor)
            editor.test.clicked.connect(lambda _checked=False, r=role: self._start_test(r))
        layout.addWidget(self.auto_intake)
        self._tests: set[asyncio.Future[str]] = set()

    def fields(self) -> dict[str, Any]:
        """The settings fields as entered (ValueError with a message when one is wrong)."""
        return {"carrier_printer": self.editors["carrier"].profile(),
                "intake_printer": self.editors["intake"].profile(),
                "auto_intake_label": self.auto_intake.isChecked()}

    def _start_test(self, role: PrinterRole) -> None:
        task = asyncio.ensure_future(self.test_print(role))
        self._tests.add(task)
        task.add_done_callback(self._tests.discard)

    async def test_print(self, role: PrinterRole) -> str:
        """Print a test label on the profile as entered (not yet saved); the result, in
        words, is shown beside the button and returned."""
        from revdesk.domain.intake_label import IntakeInfo
        from revdesk.domain.printer_profiles import LabelItem

        from ..label_actions import job_message
        from ..printing import PrintError

        editor = self.editors[role]
        editor.test.setEnabled(False)
        try:
            profile = editor.profile()
            info = IntakeInfo(TEST_ID, order_number="test print", customer_name=profile.describe(),
                              status="TEST", station=self.store.current.station_name)
            report = await self._printer().print(role, [LabelItem(TEST_ID, intake=info)],
                                                 profile=profile, remember=False)
            text = job_message(report, translate("PrinterProfilesBox", "Test label"))
        except (ValueError, PrintError) as exc:
            text = translate("PrinterProfilesBox", "Test print failed: {why}").format(
                why=getattr(exc, "operator_message", str(exc)))
        except Exception as exc:  # the lead sees it; the log keeps the details
            log.exception("test print on the %s printer", role)
            text = translate("PrinterProfilesBox", "Test print failed: {why}").format(
                why=type(exc).__name__)
        finally:
            editor.test.setEnabled(True)
        editor.result.setText(text)
        self.result_shown.emit()
        return text


class PrintersDialog(QDialog):
    """Labels → Label printers…: the two profiles alone, saved through the store."""

    def __init__(self, store: SettingsStore, printer: LabelPrinter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printersDialog")
        keep_on_screen(self)
        self.setWindowTitle(translate("PrintersDialog", "Label printers"))
        self.store = store
        self.box = PrinterProfilesBox(store, lambda: printer, self)
        self.error = QLabel(self)
        self.error.setObjectName("printersError")
        self.error.setWordWrap(True)
        theme.plain_text(self.error)
        self.error.setStyleSheet(f"color: {theme.ERROR_BG}; font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.box.result_shown.connect(lambda: grow_to_contents(self))

    def save(self) -> None:
        try:
            self.store.update(**self.box.fields())
        except (ValueError, SettingsError) as exc:
            self.error.setText(str(exc))
            return
        self.accept()
