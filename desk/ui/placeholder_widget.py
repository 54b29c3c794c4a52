"""A workspace that is not built yet: says what it will be for, instead of an empty page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desk.i18n import translate
from desk.ui.workspaces import WorkspaceSpec


class PlaceholderWidget(QWidget):
    def __init__(self, spec: WorkspaceSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = QLabel(
            "<h2>{title}</h2><p>{purpose}</p><p><i>{soon}</i></p>".format(
                title=spec.title(),
                purpose=translate("Workspaces", spec.purpose),
                soon=self.tr("This workspace arrives in a coming version of Guichet."),
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch()
