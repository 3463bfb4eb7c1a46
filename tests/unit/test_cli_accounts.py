"""``revdesk accounts list|add|remove`` (issue 17, D): run in-process on a data folder in
tmp_path with a credential store in memory, or as ``python3 -m revdesk`` with none. The
refusals are the dialog's (exit 2 in words), a key never reaches a file or the output, and
where each key comes from is said."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from revdesk.cli import main
from revdesk.config import ReverAccount, data_dir
from revdesk.settings_store import SettingsStore

KEY = "sk-merchant-never-shown-42"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def keyring(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    stored: dict[str, str] = {}
    module = types.ModuleType("keyring")
    module.get_password = lambda service, user: stored.get(user)  # type: ignore[attr-defined]
    module.set_password = (  # type: ignore[attr-defined]
        lambda service, user, key: stored.__setitem__(user, key))
    module.delete_password = lambda service, user: stored.pop(user)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyring", module)
    return stored


def real_main_account(**more: object) -> SettingsStore:
    store = SettingsStore()
    store.update(api_url="https://rever.example", ecommerce_id="main-shop", **more)
    return store


def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def files_text() -> str:
    return "\n".join(p.read_text("utf-8", errors="replace")
                     for p in data_dir().rglob("*") if p.is_file())


def test_a_real_account_is_added_its_key_only_in_the_credential_store(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_main_account()
    code, out, err = run(capsys, monkeypatch, "accounts", "add", "Shop B", "--ecommerce",
                         "shop-b", "--url", "https://rever.example/", "--key-stdin",
                         stdin=KEY + "\n")
    assert code == 0, err
    assert "Shop B added" in out
    assert keyring == {"api-key:https://rever.example#shop-b#": KEY}
    [account] = SettingsStore().stored.rever_accounts
    assert account == ReverAccount(name="Shop B", api_url="https://rever.example",
                                   ecommerce_id="shop-b")
    code, out, err = run(capsys, monkeypatch, "accounts", "list")
    assert code == 0
    assert out.splitlines() == ["main-shop\thttps://rever.example\tmain-shop\tMISSING",
                                "Shop B\thttps://rever.example\tshop-b\tstored"]
    assert KEY not in out + err and KEY not in files_text()


def test_list_json_puts_the_main_account_first_and_never_a_key(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    keyring["api-key:https://rever.example"] = KEY
    keyring["api-key:https://eu.example#eu#"] = KEY
    real_main_account(account_name="Warehouse", rever_accounts=[
        ReverAccount(name="EU", api_url="https://eu.example", ecommerce_id="eu"),
        ReverAccount(name="Group", api_url="https://eu.example", ecommerce_group="g1")])
    code, out, _ = run(capsys, monkeypatch, "accounts", "list", "--json")
    assert code == 0 and KEY not in out
    assert json.loads(out) == [
        {"name": "Warehouse", "main": True, "api_url": "https://rever.example",
         "sandbox": False, "ecommerce_id": "main-shop", "ecommerce_group": None,
         "key": "stored"},
        {"name": "EU", "main": False, "api_url": "https://eu.example", "sandbox": False,
         "ecommerce_id": "eu", "ecommerce_group": None, "key": "stored"},
        {"name": "Group", "main": False, "api_url": "https://eu.example", "sandbox": False,
         "ecommerce_id": None, "ecommerce_group": "g1", "key": "missing"}]


def test_the_environment_variable_is_said_to_give_the_key(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_main_account(rever_accounts=[ReverAccount(name="Shop B", api_url="https://b.example",
                                                   ecommerce_id="b")])
    monkeypatch.setenv("REVDESK_API_KEY__SHOP_B", KEY)
    code, out, _ = run(capsys, monkeypatch, "accounts", "list")
    assert code == 0 and KEY not in out
    assert out.splitlines()[1] == "Shop B\thttps://b.example\tb\tfrom the environment"
    # With the variable set, no key needs typing to add one.
    code, out, err = run(capsys, monkeypatch, "accounts", "add", "Shop B", "--ecommerce", "b2",
                         "--url", "https://b.example")
    assert code == 0, err
    assert "replaced" in out and "REVDESK_API_KEY__SHOP_B" in out and keyring == {}


def test_sandbox_accounts_have_no_address_and_need_no_key(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = run(capsys, monkeypatch, "accounts", "add", "Beta", "--ecommerce", "beta")
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, "accounts", "list")
    assert out.splitlines() == ["acme\tbuilt-in sandbox\tacme\tnot needed",
                                "Beta\tbuilt-in sandbox\tbeta\tnot needed"]
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "Gamma", "--ecommerce", "g",
                       "--url", "https://rever.example")
    assert code == 2 and "built-in sandbox" in err and "Leave the address empty" in err
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "Gamma", "--ecommerce", "g",
                       "--key-stdin", stdin=KEY + "\n")
    assert code == 2 and "needs no key" in err and keyring == {}
    assert [a.name for a in SettingsStore().stored.rever_accounts] == ["Beta"]


@pytest.mark.parametrize(("args", "words"), [
    (["", "--ecommerce", "x", "--url", "https://b.example"], "name of up to 40"),
    (["x" * 41, "--ecommerce", "x", "--url", "https://b.example"], "name of up to 40"),
    (["Sh\x1bop", "--ecommerce", "x", "--url", "https://b.example"], "printable"),
    (["main-shop", "--ecommerce", "x", "--url", "https://b.example"], "main account's name"),
    (["MAIN SHOP", "--ecommerce", "x", "--url", "https://b.example"], "main account's name"),
    (["shop-a", "--ecommerce", "x", "--url", "https://b.example"], "too like the account"),
    (["Shop B", "--url", "https://b.example"], "e-commerce id or its group"),
    (["Shop B", "--ecommerce", "b", "--url", "http://b.example"], "https://"),
    (["Shop B", "--ecommerce", "b", "--url", "https://b.example:99999"], "not a valid address"),
    (["Shop B", "--ecommerce", "b"], "REVER API address"),
    (["Shop B", "--ecommerce", "b", "--url", "https://b.example"], "REVDESK_API_KEY__SHOP_B"),
    (["Shop B", "--ecommerce", "a", "--url", "HTTPS://A.EXAMPLE:443/"],
     "same e-commerce as “Shop A”"),
    (["Shop B", "--ecommerce", "main-shop", "--url", "https://rever.example/"],
     "same e-commerce as the main account “main-shop”"),
    (["Shop B", "--ecommerce", "b", "--url", "https://u:sk-1@b.example"], "never a place"),
    (["Shop B", "--ecommerce", "b", "--url", "https://b.example/?key=sk-1"], "never a place"),
    (["Shop B", "--ecommerce", "b", "--url", "https://b.example/#sk-1"], "never a place"),
])
def test_refusals_are_exit_2_in_words_and_save_nothing(
        args: list[str], words: str, keyring: dict[str, str],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    existing = [ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a")]
    keyring["api-key:https://a.example#a#"] = KEY
    real_main_account(rever_accounts=existing)
    code, out, err = run(capsys, monkeypatch, "accounts", "add", *args)
    assert code == 2, out
    assert words in err and "Nothing was saved" in err
    assert "\x1b" not in err and "sk-1" not in err
    assert SettingsStore().stored.rever_accounts == existing


def test_a_station_holds_at_most_thirty_more_accounts(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    full = [ReverAccount(name=f"M{i}", api_url="https://a.example", ecommerce_id=f"m{i}")
            for i in range(30)]
    real_main_account(rever_accounts=full)
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "M30", "--ecommerce", "m30",
                       "--url", "https://a.example", "--key-stdin", stdin=KEY + "\n")
    assert code == 2 and "at most" not in err and "30 more accounts" in err, err
    assert keyring == {} and SettingsStore().stored.rever_accounts == full
    # Replacing one of them is still possible.
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "M0", "--ecommerce", "m0",
                       "--url", "https://a.example", "--key-stdin", stdin=KEY + "\n")
    assert code == 0, err


def test_replacing_an_account_by_its_address_written_otherwise_keeps_its_new_key(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"HTTPS://A.EXAMPLE/" is a.example: its key is stored under the same name, so the
    old account's key is not forgotten after the new one is saved (it is the new one)."""
    keyring["api-key:https://a.example#a#"] = "old-key"
    real_main_account(rever_accounts=[
        ReverAccount(name="Shop A", api_url="HTTPS://A.EXAMPLE/", ecommerce_id="a")])
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "Shop A", "--ecommerce", "a",
                       "--url", "https://a.example", "--key-stdin", stdin=KEY + "\n")
    assert code == 0, err
    assert keyring == {"api-key:https://a.example#a#": KEY}


def test_plain_http_to_this_computer_is_an_address(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_main_account()
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "Local", "--ecommerce", "l",
                       "--url", "http://127.0.0.1:8080", "--key-stdin", stdin=KEY)
    assert code == 0, err
    assert keyring == {"api-key:http://127.0.0.1:8080#l#": KEY}


def test_remove_forgets_the_key_and_an_unknown_name_is_exit_3(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    keyring["api-key:https://a.example#a#"] = KEY
    keyring["api-key:https://a.example#b#"] = "other-key"
    real_main_account(rever_accounts=[
        ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a"),
        ReverAccount(name="Shop B", api_url="https://a.example", ecommerce_id="b")])
    code, _, err = run(capsys, monkeypatch, "accounts", "remove", "Shop Z")
    assert code == 3 and "no account named" in err
    code, _, err = run(capsys, monkeypatch, "accounts", "remove", "main-shop")
    assert code == 3
    code, out, err = run(capsys, monkeypatch, "accounts", "remove", "Shop A")
    assert code == 0, err
    assert "removed; its stored key was forgotten" in out
    assert keyring == {"api-key:https://a.example#b#": "other-key"}
    assert [a.name for a in SettingsStore().stored.rever_accounts] == ["Shop B"]


def test_remove_says_a_key_forgotten_only_when_one_was(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A key given by REVDESK_API_KEY__<NAME>, or none stored, is not "forgotten": the
    lead is told what is true, and where to unset a key that still is."""
    real_main_account(rever_accounts=[
        ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a"),
        ReverAccount(name="Shop B", api_url="https://b.example", ecommerce_id="b"),
        ReverAccount(name="Shop C", api_url="https://c.example", ecommerce_id="c")])
    monkeypatch.setenv("REVDESK_API_KEY__SHOP_A", KEY)
    code, out, err = run(capsys, monkeypatch, "accounts", "remove", "Shop A")
    assert code == 0, err
    assert "forgotten" not in out and KEY not in out
    assert out.strip() == ("account Shop A removed; no stored key was deleted; its key is set "
                           "by REVDESK_API_KEY__SHOP_A in the environment: unset it there")
    # Stored and in its variable: both said.
    keyring["api-key:https://b.example#b#"] = "stored-b"
    monkeypatch.setenv("REVDESK_API_KEY__SHOP_B", KEY)
    code, out, _ = run(capsys, monkeypatch, "accounts", "remove", "Shop B")
    assert code == 0 and keyring == {}
    assert "its stored key was forgotten; its key is set by REVDESK_API_KEY__SHOP_B" in out
    # No credential store at all: nothing was deleted, and it is not said to be.
    monkeypatch.setitem(sys.modules, "keyring", None)
    code, out, _ = run(capsys, monkeypatch, "accounts", "remove", "Shop C")
    assert code == 0
    assert out.strip() == "account Shop C removed; no stored key was deleted"


def test_replacing_an_account_with_another_e_commerce_forgets_the_old_key(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    keyring["api-key:https://a.example#a#"] = KEY
    real_main_account(rever_accounts=[
        ReverAccount(name="Shop A", api_url="https://a.example", ecommerce_id="a")])
    code, _, err = run(capsys, monkeypatch, "accounts", "add", "Shop A", "--ecommerce",
                         "a2", "--url", "https://a.example", "--key-stdin", stdin="new-key\n")
    assert code == 0, err
    assert keyring == {"api-key:https://a.example#a2#": "new-key"}


def revdesk(*args: str, data: Path, stdin: str = "",
            **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    full.update(REVDESK_DATA_DIR=str(data),
                PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
                PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), full.get("PYTHONPATH"))
                                           if p), **env)
    return subprocess.run([sys.executable, "-m", "revdesk", "accounts", *args], input=stdin,
                          capture_output=True, text=True, env=full, timeout=60, check=False)


def test_without_a_credential_store_the_env_variable_is_named(tmp_path: Path) -> None:
    data = tmp_path / "station"
    data.mkdir()
    (data / "settings.json").write_text(json.dumps({"api_url": "https://rever.example",
                                                    "ecommerce_id": "main"}))
    added = revdesk("add", "Shop B", "--ecommerce", "b", "--url", "https://b.example",
                    "--key-stdin", data=data, stdin=KEY + "\n")
    assert added.returncode == 2
    assert "REVDESK_API_KEY__SHOP_B" in added.stderr and "no secure credential store" in added.stderr
    # Without a key at all, the same variable is named.
    added = revdesk("add", "Shop B", "--ecommerce", "b", "--url", "https://b.example",
                    data=data)
    assert added.returncode == 2 and "REVDESK_API_KEY__SHOP_B" in added.stderr
    assert KEY not in (data / "settings.json").read_text("utf-8")
    assert "Shop B" not in (data / "settings.json").read_text("utf-8")
    # With the variable, the account is added and listed as from the environment.
    added = revdesk("add", "Shop B", "--ecommerce", "b", "--url", "https://b.example",
                    data=data, REVDESK_API_KEY__SHOP_B=KEY)
    assert added.returncode == 0, added.stderr
    listed = revdesk("list", data=data, REVDESK_API_KEY__SHOP_B=KEY)
    assert listed.returncode == 0
    assert "Shop B\thttps://b.example\tb\tfrom the environment" in listed.stdout.splitlines()
    assert KEY not in listed.stdout + listed.stderr + added.stdout + added.stderr


def test_control_characters_in_the_file_are_spelled_out(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_main_account(account_name="Main", rever_accounts=[
        ReverAccount(name="Shop", api_url="https://a.example", ecommerce_id="a\x1b[2Jb")])
    code, out, _ = run(capsys, monkeypatch, "accounts", "list")
    assert code == 0 and "\x1b" not in out and "a\\x1b[2Jb" in out


def test_on_a_terminal_the_key_is_prompted_without_echo(
        keyring: dict[str, str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or KEY)
    real_main_account()
    monkeypatch.setattr(sys, "stdin", Terminal(""))
    code = main(["accounts", "add", "Shop B", "--ecommerce", "b", "--url", "https://b.example"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert prompts == ["API key of Shop B (empty: keep the one stored): "]
    assert keyring == {"api-key:https://b.example#b#": KEY} and KEY not in out + err
    # Its variable set: nothing to ask.
    monkeypatch.setenv("REVDESK_API_KEY__SHOP_C", KEY)
    code = main(["accounts", "add", "Shop C", "--ecommerce", "c", "--url", "https://c.example"])
    assert code == 0 and len(prompts) == 1
