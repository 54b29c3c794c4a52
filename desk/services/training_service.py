"""Training: catalogue, sessions, enrolment with a waiting list, attendance, outcomes, programme requirements."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.reference import Programme
from desk.models.returnee import Case, Person
from desk.models.training import COURSE_KINDS, Attendance, Course, Enrolment, TrainingSession
from desk.services.case_numbers import next_value
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.permissions import Action, require
from desk.services.phones import display_phone
from desk.services.training_dto import (
    CourseInput,
    CourseView,
    EnrolmentResult,
    RequirementCheck,
    RosterLine,
    SessionInput,
    SessionView,
)
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

SEATED = ("enrolled", "completed", "dropped_out", "failed")  # statuses that take a seat
OUTCOMES = ("completed", "dropped_out", "failed")


def _course_name(course: Course) -> str:
    return course.name_en if current_language() == "en" else course.name_fr


class TrainingService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- catalogue -----------------------------------------------------------------------------
    def list_courses(self, include_inactive: bool = False) -> list[CourseView]:
        require(self._actor, Action.TRAINING_ENROL)
        with reading(self._sf) as session:
            query = select(Course).order_by(Course.kind, Course.name_fr)
            if not include_inactive:
                query = query.where(Course.active.is_(True))
            counts = dict(
                session.execute(
                    select(TrainingSession.course_id, func.count()).group_by(TrainingSession.course_id)
                ).all()
            )
            enrolled = dict(
                session.execute(
                    select(TrainingSession.course_id, func.count())
                    .join(Enrolment, Enrolment.session_id == TrainingSession.id)
                    .group_by(TrainingSession.course_id)
                ).all()
            )
            return [
                CourseView(
                    c.id,
                    c.version,
                    CourseInput(c.code, c.name_fr, c.name_en, c.kind, c.provider or "", c.duration_days, c.active),
                    counts.get(c.id, 0),
                    enrolled.get(c.id, 0),
                )
                for c in session.scalars(query)
            ]

    def save_course(self, data: CourseInput, course_id: int | None = None, expected_version: int | None = None) -> int:
        """Add or change a course (managers). Codes never change once given."""
        require(self._actor, Action.TRAINING_MANAGE)
        code = clean_text("code", data.code, max_length=32, label=translate("Fields", "Code")).upper()
        name_fr = clean_text("name_fr", data.name_fr, max_length=200, label=translate("Fields", "French name"))
        name_en = (
            clean_text(
                "name_en", data.name_en, max_length=200, required=False, label=translate("Fields", "English name")
            )
            or name_fr
        )
        if data.kind not in COURSE_KINDS:
            raise ValidationError(
                "kind",
                translate("Errors", "{label}: choose a value from the list.").format(label=translate("Fields", "Kind")),
            )
        if not 1 <= data.duration_days <= 365:
            raise ValidationError("duration_days", translate("Errors", "Duration: from 1 to 365 days."))
        provider = clean_text("provider", data.provider, max_length=200, required=False) or None
        with writing(self._sf, self._actor) as session:
            clash = session.scalar(select(Course.id).where(Course.code == code))
            if clash is not None and clash != course_id:
                raise ValidationError(
                    "code", translate("Errors", "Code: '{code}' already exists in this list.").format(code=code)
                )
            if course_id is None:
                course = Course(code=code)
                session.add(course)
            else:
                course = self._get(session, Course, course_id)
                if expected_version is not None and course.version != expected_version:
                    raise Conflict(current={"name_fr": course.name_fr, "active": course.active})
            course.name_fr, course.name_en, course.kind = name_fr, name_en, data.kind
            course.provider, course.duration_days, course.active = provider, data.duration_days, data.active
            session.flush()
            return course.id

    def delete_course(self, course_id: int) -> None:
        """Remove a course created by mistake; refused once anyone was enrolled (deactivate it instead)."""
        require(self._actor, Action.TRAINING_MANAGE)
        with writing(self._sf, self._actor) as session:
            course = self._get(session, Course, course_id)
            used = session.scalar(
                select(func.count())
                .select_from(Enrolment)
                .join(TrainingSession, TrainingSession.id == Enrolment.session_id)
                .where(TrainingSession.course_id == course_id)
            )
            if used:
                raise ValidationError(
                    "course",
                    translate(
                        "Errors", "This course has enrolments: it cannot be removed. Untick “active” to retire it."
                    ),
                )
            for training_session in session.scalars(
                select(TrainingSession).where(TrainingSession.course_id == course_id)
            ):
                session.delete(training_session)
            session.delete(course)

    # -- sessions ------------------------------------------------------------------------------
    def list_sessions(self, course_id: int | None = None, from_date: date | None = None) -> list[SessionView]:
        require(self._actor, Action.TRAINING_ENROL)
        with reading(self._sf) as session:
            query = select(TrainingSession, Course).join(Course, Course.id == TrainingSession.course_id)
            if course_id is not None:
                query = query.where(TrainingSession.course_id == course_id)
            if from_date is not None:
                query = query.where(TrainingSession.ends_on >= from_date)
            return [
                self._session_view(session, ts, course)
                for ts, course in session.execute(query.order_by(TrainingSession.starts_on, TrainingSession.id))
            ]

    def get_session(self, session_id: int) -> SessionView:
        require(self._actor, Action.TRAINING_ENROL)
        with reading(self._sf) as session:
            ts = self._get(session, TrainingSession, session_id)
            return self._session_view(session, ts, self._get(session, Course, ts.course_id))

    @staticmethod
    def _session_view(session: Session, ts: TrainingSession, course: Course) -> SessionView:
        counts = dict(
            session.execute(
                select(Enrolment.status, func.count()).where(Enrolment.session_id == ts.id).group_by(Enrolment.status)
            ).all()
        )
        return SessionView(
            ts.id,
            ts.version,
            course.id,
            course.code,
            _course_name(course),
            course.kind,
            course.provider or "",
            ts.starts_on,
            ts.ends_on,
            ts.place,
            ts.trainer or "",
            ts.capacity,
            sum(counts.get(s, 0) for s in SEATED),
            counts.get("waiting", 0),
        )

    def save_session(self, data: SessionInput, session_id: int | None = None) -> int:
        require(self._actor, Action.TRAINING_MANAGE)
        place = clean_text("place", data.place, max_length=200, label=translate("Fields", "Place"))
        trainer = clean_text("trainer", data.trainer, max_length=160, required=False) or None
        if data.ends_on < data.starts_on:
            raise ValidationError("ends_on", translate("Errors", "Last day: it is before the first day."))
        if not 1 <= data.capacity <= 500:
            raise ValidationError("capacity", translate("Errors", "Seats: from 1 to 500."))
        with writing(self._sf, self._actor) as session:
            course = self._get(session, Course, data.course_id)
            if not course.active:
                raise ValidationError("course_id", translate("Errors", "This course is retired: choose another."))
            ts = TrainingSession() if session_id is None else self._locked(session, session_id)
            if session_id is None:
                session.add(ts)
            elif data.capacity < (seated := self._seated(session, session_id)):
                raise ValidationError(
                    "capacity",
                    translate(
                        "Errors", "Seats: {count} people already have a seat; the session cannot have fewer."
                    ).format(count=seated),
                )
            ts.course_id, ts.starts_on, ts.ends_on = data.course_id, data.starts_on, data.ends_on
            ts.place, ts.trainer, ts.capacity = place, trainer, data.capacity
            session.flush()
            return ts.id

    @staticmethod
    def _locked(session: Session, session_id: int) -> TrainingSession:
        """The session row, locked until the end of the transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE already
        serialises writers): a second workstation enrolling at the same moment waits, then counts this one's seat."""
        ts = session.get(TrainingSession, session_id, with_for_update=True)
        if ts is None:
            raise NotFound(translate("Errors", "This record no longer exists; refresh the screen."))
        return ts

    @staticmethod
    def _seated(session: Session, session_id: int) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(Enrolment)
                .where(Enrolment.session_id == session_id, Enrolment.status.in_(SEATED))
            )
            or 0
        )

    # -- enrolment ------------------------------------------------------------------------------
    def enrol(self, session_id: int, case_ids: list[int]) -> EnrolmentResult:
        """Enrol cases in arrival order: a seat while there are seats, then the waiting list. All or nothing."""
        require(self._actor, Action.TRAINING_ENROL)
        seated: list[str] = []
        waiting: list[str] = []
        with writing(self._sf, self._actor) as session:
            ts = self._locked(session, session_id)
            taken = self._seated(session, session_id)
            for case_id in dict.fromkeys(case_ids):
                case = self._get(session, Case, case_id)
                if case.status == "closed":
                    raise ValidationError(
                        "case", translate("Errors", "Case {number} is closed.").format(number=case.number)
                    )
                if session.scalar(
                    select(Enrolment.id).where(Enrolment.session_id == session_id, Enrolment.case_id == case_id)
                ):
                    raise ValidationError(
                        "case",
                        translate("Errors", "Case {number} is already enrolled in this session.").format(
                            number=case.number
                        ),
                    )
                status = "enrolled" if taken < ts.capacity else "waiting"
                taken += status == "enrolled"
                session.add(Enrolment(session_id=session_id, case_id=case_id, status=status))
                (seated if status == "enrolled" else waiting).append(case.number)
            session.flush()
        return EnrolmentResult(tuple(seated), tuple(waiting))

    def cancel_enrolment(self, enrolment_id: int) -> str | None:
        """Free a seat (or leave the waiting list); the first waiting takes the seat. Returns their case number."""
        require(self._actor, Action.TRAINING_ENROL)
        with writing(self._sf, self._actor) as session:
            enrolment = self._get(session, Enrolment, enrolment_id)
            if enrolment.status not in ("enrolled", "waiting"):
                raise ValidationError("status", translate("Errors", "Only a current enrolment can be cancelled."))
            self._locked(session, enrolment.session_id)
            had_seat = enrolment.status == "enrolled"
            enrolment.status = "cancelled"
            if not had_seat:
                return None
            first = session.scalars(
                select(Enrolment)
                .where(Enrolment.session_id == enrolment.session_id, Enrolment.status == "waiting")
                .order_by(Enrolment.id)
            ).first()
            if first is None:
                return None
            first.status = "enrolled"
            session.flush()
            return str(self._get(session, Case, first.case_id).number)

    def roster(self, session_id: int) -> list[RosterLine]:
        """Everyone in the session: seated first (by name), then the waiting list in order, then cancellations."""
        require(self._actor, Action.TRAINING_ENROL)
        with reading(self._sf) as session:
            rows = session.execute(
                select(Enrolment, Case.number, Person.family_name, Person.given_names, Person.sex, Person.phone)
                .join(Case, Case.id == Enrolment.case_id)
                .join(Person, Person.id == Case.person_id)
                .where(Enrolment.session_id == session_id)
                .order_by(Enrolment.id)
            ).all()
            days: dict[int, list[date]] = {}
            for enrolment_id, day in session.execute(
                select(Attendance.enrolment_id, Attendance.day)
                .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
                .where(Enrolment.session_id == session_id, Attendance.present.is_(True))
            ):
                days.setdefault(enrolment_id, []).append(day)
        lines, rank = [], 0
        for e, number, family, given, sex, phone in rows:
            if e.status == "waiting":
                rank += 1
            lines.append(
                RosterLine(
                    e.id,
                    e.case_id,
                    number,
                    f"{family.upper()} {given}",
                    sex,
                    display_phone(phone),
                    e.status,
                    rank if e.status == "waiting" else None,
                    tuple(sorted(days.get(e.id, []))),
                    e.certificate_number,
                    e.completed_on,
                )
            )
        order = {"waiting": 1, "cancelled": 2}
        return sorted(lines, key=lambda line: (order.get(line.status, 0), line.waiting_rank or 0, line.full_name))

    def record_attendance(self, session_id: int, day: date, present_enrolment_ids: list[int]) -> None:
        """Who was there on one day of the session; the others of that day are recorded absent."""
        require(self._actor, Action.TRAINING_ENROL)
        with writing(self._sf, self._actor) as session:
            ts = self._get(session, TrainingSession, session_id)
            if not ts.starts_on <= day <= ts.ends_on:
                raise ValidationError(
                    "day",
                    translate("Errors", "Attendance: {day} is not a day of this session ({start} – {end}).").format(
                        day=day.strftime("%d/%m/%Y"),
                        start=ts.starts_on.strftime("%d/%m/%Y"),
                        end=ts.ends_on.strftime("%d/%m/%Y"),
                    ),
                )
            seated = {
                e.id: e
                for e in session.scalars(
                    select(Enrolment).where(Enrolment.session_id == session_id, Enrolment.status.in_(SEATED))
                )
            }
            unknown = set(present_enrolment_ids) - set(seated)
            if unknown:
                raise ValidationError(
                    "enrolments",
                    translate("Errors", "Attendance: only people with a seat in this session can be marked present."),
                )
            existing = (
                {
                    a.enrolment_id: a
                    for a in session.scalars(
                        select(Attendance).where(Attendance.enrolment_id.in_(seated), Attendance.day == day)
                    )
                }
                if seated
                else {}
            )
            for enrolment_id in seated:
                present = enrolment_id in present_enrolment_ids
                row = existing.get(enrolment_id)
                if row is None:
                    session.add(Attendance(enrolment_id=enrolment_id, day=day, present=present))
                elif row.present != present:
                    row.present = present

    def set_outcome(self, enrolment_id: int, outcome: str) -> str | None:
        """Completed (a certificate number is given), dropped out or failed. Returns the certificate number."""
        require(self._actor, Action.TRAINING_ENROL)
        if outcome not in OUTCOMES:
            raise ValidationError("outcome", translate("Errors", "Outcome: completed, dropped out or failed."))
        with writing(self._sf, self._actor) as session:
            enrolment = self._get(session, Enrolment, enrolment_id)
            if enrolment.status in ("waiting", "cancelled"):
                raise ValidationError(
                    "outcome", translate("Errors", "Only someone with a seat in the session can complete it.")
                )
            enrolment.status = outcome
            if outcome == "completed" and enrolment.certificate_number is None:
                year = date.today().year
                enrolment.certificate_number = f"CERT-{year}-{next_value(session, f'certificate:{year}'):06d}"
                enrolment.completed_on = date.today()
            elif outcome != "completed":
                enrolment.completed_on = None
            return enrolment.certificate_number if outcome == "completed" else None

    def case_trainings(self, case_id: int) -> list[tuple[str, str, str, str]]:
        """(course, dates, status, certificate) for every enrolment of one case, newest first."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            rows = session.execute(
                select(Course, TrainingSession, Enrolment)
                .join(TrainingSession, TrainingSession.course_id == Course.id)
                .join(Enrolment, Enrolment.session_id == TrainingSession.id)
                .where(Enrolment.case_id == case_id)
                .order_by(TrainingSession.starts_on.desc())
            )
            return [
                (
                    _course_name(c),
                    f"{ts.starts_on:%d/%m/%Y} – {ts.ends_on:%d/%m/%Y}",
                    e.status,
                    e.certificate_number or "",
                )
                for c, ts, e in rows
            ]

    # -- what a programme requires ----------------------------------------------------------------
    def requirements(self, case_id: int) -> RequirementCheck:
        """Has this case completed the kinds of training its programme requires before payment?"""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            return requirements_of(session, case_id)

    @staticmethod
    def _get(session: Session, model: type, key: Any) -> Any:
        row = session.get(model, key)
        if row is None:
            raise NotFound(translate("Errors", "This record no longer exists; refresh the screen."))
        return row


def requirements_of(session: Session, case_id: int) -> RequirementCheck:
    """Shared with the ledger, which refuses a payment while training is missing."""
    case = session.get(Case, case_id)
    if case is None:
        raise NotFound(translate("Errors", "This case no longer exists."))
    programme = session.get(Programme, case.programme_id) if case.programme_id else None
    required = tuple(programme.required_training or ()) if programme else ()
    done = set(
        session.scalars(
            select(Course.kind)
            .join(TrainingSession, TrainingSession.course_id == Course.id)
            .join(Enrolment, Enrolment.session_id == TrainingSession.id)
            .where(Enrolment.case_id == case_id, Enrolment.status == "completed")
        )
    )
    missing = tuple(kind for kind in required if kind not in done)
    return RequirementCheck(not missing, required, missing)
