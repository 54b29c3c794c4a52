"""`desk verify` and the administrator's check: is this desk's database whole, consistent and untampered?

The checks run in order: the schema revision, the file's pages (SQLite) or the server's indexes (PostgreSQL),
foreign keys, the append-only guards, the ledger (chain, numbering, balances, receipts, periods) and the audit
trail's chain. Nothing is written and no login is needed: every message names tables, row numbers, dates and
fingerprints, never personal data. A check that cannot run (an older schema, a file too damaged to read) says
so and counts as a problem.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import Connection, Engine, String, Text, cast, func, select, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desk.i18n import format_number, translate
from desk.models.audit import AUDIT_COUNTER, GENESIS, PLAIN_FIELDS, AuditEntry, chain_hash, changes_digest, text_digest
from desk.models.db import READ_ONLY
from desk.models.returnee import Counter
from desk.services.errors import StorageError
from desk.services.ledger_verify import verify_ledger
from desk.services.progress import Cancelled, CancelToken, ProgressCallback, no_progress
from desk.services.uow import SessionFactory, reading
from desk.services.verify_dto import (
    AUDIT,
    CHECKS,
    FOREIGN_KEYS,
    GUARDS,
    LEDGER,
    SCHEMA,
    STORAGE,
    AuditChainReport,
    AuditProblem,
    CheckResult,
    VerifyReport,
)
from desk.services.verify_storage import (
    check_guards,
    check_postgres_foreign_keys,
    check_postgres_storage,
    check_schema,
    check_sqlite_foreign_keys,
    check_sqlite_pages,
)

MAX_PROBLEMS = 20
UNITS = 100  # progress: each check is 100 units of the whole
STEP = 5000  # audit rows between two looks at the cancel token


def _title(key: str) -> str:
    titles = {
        SCHEMA: translate("Verify", "Schema"),
        STORAGE: translate("Verify", "Storage"),
        FOREIGN_KEYS: translate("Verify", "Foreign keys"),
        GUARDS: translate("Verify", "Append-only guards"),
        LEDGER: translate("Verify", "Ledger"),
        AUDIT: translate("Verify", "Audit trail"),
    }
    return titles[key]


def _when(at: datetime | None) -> str:
    return "-" if at is None else at.astimezone().strftime("%d/%m/%Y %H:%M:%S")


def _row_label(row_id: int, at: datetime) -> str:
    return translate("Verify", "Audit row {id} ({when})").format(id=row_id, when=_when(at))


def _missing(first: int, last: int) -> str:
    return translate(
        "Verify", "Audit rows numbered {first} to {last} are missing: part of the trail was deleted."
    ).format(first=first, last=last)


def _unlinked(row_id: int, at: datetime) -> str:
    return translate("Verify", "{row}: not linked to the row before it (a row was removed or inserted).").format(
        row=_row_label(row_id, at)
    )


def _changed(row_id: int, at: datetime) -> str:
    return translate(
        "Verify", "{row}: its content does not match its fingerprint: it was changed after it was written."
    ).format(row=_row_label(row_id, at))


def verify_audit(
    session: Session, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> AuditChainReport:
    """Recompute the audit chain from its first row, in constant memory; the first broken row comes first."""
    problems: list[AuditProblem] = []

    def problem(row_id: int | None, seq: int | None, at: datetime | None, message: str) -> None:
        if len(problems) < MAX_PROBLEMS:
            problems.append(AuditProblem(row_id, seq, at, message))

    total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    # `changes` is read as its stored text: the application stores the canonical JSON that is digested, so the
    # digest needs no parsing (a text stored otherwise, e.g. re-serialised by some tool, is parsed and checked for
    # what it says). On SQLite the time is parsed here too: the column types' own processing dominated the check.
    sqlite = session.get_bind().dialect.name == "sqlite"
    at_column = type_coerce(AuditEntry.at, String) if sqlite else AuditEntry.at
    changes_text = type_coerce(AuditEntry.changes, Text) if sqlite else cast(AuditEntry.changes, Text)
    plain = [getattr(AuditEntry, name) for name in PLAIN_FIELDS]
    stream = session.execute(
        select(AuditEntry.id, AuditEntry.seq, at_column, *plain, changes_text, AuditEntry.prev_hash, AuditEntry.hash)
        .order_by(AuditEntry.seq)
        .execution_options(yield_per=STEP)
    )
    expected, prev, count = 1, GENESIS, 0
    for row_id, seq, at, *values, text, prev_hash, stored_hash in stream:
        if sqlite:
            at = datetime.fromisoformat(at)
        if seq != expected:
            problem(row_id, seq, at, _missing(expected, seq - 1))
        if prev_hash != prev:
            problem(row_id, seq, at, _unlinked(row_id, at))
        if chain_hash(prev_hash, seq, at, values, text_digest(text)) != stored_hash and (
            text is None or chain_hash(prev_hash, seq, at, values, changes_digest(json.loads(text))) != stored_hash
        ):
            problem(row_id, seq, at, _changed(row_id, at))
        prev, expected, count = stored_hash, seq + 1, count + 1
        if count % STEP == 0:
            if cancel is not None:
                cancel.check()
            progress(count, total, translate("Verify", "Checking the audit trail…"))
    head = expected - 1
    numbered = session.scalar(select(Counter.value).where(Counter.name == AUDIT_COUNTER)) or 0
    if numbered > head:
        message = translate(
            "Verify", "The audit trail numbered {numbered} rows but holds {held}: its last rows were deleted."
        )
        problem(None, None, None, message.format(numbered=format_number(numbered), held=format_number(head)))
    elif numbered < head:
        message = translate(
            "Verify", "The audit trail holds {held} rows but numbered only {numbered}: rows were added from outside."
        )
        problem(None, None, None, message.format(numbered=format_number(numbered), held=format_number(head)))
    return AuditChainReport(count, head, prev, tuple(problems))


class VerifyService:
    """Every check of the database, for `desk verify` and the administration screen (no login: no personal data).

    Built with the desk's session factory and its engine, e.g. from a DeskContext:
    `VerifyService(context.session_factory, context.engine, context.label)`.
    """

    def __init__(self, session_factory: SessionFactory, engine: Engine, label: str = "", *, full: bool = True) -> None:
        self._sf = session_factory
        self._engine = engine
        self._label = label or str(engine.url.render_as_string(hide_password=True))
        self._full = full  # SQLite: integrity_check (also compares every index with its table) or quick_check

    def run(self, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None) -> VerifyReport:
        """Run every check and report each one; raises Cancelled when `cancel` is set (nothing was changed)."""
        started = time.perf_counter()
        sqlite = self._engine.dialect.name == "sqlite"
        results: list[CheckResult] = []
        at_head = False

        def schema(conn: Connection) -> tuple[str, list[str]]:
            nonlocal at_head
            summary, problems, at_head = check_schema(conn)
            return summary, problems

        steps: list[tuple[str, Callable[[], tuple[str, list[str]]]]] = [
            (SCHEMA, lambda: self._on_connection(schema, cancel)),
            (
                STORAGE,
                lambda: self._on_connection(
                    (lambda c: check_sqlite_pages(c, self._full)) if sqlite else check_postgres_storage, cancel
                ),
            ),
            (
                FOREIGN_KEYS,
                lambda: self._on_connection(
                    check_sqlite_foreign_keys if sqlite else check_postgres_foreign_keys, cancel
                ),
            ),
            (GUARDS, lambda: self._on_connection(check_guards, cancel)),
            (LEDGER, self._ledger),
            (AUDIT, lambda: self._audit(progress, cancel)),
        ]
        # The page and foreign-key checks run in SQLite's C code (the GIL released): on their own connections in a
        # background thread they overlap with the ledger's chain, which is Python hashing (about 5 s saved at a
        # million entries). Their results are reported in their place all the same.
        background = {STORAGE, FOREIGN_KEYS}
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="verify")
        pending: dict[str, Future[CheckResult]] = {}
        try:
            for done, (key, step) in enumerate(steps):
                if cancel is not None:
                    cancel.check()
                progress(done * UNITS, len(CHECKS) * UNITS, _title(key))
                if key in (GUARDS, LEDGER, AUDIT) and not at_head:
                    summary = translate("Verify", "{check}: not checked, the schema is not this version's.")
                    results.append(CheckResult(key, _title(key), summary.format(check=_title(key)), skipped=True))
                    continue
                if key in background:
                    pending[key] = pool.submit(self._timed, key, step, cancel)
                    results.append(CheckResult(key, _title(key), ""))  # its place; filled in below
                    continue
                results.append(self._timed(key, step, cancel))
            for index, result in enumerate(results):
                if result.key in pending:
                    results[index] = pending[result.key].result()
        finally:
            if cancel is not None and cancel.cancelled:
                for future in pending.values():
                    future.cancel()
            pool.shutdown(wait=True)
        if cancel is not None:
            cancel.check()
        progress(len(CHECKS) * UNITS, len(CHECKS) * UNITS, "")
        return VerifyReport(self._label, self._engine.dialect.name, tuple(results), time.perf_counter() - started)

    def _timed(self, key: str, step: Callable[[], tuple[str, list[str]]], cancel: CancelToken | None) -> CheckResult:
        started = time.perf_counter()
        try:
            summary, problems = step()
        except (DBAPIError, StorageError) as exc:  # reading() turns some driver errors into StorageError
            if cancel is not None and cancel.cancelled:
                raise Cancelled() from exc
            if isinstance(exc, StorageError):
                reason = _reason(exc.__cause__) if isinstance(exc.__cause__, DBAPIError) else exc.message
            else:
                reason = _reason(exc)
            summary = translate("Verify", "{check}: could not be checked.").format(check=_title(key))
            problems = [
                translate("Verify", "{check}: the database could not be read ({reason}).").format(
                    check=_title(key), reason=reason
                )
            ]
        return CheckResult(key, _title(key), summary, tuple(problems), time.perf_counter() - started)

    @contextmanager
    def _read_only(self, cancel: CancelToken | None) -> Iterator[Connection]:
        """A connection in a read transaction (deferred on SQLite); a long PRAGMA there stops when cancelled."""
        with self._engine.connect() as conn:
            conn.execution_options(**{READ_ONLY: True})
            raw = conn.connection.dbapi_connection
            interruptible = cancel is not None and self._engine.dialect.name == "sqlite"
            if interruptible:
                raw.set_progress_handler(lambda: int(cancel.cancelled), 100_000)  # type: ignore[union-attr]
            try:
                yield conn
            finally:
                if interruptible:
                    raw.set_progress_handler(None, 0)  # type: ignore[union-attr]

    def _on_connection(
        self, check: Callable[[Connection], tuple[str, list[str]]], cancel: CancelToken | None
    ) -> tuple[str, list[str]]:
        with self._read_only(cancel) as conn:
            return check(conn)

    def _ledger(self) -> tuple[str, list[str]]:
        with reading(self._sf) as session:
            report = verify_ledger(session)
        problems = [p.message for p in report.problems]
        if problems:
            return translate("Verify", "Ledger: {count} entries, problems found.").format(
                count=format_number(report.entries)
            ), problems
        return translate(
            "Verify",
            "Ledger: {count} entries, chain intact, balances, receipts and periods agree; fingerprint {fingerprint}.",
        ).format(count=format_number(report.entries), fingerprint=report.head_hash), problems

    def _audit(self, progress: ProgressCallback, cancel: CancelToken | None) -> tuple[str, list[str]]:
        base = CHECKS.index(AUDIT) * UNITS

        def rows_checked(done: int, total: int, message: str) -> None:  # within the audit check's share of the bar
            progress(base + (done * UNITS // total if total else 0), len(CHECKS) * UNITS, message)

        with reading(self._sf) as session:
            report = verify_audit(session, rows_checked, cancel)
        problems = [p.message for p in report.problems]
        if problems:
            return translate("Verify", "Audit trail: {count} rows, chain broken.").format(
                count=format_number(report.rows)
            ), problems
        return translate("Verify", "Audit trail: {count} rows, chain intact; fingerprint {fingerprint}.").format(
            count=format_number(report.rows), fingerprint=report.head_hash
        ), problems


def _reason(exc: DBAPIError) -> str:
    """SQLite's own words ("database disk image is malformed") carry no data; a server's might: its kind only."""
    original = exc.orig
    if type(original).__module__ == "sqlite3" and original is not None and original.args:
        return str(original.args[0])[:200]
    return type(original).__name__
