"""Importing training attendance: the training centre's sheet, one row per participant and day.

Each row names the case (its number), the course (its code or name) and the day, and says present or
absent; the session is the one of that course, covering that day, where the case has a seat (the
session's first day may be given when a course runs two sessions at once). A day already recorded with the
other answer is changed (counted apart in the preview); a row for someone without a seat, a day outside the
session or a name that does not match the case is refused on its cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.returnee import Case, Person
from desk.models.training import Attendance, Course, Enrolment, TrainingSession
from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import ImportRow
from desk.services.exchange.row_import import IN_CHUNK, ImportCheck, RowImport
from desk.services.permissions import Action
from desk.services.progress import CancelToken
from desk.services.training_service import SEATED
from desk.services.validation import fold

KIND = "attendance"


def attendance_columns(session: Session) -> tuple[ColumnSpec, ...]:
    english = current_language() == "en"
    courses = list(session.scalars(select(Course).order_by(Course.code)))
    return (
        ColumnSpec(
            "case_number",
            Kind.TEXT,
            "N° de dossier",
            "Case number",
            True,
            ("Dossier", "Numéro de dossier", "Case", "Case no", "N° dossier"),
            ("#case+id", "#beneficiary+id"),
            max_length=20,
            example="CM-2026-000123",
        ),
        ColumnSpec(
            "family_name",
            Kind.TEXT,
            "Nom",
            "Family name",
            False,
            ("Nom de famille", "Surname", "Last name", "Participant"),
            ("#affected+name+family", "#beneficiary+name"),
            max_length=120,
            description_fr="Facultatif : s'il est donné, il doit être celui du dossier (contrôle de saisie).",
            description_en="Optional: when given, it must be the case's (a check against typing errors).",
        ),
        _course_column(courses, english),
        ColumnSpec(
            "session_start",
            Kind.DATE,
            "Début de la session",
            "Session start",
            False,
            ("Date de début", "Start date", "Session"),
            ("#date+start",),
            description_fr="Facultatif : seulement si la même formation a deux sessions en même temps.",
            description_en="Optional: only when the same course runs two sessions at the same time.",
        ),
        ColumnSpec(
            "day",
            Kind.DATE,
            "Jour",
            "Day",
            True,
            ("Date", "Date du jour", "Date of attendance"),
            ("#date",),
            past_only=True,
            example="28/11/2026",
        ),
        ColumnSpec(
            "present",
            Kind.BOOL,
            "Présent",
            "Present",
            True,
            ("Présence", "Présent(e)", "Attendance", "Attended"),
            ("#indicator+present",),
            example="Oui",
        ),
    )


def _course_column(courses: list[Course], english: bool) -> ColumnSpec:
    """The course, by its code or its name (with the desk's catalogue as the template's drop-down)."""
    codes = {c.code: (c.name_en if english else c.name_fr) for c in courses if c.active}
    return ColumnSpec(
        "course",
        Kind.CODE if codes else Kind.TEXT,  # a desk without courses yet: every row is refused on its cell
        "Formation",
        "Course",
        True,
        ("Code formation", "Module", "Course code", "Training"),
        ("#activity+code", "#activity+name"),
        codes=codes,
        code_aliases={name: c.code for c in courses for name in (c.name_fr, c.name_en)},
        max_length=200,
    )


@dataclass(frozen=True)
class _Seat:
    enrolment_id: int
    session_start: date
    session_end: date
    course: str


class AttendanceImport(RowImport):
    KIND = KIND
    ACTIONS = (Action.EXCHANGE_IMPORT, Action.TRAINING_ENROL)

    def specs(self, session: Session) -> tuple[ColumnSpec, ...]:
        return attendance_columns(session)

    def title(self) -> str:
        return translate("Import", "Attendance")

    def validate(self, session: Session, check: ImportCheck, rows: Sequence[ImportRow]) -> None:
        numbers = sorted({str(r.get("case_number")).strip().upper() for r in rows})
        cases: dict[str, tuple[int, str]] = {}
        seats: dict[int, list[_Seat]] = defaultdict(list)
        for start in range(0, len(numbers), IN_CHUNK):
            chunk = numbers[start : start + IN_CHUNK]
            for case_id, number, family in session.execute(
                select(Case.id, Case.number, Person.family_name)
                .join(Person, Person.id == Case.person_id)
                .where(Case.number.in_(chunk))
            ):
                cases[number.upper()] = (case_id, family)
            for case_id, enrolment_id, starts, ends, code in session.execute(
                select(Enrolment.case_id, Enrolment.id, TrainingSession.starts_on, TrainingSession.ends_on, Course.code)
                .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
                .join(Course, Course.id == TrainingSession.course_id)
                .join(Case, Case.id == Enrolment.case_id)
                .where(Case.number.in_(chunk), Enrolment.status.in_(SEATED))
            ):
                seats[case_id].append(_Seat(enrolment_id, starts, ends, code))
        wanted: dict[int, tuple[int, date, bool]] = {}
        first = {_person_day(r): r.number for r in check.result.good_rows() if r.number in check.already}
        for row in rows:
            if _person_day(row) in first:  # two rows for the same person and day: the first one counts
                row.refuse(
                    "day",
                    translate(
                        "Import", "Row {row}: row {first} already gives this person's attendance on {day}."
                    ).format(row=row.number, first=first[_person_day(row)], day=_day(row).strftime("%d/%m/%Y")),
                )
                continue
            first[_person_day(row)] = row.number
            found = self._seat(row, cases, seats)
            if found is not None:
                wanted[row.number] = (found.enrolment_id, _day(row), bool(row.get("present")))
                check.targets[row.number] = wanted[row.number]
        self._against_recorded(session, check, wanted)

    @staticmethod
    def _seat(row: ImportRow, cases: dict[str, tuple[int, str]], seats: dict[int, list[_Seat]]) -> _Seat | None:
        number = str(row.get("case_number")).strip().upper()
        if number not in cases:
            row.refuse(
                "case_number",
                translate("Import", "Row {row}: there is no case numbered “{number}”; check the number.").format(
                    row=row.number, number=number
                ),
            )
            return None
        case_id, family = cases[number]
        typed = row.get("family_name")
        if typed and fold(str(typed)) != fold(family):
            row.refuse(
                "family_name",
                translate(
                    "Import", "Row {row}: case {number} is not “{name}”; check the case number and the name."
                ).format(row=row.number, number=number, name=typed),
            )
            return None
        course, day, start = str(row.get("course")), _day(row), row.get("session_start")
        in_course = [s for s in seats.get(case_id, []) if s.course == course]
        matching = [s for s in in_course if s.session_start <= day <= s.session_end]
        if isinstance(start, date):
            matching = [s for s in matching if s.session_start == start]
        if len(matching) == 1:
            return matching[0]
        if not in_course:
            message = translate(
                "Import", "Row {row}: case {number} has no seat in a session of the course {course}; enrol them first."
            )
        elif not matching:
            message = translate(
                "Import",
                "Row {row}: {day} is not a day of case {number}'s session of {course}; check the date.",
            )
        else:
            message = translate(
                "Import",
                "Row {row}: case {number} has two sessions of {course} on {day}; give the session's first day.",
            )
        row.refuse(
            "day" if in_course else "course",
            message.format(row=row.number, number=number, course=course, day=day.strftime("%d/%m/%Y")),
        )
        return None

    @staticmethod
    def _against_recorded(session: Session, check: ImportCheck, wanted: dict[int, tuple[int, date, bool]]) -> None:
        """A day already recorded (with either answer) is a change, counted apart in the preview."""
        enrolments = sorted({e for e, _d, _p in wanted.values()})
        recorded: set[tuple[int, date]] = set()
        for start in range(0, len(enrolments), IN_CHUNK):
            recorded.update(
                (enrolment_id, day)
                for enrolment_id, day in session.execute(
                    select(Attendance.enrolment_id, Attendance.day).where(
                        Attendance.enrolment_id.in_(enrolments[start : start + IN_CHUNK])
                    )
                )
            )
        check.updates.update(number for number, (e, day, _p) in wanted.items() if (e, day) in recorded)

    def insert(
        self, session: Session, check: ImportCheck, rows: list[ImportRow], cancel: CancelToken
    ) -> list[int | None]:
        targets: dict[tuple[int, date], bool] = {}
        for row in rows:
            enrolment_id, day, present = check.targets[row.number]
            targets[(enrolment_id, day)] = present
        enrolments = sorted({e for e, _d in targets})
        cases: dict[int, int] = {}
        existing: dict[tuple[int, date], Attendance] = {}
        for start in range(0, len(enrolments), IN_CHUNK):
            cancel.check()
            chunk = enrolments[start : start + IN_CHUNK]
            cases.update(session.execute(select(Enrolment.id, Enrolment.case_id).where(Enrolment.id.in_(chunk))).all())
            for known in session.scalars(select(Attendance).where(Attendance.enrolment_id.in_(chunk))):
                existing[(known.enrolment_id, known.day)] = known
        for (enrolment_id, day), present in targets.items():
            record = existing.get((enrolment_id, day))
            if record is None:
                session.add(Attendance(enrolment_id=enrolment_id, day=day, present=present))
            elif record.present != present:
                record.present = present
        session.flush()
        return [cases.get(check.targets[r.number][0]) for r in rows]


def _person_day(row: ImportRow) -> tuple[str, str, date]:
    return str(row.get("case_number")).strip().upper(), str(row.get("course")), _day(row)


def _day(row: ImportRow) -> date:
    value: Any = row.get("day")
    return value if isinstance(value, date) else date.min
