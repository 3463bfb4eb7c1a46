"""Dates, times and numbers as the station's language writes them: every one the window
shows goes through here, in the locale ``translation.apply_language`` made Qt's default
(French "07/12/2026 16:32", English (US) "12/7/26 4:32 PM", Spanish "1.234")."""

from __future__ import annotations

import functools
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()  # the default, set by translation.apply_language


@functools.cache
def _time_format(name: str, seconds: bool) -> str:
    """The locale's short time format, with seconds where asked: a scan's or a retry's
    second matters at the desk, and the locale's own long format adds a time zone."""
    fmt = QLocale(name).timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "s" not in fmt:
        for minutes in ("mm", "m"):
            if minutes in fmt:
                fmt = fmt.replace(minutes, minutes + ":ss", 1)
                break
    return fmt


def _date_format(name: str) -> str:
    return QLocale(name).dateFormat(QLocale.FormatType.ShortFormat)


def clock(when: float, *, seconds: bool = True) -> str:
    """A time of today (seconds since the epoch) as the locale writes it."""
    locale = _locale()
    moment = QDateTime.fromSecsSinceEpoch(int(when)).time()
    return locale.toString(moment, _time_format(locale.name(), seconds))


def date_time(when: float | datetime, *, seconds: bool = False) -> str:
    """A moment (seconds since the epoch, or an aware or local datetime) as the locale
    writes a short date and time, in this computer's time zone."""
    if isinstance(when, datetime):
        if when.tzinfo is not None:
            when = when.astimezone()
        moment = QDateTime(QDate(when.year, when.month, when.day),
                           QTime(when.hour, when.minute, when.second))
    else:
        moment = QDateTime.fromSecsSinceEpoch(int(when))
    locale = _locale()
    name = locale.name()
    return locale.toString(moment, f"{_date_format(name)} {_time_format(name, seconds)}")


def number(value: int) -> str:
    """A count with the locale's digit grouping (1,234 / 1.234 / 1 234)."""
    return _locale().toString(value)


class Decimal(float):
    """A number that a message formats with a float spec ("{seconds:.1f} s") as the locale
    writes it ("0,4 s" in Spanish and French): the translations keep their placeholder and
    get the locale's decimal mark."""

    def __format__(self, spec: str) -> str:
        if spec == "":
            return repr(float(self)).replace(".", _locale().decimalPoint())
        places = 6
        if spec.startswith(".") and spec.endswith("f") and spec[1:-1].isdigit():
            places = int(spec[1:-1])
        elif spec != "f":
            return float.__format__(self, spec)
        return _locale().toString(float(self), "f", places)
