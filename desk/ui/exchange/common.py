"""Pieces the exchange screens share: colours, the file dialogs (replaced in tests), a result message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from desk.i18n import translate

GOOD_COLOUR = "#1e5b2f"  # dark green, as the ledger's paid entries
BAD_COLOUR = "#a00000"
BAD_BACKGROUND = "#f8d7da"
REVIEW_COLOUR = "#8a5300"  # amber: a person must decide
MUTED_COLOUR = "#666666"
NOTICE_STYLE = "QLabel { background: #fff4d6; border: 1px solid #e0c27a; padding: 6px; }"
DONE_STYLE = "QLabel { background: #e6f2e8; border: 1px solid #9cc5a4; padding: 6px; color: #1e5b2f; }"
STEP_STYLE = "font-size: 14px; font-weight: bold; color: #1f4e79;"
XLSX_FILTER = "Excel (*.xlsx)"


def step_title(text: str) -> QLabel:
    """'1  The workbook': the heading of one step of the screen."""
    title = QLabel(text)
    title.setStyleSheet(STEP_STYLE)
    return title


def notice_label(object_name: str, style: str = NOTICE_STYLE) -> QLabel:
    """A boxed line that says something to notice (hidden sheets, what was imported); hidden when empty."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


def say(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def ask_open_xlsx(parent: QWidget, title: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), XLSX_FILTER)
    return path


def ask_save_xlsx(parent: QWidget, title: str, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), XLSX_FILTER)
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return path


def file_stem(text: str) -> str:
    """A file name people recognise, without the characters some systems refuse."""
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text.strip())
    return kept.strip("-") or translate("Exchange", "workbook")
