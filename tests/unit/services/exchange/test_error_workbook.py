"""The error workbook: the rows with problems as they were, as text, with what is wrong in a last column."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from desk import i18n
from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.error_workbook import write_error_workbook
from desk.services.exchange.reader import ImportResult, read_import
from desk.services.exchange.xlsx_writer import ExportFailed
from desk.services.progress import Cancelled, CancelToken

SPECS = (
    ColumnSpec("name", Kind.TEXT, "Nom", "Name", required=True, hxl=("#affected+name",)),
    ColumnSpec("birth", Kind.DATE, "Date de naissance", "Date of birth", past_only=True, hxl=("#date+birth",)),
    ColumnSpec("amount", Kind.NUMBER, "Pécule", "Pocket money", decimals=0),
)


@pytest.fixture
def result(tmp_path: Path) -> ImportResult:
    book = xlsxwriter.Workbook(str(tmp_path / "donor.xlsx"))
    sheet = book.add_worksheet("Arrivées")
    sheet.write_row(0, 0, ["Nom", "Date de naissance", "Pécule", "Commentaire"])
    sheet.write_row(1, 0, ["#affected+name", "#date+birth"])
    sheet.write_row(2, 0, ["Ngono", "12/03/1998", 25000, "ok"])
    sheet.write_string(3, 0, '=HYPERLINK("http://evil.example","x")')  # literal text, must stay so
    sheet.write_string(3, 1, "31/02/1990")
    sheet.write_formula(3, 2, "=C3*2", None, 50000)
    sheet.write_row(4, 0, ["Ngono", "12/03/1998", 25000, "again"])  # repeats row 3
    sheet.write_string(5, 0, "@Fotso")
    sheet.write_datetime(5, 1, datetime(2031, 1, 1), book.add_format({"num_format": "dd/mm/yy"}))
    sheet.write_string(5, 2, "#N/A")
    book.close()
    return read_import(tmp_path / "donor.xlsx", SPECS, today=date(2026, 11, 30))


def test_rows_with_problems_come_back_as_text_with_what_is_wrong(result: ImportResult, tmp_path: Path) -> None:
    out = tmp_path / "errors.xlsx"
    assert write_error_workbook(out, result) == 3
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Arrivées", "About"]
    sheet = book["Arrivées"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["Nom", "Date de naissance", "Pécule", "Commentaire", "What is wrong"]
    assert values[1] == ["#affected+name", "#date+birth", None, None, None]
    assert values[2][:4] == ['=HYPERLINK("http://evil.example","x")', "31/02/1990", "=C3*2", None]
    assert values[2][4] == (
        "Row 4, column “Date de naissance”: “31/02/1990” does not exist (no such day in that month). Correct the "
        "date (dd/mm/yyyy), then import the file again. | Row 4, column “Pécule”: the cell holds a formula (=C3*2), "
        "not a value. Replace the formulas by their values (copy the column, then Paste special → Values), then "
        "import the file again."
    )
    assert values[3][:4] == ["Ngono", "12/03/1998", "25000", "again"]
    assert values[3][4] == "Row 5 repeats row 3 of the file: it is imported only once (row 3)."
    assert values[4][:3] == ["@Fotso", "01/01/2031", "#N/A"]
    assert "in the future" in values[4][4] and "Excel error #N/A" in values[4][4]
    # every cell is text: nothing typed by a person can run as a formula or show as an error
    assert all(cell.data_type == "s" for row in sheet.iter_rows(min_row=3) for cell in row if cell.value is not None)
    with zipfile.ZipFile(out) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml and b't="e"' not in xml
    about = dict(book["About"].iter_rows(values_only=True))
    assert about["Imported file"] == "donor.xlsx"
    assert about["Rows with problems"] == 2
    assert about["Rows repeated in the file"] == 1


def test_chosen_rows_only(result: ImportResult, tmp_path: Path) -> None:
    out = tmp_path / "bad.xlsx"
    assert write_error_workbook(out, result, rows=result.bad_rows()) == 2
    sheet = openpyxl.load_workbook(out)["Arrivées"]
    assert [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)] == [
        '=HYPERLINK("http://evil.example","x")',
        "@Fotso",
    ]


def test_in_the_users_language(result: ImportResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    french = {("Import", "What is wrong"): "Ce qui ne va pas", ("Import", "About"): "À propos"}
    monkeypatch.setitem(i18n._catalogs, "fr", french)
    i18n.set_language("fr")
    try:
        write_error_workbook(tmp_path / "fr.xlsx", result)
    finally:
        i18n.set_language("en")
    book = openpyxl.load_workbook(tmp_path / "fr.xlsx")
    assert book.sheetnames == ["Arrivées", "À propos"]
    assert book["Arrivées"]["E1"].value == "Ce qui ne va pas"


def test_nothing_is_left_behind_on_failure(result: ImportResult, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed) as caught:
        write_error_workbook(tmp_path / "missing" / "errors.xlsx", result)
    assert "does not exist" in caught.value.message
    previous = tmp_path / "errors.xlsx"
    previous.write_bytes(b"the previous file")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        write_error_workbook(previous, result, cancel=token)
    assert previous.read_bytes() == b"the previous file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
