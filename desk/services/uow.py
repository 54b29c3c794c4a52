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
from desk.models.db import read_only
from desk.services.dto import Actor
from desk.services.errors import Conflict, StorageError

log = logging.getLogger(__name__)
SessionFactory = sessionmaker[Session]


def actor_ref(actor: Actor | None) -> ActorRef:
    return SYSTEM if actor is None else ActorRef(actor.user_id, actor.username)


@contextmanager
def writing(session_factory: SessionFactory, actor: Actor | None) -> Iterator[Session]:
    session = session_factory()
    set_actor(session, actor_ref(actor))
    try:
        yield session
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
    except OperationalError as exc:
        session.rollback()
        log.warning("operational error: %s", type(exc.orig).__name__)
        raise StorageError(
            translate("Errors", "The database is busy or unreachable. Nothing was saved; try again in a moment.")
        ) from exc
    except DBAPIError as exc:
        session.rollback()
        log.warning("database error: %s", type(exc.orig).__name__)
        raise StorageError(translate("Errors", "The database reported an error. Nothing was saved.")) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def reading(session_factory: SessionFactory) -> Iterator[Session]:
    session = session_factory()
    try:
        read_only(session)
        yield session
    except OperationalError as exc:
        log.warning("operational error while reading: %s", type(exc.orig).__name__)
        raise StorageError(translate("Errors", "The database is busy or unreachable; try again in a moment.")) from exc
    finally:
        session.close()  # ends the read transaction; loaded objects stay readable (close() does not expire them)
