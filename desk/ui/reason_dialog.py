"""The one dialog for an action that needs a reason typed first: refuse a request, cancel a visit, reopen a case…"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desk.services.errors import DeskError
from desk.ui.messages import refusal_text
from desk.ui.widgets import SUMMARY_STYLE, ErrorLabel, dialog_buttons


class ReasonDialog(QDialog):
    """What the action is about (`summary`, rich text, may be empty), the reason box captioned `prompt`, and a button
    `ok_text` that runs `action(reason)`. When the service refuses, the dialog stays open with its reasons in red and
    the typed text kept; `result_value` holds what the action returned."""

    def __init__(
        self,
        title: str,
        summary: str,
        prompt: str,
        ok_text: str,
        action: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._action = action
        self.result_value: object = None
        self.setWindowTitle(title)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason_edit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(72)
        self.error_label = ErrorLabel()
        layout = QVBoxLayout(self)
        if summary:
            summary_label = QLabel(summary)
            summary_label.setObjectName("summary_label")
            summary_label.setWordWrap(True)
            summary_label.setTextFormat(Qt.TextFormat.RichText)
            summary_label.setStyleSheet(SUMMARY_STYLE)
            layout.addWidget(summary_label)
        form = QFormLayout()
        form.addRow(prompt, self.reason_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(dialog_buttons(ok_text, self._on_buttons_accepted, self.reject))
        self.resize(500, 0)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        """The reason as the services store it: one line, spaces collapsed."""
        return " ".join(self.reason_edit.toPlainText().split())

    def _on_buttons_accepted(self) -> None:
        self.error_label.hide()
        try:
            self.result_value = self._action(self.reason())
        except DeskError as exc:
            self.error_label.show_error(refusal_text(exc))
            self.reason_edit.setFocus()
            return
        self.accept()
