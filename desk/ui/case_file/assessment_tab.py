"""The case file's needs assessment: scores over time (baseline beside the latest), and the questionnaire."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import translate
from desk.services.assessment_service import FACTORS, LEVELS, NEEDS, AssessmentInput
from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.services.permissions import Action, can
from desk.ui.widgets import SAVE, ErrorLabel, dialog_buttons


class AssessmentDialog(QDialog):
    def __init__(
        self, services: ActorServices, case_id: int, kind: str = "baseline", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._case_id, self._kind = services, case_id, kind
        inst = services.assessments.instrument()
        self.setWindowTitle(inst.name)
        body = QWidget()
        column = QVBoxLayout(body)
        self.answer_combos: dict[str, QComboBox] = {}
        for dim_code, dim_label, _ in inst.dimensions:
            box = QGroupBox(dim_label)
            form = QFormLayout(box)
            for item in (i for i in inst.items if i.dimension == dim_code):
                combo = QComboBox()
                combo.addItem("", None)
                for code, text, _value in item.options:
                    combo.addItem(text, code)
                combo.setObjectName(item.code)
                label = QLabel(item.text)
                label.setWordWrap(True)
                form.addRow(label, combo)
                self.answer_combos[item.code] = combo
            column.addWidget(box)
        factors = QGroupBox(self.tr("What decides success (1 weak – 4 strong)"))
        factor_form = QFormLayout(factors)
        self.factor_widgets: dict[str, tuple[QComboBox, QLineEdit]] = {}
        for code, source in FACTORS.items():
            rating = QComboBox()
            rating.addItem("", None)
            for value in (1, 2, 3, 4):
                rating.addItem(str(value), value)
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Why, in a few words"))
            row = QHBoxLayout()
            row.addWidget(rating)
            row.addWidget(note, 1)
            factor_form.addRow(translate("Assessment", source), row)
            self.factor_widgets[code] = (rating, note)
        column.addWidget(factors)
        self.level_checks = {code: QCheckBox(translate("Assessment", source)) for code, source in LEVELS.items()}
        self.need_checks = {code: QCheckBox(translate("Assessment", source)) for code, source in NEEDS.items()}
        for title, checks in ((self.tr("Recommended aid"), self.level_checks), (self.tr("Needs"), self.need_checks)):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            for check in checks.values():
                inner.addWidget(check)
            column.addWidget(box)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Notes (confidential)"))
        self.notes_edit.setFixedHeight(60)
        column.addWidget(self.notes_edit)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Save the assessment"), self._on_buttons_accepted, self.reject, SAVE))
        self.resize(760, 720)

    def to_input(self) -> AssessmentInput:
        factors = {
            code: (rating.currentData(), note.text())
            for code, (rating, note) in self.factor_widgets.items()
            if rating.currentData() is not None
        }
        return AssessmentInput(
            {code: combo.currentData() for code, combo in self.answer_combos.items() if combo.currentData()},
            factors,
            tuple(c for c, check in self.level_checks.items() if check.isChecked()),
            tuple(c for c, check in self.need_checks.items() if check.isChecked()),
            self.notes_edit.toPlainText(),
            self._kind,
        )

    def _on_buttons_accepted(self) -> None:
        try:
            self._services.assessments.record(self._case_id, self.to_input())
        except DeskError as exc:
            self.error_label.show_error(exc)
            combo = self.answer_combos.get(getattr(exc, "field", ""))
            if combo is not None:
                combo.setFocus()
            return
        self.accept()


class AnswersDialog(QDialog):
    """One assessment's answers, worded as in the version of the questionnaire it was answered with."""

    def __init__(self, services: ActorServices, assessment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        answered = services.assessments.questionnaire(assessment_id)
        self.setWindowTitle(
            self.tr("{name}, version {version}").format(
                name=answered.instrument.name, version=answered.instrument.version
            )
        )
        self.answers_table = QTableWidget(len(answered.questions), 3)
        self.answers_table.setObjectName("answers_table")
        self.answers_table.setHorizontalHeaderLabels([self.tr("Dimension"), self.tr("Question"), self.tr("Answer")])
        self.answers_table.verticalHeader().setVisible(False)
        self.answers_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, question in enumerate(answered.questions):
            for column, text in enumerate((question.dimension, question.question, question.answer or "–")):
                self.answers_table.setItem(row, column, QTableWidgetItem(text))
        self.answers_table.resizeColumnsToContents()
        self.answers_table.horizontalHeader().setStretchLastSection(True)
        scores = " · ".join(
            f"{label} {answered.scores.get(code, 0.0):.2f}" for code, label, _ in answered.instrument.dimensions
        )
        self.scores_label = QLabel(
            self.tr("Scores with this version: {scores} · composite {composite:.2f}").format(
                scores=scores, composite=answered.composite
            )
        )
        self.scores_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.answers_table)
        layout.addWidget(self.scores_label)
        self.resize(900, 560)


class AssessmentTab(QWidget):
    def __init__(self, services: ActorServices, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._case_id = services, case_id
        self.summary_label = QLabel()
        self.summary_label.setObjectName("assessment_summary")
        self.summary_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        if can(services.actor.role, Action.ASSESSMENT_EDIT):
            self.new_button = QPushButton(self.tr("&New assessment…"))
            self.new_button.clicked.connect(self._on_new_button_clicked)
            layout.addWidget(self.new_button)
        if can(services.actor.role, Action.SENSITIVE_VIEW):
            self.answers_button = QPushButton(self.tr("See the latest &answers…"))
            self.answers_button.clicked.connect(self._on_answers_button_clicked)
            layout.addWidget(self.answers_button)
        layout.addStretch()
        self.reload()

    def reload(self) -> None:
        history = self._services.assessments.history(self._case_id)
        if not history:
            self.summary_label.setText(self.tr("Not assessed yet."))
            return
        latest, first = history[0], history[-1]
        rows = []
        for code, label in latest.dimensions:  # worded as in the version the latest assessment was answered with
            now = latest.scores.get(code, 0.0)
            rows.append(
                f"<tr><td>{label}</td><td>{first.scores.get(code, 0.0):.2f}</td><td>→</td><td><b>{now:.2f}"
                f"</b></td></tr>"
                if len(history) > 1
                else f"<tr><td>{label}</td><td><b>{now:.2f}</b></td></tr>"
            )
        levels = ", ".join(translate("Assessment", LEVELS[c]) for c in latest.aid_levels) or "–"
        needs = ", ".join(translate("Assessment", NEEDS[c]) for c in latest.needs) or "–"
        head = self.tr(
            "<p>Latest assessment on {date} ({count} in all), composite score <b>{score:.2f}</b>.</p>"
        ).format(date=latest.done_on.strftime("%d/%m/%Y"), count=len(history), score=latest.composite)
        tail = self.tr("<p>Recommended aid: {levels}<br>Needs: {needs}</p>").format(levels=levels, needs=needs)
        if first.instrument_version != latest.instrument_version:
            tail += self.tr(
                "<p><i>The first assessment was answered with version {first} of the questionnaire, the latest "
                "with version {latest}: compare the scores with care.</i></p>"
            ).format(first=first.instrument_version, latest=latest.instrument_version)
        self.summary_label.setText(head + "<table cellpadding='3'>" + "".join(rows) + "</table>" + tail)

    def _on_answers_button_clicked(self) -> None:
        history = self._services.assessments.history(self._case_id)
        if history:
            AnswersDialog(self._services, history[0].id, self).exec()

    def _on_new_button_clicked(self) -> None:
        kind = "followup" if self._services.assessments.history(self._case_id) else "baseline"
        if AssessmentDialog(self._services, self._case_id, kind, self).exec():
            self.reload()
