"""What `desk verify` and the admin screen are handed: one result per check, each problem one translated line.

Nothing in these carries personal data: problems name tables, row numbers, dates and fingerprints only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

# The checks, in the order they run.
SCHEMA, STORAGE, FOREIGN_KEYS, GUARDS, LEDGER, AUDIT = "schema", "storage", "foreign_keys", "guards", "ledger", "audit"
CHECKS = (SCHEMA, STORAGE, FOREIGN_KEYS, GUARDS, LEDGER, AUDIT)


@dataclass(frozen=True)
class CheckResult:
    """One check: its translated title, a summary line with its counts, and what is wrong (empty when all is well)."""

    key: str  # one of CHECKS
    title: str
    summary: str
    problems: tuple[str, ...] = ()
    seconds: float = 0.0
    skipped: bool = False  # could not run (e.g. the schema is not this version's); its summary says why

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class VerifyReport:
    database: str  # as shown to people: a file path, or server/database without the password
    backend: str  # "sqlite" or "postgresql"
    checks: tuple[CheckResult, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(problem for check in self.checks for problem in check.problems)

    def check(self, key: str) -> CheckResult:
        return next(check for check in self.checks if check.key == key)


@dataclass(frozen=True)
class AuditProblem:
    """A break in the audit chain: the row (its id, number and time) when one row is at fault."""

    row_id: int | None
    seq: int | None
    at: datetime | None
    message: str


@dataclass(frozen=True)
class AuditChainReport:
    rows: int
    head_seq: int
    head_hash: str
    problems: tuple[AuditProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems
