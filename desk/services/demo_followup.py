"""The demonstration desk's follow-up: the monitoring visits of every approved plan, the past ones recorded with
a realistic mix (mostly done, some missed or unreachable, a few left overdue), a case or two closed."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.models.account import User
from desk.models.committee import CommitteeDecision, CommitteeSession
from desk.models.followup import CaseClosure, Visit
from desk.models.returnee import Case
from desk.services.followup_rules import generate_visits

PROBLEMS = (
    "Clientèle irrégulière en saison des pluies",
    "Fournisseur de poussins en rupture",
    "Loyer du local augmenté",
    "",
    "",
)
ADVICE = (
    "Tenir un cahier de caisse quotidien",
    "Diversifier les produits vendus",
    "Rencontrer la coopérative locale",
    "",
)


def add_demo_followup(session: Session, rng: random.Random) -> int:
    """Generate and record visits; returns how many visits the demo holds."""
    agent = session.scalar(select(User.id).where(User.username == "agent"))
    today = date.today()
    decisions = session.execute(
        select(CommitteeDecision.case_id, CommitteeSession.held_on)
        .join(CommitteeSession, CommitteeSession.id == CommitteeDecision.session_id)
        .where(CommitteeDecision.decision == "approved")
        .order_by(CommitteeDecision.case_id)
    ).all()
    count = 0
    for case_id, held_on in decisions:
        case = session.get(Case, case_id)
        if case is None or case.status == "closed":
            continue
        # The year starts when the project does: a few weeks after the committee, at the first instalment.
        count += generate_visits(session, case, held_on + timedelta(days=rng.randrange(7, 60)))
    session.flush()
    for visit in session.scalars(select(Visit).where(Visit.kind == "phone", Visit.assigned_user_id.is_(None))):
        visit.assigned_user_id = agent  # demo cases were not registered by a person: the demo agent calls
    for visit in session.scalars(select(Visit).where(Visit.due_on < today, Visit.status == "planned")):
        roll = rng.random()
        if roll < 0.15:
            continue  # left overdue: the calendar and the home screens must show them
        outcome = "done" if roll < 0.8 else "missed" if roll < 0.92 else "unreachable"
        visit.status = visit.outcome = outcome
        visit.done_on = min(today, visit.due_on + timedelta(days=rng.randrange(0, 6)))
        visit.recorded_by_id = agent
        if outcome == "done":
            visit.project_status = rng.choices(("running", "struggling", "suspended"), (70, 22, 8))[0]
            visit.income_band = rng.choice(("low", "medium", "medium", "high"))
            visit.jobs_created = rng.choice((0, 0, 1, 1, 2, 3))
            visit.employment_status = "self_employed"
            visit.problems = rng.choice(PROBLEMS) or None
            visit.advice = rng.choice(ADVICE) or None
            case = session.get(Case, visit.case_id)
            if case is not None and case.status in ("approved", "training", "disbursing"):
                case.status = "monitoring"
    # One case whose person re-migrated: closed, its future visits cancelled.
    first = session.scalar(select(Visit).where(Visit.status == "done").order_by(Visit.id).limit(1))
    if first is not None:
        case = session.get(Case, first.case_id)
        assert case is not None
        session.add(
            CaseClosure(
                case_id=case.id,
                action="close",
                reason="remigrated",
                note="La famille indique un départ vers l'Europe.",
                status_before=case.status,
            )
        )
        case.status = "closed"
        for visit in session.scalars(select(Visit).where(Visit.case_id == case.id, Visit.status == "planned")):
            visit.status, visit.reason = "cancelled", "Dossier clôturé : personne repartie."
    return count
