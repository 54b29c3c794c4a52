"""A date typed as dd/mm/yyyy that may also be left empty (QDateEdit cannot be empty)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLineEdit, QWidget


class DateEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setMaximumWidth(130)
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        # Typing 12031998 gives 12/03/1998: the agent never has to type the slashes.
        digits = "".join(ch for ch in text if ch.isdigit())
        if text.isdigit() and len(digits) == 8:
            self.setText(f"{digits[:2]}/{digits[2:4]}/{digits[4:]}")

    def value(self) -> date | None:
        """The date typed; None when empty. Raises ValueError when the text is not a date."""
        text = self.text().strip().replace("-", "/").replace(".", "/")
        if not text:
            return None
        return datetime.strptime(text, "%d/%m/%Y").date()

    def set_value(self, value: date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")
