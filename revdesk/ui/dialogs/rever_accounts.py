"""Settings → "More REVER accounts…": the REVER accounts a 3PL desk holds beside its main
one (one key per merchant). The list shows each (the main one first): its name, its
address (or the built-in sandbox), its e-commerce or group and where its key comes from
(stored, the environment, MISSING, not needed), never the key. The form adds one (or
replaces the one of the same name) or removes the selected one; the rules and the words
are ``revdesk/account_setup.py``'s, the ones ``revdesk accounts`` uses.

A key typed goes only to the credential store (``config.save_account_key``); removing an
account forgets its key. Each change is saved at once through the settings store, which
rebuilds the connection (``settings_store.CONNECTION_FIELDS``).

Scanner-safe: no button is a default one, and Enter in a field moves to the next one
(a scanner's read ends with an Enter: it must never add or remove an account; the scan
catcher takes a burst out of a text field, but leaves a password field, the key, alone).
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from revdesk.account_setup import (
    MAX_NAME,
    AccountProblem,
    AccountRow,
    account_rows,
    add_account,
    checked_account,
    main_is_sandbox,
    remove_account,
)
from revdesk.api import errors
from revdesk.config import ReverAccount, SettingsError, account_env_name, load_account_key
from revdesk.domain.connection_test import ConnectionCheck, Verdict, check_connection
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

from .. import theme
from ..screen_fit import keep_on_screen, wrap_long_rows
from ..simple_models import RowsModel

log = logging.getLogger(__name__)


class ReverAccountsDialog(QDialog):
    """The accounts, a form to add one (or replace one of the same name), and Remove."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reverAccountsDialog")
        self.setWindowTitle(translate("ReverAccounts", "More REVER accounts"))
        self.store = store
        self.model = RowsModel([translate("ReverAccounts", "Name"),
                                translate("ReverAccounts", "Address"),
                                translate("ReverAccounts", "E-commerce or group"),
                                translate("ReverAccounts", "Key")], self)
        self.view = QTableView(self)
        self.view.setObjectName("reverAccountsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # an address's both ends
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        self.rows: list[AccountRow] = []
        self.main_note = QLabel(self)
        self.main_note.setObjectName("reverMainNote")
        self.main_note.setWordWrap(True)

        self.name = QLineEdit(self)
        self.name.setObjectName("reverAccountName")
        self.name.setMaxLength(MAX_NAME)
        self.url = QLineEdit(self)
        self.url.setObjectName("reverAccountUrl")
        self.ecommerce_id = QLineEdit(self)
        self.ecommerce_id.setObjectName("reverAccountEcommerce")
        self.ecommerce_group = QLineEdit(self)
        self.ecommerce_group.setObjectName("reverAccountGroup")
        self.key = QLineEdit(self)
        self.key.setObjectName("reverAccountKey")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setObjectName("reverAccountHint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("reverAccountsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.ERROR_BG}; font-weight: bold;")
        theme.plain_text(self.main_note, self.hint, self.error)
        # Three lines kept even when empty: a refusal appearing must not move the form.
        self.error.setMinimumHeight(3 * self.error.fontMetrics().lineSpacing())
        self.add_button = QPushButton(translate("ReverAccounts", "&Add or replace"), self)
        self.add_button.setObjectName("reverAccountAdd")
        self.remove_button = QPushButton(translate("ReverAccounts", "&Remove"), self)
        self.remove_button.setObjectName("reverAccountRemove")
        #: Tests the form's account (its key typed, else the one stored) as Settings' Test
        #: connection does the main one's: a lead setting up a merchant knows at once.
        self.test_button = QPushButton(translate("ReverAccounts", "&Test"), self)
        self.test_button.setObjectName("reverAccountTest")
        self.test_result = QLabel(self)
        self.test_result.setObjectName("reverAccountTestResult")
        self.test_result.setWordWrap(True)
        theme.plain_text(self.test_result)
        # Its two lines are kept even when empty: a result appearing must not move the form
        # under the lead's next click (QA: it moved the fields up by a line).
        self.test_result.setMinimumHeight(2 * self.test_result.fontMetrics().lineSpacing())
        self._testing = False
        self.last_check: ConnectionCheck | None = None
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.remove_button, self.test_button,
                       *close.buttons()):
            # Never a default button: a scanner's Enter must not add, remove or close.
            assert isinstance(button, QPushButton)
            button.setAutoDefault(False)
            button.setDefault(False)

        self.form = QFormLayout()
        self.form.addRow(translate("ReverAccounts", "&Name:"), self.name)
        self.form.addRow(translate("ReverAccounts", "A&ddress:"), self.url)
        self.form.addRow(translate("ReverAccounts", "&E-commerce id:"), self.ecommerce_id)
        self.form.addRow(translate("ReverAccounts", "&Group:"), self.ecommerce_group)
        self.form.addRow(translate("ReverAccounts", "API &key:"), self.key)
        wrap_long_rows(self.form)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addWidget(self.test_button)
        buttons_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.main_note)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.form)
        # Under the form, not a form row: a wrapped row of its own would leave a blank
        # line where its empty label is (compact at 1024x768).
        layout.addWidget(self.hint)
        layout.addLayout(buttons_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_button.clicked.connect(self._test_clicked)
        self.name.editingFinished.connect(self.update_hint)
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        self._show_accounts()
        # Four columns readable, and still compact on a 1024x768 desk in Spanish or French
        # (keep_on_screen bounds it to the screen): the table takes what the form leaves.
        self.resize(max(self.sizeHint().width(), 600), self.sizeHint().height())
        keep_on_screen(self)

    # -- the list ------------------------------------------------------------------------

    def _show_accounts(self) -> None:
        settings = self.store.current
        self.sandbox = main_is_sandbox(settings)
        self.rows = account_rows(settings)
        self.model.set_rows([(r.name, r.address, r.ecommerce, r.key.words())
                             for r in self.rows])
        self.remove_button.setEnabled(len(self.rows) > 1)
        if self.sandbox:
            self.main_note.setText(translate(
                "ReverAccounts", "The main account is the built-in sandbox: more accounts are "
                "its e-commerces, with no address and no key."))
            self.url.setPlaceholderText(translate("ReverAccounts", "none (built-in sandbox)"))
        else:
            self.main_note.setText(translate(
                "ReverAccounts", "Each account needs its REVER API address (https://…) and its "
                "own key, kept in this computer's credential store."))
            self.url.setPlaceholderText("https://…")
        # An address is not typed for a sandbox account, nor a key; nothing to test.
        self.url.setEnabled(not self.sandbox)
        self.key.setEnabled(not self.sandbox)
        self.test_button.setEnabled(not self.sandbox and not self._testing)
        self.update_hint()

    def update_hint(self) -> None:
        """Where the key would come from: said once the name is done with (the environment
        variable is named after it), never the key."""
        if self.sandbox:
            self.hint.setText("")
            return
        name = self.name.text().strip()
        env = account_env_name(name) if name else account_env_name("NAME")
        self.hint.setText(translate(
            "ReverAccounts", "The key is stored in this computer's credential store, never in "
            "a file; {env} in the environment wins over it. Leave it empty to keep a stored "
            "key.").format(env=env))

    def _on_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.main:
            return
        self.name.setText(row.name)
        self.url.setText(row.api_url)
        self.ecommerce_id.setText(row.ecommerce_id)
        self.ecommerce_group.setText(row.ecommerce_group)
        self.key.clear()
        self.update_hint()

    def selected_row(self) -> AccountRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, row: int) -> None:
        """Select the account on ``row`` (as a click would)."""
        self.view.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    # -- add, remove ---------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.error.setText(text)
        if text:
            self.test_result.setText("")  # an older test's answer is not this one's

    def add(self) -> bool:
        """Save the form's account (one of the same name replaced) and its key; False,
        with the reason shown, when nothing was saved."""
        key = self.key.text().strip()
        self.update_hint()  # the variable named for the name typed, whether or not saved
        try:
            account = checked_account(
                self.store.current, name=self.name.text(), api_url=self.url.text(),
                ecommerce_id=self.ecommerce_id.text(),
                ecommerce_group=self.ecommerce_group.text(), key_typed=bool(key))
            add_account(self.store, account, key or None)
        except (AccountProblem, SettingsError) as exc:
            self._say(str(exc))
            return False
        self.key.clear()
        self._say("")
        self._show_accounts()
        return True

    def remove_selected(self) -> bool:
        """Remove the selected account and forget its key."""
        row = self.selected_row()
        if row is None or row.main:
            self._say(translate(
                "ReverAccounts", "Choose the account to remove in the list (the main account "
                "is set in Settings)."))
            return False
        try:
            remove_account(self.store, row.name)
        except SettingsError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self._show_accounts()
        return True

    # -- test ------------------------------------------------------------------------------

    @asyncSlot()
    async def _test_clicked(self) -> None:
        await self.test_account()

    async def test_account(self) -> ConnectionCheck | None:
        """Read the list with the form's account: its address, e-commerce or group, and the
        key typed (else, when the form is exactly a saved account, its stored key or its
        variable's). Nothing is saved; a click while a test runs starts nothing."""
        if self._testing:
            return None
        self._testing = True
        self.test_button.setEnabled(False)
        self.test_result.setText(translate("ReverAccounts", "Testing…"))
        try:
            key = self.key.text().strip() or None
            saved = self._saved_account() if key is None else None
            if key is None and saved is None:
                # A key not typed is a saved account's: sent only to that account's own
                # address and e-commerce, never to whatever the form holds now
                # (REVDESK_API_KEY__<NAME> is found by the name alone).
                result = ConnectionCheck(Verdict.NO_KEY, translate(
                    "ReverAccounts", "Type the key to test it: a stored key, or one from the "
                    "environment, is only used for its own saved account, unchanged."))
            else:
                try:
                    if saved is not None:
                        stored = load_account_key(saved)
                        key = stored.get_secret_value() if stored is not None else None
                except (errors.ApiError, ValueError) as exc:
                    result = ConnectionCheck(Verdict.WRONG_KEY, str(exc))
                else:
                    result = await check_connection(
                        self.url.text(), key, ecommerce_id=self.ecommerce_id.text(),
                        group=self.ecommerce_group.text())
        except Exception as exc:  # a bug: said beside the button, the trace in the log
            log.exception("account test")
            result = ConnectionCheck(Verdict.OTHER, translate(
                "ReverAccounts", "The test itself failed ({error}); the details are in the "
                "log.").format(error=type(exc).__name__))
        finally:
            self._testing = False
            if shiboken6.isValid(self):
                self.test_button.setEnabled(not self.sandbox)
        if shiboken6.isValid(self):
            self.last_check = result
            mark = "✔" if result.ok else "⚠" if result.warning else "✖"
            self.test_result.setText(f"{mark} {result.message}")
        return result

    def _saved_account(self) -> ReverAccount | None:
        """The saved account the form shows exactly (name, address, e-commerce and group),
        if any: the only one whose stored or environment key a test may send."""
        name, url = self.name.text().strip(), self.url.text().strip().rstrip("/")
        ecommerce, group = self.ecommerce_id.text().strip(), self.ecommerce_group.text().strip()
        return next((a for a in self.store.current.rever_accounts
                     if (a.name, a.api_url, a.ecommerce_id, a.ecommerce_group)
                     == (name, url, ecommerce, group)), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a field moves to the next one, never adds: a scanner ends its read with
        # one. Esc still closes (QDialog's own).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not isinstance(self.focusWidget(), QPushButton):
                self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
