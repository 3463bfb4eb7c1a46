"""``revdesk settings export|import`` as a roll-out uses them: one station's settings onto
another data folder, its own name kept, no key in the file, a bad file refused in words."""

from __future__ import annotations

import json
from pathlib import Path

from test_cli import assert_plain, revdesk


def station(tmp_path: Path, name: str, settings: dict[str, object]) -> dict[str, str]:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps(settings), "utf-8")
    return {"REVDESK_DATA_DIR": str(folder)}


def test_export_then_import_on_another_station(tmp_path: Path) -> None:
    lead = station(tmp_path, "lead", {"station_name": "DOCK-1", "operator_name": "Ana",
                                      "ecommerce_id": "shop-1",
                                      "scan": {"id_pattern": r"RP-\d{6}"}})
    other = station(tmp_path, "other", {"station_name": "DOCK-2"})
    export = tmp_path / "shared.json"
    result = revdesk("settings", "export", str(export), env=lead)
    assert result.returncode == 0, result.stderr
    assert "DOCK-1" not in export.read_text("utf-8")

    before = (tmp_path / "other" / "settings.json").read_text()
    dry = revdesk("settings", "import", "--dry-run", str(export), env=other)
    assert dry.returncode == 0, dry.stderr
    assert "ecommerce_id" in dry.stdout and "nothing was changed" in dry.stdout
    assert (tmp_path / "other" / "settings.json").read_text() == before

    done = revdesk("settings", "import", str(export), env=other)
    assert done.returncode == 0, done.stderr
    saved = json.loads((tmp_path / "other" / "settings.json").read_text())
    assert saved["station_name"] == "DOCK-2" and saved["ecommerce_id"] == "shop-1"
    assert saved["scan"]["id_pattern"] == r"RP-\d{6}"
    # QA F4: a plural, not "(s)".
    assert "Imported: 2 settings changed in" in done.stdout and "(s)" not in done.stdout


def test_one_setting_imported_is_said_in_the_singular(tmp_path: Path) -> None:
    lead = station(tmp_path, "lead", {"ecommerce_id": "shop-1"})
    other = station(tmp_path, "other", {})
    export = tmp_path / "shared.json"
    assert revdesk("settings", "export", str(export), env=lead).returncode == 0
    done = revdesk("settings", "import", str(export), env=other)
    assert done.returncode == 0, done.stderr
    assert "Imported: 1 setting changed in" in done.stdout


def test_a_file_with_a_key_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    other = station(tmp_path, "other", {"station_name": "DOCK-2"})
    before = (tmp_path / "other" / "settings.json").read_text()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "revdesk-settings", "version": 1,
                               "settings": {"api_key": "sk-live-should-not-print"}}))
    result = revdesk("settings", "import", str(bad), env=other)
    assert result.returncode == 2 and "never imported" in result.stderr
    assert "sk-live-should-not-print" not in result.stderr + result.stdout
    assert_plain(result)
    assert (tmp_path / "other" / "settings.json").read_text() == before
