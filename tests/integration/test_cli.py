"""The ``revdesk`` command as a script would run it: exit codes and plain-word messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import pytest

from revdesk.api.models import SHIPPING_STATUSES


def revdesk(*args: str, env: dict[str, str] | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_API")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=full_env, timeout=timeout, check=False)


def against(sandbox: Any, key: str = "test-key") -> dict[str, str]:
    return {"REVDESK_API_URL": sandbox.url, "REVDESK_API_KEY": key}


def assert_plain(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_version() -> None:
    result = revdesk("--version")
    assert result.returncode == 0 and result.stdout.startswith("revdesk ")


def test_list_follows_pages_and_prints_json(shared_sandbox: Any) -> None:
    result = revdesk("processes", "list", "--json", env=against(shared_sandbox))
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 60 and len({r["process_id"] for r in rows}) == 60


def test_list_by_status_as_a_table(shared_sandbox: Any) -> None:
    result = revdesk("processes", "list", "--status", "collected", env=against(shared_sandbox))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split()[:2] == ["PROCESS", "ORDER"]
    assert all("COLLECTED" in line for line in lines[1:-1]) and len(lines) > 2


def test_show_prints_the_return(shared_sandbox: Any) -> None:
    result = revdesk("processes", "show", "RP-100001", env=against(shared_sandbox))
    assert result.returncode == 0, result.stderr
    assert "RP-100001" in result.stdout and "Items:" in result.stdout


def test_status_set_reaches_the_sandbox(sandbox: Any) -> None:
    result = revdesk("status", "set", "RP-100010", "in_warehouse", env=against(sandbox))
    assert result.returncode == 0, result.stderr
    assert "RP-100010: IN_WAREHOUSE" in result.stdout
    shown = revdesk("processes", "show", "RP-100010", "--json", env=against(sandbox))
    assert json.loads(shown.stdout)["shipping_status"] == "IN_WAREHOUSE"


def test_unknown_status_is_exit_2_and_lists_the_valid_ones(shared_sandbox: Any) -> None:
    result = revdesk("status", "set", "RP-100001", "ARRIVED", env=against(shared_sandbox))
    assert result.returncode == 2
    assert all(s in result.stderr for s in SHIPPING_STATUSES)
    assert_plain(result)


def test_unknown_process_is_exit_3(shared_sandbox: Any) -> None:
    result = revdesk("processes", "show", "RP-999999", env=against(shared_sandbox))
    assert result.returncode == 3 and "does not know" in result.stderr
    assert_plain(result)


def test_bad_key_is_exit_4_and_never_printed(make_sandbox: Any) -> None:
    server = make_sandbox(extra_args=["--api-key", "the-right-key"])
    result = revdesk("processes", "show", "RP-100001", env=against(server, key="wrong-key-123"))
    assert result.returncode == 4 and "API key" in result.stderr
    assert "wrong-key-123" not in result.stderr + result.stdout
    assert_plain(result)


def test_backend_down_is_exit_5() -> None:
    result = revdesk("processes", "list", env={"REVDESK_API_URL": "http://127.0.0.1:9",
                                               "REVDESK_API_KEY": "k"})
    assert result.returncode == 5 and "No connection" in result.stderr
    assert_plain(result)


def test_plain_http_to_another_host_is_refused_without_connecting() -> None:
    result = revdesk("processes", "list", env={"REVDESK_API_URL": "http://rever.example.invalid",
                                               "REVDESK_API_KEY": "k"})
    assert result.returncode == 2 and "https" in result.stderr
    assert_plain(result)


@pytest.mark.parametrize(("url", "shown"), [
    ("http://[::1", "http://[::1"),  # ValueError from urllib
    ("http://127.0.0.1:99999", "http://127.0.0.1:99999"),  # an ExceptionGroup from anyio
    ("http://127.0.0.1\x01:8000/\x1b[2J", "http://127.0.0.1\\x01:8000/\\x1b[2J"),  # InvalidURL
], ids=["unclosed-bracket", "port-99999", "control-characters"])
def test_an_api_address_that_is_no_address_is_exit_2_and_shown(url: str, shown: str) -> None:
    result = revdesk("processes", "list", env={"REVDESK_API_URL": url, "REVDESK_API_KEY": "k"})
    assert result.returncode == 2, result.stderr
    said = f"revdesk: The API address “{shown}” is not a valid address"
    assert any(line.startswith(said) for line in result.stderr.splitlines()), result.stderr
    assert "\x1b" not in result.stderr and "\x01" not in result.stderr
    assert_plain(result)


def test_bad_usage_is_exit_2() -> None:
    assert revdesk("processes").returncode == 2
    assert revdesk("status", "set", "RP-1").returncode == 2
    blank = revdesk("status", "set", " ", "CREATED")
    assert blank.returncode == 2 and "not a process id" in blank.stderr


@pytest.mark.parametrize("args", [("processes", "list", "--json"), ("processes", "show", "RP-100001")])
def test_no_key_uses_the_embedded_sandbox(args: tuple[str, ...]) -> None:
    result = revdesk(*args)
    assert result.returncode == 0, result.stderr
    assert "built-in sandbox" in result.stderr


def test_the_cli_runs_the_station_core_without_importing_qt(shared_sandbox: Any) -> None:
    """Every command runs on the same StationCore as the window, and never imports Qt
    (a script on a server without a display must work)."""
    script = ("import sys\n"
              "from revdesk.cli import main\n"
              "code = main(['processes', 'list', '--json'])\n"
              "assert 'revdesk.core' in sys.modules, 'not run on the station core'\n"
              "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
              "sys.stderr.write(f'qt={qt}\\n')\n"
              "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_API")}
    env.update(against(shared_sandbox))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "qt=[]" in result.stderr


def secret_forms(key: str) -> set[str]:
    """The key as it would appear if anything printed or stored it, raw or escaped."""
    import urllib.parse

    return {key, repr(key)[1:-1], key.encode("unicode_escape").decode(),
            json.dumps(key)[1:-1], urllib.parse.quote(key, safe=""),
            urllib.parse.quote_plus(key)} - {""}


@pytest.mark.parametrize("key", ["sk-live\rX-Injected: 1", "sk-live\nX-Injected: 1",
                                 "sk-live\x1b]0;pwned\x07", "sk-clé-live"])
def test_a_key_with_control_or_non_ascii_characters_is_refused_and_never_written(
        key: str, tmp_path: Any) -> None:
    data = tmp_path / "data"
    env = {"REVDESK_API_URL": "http://127.0.0.1:9", "REVDESK_API_KEY": key,
           "REVDESK_DATA_DIR": str(data)}
    runs = [revdesk("-v", "processes", "list", env=env),
            revdesk("-v", "status", "set", "RP-100001", "IN_WAREHOUSE", env=env),
            revdesk("label", "fetch", "RP-100001", "-o", str(tmp_path / "l.pdf"), env=env)]
    for result in runs:
        assert result.returncode == 2, result.stderr
        assert "REVDESK_API_KEY" in result.stderr and "Paste the key again" in result.stderr
        assert_plain(result)
    written = [p.read_bytes() for p in data.rglob("*") if p.is_file()]
    outputs = [r.stdout + r.stderr for r in runs]
    for form in secret_forms(key) | secret_forms(key.split("\r")[0].split("\n")[0]):
        if len(form) < 8:
            continue
        assert all(form not in text for text in outputs), form
        assert all(form.encode() not in blob for blob in written), form


@pytest.mark.parametrize("args", [("processes", "list"), ("processes", "list", "--json"),
                                  ("processes", "show", "RP-100001")])
def test_a_terminal_that_cannot_show_every_letter_gets_replacements_not_a_crash(
        args: tuple[str, ...]) -> None:
    """The built-in sandbox's customers are Spanish (García, Martínez...): with an ASCII-only
    standard output, printing them raised UnicodeEncodeError (exit 1)."""
    result = revdesk(*args, env={"PYTHONIOENCODING": "ascii", "LANG": "C", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    assert_plain(result)
    assert result.stdout.isascii() and "RP-1000" in result.stdout
    if "--json" in args:  # the same data, its letters as \u escapes
        assert any("í" in r["customer"]["last_name"] for r in json.loads(result.stdout))


@pytest.mark.parametrize("pid", ["RP-" + "1" * 10_000, "RP-1\x1b[2J", "RP-1\u202e", "RP-\x7f1"],
                         ids=["10000-chars", "escape", "bidi", "delete"])
def test_an_invalid_process_id_never_enters_the_outbox(pid: str, tmp_path: Any) -> None:
    """REVER is down, so a change is queued: an id no request could carry must be refused
    before that, not stored and refused by every later flush."""
    from revdesk.domain.outbox import OUTBOX_FILE, OutboxStore

    data = tmp_path / "data"
    result = revdesk("status", "set", pid, "IN_WAREHOUSE",
                     env={"REVDESK_API_URL": "http://127.0.0.1:9", "REVDESK_API_KEY": "k",
                          "REVDESK_DATA_DIR": str(data)})
    assert result.returncode == 2, result.stdout + result.stderr
    assert "not a process id" in result.stderr and len(result.stderr) < 400
    assert_plain(result)
    if (data / OUTBOX_FILE).exists():
        store = OutboxStore(data / OUTBOX_FILE)
        assert store.pending() == [] and store.failed() == []
        store.close()


def test_retry_failed_sends_again_only_what_a_retry_can_help(tmp_path: Any) -> None:
    """``outbox flush --retry-failed`` as the window's "Retry refused": a refused key is
    sent again (here to the embedded sandbox), an unknown return stays refused."""
    from revdesk.domain.outbox import OUTBOX_FILE, REFUSED_KEY, REFUSED_NOT_FOUND, OutboxStore

    data = tmp_path / "data"
    store = OutboxStore(data / OUTBOX_FILE)
    for pid, kind in (("RP-100001", REFUSED_KEY), ("RP-100002", REFUSED_NOT_FOUND)):
        entry, _ = store.add(pid, "IN_WAREHOUSE", source="scan")
        store.fail(entry.id, "refused", refusal=kind, late=True)
    store.close()
    result = revdesk("outbox", "flush", "--retry-failed", env={"REVDESK_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 delivered" in result.stdout
    store = OutboxStore(data / OUTBOX_FILE)
    assert [e.process_id for e in store.failed()] == ["RP-100002"] and store.pending() == []
    store.close()


def revdesk_to(stdout: int, *args: str) -> subprocess.CompletedProcess[str]:
    """The embedded sandbox's answer written to ``stdout`` (a file descriptor)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_API")}
    return subprocess.run([sys.executable, "-m", "revdesk", *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, env=env, timeout=60, check=False)


SANDBOX_NOTE = "revdesk: using the built-in sandbox (no API key set)\n"
OUTPUTS = [("processes", "list"), ("processes", "list", "--json"),
           ("label", "fetch", "RP-100001", "-o", "-")]


@pytest.mark.parametrize("args", OUTPUTS, ids=["table", "json", "label"])
def test_a_reader_that_went_away_ends_the_command_as_sigpipe_would(args: tuple[str, ...]) -> None:
    """``revdesk processes list | head -1``: the reader has what it wanted; the command
    stops without a word, exit 141 as a process killed by SIGPIPE (no BrokenPipeError,
    no "unexpected error", no "Exception ignored" at exit). A pipe whose reader is
    already closed makes the first write fail every time."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = revdesk_to(write_end, *args)
    finally:
        os.close(write_end)
    assert result.returncode == 141, result.stderr
    assert result.stderr == SANDBOX_NOTE


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("args", OUTPUTS, ids=["table", "json", "label"])
def test_a_full_disk_under_the_output_is_said_in_plain_words(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        result = revdesk_to(full.fileno(), *args)
    assert result.returncode == 74
    assert result.stderr == (SANDBOX_NOTE + "revdesk: cannot write the output: "
                                            "No space left on device\n")


@pytest.mark.parametrize("args", [*OUTPUTS, ("audit", "export")],
                         ids=["table", "json", "label", "csv"])
def test_a_closed_standard_output_is_exit_74_in_plain_words(args: tuple[str, ...]) -> None:
    """Started with standard output closed (``>&-``, a service without one), Python gives
    sys.stdout = None: "unexpected error (AttributeError: 'NoneType' object has no
    attribute 'write')", exit 1."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_API")}
    result = subprocess.run(["sh", "-c", 'exec "$0" -m revdesk "$@" >&-', sys.executable,
                             *args], stderr=subprocess.PIPE, text=True, env=env, timeout=60,
                            check=False)
    assert result.returncode == 74, result.stderr
    assert result.stderr.endswith("revdesk: cannot write the output: standard output is "
                                  "closed\n")
    assert "unexpected error" not in result.stderr
