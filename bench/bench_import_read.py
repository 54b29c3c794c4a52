"""Benchmark: reading and checking a donor workbook of returnees (the import's first phase, no database).

    python bench/bench_import_read.py [--rows 50000] [--runs 3] [--keep DIR]

Generates a 20-column returnee-like workbook (names, dates as date cells and as dd/mm/yyyy text, sex and
region codes, phones, ID numbers as text and as numbers, amounts, yes/no, notes; a few bad cells) with
XlsxWriter, then times, in this same run:

- the import's reader: safety checks, python-calamine, every cell converted and checked, duplicates
  (``read_import``), and the peak memory of a process doing only that;
- openpyxl's default mode: ``load_workbook`` and iterating every cell, nothing checked (the plain path).

Prints the medians and the ratio. Targets (issue 8): at least 5 times faster than openpyxl's default
mode; the whole import (this phase plus the database) under 10 s and 500 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.services.exchange.columns import ColumnSpec, Kind  # noqa: E402

FAMILY = ["Ngono", "Fotso", "Mbarga", "Tchoumi", "Abena", "Nkoulou", "Eto'o", "Kamga", "Manga", "Ndiaye", "Ben Salah"]
GIVEN = ["Marie", "Éric", "Jean-Pierre", "Aïssatou", "Samuel", "Brigitte", "Hamadou", "Clarisse", "Yasmine"]
REGIONS = {
    "CE": "Centre",
    "LT": "Littoral",
    "OU": "Ouest",
    "NW": "Nord-Ouest",
    "SW": "Sud-Ouest",
    "AD": "Adamaoua",
    "EN": "Extrême-Nord",
    "ES": "Est",
    "NO": "Nord",
    "SU": "Sud",
}
COUNTRIES = {"FR": "France", "DE": "Allemagne", "LY": "Libye", "MA": "Maroc", "NE": "Niger", "TN": "Tunisie"}
RETURN_TYPES = {"avr": "Retour volontaire assisté", "forced": "Retour forcé", "spontaneous": "Retour spontané"}
ID_TYPES = {"national_id": "CNI", "passport": "Passeport", "consular_card": "Carte consulaire"}

SPECS = (
    ColumnSpec("case_ref", Kind.TEXT, "Référence", "Reference", hxl=("#beneficiary+code",), max_length=40),
    ColumnSpec("family_name", Kind.TEXT, "Nom", "Family name", required=True, max_length=100),
    ColumnSpec("given_names", Kind.TEXT, "Prénoms", "Given names", required=True, max_length=100),
    ColumnSpec("sex", Kind.CODE, "Sexe", "Sex", required=True, codes={"F": "Femme", "M": "Homme"}),
    ColumnSpec("birth_date", Kind.DATE, "Date de naissance", "Date of birth", required=True, past_only=True),
    ColumnSpec("birth_place", Kind.TEXT, "Lieu de naissance", "Place of birth", max_length=100),
    ColumnSpec("phone", Kind.PHONE, "Téléphone", "Phone"),
    ColumnSpec("id_type", Kind.CODE, "Type de pièce", "ID type", codes=ID_TYPES),
    ColumnSpec("id_number", Kind.ID_NUMBER, "Numéro de pièce", "ID number", max_length=40),
    ColumnSpec("region", Kind.CODE, "Région", "Region", required=True, codes=REGIONS),
    ColumnSpec("town", Kind.TEXT, "Ville", "Town", max_length=100),
    ColumnSpec("return_date", Kind.DATE, "Date de retour", "Date of return", required=True, past_only=True),
    ColumnSpec("return_country", Kind.CODE, "Pays de retour", "Country of return", codes=COUNTRIES),
    ColumnSpec("return_type", Kind.CODE, "Type de retour", "Return type", codes=RETURN_TYPES),
    ColumnSpec("vulnerable", Kind.BOOL, "Vulnérable", "Vulnerable"),
    ColumnSpec("household", Kind.INT, "Taille du ménage", "Household size", min_value=1, max_value=40),
    ColumnSpec("pocket_money", Kind.NUMBER, "Pécule", "Pocket money", decimals=0, min_value=0),
    ColumnSpec("consent", Kind.BOOL, "Consentement", "Consent", required=True),
    ColumnSpec("flight", Kind.TEXT, "Vol", "Flight", max_length=20),
    ColumnSpec("note", Kind.TEXT, "Observations", "Notes", max_length=2000),
)


def generate(path: Path, rows: int, seed: int = 1) -> None:
    import xlsxwriter

    rng = random.Random(seed)
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet("Retournés")
    date_format = book.add_format({"num_format": "dd/mm/yyyy"})
    for col, spec in enumerate(SPECS):
        sheet.write_string(0, col, spec.header_fr)
    start = date(2024, 1, 1)
    for r in range(1, rows + 1):
        birth = date(1960, 1, 1) + timedelta(days=rng.randrange(16000))
        back = start + timedelta(days=rng.randrange(900))
        values: list[object] = [
            f"OIM-{r:07d}",
            rng.choice(FAMILY),
            f"{rng.choice(GIVEN)} {rng.choice(GIVEN)}",
            rng.choice(("F", "M", "Femme", "Homme")),
            birth if r % 3 else birth.strftime("%d/%m/%Y"),
            rng.choice(("Douala", "Yaoundé", "Bafoussam", "Garoua", "Bamenda")),
            f"+237 6{rng.randrange(50, 100)} {rng.randrange(100, 1000)} {rng.randrange(100, 1000)}",
            rng.choice(list(ID_TYPES.values())),
            rng.randrange(10**8, 10**9) if r % 2 else f"{rng.randrange(10**8, 10**9)}",
            rng.choice(list(REGIONS.values())),
            rng.choice(("Douala", "Yaoundé", "Bafoussam", "Garoua", "Bamenda", "Kribi")),
            back,
            rng.choice(list(COUNTRIES)),
            rng.choice(list(RETURN_TYPES)),
            rng.choice(("Oui", "Non", "X", "")),
            rng.randrange(1, 12),
            f"{rng.randrange(5, 300) * 1000:,}".replace(",", " ") if r % 4 == 0 else rng.randrange(5, 300) * 1000,
            rng.choice(("Oui", "oui", "Yes", "1")),
            f"ET{rng.randrange(900, 999)}",
            "" if r % 5 else "Suivi médical demandé ; contact via la famille à Douala.",
        ]
        if r % 997 == 0:
            values[4] = "31/02/1990"  # a few bad cells, as donor files have
        if r % 1499 == 0:
            values[9] = "Litoral"
        for col, value in enumerate(values):
            if isinstance(value, date):
                sheet.write_datetime(r, col, value, date_format)
            elif isinstance(value, (int, float)):
                sheet.write_number(r, col, value)
            elif value:
                sheet.write_string(r, col, str(value))
    book.close()


def time_reader(path: Path) -> tuple[float, int, int, int]:
    from desk.services.exchange.reader import read_import

    started = time.perf_counter()
    result = read_import(path, SPECS, today=date(2026, 11, 30), phone_region="CM")
    elapsed = time.perf_counter() - started
    return elapsed, result.good, result.bad, result.duplicates


def time_openpyxl(path: Path) -> float:
    import openpyxl

    started = time.perf_counter()
    book = openpyxl.load_workbook(path)
    cells = 0
    for row in book.active.iter_rows(values_only=True):
        cells += len(row)
    elapsed = time.perf_counter() - started
    book.close()
    return elapsed


def _peak_kb() -> int:
    """This process's peak resident memory in KB. VmHWM belongs to the process image (ru_maxrss may carry
    the parent's peak over fork and exec on Linux)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def peak_rss_of_reader(path: Path) -> float:
    """MB: the reader alone, in a fresh process (so this process's openpyxl runs do not count)."""
    out = subprocess.run(
        [sys.executable, __file__, "--reader-only", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return int(out.strip().splitlines()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the workbook in this folder and keep it")
    parser.add_argument("--reader-only", type=Path, help=argparse.SUPPRESS)  # the child measuring memory
    args = parser.parse_args(argv)
    if args.reader_only:
        time_reader(args.reader_only)
        print(_peak_kb())
        return 0
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"returnees-{args.rows}.xlsx"
    started = time.perf_counter()
    generate(path, args.rows)
    print(
        f"workbook: {args.rows:,} rows × {len(SPECS)} columns, {path.stat().st_size / 1e6:.1f} MB, "
        f"generated in {time.perf_counter() - started:.1f} s"
    )
    reader_times: list[float] = []
    openpyxl_times: list[float] = []
    for _ in range(args.runs):
        elapsed, good, bad, duplicates = time_reader(path)
        reader_times.append(elapsed)
        openpyxl_times.append(time_openpyxl(path))
    reader, plain = statistics.median(reader_times), statistics.median(openpyxl_times)
    print(
        f"read + validate (calamine, read_import): median {reader:.2f} s "
        f"({good:,} good, {bad:,} with problems, {duplicates:,} repeated)"
    )
    print(f"openpyxl default mode (load_workbook + iterate): median {plain:.2f} s")
    print(f"ratio: {plain / reader:.1f}× faster (target ≥ 5×)")
    print(f"peak memory of a process reading and validating: {peak_rss_of_reader(path):.0f} MB")
    print(f"this process peak (generation and openpyxl included): {_peak_kb() / 1024:.0f} MB")
    if not args.keep:
        path.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
