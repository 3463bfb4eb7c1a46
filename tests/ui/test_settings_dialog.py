"""Settings, complete: honest key hints, what e-commerce is really used, language, the other
platforms and the merchant key, the sounds line, "Test connection" in the background against
a real sandbox on loopback, and export / import through the dialog."""

from __future__ import annotations

import asyncio
import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from revdesk.config import settings_path
from revdesk.settings_store import SettingsStore
from revdesk.ui.dialogs.settings import SettingsDialog

STORED_KEY = "sk-stored-never-shown-123"


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


def dialog_for(qtbot: QtBot, **kw: Any) -> SettingsDialog:
    dialog = SettingsDialog(SettingsStore(), **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def all_text(dialog: QWidget) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    return "\n".join([w.text() for w in dialog.findChildren(QLabel)]
                     + [w.placeholderText() for w in dialog.findChildren(QLineEdit)])


def test_no_key_says_the_sandbox_and_its_e_commerce(qtbot: QtBot, keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    hint = dialog.connection.key_hint.text()
    assert "No key set" in hint and "built-in sandbox" in hint
    assert "unchanged" not in dialog.api_key.placeholderText()
    assert dialog.ecommerce_id.placeholderText() == "acme (sandbox default)"
    assert "group is" in dialog.connection.group_note.text()


def test_a_stored_key_is_said_never_shown(qtbot: QtBot, keyring: dict[str, str]) -> None:
    keyring["api-key:https://rever.example"] = STORED_KEY
    SettingsStore().update(api_url="https://rever.example")
    dialog = dialog_for(qtbot)
    assert "credential store" in dialog.connection.key_hint.text()
    assert "leave empty" in dialog.api_key.placeholderText()
    assert dialog.ecommerce_id.placeholderText() != "acme (sandbox default)"
    # Another address has no key stored: said once the address is typed.
    dialog.api_url.setText("https://other.example")
    dialog.api_url.editingFinished.emit()
    assert "No key is stored for this address" in dialog.connection.key_hint.text()
    assert STORED_KEY not in all_text(dialog)


def test_typing_a_key_is_not_the_sandbox_any_more(qtbot: QtBot, keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    dialog.api_key.setText("k")
    assert "sandbox" not in dialog.ecommerce_id.placeholderText()
    dialog.api_key.clear()
    assert dialog.ecommerce_id.placeholderText() == "acme (sandbox default)"


def test_the_key_hint_says_what_save_does_with_a_key_typed(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    # QA F3: "No key is stored for this address" while a key was typed.
    keyring["api-key:https://rever.example"] = STORED_KEY
    dialog = dialog_for(qtbot)
    hint = dialog.connection.key_hint
    dialog.api_key.setText("k-typed")
    assert "Type the API address too" in hint.text()
    dialog.api_url.setText("https://other.example")
    dialog.api_url.editingFinished.emit()
    assert "Save stores the key typed" in hint.text() and "No key" not in hint.text()
    dialog.api_url.setText("https://rever.example")
    dialog.api_url.editingFinished.emit()
    assert "Save replaces the key stored" in hint.text()
    dialog.api_key.clear()
    assert "leave empty to keep it" in hint.text()
    assert STORED_KEY not in all_text(dialog)


def test_a_long_test_result_does_not_move_the_test_button(qtbot: QtBot,
                                                          keyring: dict[str, str]) -> None:
    # QA F3: a result of three lines moved the button ~16 px down, under a second click.
    from PySide6.QtCore import QPoint

    dialog = dialog_for(qtbot)
    button, result = dialog.connection.test_button, dialog.connection.test_result
    result.setText("✔ short")
    qtbot.wait(20)
    before = button.mapTo(dialog, QPoint(0, 0))
    result.setText("✖ " + "Unreachable: no connection to the address, refused. " * 6)
    qtbot.waitUntil(lambda: result.height() > 2 * button.height(), timeout=2000)
    assert button.mapTo(dialog, QPoint(0, 0)) == before


def test_an_e_commerce_from_the_environment_is_shown(qtbot: QtBot, keyring: dict[str, str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVDESK_ECOMMERCE_ID", "shop-env")
    dialog = dialog_for(qtbot)
    assert dialog.ecommerce_id.placeholderText() == "shop-env (from REVDESK_ECOMMERCE_ID)"


def test_a_key_from_the_environment_is_said(qtbot: QtBot, keyring: dict[str, str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVDESK_API_KEY", "sk-env-never-shown-42")
    monkeypatch.setenv("REVDESK_MERCHANT_KEY", "m-env-never-shown-42")
    dialog = dialog_for(qtbot)
    assert "REVDESK_API_KEY" in dialog.connection.key_hint.text()
    assert "REVDESK_MERCHANT_KEY" in dialog.platforms.merchant_hint.text()
    assert "REVDESK_MERCHANT_KEY" in dialog.env_note.text()
    text = all_text(dialog)
    assert "sk-env-never-shown-42" not in text and "m-env-never-shown-42" not in text


def test_language_and_platforms_are_saved_and_the_merchant_key_stored(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    codes = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert codes == ["", "en", "es", "fr"]
    assert dialog.language.itemText(0) == "Computer's language"
    assert [dialog.language.itemText(i) for i in (2, 3)] == ["Español", "Français"]
    dialog.language.setCurrentIndex(codes.index("fr"))
    dialog.platforms.storefront_url.setText("https://storefront.example/")
    dialog.platforms.merchant_url.setText("https://shop.example/api")
    dialog.platforms.merchant_key.setText("m-secret-77")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible(), dialog.error.text()
    saved = json.loads(settings_path().read_text("utf-8"))
    assert saved["language"] == "fr" and saved["storefront_url"] == "https://storefront.example"
    assert saved["merchant_url"] == "https://shop.example/api"
    assert keyring == {"merchant-key:https://shop.example/api": "m-secret-77"}
    assert "m-secret-77" not in settings_path().read_text("utf-8")


def test_a_platform_address_that_is_not_https_is_refused(qtbot: QtBot,
                                                         keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    dialog.platforms.storefront_url.setText("http://storefront.example")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "Storefront" in dialog.error.text()
    assert not settings_path().exists()


def test_a_merchant_key_without_its_address_is_refused(qtbot: QtBot,
                                                      keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    dialog.platforms.merchant_key.setText("m-1")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "merchant platform's address" in dialog.error.text()
    assert keyring == {}


def test_the_sounds_line_says_when_the_computer_cannot_play(qtbot: QtBot) -> None:
    quiet = dialog_for(qtbot, sounds_off="Sounds off: no audio device")
    assert quiet.sounds_note.isVisible() and "no audio device" in quiet.sounds_note.text()
    assert not dialog_for(qtbot).sounds_note.isVisible()


# -- Test connection ---------------------------------------------------------------------


def test_test_connection_runs_the_form_unsaved_in_the_background(
        qtbot: QtBot, qloop: asyncio.AbstractEventLoop, shared_sandbox: Any,
        keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    dialog.api_url.setText(shared_sandbox.url)
    dialog.api_key.setText("any-key-the-sandbox-takes")
    dialog.ecommerce_id.setText("acme")
    shared_sandbox.set_faults(latency_ms=800)
    button = dialog.connection.test_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=2000)
    # The dialog stays responsive while it runs, and a second click starts nothing.
    dialog.station_name.setText("typed while testing")
    second = asyncio.ensure_future(dialog.connection.test_connection())
    qtbot.waitUntil(second.done, timeout=2000)
    assert second.result() is None
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=15000)
    assert dialog.connection.last_check is not None and dialog.connection.last_check.ok
    assert "60 returns visible" in dialog.connection.test_result.text()
    lists = [r for r in shared_sandbox.requests() if r["path"] == "/v1/processes"]
    assert len(lists) == 1
    assert not settings_path().exists()  # nothing was saved


def test_test_connection_names_a_wrong_key(qtbot: QtBot, qloop: asyncio.AbstractEventLoop,
                                           make_sandbox: Any, keyring: dict[str, str]) -> None:
    server = make_sandbox(processes=5, extra_args=["--api-key", "the-right-key"])
    dialog = dialog_for(qtbot)
    dialog.api_url.setText(server.url)
    dialog.api_key.setText("a-wrong-key-99")
    qtbot.mouseClick(dialog.connection.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong key" in dialog.connection.test_result.text(), timeout=15000)
    assert "a-wrong-key-99" not in dialog.connection.test_result.text()


def test_test_connection_warns_of_an_e_commerce_with_no_returns(
        qtbot: QtBot, qloop: asyncio.AbstractEventLoop, shared_sandbox: Any,
        keyring: dict[str, str]) -> None:
    # QA F2: a mistyped e-commerce id is not a green OK with "0 returns visible".
    dialog = dialog_for(qtbot)
    dialog.api_url.setText(shared_sandbox.url)
    dialog.api_key.setText("any-key-the-sandbox-takes")
    dialog.ecommerce_id.setText("acmee")
    qtbot.mouseClick(dialog.connection.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "REVER answered" in dialog.connection.test_result.text(),
                    timeout=15000)
    text = dialog.connection.test_result.text()
    assert text.startswith("⚠") and "“acmee”" in text and "✔" not in text


def test_test_connection_uses_the_stored_key_when_the_field_is_empty(
        qtbot: QtBot, qloop: asyncio.AbstractEventLoop, make_sandbox: Any,
        keyring: dict[str, str]) -> None:
    server = make_sandbox(processes=3, extra_args=["--api-key", STORED_KEY])
    keyring[f"api-key:{server.url}"] = STORED_KEY
    dialog = dialog_for(qtbot)
    dialog.api_url.setText(server.url)
    dialog.ecommerce_id.setText("acme")
    qtbot.mouseClick(dialog.connection.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✔" in dialog.connection.test_result.text(), timeout=15000)
    assert "3 returns visible" in dialog.connection.test_result.text()


def test_test_connection_refuses_plain_http_elsewhere(qtbot: QtBot,
                                                      qloop: asyncio.AbstractEventLoop,
                                                      keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    dialog.api_url.setText("http://rever.example")
    dialog.api_key.setText("k")
    qtbot.mouseClick(dialog.connection.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not https" in dialog.connection.test_result.text(), timeout=5000)


# -- export / import ---------------------------------------------------------------------


def test_export_then_import_through_the_dialog(qtbot: QtBot, tmp_path: Path,
                                               keyring: dict[str, str]) -> None:
    SettingsStore().update(station_name="DOCK-1", ecommerce_id="shop-1", language="es")
    exported = tmp_path / "shared.json"
    dialog = dialog_for(qtbot)
    assert dialog.files.export_to(exported)
    assert "no key" in dialog.files.result.text()
    assert "DOCK-1" not in exported.read_text("utf-8")

    SettingsStore().update(station_name="DOCK-2", ecommerce_id="", language="")
    dialog = dialog_for(qtbot)
    closed: list[bool] = []
    dialog.saved.connect(lambda: closed.append(True))
    plan = dialog.files.import_from(exported)
    assert plan is not None and dialog.files.confirm is not None
    assert "ecommerce_id" in dialog.files.confirm.detailedText()
    dialog.files.confirm.button(QMessageBox.StandardButton.Apply).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    now = SettingsStore().stored
    assert (now.station_name, now.ecommerce_id, now.language) == ("DOCK-2", "shop-1", "es")
    assert closed == [True]


def test_an_import_cancelled_changes_nothing(qtbot: QtBot, tmp_path: Path,
                                            keyring: dict[str, str]) -> None:
    SettingsStore().update(ecommerce_id="shop-1")
    exported = tmp_path / "shared.json"
    dialog = dialog_for(qtbot)
    dialog.files.export_to(exported)
    SettingsStore().update(ecommerce_id="mine")
    dialog = dialog_for(qtbot)
    dialog.files.import_from(exported)
    assert dialog.files.confirm is not None
    dialog.files.confirm.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: "cancelled" in dialog.files.result.text(), timeout=3000)
    assert SettingsStore().stored.ecommerce_id == "mine" and dialog.isVisible()


def test_a_file_with_a_key_is_refused_in_the_dialog(qtbot: QtBot, tmp_path: Path,
                                                   keyring: dict[str, str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "revdesk-settings", "version": 1,
                               "settings": {"api_key": "sk-in-a-file"}}))
    dialog = dialog_for(qtbot)
    assert dialog.files.import_from(bad) is None
    assert "never imported" in dialog.files.result.text()
    assert "sk-in-a-file" not in dialog.files.result.text() and dialog.files.confirm is None


def test_every_new_line_shows_its_text_as_it_is(qtbot: QtBot) -> None:
    # A server's or a file's text ends up in these: never read as markup.
    from PySide6.QtWidgets import QLabel

    dialog = dialog_for(qtbot, sounds_off="<b>x</b>")
    for name in ("apiKeyHint", "groupNote", "testResult", "merchantKeyHint", "soundsNote",
                 "settingsFilesResult", "envNote"):
        found = dialog.findChild(QLabel, name)
        assert found is not None and found.textFormat() == Qt.TextFormat.PlainText, name


# -- the walk-in's returns page and the Revers.io accounts ----------------------------------


def test_the_returns_page_is_edited_in_other_platforms(qtbot: QtBot,
                                                      keyring: dict[str, str]) -> None:
    dialog = dialog_for(qtbot)
    field = dialog.platforms.returns_portal_url
    assert field.parent() is dialog.platforms and field.text() == ""
    field.setText("http://shop.example/returns")  # plain http to another computer
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and "returns page" in dialog.error.text()
    field.setText("https://shop.example/returns/")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible(), dialog.error.text()
    assert SettingsStore().current.returns_portal_url == "https://shop.example/returns"
    assert dialog_for(qtbot).platforms.returns_portal_url.text() == "https://shop.example/returns"


def test_a_reversio_account_is_added_its_secrets_only_in_the_credential_store(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    from revdesk.config import load_reversio_secrets, reversio_accounts

    settings = dialog_for(qtbot)
    accounts = settings.open_reversio_accounts()
    assert accounts.isVisible() and accounts.model.rowCount() == 0
    accounts.name.setText("EU shop")
    accounts.url.setText("https://reversio.example/api/")
    accounts.url.editingFinished.emit()
    assert "No key and secret are stored" in accounts.hint.text()
    accounts.subscription_key.setText("sub-never-shown-1")
    assert not accounts.add()  # the secret is missing: nothing saved
    assert "both" in accounts.error.text() and keyring == {}
    accounts.secret.setText("secret-never-shown-2")
    assert accounts.add(), accounts.error.text()
    assert keyring == {"reversio-subscription:https://reversio.example/api": "sub-never-shown-1",
                       "reversio-secret:https://reversio.example/api": "secret-never-shown-2"}
    text = settings_path().read_text("utf-8")
    assert "never-shown" not in text and "EU shop" in text
    [account] = reversio_accounts(SettingsStore().current)
    assert (account.name, account.url) == ("EU shop", "https://reversio.example/api")
    key, secret = load_reversio_secrets(account.url)
    assert key is not None and secret is not None
    assert [accounts.model.rows[0][i] for i in (0, 1, 2)] == [
        "EU shop", "https://reversio.example/api", "stored"]
    assert "leave both empty" in accounts.hint.text()
    assert accounts.subscription_key.text() == accounts.secret.text() == ""
    assert "never-shown" not in "\n".join(all_text(d) for d in (settings, accounts))
    # Another name with the same address and nothing typed: the stored pair is kept.
    accounts.name.setText("EU shop (returns)")
    assert accounts.add(), accounts.error.text()
    assert accounts.model.rowCount() == 2
    # Saving Settings afterwards keeps the accounts the dialog saved.
    settings.station_name.setText("DOCK-4")
    settings.buttons.accepted.emit()
    assert [a.name for a in SettingsStore().stored.reversio_accounts] == [
        "EU shop", "EU shop (returns)"]


def test_a_reversio_account_is_removed_and_a_bad_address_refused(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    from revdesk.config import ReversioAccount

    keyring["reversio-subscription:https://a.example"] = "k"
    keyring["reversio-secret:https://a.example"] = "s"
    SettingsStore().update(reversio_accounts=[ReversioAccount(name="A", url="https://a.example"),
                                              ReversioAccount(name="B", url="https://b.example")])
    accounts = dialog_for(qtbot).open_reversio_accounts()
    assert [r[2] for r in accounts.model.rows] == ["stored", "MISSING"]
    accounts.name.setText("C")
    accounts.url.setText("http://reversio.example")  # plain http to another computer
    assert not accounts.add() and "https://" in accounts.error.text()
    accounts.select(0)
    assert accounts.name.text() == "A"
    assert accounts.remove_selected()
    assert [a.name for a in SettingsStore().stored.reversio_accounts] == ["B"]
    assert keyring == {}  # a removed account leaves no secret behind on a shared PC


def test_removing_one_of_two_accounts_on_one_address_keeps_its_secrets(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    from revdesk.config import ReversioAccount

    keyring["reversio-subscription:https://a.example"] = "k"
    keyring["reversio-secret:https://a.example"] = "s"
    SettingsStore().update(reversio_accounts=[
        ReversioAccount(name="A", url="https://a.example"),
        ReversioAccount(name="A returns", url="https://a.example/")])
    accounts = dialog_for(qtbot).open_reversio_accounts()
    accounts.select(0)
    assert accounts.remove_selected()
    assert len(keyring) == 2  # "A returns" still signs in with them


def test_reversio_secrets_from_the_environment_are_said_to_win(
        qtbot: QtBot, keyring: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REVDESK_REVERSIO_SUBSCRIPTION_KEY", "env-sub-never-shown")
    monkeypatch.setenv("REVDESK_REVERSIO_SECRET", "env-secret-never-shown")
    settings = dialog_for(qtbot)
    assert "REVDESK_REVERSIO_SECRET" in settings.env_note.text()
    accounts = settings.open_reversio_accounts()
    assert "REVDESK_REVERSIO_SUBSCRIPTION_KEY" in accounts.env_note.text()
    assert "environment's are used" in accounts.hint.text()
    assert "never-shown" not in all_text(accounts)


def test_no_credential_store_saves_no_reversio_account(qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(service: str, user: str, value: str) -> None:
        raise RuntimeError("no backend")

    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: None  # type: ignore[attr-defined]
    module.set_password = refuse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    accounts = dialog_for(qtbot).open_reversio_accounts()
    accounts.name.setText("EU shop")
    accounts.url.setText("https://reversio.example")
    accounts.subscription_key.setText("k-never-shown")
    accounts.secret.setText("s-never-shown")
    assert not accounts.add()
    assert "REVDESK_REVERSIO_SUBSCRIPTION_KEY" in accounts.error.text()
    assert SettingsStore().stored.reversio_accounts == []
    assert "never-shown" not in all_text(accounts)


def _wheel_down(widget: QWidget) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    at = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(at, QPointF(widget.mapToGlobal(at)), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_not_a_combo_under_the_pointer(
        qtbot: QtBot, keyring: dict[str, str]) -> None:
    """QA r3: the wheel over the form changed "A shift starts" while scrolling. A combo
    box without the focus leaves the wheel to the scroll area; focused, it takes it."""
    from revdesk.ui.screen_fit import FormScroll

    dialog = dialog_for(qtbot)
    dialog.resize(900, 400)  # short: the form scrolls
    scroll = dialog.findChild(FormScroll)
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    combo = dialog.shift_starts
    assert combo.currentData() == "day" and not combo.hasFocus()
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel does not focus it
    _wheel_down(combo)
    assert combo.currentData() == "day"
    assert bar.value() > 0  # the form scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo)
    assert combo.currentData() == "sign_in"


def test_typing_a_key_does_not_move_the_test_button(qtbot: QtBot,
                                                    keyring: dict[str, str]) -> None:
    # QA r3: a key typed made the key hint three lines, the button 20 px lower.
    from PySide6.QtCore import QPoint

    dialog = dialog_for(qtbot)
    dialog.api_url.setText("http://127.0.0.1:8795")
    dialog.api_url.editingFinished.emit()
    button, hint = dialog.connection.test_button, dialog.connection.key_hint
    qtbot.wait(20)
    before, lines = button.mapTo(dialog, QPoint(0, 0)), hint.height()
    dialog.api_key.setText("k-typed")
    assert "Save stores the key typed" in hint.text()
    qtbot.wait(20)
    assert button.mapTo(dialog, QPoint(0, 0)) == before
    assert hint.height() == lines
