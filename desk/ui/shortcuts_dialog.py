"""Help → Keyboard shortcuts (F1): what the keyboard does everywhere, for people who work without the mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, workspaces: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(f"Ctrl+{i + 1}", name) for i, name in enumerate(workspaces[:9])]
        rows += [
            ("Ctrl+L", self.tr("Lock the workstation now")),
            ("F5", self.tr("Home: count everything again")),
            ("Ctrl+S", self.tr("Intake interview: register the case")),
            (self.tr("Enter"), self.tr("In a list: open the selected case, visit or request")),
            (
                "Alt+" + self.tr("underlined letter"),
                self.tr("Press the button or go to the field whose letter is underlined"),
            ),
            ("Tab / Shift+Tab", self.tr("Next / previous field")),
            ("Esc", self.tr("Close a dialog without saving")),
            ("F1", self.tr("This list")),
            ("Ctrl+Q", self.tr("Quit")),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setObjectName("shortcuts_table")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (keys, what) in enumerate(rows):
            key_item = QTableWidgetItem(keys)
            key_item.setFlags(key_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, key_item)
            self.table.setItem(row, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 460)
