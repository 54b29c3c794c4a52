"""The donor ledger workbook and the totals workbook, read back with openpyxl."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from datetime import date, datetime

import openpyxl
import pytest
import xlsxwriter.workbook

from desk.services.errors import DeskError
from desk.services.exchange import xlsx_writer
from desk.services.ledger_dto import ExportRow, TotalLine
from desk.services.ledger_export import write_ledger_workbook, write_totals_workbook
from desk.services.progress import Cancelled, CancelToken

HEADERS = [
    "Seq.",
    "Value date",
    "Period",
    "Case number",
    "Beneficiary",
    "Sex",
    "Region",
    "Donor",
    "Programme",
    "Kind",
    "Modality",
    "Currency",
    "Amount (currency units)",
    "Reference",
    "Receipt no.",
    "Reverses seq.",
    "Reason",
]

METADATA = [("Desk", "Cameroon"), ("Period", "2026-11"), ("Exported by", "finance"), ("Filters", "donor = EU")]


def entry(seq: int, amount: float, currency: str = "XAF", **changes: object) -> ExportRow:
    values: dict[str, object] = {
        "seq": seq,
        "value_date": date(2026, 11, seq % 28 + 1),
        "period": "2026-11",
        "case_number": f"CM-2026-{seq:06d}",
        "beneficiary": "Ngono Marie",
        "sex": "Female",
        "region": "Centre",
        "donor": "EU",
        "programme": "Reintegration 2026",
        "kind": "Business-creation instalment",
        "modality": "Mobile money",
        "currency": currency,
        "amount": amount,
        "reference": f"MP{seq:08d}",
        "receipt_no": 1000 + seq,
        "reverses_seq": None,
        "reason": "",
    }
    values.update(changes)
    return ExportRow(**values)  # type: ignore[arg-type]


ROWS = [
    entry(1, 300_000),
    entry(2, 150_000, beneficiary='=HYPERLINK("http://evil.example","x")', reference="#N/A"),
    entry(3, -150_000, reverses_seq=2, receipt_no=None, reason="Wrong\x07 number\r\nsent back"),
    entry(4, 0.1, "TND", beneficiary=""),
    entry(5, 0.2, "TND"),
]

SUMMARY = [
    TotalLine(("EU", "Reintegration 2026"), "XAF", 3, 450_000, -150_000, 300_000),
    TotalLine(("OFII", "Aide au retour"), "XAF", 1, 50_000, 0, 50_000),
    TotalLine(("EU", "Tunisia pilot"), "TND", 2, 300, 0, 300),
]


def test_the_ledger_sheet_is_typed_with_totals_per_currency(tmp_path):
    out = tmp_path / "ledger.xlsx"
    written = write_ledger_workbook(out, iter(ROWS), SUMMARY, METADATA, hxl=False, total_rows=len(ROWS))
    assert written == 5
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ledger", "Summary", "About"]
    ws = wb["Ledger"]
    assert [c.value for c in ws[1]] == HEADERS
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:Q6"
    first = {h: c for h, c in zip(HEADERS, ws[2], strict=True)}
    assert first["Seq."].value == 1 and first["Seq."].data_type == "n"
    assert first["Value date"].value == datetime(2026, 11, 2) and first["Value date"].is_date
    assert first["Value date"].number_format == "dd/mm/yyyy"
    assert first["Amount (currency units)"].value == 300_000
    assert first["Amount (currency units)"].data_type == "n"
    assert first["Amount (currency units)"].number_format == "#,##0"
    assert first["Receipt no."].value == 1001 and first["Receipt no."].data_type == "n"
    assert first["Case number"].value == "CM-2026-000001"
    # what a person typed stays text
    assert (ws["E3"].value, ws["E3"].data_type) == ('=HYPERLINK("http://evil.example","x")', "s")
    assert (ws["N3"].value, ws["N3"].data_type) == ("#N/A", "s")
    # a reversal: negative amount, the seq it reverses, its reason without the control character
    assert ws["M4"].value == -150_000 and ws["P4"].value == 2 and ws["O4"].value is None
    assert ws["Q4"].value == "Wrong number\nsent back"
    # TND has three decimals
    assert ws["E5"].value is None
    assert ws["M5"].value == pytest.approx(0.1) and ws["M5"].number_format == "#,##0.000"
    # a blank line, then a bold total per currency, computed (a number, not a formula)
    assert all(c.value is None for c in ws[7])
    tnd, xaf = ws[8], ws[9]
    assert tnd[0].value == "Total TND (2 entries)" and tnd[0].font.b
    assert tnd[11].value == "TND" and tnd[12].value == 0.3 and tnd[12].data_type == "n"
    assert tnd[12].number_format == "#,##0.000"
    assert xaf[0].value == "Total XAF (3 entries)"
    assert xaf[12].value == 300_000 and xaf[12].font.b
    assert ws.max_row == 9


def test_hxl_hashtags_only_when_asked(tmp_path):
    plain, tagged = tmp_path / "plain.xlsx", tmp_path / "hxl.xlsx"
    write_ledger_workbook(plain, ROWS, SUMMARY, METADATA, hxl=False)
    write_ledger_workbook(tagged, ROWS, SUMMARY, METADATA, hxl=True)
    wb = openpyxl.load_workbook(plain)
    for ws in (wb["Ledger"], wb["Summary"]):
        assert not any(isinstance(c.value, str) and c.value.startswith("#") for c in ws[2])
    wb = openpyxl.load_workbook(tagged)
    ws = wb["Ledger"]
    tags = [c.value for c in ws[2]]
    assert all(isinstance(t, str) and t.startswith("#") for t in tags)
    assert tags[1] == "#date" and tags[6] == "#adm1+name" and tags[7] == "#org+funder"
    assert tags[8] == "#activity+programme" and tags[11] == "#currency" and tags[12].startswith("#value")
    assert tags[3] == "#beneficiary+code" and tags[0] == "#meta+id"
    assert ws.freeze_panes == "A3"
    assert ws["A3"].value == 1
    summary = wb["Summary"]
    assert [c.value for c in summary[2]][:3] == ["#org+funder", "#activity+programme", "#currency"]


def test_summary_sheet_converts_minor_units_and_totals_each_currency(tmp_path):
    out = tmp_path / "ledger.xlsx"
    write_ledger_workbook(out, ROWS, SUMMARY, METADATA, hxl=False)
    ws = openpyxl.load_workbook(out)["Summary"]
    assert [c.value for c in ws[1]] == [
        "Donor",
        "Programme",
        "Currency",
        "Entries",
        "Paid (currency units)",
        "Reversed (currency units)",
        "Net (currency units)",
    ]
    assert [c.value for c in ws[2]] == ["EU", "Reintegration 2026", "XAF", 3, 450_000, -150_000, 300_000]
    assert [c.value for c in ws[4]] == ["EU", "Tunisia pilot", "TND", 2, 0.3, 0, 0.3]
    assert ws["E4"].number_format == "#,##0.000"
    assert ws.auto_filter.ref == "A1:G4"
    assert [c.value for c in ws[6]] == ["Total TND", None, "TND", 2, 0.3, 0, 0.3]
    assert [c.value for c in ws[7]] == ["Total XAF", None, "XAF", 4, 500_000, -150_000, 350_000]
    assert ws["A7"].font.b and ws["G7"].data_type == "n"


def test_about_sheet_holds_the_metadata_and_the_count(tmp_path):
    out = tmp_path / "ledger.xlsx"
    write_ledger_workbook(out, ROWS, SUMMARY, METADATA, hxl=False)
    ws = openpyxl.load_workbook(out)["About"]
    assert [(r[0].value, r[1].value) for r in ws.iter_rows()] == [*METADATA, ("Entries written", 5)]


def test_a_long_ledger_continues_on_more_sheets(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 10)
    out = tmp_path / "ledger.xlsx"
    rows = (entry(i, 1000) for i in range(1, 21))  # lazily, like a query
    assert write_ledger_workbook(out, rows, SUMMARY, METADATA, hxl=True) == 20
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Ledger", "Ledger (2)", "Ledger (3)", "Summary", "About"]
    seqs = [
        r[0].value for name in wb.sheetnames[:3] for r in wb[name].iter_rows(min_row=3) if isinstance(r[0].value, int)
    ]
    assert seqs == list(range(1, 21))
    last = wb["Ledger (3)"]
    assert last["A8"].value == "Total XAF (20 entries)" and last["M8"].value == 20_000
    about = dict((r[0].value, r[1].value) for r in wb["About"].iter_rows())
    assert about["Ledger sheets"] == "Ledger, Ledger (2), Ledger (3)"


def test_a_failing_query_leaves_no_file(tmp_path):
    out = tmp_path / "ledger.xlsx"

    def rows() -> Iterator[ExportRow]:
        yield from ROWS
        raise RuntimeError("connection lost")

    with pytest.raises(RuntimeError):
        write_ledger_workbook(out, rows(), SUMMARY, METADATA, hxl=False)
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_no_file(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_writer, "PROGRESS_EVERY", 2)
    token = CancelToken()
    out = tmp_path / "ledger.xlsx"

    def progress(done: int, total: int, message: str) -> None:
        if done >= 4:
            token.cancel()

    with pytest.raises(Cancelled):
        write_ledger_workbook(out, ROWS * 3, SUMMARY, METADATA, hxl=False, progress=progress, cancel=token)
    assert list(tmp_path.iterdir()) == []


def test_full_disk_is_a_desk_error(tmp_path, monkeypatch):
    def full(self):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    out = tmp_path / "ledger.xlsx"
    with pytest.raises(DeskError, match="disk is full"):
        write_ledger_workbook(out, ROWS, SUMMARY, METADATA, hxl=False)
    assert list(tmp_path.iterdir()) == []


def test_totals_workbook(tmp_path):
    out = tmp_path / "closing.xlsx"
    lines = [
        TotalLine(("EU", "Reintegration 2026", "Cash"), "XAF", 10, 1_000_000, -50_000, 950_000),
        TotalLine(("EU", "Reintegration 2026", "Mobile money"), "XAF", 5, 500_000, 0, 500_000),
        TotalLine(("OFII", "Aide", "Bank transfer"), "EUR", 1, 123_456, 0, 123_456),
    ]
    count = write_totals_workbook(
        out,
        "Closing 2026/11",
        lines,
        ["Donor", "Programme", "Modality"],
        [("Period", "2026-11"), ("Closed by", "finance")],
        hxl=True,
        key_hxl=["#org+funder", "#activity+programme", "#modality"],
    )
    assert count == 3
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Closing 2026-11", "About"]
    ws = wb["Closing 2026-11"]
    assert [c.value for c in ws[1]][:4] == ["Donor", "Programme", "Modality", "Currency"]
    assert [c.value for c in ws[2]][:4] == ["#org+funder", "#activity+programme", "#modality", "#currency"]
    assert [c.value for c in ws[3]] == ["EU", "Reintegration 2026", "Cash", "XAF", 10, 1_000_000, -50_000, 950_000]
    assert [c.value for c in ws[5]] == ["OFII", "Aide", "Bank transfer", "EUR", 1, 1234.56, 0, 1234.56]
    assert ws["F5"].number_format == "#,##0.00"
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref == "A2:H5"
    assert [c.value for c in ws[7]] == ["Total EUR", None, None, "EUR", 1, 1234.56, 0, 1234.56]
    assert [c.value for c in ws[8]] == ["Total XAF", None, None, "XAF", 15, 1_500_000, -50_000, 1_450_000]
    assert [(r[0].value, r[1].value) for r in wb["About"].iter_rows()] == [
        ("Period", "2026-11"),
        ("Closed by", "finance"),
    ]
