"""Render Guichet's screens to PNG from a fresh demonstration desk: `make screenshots` (offscreen).

python tools/screenshots.py OUTPUT_DIR [--lang fr|en] [--returnees 2000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desk.services.context import DeskContext  # noqa: E402
from desk.ui.home.home_widget import HomeWidget  # noqa: E402
from desk.ui.login_dialog import LoginDialog  # noqa: E402
from desk.ui.main_window import MainWindow  # noqa: E402
from desk.ui.setup_dialog import SetupDialog  # noqa: E402
from desk.ui.translator import install_translator  # noqa: E402
from desk.ui.welcome_dialog import WelcomeDialog  # noqa: E402


def shoot(widget: QWidget, path: Path, width: int = 1280, height: int = 800) -> None:
    widget.resize(width, height)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot_agent_day(window: MainWindow, out: Path, lang: str) -> None:
    """Story 1: the duplicate warning while typing, the registry, the case file."""
    from datetime import date

    from tests.factories import intake_input

    services = window.services
    done = services.intake.register_intake(
        intake_input(family="Ngono Mballa", given="Aïcha", birth=date(1998, 3, 12), vulnerabilities=["psychosocial"])
    )
    window.show_workspace("intake")
    intake = window.workspace("intake")
    form = intake.form
    form.family_name_edit.setText("Ngono")
    form.given_names_edit.setText("Aicha")
    form.estimated_check.setChecked(True)
    form.birth_year_spin.setValue(1998)
    form.phone_edit.setText("6 77 12 34 56")
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("F"))
    intake.check_duplicates()
    shoot(window, out / f"{lang}-intake-duplicate.png")
    intake.new_intake()
    shoot(window, out / f"{lang}-intake-empty.png")
    window.show_workspace("registry")
    registry = window.workspace("registry")
    registry.search_edit.setText("ngono")
    registry.refresh()
    shoot(window, out / f"{lang}-registry.png")
    case_window = window.open_case_file(done.case_id)
    assert case_window is not None
    shoot(case_window, out / f"{lang}-case-file.png", 1000, 680)
    case_window.tabs.setCurrentIndex(case_window.tabs.count() - 1)
    shoot(case_window, out / f"{lang}-case-history.png", 1000, 680)
    from desk.services.plan_service import PlanInput, PlanLineData

    services.plans.save(
        done.case_id,
        PlanInput(
            place="Bonamoussadi, Douala",
            description="Salon de coiffure",
            own_contribution=100_000,
            split=(70, 30),
            lines=(
                PlanLineData("equipment", "Fauteuils, séchoirs, miroirs", 1, 850_000),
                PlanLineData("raw_material", "Produits", 1, 300_000),
                PlanLineData("premises", "Loyer", 3, 50_000),
            ),
        ),
    )
    case_window.close()
    case_window = window.open_case_file(done.case_id)
    assert case_window is not None
    case_window.tabs.setCurrentWidget(case_window.plan_tab)
    shoot(case_window, out / f"{lang}-case-plan.png", 1000, 760)
    case_window.close()
    window.show_workspace("operators")
    shoot(window, out / f"{lang}-workspace-coming.png")


def wait_home(window: MainWindow) -> HomeWidget:
    """The home's figures are read in the background: wait for them (and for a refresh asked meanwhile)."""
    home = window.workspace("home")
    assert isinstance(home, HomeWidget)
    deadline = time.monotonic() + 120
    while (home.data is None or home.loading()) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    return home


def shoot_home(window: MainWindow, path: Path) -> HomeWidget:
    """A home screen as a cheap office screen shows it: 1366 × 768, the figures in."""
    window.show_workspace("home")
    window.resize(1366, 768)
    window.show()
    home = wait_home(window)
    home.refresh()  # the figures as they are now, after what the script added
    wait_home(window)
    shoot(window, path, 1366, 768)
    return home


def shoot_home_agent(window: MainWindow, out: Path, lang: str) -> None:
    """Issue 9: the agent's day — visits today and overdue, referrals past due, consent missing, drafts."""
    from datetime import date

    services = window.services
    overdue = services.home.agent().overdue_visits.items
    for visit in overdue[:3]:  # the demo's agent has no visit today: three calls planned this morning
        services.followup.add_visit(visit.case_id, date.today(), "phone", "Appel de suivi")
    services.intake.save_draft("Ngono Mballa Aïcha", {"family_name": "Ngono Mballa", "given_names": "Aïcha"})
    today_panel = wait_home(window).today_panel
    if today_panel is not None:
        today_panel.reload()  # it reads the person's visits of the day itself
    shoot_home(window, out / f"{lang}-home-agent.png")


def shoot_home_manager(window: MainWindow, out: Path, lang: str) -> None:
    """Issue 9: the manager's queues, then the two pages of trend charts."""
    home = shoot_home(window, out / f"{lang}-home-manager.png")
    manager = home.body
    for page, name in ((manager.charts.cases_page, "cases"), (manager.charts.committee_page, "committee")):
        manager.tabs.setCurrentWidget(page)
        shoot(window, out / f"{lang}-home-manager-charts-{name}.png", 1366, 768)
    manager.tabs.setCurrentIndex(0)


def shoot_home_finance(window: MainWindow, out: Path, lang: str) -> None:
    """Issue 9: payments to make, cash to prepare, transfers to reconcile, budget consumed, months."""
    shoot_home(window, out / f"{lang}-home-finance.png")


def shoot_home_admin(window: MainWindow, out: Path, lang: str) -> None:
    """Issue 9: backups, accounts locked out, the database."""
    shoot_home(window, out / f"{lang}-home-admin.png")


HOME_SHOTS = {
    "agent": shoot_home_agent,
    "manager": shoot_home_manager,
    "finance": shoot_home_finance,
    "admin": shoot_home_admin,
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    parser.add_argument("--returnees", type=int, default=2000)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    install_translator(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DESK_HOME"] = tmp
        context = DeskContext(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        context.migrate(None)
        context.desk.initialise("CM", is_demo=True)
        context.demo.generate(args.returnees)
        out, lang = args.output, args.lang

        shoot(WelcomeDialog(), out / f"{lang}-welcome.png", 640, 420)
        login = LoginDialog(context.auth, context.desk.info().name, is_demo=True)
        login.username_edit.setText("agent")
        shoot(login, out / f"{lang}-login.png", 480, 300)
        empty = DeskContext(f"sqlite:///{Path(tmp) / 'new.sqlite'}")
        empty.migrate(None)
        shoot(SetupDialog(empty), out / f"{lang}-setup.png", 560, 420)

        for role in ("agent", "manager", "finance", "admin"):
            window = MainWindow(context, context.auth.authenticate(role, "demo"), lang)
            HOME_SHOTS[role](window, out, lang)
            if role in ("agent", "manager"):
                window.show_workspace("followup")
                shoot(window, out / f"{lang}-followup-{role}.png")
            if role == "manager":
                window.show_workspace("exchange")
                shoot(window, out / f"{lang}-exchange.png")
                window.show_workspace("operators")
                shoot(window, out / f"{lang}-designation.png")
                operators = window.workspace("operators")
                operators.tabs.setCurrentWidget(operators.directory)
                shoot(window, out / f"{lang}-operators.png")
                from desk.ui.operators.caseload_dialog import CaseloadDialog

                busiest = max(window.services.operators.list_operators(), key=lambda v: v.load)
                shoot(
                    CaseloadDialog(window.services, busiest.id, window.info.name),
                    out / f"{lang}-caseload.png",
                    720,
                    640,
                )
                window.show_workspace("committee")
                committee = window.workspace("committee")
                committee.table_view.selectRow(min(3, committee.model.rowCount() - 1))
                shoot(window, out / f"{lang}-committee.png")
                window.show_workspace("training")
                training = window.workspace("training")
                full = max(
                    range(training.sessions_model.rowCount()),
                    key=lambda r: training.sessions_model.row_at(r).waiting,
                    default=None,
                )
                if full is not None:
                    training.sessions_view.selectRow(full)
                shoot(window, out / f"{lang}-training.png")
            if role == "finance":
                window.show_workspace("ledger")
                ledger = window.workspace("ledger")
                shoot(window, out / f"{lang}-ledger-requests.png")
                for tab, name in (
                    (ledger.ledger_tab, "ledger-entries"),
                    (ledger.balances_tab, "ledger-balances"),
                    (ledger.periods_tab, "ledger-periods"),
                    (ledger.reconciliation_tab, "ledger-reconciliation"),
                ):
                    ledger.tabs.setCurrentWidget(tab)
                    shoot(window, out / f"{lang}-{name}.png")
            if role == "admin":
                window.show_workspace("admin")
                admin = window.workspace("admin")
                shoot(window, out / f"{lang}-admin-users.png")
                admin.tabs.setCurrentWidget(admin.reference_widget)
                ref = admin.reference_widget
                ref.kind_combo.setCurrentIndex(ref.kind_combo.findData("institutions"))
                shoot(window, out / f"{lang}-admin-reference.png")
                admin.tabs.setCurrentWidget(admin.settings_widget)
                shoot(window, out / f"{lang}-admin-settings.png")
                admin.tabs.setCurrentWidget(admin.backup_widget)
                from desk.paths import user_paths
                from desk.services.backup_service import backup_service

                backup_service(context, window.actor, user_paths().ensure().backups).back_up_now()  # a list to show
                admin.backup_widget.reload()
                shoot(window, out / f"{lang}-admin-backups.png")
                admin.tabs.setCurrentWidget(admin.data_protection_widget)
                shoot(window, out / f"{lang}-admin-data-protection.png")
                admin.tabs.setCurrentWidget(admin.audit_widget)
                admin.audit_widget.reload()
                shoot(window, out / f"{lang}-admin-audit.png")
                window.lock()
                shoot(window, out / f"{lang}-locked.png")
            if role == "agent":
                shoot_agent_day(window, out, lang)
            window.idle.stop()
            window.close()
        empty.close()
        context.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
