"""The follow-up schedules: for each programme (or the desk's default), the months of the visits, those with
the sustainability questionnaire and those done by phone; and how many unreachable attempts close a case.

Cases already scheduled keep their visits: a new schedule applies to plans approved from now on."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import current_language
from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.permissions import Action, can
from desk.ui.messages import show_error
from desk.ui.widgets import ErrorLabel


def _months(values: tuple[int, ...]) -> str:
    return ", ".join(str(m) for m in values)


class FollowupScheduleWidget(QWidget):
    def __init__(self, services: ActorServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.programme_combo = QComboBox()
        self.programme_combo.setObjectName("schedule_programme_combo")
        self.programme_combo.addItem(self.tr("The desk's default (programmes without their own)"), None)
        english = current_language() == "en"
        for item in services.reference.list_items("programmes"):
            self.programme_combo.addItem(f"{item.code} – {item.name_en if english else item.name_fr}", item.id)
        self.programme_combo.currentIndexChanged.connect(lambda _i: self.load())

        self.months_edit = QLineEdit()
        self.months_edit.setObjectName("schedule_months_edit")
        self.months_edit.setPlaceholderText(self.tr("e.g. 1, 3, 6, 9, 12"))
        self.assess_edit = QLineEdit()
        self.assess_edit.setObjectName("schedule_assess_edit")
        self.assess_edit.setPlaceholderText(self.tr("e.g. 12"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("schedule_phone_edit")
        self.phone_edit.setPlaceholderText(self.tr("e.g. 1"))
        self.months_error, self.assess_error, self.phone_error = ErrorLabel(), ErrorLabel(), ErrorLabel()
        self.months_error.setObjectName("months_error")
        self.assess_error.setObjectName("assess_at_error")
        self.phone_error.setObjectName("phone_at_error")
        self.save_button = QPushButton(self.tr("&Save the schedule"))
        self.save_button.setObjectName("save_schedule_button")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("schedule_saved_label")

        schedule = QGroupBox(self.tr("Visits of the monitoring year"))
        form = QFormLayout(schedule)
        form.addRow(self.tr("&Programme"), self.programme_combo)
        self._add_row(form, self.tr("&Visits at months"), self.months_edit, self.months_error)
        self._add_row(form, self.tr("Questionnaire at &months"), self.assess_edit, self.assess_error)
        self._add_row(form, self.tr("By p&hone at months"), self.phone_edit, self.phone_error)
        hint = QLabel(
            self.tr(
                "Months after the plan's approval, separated by commas. The other months are field visits by the "
                "designated operator. Cases already scheduled keep their visits."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        form.addRow(buttons)

        self.attempts_spin = QSpinBox()
        self.attempts_spin.setObjectName("attempts_spin")
        self.attempts_spin.setRange(1, 10)
        self.attempts_spin.setMaximumWidth(90)
        self.attempts_error = ErrorLabel()
        self.attempts_error.setObjectName("attempts_error")
        self.attempts_button = QPushButton(self.tr("Save the &number of attempts"))
        self.attempts_button.setObjectName("save_attempts_button")
        self.attempts_button.clicked.connect(self._on_attempts_button_clicked)
        self.attempts_saved_label = QLabel()
        closing = QGroupBox(self.tr("Closing a case"))
        closing_form = QFormLayout(closing)
        self._add_row(
            closing_form, self.tr("Unreachable &attempts before closing"), self.attempts_spin, self.attempts_error
        )
        attempts_buttons = QHBoxLayout()
        attempts_buttons.addWidget(self.attempts_button)
        attempts_buttons.addWidget(self.attempts_saved_label, 1)
        closing_form.addRow(attempts_buttons)
        editable = can(services.actor.role, Action.SETTINGS_EDIT)
        self.attempts_spin.setEnabled(editable)
        self.attempts_button.setEnabled(editable)

        layout = QVBoxLayout(self)
        layout.addWidget(schedule)
        layout.addWidget(closing)
        layout.addStretch()
        self._errors = {
            "months": self.months_error,
            "assess_at": self.assess_error,
            "phone_at": self.phone_error,
            "attempts": self.attempts_error,
        }
        self.load()
        try:
            self.attempts_spin.setValue(services.followup_reports.unreachable_attempts())
        except DeskError as exc:
            show_error(self, exc)

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget, error: ErrorLabel) -> None:
        """A labelled field with its error line right under it (the label's shortcut goes to the field)."""
        label = QLabel(text)
        label.setBuddy(field)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        form.addRow(label, box)

    def programme_id(self) -> int | None:
        data = self.programme_combo.currentData()
        return int(data) if data is not None else None

    def load(self) -> None:
        self._clear_errors()
        self.saved_label.clear()
        try:
            view = self._services.followup.schedule_of(self.programme_id())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.months_edit.setText(_months(view.months))
        self.assess_edit.setText(_months(view.assess_at))
        self.phone_edit.setText(_months(view.phone_at))

    def _clear_errors(self, *fields: str) -> None:
        for field, error in self._errors.items():
            if not fields or field in fields:
                error.clear()
                error.hide()

    def _show(self, exc: DeskError) -> None:
        error = self._errors.get(exc.field) if isinstance(exc, ValidationError) else None
        if error is None:
            show_error(self, exc)
            return
        error.show_error(exc)

    def _on_save_button_clicked(self) -> None:
        self._clear_errors("months", "assess_at", "phone_at")
        self.saved_label.clear()
        try:
            view = self._services.followup.save_schedule(
                self.programme_id(), self.months_edit.text(), self.assess_edit.text(), self.phone_edit.text()
            )
        except DeskError as exc:
            self._show(exc)
            return
        self.months_edit.setText(_months(view.months))
        self.assess_edit.setText(_months(view.assess_at))
        self.phone_edit.setText(_months(view.phone_at))
        self.saved_label.setText(self.tr("Saved. Plans approved from now on follow this schedule."))

    def _on_attempts_button_clicked(self) -> None:
        self._clear_errors("attempts")
        self.attempts_saved_label.clear()
        try:
            self._services.followup.set_unreachable_attempts(self.attempts_spin.value())
        except DeskError as exc:
            self._show(exc)
            return
        self.attempts_saved_label.setText(self.tr("Saved."))
