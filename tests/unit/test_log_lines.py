"""One log record, one line: a server's text with a line break or an escape sequence in a
log message neither forges a record nor reaches the terminal raw."""

from __future__ import annotations

import logging
import sys

from revdesk.log_lines import OneLineFormatter

FORGED = "no\n2026-12-07 10:00:00,000 ERROR revdesk: forged \x1b[2J\u202eevil"


def record(message: str, *args: object, exc_info: object = None) -> logging.LogRecord:
    return logging.LogRecord("revdesk.test", logging.INFO, __file__, 1, message, args,
                             exc_info)  # type: ignore[arg-type]


def test_a_message_with_a_line_break_and_escapes_is_one_printable_line() -> None:
    text = OneLineFormatter("%(levelname)s %(name)s: %(message)s").format(
        record("answer: %s", FORGED))
    assert "\n" not in text and "\x1b" not in text and "\u202e" not in text
    assert text == ("INFO revdesk.test: answer: no\\n2026-12-07 10:00:00,000 ERROR revdesk: "
                    "forged \\x1b[2J\\u202eevil")


def test_a_traceback_keeps_its_lines_each_spelled_out() -> None:
    try:
        raise ValueError(FORGED)
    except ValueError:
        text = OneLineFormatter("%(message)s").format(record("failed", exc_info=sys.exc_info()))
    lines = text.split("\n")
    assert lines[0] == "failed" and lines[1] == "  Traceback (most recent call last):"
    assert "  2026-12-07 10:00:00,000 ERROR revdesk: forged \\x1b[2J\\u202eevil" in lines
    assert all(line.startswith(" ") for line in lines[1:])  # only the record starts a line
