"""Benchmark: ranked operator suggestions for one case, and opening the designation queue.

    python bench/bench_operators.py [--db FILE] [--returnees 100000]

Without --db a demonstration database is created first (a dozen operators; about 30 % of the cases wait
for an operator, i.e. some 30,000 at 100,000 returnees: more than the 5,000 the target names).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))
from bench_registry import open_bench_desk, report, widget_open_times  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desk.models.returnee import Case  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--returnees", type=int, default=100_000)
    args = parser.parse_args()
    context = open_bench_desk(args.db, args.returnees)
    services = context.for_actor(context.auth.authenticate("manager", "demo"))
    waiting = services.operators.waiting_cases(limit=1000)
    suggest_times = []
    for case in waiting[:200]:
        started = time.perf_counter()
        services.operators.suggest(case.case_id)
        suggest_times.append(time.perf_counter() - started)

    from desk.ui.operators.designation_widget import DesignationWidget

    open_times = widget_open_times(lambda: DesignationWidget(services))
    operators = services.operators.list_operators()
    with context.session_factory() as session:
        count = session.scalar(
            select(func.count())
            .select_from(Case)
            .where(Case.operator_id.is_(None), Case.status.in_(("registered", "assessed")))
        )
    print(f"database: {context.label}; {len(operators)} operators; {count:,} cases waiting for one")
    print(report("ranked suggestions for one case (service call)", suggest_times))
    print(
        report("designation queue built and painted with its first page and the first case's suggestions", open_times)
    )
    print(f"median of the queue opening: {statistics.median(open_times) * 1000:.0f} ms")
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
