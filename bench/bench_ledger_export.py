"""Benchmark: the donor ledger workbook written from a stream of entries (the writer alone, no database).

    python bench/bench_ledger_export.py [--rows 200000 1000000] [--hxl] [--keep]

Generates synthetic ExportRow objects lazily (one at a time, like a streamed query) and writes them
with write_ledger_workbook; prints the time, the file size and the peak RSS after each size. Each size
runs in its own process, so the peak RSS of one does not hide the other's.
Targets (ledger issue): 200,000 rows under 20 s, 1,000,000 under 90 s, memory flat under 300 MB.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.services.ledger_dto import ExportRow, TotalLine  # noqa: E402
from desk.services.ledger_export import write_ledger_workbook  # noqa: E402

FAMILY = ["Ngono", "Fotso", "Mbarga", "Tchoumi", "Abena", "Nkoulou", "Eto'o", "Kamga", "Biya", "Manga"]
GIVEN = ["Marie", "Éric", "Jean-Pierre", "Aïssatou", "Samuel", "Brigitte", "Hamadou", "Clarisse"]
REGIONS = ["Centre", "Littoral", "Ouest", "Nord-Ouest", "Sud-Ouest", "Adamaoua", "Extrême-Nord", "Est"]
DONORS = [("EU", "EUTF Réintégration 2026"), ("IOM", "AVRR Cameroun"), ("OFII", "Aide à la réinsertion")]
KINDS = ["Business-creation instalment", "Arrival pocket money", "Social aid", "Training allowance", "Transport"]
MODALITIES = ["Cash", "Mobile money", "Bank transfer", "In kind (supplier)"]


def entries(count: int, seed: int = 1) -> Iterator[ExportRow]:
    """`count` plausible entries, made one at a time (nothing is kept but a small pool of random parts).

    The random parts are drawn once into a pool of 4,099 profiles and combined with the sequence, so the
    generator costs little more than building the ExportRow objects, as a streamed query would.
    """
    rng = random.Random(seed)
    pool = [
        (
            f"CM-{rng.choice((2025, 2026))}-{rng.randrange(1, 120_000):06d}",
            f"{rng.choice(FAMILY)} {rng.choice(GIVEN)}",
            rng.choice(("Female", "Male")),
            rng.choice(REGIONS),
            rng.choice(KINDS),
            rng.choice(MODALITIES),
            float(rng.randrange(5, 600) * 1000),
            f"MP{rng.randrange(10**9, 10**10)}",
        )
        for _ in range(4099)  # a prime: the pool and the donors do not repeat in step
    ]
    start = date(2025, 1, 1)
    days = [start + timedelta(days=d) for d in range(700)]
    for seq in range(1, count + 1):
        day = days[seq * 700 // (count + 1)]
        donor, programme = DONORS[seq % len(DONORS)]
        case_number, beneficiary, sex, region, kind, modality, amount, reference = pool[seq % 4099]
        reversal = seq % 97 == 0
        yield ExportRow(
            seq=seq,
            value_date=day,
            period=f"{day.year}-{day.month:02d}",
            case_number=case_number,
            beneficiary=beneficiary,
            sex=sex,
            region=region,
            donor=donor,
            programme=programme,
            kind=kind,
            modality=modality,
            currency="XAF",
            amount=-amount if reversal else amount,
            reference=reference,
            receipt_no=None if reversal else seq + 10_000,
            reverses_seq=seq - 1 if reversal else None,
            reason="Paid to a wrong number, sent back by the operator" if reversal else "",
        )


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB elsewhere


def run_one(rows: int, hxl: bool, keep: bool) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-ledger-"))
    out = folder / f"ledger-{rows}.xlsx"
    summary = [TotalLine((d, p), "XAF", rows // 3, 10**9, -(10**7), 10**9 - 10**7) for d, p in DONORS]
    metadata = [("Desk", "Cameroon (bench)"), ("Period", "2025-01 - 2026-12"), ("Exported by", "bench")]
    before = peak_rss_mb()
    saving: list[float] = []

    def progress(done: int, total: int, message: str) -> None:
        if done == rows and not saving:  # the last report comes when the rows are written, before the save
            saving.append(time.perf_counter())

    started, cpu = time.perf_counter(), time.process_time()
    written = write_ledger_workbook(out, entries(rows), summary, metadata, hxl=hxl, total_rows=rows, progress=progress)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    streamed = (saving[0] if saving else started) - started
    size = out.stat().st_size / 1024 / 1024
    print(
        f"{written:,} rows: {elapsed:.1f} s ({written / elapsed:,.0f} rows/s; rows streamed {streamed:.1f} s, "
        f"zip and save {elapsed - streamed:.1f} s; CPU {cpu:.1f} s), file {size:.1f} MB, "
        f"peak RSS {peak_rss_mb():.0f} MB (after imports {before:.0f} MB)",
        flush=True,
    )
    if keep:
        print(f"kept {out}")
    else:
        out.unlink()
        folder.rmdir()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, nargs="+", default=[200_000, 1_000_000])
    parser.add_argument("--hxl", action="store_true", help="add the HXL hashtag row")
    parser.add_argument("--keep", action="store_true", help="keep the workbooks (printed paths)")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # a child process: one size
    args = parser.parse_args()
    if args.one:
        run_one(args.rows[0], args.hxl, args.keep)
        return 0
    print(f"ledger workbook, writer only (synthetic rows), hxl={args.hxl}", flush=True)
    for rows in args.rows:
        command = [sys.executable, __file__, "--one", "--rows", str(rows)]
        command += ["--hxl"] * args.hxl + ["--keep"] * args.keep
        subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
