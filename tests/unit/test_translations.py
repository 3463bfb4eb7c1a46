"""The translations as shipped: every message of revdesk extracted, translated into every
language with its placeholders and plural forms, and the .qm files built from the .ts files
as committed. And packaging/translations.py itself, on a package of its own."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations_script",
                                                  ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tr = _load_script()


def _marked(path: Path) -> set[tuple[str, str, str]]:
    """(context, source, disambiguation) of every translate("C", "text"[, "d"]) and
    QT_TRANSLATE_NOOP("C", "text") call with literal arguments, as lupdate reads them."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        if name not in ("translate", "QT_TRANSLATE_NOOP"):
            continue
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
        if len(node.args) < 2 or not all(literal[:2]):
            continue  # a message translated where shown (its text marked elsewhere)
        context, source = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
        comment = node.args[2].value if len(node.args) > 2 and literal[2] else ""  # type: ignore[attr-defined]
        found.add((context, source, comment or ""))
    return found


def test_every_marked_message_is_in_the_ts_files() -> None:
    """lupdate drops a call it cannot read (a count given as ``len(x)``) without a word:
    every literal call must be in the .ts, so a missing one is found here, not by a
    Spanish operator reading English."""
    extracted = {m.key for m in tr.messages(tr.read(tr.ts_path("en")))}
    marked = set().union(*(_marked(p) for p in tr.sources()))
    assert marked - extracted == set()


@pytest.mark.parametrize("language", tr.LANGUAGES)
def test_no_message_is_unfinished_or_vanished(language: str) -> None:
    states = {m.key: m.state for m in tr.messages(tr.read(tr.ts_path(language)))}
    assert {key: state for key, state in states.items() if state != "finished"} == {}


@pytest.mark.parametrize("language", tr.LANGUAGES)
def test_every_translation_keeps_its_placeholders_and_forms(language: str) -> None:
    wrong = []
    for m in tr.messages(tr.read(tr.ts_path(language))):
        if m.state != "finished":
            continue  # the test above names it
        texts = m.texts()
        if m.numerus and len(texts) != tr.FORMS[language]:
            wrong.append((m.context, m.source, texts))
        wrong += [(m.context, m.source, t) for t in texts
                  if tr.placeholders(t) != tr.placeholders(m.source)]
    assert wrong == []


def test_english_plurals_have_a_singular() -> None:
    forms = {m.source: m.texts() for m in tr.messages(tr.read(tr.ts_path("en"))) if m.numerus}
    assert forms["%n scan(s) still waiting to be sent to REVER. They are kept and sent when "
                 "the station runs again, but not while it is closed."][0].startswith(
        "%n scan still waiting")
    assert forms["%n returns match “{text}”"] == ["%n return matches “{text}”",
                                                   "%n returns match “{text}”"]


def test_the_qm_files_are_built_from_the_ts_files_as_committed(tmp_path: Path) -> None:
    """lrelease is deterministic: a .qm that differs from a fresh build is stale."""
    for built in tr.build(out=tmp_path):
        shipped = tr.qm_path(built.stem.split("_")[1])
        assert shipped.read_bytes() == built.read_bytes(), f"{shipped.name}: run `build`"


# -- the script, on a package of its own ---------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text(
        "from revdesk.i18n import translate\n"
        "def f(count):\n"
        "    translate('Desk', '%n parcel(s) received', '', count)\n"
        "    translate('Desk', 'Shelf {name}').format(name='A')\n"
        "    translate('Desk', 'Gone soon')\n", encoding="utf-8")
    return package, tmp_path / "translations"


def _states(folder: Path, language: str) -> dict[str, tuple[str, list[str]]]:
    return {m.source: (m.state, m.texts())
            for m in tr.messages(tr.read(tr.ts_path(language, folder)))}


def test_update_makes_english_and_leaves_the_rest_to_do(project: tuple[Path, Path]) -> None:
    package, folder = project
    tr.update(folder, package)
    assert _states(folder, "en") == {
        "%n parcel(s) received": ("finished", ["%n parcel received", "%n parcels received"]),
        "Shelf {name}": ("finished", ["Shelf {name}"]),
        "Gone soon": ("finished", ["Gone soon"]),
    }
    todo = tr.todo("fr", folder)
    assert [(e["source"], e["numerus"], e["forms"]) for e in todo] == [
        ("%n parcel(s) received", True, 2), ("Shelf {name}", False, 1), ("Gone soon", False, 1)]


def test_fill_then_update_keeps_plurals_and_drops_vanished(project: tuple[Path, Path]) -> None:
    package, folder = project
    tr.update(folder, package)
    entries = tr.todo("fr", folder)
    answers = {"%n parcel(s) received": ["%n colis reçu", "%n colis reçus"],
               "Shelf {name}": "Étagère {name}", "Gone soon": "Bientôt parti"}
    for entry in entries:
        entry["translation"] = answers[str(entry["source"])]
    assert tr.fill("fr", entries, folder) == 3
    source = package / "a.py"
    source.write_text(source.read_text().replace("    translate('Desk', 'Gone soon')\n", ""))
    tr.update(folder, package)  # lupdate alone would make the plural unfinished, one form
    assert _states(folder, "fr") == {
        "%n parcel(s) received": ("finished", ["%n colis reçu", "%n colis reçus"]),
        "Shelf {name}": ("finished", ["Étagère {name}"]),
    }
    assert tr.todo("fr", folder) == []


@pytest.mark.parametrize("translation", ["Étagère {nom}", "Étagère", "Étagère {name} {name2}"])
def test_fill_refuses_a_translation_that_changes_a_placeholder(
        project: tuple[Path, Path], translation: str) -> None:
    package, folder = project
    tr.update(folder, package)
    before = tr.ts_path("fr", folder).read_bytes()
    with pytest.raises(ValueError, match="does not keep"):
        tr.fill("fr", [{"context": "Desk", "source": "Shelf {name}", "comment": "",
                        "translation": translation}], folder)
    assert tr.ts_path("fr", folder).read_bytes() == before


def test_fill_refuses_a_plural_without_every_form(project: tuple[Path, Path]) -> None:
    package, folder = project
    tr.update(folder, package)
    with pytest.raises(ValueError, match="2 forms wanted"):
        tr.fill("es", [{"context": "Desk", "source": "%n parcel(s) received", "comment": "",
                        "translation": ["%n paquetes recibidos"]}], folder)


def test_check_finds_what_is_left(project: tuple[Path, Path]) -> None:
    package, folder = project
    tr.update(folder, package)
    found = tr.problems(folder)
    assert "es: Desk: 'Shelf {name}' is unfinished" in found
    assert not [line for line in found if line.startswith("en:")]


def test_the_tools_come_with_pyside6() -> None:
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        assert Path(tr.tool(name)).exists() or shutil.which(name)
