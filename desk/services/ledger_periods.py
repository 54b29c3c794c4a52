"""Periods: the finance officer closes a month once it is over; nothing is posted into it afterwards, and the
fingerprint of the ledger at closing (the hash of its last entry) is printed in the closing report."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select

from desk.i18n import translate
from desk.models.account import User
from desk.models.ledger import LedgerEntry, LedgerPeriod, LedgerTotal
from desk.services.dto import Actor
from desk.services.errors import ValidationError
from desk.services.ledger_dto import LedgerFilter, PeriodView, TotalLine, VerifyReport
from desk.services.ledger_posting import head
from desk.services.ledger_rules import period_of
from desk.services.ledger_verify import verify_ledger
from desk.services.ledger_views import LedgerViews
from desk.services.permissions import Action, require
from desk.services.uow import SessionFactory, reading, writing

PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def period_bounds(period: str) -> tuple[date, date]:
    match = PERIOD.match(period)
    if match is None:
        raise ValidationError("period", translate("Errors", "Period: a month written YYYY-MM, e.g. 2026-10."))
    year, month = int(match[1]), int(match[2])
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)


class LedgerPeriods:
    def __init__(self, session_factory: SessionFactory, actor: Actor) -> None:
        self._sf = session_factory
        self._actor = actor

    def periods(self) -> list[PeriodView]:
        """Every month with entries or closed, newest first, with its entries and net totals per currency."""
        require(self._actor, Action.LEDGER_VIEW)
        with reading(self._sf) as session:
            sums: dict[str, list[tuple[str, int]]] = {}
            counts: dict[str, int] = {}
            for period, currency, n, net in session.execute(  # from the running sums: a few rows a month
                select(
                    LedgerTotal.period,
                    LedgerTotal.currency,
                    func.sum(LedgerTotal.entries),
                    func.sum(LedgerTotal.paid + LedgerTotal.reversed),
                )
                .group_by(LedgerTotal.period, LedgerTotal.currency)
                .having(func.sum(LedgerTotal.entries) > 0)
            ):
                sums.setdefault(period, []).append((currency, int(net or 0)))
                counts[period] = counts.get(period, 0) + int(n)
            closed = {
                p.period: (p, name)
                for p, name in session.execute(
                    select(LedgerPeriod, User.full_name).join(User, User.id == LedgerPeriod.closed_by_id)
                )
            }
            current = period_of(date.today())
            names = sorted(set(sums) | set(closed) | {current}, reverse=True)
            return [
                PeriodView(
                    name,
                    closed[name][0].closed_at if name in closed else None,
                    closed[name][1] if name in closed else "",
                    closed[name][0].last_seq if name in closed else None,
                    closed[name][0].fingerprint if name in closed else "",
                    counts.get(name, 0),
                    tuple(sorted(sums.get(name, []))),
                )
                for name in names
            ]

    def close(self, period: str) -> PeriodView:
        """Close a month that is over; earlier months with entries must be closed first."""
        require(self._actor, Action.PERIOD_CLOSE)
        first, last = period_bounds(period)
        if last >= date.today():
            raise ValidationError(
                "period",
                translate("Errors", "{period} is not over yet: close it from the first day of the next month.").format(
                    period=period
                ),
            )
        with writing(self._sf, self._actor) as session:
            if session.get(LedgerPeriod, period) is not None:
                raise ValidationError(
                    "period", translate("Errors", "{period} is already closed.").format(period=period)
                )
            earlier = session.scalar(
                select(LedgerEntry.period)
                .where(
                    LedgerEntry.period < period,
                    LedgerEntry.period.not_in(select(LedgerPeriod.period)),
                )
                .order_by(LedgerEntry.period)
                .limit(1)
            )
            if earlier is not None:
                raise ValidationError(
                    "period",
                    translate("Errors", "Close {earlier} first: months are closed in order.").format(earlier=earlier),
                )
            seq, fingerprint = head(session)
            session.add(
                LedgerPeriod(period=period, closed_by_id=self._actor.user_id, last_seq=seq, fingerprint=fingerprint)
            )
        return next(p for p in self.periods() if p.period == period)

    def closing_totals(self, period: str) -> dict[str, list[TotalLine]]:
        """The closing report's tables: totals per donor, per programme and per modality."""
        require(self._actor, Action.LEDGER_VIEW)
        first, last = period_bounds(period)
        views = LedgerViews(self._sf, self._actor)
        f = LedgerFilter(date_from=first, date_to=last)
        return {group: views.totals(f, (group,)) for group in ("donor", "programme", "modality")}

    def verify(self) -> VerifyReport:
        require(self._actor, Action.LEDGER_VIEW)
        return verify_ledger_now(self._sf)


def verify_ledger_now(session_factory: SessionFactory) -> VerifyReport:
    """For `desk verify` (an administrator's check that shows no personal data) and the ledger screen."""
    with reading(session_factory) as session:
        return verify_ledger(session)
