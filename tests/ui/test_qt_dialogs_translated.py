"""Qt's own file dialog in Spanish and French (issue 19, QA L6): the wheel's qtbase_es/fr
lack "&Look in:", "Files of &type:" and the type "Folder", so they stayed English beside
Qt's Spanish. The station marks them (ui/translation.py) so lupdate puts them in its own
.ts, whose translator Qt asks first; the settings files' filter is marked too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider

import revdesk
from revdesk.ui import translation

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_i18n_marking import _lupdate, _run_lupdate

UI = Path(revdesk.__file__).parent / "ui"


def test_qt_s_missing_texts_and_the_settings_filter_reach_the_ts(tmp_path: Path) -> None:
    found = _run_lupdate([UI / "translation.py", UI / "dialogs" / "settings_files.py"],
                         tmp_path / "qt.ts")
    assert {("QFileDialog", "&Look in:"), ("QFileDialog", "Files of &type:"),
            ("QAbstractFileIconProvider", "Folder"),
            ("SettingsDialog", "revdesk settings (*.json)")} <= found


def _catalogue(folder: Path, language: str) -> None:
    """A station catalogue holding only Qt's missing texts, as the lead will fill them."""
    ts = folder / f"revdesk_{language}.ts"
    ts.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="{language}">
<context><name>QFileDialog</name>
<message><source>&amp;Look in:</source><translation>&amp;Buscar en:</translation></message>
<message><source>Files of &amp;type:</source><translation>Archivos de &amp;tipo:</translation></message>
</context>
<context><name>QAbstractFileIconProvider</name>
<message><source>Folder</source><comment>All other platforms</comment>
<translation>Carpeta</translation></message>
</context></TS>
""", "utf-8")
    lrelease = Path(_lupdate()).with_name(Path(_lupdate()).name.replace("lupdate", "lrelease"))
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True, timeout=120)


def test_the_station_s_catalogue_completes_qt_s_file_dialog(
        qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _catalogue(tmp_path, "es")
    monkeypatch.setattr(translation, "resource", lambda *parts: tmp_path)
    translation.reset()
    assert translation.apply_language("es")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "&Buscar en:"
    assert dialog.labelText(QFileDialog.DialogLabel.FileType) == "Archivos de &tipo:"
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) != "&Open"  # Qt's own, still
    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "Carpeta"
    assert translation.qt_gaps() == ["&Buscar en:", "Archivos de &tipo:", "Carpeta"]
    dialog.deleteLater()
