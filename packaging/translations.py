"""The station's translations, with Qt's own tools (both in the PySide6 wheel).

    python3 packaging/translations.py update        # revdesk/**/*.py -> resources/translations/*.ts
    python3 packaging/translations.py build         # *.ts -> *.qm beside them (shipped)
    python3 packaging/translations.py todo es > es.json    # unfinished messages, as JSON
    python3 packaging/translations.py fill es es.json      # write them back (then build)
    python3 packaging/translations.py check         # exit 1 on anything unfinished or wrong

``update`` runs ``pyside6-lupdate`` over every module of the package (the messages are
``translate("Context", "text")`` calls of ``revdesk.i18n``, found by name, Qt or not), drops
vanished messages, and marks every source with ``%n`` as a plural (``numerus``).
Locations are left out, so that a moved line changes no ``.ts``.

English (``revdesk_en.ts``) is the source language: a plain message is finished with its
source as translation; a plural with "(s)" or "(es)" gets its two forms from it
("%n parcel(s)" -> "%n parcel" / "%n parcels"); any other plural ("%n returns match") is
left for a person, like every Spanish and French message.

``todo`` writes, per unfinished message, its context, source, comment, whether it is a
plural and how many forms the language has, and the translation so far; ``fill`` reads the
same list back with ``translation`` filled in (a string, or a list of forms for a plural),
refuses one that loses or adds a ``{placeholder}`` or ``%n``, and marks it finished.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "revdesk"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "es", "fr")
SOURCE_LANGUAGE = "en"
#: Plural forms per language, as Qt counts them (singular, plural).
FORMS = {"en": 2, "es": 2, "fr": 2}

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")
_PLURAL_S = re.compile(r"\((e?s)\)")


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"revdesk_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"revdesk_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python, else on the PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"translations: {name} not found (it comes with the PySide6 wheel)")
    return found


def sources(package: Path = PACKAGE) -> list[Path]:
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields and ``%n`` of a text, sorted: a translation keeps them all."""
    return sorted(_PLACEHOLDER.findall(text))


# -- reading and writing a .ts -------------------------------------------------------------


@dataclass
class Message:
    context: str
    element: ET.Element

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    @property
    def source(self) -> str:
        return self.element.findtext("source") or ""

    @property
    def comment(self) -> str:
        return self.element.findtext("comment") or ""

    @property
    def numerus(self) -> bool:
        return self.element.get("numerus") == "yes"

    @property
    def translation(self) -> ET.Element:
        found = self.element.find("translation")
        if found is None:
            found = ET.SubElement(self.element, "translation")
        return found

    @property
    def state(self) -> str:
        """"finished", "unfinished", "vanished" or "obsolete"."""
        return self.translation.get("type", "finished")

    def texts(self) -> list[str]:
        if self.numerus:
            return [form.text or "" for form in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    def set(self, texts: list[str], *, finished: bool = True) -> None:
        node = self.translation
        for child in list(node):
            node.remove(child)
        if self.numerus:
            node.text = None
            for text in texts:
                ET.SubElement(node, "numerusform").text = text
        else:
            node.text = texts[0]
        if finished:
            node.attrib.pop("type", None)
        else:
            node.set("type", "unfinished")


def read(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def messages(tree: ET.ElementTree) -> Iterator[Message]:
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            yield Message(name, element)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


# -- the commands ---------------------------------------------------------------------------


def update(folder: Path = FOLDER, package: Path = PACKAGE) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        path = ts_path(language, folder)
        # lupdate, seeing no plural where this script made one, keeps one form of it and
        # calls it unfinished: the plurals as they were are put back after it.
        plurals = {m.key: (m.texts(), m.state) for m in messages(read(path)) if m.numerus} \
            if path.exists() else {}
        done = subprocess.run([tool("pyside6-lupdate"), *map(str, sources(package)),
                               "-no-obsolete", "-locations", "none",
                               "-source-language", SOURCE_LANGUAGE, "-target-language", language,
                               "-ts", str(path)], capture_output=True, text=True)
        for line in done.stderr.splitlines():  # but its complaint about the plurals put back
            if not line.startswith(("Removed plural forms", "If this sounds wrong")):
                print(line, file=sys.stderr)
        if done.returncode:
            raise SystemExit(f"translations: pyside6-lupdate failed ({done.returncode})")
        tree = read(path)
        root = tree.getroot()
        for context in root.findall("context"):
            for element in context.findall("message"):
                message = Message(context.findtext("name") or "", element)
                if message.state in ("vanished", "obsolete"):  # -no-obsolete keeps none; be sure
                    context.remove(element)
                    continue
                _mark_plural(message, language, plurals)
                if language == SOURCE_LANGUAGE and message.state == "unfinished":
                    _english(message)
            if not context.findall("message"):
                root.remove(context)
        write(tree, path)
    for message in messages(read(ts_path(SOURCE_LANGUAGE, folder))):
        if message.context in ("", "QCoreApplication"):  # read as tr(source, comment)
            print(f"translations: {message.comment!r} has no context of its own: a call through "
                  "another name than translate() (tr = QCoreApplication.translate?)",
                  file=sys.stderr)


def _mark_plural(message: Message, language: str,
                 before: dict[tuple[str, str, str], tuple[list[str], str]]) -> None:
    """lupdate misses a plural whose count it cannot see: any ``%n`` makes one."""
    if "%n" not in message.source:
        return
    if message.key in before:
        texts, state = before[message.key]
    else:
        texts, state = [message.texts()[0]] * FORMS[language], "unfinished"
    message.element.set("numerus", "yes")
    if len(texts) != FORMS[language]:
        texts, state = (texts + [texts[-1]] * FORMS[language])[:FORMS[language]], "unfinished"
    message.set(texts, finished=state == "finished" and all(texts))


def _english(message: Message) -> None:
    source = message.source
    if not message.numerus:
        message.set([source])
    elif _PLURAL_S.search(source):
        singular = _PLURAL_S.sub("", source)
        plural = _PLURAL_S.sub(lambda m: m.group(1), source)
        message.set([singular, plural])


def build(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    """Each ``.ts`` as a ``.qm`` (beside it, or in ``out``)."""
    built = []
    for language in LANGUAGES:
        target = qm_path(language, out or folder)
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language, folder)),
                        "-qm", str(target)], check=True)
        built.append(target)
    return built


def todo(language: str, folder: Path = FOLDER) -> list[dict[str, object]]:
    return [{"context": m.context, "source": m.source, "comment": m.comment,
             "numerus": m.numerus, "forms": FORMS[language] if m.numerus else 1,
             "translation": m.texts() if m.numerus else m.texts()[0]}
            for m in messages(read(ts_path(language, folder))) if m.state == "unfinished"]


def fill(language: str, entries: list[dict[str, object]], folder: Path = FOLDER) -> int:
    """Write translations back; returns how many were filled. Raises ValueError, naming
    the message, on a translation that changes the placeholders or misses a form."""
    path = ts_path(language, folder)
    tree = read(path)
    by_key = {(m.context, m.source, m.comment): m for m in messages(tree)}
    filled = 0
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment") or ""))
        message = by_key.get(key)
        if message is None:
            raise ValueError(f"no such message in {path.name}: {key}")
        value = entry.get("translation")
        texts = [str(t) for t in value] if isinstance(value, list) else [str(value or "")]
        if not any(texts):
            continue  # still to do
        if message.numerus and len(texts) != FORMS[language]:
            raise ValueError(f"{key}: {FORMS[language]} forms wanted, {len(texts)} given")
        for text in texts:
            if placeholders(text) != placeholders(message.source):
                raise ValueError(f"{key}: {text!r} does not keep {placeholders(message.source)}")
        message.set(texts)
        filled += 1
    write(tree, path)
    return filled


def problems(folder: Path = FOLDER) -> list[str]:
    """What keeps the translations from being complete: unfinished or vanished messages,
    a translation that changes the placeholders, a missing form."""
    found = []
    for language in LANGUAGES:
        for m in messages(read(ts_path(language, folder))):
            where = f"{language}: {m.context}: {m.source!r}"
            if m.state != "finished":
                found.append(f"{where} is {m.state}")
                continue
            texts = m.texts()
            if m.numerus and len(texts) != FORMS[language]:
                found.append(f"{where}: {len(texts)} plural forms, {FORMS[language]} wanted")
            for text in texts:
                if not text:
                    found.append(f"{where}: empty translation")
                elif placeholders(text) != placeholders(m.source):
                    found.append(f"{where}: {text!r} changes the placeholders")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translations.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract the messages into the .ts files")
    commands.add_parser("build", help="build the .qm files from the .ts files")
    commands.add_parser("check", help="list unfinished or damaged translations")
    todo_cmd = commands.add_parser("todo", help="unfinished messages of a language, as JSON")
    todo_cmd.add_argument("language", choices=LANGUAGES)
    fill_cmd = commands.add_parser("fill", help="write translations from a JSON file")
    fill_cmd.add_argument("language", choices=LANGUAGES)
    fill_cmd.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "build":
        for path in build():
            print(f"built {path.relative_to(ROOT)}")
    elif args.command == "todo":
        json.dump(todo(args.language), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        entries = json.loads(args.file.read_text(encoding="utf-8"))
        try:
            print(f"filled {fill(args.language, entries)} message(s) of {args.language}")
        except ValueError as exc:
            print(f"translations: {exc}", file=sys.stderr)
            return 1
    else:
        found = problems()
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)")
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
