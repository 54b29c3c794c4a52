"""What every import kind shares: read and check the file, find the rows already imported (by each row's
fingerprint), let the kind check the rows against the database, then apply the good rows in one transaction
and remember the donor's columns.

A kind (returnees, operators, training attendance) says which columns it reads (``specs``), what the database
refuses (``validate``: a problem found there goes on the row's cell, like a problem of the file) and how the
rows are written (``insert``). Everything else — the batch record, the fingerprints that make a second import
of the same rows create nothing, the donor profiles — is here, once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.account import User
from desk.models.exchange import ImportBatch, ImportedRow, MappingProfile
from desk.models.setting import DeskSetting
from desk.services.desk_service import PHONE_REGION
from desk.services.dto import Actor
from desk.services.exchange.bulk import bulk_insert, table_of
from desk.services.exchange.columns import ColumnSpec
from desk.services.exchange.reader import ImportResult, ImportRow, read_import
from desk.services.permissions import Action, require
from desk.services.progress import CancelToken, ProgressCallback, no_progress
from desk.services.uow import SessionFactory, reading, writing

IN_CHUNK = 900  # values in one IN (…) list: under SQLite's old limit of 999 parameters


@dataclass(frozen=True)
class Possible:
    """A row that may be a person already registered."""

    row_no: int
    person_id: int
    case_number: str
    name: str
    reasons: str


@dataclass
class ImportCheck:
    """The file read and checked against the database; nothing is changed yet."""

    kind: str
    path: Path
    file_hash: str
    result: ImportResult
    already: dict[int, str] = field(default_factory=dict)  # row -> "imported on … by …"
    possible: list[Possible] = field(default_factory=list)  # returnees: maybe a registered person
    withdrawn: dict[int, str] = field(default_factory=dict)  # row -> message (consent withdrawn)
    updates: set[int] = field(default_factory=set)  # rows that change a record already there
    hashes: dict[int, str] = field(default_factory=dict)  # row -> fingerprint of its values
    targets: dict[int, Any] = field(default_factory=dict)  # row -> what the kind found for it in the database

    @property
    def new_rows(self) -> list[ImportRow]:
        held = set(self.already) | {p.row_no for p in self.possible} | set(self.withdrawn)
        return [r for r in self.result.good_rows() if r.number not in held]

    def summary(self) -> str:
        new = self.new_rows
        updates = sum(1 for r in new if r.number in self.updates)
        text = translate(
            "Import",
            "{read} rows read: {new} to import, {bad} with problems, {review} possible duplicates to review, "
            "{already} already imported, {withdrawn} refused (consent withdrawn).",
        ).format(
            read=len(self.result.rows),
            new=len(new),
            bad=self.result.bad + self.result.duplicates,
            review=len(self.possible),
            already=len(self.already),
            withdrawn=len(self.withdrawn),
        )
        if updates:
            text += " " + translate("Import", "Of the rows to import, {count} change a record already there.").format(
                count=updates
            )
        return text


def row_hash(row: ImportRow) -> str:
    """The row's fingerprint: its typed values, case and spaces aside (the same row typed again matches)."""
    values = row.values
    parts = [str(values.get(k) or "").strip().casefold() for k in sorted(values)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class RowImport:
    """The steps of an import; a kind overrides ``specs``, ``validate`` and ``insert``."""

    KIND: ClassVar[str] = ""
    ACTIONS: ClassVar[tuple[Action, ...]] = (Action.EXCHANGE_IMPORT,)

    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    # -- what a kind says ---------------------------------------------------------------------------
    def specs(self, session: Session) -> tuple[ColumnSpec, ...]:
        raise NotImplementedError

    def title(self) -> str:
        """What the kind's rows are, for the template's sheet and the screens ("Returnees")."""
        raise NotImplementedError

    def validate(self, session: Session, check: ImportCheck, rows: Sequence[ImportRow]) -> None:
        """Check the good rows not imported before against the database (``row.refuse`` puts a problem on a
        cell; ``check.targets`` keeps what was found for ``insert``)."""

    def insert(
        self, session: Session, check: ImportCheck, rows: list[ImportRow], cancel: CancelToken
    ) -> list[int | None]:
        """Write the rows; returns for each the case it concerns (None when none)."""
        raise NotImplementedError

    def after_insert(self, session: Session, check: ImportCheck, batch: ImportBatch) -> None:
        """What else a kind keeps with the batch (the returnees' possible duplicates)."""

    # -- the steps ----------------------------------------------------------------------------------
    def _require(self) -> None:
        for action in self.ACTIONS:
            require(self._actor, action)

    def columns(self) -> tuple[ColumnSpec, ...]:
        self._require()
        with reading(self._sf) as session:
            return self.specs(session)

    def check(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        mapping: dict[str, Any] | None = None,
        profile: str | None = None,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
    ) -> ImportCheck:
        """Read and check every row; find the rows already imported and what the database refuses."""
        self._require()
        progress = progress or no_progress
        path = Path(path)
        with reading(self._sf) as session:
            specs = self.specs(session)
            region = session.get(DeskSetting, PHONE_REGION)
            if mapping is None and profile:
                mapping = self._saved_mapping(session, profile) or None
        result = read_import(
            path,
            specs,
            sheet=sheet,
            mapping=mapping,
            phone_region=region.value if region else "CM",
            progress=progress,
            cancel=cancel,
        )
        check = ImportCheck(self.KIND, path, file_digest(path), result)
        good = list(result.good_rows())
        check.hashes = {r.number: row_hash(r) for r in good}
        with reading(self._sf) as session:
            self._find_already(session, check)
            self.validate(session, check, [r for r in good if r.number not in check.already])
        return check

    def _find_already(self, session: Session, check: ImportCheck) -> None:
        by_hash = {h: n for n, h in check.hashes.items()}
        values = list(by_hash)
        for start in range(0, len(values), IN_CHUNK):
            rows = session.execute(
                select(ImportedRow.row_hash, ImportBatch.created_at, User.full_name)
                .join(ImportBatch, ImportBatch.id == ImportedRow.batch_id)
                .outerjoin(User, User.id == ImportBatch.created_by_id)
                .where(ImportedRow.kind == self.KIND, ImportedRow.row_hash.in_(values[start : start + IN_CHUNK]))
            )
            for digest, at, who in rows:
                check.already[by_hash[digest]] = translate(
                    "Import", "Row {row}: already imported on {date} by {who}; nothing new is created."
                ).format(row=by_hash[digest], date=at.astimezone().strftime("%d/%m/%Y"), who=who or "—")

    def apply(self, check: ImportCheck, *, profile: str | None = None, cancel: CancelToken | None = None) -> int:
        """Import the new good rows in one transaction (all or nothing). Returns the id of the batch."""
        self._require()
        if check.kind != self.KIND:
            raise ValueError(f"a {check.kind} check given to the {self.KIND} import")
        cancel = cancel or CancelToken()
        rows = check.new_rows
        with writing(self._sf, self._actor) as session:
            batch = ImportBatch(
                kind=self.KIND,
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
            case_ids = self.insert(session, check, rows, cancel)
            bulk_insert(
                session,
                table_of(ImportedRow),
                [
                    {"kind": self.KIND, "row_hash": check.hashes[r.number], "batch_id": batch.id}
                    | {"row_no": r.number, "case_id": case_id}
                    for r, case_id in zip(rows, case_ids, strict=True)
                ],
            )
            self.after_insert(session, check, batch)
            if profile:
                self._remember(session, profile, check)
            return batch.id

    # -- donor profiles -----------------------------------------------------------------------------
    def _saved_mapping(self, session: Session, name: str) -> dict[str, Any]:
        saved = session.scalar(
            select(MappingProfile.mapping).where(MappingProfile.kind == self.KIND, MappingProfile.name == name)
        )
        return dict(saved) if saved else {}

    def _remember(self, session: Session, profile: str, check: ImportCheck) -> None:
        header = check.result.header
        mapping: dict[str, Any] = {}
        for key, index in check.result.mapping.columns.items():
            column = header.column(index)
            if column is not None:
                mapping[key] = column.title
        row = session.scalar(
            select(MappingProfile).where(MappingProfile.kind == self.KIND, MappingProfile.name == profile)
        )
        if row is None:
            session.add(MappingProfile(kind=self.KIND, name=profile[:120], mapping=mapping))
        else:
            row.mapping = mapping

    def profile_mapping(self, name: str) -> dict[str, Any]:
        """The columns a donor's workbooks use, as remembered at their last import ({} when unknown)."""
        self._require()
        with reading(self._sf) as session:
            return self._saved_mapping(session, name)

    def profiles(self) -> list[str]:
        self._require()
        with reading(self._sf) as session:
            return list(
                session.scalars(
                    select(MappingProfile.name).where(MappingProfile.kind == self.KIND).order_by(MappingProfile.name)
                )
            )
