"""Settings → "Revers.io accounts…": the station's Revers.io accounts, each a name and the
base URL its ``/token`` and ``/orders`` hang from. The subscription key and secret go to
the OS credential store under that URL (``config.save_reversio_secrets``), never to the
settings file; each row and the form say where the pair in use comes from (stored, the
environment, missing), never the pair. ``REVDESK_REVERSIO_*`` win for this run.

Each Add or Remove is saved at once through the settings store: the station's Revers.io
service reads the accounts and their secrets at each use, so the window needs no restart.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QItemSelectionModel
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

from revdesk.api import errors
from revdesk.api.reversio import check_reversio_url
from revdesk.config import (
    ENV_REVERSIO_SECRET,
    ENV_REVERSIO_SUBSCRIPTION_KEY,
    ENV_REVERSIO_URL,
    ReversioAccount,
    SettingsError,
    forget_reversio_secrets,
    load_reversio_secrets,
    save_reversio_secrets,
)
from revdesk.i18n import translate
from revdesk.settings_store import SettingsStore

from .. import theme
from ..screen_fit import keep_on_screen, wrap_long_rows
from ..simple_models import RowsModel

#: As ``revdesk reversio account-add`` allows.
MAX_NAME = 60
SECRET_VARIABLES = (ENV_REVERSIO_SUBSCRIPTION_KEY, ENV_REVERSIO_SECRET)


def _from_environment() -> list[str]:
    return [name for name in SECRET_VARIABLES if os.environ.get(name, "").strip()]


def stored_pair(url: str) -> tuple[bool, bool]:
    """Whether the key and the secret for ``url`` would be found (credential store or
    environment). A stored value no request could carry still counts as stored."""
    try:
        key, secret = load_reversio_secrets(url)
    except errors.ApiError:
        return True, True
    return key is not None, secret is not None


def secrets_hint(url: str) -> str:
    """The form's line: where the key and secret for ``url`` would come from."""
    if env := _from_environment():
        if len(env) == len(SECRET_VARIABLES):
            return translate("ReversioAccounts", "Set by {names} in the environment (what is "
                             "typed here is stored, but the environment's are used).").format(
                                 names=translate("ReversioAccounts", " and ").join(env))
        return translate("ReversioAccounts", "{name} in the environment is used for this run, "
                         "whatever is stored.").format(name=env[0])
    url = url.strip()
    if not url:
        return translate("ReversioAccounts", "Type the account's address, then its "
                         "subscription key and secret.")
    try:
        address = check_reversio_url(url)
    except errors.ApiError:
        return ""
    key, secret = stored_pair(address)
    if key and secret:
        return translate("ReversioAccounts", "A key and secret are stored in this computer's "
                         "credential store for this address — leave both empty to keep them.")
    return translate("ReversioAccounts", "No key and secret are stored for this address — "
                     "type both here.")


def _row_state(url: str) -> str:
    key, secret = stored_pair(url)
    if key and secret:
        return (translate("ReversioAccounts", "from the environment") if _from_environment()
                else translate("ReversioAccounts", "stored"))
    return translate("ReversioAccounts", "MISSING")


class ReversioAccountsDialog(QDialog):
    """The accounts, a form to add one (or replace one of the same name), and Remove."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reversioAccountsDialog")
        self.setWindowTitle(translate("ReversioAccounts", "Revers.io accounts"))
        self.store = store
        self.model = RowsModel([translate("ReversioAccounts", "Name"),
                                translate("ReversioAccounts", "Address"),
                                translate("ReversioAccounts", "Key and secret")], self)
        self.view = QTableView(self)
        self.view.setObjectName("reversioAccountsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.env_note = QLabel(self)
        self.env_note.setObjectName("reversioEnvNote")
        self.env_note.setWordWrap(True)
        overridden = [name for name in (ENV_REVERSIO_URL, *SECRET_VARIABLES)
                      if os.environ.get(name, "").strip()]
        if overridden:
            self.env_note.setText(translate(
                "ReversioAccounts", "Set for this run by the environment (wins over what you "
                "save here): {names}").format(names=", ".join(overridden)))
        self.env_note.setVisible(bool(overridden))

        self.name = QLineEdit(self)
        self.name.setObjectName("reversioName")
        self.name.setMaxLength(MAX_NAME)
        self.url = QLineEdit(self)
        self.url.setObjectName("reversioUrl")
        self.url.setPlaceholderText("https://…")
        self.subscription_key = QLineEdit(self)
        self.subscription_key.setObjectName("reversioKey")
        self.subscription_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("reversioSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setObjectName("reversioSecretsHint")
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("reversioAccountsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.ERROR_BG}; font-weight: bold;")
        theme.plain_text(self.env_note, self.hint, self.error)
        self.add_button = QPushButton(translate("ReversioAccounts", "&Add or replace"), self)
        self.add_button.setObjectName("reversioAdd")
        self.remove_button = QPushButton(translate("ReversioAccounts", "&Remove"), self)
        self.remove_button.setObjectName("reversioRemove")

        form = QFormLayout()
        form.addRow(translate("ReversioAccounts", "&Name:"), self.name)
        form.addRow(translate("ReversioAccounts", "A&ddress:"), self.url)
        form.addRow(translate("ReversioAccounts", "Subscription &key:"), self.subscription_key)
        form.addRow(translate("ReversioAccounts", "&Secret:"), self.secret)
        form.addRow("", self.hint)
        wrap_long_rows(form)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.env_note)
        layout.addLayout(form)
        layout.addLayout(buttons_row)
        layout.addWidget(self.error)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        # The credential store is asked when the address is done with, not per keystroke.
        self.url.editingFinished.connect(self.update_hint)
        self.view.selectionModel().selectionChanged.connect(self._on_selected)
        self._show_accounts()
        self.update_hint()
        keep_on_screen(self)

    def accounts(self) -> list[ReversioAccount]:
        """The saved accounts (the file's; ``REVDESK_REVERSIO_URL``'s is not one of them)."""
        return list(self.store.stored.reversio_accounts)

    def _show_accounts(self) -> None:
        accounts = self.accounts()
        self.model.set_rows([(a.name, a.url, _row_state(a.url)) for a in accounts])
        self.remove_button.setEnabled(bool(accounts))

    def update_hint(self) -> None:
        self.hint.setText(secrets_hint(self.url.text()))

    def _on_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            account = self.accounts()[rows[0].row()]
            self.name.setText(account.name)
            self.url.setText(account.url)
            self.update_hint()

    def _say(self, text: str) -> None:
        self.error.setText(text)

    def add(self) -> bool:
        """Save the form's account (one of the same name is replaced) and its key and
        secret; False, with the reason shown, when nothing was saved."""
        name = self.name.text().strip()
        if not name or not name.isprintable():
            self._say(translate("ReversioAccounts", "Give the account a name (printable "
                                "characters only)."))
            return False
        try:
            url = check_reversio_url(self.url.text())
        except errors.ApiError as exc:
            self._say(exc.operator_message)
            return False
        key, secret = self.subscription_key.text().strip(), self.secret.text().strip()
        if bool(key) != bool(secret):
            self._say(translate("ReversioAccounts", "Type both the subscription key and the "
                                "secret: they are stored together. Nothing was saved."))
            return False
        if not key and not all(stored_pair(url)):
            self._say(translate("ReversioAccounts", "No key and secret are stored for this "
                                "address: type both. Nothing was saved."))
            return False
        kept = [a for a in self.store.stored.reversio_accounts if a.name != name]
        try:
            if key:
                save_reversio_secrets(url, key, secret)
            self.store.update(reversio_accounts=[*kept, ReversioAccount(name=name, url=url)])
        except SettingsError as exc:
            self._say(str(exc))
            return False
        self.subscription_key.clear()
        self.secret.clear()
        self._say("")
        self._show_accounts()
        self.update_hint()
        return True

    def remove_selected(self) -> bool:
        """Remove the selected account from the settings, and its key and secret from the
        credential store unless another account uses the same address."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            self._say(translate("ReversioAccounts", "Choose the account to remove in the list."))
            return False
        gone = self.accounts()[rows[0].row()]
        kept = [a for a in self.store.stored.reversio_accounts if a != gone]
        try:
            self.store.update(reversio_accounts=kept)
        except SettingsError as exc:
            self._say(str(exc))
            return False
        if all(a.url.rstrip("/") != gone.url.rstrip("/") for a in kept):
            forget_reversio_secrets(gone.url)
        self._say("")
        self._show_accounts()
        return True

    def select(self, row: int) -> None:
        """Select the account on ``row`` (as a click would)."""
        self.view.selectionModel().select(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
