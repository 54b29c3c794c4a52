"""Benchmark: a committee session with 500 plans on its agenda: opening it, and recording a decision.

    python bench/bench_committee.py [--plans 500]

Builds a demonstration desk (2,000 returnees), then 500 submitted plans through the services.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_registry import report  # noqa: E402

from desk.services.committee_service import synthesis_of  # noqa: E402
from desk.services.context import DeskContext  # noqa: E402
from desk.services.plan_service import PlanInput, PlanLineData  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=500)
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ["DESK_HOME"] = tmp
    context = DeskContext(f"sqlite:///{Path(tmp) / 'bench.sqlite'}")
    context.migrate(None)
    context.desk.initialise("CM", is_demo=True)
    context.demo.generate(2000)
    services = context.for_actor(context.auth.authenticate("manager", "demo"))
    sectors = [s.id for s in services.reference.list_items("sectors")]
    waiting = services.operators.waiting_cases(limit=args.plans)
    operator = services.operators.list_operators()[1].id
    started = time.perf_counter()
    for i, case in enumerate(waiting):
        services.operators.designate(case.case_id, operator, override_capacity=True)
        services.plans.save(
            case.case_id,
            PlanInput(
                sector_id=sectors[i % len(sectors)],
                description="Projet",
                split=(70, 30),
                own_contribution=50_000,
                lines=(
                    PlanLineData("equipment", "Matériel", 1, 600_000),
                    PlanLineData("raw_material", "Stock", 2, 100_000),
                ),
            ),
        )
        services.plans.submit(case.case_id)
    print(f"{len(waiting)} plans submitted in {time.perf_counter() - started:.1f} s")
    session_id = services.committee.open_session(date.today(), "Yaoundé", ["MINJEC", "MINEFOP", "FNE"])
    criteria = {"profitability": 4, "viability": 3, "relevance": 4, "feasibility": 3}
    opening, deciding = [], []
    for i in range(20):
        started = time.perf_counter()
        agenda = services.committee.agenda(session_id)
        synthesis_of(agenda)  # what the screen does with the agenda it loaded
        opening.append(time.perf_counter() - started)
        item = agenda[i]
        started = time.perf_counter()
        services.committee.decide(session_id, item.plan_id, "approved", criteria, item.requested - 50_000, "")
        deciding.append(time.perf_counter() - started)
    print(f"agenda of {len(agenda)} plans")
    print(report("open the agenda and its synthesis (service calls)", opening))
    print(report("record one decision (service call)", deciding))
    print(f"median per screen action: {statistics.median(opening) + statistics.median(deciding):.3f} s")
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
