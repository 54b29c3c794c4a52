"""Every benchmark at the scale DESIGN.md names, with one table of figures against their targets.

    python bench/bench_all.py [--workdir DIR] [--only NAME ...]      (`make bench-all`)

Builds the full-scale desk once in DIR (default /tmp/guichet-bench): `desk demo --returnees 100000`, then the
ledger benchmark fills it to 1,000,000 entries and the follow-up benchmark to about 500,000 visits (each step
is skipped when the file already holds it). Every benchmark script then runs in its own process, on a copy of
that desk when it writes to it; its output is kept in DIR/logs/NAME.log, its figures are read from the lines
it prints, and the table is printed and written to DIR/table.md (Markdown, for bench/README.md).

A figure that cannot be read (a script failed or changed its wording) shows as "missing": the table never
invents a number.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"


@dataclass(frozen=True)
class Figure:
    script: str  # the benchmark's name (its file is bench/bench_NAME.py)
    label: str  # the start of the line the script prints
    name: str  # the table's wording
    target: float
    unit: str  # "ms", "s", "MB" or "x" (a ratio: higher is better)
    pick: str = "median"  # median, p95, first (the first number after the label), peak, ratio


FIGURES = (
    Figure("demo", "desk demo (whole command", "`desk demo --returnees 100000`", 60, "s"),
    Figure("demo", "open: migrate check", "application opened on it (login + main window)", 5, "s"),
    Figure("registry", "search as you type", "registry search as you type, p95", 20, "ms", "p95"),
    Figure("registry", "duplicate check at intake", "duplicate check at intake, p95", 100, "ms", "p95"),
    Figure("registry", "registry workspace built", "registry shown with its first page", 1000, "ms"),
    Figure("operators", "ranked suggestions", "operator suggestions for one case", 100, "ms"),
    Figure("operators", "designation queue built", "designation queue (30,000 waiting) shown", 1000, "ms"),
    Figure("committee", "median per screen action", "committee of 500 plans: one screen action", 300, "ms", "first"),
    Figure("ledger", "Disbursements workspace opened", "ledger workspace opened (1,000,000 entries)", 1000, "ms"),
    Figure("ledger", "ledger tab: filter by donor", "ledger filtered by donor and year", 1000, "ms"),
    Figure("ledger", "balances per donor (all)", "balances per donor", 500, "ms"),
    Figure("ledger", "desk export ledger, a year", "`desk export ledger`, a year (200,000 rows)", 20, "s", "first"),
    Figure("ledger", "desk export ledger, everything", "`desk export ledger`, everything", 90, "s", "first"),
    Figure("ledger", "desk export ledger, everything", "  its peak memory", 300, "MB", "peak"),
    Figure("ledger", "1,000 receipts into one PDF", "1,000 receipts into one PDF", 15, "s", "first"),
    Figure("ledger", "desk verify (process)", "`desk verify`", 30, "s", "first"),
    Figure("followup", "month view, whole desk", "follow-up month view (500,000 visits)", 300, "ms"),
    Figure("followup", "overdue list, first page", "overdue visits, first page", 300, "ms"),
    Figure("followup", "iCalendar of the busiest operator", "an operator's calendar (.ics)", 1000, "ms"),
    Figure("import_read", "ratio:", "workbook reader against openpyxl's default mode", 5, "x", "ratio"),
    Figure("import", "desk import returnees", "`desk import returnees`, 50,000 × 20", 10, "s", "first"),
    Figure("import", "desk import returnees", "  its peak memory", 500, "MB", "peak"),
    Figure("import_checks", "zip bomb", "a zip bomb refused", 1000, "ms", "first"),
    Figure("exports", "returnees, every case, for a partner", "roster export of every case (100,000)", 20, "s"),
    Figure("exports", "returnees, every case, for a partner", "  its peak memory", 500, "MB", "peak"),
    Figure("exports", "indicators, last 12 months", "indicators workbook of a year", 10, "s"),
    Figure(
        "exports",
        "indicator report (workbook and PDF), last 12 months",
        "indicator report of a year, xlsx + PDF",
        10,
        "s",
    ),
    Figure("home", "agent home fully drawn", "agent's home fully drawn", 1000, "ms"),
    Figure("home", "manager home fully drawn", "manager's home fully drawn", 1000, "ms"),
    Figure("home", "finance home fully drawn", "finance's home fully drawn", 1000, "ms"),
    Figure("home", "admin home fully drawn", "administrator's home fully drawn", 1000, "ms"),
)

# What each script needs: its arguments ({db} a copy of the full desk, {full} the full desk itself).
SCRIPTS: dict[str, list[str]] = {
    "demo": ["--returnees", "100000", "--runs", "1"],
    "ledger": ["--db", "{full}"],
    "followup": ["--db", "{full}"],
    "registry": ["--db", "{full}"],
    "operators": ["--db", "{full}"],
    "committee": [],
    "import_read": ["--runs", "1"],
    "import_checks": [],
    "import": ["--db", "{copy}"],
    "exports": ["--db", "{copy}", "--runs", "1"],
    "receipts": ["--runs", "1"],
    "home": ["--db", "{full}"],
}


def number_after(line: str, label: str, pick: str) -> float | None:
    rest = line[line.index(label) + len(label) :] if label in line else ""
    patterns = {
        "median": r"median ([\d.,]+) ?(ms|s)",
        "p95": r"p95 ([\d.,]+) ?(ms|s)",
        "first": r"([\d.,]+) ?(ms|s)\b",
        "peak": r"peak ([\d.,]+) ?MB",
        "ratio": r"([\d.,]+) ?(?:×|times)",
    }
    found = re.search(patterns[pick], rest)
    if found is None:
        return None
    value = float(found.group(1).replace(",", ""))
    if pick in ("peak", "ratio"):
        return value
    return value / 1000 if found.group(2) == "ms" else value


def read_figure(log: str, figure: Figure) -> float | None:
    for line in log.splitlines():
        if figure.label in line:
            seconds = number_after(line, figure.label, figure.pick)
            if seconds is None:
                continue
            return seconds * 1000 if figure.unit == "ms" else seconds
    return None


def run(script: str, args: list[str], log: Path) -> str:
    started = time.perf_counter()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_LANG": "en", "DESK_PASSWORD": "demo"}
    done = subprocess.run(
        [sys.executable, str(BENCH / f"bench_{script}.py"), *args], cwd=ROOT, capture_output=True, text=True, env=env
    )
    text = done.stdout + ("\n" + done.stderr if done.returncode else "")
    log.write_text(text, encoding="utf-8")
    print(f"  {script}: {time.perf_counter() - started:.0f} s{'' if done.returncode == 0 else ' — FAILED'}", flush=True)
    return text


def copy_of(full: Path, workdir: Path, name: str) -> Path:
    target = workdir / f"{name}.sqlite"
    for path in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        path.unlink(missing_ok=True)
    with sqlite3.connect(full) as source, sqlite3.connect(target) as copy:
        source.backup(copy)  # the online backup API: never a file copy of a database
    return target


def build_full(full: Path) -> None:
    if not full.exists():
        print("building the full-scale desk: 100,000 returnees…", flush=True)
        subprocess.run(
            [sys.executable, "-m", "desk", "demo", "--db", str(full), "--returnees", "100000"],
            cwd=ROOT,
            check=True,
            env={**os.environ, "DESK_PASSWORD": "demo"},
        )


def table(results: list[tuple[Figure, float | None]], machine: str) -> str:
    lines = [
        f"Full-scale run of {date.today().isoformat()} on {machine}: 100,000 returnees, 1,000,000 ledger entries, "
        "about 500,000 visits (`python bench/bench_all.py`).",
        "",
        "| figure | measured | target | met |",
        "|---|---:|---:|:-:|",
    ]
    for figure, value in results:
        higher = figure.unit == "x"  # a ratio: higher is better; every other figure: lower is better
        shown = "missing" if value is None else f"{value:,.1f} {figure.unit}"
        target = f"≥ {figure.target:g} {figure.unit}" if higher else f"< {figure.target:g} {figure.unit}"
        good = value is not None and (value >= figure.target if higher else value <= figure.target)
        met = "?" if value is None else ("yes" if good else "**no**")
        lines.append(f"| {figure.name} | {shown} | {target} | {met} |")
    return "\n".join(lines)


def machine_name() -> str:
    cores = os.cpu_count() or 0
    memory = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    return f"{platform.system()} {platform.machine()}, {cores} cores{memory}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/guichet-bench"))
    parser.add_argument("--only", nargs="*", choices=sorted(SCRIPTS), help="run only these benchmarks")
    parser.add_argument("--from-desk", type=Path, help="start from a copy of this full-scale SQLite desk")
    args = parser.parse_args()
    workdir: Path = args.workdir
    (workdir / "logs").mkdir(parents=True, exist_ok=True)
    full = workdir / "full.sqlite"
    if args.from_desk and not full.exists():
        copy_of(args.from_desk, workdir, "full")
    build_full(full)
    chosen = args.only or list(SCRIPTS)
    order = ["ledger", "followup"] + [s for s in SCRIPTS if s not in ("ledger", "followup")]  # they fill the desk
    logs: dict[str, str] = {}
    for script in (s for s in order if s in chosen):  # a desk not filled yet: run the whole set once
        values = {"{full}": str(full), "{copy}": ""}
        if "{copy}" in SCRIPTS[script]:
            values["{copy}"] = str(copy_of(full, workdir, script))
        arguments = [values.get(a, a) for a in SCRIPTS[script]]
        logs[script] = run(script, arguments, workdir / "logs" / f"{script}.log")
    results = [(f, read_figure(logs[f.script], f)) for f in FIGURES if f.script in logs]
    text = table(results, machine_name())
    (workdir / "table.md").write_text(text + "\n", encoding="utf-8")
    print()
    print(text)
    return 0 if all(v is not None for _f, v in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
