"""Benchmark: the follow-up calendar at 100,000 cases and about 500,000 visits.

    python bench/bench_followup.py [--db FILE] [--returnees 100000] [--visits-per-case 5]

Builds (or reuses) a demonstration desk, then gives every case a monitoring year (1, 3, 6, 9, 12 months after a
start spread over the last two years), the past visits recorded with a realistic mix and some left overdue.
Measures the month view for the whole desk, a day's visits, the overdue list and its count, a person's day,
the calendar workspace opened, and the iCalendar export of one operator.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_registry import open_bench_desk, report, widget_open_times  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from desk.models.account import User  # noqa: E402
from desk.models.followup import Visit  # noqa: E402
from desk.models.returnee import Case  # noqa: E402
from desk.services.context import DeskContext  # noqa: E402
from desk.services.followup_dto import CalendarFilter  # noqa: E402
from desk.services.followup_rules import add_months  # noqa: E402

MONTHS = (1, 3, 6, 9, 12)


def fill(context: DeskContext, target: int, seed: int = 11) -> None:
    rng = random.Random(seed)
    with context.session_factory.begin() as session:
        if (session.scalar(select(func.count()).select_from(Visit)) or 0) >= target:
            return
        agents = list(session.scalars(select(User.id).where(User.role == "agent")))
        cases = session.execute(select(Case.id, Case.operator_id)).all()
        today = date.today()
        now = datetime.now(UTC)
        batch: list[dict] = []  # type: ignore[type-arg]
        made = 0
        for case_id, operator_id in cases:
            if made >= target:
                break
            start = today - timedelta(days=rng.randrange(0, 730))
            for month in MONTHS:
                due = add_months(start, month)
                phone = month == 1 or operator_id is None
                row = {
                    "case_id": case_id,
                    "cycle": 1,
                    "month": month,
                    "due_on": due,
                    "kind": "phone" if phone else "field",
                    "assigned_user_id": rng.choice(agents) if phone else None,
                    "operator_id": None if phone else operator_id,
                    "assess": month == 12,
                    "status": "planned",
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
                if due < today:
                    roll = rng.random()
                    if roll >= 0.12:
                        outcome = "done" if roll < 0.8 else "missed" if roll < 0.92 else "unreachable"
                        row.update(status=outcome, outcome=outcome, done_on=due, project_status="running")
                batch.append(row)
                made += 1
            if len(batch) >= 20_000:
                session.execute(insert(Visit), batch)
                batch.clear()
        if batch:
            session.execute(insert(Visit), batch)
    with context.engine.connect() as conn:
        if context.backend == "sqlite":
            conn.exec_driver_sql("ANALYZE visits")


def timed(fn, runs: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing bench database (SQLite file or URL)")
    parser.add_argument("--returnees", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=500_000)
    args = parser.parse_args()
    context = open_bench_desk(args.db, args.returnees)
    started = time.perf_counter()
    fill(context, args.visits)
    with context.session_factory() as session:
        total = session.scalar(select(func.count()).select_from(Visit))
        operator_id, busiest = session.execute(
            select(Visit.operator_id, func.count())
            .where(Visit.operator_id.is_not(None))
            .group_by(Visit.operator_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    print(f"visits: {total:,} (filled in {time.perf_counter() - started:.1f} s); busiest operator has {busiest:,}")
    manager = context.for_actor(context.auth.authenticate("manager", "demo"))
    agent = context.for_actor(context.auth.authenticate("agent", "demo"))
    views = manager.followup_views
    today = date.today()
    first = today.replace(day=1)
    month = CalendarFilter(first, add_months(first, 1) - timedelta(days=1))
    counts = views.month_counts(month)
    print(f"this month: {sum(d.planned + d.done + d.overdue + d.other for d in counts):,} visits")
    print(report("month view, whole desk (counts per day)", timed(lambda: views.month_counts(month))))
    print(report("a day's visits, first page", timed(lambda: views.visits(CalendarFilter(today, today)))))
    week = CalendarFilter(today, today + timedelta(days=6))
    print(report("week view, first page", timed(lambda: views.visits(week))))
    print(report("overdue list, first page", timed(lambda: views.overdue(today))))
    print(report("overdue count", timed(lambda: views.overdue_count(today))))
    print(report("overdue by operator", timed(lambda: views.overdue_by_operator(today))))
    print(report("an agent's day (today + overdue count)", timed(lambda: agent.followup_views.my_day(today))))
    reports = getattr(manager, "followup_reports", None)
    if reports is not None:
        print(report("iCalendar of the busiest operator", timed(lambda: reports.ics_for_operator(operator_id), 3)))
    try:
        from desk.ui.followup.followup_widget import FollowupWidget  # type: ignore[import-not-found]
    except ImportError:
        return 0
    print(report("follow-up workspace opened (month view)", widget_open_times(lambda: FollowupWidget(manager))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
