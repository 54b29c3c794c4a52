"""The follow-up's small dialogs: move a visit, cancel one, add one, close a case (each with its reason)."""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import VisitRow
from desk.services.labels import choices
from desk.ui.date_edit import DateEdit
from desk.ui.followup.common import FieldErrors, kind_text, summary_label, who_text
from desk.ui.formatting import format_date
from desk.ui.widgets import ErrorLabel, dialog_buttons


def reason_edit(name: str = "reason_edit") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(64)
    return edit


def visit_html(row: VisitRow) -> str:
    who, due = escape(who_text(row)), format_date(row.due_on)
    return f"<b>{escape(row.full_name)}</b> · {row.case_number}<br>{kind_text(row)} · {who} · {due}"


def end_of_period(visits: list[VisitRow], moving: VisitRow, first_due: date | None) -> date | None:
    """The last day the case's follow-up covers: its latest visit still counted (the moved one at its first date)."""
    days = [v.due_on for v in visits if v.id != moving.id and v.status != "cancelled"]
    days.append(first_due or moving.due_on)
    return max(days) if days else None


class MoveDialog(QDialog):
    """A new date for a planned visit, with the reason (market day, person travelling…)."""

    def __init__(
        self, services: ActorServices, row: VisitRow, first_due: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._row, self._first_due = services, row, first_due
        self.setWindowTitle(self.tr("Move a visit"))
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("new_date_edit")
        self.reason_edit = reason_edit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. the person is travelling that week; market day"))
        self.error_label = ErrorLabel()
        self.errors = FieldErrors(self.error_label)
        form = QFormLayout()
        self.errors.add_row(form, "due_on", self.tr("&New date"), self.date_edit)
        self.errors.add_row(form, "reason", self.tr("&Reason (required)"), self.reason_edit)
        moved = (
            self.tr("<br>First due on {day}.").format(day=format_date(first_due))
            if first_due and first_due != row.due_on
            else ""
        )
        layout = QVBoxLayout(self)
        layout.addWidget(summary_label(visit_html(row) + moved))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Move the visit"), self._on_buttons_accepted, self.reject))
        self.resize(500, 0)
        self.date_edit.setFocus()

    def confirm_after_end(self, end: date) -> bool:
        """Moving past the end of the follow-up period: the schedule may need renewing (replaced in tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("After the end of the follow-up"),
            self.tr(
                "This date is after the end of the follow-up period ({end}). Support beyond it needs the schedule "
                "renewed, with a reason (case file, Follow-up tab, Renew…). Move the visit anyway?"
            ).format(end=format_date(end)),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            day = self.date_edit.value()
        except ValueError:
            day = None
        if day is None:
            self.errors.show(self.tr("New date: type it as dd/mm/yyyy."), "due_on")
            return
        if not self.reason_edit.toPlainText().strip():
            self.errors.show(self.tr("Reason for the new date: required, it stays in the case's history."), "reason")
            return
        end = None
        with suppress(DeskError):
            end = end_of_period(
                self._services.followup_views.case_visits(self._row.case_id), self._row, self._first_due
            )
        if end is not None and day > end and not self.confirm_after_end(end):
            return
        try:
            self._services.followup.reschedule(self._row.id, day, self.reason_edit.toPlainText(), self._row.version)
        except DeskError as exc:
            self.errors.show(exc)
            return
        self.new_date = day
        self.accept()


class AddVisitDialog(QDialog):
    """An extra visit (a difficulty to look at): the date, the kind, who does it, why."""

    def __init__(
        self, services: ActorServices, case_id: int, operator_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._case_id = services, case_id
        self.visit_id: int | None = None
        self.setWindowTitle(self.tr("Add a visit"))
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("visit_date_edit")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        for code, text in choices("visit_kind"):
            self.kind_combo.addItem(text, code)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData("field"), 0))
        self.me_radio = QRadioButton(self.tr("Me ({name})").format(name=services.actor.full_name))
        self.me_radio.setObjectName("me_radio")
        self.operator_radio = QRadioButton(
            self.tr("The operator ({name})").format(name=operator_name)
            if operator_name
            else self.tr("The operator (none designated yet)")
        )
        self.operator_radio.setObjectName("operator_radio")
        self.operator_radio.setEnabled(bool(operator_name))
        group = QButtonGroup(self)
        group.addButton(self.me_radio)
        group.addButton(self.operator_radio)
        (self.operator_radio if operator_name else self.me_radio).setChecked(True)
        who = QWidget()
        who_line = QHBoxLayout(who)
        who_line.setContentsMargins(0, 0, 0, 0)
        who_line.addWidget(self.me_radio)
        who_line.addWidget(self.operator_radio)
        who_line.addStretch()
        self.assess_check = QCheckBox(self.tr("The sustainability questionnaire is due at this visit"))
        self.assess_check.setObjectName("assess_check")
        self.reason_edit = reason_edit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. difficulty reported by phone; supplier problem"))
        self.error_label = ErrorLabel()
        self.errors = FieldErrors(self.error_label)
        form = QFormLayout()
        self.errors.add_row(form, "due_on", self.tr("&Date"), self.date_edit)
        self.errors.add_row(form, "kind", self.tr("&Kind"), self.kind_combo)
        self.errors.add_row(form, "operator", self.tr("Done by"), who)
        self.errors.add_row(form, "reason", self.tr("&Reason (required)"), self.reason_edit)
        form.addRow("", self.assess_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Add the visit"), self._on_buttons_accepted, self.reject))
        self.resize(520, 0)
        self.date_edit.setFocus()

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            day = self.date_edit.value()
        except ValueError:
            day = None
        if day is None:
            self.errors.show(self.tr("Date: type it as dd/mm/yyyy."), "due_on")
            return
        try:
            self.visit_id = self._services.followup.add_visit(
                self._case_id,
                day,
                self.kind_combo.currentData(),
                self.reason_edit.toPlainText(),
                operator=self.operator_radio.isChecked(),
                assess=self.assess_check.isChecked(),
            )
        except DeskError as exc:
            self.errors.show(exc)
            return
        self.accept()


class CloseCaseDialog(QDialog):
    """Closing a case: why, in the desk's words, and what it does (future visits cancelled, payments stopped)."""

    def __init__(self, services: ActorServices, case_id: int, planned: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._case_id = services, case_id
        self.cancelled = 0
        self.setWindowTitle(self.tr("Close the case"))
        explanation = QLabel(
            self.tr(
                "<b>Closing the case cancels the {count} visits still planned and stops payments</b>: no request can "
                "be asked for or paid for a closed case. Only a desk manager can reopen it, with a reason."
            ).format(count=planned)
            if planned
            else self.tr(
                "<b>Closing the case stops payments</b>: no request can be asked for or paid for a closed case. "
                "Only a desk manager can reopen it, with a reason."
            )
        )
        explanation.setObjectName("close_explanation")
        explanation.setWordWrap(True)
        explanation.setStyleSheet("color: #b00020;")
        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("closure_combo")
        self.reason_combo.addItem("", "")
        for code, text in choices("closure"):
            self.reason_combo.addItem(text, code)
        self.note_edit = reason_edit("note_edit")
        self.note_edit.setPlaceholderText(self.tr("What happened (required when the person abandoned the project)"))
        self.error_label = ErrorLabel()
        self.errors = FieldErrors(self.error_label)
        form = QFormLayout()
        self.errors.add_row(form, "reason", self.tr("&Reason"), self.reason_combo)
        self.errors.add_row(form, "note", self.tr("&Note"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Close the case"), self._on_buttons_accepted, self.reject))
        self.resize(520, 0)
        self.reason_combo.setFocus()

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            self.cancelled = self._services.followup.close_case(
                self._case_id, self.reason_combo.currentData(), self.note_edit.toPlainText()
            )
        except DeskError as exc:
            self.errors.show(exc)
            return
        self.reason = self.reason_combo.currentData()
        self.accept()
