"""Benchmark: importing a donor's returnee workbook of 50,000 rows × 20 columns into a 100,000-returnee desk.

    python bench/bench_import.py --db FILE [--rows 50000]

Times, in a child process measured by GNU time (peak memory): `desk import returnees` end to end (read,
checks of every cell, rows already imported, duplicates against the whole registry, one transaction), and the
plain path of reading the same file with openpyxl's default mode, for comparison. Work on a copy of the desk.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILY = ("NGONO", "MBALLA", "EKANI", "FOTSO", "KAMGA", "TCHOUA", "NDJOCK", "ABENA", "ESSOMBA", "BELLO", "DJOUMESSI")
GIVEN = ("Aïcha", "Jean", "Marie", "Paul", "Hervé", "Awa", "Brigitte", "Serge", "Mariam", "Ousmane", "Christelle")
HEADERS = (
    "N° OIM", "Nom", "Prénoms", "Sexe", "Date de naissance", "Nationalité", "Téléphone", "N° de pièce d'identité",
    "Région", "Ville", "Date de retour", "Pays de retour", "Type de retour", "Programme", "Vol", "Consentement",
    "Taille du ménage", "Pécule", "Vulnérable", "Observations",
)  # fmt: skip


def generate(path: Path, rows: int, regions: list[str], seed: int = 5) -> None:
    import xlsxwriter

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Retournés")
    dates = book.add_format({"num_format": "dd/mm/yyyy"})
    for col, header in enumerate(HEADERS):
        sheet.write_string(0, col, header)
    for r in range(1, rows + 1):
        birth = date(1965, 1, 1) + timedelta(days=rng.randrange(15000))
        back = date.today() - timedelta(days=rng.randrange(1, 700))
        values: list[object] = [
            f"OIM-{r:07d}", rng.choice(FAMILY), f"{rng.choice(GIVEN)} {rng.choice(GIVEN)} {r}",
            rng.choice(("F", "M", "Femme", "Homme")), birth if r % 3 else birth.strftime("%d/%m/%Y"), "CM",
            f"6{rng.randrange(50, 100)} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
            f"{rng.randrange(10**8, 10**9)}", rng.choice(regions), "Douala", back, "LY", "avr", "",
            f"VOL-{r // 150}", rng.choice(("Oui", "oui", "Yes", "1")), rng.randrange(1, 9),
            rng.randrange(5, 300) * 1000,
            rng.choice(("Oui", "Non", "")), "" if r % 5 else "Suivi médical demandé ; contact via la famille.",
        ]  # fmt: skip
        if r % 997 == 0:
            values[4] = "31/02/1990"  # a few bad cells, as donors' files have
        for col, value in enumerate(values):
            if isinstance(value, date):
                sheet.write_datetime(r, col, value, dates)
            elif isinstance(value, int):
                sheet.write_number(r, col, value)
            elif value:
                sheet.write_string(r, col, str(value))
    book.close()


def timed_child(args: list[str]) -> tuple[float, float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_PASSWORD": "demo", "DESK_LANG": "en"},
    )
    lines = done.stderr.strip().splitlines()
    return time.perf_counter() - started, int(lines[-1]) / 1024, done.stdout.strip().splitlines()[-1:][0]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True, help="a SQLite copy of a 100,000-returnee demo desk (it is written)")
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from desk.services.context import DeskContext

    context = DeskContext(f"sqlite:///{args.db}")
    context.migrate(None)
    regions = [
        r.name_fr
        for r in context.for_actor(context.auth.authenticate("manager", "demo")).reference.list_items("regions")
    ]
    folder = Path(tempfile.mkdtemp())
    path = folder / "roster.xlsx"
    generate(path, args.rows, regions)
    print(f"workbook: {args.rows:,} rows × {len(HEADERS)} columns, {path.stat().st_size / 1e6:.1f} MB")
    python = sys.executable
    seconds, peak, last = timed_child(
        [python, "-m", "desk", "import", "returnees", str(path), "--db", args.db, "--user", "manager"]
    )
    print(f"desk import returnees (read, check, duplicates, import): {seconds:.1f} s, peak {peak:.0f} MB — {last}")
    seconds_again, peak_again, last = timed_child(
        [python, "-m", "desk", "import", "returnees", str(path), "--db", args.db, "--user", "manager", "--dry-run"]
    )
    print(
        f"the same file again (everything already imported): {seconds_again:.1f} s, peak {peak_again:.0f} MB — {last}"
    )
    code = (
        f"import openpyxl; wb = openpyxl.load_workbook({str(path)!r}); "
        "print(sum(1 for _ in wb.active.iter_rows(values_only=True)))"
    )
    plain, plain_peak, _ = timed_child([python, "-c", code])
    print(f"plain path, openpyxl default mode, reading only: {plain:.1f} s, peak {plain_peak:.0f} MB")
    print(f"ratio: the whole import is {plain / seconds:.1f} times faster than openpyxl's reading alone")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
