"""The Trainings workspace: sessions, their roster with the waiting list, attendance, outcomes, documents."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, NotFound
from desk.services.permissions import Action, can
from desk.services.training_dto import RosterLine, SessionView
from desk.ui.messages import show_error
from desk.ui.table_models import DtoTableModel
from desk.ui.training.training_dialogs import AttendanceDialog, CourseDialog, SessionDialog
from desk.ui.widgets import configure_table, save_pdf

STATUS = {
    "enrolled": QT_TRANSLATE_NOOP("Training", "enrolled"),
    "waiting": QT_TRANSLATE_NOOP("Training", "waiting list"),
    "completed": QT_TRANSLATE_NOOP("Training", "completed"),
    "dropped_out": QT_TRANSLATE_NOOP("Training", "dropped out"),
    "failed": QT_TRANSLATE_NOOP("Training", "failed"),
    "cancelled": QT_TRANSLATE_NOOP("Training", "cancelled"),
}


def _status(line: RosterLine) -> str:
    text = translate("Training", STATUS.get(line.status, line.status))
    return f"{text} ({line.waiting_rank})" if line.waiting_rank else text


class SessionsTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Course"), lambda s: f"{s.course_code} – {s.course_name}"),
        (QT_TRANSLATE_NOOP("Columns", "Dates"), lambda s: f"{s.starts_on:%d/%m} – {s.ends_on:%d/%m/%Y}"),
        (QT_TRANSLATE_NOOP("Columns", "Place"), lambda s: s.place),
        (QT_TRANSLATE_NOOP("Columns", "Seats"), lambda s: f"{s.enrolled}/{s.capacity}"),
        (QT_TRANSLATE_NOOP("Columns", "Waiting"), lambda s: s.waiting or ""),
    )


class RosterTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Name"), lambda line: line.full_name),
        (QT_TRANSLATE_NOOP("Columns", "Case no."), lambda line: line.case_number),
        (QT_TRANSLATE_NOOP("Columns", "Status"), _status),
        (QT_TRANSLATE_NOOP("Columns", "Days present"), lambda line: len(line.present_days) or ""),
        (QT_TRANSLATE_NOOP("Columns", "Certificate"), lambda line: line.certificate_number or ""),
    )


class TrainingWidget(QWidget):
    def __init__(self, services: ActorServices, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._desk_name = services, desk_name
        manage = can(services.actor.role, Action.TRAINING_MANAGE)
        self.upcoming_check = QCheckBox(self.tr("Current and coming sessions only"))
        self.upcoming_check.setChecked(True)
        self.upcoming_check.toggled.connect(lambda _on: self.reload())
        self.sessions_model = SessionsTableModel()
        self.sessions_view = configure_table(QTableView(), "sessions_table")
        self.sessions_view.setModel(self.sessions_model)
        self.sessions_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_roster())
        top = QHBoxLayout()
        top.addWidget(self.upcoming_check)
        top.addStretch()
        if manage:
            for text, slot in (
                (self.tr("New &course…"), lambda: self._dialog(CourseDialog(services, None, self))),
                (self.tr("New &session…"), lambda: self._dialog(SessionDialog(services, None, self))),
            ):
                button = QPushButton(text)
                button.clicked.connect(slot)
                top.addWidget(button)

        self.session_label = QLabel()
        self.session_label.setObjectName("session_title")
        self.session_label.setWordWrap(True)
        self.roster_model = RosterTableModel()
        self.roster_view = configure_table(QTableView(), "roster_table")
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.roster_view.setModel(self.roster_model)
        self.enrol_button = QPushButton(self.tr("&Enrol cases…"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel enrolment"))
        self.attendance_button = QPushButton(self.tr("&Attendance of a day…"))
        self.outcome_combo = QComboBox()
        for code in ("completed", "dropped_out", "failed"):
            self.outcome_combo.addItem(translate("Training", STATUS[code]), code)
        self.outcome_button = QPushButton(self.tr("Record the &outcome"))
        self.sheet_button = QPushButton(self.tr("Print the attendance &sheet…"))
        self.certificates_button = QPushButton(self.tr("Print the cer&tificates…"))
        for button, slot in (
            (self.enrol_button, self._on_enrol),
            (self.cancel_button, self._on_cancel),
            (self.attendance_button, self._on_attendance),
            (self.outcome_button, self._on_outcome),
            (self.sheet_button, self._on_sheet),
            (self.certificates_button, self._on_certificates),
        ):
            button.clicked.connect(slot)
        actions = QHBoxLayout()
        for widget in (
            self.enrol_button,
            self.cancel_button,
            self.attendance_button,
            self.outcome_combo,
            self.outcome_button,
        ):
            actions.addWidget(widget)
        actions.addStretch()
        documents = QHBoxLayout()
        documents.addWidget(self.sheet_button)
        documents.addWidget(self.certificates_button)
        documents.addStretch()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.sessions_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.session_label)
        right_layout.addWidget(self.roster_view)
        right_layout.addLayout(actions)
        right_layout.addLayout(documents)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([220, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    # -- data ------------------------------------------------------------------------------------
    def reload(self, keep: int | None = None) -> None:
        since = date.today() - timedelta(days=1) if self.upcoming_check.isChecked() else None
        try:
            sessions = self._services.training.list_sessions(from_date=since)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.sessions_model.set_rows(sessions)
        for column, width in enumerate((330, 130, 220, 70)):
            self.sessions_view.setColumnWidth(column, width)
        ids = [s.id for s in sessions]
        if sessions:
            self.sessions_view.selectRow(ids.index(keep) if keep in ids else 0)
        self._show_roster()

    def current_session(self) -> SessionView | None:
        index = self.sessions_view.currentIndex()
        return self.sessions_model.row_at(index.row()) if index.isValid() else None

    def selected_lines(self) -> list[RosterLine]:
        return [self.roster_model.row_at(i.row()) for i in self.roster_view.selectionModel().selectedRows()]

    def _show_roster(self) -> None:
        session = self.current_session()
        if session is None:
            self.session_label.setText(self.tr("No session."))
            self.roster_model.set_rows([])
            return
        self.session_label.setText(
            self.tr(
                "<b>{course}</b> – {start} to {end}, {place} – trainer {trainer}: {enrolled}/{capacity} seats, "
                "{waiting} waiting"
            ).format(
                course=session.course_name,
                start=session.starts_on.strftime("%d/%m/%Y"),
                end=session.ends_on.strftime("%d/%m/%Y"),
                place=session.place,
                trainer=session.trainer or "–",
                enrolled=session.enrolled,
                capacity=session.capacity,
                waiting=session.waiting,
            )
        )
        self.roster_model.set_rows(self._services.training.roster(session.id))
        self.roster_view.setColumnWidth(0, 260)
        self.roster_view.setColumnWidth(1, 130)
        self.roster_view.setColumnWidth(2, 130)

    def _dialog(self, dialog) -> None:  # type: ignore[no-untyped-def]
        if dialog.exec():
            self.reload(self.current_session().id if self.current_session() else None)

    # -- actions ----------------------------------------------------------------------------------
    def ask_case_numbers(self) -> str:
        """Case numbers typed or pasted, separated by commas or spaces (replaced in tests)."""
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Enrol cases"), self.tr("Case numbers, separated by commas, spaces or new lines:")
        )
        return text if ok else ""

    def _on_enrol(self) -> None:
        session = self.current_session()
        text = self.ask_case_numbers() if session else ""
        numbers = [n.strip().upper() for n in text.replace(",", " ").split() if n.strip()]
        if not numbers or session is None:
            return
        try:
            ids = []
            for number in numbers:
                match = [r for r in self._services.registry.search(number, limit=5) if r.case_number == number]
                if not match:
                    raise NotFound(self.tr("No case has the number {number}.").format(number=number))
                ids.append(match[0].case_id)
            result = self._services.training.enrol(session.id, ids)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.last_result = result
        if result.waiting:
            QMessageBox.information(
                self,
                self.tr("Session full"),
                self.tr(
                    "{count} on the waiting list: {numbers}. They get a seat, in this order, when one is freed."
                ).format(count=len(result.waiting), numbers=", ".join(result.waiting)),
            )
        self.reload(session.id)

    def _on_cancel(self) -> None:
        lines = self.selected_lines()
        session = self.current_session()
        if not lines or session is None:
            return
        try:
            for line in lines:
                self._services.training.cancel_enrolment(line.enrolment_id)
        except DeskError as exc:
            show_error(self, exc)
        self.reload(session.id)

    def _on_attendance(self) -> None:
        session = self.current_session()
        if session is not None:
            self._dialog(AttendanceDialog(self._services, session, self._services.training.roster(session.id), self))

    def _on_outcome(self) -> None:
        session = self.current_session()
        if session is None:
            return
        try:
            for line in self.selected_lines():
                self._services.training.set_outcome(line.enrolment_id, self.outcome_combo.currentData())
        except DeskError as exc:
            show_error(self, exc)
        self.reload(session.id)

    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save a document (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return path

    def _save_pdf(self, render, suggested: str) -> None:  # type: ignore[no-untyped-def]
        session = self.current_session()
        if session is None:
            return
        path = self.choose_pdf_path(suggested)
        if not path:
            return
        if save_pdf(self, path, lambda: render(session, self._services.training.roster(session.id))):
            self.last_pdf = path

    def _on_sheet(self) -> None:
        from desk.services.documents.attendance_sheet import render_attendance_sheet

        self._save_pdf(
            lambda s, roster: render_attendance_sheet(s, roster, self._desk_name), self.tr("attendance-sheet.pdf")
        )

    def _on_certificates(self) -> None:
        from desk.services.documents.certificate import render_certificates

        self._save_pdf(
            lambda s, roster: render_certificates(s, roster, self._desk_name, self._services.actor.full_name),
            self.tr("certificates.pdf"),
        )
