"""Story 5: a manager approves, finance pays with the MoMo reference, prints the receipt, reverses a mistake;
the case file asks for an instalment; every refusal is shown in words and changes nothing."""

from __future__ import annotations

import importlib.util
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desk.services.ledger_dto import LedgerFilter, PaymentInput, RequestInput
from desk.services.money import format_money
from desk.ui.case_file.case_file_window import CaseFileWindow
from desk.ui.ledger.dialogs import DayDialog, PayDialog, ReverseDialog
from desk.ui.ledger.request_dialog import RequestDialog
from desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_next_dialog, type_text
from tests.unit.services.test_ledger import CASH, MOMO, Desk

HAS_RECEIPTS = importlib.util.find_spec("desk.services.documents.receipt") is not None


@pytest.fixture
def desk(context):
    return Desk(context)


@pytest.fixture(autouse=True)
def _no_pdf_viewer(monkeypatch):
    monkeypatch.setattr("desk.ui.widgets.QDesktopServices.openUrl", lambda url: True)


def _window(qtbot, context, services) -> MainWindow:
    window = MainWindow(context, services.actor, "en")
    qtbot.addWidget(window)
    window.show()
    window.show_workspace("ledger")
    return window


def _ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_approve_pay_print_and_reverse(qtbot, context, desk, tmp_path):
    case_id = desk.approved_case(1_000_000, family="Mballa")
    first = desk.agent.ledger_views.case_balance(case_id).instalments[0]
    desk.agent.ledger.request(RequestInput(case_id, "business_instalment", 700_000, MOMO, first.id))

    # The manager approves with Enter on the row; finance's Pay button is no use to them.
    manager = _window(qtbot, context, desk.manager)
    requests = manager.workspace("ledger").requests_tab
    assert requests.approve_model.rowCount() == 1 and requests.pay_model.rowCount() == 0
    assert requests.approve_button.isEnabled() and not requests.pay_button.isEnabled()
    assert "1 requests" in requests.approve_title.text()
    qtbot.keyClick(requests.approve_view, Qt.Key.Key_Return)
    assert requests.approve_model.rowCount() == 0 and requests.pay_model.rowCount() == 1
    assert "Approved" in requests.message_label.text()

    # Finance pays it: the reference is required for mobile money, then the receipt prints at once.
    finance = _window(qtbot, context, desk.finance)
    workspace = finance.workspace("ledger")
    requests = workspace.requests_tab
    assert not requests.approve_button.isEnabled() and requests.pay_button.isEnabled()
    receipt_pdf = tmp_path / "receipt.pdf"
    requests.ask_print_receipt = lambda receipt_no: True
    requests.choose_pdf_path = lambda suggested: str(receipt_pdf)
    seen = {}

    def pay(dialog) -> None:
        assert isinstance(dialog, PayDialog)
        seen["summary"] = dialog.summary_label.text()
        _ok(dialog)
        seen["error"] = dialog.error_label.text()
        type_text(dialog.reference_edit, "MP261129.1234.A56789")
        _ok(dialog)

    answer_next_dialog(pay)
    qtbot.mouseClick(requests.pay_button, Qt.MouseButton.LeftButton)
    assert "Awa MBALLA" in seen["summary"] and "700,000" in seen["summary"] and "MTN MoMo" in seen["summary"]
    assert "Transaction reference" in seen["error"]
    assert requests.pay_model.rowCount() == 0
    assert "receipt No. 1" in requests.message_label.text()
    if HAS_RECEIPTS:
        assert receipt_pdf.read_bytes().startswith(b"%PDF")

    # The day's receipts in one PDF, laid out in the background.
    day_pdf = tmp_path / "day.pdf"
    ledger = workspace.ledger_tab
    workspace.tabs.setCurrentWidget(ledger)
    if HAS_RECEIPTS:
        ledger.choose_day = lambda: date.today()
        ledger.choose_pdf_path = lambda suggested: str(day_pdf)
        qtbot.mouseClick(ledger.day_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: day_pdf.exists() and day_pdf.stat().st_size > 0, timeout=10_000)
        assert day_pdf.read_bytes().startswith(b"%PDF")

    # The entry was on the wrong number: finance reverses it, with a reason, in the Ledger tab.
    assert ledger.model.rowCount() == 1
    entry = ledger.model.row_at(0)
    assert (entry.amount, entry.reference, entry.receipt_no) == (700_000, "MP261129.1234.A56789", 1)
    assert ledger.reverse_button.isEnabled() and ledger.receipt_button.isEnabled()
    ReverseDialog.confirm_reversal = lambda self: True  # undone by the class attribute below
    try:
        errors = []

        def reverse(dialog) -> None:
            assert isinstance(dialog, ReverseDialog)
            _ok(dialog)
            errors.append(dialog.error_label.text())
            type_text(dialog.reason_edit, "mauvais numéro MoMo")
            _ok(dialog)

        answer_next_dialog(reverse)
        qtbot.mouseClick(ledger.reverse_button, Qt.MouseButton.LeftButton)
    finally:
        del ReverseDialog.confirm_reversal
    assert "Reason for the reversal" in errors[0]
    rows = [ledger.model.row_at(r) for r in range(ledger.model.rowCount())]
    assert sorted(r.amount for r in rows) == [-700_000, 700_000]
    original = next(r for r in rows if r.amount > 0)
    reversal = next(r for r in rows if r.amount < 0)
    assert original.reversed and reversal.reverses_seq == original.seq
    index = ledger.model.index(rows.index(reversal), ledger.model.COL_KIND)
    assert ledger.model.data(index) == f"Reversal of No. {original.seq}"
    amount = ledger.model.index(rows.index(original), ledger.model.COL_AMOUNT)
    assert ledger.model.data(amount, Qt.ItemDataRole.FontRole).strikeOut()
    assert "2</b> entries" in ledger.totals_label.text()
    assert f"net {format_money(0, 'XAF')}" in ledger.totals_label.text()
    (total,) = desk.finance.ledger_views.totals(LedgerFilter())
    assert (total.paid, total.reversed, total.net) == (700_000, -700_000, 0)
    # A reversal can be neither reversed nor printed; the original's reprint is a duplicate.
    ledger.table_view.selectRow(rows.index(reversal))
    assert not ledger.reverse_button.isEnabled() and not ledger.receipt_button.isEnabled()
    if HAS_RECEIPTS:
        duplicate = tmp_path / "duplicate.pdf"
        ledger.choose_pdf_path = lambda suggested: str(duplicate)
        ledger.table_view.selectRow(rows.index(original))
        qtbot.mouseClick(ledger.receipt_button, Qt.MouseButton.LeftButton)
        assert duplicate.read_bytes().startswith(b"%PDF")
    # The instalment is open again on the case.
    assert desk.agent.ledger_views.case_balance(case_id).instalments[0].state == "open"


def test_keyset_paging_never_loads_everything(qtbot, context, desk, tmp_path):
    case_id = desk.approved_case(family="Paging")
    for i in range(7):
        desk.paid_request(case_id, "transport", 1_000 + i)
    window = _window(qtbot, context, desk.finance)
    ledger = window.workspace("ledger").ledger_tab
    ledger.model.PAGE = 3
    ledger.reload()
    assert ledger.model.rowCount() == 3 and ledger.model.canFetchMore()
    ledger.model.fetchMore()
    ledger.model.fetchMore()
    ledger.model.fetchMore()
    assert ledger.model.rowCount() == 7 and not ledger.model.canFetchMore()
    assert len({ledger.model.row_at(r).id for r in range(7)}) == 7
    # The search box: a receipt number finds its one entry, and the totals follow the filter.
    ledger.search_edit.setText("3")
    ledger.reload()
    assert ledger.model.rowCount() == 1 and ledger.model.row_at(0).receipt_no == 3
    assert "1</b> entries" in ledger.totals_label.text()
    # The filtered ledger goes to Excel in the background (when this version has the export).
    if ledger.export_button.isVisibleTo(ledger):
        workbook = tmp_path / "ledger.xlsx"
        messages = []
        ledger.choose_xlsx_path = lambda: str(workbook)
        ledger.announce = lambda title, text: messages.append(text)
        ledger.hxl_check.setChecked(True)
        qtbot.mouseClick(ledger.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
        assert messages == [f"1 entries exported to {workbook}."]
        assert workbook.read_bytes().startswith(b"PK")


def test_ask_for_the_first_instalment_from_the_case_file(qtbot, context, desk):
    case_id = desk.approved_case(1_000_000, family="Ndjock")
    window = CaseFileWindow(desk.agent, case_id, "Guichet test")
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.payments_tab)
    tab = window.payments_tab
    assert "1,000,000" in tab.figure_labels["approved"].text()
    assert "1,000,000" in tab.figure_labels["remaining"].text()
    assert tab.instalments_model.rowCount() == 2
    assert tab.selected_instalment().number == 1 and tab.instalment_button.isEnabled()
    assert not tab.report_button.isEnabled()
    seen = {}

    def ask(dialog) -> None:
        assert isinstance(dialog, RequestDialog)
        seen["prefilled"] = (
            dialog.kind_combo.currentData(),
            dialog.amount_spin.minor_value(),
            dialog.instalment_combo.currentData(),
        )
        dialog.modality_combo.setCurrentIndex(dialog.modality_combo.findData("mobile_money"))
        assert dialog.operator_edit.isVisibleTo(dialog) and not dialog.bank_edit.isVisibleTo(dialog)
        type_text(dialog.phone_edit, "6 99 12 34 56")
        _ok(dialog)
        seen["error"] = dialog.error_label.text()
        seen["marked"] = dialog.operator_edit.styleSheet()
        type_text(dialog.operator_edit, "MTN MoMo")
        _ok(dialog)

    answer_next_dialog(ask)
    qtbot.mouseClick(tab.instalment_button, Qt.MouseButton.LeftButton)
    first = tab.instalments_model.row_at(0)
    assert seen["prefilled"] == ("business_instalment", 700_000, first.id)
    assert "operator" in seen["error"] and "border" in seen["marked"]  # the field in error is marked
    assert first.state == "requested"
    assert tab.requests_model.rowCount() == 1
    request = tab.requests_model.row_at(0)
    assert (request.amount, request.status, request.instalment, request.payee) == (
        700_000,
        "requested",
        "1/2",
        "MTN MoMo +237 6 99 12 34 56",
    )
    assert "700,000" in tab.figure_labels["pending"].text()

    # The operator's interim report arrives: the second instalment opens.
    tab.instalments_view.selectRow(1)
    assert tab.report_button.isEnabled() and not tab.instalment_button.isEnabled()
    answer_next_dialog(lambda dialog: (isinstance(dialog, DayDialog) or pytest.fail(str(dialog)), _ok(dialog)))
    qtbot.mouseClick(tab.report_button, Qt.MouseButton.LeftButton)
    assert tab.instalments_model.row_at(1).state == "open"
    assert tab.instalments_model.row_at(1).report_received_on == date.today()


def test_refusals_are_shown_in_words_and_change_nothing(qtbot, context, desk, tmp_path):
    case_id = desk.approved_case(1_000_000, family="Refus")
    # Last month had a payment; finance closes it from the Periods tab, then verifies the ledger.
    last_month = date.today().replace(day=1) - timedelta(days=1)
    request_id = desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 10_000, CASH))
    desk.manager.ledger.approve(request_id)
    desk.finance.ledger.pay(request_id, value_date=last_month)
    window = _window(qtbot, context, desk.finance)
    workspace = window.workspace("ledger")
    periods = workspace.periods_tab
    workspace.tabs.setCurrentWidget(periods)
    months = [periods.model.row_at(r).period for r in range(periods.model.rowCount())]
    assert months[:2] == [f"{date.today():%Y-%m}", f"{last_month:%Y-%m}"]
    periods.table_view.selectRow(0)
    assert not periods.close_button.isEnabled()  # the current month is not over
    periods.table_view.selectRow(1)
    assert periods.close_button.isEnabled()
    periods.confirm_close = lambda period: True
    qtbot.mouseClick(periods.close_button, Qt.MouseButton.LeftButton)
    closed = periods.model.row_at(1)
    assert closed.closed_at is not None and "is closed" in periods.result_label.text()
    fingerprint = periods.model.index(1, periods.model.COL_FINGERPRINT)
    assert closed.fingerprint in periods.model.data(fingerprint, Qt.ItemDataRole.ToolTipRole)
    assert len(periods.model.data(fingerprint)) < 20
    if periods.report_button.isVisibleTo(periods):
        report = tmp_path / "closing.pdf"
        periods.choose_pdf_path = lambda suggested: str(report)
        qtbot.mouseClick(periods.report_button, Qt.MouseButton.LeftButton)
        assert report.read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(periods.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in periods.result_label.text(), timeout=10_000)
    assert "1 entries" in periods.result_label.text()

    # Paying into the closed month is refused, with the reason, and the request stays to pay.
    second = desk.agent.ledger.request(RequestInput(case_id, "transport", 5_000, CASH))
    desk.manager.ledger.approve(second)
    workspace.tabs.setCurrentWidget(workspace.requests_tab)
    requests = workspace.requests_tab
    assert requests.pay_model.rowCount() == 1
    seen = {}

    def pay_last_month(dialog) -> None:
        dialog.date_edit.set_value(last_month)
        _ok(dialog)
        seen["error"] = dialog.error_label.text()
        seen["open"] = dialog.isVisible()
        dialog.reject()

    answer_next_dialog(pay_last_month)
    requests.pay()
    assert seen["error"].startswith("This cannot be done:")
    assert f"• The period {last_month:%Y-%m} is closed" in seen["error"] and seen["open"]
    assert requests.pay_model.rowCount() == 1
    assert len(desk.finance.ledger_views.entries(LedgerFilter())) == 1

    # Asking for more than the committee approved is refused at once, in words.
    case_window = CaseFileWindow(desk.agent, case_id, "Guichet test")
    qtbot.addWidget(case_window)
    tab = case_window.payments_tab

    def ask_too_much(dialog) -> None:
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("business_instalment"))
        dialog.amount_spin.set_minor_value(1_500_000)
        _ok(dialog)
        seen["too_much"] = dialog.error_label.text()
        dialog.reject()

    answer_next_dialog(ask_too_much)
    qtbot.mouseClick(tab.ask_button, Qt.MouseButton.LeftButton)
    assert "• This would exceed the amount approved by the committee" in seen["too_much"]
    assert tab.requests_model.rowCount() == 2  # the pocket money and the transport, nothing more

    # A manager's approval refused by the rules: the reasons under the queue, the request stays.
    person_id = desk.agent.case_files.case_file(case_id).person_id
    third = desk.agent.ledger.request(RequestInput(case_id, "social_aid", 5_000, PaymentInput("cash")))
    desk.agent.intake.withdraw_consent(person_id, "ne souhaite plus")
    manager = _window(qtbot, context, desk.manager)
    queue = manager.workspace("ledger").requests_tab
    assert queue.selected_to_approve().id == third
    queue.approve()
    assert "withdrew their consent" in queue.error_label.text() and queue.approve_model.rowCount() == 1


def test_an_agent_sees_the_queues_but_not_the_books(qtbot, context, desk):
    window = _window(qtbot, context, desk.agent)
    workspace = window.workspace("ledger")
    assert workspace.tabs.count() == 1 and workspace.ledger_tab is None
    requests = workspace.requests_tab
    assert requests.approve_model.rowCount() == 0
    assert not requests.approve_button.isEnabled() and not requests.pay_button.isEnabled()
    assert "finance officer" in requests.pay_button.toolTip()
    # Another workstation asks for a payment: F5 reads the queues again.
    case_id = desk.approved_case(family="Autreposte")
    desk.agent.ledger.request(RequestInput(case_id, "transport", 5_000, CASH))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # shortcuts act on the active window
    qtbot.keyClick(requests.approve_view, Qt.Key.Key_F5)
    assert requests.approve_model.rowCount() == 1
    assert requests.approve_model.row_at(0).case_id == case_id


def test_the_requester_withdraws_a_request_with_a_reason(qtbot, context, desk):
    case_id = desk.approved_case(1_000_000, family="Retrait")
    request_id = desk.agent.ledger.request(RequestInput(case_id, "transport", 7_500, PaymentInput("cash")))
    window = CaseFileWindow(desk.agent, case_id, "Guichet test")
    qtbot.addWidget(window)
    tab = window.payments_tab
    tab.requests_view.selectRow(0)
    assert tab.cancel_button.isEnabled()

    def withdraw(dialog) -> None:
        _ok(dialog)  # no reason: refused, the dialog stays
        assert dialog.isVisible() and "Reason" in dialog.error_label.text()
        dialog.reason_edit.setPlainText("Transport pris en charge par la famille")
        _ok(dialog)

    answer_next_dialog(withdraw)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.requests_model.row_at(0).status == "cancelled" and not tab.cancel_button.isEnabled()
    assert desk.manager.ledger_views.requests(("requested",), case_id) == [] and request_id
