"""packaging/install-desktop-entry.sh, as the bundle carries it beside its executable: the
entry it writes starts that folder's revdesk, a path with spaces included, and a path a
desktop entry could not hold as written is refused with nothing installed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def bundle_folder(where: Path) -> Path:
    """The desktop files as the spec lays them beside the executable (a stand-in for it)."""
    where.mkdir(parents=True)
    shutil.copy2(ROOT / "packaging" / "install-desktop-entry.sh", where)
    shutil.copy2(ROOT / "packaging" / "revdesk.desktop", where)
    shutil.copy2(ROOT / "resources" / "icons" / "revdesk.png", where)
    (where / "revdesk").write_text("#!/bin/sh\n", encoding="utf-8")
    return where


def install(folder: Path, data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(folder / "install-desktop-entry.sh")],
                          env={"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data)},
                          capture_output=True, text=True, timeout=30)


def test_the_entry_starts_this_folders_revdesk_even_with_spaces(tmp_path: Path) -> None:
    folder = bundle_folder(tmp_path / "desk apps" / "revdesk 0.1")
    done = install(folder, tmp_path / "share")
    assert done.returncode == 0, done.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(tmp_path / "share" / "applications" / "revdesk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == f'"{folder / "revdesk"}"'  # quoted: one argument
    assert desktop["TryExec"] == str(folder / "revdesk")
    assert desktop["Name"] == "revdesk" and desktop["Icon"] == "revdesk"
    icon = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps" / "revdesk.png"
    assert icon.read_bytes() == (ROOT / "resources" / "icons" / "revdesk.png").read_bytes()


def test_a_folder_an_entry_cannot_name_is_refused_with_nothing_installed(tmp_path: Path) -> None:
    folder = bundle_folder(tmp_path / "price$list")
    done = install(folder, tmp_path / "share")
    assert done.returncode == 2
    assert "move the bundle" in done.stderr
    assert not (tmp_path / "share").exists()
