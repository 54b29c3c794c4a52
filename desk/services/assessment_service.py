"""The needs assessment: a versioned questionnaire scored per dimension, the success factors the operators
name, the recommended aid levels and needs. Re-administered at follow-up and compared with the baseline.

New assessments use the instrument's latest version; an old one is read and scored with its own version. The
administrator saves new versions (wording and weights) here too."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.models.account import User
from desk.models.assessment import Assessment, InstrumentVersion
from desk.models.audit import REVEAL
from desk.models.auditing import record_event
from desk.models.returnee import Case
from desk.services.dto import Actor
from desk.services.errors import Conflict, NotFound, ValidationError
from desk.services.followup_rules import start_social_followup
from desk.services.instrument import (
    Instrument,
    InstrumentDraft,
    Item,
    draft_of,
    next_definition,
    parse,
    score,
    shipped_definition,
)
from desk.services.permissions import Action, can, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

__all__ = ["AssessmentService", "Instrument", "Item", "instrument", "score"]
FACTORS = {
    "motivation": QT_TRANSLATE_NOOP("Assessment", "Motivation"),
    "family_support": QT_TRANSLATE_NOOP("Assessment", "Family environment and support"),
    "sector_choice": QT_TRANSLATE_NOOP("Assessment", "Choice of sector"),
    "experience": QT_TRANSLATE_NOOP("Assessment", "Previous experience in the trade"),
    "initial_training": QT_TRANSLATE_NOOP("Assessment", "Initial training"),
}
LEVELS = {
    "social": QT_TRANSLATE_NOOP("Assessment", "Social reintegration"),
    "employment": QT_TRANSLATE_NOOP("Assessment", "Reintegration through employment"),
    "business": QT_TRANSLATE_NOOP("Assessment", "Reintegration through business creation"),
}
NEEDS = {
    "skills_training": QT_TRANSLATE_NOOP("Assessment", "Skills training"),
    "psychosocial_support": QT_TRANSLATE_NOOP("Assessment", "Psychosocial support"),
    "medical_care": QT_TRANSLATE_NOOP("Assessment", "Medical care"),
    "housing": QT_TRANSLATE_NOOP("Assessment", "Housing"),
    "documents": QT_TRANSLATE_NOOP("Assessment", "Identity documents"),
    "job_search": QT_TRANSLATE_NOOP("Assessment", "Job search"),
}
RATINGS = (1, 2, 3, 4)  # weak, fair, good, strong


@dataclass(frozen=True)
class AssessmentInput:
    answers: dict[str, str]  # item code -> option code
    factors: dict[str, tuple[int, str]] = field(default_factory=dict)  # factor -> (rating 1-4, justification)
    aid_levels: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    notes: str = ""
    kind: str = "baseline"


@dataclass(frozen=True)
class AssessmentView:
    id: int
    kind: str
    done_on: date
    instrument: str
    scores: dict[str, float]
    composite: float
    factors: dict[str, tuple[int, str]]
    aid_levels: tuple[str, ...]
    needs: tuple[str, ...]
    answers: dict[str, str] | None  # None when the role may not see them
    notes: str | None
    instrument_version: int = 1
    dimensions: tuple[tuple[str, str], ...] = ()  # (code, label) as worded in the assessment's own version


@dataclass(frozen=True)
class AnsweredQuestion:
    code: str
    dimension: str
    question: str
    answer: str  # the option's label, "" when not answered
    value: float | None  # recoded 0-1
    weight: float


@dataclass(frozen=True)
class AnsweredQuestionnaire:
    """An assessment read with the version of the instrument it was answered with."""

    instrument: Instrument
    questions: tuple[AnsweredQuestion, ...]
    scores: dict[str, float]
    composite: float


@dataclass(frozen=True)
class InstrumentVersionView:
    number: int
    saved_at: datetime | None  # None for the shipped version
    saved_by: str
    note: str


def _definition(session: Session, code: str | None = None, number: int | None = None) -> dict[str, Any]:
    """A version's definition (the latest by default); version 1 unless saved in the database is the shipped one."""
    shipped = shipped_definition()
    code = code or str(shipped["instrument"]["code"])
    query = select(InstrumentVersion.definition).where(InstrumentVersion.code == code)
    if number is not None:
        query = query.where(InstrumentVersion.number == number)
    stored = session.scalars(query.order_by(InstrumentVersion.number.desc()).limit(1)).first()
    if stored is not None:
        return dict(stored)
    if number not in (None, 1) or code != shipped["instrument"]["code"]:
        raise NotFound(translate("Errors", "This version of the questionnaire does not exist."))
    return shipped


def instrument() -> Instrument:
    """The shipped version 1 in the current language (the demo desk and tests; a desk uses its latest version)."""
    return parse(shipped_definition())


class AssessmentService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def instrument(self) -> Instrument:
        """The latest version of the questionnaire: the one new assessments are answered with."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            return parse(_definition(session))

    def instrument_version(self, code: str, number: int) -> Instrument:
        """One version of the questionnaire, the one an old assessment was answered with."""
        require(self._actor, Action.CASE_VIEW)
        with reading(self._sf) as session:
            return parse(_definition(session, code, number))

    def instrument_draft(self) -> InstrumentDraft:
        """The latest version, for the administrator to edit its wording and weights."""
        require(self._actor, Action.REFERENCE_EDIT)
        with reading(self._sf) as session:
            return draft_of(_definition(session))

    def instrument_versions(self) -> list[InstrumentVersionView]:
        """Every version of the questionnaire, newest first, with who saved it and why."""
        require(self._actor, Action.REFERENCE_EDIT)
        code = str(shipped_definition()["instrument"]["code"])
        with reading(self._sf) as session:
            rows = session.execute(
                select(InstrumentVersion, User.full_name)
                .outerjoin(User, User.id == InstrumentVersion.created_by_id)
                .where(InstrumentVersion.code == code)
                .order_by(InstrumentVersion.number.desc())
            ).all()
        views = [InstrumentVersionView(v.number, v.created_at, name or "", v.note or "") for v, name in rows]
        if not any(v.number == 1 for v in views):
            views.append(InstrumentVersionView(1, None, "", translate("Assessment", "Shipped with Guichet")))
        return views

    def save_instrument(self, draft: InstrumentDraft, note: str = "") -> int:
        """Save the edited wording and weights as a new version (the old one stays as it was); its number.

        Within each dimension the weights must add up to 1, and so must the dimensions' weights.
        """
        require(self._actor, Action.REFERENCE_EDIT)
        note = clean_text("note", note, max_length=500, required=False, label=translate("Fields", "What changed"))
        with writing(self._sf, self._actor) as session:
            base = _definition(session, draft.code)
            if int(base["instrument"]["version"]) != draft.version:
                raise Conflict(
                    translate(
                        "Errors",
                        "Someone saved a newer version of the questionnaire meanwhile. Nothing was saved: "
                        "reopen it and make your changes again.",
                    )
                )
            definition = next_definition(base, draft)
            number = int(definition["instrument"]["version"])
            session.add(InstrumentVersion(code=draft.code, number=number, definition=definition, note=note or None))
            return number

    def record(self, case_id: int, data: AssessmentInput) -> int:
        """Score and keep an assessment with the latest questionnaire; a registered case becomes assessed."""
        require(self._actor, Action.ASSESSMENT_EDIT)
        for code, (rating, note) in data.factors.items():
            if code not in FACTORS or rating not in RATINGS:
                raise ValidationError(code, translate("Errors", "Success factors: rate each from 1 to 4."))
            clean_text(code, note, max_length=500, required=False, label=translate("Assessment", FACTORS[code]))
        if not set(data.aid_levels) <= set(LEVELS) or not set(data.needs) <= set(NEEDS):
            raise ValidationError("aid_levels", translate("Errors", "Aid levels and needs: choose from the lists."))
        if data.kind not in ("baseline", "followup"):
            raise ValidationError("kind", translate("Errors", "Assessment: baseline or follow-up."))
        notes = (
            clean_text("notes", data.notes, max_length=4000, required=False, label=translate("Fields", "Notes")) or None
        )
        with writing(self._sf, self._actor) as session:
            inst = parse(_definition(session))
            scores, composite = score(data.answers, inst)
            case = session.get(Case, case_id)
            if case is None:
                raise NotFound(translate("Errors", "This case no longer exists."))
            row = Assessment(
                case_id=case_id,
                kind=data.kind,
                instrument_code=inst.code,
                instrument_version=inst.version,
                done_on=date.today(),
                answers=dict(data.answers),
                scores=scores,
                composite=composite,
                factors={k: {"rating": r, "note": n} for k, (r, n) in data.factors.items()},
                aid_levels=list(data.aid_levels),
                needs=list(data.needs),
                notes=notes,
            )
            session.add(row)
            if case.status == "registered":
                case.status = "assessed"
            session.flush()
            if data.kind == "baseline" and set(data.aid_levels) == {"social"}:
                # Social reintegration only: no plan goes to the committee, so the monitoring year starts now.
                start_social_followup(session, case, row.done_on)
            return row.id

    def history(self, case_id: int) -> list[AssessmentView]:
        """The case's assessments, newest first; answers and notes only for roles that see sensitive data.

        Each comes with its dimensions as worded in the version it was answered with.
        """
        require(self._actor, Action.CASE_VIEW)
        sensitive = can(self._actor.role, Action.SENSITIVE_VIEW)
        with reading(self._sf) as session:
            rows = list(
                session.scalars(select(Assessment).where(Assessment.case_id == case_id).order_by(Assessment.id.desc()))
            )
            versions = {
                (code, number): parse(_definition(session, code, number))
                for code, number in {(a.instrument_code, a.instrument_version) for a in rows}
            }
        return [
            AssessmentView(
                a.id,
                a.kind,
                a.done_on,
                f"{a.instrument_code} v{a.instrument_version}",
                dict(a.scores),
                a.composite,
                {k: (int(v["rating"]), str(v.get("note", ""))) for k, v in (a.factors or {}).items()},
                tuple(a.aid_levels or ()),
                tuple(a.needs or ()),
                dict(a.answers) if sensitive else None,
                a.notes if sensitive else None,
                a.instrument_version,
                tuple((code, label) for code, label, _ in versions[a.instrument_code, a.instrument_version].dimensions),
            )
            for a in rows
        ]

    def questionnaire(self, assessment_id: int) -> AnsweredQuestionnaire:
        """An assessment's answers, worded and scored with the version of the questionnaire it was answered with."""
        require(self._actor, Action.SENSITIVE_VIEW)
        with writing(self._sf, self._actor) as session:  # writing: the reveal of the answers is audited
            row = session.get(Assessment, assessment_id)
            if row is None:
                raise NotFound(translate("Errors", "This assessment no longer exists."))
            inst = parse(_definition(session, row.instrument_code, row.instrument_version))
            answers = {str(k): str(v) for k, v in row.answers.items()}
            record_event(session, REVEAL, "assessments", assessment_id, summary="answers shown")
        scores, composite = score(answers, inst)
        questions = []
        for item in inst.items:
            option = next((o for o in item.options if o[0] == answers.get(item.code)), None)
            questions.append(
                AnsweredQuestion(
                    item.code,
                    inst.dimension_label(item.dimension),
                    item.text,
                    option[1] if option else "",
                    option[2] if option else None,
                    item.weight,
                )
            )
        return AnsweredQuestionnaire(inst, tuple(questions), scores, composite)
