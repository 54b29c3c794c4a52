"""The home screen of each role ("Accueil"): what to do now, and the picture at a glance.

Each method is one read transaction that returns one frozen DTO (desk.services.home_dto). Every count and sum is
computed in the database; lists are capped (the most urgent or newest first) with the full count beside them.
The queries of each role live in home_agent, home_manager and home_finance; the administrator's are here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk.models.account import User
from desk.paths import user_paths
from desk.services.backup_dto import BackupView
from desk.services.backup_store import list_folder
from desk.services.dto import Actor
from desk.services.home_agent import agent_home
from desk.services.home_dto import (
    AdminHome,
    AgentHome,
    BackupFile,
    BackupStatus,
    Capped,
    DatabaseStatus,
    FinanceHome,
    LockedUser,
    ManagerHome,
)
from desk.services.home_finance import finance_home
from desk.services.home_manager import manager_home
from desk.services.permissions import ADMIN, FINANCE, MANAGER, Action, require
from desk.services.uow import SessionFactory, reading

LIMIT = 50  # items listed per queue; the full count is always given
BACKUPS_SHOWN = 20
BACKUP_EVERY = timedelta(days=1)  # until issue 10 gives the desk a backup schedule
# Copies are named <database>-<label>-<UTC stamp>.sqlite (.dump for PostgreSQL), written as .partial until checked;
# other files (manifests, notes) are not backups.
BACKUP_NAME = re.compile(r"^.+-(?P<stamp>\d{8}T\d{12})Z\.(?P<ext>sqlite|dump|partial)$")


def _database_name(session: Session) -> tuple[str, str, str]:
    """(backend, location shown to people, name the backups start with)."""
    url = session.connection().engine.url
    backend = url.get_backend_name()
    if backend == "sqlite":
        path = Path(url.database or "")
        return backend, str(path), path.stem
    return backend, f"{url.host or 'localhost'}/{url.database}", str(url.database or "")


def backups(
    folder: Path, database: str, now: datetime, limit: int = BACKUPS_SHOWN, described: list[BackupView] | None = None
) -> BackupStatus:
    """This database's copies in the backup folder, newest first (the folder's files, not a manifest)."""
    demo = user_paths().demo_database.stem
    found: list[BackupFile] = []
    if database and folder.is_dir():
        for path in folder.iterdir():
            match = BACKUP_NAME.match(path.name)
            if match is None or not path.is_file() or not path.name.startswith(f"{database}-"):
                continue
            if database != demo and path.name.startswith(f"{demo}-"):
                continue  # the demonstration database's copies share the folder and the prefix
            stat = path.stat()
            taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)  # when it was taken
            found.append(BackupFile(path.name, stat.st_size, taken, match["ext"] != "partial"))
    found.sort(key=lambda f: (f.taken_at, f.name), reverse=True)
    last = next((f for f in found if f.complete), None)
    next_due = last.taken_at + BACKUP_EVERY if last else None
    # The newest backup's manifest says whether it was re-opened and checked after writing.
    if described is None:
        described = list_folder(folder, database) if database and folder.is_dir() else []
    return BackupStatus(
        str(folder),
        Capped(tuple(found[:limit]), len(found)),
        last,
        next_due,
        next_due is None or next_due <= now,
        described[0].verified if described else None,
    )


def _database(session: Session) -> DatabaseStatus:
    """Size from the database's own bookkeeping (instant); no integrity check: PRAGMA quick_check reads the whole
    file (about 2.7 s for 700 MB), far too slow for a home screen."""
    backend, location, _ = _database_name(session)
    if backend == "sqlite":
        page_size = int(session.execute(text("PRAGMA page_size")).scalar_one())
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())
        free = int(session.execute(text("PRAGMA freelist_count")).scalar_one())
        return DatabaseStatus(backend, location, pages * page_size, free * page_size)
    if backend == "postgresql":
        size = session.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        return DatabaseStatus(backend, location, int(size), None)
    return DatabaseStatus(backend, location, None, None)


def _locked(session: Session, now: datetime) -> tuple[LockedUser, ...]:
    rows = session.execute(
        select(User.id, User.username, User.full_name, User.role, User.locked_until)
        .where(User.active.is_(True), User.locked_until > now)
        .order_by(User.locked_until.desc(), User.id)
    ).all()
    return tuple(LockedUser(i, username, name, role, until) for i, username, name, role, until in rows if until)


class HomeService:
    def __init__(self, session_factory: SessionFactory, actor: Actor, backup_dir: Path | None = None) -> None:
        self._sf = session_factory
        self._actor = actor
        self._backup_dir = backup_dir

    def home(self) -> AgentHome | ManagerHome | FinanceHome | AdminHome:
        """The home of the logged-in person's role."""
        role = self._actor.role
        if role == MANAGER:
            return self.manager()
        if role == FINANCE:
            return self.finance()
        if role == ADMIN:
            return self.admin()
        return self.agent()

    def agent(self, today: date | None = None) -> AgentHome:
        """The agent's day: their visits due today and overdue, their unfinished intakes, referrals past due and
        open cases without consent in force."""
        require(self._actor, Action.CASE_EDIT)
        with reading(self._sf) as session:
            return agent_home(session, self._actor.user_id, today or date.today(), LIMIT)

    def manager(self, today: date | None = None) -> ManagerHome:
        """The queues waiting for the manager, operators full or behind, and the trend charts' figures."""
        require(self._actor, Action.DASHBOARD_VIEW)
        require(self._actor, Action.OPERATOR_DESIGNATE)
        with reading(self._sf) as session:
            return manager_home(session, today or date.today(), LIMIT)

    def finance(self, today: date | None = None) -> FinanceHome:
        """Payments to make and the cash to prepare, budget consumed, periods, and unreconciled transfers."""
        require(self._actor, Action.DASHBOARD_VIEW)
        require(self._actor, Action.LEDGER_VIEW)
        with reading(self._sf) as session:
            return finance_home(session, today or date.today(), LIMIT)

    def admin(self, now: datetime | None = None) -> AdminHome:
        """Backups found in the backup folder, accounts locked out, the database's size."""
        require(self._actor, Action.BACKUP_RUN)
        require(self._actor, Action.USERS_MANAGE)
        now = now or datetime.now(UTC)
        folder = self._backup_dir or user_paths().backups
        with reading(self._sf) as session:
            _, _, name = _database_name(session)
            locked = _locked(session, now)
            database = _database(session)
        described = list_folder(folder, name) if name and folder.is_dir() else []  # the manifests, read once
        status = backups(folder, name, now, described=described)
        checked = next((v for v in described if v.verified), None)
        if checked is not None:  # its integrity check ran on a copy of the database taken then
            database = replace(database, checked_at=checked.created_at, healthy=True)
        return AdminHome(now, status, locked, database)
