"""Transactions for services: one `writing` or `reading` block per public method.

A write commits only when the whole block succeeded; on any error everything is rolled back, and
database failures become DeskErrors with a message for the desk (never SQL, paths or personal data).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desk.i18n import translate
from desk.models.auditing import SYSTEM, ActorRef, set_actor
from desk.models.db import SERVER_ENDED_SESSION, Failure, classify_failure, read_only, sqlstate
from desk.services.dto import Actor
from desk.services.errors import Conflict, DatabaseDamaged, DatabaseUnavailable, DiskFull, StorageError

log = logging.getLogger(__name__)
SessionFactory = sessionmaker[Session]


def actor_ref(actor: Actor | None) -> ActorRef:
    return SYSTEM if actor is None else ActorRef(actor.user_id, actor.username)


@contextmanager
def writing(session_factory: SessionFactory, actor: Actor | None) -> Iterator[Session]:
    session = session_factory()
    set_actor(session, actor_ref(actor))
    committing = False
    try:
        yield session
        session.flush()
        committing = True  # from here on the server may have received COMMIT
        session.commit()
    except StaleDataError as exc:
        session.rollback()
        raise Conflict() from exc
    except IntegrityError as exc:
        session.rollback()
        log.warning("integrity error: %s", type(exc.orig).__name__)
        raise StorageError(
            translate(
                "Errors", "The database refused the change because it conflicts with existing data. Nothing was saved."
            )
        ) from exc
    except DBAPIError as exc:
        session.rollback()
        log.warning("database error while saving: %s (%s)", type(exc.orig).__name__, classify_failure(exc))
        raise write_failure(exc, committing=committing) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def write_failure(exc: DBAPIError, *, committing: bool = False) -> StorageError:
    """The message for a failed save; never SQL, a path or personal data."""
    kind = classify_failure(exc)
    if kind is Failure.CONNECTION_LOST and committing and sqlstate(exc) not in SERVER_ENDED_SESSION:
        # The connection broke after COMMIT was sent and before the server answered: PostgreSQL saved the change
        # entirely or not at all, and only the database can say which.
        return DatabaseUnavailable(
            translate(
                "Errors",
                "The connection to the database server was lost while saving. The change was saved entirely or "
                "not at all: look for it before doing it again. Guichet reconnects by itself.",
            )
        )
    if kind is Failure.CONNECTION_LOST:
        return DatabaseUnavailable(
            translate(
                "Errors",
                "The connection to the database server was lost (the server may have restarted). Nothing was "
                "saved: try again; Guichet reconnects by itself.",
            )
        )
    if kind is Failure.UNREACHABLE:
        return DatabaseUnavailable(
            translate(
                "Errors",
                "The database cannot be reached. Nothing was saved: check the network or the server, then try again.",
            )
        )
    if kind is Failure.DISK_FULL:
        return DiskFull(
            translate(
                "Errors",
                "The disk that holds the database is full. Nothing was saved: free some space, then try again.",
            )
        )
    if kind is Failure.DAMAGED:
        return DatabaseDamaged(damaged_message())
    if kind is Failure.READ_ONLY:
        return StorageError(
            translate(
                "Errors",
                "The database cannot be written to: its file or folder is read-only. Nothing was saved.",
            )
        )
    if isinstance(exc, OperationalError):
        return StorageError(
            translate("Errors", "The database is busy or unreachable. Nothing was saved; try again in a moment.")
        )
    return StorageError(translate("Errors", "The database reported an error. Nothing was saved."))


def damaged_message() -> str:
    return translate(
        "Errors",
        "The database file is damaged and cannot be read. Nothing was changed. Close Guichet and ask your "
        "administrator to restore the last verified backup.",
    )


def read_failure(exc: DBAPIError) -> StorageError:
    kind = classify_failure(exc)
    if kind in (Failure.CONNECTION_LOST, Failure.UNREACHABLE):
        return DatabaseUnavailable(
            translate(
                "Errors",
                "The connection to the database was lost or cannot be made. Try again; Guichet reconnects by itself.",
            )
        )
    if kind is Failure.DAMAGED:
        return DatabaseDamaged(damaged_message())
    return StorageError(translate("Errors", "The database is busy or unreachable; try again in a moment."))


@contextmanager
def reading(session_factory: SessionFactory) -> Iterator[Session]:
    session = session_factory()
    try:
        read_only(session)
        yield session
    except OperationalError as exc:
        log.warning("database error while reading: %s (%s)", type(exc.orig).__name__, classify_failure(exc))
        raise read_failure(exc) from exc
    finally:
        session.close()  # ends the read transaction; loaded objects stay readable (close() does not expire them)
