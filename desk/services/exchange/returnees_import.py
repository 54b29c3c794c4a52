"""Importing returnees (arrival lists of a charter flight, donors' rosters): read and check every row, find the
rows already imported and the persons maybe already registered, then apply the good rows in one transaction.

Duplicates against the registry are found on exact keys (accent-folded names + date of birth, phone, ID number)
loaded once for the whole file, so 50,000 rows are checked in a second; a possible duplicate goes to a review
list, never merged silently. Every row imported leaves its fingerprint: importing the same rows again creates
nothing and says when and by whom they first came.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.base import utcnow
from desk.models.exchange import ImportBatch, ImportedRow, ImportReview
from desk.models.intake import Consent
from desk.models.reference import Country, Programme, Region
from desk.models.returnee import Case, Counter, Person
from desk.models.setting import DeskSetting
from desk.services.case_numbers import next_value
from desk.services.desk_service import COUNTRY
from desk.services.errors import ValidationError
from desk.services.exchange.bulk import bulk_insert, search_index_in_bulk, table_of
from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import ImportRow
from desk.services.exchange.reference_codes import reference_aliases, reference_codes
from desk.services.exchange.row_import import ImportCheck, Possible, RowImport
from desk.services.labels import CODES, label
from desk.services.person_search import search_text
from desk.services.progress import CancelToken
from desk.services.uow import reading, writing
from desk.services.validation import fold

KIND = "returnees"


def returnee_columns(session: Session) -> tuple[ColumnSpec, ...]:
    """The columns of a returnee workbook; coded columns take the desk's reference lists."""

    def ref(model: Any) -> dict[str, str]:
        return reference_codes(session, model)

    def aliases(model: Any) -> dict[str, str]:
        return reference_aliases(session, model)

    return (
        ColumnSpec(
            "family_name",
            Kind.TEXT,
            "Nom",
            "Family name",
            True,
            ("Nom de famille", "Surname", "Last name"),
            ("#affected+name+family",),
            max_length=120,
            example="NGONO",
        ),
        ColumnSpec(
            "given_names",
            Kind.TEXT,
            "Prénoms",
            "Given names",
            True,
            ("Prénom", "First name", "First names"),
            ("#affected+name+given",),
            max_length=160,
            example="Aïcha",
        ),
        ColumnSpec(
            "sex",
            Kind.CODE,
            "Sexe",
            "Sex",
            True,
            ("Genre", "Gender"),
            ("#affected+sex", "#gender"),
            codes=_labelled("sex"),
            code_aliases={"femme": "F", "female": "F", "homme": "M", "male": "M", "h": "M", "autre": "X"},
        ),
        ColumnSpec(
            "birth_date",
            Kind.DATE,
            "Date de naissance",
            "Date of birth",
            False,
            ("Né(e) le", "DOB", "Birth date"),
            ("#date+birth",),
            past_only=True,
            example="12/03/1998",
        ),
        ColumnSpec(
            "nationality",
            Kind.CODE,
            "Nationalité",
            "Nationality",
            False,
            ("Pays de nationalité",),
            ("#country+code+nationality",),
            codes={**ref(Country), "CM": "Cameroun", "TG": "Togo", "TN": "Tunisie"},
            code_aliases=aliases(Country),
        ),
        ColumnSpec(
            "phone",
            Kind.PHONE,
            "Téléphone",
            "Phone",
            False,
            ("Numéro de téléphone", "Tel", "Mobile"),
            ("#contact+phone",),
        ),
        ColumnSpec(
            "id_document_number",
            Kind.ID_NUMBER,
            "N° de pièce d'identité",
            "ID number",
            False,
            ("Numéro CNI", "Passport number", "N° passeport", "ID"),
            ("#meta+id",),
            max_length=64,
        ),
        ColumnSpec(
            "region",
            Kind.CODE,
            "Région",
            "Region",
            False,
            ("Région d'installation",),
            ("#adm1+name", "#adm1+code"),
            codes=ref(Region),
            code_aliases=aliases(Region),
        ),
        ColumnSpec(
            "town",
            Kind.TEXT,
            "Ville",
            "Town",
            False,
            ("Localité", "Commune", "City", "Ville ou commune", "Town or city"),
            ("#adm3+name", "#loc+name"),
            max_length=120,
        ),
        ColumnSpec(
            "return_date",
            Kind.DATE,
            "Date de retour",
            "Return date",
            True,
            ("Date d'arrivée", "Arrival date"),
            ("#date+return", "#date+arrival"),
            past_only=True,
        ),
        ColumnSpec(
            "returned_from",
            Kind.CODE,
            "Pays de retour",
            "Returned from",
            False,
            ("Pays de provenance", "Country of departure"),
            ("#country+code+origin",),
            codes=ref(Country),
            code_aliases=aliases(Country),
        ),
        ColumnSpec(
            "return_type",
            Kind.CODE,
            "Type de retour",
            "Return type",
            False,
            (),
            ("#indicator+return_type",),
            codes=_labelled("return_type"),
            code_aliases={source: code for code, source in CODES["return_type"].items()},
        ),
        ColumnSpec(
            "programme",
            Kind.CODE,
            "Programme",
            "Programme",
            False,
            ("Projet",),
            ("#activity+programme",),
            codes=ref(Programme),
            code_aliases=aliases(Programme),
        ),
        ColumnSpec(
            "arrival_group",
            Kind.TEXT,
            "Groupe d'arrivée",
            "Arrival group",
            False,
            ("Vol", "Flight", "Charter"),
            ("#group+arrival",),
            max_length=80,
        ),
        ColumnSpec(
            "consent", Kind.BOOL, "Consentement", "Consent", False, ("Consentement au traitement",), ("#meta+consent",)
        ),
    )


ReturneeCheck = ImportCheck  # the name the rest of the code knew first


@dataclass(frozen=True)
class ReviewView:
    id: int
    source: str  # the file
    row_no: int
    name_in_file: str
    person_id: int
    registered_name: str
    reasons: str
    status: str


@dataclass(frozen=True)
class _StoredRow:
    """A row kept for review, given back to the same insert as the file's rows."""

    number: int
    values: dict[str, Any]


def _typed(values: dict[str, Any]) -> dict[str, Any]:
    """The review's stored texts back to values: dates from ISO text, consent from its flag."""
    typed: dict[str, Any] = {k: (v or None) for k, v in values.items()}
    for key in ("birth_date", "return_date"):
        if typed.get(key):
            typed[key] = date.fromisoformat(str(typed[key]))
    typed["consent"] = str(values.get("consent", "")) == "True"
    return typed


def _name_key(family: str, given: str, birth: date | None) -> str:
    return f"{fold(family)}|{fold(given)}|{birth.isoformat() if birth else ''}"


class ReturneeImport(RowImport):
    KIND = KIND

    def specs(self, session: Session) -> tuple[ColumnSpec, ...]:
        return returnee_columns(session)

    def title(self) -> str:
        return translate("Import", "Returnees")

    def validate(self, session: Session, check: ImportCheck, rows: Sequence[ImportRow]) -> None:
        self._find_registered(session, check, rows)

    @staticmethod
    def _find_registered(session: Session, check: ImportCheck, rows: Sequence[ImportRow]) -> None:
        """Exact keys of the whole registry, loaded once: folded names + birth date, phone, ID number."""
        if not rows:
            return
        by_name: dict[str, int] = {}
        by_phone: dict[str, int] = {}
        by_id: dict[str, int] = {}
        people = session.execute(
            select(
                Person.id,
                Person.family_name,
                Person.given_names,
                Person.birth_date,
                Person.phone,
                Person.id_document_number,
            ).where(Person.merged_into_id.is_(None))
        )
        for pid, family, given, birth, phone, id_number in people:
            by_name.setdefault(_name_key(family, given, birth), pid)
            if phone:
                by_phone.setdefault(phone, pid)
            if id_number:
                by_id.setdefault(id_number.strip().upper(), pid)
        found: dict[int, tuple[int, list[str]]] = {}
        for row in rows:
            v = row.values
            reasons: list[str] = []
            match: int | None = None
            wanted = str(v.get("id_document_number") or "").strip().upper()
            if wanted and wanted in by_id:
                match = by_id[wanted]
                reasons.append(translate("Import", "same ID number"))
            born = v.get("birth_date")
            key = _name_key(str(v["family_name"]), str(v["given_names"]), born if isinstance(born, date) else None)
            if key in by_name and (match is None or by_name[key] == match):
                match = by_name[key]
                reasons.append(translate("Import", "same names and date of birth"))
            number = str(v.get("phone") or "")
            if number and number in by_phone and (match is None or by_phone[number] == match):
                match = by_phone[number]
                reasons.append(translate("Import", "same phone"))
            if match is not None:
                found[row.number] = (match, reasons)
        if not found:
            return
        ids = sorted({pid for pid, _ in found.values()})
        withdrawn: dict[int, datetime] = {}
        names: dict[int, tuple[str, str]] = {}
        numbers: dict[int, str] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            for pid, family, given in session.execute(
                select(Person.id, Person.family_name, Person.given_names).where(Person.id.in_(chunk))
            ):
                names[pid] = (family, given)
            for pid, number in session.execute(
                select(Case.person_id, func.max(Case.number)).where(Case.person_id.in_(chunk)).group_by(Case.person_id)
            ):
                numbers[pid] = number
            latest = (
                select(Consent.person_id, func.max(Consent.id).label("last"))
                .where(Consent.person_id.in_(chunk))
                .group_by(Consent.person_id)
                .subquery()
            )
            for pid, at in session.execute(
                select(Consent.person_id, Consent.withdrawn_at).join(latest, latest.c.last == Consent.id)
            ):
                if at is not None:
                    withdrawn[pid] = at
        for row_no, (pid, reasons) in found.items():
            if pid in withdrawn:
                check.withdrawn[row_no] = translate(
                    "Import",
                    "Row {row}: this person withdrew their consent on {date}; their data is not imported.",
                ).format(row=row_no, date=withdrawn[pid].astimezone().strftime("%d/%m/%Y"))
                continue
            family, given = names.get(pid, ("", ""))
            check.possible.append(
                Possible(row_no, pid, numbers.get(pid, ""), f"{family.upper()} {given}", ", ".join(reasons))
            )

    def insert(
        self, session: Session, check: ImportCheck, rows: list[ImportRow], cancel: CancelToken
    ) -> list[int | None]:
        country = (session.get(DeskSetting, COUNTRY) or DeskSetting(value="CM")).value or "CM"
        return list(self._insert(session, rows, country, cancel))

    def after_insert(self, session: Session, check: ImportCheck, batch: ImportBatch) -> None:
        """The possible duplicates wait in the review list with their values, never merged silently."""
        by_number = {r.number: r for r in check.result.good_rows()}
        for possible in check.possible:
            session.add(
                ImportReview(
                    batch_id=batch.id,
                    row_no=possible.row_no,
                    row_hash=check.hashes[possible.row_no],
                    values={k: _text(v) for k, v in by_number[possible.row_no].values.items()},
                    candidate_person_id=possible.person_id,
                    reasons=possible.reasons,
                )
            )

    def _insert(self, session: Session, rows: list[ImportRow], country: str, cancel: CancelToken) -> list[int]:
        """Persons, cases (numbers drawn as one block) and consents, in bulk."""
        if not rows:
            return []
        year = date.today().year
        counter = f"case:{country}:{year}"
        first = next_value(session, counter)  # takes the counter's lock, then reserves the whole block
        session.execute(update(Counter).where(Counter.name == counter).values(value=Counter.value + len(rows) - 1))
        person_id = (session.scalar(select(func.max(Person.id))) or 0) + 1
        case_id = (session.scalar(select(func.max(Case.id))) or 0) + 1
        now = utcnow()
        refs = {
            "region": dict(session.execute(select(Region.code, Region.id)).all()),
            "programme": dict(session.execute(select(Programme.code, Programme.id)).all()),
        }
        persons, cases, consents, case_ids = [], [], [], []
        for offset, row in enumerate(rows):
            if offset % 2000 == 0:
                cancel.check()
            v = row.values
            pid, cid = person_id + offset, case_id + offset
            birth = v.get("birth_date")
            persons.append(
                {
                    "id": pid,
                    "family_name": str(v["family_name"]).upper(),
                    "given_names": str(v["given_names"]),
                    "sex": v["sex"],
                    "birth_date": birth,
                    "nationality": v.get("nationality") or country,
                    "phone": v.get("phone"),
                    "id_document_number": v.get("id_document_number"),
                    "region_id": refs["region"].get(str(v.get("region"))) if v.get("region") else None,
                    "town": v.get("town"),
                    "search_text": search_text(
                        str(v["family_name"]),
                        str(v["given_names"]),
                        _text(v.get("phone")) or None,
                        _text(v.get("id_document_number")) or None,
                    ),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "created_by_id": self._actor.user_id,
                }
            )
            number = f"{country}-{year}-{first + offset:06d}"
            cases.append(
                {
                    "id": cid,
                    "number": number,
                    "person_id": pid,
                    "status": "registered",
                    "opened_at": now,
                    "return_date": v.get("return_date"),
                    "returned_from": v.get("returned_from"),
                    "return_type": v.get("return_type"),
                    "programme_id": refs["programme"].get(str(v.get("programme"))) if v.get("programme") else None,
                    "arrival_group": v.get("arrival_group"),
                    "channel": None,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                    "created_by_id": self._actor.user_id,
                }
            )
            consents.append(
                {
                    "person_id": pid,
                    "case_id": cid,
                    "processing": bool(v.get("consent")),
                    "share_operators": False,
                    "share_institutions": False,
                    "photo": False,
                    "given_on": date.today(),
                    "language": "fr",
                    "recorded_by_id": self._actor.user_id,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
            case_ids.append(cid)
        with search_index_in_bulk(session, first_person=person_id):
            for start in range(0, len(rows), 5000):
                # Core inserts: the ORM's bulk path costs as much again as SQLite's own work at this size.
                bulk_insert(session, table_of(Person), persons[start : start + 5000])
                bulk_insert(session, table_of(Case), cases[start : start + 5000])
                given = [c for c in consents[start : start + 5000] if c["processing"]]
                if given:
                    bulk_insert(session, table_of(Consent), given)
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy import text

            for table in ("persons", "cases"):
                session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
        return case_ids

    def reviews(self, status: str = "pending") -> list[ReviewView]:
        """The rows kept aside as possible duplicates, oldest first, with the registered person they may be."""
        self._require()
        with reading(self._sf) as session:
            rows = session.execute(
                select(ImportReview, ImportBatch.source, Person.family_name, Person.given_names)
                .join(ImportBatch, ImportBatch.id == ImportReview.batch_id)
                .join(Person, Person.id == ImportReview.candidate_person_id)
                .where(ImportReview.status == status)
                .order_by(ImportReview.id)
            ).all()
            return [
                ReviewView(
                    r.id,
                    source,
                    r.row_no,
                    f"{str(r.values.get('family_name', '')).upper()} {r.values.get('given_names', '')}".strip(),
                    r.candidate_person_id,
                    f"{family.upper()} {given}",
                    r.reasons,
                    r.status,
                )
                for r, source, family, given in rows
            ]

    def decide(self, review_id: int, same_person: bool) -> int:
        """Settle a possible duplicate: a new case on the registered person, or a new person. Returns the case id."""
        self._require()
        with writing(self._sf, self._actor) as session:
            review = session.get(ImportReview, review_id)
            if review is None or review.status != "pending":
                raise ValidationError(
                    "review", translate("Import", "This row was already settled by someone else; refresh.")
                )
            country = (session.get(DeskSetting, COUNTRY) or DeskSetting(value="CM")).value or "CM"
            row = _StoredRow(review.row_no, _typed(review.values))
            if same_person:
                case_id = self._new_case(session, review.candidate_person_id, row.values, country)
            else:
                (case_id,) = self._insert(session, [row], country, CancelToken())  # type: ignore[list-item]
            session.add(
                ImportedRow(
                    kind=KIND, row_hash=review.row_hash, batch_id=review.batch_id, row_no=review.row_no, case_id=case_id
                )
            )
            review.status, review.case_id = ("same" if same_person else "new"), case_id
            return case_id

    @staticmethod
    def _new_case(session: Session, person_id: int, v: dict[str, Any], country: str) -> int:
        refs = dict(session.execute(select(Programme.code, Programme.id)).all())
        year = date.today().year
        case = Case(
            number=f"{country}-{year}-{next_value(session, f'case:{country}:{year}'):06d}",
            person_id=person_id,
            status="registered",
            opened_at=utcnow(),
            return_date=v.get("return_date"),
            returned_from=v.get("returned_from") or None,
            return_type=v.get("return_type") or None,
            programme_id=refs.get(str(v.get("programme"))) if v.get("programme") else None,
            arrival_group=v.get("arrival_group") or None,
        )
        session.add(case)
        session.flush()
        return case.id


def _labelled(kind: str) -> dict[str, str]:
    """Codes and their labels in the person's language (the English source labels are accepted as aliases)."""
    return {code: label(kind, code) for code in CODES[kind]}


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
