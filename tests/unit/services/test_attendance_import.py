"""Importing a training centre's attendance sheet: each row finds the case's seat in a session of the course
covering that day; a day recorded again with the other answer is corrected; everything else is refused on its
cell with what to do."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from desk.services.errors import PermissionDenied
from tests.factories import course_input, intake_input, make_user, session_input

HEADERS = ["N° dossier", "Nom", "Code formation", "Date", "Présence"]
MONDAY, TUESDAY, SATURDAY = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 7)


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
    manager = context.for_actor(make_user(context, "manager"))
    agent = context.for_actor(make_user(context, "agent"))
    session_id = manager.training.save_session(session_input(manager.training.save_course(course_input()), 2))
    cases = []
    for family in ("Abena", "Biya", "Chouna"):
        done = agent.intake.register_intake(intake_input(family=family, given="Test", phone=None))
        cases.append(agent.case_files.case_file(done.case_id).case_number)
    agent.training.enrol(session_id, [agent.registry.search(n)[0].case_id for n in cases])  # the third waits
    return manager, agent, session_id, cases


def test_attendance_recorded_corrected_and_refused(desk, tmp_path):
    manager, agent, session_id, (abena, biya, chouna) = desk
    roster = {line.case_number: line.enrolment_id for line in agent.training.roster(session_id)}
    agent.training.record_attendance(session_id, MONDAY, [roster[abena]])  # Biya was marked absent on Monday
    rows = [
        [abena, "ABENA", "GERME", TUESDAY, "Oui"],
        [biya, "Biya", "Gérer mieux son entreprise", MONDAY, "X"],  # a correction: she was there
        [biya, "", "GERME", TUESDAY, "Non"],
        [chouna, "Chouna", "GERME", TUESDAY, "Oui"],  # on the waiting list: no seat
        ["CM-2026-999999", "", "GERME", TUESDAY, "Oui"],  # no such case
        [abena, "Biya", "GERME", MONDAY, "Oui"],  # the name is another person's
        [abena, "", "GERME", SATURDAY, "Oui"],  # after the session
        [abena, "", "GERMEE", TUESDAY, "Oui"],  # unknown course: a suggestion
        [abena, "", "GERME", TUESDAY, "Non"],  # contradicts row 2
    ]
    path = _workbook(tmp_path / "presences.xlsx", rows)
    check = manager.attendance_import.check(path)
    assert [r.number for r in check.new_rows] == [2, 3, 4]
    assert check.updates == {3}
    bad = {r.number: r.errors for r in check.result.rows if r.errors}
    assert set(bad) == {5, 6, 7, 8, 9, 10}
    assert "no seat" in bad[5]["course"]
    assert "no case numbered" in bad[6]["case_number"]
    assert "is not “Biya”" in bad[7]["family_name"]
    assert "not a day" in bad[8]["day"]
    assert "GERME" in bad[9]["course"]
    assert "row 2" in bad[10]["day"]
    manager.attendance_import.apply(check)
    days = {line.case_number: line.present_days for line in agent.training.roster(session_id)}
    assert days[abena] == (MONDAY, TUESDAY)
    assert days[biya] == (MONDAY,)
    again = manager.attendance_import.check(path)
    assert again.new_rows == [] and set(again.already) == {2, 3, 4}


def test_attendance_needs_the_right_to_enrol_and_to_import(desk, tmp_path):
    manager, agent, _session_id, (abena, *_rest) = desk
    path = _workbook(tmp_path / "presences.xlsx", [[abena, "", "GERME", TUESDAY, "Oui"]])
    with pytest.raises(PermissionDenied):
        agent.attendance_import.check(path)
    assert len(manager.attendance_import.check(path).new_rows) == 1
