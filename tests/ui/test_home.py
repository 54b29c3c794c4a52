"""The home screens ("Accueil") of each role: the tiles' numbers and the lists proven against data built through the
services, a row opens its case, a tile opens its workspace, F5 and coming back read the figures again in the
background, a failed refresh keeps the figures shown, and the manager's charts draw the service's figures."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from desk.models.backup import backup_sqlite
from desk.models.referral import Referral
from desk.paths import user_paths
from desk.services.errors import DeskError
from desk.services.home_service import HomeService
from desk.services.ledger_dto import RequestInput
from desk.ui.followup.followup_widget import FollowupWidget
from desk.ui.formatting import format_datetime
from desk.ui.home.home_widget import HomeWidget
from desk.ui.home.manager_charts import ChartCard
from desk.ui.intake.intake_widget import IntakeWidget
from desk.ui.main_window import MainWindow
from tests.factories import intake_input, make_user
from tests.ui.conftest import answer_next_dialog
from tests.unit.services.test_home import CASH, _designated, _momo, _operator, register, sql
from tests.unit.services.test_ledger import Desk
from tests.unit.services.test_plans import SALON

TODAY = date.today()
TIMEOUT = 20_000


def open_home(qtbot, context, actor) -> tuple[MainWindow, HomeWidget]:
    window = MainWindow(context, actor, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.workspace("home")
    assert isinstance(home, HomeWidget)
    wait_loaded(qtbot, home)
    return window, home


def wait_loaded(qtbot, home: HomeWidget) -> None:
    qtbot.waitUntil(lambda: home.data is not None and not home.loading(), timeout=TIMEOUT)


def refresh_with_f5(qtbot, window: MainWindow, home: HomeWidget) -> None:
    before = home.updated_at
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # a shortcut acts on the active window
    with qtbot.waitSignal(home.refreshed, timeout=TIMEOUT):
        qtbot.keyClick(home.body, Qt.Key.Key_F5)
    assert home.updated_at is not None and home.updated_at != before


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# -- agent ------------------------------------------------------------------------------------------------------------
def test_agent_home_counts_opens_and_refreshes(qtbot, context):
    me = context.for_actor(make_user(context, "agent"))
    other = context.for_actor(make_user(context, "agent"))
    case_id = register(me, "Visites")
    follow = me.followup
    for kind in ("phone", "office"):
        follow.add_visit(case_id, TODAY, kind, "Rendez-vous")
    follow.cancel(follow.add_visit(case_id, TODAY, "phone", "Doublon"), "Doublon")
    late = [follow.add_visit(case_id, TODAY - timedelta(days=days), "phone", "En retard") for days in (3, 9)]
    other.followup.add_visit(case_id, TODAY - timedelta(days=4), "phone", "Pas le mien")
    draft_id = me.intake.save_draft("Brouillon Awa", {"family_name": "Brouillon", "given_names": "Awa"})
    other.intake.save_draft("Pas le mien", {})
    withdrawn = me.intake.register_intake(intake_input(family="Retire", given="Awa", phone=None))
    me.intake.withdraw_consent(withdrawn.person_id, "ne souhaite plus")

    window, home = open_home(qtbot, context, me.actor)
    agent = home.body
    assert [t.value() for t in (agent.visits_tile, agent.overdue_tile, agent.drafts_tile, agent.consent_tile)] == [
        "2",
        "2",
        "1",
        "1",
    ]
    assert agent.overdue_tile.detail_label.text() == "the oldest: 9 days late"
    assert agent.referrals_tile.value() == "0" and agent.referrals_list.empty_label.isVisible()
    assert agent.referrals_list.empty_label.text() == "Every referral has its answer, or is not due yet."
    assert [v.visit_id for v in agent.overdue_list.shown_rows()] == late[::-1]  # the most late first
    assert agent.overdue_list.model.index(0, 2).data() == "9 days late"
    assert [c.case_id for c in agent.consent_list.shown_rows()] == [withdrawn.case_id]
    assert home.today_panel is not None and home.today_panel.model.rowCount() == 2
    assert home.updated_label.text().startswith("Updated at ")

    # One click on a row opens the case file; Enter does too.
    with qtbot.waitSignal(home.case_file_requested, timeout=2000) as opened:
        click_row(qtbot, agent.consent_list.view, 0)
    assert opened.args == [withdrawn.case_id] and withdrawn.case_id in window.case_windows
    window.case_windows[withdrawn.case_id].close()

    # An overdue visit opens the visit itself, to record it or move it.
    seen = []

    def look(dialog) -> None:
        seen.append(dialog.detail.row.id)
        dialog.reject()

    answer_next_dialog(look)
    click_row(qtbot, agent.overdue_list.view, 0)
    assert seen == [late[1]]

    # A tile leads to its workspace: the overdue visits of the calendar.
    qtbot.mouseClick(agent.overdue_tile, Qt.MouseButton.LeftButton)
    assert window.current_workspace_key() == "followup"
    followup = window.workspace("followup")
    assert isinstance(followup, FollowupWidget) and followup.tabs.currentWidget() is followup.overdue_tab

    # Coming back reads the figures again: a referral gone past due meanwhile shows up without F5.
    intake = intake_input(family="Orientee", given="Awa", phone=None)
    referred = me.intake.register_intake(replace(intake, consent=replace(intake.consent, share_institutions=True)))
    institution = next(i.id for i in me.reference.list_items("institutions") if i.code == "MINAS")
    referral_id = me.referrals.refer(referred.case_id, institution, "Soutien", TODAY + timedelta(days=30))
    sql(context, update(Referral).where(Referral.id == referral_id).values(due_on=TODAY - timedelta(days=2)))
    with qtbot.waitSignal(home.refreshed, timeout=TIMEOUT):
        window.show_workspace("home")
    assert agent.referrals_tile.value() == "1"
    assert [r.case_id for r in agent.referrals_list.shown_rows()] == [referred.case_id]
    agent.referrals_list.view.setFocus()
    agent.referrals_list.view.selectRow(0)
    with qtbot.waitSignal(home.case_file_requested, timeout=2000) as opened:
        qtbot.keyClick(agent.referrals_list.view, Qt.Key.Key_Return)
    assert opened.args == [referred.case_id]
    window.case_windows[referred.case_id].close()

    # F5: a visit overdue since this morning counts at once.
    follow.add_visit(case_id, TODAY - timedelta(days=1), "phone", "Hier")
    refresh_with_f5(qtbot, window, home)
    assert agent.overdue_tile.value() == "3" and len(agent.overdue_list.shown_rows()) == 3

    # An unfinished intake opens the intake form with what was typed.
    assert [d.draft_id for d in agent.drafts_list.shown_rows()] == [draft_id]
    click_row(qtbot, agent.drafts_list.view, 0)
    assert window.current_workspace_key() == "intake"
    intake_widget = window.workspace("intake")
    assert isinstance(intake_widget, IntakeWidget)
    assert intake_widget.form.family_name_edit.text() == "Brouillon" and intake_widget.draft_id == draft_id


def test_a_failed_refresh_keeps_the_figures_and_says_so(qtbot, context, monkeypatch):
    me = context.for_actor(make_user(context, "agent"))
    case_id = register(me, "Echec")
    me.followup.add_visit(case_id, TODAY - timedelta(days=2), "phone", "En retard")
    window, home = open_home(qtbot, context, me.actor)
    assert home.body.overdue_tile.value() == "1"

    def broken(self):
        raise DeskError("The database cannot be reached.")

    monkeypatch.setattr(HomeService, "home", broken)
    with qtbot.waitSignal(home.refresh_failed, timeout=TIMEOUT):
        home.refresh()
    assert home.error_label.isVisible() and "The database cannot be reached." in home.error_label.text()
    assert home.body.overdue_tile.value() == "1"  # the figures shown before stay
    assert home.refresh_button.isEnabled()


def test_the_refresh_runs_in_the_background(qtbot, context, monkeypatch):
    me = context.for_actor(make_user(context, "agent"))
    window, home = open_home(qtbot, context, me.actor)
    slow, go_on = HomeService.home, threading.Event()

    def held(self):
        go_on.wait(TIMEOUT / 1000)  # the database "works" until the test lets it go
        return slow(self)

    monkeypatch.setattr(HomeService, "home", held)
    home.refresh()  # returns while the service is still held: the window keeps answering meanwhile
    assert home.loading() and home.updated_label.text() == "Updating…" and not home.refresh_button.isEnabled()
    home.refresh()  # asked again meanwhile: read once more at the end, never twice at once
    go_on.set()
    wait_loaded(qtbot, home)
    assert home.updated_label.text().startswith("Updated at ")


# -- manager ----------------------------------------------------------------------------------------------------------
def test_manager_home_queues_tiles_and_charts(qtbot, context, tmp_path, monkeypatch):
    desk = Desk(context)
    waiting = [
        register(desk.agent, family, return_date=TODAY - timedelta(days=d)) for family, d in (("Un", 90), ("Deux", 9))
    ]
    full = _operator(desk, "Plein", 2)
    cases = [_designated(desk, f"Plein{n}", full) for n in range(2)]
    quiet = _operator(desk, "Calme", 30)
    plan_cases = []
    for n in range(2):
        plan_case = _designated(desk, f"Projet{n}", quiet)
        desk.agent.plans.save(plan_case, SALON)
        desk.agent.plans.submit(plan_case)
        plan_cases.append(plan_case)
    asked = [desk.agent.ledger.request(RequestInput(waiting[0], "pocket_money", a, CASH)) for a in (10_000, 25_000)]
    desk.agent.followup.add_visit(cases[0], TODAY - timedelta(days=5), "field", "Visite", operator=True)

    window, home = open_home(qtbot, context, desk.manager.actor)
    manager = home.body
    assert [t.value() for t in (manager.waiting_tile, manager.plans_tile, manager.requests_tile)] == ["2", "2", "2"]
    assert manager.requests_tile.detail_label.text() == "FCFA35,000"
    assert manager.requests_sum_label.text() == "FCFA35,000"
    assert manager.capacity_tile.value() == "1" and manager.overdue_tile.value() == "1"
    assert [w.case_id for w in manager.waiting_list.shown_rows()] == waiting  # the longest waiting first
    assert [p.case_id for p in manager.plans_list.shown_rows()] == plan_cases
    assert [r.request_id for r in manager.requests_list.shown_rows()] == asked
    assert manager.requests_list.model.index(1, 2).data() == "FCFA25,000"
    assert [(o.operator_id, o.load) for o in manager.capacity_list.shown_rows()] == [(full, 2)]
    assert manager.capacity_list.model.index(0, 1).data() == "2 / 2 (100%)"
    assert [(o.operator_id, o.overdue) for o in manager.behind_list.shown_rows()] == [(full, 1)]

    # The charts draw the service's figures.
    data = home.data
    charts = manager.charts
    assert charts.stages_chart.bar_values() == [("Cases", [float(s.count) for s in data.cases_by_stage])]
    assert charts.stages_chart.categories() == [s.label for s in data.cases_by_stage]
    assert {s.status: s.count for s in data.cases_by_stage}["registered"] == 2
    assert charts.returns_chart.line_values() == [("Returns", [float(m.count) for m in data.returns_per_month])]
    assert charts.sectors_chart.empty_text() == "No data for this period"  # no committee decision yet
    assert [name for name, _ in charts.scores_chart.series_data()] == ["First assessment (0)", "At 12 months (0)"]
    charts.stages_chart.save_png(tmp_path / "stages.png")
    assert (tmp_path / "stages.png").stat().st_size > 1000
    # "⋯" opens the chart's own menu: save as PNG, copy, print.
    shown = []
    monkeypatch.setattr(ChartCard, "popup", lambda _card, menu: shown.append([a.objectName() for a in menu.actions()]))
    manager.tabs.setCurrentWidget(charts.cases_page)
    card = charts.stages_chart.parentWidget()
    assert isinstance(card, ChartCard) and "PNG" in card.menu_button.toolTip()
    qtbot.mouseClick(card.menu_button, Qt.MouseButton.LeftButton)
    assert shown == [["save_png_action", "copy_action", "print_action"]]

    # Rows open cases; tiles open the workspaces where the work is done.
    with qtbot.waitSignal(home.case_file_requested, timeout=2000) as opened:
        click_row(qtbot, manager.plans_list.view, 1)
    assert opened.args == [plan_cases[1]]
    window.case_windows[plan_cases[1]].close()
    with qtbot.waitSignal(home.workspace_requested, timeout=2000) as requested:
        qtbot.mouseClick(manager.requests_tile, Qt.MouseButton.LeftButton)
    assert requested.args == ["ledger/requests"] and window.current_workspace_key() == "ledger"
    ledger = window.workspace("ledger")
    assert ledger.tabs.currentWidget() is ledger.requests_tab
    window.show_workspace("home")
    wait_loaded(qtbot, home)
    manager.plans_tile.setFocus()
    qtbot.keyClick(manager.plans_tile, Qt.Key.Key_Return)
    assert window.current_workspace_key() == "committee"
    window.show_workspace("home")
    wait_loaded(qtbot, home)

    # F5 after a new request: the count and the sum follow.
    desk.agent.ledger.request(RequestInput(waiting[1], "transport", 5_000, CASH))
    refresh_with_f5(qtbot, window, home)
    assert manager.requests_tile.value() == "3" and manager.requests_sum_label.text() == "FCFA40,000"


def test_manager_decisions_by_sector_chart(qtbot, context):
    desk = Desk(context)
    sectors = sorted(desk.agent.reference.list_items("sectors"), key=lambda s: s.code)
    approved = desk.approved_case(family="Approuve")  # SALON's sector
    home_dto = HomeService(context.session_factory, desk.manager.actor).manager()
    window, home = open_home(qtbot, context, desk.manager.actor)
    chart = home.body.charts.sectors_chart
    line = home_dto.decisions_by_sector[0]
    assert approved and sectors
    assert chart.categories() == [f"{line.sector} ({line.total})"]
    assert chart.bar_values() == [("Approved", [1.0]), ("To amend", [0.0]), ("Postponed", [0.0]), ("Rejected", [0.0])]


# -- finance ----------------------------------------------------------------------------------------------------------
def test_finance_home_payments_cash_budget_periods(qtbot, context):
    desk = Desk(context)
    case_id = desk.approved_case(1_000_000, family="Pari")
    first = desk.agent.ledger_views.case_balance(case_id).instalments[0]
    desk.paid_request(case_id, "business_instalment", 700_000, instalment_id=first.id)
    transfer = desk.agent.ledger.request(RequestInput(case_id, "transport", 12_000, _momo()))
    desk.manager.ledger.approve(transfer)
    desk.finance.ledger.pay(transfer, reference="MP12")  # on no statement yet
    to_pay = []
    for amount, payment in ((10_000, CASH), (15_000, _momo()), (5_000, CASH)):
        to_pay.append(desk.agent.ledger.request(RequestInput(case_id, "pocket_money", amount, payment)))
        desk.manager.ledger.approve(to_pay[-1])
    desk.agent.ledger.request(RequestInput(case_id, "pocket_money", 1_000, CASH))  # not approved yet

    window, home = open_home(qtbot, context, desk.finance.actor)
    finance = home.body
    assert finance.to_pay_tile.value() == "3" and finance.to_pay_tile.detail_label.text() == "FCFA30,000"
    assert finance.cash_tile.value() == "FCFA15,000" and finance.cash_tile.detail_label.text() == "2 payments in cash"
    assert finance.distribution_label.text() == "To hand out: Cash FCFA15,000 (2) · Mobile money FCFA15,000 (1)"
    assert [r.request_id for r in finance.to_pay_list.shown_rows()] == to_pay
    assert finance.unreconciled_tile.value() == "1" and finance.unreconciled_tile.detail_label.text() == "FCFA12,000"
    (line,) = [b for b in finance.budget_list.shown_rows() if b.approved]
    assert (line.approved, line.paid_on_plans, line.percent) == (1_000_000, 700_000, 70)
    row = finance.budget_list.shown_rows().index(line)
    assert finance.budget_list.model.index(row, 3).data() == "70%"
    assert finance.periods_tile.value() == "1" and finance.periods_tile.detail_label.text() == "only the current month"
    assert "current month" in finance.periods_box.periods_label.text()
    assert "No month closed yet." in finance.periods_box.periods_label.text()

    with qtbot.waitSignal(home.case_file_requested, timeout=2000) as opened:
        click_row(qtbot, finance.unreconciled_list.view, 0)
    assert opened.args == [case_id]
    window.case_windows[case_id].close()
    qtbot.mouseClick(finance.cash_tile, Qt.MouseButton.LeftButton)
    ledger = window.workspace("ledger")
    assert window.current_workspace_key() == "ledger" and ledger.tabs.currentWidget() is ledger.requests_tab
    # The tiles about the books open the tab where that work is done.
    for tile, tab in (
        (finance.periods_tile, ledger.periods_tab),
        (finance.unreconciled_tile, ledger.reconciliation_tab),
    ):
        window.show_workspace("home")
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        assert window.current_workspace_key() == "ledger" and ledger.tabs.currentWidget() is tab
    window.show_workspace("home")
    wait_loaded(qtbot, home)

    desk.finance.ledger.pay(to_pay[0])
    refresh_with_f5(qtbot, window, home)
    assert finance.to_pay_tile.value() == "2" and finance.cash_tile.value() == "FCFA5,000"


# -- admin ------------------------------------------------------------------------------------------------------------
def test_admin_home_backups_locked_accounts_database(qtbot, context):
    admin = make_user(context, "admin")
    make_user(context, "agent", username="bloque")
    for _ in range(5):
        with pytest.raises(DeskError):
            context.auth.authenticate("bloque", "wrong password")

    window, home = open_home(qtbot, context, admin)
    body = home.body
    assert body.last_tile.value() == "No backup yet" and body.next_tile.value() == "Due now"
    assert body.backups_list.empty_label.isVisible()
    assert body.locked_tile.value() == "1"
    assert [u.username for u in body.locked_list.shown_rows()] == ["bloque"]
    assert body.database_tile.detail_label.text() in ("SQLite", "PostgreSQL")
    assert "no integrity check recorded yet" in body.database_label.text()

    if context.engine.dialect.name == "sqlite":
        folder = user_paths().backups
        folder.mkdir(parents=True, exist_ok=True)
        copy = backup_sqlite(Path(context.engine.url.database), folder, "manual")
        refresh_with_f5(qtbot, window, home)
        (shown,) = body.backups_list.shown_rows()
        assert shown.name == copy.name
        assert body.last_tile.value() == format_datetime(shown.taken_at)
        assert body.next_tile.value() == format_datetime(shown.taken_at + timedelta(days=1))
        assert shown.taken_at > datetime.now(UTC) - timedelta(minutes=5)

    with qtbot.waitSignal(home.workspace_requested, timeout=2000) as requested:
        qtbot.mouseClick(body.locked_tile, Qt.MouseButton.LeftButton)
    administration = window.workspace("admin")
    assert requested.args == ["admin/users"] and window.current_workspace_key() == "admin"
    assert administration.tabs.currentWidget() is administration.users_widget
    window.show_workspace("home")
    qtbot.mouseClick(body.last_tile, Qt.MouseButton.LeftButton)
    assert administration.tabs.currentWidget() is administration.backup_widget


def test_capped_lists_say_how_many_more_and_link_to_the_full_list(qtbot, context, monkeypatch):
    desk = Desk(context)
    waiting = [register(desk.agent, f"Attente{n}", return_date=TODAY - timedelta(days=10 - n)) for n in range(3)]
    monkeypatch.setattr("desk.services.home_service.LIMIT", 1)
    window, home = open_home(qtbot, context, desk.manager.actor)
    box = home.body.waiting_list
    assert home.body.waiting_tile.value() == "3"
    assert [w.case_id for w in box.shown_rows()] == waiting[:1]
    assert box.more_label.isVisible() and box.more_label.text().startswith("and 2 more – <a href='more'>")
    assert "designate in Operators" in box.more_label.text()
    with qtbot.waitSignal(home.workspace_requested, timeout=2000) as requested:
        box.more_label.linkActivated.emit("more")
    assert requested.args == ["operators"] and window.current_workspace_key() == "operators"
