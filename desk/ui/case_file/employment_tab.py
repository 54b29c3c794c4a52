"""The case file's employment tab: CV and letter, job offers with their outcome, placements."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.i18n import translate
from desk.services.context import ActorServices
from desk.services.employment_service import CONTRACT_LABELS, OUTCOME_LABELS
from desk.services.errors import DeskError
from desk.services.permissions import Action, can
from desk.ui.date_edit import DateEdit
from desk.ui.widgets import ErrorLabel


class EmploymentTab(QWidget):
    def __init__(self, services: ActorServices, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._case_id = services, case_id
        editable = can(services.actor.role, Action.CASE_EDIT)
        self.cv_check = QCheckBox(self.tr("CV done"))
        self.letter_check = QCheckBox(self.tr("Cover letter done"))
        for check in (self.cv_check, self.letter_check):
            check.setEnabled(editable)
            check.toggled.connect(lambda _on: self._save_documents())
        self.offers_box = QVBoxLayout()
        self.placements_label = QLabel()
        self.placements_label.setWordWrap(True)
        self.employer_edit = QLineEdit()
        self.employer_edit.setPlaceholderText(self.tr("Employer"))
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("Position"))
        self.date_edit = DateEdit()
        self.date_edit.set_value(date.today())
        self.contract_combo = QComboBox()
        for code, source in CONTRACT_LABELS.items():
            self.contract_combo.addItem(translate("Employment", source), code)
        self.offer_button = QPushButton(self.tr("Add as a job &offer"))
        self.placement_button = QPushButton(self.tr("Add as a &placement"))
        self.offer_button.clicked.connect(self._on_offer_button_clicked)
        self.placement_button.clicked.connect(self._on_placement_button_clicked)
        self.error_label = ErrorLabel()

        layout = QVBoxLayout(self)
        documents = QHBoxLayout()
        documents.addWidget(self.cv_check)
        documents.addWidget(self.letter_check)
        documents.addStretch()
        layout.addLayout(documents)
        offers_title = self.tr("Job offers")
        placements_title = self.tr("Placements")
        layout.addWidget(QLabel(f"<b>{offers_title}</b>"))
        layout.addLayout(self.offers_box)
        layout.addWidget(QLabel(f"<b>{placements_title}</b>"))
        layout.addWidget(self.placements_label)
        if editable:
            form = QFormLayout()
            row = QHBoxLayout()
            for widget in (self.employer_edit, self.position_edit, self.date_edit, self.contract_combo):
                row.addWidget(widget)
            form.addRow(self.tr("New:"), row)
            buttons = QHBoxLayout()
            buttons.addWidget(self.offer_button)
            buttons.addWidget(self.placement_button)
            buttons.addStretch()
            layout.addLayout(form)
            layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        layout.addStretch()
        self._loading = False
        self.reload()

    def reload(self) -> None:
        self._loading = True
        track = self._services.employment.track(self._case_id)
        self.cv_check.setChecked(track.cv_done)
        self.letter_check.setChecked(track.cover_letter_done)
        while self.offers_box.count():
            item = self.offers_box.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0).widget().deleteLater()
        self.offer_combos: list[QComboBox] = []
        for offer in track.offers:
            row = QHBoxLayout()
            row.addWidget(QLabel(f"{offer.proposed_on:%d/%m/%Y} – {offer.employer}, {offer.position}"))
            combo = QComboBox()
            for code, source in OUTCOME_LABELS.items():
                combo.addItem(translate("Employment", source), code)
            combo.setCurrentIndex(combo.findData(offer.outcome))
            combo.setEnabled(can(self._services.actor.role, Action.CASE_EDIT))
            combo.currentIndexChanged.connect(lambda _i, o=offer.id, c=combo: self._set_outcome(o, c.currentData()))
            row.addWidget(combo)
            self.offer_combos.append(combo)
            self.offers_box.addLayout(row)
        lines = []
        for p in track.placements:
            contract = translate("Employment", CONTRACT_LABELS[p.contract_type])
            lines.append(f"{p.start_date:%d/%m/%Y} – {p.employer}, {p.position} ({contract})")
        self.placements_label.setText("<br>".join(lines) or self.tr("None yet."))
        self._loading = False

    def _run(self, action) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except DeskError as exc:
            self.error_label.show_error(exc)
            return False
        self.error_label.hide()
        return True

    def _save_documents(self) -> None:
        if not self._loading:
            self._run(
                lambda: self._services.employment.set_documents(
                    self._case_id, self.cv_check.isChecked(), self.letter_check.isChecked()
                )
            )

    def _set_outcome(self, offer_id: int, outcome: str) -> None:
        if not self._loading:
            self._run(lambda: self._services.employment.set_offer_outcome(offer_id, outcome))

    def _when(self) -> date:
        try:
            return self.date_edit.value() or date.today()
        except ValueError:
            return date.today()

    def _on_offer_button_clicked(self) -> None:
        if self._run(
            lambda: self._services.employment.add_offer(
                self._case_id, self.employer_edit.text(), self.position_edit.text(), self._when()
            )
        ):
            self.reload()

    def _on_placement_button_clicked(self) -> None:
        if self._run(
            lambda: self._services.employment.add_placement(
                self._case_id,
                self.employer_edit.text(),
                self.position_edit.text(),
                self._when(),
                self.contract_combo.currentData(),
            )
        ):
            self.reload()
