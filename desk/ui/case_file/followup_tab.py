"""The case file's follow-up: the case's visits (late ones in red, moved ones with their first date), starting,
renewing and adding to the schedule, recording, moving and cancelling visits, closing and reopening the case."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import ClosureView, VisitDetail
from desk.services.labels import label
from desk.services.permissions import Action, can
from desk.ui.followup.common import INFO_STYLE, LATE_COLOUR, kind_text, late_text, reports_hook, who_text
from desk.ui.followup.dialogs import AddVisitDialog, CloseCaseDialog, MoveDialog, visit_html
from desk.ui.followup.models import CaseVisitsTableModel, ClosuresTableModel
from desk.ui.followup.record_dialog import RecordDialog
from desk.ui.followup.visit_dialog import open_visit
from desk.ui.formatting import format_date
from desk.ui.ledger.dialogs import DayDialog
from desk.ui.reason_dialog import ReasonDialog
from desk.ui.widgets import ErrorLabel, configure_table, save_pdf

M = CaseVisitsTableModel
# due on, visit, kind, by, status, first due on, done on, what was seen: the reason stretches last
WIDTHS = (84, 80, 190, 170, 140, 100, 84, 210)


class FollowupTab(QWidget):
    changed = Signal()  # the case was closed or reopened: its header and payments change too

    def __init__(
        self,
        services: ActorServices,
        case_id: int,
        operator_name: str = "",
        case_status: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._case_id, self._operator = services, case_id, operator_name
        self._closed_before = case_status == "closed"  # a case closed before closings were recorded
        role = services.actor.role
        self.can_record = can(role, Action.FOLLOWUP_RECORD)
        self.is_manager = role == "manager"
        self.details: list[VisitDetail] = []
        self.closures: list[ClosureView] = []
        self.closed = False

        self.status_label = QLabel()
        self.status_label.setObjectName("followup_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        self.model = CaseVisitsTableModel()
        self.view = configure_table(QTableView(), "case_visits_table")
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.setModel(self.model)
        for column, width in enumerate(WIDTHS):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_buttons())
        self.view.activated.connect(lambda _index: self.open_selected())

        self.start_button = QPushButton(self.tr("Start the sche&dule…"))
        self.renew_button = QPushButton(self.tr("Rene&w…"))
        self.add_button = QPushButton(self.tr("Add a &visit…"))
        self.record_button = QPushButton(self.tr("Recor&d…"))
        self.move_button = QPushButton(self.tr("&Move…"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel…"))
        self.close_case_button = QPushButton(self.tr("C&lose the case…"))
        self.reopen_button = QPushButton(self.tr("Re&open…"))
        self.interim_button = QPushButton(self.tr("Interim monitorin&g report…"))
        self.final_button = QPushButton(self.tr("Final monitoring report…"))
        for name, button, slot in (
            ("start_button", self.start_button, self.start),
            ("renew_button", self.renew_button, self.renew),
            ("add_visit_button", self.add_button, self.add_visit),
            ("record_button", self.record_button, self.record),
            ("move_button", self.move_button, self.move),
            ("cancel_button", self.cancel_button, self.cancel_visit),
            ("close_case_button", self.close_case_button, self.close_case),
            ("reopen_button", self.reopen_button, self.reopen),
            ("interim_button", self.interim_button, lambda: self.print_report(False)),
            ("final_button", self.final_button, lambda: self.print_report(True)),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
        self._report = reports_hook(services, "monitoring_report_pdf")
        for button in (self.interim_button, self.final_button):
            button.setVisible(self._report is not None)
        self.reopen_button.setToolTip(self.tr("Reopening a case is a desk manager's decision, with a reason."))
        self.message_label = QLabel()
        self.message_label.setObjectName("followup_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(INFO_STYLE)
        self.error_label = ErrorLabel()

        self.closures_model = ClosuresTableModel()
        self.closures_view = configure_table(QTableView(), "closures_table")
        self.closures_view.setModel(self.closures_model)
        self.closures_view.setMaximumHeight(110)
        for column, width in enumerate((84, 90, 200, 160)):
            self.closures_view.setColumnWidth(column, width)
        self.closures_heading = QLabel(self.tr("<b>Closing and reopening</b>"))

        schedule_bar = QHBoxLayout()
        for button in (self.start_button, self.renew_button, self.add_button):
            schedule_bar.addWidget(button)
        schedule_bar.addStretch()
        for button in (self.record_button, self.move_button, self.cancel_button):
            schedule_bar.addWidget(button)
        case_bar = QHBoxLayout()
        case_bar.addWidget(self.close_case_button)
        case_bar.addWidget(self.reopen_button)
        case_bar.addStretch()
        case_bar.addWidget(self.interim_button)
        case_bar.addWidget(self.final_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(schedule_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.error_label)
        layout.addLayout(case_bar)
        layout.addWidget(self.closures_heading)
        layout.addWidget(self.closures_view)
        self.reload()

    # -- data -------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.error_label.hide()
        views = self._services.followup_views
        keep = self.selected()
        try:
            self.details = views.case_details(self._case_id)  # each visit with what it found and its first date
            self.closures = views.closures(self._case_id)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.closed = self.closures[-1].action == "close" if self.closures else self._closed_before
        self.model.set_rows(self.details)
        self.closures_model.set_rows(self.closures)
        self.closures_heading.setVisible(bool(self.closures))
        self.closures_view.setVisible(bool(self.closures))
        self.status_label.setText(self._status_html())
        ids = [d.row.id for d in self.details]
        if keep is not None and keep.row.id in ids:
            self.view.selectRow(ids.index(keep.row.id))
        else:
            upcoming = next((i for i, d in enumerate(self.details) if d.row.status == "planned"), None)
            if upcoming is not None:
                self.view.selectRow(upcoming)
        self._update_buttons()

    def _status_html(self) -> str:
        today = date.today()
        if self.closed and not self.closures:
            return "<p style='color:{colour}'><b>{text}</b></p>".format(
                colour=LATE_COLOUR, text=self.tr("The case is closed.")
            )
        if self.closed:
            last = self.closures[-1]
            text = "<p style='color:{colour}; font-size:14px'><b>{text}</b></p>".format(
                colour=LATE_COLOUR,
                text=self.tr("The case is closed ({reason}) since {day}, by {who}.").format(
                    reason=label("closure", last.reason), day=last.at, who=escape(last.by) or "–"
                ),
            )
            if not self.is_manager:
                text += self.tr("<p>No visit and no payment any more. Only a desk manager can reopen it.</p>")
            return text
        if not self.details:
            return self.tr(
                "No follow-up schedule yet. It starts by itself when the committee approves the plan; for a case "
                "without a plan (social support only), start it here."
            )
        rows = [d.row for d in self.details]
        kept = [r for r in rows if r.status != "cancelled"]
        done = sum(r.status == "done" for r in rows)
        planned = [r for r in rows if r.status == "planned"]
        late = [r for r in planned if r.days_late(today)]
        text = self.tr("<b>{count} visits</b>: {done} done, {planned} to do").format(
            count=len(kept), done=done, planned=len(planned)
        )
        if late:
            text += " · <b style='color:{colour}'>{late}</b>".format(
                colour=LATE_COLOUR,
                late=self.tr("{count} late (the oldest {days})").format(
                    count=len(late), days=late_text(late[0].days_late(today))
                ),
            )
        coming = [r for r in planned if not r.days_late(today)]
        if coming:
            nxt = coming[0]
            text += "<br>" + self.tr("Next: {kind} on {day}, by {who}.").format(
                kind=kind_text(nxt), day=format_date(nxt.due_on), who=escape(who_text(nxt))
            )
        elif not planned:
            text += "<br>" + self.tr("No visit left to do: renew the schedule or close the case.")
        return text

    def selected(self) -> VisitDetail | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        detail = self.selected()
        planned = detail is not None and detail.row.status == "planned"
        allowed = self.can_record and not self.closed
        self.start_button.setVisible(self.can_record and not self.details)
        self.start_button.setEnabled(allowed)
        for button in (self.renew_button, self.add_button, self.close_case_button):
            button.setVisible(self.can_record)
            button.setEnabled(allowed and bool(self.details or button is self.add_button))
        for button in (self.record_button, self.move_button, self.cancel_button):
            button.setVisible(self.can_record)
            button.setEnabled(allowed and planned)
        self.reopen_button.setVisible(self.closed and self.can_record)
        self.reopen_button.setEnabled(self.closed and self.is_manager)

    def _done(self, message: str, changed: bool = False) -> None:
        self.reload()
        self.message_label.setText(message)
        self.message_label.setStyleSheet(f"color: {LATE_COLOUR}; font-weight: bold;" if changed else INFO_STYLE)
        if changed:
            self.changed.emit()

    # -- the schedule ------------------------------------------------------------------------------
    def choose_start(self) -> date | None:
        """The first day of the monitoring year (replaced in tests)."""
        dialog = DayDialog(
            self.tr("Start the follow-up"), self.tr("&Start of the monitoring year"), self.tr("Start"), self
        )
        return dialog.day if dialog.exec() else None

    def start(self) -> None:
        day = self.choose_start()
        if day is None:
            return
        try:
            count = self._services.followup.start(self._case_id, day)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self._done(
            self.tr("Schedule started on {day}: {count} visits planned.").format(day=format_date(day), count=count)
        )

    def renew(self) -> None:
        dialog = ReasonDialog(
            self.tr("Renew the follow-up"),
            self.tr("Another monitoring period, after the last visit: the programme's visits are planned again."),
            self.tr("&Reason for renewing"),
            self.tr("Renew"),
            lambda reason: self._services.followup.renew(self._case_id, reason),
            self,
        )
        if dialog.exec():
            self._done(self.tr("Renewed: {count} more visits planned.").format(count=dialog.result_value))

    def add_visit(self) -> None:
        dialog = AddVisitDialog(self._services, self._case_id, self._operator, self)
        if dialog.exec():
            self._done(self.tr("Visit added."))

    # -- one visit --------------------------------------------------------------------------------
    def open_selected(self) -> None:
        detail = self.selected()
        if detail is None:
            return
        dialog = open_visit(self, self._services, detail.row.id, case_button=False)
        if dialog is not None and dialog.changed:
            self._done(dialog.message, bool(getattr(dialog, "closing", None)))

    def record(self) -> None:
        detail = self.selected()
        if detail is None or detail.row.status != "planned":
            return
        dialog = RecordDialog(self._services, detail, self)
        if dialog.exec():
            self._done(dialog.message, bool(dialog.closing))

    def move(self) -> None:
        detail = self.selected()
        if detail is None or detail.row.status != "planned":
            return
        dialog = MoveDialog(self._services, detail.row, detail.moved_from, self)
        if dialog.exec():
            self._done(self.tr("Moved to {day}.").format(day=format_date(dialog.new_date)))

    def cancel_visit(self) -> None:
        detail = self.selected()
        if detail is None or detail.row.status != "planned":
            return
        row = detail.row
        dialog = ReasonDialog(
            self.tr("Cancel a visit"),
            visit_html(row),
            self.tr("&Reason (required)"),
            self.tr("Cancel the visit"),
            lambda reason: self._services.followup.cancel(row.id, reason, row.version),
            self,
        )
        if dialog.exec():
            self._done(self.tr("Visit of {day} cancelled.").format(day=format_date(row.due_on)))

    # -- the case ---------------------------------------------------------------------------------
    def close_case(self) -> None:
        planned = sum(d.row.status == "planned" for d in self.details)
        dialog = CloseCaseDialog(self._services, self._case_id, planned, self)
        if dialog.exec():
            self._done(
                self.tr("The case is closed ({reason}): {count} planned visits cancelled, payments stopped.").format(
                    reason=label("closure", dialog.reason), count=dialog.cancelled
                ),
                True,
            )

    def reopen(self) -> None:
        if not self.is_manager:
            return
        dialog = ReasonDialog(
            self.tr("Reopen the case"),
            self.tr(
                "The case goes back to where it was before closing. The visits cancelled stay cancelled: "
                "add visits or renew the schedule afterwards."
            ),
            self.tr("&Reason for reopening"),
            self.tr("Reopen the case"),
            lambda reason: self._services.followup.reopen_case(self._case_id, reason),
            self,
        )
        if dialog.exec():
            self._done(self.tr("The case is reopened."), True)

    # -- monitoring report (when built) -----------------------------------------------------------
    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save the report (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the monitoring report"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return path

    def print_report(self, final: bool) -> None:
        if self._report is None:
            return
        suggested = self.tr("final-report.pdf") if final else self.tr("interim-report.pdf")
        path = self.choose_pdf_path(suggested)
        report, case_id = self._report, self._case_id
        if path and save_pdf(self, path, lambda: report(case_id, final)):
            self.last_pdf = path
