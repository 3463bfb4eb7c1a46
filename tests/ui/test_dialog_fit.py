"""Every dialog fits the screen it opens on, buttons in reach and nothing cut: on a
1024x768 desk screen and on a 1920x1080 one (QA of issue 15: the manual logistic order
opened 816 px tall on a 768 px screen, its buttons below the edge; the shelf and History
were wider than 1024).

Each screen size runs in a process of its own (dialog_fit_child.py): Qt's offscreen
platform with one screen of that size, the station's theme and this machine's fonts, the
real window on the built-in sandbox, each dialog opened through its menu action."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from revdesk.ui.screen_fit import keep_on_screen

CHILD = Path(__file__).with_name("dialog_fit_child.py")
ROOT = Path(__file__).resolve().parents[2]
DIALOGS = {"manualOrderDialog", "logisticOrderDialog", "pickupDialog", "printersDialog",
           "settingsDialog", "aboutBox", "shortcutsBox", "outboxView", "shelfView",
           "historyView", "signInDialog", "bulkStatusDialog", "reversioDialog",
           "walkinDialog", "reversioAccountsDialog", "reverAccountsDialog"}


def open_every_dialog(tmp_path: Path, width: int, height: int) -> list[dict[str, Any]]:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "desk", "x": 0, "y": 0, "width": width, "height": height,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               REVDESK_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p))
    done = subprocess.run([sys.executable, str(CHILD), str(width), str(height)], env=env,
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen: list[dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])
    assert {d["name"] for d in seen} == DIALOGS | {"mainWindow"}
    return seen


def off_screen(dialog: dict[str, Any]) -> list[str]:
    ax, ay, aw, ah = dialog["available"]
    found = []
    x, y, w, h = dialog["frame"]
    if x < ax or y < ay or x + w > ax + aw or y + h > ay + ah:
        found.append(f"{dialog['name']}: frame {dialog['frame']} outside {dialog['available']}")
    for button in dialog["buttons"]:
        bx, by = button["x"], button["y"]
        if (bx < ax or by < ay or bx + button["width"] > ax + aw
                or by + button["height"] > ay + ah or not button["in_dialog"]):
            found.append(f"{dialog['name']}: button {button['text']!r} off the screen")
    found.extend(f"{dialog['name']}: {cut}" for cut in dialog["cut"])
    return found


@pytest.mark.parametrize("width,height", [(1024, 768), (1920, 1080)])
def test_every_dialog_fits_the_screen_it_opens_on(tmp_path: Path, width: int,
                                                  height: int) -> None:
    seen = open_every_dialog(tmp_path, width, height)
    window = next(d for d in seen if d["name"] == "mainWindow")
    dialogs = [d for d in seen if d is not window]
    wrong = [problem for dialog in dialogs for problem in off_screen(dialog)]
    assert wrong == [], "\n".join(wrong)
    assert all(d["buttons"] for d in dialogs if d["name"].endswith(("Dialog", "Box"))), seen
    # The window at a first start fills the screen; measured with this machine's fonts at
    # the screen's real size (QA of issue 15, F5: the offscreen test said 6 item rows
    # while a real 1024x768 window showed 5): six item rows, three recent scans or five.
    assert window["geometry"][2:] == [width, height]
    assert window["items_rows"] >= 6, window
    assert int(window["recent_rows"] + 0.01) == (3 if height < 900 else 5), window
    assert window["list_rows"] >= 4, window


def test_a_dialog_bigger_than_its_screen_and_moved_off_it_is_brought_back(
        qtbot: QtBot) -> None:
    """A dialog shown again after it was moved (or its screen changed) keeps its place
    only where it is on the screen; too big, it is made no bigger than the screen."""
    dialog = keep_on_screen(QDialog())
    qtbot.addWidget(dialog)
    dialog.resize(5000, 4000)
    dialog.move(6000, -300)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.geometry()), (dialog.geometry(), screen)
    assert dialog.width() < screen.width() and dialog.height() < screen.height()



@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_settings_fits_a_1024_screen_in_each_language(tmp_path: Path, language: str) -> None:
    """QA r3: in Spanish and French the right column ran off the Settings dialog's edge at
    1024x768 (no "…", no horizontal bar): Browse buttons, scanner fields and combos cut.
    Opened on a 1024x768 screen with the station's theme, every widget of its form ends
    within the scroll area's visible width."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "desk", "x": 0, "y": 0, "width": 1024, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items() if not k.startswith("REVDESK_")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               REVDESK_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p))
    done = subprocess.run([sys.executable, str(CHILD), "settings", language], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    beyond: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    assert beyond == [], "\n".join(beyond)
