"""Reconciling the ledger with a mobile-money statement: import once, match, confirm, see what is left."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from desk.services.errors import PermissionDenied
from desk.services.ledger_dto import PaymentInput, RequestInput
from desk.services.reconciliation_service import AlreadyImported
from tests.unit.services.test_ledger import Desk


def _momo(phone: str) -> PaymentInput:
    return PaymentInput("mobile_money", mobile_operator="MTN Mobile Money", phone=phone)


def test_statement_matches_confirms_and_shows_both_sides(context, tmp_path):
    desk = Desk(context)
    case_id = desk.approved_case(900_000, family="Recon")
    paid = {}
    for ref, phone, amount in (
        ("MP1", "699000001", 10_000),  # on the statement with its reference
        ("MP2", "699000002", 20_000),  # on the statement, with another amount
        ("MP3", "699000003", 30_000),  # on the statement without reference: amount + phone + date
        ("MP4", "699000004", 40_000),  # not on the statement
    ):
        request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", amount, _momo(phone)))
        desk.manager.ledger.approve(request_id)
        paid[ref] = desk.finance.ledger.pay(request_id, reference=ref)[0]
    today = date.today().strftime("%d/%m/%Y")
    book = Workbook()
    sheet = book.active
    sheet.append(["Date valeur", "Référence", "Montant (XAF)", "Numéro", "Libellé"])
    sheet.append([today, "mp1", -10_000, "237699000001", "Transfert"])
    sheet.append([today, "MP2", "-25 000", "237699000002", "Transfert"])
    sheet.append([today, "", 30_000, "+237 699000003", "Transfert"])
    sheet.append([today, "XYZ", 5_000, "237699999999", "Frais"])
    path = tmp_path / "releve.xlsx"
    book.save(path)

    with pytest.raises(PermissionDenied):
        desk.manager.reconciliation.import_statement(path, "XAF")
    statement_id = desk.finance.reconciliation.import_statement(path, "XAF")
    with pytest.raises(AlreadyImported, match="already imported"):
        desk.finance.reconciliation.import_statement(path, "XAF")
    view = desk.finance.reconciliation.view(statement_id)
    by_row = {line.row_no: line for line in view.lines}
    assert (by_row[2].status, by_row[2].entry_id, by_row[2].how) == ("matched", paid["MP1"], "reference")
    assert (by_row[3].status, by_row[3].entry_id) == ("amount_mismatch", paid["MP2"])
    assert (by_row[4].status, by_row[4].entry_id) == ("matched", paid["MP3"])
    assert by_row[5].status == "unmatched"
    assert [e.entry_id for e in view.unmatched_entries] == [paid["MP4"]]

    assert desk.finance.reconciliation.confirm(statement_id, [(by_row[2].statement_line_id, paid["MP1"])]) == 1
    view = desk.finance.reconciliation.view(statement_id)
    assert {line.row_no: line.status for line in view.lines}[2] == "confirmed"
    assert [e.entry_id for e in view.unmatched_entries] == [paid["MP4"]]
    (listed,) = desk.finance.reconciliation.statements()
    assert (listed.source, listed.lines, listed.confirmed) == ("releve.xlsx", 4, 1)
