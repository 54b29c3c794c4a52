"""Plain functions that make test data through the services, with sensible defaults."""

from __future__ import annotations

import itertools

from desk.services.context import DeskContext
from desk.services.dto import Actor

PASSWORD = "correct-horse-42"
_seq = itertools.count(1)


def make_admin(context: DeskContext, username: str = "root") -> Actor:
    """The desk's first administrator (or a further one when the desk already has accounts)."""
    if not context.auth.has_users():
        return context.auth.create_first_admin(username, "Admin Istrateur", PASSWORD)
    first = context.auth.authenticate("root", PASSWORD)
    return make_user(context, "admin", username=username, by=first)


def make_user(
    context: DeskContext,
    role: str,
    *,
    username: str | None = None,
    by: Actor | None = None,
    full_name: str | None = None,
) -> Actor:
    """An active account of `role` that can log in with PASSWORD (its temporary password)."""
    admin = by or (context.auth.authenticate("root", PASSWORD) if context.auth.has_users() else make_admin(context))
    name = username or f"{role}{next(_seq)}"
    context.for_actor(admin).accounts.add_user(name, full_name or f"{role.title()} Test", role, PASSWORD)
    return context.auth.authenticate(name, PASSWORD)
