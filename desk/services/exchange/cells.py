"""Converting one cell, as calamine gives it, to the type its column declares.

A converter takes the raw value (str, float, int, bool, date, datetime, time or timedelta; "" for an
empty cell) and returns the typed value (str, int, Decimal, date, bool; None when blank), or raises
``CellProblem`` with what is wrong and what to do; the reader adds the row number and the column.

Converters are built once per column (``make_converter``) and called for every cell, so the common
case (clean text, a real date, a whole number) takes the shortest path. Dates are in ``cell_dates``,
phones in ``cell_phones``, what they all share in ``cell_base``.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from desk.i18n import translate
from desk.services.exchange.cell_base import (
    EXCEL_ERRORS,
    MAX_EXACT,
    CellContext,
    CellProblem,
    Converter,
    blank,
    cell_text,
    clean_text,
    excel_error,
    fold_text,
    formula_cell,
    integral,
    is_blank,
    shown,
    text_problem,
    too_long,
)
from desk.services.exchange.cell_dates import date_converter, serial_date
from desk.services.exchange.cell_phones import phone_converter, region_validator
from desk.services.exchange.columns import ColumnSpec, Kind, normalise_header

SUGGESTIONS = 3
LISTED_CODES = 12  # at most this many allowed values are listed in a message

_ALL_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u2008\u200a']+")  # and the Swiss thousands apostrophe
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_CURRENCY_NAMES = r"(?:fcfa|cfa|xaf|xof|tnd|dt|eur|usd|€|\$)"
_CURRENCY = re.compile(rf"^{_CURRENCY_NAMES}\s*|\s*{_CURRENCY_NAMES}$", re.IGNORECASE)

_TRUE = frozenset({"oui", "o", "yes", "y", "1", "x", "vrai", "true", "v", "✓", "✔", "☑"})
_FALSE = frozenset({"non", "n", "no", "0", "faux", "false", "f"})


def make_converter(spec: ColumnSpec, context: CellContext) -> Converter:
    """The function that turns a raw cell of this column into its typed value."""
    kind = spec.kind
    if kind is Kind.TEXT:
        return _text_converter(spec)
    if kind is Kind.INT:
        return _int_converter(spec)
    if kind is Kind.NUMBER:
        return _number_converter(spec)
    if kind is Kind.DATE:
        return date_converter(spec, context)
    if kind is Kind.BOOL:
        return _bool_converter(spec)
    if kind is Kind.CODE:
        return _code_converter(spec)
    if kind is Kind.CODES:
        return _codes_converter(spec)
    if kind is Kind.PHONE:
        return phone_converter(spec, context)
    if kind is Kind.ID_NUMBER:
        return _id_converter(spec)
    raise ValueError(f"unknown column kind {kind!r}")


def _text_converter(spec: ColumnSpec) -> Converter:
    required, maximum = spec.required, spec.max_length

    def convert(value: object) -> object:
        if value.__class__ is str:
            assert isinstance(value, str)
            text = clean_text(value, multiline=True)
            if not text:
                return blank(required)
            if text[0] == "#" and (problem := text_problem(text)) is not None:
                raise problem
            # "=1+1", "+237...", "-", "@home" stay literal text: nothing here ever evaluates a cell.
        elif value is None:
            return blank(required)
        else:
            text = cell_text(value)
        if maximum is not None and len(text) > maximum:
            raise too_long(len(text), maximum)
        return text

    return convert


def _int_converter(spec: ColumnSpec) -> Converter:
    required = spec.required
    low, high = spec.min_value, spec.max_value

    def not_whole(value: object) -> CellProblem:
        return CellProblem(
            translate(
                "Import",
                "“{value}” is not a whole number. Type a number without decimals (e.g. 3), then import the file again.",
            ).format(value=shown(value))
        )

    def convert(value: object) -> object:
        number: int
        if value.__class__ is float:
            assert isinstance(value, float)
            if not (math.isfinite(value) and value.is_integer()):
                raise not_whole(value)
            number = int(value)
        elif value.__class__ is int:
            assert isinstance(value, int)
            number = value
        elif isinstance(value, str):
            text = clean_text(value)
            if not text:
                return blank(required)
            if (problem := text_problem(text)) is not None:
                raise problem
            parsed = parse_number(text, 0)
            if parsed is None or parsed != parsed.to_integral_value():
                raise not_whole(value)
            number = int(parsed)
        elif value is None:
            return blank(required)
        else:
            raise not_whole(value)
        _check_range(number, low, high)
        return number

    return convert


def _check_range(number: int | Decimal, low: int | None, high: int | None) -> None:
    if low is not None and number < low:
        raise CellProblem(
            translate("Import", "{value} is less than {min}, the smallest value accepted. Correct it.").format(
                value=number, min=low
            )
        )
    if high is not None and number > high:
        raise CellProblem(
            translate("Import", "{value} is more than {max}, the largest value accepted. Correct it.").format(
                value=number, max=high
            )
        )


class _Ambiguous(Exception):
    """'12,500' where decimals are allowed: twelve thousand five hundred, or twelve and a half?"""


def parse_number(text: str, decimals: int | None) -> Decimal | None:
    """'12 500', '12 500,50', '1,250.50', '1.250.000', '-3' -> Decimal; None when it is not a number.

    Spaces of any kind (non-breaking, thin) and apostrophes group thousands. A lone separator is the
    decimal mark, except before exactly three digits: with `decimals` 0 that is a thousands group
    (12,500 XAF), with 3 or more the decimal mark (12,500 TND), otherwise ambiguous (_Ambiguous).
    """
    compact = _ALL_SPACES.sub("", _CURRENCY.sub("", text.strip())).replace("\u2212", "-")
    negative = False
    if compact[:1] in ("+", "-"):
        negative, compact = compact[0] == "-", compact[1:]
    if not _NUMBER.match(compact):
        return None
    separators = [ch for ch in compact if ch in ".,"]
    if not separators:
        digits = compact
    elif len(set(separators)) == 2:  # 1,250.50 or 1.250,50: the last one is the decimal mark
        thousands, mark = separators[0], separators[-1]
        if separators.count(mark) != 1 or compact.rfind(thousands) > compact.find(mark):
            return None
        whole, fraction = compact.split(mark)
        if not _grouped(whole.split(thousands)):
            return None
        digits = whole.replace(thousands, "") + "." + fraction
    elif len(separators) > 1:  # 1.250.000 or 1,250,000: thousands only
        if not _grouped(compact.split(separators[0])):
            return None
        digits = compact.replace(separators[0], "")
    else:
        whole, fraction = compact.split(separators[0])
        group = len(fraction) == 3 and whole != "0" and _grouped([whole, fraction])
        if group and decimals == 0:
            digits = whole + fraction
        elif group and (decimals is None or decimals < 3):
            raise _Ambiguous
        else:
            digits = whole + "." + fraction
    try:
        number = Decimal(digits)
    except InvalidOperation:
        return None
    return -number if negative else number


def _grouped(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])


def _number_converter(spec: ColumnSpec) -> Converter:
    required, decimals = spec.required, spec.decimals
    low, high = spec.min_value, spec.max_value

    def not_a_number(value: object) -> CellProblem:
        return CellProblem(
            translate(
                "Import",
                "“{value}” is not a number. Type digits only, with spaces for thousands if you like "
                "(e.g. 12500 or 12 500,50), then import the file again.",
            ).format(value=shown(value))
        )

    def convert(value: object) -> object:
        number: Decimal | None
        if value.__class__ is float:
            assert isinstance(value, float)
            if not math.isfinite(value):
                raise not_a_number(value)
            number = Decimal(repr(value))  # the shortest text of the float: no binary noise
            if number.adjusted() >= 27:  # 1e300 is no amount a person typed (and quantize would overflow)
                raise not_a_number(value)
            if number == number.to_integral_value():
                number = number.quantize(Decimal(1))
        elif value.__class__ is int:
            assert isinstance(value, int)
            number = Decimal(value)
        elif isinstance(value, str):
            text = clean_text(value)
            if not text:
                return blank(required)
            if (problem := text_problem(text)) is not None:
                raise problem
            try:
                number = parse_number(text, decimals)
            except _Ambiguous:
                raise CellProblem(
                    translate(
                        "Import",
                        "“{value}” is ambiguous: is the separator for thousands or for decimals? Type the amount "
                        "without thousands separators (e.g. 12500 or 12,50), then import the file again.",
                    ).format(value=shown(value))
                ) from None
            if number is None:
                raise not_a_number(value)
        elif value is None:
            return blank(required)
        else:
            raise not_a_number(value)
        if decimals is not None:
            exponent = number.normalize().as_tuple().exponent
            if isinstance(exponent, int) and exponent < -decimals:
                if decimals == 0:
                    raise CellProblem(
                        translate(
                            "Import",
                            "“{value}” has decimals, but this column takes whole amounts only. Correct it, then "
                            "import the file again.",
                        ).format(value=shown(value))
                    )
                raise CellProblem(
                    translate(
                        "Import",
                        "“{value}” has more than {decimals} digits after the decimal mark. Round it, then import "
                        "the file again.",
                    ).format(value=shown(value), decimals=decimals)
                )
        _check_range(number, low, high)
        return number

    return convert


# --- yes/no, codes -------------------------------------------------------------------------------------


def _bool_converter(spec: ColumnSpec) -> Converter:
    required = spec.required
    memo: dict[str, bool] = {}  # "Oui", "Non"... repeat on every row: each spelling is folded once

    def convert(value: object) -> object:
        if value.__class__ is bool:
            return value
        if value.__class__ is str:
            assert isinstance(value, str)
            known = memo.get(value)
            if known is not None:
                return known
            text = clean_text(value)
            if not text:
                return blank(required)
            if (problem := text_problem(text)) is not None:
                raise problem
            key = text.casefold() if len(text) == 1 else normalise_header(text)
            answer = True if key in _TRUE else False if key in _FALSE else None
            if answer is not None:
                if len(memo) < 1_000:
                    memo[value] = answer
                return answer
        elif value.__class__ is float or value.__class__ is int:
            assert isinstance(value, (float, int))
            if value in (0, 1):
                return bool(value)
        elif value is None:
            return blank(required)
        raise CellProblem(
            translate(
                "Import",
                "“{value}” is not a yes/no answer. Type Oui or Non (Yes or No; 1 or 0; X for yes), "
                "then import the file again.",
            ).format(value=shown(value))
        )

    return convert


def _code_converter(spec: ColumnSpec) -> Converter:
    required, maximum = spec.required, spec.max_length
    lookup: dict[str, str] = {}
    for alias, code in spec.code_aliases.items():
        lookup.setdefault(normalise_header(alias), code)
    for code, label in spec.codes.items():
        if label:
            lookup[normalise_header(label)] = code
    for code in spec.codes:
        lookup[normalise_header(code)] = code
    lookup.pop("", None)
    shown_choices = {
        code: f"{label} ({code})" if label and label != code else code for code, label in spec.codes.items()
    }
    choice_keys = list(lookup)
    memo: dict[str, str] = {}  # a file repeats the same values: each is looked up once

    def unknown(value: object, key: str) -> CellProblem:
        from rapidfuzz import fuzz, process

        found = process.extract(key, choice_keys, scorer=fuzz.WRatio, limit=SUGGESTIONS * 3, score_cutoff=70)
        suggestions: list[str] = []
        for choice, _score, _index in found:
            text = shown_choices[lookup[choice]]
            if text not in suggestions:
                suggestions.append(text)
        if suggestions:
            return CellProblem(
                translate(
                    "Import",
                    "“{value}” is not in the list. Did you mean {suggestions}? Choose a value from the list "
                    "(the template's drop-down shows them), then import the file again.",
                ).format(value=shown(value), suggestions=" / ".join(suggestions[:SUGGESTIONS]))
            )
        if len(shown_choices) <= LISTED_CODES:
            return CellProblem(
                translate(
                    "Import",
                    "“{value}” is not in the list ({choices}). Choose one of these, then import the file again.",
                ).format(value=shown(value), choices=", ".join(shown_choices.values()))
            )
        return CellProblem(
            translate(
                "Import",
                "“{value}” is not in the list. Choose a value from the list (the template's drop-down shows them), "
                "then import the file again.",
            ).format(value=shown(value))
        )

    def convert(value: object) -> object:
        if isinstance(value, str):
            code = memo.get(value)
            if code is not None:
                return code
            text = clean_text(value)
            if not text:
                return blank(required)
            if (problem := text_problem(text)) is not None:
                raise problem
        elif value is None:
            return blank(required)
        else:
            text = cell_text(value)
        if maximum is not None and len(text) > maximum * 4:
            raise too_long(len(text), maximum)
        key = normalise_header(text)
        found = lookup.get(key)
        if found is None:
            raise unknown(value, key)
        if isinstance(value, str) and len(memo) < 10_000:
            memo[value] = found
        return found

    return convert


_SEPARATORS = re.compile(r"\s*[;,/|\n]\s*")


def _codes_converter(spec: ColumnSpec) -> Converter:
    """Several codes in one cell ("CE; LT" or "Centre, Littoral"): each checked like a code column's value."""
    one = _code_converter(replace(spec, kind=Kind.CODE, required=False, max_length=None))
    required, maximum = spec.required, spec.max_length

    def convert(value: object) -> object:
        if value is None or (isinstance(value, str) and not clean_text(value)):
            return blank(required)
        text = clean_text(value) if isinstance(value, str) else cell_text(value)
        if (problem := text_problem(text)) is not None:
            raise problem
        if maximum is not None and len(text) > maximum:
            raise too_long(len(text), maximum)
        codes: list[str] = []
        problems: list[str] = []
        for part in _SEPARATORS.split(text):
            try:
                code = one(part) if part else None
            except CellProblem as problem:  # every wrong value of the cell is named, not only the first
                problems.append(str(problem))
                continue
            if isinstance(code, str) and code not in codes:
                codes.append(code)
        if problems:
            raise CellProblem(" ".join(problems))
        return tuple(codes) if codes else blank(required)

    return convert


def _id_converter(spec: ColumnSpec) -> Converter:
    required, maximum, digits = spec.required, spec.max_length, spec.digits

    def stored_as_number(value: object) -> CellProblem:
        return CellProblem(
            translate(
                "Import",
                "“{value}” was stored as a number by Excel, which keeps only 15 digits. "
                "Format the column as text and type the number again, then import the file again.",
            ).format(value=shown(value))
        )

    def convert(value: object) -> object:
        from_number = False
        if isinstance(value, str):
            text = clean_text(value)
            if not text:
                return blank(required)
            if (problem := text_problem(text)) is not None:
                raise problem
            if _SCIENTIFIC.match(text):
                raise stored_as_number(value)
        elif isinstance(value, float) and not isinstance(value, bool):
            digits_text = integral(value)
            if digits_text is None:
                if math.isfinite(value) and value.is_integer():
                    raise stored_as_number(value)
                raise CellProblem(
                    translate(
                        "Import",
                        "“{value}” is not an identity number (it has decimals). Correct it, then import the file "
                        "again.",
                    ).format(value=shown(value))
                )
            text, from_number = digits_text, True
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= MAX_EXACT:
                raise stored_as_number(value)
            text, from_number = str(value), True
        elif value is None:
            return blank(required)
        else:
            text = cell_text(value)
        if digits is not None and text.isdigit() and len(text) != digits:
            if from_number and len(text) < digits:
                raise CellProblem(
                    translate(
                        "Import",
                        "“{value}” has {count} digits instead of {digits}: Excel stored it as a number and dropped "
                        "its leading zeros. Format the column as text and type the number again, then import the "
                        "file again.",
                    ).format(value=text, count=len(text), digits=digits)
                )
            raise CellProblem(
                translate(
                    "Import",
                    "“{value}” has {count} digits instead of {digits}. Correct it, then import the file again.",
                ).format(value=text, count=len(text), digits=digits)
            )
        if maximum is not None and len(text) > maximum:
            raise too_long(len(text), maximum)
        return text

    return convert


__all__ = [
    "EXCEL_ERRORS",
    "CellContext",
    "CellProblem",
    "Converter",
    "cell_text",
    "clean_text",
    "excel_error",
    "fold_text",
    "formula_cell",
    "is_blank",
    "make_converter",
    "parse_number",
    "region_validator",
    "serial_date",
    "shown",
    "text_problem",
]
