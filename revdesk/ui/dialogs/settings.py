"""The lead's settings: REVER's address, key and e-commerce or group with a connection test,
the Storefront and merchant platforms, the walk-in's returns page and the Revers.io
accounts (``settings_connection.py``, ``reversio_accounts.py``; keys go to the OS
credential store, never to a file), station and operator names, language, sounds, scanner
clean-up with a live try-out, the default scan action, the two label printers (carrier and
intake labels) with their stock, dpi and a test print, the warehouse's address, and the
export / import of the shared settings (``settings_files.py``).
Saved through the settings store, which tells the window, the labels and the audit log."""

from __future__ import annotations

import logging
import os
import re
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from revdesk.account_setup import accounts_problem
from revdesk.api import errors
from revdesk.api.models import Address
from revdesk.api.transport import check_url
from revdesk.config import (
    ENV_API_KEY,
    ENV_API_URL,
    ENV_ECOMMERCE_ID,
    ENV_MERCHANT_KEY,
    ENV_MERCHANT_URL,
    ENV_RETURNS_PORTAL_URL,
    ENV_REVERSIO_SECRET,
    ENV_REVERSIO_SUBSCRIPTION_KEY,
    ENV_REVERSIO_URL,
    ENV_STOREFRONT_URL,
    ScanSettings,
    SettingsError,
    StationSettings,
    apply_env,
)
from revdesk.domain.scanning import LOOKUP, SCAN_ACTIONS, ScanCleaner, visible_raw
from revdesk.i18n import LANGUAGES, translate
from revdesk.settings_store import SettingsStore

from .. import theme
from ..actions import no_access_key
from ..scan_catcher import SCAN_AWARE
from ..screen_fit import FormScroll, keep_on_screen, room_for_hint, wrap_long_rows
from .logistics_forms import AddressForm
from .printers import PrinterProfilesBox
from .rever_accounts import ReverAccountsDialog
from .reversio_accounts import ReversioAccountsDialog
from .settings_connection import ConnectionBox, PlatformsBox
from .settings_files import SettingsFiles

if TYPE_CHECKING:
    from ..printing import LabelPrinter

log = logging.getLogger(__name__)

#: Offered as a starting point: the sandbox's (and REVER's demo) process ids.
SUGGESTED_PATTERN = r"RP-\d{6}"
#: The environment variables that win over what Settings saves, for this run.
OVERRIDES = (ENV_API_URL, ENV_API_KEY, ENV_ECOMMERCE_ID, ENV_STOREFRONT_URL, ENV_MERCHANT_URL,
             ENV_MERCHANT_KEY, ENV_RETURNS_PORTAL_URL, ENV_REVERSIO_URL,
             ENV_REVERSIO_SUBSCRIPTION_KEY, ENV_REVERSIO_SECRET)


class SettingsDialog(QDialog):
    """Edits the file's settings (never the environment's overrides) and saves them with
    the store. ``saved`` fires once they are saved; the store has told everyone by then."""

    saved = Signal()

    def __init__(self, store: SettingsStore, parent: QWidget | None = None, *,
                 sounds_off: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.store = store
        self.setWindowTitle(translate("SettingsDialog", "Station settings"))
        stored = store.stored

        self.connection = ConnectionBox(stored, self)
        # The fields by their old names: the window's tests and the save read them here.
        self.api_url = self.connection.api_url
        self.api_key = self.connection.api_key
        self.ecommerce_id = self.connection.ecommerce_id
        self.ecommerce_group = self.connection.ecommerce_group
        self.platforms = PlatformsBox(stored, self)
        self.accounts_dialog: ReversioAccountsDialog | None = None
        self.platforms.reversio_button.clicked.connect(self.open_reversio_accounts)
        self.account_name = self.connection.account_name
        self.rever_accounts_dialog: ReverAccountsDialog | None = None
        self.connection.more_accounts_button.clicked.connect(self.open_rever_accounts)
        self.env_note = QLabel(self)
        self.env_note.setObjectName("envNote")
        self.env_note.setWordWrap(True)
        overridden = [name for name in OVERRIDES if os.environ.get(name, "").strip()]
        if overridden:
            self.env_note.setText(translate(
                "SettingsDialog",
                "Set for this run by the environment (wins over what you save here): {names}"
            ).format(names=", ".join(overridden)))
        self.env_note.setVisible(bool(overridden))

        self.station_name = QLineEdit(stored.station_name, self)
        self.station_name.setObjectName("stationName")
        self.operator_name = QLineEdit(stored.operator_name, self)
        self.operator_name.setObjectName("operatorName")

        self.strip_prefix = QLineEdit(stored.scan.strip_prefix, self)
        self.strip_suffix = QLineEdit(stored.scan.strip_suffix, self)
        self.id_pattern = QLineEdit(stored.scan.id_pattern, self)
        self.id_pattern.setObjectName("idPattern")
        self.id_pattern.setPlaceholderText(translate(
            "SettingsDialog", "e.g. {pattern} (empty: anything)").format(
                pattern=SUGGESTED_PATTERN))
        self.default_action = QComboBox(self)
        self.default_action.setObjectName("defaultAction")
        for action in SCAN_ACTIONS:
            self.default_action.addItem(
                translate("SettingsDialog", "Look up") if action == LOOKUP else action, action)
        if stored.scan.default_action in SCAN_ACTIONS:
            self.default_action.setCurrentIndex(SCAN_ACTIONS.index(stored.scan.default_action))
        # CANCELED / ERROR are for one parcel (domain/scanning.ONE_SCAN_ACTIONS).
        self.risky_actions = QComboBox(self)
        self.risky_actions.setObjectName("riskyActions")
        self.risky_actions.addItem(translate("SettingsDialog", "go back to the default action"), "one_scan")
        self.risky_actions.addItem(translate("SettingsDialog", "stay, and ask before each scan"), "confirm")
        self.risky_actions.setCurrentIndex(
            max(0, self.risky_actions.findData(stored.scan.risky_actions)))
        self.try_scan = QLineEdit(self)
        self.try_scan.setObjectName("tryScan")
        # Scans are what this field is for: the scan catcher leaves them here, and its
        # Enter does not save the dialog (keyPressEvent).
        self.try_scan.setProperty(SCAN_AWARE, True)
        self.try_scan.setPlaceholderText(translate("SettingsDialog", "scan here to try the clean-up"))
        self.try_result = QLabel(self)
        self.try_result.setObjectName("tryResult")
        self.sounds = QCheckBox(translate("SettingsDialog", "Play a sound after every scan"), self)
        self.sounds.setObjectName("sounds")
        self.sounds.setChecked(stored.sounds)
        # Said here too: a lead who turns sounds on must know this computer cannot play them.
        self.sounds_note = QLabel(self)
        self.sounds_note.setObjectName("soundsNote")
        self.sounds_note.setWordWrap(True)
        if sounds_off:
            self.sounds_note.setText(translate(
                "SettingsDialog", "This computer cannot play sounds now ({why}).").format(
                    why=sounds_off))
        self.sounds_note.setVisible(bool(sounds_off))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(translate("SettingsDialog", "Computer's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each in its own words
        self.language.setCurrentIndex(max(0, self.language.findData(stored.language)))
        # When "Scanned this shift" and the shift summary start counting (domain/shift.py).
        self.shift_starts = QComboBox(self)
        self.shift_starts.setObjectName("shiftStarts")
        self.shift_starts.addItem(translate("SettingsDialog", "at midnight"), "day")
        self.shift_starts.addItem(translate("SettingsDialog", "when an operator signs in"), "sign_in")
        self.shift_starts.setCurrentIndex(max(0, self.shift_starts.findData(stored.shift_starts)))
        # The two label printers (ui/dialogs/printers.py); a test print needs a printer
        # object, made on the first one.
        self._test_printer: LabelPrinter | None = None
        self.printers = PrinterProfilesBox(store, self._printer_for_tests, self)
        self.printers.setObjectName("printerProfiles")
        self.finished.connect(self._close_test_printer)
        self.warehouse = AddressForm(
            translate("SettingsDialog", "This warehouse (the address on logistic orders)"),
            stored.warehouse_address, self)
        self.warehouse.setObjectName("warehouseAddress")

        station = QGroupBox(translate("SettingsDialog", "Station"), self)
        form = QFormLayout(station)
        form.addRow(translate("SettingsDialog", "Station &name:"), self.station_name)
        form.addRow(translate("SettingsDialog", "&Operator:"), self.operator_name)
        form.addRow(translate("SettingsDialog", "&Language:"), self.language)
        form.addRow(self.sounds)
        form.addRow(self.sounds_note)
        form.addRow(translate("SettingsDialog", "A shift starts:"), self.shift_starts)
        scanning = QGroupBox(translate("SettingsDialog", "Scanner"), self)
        form = QFormLayout(scanning)
        strip_prefix = translate("SettingsDialog", "Strip &prefix:")
        pattern = translate("SettingsDialog", "Process id &pattern (regex):")
        if QKeySequence.mnemonic(pattern) == QKeySequence.mnemonic(strip_prefix):
            # English gives both Alt+P (QA of issue 19, L12); Spanish and French do not.
            pattern = no_access_key(pattern)
        form.addRow(strip_prefix, self.strip_prefix)
        form.addRow(translate("SettingsDialog", "Strip s&uffix:"), self.strip_suffix)
        form.addRow(pattern, self.id_pattern)
        form.addRow(translate("SettingsDialog", "&Default scan action:"), self.default_action)
        form.addRow(translate("SettingsDialog", "After a CANCELED or ERROR scan:"), self.risky_actions)
        form.addRow(translate("SettingsDialog", "&Try:"), self.try_scan)
        form.addRow("", self.try_result)

        self.error = QLabel(self)
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        theme.plain_text(self.env_note, self.try_result, self.error, self.sounds_note)
        self.error.setStyleSheet(f"color: {theme.ERROR_BG}; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.files = SettingsFiles(self, store)
        for button in (self.files.export_button, self.files.import_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        for box in (station, scanning):
            wrap_long_rows(box.layout())
        # The groups scroll where the screen is too short for them (a 1024x768 desk); the
        # error and the buttons stay in view below them.
        groups = QWidget(self)
        groups.setObjectName("settingsGroups")
        rows = QVBoxLayout(groups)
        rows.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.connection)
        left.addWidget(self.env_note)
        left.addWidget(station)
        right.addWidget(scanning)
        right.addWidget(self.printers)
        left.addStretch(1)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        rows.addLayout(columns)
        # The whole width too: its portal address's hint is as wide as a column at 1024 px in
        # Spanish, and beside the scanner box it pushed that column off the dialog's edge.
        rows.addWidget(self.platforms)
        rows.addWidget(self.warehouse)  # the whole width: thirteen fields, none cut
        layout = QVBoxLayout(self)
        layout.addWidget(FormScroll(groups, self), 1)
        layout.addWidget(self.error)
        layout.addWidget(self.files.result)
        layout.addWidget(self.buttons)
        room_for_hint(*self.findChildren(QLineEdit))
        # Every group whole where the screen has the room (Qt's first size would stop at
        # two thirds of it); keep_on_screen() makes it no bigger than the screen.
        self.resize(self.sizeHint())
        keep_on_screen(self)

        for field in (self.strip_prefix, self.strip_suffix, self.id_pattern, self.try_scan):
            field.textChanged.connect(self._update_try)
        self._update_try()

    def open_reversio_accounts(self) -> ReversioAccountsDialog:
        """The Revers.io accounts, over this dialog; each change there is saved at once."""
        if self.accounts_dialog is None:
            self.accounts_dialog = ReversioAccountsDialog(self.store, self)
        self.accounts_dialog.open()  # window-modal without a nested event loop
        return self.accounts_dialog

    def open_rever_accounts(self) -> ReverAccountsDialog:
        """The more REVER accounts, over this dialog; each change there is saved at once
        (the main account as saved: an address typed here and not saved is not yet it)."""
        if self.rever_accounts_dialog is None:
            self.rever_accounts_dialog = ReverAccountsDialog(self.store, self)
        self.rever_accounts_dialog.open()  # window-modal without a nested event loop
        return self.rever_accounts_dialog

    def _printer_for_tests(self) -> LabelPrinter:
        from ..printing import LabelPrinter

        if self._test_printer is None:
            self._test_printer = LabelPrinter(self.store, self)
        return self._test_printer

    def _close_test_printer(self) -> None:
        if self._test_printer is not None:
            self._test_printer.close()

    def _scan_settings(self) -> ScanSettings:
        return ScanSettings(strip_prefix=self.strip_prefix.text(),
                            strip_suffix=self.strip_suffix.text(),
                            id_pattern=self.id_pattern.text().strip(),
                            default_action=self.default_action.currentData(),
                            risky_actions=self.risky_actions.currentData())

    def _update_try(self) -> None:
        try:
            re.compile(self.id_pattern.text().strip())
        except re.error as exc:
            self.try_result.setText(translate(
                "SettingsDialog", "The pattern is not valid: {error}").format(error=exc))
            return
        raw = self.try_scan.text()
        if not raw:
            self.try_result.setText("")
            return
        scan = ScanCleaner(strip_prefix=self.strip_prefix.text(),
                           strip_suffix=self.strip_suffix.text(),
                           id_pattern=self.id_pattern.text().strip()).clean(raw)
        if scan.accepted:
            self.try_result.setText(translate(
                "SettingsDialog", "✔ process id “{pid}”").format(pid=scan.process_id))
        else:
            self.try_result.setText(translate(
                "SettingsDialog", "✖ not a process id (“{raw}”)").format(raw=visible_raw(raw)))

    def build(self) -> StationSettings:
        """The settings as entered; raises ValueError with a message for the lead."""
        url = self.api_url.text().strip()
        if url:
            try:
                url = check_url(url)
            except errors.ApiError as exc:
                raise ValueError(exc.operator_message) from None
        try:
            scan = self._scan_settings()
        except ValidationError as exc:
            raise ValueError(exc.errors()[0]["msg"]) from None
        stored = self.store.stored
        printers = self.printers.fields()
        warehouse = Address.model_validate(stored.warehouse_address.model_dump()
                                           | self.warehouse.address().model_dump())
        return stored.model_copy(update={
            "api_url": url,
            "storefront_url": self._url(self.platforms.storefront_url.text(),
                                        translate("SettingsDialog", "Storefront API")),
            "merchant_url": self._url(self.platforms.merchant_url.text(),
                                      translate("SettingsDialog", "merchant platform")),
            "returns_portal_url": self._url(self.platforms.returns_portal_url.text(),
                                            translate("SettingsDialog", "returns page")),
            "language": self.language.currentData(),
            "ecommerce_id": self.ecommerce_id.text().strip(),
            "ecommerce_group": self.ecommerce_group.text().strip(),
            "account_name": self.account_name.text().strip(),
            "station_name": self.station_name.text().strip() or "STATION-1",
            "operator_name": self.operator_name.text().strip(),
            "sounds": self.sounds.isChecked(),
            "shift_starts": self.shift_starts.currentData(),
            "scan": scan,
            **printers,
            "warehouse_address": warehouse,
        })

    @staticmethod
    def _url(text: str, what: str) -> str:
        text = text.strip()
        if not text:
            return ""
        try:
            return check_url(text)
        except errors.ApiError as exc:
            raise ValueError(translate("SettingsDialog", "{what}: {why}").format(
                what=what, why=exc.operator_message)) from None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The Enter that ends a test scan in "Try" would press Save: the read stays to see.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.focusWidget() is self.try_scan):
            event.accept()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        try:
            new = self.build()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        key = self.api_key.text().strip()
        if key and not new.api_url:
            self.error.setText(translate("SettingsDialog", "Set the API address before the key."))
            return
        # The more accounts must go with the main one as it will be (file and environment).
        if problem := accounts_problem(apply_env(new)):
            self.error.setText(problem)
            return
        merchant_key = self.platforms.merchant_key.text().strip()
        if merchant_key and not new.merchant_url:
            self.error.setText(translate(
                "SettingsDialog", "Set the merchant platform's address before its key."))
            return
        try:
            # Keys go to the credential store, never to the file. The store records
            # what changed (a key only as changed) and tells the window, which
            # reconnects when an address, e-commerce or key changed, and is built
            # again in a new language (ui/translation.py): nothing to switch here.
            self.store.save(new, api_key=key or None, merchant_key=merchant_key or None)
        except SettingsError as exc:
            self.error.setText(str(exc))
            return
        self.api_key.clear()
        self.platforms.merchant_key.clear()
        self.saved.emit()
        self.accept()
