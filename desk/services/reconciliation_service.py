"""Reconciliation: a mobile-money or bank statement imported, its lines matched to the ledger's entries (by
reference, else by amount, phone and date), the matches confirmed by finance; what is left shows on either side.

Importing the same file twice creates nothing new: the file's SHA-256 names it, and the answer says when it was
first imported and by whom.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.account import User
from desk.models.base import utcnow
from desk.models.ledger import LedgerEntry, Statement, StatementLine
from desk.models.returnee import Case
from desk.services.dto import Actor
from desk.services.errors import NotFound, ValidationError
from desk.services.ledger_dto import MatchLine, ReconciliationView, StatementRow, StatementView, UnmatchedEntry
from desk.services.money import MINOR_UNITS
from desk.services.permissions import Action, require
from desk.services.reconciliation_match import Candidate, match
from desk.services.statement_reader import read_statement
from desk.services.uow import SessionFactory, reading, writing

TOLERANCE_DAYS = 3


class AlreadyImported(ValidationError):
    def __init__(self, statement_id: int, message: str) -> None:
        super().__init__("statement", message)
        self.statement_id = statement_id


class ReconciliationService:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def import_statement(self, path: Path, currency: str) -> int:
        """Read, check and store a statement (all lines or none); returns its id."""
        require(self._actor, Action.LEDGER_REVERSE)  # finance reconciles
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with reading(self._sf) as session:
            seen = session.execute(
                select(Statement.id, Statement.imported_at, User.full_name)
                .join(User, User.id == Statement.imported_by_id)
                .where(Statement.file_hash == digest)
            ).first()
        if seen is not None:
            raise AlreadyImported(
                seen[0],
                translate("Reconciliation", "This statement was already imported on {date} by {who}.").format(
                    date=seen[1].astimezone().strftime("%d/%m/%Y %H:%M"), who=seen[2]
                ),
            )
        rows = read_statement(path, MINOR_UNITS.get(currency, 2))
        with writing(self._sf, self._actor) as session:
            statement = Statement(source=path.name[:200], file_hash=digest, imported_by_id=self._actor.user_id)
            session.add(statement)
            session.flush()
            session.add_all(
                StatementLine(
                    statement_id=statement.id,
                    row_no=row.row_no,
                    value_date=row.value_date,
                    reference=row.reference or None,
                    amount=row.amount,
                    currency=currency,
                    phone=row.phone or None,
                    label=row.label or None,
                )
                for row in rows
            )
            return statement.id

    def statements(self) -> list[StatementView]:
        """The statements imported, newest first, with how many of their lines are confirmed."""
        require(self._actor, Action.LEDGER_VIEW)
        with reading(self._sf) as session:
            rows = session.execute(
                select(
                    Statement.id,
                    Statement.source,
                    Statement.imported_at,
                    User.full_name,
                    func.count(StatementLine.id),
                    func.count(StatementLine.entry_id),
                )
                .join(User, User.id == Statement.imported_by_id)
                .outerjoin(StatementLine, StatementLine.statement_id == Statement.id)
                .group_by(Statement.id, Statement.source, Statement.imported_at, User.full_name)
                .order_by(Statement.id.desc())
            ).all()
            return [StatementView(*row) for row in rows]

    def view(self, statement_id: int) -> ReconciliationView:
        """Confirmed matches, proposals for the rest, and the entries of those days missing from the statement."""
        require(self._actor, Action.LEDGER_VIEW)
        with reading(self._sf) as session:
            statement = session.get(Statement, statement_id)
            if statement is None:
                raise NotFound(translate("Reconciliation", "This statement no longer exists."))
            lines = list(
                session.scalars(
                    select(StatementLine)
                    .where(StatementLine.statement_id == statement_id)
                    .order_by(StatementLine.row_no)
                )
            )
            currency = lines[0].currency if lines else ""
            first = min(line.value_date for line in lines) - timedelta(days=TOLERANCE_DAYS)
            last = max(line.value_date for line in lines) + timedelta(days=TOLERANCE_DAYS)
            candidates = self._candidates(session, currency, first, last)
            confirmed = {line.entry_id for line in lines if line.entry_id is not None}
            open_lines = [line for line in lines if line.entry_id is None]
            proposals = {
                p.row_no: p
                for p in match(
                    [
                        StatementRow(x.row_no, x.value_date, x.reference or "", x.amount, x.phone or "", x.label or "")
                        for x in open_lines
                    ],
                    [c for c in candidates if c.entry_id not in confirmed],
                    TOLERANCE_DAYS,
                )
            }
        by_id = {c.entry_id: c for c in candidates}
        out: list[MatchLine] = []
        for line in lines:
            if line.entry_id is not None:
                entry = by_id.get(line.entry_id)
                out.append(self._line(line, entry, "confirmed", "confirmed"))
                continue
            proposal = proposals[line.row_no]
            entry = by_id.get(proposal.entry_id) if proposal.entry_id is not None else None
            out.append(self._line(line, entry, proposal.status, proposal.how))
        used = {m.entry_id for m in out if m.entry_id is not None}
        days = (first + timedelta(days=TOLERANCE_DAYS), last - timedelta(days=TOLERANCE_DAYS))
        missing = [
            UnmatchedEntry(c.entry_id, c.seq, c.value_date, c.reference, c.amount, c.phone, c.case_number)
            for c in sorted(candidates, key=lambda c: (c.value_date, c.seq))
            if c.entry_id not in used and days[0] <= c.value_date <= days[1]
        ]
        return ReconciliationView(statement_id, statement.source, currency, tuple(out), tuple(missing))

    def confirm(self, statement_id: int, pairs: list[tuple[int, int]]) -> int:
        """Confirm (statement line id, entry id) pairs; returns how many were confirmed."""
        require(self._actor, Action.LEDGER_REVERSE)
        with writing(self._sf, self._actor) as session:
            done = 0
            for line_id, entry_id in pairs:
                line = session.get(StatementLine, line_id)
                entry = session.get(LedgerEntry, entry_id)
                if line is None or line.statement_id != statement_id or entry is None:
                    raise NotFound(translate("Reconciliation", "This line or entry no longer exists; refresh."))
                if line.entry_id is not None:
                    continue
                taken = session.scalar(select(StatementLine.id).where(StatementLine.entry_id == entry_id))
                if taken is not None:
                    raise ValidationError(
                        "entry",
                        translate("Reconciliation", "Entry {seq} is already matched to another statement line.").format(
                            seq=entry.seq
                        ),
                    )
                line.entry_id, line.matched_by_id, line.matched_at = entry_id, self._actor.user_id, utcnow()
                done += 1
            return done

    @staticmethod
    def _candidates(session: Session, currency: str, first: date, last: date) -> list[Candidate]:
        rows = session.execute(
            select(
                LedgerEntry.id,
                LedgerEntry.seq,
                LedgerEntry.value_date,
                LedgerEntry.reference,
                LedgerEntry.amount,
                LedgerEntry.phone,
                Case.number,
            )
            .join(Case, Case.id == LedgerEntry.case_id)
            .where(
                LedgerEntry.value_date >= first,
                LedgerEntry.value_date <= last,
                LedgerEntry.currency == currency,
                LedgerEntry.modality.in_(("mobile_money", "bank_transfer")),
                LedgerEntry.amount > 0,
                LedgerEntry.reverses_id.is_(None),
            )
        )
        return [
            Candidate(
                entry_id, seq, day, reference or "", amount, "".join(ch for ch in (phone or "") if ch.isdigit()), number
            )
            for entry_id, seq, day, reference, amount, phone, number in rows
        ]

    @staticmethod
    def _line(line: StatementLine, entry: Candidate | None, status: str, how: str) -> MatchLine:
        return MatchLine(
            line.id,
            line.row_no,
            line.value_date,
            line.reference or "",
            line.amount,
            line.phone or "",
            entry.entry_id if entry else None,
            entry.seq if entry else None,
            entry.amount if entry else None,
            entry.case_number if entry else "",
            status,
            how,
        )
