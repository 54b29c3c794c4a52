"""Importing returnees (arrival lists of a charter flight, donors' rosters): read and check every row, find the
rows already imported and the persons maybe already registered, then apply the good rows in one transaction.

Duplicates against the registry are found on exact keys (accent-folded names + date of birth, phone, ID number)
loaded once for the whole file, so 50,000 rows are checked in a second; a possible duplicate goes to a review
list, never merged silently. Every row imported leaves its fingerprint: importing the same rows again creates
nothing and says when and by whom they first came.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session

from desk.i18n import current_language, translate
from desk.models.account import User
from desk.models.base import utcnow
from desk.models.exchange import ImportBatch, ImportedRow, ImportReview, MappingProfile
from desk.models.intake import Consent
from desk.models.reference import Country, Programme, Region
from desk.models.returnee import Case, Counter, Person
from desk.models.setting import DeskSetting
from desk.services.case_numbers import next_value
from desk.services.desk_service import COUNTRY, PHONE_REGION
from desk.services.dto import Actor
from desk.services.errors import ValidationError
from desk.services.exchange.columns import ColumnSpec, Kind
from desk.services.exchange.reader import ImportResult, ImportRow, read_import
from desk.services.labels import CODES, label
from desk.services.permissions import Action, require
from desk.services.person_search import search_text
from desk.services.progress import CancelToken, ProgressCallback, no_progress
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import fold

KIND = "returnees"


def returnee_columns(session: Session) -> tuple[ColumnSpec, ...]:
    """The columns of a returnee workbook; coded columns take the desk's reference lists."""
    english = current_language() == "en"

    def ref(model: Any) -> dict[str, str]:
        return {
            r.code: (r.name_en if english else r.name_fr)
            for r in session.scalars(select(model).where(model.active.is_(True)).order_by(model.sort_order))
        }

    def aliases(model: Any) -> dict[str, str]:
        return {name: r.code for r in session.scalars(select(model)) for name in (r.name_fr, r.name_en)}

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


@dataclass(frozen=True)
class Possible:
    """A row that may be a person already registered."""

    row_no: int
    person_id: int
    case_number: str
    name: str
    reasons: str


@dataclass
class ReturneeCheck:
    """The file read and checked against the registry; nothing is changed yet."""

    path: Path
    file_hash: str
    result: ImportResult
    already: dict[int, str] = field(default_factory=dict)  # row -> "imported on … by …"
    possible: list[Possible] = field(default_factory=list)
    withdrawn: dict[int, str] = field(default_factory=dict)  # row -> message
    hashes: dict[int, str] = field(default_factory=dict)  # row -> fingerprint of its values

    @property
    def new_rows(self) -> list[ImportRow]:
        held = set(self.already) | {p.row_no for p in self.possible} | set(self.withdrawn)
        return [r for r in self.result.good_rows() if r.number not in held]

    def summary(self) -> str:
        return translate(
            "Import",
            "{read} rows read: {new} to import, {bad} with problems, {review} possible duplicates to review, "
            "{already} already imported, {withdrawn} refused (consent withdrawn).",
        ).format(
            read=len(self.result.rows),
            new=len(self.new_rows),
            bad=self.result.bad + self.result.duplicates,
            review=len(self.possible),
            already=len(self.already),
            withdrawn=len(self.withdrawn),
        )


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


def row_hash(row: ImportRow) -> str:
    values = row.values
    parts = [str(values.get(k) or "").strip().casefold() for k in sorted(values)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _name_key(family: str, given: str, birth: date | None) -> str:
    return f"{fold(family)}|{fold(given)}|{birth.isoformat() if birth else ''}"


class ReturneeImport:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def columns(self) -> tuple[ColumnSpec, ...]:
        with reading(self._sf) as session:
            return returnee_columns(session)

    def check(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        mapping: dict[str, Any] | None = None,
        profile: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ReturneeCheck:
        """Read and check every row; find rows already imported, possible duplicates, withdrawn consents."""
        require(self._actor, Action.EXCHANGE_IMPORT)
        progress = progress or no_progress
        path = Path(path)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with reading(self._sf) as session:
            specs = returnee_columns(session)
            region = session.get(DeskSetting, PHONE_REGION)
            if mapping is None and profile:
                saved = session.scalar(
                    select(MappingProfile.mapping).where(MappingProfile.kind == KIND, MappingProfile.name == profile)
                )
                mapping = dict(saved) if saved else None
        result = read_import(
            path,
            specs,
            sheet=sheet,
            mapping=mapping,
            phone_region=region.value if region else "CM",
            progress=progress,
            cancel=cancel,
        )
        check = ReturneeCheck(path, digest, result)
        good = list(result.good_rows())
        hashes = check.hashes = {r.number: row_hash(r) for r in good}
        with reading(self._sf) as session:
            self._find_already(session, check, hashes)
            self._find_registered(session, check, [r for r in good if r.number not in check.already])
        return check

    @staticmethod
    def _find_already(session: Session, check: ReturneeCheck, hashes: dict[int, str]) -> None:
        by_hash = {h: n for n, h in hashes.items()}
        values = list(by_hash)
        for start in range(0, len(values), 900):
            rows = session.execute(
                select(ImportedRow.row_hash, ImportBatch.created_at, User.full_name)
                .join(ImportBatch, ImportBatch.id == ImportedRow.batch_id)
                .outerjoin(User, User.id == ImportBatch.created_by_id)
                .where(ImportedRow.kind == KIND, ImportedRow.row_hash.in_(values[start : start + 900]))
            )
            for digest, at, who in rows:
                check.already[by_hash[digest]] = translate(
                    "Import", "Row {row}: already imported on {date} by {who}; nothing new is created."
                ).format(row=by_hash[digest], date=at.astimezone().strftime("%d/%m/%Y"), who=who or "—")

    @staticmethod
    def _find_registered(session: Session, check: ReturneeCheck, rows: Sequence[ImportRow]) -> None:
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

    def apply(self, check: ReturneeCheck, *, profile: str | None = None, cancel: CancelToken | None = None) -> int:
        """Import the new good rows in one transaction (all or nothing); possible duplicates go to review.

        Returns the id of the batch."""
        require(self._actor, Action.EXCHANGE_IMPORT)
        cancel = cancel or CancelToken()
        rows = check.new_rows
        with writing(self._sf, self._actor) as session:
            settings = {s.key: s.value for s in session.scalars(select(DeskSetting))}
            country = settings.get(COUNTRY, "CM")
            batch = ImportBatch(
                kind=KIND,
                source=check.path.name[:255],
                file_hash=check.file_hash,
                sheet=check.result.sheet[:120],
                profile=profile,
                rows_read=len(check.result.rows),
                rows_imported=len(rows),
                rows_rejected=check.result.bad + check.result.duplicates + len(check.withdrawn),
                rows_review=len(check.possible),
                rows_skipped=len(check.already),
            )
            session.add(batch)
            session.flush()
            case_ids = self._insert(session, rows, country, cancel)
            hashes = check.hashes or {r.number: row_hash(r) for r in check.result.good_rows()}
            if rows:
                session.execute(
                    _table(ImportedRow).insert(),
                    [
                        {
                            "kind": KIND,
                            "row_hash": hashes[r.number],
                            "batch_id": batch.id,
                            "row_no": r.number,
                            "case_id": c,
                        }
                        for r, c in zip(rows, case_ids, strict=True)
                    ],
                )
            by_number = {r.number: r for r in check.result.good_rows()}
            for possible in check.possible:
                session.add(
                    ImportReview(
                        batch_id=batch.id,
                        row_no=possible.row_no,
                        row_hash=hashes[possible.row_no],
                        values={k: _text(v) for k, v in by_number[possible.row_no].values.items()},
                        candidate_person_id=possible.person_id,
                        reasons=possible.reasons,
                    )
                )
            if profile:
                self._remember(session, profile, check)
            return batch.id

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
        for start in range(0, len(rows), 5000):
            # Core inserts: the ORM's bulk path costs as much again as SQLite's own work at this size.
            bulk_insert(session, _table(Person), persons[start : start + 5000])
            bulk_insert(session, _table(Case), cases[start : start + 5000])
            given = [c for c in consents[start : start + 5000] if c["processing"]]
            if given:
                bulk_insert(session, _table(Consent), given)
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy import text

            for table in ("persons", "cases"):
                session.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
                )
        return case_ids

    def _remember(self, session: Session, profile: str, check: ReturneeCheck) -> None:
        header = check.result.header
        mapping: dict[str, Any] = {}
        for key, index in check.result.mapping.columns.items():
            column = header.column(index)
            if column is not None:
                mapping[key] = column.title
        row = session.scalar(select(MappingProfile).where(MappingProfile.kind == KIND, MappingProfile.name == profile))
        if row is None:
            session.add(MappingProfile(kind=KIND, name=profile[:120], mapping=mapping))
        else:
            row.mapping = mapping

    def reviews(self, status: str = "pending") -> list[ReviewView]:
        """The rows kept aside as possible duplicates, oldest first, with the registered person they may be."""
        require(self._actor, Action.EXCHANGE_IMPORT)
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
        require(self._actor, Action.EXCHANGE_IMPORT)
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

    def profile_mapping(self, name: str) -> dict[str, Any]:
        """The columns a donor's workbooks use, as remembered at their last import ({} when unknown)."""
        require(self._actor, Action.EXCHANGE_IMPORT)
        with reading(self._sf) as session:
            saved = session.scalar(
                select(MappingProfile.mapping).where(MappingProfile.kind == KIND, MappingProfile.name == name)
            )
            return dict(saved) if saved else {}

    def profiles(self) -> list[str]:
        require(self._actor, Action.EXCHANGE_IMPORT)
        with reading(self._sf) as session:
            return list(
                session.scalars(
                    select(MappingProfile.name).where(MappingProfile.kind == KIND).order_by(MappingProfile.name)
                )
            )


def _sqlite_text_of_utc(value: object) -> object:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    return value


def _sqlite_date(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _sqlite_bool(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def _converter(column: Any) -> Any:
    """What SQLAlchemy itself stores on SQLite for this column's type (None: the value as it is)."""
    kind = type(column.type).__name__
    if kind in ("UTCDateTime", "DateTime"):
        return _sqlite_text_of_utc
    if kind == "Date":
        return _sqlite_date
    if kind == "Boolean":
        return _sqlite_bool
    return None


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys. On SQLite straight through the driver's executemany, converting
    only the columns whose type needs it (SQLAlchemy's per-value processing took a third of a 50,000-row
    import); elsewhere a Core insert."""
    if not rows:
        return
    if session.get_bind().dialect.name != "sqlite":
        session.execute(table.insert(), rows)
        return
    keys = list(rows[0])
    converters = [(i, _converter(table.c[k])) for i, k in enumerate(keys)]
    converters = [(i, f) for i, f in converters if f is not None]
    sql = f"INSERT INTO {table.name} ({', '.join(keys)}) VALUES ({', '.join('?' for _ in keys)})"
    values = []
    for row in rows:
        line = [row[k] for k in keys]
        for i, convert in converters:
            line[i] = convert(line[i])
        values.append(tuple(line))
    session.connection().exec_driver_sql(sql, values)


def _labelled(kind: str) -> dict[str, str]:
    """Codes and their labels in the person's language (the English source labels are accepted as aliases)."""
    return {code: label(kind, code) for code in CODES[kind]}


def _table(model: Any) -> Table:
    """The model's table, for Core inserts (the ORM's bulk path costs as much again at 50,000 rows)."""
    return cast(Table, model.__table__)


def _text(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)
