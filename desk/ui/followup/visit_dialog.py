"""A visit opened from the calendar, the home screen or the case file: who, what, when, why; record, move, cancel."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk.i18n import translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, NotFound
from desk.services.followup_dto import VisitDetail
from desk.services.labels import label
from desk.services.permissions import Action, can
from desk.ui.followup.common import (
    LATE_COLOUR,
    jobs_text,
    kind_text,
    status_colour,
    status_text,
    summary_label,
    which_visit,
    who_text,
)
from desk.ui.followup.dialogs import MoveDialog, visit_html
from desk.ui.followup.record_dialog import RecordDialog
from desk.ui.formatting import format_date
from desk.ui.messages import show_error
from desk.ui.reason_dialog import ReasonDialog
from desk.ui.widgets import ErrorLabel


class VisitDialog(QDialog):
    """After exec(): `changed` (something was recorded), `message` (what, in words), `case_requested`."""

    def __init__(
        self, services: ActorServices, visit_id: int, *, case_button: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.detail: VisitDetail = services.followup_views.visit(visit_id)
        self.changed = False
        self.case_requested = False
        self.message = ""
        row = self.detail.row
        self.setWindowTitle(self.tr("Visit – {name}").format(name=row.full_name))
        self.summary_label = summary_label(self._html())
        self.summary_label.setMinimumWidth(480)
        self.error_label = ErrorLabel()
        self.record_button = QPushButton(self.tr("&Record…"))
        self.record_button.setObjectName("record_button")
        self.move_button = QPushButton(self.tr("&Move…"))
        self.move_button.setObjectName("move_button")
        self.cancel_visit_button = QPushButton(self.tr("Ca&ncel the visit…"))
        self.cancel_visit_button.setObjectName("cancel_visit_button")
        self.case_button = QPushButton(self.tr("Open the &case file"))
        self.case_button.setObjectName("case_button")
        self.close_button = QPushButton(self.tr("Close"))
        self.record_button.clicked.connect(self.record)
        self.move_button.clicked.connect(self.move)
        self.cancel_visit_button.clicked.connect(self.cancel_visit)
        self.case_button.clicked.connect(self._on_case_button_clicked)
        self.close_button.clicked.connect(self.reject)
        planned = row.status == "planned" and can(services.actor.role, Action.FOLLOWUP_RECORD)
        for button in (self.record_button, self.move_button, self.cancel_visit_button):
            button.setVisible(planned)
        self.case_button.setVisible(case_button)
        self.record_button.setDefault(planned)
        self.close_button.setDefault(not planned)
        buttons = QHBoxLayout()
        for button in (self.record_button, self.move_button, self.cancel_visit_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.case_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        (self.record_button if planned else self.close_button).setFocus()

    def _html(self) -> str:
        d, row, today = self.detail, self.detail.row, date.today()
        status = status_text(row, today)
        colour = status_colour(row, today) or "#222222"
        late = row.days_late(today)
        lines = [
            f"<p style='font-size:17px'><b>{escape(row.full_name)}</b></p>",
            self.tr("<p>Case <b>{case}</b> · {region}</p>").format(
                case=row.case_number, region=escape(row.region) or "–"
            ),
            "<table cellpadding='2'>",
            self._line(self.tr("Visit"), f"{kind_text(row)} · {which_visit(row)}"),
            self._line(self.tr("By"), escape(who_text(row))),
            self._line(
                self.tr("Due on"),
                f"<b style='color:{LATE_COLOUR}'>{format_date(row.due_on)}</b>"
                if late
                else f"<b>{format_date(row.due_on)}</b>",
            ),
        ]
        if d.moved_from and d.moved_from != row.due_on:
            lines.append(self._line(self.tr("First due on"), format_date(d.moved_from)))
        lines.append(self._line(self.tr("Status"), f"<b style='color:{colour}'>{escape(status)}</b>"))
        if row.reason:
            lines.append(self._line(self.tr("Reason"), escape(row.reason)))
        if row.done_on:
            lines.append(self._line(self.tr("Done on"), format_date(row.done_on)))
        seen = [label("project_status", d.project_status), label("employment_status", d.employment_status)]
        seen += [label("income_band", d.income_band), jobs_text(d.jobs_created) if d.jobs_created else ""]
        if any(seen):
            lines.append(self._line(self.tr("Seen"), escape(" · ".join(s for s in seen if s))))
        if d.problems:
            lines.append(self._line(self.tr("Problems"), escape(d.problems)))
        if d.advice:
            lines.append(self._line(self.tr("Advice given"), escape(d.advice)))
        lines.append("</table>")
        if row.assess and row.status == "planned":
            lines.append(self.tr("<p><b>The sustainability questionnaire is due at this visit.</b></p>"))
        return "".join(lines)

    @staticmethod
    def _line(caption: str, value: str) -> str:
        return f"<tr><td style='color:#555'>{caption}</td><td>{value}</td></tr>"

    def _done(self, message: str) -> None:
        self.changed, self.message = True, message
        self.accept()

    def record(self) -> None:
        dialog = RecordDialog(self._services, self.detail, self)
        if dialog.exec():
            self.closing = dialog.closing
            self._done(dialog.message)

    def move(self) -> None:
        dialog = MoveDialog(self._services, self.detail.row, self.detail.moved_from, self)
        if dialog.exec():
            row = self.detail.row
            self._done(
                self.tr("Moved: the visit of {name} ({case}) is now due on {day}.").format(
                    name=row.full_name, case=row.case_number, day=format_date(dialog.new_date)
                )
            )

    def cancel_visit(self) -> None:
        row = self.detail.row
        dialog = ReasonDialog(
            self.tr("Cancel a visit"),
            visit_html(row),
            self.tr("&Reason (required)"),
            self.tr("Cancel the visit"),
            lambda reason: self._services.followup.cancel(row.id, reason, row.version),
            self,
        )
        if dialog.exec():
            self._done(
                self.tr("Cancelled: the visit of {name} ({case}) due on {day}.").format(
                    name=row.full_name, case=row.case_number, day=format_date(row.due_on)
                )
            )

    def _on_case_button_clicked(self) -> None:
        self.case_requested = True
        self.accept()


def open_visit(
    parent: QWidget, services: ActorServices, visit_id: int, *, case_button: bool = True
) -> VisitDialog | None:
    """Show a visit; None (after saying why) when it cannot be read, e.g. deleted on another workstation."""
    try:
        dialog = VisitDialog(services, visit_id, case_button=case_button, parent=parent)
    except NotFound:
        show_error(parent, NotFound(translate("Followup", "This visit no longer exists; refresh (F5).")))
        return None
    except DeskError as exc:
        show_error(parent, exc)
        return None
    dialog.exec()
    return dialog
