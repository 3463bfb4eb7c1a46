"""Settings' connection parts: REVER's address, key and e-commerce (or group) with "Test
connection", and the other platforms (the Storefront API, the merchant's platform and its
key). Each key field says where the key in use really comes from (none, this computer's
credential store, the environment), never the key; the test runs the form's values, unsaved,
in the background (``domain/connection_test.py``)."""

from __future__ import annotations

import logging
import os

import shiboken6
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from qasync import asyncSlot

from revdesk.api import errors
from revdesk.config import ENV_ECOMMERCE_ID, StationSettings, load_api_key, main_account_name
from revdesk.domain.connection_test import ConnectionCheck, Verdict, check_connection
from revdesk.i18n import translate
from revdesk.settings_store import KeySource, api_key_source, merchant_key_source

from .. import theme
from ..screen_fit import room_for_hint, wrap_long_rows

log = logging.getLogger(__name__)

#: The e-commerce the built-in sandbox uses when none is set (backend.open_backend).
SANDBOX_ECOMMERCE = "acme"


def api_key_hint(source: KeySource, api_url: str, *, typed: bool = False) -> str:
    """The API key field's line: where the key the station would use comes from, and with
    a key ``typed``, what Save does with it."""
    if typed and source is not KeySource.ENVIRONMENT:
        if not api_url.strip():
            return translate("SettingsDialog", "Type the API address too: Save stores the "
                             "key for that address.")
        if source is KeySource.STORED:
            return translate("SettingsDialog", "Save replaces the key stored for this address "
                             "with the one typed.")
        return translate("SettingsDialog", "Save stores the key typed in this computer's "
                         "credential store, for this address.")
    if source is KeySource.ENVIRONMENT:
        return translate("SettingsDialog", "Set by REVDESK_API_KEY in the environment (a key "
                         "typed here is stored, but the environment's is used).")
    if source is KeySource.STORED:
        return translate("SettingsDialog", "A key is stored in this computer's credential "
                         "store — leave empty to keep it.")
    if not api_url.strip():
        return translate("SettingsDialog", "No key set — the station uses the built-in "
                         "sandbox.")
    return translate("SettingsDialog", "No key is stored for this address — type it here.")


def merchant_key_hint(source: KeySource, merchant_url: str) -> str:
    if source is KeySource.ENVIRONMENT:
        return translate("SettingsDialog", "Set by REVDESK_MERCHANT_KEY in the environment.")
    if source is KeySource.STORED:
        return translate("SettingsDialog", "A key is stored in this computer's credential "
                         "store — leave empty to keep it.")
    if not merchant_url.strip():
        return translate("SettingsDialog", "No merchant platform set — not used.")
    return translate("SettingsDialog", "No key is stored for this address — type it here.")


def _hint_label(parent: QWidget, name: str, label: QLabel | None = None) -> QLabel:
    label = label if label is not None else QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    theme.plain_text(label)
    return label


class _SteadyHint(QLabel):
    """A wrapped hint as tall as the tallest of the texts it may show, at any width: the
    rows under it (the Test connection button) stay put as a key is typed (QA r3: the key
    hint went to three lines and the button 20 px down)."""

    def __init__(self, texts: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self._texts = texts
        # Under the key field, the room reserved below it (not a gap above the words).
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        room = QRect(0, 0, max(1, width - margins.left() - margins.right()), 10_000)
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment())
        tallest = max(self.fontMetrics().boundingRect(room, flags, text).height()
                      for text in self._texts)
        return max(super().heightForWidth(width), tallest + margins.top() + margins.bottom())


class ConnectionBox(QGroupBox):
    """REVER's address, key, e-commerce id or group, and the connection test."""

    def __init__(self, stored: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("SettingsDialog", "Connection to REVER"), parent)
        self.setObjectName("connectionBox")
        self.api_url = QLineEdit(stored.api_url, self)
        self.api_url.setObjectName("apiUrl")
        self.api_url.setPlaceholderText("https://…")
        self.api_key = QLineEdit(self)
        self.api_key.setObjectName("apiKey")
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_hint = _hint_label(self, "apiKeyHint", _SteadyHint(
            [api_key_hint(source, url, typed=typed) for source in KeySource
             for url in ("", "https://") for typed in (False, True)], self))
        # How the list names the main account beside the more accounts of a 3PL desk
        # (the button opens rever_accounts.py); empty: its e-commerce id.
        self.account_name = QLineEdit(stored.account_name, self)
        self.account_name.setObjectName("accountName")
        self.account_name.setMaxLength(40)
        self.account_name.setPlaceholderText(translate(
            "SettingsDialog", "empty: {name}").format(
                name=main_account_name(stored.model_copy(update={"account_name": ""}))))
        # No access key: Settings has no letter left that English, Spanish and French all
        # leave free (tests/ui/test_access_keys.py); Tab reaches both.
        self.more_accounts_button = QPushButton(
            translate("SettingsDialog", "More REVER accounts…"), self)
        self.more_accounts_button.setObjectName("reverAccountsButton")
        self.ecommerce_id = QLineEdit(stored.ecommerce_id, self)
        self.ecommerce_id.setObjectName("ecommerceId")
        self.ecommerce_group = QLineEdit(stored.ecommerce_group, self)
        self.ecommerce_group.setObjectName("ecommerceGroup")
        self.group_note = _hint_label(self, "groupNote")
        self.group_note.setText(translate(
            "SettingsDialog", "A group is the id REVER gives a company with several shops "
            "(brands): set it instead of an e-commerce id to work with all of them."))
        self.test_button = QPushButton(translate("SettingsDialog", "Test &connection"), self)
        self.test_button.setObjectName("testConnection")
        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        theme.plain_text(self.test_result)
        self.last_check: ConnectionCheck | None = None
        self._testing = False
        self._source = KeySource.NONE

        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "API &address:"), self.api_url)
        form.addRow(translate("SettingsDialog", "API &key:"), self.api_key)
        form.addRow("", self.key_hint)
        accounts_row = QWidget(self)
        accounts = QHBoxLayout(accounts_row)
        accounts.setContentsMargins(0, 0, 0, 0)
        accounts.addWidget(self.account_name, 1)
        accounts.addWidget(self.more_accounts_button)
        form.addRow(translate("SettingsDialog", "Account name:"), accounts_row)
        form.addRow(translate("SettingsDialog", "&E-commerce id:"), self.ecommerce_id)
        form.addRow(translate("SettingsDialog", "E-commerce &group:"), self.ecommerce_group)
        form.addRow("", self.group_note)
        test_row = QWidget(self)
        row = QHBoxLayout(test_row)
        row.setContentsMargins(0, 0, 0, 0)
        # At the row's top: a result of several lines does not move it from under the
        # pointer of a lead clicking it again.
        row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.test_result, 1)
        form.addRow(test_row)
        wrap_long_rows(form)

        # The credential store is asked when the address is done with, not per keystroke
        # (a keyring back end may answer over D-Bus).
        self.api_url.editingFinished.connect(self.update_hints)
        self.api_key.textChanged.connect(self._update_ecommerce_hint)
        self.api_key.textChanged.connect(self._update_key_hint)
        self.test_button.clicked.connect(self._test_clicked)
        self.update_hints()

    def update_hints(self) -> None:
        url = self.api_url.text().strip()
        self._source = source = api_key_source(url)
        self._update_key_hint()
        self.api_key.setPlaceholderText(
            translate("SettingsDialog", "leave empty to keep the stored key")
            if source is KeySource.STORED else "")
        room_for_hint(self.api_key)
        self._update_ecommerce_hint()

    def _update_key_hint(self, *_: object) -> None:
        # The source found for the address: the credential store is not asked per key typed.
        self.key_hint.setText(api_key_hint(self._source, self.api_url.text().strip(),
                                           typed=bool(self.api_key.text().strip())))

    def _update_ecommerce_hint(self) -> None:
        # What is really used: with no address and no key, the sandbox's e-commerce. Not
        # the credential store again at each key typed: the source found for the address.
        url = self.api_url.text().strip()
        sandbox = (not url and self._source is KeySource.NONE
                   and not self.api_key.text().strip())
        if from_env := os.environ.get(ENV_ECOMMERCE_ID, "").strip():
            text = translate("SettingsDialog", "{name} (from {variable})").format(
                name=from_env, variable=ENV_ECOMMERCE_ID)
        elif sandbox:
            text = translate("SettingsDialog", "{name} (sandbox default)").format(
                name=SANDBOX_ECOMMERCE)
        else:
            text = translate("SettingsDialog", "your shop's id at REVER")
        self.ecommerce_id.setPlaceholderText(text)
        room_for_hint(self.ecommerce_id)

    def key_for_test(self) -> str | None:
        """The key the test sends: the one typed, else the one the station would use for
        the typed address (stored or from the environment). Raises ApiError for a stored
        key no request could carry."""
        typed = self.api_key.text().strip()
        if typed:
            return typed
        stored = load_api_key(self.api_url.text().strip().rstrip("/"))
        return stored.get_secret_value() if stored is not None else None

    @asyncSlot()
    async def _test_clicked(self) -> None:
        await self.test_connection()

    async def test_connection(self) -> ConnectionCheck | None:
        """Test the form's values (not saved). A click while a test runs starts nothing:
        the button is disabled and the flag holds until the first one is over."""
        if self._testing:
            return None
        self._testing = True
        self.test_button.setEnabled(False)
        self.test_result.setText(translate("SettingsDialog", "Testing…"))
        try:
            try:
                key = self.key_for_test()
            except errors.ApiError as exc:
                result = ConnectionCheck(Verdict.WRONG_KEY, exc.operator_message)
            else:
                result = await check_connection(
                    self.api_url.text(), key, ecommerce_id=self.ecommerce_id.text(),
                    group=self.ecommerce_group.text())
        except Exception as exc:  # a bug: said beside the button, the trace in the log
            log.exception("connection test")
            result = ConnectionCheck(Verdict.OTHER, translate(
                "SettingsDialog", "The test itself failed ({error}); the details are in the "
                "log.").format(error=type(exc).__name__))
        finally:
            self._testing = False
            if shiboken6.isValid(self):
                self.test_button.setEnabled(True)
        if shiboken6.isValid(self):
            self.last_check = result
            mark = "✔" if result.ok else "⚠" if result.warning else "✖"
            self.test_result.setText(f"{mark} {result.message}")
        return result


class PlatformsBox(QGroupBox):
    """The Storefront API's address, the merchant platform's address and key, the
    merchant's returns page (the walk-in slip's QR code) and the Revers.io accounts (a
    button: the dialog opened is ``reversio_accounts.py``)."""

    def __init__(self, stored: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(translate("SettingsDialog", "Other platforms"), parent)
        self.setObjectName("platformsBox")
        self.storefront_url = QLineEdit(stored.storefront_url, self)
        self.storefront_url.setObjectName("storefrontUrl")
        self.storefront_url.setPlaceholderText(
            translate("SettingsDialog", "empty: order numbers are not looked up there"))
        self.merchant_url = QLineEdit(stored.merchant_url, self)
        self.merchant_url.setObjectName("merchantUrl")
        self.merchant_url.setPlaceholderText(translate("SettingsDialog", "empty: not used"))
        self.merchant_key = QLineEdit(self)
        self.merchant_key.setObjectName("merchantKey")
        self.merchant_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.merchant_hint = _hint_label(self, "merchantKeyHint")
        self.returns_portal_url = QLineEdit(stored.returns_portal_url, self)
        self.returns_portal_url.setObjectName("returnsPortalUrl")
        self.returns_portal_url.setPlaceholderText(translate(
            "SettingsDialog", "empty: the slip's code carries the return and its token alone"))
        self.portal_note = _hint_label(self, "returnsPortalNote")
        self.portal_note.setText(translate(
            "SettingsDialog", "Where a walk-in customer finishes a return started at the desk: "
            "the slip's QR code opens it with the return and the customer's token."))
        self.reversio_button = QPushButton(translate("SettingsDialog", "Re&vers.io accounts…"),
                                           self)
        self.reversio_button.setObjectName("reversioAccountsButton")
        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "Storefront API:"), self.storefront_url)
        form.addRow(translate("SettingsDialog", "Merchant platform:"), self.merchant_url)
        form.addRow(translate("SettingsDialog", "Merchant key:"), self.merchant_key)
        form.addRow("", self.merchant_hint)
        form.addRow(translate("SettingsDialog", "Returns page:"), self.returns_portal_url)
        form.addRow("", self.portal_note)
        form.addRow(translate("SettingsDialog", "Revers.io:"), self.reversio_button)
        wrap_long_rows(form)
        self.merchant_url.editingFinished.connect(self.update_hints)
        self.update_hints()

    def update_hints(self) -> None:
        url = self.merchant_url.text().strip()
        source = merchant_key_source(url)
        self.merchant_hint.setText(merchant_key_hint(source, url))
        self.merchant_key.setPlaceholderText(
            translate("SettingsDialog", "leave empty to keep the stored key")
            if source is KeySource.STORED else "")
        room_for_hint(self.merchant_key)
