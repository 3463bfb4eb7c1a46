"""One log record, one line: text from REVER, a merchant or Revers.io reaches the log inside
messages (a server's error text, a name), and a line break in it would forge a record of its
own in the log file (which Help → About's "last errors" reads line by line), an escape
sequence would recolour or rewrite the terminal under ``-v``. No Qt here: the CLI's stderr
and the window's log file both use :class:`OneLineFormatter`."""

from __future__ import annotations

import logging


def spelled(text: str) -> str:
    """``text`` with every character that is not printable written as its escape
    (``\\n``, ``\\x1b``, ``\\u202e``)."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class OneLineFormatter(logging.Formatter):
    """A formatter whose message is one line of printable text; a traceback keeps its
    lines, each spelled out the same way and indented, so that only a record's first line
    starts at the margin (an exception's message may hold a line break too)."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return spelled(super().formatMessage(record))

    def formatException(self, ei: object) -> str:
        return _lines(super().formatException(ei))  # type: ignore[arg-type]

    def formatStack(self, stack_info: str) -> str:
        return _lines(super().formatStack(stack_info))


def _lines(text: str) -> str:
    return "\n".join(line if line[:1].isspace() else "  " + line
                     for line in (spelled(line) for line in text.split("\n")))
