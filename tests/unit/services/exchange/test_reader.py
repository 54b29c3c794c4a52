"""Reading whole workbooks as donors send them: sheets, headers, mapping, and every bad cell on its row."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import (
    ImportResult,
    SheetState,
    inspect_workbook,
    read_header,
    read_import,
)
from desk.services.exchange.safety import ImportRefused, Refusal
from desk.services.progress import Cancelled, CancelToken
from tests.unit.services.exchange.builders import raw_xlsx, save_openpyxl

TODAY = date(2026, 11, 30)

SPECS = (
    ColumnSpec(
        "family_name",
        Kind.TEXT,
        "Nom",
        "Family name",
        required=True,
        headers=("Nom de famille", "Surname", "Last name"),
        hxl=("#affected+name+family",),
        max_length=100,
    ),
    ColumnSpec(
        "given_names",
        Kind.TEXT,
        "Prénoms",
        "Given names",
        headers=("Prénom", "First name"),
        hxl=("#affected+name+given",),
        max_length=100,
    ),
    ColumnSpec(
        "birth_date",
        Kind.DATE,
        "Date de naissance",
        "Date of birth",
        required=True,
        past_only=True,
        headers=("Né le", "DOB"),
        hxl=("#date+birth",),
    ),
    ColumnSpec("sex", Kind.CODE, "Sexe", "Sex", codes={"F": "Femme", "M": "Homme"}, code_aliases={"Female": "F"}),
    ColumnSpec(
        "region",
        Kind.CODE,
        "Région",
        "Region",
        hxl=("#adm1+name",),
        codes={"LT": "Littoral", "CE": "Centre", "OU": "Ouest", "NW": "Nord-Ouest"},
    ),
    ColumnSpec("phone", Kind.PHONE, "Téléphone", "Phone", headers=("Tel", "Contact")),
    ColumnSpec("id_number", Kind.ID_NUMBER, "N° pièce", "ID number", headers=("Numéro CNI",), max_length=30),
    ColumnSpec("return_date", Kind.DATE, "Date de retour", "Date of return", hxl=("#date+return",)),
    ColumnSpec("pocket_money", Kind.NUMBER, "Pécule", "Pocket money", decimals=0),
    ColumnSpec("consent", Kind.BOOL, "Consentement", "Consent"),
    ColumnSpec("note", Kind.TEXT, "Observations", "Notes", max_length=2000),
)
HEADER = ["Nom", "Prénoms", "Date de naissance", "Sexe", "Région"]


def read(path: Path, **options: object) -> ImportResult:
    return read_import(path, SPECS, today=TODAY, **options)  # type: ignore[arg-type]


def only_errors(result: ImportResult) -> dict[int, dict[str, str]]:
    return {row.number: row.errors for row in result.rows if row.errors}


# --- sheets --------------------------------------------------------------------------------------------


@pytest.fixture
def hidden_sheets(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    config = book.active
    config.title = "Config"
    config.append(["Nom", "Date de naissance"])
    config.append(["Hidden", "01/01/1990"])
    config.sheet_state = "hidden"
    data = book.create_sheet("Arrivées")
    data.append(HEADER)
    data.append(["Ngono", "Marie", "12/03/1998", "F", "Littoral"])
    secret = book.create_sheet("Macros")
    secret.sheet_state = "veryHidden"
    book.save(tmp_path / "hidden.xlsx")
    return tmp_path / "hidden.xlsx"


def test_hidden_sheets_are_listed_and_the_first_visible_one_is_read(hidden_sheets: Path) -> None:
    info = inspect_workbook(hidden_sheets)
    assert [(s.name, s.state) for s in info.sheets] == [
        ("Config", SheetState.HIDDEN),
        ("Arrivées", SheetState.VISIBLE),
        ("Macros", SheetState.VERY_HIDDEN),
    ]
    assert info.default_sheet == "Arrivées"
    assert [s.name for s in info.hidden_sheets] == ["Config", "Macros"]
    result = read(hidden_sheets)
    assert result.sheet == "Arrivées"
    assert [r.get("family_name") for r in result.rows] == ["Ngono"]
    assert result.notices[0] == (
        "This workbook also has hidden sheets: “Config”, “Macros” (very hidden). Check that you are importing "
        "the right sheet; choose another one in the list if need be."
    )


def test_a_hidden_sheet_can_be_chosen(hidden_sheets: Path) -> None:
    result = read(hidden_sheets, sheet="Config")
    assert [r.get("family_name") for r in result.rows] == ["Hidden"]


def test_an_unknown_sheet_lists_the_sheets(hidden_sheets: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        read(hidden_sheets, sheet="Feuil1")
    assert caught.value.reason is Refusal.NO_SHEET
    assert "(it has: “Config”, “Arrivées”, “Macros”)" in caught.value.message


def test_an_empty_sheet_and_a_header_without_rows(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as caught:
        read(save_openpyxl(tmp_path / "empty.xlsx", []))
    assert caught.value.reason is Refusal.NO_HEADER
    assert "is empty" in caught.value.message
    with pytest.raises(ImportRefused) as caught:
        read(save_openpyxl(tmp_path / "header.xlsx", [HEADER, [None], ["  "]]))
    assert caught.value.reason is Refusal.NO_ROWS
    assert "(row 1) but no rows below it" in caught.value.message


# --- the header ----------------------------------------------------------------------------------------


def test_the_header_need_not_be_on_the_first_row(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "titled.xlsx",
        [
            ["Liste des retournés — vol ET 905 du 12/11/2026"],
            ["Établi par l'OIM Douala"],
            [],
            ["NOM DE FAMILLE", "Prénom", "Date de naissance (jj/mm/aaaa)", "SEXE", "Région"],
            ["Ngono", "Marie", "12/03/1998", "F", "Littoral"],
            ["Fotso", "Éric", "31/02/1990", "M", "Ouest"],
        ],
    )
    result = read(path)
    assert result.header.row == 4
    assert result.header.first_data_row == 5
    assert [r.number for r in result.rows] == [5, 6]
    assert result.rows[0].values["birth_date"] == date(1998, 3, 12)
    assert only_errors(result) == {
        6: {
            "birth_date": "Row 6, column “Date de naissance (jj/mm/aaaa)”: “31/02/1990” does not exist (no such day "
            "in that month). Correct the date (dd/mm/yyyy), then import the file again."
        }
    }


def test_rows_are_numbered_as_excel_shows_them_when_the_table_starts_lower_right(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for col, text in enumerate(HEADER, start=3):
        sheet.cell(row=6, column=col, value=text)
    sheet.cell(row=7, column=3, value="Ngono")
    sheet.cell(row=7, column=5, value="12/03/1998")
    sheet.cell(row=9, column=3, value="Fotso")
    sheet.cell(row=9, column=5, value="hier")
    book.save(tmp_path / "offset.xlsx")
    result = read(tmp_path / "offset.xlsx")
    assert result.header.row == 6
    assert result.mapping.columns["family_name"] == 2  # column C
    assert [r.number for r in result.rows] == [7, 9]
    assert result.blank_rows == 1
    assert result.rows[1].errors["birth_date"].startswith("Row 9, column “Date de naissance”: “hier” is not a date")


def test_merged_header_cells(tmp_path: Path) -> None:
    """A two-level header: group titles merged across, one title merged down, one merged across two columns."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Identité"
    sheet.merge_cells("A1:B1")
    sheet["C1"] = "Date de naissance"
    sheet.merge_cells("C1:C2")
    sheet["D1"] = "Contact"
    sheet.merge_cells("D1:E1")
    sheet["A2"], sheet["B2"] = "Nom", "Prénoms"
    sheet["D2"] = "Téléphone"
    sheet.merge_cells("D2:E2")
    sheet.append(["Ngono", "Marie", "12/03/1998", "699123456", "677000000"])
    book.save(tmp_path / "merged.xlsx")
    result = read(tmp_path / "merged.xlsx")
    assert result.header.row == 2
    assert result.mapping.columns == {"family_name": 0, "given_names": 1, "birth_date": 2, "phone": 3}
    assert [c.header for c in result.header.columns] == ["Nom", "Prénoms", "Date de naissance", "Téléphone", ""]
    row = result.rows[0]
    assert row.number == 3
    assert row.values["birth_date"] == date(1998, 3, 12)
    assert row.values["phone"] == "699123456"


def test_duplicated_headers_are_named(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "dup.xlsx",
        [
            ["Nom", "Prénoms", "Date de naissance", "Commentaire", "NOM", "Commentaire"],
            ["A", "B", "01/01/1990", "c1", "E", "c2"],
        ],
    )
    with pytest.raises(ImportRefused) as caught:
        read(path)
    assert caught.value.reason is Refusal.DUPLICATED_HEADERS
    assert caught.value.message == (
        "The header “Nom” appears in several columns: A, E. Rename them so that each header appears once "
        "(or choose the right column in the mapping), then import again."
    )
    # the mapping screen sees the problem without an exception, and a choice settles it
    preview = read_header(path, SPECS)
    assert preview.mapping.duplicated == ("Nom",)
    assert "family_name" not in preview.mapping.columns
    result = read(path, mapping={"family_name": 4})
    assert result.rows[0].get("family_name") == "E"
    assert result.rows[0].ok


def test_two_different_headers_for_the_same_column_are_ambiguous(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "phones.xlsx", [["Nom", "Date de naissance", "Téléphone", "Phone"], ["A", "01/01/1990", "1", "2"]]
    )
    with pytest.raises(ImportRefused) as caught:
        read(path)
    assert caught.value.reason is Refusal.AMBIGUOUS_COLUMNS
    assert "Several columns look like “Phone”: C (“Téléphone”), D (“Phone”)" in caught.value.message


def test_missing_required_columns_are_named(tmp_path: Path) -> None:
    path = save_openpyxl(tmp_path / "missing.xlsx", [["Prénoms", "Sexe", "Région"], ["Marie", "F", "Littoral"]])
    with pytest.raises(ImportRefused) as caught:
        read(path)
    assert caught.value.reason is Refusal.MISSING_COLUMNS
    assert caught.value.message == (
        "The sheet “Data” has no column for: “Family name”, “Date of birth”. Add the missing columns (the "
        "template has them) or choose them in the mapping, then import the file again."
    )
    preview = read_header(path, SPECS)
    assert preview.mapping.missing == ("family_name", "birth_date")
    assert preview.sample == (("Marie", "F", "Littoral"),)


def test_no_header_at_all(tmp_path: Path) -> None:
    path = save_openpyxl(tmp_path / "numbers.xlsx", [[1, 2, 3]] * 30)
    with pytest.raises(ImportRefused) as caught:
        read(path)
    assert caught.value.reason is Refusal.NO_HEADER
    assert "No header row found in the first 20 rows" in caught.value.message


def test_an_hxl_row_under_the_header(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "hxl.xlsx",
        [
            ["Beneficiary", "Given", "Born", "Province", "Arrived"],
            ["#affected +name +family", "#affected+name+given", "#date+birth", "#adm1+name", "#date+return"],
            ["Ngono", "Marie", "12/03/1998", "Littoral", "02/11/2026"],
        ],
    )
    result = read(path)
    assert (result.header.row, result.header.hxl_row, result.header.first_data_row) == (1, 2, 3)
    assert result.mapping.columns == {
        "family_name": 0,
        "given_names": 1,
        "birth_date": 2,
        "region": 3,
        "return_date": 4,
    }
    assert result.rows[0].number == 3
    assert result.rows[0].values["return_date"] == date(2026, 11, 2)


def test_an_hxl_row_instead_of_the_header(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "tags.xlsx",
        [["#affected+name+family", "#date+birth", "#adm1+name+code"], ["Ngono", "12/03/1998", "LT"]],
    )
    result = read(path)
    assert (result.header.row, result.header.hxl_row) == (1, 1)
    assert result.mapping.columns == {"family_name": 0, "birth_date": 1, "region": 2}
    assert result.rows[0].values["region"] == "LT"
    assert result.column_title("region") == "#adm1+name+code"


def test_an_explicit_mapping_for_unfamiliar_headers(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "donor.xlsx",
        [["Patronyme", "Naissance", "Zone", "Mobile", "Remarque"], ["Ngono", "12/03/1998", "Centre", "699", "x"]],
    )
    with pytest.raises(ImportRefused):
        read(path)
    profile = {"family_name": "PATRONYME", "birth_date": 1, "region": "zone", "phone": None}
    result = read(path, mapping=profile)
    assert result.mapping.columns == {"family_name": 0, "birth_date": 1, "region": 2}
    assert result.rows[0].ok
    assert result.rows[0].values["region"] == "CE"
    assert result.notices == ("These columns are not imported: D (“Mobile”), E (“Remarque”).",)
    with pytest.raises(ImportRefused) as caught:
        read(path, mapping={**profile, "given_names": "Prénom"})
    assert caught.value.reason is Refusal.BAD_MAPPING
    assert "looks for the column “Prénom” (for “Given names”)" in caught.value.message
    with pytest.raises(ImportRefused) as caught:
        read(path, mapping={**profile, "given_names": 0})
    assert "gives column A to both “Family name” and “Given names”" in caught.value.message


def test_a_saved_profile_can_fix_the_header_row(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "profile.xlsx",
        [["Export du 12/11/2026"], ["Col1", "Col2", "Col3"], ["Ngono", "x", "12/03/1998"]],
    )
    with pytest.raises(ImportRefused) as caught:
        read(path)
    assert caught.value.reason is Refusal.NO_HEADER
    result = read(path, header_row=2, mapping={"family_name": 0, "birth_date": 2})
    assert result.header.row == 2
    assert result.rows[0].number == 3
    assert result.rows[0].values["birth_date"] == date(1998, 3, 12)
    with pytest.raises(ImportRefused) as caught:
        read(path, header_row=30, mapping={"family_name": 0, "birth_date": 2})
    assert caught.value.message == "The sheet “Data” has no row 30 to read the headers from."


# --- cells ---------------------------------------------------------------------------------------------


def test_blank_and_whitespace_only_rows_are_absent(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "blank.xlsx",
        [
            HEADER,
            ["Ngono", "Marie", "12/03/1998"],
            [None, None, None],
            ["   ", "\u00a0", "\u200b", "\t"],
            [None, None, None, None, None, None, "a comment outside the table"],
            ["Fotso", "Éric", "01/01/1990"],
        ],
    )
    result = read(path)
    assert [r.number for r in result.rows] == [2, 6]
    assert result.blank_rows == 3
    assert "Blank rows skipped: 3." in result.notices


def test_spaces_non_breaking_spaces_and_zero_width_characters_are_trimmed(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "spaces.xlsx",
        [HEADER, ["  Ngono\u00a0", "\u200bMarie\ufeff", " 12/03/1998 ", "\u00a0F", "Littoral\u200b "]],
    )
    row = read(path).rows[0]
    assert row.ok
    assert row.values == {
        "family_name": "Ngono",
        "given_names": "Marie",
        "birth_date": date(1998, 3, 12),
        "sex": "F",
        "region": "LT",
        "phone": None,
        "id_number": None,
        "return_date": None,
        "pocket_money": None,
        "consent": None,
        "note": None,
    }
    assert row.raw_texts[0] == "  Ngono\u00a0"  # the error workbook gives back what was there


def test_formula_cells_and_excel_errors_are_errors(tmp_path: Path) -> None:
    book = xlsxwriter.Workbook(str(tmp_path / "formulas.xlsx"))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["Nom", "Date de naissance", "Pécule"])
    sheet.write_row(1, 0, ["Ngono", "12/03/1998", 25000])
    sheet.write_string(2, 0, "Fotso")
    sheet.write_formula(2, 1, "=DATE(1990,1,1)", None, 32874)  # with its cached value, as Excel saves it
    sheet.write_formula(2, 2, "=C2*2", None, 50000)
    sheet.write_string(3, 0, "Mbarga")
    sheet.write_string(3, 1, "01/01/1990")
    sheet.write_formula(3, 2, "=1/0", None, "#DIV/0!")
    book.close()
    result = read(tmp_path / "formulas.xlsx")
    errors = only_errors(result)
    assert errors[3] == {
        "birth_date": "Row 3, column “Date de naissance”: the cell holds a formula (=DATE(1990,1,1)), not a value. "
        "Replace the formulas by their values (copy the column, then Paste special → Values), then import the "
        "file again.",
        "pocket_money": "Row 3, column “Pécule”: the cell holds a formula (=C2*2), not a value. Replace the "
        "formulas by their values (copy the column, then Paste special → Values), then import the file again.",
    }
    assert "formula (=1/0)" in errors[4]["pocket_money"]
    assert result.rows[0].ok
    assert result.rows[1].raw_texts[1:3] == ("=DATE(1990,1,1)", "=C2*2")


def test_error_values_stored_as_errors(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nom", "Date de naissance", "Pécule"])
    sheet.append(["Ngono", "#N/A", "#REF!"])  # openpyxl stores these as error cells
    assert sheet["B2"].data_type == "e"
    book.save(tmp_path / "errors.xlsx")
    result = read(tmp_path / "errors.xlsx")
    assert only_errors(result)[2] == {
        "birth_date": "Row 2, column “Date de naissance”: the cell shows the Excel error #N/A. Correct the formula or "
        "type the value itself, then import the file again.",
        "pocket_money": "Row 2, column “Pécule”: the cell shows the Excel error #REF!. Correct the formula or type "
        "the value itself, then import the file again.",
    }
    assert result.rows[0].raw_texts == ("Ngono", "#N/A", "#REF!")


def test_formulas_are_found_whatever_the_xml_writer(tmp_path: Path) -> None:
    """Prefixed elements (<x:c>) and cells without a reference, as some exporters write them."""
    rows = [["Nom", "Date de naissance"], ["Ngono", ("f", "TODAY()", 46000)], [("e", "#VALUE!"), "01/01/1990"]]
    for name, options in (("prefixed", {"prefix": "x"}), ("norefs", {"refs": False})):
        result = read(raw_xlsx(tmp_path / f"{name}.xlsx", rows, **options))  # type: ignore[arg-type]
        errors = only_errors(result)
        assert "formula (=TODAY())" in errors[2]["birth_date"], name
        assert "Excel error #VALUE!" in errors[3]["family_name"], name


def test_text_starting_with_formula_signs_stays_literal(tmp_path: Path) -> None:
    book = xlsxwriter.Workbook(str(tmp_path / "signs.xlsx"))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["Nom", "Date de naissance", "Observations", "Téléphone"])
    sheet.write_string(1, 0, '=HYPERLINK("http://evil.example","click")')
    sheet.write_string(1, 1, "12/03/1998")
    sheet.write_string(1, 2, "-- suivi médical")
    sheet.write_string(1, 3, "+237 699 12 34 56")
    sheet.write_string(2, 0, "@Ngono")
    sheet.write_string(2, 1, "01/01/1990")
    sheet.write_string(2, 2, "+ motivé")
    book.close()
    rows = read(tmp_path / "signs.xlsx").rows
    assert all(r.ok for r in rows)
    assert rows[0].values["family_name"] == '=HYPERLINK("http://evil.example","click")'
    assert rows[0].values["note"] == "-- suivi médical"
    assert rows[0].values["phone"] == "+237699123456"
    assert rows[1].values["family_name"] == "@Ngono"
    assert rows[1].values["note"] == "+ motivé"


def test_dates_as_text_serials_two_digit_years_impossible_and_future(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "dates.xlsx",
        [
            ["Nom", "Date de naissance", "Date de retour"],
            ["A", "12/03/1998", "2026-11-02"],
            ["B", 35866, 46328],  # Excel serial numbers in cells formatted as numbers
            ["C", "12/03/98", "02/11/26"],
            ["D", "31/02/1990", "30/02/2026"],
            ["E", "14/07/2031", None],
            ["F", datetime(1990, 5, 17, 0, 0), date(2026, 10, 1)],
            ["G", "24/12/26", None],
        ],
    )
    rows = read(path).rows
    assert [r.values["birth_date"] for r in rows] == [
        date(1998, 3, 12),
        date(1998, 3, 12),
        date(1998, 3, 12),
        None,
        None,
        date(1990, 5, 17),
        date(1926, 12, 24),
    ]
    assert [r.values["return_date"] for r in rows] == [
        date(2026, 11, 2),
        date(2026, 11, 2),
        date(2026, 11, 2),
        None,
        None,
        date(2026, 10, 1),
        None,
    ]
    assert "“31/02/1990” does not exist" in rows[3].errors["birth_date"]
    assert "“30/02/2026” does not exist" in rows[3].errors["return_date"]
    assert rows[4].errors["birth_date"] == (
        "Row 6, column “Date de naissance”: 14/07/2031 is in the future, which this date cannot be (a date of "
        "birth?). Check the year, then import the file again."
    )


def test_the_1904_date_system(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["Nom", "Date de naissance", "Date de retour"])
    sheet.append(["Ngono", date(1998, 3, 12), 34404])  # a real date, and a bare serial in the 1904 system
    book.save(tmp_path / "mac.xlsx")
    assert inspect_workbook(tmp_path / "mac.xlsx").date1904
    row = read(tmp_path / "mac.xlsx").rows[0]
    assert row.values["birth_date"] == date(1998, 3, 12)
    assert row.values["return_date"] == date(1998, 3, 12)


def test_amounts_as_text_with_spaces_and_commas(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "amounts.xlsx",
        [
            ["Nom", "Date de naissance", "Pécule (FCFA)"],
            ["A", "01/01/1990", "150 000"],
            ["B", "01/01/1990", "150\u202f000"],
            ["C", "01/01/1990", "150,000"],
            ["D", "01/01/1990", 150000],
            ["E", "01/01/1990", "150 000,50"],
            ["F", "01/01/1990", "cent mille"],
        ],
    )
    rows = read(path).rows
    assert [r.values["pocket_money"] for r in rows[:4]] == [Decimal(150000)] * 4
    assert "whole amounts only" in rows[4].errors["pocket_money"]
    assert "“cent mille” is not a number" in rows[5].errors["pocket_money"]


def test_id_numbers_stored_as_numbers(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "ids.xlsx",
        [
            ["Nom", "Date de naissance", "Numéro CNI"],
            ["A", "01/01/1990", 123456789012],
            ["B", "01/01/1990", 12345678901234567],  # Excel keeps 15 digits: 1.23456789012346E+16
            ["C", "01/01/1990", "1,23457E+16"],  # the same after a trip through CSV
            ["D", "01/01/1990", "001234"],
        ],
    )
    rows = read(path).rows
    assert rows[0].values["id_number"] == "123456789012"
    assert rows[1].errors["id_number"] == (
        "Row 3, column “Numéro CNI”: “1.23456789012346e+16” was stored as a number by Excel, which keeps only 15 "
        "digits. Format the column as text and type the number again, then import the file again."
    )
    assert "stored as a number by Excel" in rows[2].errors["id_number"]
    assert rows[3].values["id_number"] == "001234"


def test_id_numbers_that_lost_their_leading_zeros(tmp_path: Path) -> None:
    nin = ColumnSpec("nin", Kind.ID_NUMBER, "NIN", "NIN", required=True, digits=9)
    path = save_openpyxl(tmp_path / "nin.xlsx", [["NIN"], [12345678], ["012345678"]])
    rows = read_import(path, (nin,), today=TODAY).rows
    assert (
        "has 8 digits instead of 9: Excel stored it as a number and dropped its leading zeros"
        in (rows[0].errors["nin"])
    )
    assert rows[1].values["nin"] == "012345678"


def test_booleans_and_codes(tmp_path: Path) -> None:
    answers = ["Oui", "Non", "Yes", "No", 1, 0, "X", "Vrai", "Faux", True, "bof"]
    path = save_openpyxl(
        tmp_path / "bools.xlsx",
        [["Nom", "Date de naissance", "Consentement", "Sexe", "Région"]]
        + [[f"P{i}", "01/01/1990", a, "Female", "Litoral" if i == 0 else "Ouest"] for i, a in enumerate(answers)],
    )
    rows = read(path).rows
    assert [r.values["consent"] for r in rows] == [True, False, True, False, True, False, True, True, False, True, None]
    assert "“bof” is not a yes/no answer" in rows[-1].errors["consent"]
    assert {r.values["sex"] for r in rows} == {"F"}
    assert rows[0].errors["region"] == (
        "Row 2, column “Région”: “Litoral” is not in the list. Did you mean Littoral (LT)? Choose a value from the "
        "list (the template's drop-down shows them), then import the file again."
    )


def test_a_30000_character_note_and_control_characters(tmp_path: Path) -> None:
    book = xlsxwriter.Workbook(str(tmp_path / "long.xlsx"))
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, ["Nom", "Date de naissance", "Observations"])
    sheet.write_row(1, 0, ["Ngono", "12/03/1998", "x" * 30_000])
    sheet.write_row(2, 0, ["Fot\x07so\x00", "01/01/1990", "ligne 1\r\nligne\x0b 2"])  # written as _x0007_...
    book.close()
    rows = read(tmp_path / "long.xlsx").rows
    assert rows[0].errors == {
        "note": "Row 2, column “Observations”: the text is 30\u202f000 characters long; at most 2\u202f000 are "
        "accepted. Shorten it, then import the file again."
    }
    assert rows[1].ok
    assert rows[1].values["family_name"] == "Fotso"
    assert rows[1].values["note"] == "ligne 1\nligne 2"


def test_duplicate_rows_in_the_file_are_flagged(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "dups.xlsx",
        [
            HEADER,
            ["Ngono", "Marie", "12/03/1998", "F", "Littoral"],
            ["Fotso", "Éric", "01/01/1990", "M", "Ouest"],
            ["NGONO ", "marie", date(1998, 3, 12), "Femme", "LT"],  # the same person, written otherwise
            ["Ngono", "Marie", "12/03/1999", "F", "Littoral"],  # another date: another row
            ["Fotso", "Eric", "01/01/1990", "M", "Ouest"],  # accents ignored
        ],
    )
    result = read(path)
    assert [r.duplicate_of for r in result.rows] == [None, None, 2, None, 3]
    assert (result.good, result.bad, result.duplicates) == (3, 0, 2)
    assert result.rows[2].problems() == ["Row 4 repeats row 2 of the file: it is imported only once (row 2)."]
    assert [r.number for r in result.rows_with_problems()] == [4, 6]
    assert result.summary() == "5 rows read: 3 without problems, 0 with problems, 2 repeated."


# --- scale, progress, cancel ---------------------------------------------------------------------------


def test_200000_rows(tmp_path: Path) -> None:
    count = 200_000
    regions = ["Littoral", "Centre", "Ouest", "Nord-Ouest"]

    def rows() -> object:
        yield ["Nom", "Prénoms", "Date de naissance", "Région", "Pécule"]
        for i in range(count):
            yield [f"Nom{i}", "Marie", 30000 + i % 9000, regions[i % 4], 1000 * (i % 50)]

    path = raw_xlsx(tmp_path / "big.xlsx", rows())  # type: ignore[arg-type]
    result = read(path, keep_raw=False)
    assert len(result.rows) == count
    assert result.good == count
    assert result.rows[-1].number == count + 1
    assert result.rows[-1].values["region"] == "NW"
    assert result.rows[-1].raw == ()  # kept only for rows with problems


def test_progress_is_reported_and_cancel_stops_the_reading(tmp_path: Path) -> None:
    path = raw_xlsx(
        tmp_path / "mid.xlsx", [["Nom", "Date de naissance"]] + [[f"N{i}", "01/01/1990"] for i in range(9000)]
    )
    reports: list[tuple[int, int]] = []
    read(path, progress=lambda done, total, _message: reports.append((done, total)))
    assert reports[-1] == (9000, 9000)
    assert len(reports) >= 4 and all(total == 9001 for _, total in reports[:-1])
    token = CancelToken()

    def cancel_midway(done: int, _total: int, _message: str) -> None:
        if done >= 4000:
            token.cancel()

    with pytest.raises(Cancelled):
        read(path, progress=cancel_midway, cancel=token)


def test_read_header_previews_without_reading_everything(tmp_path: Path) -> None:
    path = save_openpyxl(
        tmp_path / "preview.xlsx",
        [["Titre"], HEADER + ["Autre"]] + [[f"N{i}", "M", "01/01/1990", "F", "Centre", i] for i in range(10)],
    )
    preview = read_header(path, SPECS)
    assert preview.sheet == "Data"
    assert preview.header.row == 2
    assert preview.mapping.unmapped == (5,)
    assert len(preview.sample) == 5
    assert preview.sample[0] == ("N0", "M", "01/01/1990", "F", "Centre", "0")
