"""Benchmark: each role's home screen fully drawn on a large desk (issue 9: under 1 s each).

    python bench/bench_home.py --db FILE.sqlite [--runs 5] [--roles agent,manager,finance,admin]

"Fully drawn" is what a person waits for after logging in: the home widget built, the service's queries run (in the
background, as in the application), the tiles, lists and charts filled, and the whole screen painted once at
1366 × 768 (offscreen). Each role is drawn once to warm the caches, then `--runs` times; the first (cold) draw is
printed too. The actors are read from the users table, so no login is written to the audit trail.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
ROLES = ("agent", "manager", "finance", "admin")


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a SQLite file or a database URL")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--roles", default=",".join(ROLES))
    args = parser.parse_args()
    os.environ.setdefault("DESK_HOME", tempfile.mkdtemp(prefix="bench_home_"))  # no real backup folder read

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desk.models.account import User
    from desk.services.context import DeskContext
    from desk.services.dto import Actor
    from desk.ui.home.home_widget import HomeWidget

    app = QApplication([])
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    context = DeskContext(url)
    info = context.desk.info()
    with context.session_factory() as session:
        users = session.execute(
            select(User.id, User.username, User.full_name, User.role).where(User.active.is_(True)).order_by(User.id)
        ).all()
    actors: dict[str, Actor] = {}
    for user_id, username, full_name, role in users:
        actors.setdefault(role, Actor(user_id, username, full_name, role))

    def draw(role: str) -> float:
        started = time.perf_counter()
        home = HomeWidget(context.for_actor(actors[role]), info)
        home.resize(1366, 768)
        home.show()
        while home.data is None or home.loading():
            app.processEvents()
            time.sleep(0.001)
        if home.error_label.isVisible():
            raise SystemExit(f"{role} home failed: {home.error_label.text()}")
        home.grab()  # paints every visible tile, list and chart
        elapsed = time.perf_counter() - started
        home.close()
        home.deleteLater()
        app.processEvents()
        return elapsed * 1000

    for role in args.roles.split(","):
        if role not in actors:
            print(f"{role} home: no active {role} account in this database")
            continue
        cold = draw(role)
        times = [draw(role) for _ in range(args.runs)]
        print(
            f"{role} home fully drawn: median {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms, "
            f"first (cold) {cold:.1f} ms (n={len(times)})",
            flush=True,
        )
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
