"""Which operators fit a case best, and why, in words. Pure functions: tested on constructed cases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.validation import fold

AID_LABELS = {
    "social": QT_TRANSLATE_NOOP("Operators", "social reintegration"),
    "employment": QT_TRANSLATE_NOOP("Operators", "employment"),
    "business": QT_TRANSLATE_NOOP("Operators", "business creation"),
}


@dataclass(frozen=True)
class OperatorFacts:
    id: int
    name: str
    active: bool
    agreement_end: date | None
    regions: frozenset[str]
    departments: frozenset[str]
    sectors: frozenset[str]
    aid_levels: frozenset[str]
    capacity: int


@dataclass(frozen=True)
class CaseFacts:
    region: str | None  # code
    department: str | None  # code
    place_name: str  # "Douala (Wouri)", for the reasons
    sectors: frozenset[str]  # sector codes of the plan, or guessed from the person's former trade
    aid_levels: frozenset[str]  # what the case's programme funds


@dataclass(frozen=True)
class Suggestion:
    operator_id: int
    name: str
    score: int
    load: int
    capacity: int
    at_capacity: bool
    eligible: bool
    reasons: tuple[str, ...]


def eligibility(operator: OperatorFacts, today: date) -> str | None:
    """Why this operator cannot be designated at all, or None."""
    if not operator.active:
        return translate("Operators", "inactive")
    if operator.agreement_end is not None and operator.agreement_end < today:
        return translate("Operators", "agreement expired on {date}").format(
            date=operator.agreement_end.strftime("%d/%m/%Y")
        )
    return None


def rank(case: CaseFacts, operators: Iterable[OperatorFacts], loads: dict[int, int], today: date) -> list[Suggestion]:
    """Best fit first: coverage of the place (40), sector (20), aid level (15), spare capacity (25)."""
    suggestions = []
    for op in operators:
        reasons: list[str] = []
        score = 0.0
        if case.department and case.department in op.departments:
            score += 40
            reasons.append(translate("Operators", "covers {place}").format(place=case.place_name))
        elif case.region and case.region in op.regions:
            score += 30
            reasons.append(translate("Operators", "covers the region of {place}").format(place=case.place_name))
        else:
            reasons.append(translate("Operators", "does not cover {place}").format(place=case.place_name or "?"))
        common_sectors = case.sectors & op.sectors
        if common_sectors:
            score += 20
            reasons.append(translate("Operators", "coaches this sector"))
        common_levels = case.aid_levels & op.aid_levels if case.aid_levels else op.aid_levels
        if common_levels:
            score += 15
            levels = ", ".join(
                translate("Operators", AID_LABELS[lv]) for lv in sorted(common_levels) if lv in AID_LABELS
            )
            reasons.append(translate("Operators", "handles {levels}").format(levels=levels))
        load = loads.get(op.id, 0)
        at_capacity = load >= op.capacity
        if at_capacity:
            reasons.append(
                translate("Operators", "at capacity ({load}/{capacity})").format(load=load, capacity=op.capacity)
            )
        else:
            score += 25 * (1 - load / op.capacity) if op.capacity else 0
            reasons.append(translate("Operators", "{load}/{capacity} cases").format(load=load, capacity=op.capacity))
        why_not = eligibility(op, today)
        if why_not:
            reasons.insert(0, why_not)
        suggestions.append(
            Suggestion(
                op.id, op.name, int(round(score)), load, op.capacity, at_capacity, why_not is None, tuple(reasons)
            )
        )
    # Eligible first, then those with room, then by score; the name breaks ties so the order is stable.
    return sorted(suggestions, key=lambda s: (not s.eligible, s.at_capacity, -s.score, s.name))


def sectors_for_trade(trade: str | None, sectors: Sequence[tuple[str, Sequence[str]]]) -> frozenset[str]:
    """Sector codes whose names or value chains share a word with the person's former trade."""
    words = {w for w in fold(trade or "").replace("-", " ").split() if len(w) >= 4}
    if not words:
        return frozenset()
    found = set()
    for code, names in sectors:
        vocabulary = {
            w for name in names for w in fold(name).replace("-", " ").replace(",", " ").split() if len(w) >= 4
        }
        if any(word[:5] == other[:5] for word in words for other in vocabulary):
            found.add(code)
    return frozenset(found)
