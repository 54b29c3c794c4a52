"""Date cells: real dates, Excel serial numbers (both date systems) and the texts people type.

dd/mm/yyyy and d/m/yy (two-digit years pivot so that dates of birth are in the past), yyyy-mm-dd (with
a time, as KoboToolbox exports), "12 mars 1998", ddmmyyyy; 31/02 is refused as a date that does not
exist, a bare year as not a date, and dates after today when the column is ``past_only``.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

from desk.i18n import translate
from desk.services.exchange.cell_base import (
    CellContext,
    CellProblem,
    Converter,
    blank,
    clean_text,
    shown,
    text_problem,
)
from desk.services.exchange.columns import ColumnSpec, normalise_header

MIN_YEAR = 1900

_TIME = r"(?:[ T]+\d{1,2}[:h]\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})" + _TIME + "$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})" + _TIME + "$")
_MONTH_NAME = re.compile(r"^(\d{1,2})(?:er)?[\s.\-/]*([^\W\d_]+)\.?[\s.\-/]*(\d{4}|\d{2})" + _TIME + "$")
_EIGHT_DIGITS = re.compile(r"^\d{8}$")

_MONTHS = {
    **dict.fromkeys(("janvier", "janv", "jan", "january"), 1),
    **dict.fromkeys(("fevrier", "fevr", "fev", "february", "feb"), 2),
    **dict.fromkeys(("mars", "mar", "march"), 3),
    **dict.fromkeys(("avril", "avr", "april", "apr"), 4),
    **dict.fromkeys(("mai", "may"), 5),
    **dict.fromkeys(("juin", "june", "jun"), 6),
    **dict.fromkeys(("juillet", "juil", "july", "jul"), 7),
    **dict.fromkeys(("aout", "august", "aug"), 8),
    **dict.fromkeys(("septembre", "sept", "sep", "september"), 9),
    **dict.fromkeys(("octobre", "oct", "october"), 10),
    **dict.fromkeys(("novembre", "nov", "november"), 11),
    **dict.fromkeys(("decembre", "dec", "december"), 12),
}


_EPOCH_1900 = date(1899, 12, 30).toordinal()
_EPOCH_1904 = date(1904, 1, 1).toordinal()
_MAX_SERIAL = 2958466  # 01/01/10000


def serial_date(serial: float, date1904: bool) -> date | None:
    """An Excel serial number as a date; None outside Excel's calendar (or on its phantom 29/02/1900)."""
    if not (math.isfinite(serial) and 1 <= serial < _MAX_SERIAL):
        return None
    days = int(serial)
    if date1904:
        return date.fromordinal(_EPOCH_1904 + days)
    if days == 60:
        return None
    if days < 60:  # before Excel's phantom 29/02/1900
        days += 1
    return date.fromordinal(_EPOCH_1900 + days)


def date_converter(spec: ColumnSpec, context: CellContext) -> Converter:
    required, past_only, today, date1904 = spec.required, spec.past_only, context.today, context.date1904

    def not_a_date(value: object) -> CellProblem:
        return CellProblem(
            translate(
                "Import",
                "“{value}” is not a date. Type it as dd/mm/yyyy (e.g. 28/11/2026), then import the file again.",
            ).format(value=shown(value))
        )

    def looks_like_a_year(value: object) -> CellProblem:
        return CellProblem(
            translate(
                "Import",
                "“{value}” looks like a year, not a date. Type the whole date as dd/mm/yyyy, "
                "then import the file again.",
            ).format(value=shown(value))
        )

    def check(day: date, value: object) -> date:
        if day.year < MIN_YEAR:
            raise CellProblem(
                translate("Import", "{value} is before 1900. Check the year, then import the file again.").format(
                    value=shown(value)
                )
            )
        if past_only and day > today:
            raise CellProblem(
                translate(
                    "Import",
                    "{value} is in the future, which this date cannot be (a date of birth?). "
                    "Check the year, then import the file again.",
                ).format(value=shown(value))
            )
        return day

    def from_serial(number: float, value: object) -> date:
        if number.is_integer() and MIN_YEAR <= number <= 2100:
            raise looks_like_a_year(value)
        day = serial_date(number, date1904)
        if day is None:
            raise not_a_date(value)
        return check(day, value)

    def convert(value: object) -> object:
        cls = value.__class__
        if cls is date:
            assert isinstance(value, date)
            return check(value, value)
        if cls is datetime:
            assert isinstance(value, datetime)
            return check(value.date(), value)
        if cls is str:
            assert isinstance(value, str)
            text = clean_text(value)
            if not text:
                return blank(required)
            if (problem := text_problem(text)) is not None:
                raise problem
            day = _text_date(text, past_only, today)
            if day is None:
                raise not_a_date(value)
            if isinstance(day, str):  # a date that does not exist (31/02) or a bare year
                if day == "year":
                    raise looks_like_a_year(value)
                raise CellProblem(
                    translate(
                        "Import",
                        "“{value}” does not exist (no such day in that month). Correct the date (dd/mm/yyyy), "
                        "then import the file again.",
                    ).format(value=shown(value))
                )
            return check(day, value)
        if cls is float or cls is int:
            assert isinstance(value, (float, int))
            number = float(value)
            if number.is_integer() and _EIGHT_DIGITS.match(str(int(number))):
                eight = _eight_digits(str(int(number)))
                if isinstance(eight, date):
                    return check(eight, value)
            return from_serial(number, value)
        if value is None:
            return blank(required)
        raise not_a_date(value)  # a time of day, a duration, TRUE/FALSE

    return convert


def _pivot(two_digits: int, month: int, day: int, past_only: bool, today: date) -> int:
    """The century of a two-digit year: the latest one in the past for past-only dates (births),
    otherwise the one within 20 years from now."""
    recent = 2000 + two_digits
    if past_only:
        try:
            return recent if date(recent, month, day) <= today else recent - 100
        except ValueError:
            return recent if recent <= today.year else recent - 100
    return recent if recent <= today.year + 20 else recent - 100


def _text_date(text: str, past_only: bool, today: date) -> date | str | None:
    """The date in a text; "impossible" for 31/02, "year" for a bare year, None when it is no date."""
    year: int
    match = _DAY_FIRST.match(text)
    if match:
        day, month, raw_year = int(match.group(1)), int(match.group(2)), match.group(3)
    else:
        match = _YEAR_FIRST.match(text)
        if match:
            raw_year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
        else:
            match = _MONTH_NAME.match(text)
            if match:
                month_number = _MONTHS.get(normalise_header(match.group(2)))
                if month_number is None:
                    return None
                day, month, raw_year = int(match.group(1)), month_number, match.group(3)
            elif _EIGHT_DIGITS.match(text):
                return _eight_digits(text)
            elif text.isdigit() and len(text) == 4 and MIN_YEAR <= int(text) <= 2100:
                return "year"
            elif text.isdigit() and len(text) == 5:  # an Excel serial number kept as text
                return serial_date(float(text), False)
            else:
                return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None if month > 12 and day <= 12 else "impossible"
    year = int(raw_year) if len(raw_year) == 4 else _pivot(int(raw_year), month, day, past_only, today)
    try:
        return date(year, month, day)
    except ValueError:
        return "impossible"


def _eight_digits(text: str) -> date | str | None:
    """'12031998' (ddmmyyyy) or '19980312' (yyyymmdd), when only one reading is a real date."""
    readings: list[date] = []
    for year, month, day in ((text[4:], text[2:4], text[:2]), (text[:4], text[4:6], text[6:])):
        try:
            candidate = date(int(year), int(month), int(day))
        except ValueError:
            continue
        if MIN_YEAR <= candidate.year <= 2100:
            readings.append(candidate)
    if len(readings) == 1:
        return readings[0]
    return None
