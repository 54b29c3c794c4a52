"""Home ("Accueil"): who is logged in, on which desk, and what this role does here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.dto import DeskInfoDTO
from desk.services.permissions import role_label
from desk.ui.followup.today_panel import TodayVisitsPanel, shows_followup


class HomeWidget(QWidget):
    case_file_requested = Signal(int)
    followup_requested = Signal(str)  # the follow-up calendar's tab to show

    def __init__(self, services: ActorServices, info: DeskInfoDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actor = services.actor
        duties = {
            "agent": self.tr(
                "Receive walk-in returnees, run intake interviews and assessments, draft plans, "
                "enrol in trainings and record follow-up visits."
            ),
            "manager": self.tr(
                "Designate operators, run the validation committee, approve disbursement requests "
                "and watch the desk's figures."
            ),
            "finance": self.tr(
                "Pay approved instalments, print receipts, reverse mistakes, close periods and "
                "export the ledger for donors."
            ),
            "admin": self.tr("Manage accounts and reference lists, the desk's settings, backups and the audit trail."),
        }
        greeting = QLabel(
            "<h1>{hello}</h1><p style='font-size:14px'>{role}</p><p>{duty}</p>".format(
                hello=self.tr("Good day, {name}").format(name=actor.full_name),
                role=role_label(actor.role),
                duty=duties.get(actor.role, ""),
            )
        )
        greeting.setObjectName("greeting_label")
        greeting.setWordWrap(True)
        desk = QLabel(
            "<table cellpadding='4'>"
            "<tr><td><b>{l_desk}</b></td><td>{desk}</td></tr>"
            "<tr><td><b>{l_country}</b></td><td>{country}</td></tr>"
            "<tr><td><b>{l_currency}</b></td><td>{currency}</td></tr>"
            "<tr><td><b>{l_db}</b></td><td>{db} ({backend})</td></tr>"
            "</table>".format(
                l_desk=self.tr("Desk"),
                desk=info.name,
                l_country=self.tr("Country"),
                country=f"{info.country_name} ({info.country})",
                l_currency=self.tr("Currency"),
                currency=info.currency,
                l_db=self.tr("Database"),
                db=info.database,
                backend=info.backend,
            )
        )
        desk.setObjectName("desk_info_label")
        desk.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(greeting)
        layout.addWidget(desk)
        self.today_panel: TodayVisitsPanel | None = None
        if shows_followup(services):  # agents and managers: their visits of the day, one click away
            self.today_panel = TodayVisitsPanel(services)
            self.today_panel.case_file_requested.connect(self.case_file_requested)
            self.today_panel.followup_requested.connect(self.followup_requested)
            layout.addWidget(self.today_panel, 1)
        else:
            layout.addStretch()
