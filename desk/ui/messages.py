"""Showing errors to the person at the desk: the service's own message, never a stack trace."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from desk.i18n import translate
from desk.services.errors import Conflict, DeskError
from desk.services.ledger_service import Refused

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, DeskError):
        return exc.message
    log.error("unexpected error: %s", type(exc).__name__)
    return translate(
        "Messages", "Something unexpected went wrong. Nothing was saved. The details are in the application log."
    )


def refusal_text(exc: BaseException) -> str:
    """A refusal as a list of reasons the person can read out; any other error as its message."""
    if isinstance(exc, Refused):
        heading = translate("LedgerScreens", "This cannot be done:")
        return "\n".join([heading, *(f"• {reason}" for reason in exc.reasons)])
    return error_text(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title = (
        translate("Messages", "Changed by someone else")
        if isinstance(exc, Conflict)
        else translate("Messages", "Cannot do this")
    )
    text = error_text(exc)
    if isinstance(exc, Conflict) and exc.current:
        lines = "\n".join(f"• {key}: {value}" for key, value in exc.current.items())
        heading = translate("Messages", "Now in the database:")
        text = f"{text}\n\n{heading}\n{lines}"
    QMessageBox.warning(parent, title, text)
