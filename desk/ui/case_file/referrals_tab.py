"""The case file's referrals: to which institution, why, by when, and the answer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import QT_TRANSLATE_NOOP, translate
from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.intake_dto import CaseFile
from desk.services.permissions import Action, can
from desk.services.referral_service import STATUS_LABELS, ReferralView
from desk.ui.date_edit import DateEdit
from desk.ui.table_models import DtoTableModel
from desk.ui.widgets import SAVE, ErrorLabel, configure_table, dialog_buttons, save_pdf


class ReferralsTableModel(DtoTableModel):
    columns = (
        (QT_TRANSLATE_NOOP("Columns", "Institution"), lambda r: f"{r.institution_code} – {r.institution}"),
        (QT_TRANSLATE_NOOP("Columns", "Sent"), lambda r: r.sent_on.strftime("%d/%m/%Y")),
        (QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.due_on.strftime("%d/%m/%Y") if r.due_on else ""),
        (QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: translate("Referrals", STATUS_LABELS[r.status])),
        (QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: r.reason),
        (QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: r.outcome),
    )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and self.row_at(index.row()).overdue:
            return QColor("#a00000")  # overdue: no answer past the due date
        return super().data(index, role)


class ReferralDialog(QDialog):
    """A new referral, or the answer to one (status and outcome)."""

    def __init__(
        self, services: ActorServices, case_id: int, referral: ReferralView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services, self._case_id, self._referral = services, case_id, referral
        self.setWindowTitle(self.tr("Referral"))
        self.institution_combo = QComboBox()
        for inst in services.reference.list_items("institutions"):
            self.institution_combo.addItem(f"{inst.code} – {inst.name_fr}", inst.id)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.due_edit = DateEdit()
        self.status_combo = QComboBox()
        for code, source in STATUS_LABELS.items():
            self.status_combo.addItem(translate("Referrals", source), code)
        self.outcome_edit = QLineEdit()
        self.error_label = ErrorLabel()
        form = QFormLayout()
        if referral is None:
            form.addRow(self.tr("&Institution"), self.institution_combo)
            form.addRow(self.tr("&Reason"), self.reason_edit)
            form.addRow(self.tr("&Answer expected by"), self.due_edit)
        else:
            self.status_combo.setCurrentIndex(self.status_combo.findData(referral.status))
            self.outcome_edit.setText(referral.outcome)
            form.addRow(self.tr("&Status"), self.status_combo)
            form.addRow(self.tr("&Outcome"), self.outcome_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(self.tr("Save"), self._on_buttons_accepted, self.reject, SAVE))
        self.resize(520, 300)

    def _on_buttons_accepted(self) -> None:
        referrals = self._services.referrals
        try:
            if self._referral is None:
                try:
                    due = self.due_edit.value()
                except ValueError:
                    raise ValidationError("due_on", self.tr("Answer expected by: type a date as dd/mm/yyyy.")) from None
                referrals.refer(
                    self._case_id, self.institution_combo.currentData(), self.reason_edit.toPlainText(), due
                )
            else:
                referrals.update(
                    self._referral.id, self._referral.version, self.status_combo.currentData(), self.outcome_edit.text()
                )
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.accept()


class ReferralsTab(QWidget):
    def __init__(self, services: ActorServices, case: CaseFile, desk_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._case, self._desk_name = services, case, desk_name
        self.model = ReferralsTableModel()
        self.table_view = configure_table(QTableView(), "referrals_table")
        self.table_view.setModel(self.model)
        buttons = QHBoxLayout()
        if can(services.actor.role, Action.REFERRAL_EDIT):
            self.new_button = QPushButton(self.tr("&New referral…"))
            self.answer_button = QPushButton(self.tr("Record the &answer…"))
            self.new_button.clicked.connect(lambda: self._dialog(None))
            self.answer_button.clicked.connect(self._on_answer_button_clicked)
            buttons.addWidget(self.new_button)
            buttons.addWidget(self.answer_button)
        self.letter_button = QPushButton(self.tr("Print the &letter…"))
        self.letter_button.clicked.connect(self._on_letter_button_clicked)
        buttons.addWidget(self.letter_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table_view)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self._services.referrals.for_case(self._case.case_id))
        for column, width in enumerate((260, 80, 80, 110, 220)):
            self.table_view.setColumnWidth(column, width)

    def selected(self) -> ReferralView | None:
        rows = self.table_view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _dialog(self, referral: ReferralView | None) -> None:
        if ReferralDialog(self._services, self._case.case_id, referral, self).exec():
            self.reload()

    def _on_answer_button_clicked(self) -> None:
        referral = self.selected()
        if referral is not None:
            self._dialog(referral)

    def choose_pdf_path(self, suggested: str) -> str:
        """Where to save the letter (replaced in tests)."""
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the letter"), str(Path.home() / suggested), "PDF (*.pdf)"
        )
        return path

    def _on_letter_button_clicked(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        path = self.choose_pdf_path(f"{referral.institution_code}-{self._case.case_number}.pdf")
        if not path:
            return
        if save_pdf(
            self,
            path,
            lambda: self._services.referrals.letter_pdf(referral.id, self._desk_name),  # refused without consent
        ):
            self.last_pdf = path
