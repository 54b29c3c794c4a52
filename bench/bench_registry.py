"""Benchmark: registry search as the agent types, the duplicate check at intake, opening the registry.

    python bench/bench_registry.py [--db FILE] [--returnees 100000] [--rounds 3]

Without --db a demonstration database of --returnees persons is created first (about 20 s).
Queries are drawn from the database itself (with a fixed seed): name fragments typed letter by
letter, whole names, misspellings, case numbers, phone numbers and ID numbers.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desk.models.returnee import Case, Person  # noqa: E402
from desk.services.context import DeskContext  # noqa: E402


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :] if rng.random() < 0.5 else word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(name: str, values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"{name}: median {statistics.median(ms):.1f} ms, p95 {percentile(ms, 95):.1f} ms, "
        f"max {max(ms):.1f} ms (n={len(ms)})"
    )


def queries(context: DeskContext, rng: random.Random) -> tuple[list[str], list[tuple]]:  # type: ignore[type-arg]
    """What agents type: names letter by letter, full names, misspellings, case, phone and ID numbers."""
    with context.session_factory() as s:
        people = s.execute(
            select(Person.family_name, Person.given_names, Person.phone, Person.id_document_number, Person.birth_date)
        ).all()
        numbers = list(s.scalars(select(Case.number)))
    picks = rng.sample(people, 60)
    family = [p.family_name.split()[0] for p in picks]
    given = [p.given_names.split()[0] for p in picks]
    typed: list[str] = []
    for word in family[:20]:  # typed letter by letter, searched from the third letter on
        typed.extend(word[:n] for n in range(3, len(word) + 1))
    typed += [f"{g} {f}" for f, g in zip(family[20:30], given[20:30], strict=True)]
    typed += [typo(rng, f) for f in family[30:45]]
    typed += [f"{typo(rng, g)} {f[:4]}" for f, g in zip(family[45:50], given[45:50], strict=True)]
    typed += rng.sample(numbers, 10)
    typed += [p.phone[-9:] for p in picks[50:60] if p.phone]
    typed += [p.id_document_number for p in picks[50:60] if p.id_document_number]
    checks = [
        (typo(rng, p.family_name.split()[0]), p.given_names.split()[0], p.birth_date) for p in rng.sample(people, 100)
    ]
    return typed, checks


def widget_open_times(build, runs: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    """What a person waits for on opening a workspace: built, its first page fetched and painted (offscreen)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        widget = build()
        widget.resize(1200, 700)
        widget.show()
        widget.grab()  # forces a full paint of the visible rows
        app.processEvents()
        times.append(time.perf_counter() - started)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return times


def open_registry_widget(services) -> list[float]:  # type: ignore[no-untyped-def]
    from desk.ui.registry.registry_widget import RegistryWidget

    return widget_open_times(lambda: RegistryWidget(services))


def open_bench_desk(db: str | None, returnees: int) -> DeskContext:
    """The database to measure: the one given, or a new demonstration desk of `returnees` persons."""
    tmp = tempfile.mkdtemp()
    os.environ["DESK_HOME"] = tmp
    db = db or str(Path(tmp) / "bench.sqlite")
    if not Path(db).exists() and "://" not in db:
        subprocess.run(
            [sys.executable, "-m", "desk", "demo", "--db", db, "--returnees", str(returnees)],
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
    context = DeskContext(db if "://" in db else f"sqlite:///{db}")
    context.migrate(None)
    return context


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--returnees", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    context = open_bench_desk(args.db, args.returnees)
    services = context.for_actor(context.auth.authenticate("agent", "demo"))
    rng = random.Random(42)
    typed, checks = queries(context, rng)
    search_times, check_times, hits = [], [], 0
    for _ in range(args.rounds):
        for query in typed:
            started = time.perf_counter()
            rows = services.registry.search(query, limit=100)
            search_times.append(time.perf_counter() - started)
            hits += bool(rows)
        for family, given, birth in checks:
            started = time.perf_counter()
            services.intake.check_duplicates(family, given, birth_date=birth)
            check_times.append(time.perf_counter() - started)
    first_page = []
    for _ in range(5):
        started = time.perf_counter()
        services.registry.search("", limit=100)
        first_page.append(time.perf_counter() - started)
    widget_times = open_registry_widget(services)
    print(
        f"database: {context.label}; {len(typed)} queries x {args.rounds} rounds; {hits} of "
        f"{len(typed) * args.rounds} searches found something"
    )
    print(report("search as you type (service call, 100 rows)", search_times))
    print(report("duplicate check at intake (misspelt family name + given name + date of birth)", check_times))
    print(report("registry first page, no filter (service call)", first_page))
    print(report("registry workspace built and painted with its first page (offscreen)", widget_times))
    context.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
