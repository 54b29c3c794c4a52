"""Importing an arrival list: good rows registered in one go, the rest explained, nothing ever imported twice,
persons maybe already registered sent to review, persons who withdrew consent refused."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import Workbook

from desk.services.errors import PermissionDenied
from tests.factories import intake_input, make_user

HEADERS = ["Nom de famille", "Prénom", "Genre", "Né(e) le", "Téléphone", "Date d'arrivée", "Vol", "Consentement"]


def _workbook(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["Liste d'arrivée – vol charter"])  # a title above the header, as donors send them
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def desk(context):
    return context.for_actor(make_user(context, "manager")), context.for_actor(make_user(context, "agent"))


def test_arrival_list_imported_once_with_problems_and_review(desk, tmp_path):
    manager, agent = desk
    returned = date.today() - timedelta(days=3)
    known = agent.intake.register_intake(intake_input(family="Ngono", given="Aïcha", phone="699112233"))
    rows = [
        ["MBALLA", "Jean", "Homme", "12/03/1990", "677 00 11 22", returned, "VOL-AF-12", "Oui"],
        ["EKANI", "Marie", "F", date(1995, 5, 1), "", returned, "VOL-AF-12", "Non"],
        ["", "Sans nom", "F", "01/01/1990", "", returned, "VOL-AF-12", "Oui"],  # family name missing
        ["FOTSO", "Paul", "M", "31/02/1990", "", returned, "VOL-AF-12", "Oui"],  # impossible date
        ["NGONO", "Aïcha", "F", "", "699 11 22 33", returned, "VOL-AF-12", "Oui"],  # already registered (phone)
        ["MBALLA", "Jean", "Homme", "12/03/1990", "677 00 11 22", returned, "VOL-AF-12", "Oui"],  # repeated row
    ]
    path = _workbook(tmp_path / "arrivees.xlsx", rows)
    with pytest.raises(PermissionDenied):
        agent.returnee_import.check(path)
    check = manager.returnee_import.check(path)
    assert [r.number for r in check.new_rows] == [3, 4]
    assert check.result.bad == 2 and check.result.duplicates == 1
    (possible,) = check.possible
    assert (possible.row_no, possible.person_id) == (7, known.person_id) and "phone" in possible.reasons
    assert "2 to import" in check.summary()
    batch = manager.returnee_import.apply(check, profile="OIM Douala")
    assert batch > 0
    found = manager.registry.search("mballa jean")
    assert len(found) == 1 and found[0].case_number.startswith("CM-")
    imported = manager.case_files.case_file(found[0].case_id)  # values written in bulk read back as typed
    assert (imported.family_name, imported.sex, imported.birth) == ("MBALLA", "M", "12/03/1990")
    assert imported.phone.replace(" ", "").endswith("677001122")
    # The possible duplicate is settled by a person: the same person, so a new case on their file.
    (review,) = manager.returnee_import.reviews()
    assert (review.row_no, review.person_id, review.name_in_file) == (7, known.person_id, "NGONO Aïcha")
    case_id = manager.returnee_import.decide(review.id, same_person=True)
    assert agent.case_files.case_file(case_id).person_id == known.person_id
    assert manager.returnee_import.reviews() == [] and len(manager.returnee_import.reviews("same")) == 1
    # The same file again: nothing new, and the desk says when the rows first came.
    again = manager.returnee_import.check(path)
    assert again.new_rows == [] and len(again.already) == 3
    assert "already imported on" in next(iter(again.already.values()))
    assert manager.returnee_import.profiles() == ["OIM Douala"]
    remembered = manager.returnee_import.profile_mapping("OIM Douala")
    assert remembered["family_name"] == "Nom de famille" and remembered["return_date"] == "Date d'arrivée"
    assert manager.returnee_import.profile_mapping("Inconnu") == {}


def test_a_possible_duplicate_settled_as_a_new_person(desk, tmp_path):
    manager, agent = desk
    agent.intake.register_intake(intake_input(family="Homonyme", given="Paul", phone="699778899"))
    path = _workbook(
        tmp_path / "homonyme.xlsx", [["HOMONYME", "Paul", "M", "03/04/1991", "699 77 88 99", date.today(), "V", "Oui"]]
    )
    manager.returnee_import.apply(manager.returnee_import.check(path))
    (review,) = manager.returnee_import.reviews()
    case_id = manager.returnee_import.decide(review.id, same_person=False)
    opened = agent.case_files.case_file(case_id)
    assert opened.person_id != review.person_id and opened.family_name == "HOMONYME"
    with pytest.raises(Exception, match="already settled"):
        manager.returnee_import.decide(review.id, same_person=True)


def test_a_person_who_withdrew_consent_is_not_imported(desk, tmp_path):
    manager, agent = desk
    known = agent.intake.register_intake(intake_input(family="Retrait", given="Awa", phone="699445566"))
    agent.intake.withdraw_consent(known.person_id, "ne souhaite plus")
    path = _workbook(
        tmp_path / "liste.xlsx", [["RETRAIT", "Awa", "F", "", "699 44 55 66", date.today(), "VOL-2", "Oui"]]
    )
    check = manager.returnee_import.check(path)
    assert check.new_rows == [] and check.possible == []
    assert "withdrew their consent" in check.withdrawn[3]


def test_cli_import_dry_run_then_for_real(tmp_path, monkeypatch, capsys):
    from desk.cli import run

    db = str(tmp_path / "desk.sqlite")
    monkeypatch.setenv("DESK_PASSWORD", "demo")
    assert run(["demo", "--db", db, "--returnees", "50"]) == 0
    path = _workbook(
        tmp_path / "vol.xlsx",
        [
            ["KAMGA", "Hervé", "M", "02/02/1992", "", date.today(), "VOL-9", "Oui"],
            ["", "Sans", "F", "", "", date.today(), "VOL-9", "Oui"],
        ],
    )
    errors = tmp_path / "erreurs.xlsx"
    args = ["import", "returnees", str(path), "--db", db, "--user", "manager"]
    assert run([*args, "--dry-run", "--errors", str(errors)]) == 0
    out = capsys.readouterr()
    assert "Dry run" in out.out and "Row 4" in out.err and errors.exists()
    assert run(args) == 0
    assert "1 rows imported" in capsys.readouterr().out
    assert run(args) == 0  # again: nothing new
    assert "already imported" in capsys.readouterr().err
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"name,phone\\nx,y\\n")
    assert run(["import", "returnees", str(junk), "--db", db, "--user", "manager"]) == 1
    assert "desk: error:" in capsys.readouterr().err


@pytest.mark.parametrize("language", ["en", "fr"])
def test_round_trip_export_then_import_changes_nothing(desk, tmp_path, language):
    """The desk's own roster, exported and imported again: every row is recognised, nothing is created."""
    from sqlalchemy import func, select

    from desk.i18n import set_language
    from desk.models.returnee import Person

    manager, agent = desk
    for family, given, phone in (("Ronde", "Aline", "699000101"), ("Tour", "Bruno", None), ("Boucle", "Chantal", None)):
        agent.intake.register_intake(intake_input(family=family, given=given, phone=phone))
    set_language(language)
    try:
        out = tmp_path / f"roster-{language}.xlsx"
        manager.exports.export_returnees(out, for_partner=False)
        with manager.returnee_import._sf() as session:
            before = session.scalar(select(func.count()).select_from(Person))
        check = manager.returnee_import.check(out)
        assert check.result.bad == 0, [r.problems() for r in check.result.bad_rows()]
        assert check.new_rows == [] and len(check.possible) == 3
        manager.returnee_import.apply(check)
        with manager.returnee_import._sf() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == before
    finally:
        set_language("en")
