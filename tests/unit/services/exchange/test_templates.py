"""The empty workbook per import kind: headers, drop-downs, formats, bilingual instructions; it reads back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import inspect_workbook, read_import
from desk.services.exchange.templates import write_template
from desk.services.exchange.xlsx_writer import ExportFailed

REGIONS = {f"R{i:02d}": f"Région {i}, zone {'nord' if i % 2 else 'sud'}" for i in range(60)}
SPECS = (
    ColumnSpec(
        "family_name",
        Kind.TEXT,
        "Nom",
        "Family name",
        required=True,
        max_length=100,
        hxl=("#affected+name+family",),
        description_fr="Nom de famille, tel que sur la pièce d'identité.",
        description_en="Family name, as on the identity document.",
        example="NGONO",
    ),
    ColumnSpec("birth_date", Kind.DATE, "Date de naissance", "Date of birth", required=True, past_only=True),
    ColumnSpec("sex", Kind.CODE, "Sexe", "Sex", codes={"F": "Femme", "M": "Homme"}),
    ColumnSpec("region", Kind.CODE, "Région", "Region", codes=REGIONS),
    ColumnSpec("phone", Kind.PHONE, "Téléphone", "Phone"),
    ColumnSpec("id_number", Kind.ID_NUMBER, "N° pièce", "ID number", digits=9),
    ColumnSpec("amount", Kind.NUMBER, "Pécule", "Pocket money", decimals=0, min_value=0),
    ColumnSpec("consent", Kind.BOOL, "Consentement", "Consent"),
)


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return write_template(tmp_path / "returnees.xlsx", SPECS, title="Retournés", language="fr")


def validations(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, Any]:
    return {str(v.sqref).split(":")[0]: v for v in sheet.data_validations.dataValidation}


def test_french_headers_required_ones_stand_out(template: Path) -> None:
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Retournés", "Instructions", "Lists"]
    sheet = book["Retournés"]
    assert [c.value for c in sheet[1]] == [
        "Nom",
        "Date de naissance",
        "Sexe",
        "Région",
        "Téléphone",
        "N° pièce",
        "Pécule",
        "Consentement",
    ]
    assert sheet["A1"].fill.fgColor.rgb == "FF1F4E79"  # required: dark
    assert sheet["C1"].fill.fgColor.rgb == "FFDDEBF7"  # optional: light
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H1"


def test_english_headers_and_an_hxl_row(tmp_path: Path) -> None:
    path = write_template(tmp_path / "en.xlsx", SPECS, title="Returnees", language="en", hxl=True)
    sheet = openpyxl.load_workbook(path)["Returnees"]
    assert [c.value for c in sheet[1]][:3] == ["Family name", "Date of birth", "Sex"]
    assert sheet["A2"].value == "#affected+name+family"
    assert sheet.freeze_panes == "A3"


def test_formats_and_drop_downs(template: Path) -> None:
    sheet = openpyxl.load_workbook(template)["Retournés"]
    formats = {letter: dim.number_format for letter, dim in sheet.column_dimensions.items()}
    assert formats["B"] == "dd/mm/yyyy"
    assert formats["E"] == "@" and formats["F"] == "@"  # phones and IDs stay text: leading zeros, every digit
    assert formats["G"] == "#,##0"
    found = validations(sheet)
    assert found["C2"].type == "list" and found["C2"].formula1 == '"Femme,Homme"'
    assert found["H2"].type == "list" and found["H2"].formula1 == '"Oui,Non"'
    assert found["D2"].type == "list" and found["D2"].formula1 == "'Lists'!$A$2:$A$61"  # too long to inline
    assert found["B2"].type == "date" and found["B2"].formula2 == "TODAY()"
    assert found["A2"].type == "textLength" and found["A2"].formula1 == "100"
    assert str(found["C2"].sqref) == "C2:C1048576"
    assert found["A2"].prompt == "Nom de famille, tel que sur la pièce d'identité."
    lists = openpyxl.load_workbook(template)["Lists"]
    assert lists["A1"].value == "Région"
    assert lists["A2"].value == "Région 0, zone sud"
    assert lists.max_row == 61


def test_instructions_in_french_and_english(template: Path) -> None:
    sheet = openpyxl.load_workbook(template)["Instructions"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(rows) if row[0] == "Colonne")
    assert rows[header][:3] == ("Colonne", "Column", "Obligatoire / Required")
    by_name = {row[0]: row for row in rows[header + 1 :]}
    name = by_name["Nom"]
    assert name[1] == "Family name"
    assert name[2] == "Oui / Yes"
    assert name[3] == "Texte ; 100 caractères au plus"
    assert name[4] == "Text; at most 100 characters"
    assert name[5:10] == (
        "Nom de famille, tel que sur la pièce d'identité.",
        "Family name, as on the identity document.",
        None,
        "NGONO",
        "#affected+name+family",
    )
    birth = by_name["Date de naissance"]
    assert "jj/mm/aaaa" in birth[3] and "pas dans le futur" in birth[3]
    assert "dd/mm/yyyy" in birth[4] and "not in the future" in birth[4]
    assert by_name["Sexe"][7] == "F = Femme; M = Homme"
    assert by_name["N° pièce"][4].endswith("exactly 9 digits")
    general = " ".join(str(row[0]) + " " + str(row[1]) for row in rows[:header])
    assert "Retournés" in general and "formules" in general and "formulas" in general


def test_a_filled_template_reads_back(template: Path) -> None:
    book = openpyxl.load_workbook(template)
    sheet = book["Retournés"]
    sheet.append(["Ngono", date(1998, 3, 12), "Femme", "Région 3, zone nord", "699123456", "012345678", 25000, "Oui"])
    sheet.append(["Fotso", "01/01/1990", "Homme", "R04", "+237677000000", "123456789", "12 500", "Non"])
    book.save(template)
    assert inspect_workbook(template).default_sheet == "Retournés"
    result = read_import(template, SPECS, today=date(2026, 11, 30))
    assert result.notices == ()
    assert [r.errors for r in result.rows] == [{}, {}]
    assert result.rows[0].values == {
        "family_name": "Ngono",
        "birth_date": date(1998, 3, 12),
        "sex": "F",
        "region": "R03",
        "phone": "699123456",
        "id_number": "012345678",
        "amount": 25000,
        "consent": True,
    }
    assert result.rows[1].values["region"] == "R04"


def test_an_english_template_with_hashtags_reads_back(tmp_path: Path) -> None:
    path = write_template(tmp_path / "en.xlsx", SPECS, title="Returnees", language="en", hxl=True)
    book = openpyxl.load_workbook(path)
    book["Returnees"].append(["Ngono", "12/03/1998", "Homme", "R01", None, None, None, "Yes"])
    book.save(path)
    result = read_import(path, SPECS, today=date(2026, 11, 30))
    assert (result.header.row, result.header.hxl_row) == (1, 2)
    assert [r.number for r in result.rows] == [3]
    assert result.rows[0].ok
    assert result.rows[0].values["sex"] == "M"


def test_a_refused_folder_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed):
        write_template(tmp_path / "nowhere" / "t.xlsx", SPECS, title="T")
    assert list(tmp_path.iterdir()) == []
