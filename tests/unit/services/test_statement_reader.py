"""Reading statements: workbooks built here, in French and English, good and bad."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from desk.services import statement_reader
from desk.services.errors import ValidationError
from desk.services.exchange import safety
from desk.services.exchange.headers import HEADER_SEARCH_ROWS
from desk.services.exchange.safety import ImportRefused, Refusal
from desk.services.ledger_dto import StatementRow
from desk.services.statement_reader import read_statement

XAF, EUR, TND = 0, 2, 3


def workbook(tmp_path: Path, rows: list[list[object]], name: str = "statement.xlsx", title: str = "") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if title:
        ws.title = title
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def patch_sheet(path: Path, old: str, new: str) -> None:
    """Rewrite the first sheet's XML, e.g. to store a number the way other tools write it."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert old.encode() in parts[sheet]
    parts[sheet] = parts[sheet].replace(old.encode(), new.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, data in parts.items():
            archive.writestr(filename, data)


def error_of(path: Path, minor_units: int = XAF) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_statement(path, minor_units)
    return caught.value


FR_HEADER = ["Date de l'opération", "Référence", "Montant (XAF)", "Téléphone", "Libellé"]


# --- reading ---------------------------------------------------------------------------------------


def test_a_french_mobile_money_statement_with_title_rows_above_the_header(tmp_path):
    path = workbook(
        tmp_path,
        [
            ["Orange Money — relevé du compte marchand"],
            ["Période : novembre 2026"],
            FR_HEADER,
            [datetime(2026, 11, 28, 9, 30), "MP261128.0930.A12345", "-150 000", "+237 6 99 12 34 56", "Tranche 1/2"],
            [date(2026, 11, 29), "mp261129.1000.b67890", -75000, "699 12 34 57", "  Tranche   2/2 "],
        ],
    )
    assert read_statement(path, XAF) == [
        StatementRow(4, date(2026, 11, 28), "MP261128.0930.A12345", 150000, "237699123456", "Tranche 1/2"),
        StatementRow(5, date(2026, 11, 29), "mp261129.1000.b67890", 75000, "699123457", "Tranche 2/2"),
    ]


def test_an_english_bank_statement_with_serial_dates_and_decimal_amounts(tmp_path):
    serial = (date(2026, 11, 28) - date(1899, 12, 30)).days
    path = workbook(
        tmp_path,
        [
            ["VALUE DATE", "TRANSACTION ID", "AMOUNT", "Description"],
            [serial, "TX-1", 1250.5, "Transfer"],
            [serial + 1, 778899, -99.99, None],
        ],
    )
    rows = read_statement(path, EUR)
    assert [(r.row_no, r.value_date, r.reference, r.amount, r.phone, r.label) for r in rows] == [
        (2, date(2026, 11, 28), "TX-1", 125050, "", "Transfer"),
        (3, date(2026, 11, 29), "778899", 9999, "", ""),
    ]


@pytest.mark.parametrize(
    "header",
    [
        ["date valeur", "REFERENCE", "montant", "Bénéficiaire (numéro)"],
        ["Transaction date", "Ref", "Débit", "MSISDN"],
        ["DATE", "N° transaction", "Amount", "Numéro"],
        ["Date de l’opération", "ID transaction", "Montant (XAF)", "Phone"],
        ["Value date", "Transaction ID", "DEBIT", "TÉLÉPHONE"],
    ],
)
def test_header_variants_in_both_languages_accents_and_case_ignored(tmp_path, header):
    path = workbook(tmp_path, [header, ["28/11/2026", "R1", "5 000", "699123456"]])
    assert read_statement(path, XAF) == [StatementRow(2, date(2026, 11, 28), "R1", 5000, "699123456", "")]


def test_a_phone_column_alone_is_enough_and_a_reference_column_alone_too(tmp_path):
    phones = workbook(tmp_path, [["Date", "Montant", "MSISDN"], ["2026-11-28", 100, "699123456"]], "a.xlsx")
    refs = workbook(tmp_path, [["Date", "Montant", "Référence"], ["2026-11-28", 100, "R"]], "b.xlsx")
    assert read_statement(phones, XAF)[0].phone == "699123456"
    assert read_statement(refs, XAF)[0].reference == "R"


@pytest.mark.parametrize(
    ("text", "minor_units", "expected"),
    [
        ("12 500", XAF, 12500),
        ("12\u00a0500", XAF, 12500),  # non-breaking space
        ("1\u202f250\u202f000", XAF, 1250000),  # narrow no-break space (French Excel)
        ("1\u2009250", XAF, 1250),  # thin space
        ("-25 000", XAF, 25000),  # a debit shown negative
        ("\u221225 000", XAF, 25000),  # with a real minus sign
        ("(25 000)", XAF, 25000),  # accounting style
        ("25 000-", XAF, 25000),
        ("12 500,50", EUR, 1250050),
        ("12 500.5", EUR, 1250050),
        ("1,250.50", EUR, 125050),
        ("1.250,50", EUR, 125050),
        ("1.250.000", XAF, 1250000),
        ("1,250,000", XAF, 1250000),
        ("12,500", XAF, 12500),  # no decimals in XAF: a thousands group
        ("12,500", TND, 12500),  # three decimals in TND: 12.500 dinars
        ("0,125", EUR, 12),  # half-even at the unit: 12.5 -> 12
        ("0,135", EUR, 14),  # 13.5 -> 14
        ("12,5", XAF, 12),  # half-even: 12.5 -> 12
        ("13,5", XAF, 14),
        ("+7 000", XAF, 7000),
        ("(12,500)", XAF, 12500),  # accounting style, with a thousands group
        ("1 250,5-", EUR, 125050),
        ("12 500 FCFA", XAF, 12500),  # the currency written in the cell
    ],
)
def test_text_amounts(tmp_path, text, minor_units, expected):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "R", text]])
    assert read_statement(path, minor_units)[0].amount == expected


def test_number_amounts_are_converted_with_decimal_not_float_arithmetic(tmp_path):
    # 2.675 * 100 is 267.49999999999997 in floats; the statement means 267.5, which rounds half-even to 268.
    path = workbook(tmp_path, [["Date", "Ref", "Amount"], ["28/11/2026", "R", 2.675], ["28/11/2026", "S", -0.125]])
    assert [row.amount for row in read_statement(path, EUR)] == [268, 12]


def test_phones_stored_as_floats_come_back_as_digits(tmp_path):
    path = workbook(tmp_path, [["Date", "Montant", "Téléphone", "Ref"], ["28/11/2026", 100, 237699123456, 12345]])
    patch_sheet(path, "<v>237699123456</v>", "<v>2.37699123456E11</v>")
    patch_sheet(path, "<v>12345</v>", "<v>12345.0</v>")
    row = read_statement(path, XAF)[0]
    assert (row.phone, row.reference) == ("237699123456", "12345")


def test_00_prefix_is_dropped_from_phones(tmp_path):
    path = workbook(tmp_path, [["Date", "Montant", "Téléphone"], ["28/11/2026", 100, "00237 699 12 34 56"]])
    assert read_statement(path, XAF)[0].phone == "237699123456"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("28/11/2026", date(2026, 11, 28)),
        ("1/2/2026", date(2026, 2, 1)),
        ("28-11-2026", date(2026, 11, 28)),
        ("28.11.2026", date(2026, 11, 28)),
        ("2026-11-28", date(2026, 11, 28)),
        ("28/11/2026 14:05", date(2026, 11, 28)),
        ("2026-11-28T14:05:33", date(2026, 11, 28)),
        ("28/11/26", date(2026, 11, 28)),  # a two-digit year is within 20 years from now
        (datetime(2026, 11, 28, 23, 59), date(2026, 11, 28)),
        (date(2026, 11, 28), date(2026, 11, 28)),
        (46354, date(2026, 11, 28)),
    ],
)
def test_date_forms(tmp_path, value, expected):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], [value, "R", 1]])
    assert read_statement(path, XAF)[0].value_date == expected


def test_empty_rows_are_skipped_and_row_numbers_are_those_of_the_sheet(tmp_path):
    path = workbook(
        tmp_path,
        [
            [],
            ["Date", "Ref", "Montant"],
            ["28/11/2026", "A", 1],
            [None, "  ", None],
            [],
            ["29/11/2026", "B", 2],
            [],
        ],
    )
    assert [(row.row_no, row.reference) for row in read_statement(path, XAF)] == [(3, "A"), (6, "B")]


def test_a_named_sheet_is_read(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append(["Résumé"])
    other = wb.create_sheet("Opérations")
    other.append(["Date", "Ref", "Montant"])
    other.append(["28/11/2026", "A", 1])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    assert read_statement(path, XAF, sheet="Opérations")[0].reference == "A"
    with pytest.raises(ValidationError, match="no sheet named “Missing”"):
        read_statement(path, XAF, sheet="Missing")


def test_long_labels_are_cut_to_what_the_database_keeps(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant", "Motif"], ["28/11/2026", "A", 1, "x" * 500]])
    assert read_statement(path, XAF)[0].label == "x" * statement_reader.MAX_LABEL


def test_labels_are_one_line_and_a_bad_label_never_refuses_the_statement(tmp_path):
    path = workbook(
        tmp_path,
        [["Date", "Ref", "Montant", "Libellé"], ["28/11/2026", "A", 1, "Tranche\n1/2"], ["28/11/2026", "B", 2, "#N/A"]],
    )
    assert [row.label for row in read_statement(path, XAF)] == ["Tranche 1/2", ""]


def test_repeated_lines_are_all_kept(tmp_path):
    """Two equal payments on one day without reference are two lines of the statement, not a repetition."""
    line = ["28/11/2026", 5000, "699123456"]
    path = workbook(tmp_path, [["Date", "Montant", "Téléphone"], line, line])
    assert [(row.row_no, row.amount) for row in read_statement(path, XAF)] == [(2, 5000), (3, 5000)]


def test_of_two_columns_that_fit_the_leftmost_is_read(tmp_path):
    """Bank statements often have an operation date and a value date: there is no mapping screen to choose."""
    path = workbook(
        tmp_path,
        [
            ["Date opération", "Date valeur", "Référence", "Montant", "Montant", "Libellé", "Description"],
            ["27/11/2026", "28/11/2026", "R1", "5 000", "9", "Tranche", "x"],
        ],
    )
    assert read_statement(path, XAF) == [StatementRow(2, date(2026, 11, 27), "R1", 5000, "", "Tranche")]


# --- bad content -----------------------------------------------------------------------------------


def test_a_missing_amount_column_is_named(tmp_path):
    path = workbook(tmp_path, [["Date", "Référence", "Téléphone"], ["28/11/2026", "A", "699123456"]])
    error = error_of(path)
    assert error.field == "statement"
    assert "has no column for: “Amount”" in error.message


def test_a_missing_date_column_and_a_missing_reference_and_phone_are_named(tmp_path):
    no_date = workbook(tmp_path, [["Référence", "Montant"], ["A", 1]], "a.xlsx")
    no_key = workbook(tmp_path, [["Date", "Montant", "Libellé"], ["28/11/2026", 1, "x"]], "b.xlsx")
    assert "has no column for: “Value date”" in error_of(no_date).message
    assert "neither a reference column nor a phone column" in error_of(no_key).message


def test_no_header_in_the_first_rows(tmp_path):
    rows: list[list[object]] = [["x"]] * HEADER_SEARCH_ROWS + [["Date", "Ref", "Montant"], ["28/11/2026", "A", 1]]
    path = workbook(tmp_path, rows)
    error = error_of(path)
    assert error.field == "statement"
    assert f"No header row found in the first {HEADER_SEARCH_ROWS} rows of the sheet “Sheet”" in error.message


def test_a_header_below_title_rows_is_found(tmp_path):
    rows: list[list[object]] = [["x"]] * (HEADER_SEARCH_ROWS - 1) + [["Date", "Ref", "Montant"], ["28/11/2026", "A", 1]]
    assert read_statement(workbook(tmp_path, rows), XAF)[0].row_no == HEADER_SEARCH_ROWS + 1


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("31/02/2026", "“31/02/2026” does not exist"),
        ("demain", "“demain” is not a date."),
        ("12/2026", "“12/2026” is not a date."),
        (25000, "“25000” is not a date."),  # a serial number, but of 1968: a number in the wrong column
        ("01/01/1985", "“01/01/1985” is not a date."),  # before any statement the desk reconciles
        ("01/01/2100", "“01/01/2100” is not a date."),
        (True, "“TRUE” is not a date."),
    ],
)
def test_a_bad_date_names_the_row_and_the_column(tmp_path, value, words):
    path = workbook(tmp_path, [["Date valeur", "Ref", "Montant"], ["28/11/2026", "A", 1], [value, "B", 2]])
    error = error_of(path)
    assert error.field == "value_date"
    assert error.message.startswith(f"Row 3, column “Date valeur”: {words}")
    assert "dd/mm/yyyy" in error.message


def test_a_missing_date(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], [None, "A", 1]])
    assert error_of(path).message == (
        "Row 2, column “Date”: this value is required. Fill it in, then import the file again."
    )


@pytest.mark.parametrize("value", ["12,5,0", "12 5OO", "1.2.3", "12,50,000", "€", "--5", "1,250.50.1", "1e5"])
def test_a_bad_amount_names_the_row_and_the_column(tmp_path, value):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "A", value]])
    error = error_of(path, EUR)
    assert error.field == "amount"
    assert error.message.startswith(f"Row 2, column “Montant”: “{value}” is not a number. Type digits only")


def test_an_ambiguous_amount_is_refused_in_a_currency_with_cents(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "A", "12,500"]])
    assert "“12,500” is ambiguous" in error_of(path, EUR).message


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (None, "Row 2, column “Montant”: this value is required"),
        (0, "the amount is zero"),
        ("0,00", "the amount is zero"),
        ("0,4", "the amount is zero"),  # rounds to 0 XAF
        (1e16, "too large"),
        ("-1 000 000 000 000 000", "too large"),
    ],
)
def test_missing_zero_and_absurd_amounts(tmp_path, value, words):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "A", value]])
    assert words in error_of(path).message


@pytest.mark.parametrize("value", ["Orange", "699-ABC", "12", "+237 699 12 34 56 78 90 12"])
def test_a_bad_phone(tmp_path, value):
    path = workbook(tmp_path, [["Date", "Montant", "Téléphone"], ["28/11/2026", 1, value]])
    error = error_of(path)
    assert error.field == "phone"
    assert error.message.startswith(f"Row 2, column “Téléphone”: “{value}” is not a phone number.")


def test_a_formula_is_refused_not_computed(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "A", "=2*500"]])
    error = error_of(path)
    assert error.field == "amount"
    assert error.message.startswith("Row 2, column “Montant”: the cell holds a formula (=2*500), not a value.")


def test_several_problems_are_listed_and_nothing_is_read(tmp_path):
    rows: list[list[object]] = [["Date", "Ref", "Montant"], ["28/11/2026", "A", 1]]
    rows += [["28/11/2026", "B", "x"], ["demain", "C", 0]] + [[None, f"D{n}", 1] for n in range(5)]
    error = error_of(workbook(tmp_path, rows))
    assert error.field == "amount"  # the first problem's column
    assert error.message.split("\n") == [
        "Row 3, column “Montant”: “x” is not a number. Type digits only, with spaces for thousands if you like "
        "(e.g. 12500 or 12 500,50), then import the file again.",
        "Row 4, column “Date”: “demain” is not a date. Type it as dd/mm/yyyy (e.g. 28/11/2026), "
        "then import the file again.",
        "Row 4, column “Montant”: the amount is zero. Correct or remove the line, then import the file again.",
        "Row 5, column “Date”: this value is required. Fill it in, then import the file again.",
        "Row 6, column “Date”: this value is required. Fill it in, then import the file again.",
        "8 problems in all: nothing was imported, since a statement is imported whole or not at all.",
    ]


def test_a_reference_too_long_for_the_database(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "R" * 81, 1]])
    error = error_of(path)
    assert error.field == "reference"
    assert "the text is 81 characters long; at most 80 are accepted" in error.message


def test_a_header_without_lines_is_an_error(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], [], [None, None]])
    assert "has a header row (row 1) but no rows below it" in error_of(path).message


def test_an_empty_workbook_has_no_header(tmp_path):
    path = workbook(tmp_path, [])
    assert "The sheet “Sheet” is empty" in error_of(path).message


# --- bad files -------------------------------------------------------------------------------------


@pytest.fixture
def openpyxl_must_not_run(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("openpyxl opened a file the guard should have refused")

    monkeypatch.setattr(openpyxl, "load_workbook", refuse)


def test_a_csv_file_is_not_a_workbook(tmp_path, openpyxl_must_not_run):
    path = tmp_path / "statement.xlsx"
    path.write_text("Date;Ref;Montant\n28/11/2026;A;1\n", encoding="utf-8")
    error = error_of(path)
    assert error.field == "statement"
    assert error.message.startswith("“statement.xlsx” is a text file (CSV, web page or XML) given an Excel name")
    assert isinstance(error.__cause__, ImportRefused) and error.__cause__.reason is Refusal.TEXT


def test_an_old_xls_file_says_how_to_convert_it(tmp_path, openpyxl_must_not_run):
    path = tmp_path / "statement.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert "old Excel format (.xls" in error_of(path).message


def test_a_zip_that_is_not_a_workbook(tmp_path, openpyxl_must_not_run):
    path = tmp_path / "statement.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "is not an Excel workbook" in error_of(path).message


def test_a_missing_file(tmp_path):
    error = error_of(tmp_path / "gone.xlsx")
    assert error.message.startswith("The file “gone.xlsx” cannot be opened")


def test_a_damaged_workbook(tmp_path):
    path = tmp_path / "statement.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "not xml at all")
    assert "cannot be read as an Excel workbook" in error_of(path).message


def bomb(path: Path, size: int, compression: int) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", bytes(size))
    return path


def zip_bomb_refusal(path: Path) -> str:
    error = error_of(path)
    assert error.field == "statement"
    assert isinstance(error.__cause__, ImportRefused) and error.__cause__.reason is Refusal.ZIP_BOMB
    return error.message


def test_a_member_that_unpacks_far_beyond_its_size_is_refused(tmp_path, monkeypatch, openpyxl_must_not_run):
    monkeypatch.setattr(safety, "RATIO_FLOOR", 1024 * 1024)  # the ratio is judged on members above this size
    path = bomb(tmp_path / "bomb.xlsx", 5 * 1024 * 1024, zipfile.ZIP_DEFLATED)  # zeros: about 1000:1
    assert path.stat().st_size < 50_000
    assert zip_bomb_refusal(path).startswith("“bomb.xlsx” is refused: once unpacked it would be far larger")


def test_a_member_too_large_once_unpacked_is_refused(tmp_path, monkeypatch, openpyxl_must_not_run):
    monkeypatch.setattr(safety, "MAX_MEMBER_SIZE", 1024 * 1024)
    path = bomb(tmp_path / "big.xlsx", 2 * 1024 * 1024, zipfile.ZIP_STORED)  # ratio 1:1, but too big
    assert zip_bomb_refusal(path).startswith("“big.xlsx” is refused: once unpacked")


def test_many_members_adding_up_too_much_are_refused(tmp_path, monkeypatch, openpyxl_must_not_run):
    monkeypatch.setattr(safety, "MAX_TOTAL_SIZE", 1024 * 1024)
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for n in range(3):
            archive.writestr(f"xl/part{n}.xml", bytes(512 * 1024))
    assert zip_bomb_refusal(path).startswith("“many.xlsx” is refused: once unpacked")


def test_small_members_that_compress_well_are_not_bombs(tmp_path):
    """A real workbook's small XML parts can compress beyond 120:1; only big members are judged by ratio."""
    path = workbook(tmp_path, [["Date", "Ref", "Montant"]] + [["28/11/2026", "A", 1]] * 2000)
    assert len(read_statement(path, XAF)) == 2000


def test_minor_units_out_of_range_is_a_programming_error(tmp_path):
    path = workbook(tmp_path, [["Date", "Ref", "Montant"], ["28/11/2026", "A", 1]])
    with pytest.raises(ValueError):
        read_statement(path, 9)
