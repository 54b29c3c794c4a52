"""The intake interview workspace: the form, the duplicate check while typing, drafts, registration."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk.services.context import ActorServices
from desk.services.errors import DeskError, ValidationError
from desk.services.intake_dto import DuplicateCandidate, RegisteredCase
from desk.ui.intake.duplicates_panel import DuplicatesPanel
from desk.ui.intake.intake_form import IntakeForm
from desk.ui.messages import error_text

DUPLICATE_DELAY_MS = 300


class IntakeWidget(QWidget):
    case_registered = Signal(object)  # RegisteredCase
    case_file_requested = Signal(int)  # case id

    def __init__(self, services: ActorServices, desk_country: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.existing: DuplicateCandidate | None = None
        self.dismissed: set[int] = set()
        self.draft_id: int | None = None
        self.last_registered: RegisteredCase | None = None

        self.form = IntakeForm(services, desk_country)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        self.duplicates = DuplicatesPanel()
        self.duplicates.setMaximumWidth(330)
        self.duplicates.same_person_chosen.connect(self._on_duplicates_same_person_chosen)
        self.duplicates.different_person_chosen.connect(self._on_duplicates_different_person_chosen)

        self.message_label = QLabel()
        self.message_label.setObjectName("intake_message")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.existing_label = QLabel()
        self.existing_label.setObjectName("existing_person_label")
        self.existing_label.setStyleSheet("background: #d9edf7; border: 1px solid #31708f; padding: 6px;")
        self.existing_label.hide()
        self.drafts_combo = QComboBox()
        self.drafts_combo.setObjectName("drafts_combo")
        self.drafts_combo.activated.connect(self._on_drafts_combo_activated)
        self.save_button = QPushButton(self.tr("&Register (Ctrl+S)"))
        self.save_button.setObjectName("register_button")
        self.draft_button = QPushButton(self.tr("Save as &draft"))
        self.draft_button.setObjectName("draft_button")
        self.clear_button = QPushButton(self.tr("&New intake"))
        self.open_button = QPushButton(self.tr("&Open the case file"))
        self.open_button.setObjectName("open_case_button")
        self.open_button.hide()
        self.save_button.clicked.connect(self.register)
        self.draft_button.clicked.connect(self.save_draft)
        self.clear_button.clicked.connect(self.new_intake)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.register)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<h2>Intake interview</h2>")))
        top.addStretch()
        top.addWidget(QLabel(self.tr("Resume a draft:")))
        top.addWidget(self.drafts_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(self.duplicates)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message_label)
        layout.addWidget(self.existing_label)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.duplicate_timer = QTimer(self)
        self.duplicate_timer.setSingleShot(True)
        self.duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self.duplicate_timer.timeout.connect(self.check_duplicates)
        for edit in (
            self.form.family_name_edit,
            self.form.given_names_edit,
            self.form.birth_date_edit,
            self.form.phone_edit,
            self.form.id_number_edit,
        ):
            edit.textEdited.connect(lambda _text: self.duplicate_timer.start())
        self.form.birth_year_spin.valueChanged.connect(lambda _v: self.duplicate_timer.start())
        self.form.sex_combo.currentIndexChanged.connect(lambda _i: self.duplicate_timer.start())
        self.reload_drafts()
        self.form.family_name_edit.setFocus()

    # -- duplicates ---------------------------------------------------------------------------
    def check_duplicates(self) -> None:
        if self.existing is not None:
            return
        form = self.form
        try:
            birth = None if form.estimated_check.isChecked() else form.birth_date_edit.value()
        except ValueError:
            birth = None
        year = form.birth_year_spin.value() if form.estimated_check.isChecked() else None
        try:
            found = self._services.intake.check_duplicates(
                form.family_name_edit.text(),
                form.given_names_edit.text(),
                birth_date=birth,
                birth_year=year,
                phone=form.phone_edit.text(),
                id_number=form.id_number_edit.text(),
                sex=form.sex_combo.currentData(),
            )
        except DeskError:
            found = []
        self.duplicates.show_candidates([c for c in found if c.person_id not in self.dismissed])

    def _on_duplicates_same_person_chosen(self, candidate: DuplicateCandidate) -> None:
        try:
            on_file = self._services.intake.person_for_intake(candidate.person_id)
        except DeskError as exc:
            self._message(error_text(exc), error=True)
            return
        self.existing = candidate
        self.form.restore(on_file)  # what is on file, for the agent to check with the person and correct
        self.duplicates.show_candidates([])
        self.existing_label.setText(
            self.tr(
                "New case for a person already registered: <b>{name}</b>, born {birth} ({case}). "
                "Their earlier file, trainings and payments stay attached."
            ).format(name=candidate.full_name, birth=candidate.birth, case=candidate.last_case_number or "")
        )
        self.existing_label.show()

    def _on_duplicates_different_person_chosen(self) -> None:
        for row in range(self.duplicates.count()):
            item = self.duplicates.candidates_list.item(row)
            self.dismissed.add(item.data(Qt.ItemDataRole.UserRole).person_id)
        self.duplicates.show_candidates([])

    # -- saving -------------------------------------------------------------------------------
    def register(self) -> None:
        self.duplicate_timer.stop()
        try:
            intake = self.form.to_input(self.existing.person_id if self.existing else None, self.draft_id)
            done = self._services.intake.register_intake(intake)
        except ValidationError as exc:
            self.form.show_error(exc.field)
            self._message(exc.message, error=True)
            return
        except DeskError as exc:
            self._message(error_text(exc), error=True)
            return
        self.last_registered = done
        self.new_intake()
        self._message(
            self.tr("Registered: case <b>{number}</b> for {name}.").format(
                number=done.case_number, name=done.full_name
            ),
            error=False,
        )
        self.open_button.show()
        self.case_registered.emit(done)

    def save_draft(self) -> None:
        label = " ".join(p for p in (self.form.family_name_edit.text(), self.form.given_names_edit.text()) if p)
        try:
            self.draft_id = self._services.intake.save_draft(label, self.form.state(), self.draft_id)
        except DeskError as exc:
            self._message(error_text(exc), error=True)
            return
        self._message(self.tr("Draft saved. Resume it from “Resume a draft”."), error=False)
        self.reload_drafts()

    def reload_drafts(self) -> None:
        self.drafts_combo.clear()
        self.drafts_combo.addItem(self.tr("(none)"), None)
        for draft in self._services.intake.list_drafts():
            self.drafts_combo.addItem(f"{draft.label} – {draft.updated_at.astimezone():%d/%m %H:%M}", draft.id)

    def _on_drafts_combo_activated(self, _index: int) -> None:
        draft_id = self.drafts_combo.currentData()
        if draft_id is None:
            return
        try:
            data = self._services.intake.load_draft(draft_id)
        except DeskError as exc:
            self._message(error_text(exc), error=True)
            return
        self.new_intake()
        self.form.restore(data)
        self.draft_id = draft_id
        self.check_duplicates()

    def new_intake(self) -> None:
        self.form.clear()
        self.existing = None
        self.dismissed = set()
        self.draft_id = None
        self.existing_label.hide()
        self.message_label.hide()
        self.open_button.hide()
        self.duplicates.show_candidates([])
        self.reload_drafts()
        self.form.family_name_edit.setFocus()

    def _on_open_button_clicked(self) -> None:
        if self.last_registered is not None:
            self.case_file_requested.emit(self.last_registered.case_id)

    def _message(self, text: str, error: bool) -> None:
        style = (
            "background: #f8d7da; border: 1px solid #c0392b;"
            if error
            else "background: #d4edda; border: 1px solid #2e7d32;"
        )
        self.message_label.setStyleSheet(style + " padding: 6px; font-size: 13px;")
        self.message_label.setText(text)
        self.message_label.show()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.duplicate_timer.stop()  # a hidden or closed workspace runs no late query
        super().hideEvent(event)
