"""Small pieces every dialog and table of the desk shares, so they look and behave alike."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from desk.i18n import translate
from desk.services.errors import DeskError
from desk.ui.messages import error_text, show_error

OK = QDialogButtonBox.StandardButton.Ok
SAVE = QDialogButtonBox.StandardButton.Save
CANCEL = QDialogButtonBox.StandardButton.Cancel
# The grey box that says, at the top of a dialog, what the action is about.
SUMMARY_STYLE = "QLabel { background: #f4f6f9; border: 1px solid #c9d1dc; padding: 8px; }"


class ErrorLabel(QLabel):
    """The red line under a form that says what is wrong, in place, without a message box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_label")
        self.setWordWrap(True)
        self.setStyleSheet("color: #a00000; font-weight: bold;")
        self.hide()

    def show_error(self, error: BaseException | str) -> None:
        self.setText(error if isinstance(error, str) else error_text(error))
        self.show()


def dialog_buttons(
    ok_text: str,
    on_accept: Callable[[], None],
    on_reject: Callable[[], None],
    accept_button: QDialogButtonBox.StandardButton = OK,
    cancel_text: str = "",
) -> QDialogButtonBox:
    """OK (or Save) and Cancel, with the desk's words on them."""
    buttons = QDialogButtonBox(accept_button | CANCEL)
    buttons.button(accept_button).setText(ok_text)
    buttons.button(CANCEL).setText(cancel_text or translate("Dialogs", "Cancel"))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(on_reject)
    return buttons


def configure_table(view: QTableView, object_name: str, *, select_rows: bool = True) -> QTableView:
    """Row selection, no row numbers, fixed row heights (sizing rows to contents freezes big tables)."""
    view.setObjectName(object_name)
    if select_rows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def save_pdf(parent: QWidget, path: str, render: Callable[[], bytes]) -> bool:
    """Render a document, write it to `path` and open it; says plainly what went wrong. True when saved."""
    try:
        data = render()
    except DeskError as exc:
        show_error(parent, exc)
        return False
    try:
        Path(path).write_bytes(data)
    except OSError:
        QMessageBox.warning(
            parent,
            translate("Documents", "Cannot save"),
            translate(
                "Documents", "The file could not be written there: choose another folder, or check the free space."
            ),
        )
        return False
    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    return True
