"""The station's language: which one, Qt's translators for it, and the locale its dates and
numbers are written in.

``apply_language`` runs before the first widget is built (``app.run_station``) and again
before each window is built; a change in Settings rebuilds the window (``MainWindow``:
the same path a new address takes), so every text is made again in the new language.
It routes :func:`revdesk.i18n.translate` through ``QCoreApplication.translate``, so the
domain's messages, marked without Qt, are translated by the same ``.qm`` files.

Settings only has to save ``settings.language``: the window follows on ``settings.saved``.
``apply_language`` is there for a caller that wants to know at once whether a language's
translations are there (False: the window would be in English).
"""

from __future__ import annotations

import functools
import logging
import string

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from revdesk import i18n
from revdesk.i18n import translate

from .resources import resource

log = logging.getLogger(__name__)

#: Where the built ``.qm`` files are, under ``resources/``: ``revdesk_<code>.qm``.
FOLDER = "translations"
DEFAULT = "en"

_translators: list[QTranslator] = []
_applied: tuple[str, str] | None = None  # (language, locale name) in force


def system_language() -> str:
    """The computer's language when the station ships it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in i18n.LANGUAGES else DEFAULT


def resolve(code: str) -> str:
    """The language ``settings.language`` asks for: "" follows the computer; an unknown
    code (a hand-edited file) is English."""
    if not code:
        return system_language()
    return code if code in i18n.LANGUAGES else DEFAULT


def locale_for(language: str) -> QLocale:
    """The locale of dates and numbers: the computer's own when it speaks ``language``
    (es_MX stays Mexican), else the language's main one."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def current_language() -> str:
    """The language the window is shown in now ("en" before any was applied)."""
    return _applied[0] if _applied else DEFAULT


def _hook(context: str, text: str, disambiguation: str | None, n: int) -> str:
    result = QCoreApplication.translate(context, text, disambiguation or None, n)
    # No translation (a string added since the last .ts update, or no translator): Qt
    # hands back the source with %n filled in; the Qt-free English is better ("(s)").
    if result == text or (n >= 0 and result == text.replace("%n", str(n))):
        return i18n.english(text, n)
    if not _same_fields(text, result):
        # The caller fills the source's {names} with .format(): a translation with another
        # name, a lone brace or a lost field would raise there (a crash, not a message).
        log.warning("translation of %r (%s) has other {fields} than the source: English "
                    "shown", text[:80], context)
        return i18n.english(text, n)
    return result


@functools.lru_cache(maxsize=4096)
def _fields(text: str) -> frozenset[tuple[str, str, str]] | None:
    """The ``{name:spec!conversion}`` fields of ``text``; None when it is no format string."""
    try:
        return frozenset((name, spec or "", conversion or "")
                         for _, name, spec, conversion in string.Formatter().parse(text)
                         if name is not None)
    except ValueError:
        return None


def _same_fields(source: str, translated: str) -> bool:
    wanted = _fields(source)
    # A source that is no format string is never formatted: any translation will do.
    return wanted is None or _fields(translated) == wanted


def qt_gaps() -> list[str]:
    """Qt's own texts its Spanish and French catalogues lack (PySide6 6.11: their file
    dialog's "&Look in:", "Files of &type:" and the type "Folder" stayed English, QA issue
    19 L6). Marked here so lupdate puts them in revdesk's ``.ts``: the station's translator,
    installed after Qt's, is asked first and answers in Qt's own contexts. Returns them as
    the language in force says them."""
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
        translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    ]


def _remove_translators() -> None:
    app = QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    if folder and translator.load(name, folder):
        return translator
    return None


def apply_language(code: str) -> bool:
    """Show what is built from now on in ``code`` ("" = the computer's language): load its
    ``.qm`` (and Qt's own, for the standard buttons), make its locale the default.
    Returns False when the language's translations are missing (English is shown then).
    Windows built before keep their texts: the caller rebuilds them."""
    global _applied
    language = resolve(code)
    locale = locale_for(language)
    wanted = (language, locale.name())
    if wanted == _applied:
        return True
    app = QCoreApplication.instance()
    _remove_translators()
    folder = resource(FOLDER)
    own = _load(f"revdesk_{language}", str(folder) if folder else "")
    # English needs its .qm too (the plural forms); Qt's own texts are English already.
    qt = None if language == DEFAULT else _load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for translator in (qt, own):
        if translator is not None and app is not None:
            app.installTranslator(translator)
            _translators.append(translator)
    ok = own is not None
    if not ok:
        log.warning("no translations for %r in %s: the window is in English", language, folder)
        locale = locale_for(DEFAULT) if language != DEFAULT else locale
    QLocale.setDefault(locale)
    i18n.install(_hook)
    _applied = wanted
    log.info("language %s (locale %s)", language if ok else DEFAULT, locale.name())
    return ok


def reset() -> None:
    """Back to no translator, the computer's locale and the Qt-free English (tests)."""
    global _applied
    _remove_translators()
    QLocale.setDefault(QLocale.system())
    i18n.install(None)
    _applied = None
