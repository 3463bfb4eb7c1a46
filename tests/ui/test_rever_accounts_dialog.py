"""Settings → "More REVER accounts…" (issue 17, D), offscreen with a credential store in
memory: the list (main account first) says where each key comes from and never the key,
a key goes only to the credential store and is forgotten with its account, every refusal is
said and saves nothing, Enter (a scanner's) never adds, and Settings keeps the main
account's name apart from the others'."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from station_window import MakeWindow, loaded, type_into

from revdesk.config import ReverAccount, settings_path
from revdesk.settings_store import SettingsStore
from revdesk.ui.dialogs.rever_accounts import ReverAccountsDialog
from revdesk.ui.dialogs.settings import SettingsDialog

KEY = "sk-merchant-never-shown-77"


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A credential store in memory: user -> key."""
    stored: dict[str, str] = {}
    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: stored.get(user)  # type: ignore[attr-defined]
    module.set_password = (  # type: ignore[attr-defined]
        lambda service, user, key: stored.__setitem__(user, key))
    module.delete_password = lambda service, user: stored.pop(user)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    return stored


def settings_for(qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(SettingsStore())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def accounts_for(qtbot: QtBot) -> ReverAccountsDialog:
    """Opened as the lead does: the button beside the main account's name."""
    settings = settings_for(qtbot)
    qtbot.mouseClick(settings.connection.more_accounts_button, Qt.MouseButton.LeftButton)
    dialog = settings.rever_accounts_dialog
    assert isinstance(dialog, ReverAccountsDialog)
    qtbot.waitExposed(dialog)
    return dialog


def real_main(keyring: dict[str, str], **more: Any) -> None:
    keyring["api-key:https://rever.example"] = "sk-main-never-shown"
    SettingsStore().update(api_url="https://rever.example", ecommerce_id="main-shop", **more)


def all_text(*widgets: QWidget) -> str:
    texts = []
    for widget in widgets:
        texts += [w.text() for w in widget.findChildren(QLabel)]
        texts += [w.placeholderText() for w in widget.findChildren(QLineEdit)]
        texts += [w.text() for w in widget.findChildren(QLineEdit)
                  if w.echoMode() == QLineEdit.EchoMode.Normal]
    return "\n".join(texts)


def fill(dialog: ReverAccountsDialog, name: str, url: str = "", ecommerce: str = "",
         group: str = "", key: str = "") -> None:
    dialog.name.setText(name)
    dialog.url.setText(url)
    dialog.ecommerce_id.setText(ecommerce)
    dialog.ecommerce_group.setText(group)
    dialog.key.setText(key)


def test_beside_the_sandbox_accounts_are_its_e_commerces_without_address_or_key(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    dialog = accounts_for(qtbot)
    ModelTester(None).check(dialog.model)
    assert dialog.model.rows == [("acme", "built-in sandbox", "acme", "not needed")]
    assert "built-in sandbox" in dialog.main_note.text()
    assert not dialog.url.isEnabled() and not dialog.key.isEnabled()
    fill(dialog, "Beta", ecommerce="beta")
    assert dialog.add(), dialog.error.text()
    assert dialog.model.rows[1] == ("Beta", "built-in sandbox", "beta", "not needed")
    assert SettingsStore().stored.rever_accounts == [ReverAccount(name="Beta",
                                                                  ecommerce_id="beta")]
    assert keyring == {}
    fill(dialog, "Gamma", url="https://rever.example", ecommerce="g")
    assert not dialog.add() and "Leave the address empty" in dialog.error.text()
    assert len(SettingsStore().stored.rever_accounts) == 1


def test_a_real_account_needs_an_https_address_and_its_key_goes_only_to_the_store(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    real_main(keyring)
    dialog = accounts_for(qtbot)
    assert dialog.model.rows == [("main-shop", "https://rever.example", "main-shop", "stored")]
    assert dialog.url.isEnabled() and dialog.key.echoMode() == QLineEdit.EchoMode.Password
    fill(dialog, "Shop B", ecommerce="b")
    assert not dialog.add() and "REVER API address" in dialog.error.text()
    fill(dialog, "Shop B", url="http://b.example", ecommerce="b", key=KEY)
    assert not dialog.add() and "https://" in dialog.error.text()
    fill(dialog, "Shop B", url="https://b.example", ecommerce="b")
    assert not dialog.add() and "REVDESK_API_KEY__SHOP_B" in dialog.error.text()
    assert SettingsStore().stored.rever_accounts == [] and len(keyring) == 1
    fill(dialog, "Shop B", url="https://b.example/", ecommerce="b", key=KEY)
    assert dialog.add(), dialog.error.text()
    assert keyring["api-key:https://b.example#b#"] == KEY
    assert dialog.model.rows[1] == ("Shop B", "https://b.example", "b", "stored")
    assert dialog.key.text() == "" and dialog.error.text() == ""
    assert "never-shown" not in settings_path().read_text("utf-8")
    assert "never-shown" not in all_text(dialog)
    # Replaced with its stored key kept: nothing typed, the same address and e-commerce.
    fill(dialog, "Shop B", url="https://b.example", ecommerce="b", group="g2")
    assert not dialog.add()  # another e-commerce group: another key, none stored
    dialog.select(1)
    assert (dialog.name.text(), dialog.url.text(), dialog.ecommerce_id.text()) == (
        "Shop B", "https://b.example", "b")
    assert dialog.add(), dialog.error.text()
    assert keyring["api-key:https://b.example#b#"] == KEY


def test_a_key_from_the_environment_is_said_and_needs_no_typing(
        qtbot: QtBot, keyring: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    real_main(keyring)
    monkeypatch.setenv("REVDESK_API_KEY__SHOP_C", KEY)
    dialog = accounts_for(qtbot)
    fill(dialog, "Shop C", url="https://c.example", ecommerce="c")
    dialog.name.editingFinished.emit()
    assert "REVDESK_API_KEY__SHOP_C" in dialog.hint.text()
    assert dialog.add(), dialog.error.text()
    assert dialog.model.rows[1][3] == "from the environment"
    assert KEY not in all_text(dialog) and len(keyring) == 1


@pytest.mark.parametrize(("name", "ecommerce", "group", "said"), [
    ("", "b", "", "name of up to"),
    ("main-shop", "b", "", "main account's name"),
    ("Main Shop", "b", "", "main account's name"),
    ("shop-a", "b", "", "too like the account"),
    ("Shop B", "", "", "e-commerce id or its group"),
])
def test_each_refusal_is_said_and_saves_nothing(
        qtbot: QtBot, keyring: dict[str, str], name: str, ecommerce: str, group: str,
        said: str) -> None:
    existing = [ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a")]
    real_main(keyring, rever_accounts=existing)
    dialog = accounts_for(qtbot)
    fill(dialog, name, url="https://b.example", ecommerce=ecommerce, group=group, key=KEY)
    assert not dialog.add()
    assert said in dialog.error.text() and "Nothing was saved" in dialog.error.text()
    assert SettingsStore().stored.rever_accounts == existing
    assert "api-key:https://b.example#b#" not in keyring


def test_no_credential_store_names_the_variable_and_saves_no_account(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(service: str, user: str, value: str) -> None:
        raise RuntimeError("no backend")

    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: None  # type: ignore[attr-defined]
    module.set_password = refuse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    monkeypatch.setenv("REVDESK_API_KEY", "sk-main-env")
    SettingsStore().update(api_url="https://rever.example")
    dialog = accounts_for(qtbot)
    fill(dialog, "Shop B", url="https://b.example", ecommerce="b", key=KEY)
    assert not dialog.add()
    assert "REVDESK_API_KEY__SHOP_B" in dialog.error.text()
    assert SettingsStore().stored.rever_accounts == []


def test_remove_forgets_the_key_and_the_main_account_stays(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    real_main(keyring, rever_accounts=[
        ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a"),
        ReverAccount(name="Shop B", api_url="https://a.example", ecommerce_id="b")])
    keyring["api-key:https://a.example#a#"] = KEY
    keyring["api-key:https://a.example#b#"] = "sk-b"
    dialog = accounts_for(qtbot)
    assert [r[3] for r in dialog.model.rows] == ["stored", "stored", "stored"]
    dialog.select(0)
    assert not dialog.remove_selected() and "main account" in dialog.error.text()
    dialog.select(1)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [a.name for a in SettingsStore().stored.rever_accounts] == ["Shop B"]
    assert "api-key:https://a.example#a#" not in keyring
    assert keyring["api-key:https://a.example#b#"] == "sk-b"
    assert [r[0] for r in dialog.model.rows] == ["main-shop", "Shop B"]


def test_enter_never_adds_an_account_nor_closes_the_dialog(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    """A scanner ends its read with Enter: in any field (the key's too, which the scan
    catcher leaves alone), it moves on, it never adds, removes or closes."""
    dialog = accounts_for(qtbot)
    dialog.activateWindow()
    fill(dialog, "Beta", ecommerce="beta")
    assert not any(b.isDefault() or b.autoDefault() for b in dialog.findChildren(QPushButton))
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    for _ in range(3):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert not dialog.name.hasFocus()  # moved on
    qtbot.keyClick(dialog.key, Qt.Key.Key_Enter)
    assert dialog.isVisible() and SettingsStore().stored.rever_accounts == []
    assert dialog.model.rowCount() == 1


def test_settings_saves_the_main_accounts_name_apart_from_the_others(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    real_main(keyring, rever_accounts=[
        ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a")])
    settings = settings_for(qtbot)
    assert settings.account_name.placeholderText() == "empty: main-shop"
    settings.account_name.setText("shop a")
    settings.buttons.accepted.emit()
    assert settings.isVisible() and "Shop A" in settings.error.text()
    assert SettingsStore().stored.account_name == ""
    settings.account_name.setText("Warehouse")
    settings.buttons.accepted.emit()
    assert not settings.isVisible(), settings.error.text()
    assert SettingsStore().stored.account_name == "Warehouse"
    accounts = accounts_for(qtbot)
    assert accounts.model.rows[0][0] == "Warehouse"


def test_settings_refuses_a_main_account_its_accounts_cannot_go_with(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    SettingsStore().update(rever_accounts=[ReverAccount(name="Beta", ecommerce_id="beta")])
    settings = settings_for(qtbot)
    settings.api_url.setText("https://rever.example")
    settings.api_key.setText("sk-main-never-shown")
    settings.buttons.accepted.emit()
    assert settings.isVisible() and "Beta" in settings.error.text()
    assert "built-in sandbox" in settings.error.text()
    assert SettingsStore().stored.api_url == "" and keyring == {}


def test_a_scan_in_the_open_dialog_reaches_the_pipeline_and_adds_nothing(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """Over the station window (embedded sandbox): a scanner's burst into the name field
    is taken back out of it and scanned, its Enter swallowed; the dialog stays as it was."""
    window = loaded(qtbot, make_window)
    window.activateWindow()
    window.station_actions.open_settings()
    settings = window.station_actions.settings_dialog
    qtbot.waitExposed(settings)
    dialog = settings.open_rever_accounts()
    qtbot.waitExposed(dialog)
    pid = window.model.row_at(0).process_id
    dialog.name.setText("Beta")
    dialog.ecommerce_id.setText("beta")
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus)
    type_into(None, pid, start_ms=800_000, gap_ms=3)
    pipeline = window.core.pipeline
    qtbot.waitUntil(lambda: any(r.cleaned == pid and r.is_final for r in pipeline.recent),
                    timeout=15_000)
    assert dialog.name.text() == "Beta" and dialog.isVisible()
    assert SettingsStore().stored.rever_accounts == [] and dialog.model.rowCount() == 1


def test_test_reads_the_accounts_list_with_its_own_key_over_loopback(
        qtbot: QtBot, qloop: Any, keyring: dict[str, str], make_sandbox: Any) -> None:
    # A sandbox that takes one key only: the account's, stored; a wrong one typed is refused.
    server = make_sandbox(extra_args=["--api-key", KEY])
    keyring["api-key:https://rever.example"] = "sk-main-never-shown"
    SettingsStore().update(api_url="https://rever.example", ecommerce_id="main-shop")
    dialog = accounts_for(qtbot)
    fill(dialog, "Acme", url=server.url, ecommerce="acme", key=KEY)
    assert dialog.add()
    assert KEY in keyring.values()
    fill(dialog, "Acme", url=server.url, ecommerce="acme")  # the stored key is used
    check = qtbot_run(qtbot, dialog)
    assert check.ok, check.message
    assert dialog.test_result.text().startswith("✔")
    fill(dialog, "Acme", url=server.url, ecommerce="acme", key="sk-wrong-key-000")
    check = qtbot_run(qtbot, dialog)
    assert not check.ok and "wrong key" in check.message.lower()
    fill(dialog, "Acme", url="http://rever.example", ecommerce="acme", key=KEY)
    check = qtbot_run(qtbot, dialog)
    assert not check.ok and "https://" in check.message
    assert KEY not in all_text(dialog) and "sk-wrong-key-000" not in all_text(dialog)


def test_a_key_not_typed_goes_only_to_its_own_saved_account(
        qtbot: QtBot, qloop: Any, keyring: dict[str, str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A named account's key (its variable, found by the name alone, or stored) is never
    sent to another address, e-commerce or group typed in the form: "type the key"."""
    import revdesk.ui.dialogs.rever_accounts as module

    sent: list[tuple[str, str | None, str, str]] = []

    async def recorded(url: str, key: str | None, *, ecommerce_id: str = "",
                       group: str = "") -> Any:
        sent.append((url, key, ecommerce_id, group))
        return module.ConnectionCheck(module.Verdict.OK, "read")

    monkeypatch.setattr(module, "check_connection", recorded)
    keyring["api-key:https://rever.example"] = "sk-main-never-shown"
    keyring["api-key:https://b.example#b#"] = "sk-stored-b"
    SettingsStore().update(api_url="https://rever.example", ecommerce_id="main-shop",
                           rever_accounts=[
                               ReverAccount(name="Acme", api_url="https://a.example",
                                            ecommerce_id="acme"),
                               ReverAccount(name="Shop B", api_url="https://b.example",
                                            ecommerce_id="b")])
    monkeypatch.setenv("REVDESK_API_KEY__ACME", KEY)
    dialog = accounts_for(qtbot)
    for form in ({"url": "http://127.0.0.1:9", "ecommerce": "acme"},
                 {"url": "https://a.example", "ecommerce": "other"},
                 {"url": "https://a.example", "ecommerce": "acme", "group": "g"}):
        fill(dialog, "Acme", **form)
        check = qtbot_run(qtbot, dialog)
        assert not check.ok and "Type the key to test it" in check.message
    fill(dialog, "Shop B", url="http://127.0.0.1:9", ecommerce="b")
    assert "Type the key" in qtbot_run(qtbot, dialog).message
    assert sent == []
    # The form exactly a saved account (as choosing it in the list fills it): its key.
    dialog.select(1)
    assert qtbot_run(qtbot, dialog).ok
    fill(dialog, "Shop B", url="https://b.example/", ecommerce="b")
    assert qtbot_run(qtbot, dialog).ok
    # A key typed is sent wherever the form says.
    fill(dialog, "Acme", url="http://127.0.0.1:9", ecommerce="x", key="sk-typed")
    assert qtbot_run(qtbot, dialog).ok
    assert sent == [("https://a.example", KEY, "acme", ""),
                    ("https://b.example/", "sk-stored-b", "b", ""),
                    ("http://127.0.0.1:9", "sk-typed", "x", "")]
    assert KEY not in all_text(dialog) and "sk-stored-b" not in all_text(dialog)


def qtbot_run(qtbot: QtBot, dialog: ReverAccountsDialog) -> Any:
    """Click Test and wait for its answer (the test runs in the background)."""
    dialog.last_check = None
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_check is not None, timeout=15_000)
    return dialog.last_check


def test_there_is_nothing_to_test_beside_the_sandbox(qtbot: QtBot,
                                                     keyring: dict[str, str]) -> None:
    dialog = accounts_for(qtbot)
    assert not dialog.test_button.isEnabled()


def test_an_account_added_inside_settings_keeps_the_leads_unsaved_edits(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    """QA M4: adding an account rebuilt the window at once and closed Settings, losing
    what the lead had typed there. The window is built again once Settings is closed."""
    window = loaded(qtbot, make_window)
    window.station_actions.open_settings()
    settings = window.station_actions.settings_dialog
    assert settings is not None
    qtbot.waitExposed(settings)
    settings.station_name.setText("DESK-NORTH")
    dialog = settings.open_rever_accounts()
    qtbot.waitExposed(dialog)
    fill(dialog, "Northwind", ecommerce="northwind")
    assert dialog.add()
    qtbot.wait(200)
    assert window.isVisible() and settings.isVisible()
    assert settings.station_name.text() == "DESK-NORTH"
    dialog.close()
    settings.reject()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert window._outcome == "restart"


def test_a_test_result_never_moves_the_form(qtbot: QtBot, keyring: dict[str, str]) -> None:
    real_main(keyring)
    dialog = accounts_for(qtbot)
    before = dialog.name.mapTo(dialog, dialog.name.rect().topLeft())
    dialog.test_result.setText("✖ " + "A long answer from REVER, said in two lines. " * 3)
    qtbot.wait(50)
    assert dialog.name.mapTo(dialog, dialog.name.rect().topLeft()) == before
