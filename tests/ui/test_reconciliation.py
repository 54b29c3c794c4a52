"""The reconciliation tab: a finance officer imports the operator's statement, reads the proposals and confirms."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from desk.services.ledger_dto import PaymentInput, RequestInput
from desk.ui.ledger.reconciliation_tab import ReconciliationTab
from tests.unit.services.test_ledger import Desk


@pytest.mark.parametrize("backend", ["sqlite"])
def test_import_read_and_confirm(context, qtbot, tmp_path):
    desk = Desk(context)
    case_id = desk.approved_case(900_000, family="Rapprochement")
    for ref, phone, amount in (("MP-A", "699000011", 15_000), ("MP-B", "699000012", 25_000)):
        payment = PaymentInput("mobile_money", mobile_operator="Orange Money", phone=phone)
        request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", amount, payment))
        desk.manager.ledger.approve(request_id)
        desk.finance.ledger.pay(request_id, reference=ref)
    book = Workbook()
    book.active.append(["Date", "Transaction ID", "Amount", "MSISDN"])
    book.active.append([date.today(), "MP-A", 15_000, "237699000011"])
    book.active.append([date.today(), "MP-Z", 9_999, "237699000099"])
    path = tmp_path / "orange.xlsx"
    book.save(path)

    tab = ReconciliationTab(desk.finance, "XAF")
    qtbot.addWidget(tab)
    tab.reload()
    assert "No statement yet" in tab.summary_label.text() and not tab.confirm_button.isEnabled()
    tab.import_path(path)
    assert tab.lines_model.rowCount() == 2 and tab.missing_model.rowCount() == 1
    assert "1 matches proposed" in tab.summary_label.text() and "1 lines not in the ledger" in tab.summary_label.text()
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    assert "1 confirmed" in tab.summary_label.text() and "(1/2 confirmed)" in tab.statement_combo.currentText()
    # The same file again: nothing new, and the desk says when it came first.
    tab.import_path(path)
    assert "already imported" in tab.error_label.text() and tab.statement_combo.count() == 1
