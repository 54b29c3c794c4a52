"""The agent's home screen, read inside the caller's transaction: their visits of the day and overdue, their unfinished
intakes, referrals past due, and open cases without consent in force. Every count is one COUNT in the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from desk.i18n import current_language, translate
from desk.models.followup import Visit
from desk.models.intake import Consent, IntakeDraft
from desk.models.reference import Institution
from desk.models.referral import Referral
from desk.models.returnee import Case, Person
from desk.services.home_common import count_of, full_name
from desk.services.home_dto import AgentHome, Capped, ConsentItem, DraftItem, ReferralItem, VisitItem
from desk.services.labels import label
from desk.services.referral_service import OPEN, STATUS_LABELS


def consent_problem(problem: str) -> str:
    """The words for why a case has no consent in force."""
    if problem == "none":
        return translate("Home", "No consent recorded")
    if problem == "withdrawn":
        return translate("Home", "Consent withdrawn")
    return translate("Home", "Processing of data not consented")


def _visits(session: Session, where: list[ColumnElement[bool]], limit: int) -> Capped[VisitItem]:
    total = count_of(session, select(func.count()).select_from(Visit).where(*where))
    if not total:
        return Capped((), 0)
    rows = session.execute(
        select(Visit.id, Visit.case_id, Case.number, Person.family_name, Person.given_names, Visit.due_on, Visit.kind)
        .add_columns(Visit.month)
        .join(Case, Case.id == Visit.case_id)
        .join(Person, Person.id == Case.person_id)
        .where(*where)
        .order_by(Visit.due_on, Visit.id)
        .limit(limit)
    ).all()
    items = tuple(
        VisitItem(i, case_id, number, full_name(family, given), due, kind, label("visit_kind", kind), month)
        for i, case_id, number, family, given, due, kind, month in rows
    )
    return Capped(items, total)


def _drafts(session: Session, user_id: int, limit: int) -> Capped[DraftItem]:
    total = count_of(session, select(func.count()).select_from(IntakeDraft).where(IntakeDraft.agent_id == user_id))
    if not total:
        return Capped((), 0)
    rows = session.execute(
        select(IntakeDraft.id, IntakeDraft.label, IntakeDraft.updated_at)
        .where(IntakeDraft.agent_id == user_id)
        .order_by(IntakeDraft.updated_at.desc(), IntakeDraft.id.desc())
        .limit(limit)
    ).all()
    return Capped(tuple(DraftItem(i, text, at) for i, text, at in rows), total)


def _referrals(session: Session, today: date, limit: int) -> Capped[ReferralItem]:
    where = [Referral.due_on < today, Referral.status.in_(OPEN)]
    total = count_of(session, select(func.count()).select_from(Referral).where(*where))
    if not total:
        return Capped((), 0)
    english = current_language() == "en"
    rows = session.execute(
        select(
            Referral.id,
            Referral.case_id,
            Case.number,
            Person.family_name,
            Person.given_names,
            Institution.name_en if english else Institution.name_fr,
            Referral.sent_on,
            Referral.due_on,
            Referral.status,
        )
        .join(Case, Case.id == Referral.case_id)
        .join(Person, Person.id == Case.person_id)
        .join(Institution, Institution.id == Referral.institution_id)
        .where(*where)
        .order_by(Referral.due_on, Referral.id)
        .limit(limit)
    ).all()
    items = tuple(
        ReferralItem(
            i,
            case_id,
            number,
            full_name(family, given),
            institution,
            sent,
            due,
            status,
            translate("Referrals", STATUS_LABELS.get(status, status)),
        )
        for i, case_id, number, family, given, institution, sent, due, status in rows
        if due is not None
    )
    return Capped(items, total)


def _consent_missing(session: Session, limit: int) -> Capped[ConsentItem]:
    """Open cases whose person's latest consent is missing, refused for processing, or withdrawn (the rule
    desk.services.consent applies before anything is shared)."""
    latest = (
        select(Consent.id)
        .where(Consent.person_id == Case.person_id)
        .order_by(Consent.id.desc())
        .limit(1)
        .correlate(Case)
        .scalar_subquery()
    )
    missing = or_(Consent.id.is_(None), Consent.processing.is_(False), Consent.withdrawn_at.is_not(None))
    where = [Case.status != "closed", missing]
    total = count_of(
        session, select(func.count()).select_from(Case).outerjoin(Consent, Consent.id == latest).where(*where)
    )
    if not total:
        return Capped((), 0)
    rows = session.execute(
        select(
            Case.id,
            Case.number,
            Person.family_name,
            Person.given_names,
            Case.status,
            Consent.id,
            Consent.withdrawn_at,
        )
        .join(Person, Person.id == Case.person_id)
        .outerjoin(Consent, Consent.id == latest)
        .where(*where)
        .order_by(Case.id.desc())
        .limit(limit)
    ).all()
    items = []
    for case_id, number, family, given, status, consent_id, withdrawn_at in rows:
        problem = "none" if consent_id is None else "withdrawn" if withdrawn_at is not None else "not_given"
        items.append(
            ConsentItem(
                case_id,
                number,
                full_name(family, given),
                status,
                problem,
                consent_problem(problem),
            )
        )
    return Capped(tuple(items), total)


def agent_home(session: Session, user_id: int, today: date, limit: int) -> AgentHome:
    mine = [Visit.assigned_user_id == user_id, Visit.status == "planned"]
    return AgentHome(
        today,
        _visits(session, [*mine, Visit.due_on == today], limit),
        _visits(session, [*mine, Visit.due_on < today], limit),
        _drafts(session, user_id, limit),
        _referrals(session, today, limit),
        _consent_missing(session, limit),
    )
