"""Benchmark: the disbursement ledger at 1,000,000 entries.

    python bench/bench_ledger.py [--db FILE] [--entries 1000000] [--returnees 100000]

Builds (or reuses) a demonstration desk, then appends synthetic, correctly chained entries until the ledger
holds --entries, spread over five years (about 200,000 a year). Measures what a finance officer waits for:
the first page of the ledger and filtered pages, the sums under the table, balances per donor, the donor
export of a year and of everything (time and peak memory, in a child process), 1,000 receipts into one PDF,
and `desk verify`.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_registry import open_bench_desk, report, widget_open_times  # noqa: E402
from sqlalchemy import delete, func, insert, select  # noqa: E402

from desk.models.account import User  # noqa: E402
from desk.models.ledger import LedgerEntry, LedgerPeriod, LedgerTotal  # noqa: E402
from desk.models.reference import Programme  # noqa: E402
from desk.models.returnee import Case, Counter  # noqa: E402
from desk.services.context import DeskContext  # noqa: E402
from desk.services.ledger_dto import LedgerFilter  # noqa: E402
from desk.services.ledger_posting import LEDGER_COUNTER, RECEIPT_COUNTER, chained, head, rebuild_totals  # noqa: E402
from desk.services.ledger_rules import period_of  # noqa: E402

KINDS = ("pocket_money", "social_aid", "training_allowance", "transport", "medical")


def fill(context: DeskContext, target: int, seed: int = 7) -> None:
    """Append chained entries (values a real desk would have) until the ledger holds `target`."""
    rng = random.Random(seed)
    with context.session_factory.begin() as session:
        have = session.scalar(select(func.count()).select_from(LedgerEntry)) or 0
        if have >= target:
            if not session.scalar(select(func.count()).select_from(LedgerTotal)):
                rebuild_totals(session)
            return
        cases = session.execute(select(Case.id, Case.programme_id)).all()
        donors = dict(session.execute(select(Programme.id, Programme.donor_id)).all())
        users = dict(session.execute(select(User.username, User.id)).all())
        seq, prev = head(session)
        receipt = int(session.scalar(select(func.max(LedgerEntry.receipt_no))) or 0)
        next_id = int(session.scalar(select(func.max(LedgerEntry.id))) or 0) + 1
        start = date.today() - timedelta(days=5 * 365)
        count = target - have
        # Dated after every existing entry would be unrealistic; the demo's are recent, these go before... no:
        # chained order is posting order, so the synthetic history is dated from five years ago up to today.
        step = (5 * 365) / count

        def rows():  # type: ignore[no-untyped-def]
            nonlocal receipt, next_id
            for i in range(count):
                case_id, programme_id = cases[rng.randrange(len(cases))]
                mobile = rng.random() < 0.4
                receipt += 1
                day = start + timedelta(days=int(i * step))
                row = {
                    "id": next_id,
                    "case_id": case_id,
                    "request_id": None,
                    "instalment_id": None,
                    "kind": rng.choice(KINDS),
                    "amount": rng.choice((25_000, 50_000, 75_000, 100_000)),
                    "currency": "XAF",
                    "programme_id": programme_id,
                    "donor_id": donors.get(programme_id),
                    "modality": "mobile_money" if mobile else "cash",
                    "mobile_operator": "MTN Mobile Money" if mobile else None,
                    "phone": f"+2376{rng.randrange(10**8):08d}" if mobile else None,
                    "bank_account": None,
                    "supplier": None,
                    "collector_name": "Bénéficiaire",
                    "collector_is_proxy": False,
                    "collector_id_document": None,
                    "reference": f"MP{day:%y%m%d}.{i:07d}" if mobile else None,
                    "value_date": day,
                    "receipt_no": receipt,
                    "reverses_id": None,
                    "reason": None,
                    "approved_by_id": users["manager"],
                    "posted_by_id": users["finance"],
                    "posted_at": datetime.combine(day, datetime.min.time(), UTC),
                }
                next_id += 1
                yield row

        batch: list[dict] = []  # type: ignore[type-arg]
        for row in chained(rows(), seq, prev):
            batch.append(row)
            if len(batch) == 20_000:
                session.execute(insert(LedgerEntry), batch)
                batch.clear()
        if batch:
            session.execute(insert(LedgerEntry), batch)
        rebuild_totals(session)
        close_past_months(session)
        session.merge(Counter(name=LEDGER_COUNTER, value=seq + count))
        session.merge(Counter(name=RECEIPT_COUNTER, value=receipt))
    with context.engine.connect() as conn:
        if context.backend == "sqlite":
            conn.exec_driver_sql("ANALYZE")


def close_past_months(session) -> None:  # type: ignore[no-untyped-def]
    """The demo closed its months before the synthetic history was appended: close them again, as a desk
    that had posted all of it would have (each month's fingerprint the hash of its last entry)."""
    session.execute(delete(LedgerPeriod))
    finance = session.scalar(select(User.id).where(User.username == "finance"))
    first_open = period_of((date.today().replace(day=1) - timedelta(days=1)).replace(day=1))
    rows = session.execute(
        select(LedgerEntry.period, func.max(LedgerEntry.seq))
        .where(LedgerEntry.period < first_open)
        .group_by(LedgerEntry.period)
    ).all()
    for period, last_seq in rows:
        fingerprint = session.scalar(select(LedgerEntry.hash).where(LedgerEntry.seq == last_seq))
        session.add(LedgerPeriod(period=period, closed_by_id=finance, last_seq=last_seq, fingerprint=fingerprint))


def timed(fn, runs: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return times


def child(args: list[str]) -> tuple[float, float]:
    """Run a command in a fresh process: (seconds, peak resident memory in MB, as GNU time reports it)."""
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "desk", *args],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_PASSWORD": "demo", "DESK_LANG": "fr"},
    )
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return time.perf_counter() - started, peak_kb / 1024


def open_ledger_workspace(services) -> list[float]:  # type: ignore[no-untyped-def]
    from desk.ui.ledger.ledger_widget import LedgerWidget

    def build():  # type: ignore[no-untyped-def]
        widget = LedgerWidget(services, "Guichet", "XAF")
        widget.tabs.setCurrentWidget(widget.ledger_tab)
        return widget

    return widget_open_times(build)


def filter_ledger_tab(services, donor_id, text: str = "") -> list[float]:  # type: ignore[no-untyped-def]
    """What a person waits for after changing a filter: the first page fetched and painted, and the sums."""
    from PySide6.QtWidgets import QApplication

    from desk.ui.ledger.ledger_tab import LedgerTab

    app = QApplication.instance() or QApplication([])
    tab = LedgerTab(services, "Guichet")
    tab.resize(1200, 700)
    tab.show()
    app.processEvents()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        if donor_id is not None:
            tab.donor_combo.setCurrentIndex(tab.donor_combo.findData(donor_id))
            tab.from_edit.setText((date.today() - timedelta(days=365)).strftime("%d/%m/%Y"))
        tab.search_edit.setText(text)
        tab.reload()
        tab.grab()
        app.processEvents()
        times.append(time.perf_counter() - started)
    tab.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing bench database (SQLite file or URL)")
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--returnees", type=int, default=100_000)
    args = parser.parse_args()
    context = open_bench_desk(args.db, args.returnees)
    started = time.perf_counter()
    fill(context, args.entries)
    print(f"ledger filled to {args.entries:,} entries in {time.perf_counter() - started:.1f} s")
    finance = context.for_actor(context.auth.authenticate("finance", "demo"))
    views = finance.ledger_views
    today = date.today()
    with context.session_factory() as session:
        donor_id = session.scalar(select(Programme.donor_id).where(Programme.donor_id.is_not(None)).limit(1))
    month = LedgerFilter(date_from=today.replace(day=1) - timedelta(days=400), date_to=today - timedelta(days=370))
    print(report("ledger first page (200 rows)", timed(lambda: views.entries(LedgerFilter()))))
    first = views.entries(LedgerFilter())
    print(report("next page (keyset)", timed(lambda: views.entries(LedgerFilter(), after=first[-1]))))
    print(report("filter: one month a year ago", timed(lambda: views.entries(month))))
    print(report("filter: one donor", timed(lambda: views.entries(LedgerFilter(donor_id=donor_id)))))
    print(
        report("filter: kind + modality", timed(lambda: views.entries(LedgerFilter(kind="medical", modality="cash"))))
    )
    print(report("filter: receipt number", timed(lambda: views.entries(LedgerFilter(text="123456")))))
    print(report("sums under the table (all)", timed(lambda: views.totals(LedgerFilter()), 3)))
    print(report("sums under the table (a month)", timed(lambda: views.totals(month))))
    print(report("balances per donor (all)", timed(lambda: views.totals(LedgerFilter(), ("donor",)), 3)))
    year = LedgerFilter(date_from=today - timedelta(days=365), date_to=today)
    print(
        report(
            "balances per donor and programme (a year)", timed(lambda: views.totals(year, ("donor", "programme")), 3)
        )
    )
    print(
        report(
            "cash of a day per modality",
            timed(
                lambda: views.totals(
                    LedgerFilter(date_from=today - timedelta(days=30), date_to=today - timedelta(days=30)),
                    ("modality",),
                )
            ),
        )
    )
    print(report("a case's balance", timed(lambda: views.case_balance(first[0].case_id))))
    print(report("Disbursements workspace opened on its ledger tab", open_ledger_workspace(finance)))
    print(report("ledger tab: filter by donor and a year (table + sums)", filter_ledger_tab(finance, donor_id)))
    print(
        report(
            "ledger tab: search a case number (table + sums)", filter_ledger_tab(finance, None, first[0].case_number)
        )
    )
    print(report("verify (whole ledger)", timed(lambda: finance.periods.verify(), 1)))
    ids = views.receipt_entries(today - timedelta(days=3), today)[:1000]
    from desk.services.documents.receipt import render_receipts

    started = time.perf_counter()
    data = render_receipts(views.print_receipts(ids), "Guichet de démonstration")
    print(f"{len(ids):,} receipts into one PDF: {time.perf_counter() - started:.1f} s, {len(data) / 1e6:.1f} MB")
    db = ["--db", context.url, "--user", "finance"]
    out = Path(os.environ["DESK_HOME"]) / "ledger.xlsx"
    seconds, peak = child(
        ["export", "ledger", str(out), "--from", str(today - timedelta(days=365)), "--to", str(today), *db]
    )
    print(f"desk export ledger, a year: {seconds:.1f} s, peak {peak:.0f} MB")
    seconds, peak = child(["export", "ledger", str(out), *db])
    print(
        f"desk export ledger, everything: {seconds:.1f} s, peak {peak:.0f} MB, {out.stat().st_size / 1e6:.0f} MB file"
    )
    seconds, _ = child(["verify", "--db", context.url])
    print(f"desk verify (process): {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
