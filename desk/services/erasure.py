"""Pseudonymising a person on an approved erasure request: what is erased, what is kept, and how.

Erased: every value that tells who the person is or that a person typed about them (names, phones, ID document,
day and month of birth, department and town, household and schooling, relatives, photo, guardian, the free-text
notes of every record of their cases, the payee details of their disbursement requests, the search index text,
intake drafts that hold them). Vulnerabilities (health, trafficking…) are deleted.

Kept, under the pseudonym: sex, birth year, nationality, region, the return, the cases' numbers and statuses,
plans' sectors and budgets, committee decisions and amounts, trainings, visit dates and findings as codes,
assessment scores: what the desk's figures and its funders' past reports were computed from.

Kept unchanged: the ledger entries and the imported statement lines. They are the legal record of public money
(accounting records must be kept for years), ledger entries are append-only and hash-chained (changing a payee's
name or phone would break `desk verify`), and they point to the case by number only.

Every change is made with bulk UPDATEs, not through the ORM's unit of work: the audit listener would otherwise
write each erased value into the (immutable) audit trail as the "old" value. Versions are still incremented, so a
workstation holding the record open gets a conflict instead of writing the identity back.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from desk.i18n import translate
from desk.models.assessment import Assessment
from desk.models.base import Base, Tracked
from desk.models.committee import CommitteeDecision
from desk.models.data_protection import ErasureRequest
from desk.models.employment import JobOffer, Placement
from desk.models.exchange import ImportReview
from desk.models.followup import CaseClosure, Visit
from desk.models.intake import CaseVulnerability, Consent, IntakeDraft, PersonMerge
from desk.models.ledger import DisbursementRequest, LedgerEntry, StatementLine
from desk.models.operator import Designation
from desk.models.plan import Plan
from desk.models.referral import Referral
from desk.models.returnee import Case, Person
from desk.services.ledger_rules import PENDING
from desk.services.person_search import search_text
from desk.services.phones import phone_digits
from desk.services.validation import fold

PREFIX = "ANONYMISÉ"
ENDED = ("closed", "rejected")
PHONE_TAIL = 8  # digits compared: enough to tell numbers apart, whatever the prefix typed
_WORD = re.compile(r"\w+")
_PHONE_LIKE = re.compile(r"\+?\d[\d .-]{5,}\d")


def pseudonym_for(case_number: str) -> str:
    """ANONYMISÉ-<8 hex digits of the case number's SHA-256>: stable, short, and no more telling than the case
    number itself, which stays on the case and in the ledger."""
    return f"{PREFIX}-{hashlib.sha256(case_number.encode('utf-8')).hexdigest()[:8].upper()}"


def person_ids(session: Session, person_id: int) -> list[int]:
    """The person and every duplicate record merged into them (directly or through another merge)."""
    found, todo = [person_id], [person_id]
    while todo:
        merged = list(session.scalars(select(Person.id).where(Person.merged_into_id.in_(todo))))
        todo = [p for p in merged if p not in found]
        found += todo
    return found


def pending_payment(session: Session, person_ids: Sequence[int]) -> bool:
    """A disbursement request of these persons' cases waits for approval or payment."""
    cases = select(Case.id).where(Case.person_id.in_(person_ids))
    return bool(
        session.scalar(
            select(DisbursementRequest.id)
            .where(DisbursementRequest.case_id.in_(cases), DisbursementRequest.status.in_(PENDING))
            .limit(1)
        )
    )


def pending_payment_message() -> str:
    return translate(
        "DataProtection", "A payment is pending on this person's cases: it must be paid, rejected or cancelled first."
    )


def blockers(session: Session, person_id: int) -> list[str]:
    """Why the person cannot be erased now (empty: they can)."""
    person = session.get(Person, person_id)
    if person is None:
        return [translate("DataProtection", "This person no longer exists.")]
    if person.pseudonymised_at is not None:
        return [translate("DataProtection", "This person has already been pseudonymised.")]
    if person.merged_into_id is not None:
        return [
            translate(
                "DataProtection",
                "This record was merged into another since the request: refuse it and record a new one on the case.",
            )
        ]
    ids = person_ids(session, person_id)
    reasons = [pending_payment_message()] if pending_payment(session, ids) else []
    open_numbers = list(
        session.scalars(
            select(Case.number).where(Case.person_id.in_(ids), Case.status.not_in(ENDED)).order_by(Case.number)
        )
    )
    if open_numbers:
        reasons.append(
            translate("DataProtection", "Cases still open (a manager closes them first): {numbers}.").format(
                numbers=", ".join(open_numbers)
            )
        )
    return reasons


class _Eraser:
    """One execution: bulk UPDATEs stamped with a new version, when and by whom; rows counted per kind."""

    def __init__(self, session: Session, now: datetime, user_id: int | None) -> None:
        self.session, self.now, self.user_id = session, now, user_id
        self.changed: dict[str, int] = {}

    def _stamped(self, model: type[Base], values: dict[str, Any]) -> dict[str, Any]:
        if issubclass(model, Tracked):
            return values | {"version": model.version + 1, "updated_at": self.now, "updated_by_id": self.user_id}
        return values

    def set(self, kind: str, model: type[Base], where: ColumnElement[bool], values: dict[str, Any]) -> int:
        result = self.session.execute(
            update(model).where(where).values(self._stamped(model, values)),
            execution_options={"synchronize_session": False},
        )
        return self._count(kind, result)

    def clear(
        self,
        kind: str,
        model: type[Base],
        where: ColumnElement[bool],
        columns: Sequence[InstrumentedAttribute[Any]],
        replacement: dict[str, Any] | None = None,
    ) -> int:
        """Empty `columns` (or put `replacement` in them) on the rows matching `where` that still hold something."""
        holding = or_(*(c.is_not(None) for c in columns))
        return self.set(kind, model, and_(where, holding), {c.key: None for c in columns} | (replacement or {}))

    def delete(self, kind: str, model: type[Base], where: ColumnElement[bool]) -> int:
        return self._count(kind, self.session.execute(delete(model).where(where)))

    def _count(self, kind: str, result: Any) -> int:
        count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            self.changed[kind] = self.changed.get(kind, 0) + count
        return count


@dataclass(frozen=True)
class Identity:
    """What identifies the persons being erased, to find it in free text: folded name words (3 letters or more),
    phone tails and document numbers."""

    words: frozenset[str]
    phones: frozenset[str]
    documents: frozenset[str]

    @classmethod
    def of(cls, persons: Iterable[Person]) -> Identity:
        words: set[str] = set()
        phones: set[str] = set()
        documents: set[str] = set()
        for p in persons:
            for name in (p.family_name, p.given_names, p.relative_name):
                words.update(w for w in _WORD.findall(fold(name or "")) if len(w) >= 3)
            for phone in (p.phone, p.phone_alt, p.relative_phone):
                digits = phone_digits(phone or "")
                if len(digits) >= PHONE_TAIL:
                    phones.add(digits[-PHONE_TAIL:])
            if p.id_document_number and len(p.id_document_number.strip()) >= 4:
                documents.add(fold(p.id_document_number.strip()))
        return cls(frozenset(words), frozenset(phones), frozenset(documents))

    def scrub(self, text: str, pseudonym: str) -> str:
        """The text with these names, phones and document numbers replaced by the pseudonym."""
        for document in self.documents:
            text = re.sub(re.escape(document), pseudonym, text, flags=re.IGNORECASE)
        text = _PHONE_LIKE.sub(
            lambda m: pseudonym if phone_digits(m.group())[-PHONE_TAIL:] in self.phones else m.group(), text
        )
        return _WORD.sub(lambda m: pseudonym if fold(m.group()) in self.words else m.group(), text)

    def in_draft(self, data: dict[str, Any], person_ids: Sequence[int]) -> bool:
        """An intake draft about one of these persons: same names, phone or document number, or resuming them."""
        if data.get("existing_person_id") in person_ids:
            return True
        family = {w for w in _WORD.findall(fold(str(data.get("family_name") or ""))) if len(w) >= 3}
        given = {w for w in _WORD.findall(fold(str(data.get("given_names") or ""))) if len(w) >= 3}
        if family and family <= self.words and given <= self.words:
            return True
        digits = phone_digits(str(data.get("phone") or ""))
        if len(digits) >= PHONE_TAIL and digits[-PHONE_TAIL:] in self.phones:
            return True
        return fold(str(data.get("id_document_number") or "").strip()) in self.documents


@dataclass(frozen=True)
class Erased:
    changed: dict[str, int]  # kind of record -> rows pseudonymised, cleared or deleted
    persons: int
    cases: int
    kept_ledger_entries: int
    kept_statement_lines: int


def pseudonymise(
    session: Session, person_id: int, pseudonym: str, request_id: int, now: datetime, user_id: int | None
) -> Erased:
    """Erase the person and their merged duplicates in this transaction (see the module's docstring)."""
    eraser = _Eraser(session, now, user_id)
    ids = person_ids(session, person_id)
    persons = list(session.scalars(select(Person).where(Person.id.in_(ids))))
    identity = Identity.of(persons)
    case_ids = list(session.scalars(select(Case.id).where(Case.person_id.in_(ids))))
    numbers = list(session.scalars(select(Case.number).where(Case.id.in_(case_ids)).order_by(Case.id)))
    marker = translate("DataProtection", "Erased on request no. {id}").format(id=request_id)
    for p in persons:
        values = dict.fromkeys(ERASED_PERSON_FIELDS) | {
            "family_name": pseudonym,
            "given_names": "",
            "birth_year": p.birth_date.year if p.birth_date else p.birth_year,
            # the index finds the record by its case numbers only (its persons_fts row follows by trigger)
            "search_text": search_text(pseudonym, *(numbers if p.id == person_id else ())),
            "pseudonymised_at": now,
        }
        eraser.set("persons", Person, Person.id == p.id, values)
    _erase_consents(eraser, ids, marker)
    _erase_case_records(eraser, case_ids, marker)
    eraser.clear(
        "merges",
        PersonMerge,
        or_(PersonMerge.kept_id.in_(ids), PersonMerge.merged_id.in_(ids)),
        [PersonMerge.reason],
        {"reason": marker},
    )
    drafts = [d.id for d in session.scalars(select(IntakeDraft)) if identity.in_draft(dict(d.data or {}), ids)]
    if drafts:
        eraser.delete("intake_drafts", IntakeDraft, IntakeDraft.id.in_(drafts))
    # The requests keep their reason (it justifies the erasure) with the person's identity taken out of it.
    for row in session.execute(
        select(ErasureRequest.id, ErasureRequest.reason, ErasureRequest.decision_reason).where(
            ErasureRequest.person_id.in_(ids)
        )
    ).all():
        session.execute(
            update(ErasureRequest)
            .where(ErasureRequest.id == row.id)
            .values(
                reason=identity.scrub(row.reason, pseudonym),
                decision_reason=identity.scrub(row.decision_reason, pseudonym) if row.decision_reason else None,
            ),
            execution_options={"synchronize_session": False},
        )
    on_cases = LedgerEntry.case_id.in_(case_ids)
    kept_entries = session.scalar(select(func.count()).select_from(LedgerEntry).where(on_cases)) or 0
    kept_lines = (
        session.scalar(
            select(func.count())
            .select_from(StatementLine)
            .join(LedgerEntry, LedgerEntry.id == StatementLine.entry_id)
            .where(on_cases)
        )
        or 0
    )
    return Erased(eraser.changed, len(persons), len(case_ids), int(kept_entries), int(kept_lines))


# Emptied on the person (names, sex, birth year, nationality and region are set or kept by pseudonymise).
ERASED_PERSON_FIELDS = (
    "birth_date",
    "phone",
    "phone_alt",
    "id_document_type",
    "id_document_number",
    "department_id",
    "town",
    "marital_status",
    "dependants",
    "household_size",
    "education_level",
    "languages",
    "occupation_before",
    "skills",
    "relative_name",
    "relative_phone",
    "photo",
)


def _erase_consents(eraser: _Eraser, ids: Sequence[int], marker: str) -> None:
    """The guardian's identity goes; any consent still in force is withdrawn (nothing about the pseudonym is
    shared from now on); earlier withdrawal reasons, free text, give way to the marker."""
    mine = Consent.person_id.in_(ids)
    eraser.clear("consents", Consent, mine, [Consent.guardian_name, Consent.guardian_relation])
    eraser.set(
        "consents_withdrawn",
        Consent,
        and_(mine, Consent.withdrawn_at.is_(None)),
        {"withdrawn_at": eraser.now, "withdrawn_reason": marker[:300]},
    )
    eraser.set(
        "consents", Consent, and_(mine, Consent.withdrawn_reason != marker[:300]), {"withdrawn_reason": marker[:300]}
    )


def _erase_case_records(eraser: _Eraser, case_ids: Sequence[int], marker: str) -> None:
    """Free text about the person in every record of their cases; vulnerabilities; payee details."""
    eraser.clear("cases", Case, Case.id.in_(case_ids), [Case.notes, Case.vulnerability_notes])
    eraser.delete("vulnerabilities", CaseVulnerability, CaseVulnerability.case_id.in_(case_ids))
    eraser.clear("assessments", Assessment, Assessment.case_id.in_(case_ids), [Assessment.notes])
    eraser.clear("visits", Visit, Visit.case_id.in_(case_ids), [Visit.reason, Visit.problems, Visit.advice])
    eraser.clear("closures", CaseClosure, CaseClosure.case_id.in_(case_ids), [CaseClosure.note])
    eraser.clear(
        "referrals", Referral, Referral.case_id.in_(case_ids), [Referral.reason, Referral.outcome], {"reason": marker}
    )
    eraser.clear(
        "plans",
        Plan,
        Plan.case_id.in_(case_ids),
        [Plan.place, Plan.description, Plan.relevance, Plan.experience, Plan.feasibility],
    )
    eraser.clear(
        "committee_decisions",
        CommitteeDecision,
        CommitteeDecision.case_id.in_(case_ids),
        [CommitteeDecision.comment, CommitteeDecision.conditions],
    )
    eraser.clear(
        "designations", Designation, Designation.case_id.in_(case_ids), [Designation.reason, Designation.ended_reason]
    )
    for model in (JobOffer, Placement):
        eraser.clear("employers", model, model.case_id.in_(case_ids), [model.employer], {"employer": marker})
    eraser.clear(
        "disbursement_requests",
        DisbursementRequest,
        DisbursementRequest.case_id.in_(case_ids),
        [
            DisbursementRequest.phone,
            DisbursementRequest.bank_account,
            DisbursementRequest.proxy_name,
            DisbursementRequest.proxy_id_document,
            DisbursementRequest.note,
            DisbursementRequest.decision_reason,
        ],
    )
    eraser.set("import_reviews", ImportReview, ImportReview.case_id.in_(case_ids), {"values": {}})
