"""Course and session forms, and the attendance of one day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.training_dto import CourseInput, CourseView, RosterLine, SessionInput, SessionView
from desk.ui.date_edit import DateEdit
from desk.ui.widgets import SAVE, ErrorLabel, dialog_buttons

KINDS = {
    "technical": QT_TRANSLATE_NOOP("Training", "Technical"),
    "entrepreneurship": QT_TRANSLATE_NOOP("Training", "Entrepreneurship and business management"),
    "civic": QT_TRANSLATE_NOOP("Training", "Civic"),
    "job_search": QT_TRANSLATE_NOOP("Training", "Job search (CV, letter, interview)"),
}


def kind_label(kind: str) -> str:
    return translate("Training", KINDS.get(kind, kind))


class CourseDialog(QDialog):
    def __init__(self, services: ActorServices, course: CourseView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._course = services, course
        data = course.data if course else CourseInput("", "", "", "technical")
        self.setWindowTitle(self.tr("Course"))
        self.code_edit = QLineEdit(data.code)
        self.code_edit.setEnabled(course is None)
        self.name_fr_edit = QLineEdit(data.name_fr)
        self.name_en_edit = QLineEdit(data.name_en)
        self.kind_combo = QComboBox()
        for code in KINDS:
            self.kind_combo.addItem(kind_label(code), code)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(data.kind)))
        self.provider_edit = QLineEdit(data.provider)
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 365)
        self.days_spin.setValue(data.duration_days)
        self.active_check = QCheckBox(self.tr("Offered (untick to retire the course)"))
        self.active_check.setChecked(data.active)
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&Code"), self.code_edit)
        form.addRow(self.tr("&French name"), self.name_fr_edit)
        form.addRow(self.tr("&English name"), self.name_en_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Provider"), self.provider_edit)
        form.addRow(self.tr("Duration (days)"), self.days_spin)
        form.addRow("", self.active_check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Save"), self._on_buttons_accepted, self.reject, SAVE))

    def _on_buttons_accepted(self) -> None:
        data = CourseInput(
            self.code_edit.text(),
            self.name_fr_edit.text(),
            self.name_en_edit.text(),
            self.kind_combo.currentData(),
            self.provider_edit.text(),
            self.days_spin.value(),
            self.active_check.isChecked(),
        )
        try:
            self._services.training.save_course(
                data, self._course.id if self._course else None, self._course.version if self._course else None
            )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()


class SessionDialog(QDialog):
    def __init__(self, services: ActorServices, session: SessionView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._session = services, session
        self.setWindowTitle(self.tr("Training session"))
        self.course_combo = QComboBox()
        for course in services.training.list_courses():
            self.course_combo.addItem(f"{course.data.code} – {course.data.name_fr}", course.id)
        self.start_edit = DateEdit()
        self.end_edit = DateEdit()
        self.place_edit = QLineEdit()
        self.trainer_edit = QLineEdit()
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(1, 500)
        self.capacity_spin.setValue(20)
        if session is not None:
            self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(session.course_id)))
            self.start_edit.set_value(session.starts_on)
            self.end_edit.set_value(session.ends_on)
            self.place_edit.setText(session.place)
            self.trainer_edit.setText(session.trainer)
            self.capacity_spin.setValue(session.capacity)
        self.error_label = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Course"), self.course_combo)
        form.addRow(self.tr("&First day"), self.start_edit)
        form.addRow(self.tr("&Last day"), self.end_edit)
        form.addRow(self.tr("&Place"), self.place_edit)
        form.addRow(self.tr("Trainer"), self.trainer_edit)
        form.addRow(self.tr("&Seats"), self.capacity_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Save"), self._on_buttons_accepted, self.reject, SAVE))

    def _on_buttons_accepted(self) -> None:
        try:
            start, end = self.start_edit.value(), self.end_edit.value()
            if start is None or end is None:
                raise ValidationError("starts_on", self.tr("First and last day: type both as dd/mm/yyyy."))
            data = SessionInput(
                self.course_combo.currentData(),
                start,
                end,
                self.place_edit.text(),
                self.trainer_edit.text(),
                self.capacity_spin.value(),
            )
            self._services.training.save_session(data, self._session.id if self._session else None)
        except ValueError:
            self.error_label.show_error(self.tr("First and last day: type both as dd/mm/yyyy."))
            return
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()


class AttendanceDialog(QDialog):
    """Tick who is present on one day; the list starts from what was recorded for that day."""

    def __init__(
        self, services: ActorServices, session: SessionView, roster: list[RosterLine], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._session = services, session
        self._roster = [line for line in roster if line.status not in ("waiting", "cancelled")]
        self.setWindowTitle(self.tr("Attendance"))
        self.day_combo = QComboBox()
        for day in session.days:
            self.day_combo.addItem(day.strftime("%d/%m/%Y"), day)
        today = date.today()
        if session.starts_on <= today <= session.ends_on:
            self.day_combo.setCurrentIndex(self.day_combo.findData(today))
        self.people_list = QListWidget()
        self.people_list.setObjectName("attendance_list")
        self.day_combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.day_combo)
        layout.addLayout(form)
        layout.addWidget(self.people_list)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Save the attendance"), self._on_buttons_accepted, self.reject, SAVE))
        self.resize(460, 560)
        self._fill()

    def _fill(self) -> None:
        self.people_list.clear()
        day = self.day_combo.currentData()
        for line in self._roster:
            item = QListWidgetItem(f"{line.full_name} ({line.case_number})")
            item.setData(Qt.ItemDataRole.UserRole, line.enrolment_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if day in line.present_days else Qt.CheckState.Unchecked)
            self.people_list.addItem(item)

    def present_ids(self) -> list[int]:
        return [
            self.people_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.people_list.count())
            if self.people_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_buttons_accepted(self) -> None:
        try:
            self._services.training.record_attendance(
                self._session.id, self.day_combo.currentData(), self.present_ids()
            )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()
