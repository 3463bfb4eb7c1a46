"""The domain's messages are marked for Qt's translation tools without Qt below the UI
(issue 19, item 4): no module of the domain or the core imports Qt, and ``pyside6-lupdate``
run over them finds the messages they say, in the context they are said in."""

from __future__ import annotations

import ast
import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import revdesk
from revdesk import i18n
from revdesk.api import errors
from revdesk.domain import labels, outbox, scan_resolution, shelf, status, zpl_printer
from revdesk.domain.local_files import LocalDataError

PACKAGE = Path(revdesk.__file__).parent
#: Where the station's own messages are built below the UI.
QT_FREE = [*sorted((PACKAGE / "domain").glob("*.py")), PACKAGE / "core.py", PACKAGE / "i18n.py",
           *sorted((PACKAGE / "api").glob("*.py"))]


def _qt_imports(path: Path) -> list[str]:
    """Every ``import PySide6…`` / ``from shiboken6 …`` in ``path``, also inside a function."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        else:
            continue
        found += [f"{path.name}:{node.lineno} {n}" for n in names
                  if n.split(".")[0] in ("PySide6", "shiboken6")]
    return found


def test_no_module_below_the_ui_imports_qt() -> None:
    assert [n for path in QT_FREE for n in _qt_imports(path)] == []


def test_the_check_sees_an_import_of_qt_inside_a_function(tmp_path: Path) -> None:
    module = tmp_path / "sneaky.py"
    module.write_text("def f():\n    from PySide6.QtCore import QCoreApplication\n")
    assert _qt_imports(module) == ["sneaky.py:2 PySide6.QtCore"]


def test_importing_every_domain_module_loads_no_qt() -> None:
    modules = ["revdesk.core", "revdesk.i18n",
               *(f"revdesk.{p.parent.name}.{p.stem}" for p in QT_FREE
                 if p.parent.name in ("domain", "api") and p.stem != "__init__")]
    script = ("import importlib, sys\n"
              f"for name in {modules!r}:\n"
              "    importlib.import_module(name)\n"
              "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
              "print(qt)\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# -- lupdate finds them -----------------------------------------------------------------------


def _lupdate() -> str:
    """The wheel's lupdate: the console script beside this Python, or the tool in the
    PySide6 package folder (found without importing Qt)."""
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    if beside.exists():
        return str(beside)
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / "lupdate").exists():
            return str(Path(folder) / "lupdate")
    found = shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate comes with the PySide6 wheel"
    return found


def _run_lupdate(sources: list[Path], ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message lupdate finds in ``sources``."""
    done = subprocess.run([_lupdate(), *map(str, sources), "-ts", str(ts)],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    root = ET.parse(ts).getroot()
    return {(context.findtext("name", ""), message.findtext("source", ""))
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every message lupdate finds below the UI."""
    return _run_lupdate(QT_FREE, tmp_path_factory.mktemp("ts") / "domain.ts")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _marked_in_source(path: Path) -> list[tuple[int, str, str, bool]]:
    """(line, context, text, count passed as a bare name or none) of every
    ``translate("Ctx", "text", ...)`` / ``QT_TRANSLATE_NOOP("Ctx", "text")`` in ``path``
    whose context and text are literals, as Python reads them."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in ("translate", "QT_TRANSLATE_NOOP") or len(node.args) < 2:
            continue
        context, text = _literal(node.args[0]), _literal(node.args[1])
        if context is not None and text is not None:
            bare = len(node.args) < 4 or isinstance(node.args[3], ast.Name | ast.Constant)
            found.append((node.lineno, context, text, bare))
    return found


@pytest.fixture
def said() -> Iterator[set[tuple[str, str]]]:
    """(context, text) of every translate() call while the test runs (English out)."""
    calls: set[tuple[str, str]] = set()

    def hook(context: str, text: str, disambiguation: str | None, n: int) -> str:
        calls.add((context, text))
        return i18n.english(text, n)

    i18n.install(hook)
    try:
        yield calls
    finally:
        i18n.install(None)


def test_lupdate_finds_every_literal_message_of_the_package(tmp_path: Path) -> None:
    """What Python reads as a marked message, lupdate extracts: its parser gives up on a
    call whose count is an expression (``len(rows)``, ``count.total``), so a count is
    always bound to a name first."""
    sources = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
    extracted = _run_lupdate(sources, tmp_path / "all.ts")
    marked = [(f"{path.relative_to(PACKAGE)}:{line}", context, text, bare)
              for path in sources for line, context, text, bare in _marked_in_source(path)]
    assert len(marked) > 300  # the domain's, the core's and the dialogs' at least
    assert [m[0] for m in marked if not m[3]] == []
    assert [m[:3] for m in marked if (m[1], m[2]) not in extracted] == []


def test_a_count_given_as_an_expression_is_not_extracted(tmp_path: Path) -> None:
    """Why the rule above exists (lupdate as shipped in the PySide6 wheel)."""
    module = tmp_path / "counts.py"
    module.write_text('def f(rows, n):\n'
                      '    translate("T", "%n by name", "", n)\n'
                      '    translate("T", "%n by len", "", len(rows))\n')
    assert _run_lupdate([module], tmp_path / "counts.ts") == {("T", "%n by name")}
    assert [bare for _, _, _, bare in _marked_in_source(module)] == [True, False]


def test_lupdate_finds_the_domains_marked_tables(extracted: set[tuple[str, str]]) -> None:
    marked = {
        ("ApiError", errors.NetworkUnreachable.default_message),
        ("ApiError", errors.AuthError.default_message),
        ("ApiError", status.NotAProcessId.default_message),
        ("ApiError", LocalDataError.default_message),
        ("Shelf", shelf.OTHER_ADVICE),
        *(("Shelf", advice) for advice in shelf.ADVICE.values()),
        ("LabelRefusal", labels.WHY_CUT_SHORT),
        ("LabelRefusal", labels.TYPE_NAMES["png"]),
        *(("LabelRefusal", text) for text in labels.UnsafePdf.MESSAGES.values()),
        *(("Status", where) for where in status.WHERE.values()),
    }
    assert marked - extracted == set()


def test_lupdate_finds_every_message_the_domain_says(
        extracted: set[tuple[str, str]], said: set[tuple[str, str]]) -> None:
    """Messages built at run time: each one translate() was asked for is in the .ts, with
    its placeholders and %n as the source has them (no f-string slipped in)."""
    for bad_id in ("RP 1", "RP-1\x07", "x" * 300):
        with pytest.raises(status.NotAProcessId):
            status.check_process_id(bad_id)
    status.NewerChange("RP-1", "ERROR", "detail", 0.0)
    status.NewerChange("RP-1", "ERROR", "somewhere", 0.0)
    for bad in (b"", b"GIF89a....", b"%PDF-1.4\n1 0 obj\n", b"\x89PNG\r\n\x1a\n" + b"\0" * 40):
        with pytest.raises(labels.LabelRefused):
            labels.check_label_bytes(bad, name="label.jpg")
    with pytest.raises(labels.LabelRefused):
        labels.check_label_bytes(b"%PDF-1.4\n", name="label.png")
    labels.LabelTooLarge(12 * 2**20)
    labels.TooManyPages(40)
    labels.NotARegularFile("a pipe")
    for address in ("printer:99999", "bad host!"):
        with pytest.raises(zpl_printer.PrinterAddressError):
            zpl_printer.parse_printer_address(address)
    assert zpl_printer.PrinterStatus(paper_out=True, paused=True).problems
    errors.CertificateInvalid("")
    outbox.wait_words(40)
    outbox.wait_words(600)
    match = scan_resolution.Match("RP-1", scan_resolution.Field.TRACKING,
                                  scan_resolution.Candidate("1z999", "1Z999", "UPS 1Z"), "list")
    assert scan_resolution.Resolution([match]).how == "tracking 1Z999 → RP-1"

    assert len(said) > 20, said  # the calls above did reach translate()
    assert said - extracted == set()


def test_the_check_catches_a_message_lupdate_cannot_see(
        extracted: set[tuple[str, str]], said: set[tuple[str, str]]) -> None:
    """A text built before the call (an f-string) is said, but never extracted."""
    process_id = "RP-1"
    i18n.translate("Status", f"{process_id} was set elsewhere")
    assert said - extracted == {("Status", "RP-1 was set elsewhere")}


def test_counts_read_as_english_without_a_translator() -> None:
    assert outbox.wait_words(1) == "1 s" and outbox.wait_words(600) == "10 min"
    one = i18n.translate("StationCore", "%n scan(s) made before the station stopped", "", 1)
    assert one == "1 scan made before the station stopped"
