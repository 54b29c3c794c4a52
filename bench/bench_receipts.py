"""Benchmark: payment receipts printed in one batch into one PDF (target: 1,000 receipts under 15 s).

    python bench/bench_receipts.py [--receipts 1000] [--runs 3] [--language fr] [--out receipts.pdf]

The receipts are synthetic (fixed seed): mobile money, bank transfers, cash through a proxy, in-kind purchases, in
CFA francs and dinars, one in five a duplicate; no database is involved.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.i18n import set_language  # noqa: E402
from desk.services.documents.receipt import render_receipts  # noqa: E402
from desk.services.ledger_dto import ReceiptData  # noqa: E402

FAMILY_NAMES = ["NGONO MBALLA", "ESSOMBA", "ÉBODÉ", "MBARGA", "ATANGANA", "BEN SALAH", "TRABELSI", "KOFFI", "AMOUGOU"]
GIVEN_NAMES = ["Aïcha", "Jean-Pierre", "Françoise", "Théophile", "Noël", "Mériem", "Hélène", "Loïc", "Zoé", "Gaëlle"]
KINDS = ["business_instalment", "pocket_money", "social_aid", "training_allowance", "transport", "in_kind"]
PROGRAMMES = [
    ("Programme d'aide à la réintégration économique", "Union européenne (FFU)"),
    ("Appui à l'emploi des jeunes de la diaspora", "Coopération allemande (GIZ)"),
    ("Assistance au retour volontaire", "OIM"),
]


def synthetic(count: int, seed: int = 7) -> list[ReceiptData]:
    rng = random.Random(seed)
    receipts = []
    for number in range(1, count + 1):
        name = f"{rng.choice(FAMILY_NAMES)} {rng.choice(GIVEN_NAMES)}"
        kind = rng.choice(KINDS)
        modality = (
            "in_kind" if kind == "in_kind" else rng.choice(["cash", "mobile_money", "mobile_money", "bank_transfer"])
        )
        proxy = modality == "cash" and rng.random() < 0.4
        tunisian = rng.random() < 0.2
        programme, donor = rng.choice(PROGRAMMES)
        receipts.append(
            ReceiptData(
                entry_id=number,
                receipt_no=number,
                value_date=date(2026, 1, 5) + timedelta(days=number % 300),
                case_number=f"{'TN' if tunisian else 'CM'}-2026-{number:06d}",
                beneficiary=name,
                collector_name=f"{rng.choice(FAMILY_NAMES)} {rng.choice(GIVEN_NAMES)}" if proxy else name,
                collector_is_proxy=proxy,
                collector_id_document=f"CNI {rng.randrange(10**8, 10**9)}" if proxy else "",
                kind=kind,
                amount=rng.randrange(50_000, 5_000_000, 500) if tunisian else rng.randrange(5_000, 2_000_000),
                currency="TND" if tunisian else "XAF",
                minor_units=3 if tunisian else 0,
                modality=modality,
                mobile_operator=rng.choice(["Orange Money", "MTN MoMo"]) if modality == "mobile_money" else "",
                phone=f"+237 6 {rng.randrange(10**7, 10**8)}" if modality == "mobile_money" else "",
                bank_account=f"TN59 1000 6035 {rng.randrange(10**11, 10**12)}" if modality == "bank_transfer" else "",
                supplier="Quincaillerie du Centre SARL" if modality == "in_kind" else "",
                reference="" if modality == "cash" else f"TX{rng.randrange(10**9, 10**10)}",
                programme=programme,
                donor=donor,
                instalment=f"{rng.randint(1, 2)}/2" if kind == "business_instalment" else "",
                paid_by="Marie-Claire Atangana",
                duplicate=rng.random() < 0.2,
            )
        )
    return receipts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--receipts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--language", default="fr")
    parser.add_argument("--out", type=Path, help="keep the last PDF here, to look at it")
    args = parser.parse_args()
    set_language(args.language)
    receipts = synthetic(args.receipts)
    times = []
    data = b""
    for _ in range(args.runs):
        started = time.perf_counter()
        data = render_receipts(receipts, "Guichet de réintégration – Yaoundé")
        times.append(time.perf_counter() - started)
    if args.out:
        args.out.write_bytes(data)
    print(f"{len(receipts):,} receipts, one PDF of {len(data) / 1e6:.1f} MB")
    print(
        f"render_receipts: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}, n={len(times)}); "
        f"{statistics.median(times) / len(receipts) * 1000:.1f} ms a receipt"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
