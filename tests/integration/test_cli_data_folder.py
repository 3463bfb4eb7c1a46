"""Which data folder the CLI uses: ``--version`` names it, ``-v`` logs it on every command,
and a command that starts the embedded sandbox without ``REVDESK_DATA_DIR`` says once, on
stderr, where its data is (stdout stays the script's: ``--json`` unchanged)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from revdesk import __version__


def revdesk_at_home(home: Path, *args: str, data_dir: Path | None = None
                    ) -> subprocess.CompletedProcess[str]:
    """``revdesk`` as a user runs it: no REVDESK_* variables, the platform's folders (here
    under ``home``, so the real home folder is never touched)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REVDESK_", "XDG_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"))
    if data_dir is not None:
        env["REVDESK_DATA_DIR"] = str(data_dir)
    return subprocess.run([sys.executable, "-m", "revdesk", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_version_names_the_data_folder_and_the_settings(tmp_path: Path) -> None:
    done = revdesk_at_home(tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (f"revdesk {__version__}\n"
                           f"data folder: {tmp_path / 'data' / 'revdesk'}\n"
                           f"settings: {tmp_path / 'config' / 'revdesk' / 'settings.json'}\n")
    chosen = revdesk_at_home(tmp_path, "--version", data_dir=tmp_path / "dock2")
    assert f"data folder: {tmp_path / 'dock2'} (from REVDESK_DATA_DIR)\n" in chosen.stdout
    assert not (tmp_path / "data").exists()  # asking makes no folder


SHOW = ("processes", "show", "RP-100001")


def test_the_embedded_sandbox_says_once_where_its_data_is(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "revdesk"
    done = revdesk_at_home(tmp_path, *SHOW, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stderr == (
        f"revdesk: using the built-in sandbox (no API key set), its data in {folder} "
        "(REVDESK_DATA_DIR chooses another folder)\n")
    assert json.loads(done.stdout)["process_id"] == "RP-100001"  # stdout: the JSON only
    assert (folder / "sandbox").is_dir()


def test_with_a_data_dir_chosen_the_sandbox_line_is_as_before(tmp_path: Path) -> None:
    done = revdesk_at_home(tmp_path, *SHOW, data_dir=tmp_path / "dock2")
    assert done.returncode == 0, done.stderr
    assert done.stderr == "revdesk: using the built-in sandbox (no API key set)\n"


@pytest.mark.parametrize("args", [SHOW, ("outbox", "list")], ids=["sandbox", "outbox"])
def test_verbose_names_the_data_folder_on_every_command(tmp_path: Path,
                                                        args: tuple[str, ...]) -> None:
    done = revdesk_at_home(tmp_path, "-v", *args, data_dir=tmp_path / "dock2")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count(f"data folder: {tmp_path / 'dock2'}") == 1, done.stderr
    quiet = revdesk_at_home(tmp_path, *args, data_dir=tmp_path / "dock2")
    assert "data folder" not in quiet.stderr
