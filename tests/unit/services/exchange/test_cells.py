"""One cell at a time: each column kind's conversions and the message for each problem."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from decimal import Decimal

import phonenumbers
import pytest

from desk.services.exchange.cells import (
    CellContext,
    CellProblem,
    clean_text,
    is_blank,
    make_converter,
    parse_number,
    region_validator,
    serial_date,
)
from desk.services.exchange.columns import ColumnSpec, Kind

TODAY = date(2026, 11, 30)
CONTEXT = CellContext(today=TODAY)


def convert(spec: ColumnSpec, value: object, context: CellContext = CONTEXT) -> object:
    return make_converter(spec, context)(value)


def problem(spec: ColumnSpec, value: object, context: CellContext = CONTEXT) -> str:
    with pytest.raises(CellProblem) as caught:
        make_converter(spec, context)(value)
    return caught.value.problem


TEXT = ColumnSpec("name", Kind.TEXT, "Nom", "Name", required=True, max_length=100)
NOTE = ColumnSpec("note", Kind.TEXT, "Observations", "Notes", max_length=2000)
INT = ColumnSpec("household", Kind.INT, "Ménage", "Household", min_value=1, max_value=40)
AMOUNT = ColumnSpec("amount", Kind.NUMBER, "Montant", "Amount", decimals=0)
TND = ColumnSpec("amount", Kind.NUMBER, "Montant", "Amount", decimals=3)
EUR = ColumnSpec("amount", Kind.NUMBER, "Montant", "Amount", decimals=2)
BIRTH = ColumnSpec("birth", Kind.DATE, "Date de naissance", "Date of birth", past_only=True)
RETURN = ColumnSpec("back", Kind.DATE, "Date de retour", "Date of return")
BOOL = ColumnSpec("consent", Kind.BOOL, "Consentement", "Consent")
REGION = ColumnSpec(
    "region",
    Kind.CODE,
    "Région",
    "Region",
    codes={"LT": "Littoral", "CE": "Centre", "NW": "Nord-Ouest", "EN": "Extrême-Nord"},
    code_aliases={"North-West": "NW", "Far North": "EN"},
)
PHONE = ColumnSpec("phone", Kind.PHONE, "Téléphone", "Phone")
ID = ColumnSpec("id", Kind.ID_NUMBER, "N° pièce", "ID number", max_length=30)
NIN = ColumnSpec("nin", Kind.ID_NUMBER, "NIN", "NIN", digits=9)


# --- text ----------------------------------------------------------------------------------------------


def test_spaces_of_every_kind_and_invisible_characters_are_trimmed() -> None:
    assert clean_text("  Ngono\u00a0") == "Ngono"
    assert clean_text("\u200bNgono\ufeff") == "Ngono"
    assert clean_text("Jean\u202fPierre\u2009 Ngono") == "Jean Pierre Ngono"
    assert clean_text("Jean  Pierre") == "Jean Pierre"
    assert clean_text("Aï\u0308cha") == "Aï\u0308cha".replace("ï\u0308", "ï\u0308")  # NFC: nothing to compose
    assert clean_text("e\u0301") == "é"  # composed (NFC)


def test_control_characters_are_dropped() -> None:
    assert clean_text("Ngo\x07no\x00") == "Ngono"
    assert clean_text("line one\r\nline\ttwo", multiline=True) == "line one\nline two"
    assert clean_text("line one\r\nline two") == "line one line two"
    assert convert(TEXT, "Mbar\x1bga\x7f") == "Mbarga"


@pytest.mark.parametrize("value", ["", "   ", "\u00a0\u00a0", "\u200b", "\t\r\n", "\u200b \ufeff", None])
def test_blank_cells(value: object) -> None:
    assert is_blank(value)
    assert convert(NOTE, value) is None


def test_required_blank_says_so() -> None:
    assert "required" in problem(TEXT, " \u00a0")


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+237 699", "-", "@home", "=1+1", "'quoted"])
def test_text_that_looks_like_a_formula_stays_literal(text: str) -> None:
    assert convert(TEXT, text) == text


def test_excel_error_values_typed_as_text_are_errors() -> None:
    assert "Excel error #N/A" in problem(TEXT, "#N/A")
    assert "Excel error #DIV/0!" in problem(AMOUNT, "#DIV/0!")
    assert "Excel error #VALEUR!" in problem(BIRTH, "#VALEUR!")
    assert convert(TEXT, "#1 priority") == "#1 priority"


def test_a_long_note_names_the_limit() -> None:
    message = problem(NOTE, "x" * 30_000)
    assert "30\u202f000 characters" in message and "at most 2\u202f000" in message
    assert convert(NOTE, "x" * 2000) == "x" * 2000


def test_numbers_and_dates_in_text_columns_read_as_typed() -> None:
    assert convert(TEXT, 12.0) == "12"
    assert convert(TEXT, date(2026, 3, 1)) == "01/03/2026"


# --- numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "decimals", "expected"),
    [
        ("12500", 0, Decimal("12500")),
        ("12 500", 0, Decimal("12500")),
        ("12\u00a0500", 0, Decimal("12500")),
        ("12\u202f500", 0, Decimal("12500")),
        ("1,250,000", 0, Decimal("1250000")),
        ("1.250.000", 0, Decimal("1250000")),
        ("12,500", 0, Decimal("12500")),
        ("12,500", 3, Decimal("12.500")),
        ("12 500,50", 2, Decimal("12500.50")),
        ("1,250.50", 2, Decimal("1250.50")),
        ("1.250,50", 2, Decimal("1250.50")),
        ("12,5", 2, Decimal("12.5")),
        ("-3", 0, Decimal("-3")),
        ("25 000 FCFA", 0, Decimal("25000")),
        ("€ 12,50", 2, Decimal("12.50")),
        ("12a", 0, None),
        ("1,25,0", 0, None),
        ("", 0, None),
    ],
)
def test_amounts_written_as_text(text: str, decimals: int, expected: Decimal | None) -> None:
    assert parse_number(text, decimals) == expected


def test_ambiguous_amounts_ask_for_no_separators() -> None:
    assert "ambiguous" in problem(EUR, "12,500")


def test_amounts_are_decimals_never_floats() -> None:
    assert convert(AMOUNT, 25000.0) == Decimal("25000")
    assert type(convert(AMOUNT, 25000.0)) is Decimal
    assert convert(EUR, 0.1) == Decimal("0.1")
    assert "whole amounts only" in problem(AMOUNT, "12,5")
    assert "more than 2 digits" in problem(EUR, 12.345)
    assert "is not a number" in problem(AMOUNT, "douze mille")
    assert "is not a number" in problem(AMOUNT, True)


def test_whole_numbers() -> None:
    assert convert(INT, "3") == 3
    assert convert(INT, 4.0) == 4
    assert convert(INT, " 12 ") == 12
    assert "not a whole number" in problem(INT, 2.5)
    assert "not a whole number" in problem(INT, "2,5")
    assert "more than 40" in problem(INT, 41)
    assert "less than 1" in problem(INT, "0")


# --- dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12/03/1998", date(1998, 3, 12)),
        ("1/3/1998", date(1998, 3, 1)),
        ("12.03.1998", date(1998, 3, 12)),
        ("12-03-1998", date(1998, 3, 12)),
        ("1998-03-12", date(1998, 3, 12)),
        ("1998-03-12T00:00:00.000+01:00", date(1998, 3, 12)),
        ("12/03/1998 14:30", date(1998, 3, 12)),
        ("12 mars 1998", date(1998, 3, 12)),
        ("1er janvier 2000", date(2000, 1, 1)),
        ("12-Mar-98", date(1998, 3, 12)),
        ("12031998", date(1998, 3, 12)),
        ("19980312", date(1998, 3, 12)),
        (35866.0, date(1998, 3, 12)),
        (35866, date(1998, 3, 12)),
        ("35866", date(1998, 3, 12)),
        (date(1998, 3, 12), date(1998, 3, 12)),
        (datetime(1998, 3, 12, 10, 30), date(1998, 3, 12)),
    ],
)
def test_dates_in_every_form_donors_send(value: object, expected: date) -> None:
    assert convert(BIRTH, value) == expected


def test_two_digit_years_pivot_so_that_births_are_in_the_past() -> None:
    assert convert(BIRTH, "12/03/98") == date(1998, 3, 12)
    assert convert(BIRTH, "12/03/05") == date(2005, 3, 12)
    assert convert(BIRTH, "12/03/26") == date(2026, 3, 12)  # earlier this year
    assert convert(BIRTH, "24/12/26") == date(1926, 12, 24)  # later this year: a century ago
    assert convert(RETURN, "24/12/26") == date(2026, 12, 24)  # not a birth: this century
    assert convert(RETURN, "01/01/60") == date(1960, 1, 1)


def test_impossible_dates_are_refused() -> None:
    assert "does not exist" in problem(BIRTH, "31/02/1990")
    assert "does not exist" in problem(BIRTH, "29/02/2001")
    assert "does not exist" in problem(BIRTH, "2001-02-29")
    assert convert(BIRTH, "29/02/2000") == date(2000, 2, 29)


def test_future_dates_of_birth_are_refused() -> None:
    assert "in the future" in problem(BIRTH, "01/12/2026")
    assert "in the future" in problem(BIRTH, date(2030, 1, 1))
    assert convert(BIRTH, "30/11/2026") == TODAY
    assert convert(RETURN, "01/12/2027") == date(2027, 12, 1)  # a planned return may be ahead


def test_what_is_not_a_date() -> None:
    assert "is not a date" in problem(BIRTH, "hier")
    assert "is not a date" in problem(BIRTH, "03/25/1998")  # month first: not how the desk writes dates
    assert "is not a date" in problem(BIRTH, time(10, 30))
    assert "is not a date" in problem(BIRTH, True)
    assert "looks like a year" in problem(BIRTH, 1998.0)
    assert "looks like a year" in problem(BIRTH, "1998")
    assert "before 1900" in problem(BIRTH, "01/01/1850")


def test_excel_serials_in_both_date_systems() -> None:
    assert serial_date(1, False) == date(1900, 1, 1)
    assert serial_date(59, False) == date(1900, 2, 28)
    assert serial_date(60, False) is None  # Excel's phantom 29/02/1900
    assert serial_date(61, False) == date(1900, 3, 1)
    assert serial_date(45000.75, False) == date(2023, 3, 15)
    assert serial_date(0, True) is None
    assert serial_date(34404, True) == date(1998, 3, 12)
    assert convert(BIRTH, 34404.0, CellContext(TODAY, date1904=True)) == date(1998, 3, 12)


# --- yes/no, codes -------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["Oui", "OUI", " oui ", "Yes", "y", "1", "X", "x", "Vrai", "TRUE", 1, 1.0, True, "✓"])
def test_yes(value: object) -> None:
    assert convert(BOOL, value) is True


@pytest.mark.parametrize("value", ["Non", "no", "N", "0", "Faux", "false", 0, 0.0, False])
def test_no(value: object) -> None:
    assert convert(BOOL, value) is False


def test_neither_yes_nor_no() -> None:
    assert "not a yes/no answer" in problem(BOOL, "peut-être")
    assert "not a yes/no answer" in problem(BOOL, 2)
    assert convert(BOOL, "") is None


def test_codes_by_code_label_or_alias_whatever_the_accents() -> None:
    assert convert(REGION, "LT") == "LT"
    assert convert(REGION, "lt") == "LT"
    assert convert(REGION, "Littoral") == "LT"
    assert convert(REGION, "extreme nord") == "EN"
    assert convert(REGION, "Far North") == "EN"
    assert convert(REGION, "NORD-OUEST") == "NW"


def test_unknown_codes_suggest_the_closest() -> None:
    message = problem(REGION, "Litoral")
    assert "“Litoral” is not in the list" in message
    assert "Did you mean Littoral (LT)" in message
    message = problem(REGION, "Nord Ouset")
    assert "Nord-Ouest (NW)" in message


def test_unknown_codes_without_a_close_one_list_the_choices() -> None:
    message = problem(REGION, "Zzzz")
    assert "Littoral (LT), Centre (CE), Nord-Ouest (NW), Extrême-Nord (EN)" in message


# --- phones and identity numbers -----------------------------------------------------------------------


def test_phones_without_a_region_keep_their_digits() -> None:
    assert convert(PHONE, "+237 6 99 12 34 56") == "+237699123456"
    assert convert(PHONE, "00237 699 12 34 56") == "+237699123456"
    assert convert(PHONE, 699123456.0) == "699123456"
    assert "not a phone number" in problem(PHONE, "six neuf neuf")
    assert "not a phone number" in problem(PHONE, "123")


def test_phones_with_the_desks_region_are_checked_and_stored_in_e164() -> None:
    context = CellContext(TODAY, phone_region="CM")
    assert convert(PHONE, "699 12 34 56", context) == "+237699123456"
    assert convert(PHONE, 237699123456.0, context) == "+237699123456"
    assert convert(PHONE, "+33 6 12 34 56 78", context) == "+33612345678"
    assert "not a phone number" in problem(PHONE, "+237 1 23", context)
    assert "not a phone number" in problem(PHONE, "599123456", context)


@pytest.mark.parametrize("region", ["CM", "TN", "TG", "FR", "SN"])
def test_the_fast_phone_check_agrees_with_phonenumbers(region: str) -> None:
    found = region_validator(region)
    assert found is not None
    code, _trunk, is_valid = found
    rng = random.Random(region)
    valid = 0
    for _ in range(3000):
        length = rng.randint(6, 11)
        national = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        number = phonenumbers.PhoneNumber(country_code=code, national_number=int(national))
        expected = phonenumbers.is_valid_number(number)
        valid += expected
        assert is_valid(national) is expected, national
    assert valid > 10  # the sample has valid numbers, not only invalid ones


def test_id_numbers_stored_as_numbers_get_their_digits_back() -> None:
    assert convert(ID, 123456789012.0) == "123456789012"
    assert convert(ID, 123456789) == "123456789"
    assert convert(ID, " AB 12345 ") == "AB 12345"
    assert convert(ID, "000123") == "000123"


def test_long_id_numbers_turned_scientific_by_excel_are_refused() -> None:
    message = problem(ID, 1.2345678901234568e16)
    assert "stored as a number by Excel" in message and "format the column as text" in message.lower()
    assert "stored as a number by Excel" in problem(ID, "1.23457E+16")
    assert "stored as a number by Excel" in problem(ID, "1,23457E+16")
    assert "stored as a number by Excel" in problem(ID, 12345678901234567)
    assert "has decimals" in problem(ID, 1234.5)


def test_id_numbers_that_lost_their_leading_zeros() -> None:
    assert convert(NIN, "012345678") == "012345678"
    message = problem(NIN, 12345678.0)
    assert "8 digits instead of 9" in message and "leading zeros" in message
    assert "10 digits instead of 9" in problem(NIN, "0123456789")


def test_a_huge_float_is_not_a_number_rather_than_a_crash():
    from desk.services.exchange.cell_base import CellContext, CellProblem
    from desk.services.exchange.cells import make_converter
    from desk.services.exchange.columns import ColumnSpec, Kind

    convert = make_converter(ColumnSpec("amount", Kind.NUMBER, decimals=0), CellContext(today=date(2026, 11, 30)))
    with pytest.raises(CellProblem):
        convert(1e300)
    assert convert(12500.0) == 12500
