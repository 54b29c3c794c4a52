"""What every cell converter shares: cleaning text, showing a value in a message, the common problems.

A converter (``cells.make_converter``) takes the raw value as calamine gives it (str, float, int, bool,
date, datetime, time or timedelta; "" for an empty cell) and returns the typed value, or raises
``CellProblem`` with what is wrong and what to do; the reader adds the row number and the column.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from desk.i18n import translate

Converter = Callable[[object], object]

SHOWN = 40  # characters of a wrong value quoted in a message
MAX_EXACT = 10**15  # Excel keeps 15 significant digits: a number this large may have lost some

# Zero-width characters and the soft hyphen: invisible, pasted from web pages and messaging apps.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters but newline (carriage returns become newlines first; tabs become spaces).
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

# Excel's error values, in English and French Excel (a CSV converted to xlsx keeps them as text).
EXCEL_ERRORS = frozenset(
    {
        "#N/A",
        "#N/D",
        "#DIV/0!",
        "#REF!",
        "#VALUE!",
        "#VALEUR!",
        "#NAME?",
        "#NOM?",
        "#NUM!",
        "#NOMBRE!",
        "#NULL!",
        "#NUL!",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#GETTING_DATA",
    }
)


class CellProblem(Exception):
    """What is wrong with a cell and what to do, translated; the reader adds the row and the column."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class CellContext:
    """What converters need beyond the column: today (dates in the past) and the workbook's settings."""

    today: date
    date1904: bool = False
    phone_region: str = ""  # e.g. "CM": phones are checked and stored as +237...; "" keeps the digits


# --- text --------------------------------------------------------------------------------------------


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Trimmed text without control or zero-width characters; odd spaces become plain ones.

    Runs of spaces become one space; newlines are kept only when `multiline` (notes).
    """
    if value.isprintable():  # no control, zero-width, non-breaking or odd space: the usual case
        text = value.strip()
        if "  " in text:
            text = _SPACES.sub(" ", text)
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "\t" in value:
        value = value.replace("\t", " ")
    value = _CONTROL.sub("", _INVISIBLE.sub("", value))
    value = _SPACES.sub(" ", value)
    lines = [line.strip() for line in value.split("\n")] if multiline else [" ".join(value.split())]
    return unicodedata.normalize("NFC", "\n".join(lines).strip())


def is_blank(value: object) -> bool:
    """An empty cell, or one holding only spaces (of any kind), zero-width or control characters."""
    if value == "" or value is None:
        return True
    if value.__class__ is not str:
        return False
    assert isinstance(value, str)
    stripped = value.strip()
    if stripped and stripped.isprintable():
        return False
    return not _CONTROL.sub("", _INVISIBLE.sub("", stripped)).strip()


def shown(value: object) -> str:
    """A value as quoted in a message: as the spreadsheet shows it, cut to SHOWN characters."""
    text = cell_text(value).strip()
    text = " ".join(text.split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def cell_text(value: object) -> str:
    """A raw cell as text, the way a person would type it back (error workbook, messages)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return translate("Import", "TRUE") if value else translate("Import", "FALSE")
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer() and abs(value) < MAX_EXACT:
            return str(int(value))
        return format(value, ".15g")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        if value.second or value.microsecond:
            return value.strftime("%d/%m/%Y %H:%M:%S")
        if value.hour or value.minute:
            return value.strftime("%d/%m/%Y %H:%M")
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return str(value)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_text(text: str) -> str:
    """Accents and case ignored: what two cells are compared by to find duplicate rows."""
    if text.isascii():
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


# --- messages ----------------------------------------------------------------------------------------


def required_problem() -> CellProblem:
    return CellProblem(translate("Import", "this value is required. Fill it in, then import the file again."))


def too_long(count: int, maximum: int) -> CellProblem:
    return CellProblem(
        translate(
            "Import",
            "the text is {count} characters long; at most {max} are accepted. Shorten it, then import the file again.",
        ).format(count=f"{count:,}".replace(",", "\u202f"), max=f"{maximum:,}".replace(",", "\u202f"))
    )


def text_problem(value: str) -> CellProblem | None:
    """An Excel error value typed or pasted as text (#N/A, #DIV/0!...)."""
    if value[:1] == "#" and value.upper() in EXCEL_ERRORS:
        return excel_error(value)
    return None


def excel_error(value: str) -> CellProblem:
    return CellProblem(
        translate(
            "Import",
            "the cell shows the Excel error {value}. Correct the formula or type the value itself, "
            "then import the file again.",
        ).format(value=value or "#")
    )


def formula_cell(formula: str) -> CellProblem:
    if formula:
        text = "=" + formula
        if len(text) > SHOWN:
            text = text[: SHOWN - 1] + "…"
        return CellProblem(
            translate(
                "Import",
                "the cell holds a formula ({formula}), not a value. Replace the formulas by their values "
                "(copy the column, then Paste special → Values), then import the file again.",
            ).format(formula=text)
        )
    return CellProblem(
        translate(
            "Import",
            "the cell holds a formula, not a value. Replace the formulas by their values "
            "(copy the column, then Paste special → Values), then import the file again.",
        )
    )


def quoted(text: str) -> str:
    """A name in quotes as the language writes them: “Nom” in English, « Nom » in French."""
    return translate("Import", "“{text}”").format(text=text)


def column_reference(letter: str, title: str) -> str:
    """'C (“Date de naissance”)': a column by its letter and its header, for lists in messages."""
    return translate("Import", "{letter} (“{title}”)").format(letter=letter, title=title)


def blank(required: bool) -> object:
    """A blank cell: None, or the "required" problem."""
    if required:
        raise required_problem()
    return None


def integral(value: float) -> str | None:
    """A whole number as its digits (1234.0 -> '1234'); None when it has decimals or may have lost digits."""
    if math.isfinite(value) and value.is_integer() and abs(value) < MAX_EXACT:
        return str(int(value))
    return None
