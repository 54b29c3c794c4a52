"""Accounts: logging in (with lockout), the first administrator, and user management by the admin."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk.i18n import translate
from desk.models.account import User
from desk.models.audit import LOCKED_OUT, LOGIN, LOGIN_FAILED, UNLOCK
from desk.models.auditing import ActorRef, record_event, set_actor
from desk.models.base import utcnow
from desk.services.dto import Actor, UserDTO
from desk.services.errors import AccountLocked, AuthenticationFailed, Conflict, NotFound, ValidationError
from desk.services.passwords import hash_password, needs_rehash, verify_password
from desk.services.permissions import ADMIN, ROLES, Action, require
from desk.services.uow import SessionFactory, reading, writing
from desk.services.validation import check_password, clean_text, clean_username

MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=15)
# Verified against when the user name is unknown, so a wrong name costs as much time as a wrong password.
_DUMMY_HASH = None


def _to_dto(user: User, now: datetime | None = None) -> UserDTO:
    now = now or utcnow()
    return UserDTO(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=user.role,
        active=user.active,
        locked=bool(user.locked_until and user.locked_until > now),
        must_change_password=user.must_change_password,
        language=user.language,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role, user.language, user.must_change_password)


def _bad_credentials() -> AuthenticationFailed:
    return AuthenticationFailed(translate("Errors", "Wrong user name or password."))


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role", translate("Errors", "Role: choose agent, manager, finance or admin."))
    return role


class AuthService:
    """What happens before anyone is logged in."""

    def __init__(self, session_factory: SessionFactory) -> None:
        self._sf = session_factory

    def has_users(self) -> bool:
        """True once the desk has at least one account (otherwise the first administrator is asked for)."""
        with reading(self._sf) as session:
            return bool(session.scalar(select(func.count()).select_from(User)))

    @staticmethod
    def validate_first_admin(username: str, full_name: str, password: str) -> tuple[str, str]:
        """Check the first administrator's details without writing anything."""
        username = clean_username(username)
        full_name = clean_text("full_name", full_name, max_length=200, label=translate("Fields", "Full name"))
        check_password(password)
        return username, full_name

    def create_first_admin(self, username: str, full_name: str, password: str) -> Actor:
        """Create the desk's first administrator; refused once any account exists."""
        username, full_name = self.validate_first_admin(username, full_name, password)
        with writing(self._sf, None) as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise Conflict(translate("Errors", "This desk already has accounts: ask its administrator."))
            user = User(username=username, full_name=full_name, role=ADMIN, password_hash=hash_password(password))
            session.add(user)
            session.flush()
            return _actor(user)

    def authenticate(self, username: str, password: str) -> Actor:
        """The actor for these credentials. Five failures in a row lock the account for 15 minutes."""
        name = (username or "").strip().lower()
        failure: Exception | None = None
        with writing(self._sf, None) as session:
            user = session.scalar(select(User).where(User.username == name))
            now = utcnow()
            if user is None or not user.active:
                _burn_time(password)
                record_event(session, LOGIN_FAILED, "users", None, summary=f"unknown or disabled account: {name[:64]}")
                failure = _bad_credentials()
            elif user.locked_until and user.locked_until > now:
                set_actor(session, ActorRef(user.id, user.username))
                minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
                record_event(session, LOGIN_FAILED, "users", user.id, summary="account locked")
                failure = AccountLocked(
                    translate(
                        "Errors", "Too many failed attempts: this account is locked for {minutes} more minute(s)."
                    ).format(minutes=minutes)
                )
            elif not verify_password(user.password_hash, password):
                set_actor(session, ActorRef(user.id, user.username))
                user.failed_attempts += 1
                record_event(session, LOGIN_FAILED, "users", user.id, summary="wrong password")
                if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                    user.locked_until = now + LOCKOUT
                    user.failed_attempts = 0
                    record_event(session, LOCKED_OUT, "users", user.id, summary="too many failed attempts")
                    failure = AccountLocked(
                        translate(
                            "Errors", "Too many failed attempts: this account is locked for {minutes} minutes."
                        ).format(minutes=int(LOCKOUT.total_seconds() // 60))
                    )
                else:
                    failure = _bad_credentials()
            else:
                set_actor(session, ActorRef(user.id, user.username))
                user.failed_attempts = 0
                user.locked_until = None
                user.last_login_at = now
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                record_event(session, LOGIN, "users", user.id)
                return _actor(user)
        # Committed (the failed attempt is counted), then reported.
        assert failure is not None
        raise failure

    def verify_unlock(self, actor: Actor, password: str) -> Actor:
        """Unlock a workstation locked for idleness: the same person, the same lockout rules."""
        result = self.authenticate(actor.username, password)
        if result.user_id != actor.user_id:  # pragma: no cover - same user name means same account
            raise _bad_credentials()
        with writing(self._sf, actor) as session:
            record_event(session, UNLOCK, "users", actor.user_id)
        return result


def _burn_time(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password("not-a-real-password")
    verify_password(_DUMMY_HASH, password)


class AccountService:
    """User management (administrator) and one's own password (everyone)."""

    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def list_users(self) -> list[UserDTO]:
        """Every account, active or not, by user name."""
        require(self._actor, Action.USERS_MANAGE)
        with reading(self._sf) as session:
            now = utcnow()
            return [_to_dto(u, now) for u in session.scalars(select(User).order_by(User.username))]

    def add_user(self, username: str, full_name: str, role: str, password: str, language: str = "fr") -> UserDTO:
        """Create an account; the person must choose their own password at first login."""
        require(self._actor, Action.USERS_MANAGE)
        username = clean_username(username)
        full_name = clean_text("full_name", full_name, max_length=200, label=translate("Fields", "Full name"))
        role = _check_role(role)
        check_password(password)
        with writing(self._sf, self._actor) as session:
            if session.scalar(select(User.id).where(User.username == username)):
                raise ValidationError(
                    "username", translate("Errors", "User name: '{name}' is already taken.").format(name=username)
                )
            user = User(
                username=username,
                full_name=full_name,
                role=role,
                password_hash=hash_password(password),
                must_change_password=True,
                language=language if language in ("fr", "en") else "fr",
            )
            session.add(user)
            session.flush()
            return _to_dto(user)

    def update_user(self, user_id: int, expected_version: int, *, full_name: str, role: str, language: str) -> UserDTO:
        """Change name, role or language; refused if someone else changed the account meanwhile."""
        require(self._actor, Action.USERS_MANAGE)
        full_name = clean_text("full_name", full_name, max_length=200, label=translate("Fields", "Full name"))
        role = _check_role(role)
        with writing(self._sf, self._actor) as session:
            user = self._get(session, user_id, expected_version)
            if user.id == self._actor.user_id and role != ADMIN:
                raise ValidationError(
                    "role", translate("Errors", "Role: you cannot remove your own administrator role.")
                )
            user.full_name, user.role, user.language = full_name, role, language if language in ("fr", "en") else "fr"
            session.flush()
            return _to_dto(user)

    def set_active(self, user_id: int, expected_version: int, active: bool) -> UserDTO:
        """Disable (or re-enable) an account; accounts are never deleted, so the audit trail keeps its authors."""
        require(self._actor, Action.USERS_MANAGE)
        with writing(self._sf, self._actor) as session:
            user = self._get(session, user_id, expected_version)
            if user.id == self._actor.user_id and not active:
                raise ValidationError("active", translate("Errors", "You cannot disable your own account."))
            user.active = active
            session.flush()
            return _to_dto(user)

    def reset_password(self, user_id: int, expected_version: int, new_password: str) -> UserDTO:
        """Set a temporary password and unlock; the person must change it at next login."""
        require(self._actor, Action.USERS_MANAGE)
        check_password(new_password)
        with writing(self._sf, self._actor) as session:
            user = self._get(session, user_id, expected_version)
            user.password_hash = hash_password(new_password)
            user.must_change_password = True
            user.locked_until = None
            user.failed_attempts = 0
            session.flush()
            return _to_dto(user)

    def change_own_password(self, current_password: str, new_password: str) -> None:
        """Everyone may change their own password, knowing the current one."""
        check_password(new_password, field="new_password")
        if new_password == current_password:
            raise ValidationError("new_password", translate("Errors", "New password: choose a different password."))
        with writing(self._sf, self._actor) as session:
            user = session.get(User, self._actor.user_id)
            if user is None or not verify_password(user.password_hash, current_password):
                raise ValidationError("current_password", translate("Errors", "Current password: it is not correct."))
            user.password_hash = hash_password(new_password)
            user.must_change_password = False

    def _get(self, session: Session, user_id: int, expected_version: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(translate("Errors", "This account no longer exists."))
        if user.version != expected_version:
            raise Conflict(current={"full_name": user.full_name, "role": user.role, "active": user.active})
        return user
