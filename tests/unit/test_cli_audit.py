"""The moments ``revdesk audit`` takes (``--since`` / ``--until``): every text is a time or
exit 2 in plain words, never an OverflowError."""

from __future__ import annotations

from argparse import Namespace
from datetime import datetime

import pytest

from revdesk.cli.audit import _range, parse_when
from revdesk.cli.common import EXIT_USAGE, CliError

NOW = datetime(2026, 11, 23, 12, 0)


@pytest.mark.parametrize("text", ["999999999d", "99999999999999999999m", "3000000h",
                                  "36526d"])
def test_an_absurd_span_is_exit_2_in_words(text: str) -> None:
    with pytest.raises(CliError) as caught:
        parse_when(text, NOW)
    assert caught.value.code == EXIT_USAGE
    assert "too far back" in caught.value.message and "100 years" in caught.value.message


@pytest.mark.parametrize("text", ["0001-01-01", "1-01-01T00:00"])
def test_a_date_out_of_range_is_exit_2_in_words(text: str) -> None:
    with pytest.raises(CliError) as caught:
        parse_when(text, NOW)
    assert caught.value.code == EXIT_USAGE and text in caught.value.message


def test_real_spans_and_dates_still_work() -> None:
    assert parse_when("36525d", NOW) < parse_when("1d", NOW) < NOW.timestamp()
    assert parse_when("30m", NOW) == NOW.timestamp() - 1800
    assert parse_when("2026-11-23 09:00", NOW) == datetime(2026, 11, 23, 9).timestamp()


@pytest.mark.parametrize(("since", "until", "words"), [
    ("2099-01-01", None, "in the future"),
    ("2026-11-23 12:01", None, "in the future"),
    ("today", "yesterday", "not after"),
    ("2026-11-23 09:00", "2026-11-23 09:00", "not after"),
])
def test_a_period_that_cannot_hold_anything_is_exit_2(since: str, until: str | None,
                                                       words: str) -> None:
    """A mistyped year (2099) exported an empty CSV and the summary said "no status changes
    delivered": a quiet shift, as far as the lead could tell."""
    with pytest.raises(CliError) as caught:
        _range(Namespace(since=since, until=until), NOW)
    assert caught.value.code == EXIT_USAGE and words in caught.value.message


def test_a_period_up_to_the_future_is_fine() -> None:
    assert _range(Namespace(since="8h", until="2099-01-01"), NOW)[1] is not None
    assert _range(Namespace(since="2026-11-23 12:00", until=None), NOW)[0] == NOW.timestamp()
