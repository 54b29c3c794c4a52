"""The case file's Vulnerabilities tab: confidential until asked for, and each asking is in the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk.services.context import ActorServices
from desk.services.errors import DeskError
from desk.ui.widgets import ErrorLabel


class VulnerabilitiesTab(QWidget):
    def __init__(self, services: ActorServices, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._case_id = case_id
        self.notice_label = QLabel(
            self.tr(
                "<b>Confidential.</b> The person's vulnerabilities (medical, psychosocial…) are shown only when "
                "you need them; each time they are shown, your name is recorded in the audit trail."
            )
        )
        self.notice_label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("&Show the vulnerabilities"))
        self.show_button.setObjectName("reveal_button")
        self.show_button.clicked.connect(self.reveal)
        self.kinds_label = QLabel()
        self.kinds_label.setObjectName("vulnerability_kinds")
        self.kinds_label.setWordWrap(True)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("vulnerability_notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.addRow(self.tr("Vulnerabilities"), self.kinds_label)
        form.addRow(self.tr("Notes"), self.notes_label)
        self.details.hide()
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(self.error_label)
        layout.addStretch()

    def reveal(self) -> None:
        try:
            file = self._services.case_files.reveal_sensitive(self._case_id)
        except DeskError as exc:
            self.error_label.show_error(exc)
            return
        self.error_label.hide()
        self.kinds_label.setText(", ".join(file.vulnerabilities or ()) or self.tr("None reported"))
        self.notes_label.setText(file.vulnerability_notes or "—")
        self.details.show()
        self.show_button.hide()
