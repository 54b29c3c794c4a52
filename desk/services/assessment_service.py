"""The needs assessment: a versioned questionnaire scored per dimension, the success factors the operators
name, the recommended aid levels and needs. Re-administered at follow-up and compared with the baseline."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sqlalchemy import select

from desk.i18n import QT_TRANSLATE_NOOP, current_language, translate
from desk.models.assessment import Assessment
from desk.models.returnee import Case
from desk.paths import RESOURCES
from desk.services.dto import Actor
from desk.services.errors import NotFound, ValidationError
from desk.services.permissions import Action, can, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import clean_text

INSTRUMENT = RESOURCES / "instruments" / "sustainability-v1.toml"
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
class Item:
    code: str
    dimension: str
    text: str
    weight: float
    options: tuple[tuple[str, str, float], ...]  # (code, label, value 0-1)


@dataclass(frozen=True)
class Instrument:
    code: str
    version: int
    name: str
    provisional: bool
    dimensions: tuple[tuple[str, str, float], ...]  # (code, label, weight)
    items: tuple[Item, ...]


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


@lru_cache(maxsize=4)
def _load(language: str) -> Instrument:
    with INSTRUMENT.open("rb") as fh:
        data = tomllib.load(fh)
    head = data["instrument"]
    scales = data["scales"]
    dims = tuple((code, d[f"name_{language}"], float(d["weight"])) for code, d in data["dimensions"].items())
    items = tuple(
        Item(
            i["code"],
            i["dimension"],
            i[language],
            float(i.get("weight", 1.0)),
            tuple((o["code"], o[language], float(o["value"])) for o in scales[i["scale"]]["options"]),
        )
        for i in data["items"]
    )
    return Instrument(
        head["code"], int(head["version"]), head[f"name_{language}"], bool(head.get("provisional")), dims, items
    )


def instrument() -> Instrument:
    return _load("en" if current_language() == "en" else "fr")


def score(answers: dict[str, str], inst: Instrument) -> tuple[dict[str, float], float]:
    """Per dimension, the weighted mean of the recoded answers (0-1); the composite weighs the dimensions."""
    totals: dict[str, list[float]] = {code: [0.0, 0.0] for code, _, _ in inst.dimensions}
    first_item: dict[str, Item] = {}
    for item in inst.items:
        first_item.setdefault(item.dimension, item)
        code = answers.get(item.code)
        if not code:
            continue  # not answered ("does not know", "prefers not to say"): the others' weights are re-normalised
        value = next((v for c, _, v in item.options if c == code), None)
        if value is None:
            raise ValidationError(
                item.code,
                translate("Errors", "Questionnaire: “{answer}” is not an answer to “{question}”.").format(
                    answer=code, question=item.text
                ),
            )
        totals[item.dimension][0] += item.weight * value
        totals[item.dimension][1] += item.weight
    for dim, label, _ in inst.dimensions:
        if totals[dim][1] == 0:
            raise ValidationError(
                first_item[dim].code,
                translate("Errors", "Questionnaire: answer at least one question of the “{dimension}” part.").format(
                    dimension=label
                ),
            )
    scores = {dim: round(total / weight, 2) for dim, (total, weight) in totals.items()}
    composite = round(sum(w * scores[d] for d, _, w in inst.dimensions) / sum(w for _, _, w in inst.dimensions), 2)
    return scores, composite


class AssessmentService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def instrument(self) -> Instrument:
        require(self._actor, Action.CASE_VIEW)
        return instrument()

    def record(self, case_id: int, data: AssessmentInput) -> int:
        """Score and keep an assessment; a registered case becomes assessed."""
        require(self._actor, Action.ASSESSMENT_EDIT)
        inst = instrument()
        scores, composite = score(data.answers, inst)
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
            return row.id

    def history(self, case_id: int) -> list[AssessmentView]:
        """The case's assessments, newest first; answers and notes only for roles that see sensitive data."""
        require(self._actor, Action.CASE_VIEW)
        sensitive = can(self._actor.role, Action.SENSITIVE_VIEW)
        with reading(self._sf) as session:
            rows = session.scalars(
                select(Assessment).where(Assessment.case_id == case_id).order_by(Assessment.id.desc())
            )
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
                )
                for a in rows
            ]
