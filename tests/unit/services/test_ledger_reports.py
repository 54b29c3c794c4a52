"""The ledger's documents and workbooks: the donor export, the period closing report, the demo's ledger, the CLI."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk.cli import run
from desk.services.errors import PermissionDenied, ValidationError
from desk.services.ledger_dto import LedgerFilter, PaymentInput, RequestInput
from desk.services.ledger_periods import verify_ledger_now
from tests.unit.services.test_desk import _make_demo
from tests.unit.services.test_ledger import Desk


@pytest.fixture
def month_closed(context):
    desk = Desk(context)
    case_id = desk.approved_case(900_000, family="Export")
    last_month = date.today().replace(day=1) - timedelta(days=1)
    for amount, day in ((40_000, last_month), (60_000, date.today())):
        request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", amount, PaymentInput("cash")))
        desk.manager.ledger.approve(request_id)
        desk.finance.ledger.pay(request_id, value_date=day)
    desk.finance.periods.close(f"{last_month:%Y-%m}")
    return desk, f"{last_month:%Y-%m}"


def test_donor_export_has_no_names_and_adds_up(month_closed, tmp_path):
    desk, _ = month_closed
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(PermissionDenied):
        desk.agent.ledger_exports.export_ledger(out, LedgerFilter())
    assert desk.finance.ledger_exports.export_ledger(out, LedgerFilter(), hxl=True) == 2
    book = load_workbook(out, read_only=True)
    sheet = book[book.sheetnames[0]]
    rows = list(sheet.iter_rows(values_only=True))
    header, hxl, first = rows[0], rows[1], rows[2]
    assert hxl[0].startswith("#") and isinstance(first[1], datetime)  # dates stay dates
    text = " ".join(str(v) for row in rows for v in row if v is not None)
    assert "Awa" not in text and "EXPORT" not in text  # no names
    amounts = [r[header.index(next(h for h in header if h and h.startswith("Amount")))] for r in rows[2:4]]
    assert sorted(amounts) == [40_000, 60_000]
    with pytest.raises(ValidationError):
        desk.finance.ledger_exports.donor_filter(None, None, "NOPE")


def test_closing_reports(month_closed, tmp_path):
    desk, period = month_closed
    pdf = desk.finance.ledger_exports.closing_report_pdf(period)
    text = "".join(page.extract_text() for page in PdfReader(__import__("io").BytesIO(pdf)).pages)
    fingerprint = next(p.fingerprint for p in desk.finance.periods.periods() if p.period == period)
    assert fingerprint in text.replace("\n", "") and "40" in text
    out = tmp_path / "closing.xlsx"
    assert desk.finance.ledger_exports.closing_report_xlsx(out, period) == 3  # donor, programme, modality lines
    book = load_workbook(out, read_only=True)
    about = [v for row in book[book.sheetnames[-1]].iter_rows(values_only=True) for v in row]
    assert fingerprint in about
    with pytest.raises(ValidationError, match="not closed"):
        desk.finance.ledger_exports.closing_report_pdf(f"{date.today():%Y-%m}")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_demo_ledger_verifies(context):
    _make_demo(context)
    context.demo.generate(400, seed=3)
    report = verify_ledger_now(context.session_factory)
    assert report.ok and report.entries > 50, report.problems
    finance = context.for_actor(context.auth.authenticate("finance", "demo"))
    rows = finance.ledger_views.entries(LedgerFilter(), limit=5000)
    assert len(rows) == report.entries and sum(r.amount for r in rows if r.reverses_seq) <= 0
    assert finance.ledger_views.requests(("requested",)) and finance.ledger_views.requests(("approved",))
    assert any(p.closed_at for p in finance.periods.periods())


def test_cli_export_receipts_verify(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "demo.sqlite")
    monkeypatch.setenv("DESK_PASSWORD", "demo")
    assert run(["demo", "--db", db, "--returnees", "300"]) == 0
    assert run(["verify", "--db", db]) == 0
    assert "chain intact" in capsys.readouterr().out
    out = tmp_path / "l.xlsx"
    assert run(["export", "ledger", str(out), "--db", db, "--user", "finance", "--hxl", "--from", "2020-01-01"]) == 0
    assert out.exists()
    assert run(["export", "ledger", str(out), "--db", db, "--user", "finance", "--from", "yesterday"]) == 1
    assert "not a date" in capsys.readouterr().err
    pdf = tmp_path / "r.pdf"
    assert (
        run(["receipts", str(pdf), "--db", db, "--user", "finance", "--from", "2000-01-01", "--to", f"{date.today()}"])
        == 0
    )
    assert len(PdfReader(pdf).pages) >= 1
    # Tampering shows in `desk verify`, which exits non-zero and names the entry.
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("DROP TRIGGER ledger_entries_no_update")
    conn.execute("UPDATE ledger_entries SET amount = amount + 1 WHERE seq = 3")
    conn.commit()
    conn.close()
    capsys.readouterr()
    assert run(["verify", "--db", db]) == 2
    assert "entry 3" in capsys.readouterr().out
