"""Persons already registered who may be the one at the desk, updated while the agent types."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desk.services.intake_dto import DuplicateCandidate


class DuplicatesPanel(QWidget):
    same_person_chosen = Signal(object)  # DuplicateCandidate
    different_person_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("duplicates_title")
        self.title_label.setWordWrap(True)
        self.candidates_list = QListWidget()
        self.candidates_list.setObjectName("candidates_list")
        self.candidates_list.setWordWrap(True)
        self.candidates_list.itemActivated.connect(lambda _item: self._on_same_button_clicked())
        self.same_button = QPushButton(self.tr("&Same person: new case on this file"))
        self.same_button.setObjectName("same_person_button")
        self.different_button = QPushButton(self.tr("Di&fferent person"))
        self.different_button.setObjectName("different_person_button")
        self.same_button.clicked.connect(self._on_same_button_clicked)
        self.different_button.clicked.connect(self.different_person_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.candidates_list)
        layout.addWidget(self.same_button)
        layout.addWidget(self.different_button)
        self.setStyleSheet(
            "QLabel#duplicates_title { background: #fff3cd; border: 1px solid #e0b400; padding: 6px;"
            " font-weight: bold; }"
        )
        self.show_candidates([])

    def show_candidates(self, candidates: list[DuplicateCandidate]) -> None:
        self.candidates_list.clear()
        for candidate in candidates:
            registered = (
                self.tr(", registered {year}").format(year=candidate.first_registered)
                if candidate.first_registered
                else ""
            )
            place = self.tr(" in {place}").format(place=candidate.place) if candidate.place else ""
            text = self.tr("{name}, born {birth}{registered}{place}\n{case} – {reasons} (likeness {score} %)").format(
                name=candidate.full_name,
                birth=candidate.birth or "?",
                registered=registered,
                place=place,
                case=candidate.last_case_number or "",
                reasons=", ".join(candidate.reasons),
                score=candidate.score,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, candidate)
            self.candidates_list.addItem(item)
        if candidates:
            self.candidates_list.setCurrentRow(0)
        self.setVisible(bool(candidates))
        self.title_label.setText(
            self.tr("This person may already be registered ({count}). Check with them:").format(count=len(candidates))
        )

    def count(self) -> int:
        return self.candidates_list.count()

    def _on_same_button_clicked(self) -> None:
        item = self.candidates_list.currentItem()
        if item is not None:
            self.same_person_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
