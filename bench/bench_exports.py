"""Benchmark: the returnees roster, the indicators and a committee workbook on a large demo desk.

    python bench/bench_exports.py [--db FILE] [--returnees 200000] [--rows 200000] [--runs 2]

Uses --db (a copy: each export writes its audit entry into the database), else creates
/tmp/bench/exports.sqlite with `desk demo --returnees N` (about a minute for 200,000). Every export runs as
`desk export ...` in a child process under GNU time: wall time and peak resident memory of the whole command
(start-up, login, queries, writing). The roster is exported for the desk (--internal: no consent filter) at a
quarter, half and all of --rows, cut by return date, to show that memory does not grow with the rows; then the
default (consented persons only) export of everything, the indicators of the last year and of everything, and
the committee session with the most decisions.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from desk.models.committee import CommitteeDecision  # noqa: E402
from desk.models.returnee import Case  # noqa: E402
from desk.services.context import DeskContext  # noqa: E402

DEFAULT_DB = Path("/tmp/bench/exports.sqlite")


def child(args: list[str]) -> tuple[float, float, str]:
    """Run `desk ARGS` in a fresh process: (seconds, peak resident memory in MB from GNU time, its output)."""
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "desk", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_PASSWORD": "demo", "DESK_LANG": "en"},
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"desk {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024, done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""


def runs(args: list[str], n: int) -> str:
    results = [child(args) for _ in range(n)]
    seconds = [r[0] for r in results]
    peak = max(r[1] for r in results)
    times = ", ".join(f"{s:.1f}" for s in seconds)
    return f"median {statistics.median(seconds):.1f} s ({times}), peak {peak:.0f} MB — {results[0][2]}"


def return_date_cutoff(context: DeskContext, rows: int) -> tuple[date, int]:
    """The return date up to which about `rows` cases returned, and how many exactly."""
    with context.session_factory() as session:
        cutoff = session.scalar(
            select(Case.return_date)
            .where(Case.return_date.is_not(None))
            .order_by(Case.return_date)
            .offset(rows - 1)
            .limit(1)
        )
        if cutoff is None:
            cutoff = session.scalar(select(func.max(Case.return_date)))
        assert cutoff is not None
        count = session.scalar(select(func.count()).select_from(Case).where(Case.return_date <= cutoff)) or 0
    return cutoff, int(count)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing demo desk (SQLite file); it receives the exports' audit entries")
    parser.add_argument("--returnees", type=int, default=200_000, help="size of the demo desk created without --db")
    parser.add_argument("--rows", type=int, default=200_000, help="rows of the largest roster export")
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    os.environ["DESK_HOME"] = tempfile.mkdtemp(prefix="bench-exports-")
    db = Path(args.db) if args.db else DEFAULT_DB
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "desk", "demo", "--db", str(db), "--returnees", str(args.returnees)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        print(f"demo desk of {args.returnees:,} returnees created in {time.perf_counter() - started:.0f} s: {db}")
    context = DeskContext(f"sqlite:///{db}")
    context.migrate(None)
    with context.session_factory() as session:
        cases = session.scalar(select(func.count()).select_from(Case)) or 0
        session_id, decisions = session.execute(
            select(CommitteeDecision.session_id, func.count())
            .group_by(CommitteeDecision.session_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
    print(f"desk: {db} ({db.stat().st_size / 1e6:.0f} MB), {cases:,} cases")
    out = Path(os.environ["DESK_HOME"]) / "export.xlsx"
    manager = ["--db", str(db), "--user", "manager"]

    for share in (4, 2, 1):
        cutoff, count = return_date_cutoff(context, args.rows // share)
        line = runs(["export", "returnees", str(out), "--internal", "--to", cutoff.isoformat(), *manager], args.runs)
        print(f"returnees, {count:,} rows (returned by {cutoff}, default columns): {line}")
    print(f"   file: {out.stat().st_size / 1e6:.1f} MB")
    partner = runs(["export", "returnees", str(out), *manager], 1)
    print(f"returnees, every case, for a partner (consented only): {partner}")
    hxl = runs(["export", "returnees", str(out), "--internal", "--hxl", *manager], 1)
    print(f"returnees, every case, HXL row: {hxl}")
    today = date.today()
    year = ["--from", (today - timedelta(days=365)).isoformat(), "--to", today.isoformat()]
    print(f"indicators, last 12 months: {runs(['export', 'indicators', str(out), *year, *manager], args.runs)}")
    report = ["export", "indicators", str(out), *year, "--pdf", str(out.with_suffix(".pdf")), *manager]
    print(f"indicator report (workbook and PDF), last 12 months: {runs(report, args.runs)}")
    everything = ["--from", "2000-01-01", "--to", today.isoformat()]
    print(f"indicators, everything: {runs(['export', 'indicators', str(out), *everything, *manager], args.runs)}")
    session_args = ["export", "committee", str(out), "--session", str(session_id), *manager]
    print(f"committee session {session_id} ({decisions} decisions): {runs(session_args, args.runs)}")
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
