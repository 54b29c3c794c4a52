"""Benchmark: `desk demo --returnees N` and opening the application on the result.

    python bench/bench_demo.py [--returnees 100000] [--runs 3] [--db URL]

Prints the median, min and max of each phase. Opening means what a person waits for after typing
their password: migration check, login, and the main window built and shown (offscreen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def run_demo(db: Path, returnees: int) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desk", "demo", "--db", str(db), "--returnees", str(returnees)],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    return time.perf_counter() - started


def open_app(db: Path) -> float:
    code = f"""
import time, os
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from desk.services.context import DeskContext
from desk.ui.main_window import MainWindow
app = QApplication([])
context = DeskContext("sqlite:///{db}")
context.migrate(None)
actor = context.auth.authenticate("agent", "demo")
window = MainWindow(context, actor, "fr")
window.show()
app.processEvents()
print(time.perf_counter() - t0)
"""
    done = subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def summary(name: str, values: list[float]) -> str:
    median = statistics.median(values)
    return f"{name}: median {median:.2f} s (min {min(values):.2f}, max {max(values):.2f}, n={len(values)})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--returnees", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    demo_times, open_times, sizes = [], [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["DESK_HOME"] = tmp
            db = Path(tmp) / "bench.sqlite"
            demo_times.append(run_demo(db, args.returnees))
            sizes.append(db.stat().st_size / 1e6)
            open_times.append(open_app(db))
    print(f"returnees: {args.returnees:,}; database size {statistics.median(sizes):.0f} MB")
    print(summary("desk demo (whole command, including start-up and migrations)", demo_times))
    print(summary("open: migrate check + login + main window shown", open_times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
