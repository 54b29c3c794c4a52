"""Importing the list of operators: new ones created, known ones (by name, accents and case aside) updated,
each row held to the operator form's rules with the problem on its cell, nothing imported twice."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook, load_workbook

from desk.services.errors import PermissionDenied
from desk.services.exchange.error_workbook import write_error_workbook
from desk.services.exchange.templates import write_template
from tests.factories import make_user, operator_input

HEADERS = [
    "Opérateur",
    "Type",
    "Régions",
    "Secteurs",
    "Niveaux d'aide",
    "Capacité",
    "Contact",
    "Tel",
    "Convention",
    "Date de début",
    "Date de fin",
]


def _workbook(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def desk(context):
    return context.for_actor(make_user(context, "manager")), context.for_actor(make_user(context, "agent"))


def test_operators_created_updated_and_refused_on_their_cells(desk, tmp_path):
    manager, agent = desk
    known = manager.operators.save_operator(operator_input("Entreprendre Ensemble", capacity=30))
    start, end = date(2026, 1, 1), date(2027, 12, 31)
    rows = [
        [
            "Agro Plus",
            "Privé",
            "Centre; Littoral",
            "AGRI",
            "Création d'entreprise",
            25,
            "M. Abena",
            "677001122",
            "OFII-CM-2026-07",
            start,
            end,
        ],
        ["ENTREPRENDRE ensemble", "ONG", "LT", "SERVICES", "emploi, entreprise", 45, "", "", "", None, None],
        ["Sans Région", "ONG", "Littorale; Atlantis", "", "", 10, "", "", "", None, None],  # unknown region
        ["Dates Inversées", "ONG", "LT", "", "", 10, "", "", "", end, start],  # end before start
        ["Agro plus", "Public", "CE", "", "", 5, "", "", "", None, None],  # same operator twice, other details
        ["Trop Grand", "ONG", "LT", "", "", 20000, "", "", "", None, None],  # capacity out of range
    ]
    path = _workbook(tmp_path / "operateurs.xlsx", rows)
    with pytest.raises(PermissionDenied):
        agent.operator_import.check(path)
    check = manager.operator_import.check(path)
    assert [r.number for r in check.new_rows] == [2, 3]
    assert check.updates == {3}
    bad = {r.number: r.errors for r in check.result.rows if r.errors}
    assert set(bad) == {4, 5, 6, 7}
    assert "Atlantis" in bad[4]["regions"]
    assert "agreement" in bad[5]["agreement_end"].lower()
    assert "row 2" in bad[6]["name"]
    assert "capacity" in bad[7]
    assert "1 of them" not in check.summary() and "change a record" in check.summary()
    manager.operator_import.apply(check, profile="Ministère")
    operators = {o.data.name: o for o in manager.operators.list_operators()}
    assert set(operators) == {"Entreprendre Ensemble", "Agro Plus"}
    agro = operators["Agro Plus"].data
    assert (agro.kind, agro.regions, agro.sectors, agro.aid_levels) == (
        "private",
        ("CE", "LT"),
        ("AGRI",),
        ("business",),
    )
    assert (agro.capacity, agro.agreement_start, agro.agreement_end) == (25, start, end)
    assert agro.phone.replace(" ", "").endswith("677001122")
    updated = operators["Entreprendre Ensemble"]
    assert updated.id == known and updated.data.capacity == 45
    assert updated.data.aid_levels == ("business", "employment")
    # The same file again: nothing changes, and the desk says the rows came before.
    again = manager.operator_import.check(path)
    assert again.new_rows == [] and set(again.already) == {2, 3}
    # The rows to correct, with what is wrong, for the partner.
    out = tmp_path / "a-corriger.xlsx"
    assert write_error_workbook(out, again.result) == 4
    sheet = load_workbook(out).active
    assert sheet.cell(row=2, column=1).value == "Sans Région"


def test_the_operators_template_reads_back_as_its_own_columns(desk, tmp_path):
    manager, _agent = desk
    path = write_template(
        tmp_path / "operateurs.xlsx",
        manager.operator_import.columns(),
        title=manager.operator_import.title(),
        language="fr",
    )
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    sheet.append(["Nouvel Opérateur", "Société civile", "LT", "", "", "", 12])
    book.save(path)
    check = manager.operator_import.check(path)
    assert [r.get("name") for r in check.new_rows] == ["Nouvel Opérateur"]
    assert check.new_rows[0].get("kind") == "civil_society"


def test_cli_template_then_import_of_operators(tmp_path, monkeypatch, capsys):
    from desk.cli import run

    db = str(tmp_path / "desk.sqlite")
    monkeypatch.setenv("DESK_PASSWORD", "demo")
    assert run(["demo", "--db", db, "--returnees", "20"]) == 0
    template = tmp_path / "modele.xlsx"
    assert run(["template", "operators", str(template), "--hxl", "--db", db, "--user", "manager"]) == 0
    book = load_workbook(template)
    sheet = book.worksheets[0]
    assert sheet.cell(row=2, column=1).value == "#org+name"  # the HXL row under the header
    sheet.append(["Cap Emploi Ouest", "Privé", "OU", "", "", "", 15])
    book.save(template)
    args = ["import", "operators", str(template), "--db", db, "--user", "manager"]
    assert run(args) == 0
    assert "1 rows imported (0 of them changed" in capsys.readouterr().out
    assert run(["import", "operators", str(template), "--db", db, "--user", "agent"]) != 0
