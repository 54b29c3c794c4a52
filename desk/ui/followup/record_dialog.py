"""Recording a visit: what happened (done, missed, unreachable, re-migrated, deceased) and what was seen."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from datetime import date, timedelta
from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.followup_dto import VisitDetail, VisitRecord
from desk.services.labels import choices, label
from desk.ui.date_edit import DateEdit
from desk.ui.followup.common import FieldErrors, kind_text, reports_hook, summary_label, who_text
from desk.ui.formatting import format_date
from desk.ui.widgets import SAVE, ErrorLabel, dialog_buttons

CLOSING = ("remigrated", "deceased")
SEEN_FIELDS = ("project_status", "income_band", "jobs_created", "employment_status")
QUESTIONNAIRE_WINDOW = timedelta(days=45)  # a questionnaire filled in this long before the visit counts for it


def _choice_combo(kind: str) -> QComboBox:
    box = QComboBox()
    box.addItem("", "")
    for code, text in choices(kind):
        box.addItem(text, code)
    return box


def _text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(58)
    return edit


class RecordDialog(QDialog):
    def __init__(self, services: ActorServices, detail: VisitDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._detail = services, detail
        self.closing: str | None = None
        self.message = ""
        self.assessment_id: int | None = None
        row = detail.row
        self.setWindowTitle(self.tr("Record the visit"))
        summary = summary_label(
            self.tr("<b style='font-size:15px'>{name}</b> · {case}<br>{kind} · {who} · due on {due}").format(
                name=escape(row.full_name),
                case=row.case_number,
                kind=kind_text(row),
                who=escape(who_text(row)),
                due=format_date(row.due_on),
            )
        )
        self.error_label = ErrorLabel()
        self.errors = FieldErrors(self.error_label)

        self.outcome_group = QButtonGroup(self)
        outcomes = QWidget()
        outcome_column = QVBoxLayout(outcomes)
        outcome_column.setContentsMargins(0, 0, 0, 0)
        outcome_column.setSpacing(2)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for code, text in choices("visit_outcome"):
            button = QRadioButton(text)
            button.setObjectName(f"outcome_{code}")
            self.outcome_group.addButton(button)
            self.outcome_buttons[code] = button
            outcome_column.addWidget(button)
        self.outcome_buttons["done"].setChecked(True)
        self.outcome_group.buttonToggled.connect(lambda _b, _c: self._update_fields())
        self.outcome_note = QLabel()
        self.outcome_note.setObjectName("outcome_note")
        self.outcome_note.setWordWrap(True)
        outcome_column.addWidget(self.outcome_note)

        self.date_edit = DateEdit()
        self.date_edit.setObjectName("done_on_edit")
        self.date_edit.set_value(date.today())
        self.project_combo = _choice_combo("project_status")
        self.project_combo.setObjectName("project_status_combo")
        self.income_combo = _choice_combo("income_band")
        self.income_combo.setObjectName("income_band_combo")
        self.jobs_spin = QSpinBox()
        self.jobs_spin.setObjectName("jobs_spin")
        self.jobs_spin.setRange(-1, 1000)
        self.jobs_spin.setSpecialValueText(self.tr("not asked"))
        self.jobs_spin.setValue(-1)
        self.jobs_spin.setMaximumWidth(110)
        self.employment_combo = _choice_combo("employment_status")
        self.employment_combo.setObjectName("employment_status_combo")
        self.attempts_spin = QSpinBox()
        self.attempts_spin.setObjectName("attempts_spin")
        self.attempts_spin.setRange(0, 50)
        self.attempts_spin.setSpecialValueText(self.tr("how many?"))
        self.attempts_spin.setSuffix(self.tr(" calls or trips"))
        self.attempts_spin.setMaximumWidth(190)
        self.problems_edit = _text_edit()
        self.problems_edit.setObjectName("problems_edit")
        self.problems_edit.setPlaceholderText(self.tr("Difficulties seen or told (clients, supplies, health, family…)"))
        self.advice_edit = _text_edit()
        self.advice_edit.setObjectName("advice_edit")
        self.advice_edit.setPlaceholderText(self.tr("Advice given, and any referral to make (Referrals tab)"))

        form = QFormLayout()
        self.errors.add_row(form, "outcome", self.tr("Outcome"), outcomes)
        self.errors.add_row(form, "done_on", self.tr("&Date of the visit"), self.date_edit)
        self.errors.add_row(form, "attempts", self.tr("&Attempts made"), self.attempts_spin)
        self.seen_box = QGroupBox(self.tr("What was seen"))
        seen = QFormLayout(self.seen_box)
        self.errors.add_row(seen, "project_status", self.tr("&Project"), self.project_combo)
        self.errors.add_row(seen, "income_band", self.tr("&Income"), self.income_combo)
        self.errors.add_row(seen, "jobs_created", self.tr("&Jobs created"), self.jobs_spin)
        self.errors.add_row(seen, "employment_status", self.tr("&Work"), self.employment_combo)
        notes = QFormLayout()
        self.errors.add_row(notes, "problems", self.tr("Pro&blems"), self.problems_edit)
        self.errors.add_row(notes, "advice", self.tr("Ad&vice given"), self.advice_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.seen_box)
        layout.addLayout(notes)
        if row.assess:
            layout.addWidget(self._questionnaire_box())
        layout.addWidget(self.error_label)
        self.buttons = dialog_buttons(self.tr("Record the visit"), self._on_buttons_accepted, self.reject, SAVE)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_fields()
        self.outcome_buttons["done"].setFocus()

    # -- the questionnaire due at this visit -------------------------------------------------------
    def _questionnaire_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sustainability questionnaire"))
        box.setObjectName("questionnaire_box")
        box.setStyleSheet("QGroupBox { font-weight: bold; }")
        self.questionnaire_label = QLabel()
        self.questionnaire_label.setObjectName("questionnaire_label")
        self.questionnaire_label.setWordWrap(True)
        self.questionnaire_label.setStyleSheet("font-weight: normal;")
        self.questionnaire_button = QPushButton(self.tr("Fill in the &questionnaire…"))
        self.questionnaire_button.setObjectName("questionnaire_button")
        self.questionnaire_button.clicked.connect(self.fill_questionnaire)
        line = QHBoxLayout(box)
        line.addWidget(self.questionnaire_label, 1)
        line.addWidget(self.questionnaire_button)
        self._find_questionnaire()
        return box

    def _find_questionnaire(self) -> None:
        """Link the follow-up questionnaire filled in for this visit (today, or shortly before it was due)."""
        history = []
        with suppress(DeskError):
            history = self._services.assessments.history(self._detail.row.case_id)
        earliest = self._detail.row.due_on - QUESTIONNAIRE_WINDOW
        recent = [a for a in history if a.kind == "followup" and a.done_on >= earliest]
        linked = self._detail.assessment_id or (recent[0].id if recent else None)
        self.assessment_id = linked
        found = next((a for a in history if a.id == linked), None)
        if found is None:
            self.questionnaire_label.setText(
                self.tr(
                    "Due at this visit and not filled in yet: fill it in with the person now (the case file's "
                    "Assessment tab shows it afterwards)."
                )
            )
            return
        baseline = history[-1]
        self.questionnaire_label.setText(
            self.tr("Filled in on {day}: score <b>{score:.2f}</b> (first assessment: {baseline:.2f}).").format(
                day=format_date(found.done_on), score=found.composite, baseline=baseline.composite
            )
        )
        self.questionnaire_button.setText(self.tr("Fill it in &again…"))

    def fill_questionnaire(self) -> None:
        from desk.ui.case_file.assessment_tab import AssessmentDialog  # the case file's own questionnaire

        if AssessmentDialog(self._services, self._detail.row.case_id, "followup", self).exec():
            with suppress(DeskError):
                latest = self._services.assessments.history(self._detail.row.case_id)
                if latest and latest[0].kind == "followup":
                    self._detail = replace(self._detail, assessment_id=latest[0].id)
            self._find_questionnaire()

    # -- behaviour --------------------------------------------------------------------------------
    def outcome(self) -> str:
        return next(code for code, button in self.outcome_buttons.items() if button.isChecked())

    def _update_fields(self) -> None:
        outcome = self.outcome()
        self.seen_box.setEnabled(outcome == "done")
        self.attempts_spin.setEnabled(outcome == "unreachable")
        notes = {
            "done": "",
            "missed": self.tr("The visit did not take place: say why under Problems."),
            "unreachable": self._unreachable_note() if outcome == "unreachable" else "",
            "remigrated": self.tr("Closes the case (re-migrated): you will be asked to confirm."),
            "deceased": self.tr("Closes the case (deceased): you will be asked to confirm."),
        }
        self.outcome_note.setText(notes.get(outcome, ""))
        self.outcome_note.setStyleSheet("color: #b00020; font-weight: bold;" if outcome in CLOSING else "color: #444;")
        self.outcome_note.setVisible(bool(self.outcome_note.text()))

    def _unreachable_note(self) -> str:
        attempts = reports_hook(self._services, "unreachable_attempts")  # the admin's setting, when readable
        count = None
        if attempts is not None:
            with suppress(DeskError):
                count = int(attempts())
        if count:
            return self.tr(
                "Each unreachable visit counts as an attempt: after {count} in a row, the case is closed "
                "as unreachable."
            ).format(count=count)
        return self.tr(
            "Each unreachable visit counts as an attempt: after the number of attempts the desk sets, "
            "the case is closed as unreachable."
        )

    def to_record(self, done_on: date) -> VisitRecord:
        done = self.outcome() == "done"
        jobs = self.jobs_spin.value()
        return VisitRecord(
            self.outcome(),
            done_on,
            project_status=self.project_combo.currentData() if done else "",
            income_band=self.income_combo.currentData() if done else "",
            jobs_created=jobs if done and jobs >= 0 else None,
            employment_status=self.employment_combo.currentData() if done else "",
            problems=self.problems_edit.toPlainText(),
            advice=self.advice_edit.toPlainText(),
            assessment_id=self.assessment_id,
            attempts=self.attempts_spin.value() or None if self.outcome() == "unreachable" else None,
        )

    def confirm_closing(self, outcome: str) -> bool:
        """The explicit confirmation before an outcome that closes the case (replaced in tests)."""
        row = self._detail.row
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Close the case?"),
            self.tr(
                "Recording “{outcome}” closes the case of {name} ({case}): the visits still planned are cancelled "
                "and no payment can be asked for or paid any more. Only a manager can reopen it."
            ).format(outcome=label("visit_outcome", outcome), name=row.full_name, case=row.case_number),
            parent=self,
        )
        close_button = box.addButton(self.tr("Record and close the case"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is close_button

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        try:
            done_on = self.date_edit.value()
        except ValueError:
            done_on = None
        if done_on is None:
            self.errors.show(self.tr("Date of the visit: type it as dd/mm/yyyy."), "done_on")
            return
        outcome = self.outcome()
        if outcome in CLOSING and not self.confirm_closing(outcome):
            return
        row = self._detail.row
        try:
            self.closing = self._services.followup.record(row.id, self.to_record(done_on), row.version)
        except DeskError as exc:
            self.errors.show(exc)
            return
        self.message = self.tr("Recorded: {kind} of {name} ({case}) – {outcome}.").format(
            kind=label("visit_kind", row.kind),
            name=row.full_name,
            case=row.case_number,
            outcome=label("visit_outcome", outcome),
        )
        if self.closing:
            self.message += " " + closing_text(self.closing)
        self.accept()


def closing_text(reason: str) -> str:
    return translate(
        "RecordDialog", "The case was closed: {reason}. Its planned visits are cancelled and payments are stopped."
    ).format(reason=label("closure", reason).lower())
