"""The one gate for text from REVER or a merchant on a label (names, order numbers): what
reaches a layout engine is one line of printable text. A line break in a customer's name
made PIL's raqm layout fail for non-Latin scripts ("raqm_layout() failed") and split the
name on the PDF; a control character means nothing on paper.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["label_text"]

#: Shown where a character was that cannot be printed (a control, a lone surrogate).
REPLACEMENT = "\ufffd"
_SPACES = re.compile(r"\s+")


def label_text(text: str) -> str:
    """``text`` as one printable line: any run of white space (line breaks, tabs, the
    Unicode line and paragraph separators) becomes one space; other control characters
    (Cc) and lone surrogates (Cs) become U+FFFD, so the label shows something was there.
    Format characters (Cf) stay: joiners are part of Arabic, Indic and emoji text."""
    if text.isprintable() and "  " not in text and text == text.strip():
        return text
    spaced = _SPACES.sub(" ", text).strip()
    return "".join(REPLACEMENT if unicodedata.category(c) in ("Cc", "Cs") else c
                   for c in spaced)
