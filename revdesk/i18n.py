"""Translation without Qt: the one call every operator-facing message goes through.

Qt's ``lupdate`` finds ``translate("Context", "text")`` calls in any module by their name, so
the domain, the core and the CLI mark their messages here without importing Qt. The window
installs Qt's translator as the hook (``revdesk/ui/translation.py``); with no hook (the CLI,
the tests of the layers below the UI) the English source text is used.

Rules for a message (``lupdate`` reads the call literally):
- context and text are string literals, written in the call itself;
- values go in with ``.format(name=value)`` *after* the call, never an f-string inside it;
- a count is a ``%n`` in the text and passed positionally, as a plain name:
  ``translate("Ctx", "%n parcel(s)", "", count)``; ``lupdate`` does not see a keyword ``n=``,
  and silently drops a call whose count is an expression (``len(x)``, ``self.count``).
  English plurals come from the English ``.ts``; without a translator, ``(s)`` is resolved
  here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: (context, text, disambiguation, n) -> translated text, with %n already filled in.
Hook = Callable[[str, str, "str | None", int], str]

_hook: Hook | None = None

_PLURAL_S = re.compile(r"\((e?s)\)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the station's language. ``n`` >= 0 fills ``%n`` and picks the plural."""
    if _hook is not None:
        return _hook(context, text, disambiguation, n)
    return english(text, n)


def english(text: str, n: int = -1) -> str:
    """The source text with ``%n`` filled in and ``(s)``/``(es)`` kept only when n != 1."""
    if n < 0:
        return text
    text = _PLURAL_S.sub(lambda m: "" if n == 1 else m.group(1), text)
    return text.replace("%n", str(n))


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Mark ``text`` for extraction where it is defined (a table of labels) and translate it
    where it is shown, with ``translate(context, text)``."""
    return text


def install(hook: Hook | None) -> None:
    """Route every :func:`translate` through ``hook`` (the UI's Qt translator); None: English."""
    global _hook
    _hook = hook


#: The languages the station ships, by the code ``settings.language`` holds. Empty: follow
#: the computer's language when it is one of these, else English.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}
